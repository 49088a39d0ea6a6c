from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from enum import Enum
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks._facade import parse_date_time
from crmtasks._facade import reading as _reading

from ..models.reminder_minutes import ReminderMinutes
from ..models.task_priority import TaskPriority

T = TypeVar("T", bound="Task")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "accepted",
        "assigned_to_user_id",
        "completed",
        "completion_time",
        "contact_id",
        "custom_fields",
        "description",
        "due_time",
        "opportunity_id",
        "priority",
        "remind_time_mins",
        "title",
        "type",
        "create_time",
        "created_by_user_id",
        "last_updated_by_user_id",
        "modification_time",
    }
)


@_attrs_define
class Task:
    """A task as Keap stores it.

    Attributes:
        id (str): Id of the task. Example: 1234.
        accepted (bool | None): Whether the assignee accepted the task (false unless set). Example: True.
        assigned_to_user_id (str | None): Id of the user who should do the task. Example: 42.
        completed (bool | None): Whether the task is done. Example: False.
        completion_time (datetime.datetime | None): When the task was done. Example: 2025-05-02T15:30:00Z.
        contact_id (str | None): Id of the contact the task is about. Example: 2024.
        custom_fields (list[CustomFieldValueObject] | None): Custom field values; an empty list puts every custom field
            back to its default.
        description (str | None): Longer notes on the task. Example: Include the volume discount we discussed..
        due_time (datetime.datetime | None): When the task is due. Example: 2025-05-01T09:00:00Z.
        opportunity_id (str | None): Id of the opportunity the task belongs to. Example: 88.
        priority (TaskPriority | str | None): How important a task is.
        remind_time_mins (ReminderMinutes | int | None): Minutes before the due time at which a reminder pops up.
        title (str | None): Short name of the task. Example: Send the renewal quote.
        type_ (str | None): Kind of task, as configured in the Keap account (for example CALL or EMAIL). Example: CALL.
        create_time (datetime.datetime | None): When the task was created. Example: 2025-04-20T11:00:00Z.
        created_by_user_id (str | None): Id of the user who created the task. Example: 7.
        last_updated_by_user_id (str | None): Id of the user who changed the task last. Example: 7.
        modification_time (datetime.datetime | None): When the task last changed. Example: 2025-04-21T08:15:00Z.
    """

    id: str
    accepted: bool | None = None
    assigned_to_user_id: str | None = None
    completed: bool | None = None
    completion_time: datetime.datetime | None = None
    contact_id: str | None = None
    custom_fields: list[CustomFieldValueObject] | None = None
    description: str | None = None
    due_time: datetime.datetime | None = None
    opportunity_id: str | None = None
    priority: TaskPriority | str | None = None
    remind_time_mins: ReminderMinutes | int | None = None
    title: str | None = None
    type_: str | None = None
    create_time: datetime.datetime | None = None
    created_by_user_id: str | None = None
    last_updated_by_user_id: str | None = None
    modification_time: datetime.datetime | None = None
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
        v = self.id
        if v is not None or "id" in came:
            field_dict["id"] = v
        v = self.accepted
        if v is not None or "accepted" in came:
            field_dict["accepted"] = v
        v = self.assigned_to_user_id
        if v is not None or "assigned_to_user_id" in came:
            field_dict["assigned_to_user_id"] = v
        v = self.completed
        if v is not None or "completed" in came:
            field_dict["completed"] = v
        v = self.completion_time
        if v is not None or "completion_time" in came:
            if isinstance(v, datetime.date):
                v = v.isoformat()
            field_dict["completion_time"] = v
        v = self.contact_id
        if v is not None or "contact_id" in came:
            field_dict["contact_id"] = v
        v = self.custom_fields
        if v is not None or "custom_fields" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["custom_fields"] = v
        v = self.description
        if v is not None or "description" in came:
            field_dict["description"] = v
        v = self.due_time
        if v is not None or "due_time" in came:
            if isinstance(v, datetime.date):
                v = v.isoformat()
            field_dict["due_time"] = v
        v = self.opportunity_id
        if v is not None or "opportunity_id" in came:
            field_dict["opportunity_id"] = v
        v = self.priority
        if v is not None or "priority" in came:
            if isinstance(v, Enum):
                v = v.value
            field_dict["priority"] = v
        v = self.remind_time_mins
        if v is not None or "remind_time_mins" in came:
            if isinstance(v, Enum):
                v = v.value
            field_dict["remind_time_mins"] = v
        v = self.title
        if v is not None or "title" in came:
            field_dict["title"] = v
        v = self.type_
        if v is not None or "type" in came:
            field_dict["type"] = v
        v = self.create_time
        if v is not None or "create_time" in came:
            if isinstance(v, datetime.date):
                v = v.isoformat()
            field_dict["create_time"] = v
        v = self.created_by_user_id
        if v is not None or "created_by_user_id" in came:
            field_dict["created_by_user_id"] = v
        v = self.last_updated_by_user_id
        if v is not None or "last_updated_by_user_id" in came:
            field_dict["last_updated_by_user_id"] = v
        v = self.modification_time
        if v is not None or "modification_time" in came:
            if isinstance(v, datetime.date):
                v = v.isoformat()
            field_dict["modification_time"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d: Any = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "Task")
        get = d.get
        task = cls.__new__(cls)
        v = get("id")
        if v.__class__ is not str:
            v = _reading.string(v, "Task.id", False) if "id" in d else _reading.missing("Task.id")
        task.id = v
        v = get("accepted")
        if v.__class__ is not bool and (v is not None or "accepted" in d):
            v = _reading.boolean(v, "Task.accepted", False)
        task.accepted = v
        v = get("assigned_to_user_id")
        if v.__class__ is not str and (v is not None or "assigned_to_user_id" in d):
            v = _reading.string(v, "Task.assigned_to_user_id", False)
        task.assigned_to_user_id = v
        v = get("completed")
        if v.__class__ is not bool and (v is not None or "completed" in d):
            v = _reading.boolean(v, "Task.completed", False)
        task.completed = v
        v = get("completion_time")
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "Task.completion_time", False)
            else:
                if v.tzinfo is None:
                    _reading.naive(v, "Task.completion_time")
        elif v is not None or "completion_time" in d:
            v = _reading.date_time(v, "Task.completion_time", False)
        task.completion_time = v
        v = get("contact_id")
        if v.__class__ is not str and (v is not None or "contact_id" in d):
            v = _reading.string(v, "Task.contact_id", False)
        task.contact_id = v
        v = get("custom_fields")
        if v.__class__ is list:
            v = [
                CustomFieldValueObject.from_dict(x)
                if x.__class__ is dict
                else _reading.item(CustomFieldValueObject.from_dict, x, "Task.custom_fields[]")
                for x in v
            ]
        elif v is not None or "custom_fields" in d:
            v = _reading.not_a_list(v, "Task.custom_fields", False)
        task.custom_fields = v
        v = get("description")
        if v.__class__ is not str and (v is not None or "description" in d):
            v = _reading.string(v, "Task.description", False)
        task.description = v
        v = get("due_time")
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "Task.due_time", False)
            else:
                if v.tzinfo is None:
                    _reading.naive(v, "Task.due_time")
        elif v is not None or "due_time" in d:
            v = _reading.date_time(v, "Task.due_time", False)
        task.due_time = v
        v = get("opportunity_id")
        if v.__class__ is not str and (v is not None or "opportunity_id" in d):
            v = _reading.string(v, "Task.opportunity_id", False)
        task.opportunity_id = v
        v = get("priority")
        if v.__class__ is str:
            m = TaskPriority._value2member_map_.get(v)
            v = m if m is not None else _reading.enum(TaskPriority, v, "Task.priority", False)
        elif v is not None or "priority" in d:
            v = _reading.enum(TaskPriority, v, "Task.priority", False)
        task.priority = v
        v = get("remind_time_mins")
        if v.__class__ is int:
            m = ReminderMinutes._value2member_map_.get(v)
            v = m if m is not None else _reading.enum(ReminderMinutes, v, "Task.remind_time_mins", False)
        elif v is not None or "remind_time_mins" in d:
            v = _reading.enum(ReminderMinutes, v, "Task.remind_time_mins", False)
        task.remind_time_mins = v
        v = get("title")
        if v.__class__ is not str and (v is not None or "title" in d):
            v = _reading.string(v, "Task.title", False)
        task.title = v
        v = get("type")
        if v.__class__ is not str and (v is not None or "type" in d):
            v = _reading.string(v, "Task.type", False)
        task.type_ = v
        v = get("create_time")
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "Task.create_time", False)
            else:
                if v.tzinfo is None:
                    _reading.naive(v, "Task.create_time")
        elif v is not None or "create_time" in d:
            v = _reading.date_time(v, "Task.create_time", False)
        task.create_time = v
        v = get("created_by_user_id")
        if v.__class__ is not str and (v is not None or "created_by_user_id" in d):
            v = _reading.string(v, "Task.created_by_user_id", False)
        task.created_by_user_id = v
        v = get("last_updated_by_user_id")
        if v.__class__ is not str and (v is not None or "last_updated_by_user_id" in d):
            v = _reading.string(v, "Task.last_updated_by_user_id", False)
        task.last_updated_by_user_id = v
        v = get("modification_time")
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "Task.modification_time", False)
            else:
                if v.tzinfo is None:
                    _reading.naive(v, "Task.modification_time")
        elif v is not None or "modification_time" in d:
            v = _reading.date_time(v, "Task.modification_time", False)
        task.modification_time = v
        task._raw = src_dict
        task._additional = None
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

    __repr__ = _reading.model_repr


# Imported last, not inside from_dict as upstream does (an import statement per object read costs more than
# the rest of a small model's reading): the models refer to each other, and by now this module's class exists.
from ..models.custom_field_value_object import CustomFieldValueObject
