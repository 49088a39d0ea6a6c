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
        source_type (str | None): What set it, such as `API` or `CRM_UI`.
        timestamp (datetime.datetime | str | None): When it was set.
        value (str | None): The value.
        source_id (str | None | Unset): Which one of that source, when known.
        source_label (str | None | Unset): A readable name of the source.
        updated_by_user_id (int | None | Unset): The HubSpot user who set it, if a user did.
    """

    source_type: str | None
    timestamp: datetime.datetime | str | None
    value: str | None
    source_id: str | None | Unset = UNSET
    source_label: str | None | Unset = UNSET
    updated_by_user_id: int | None | Unset = UNSET
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
        v = self.source_type
        field_dict["sourceType"] = v
        v = self.timestamp
        if isinstance(v, datetime.date):
            v = v.isoformat()
        field_dict["timestamp"] = v
        v = self.value
        field_dict["value"] = v
        v = self.source_id
        if v is not UNSET:
            field_dict["sourceId"] = v
        v = self.source_label
        if v is not UNSET:
            field_dict["sourceLabel"] = v
        v = self.updated_by_user_id
        if v is not UNSET:
            field_dict["updatedByUserId"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "ValueWithTimestamp")
        get = d.get
        value_with_timestamp = cls.__new__(cls)
        v = get("sourceType", UNSET)
        if v is UNSET:
            _reading.missing("ValueWithTimestamp.sourceType")
            v = None
        else:
            if v.__class__ is not str:
                v = _reading.string(v, "ValueWithTimestamp.sourceType", False)
        value_with_timestamp.source_type = v
        v = get("timestamp", UNSET)
        if v is UNSET:
            _reading.missing("ValueWithTimestamp.timestamp")
            v = None
        else:
            if v.__class__ is str:
                try:
                    v = parse_date_time(v)
                except ValueError:
                    v = _reading.date_time(v, "ValueWithTimestamp.timestamp", False)
                else:
                    if v.tzinfo is None:
                        _reading.naive(v, "ValueWithTimestamp.timestamp")
            else:
                v = _reading.date_time(v, "ValueWithTimestamp.timestamp", False)
        value_with_timestamp.timestamp = v
        v = get("value", UNSET)
        if v is UNSET:
            _reading.missing("ValueWithTimestamp.value")
            v = None
        else:
            if v.__class__ is not str:
                v = _reading.string(v, "ValueWithTimestamp.value", False)
        value_with_timestamp.value = v
        v = get("sourceId", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _reading.string(v, "ValueWithTimestamp.sourceId", False)
        value_with_timestamp.source_id = v
        v = get("sourceLabel", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _reading.string(v, "ValueWithTimestamp.sourceLabel", False)
        value_with_timestamp.source_label = v
        v = get("updatedByUserId", UNSET)
        if v.__class__ is not int and v is not UNSET:
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
