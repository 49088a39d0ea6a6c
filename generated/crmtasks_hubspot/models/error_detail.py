from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks._facade import reading as _reading

T = TypeVar("T", bound="ErrorDetail")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "message",
        "code",
        "context",
        "in",
        "subCategory",
    }
)


@_attrs_define
class ErrorDetail:
    """One problem of an error.

    Attributes:
        message (str): What is wrong.
        code (str | None): A code for the problem.
        context (ErrorDetailContext): Details by name.
        in_ (str | None): The field or parameter at fault.
        sub_category (str | None): A finer kind of problem.
    """

    message: str
    code: str | None = None
    context: ErrorDetailContext = _attrs_field(factory=lambda: ErrorDetailContext())
    in_: str | None = None
    sub_category: str | None = None
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
        v = self.message
        if v is not None or "message" in came:
            field_dict["message"] = v
        v = self.code
        if v is not None or "code" in came:
            field_dict["code"] = v
        v = self.context
        if v or "context" in came:
            if v is not None:
                v = v.to_dict()
            field_dict["context"] = v
        v = self.in_
        if v is not None or "in" in came:
            field_dict["in"] = v
        v = self.sub_category
        if v is not None or "subCategory" in came:
            field_dict["subCategory"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d: Any = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "ErrorDetail")
        get = d.get
        error_detail = cls.__new__(cls)
        v = get("message")
        if v.__class__ is not str:
            v = (
                _reading.string(v, "ErrorDetail.message", False)
                if "message" in d
                else _reading.missing("ErrorDetail.message")
            )
        error_detail.message = v
        v = get("code")
        if v.__class__ is not str and (v is not None or "code" in d):
            v = _reading.string(v, "ErrorDetail.code", False)
        error_detail.code = v
        v = get("context")
        if v.__class__ is dict:
            v = ErrorDetailContext.from_dict(v)
        elif v is None and "context" not in d:
            v = ErrorDetailContext()
        else:
            v = _reading.item(ErrorDetailContext.from_dict, v, "ErrorDetail.context")
        error_detail.context = v
        v = get("in")
        if v.__class__ is not str and (v is not None or "in" in d):
            v = _reading.string(v, "ErrorDetail.in", False)
        error_detail.in_ = v
        v = get("subCategory")
        if v.__class__ is not str and (v is not None or "subCategory" in d):
            v = _reading.string(v, "ErrorDetail.subCategory", False)
        error_detail.sub_category = v
        error_detail._raw = src_dict
        error_detail._additional = None
        return error_detail

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
from ..models.error_detail_context import ErrorDetailContext
