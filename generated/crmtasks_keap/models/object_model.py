from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_meta_data import CustomFieldMetaData


T = TypeVar("T", bound="ObjectModel")


@_attrs_define
class ObjectModel:
    """Custom fields and optional properties of a record type.

    Attributes:
        custom_fields (list[CustomFieldMetaData] | Unset):
        optional_properties (list[str] | Unset): Properties left out of answers unless a request names them.
    """

    custom_fields: list[CustomFieldMetaData] | Unset = UNSET
    optional_properties: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        optional_properties: list[str] | Unset = UNSET
        if not isinstance(self.optional_properties, Unset):
            optional_properties = self.optional_properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if optional_properties is not UNSET:
            field_dict["optional_properties"] = optional_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_field_meta_data import CustomFieldMetaData

        d = dict(src_dict)
        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomFieldMetaData] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldMetaData.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        optional_properties = cast(list[str], d.pop("optional_properties", UNSET))

        object_model = cls(
            custom_fields=custom_fields,
            optional_properties=optional_properties,
        )

        object_model.additional_properties = d
        return object_model

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
