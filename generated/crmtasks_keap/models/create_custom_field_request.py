from __future__ import annotations

import json
from collections.abc import Mapping
from enum import Enum
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks._facade import reading as _reading

from ..models.custom_field_type import CustomFieldType

T = TypeVar("T", bound="CreateCustomFieldRequest")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "field_type",
        "label",
        "group_id",
        "options",
        "user_group_id",
    }
)


@_attrs_define
class CreateCustomFieldRequest:
    """A new custom field.

    Attributes:
        field_type (CustomFieldType | str): Data type of a custom field.
        label (str): Name shown to users.
        group_id (str | None): Group to put the field in; without it, the default custom-fields tab.
        options (list[CreateCustomFieldOptionRequest] | None): Choices, for choice-type fields.
        user_group_id (str | None): For user and user-list-box fields, the user group whose members can be chosen.
    """

    field_type: CustomFieldType | str
    label: str
    group_id: str | None = None
    options: list[CreateCustomFieldOptionRequest] | None = None
    user_group_id: str | None = None
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
        v = self.field_type
        if v is not None or "field_type" in came:
            if isinstance(v, Enum):
                v = v.value
            field_dict["field_type"] = v
        v = self.label
        if v is not None or "label" in came:
            field_dict["label"] = v
        v = self.group_id
        if v is not None or "group_id" in came:
            field_dict["group_id"] = v
        v = self.options
        if v is not None or "options" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["options"] = v
        v = self.user_group_id
        if v is not None or "user_group_id" in came:
            field_dict["user_group_id"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d: Any = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "CreateCustomFieldRequest")
        get = d.get
        create_custom_field_request = cls.__new__(cls)
        v = get("field_type")
        if v.__class__ is str:
            m = CustomFieldType._value2member_map_.get(v)
            v = m if m is not None else _reading.enum(CustomFieldType, v, "CreateCustomFieldRequest.field_type", False)
        else:
            v = (
                _reading.enum(CustomFieldType, v, "CreateCustomFieldRequest.field_type", False)
                if "field_type" in d
                else _reading.missing("CreateCustomFieldRequest.field_type")
            )
        create_custom_field_request.field_type = v
        v = get("label")
        if v.__class__ is not str:
            v = (
                _reading.string(v, "CreateCustomFieldRequest.label", False)
                if "label" in d
                else _reading.missing("CreateCustomFieldRequest.label")
            )
        create_custom_field_request.label = v
        v = get("group_id")
        if v.__class__ is not str and (v is not None or "group_id" in d):
            v = _reading.string(v, "CreateCustomFieldRequest.group_id", False)
        create_custom_field_request.group_id = v
        v = get("options")
        if v.__class__ is list:
            v = [
                CreateCustomFieldOptionRequest.from_dict(x)
                if x.__class__ is dict
                else _reading.item(CreateCustomFieldOptionRequest.from_dict, x, "CreateCustomFieldRequest.options[]")
                for x in v
            ]
        elif v is not None or "options" in d:
            v = _reading.not_a_list(v, "CreateCustomFieldRequest.options", False)
        create_custom_field_request.options = v
        v = get("user_group_id")
        if v.__class__ is not str and (v is not None or "user_group_id" in d):
            v = _reading.string(v, "CreateCustomFieldRequest.user_group_id", False)
        create_custom_field_request.user_group_id = v
        create_custom_field_request._raw = src_dict
        create_custom_field_request._additional = None
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

    __repr__ = _reading.model_repr


# Imported last, not inside from_dict as upstream does (an import statement per object read costs more than
# the rest of a small model's reading): the models refer to each other, and by now this module's class exists.
from ..models.create_custom_field_option_request import CreateCustomFieldOptionRequest
