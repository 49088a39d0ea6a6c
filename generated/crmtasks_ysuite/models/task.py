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

T = TypeVar("T", bound="Task")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "activity_id",
        "title",
        "activity_type",
        "assigned_user_id",
        "cstid",
        "deal_id",
        "description",
        "end_datetime",
        "priority",
        "start_datetime",
        "status",
        "tags",
    }
)


@_attrs_define
class Task:
    """A task.

    Attributes:
        activity_id (int): Id of the task. Example: 31.
        title (str): Short name of the task. Example: Call back about the quote.
        activity_type (str | None): Always `Task` for tasks. Example: Task.
        assigned_user_id (int | None): Id of the user the task is assigned to.
        cstid (int | None): Id of the contact the task is linked to. Example: 7.
        deal_id (int | None): Id of the deal the task is linked to.
        description (str | None): Longer notes on the task.
        end_datetime (datetime.datetime | None):
        priority (TaskPriority | int | None): How urgent a task is: 0 none, 1 low, 2 medium, 3 high, 4 urgent.
        start_datetime (datetime.datetime | None): A local date and time, `YYYY-MM-DDTHH:MM:SS`, no zone. Example:
            2026-03-02T09:30:00.
        status (TaskStatus | int | None): Where a task stands: 0 open, 1 in progress, 2 completed, 3 cancelled, 4 no
            show.
        tags (list[int] | None): Ids of the task's tags.
    """

    activity_id: int
    title: str
    activity_type: str | None = None
    assigned_user_id: int | None = None
    cstid: int | None = None
    deal_id: int | None = None
    description: str | None = None
    end_datetime: datetime.datetime | None = None
    priority: TaskPriority | int | None = None
    start_datetime: datetime.datetime | None = None
    status: TaskStatus | int | None = None
    tags: list[int] | None = None
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
        v = self.activity_id
        if v is not None or "activity_id" in came:
            field_dict["activity_id"] = v
        v = self.title
        if v is not None or "title" in came:
            field_dict["title"] = v
        v = self.activity_type
        if v is not None or "activity_type" in came:
            field_dict["activity_type"] = v
        v = self.assigned_user_id
        if v is not None or "assigned_user_id" in came:
            field_dict["assigned_user_id"] = v
        v = self.cstid
        if v is not None or "cstid" in came:
            field_dict["cstid"] = v
        v = self.deal_id
        if v is not None or "deal_id" in came:
            field_dict["deal_id"] = v
        v = self.description
        if v is not None or "description" in came:
            field_dict["description"] = v
        v = self.end_datetime
        if v is not None or "end_datetime" in came:
            if isinstance(v, datetime.date):
                v = v.isoformat()
            field_dict["end_datetime"] = v
        v = self.priority
        if v is not None or "priority" in came:
            if isinstance(v, Enum):
                v = v.value
            field_dict["priority"] = v
        v = self.start_datetime
        if v is not None or "start_datetime" in came:
            if isinstance(v, datetime.date):
                v = v.isoformat()
            field_dict["start_datetime"] = v
        v = self.status
        if v is not None or "status" in came:
            if isinstance(v, Enum):
                v = v.value
            field_dict["status"] = v
        v = self.tags
        if v is not None or "tags" in came:
            if v is not None:
                v = list(v)
            field_dict["tags"] = v
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
        v = get("activity_id")
        if v.__class__ is not int:
            v = (
                _reading.integer(v, "Task.activity_id", False)
                if "activity_id" in d
                else _reading.missing("Task.activity_id")
            )
        task.activity_id = v
        v = get("title")
        if v.__class__ is not str:
            v = _reading.string(v, "Task.title", False) if "title" in d else _reading.missing("Task.title")
        task.title = v
        v = get("activity_type")
        if v.__class__ is not str and (v is not None or "activity_type" in d):
            v = _reading.string(v, "Task.activity_type", False)
        task.activity_type = v
        v = get("assigned_user_id")
        if v.__class__ is not int and v is not None:
            v = _reading.integer(v, "Task.assigned_user_id", True)
        task.assigned_user_id = v
        v = get("cstid")
        if v.__class__ is not int and v is not None:
            v = _reading.integer(v, "Task.cstid", True)
        task.cstid = v
        v = get("deal_id")
        if v.__class__ is not int and v is not None:
            v = _reading.integer(v, "Task.deal_id", True)
        task.deal_id = v
        v = get("description")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Task.description", True)
        task.description = v
        v = get("end_datetime")
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "Task.end_datetime", True)
            else:
                if v.tzinfo is not None:
                    _reading.zoned(v, "Task.end_datetime")
        elif v is not None:
            v = _reading.date_time(v, "Task.end_datetime", True)
        task.end_datetime = v
        v = get("priority")
        if v.__class__ is int:
            m = TaskPriority._value2member_map_.get(v)
            v = m if m is not None else _reading.enum(TaskPriority, v, "Task.priority", False)
        elif v is not None or "priority" in d:
            v = _reading.enum(TaskPriority, v, "Task.priority", False)
        task.priority = v
        v = get("start_datetime")
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "Task.start_datetime", False)
            else:
                if v.tzinfo is not None:
                    _reading.zoned(v, "Task.start_datetime")
        elif v is not None or "start_datetime" in d:
            v = _reading.date_time(v, "Task.start_datetime", False)
        task.start_datetime = v
        v = get("status")
        if v.__class__ is int:
            m = TaskStatus._value2member_map_.get(v)
            v = m if m is not None else _reading.enum(TaskStatus, v, "Task.status", False)
        elif v is not None or "status" in d:
            v = _reading.enum(TaskStatus, v, "Task.status", False)
        task.status = v
        v = get("tags")
        if v.__class__ is list:
            for x in v:
                if x.__class__ is not int:
                    v = _reading.items(_reading.integer, v, "Task.tags[]", (int,))
                    break
        elif v is not None:
            v = _reading.not_a_list(v, "Task.tags", True)
        task.tags = v
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
