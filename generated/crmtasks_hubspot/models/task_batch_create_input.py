from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks._facade import reading as _reading

T = TypeVar("T", bound="TaskBatchCreateInput")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "properties",
        "associations",
        "objectWriteTraceId",
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
class TaskBatchCreateInput:
    """One task of a batch create.

    Attributes:
        properties (PropertyValues): Property values to set by property name; every value is a string (an empty one
            clears it).
        associations (list[Association] | None): Records to associate the task with.
        object_write_trace_id (str | None): A label of this input, which the task created of it states, to tell the
            results apart.
    """

    properties: PropertyValues
    associations: list[Association] | None = None
    object_write_trace_id: str | None = None
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
            self.properties, "hs_createdate", "date-time", (), "TaskBatchCreateInput.properties.hs_createdate"
        )
        return value

    @property
    def hs_lastmodifieddate(self) -> datetime.datetime | None:
        """When any property of the task last changed. Typed from ``properties["hs_lastmodifieddate"]``, which keeps
        the string as it came.
        """
        value: datetime.datetime | None = _reading.typed_property(
            self.properties,
            "hs_lastmodifieddate",
            "date-time",
            (),
            "TaskBatchCreateInput.properties.hs_lastmodifieddate",
        )
        return value

    @property
    def hs_object_id(self) -> str | None:
        """The task's id again, as a property (what search filters and sorts by). Typed from
        ``properties["hs_object_id"]``, which keeps the string as it came.
        """
        value: str | None = _reading.typed_property(
            self.properties, "hs_object_id", "string", (), "TaskBatchCreateInput.properties.hs_object_id"
        )
        return value

    @property
    def hs_task_body(self) -> str | None:
        """The task's notes. Typed from ``properties["hs_task_body"]``, which keeps the string as it came."""
        value: str | None = _reading.typed_property(
            self.properties, "hs_task_body", "string", (), "TaskBatchCreateInput.properties.hs_task_body"
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
            "TaskBatchCreateInput.properties.hs_task_priority",
        )
        return value

    @property
    def hs_task_reminders(self) -> datetime.datetime | None:
        """When to remind the owner; sent as epoch milliseconds. Typed from ``properties["hs_task_reminders"]``, which
        keeps the string as it came.
        """
        value: datetime.datetime | None = _reading.typed_property(
            self.properties, "hs_task_reminders", "date-time", (), "TaskBatchCreateInput.properties.hs_task_reminders"
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
            "TaskBatchCreateInput.properties.hs_task_status",
        )
        return value

    @property
    def hs_task_subject(self) -> str | None:
        """The task's title. Typed from ``properties["hs_task_subject"]``, which keeps the string as it came."""
        value: str | None = _reading.typed_property(
            self.properties, "hs_task_subject", "string", (), "TaskBatchCreateInput.properties.hs_task_subject"
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
            "TaskBatchCreateInput.properties.hs_task_type",
        )
        return value

    @property
    def hs_timestamp(self) -> datetime.datetime | None:
        """When the task is due (needed on create); sent as ISO 8601, read also from epoch milliseconds. Typed from
        ``properties["hs_timestamp"]``, which keeps the string as it came.
        """
        value: datetime.datetime | None = _reading.typed_property(
            self.properties, "hs_timestamp", "date-time", (), "TaskBatchCreateInput.properties.hs_timestamp"
        )
        return value

    @property
    def hubspot_owner_id(self) -> str | None:
        """The id of the HubSpot user who owns the task. Typed from ``properties["hubspot_owner_id"]``, which keeps the
        string as it came.
        """
        value: str | None = _reading.typed_property(
            self.properties, "hubspot_owner_id", "string", (), "TaskBatchCreateInput.properties.hubspot_owner_id"
        )
        return value

    def to_dict(self) -> dict[str, Any]:
        v: Any
        field_dict: dict[str, Any] = {}
        for prop_name, v in self.additional_properties.items():
            field_dict[prop_name] = v
        # A member is written when it holds a value or came in the answer (null included): what was absent stays so.
        came: Any = self._raw if self._raw.__class__ is dict else ()
        v = self.properties
        if v or "properties" in came:
            if v is not None:
                v = v.to_dict()
            field_dict["properties"] = v
        v = self.associations
        if v is not None or "associations" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["associations"] = v
        v = self.object_write_trace_id
        if v is not None or "objectWriteTraceId" in came:
            field_dict["objectWriteTraceId"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d: Any = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "TaskBatchCreateInput")
        get = d.get
        task_batch_create_input = cls.__new__(cls)
        v = get("properties")
        if v.__class__ is dict:
            v = PropertyValues.from_dict(v)
        else:
            v = (
                _reading.item(PropertyValues.from_dict, v, "TaskBatchCreateInput.properties")
                if "properties" in d
                else _reading.missing(
                    "TaskBatchCreateInput.properties", "missing; read as an empty map", PropertyValues
                )
            )
        task_batch_create_input.properties = v
        v = get("associations")
        if v.__class__ is list:
            v = [
                Association.from_dict(x)
                if x.__class__ is dict
                else _reading.item(Association.from_dict, x, "TaskBatchCreateInput.associations[]")
                for x in v
            ]
        elif v is not None or "associations" in d:
            v = _reading.not_a_list(v, "TaskBatchCreateInput.associations", False)
        task_batch_create_input.associations = v
        v = get("objectWriteTraceId")
        if v.__class__ is not str and (v is not None or "objectWriteTraceId" in d):
            v = _reading.string(v, "TaskBatchCreateInput.objectWriteTraceId", False)
        task_batch_create_input.object_write_trace_id = v
        task_batch_create_input._raw = src_dict
        _reading.typed_properties(
            task_batch_create_input.properties, _TYPED_PROPERTIES, "TaskBatchCreateInput.properties"
        )
        task_batch_create_input._additional = None
        return task_batch_create_input

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
from ..models.association import Association
from ..models.property_values import PropertyValues
