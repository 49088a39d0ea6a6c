from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_type import CustomFieldType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_custom_field_option_request import CreateCustomFieldOptionRequest


T = TypeVar("T", bound="CreateCustomFieldRequest")


@_attrs_define
class CreateCustomFieldRequest:
    """A new custom field.

    Attributes:
        field_type (CustomFieldType): Data type of a custom field.
        label (str): Name shown to users.
        group_id (str | Unset): Group to put the field in; without it, the default custom-fields tab.
        options (list[CreateCustomFieldOptionRequest] | Unset): Choices, for choice-type fields.
        user_group_id (str | Unset): For user and user-list-box fields, the user group whose members can be chosen.
    """

    field_type: CustomFieldType
    label: str
    group_id: str | Unset = UNSET
    options: list[CreateCustomFieldOptionRequest] | Unset = UNSET
    user_group_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type = self.field_type.value

        label = self.label

        group_id = self.group_id

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        user_group_id = self.user_group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field_type": field_type,
                "label": label,
            }
        )
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if options is not UNSET:
            field_dict["options"] = options
        if user_group_id is not UNSET:
            field_dict["user_group_id"] = user_group_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_custom_field_option_request import CreateCustomFieldOptionRequest

        d = dict(src_dict)
        field_type = CustomFieldType(d.pop("field_type"))

        label = d.pop("label")

        group_id = d.pop("group_id", UNSET)

        _options = d.pop("options", UNSET)
        options: list[CreateCustomFieldOptionRequest] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = CreateCustomFieldOptionRequest.from_dict(options_item_data)

                options.append(options_item)

        user_group_id = d.pop("user_group_id", UNSET)

        create_custom_field_request = cls(
            field_type=field_type,
            label=label,
            group_id=group_id,
            options=options,
            user_group_id=user_group_id,
        )

        create_custom_field_request.additional_properties = d
        return create_custom_field_request

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
