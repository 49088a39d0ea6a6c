from __future__ import annotations

import json
from collections.abc import Mapping
from enum import Enum
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks._facade import reading as _reading

from ..models.association_type_association_category import AssociationTypeAssociationCategory

T = TypeVar("T", bound="AssociationType")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "associationCategory",
        "associationTypeId",
    }
)


@_attrs_define
class AssociationType:
    """The kind of one association.

    Attributes:
        association_category (AssociationTypeAssociationCategory | str): Who defined the association type.
        association_type_id (int): The association type's id (204 is task to contact).
    """

    association_category: AssociationTypeAssociationCategory | str
    association_type_id: int
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
        v = self.association_category
        if v is not None or "associationCategory" in came:
            if isinstance(v, Enum):
                v = v.value
            field_dict["associationCategory"] = v
        v = self.association_type_id
        if v is not None or "associationTypeId" in came:
            field_dict["associationTypeId"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d: Any = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "AssociationType")
        get = d.get
        association_type = cls.__new__(cls)
        v = get("associationCategory")
        if v.__class__ is str:
            m = AssociationTypeAssociationCategory._value2member_map_.get(v)
            v = (
                m
                if m is not None
                else _reading.enum(AssociationTypeAssociationCategory, v, "AssociationType.associationCategory", False)
            )
        else:
            v = (
                _reading.enum(AssociationTypeAssociationCategory, v, "AssociationType.associationCategory", False)
                if "associationCategory" in d
                else _reading.missing("AssociationType.associationCategory")
            )
        association_type.association_category = v
        v = get("associationTypeId")
        if v.__class__ is not int:
            v = (
                _reading.integer(v, "AssociationType.associationTypeId", False)
                if "associationTypeId" in d
                else _reading.missing("AssociationType.associationTypeId")
            )
        association_type.association_type_id = v
        association_type._raw = src_dict
        association_type._additional = None
        return association_type

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
