from __future__ import annotations

import json
from collections.abc import ItemsView, Iterator, KeysView, Mapping, MutableMapping, ValuesView
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks import _reading

T = TypeVar("T", bound="SearchTasksResponseBreadcrumbsItem")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset({})


@_attrs_define
class SearchTasksResponseBreadcrumbsItem(MutableMapping[str, "Any"]):
    _raw: Any = _attrs_field(init=False, default=None, repr=False, eq=False)
    _additional: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Members the spec does not declare, read from ``raw`` on first use (most answers have none)."""
        if self._additional is None:
            additional: dict[str, Any] = {}
            v: Any
            d = self._raw
            if d.__class__ is dict:
                additional.update(d)
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
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d = (
            src_dict
            if src_dict.__class__ is dict
            else _reading.as_object(src_dict, "SearchTasksResponseBreadcrumbsItem")
        )
        get = d.get
        search_tasks_response_breadcrumbs_item = cls.__new__(cls)
        search_tasks_response_breadcrumbs_item._raw = src_dict
        search_tasks_response_breadcrumbs_item._additional = None
        return search_tasks_response_breadcrumbs_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def __len__(self) -> int:
        return len(self.additional_properties)

    def keys(self) -> KeysView[str]:
        return self.additional_properties.keys()

    def items(self) -> ItemsView[str, Any]:
        return self.additional_properties.items()

    def values(self) -> ValuesView[Any]:
        return self.additional_properties.values()

    def get(self, key: str, default: Any = None, /) -> Any:
        return self.additional_properties.get(key, default)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self.additional_properties == (other if other.__class__ is dict else dict(other.items()))
        return NotImplemented

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.additional_properties!r})"
