from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_meta_data import CustomFieldMetaData


T = TypeVar("T", bound="CreateCustomFieldResponse")


@_attrs_define
class CreateCustomFieldResponse:
    """Answer to creating a custom field.

    Attributes:
        custom_field (CustomFieldMetaData | Unset): Definition of a custom field.
    """

    custom_field: CustomFieldMetaData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_field: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_field, Unset):
            custom_field = self.custom_field.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_field is not UNSET:
            field_dict["custom_field"] = custom_field

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_field_meta_data import CustomFieldMetaData

        d = dict(src_dict)
        _custom_field = d.pop("custom_field", UNSET)
        custom_field: CustomFieldMetaData | Unset
        if isinstance(_custom_field, Unset):
            custom_field = UNSET
        else:
            custom_field = CustomFieldMetaData.from_dict(_custom_field)

        create_custom_field_response = cls(
            custom_field=custom_field,
        )

        create_custom_field_response.additional_properties = d
        return create_custom_field_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
