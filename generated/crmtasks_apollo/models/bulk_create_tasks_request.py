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

from ..models.task_priority import TaskPriority
from ..models.task_status import TaskStatus
from ..models.task_type import TaskType

T = TypeVar("T", bound="BulkCreateTasksRequest")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "contact_ids",
        "due_at",
        "note",
        "priority",
        "status",
        "type",
        "user_id",
    }
)


@_attrs_define
class BulkCreateTasksRequest:
    """Details shared by all tasks of a bulk creation; one task is made
    per entry in `contact_ids`.

        Attributes:
            contact_ids (list[str]): Ids of the contacts to create a task for, one task each.
            due_at (datetime.datetime | None): When the tasks are due, as an ISO 8601 date-time (GMT unless an offset is
                given).
            note (str | None): Free text attached to every created task.
            priority (TaskPriority | str | None): How urgent a task is.
            status (TaskStatus | str | None): Lifecycle state of a task. `scheduled` is the value the
                documentation uses for work still to be done and is what new tasks
                normally get; Apollo's current documentation also describes
                `completed` (work done) and `skipped` (work deliberately not done).
                `archived` does not appear in the documentation; it is listed so
                that a search result carrying it can still be parsed.
            type_ (TaskType | str | None): The kind of action the task owner has to take: `call` (phone the
                contact), `outreach_manual_email` (write an email by hand),
                `linkedin_step_connect` (send a LinkedIn connection request),
                `linkedin_step_message` (send a LinkedIn message),
                `linkedin_step_view_profile` (look at the LinkedIn profile),
                `linkedin_step_interact_post` (engage with a recent LinkedIn post)
                or `action_item` (anything else; best paired with a note). The older
                documentation only listed `call`, `outreach_manual_email` and
                `action_item`.
            user_id (str | None): Id of the Apollo user who will own the tasks and carry them out
                (user ids come from Apollo's users endpoint).
    """

    contact_ids: list[str]
    due_at: datetime.datetime | None = None
    note: str | None = None
    priority: TaskPriority | str | None = None
    status: TaskStatus | str | None = None
    type_: TaskType | str | None = None
    user_id: str | None = None
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
        v = self.contact_ids
        if v is not None or "contact_ids" in came:
            if v is not None:
                v = list(v)
            field_dict["contact_ids"] = v
        v = self.due_at
        if v is not None or "due_at" in came:
            if isinstance(v, datetime.date):
                v = v.isoformat()
            field_dict["due_at"] = v
        v = self.note
        if v is not None or "note" in came:
            field_dict["note"] = v
        v = self.priority
        if v is not None or "priority" in came:
            if isinstance(v, Enum):
                v = v.value
            field_dict["priority"] = v
        v = self.status
        if v is not None or "status" in came:
            if isinstance(v, Enum):
                v = v.value
            field_dict["status"] = v
        v = self.type_
        if v is not None or "type" in came:
            if isinstance(v, Enum):
                v = v.value
            field_dict["type"] = v
        v = self.user_id
        if v is not None or "user_id" in came:
            field_dict["user_id"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d: Any = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "BulkCreateTasksRequest")
        get = d.get
        bulk_create_tasks_request = cls.__new__(cls)
        v = get("contact_ids")
        if v.__class__ is list:
            for x in v:
                if x.__class__ is not str:
                    v = _reading.items(_reading.string, v, "BulkCreateTasksRequest.contact_ids[]", (str,))
                    break
        else:
            v = (
                _reading.not_a_list(v, "BulkCreateTasksRequest.contact_ids", False)
                if "contact_ids" in d
                else _reading.missing("BulkCreateTasksRequest.contact_ids")
            )
        bulk_create_tasks_request.contact_ids = v
        v = get("due_at")
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "BulkCreateTasksRequest.due_at", False)
            else:
                if v.tzinfo is None:
                    _reading.naive(v, "BulkCreateTasksRequest.due_at")
        elif v is not None or "due_at" in d:
            v = _reading.date_time(v, "BulkCreateTasksRequest.due_at", False)
        bulk_create_tasks_request.due_at = v
        v = get("note")
        if v.__class__ is not str and (v is not None or "note" in d):
            v = _reading.string(v, "BulkCreateTasksRequest.note", False)
        bulk_create_tasks_request.note = v
        v = get("priority")
        if v.__class__ is str:
            m = TaskPriority._value2member_map_.get(v)
            v = m if m is not None else _reading.enum(TaskPriority, v, "BulkCreateTasksRequest.priority", False)
        elif v is not None or "priority" in d:
            v = _reading.enum(TaskPriority, v, "BulkCreateTasksRequest.priority", False)
        bulk_create_tasks_request.priority = v
        v = get("status")
        if v.__class__ is str:
            m = TaskStatus._value2member_map_.get(v)
            v = m if m is not None else _reading.enum(TaskStatus, v, "BulkCreateTasksRequest.status", False)
        elif v is not None or "status" in d:
            v = _reading.enum(TaskStatus, v, "BulkCreateTasksRequest.status", False)
        bulk_create_tasks_request.status = v
        v = get("type")
        if v.__class__ is str:
            m = TaskType._value2member_map_.get(v)
            v = m if m is not None else _reading.enum(TaskType, v, "BulkCreateTasksRequest.type", False)
        elif v is not None or "type" in d:
            v = _reading.enum(TaskType, v, "BulkCreateTasksRequest.type", False)
        bulk_create_tasks_request.type_ = v
        v = get("user_id")
        if v.__class__ is not str and (v is not None or "user_id" in d):
            v = _reading.string(v, "BulkCreateTasksRequest.user_id", False)
        bulk_create_tasks_request.user_id = v
        bulk_create_tasks_request._raw = src_dict
        bulk_create_tasks_request._additional = None
        return bulk_create_tasks_request

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
