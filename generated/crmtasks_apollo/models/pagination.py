from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks import _reading

from ..types import UNSET

T = TypeVar("T", bound="Pagination")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "page",
        "per_page",
        "total_entries",
        "total_pages",
    }
)


@_attrs_define
class Pagination:
    """Position of the returned page within the whole result set.

    Attributes:
        page (int | None): Number of this page, counting from 1. Example: 1.
        per_page (int | None): Page size used for the search. Example: 100.
        total_entries (int | None): Number of tasks matching the search across all pages. Example: 2.
        total_pages (int | None): Number of pages available. Example: 1.
    """

    page: int | None
    per_page: int | None
    total_entries: int | None
    total_pages: int | None
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
        v = self.page
        field_dict["page"] = v
        v = self.per_page
        field_dict["per_page"] = v
        v = self.total_entries
        field_dict["total_entries"] = v
        v = self.total_pages
        field_dict["total_pages"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "Pagination")
        get = d.get
        pagination = cls.__new__(cls)
        v = get("page", UNSET)
        if v is UNSET:
            _reading.missing("Pagination.page")
            v = None
        else:
            if v.__class__ is not int:
                v = _reading.integer(v, "Pagination.page", False)
        pagination.page = v
        v = get("per_page", UNSET)
        if v is UNSET:
            _reading.missing("Pagination.per_page")
            v = None
        else:
            if v.__class__ is not int:
                v = _reading.integer(v, "Pagination.per_page", False)
        pagination.per_page = v
        v = get("total_entries", UNSET)
        if v is UNSET:
            _reading.missing("Pagination.total_entries")
            v = None
        else:
            if v.__class__ is not int:
                v = _reading.integer(v, "Pagination.total_entries", False)
        pagination.total_entries = v
        v = get("total_pages", UNSET)
        if v is UNSET:
            _reading.missing("Pagination.total_pages")
            v = None
        else:
            if v.__class__ is not int:
                v = _reading.integer(v, "Pagination.total_pages", False)
        pagination.total_pages = v
        pagination._raw = src_dict
        pagination._additional = None
        return pagination

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
