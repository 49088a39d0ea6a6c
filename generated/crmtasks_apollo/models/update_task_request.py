from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from enum import Enum
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks import _reading
from crmtasks._reading import parse_date_time

from ..models.task_priority import TaskPriority
from ..models.task_status import TaskStatus
from ..models.task_type import TaskType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTaskRequest")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "call_script",
        "contact_id",
        "creator_id",
        "due_at",
        "note",
        "priority",
        "relevant_fields",
        "status",
        "title",
        "type",
        "user_id",
    }
)


@_attrs_define
class UpdateTaskRequest:
    """Fields of a task to change. A scheduled task takes all of them; a
    completed or skipped one only `note`, `priority` and `contact_id`.
    On a scheduled task, leaving out `priority` or `creator_id` resets
    them (to `medium`, and to the API key's user).

        Attributes:
            call_script (str | None | Unset): Call script or talking points for a call task (scheduled tasks only).
            contact_id (str | None | Unset): Id of the contact the task is about.
            creator_id (str | None | Unset): Id of the user counted as the task's creator (scheduled tasks
                only). Left out on a scheduled task, Apollo sets it to the API
                key's user.
            due_at (datetime.datetime | str | None | Unset): When the task is due, as an ISO 8601 date-time (scheduled tasks
                only).
            note (str | None | Unset): Free text attached to the task.
            priority (TaskPriority | str | None | Unset): How urgent a task is.
            relevant_fields (list[str | None] | None | Unset): Names of team-defined relevant fields to show with the task
                (scheduled tasks only).
            status (TaskStatus | str | None | Unset): Lifecycle state of a task. `scheduled` is the value the
                documentation uses for work still to be done and is what new tasks
                normally get; Apollo's current documentation also describes
                `completed` (work done) and `skipped` (work deliberately not done).
                `archived` does not appear in the documentation; it is listed so
                that a search result carrying it can still be parsed.
            title (str | None | Unset): Short title shown for the task (scheduled tasks only).
            type_ (TaskType | str | None | Unset): The kind of action the task owner has to take: `call` (phone the
                contact), `outreach_manual_email` (write an email by hand),
                `linkedin_step_connect` (send a LinkedIn connection request),
                `linkedin_step_message` (send a LinkedIn message),
                `linkedin_step_view_profile` (look at the LinkedIn profile),
                `linkedin_step_interact_post` (engage with a recent LinkedIn post)
                or `action_item` (anything else; best paired with a note). The older
                documentation only listed `call`, `outreach_manual_email` and
                `action_item`.
            user_id (str | None | Unset): Id of the Apollo user who owns the task and carries it out (scheduled tasks only).
    """

    call_script: str | None | Unset = UNSET
    contact_id: str | None | Unset = UNSET
    creator_id: str | None | Unset = UNSET
    due_at: datetime.datetime | str | None | Unset = UNSET
    note: str | None | Unset = UNSET
    priority: TaskPriority | str | None | Unset = UNSET
    relevant_fields: list[str | None] | None | Unset = UNSET
    status: TaskStatus | str | None | Unset = UNSET
    title: str | None | Unset = UNSET
    type_: TaskType | str | None | Unset = UNSET
    user_id: str | None | Unset = UNSET
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
        v = self.call_script
        if v is not UNSET:
            field_dict["call_script"] = v
        v = self.contact_id
        if v is not UNSET:
            field_dict["contact_id"] = v
        v = self.creator_id
        if v is not UNSET:
            field_dict["creator_id"] = v
        v = self.due_at
        if isinstance(v, datetime.date):
            v = v.isoformat()
        if v is not UNSET:
            field_dict["due_at"] = v
        v = self.note
        if v is not UNSET:
            field_dict["note"] = v
        v = self.priority
        if isinstance(v, Enum):
            v = v.value
        if v is not UNSET:
            field_dict["priority"] = v
        v = self.relevant_fields
        if v.__class__ is list:
            v = list(v)
        if v is not UNSET:
            field_dict["relevant_fields"] = v
        v = self.status
        if isinstance(v, Enum):
            v = v.value
        if v is not UNSET:
            field_dict["status"] = v
        v = self.title
        if v is not UNSET:
            field_dict["title"] = v
        v = self.type_
        if isinstance(v, Enum):
            v = v.value
        if v is not UNSET:
            field_dict["type"] = v
        v = self.user_id
        if v is not UNSET:
            field_dict["user_id"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "UpdateTaskRequest")
        get = d.get
        update_task_request = cls.__new__(cls)
        v = get("call_script", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _reading.string(v, "UpdateTaskRequest.call_script", False)
        update_task_request.call_script = v
        v = get("contact_id", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _reading.string(v, "UpdateTaskRequest.contact_id", False)
        update_task_request.contact_id = v
        v = get("creator_id", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _reading.string(v, "UpdateTaskRequest.creator_id", False)
        update_task_request.creator_id = v
        v = get("due_at", UNSET)
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "UpdateTaskRequest.due_at", False)
            else:
                if v.tzinfo is None:
                    _reading.naive(v, "UpdateTaskRequest.due_at")
        elif v is not UNSET:
            v = _reading.date_time(v, "UpdateTaskRequest.due_at", False)
        update_task_request.due_at = v
        v = get("note", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _reading.string(v, "UpdateTaskRequest.note", False)
        update_task_request.note = v
        v = get("priority", UNSET)
        if v.__class__ is str:
            m = TaskPriority._value2member_map_.get(v)
            v = m if m is not None else _reading.enum(TaskPriority, v, "UpdateTaskRequest.priority", False)
        elif v is not UNSET:
            v = _reading.enum(TaskPriority, v, "UpdateTaskRequest.priority", False)
        update_task_request.priority = v
        v = get("relevant_fields", UNSET)
        if v.__class__ is list:
            for x in v:
                if x.__class__ is not str:
                    v = _reading.items(_reading.string, v, "UpdateTaskRequest.relevant_fields[]", (str,))
                    break
        elif v is not UNSET:
            _reading.not_a_list(v, "UpdateTaskRequest.relevant_fields", False)
            v = None
        update_task_request.relevant_fields = v
        v = get("status", UNSET)
        if v.__class__ is str:
            m = TaskStatus._value2member_map_.get(v)
            v = m if m is not None else _reading.enum(TaskStatus, v, "UpdateTaskRequest.status", False)
        elif v is not UNSET:
            v = _reading.enum(TaskStatus, v, "UpdateTaskRequest.status", False)
        update_task_request.status = v
        v = get("title", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _reading.string(v, "UpdateTaskRequest.title", False)
        update_task_request.title = v
        v = get("type", UNSET)
        if v.__class__ is str:
            m = TaskType._value2member_map_.get(v)
            v = m if m is not None else _reading.enum(TaskType, v, "UpdateTaskRequest.type", False)
        elif v is not UNSET:
            v = _reading.enum(TaskType, v, "UpdateTaskRequest.type", False)
        update_task_request.type_ = v
        v = get("user_id", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _reading.string(v, "UpdateTaskRequest.user_id", False)
        update_task_request.user_id = v
        update_task_request._raw = src_dict
        update_task_request._additional = None
        return update_task_request

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
