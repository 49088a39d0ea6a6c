from __future__ import annotations

import json
from collections.abc import Mapping
from enum import Enum
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks import _reading

from ..models.custom_field_type import CustomFieldType
from ..models.record_type import RecordType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldMetaData")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "default_value",
        "field_name",
        "field_type",
        "group_id",
        "group_name",
        "id",
        "label",
        "options",
        "record_type",
    }
)


@_attrs_define
class CustomFieldMetaData:
    """Definition of a custom field.

    Attributes:
        default_value (str | None | Unset): Value a record gets when none is set.
        field_name (str | None | Unset): Storage name of the field; filters refer to the field by this name. Example:
            region0.
        field_type (CustomFieldType | str | None | Unset): Data type of a custom field.
        group_id (str | None | Unset): Id of the group holding the field. Example: 3.
        group_name (str | None | Unset): Name of the group holding the field. Example: Sales details.
        id (str | None | Unset): Id of the custom field. Example: 12.
        label (str | None | Unset): Name shown to users. Example: Region.
        options (list[CustomFieldOption] | None | Unset): The choices, for dropdown, radio, list-box and drilldown
            fields.
        record_type (RecordType | str | None | Unset): The kind of record a custom field, tab or group belongs to.
    """

    default_value: str | None | Unset = UNSET
    field_name: str | None | Unset = UNSET
    field_type: CustomFieldType | str | None | Unset = UNSET
    group_id: str | None | Unset = UNSET
    group_name: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    label: str | None | Unset = UNSET
    options: list[CustomFieldOption] | None | Unset = UNSET
    record_type: RecordType | str | None | Unset = UNSET
    _raw: Any = _attrs_field(init=False, default=None, repr=False, eq=False)
    _additional: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Members the spec does not declare, read from ``raw`` on first use (most answers have none)."""
        if self._additional is None:
            additional: dict[str, Any] = {}
            v: Any
            d = self._raw
            if d.__class__ is dict and not _KEYS.issuperset(d):
                for prop_name, v in d.items():
                    if prop_name not in _KEYS:
                        additional[prop_name] = v
            self._additional = additional
        return self._additional

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional = value

    @property
    def raw(self) -> Any:
        """The JSON value this object was read from, exactly as the server sent it (None when built in code)."""
        return self._raw

    def to_dict(self) -> dict[str, Any]:
        v: Any
        field_dict: dict[str, Any] = {}
        for prop_name, v in self.additional_properties.items():
            field_dict[prop_name] = v
        v = self.default_value
        if v is not UNSET:
            field_dict["default_value"] = v
        v = self.field_name
        if v is not UNSET:
            field_dict["field_name"] = v
        v = self.field_type
        if isinstance(v, Enum):
            v = v.value
        if v is not UNSET:
            field_dict["field_type"] = v
        v = self.group_id
        if v is not UNSET:
            field_dict["group_id"] = v
        v = self.group_name
        if v is not UNSET:
            field_dict["group_name"] = v
        v = self.id
        if v is not UNSET:
            field_dict["id"] = v
        v = self.label
        if v is not UNSET:
            field_dict["label"] = v
        v = self.options
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["options"] = v
        v = self.record_type
        if isinstance(v, Enum):
            v = v.value
        if v is not UNSET:
            field_dict["record_type"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "CustomFieldMetaData")
        get = d.get
        custom_field_meta_data = cls.__new__(cls)
        v = get("default_value", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _reading.string(v, "CustomFieldMetaData.default_value", False)
        custom_field_meta_data.default_value = v
        v = get("field_name", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _reading.string(v, "CustomFieldMetaData.field_name", False)
        custom_field_meta_data.field_name = v
        v = get("field_type", UNSET)
        if v.__class__ is str:
            m = CustomFieldType._value2member_map_.get(v)
            v = m if m is not None else _reading.enum(CustomFieldType, v, "CustomFieldMetaData.field_type", False)
        elif v is not UNSET:
            v = _reading.enum(CustomFieldType, v, "CustomFieldMetaData.field_type", False)
        custom_field_meta_data.field_type = v
        v = get("group_id", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _reading.string(v, "CustomFieldMetaData.group_id", False)
        custom_field_meta_data.group_id = v
        v = get("group_name", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _reading.string(v, "CustomFieldMetaData.group_name", False)
        custom_field_meta_data.group_name = v
        v = get("id", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _reading.string(v, "CustomFieldMetaData.id", False)
        custom_field_meta_data.id = v
        v = get("label", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _reading.string(v, "CustomFieldMetaData.label", False)
        custom_field_meta_data.label = v
        v = get("options", UNSET)
        if v.__class__ is list:
            v = [
                CustomFieldOption.from_dict(x)
                if x.__class__ is dict
                else _reading.item(CustomFieldOption.from_dict, x, "CustomFieldMetaData.options[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "CustomFieldMetaData.options", False)
            v = None
        custom_field_meta_data.options = v
        v = get("record_type", UNSET)
        if v.__class__ is str:
            m = RecordType._value2member_map_.get(v)
            v = m if m is not None else _reading.enum(RecordType, v, "CustomFieldMetaData.record_type", False)
        elif v is not UNSET:
            v = _reading.enum(RecordType, v, "CustomFieldMetaData.record_type", False)
        custom_field_meta_data.record_type = v
        custom_field_meta_data._raw = src_dict
        custom_field_meta_data._additional = None
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


# Imported last, not inside from_dict as upstream does (an import statement per object read costs more than
# the rest of a small model's reading): the models refer to each other, and by now this module's class exists.
from ..models.custom_field_option import CustomFieldOption
