from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_type import CustomFieldType
from ..models.record_type import RecordType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_option import CustomFieldOption


T = TypeVar("T", bound="CustomFieldMetaData")


@_attrs_define
class CustomFieldMetaData:
    """Definition of a custom field.

    Attributes:
        default_value (str | Unset): Value a record gets when none is set.
        field_name (str | Unset): Storage name of the field; filters refer to the field by this name. Example: region0.
        field_type (CustomFieldType | Unset): Data type of a custom field.
        group_id (str | Unset): Id of the group holding the field. Example: 3.
        group_name (str | Unset): Name of the group holding the field. Example: Sales details.
        id (str | Unset): Id of the custom field. Example: 12.
        label (str | Unset): Name shown to users. Example: Region.
        options (list[CustomFieldOption] | Unset): The choices, for dropdown, radio, list-box and drilldown fields.
        record_type (RecordType | Unset): The kind of record a custom field, tab or group belongs to.
    """

    default_value: str | Unset = UNSET
    field_name: str | Unset = UNSET
    field_type: CustomFieldType | Unset = UNSET
    group_id: str | Unset = UNSET
    group_name: str | Unset = UNSET
    id: str | Unset = UNSET
    label: str | Unset = UNSET
    options: list[CustomFieldOption] | Unset = UNSET
    record_type: RecordType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_value = self.default_value

        field_name = self.field_name

        field_type: str | Unset = UNSET
        if not isinstance(self.field_type, Unset):
            field_type = self.field_type.value

        group_id = self.group_id

        group_name = self.group_name

        id = self.id

        label = self.label

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        record_type: str | Unset = UNSET
        if not isinstance(self.record_type, Unset):
            record_type = self.record_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if field_name is not UNSET:
            field_dict["field_name"] = field_name
        if field_type is not UNSET:
            field_dict["field_type"] = field_type
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if group_name is not UNSET:
            field_dict["group_name"] = group_name
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if options is not UNSET:
            field_dict["options"] = options
        if record_type is not UNSET:
            field_dict["record_type"] = record_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_field_option import CustomFieldOption

        d = dict(src_dict)
        default_value = d.pop("default_value", UNSET)

        field_name = d.pop("field_name", UNSET)

        _field_type = d.pop("field_type", UNSET)
        field_type: CustomFieldType | Unset
        if isinstance(_field_type, Unset):
            field_type = UNSET
        else:
            field_type = CustomFieldType(_field_type)

        group_id = d.pop("group_id", UNSET)

        group_name = d.pop("group_name", UNSET)

        id = d.pop("id", UNSET)

        label = d.pop("label", UNSET)

        _options = d.pop("options", UNSET)
        options: list[CustomFieldOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = CustomFieldOption.from_dict(options_item_data)

                options.append(options_item)

        _record_type = d.pop("record_type", UNSET)
        record_type: RecordType | Unset
        if isinstance(_record_type, Unset):
            record_type = UNSET
        else:
            record_type = RecordType(_record_type)

        custom_field_meta_data = cls(
            default_value=default_value,
            field_name=field_name,
            field_type=field_type,
            group_id=group_id,
            group_name=group_name,
            id=id,
            label=label,
            options=options,
            record_type=record_type,
        )

        custom_field_meta_data.additional_properties = d
        return custom_field_meta_data

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
