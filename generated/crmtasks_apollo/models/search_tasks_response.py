from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.faceting import Faceting
    from ..models.pagination import Pagination
    from ..models.search_tasks_response_breadcrumbs_item import SearchTasksResponseBreadcrumbsItem
    from ..models.task import Task


T = TypeVar("T", bound="SearchTasksResponse")


@_attrs_define
class SearchTasksResponse:
    """One page of a task search.

    Attributes:
        pagination (Pagination): Position of the returned page within the whole result set.
        tasks (list[Task]): Tasks on this page.
        breadcrumbs (list[SearchTasksResponseBreadcrumbsItem] | Unset): Human-readable summary of the applied filters
            (usually empty).
        faceting (Faceting | Unset): Facet counts of a search. `task_types` is filled when
            `open_factor_names[]` includes `task_types`; the other facet lists are
            normally empty for tasks. Further `*_facets` keys may appear.
        num_fetch_result (int | None | Unset): Internal fetch counter; usually null.
        pipeline_total (int | None | Unset): Total number of tasks matching the search.
    """

    pagination: Pagination
    tasks: list[Task]
    breadcrumbs: list[SearchTasksResponseBreadcrumbsItem] | Unset = UNSET
    faceting: Faceting | Unset = UNSET
    num_fetch_result: int | None | Unset = UNSET
    pipeline_total: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        breadcrumbs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.breadcrumbs, Unset):
            breadcrumbs = []
            for breadcrumbs_item_data in self.breadcrumbs:
                breadcrumbs_item = breadcrumbs_item_data.to_dict()
                breadcrumbs.append(breadcrumbs_item)

        faceting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.faceting, Unset):
            faceting = self.faceting.to_dict()

        num_fetch_result: int | None | Unset
        if isinstance(self.num_fetch_result, Unset):
            num_fetch_result = UNSET
        else:
            num_fetch_result = self.num_fetch_result

        pipeline_total: int | None | Unset
        if isinstance(self.pipeline_total, Unset):
            pipeline_total = UNSET
        else:
            pipeline_total = self.pipeline_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "tasks": tasks,
            }
        )
        if breadcrumbs is not UNSET:
            field_dict["breadcrumbs"] = breadcrumbs
        if faceting is not UNSET:
            field_dict["faceting"] = faceting
        if num_fetch_result is not UNSET:
            field_dict["num_fetch_result"] = num_fetch_result
        if pipeline_total is not UNSET:
            field_dict["pipeline_total"] = pipeline_total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.faceting import Faceting
        from ..models.pagination import Pagination
        from ..models.search_tasks_response_breadcrumbs_item import SearchTasksResponseBreadcrumbsItem
        from ..models.task import Task

        d = dict(src_dict)
        pagination = Pagination.from_dict(d.pop("pagination"))

        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in _tasks:
            tasks_item = Task.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        _breadcrumbs = d.pop("breadcrumbs", UNSET)
        breadcrumbs: list[SearchTasksResponseBreadcrumbsItem] | Unset = UNSET
        if _breadcrumbs is not UNSET:
            breadcrumbs = []
            for breadcrumbs_item_data in _breadcrumbs:
                breadcrumbs_item = SearchTasksResponseBreadcrumbsItem.from_dict(breadcrumbs_item_data)

                breadcrumbs.append(breadcrumbs_item)

        _faceting = d.pop("faceting", UNSET)
        faceting: Faceting | Unset
        if isinstance(_faceting, Unset):
            faceting = UNSET
        else:
            faceting = Faceting.from_dict(_faceting)

        def _parse_num_fetch_result(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_fetch_result = _parse_num_fetch_result(d.pop("num_fetch_result", UNSET))

        def _parse_pipeline_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pipeline_total = _parse_pipeline_total(d.pop("pipeline_total", UNSET))

        search_tasks_response = cls(
            pagination=pagination,
            tasks=tasks,
            breadcrumbs=breadcrumbs,
            faceting=faceting,
            num_fetch_result=num_fetch_result,
            pipeline_total=pipeline_total,
        )

        search_tasks_response.additional_properties = d
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
