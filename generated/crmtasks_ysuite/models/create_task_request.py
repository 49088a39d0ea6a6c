from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_priority import TaskPriority
from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTaskRequest")


@_attrs_define
class CreateTaskRequest:
    """A new task. At least one of `deal_id` and `cstid` must be given; the
    service sets `activity_type` to `Task` itself.

        Attributes:
            start_datetime (str): A local date and time, `YYYY-MM-DDTHH:MM:SS`, no zone. Example: 2026-03-02T09:30:00.
            title (str): Short name of the task, at most 150 characters.
            assigned_user_id (int | Unset): User to assign the task to.
            cstid (int | Unset): Contact to link the task to.
            deal_id (int | Unset): Deal to link the task to.
            description (str | Unset): Longer notes on the task.
            end_datetime (str | Unset): A local date and time, `YYYY-MM-DDTHH:MM:SS`, no zone. Example: 2026-03-02T09:30:00.
            priority (TaskPriority | Unset): How urgent a task is: 0 none, 1 low, 2 medium, 3 high, 4 urgent. Default:
                TaskPriority.MEDIUM.
            status (TaskStatus | Unset): Where a task stands: 0 open, 1 in progress, 2 completed, 3 cancelled, 4 no show.
                Default: TaskStatus.OPEN.
            tags (list[int] | Unset): Ids of tags to put on the task.
    """

    start_datetime: str
    title: str
    assigned_user_id: int | Unset = UNSET
    cstid: int | Unset = UNSET
    deal_id: int | Unset = UNSET
    description: str | Unset = UNSET
    end_datetime: str | Unset = UNSET
    priority: TaskPriority | Unset = TaskPriority.MEDIUM
    status: TaskStatus | Unset = TaskStatus.OPEN
    tags: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_datetime = self.start_datetime

        title = self.title

        assigned_user_id = self.assigned_user_id

        cstid = self.cstid

        deal_id = self.deal_id

        description = self.description

        end_datetime = self.end_datetime

        priority: int | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        tags: list[int] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_datetime": start_datetime,
                "title": title,
            }
        )
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
        if status is not UNSET:
            field_dict["status"] = status
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start_datetime = d.pop("start_datetime")

        title = d.pop("title")

        assigned_user_id = d.pop("assigned_user_id", UNSET)

        cstid = d.pop("cstid", UNSET)

        deal_id = d.pop("deal_id", UNSET)

        description = d.pop("description", UNSET)

        end_datetime = d.pop("end_datetime", UNSET)

        _priority = d.pop("priority", UNSET)
        priority: TaskPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = TaskPriority(_priority)

        _status = d.pop("status", UNSET)
        status: TaskStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TaskStatus(_status)

        tags = cast(list[int], d.pop("tags", UNSET))

        create_task_request = cls(
            start_datetime=start_datetime,
            title=title,
            assigned_user_id=assigned_user_id,
            cstid=cstid,
            deal_id=deal_id,
            description=description,
            end_datetime=end_datetime,
            priority=priority,
            status=status,
            tags=tags,
        )

        create_task_request.additional_properties = d
        return create_task_request

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
