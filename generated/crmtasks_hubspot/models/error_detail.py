from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks import _reading

from ..types import UNSET, Unset

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
        message (str | None): What is wrong.
        code (str | None | Unset): A code for the problem.
        context (ErrorDetailContext | Unset): Details by name.
        in_ (str | None | Unset): The field or parameter at fault.
        sub_category (str | None | Unset): A finer kind of problem.
    """

    message: str | None
    code: str | None | Unset = UNSET
    context: ErrorDetailContext | Unset = UNSET
    in_: str | None | Unset = UNSET
    sub_category: str | None | Unset = UNSET
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
        v = self.message
        field_dict["message"] = v
        v = self.code
        if v is not UNSET:
            field_dict["code"] = v
        v = self.context
        if v is not None and v is not UNSET:
            v = v.to_dict()
        if v is not UNSET:
            field_dict["context"] = v
        v = self.in_
        if v is not UNSET:
            field_dict["in"] = v
        v = self.sub_category
        if v is not UNSET:
            field_dict["subCategory"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "ErrorDetail")
        get = d.get
        error_detail = cls.__new__(cls)
        v = get("message", UNSET)
        if v is UNSET:
            _reading.missing("ErrorDetail.message")
            v = None
        else:
            if v.__class__ is not str:
                v = _reading.string(v, "ErrorDetail.message", False)
        error_detail.message = v
        v = get("code", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _reading.string(v, "ErrorDetail.code", False)
        error_detail.code = v
        v = get("context", UNSET)
        if v.__class__ is dict:
            v = ErrorDetailContext.from_dict(v)
        elif v is not UNSET:
            v = _reading.item(ErrorDetailContext.from_dict, v, "ErrorDetail.context")
        error_detail.context = v
        v = get("in", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _reading.string(v, "ErrorDetail.in", False)
        error_detail.in_ = v
        v = get("subCategory", UNSET)
        if v.__class__ is not str and v is not UNSET:
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


# Imported last, not inside from_dict as upstream does (an import statement per object read costs more than
# the rest of a small model's reading): the models refer to each other, and by now this module's class exists.
from ..models.error_detail_context import ErrorDetailContext
