from __future__ import annotations

import json
from collections.abc import Mapping
from enum import Enum
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks._facade import reading as _reading

from ..models.custom_field_type import CustomFieldType
from ..models.record_type import RecordType

T = TypeVar("T", bound="CustomFieldMetaData")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "default_value",
        "field_name",
        "field_type",
        "group_id",
        "group_name",
        "label",
        "options",
        "record_type",
    }
)


@_attrs_define
class CustomFieldMetaData:
    """Definition of a custom field.

    Attributes:
        id (str): Id of the custom field. Example: 12.
        default_value (str | None): Value a record gets when none is set.
        field_name (str | None): Storage name of the field; filters refer to the field by this name. Example: region0.
        field_type (CustomFieldType | str | None): Data type of a custom field.
        group_id (str | None): Id of the group holding the field. Example: 3.
        group_name (str | None): Name of the group holding the field. Example: Sales details.
        label (str | None): Name shown to users. Example: Region.
        options (list[CustomFieldOption] | None): The choices, for dropdown, radio, list-box and drilldown fields.
        record_type (RecordType | str | None): The kind of record a custom field, tab or group belongs to.
    """

    id: str
    default_value: str | None = None
    field_name: str | None = None
    field_type: CustomFieldType | str | None = None
    group_id: str | None = None
    group_name: str | None = None
    label: str | None = None
    options: list[CustomFieldOption] | None = None
    record_type: RecordType | str | None = None
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
        # A member is written when it holds a value or came in the answer (null included): what was absent stays so.
        came: Any = self._raw if self._raw.__class__ is dict else ()
        v = self.id
        if v is not None or "id" in came:
            field_dict["id"] = v
        v = self.default_value
        if v is not None or "default_value" in came:
            field_dict["default_value"] = v
        v = self.field_name
        if v is not None or "field_name" in came:
            field_dict["field_name"] = v
        v = self.field_type
        if v is not None or "field_type" in came:
            if isinstance(v, Enum):
                v = v.value
            field_dict["field_type"] = v
        v = self.group_id
        if v is not None or "group_id" in came:
            field_dict["group_id"] = v
        v = self.group_name
        if v is not None or "group_name" in came:
            field_dict["group_name"] = v
        v = self.label
        if v is not None or "label" in came:
            field_dict["label"] = v
        v = self.options
        if v is not None or "options" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["options"] = v
        v = self.record_type
        if v is not None or "record_type" in came:
            if isinstance(v, Enum):
                v = v.value
            field_dict["record_type"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d: Any = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "CustomFieldMetaData")
        get = d.get
        custom_field_meta_data = cls.__new__(cls)
        v = get("id")
        if v.__class__ is not str:
            v = (
                _reading.string(v, "CustomFieldMetaData.id", False)
                if "id" in d
                else _reading.missing("CustomFieldMetaData.id")
            )
        custom_field_meta_data.id = v
        v = get("default_value")
        if v.__class__ is not str and (v is not None or "default_value" in d):
            v = _reading.string(v, "CustomFieldMetaData.default_value", False)
        custom_field_meta_data.default_value = v
        v = get("field_name")
        if v.__class__ is not str and (v is not None or "field_name" in d):
            v = _reading.string(v, "CustomFieldMetaData.field_name", False)
        custom_field_meta_data.field_name = v
        v = get("field_type")
        if v.__class__ is str:
            m = CustomFieldType._value2member_map_.get(v)
            v = m if m is not None else _reading.enum(CustomFieldType, v, "CustomFieldMetaData.field_type", False)
        elif v is not None or "field_type" in d:
            v = _reading.enum(CustomFieldType, v, "CustomFieldMetaData.field_type", False)
        custom_field_meta_data.field_type = v
        v = get("group_id")
        if v.__class__ is not str and (v is not None or "group_id" in d):
            v = _reading.string(v, "CustomFieldMetaData.group_id", False)
        custom_field_meta_data.group_id = v
        v = get("group_name")
        if v.__class__ is not str and (v is not None or "group_name" in d):
            v = _reading.string(v, "CustomFieldMetaData.group_name", False)
        custom_field_meta_data.group_name = v
        v = get("label")
        if v.__class__ is not str and (v is not None or "label" in d):
            v = _reading.string(v, "CustomFieldMetaData.label", False)
        custom_field_meta_data.label = v
        v = get("options")
        if v.__class__ is list:
            v = [
                CustomFieldOption.from_dict(x)
                if x.__class__ is dict
                else _reading.item(CustomFieldOption.from_dict, x, "CustomFieldMetaData.options[]")
                for x in v
            ]
        elif v is not None or "options" in d:
            v = _reading.not_a_list(v, "CustomFieldMetaData.options", False)
        custom_field_meta_data.options = v
        v = get("record_type")
        if v.__class__ is str:
            m = RecordType._value2member_map_.get(v)
            v = m if m is not None else _reading.enum(RecordType, v, "CustomFieldMetaData.record_type", False)
        elif v is not None or "record_type" in d:
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

    __repr__ = _reading.model_repr


# Imported last, not inside from_dict as upstream does (an import statement per object read costs more than
# the rest of a small model's reading): the models refer to each other, and by now this module's class exists.
from ..models.custom_field_option import CustomFieldOption
