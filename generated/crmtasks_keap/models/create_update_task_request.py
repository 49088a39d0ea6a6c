from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reminder_minutes import ReminderMinutes
from ..models.task_priority import TaskPriority
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_value_object import CustomFieldValueObject


T = TypeVar("T", bound="CreateUpdateTaskRequest")


@_attrs_define
class CreateUpdateTaskRequest:
    """The writable properties of a task; an update sends only those it changes.

    Attributes:
        accepted (bool | Unset): Whether the assignee accepted the task (false unless set). Example: True.
        assigned_to_user_id (str | Unset): Id of the user who should do the task. Example: 42.
        completed (bool | Unset): Whether the task is done. Example: False.
        completion_time (datetime.datetime | Unset): When the task was done. Example: 2025-05-02T15:30:00Z.
        contact_id (str | Unset): Id of the contact the task is about. Example: 2024.
        custom_fields (list[CustomFieldValueObject] | Unset): Custom field values; an empty list puts every custom field
            back to its default.
        description (str | Unset): Longer notes on the task. Example: Include the volume discount we discussed..
        due_time (datetime.datetime | Unset): When the task is due. Example: 2025-05-01T09:00:00Z.
        opportunity_id (str | Unset): Id of the opportunity the task belongs to. Example: 88.
        priority (TaskPriority | Unset): How important a task is.
        remind_time_mins (ReminderMinutes | Unset): Minutes before the due time at which a reminder pops up.
        title (str | Unset): Short name of the task. Example: Send the renewal quote.
        type_ (str | Unset): Kind of task, as configured in the Keap account (for example CALL or EMAIL). Example: CALL.
    """

    accepted: bool | Unset = UNSET
    assigned_to_user_id: str | Unset = UNSET
    completed: bool | Unset = UNSET
    completion_time: datetime.datetime | Unset = UNSET
    contact_id: str | Unset = UNSET
    custom_fields: list[CustomFieldValueObject] | Unset = UNSET
    description: str | Unset = UNSET
    due_time: datetime.datetime | Unset = UNSET
    opportunity_id: str | Unset = UNSET
    priority: TaskPriority | Unset = UNSET
    remind_time_mins: ReminderMinutes | Unset = UNSET
    title: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepted = self.accepted

        assigned_to_user_id = self.assigned_to_user_id

        completed = self.completed

        completion_time: str | Unset = UNSET
        if not isinstance(self.completion_time, Unset):
            completion_time = self.completion_time.isoformat()

        contact_id = self.contact_id

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        description = self.description

        due_time: str | Unset = UNSET
        if not isinstance(self.due_time, Unset):
            due_time = self.due_time.isoformat()

        opportunity_id = self.opportunity_id

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        remind_time_mins: int | Unset = UNSET
        if not isinstance(self.remind_time_mins, Unset):
            remind_time_mins = self.remind_time_mins.value

        title = self.title

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if assigned_to_user_id is not UNSET:
            field_dict["assigned_to_user_id"] = assigned_to_user_id
        if completed is not UNSET:
            field_dict["completed"] = completed
        if completion_time is not UNSET:
            field_dict["completion_time"] = completion_time
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if description is not UNSET:
            field_dict["description"] = description
        if due_time is not UNSET:
            field_dict["due_time"] = due_time
        if opportunity_id is not UNSET:
            field_dict["opportunity_id"] = opportunity_id
        if priority is not UNSET:
            field_dict["priority"] = priority
        if remind_time_mins is not UNSET:
            field_dict["remind_time_mins"] = remind_time_mins
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_field_value_object import CustomFieldValueObject

        d = dict(src_dict)
        accepted = d.pop("accepted", UNSET)

        assigned_to_user_id = d.pop("assigned_to_user_id", UNSET)

        completed = d.pop("completed", UNSET)

        _completion_time = d.pop("completion_time", UNSET)
        completion_time: datetime.datetime | Unset
        if isinstance(_completion_time, Unset):
            completion_time = UNSET
        else:
            completion_time = datetime.datetime.fromisoformat(_completion_time)

        contact_id = d.pop("contact_id", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomFieldValueObject] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldValueObject.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        description = d.pop("description", UNSET)

        _due_time = d.pop("due_time", UNSET)
        due_time: datetime.datetime | Unset
        if isinstance(_due_time, Unset):
            due_time = UNSET
        else:
            due_time = datetime.datetime.fromisoformat(_due_time)

        opportunity_id = d.pop("opportunity_id", UNSET)

        _priority = d.pop("priority", UNSET)
        priority: TaskPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = TaskPriority(_priority)

        _remind_time_mins = d.pop("remind_time_mins", UNSET)
        remind_time_mins: ReminderMinutes | Unset
        if isinstance(_remind_time_mins, Unset):
            remind_time_mins = UNSET
        else:
            remind_time_mins = ReminderMinutes(_remind_time_mins)

        title = d.pop("title", UNSET)

        type_ = d.pop("type", UNSET)

        create_update_task_request = cls(
            accepted=accepted,
            assigned_to_user_id=assigned_to_user_id,
            completed=completed,
            completion_time=completion_time,
            contact_id=contact_id,
            custom_fields=custom_fields,
            description=description,
            due_time=due_time,
            opportunity_id=opportunity_id,
            priority=priority,
            remind_time_mins=remind_time_mins,
            title=title,
            type_=type_,
        )

        create_update_task_request.additional_properties = d
        return create_update_task_request

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
