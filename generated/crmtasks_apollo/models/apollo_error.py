from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks._facade import reading as _reading

T = TypeVar("T", bound="ApolloError")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "allow_moving_to_next_task",
        "error",
        "error_code",
        "message",
    }
)


@_attrs_define
class ApolloError:
    """Error body returned by Apollo. Which fields are present varies by endpoint and error.

    Attributes:
        allow_moving_to_next_task (bool | None): Given (true) when complete or skip met a task already completed or
            skipped.
        error (str | None): Short error text.
        error_code (str | None): Machine-readable error identifier, when given.
        message (str | None): Longer explanation of the error.
    """

    allow_moving_to_next_task: bool | None = None
    error: str | None = None
    error_code: str | None = None
    message: str | None = None
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
        v = self.allow_moving_to_next_task
        if v is not None or "allow_moving_to_next_task" in came:
            field_dict["allow_moving_to_next_task"] = v
        v = self.error
        if v is not None or "error" in came:
            field_dict["error"] = v
        v = self.error_code
        if v is not None or "error_code" in came:
            field_dict["error_code"] = v
        v = self.message
        if v is not None or "message" in came:
            field_dict["message"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d: Any = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "ApolloError")
        get = d.get
        apollo_error = cls.__new__(cls)
        v = get("allow_moving_to_next_task")
        if v.__class__ is not bool and (v is not None or "allow_moving_to_next_task" in d):
            v = _reading.boolean(v, "ApolloError.allow_moving_to_next_task", False)
        apollo_error.allow_moving_to_next_task = v
        v = get("error")
        if v.__class__ is not str and (v is not None or "error" in d):
            v = _reading.string(v, "ApolloError.error", False)
        apollo_error.error = v
        v = get("error_code")
        if v.__class__ is not str and (v is not None or "error_code" in d):
            v = _reading.string(v, "ApolloError.error_code", False)
        apollo_error.error_code = v
        v = get("message")
        if v.__class__ is not str and (v is not None or "message" in d):
            v = _reading.string(v, "ApolloError.message", False)
        apollo_error.message = v
        apollo_error._raw = src_dict
        apollo_error._additional = None
        return apollo_error

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
