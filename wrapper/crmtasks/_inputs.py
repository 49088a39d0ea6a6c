"""Checking and converting user input against the specs, before anything is sent.

Every rule here is read from a generated ``spec_data`` module (the flattened
schemas of request bodies and parameters); what an extension adds (Keap's
filter grammar, HubSpot's search and typed properties) is in its own module
(``_filter``, ``_search``, ``_properties``), which writes through these. Values come
in as Python objects (``datetime``, enums, plain literals) and leave as what
the generated client expects: JSON-ready values for bodies, generated enum
members and dates for query parameters. Every string on its way out is checked
once to be encodable as UTF-8 (``utf8_text``): a lone surrogate would
otherwise fail deep inside httpx, half-way through sending.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

from ._exceptions import ValidationError
from ._schema import member_violations, violations

if TYPE_CHECKING:
    from ._seam import Param

__all__ = [
    "as_sequence",
    "check_text",
    "object_to_json",
    "query_args",
    "to_json",
    "to_param",
    "utf8_text",
]

Schema = dict[str, Any]

_LOCAL_DATE_TIME = "%Y-%m-%dT%H:%M:%S"


def _type_name(value: object) -> str:
    return type(value).__name__


def utf8_text(text: str, field: str) -> str:
    """``text`` if UTF-8 can encode it, as a JSON body and a URL need; else ValidationError naming ``field``.

    Only a lone surrogate (``"\\ud800"``, left by a bad decode) cannot be encoded.
    """
    if text.isascii():  # nearly every string: no encoding needed to know
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        code = ord(text[error.start])
        raise ValidationError(
            field, f"holds U+{code:04X} at position {error.start}, a lone surrogate that UTF-8 cannot encode"
        ) from None
    return text


def _member_field(where: str, name: str) -> str:
    # A name that cannot be encoded cannot be printed either: the error shows it escaped.
    return f"{where}[{name!r}]" if where else repr(name)


def check_text(value: object, field: str) -> None:
    """Refuse any str UTF-8 cannot encode in ``value``: a str, or mappings (names too) and lists of them, nested.

    For what is sent as given, with no schema to go through (untyped members, ``extra_body``, query extras).
    """
    if isinstance(value, str):
        utf8_text(value, field)
    elif isinstance(value, Mapping):
        mapping: Mapping[object, object] = value  # pyright: ignore[reportUnknownVariableType]
        for name, item in mapping.items():
            member = f"{field}[{name!r}]"  # repr: a name UTF-8 cannot encode cannot be printed either
            if isinstance(name, str):
                utf8_text(name, member)
            check_text(item, member)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(cast("Sequence[object]", value)):
            check_text(item, f"{field}[{index}]")


def as_sequence(value: object, field: str) -> Sequence[Any]:
    """``value`` as a sequence of items (a str is not one); ValidationError otherwise."""
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise ValidationError(field, f"expected a list, got {_type_name(value)}")
    items: Sequence[Any] = value  # pyright: ignore[reportUnknownVariableType]
    return items


def to_json(schema: Schema, value: Any, field: str) -> Any:
    """Check ``value`` against ``schema`` and return it as JSON (raises ValidationError naming ``field``)."""
    if value is None:
        if schema.get("nullable"):
            return None
        raise ValidationError(field, "may not be None")
    if isinstance(value, enum.Enum):
        value = value.value
    if "enum" in schema and value not in schema["enum"]:
        allowed = ", ".join(repr(v) for v in schema["enum"])
        raise ValidationError(field, f"{value!r} is not one of {allowed}")
    kind = schema.get("type")
    if kind == "string":
        return _string(schema, value, field)
    if kind in ("integer", "number"):
        return _number(schema, value, field)
    if kind == "boolean":
        if not isinstance(value, bool):
            raise ValidationError(field, f"expected a bool, got {_type_name(value)}")
        return value
    if kind == "array":
        return _array(schema, value, field)
    if kind == "object" or "properties" in schema:
        if not isinstance(value, Mapping):
            raise ValidationError(field, f"expected a mapping, got {_type_name(value)}")
        mapping: Mapping[str, Any] = value  # pyright: ignore[reportUnknownVariableType]
        return object_to_json(schema, mapping, field)
    check_text(value, field)  # sent as it is: no schema says what it holds
    return value


def _string(schema: Schema, value: Any, field: str) -> str:
    fmt = schema.get("format")
    if fmt == "date-time":
        if not isinstance(value, dt.datetime):
            raise ValidationError(field, f"expected a datetime, got {_type_name(value)}")
        if value.tzinfo is None:
            raise ValidationError(field, "needs a timezone-aware datetime (the API reads it as an instant)")
        return value.isoformat()
    if fmt == "local-date-time":
        if isinstance(value, dt.datetime):
            if value.tzinfo is not None:
                raise ValidationError(field, "takes a local (naive) datetime; the API stores no timezone")
            value = value.strftime(_LOCAL_DATE_TIME)
        elif not isinstance(value, str):
            raise ValidationError(field, f"expected a datetime, got {_type_name(value)}")
    elif fmt == "date":
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            raise ValidationError(field, f"expected a date, got {_type_name(value)}")
        return value.isoformat()
    if not isinstance(value, str):
        raise ValidationError(field, f"expected a str, got {_type_name(value)}")
    utf8_text(value, field)
    _refuse_broken(schema, value, field)
    return value


def _number(schema: Schema, value: Any, field: str) -> int | float:
    integer = schema["type"] == "integer"
    if isinstance(value, bool) or not isinstance(value, int if integer else (int, float)):
        raise ValidationError(field, f"expected {'an int' if integer else 'a number'}, got {_type_name(value)}")
    _refuse_broken(schema, value, field)
    result: int | float = value
    return result


# How the request writer words each broken rule (crmtasks._schema); ``{value}`` is the value given.
_SAID = {
    "maxLength": "is {length} characters long; at most {limit} are allowed",
    "minLength": "needs at least {limit} character(s)",
    "pattern": "{value!r} does not match {limit}",
    "int32": "must fit in 32 bits, got {value}",
    "minimum": "must be at least {limit}, got {value}",
    "maximum": "must be at most {limit}, got {value}",
    "minItems": "needs at least {limit} item(s)",
    "maxItems": "takes at most {limit} items",
    "uniqueItems": "may not repeat an item",
}


def _refuse_broken(schema: Schema, value: Any, field: str) -> None:
    """Raise the first rule of ``schema`` that ``value`` breaks (its enum aside: to_json checked it first)."""
    for violation in violations(schema, value):
        if violation.rule != "enum":
            said = _SAID[violation.rule].format(value=value, limit=violation.limit, length=_length(value))
            raise ValidationError(field, said)


def _length(value: Any) -> int | None:
    return len(value) if isinstance(value, str | list) else None  # pyright: ignore[reportUnknownArgumentType]


def _array(schema: Schema, value: Any, field: str) -> list[Any]:
    sequence = as_sequence(value, field)
    _refuse_broken(schema, list(sequence), field)
    items = schema.get("items", {})
    return [to_json(items, item, f"{field}[{i}]") for i, item in enumerate(sequence)]


def object_to_json(schema: Schema, fields: Mapping[str, Any], where: str = "") -> dict[str, Any]:
    """Check a mapping of fields against an object schema; return the JSON object.

    Unknown names, missing required fields and an unmet "at least one of"
    each raise a ValidationError that names the field.
    """
    properties: Schema = schema.get("properties", {})
    prefix = f"{where}." if where else ""
    extra: Schema | None = schema.get("additionalProperties")  # a map's values (names known at run time)
    for name in fields:
        if isinstance(name, str) and not name.isascii():  # pyright: ignore[reportUnnecessaryIsInstance]
            utf8_text(name, _member_field(where, name))
        if name not in properties and extra is None:
            raise ValidationError(prefix + name, f"is not a field here; known fields: {', '.join(properties)}")
    for violation in member_violations(schema, fields, fields):
        said = (
            "is required"
            if violation.rule == "required"
            else f"at least one of {', '.join(violation.limit)} is required"
        )
        raise ValidationError(prefix + str(violation.member), said)
    return {name: to_json(properties.get(name) or extra or {}, value, prefix + name) for name, value in fields.items()}


def to_param(models: ModuleType, schema: Schema, value: Any, field: str) -> Any:
    """Check a query or path parameter; return what the generated function takes."""
    if schema.get("type") == "array":
        items = schema.get("items", {})
        sequence = as_sequence(value, field)
        return [to_param(models, items, item, f"{field}[{i}]") for i, item in enumerate(sequence)]
    if schema.get("format") == "date":
        to_json(schema, value, field)
        return value
    checked = to_json(schema, value, field)
    if "enum_class" in schema:
        return getattr(models, schema["enum_class"])(checked)
    return checked


def query_args(models: ModuleType, params: Mapping[str, Param], given: Mapping[str, Any]) -> dict[str, Any]:
    """Check keyword arguments against an operation's parameters (keyed by Python name)."""
    args: dict[str, Any] = {}
    for name, value in given.items():
        if name not in params:
            raise ValidationError(name, f"is not a parameter here; known: {', '.join(params)}")
        args[name] = to_param(models, params[name]["schema"], value, name)
    return args
