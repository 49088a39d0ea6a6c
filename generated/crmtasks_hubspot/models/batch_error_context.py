from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks._facade import reading as _reading

T = TypeVar("T", bound="BatchErrorContext")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset({})


@_attrs_define
class BatchErrorContext(_reading.MapModel["list[str]"]):
    """Details by name, such as the `ids` not found."""

    _raw: Any = _attrs_field(init=False, default=None, repr=False, eq=False)
    _additional: dict[str, list[str]] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def additional_properties(self) -> dict[str, list[str]]:
        """Members the spec does not declare, read from ``raw`` on first use (most answers have none)."""
        if self._additional is None:
            additional: dict[str, list[str]] = {}
            v: Any
            d = self._raw
            if d.__class__ is dict and not _KEYS.issuperset(d):
                for prop_name, v in d.items():
                    if prop_name not in _KEYS:
                        if v.__class__ is list:
                            for x in v:
                                if x.__class__ is not str:
                                    v = _reading.items(_reading.string, v, "BatchErrorContext.*[]", (str,))
                                    break
                        else:
                            v = _reading.not_a_list(v, "BatchErrorContext.*", False)
                        additional[prop_name] = v
            self._additional = additional
        return self._additional

    @additional_properties.setter
    def additional_properties(self, value: dict[str, list[str]]) -> None:
        self._additional = value

    @property
    def raw(self) -> Any:
        """The JSON value this object was read from, exactly as the server sent it (None when built in code)."""
        return self._raw

    def to_dict(self) -> dict[str, Any]:
        v: Any
        field_dict: dict[str, Any] = {}
        for prop_name, v in self.additional_properties.items():
            if v is not None:
                v = list(v)
            field_dict[prop_name] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d: Any = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "BatchErrorContext")
        get = d.get
        batch_error_context = cls.__new__(cls)
        batch_error_context._raw = src_dict
        batch_error_context._additional = None
        return batch_error_context

    __eq__ = _reading.MapModel.__eq__
    __repr__ = _reading.MapModel.__repr__
