from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks._facade import parse_date_time
from crmtasks._facade import reading as _reading

T = TypeVar("T", bound="Task")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "archived",
        "createdAt",
        "id",
        "properties",
        "updatedAt",
        "archivedAt",
        "associations",
        "objectWriteTraceId",
        "propertiesWithHistory",
    }
)
# The typed entries of properties (x-properties): each one's kind and listed values.
_TYPED_PROPERTIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "hs_createdate": ("date-time", ()),
    "hs_lastmodifieddate": ("date-time", ()),
    "hs_object_id": ("string", ()),
    "hs_task_body": ("string", ()),
    "hs_task_priority": ("string", ("LOW", "MEDIUM", "HIGH")),
    "hs_task_reminders": ("date-time", ()),
    "hs_task_status": ("string", ("NOT_STARTED", "IN_PROGRESS", "WAITING", "DEFERRED", "COMPLETED")),
    "hs_task_subject": ("string", ()),
    "hs_task_type": ("string", ("EMAIL", "CALL", "TODO")),
    "hs_timestamp": ("date-time", ()),
    "hubspot_owner_id": ("string", ()),
}


@_attrs_define
class Task:
    """A task as HubSpot stores it.

    Attributes:
        archived (bool): Whether the task is archived.
        created_at (datetime.datetime): When the task was created.
        id (str): The task's id (digits).
        properties (TaskProperties): Property values by name; `null` for a property asked for that the task has no value
            for.
        updated_at (datetime.datetime): When the task last changed.
        archived_at (datetime.datetime | None): When the task was archived, if it is.
        associations (TaskAssociations): The ids of associated records by object type, when a list or get asks for them
            (HubSpot's document gives those answers a class of their own; here one task schema serves list, get, search and
            batches).
        object_write_trace_id (str | None): The `objectWriteTraceId` of the batch input that created or changed the
            task.
        properties_with_history (TaskPropertiesWithHistory): For each property asked for with history, its values,
            latest first.
    """

    archived: bool
    created_at: datetime.datetime
    id: str
    properties: TaskProperties
    updated_at: datetime.datetime
    archived_at: datetime.datetime | None = None
    associations: TaskAssociations = _attrs_field(factory=lambda: TaskAssociations())
    object_write_trace_id: str | None = None
    properties_with_history: TaskPropertiesWithHistory = _attrs_field(factory=lambda: TaskPropertiesWithHistory())
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

    @property
    def hs_createdate(self) -> datetime.datetime | None:
        """When the task was created. Typed from ``properties["hs_createdate"]``, which keeps the string as it came."""
        value: datetime.datetime | None = _reading.typed_property(
            self.properties, "hs_createdate", "date-time", (), "Task.properties.hs_createdate"
        )
        return value

    @property
    def hs_lastmodifieddate(self) -> datetime.datetime | None:
        """When any property of the task last changed. Typed from ``properties["hs_lastmodifieddate"]``, which keeps
        the string as it came.
        """
        value: datetime.datetime | None = _reading.typed_property(
            self.properties, "hs_lastmodifieddate", "date-time", (), "Task.properties.hs_lastmodifieddate"
        )
        return value

    @property
    def hs_object_id(self) -> str | None:
        """The task's id again, as a property (what search filters and sorts by). Typed from
        ``properties["hs_object_id"]``, which keeps the string as it came.
        """
        value: str | None = _reading.typed_property(
            self.properties, "hs_object_id", "string", (), "Task.properties.hs_object_id"
        )
        return value

    @property
    def hs_task_body(self) -> str | None:
        """The task's notes. Typed from ``properties["hs_task_body"]``, which keeps the string as it came."""
        value: str | None = _reading.typed_property(
            self.properties, "hs_task_body", "string", (), "Task.properties.hs_task_body"
        )
        return value

    @property
    def hs_task_priority(self) -> str | None:
        """The task's priority. Typed from ``properties["hs_task_priority"]``, which keeps the string as it came."""
        value: str | None = _reading.typed_property(
            self.properties, "hs_task_priority", "string", ("LOW", "MEDIUM", "HIGH"), "Task.properties.hs_task_priority"
        )
        return value

    @property
    def hs_task_reminders(self) -> datetime.datetime | None:
        """When to remind the owner; sent as epoch milliseconds. Typed from ``properties["hs_task_reminders"]``, which
        keeps the string as it came.
        """
        value: datetime.datetime | None = _reading.typed_property(
            self.properties, "hs_task_reminders", "date-time", (), "Task.properties.hs_task_reminders"
        )
        return value

    @property
    def hs_task_status(self) -> str | None:
        """Where the task stands (portals may add other statuses). Typed from ``properties["hs_task_status"]``, which
        keeps the string as it came.
        """
        value: str | None = _reading.typed_property(
            self.properties,
            "hs_task_status",
            "string",
            ("NOT_STARTED", "IN_PROGRESS", "WAITING", "DEFERRED", "COMPLETED"),
            "Task.properties.hs_task_status",
        )
        return value

    @property
    def hs_task_subject(self) -> str | None:
        """The task's title. Typed from ``properties["hs_task_subject"]``, which keeps the string as it came."""
        value: str | None = _reading.typed_property(
            self.properties, "hs_task_subject", "string", (), "Task.properties.hs_task_subject"
        )
        return value

    @property
    def hs_task_type(self) -> str | None:
        """The kind of task. Typed from ``properties["hs_task_type"]``, which keeps the string as it came."""
        value: str | None = _reading.typed_property(
            self.properties, "hs_task_type", "string", ("EMAIL", "CALL", "TODO"), "Task.properties.hs_task_type"
        )
        return value

    @property
    def hs_timestamp(self) -> datetime.datetime | None:
        """When the task is due (needed on create); sent as ISO 8601, read also from epoch milliseconds. Typed from
        ``properties["hs_timestamp"]``, which keeps the string as it came.
        """
        value: datetime.datetime | None = _reading.typed_property(
            self.properties, "hs_timestamp", "date-time", (), "Task.properties.hs_timestamp"
        )
        return value

    @property
    def hubspot_owner_id(self) -> str | None:
        """The id of the HubSpot user who owns the task. Typed from ``properties["hubspot_owner_id"]``, which keeps the
        string as it came.
        """
        value: str | None = _reading.typed_property(
            self.properties, "hubspot_owner_id", "string", (), "Task.properties.hubspot_owner_id"
        )
        return value

    def to_dict(self) -> dict[str, Any]:
        v: Any
        field_dict: dict[str, Any] = {}
        for prop_name, v in self.additional_properties.items():
            field_dict[prop_name] = v
        # A member is written when it holds a value or came in the answer (null included): what was absent stays so.
        came: Any = self._raw if self._raw.__class__ is dict else ()
        v = self.archived
        if v is not None or "archived" in came:
            field_dict["archived"] = v
        v = self.created_at
        if v is not None or "createdAt" in came:
            if isinstance(v, datetime.date):
                v = v.isoformat()
            field_dict["createdAt"] = v
        v = self.id
        if v is not None or "id" in came:
            field_dict["id"] = v
        v = self.properties
        if v or "properties" in came:
            if v is not None:
                v = v.to_dict()
            field_dict["properties"] = v
        v = self.updated_at
        if v is not None or "updatedAt" in came:
            if isinstance(v, datetime.date):
                v = v.isoformat()
            field_dict["updatedAt"] = v
        v = self.archived_at
        if v is not None or "archivedAt" in came:
            if isinstance(v, datetime.date):
                v = v.isoformat()
            field_dict["archivedAt"] = v
        v = self.associations
        if v or "associations" in came:
            if v is not None:
                v = v.to_dict()
            field_dict["associations"] = v
        v = self.object_write_trace_id
        if v is not None or "objectWriteTraceId" in came:
            field_dict["objectWriteTraceId"] = v
        v = self.properties_with_history
        if v or "propertiesWithHistory" in came:
            if v is not None:
                v = v.to_dict()
            field_dict["propertiesWithHistory"] = v
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
        v = get("archived")
        if v.__class__ is not bool:
            v = _reading.boolean(v, "Task.archived", False) if "archived" in d else _reading.missing("Task.archived")
        task.archived = v
        v = get("createdAt")
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "Task.createdAt", False)
            else:
                if v.tzinfo is None:
                    _reading.naive(v, "Task.createdAt")
        else:
            v = (
                _reading.date_time(v, "Task.createdAt", False)
                if "createdAt" in d
                else _reading.missing("Task.createdAt")
            )
        task.created_at = v
        v = get("id")
        if v.__class__ is not str:
            v = _reading.string(v, "Task.id", False) if "id" in d else _reading.missing("Task.id")
        task.id = v
        v = get("properties")
        if v.__class__ is dict:
            v = TaskProperties.from_dict(v)
        else:
            v = (
                _reading.item(TaskProperties.from_dict, v, "Task.properties")
                if "properties" in d
                else _reading.missing("Task.properties", "missing; read as an empty map", TaskProperties)
            )
        task.properties = v
        v = get("updatedAt")
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "Task.updatedAt", False)
            else:
                if v.tzinfo is None:
                    _reading.naive(v, "Task.updatedAt")
        else:
            v = (
                _reading.date_time(v, "Task.updatedAt", False)
                if "updatedAt" in d
                else _reading.missing("Task.updatedAt")
            )
        task.updated_at = v
        v = get("archivedAt")
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "Task.archivedAt", False)
            else:
                if v.tzinfo is None:
                    _reading.naive(v, "Task.archivedAt")
        elif v is not None or "archivedAt" in d:
            v = _reading.date_time(v, "Task.archivedAt", False)
        task.archived_at = v
        v = get("associations")
        if v.__class__ is dict:
            v = TaskAssociations.from_dict(v)
        elif v is None and "associations" not in d:
            v = TaskAssociations()
        else:
            v = _reading.item(TaskAssociations.from_dict, v, "Task.associations")
        task.associations = v
        v = get("objectWriteTraceId")
        if v.__class__ is not str and (v is not None or "objectWriteTraceId" in d):
            v = _reading.string(v, "Task.objectWriteTraceId", False)
        task.object_write_trace_id = v
        v = get("propertiesWithHistory")
        if v.__class__ is dict:
            v = TaskPropertiesWithHistory.from_dict(v)
        elif v is None and "propertiesWithHistory" not in d:
            v = TaskPropertiesWithHistory()
        else:
            v = _reading.item(TaskPropertiesWithHistory.from_dict, v, "Task.propertiesWithHistory")
        task.properties_with_history = v
        task._raw = src_dict
        _reading.typed_properties(task.properties, _TYPED_PROPERTIES, "Task.properties")
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
from ..models.task_associations import TaskAssociations
from ..models.task_properties import TaskProperties
from ..models.task_properties_with_history import TaskPropertiesWithHistory
