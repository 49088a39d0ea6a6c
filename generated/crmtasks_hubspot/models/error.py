from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks._facade import reading as _reading

T = TypeVar("T", bound="Error")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "category",
        "correlationId",
        "message",
        "context",
        "errors",
        "links",
        "policyName",
        "status",
        "subCategory",
    }
)


@_attrs_define
class Error:
    """HubSpot's error answer.

    Attributes:
        category (str): The kind of error, such as `VALIDATION_ERROR` or `RATE_LIMITS`.
        correlation_id (str): The request's id, for HubSpot's support.
        message (str): What went wrong, and often how to fix it.
        context (ErrorContext): Details by name, such as the `missingScopes`.
        errors (list[ErrorDetail] | None): Details of the error, one per problem.
        links (ErrorLinks): Documentation links by name.
        policy_name (str | None): On a 429, the limit that was hit (`TEN_SECONDLY_ROLLING`, `DAILY`...).
        status (str | None): Always `error`.
        sub_category (str | None): A finer kind of error, when there is one.
    """

    category: str
    correlation_id: str
    message: str
    context: ErrorContext = _attrs_field(factory=lambda: ErrorContext())
    errors: list[ErrorDetail] | None = None
    links: ErrorLinks = _attrs_field(factory=lambda: ErrorLinks())
    policy_name: str | None = None
    status: str | None = None
    sub_category: str | None = None
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
        v = self.category
        if v is not None or "category" in came:
            field_dict["category"] = v
        v = self.correlation_id
        if v is not None or "correlationId" in came:
            field_dict["correlationId"] = v
        v = self.message
        if v is not None or "message" in came:
            field_dict["message"] = v
        v = self.context
        if v or "context" in came:
            if v is not None:
                v = v.to_dict()
            field_dict["context"] = v
        v = self.errors
        if v is not None or "errors" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["errors"] = v
        v = self.links
        if v or "links" in came:
            if v is not None:
                v = v.to_dict()
            field_dict["links"] = v
        v = self.policy_name
        if v is not None or "policyName" in came:
            field_dict["policyName"] = v
        v = self.status
        if v is not None or "status" in came:
            field_dict["status"] = v
        v = self.sub_category
        if v is not None or "subCategory" in came:
            field_dict["subCategory"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d: Any = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "Error")
        get = d.get
        error = cls.__new__(cls)
        v = get("category")
        if v.__class__ is not str:
            v = _reading.string(v, "Error.category", False) if "category" in d else _reading.missing("Error.category")
        error.category = v
        v = get("correlationId")
        if v.__class__ is not str:
            v = (
                _reading.string(v, "Error.correlationId", False)
                if "correlationId" in d
                else _reading.missing("Error.correlationId")
            )
        error.correlation_id = v
        v = get("message")
        if v.__class__ is not str:
            v = _reading.string(v, "Error.message", False) if "message" in d else _reading.missing("Error.message")
        error.message = v
        v = get("context")
        if v.__class__ is dict:
            v = ErrorContext.from_dict(v)
        elif v is None and "context" not in d:
            v = ErrorContext()
        else:
            v = _reading.item(ErrorContext.from_dict, v, "Error.context")
        error.context = v
        v = get("errors")
        if v.__class__ is list:
            v = [
                ErrorDetail.from_dict(x)
                if x.__class__ is dict
                else _reading.item(ErrorDetail.from_dict, x, "Error.errors[]")
                for x in v
            ]
        elif v is not None or "errors" in d:
            v = _reading.not_a_list(v, "Error.errors", False)
        error.errors = v
        v = get("links")
        if v.__class__ is dict:
            v = ErrorLinks.from_dict(v)
        elif v is None and "links" not in d:
            v = ErrorLinks()
        else:
            v = _reading.item(ErrorLinks.from_dict, v, "Error.links")
        error.links = v
        v = get("policyName")
        if v.__class__ is not str and (v is not None or "policyName" in d):
            v = _reading.string(v, "Error.policyName", False)
        error.policy_name = v
        v = get("status")
        if v.__class__ is not str and (v is not None or "status" in d):
            v = _reading.string(v, "Error.status", False)
        error.status = v
        v = get("subCategory")
        if v.__class__ is not str and (v is not None or "subCategory" in d):
            v = _reading.string(v, "Error.subCategory", False)
        error.sub_category = v
        error._raw = src_dict
        error._additional = None
        return error

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
from ..models.error_context import ErrorContext
from ..models.error_detail import ErrorDetail
from ..models.error_links import ErrorLinks
