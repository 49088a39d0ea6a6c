from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks._facade import reading as _reading

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
        pagination (Pagination): Position of the returned page within the whole result set.
        tasks (list[Task]): Tasks on this page.
        breadcrumbs (list[SearchTasksResponseBreadcrumbsItem] | None): Human-readable summary of the applied filters
            (usually empty).
        faceting (Faceting | None): Facet counts of a search. `task_types` is filled when
            `open_factor_names[]` includes `task_types`; the other facet lists are
            normally empty for tasks. Further `*_facets` keys may appear.
        num_fetch_result (int | None): Internal fetch counter; usually null.
        pipeline_total (int | None): Total number of tasks matching the search.
    """

    pagination: Pagination
    tasks: list[Task]
    breadcrumbs: list[SearchTasksResponseBreadcrumbsItem] | None = None
    faceting: Faceting | None = None
    num_fetch_result: int | None = None
    pipeline_total: int | None = None
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
        v = self.pagination
        if v is not None or "pagination" in came:
            if v is not None:
                v = v.to_dict()
            field_dict["pagination"] = v
        v = self.tasks
        if v is not None or "tasks" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["tasks"] = v
        v = self.breadcrumbs
        if v is not None or "breadcrumbs" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["breadcrumbs"] = v
        v = self.faceting
        if v is not None or "faceting" in came:
            if v is not None:
                v = v.to_dict()
            field_dict["faceting"] = v
        v = self.num_fetch_result
        if v is not None or "num_fetch_result" in came:
            field_dict["num_fetch_result"] = v
        v = self.pipeline_total
        if v is not None or "pipeline_total" in came:
            field_dict["pipeline_total"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d: Any = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "SearchTasksResponse")
        get = d.get
        search_tasks_response = cls.__new__(cls)
        v = get("pagination")
        if v.__class__ is dict:
            v = Pagination.from_dict(v)
        else:
            v = (
                _reading.model(v, "SearchTasksResponse.pagination", False)
                if "pagination" in d
                else _reading.missing("SearchTasksResponse.pagination")
            )
        search_tasks_response.pagination = v
        v = get("tasks")
        if v.__class__ is list:
            v = [
                Task.from_dict(x)
                if x.__class__ is dict
                else _reading.item(Task.from_dict, x, "SearchTasksResponse.tasks[]")
                for x in v
            ]
        else:
            v = (
                _reading.not_a_list(v, "SearchTasksResponse.tasks", False)
                if "tasks" in d
                else _reading.missing("SearchTasksResponse.tasks")
            )
        search_tasks_response.tasks = v
        v = get("breadcrumbs")
        if v.__class__ is list:
            v = [
                SearchTasksResponseBreadcrumbsItem.from_dict(x)
                if x.__class__ is dict
                else _reading.item(SearchTasksResponseBreadcrumbsItem.from_dict, x, "SearchTasksResponse.breadcrumbs[]")
                for x in v
            ]
        elif v is not None or "breadcrumbs" in d:
            v = _reading.not_a_list(v, "SearchTasksResponse.breadcrumbs", False)
        search_tasks_response.breadcrumbs = v
        v = get("faceting")
        if v.__class__ is dict:
            v = Faceting.from_dict(v)
        elif v is not None or "faceting" in d:
            v = _reading.model(v, "SearchTasksResponse.faceting", False)
        search_tasks_response.faceting = v
        v = get("num_fetch_result")
        if v.__class__ is not int and v is not None:
            v = _reading.integer(v, "SearchTasksResponse.num_fetch_result", True)
        search_tasks_response.num_fetch_result = v
        v = get("pipeline_total")
        if v.__class__ is not int and v is not None:
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

    __repr__ = _reading.model_repr


# Imported last, not inside from_dict as upstream does (an import statement per object read costs more than
# the rest of a small model's reading): the models refer to each other, and by now this module's class exists.
from ..models.faceting import Faceting
from ..models.pagination import Pagination
from ..models.search_tasks_response_breadcrumbs_item import SearchTasksResponseBreadcrumbsItem
from ..models.task import Task
