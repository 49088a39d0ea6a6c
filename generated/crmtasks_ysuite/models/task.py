from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_priority import TaskPriority
from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """A task.

    Attributes:
        activity_id (int): Id of the task. Example: 31.
        title (str): Short name of the task. Example: Call back about the quote.
        activity_type (str | Unset): Always `Task` for tasks. Example: Task.
        assigned_user_id (int | None | Unset): Id of the user the task is assigned to.
        cstid (int | None | Unset): Id of the contact the task is linked to. Example: 7.
        deal_id (int | None | Unset): Id of the deal the task is linked to.
        description (None | str | Unset): Longer notes on the task.
        end_datetime (None | str | Unset):
        priority (TaskPriority | Unset): How urgent a task is: 0 none, 1 low, 2 medium, 3 high, 4 urgent.
        start_datetime (str | Unset): A local date and time, `YYYY-MM-DDTHH:MM:SS`, no zone. Example:
            2026-03-02T09:30:00.
        status (TaskStatus | Unset): Where a task stands: 0 open, 1 in progress, 2 completed, 3 cancelled, 4 no show.
        tags (list[int] | None | Unset): Ids of the task's tags.
    """

    activity_id: int
    title: str
    activity_type: str | Unset = UNSET
    assigned_user_id: int | None | Unset = UNSET
    cstid: int | None | Unset = UNSET
    deal_id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    end_datetime: None | str | Unset = UNSET
    priority: TaskPriority | Unset = UNSET
    start_datetime: str | Unset = UNSET
    status: TaskStatus | Unset = UNSET
    tags: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_id = self.activity_id

        title = self.title

        activity_type = self.activity_type

        assigned_user_id: int | None | Unset
        if isinstance(self.assigned_user_id, Unset):
            assigned_user_id = UNSET
        else:
            assigned_user_id = self.assigned_user_id

        cstid: int | None | Unset
        if isinstance(self.cstid, Unset):
            cstid = UNSET
        else:
            cstid = self.cstid

        deal_id: int | None | Unset
        if isinstance(self.deal_id, Unset):
            deal_id = UNSET
        else:
            deal_id = self.deal_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        end_datetime: None | str | Unset
        if isinstance(self.end_datetime, Unset):
            end_datetime = UNSET
        else:
            end_datetime = self.end_datetime

        priority: int | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        start_datetime = self.start_datetime

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        tags: list[int] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activity_id": activity_id,
                "title": title,
            }
        )
        if activity_type is not UNSET:
            field_dict["activity_type"] = activity_type
        if assigned_user_id is not UNSET:
            field_dict["assigned_user_id"] = assigned_user_id
        if cstid is not UNSET:
            field_dict["cstid"] = cstid
        if deal_id is not UNSET:
            field_dict["deal_id"] = deal_id
        if description is not UNSET:
            field_dict["description"] = description
        if end_datetime is not UNSET:
            field_dict["end_datetime"] = end_datetime
        if priority is not UNSET:
            field_dict["priority"] = priority
        if start_datetime is not UNSET:
            field_dict["start_datetime"] = start_datetime
        if status is not UNSET:
            field_dict["status"] = status
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        activity_id = d.pop("activity_id")

        title = d.pop("title")

        activity_type = d.pop("activity_type", UNSET)

        def _parse_assigned_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        assigned_user_id = _parse_assigned_user_id(d.pop("assigned_user_id", UNSET))

        def _parse_cstid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cstid = _parse_cstid(d.pop("cstid", UNSET))

        def _parse_deal_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        deal_id = _parse_deal_id(d.pop("deal_id", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_end_datetime(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_datetime = _parse_end_datetime(d.pop("end_datetime", UNSET))

        _priority = d.pop("priority", UNSET)
        priority: TaskPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = TaskPriority(_priority)

        start_datetime = d.pop("start_datetime", UNSET)

        _status = d.pop("status", UNSET)
        status: TaskStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TaskStatus(_status)

        def _parse_tags(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[int], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        task = cls(
            activity_id=activity_id,
            title=title,
            activity_type=activity_type,
            assigned_user_id=assigned_user_id,
            cstid=cstid,
            deal_id=deal_id,
            description=description,
            end_datetime=end_datetime,
            priority=priority,
            start_datetime=start_datetime,
            status=status,
            tags=tags,
        )

        task.additional_properties = d
        return task

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
