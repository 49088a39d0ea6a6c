from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks._facade import reading as _reading

T = TypeVar("T", bound="TaskBatchRead")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "inputs",
        "idProperty",
        "properties",
        "propertiesWithHistory",
    }
)


@_attrs_define
class TaskBatchRead:
    """Up to 100 tasks to read, and what to return of them.

    Attributes:
        inputs (list[RecordId]):
        id_property (str | None): A unique property whose values the ids are, instead of task ids.
        properties (list[str] | None): Properties to return (HubSpot's defaults when not given).
        properties_with_history (list[str] | None): Properties to return with their earlier values.
    """

    inputs: list[RecordId]
    id_property: str | None = None
    properties: list[str] | None = None
    properties_with_history: list[str] | None = None
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
        v = self.inputs
        if v is not None or "inputs" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["inputs"] = v
        v = self.id_property
        if v is not None or "idProperty" in came:
            field_dict["idProperty"] = v
        v = self.properties
        if v is not None or "properties" in came:
            if v is not None:
                v = list(v)
            field_dict["properties"] = v
        v = self.properties_with_history
        if v is not None or "propertiesWithHistory" in came:
            if v is not None:
                v = list(v)
            field_dict["propertiesWithHistory"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d: Any = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "TaskBatchRead")
        get = d.get
        task_batch_read = cls.__new__(cls)
        v = get("inputs")
        if v.__class__ is list:
            v = [
                RecordId.from_dict(x)
                if x.__class__ is dict
                else _reading.item(RecordId.from_dict, x, "TaskBatchRead.inputs[]")
                for x in v
            ]
        else:
            v = (
                _reading.not_a_list(v, "TaskBatchRead.inputs", False)
                if "inputs" in d
                else _reading.missing("TaskBatchRead.inputs")
            )
        task_batch_read.inputs = v
        v = get("idProperty")
        if v.__class__ is not str and (v is not None or "idProperty" in d):
            v = _reading.string(v, "TaskBatchRead.idProperty", False)
        task_batch_read.id_property = v
        v = get("properties")
        if v.__class__ is list:
            for x in v:
                if x.__class__ is not str:
                    v = _reading.items(_reading.string, v, "TaskBatchRead.properties[]", (str,))
                    break
        elif v is not None or "properties" in d:
            v = _reading.not_a_list(v, "TaskBatchRead.properties", False)
        task_batch_read.properties = v
        v = get("propertiesWithHistory")
        if v.__class__ is list:
            for x in v:
                if x.__class__ is not str:
                    v = _reading.items(_reading.string, v, "TaskBatchRead.propertiesWithHistory[]", (str,))
                    break
        elif v is not None or "propertiesWithHistory" in d:
            v = _reading.not_a_list(v, "TaskBatchRead.propertiesWithHistory", False)
        task_batch_read.properties_with_history = v
        task_batch_read._raw = src_dict
        task_batch_read._additional = None
        return task_batch_read

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
from ..models.record_id import RecordId
