from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks._facade import reading as _reading

T = TypeVar("T", bound="BatchError")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "category",
        "message",
        "status",
        "context",
        "subCategory",
    }
)


@_attrs_define
class BatchError:
    """What went wrong with some inputs of a batch.

    Attributes:
        category (str): The kind of error, such as `OBJECT_NOT_FOUND`.
        message (str): What went wrong.
        status (str): Always `error`.
        context (BatchErrorContext): Details by name, such as the `ids` not found.
        sub_category (str | None): A finer kind of error, when there is one.
    """

    category: str
    message: str
    status: str
    context: BatchErrorContext = _attrs_field(factory=lambda: BatchErrorContext())
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
        v = self.category
        if v is not None or "category" in came:
            field_dict["category"] = v
        v = self.message
        if v is not None or "message" in came:
            field_dict["message"] = v
        v = self.status
        if v is not None or "status" in came:
            field_dict["status"] = v
        v = self.context
        if v or "context" in came:
            if v is not None:
                v = v.to_dict()
            field_dict["context"] = v
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
        d: Any = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "BatchError")
        get = d.get
        batch_error = cls.__new__(cls)
        v = get("category")
        if v.__class__ is not str:
            v = (
                _reading.string(v, "BatchError.category", False)
                if "category" in d
                else _reading.missing("BatchError.category")
            )
        batch_error.category = v
        v = get("message")
        if v.__class__ is not str:
            v = (
                _reading.string(v, "BatchError.message", False)
                if "message" in d
                else _reading.missing("BatchError.message")
            )
        batch_error.message = v
        v = get("status")
        if v.__class__ is not str:
            v = (
                _reading.string(v, "BatchError.status", False)
                if "status" in d
                else _reading.missing("BatchError.status")
            )
        batch_error.status = v
        v = get("context")
        if v.__class__ is dict:
            v = BatchErrorContext.from_dict(v)
        elif v is None and "context" not in d:
            v = BatchErrorContext()
        else:
            v = _reading.item(BatchErrorContext.from_dict, v, "BatchError.context")
        batch_error.context = v
        v = get("subCategory")
        if v.__class__ is not str and (v is not None or "subCategory" in d):
            v = _reading.string(v, "BatchError.subCategory", False)
        batch_error.sub_category = v
        batch_error._raw = src_dict
        batch_error._additional = None
        return batch_error

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
from ..models.batch_error_context import BatchErrorContext
