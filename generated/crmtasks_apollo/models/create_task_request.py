from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_priority import TaskPriority
from ..models.task_status import TaskStatus
from ..models.task_type import TaskType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTaskRequest")


@_attrs_define
class CreateTaskRequest:
    """Fields of a single task to create.

    Attributes:
        contact_id (str): Id of the contact the task is about.
        due_at (datetime.datetime | Unset): When the task is due, as an ISO 8601 date-time (GMT unless an offset is
            given).
        note (str | Unset): Free text attached to the task.
        priority (TaskPriority | Unset): How urgent a task is.
        status (TaskStatus | Unset): Lifecycle state of a task. `scheduled` is the value the
            documentation uses for work still to be done and is what new tasks
            normally get; Apollo's current documentation also describes
            `completed` (work done) and `skipped` (work deliberately not done).
            `archived` does not appear in the documentation; it is listed so
            that a search result carrying it can still be parsed.
        title (str | Unset): Optional short title shown for the task.
        type_ (TaskType | Unset): The kind of action the task owner has to take: `call` (phone the
            contact), `outreach_manual_email` (write an email by hand),
            `linkedin_step_connect` (send a LinkedIn connection request),
            `linkedin_step_message` (send a LinkedIn message),
            `linkedin_step_view_profile` (look at the LinkedIn profile),
            `linkedin_step_interact_post` (engage with a recent LinkedIn post)
            or `action_item` (anything else; best paired with a note). The older
            documentation only listed `call`, `outreach_manual_email` and
            `action_item`.
        user_id (str | Unset): Id of the Apollo user who will own the task.
    """

    contact_id: str
    due_at: datetime.datetime | Unset = UNSET
    note: str | Unset = UNSET
    priority: TaskPriority | Unset = UNSET
    status: TaskStatus | Unset = UNSET
    title: str | Unset = UNSET
    type_: TaskType | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id = self.contact_id

        due_at: str | Unset = UNSET
        if not isinstance(self.due_at, Unset):
            due_at = self.due_at.isoformat()

        note = self.note

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        title = self.title

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact_id": contact_id,
            }
        )
        if due_at is not UNSET:
            field_dict["due_at"] = due_at
        if note is not UNSET:
            field_dict["note"] = note
        if priority is not UNSET:
            field_dict["priority"] = priority
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contact_id = d.pop("contact_id")

        _due_at = d.pop("due_at", UNSET)
        due_at: datetime.datetime | Unset
        if isinstance(_due_at, Unset):
            due_at = UNSET
        else:
            due_at = datetime.datetime.fromisoformat(_due_at)

        note = d.pop("note", UNSET)

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

        title = d.pop("title", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: TaskType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TaskType(_type_)

        user_id = d.pop("user_id", UNSET)

        create_task_request = cls(
            contact_id=contact_id,
            due_at=due_at,
            note=note,
            priority=priority,
            status=status,
            title=title,
            type_=type_,
            user_id=user_id,
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
