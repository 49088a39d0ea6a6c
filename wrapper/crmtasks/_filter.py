"""``x-filter`` and ``x-order-by``: a listing's filter keywords as one filter parameter, and its order.

Keap filters a listing with one query parameter in a small grammar
(``contact_id==12;due_time=ge=2026-01-01T00:00:00.000Z``); the spec's
``x-filter`` declares the keywords (``id__gte``, ``title__startswith``), the
field, operator and prefix flag of each, how clauses and custom fields are
written, and ``x-order-by`` the fields and directions of the order
parameter. Each value is checked here and cannot leave its clause.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._exceptions import ValidationError
from ._inputs import Schema, _type_name, as_sequence, to_json, utf8_text  # pyright: ignore[reportPrivateUsage]

if TYPE_CHECKING:
    from ._seam import Filter, Operation, OrderBy

__all__ = ["build_filter", "filter_params", "order_value"]

_FILTER_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Characters that would end or change a Keap filter clause if sent inside a value.
_FILTER_GRAMMAR = re.compile(r"[;=<>]")


def _filter_value(schema: Schema, value: Any, key: str, spec: Filter, wildcard_field: bool) -> str:
    if isinstance(value, enum.Enum):
        value = value.value
    if schema.get("type") == "array":
        sequence = as_sequence(value, key)
        items = schema.get("items", {})
        parts = [_filter_value(items, v, f"{key}[{i}]", spec, False) for i, v in enumerate(sequence)]
        if not parts or any("," in p for p in parts):
            raise ValidationError(key, "needs one or more values, none containing ','")
        return ",".join(parts)
    if schema.get("format") == "date-time" or isinstance(value, dt.datetime):
        if not isinstance(value, dt.datetime) or value.tzinfo is None:
            raise ValidationError(key, "needs a timezone-aware datetime")
        text = value.astimezone(dt.UTC).isoformat(timespec=spec.get("datetime_timespec", "milliseconds"))
        return text.replace("+00:00", "Z")
    if isinstance(value, bool):
        if schema and schema.get("type") != "boolean":
            raise ValidationError(key, f"expected {schema.get('type')}, got bool")
        return ("true" if value else "false") if schema else ("1" if value else "0")
    if isinstance(value, dt.date):
        raise ValidationError(key, "needs a datetime with a timezone; the API rejects date-only values")
    if schema:
        value = to_json(schema, value, key)
    if not isinstance(value, str | int | float):
        raise ValidationError(key, f"cannot filter on a {_type_name(value)}")
    text = utf8_text(str(value), key)
    if _FILTER_GRAMMAR.search(text):
        raise ValidationError(key, f"{text!r} contains ';', '=', '<' or '>', which would break the filter")
    if wildcard_field and spec.get("prefix_wildcard", "*") in text:
        raise ValidationError(key, f"{text!r} contains the wildcard character; use the __startswith keyword")
    return text


def build_filter(spec: Filter, filters: Mapping[str, Any], custom: Mapping[str, Any] | None) -> str | None:
    """Compose a Keap-style filter string from keyword filters and custom-field filters.

    ``spec`` is the operation's ``filter`` entry of spec_data: its keys map each
    keyword (``id__gte``, ``title__startswith``) to a field, an operator and
    whether the value is a prefix.
    """
    keys = spec["keys"]
    wildcard = spec.get("prefix_wildcard", "*")
    wildcard_fields = {key["field"] for key in keys.values() if key["prefix"]}
    clauses: list[str] = []
    for name, value in filters.items():
        if name not in keys:
            raise ValidationError(name, f"is not a filter; known filters: {', '.join(keys)}")
        key = keys[name]
        field = key["field"]
        text = _filter_value(spec["fields"][field], value, name, spec, field in wildcard_fields)
        clauses.append(f"{field}{key['operator']}{text}{wildcard if key['prefix'] else ''}")
    if custom:
        if not spec.get("custom_fields"):
            raise ValidationError("custom_fields", "this API does not filter on custom fields")
        for custom_key, value in custom.items():
            field, operator, prefix = _split_custom(custom_key, spec)
            text = _filter_value({}, value, f"custom_fields[{custom_key!r}]", spec, True)
            clauses.append(f"{field}{operator}{text}{wildcard if prefix else ''}")
    return spec["clause_separator"].join(clauses) if clauses else None


def _split_custom(key: str, spec: Filter) -> tuple[str, str, bool]:
    """Split a custom-field filter key such as ``cf_renewal__lte`` into name, operator and prefix flag."""
    prefix_suffix: str = spec["prefix_suffix"]
    name, operator, prefix = key, "==", False
    if key.endswith(prefix_suffix):
        name, prefix = key.removesuffix(prefix_suffix), True
    else:
        # Longest suffix first, so "__gte" wins over "__gt".
        for suffix, op in sorted(spec["suffixes"].items(), key=lambda item: -len(item[0])):
            if key.endswith(suffix):
                name, operator = key.removesuffix(suffix), op
                break
    if not _FILTER_NAME.fullmatch(name):
        raise ValidationError(f"custom_fields[{key!r}]", "is not a custom field name")
    return name, operator, prefix


def order_value(spec: OrderBy, value: object) -> object:
    """An order as the API takes it: a member of its enum as it is, a (field, direction) pair joined."""
    if isinstance(value, str):
        return value  # a member of the order enum; checked against the spec's enum like any parameter
    pair = as_sequence(value, "order_by")
    if len(pair) != 2:
        raise ValidationError("order_by", "expected (field, direction), e.g. ('due_time', 'desc')")
    field, direction = pair
    if field not in spec["fields"]:
        raise ValidationError("order_by", f"cannot sort by {field!r}; choose one of {', '.join(spec['fields'])}")
    if direction not in spec["directions"]:
        raise ValidationError("order_by", f"direction {direction!r} is not one of {', '.join(spec['directions'])}")
    return f"{field}{spec['separator']}{direction}"


def filter_params(operation: Operation, args: dict[str, Any]) -> dict[str, Any]:
    """Take a listing's filter keywords, ``custom_fields`` and ``order_by`` out of ``args``: the query parameters
    they make (x-filter's one filter parameter, x-order-by's order)."""
    params: dict[str, Any] = {}
    grammar = operation.get("filter")
    if grammar is not None:
        filters = {name: args.pop(name) for name in list(args) if name in grammar["keys"]}
        query = build_filter(grammar, filters, args.pop("custom_fields", None))
        if query is not None:
            params[grammar["param"]] = query
    order = operation.get("order_by")
    if order is not None and args.get("order_by") is not None:
        params[order["param"]] = order_value(order, args.pop("order_by"))
    args.pop("order_by", None)
    return params
