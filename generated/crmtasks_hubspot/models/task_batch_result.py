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

from ..models.batch_status import BatchStatus

T = TypeVar("T", bound="TaskBatchResult")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "completedAt",
        "results",
        "startedAt",
        "status",
        "links",
        "requestedAt",
    }
)


@_attrs_define
class TaskBatchResult:
    """The tasks a batch created, read or changed.

    Attributes:
        completed_at (datetime.datetime): When its processing ended.
        results (list[Task]):
        started_at (datetime.datetime): When its processing began.
        status (BatchStatus | str): Where the batch is; HubSpot answers only once it is `COMPLETE`.
        links (TaskBatchResultLinks): Related links by name.
        requested_at (datetime.datetime | None): When the batch was asked for.
    """

    completed_at: datetime.datetime
    results: list[Task]
    started_at: datetime.datetime
    status: BatchStatus | str
    links: TaskBatchResultLinks = _attrs_field(factory=lambda: TaskBatchResultLinks())
    requested_at: datetime.datetime | None = None
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
        v = self.completed_at
        if v is not None or "completedAt" in came:
            if isinstance(v, datetime.date):
                v = v.isoformat()
            field_dict["completedAt"] = v
        v = self.results
        if v is not None or "results" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["results"] = v
        v = self.started_at
        if v is not None or "startedAt" in came:
            if isinstance(v, datetime.date):
                v = v.isoformat()
            field_dict["startedAt"] = v
        v = self.status
        if v is not None or "status" in came:
            if isinstance(v, Enum):
                v = v.value
            field_dict["status"] = v
        v = self.links
        if v or "links" in came:
            if v is not None:
                v = v.to_dict()
            field_dict["links"] = v
        v = self.requested_at
        if v is not None or "requestedAt" in came:
            if isinstance(v, datetime.date):
                v = v.isoformat()
            field_dict["requestedAt"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d: Any = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "TaskBatchResult")
        get = d.get
        task_batch_result = cls.__new__(cls)
        v = get("completedAt")
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "TaskBatchResult.completedAt", False)
            else:
                if v.tzinfo is None:
                    _reading.naive(v, "TaskBatchResult.completedAt")
        else:
            v = (
                _reading.date_time(v, "TaskBatchResult.completedAt", False)
                if "completedAt" in d
                else _reading.missing("TaskBatchResult.completedAt")
            )
        task_batch_result.completed_at = v
        v = get("results")
        if v.__class__ is list:
            v = [
                Task.from_dict(x)
                if x.__class__ is dict
                else _reading.item(Task.from_dict, x, "TaskBatchResult.results[]")
                for x in v
            ]
        else:
            v = (
                _reading.not_a_list(v, "TaskBatchResult.results", False)
                if "results" in d
                else _reading.missing("TaskBatchResult.results")
            )
        task_batch_result.results = v
        v = get("startedAt")
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "TaskBatchResult.startedAt", False)
            else:
                if v.tzinfo is None:
                    _reading.naive(v, "TaskBatchResult.startedAt")
        else:
            v = (
                _reading.date_time(v, "TaskBatchResult.startedAt", False)
                if "startedAt" in d
                else _reading.missing("TaskBatchResult.startedAt")
            )
        task_batch_result.started_at = v
        v = get("status")
        if v.__class__ is str:
            m = BatchStatus._value2member_map_.get(v)
            v = m if m is not None else _reading.enum(BatchStatus, v, "TaskBatchResult.status", False)
        else:
            v = (
                _reading.enum(BatchStatus, v, "TaskBatchResult.status", False)
                if "status" in d
                else _reading.missing("TaskBatchResult.status")
            )
        task_batch_result.status = v
        v = get("links")
        if v.__class__ is dict:
            v = TaskBatchResultLinks.from_dict(v)
        elif v is None and "links" not in d:
            v = TaskBatchResultLinks()
        else:
            v = _reading.item(TaskBatchResultLinks.from_dict, v, "TaskBatchResult.links")
        task_batch_result.links = v
        v = get("requestedAt")
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "TaskBatchResult.requestedAt", False)
            else:
                if v.tzinfo is None:
                    _reading.naive(v, "TaskBatchResult.requestedAt")
        elif v is not None or "requestedAt" in d:
            v = _reading.date_time(v, "TaskBatchResult.requestedAt", False)
        task_batch_result.requested_at = v
        task_batch_result._raw = src_dict
        task_batch_result._additional = None
        return task_batch_result

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
from ..models.task import Task
from ..models.task_batch_result_links import TaskBatchResultLinks
