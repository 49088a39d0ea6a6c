from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks import _reading

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchTasksResponse")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "pagination",
        "tasks",
        "breadcrumbs",
        "faceting",
        "num_fetch_result",
        "pipeline_total",
    }
)


@_attrs_define
class SearchTasksResponse:
    """One page of a task search.

    Attributes:
        pagination (Pagination | None): Position of the returned page within the whole result set.
        tasks (list[Task] | None): Tasks on this page.
        breadcrumbs (list[SearchTasksResponseBreadcrumbsItem] | None | Unset): Human-readable summary of the applied
            filters (usually empty).
        faceting (Faceting | None | Unset): Facet counts of a search. `task_types` is filled when
            `open_factor_names[]` includes `task_types`; the other facet lists are
            normally empty for tasks. Further `*_facets` keys may appear.
        num_fetch_result (int | None | Unset): Internal fetch counter; usually null.
        pipeline_total (int | None | Unset): Total number of tasks matching the search.
    """

    pagination: Pagination | None
    tasks: list[Task] | None
    breadcrumbs: list[SearchTasksResponseBreadcrumbsItem] | None | Unset = UNSET
    faceting: Faceting | None | Unset = UNSET
    num_fetch_result: int | None | Unset = UNSET
    pipeline_total: int | None | Unset = UNSET
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
        v = self.pagination
        if v is not None and v is not UNSET:
            v = v.to_dict()
        field_dict["pagination"] = v
        v = self.tasks
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        field_dict["tasks"] = v
        v = self.breadcrumbs
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["breadcrumbs"] = v
        v = self.faceting
        if v is not None and v is not UNSET:
            v = v.to_dict()
        if v is not UNSET:
            field_dict["faceting"] = v
        v = self.num_fetch_result
        if v is not UNSET:
            field_dict["num_fetch_result"] = v
        v = self.pipeline_total
        if v is not UNSET:
            field_dict["pipeline_total"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "SearchTasksResponse")
        get = d.get
        search_tasks_response = cls.__new__(cls)
        v = get("pagination", UNSET)
        if v is UNSET:
            _reading.missing("SearchTasksResponse.pagination")
            v = None
        else:
            if v.__class__ is dict:
                v = Pagination.from_dict(v)
            else:
                _reading.model(v, "SearchTasksResponse.pagination", False)
                v = None
        search_tasks_response.pagination = v
        v = get("tasks", UNSET)
        if v is UNSET:
            _reading.missing("SearchTasksResponse.tasks")
            v = None
        else:
            if v.__class__ is list:
                v = [
                    Task.from_dict(x)
                    if x.__class__ is dict
                    else _reading.item(Task.from_dict, x, "SearchTasksResponse.tasks[]")
                    for x in v
                ]
            else:
                _reading.not_a_list(v, "SearchTasksResponse.tasks", False)
                v = None
        search_tasks_response.tasks = v
        v = get("breadcrumbs", UNSET)
        if v.__class__ is list:
            v = [
                SearchTasksResponseBreadcrumbsItem.from_dict(x)
                if x.__class__ is dict
                else _reading.item(SearchTasksResponseBreadcrumbsItem.from_dict, x, "SearchTasksResponse.breadcrumbs[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "SearchTasksResponse.breadcrumbs", False)
            v = None
        search_tasks_response.breadcrumbs = v
        v = get("faceting", UNSET)
        if v.__class__ is dict:
            v = Faceting.from_dict(v)
        elif v is not UNSET:
            _reading.model(v, "SearchTasksResponse.faceting", False)
            v = None
        search_tasks_response.faceting = v
        v = get("num_fetch_result", UNSET)
        if v.__class__ is not int and v is not UNSET and v is not None:
            v = _reading.integer(v, "SearchTasksResponse.num_fetch_result", True)
        search_tasks_response.num_fetch_result = v
        v = get("pipeline_total", UNSET)
        if v.__class__ is not int and v is not UNSET and v is not None:
            v = _reading.integer(v, "SearchTasksResponse.pipeline_total", True)
        search_tasks_response.pipeline_total = v
        search_tasks_response._raw = src_dict
        search_tasks_response._additional = None
        return search_tasks_response

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
from ..models.faceting import Faceting
from ..models.pagination import Pagination
from ..models.search_tasks_response_breadcrumbs_item import SearchTasksResponseBreadcrumbsItem
from ..models.task import Task
