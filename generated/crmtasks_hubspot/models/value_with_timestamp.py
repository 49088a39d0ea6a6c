from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks._facade import parse_date_time
from crmtasks._facade import reading as _reading

T = TypeVar("T", bound="ValueWithTimestamp")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "sourceType",
        "timestamp",
        "value",
        "sourceId",
        "sourceLabel",
        "updatedByUserId",
    }
)


@_attrs_define
class ValueWithTimestamp:
    """One value of a property's history.

    Attributes:
        source_type (str): What set it, such as `API` or `CRM_UI`.
        timestamp (datetime.datetime): When it was set.
        value (str): The value.
        source_id (str | None): Which one of that source, when known.
        source_label (str | None): A readable name of the source.
        updated_by_user_id (int | None): The HubSpot user who set it, if a user did.
    """

    source_type: str
    timestamp: datetime.datetime
    value: str
    source_id: str | None = None
    source_label: str | None = None
    updated_by_user_id: int | None = None
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
        v = self.source_type
        if v is not None or "sourceType" in came:
            field_dict["sourceType"] = v
        v = self.timestamp
        if v is not None or "timestamp" in came:
            if isinstance(v, datetime.date):
                v = v.isoformat()
            field_dict["timestamp"] = v
        v = self.value
        if v is not None or "value" in came:
            field_dict["value"] = v
        v = self.source_id
        if v is not None or "sourceId" in came:
            field_dict["sourceId"] = v
        v = self.source_label
        if v is not None or "sourceLabel" in came:
            field_dict["sourceLabel"] = v
        v = self.updated_by_user_id
        if v is not None or "updatedByUserId" in came:
            field_dict["updatedByUserId"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d: Any = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "ValueWithTimestamp")
        get = d.get
        value_with_timestamp = cls.__new__(cls)
        v = get("sourceType")
        if v.__class__ is not str:
            v = (
                _reading.string(v, "ValueWithTimestamp.sourceType", False)
                if "sourceType" in d
                else _reading.missing("ValueWithTimestamp.sourceType")
            )
        value_with_timestamp.source_type = v
        v = get("timestamp")
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "ValueWithTimestamp.timestamp", False)
            else:
                if v.tzinfo is None:
                    _reading.naive(v, "ValueWithTimestamp.timestamp")
        else:
            v = (
                _reading.date_time(v, "ValueWithTimestamp.timestamp", False)
                if "timestamp" in d
                else _reading.missing("ValueWithTimestamp.timestamp")
            )
        value_with_timestamp.timestamp = v
        v = get("value")
        if v.__class__ is not str:
            v = (
                _reading.string(v, "ValueWithTimestamp.value", False)
                if "value" in d
                else _reading.missing("ValueWithTimestamp.value")
            )
        value_with_timestamp.value = v
        v = get("sourceId")
        if v.__class__ is not str and (v is not None or "sourceId" in d):
            v = _reading.string(v, "ValueWithTimestamp.sourceId", False)
        value_with_timestamp.source_id = v
        v = get("sourceLabel")
        if v.__class__ is not str and (v is not None or "sourceLabel" in d):
            v = _reading.string(v, "ValueWithTimestamp.sourceLabel", False)
        value_with_timestamp.source_label = v
        v = get("updatedByUserId")
        if v.__class__ is not int and (v is not None or "updatedByUserId" in d):
            v = _reading.integer(v, "ValueWithTimestamp.updatedByUserId", False)
        value_with_timestamp.updated_by_user_id = v
        value_with_timestamp._raw = src_dict
        value_with_timestamp._additional = None
        return value_with_timestamp

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
