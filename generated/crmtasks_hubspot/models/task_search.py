from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks._facade import reading as _reading

T = TypeVar("T", bound="TaskSearch")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "filterGroups",
        "after",
        "limit",
        "properties",
        "query",
        "sorts",
    }
)


@_attrs_define
class TaskSearch:
    """A search. Any of the filter groups must match (OR); 18 filters in all at most.

    Attributes:
        filter_groups (list[FilterGroup]): Up to 5 groups of filters; none matches every task.
        after (str | None): The cursor of the previous page's `paging.next.after`.
        limit (int | None): Results per page, at most 200. Default: 10.
        properties (list[str] | None): Properties to return (HubSpot's defaults when not given).
        query (str | None): Text to look for in the default searchable properties (up to 3,000 characters).
        sorts (list[Sort] | None): The order of the results (one sort key is honoured).
    """

    filter_groups: list[FilterGroup]
    after: str | None = None
    limit: int | None = 10
    properties: list[str] | None = None
    query: str | None = None
    sorts: list[Sort] | None = None
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
        v = self.filter_groups
        if v is not None or "filterGroups" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["filterGroups"] = v
        v = self.after
        if v is not None or "after" in came:
            field_dict["after"] = v
        v = self.limit
        if v is not None or "limit" in came:
            field_dict["limit"] = v
        v = self.properties
        if v is not None or "properties" in came:
            if v is not None:
                v = list(v)
            field_dict["properties"] = v
        v = self.query
        if v is not None or "query" in came:
            field_dict["query"] = v
        v = self.sorts
        if v is not None or "sorts" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["sorts"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d: Any = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "TaskSearch")
        get = d.get
        task_search = cls.__new__(cls)
        v = get("filterGroups")
        if v.__class__ is list:
            v = [
                FilterGroup.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FilterGroup.from_dict, x, "TaskSearch.filterGroups[]")
                for x in v
            ]
        else:
            v = (
                _reading.not_a_list(v, "TaskSearch.filterGroups", False)
                if "filterGroups" in d
                else _reading.missing("TaskSearch.filterGroups")
            )
        task_search.filter_groups = v
        v = get("after")
        if v.__class__ is not str and (v is not None or "after" in d):
            v = _reading.string(v, "TaskSearch.after", False)
        task_search.after = v
        v = get("limit")
        if v.__class__ is not int and (v is not None or "limit" in d):
            v = _reading.integer(v, "TaskSearch.limit", False)
        task_search.limit = v
        v = get("properties")
        if v.__class__ is list:
            for x in v:
                if x.__class__ is not str:
                    v = _reading.items(_reading.string, v, "TaskSearch.properties[]", (str,))
                    break
        elif v is not None or "properties" in d:
            v = _reading.not_a_list(v, "TaskSearch.properties", False)
        task_search.properties = v
        v = get("query")
        if v.__class__ is not str and (v is not None or "query" in d):
            v = _reading.string(v, "TaskSearch.query", False)
        task_search.query = v
        v = get("sorts")
        if v.__class__ is list:
            v = [
                Sort.from_dict(x) if x.__class__ is dict else _reading.item(Sort.from_dict, x, "TaskSearch.sorts[]")
                for x in v
            ]
        elif v is not None or "sorts" in d:
            v = _reading.not_a_list(v, "TaskSearch.sorts", False)
        task_search.sorts = v
        task_search._raw = src_dict
        task_search._additional = None
        return task_search

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
from ..models.filter_group import FilterGroup
from ..models.sort import Sort
