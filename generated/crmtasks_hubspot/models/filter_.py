from __future__ import annotations

import json
from collections.abc import Mapping
from enum import Enum
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks._facade import reading as _reading

from ..models.filter_operator import FilterOperator

T = TypeVar("T", bound="Filter")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "operator",
        "propertyName",
        "highValue",
        "value",
        "values",
    }
)


@_attrs_define
class Filter:
    """One condition on a property. `value` goes with EQ, NEQ, LT, LTE, GT,
    GTE, CONTAINS_TOKEN and NOT_CONTAINS_TOKEN; BETWEEN takes `value` and
    `highValue`; IN and NOT_IN take `values`; HAS_PROPERTY and
    NOT_HAS_PROPERTY take nothing more. Date-times are compared as epoch
    milliseconds or ISO 8601.

        Attributes:
            operator (FilterOperator | str): How a filter compares the property with its value(s).
            property_name (str): The property to test.
            high_value (str | None): The upper bound of BETWEEN.
            value (str | None): The value to compare with.
            values (list[str] | None): The values of IN and NOT_IN.
    """

    operator: FilterOperator | str
    property_name: str
    high_value: str | None = None
    value: str | None = None
    values: list[str] | None = None
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
        v = self.operator
        if v is not None or "operator" in came:
            if isinstance(v, Enum):
                v = v.value
            field_dict["operator"] = v
        v = self.property_name
        if v is not None or "propertyName" in came:
            field_dict["propertyName"] = v
        v = self.high_value
        if v is not None or "highValue" in came:
            field_dict["highValue"] = v
        v = self.value
        if v is not None or "value" in came:
            field_dict["value"] = v
        v = self.values
        if v is not None or "values" in came:
            if v is not None:
                v = list(v)
            field_dict["values"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d: Any = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "Filter")
        get = d.get
        filter_ = cls.__new__(cls)
        v = get("operator")
        if v.__class__ is str:
            m = FilterOperator._value2member_map_.get(v)
            v = m if m is not None else _reading.enum(FilterOperator, v, "Filter.operator", False)
        else:
            v = (
                _reading.enum(FilterOperator, v, "Filter.operator", False)
                if "operator" in d
                else _reading.missing("Filter.operator")
            )
        filter_.operator = v
        v = get("propertyName")
        if v.__class__ is not str:
            v = (
                _reading.string(v, "Filter.propertyName", False)
                if "propertyName" in d
                else _reading.missing("Filter.propertyName")
            )
        filter_.property_name = v
        v = get("highValue")
        if v.__class__ is not str and (v is not None or "highValue" in d):
            v = _reading.string(v, "Filter.highValue", False)
        filter_.high_value = v
        v = get("value")
        if v.__class__ is not str and (v is not None or "value" in d):
            v = _reading.string(v, "Filter.value", False)
        filter_.value = v
        v = get("values")
        if v.__class__ is list:
            for x in v:
                if x.__class__ is not str:
                    v = _reading.items(_reading.string, v, "Filter.values[]", (str,))
                    break
        elif v is not None or "values" in d:
            v = _reading.not_a_list(v, "Filter.values", False)
        filter_.values = v
        filter_._raw = src_dict
        filter_._additional = None
        return filter_

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
