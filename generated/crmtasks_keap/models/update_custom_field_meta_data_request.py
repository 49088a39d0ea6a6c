from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_option import CustomFieldOption


T = TypeVar("T", bound="UpdateCustomFieldMetaDataRequest")


@_attrs_define
class UpdateCustomFieldMetaDataRequest:
    """Changes to a custom field.

    Attributes:
        group_id (str):
        label (str | Unset):
        options (list[CustomFieldOption] | Unset):
    """

    group_id: str
    label: str | Unset = UNSET
    options: list[CustomFieldOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        label = self.label

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group_id": group_id,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_field_option import CustomFieldOption

        d = dict(src_dict)
        group_id = d.pop("group_id")

        label = d.pop("label", UNSET)

        _options = d.pop("options", UNSET)
        options: list[CustomFieldOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = CustomFieldOption.from_dict(options_item_data)

                options.append(options_item)

        update_custom_field_meta_data_request = cls(
            group_id=group_id,
            label=label,
            options=options,
        )

        update_custom_field_meta_data_request.additional_properties = d
        return update_custom_field_meta_data_request

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
