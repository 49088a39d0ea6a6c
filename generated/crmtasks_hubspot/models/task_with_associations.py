from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks import _reading
from crmtasks._reading import parse_date_time

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskWithAssociations")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "archived",
        "createdAt",
        "id",
        "properties",
        "updatedAt",
        "archivedAt",
        "objectWriteTraceId",
        "propertiesWithHistory",
        "associations",
    }
)
# The typed entries of properties (x-properties): each one's kind and listed values.
_TYPED_PROPERTIES: dict[str, tuple[str, tuple[str, ...]]] = {
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
class TaskWithAssociations:
    """A task, with the ids of associated records when asked for.

    Attributes:
        archived (bool | None): Whether the task is archived.
        created_at (datetime.datetime | str | None): When the task was created.
        id (str | None): The task's id (digits).
        properties (TaskProperties): Property values by name; `null` for a property asked for that the task has no value
            for.
        updated_at (datetime.datetime | str | None): When the task last changed.
        archived_at (datetime.datetime | str | None | Unset): When the task was archived, if it is.
        object_write_trace_id (str | None | Unset): The `objectWriteTraceId` of the batch input that created or changed
            the task.
        properties_with_history (TaskPropertiesWithHistory | Unset): For each property asked for with history, its
            values, latest first.
        associations (TaskWithAssociationsAssociations | Unset): Associated records by object type.
    """

    archived: bool | None
    created_at: datetime.datetime | str | None
    id: str | None
    properties: TaskProperties
    updated_at: datetime.datetime | str | None
    archived_at: datetime.datetime | str | None | Unset = UNSET
    object_write_trace_id: str | None | Unset = UNSET
    properties_with_history: TaskPropertiesWithHistory | Unset = UNSET
    associations: TaskWithAssociationsAssociations | Unset = UNSET
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
    def hs_task_body(self) -> str | None:
        """The task's notes. Typed from ``properties["hs_task_body"]``, which keeps the string as it came."""
        value: str | None = _reading.typed_property(
            self.properties, "hs_task_body", "string", (), "TaskWithAssociations.properties.hs_task_body"
        )
        return value

    @property
    def hs_task_priority(self) -> str | None:
        """The task's priority. Typed from ``properties["hs_task_priority"]``, which keeps the string as it came."""
        value: str | None = _reading.typed_property(
            self.properties,
            "hs_task_priority",
            "string",
            ("LOW", "MEDIUM", "HIGH"),
            "TaskWithAssociations.properties.hs_task_priority",
        )
        return value

    @property
    def hs_task_reminders(self) -> datetime.datetime | None:
        """When to remind the owner; sent as epoch milliseconds. Typed from ``properties["hs_task_reminders"]``, which
        keeps the string as it came.
        """
        value: datetime.datetime | None = _reading.typed_property(
            self.properties, "hs_task_reminders", "date-time", (), "TaskWithAssociations.properties.hs_task_reminders"
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
            "TaskWithAssociations.properties.hs_task_status",
        )
        return value

    @property
    def hs_task_subject(self) -> str | None:
        """The task's title. Typed from ``properties["hs_task_subject"]``, which keeps the string as it came."""
        value: str | None = _reading.typed_property(
            self.properties, "hs_task_subject", "string", (), "TaskWithAssociations.properties.hs_task_subject"
        )
        return value

    @property
    def hs_task_type(self) -> str | None:
        """The kind of task. Typed from ``properties["hs_task_type"]``, which keeps the string as it came."""
        value: str | None = _reading.typed_property(
            self.properties,
            "hs_task_type",
            "string",
            ("EMAIL", "CALL", "TODO"),
            "TaskWithAssociations.properties.hs_task_type",
        )
        return value

    @property
    def hs_timestamp(self) -> datetime.datetime | None:
        """When the task is due (needed on create); sent as ISO 8601, read also from epoch milliseconds. Typed from
        ``properties["hs_timestamp"]``, which keeps the string as it came.
        """
        value: datetime.datetime | None = _reading.typed_property(
            self.properties, "hs_timestamp", "date-time", (), "TaskWithAssociations.properties.hs_timestamp"
        )
        return value

    @property
    def hubspot_owner_id(self) -> str | None:
        """The id of the HubSpot user who owns the task. Typed from ``properties["hubspot_owner_id"]``, which keeps the
        string as it came.
        """
        value: str | None = _reading.typed_property(
            self.properties, "hubspot_owner_id", "string", (), "TaskWithAssociations.properties.hubspot_owner_id"
        )
        return value

    def to_dict(self) -> dict[str, Any]:
        v: Any
        field_dict: dict[str, Any] = {}
        for prop_name, v in self.additional_properties.items():
            field_dict[prop_name] = v
        v = self.archived
        field_dict["archived"] = v
        v = self.created_at
        if isinstance(v, datetime.date):
            v = v.isoformat()
        field_dict["createdAt"] = v
        v = self.id
        field_dict["id"] = v
        v = self.properties
        if v is not None and v is not UNSET:
            v = v.to_dict()
        field_dict["properties"] = v
        v = self.updated_at
        if isinstance(v, datetime.date):
            v = v.isoformat()
        field_dict["updatedAt"] = v
        v = self.archived_at
        if isinstance(v, datetime.date):
            v = v.isoformat()
        if v is not UNSET:
            field_dict["archivedAt"] = v
        v = self.object_write_trace_id
        if v is not UNSET:
            field_dict["objectWriteTraceId"] = v
        v = self.properties_with_history
        if v is not None and v is not UNSET:
            v = v.to_dict()
        if v is not UNSET:
            field_dict["propertiesWithHistory"] = v
        v = self.associations
        if v is not None and v is not UNSET:
            v = v.to_dict()
        if v is not UNSET:
            field_dict["associations"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "TaskWithAssociations")
        get = d.get
        task_with_associations = cls.__new__(cls)
        v = get("archived", UNSET)
        if v is UNSET:
            _reading.missing("TaskWithAssociations.archived")
            v = None
        else:
            if v.__class__ is not bool:
                v = _reading.boolean(v, "TaskWithAssociations.archived", False)
        task_with_associations.archived = v
        v = get("createdAt", UNSET)
        if v is UNSET:
            _reading.missing("TaskWithAssociations.createdAt")
            v = None
        else:
            if v.__class__ is str:
                try:
                    v = parse_date_time(v)
                except ValueError:
                    v = _reading.date_time(v, "TaskWithAssociations.createdAt", False)
                else:
                    if v.tzinfo is None:
                        _reading.naive(v, "TaskWithAssociations.createdAt")
            else:
                v = _reading.date_time(v, "TaskWithAssociations.createdAt", False)
        task_with_associations.created_at = v
        v = get("id", UNSET)
        if v is UNSET:
            _reading.missing("TaskWithAssociations.id")
            v = None
        else:
            if v.__class__ is not str:
                v = _reading.string(v, "TaskWithAssociations.id", False)
        task_with_associations.id = v
        v = get("properties", UNSET)
        if v is UNSET:
            _reading.missing("TaskWithAssociations.properties", "missing; read as an empty map")
            v = TaskProperties.from_dict({})
        else:
            if v.__class__ is dict:
                v = TaskProperties.from_dict(v)
            else:
                v = _reading.item(TaskProperties.from_dict, v, "TaskWithAssociations.properties")
        task_with_associations.properties = v
        v = get("updatedAt", UNSET)
        if v is UNSET:
            _reading.missing("TaskWithAssociations.updatedAt")
            v = None
        else:
            if v.__class__ is str:
                try:
                    v = parse_date_time(v)
                except ValueError:
                    v = _reading.date_time(v, "TaskWithAssociations.updatedAt", False)
                else:
                    if v.tzinfo is None:
                        _reading.naive(v, "TaskWithAssociations.updatedAt")
            else:
                v = _reading.date_time(v, "TaskWithAssociations.updatedAt", False)
        task_with_associations.updated_at = v
        v = get("archivedAt", UNSET)
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "TaskWithAssociations.archivedAt", False)
            else:
                if v.tzinfo is None:
                    _reading.naive(v, "TaskWithAssociations.archivedAt")
        elif v is not UNSET:
            v = _reading.date_time(v, "TaskWithAssociations.archivedAt", False)
        task_with_associations.archived_at = v
        v = get("objectWriteTraceId", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _reading.string(v, "TaskWithAssociations.objectWriteTraceId", False)
        task_with_associations.object_write_trace_id = v
        v = get("propertiesWithHistory", UNSET)
        if v.__class__ is dict:
            v = TaskPropertiesWithHistory.from_dict(v)
        elif v is not UNSET:
            v = _reading.item(TaskPropertiesWithHistory.from_dict, v, "TaskWithAssociations.propertiesWithHistory")
        task_with_associations.properties_with_history = v
        v = get("associations", UNSET)
        if v.__class__ is dict:
            v = TaskWithAssociationsAssociations.from_dict(v)
        elif v is not UNSET:
            v = _reading.item(TaskWithAssociationsAssociations.from_dict, v, "TaskWithAssociations.associations")
        task_with_associations.associations = v
        task_with_associations._raw = src_dict
        _reading.typed_properties(
            task_with_associations.properties, _TYPED_PROPERTIES, "TaskWithAssociations.properties"
        )
        task_with_associations._additional = None
        return task_with_associations

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


# Imported last, not inside from_dict as upstream does (an import statement per object read costs more than
# the rest of a small model's reading): the models refer to each other, and by now this module's class exists.
from ..models.task_properties import TaskProperties
from ..models.task_properties_with_history import TaskPropertiesWithHistory
from ..models.task_with_associations_associations import TaskWithAssociationsAssociations
