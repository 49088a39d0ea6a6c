"""``x-properties``: the typed keywords of a map of strings (HubSpot's task properties), on the way out.

A HubSpot task keeps its values as strings in ``properties``; the spec's
``x-properties`` declares the standard ones with a type (an instant, a
listed value, a number...). Create and update take each as a typed keyword,
checked and written here as the string the API stores; reading them back
as typed accessors is crmtasks._reading's ``typed_property``.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._exceptions import ValidationError
from ._inputs import _number, _string, _type_name  # pyright: ignore[reportPrivateUsage]

if TYPE_CHECKING:
    from ._seam import TypedProperties, TypedProperty

__all__ = ["merge_properties", "property_text"]


def property_text(schema: TypedProperty, value: Any, keyword: str) -> str:
    """A typed property's value as the string the API stores (x-properties); ValidationError naming ``keyword``."""
    if isinstance(value, enum.Enum):
        value = value.value
    if schema.get("format") == "date-time":
        if not isinstance(value, dt.datetime):
            raise ValidationError(keyword, f"expected a datetime, got {_type_name(value)}")
        if value.tzinfo is None:
            raise ValidationError(keyword, "needs a timezone-aware datetime (the API reads it as an instant)")
        if schema.get("encoding") == "epoch-millis":
            return str(round(value.timestamp() * 1000))
        return value.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    kind = schema["type"]
    if kind == "boolean":
        if not isinstance(value, bool):
            raise ValidationError(keyword, f"expected a bool, got {_type_name(value)}")
        return "true" if value else "false"
    if kind in ("integer", "number"):
        number = _number({"type": kind}, value, keyword)
        return str(number)
    text = _string(
        {"type": "string", **({"pattern": schema["pattern"]} if "pattern" in schema else {})}, value, keyword
    )
    if "enum" in schema and text not in schema["enum"]:
        allowed = ", ".join(repr(v) for v in schema["enum"])
        raise ValidationError(keyword, f"{text!r} is not one of {allowed}")
    return text


def merge_properties(typed: TypedProperties, args: dict[str, Any]) -> None:
    """Move the typed property keywords of ``args`` into its map member, each converted to its string."""
    declared = typed["properties"]
    given = {name: args.pop(name) for name in list(args) if name in declared}
    if not given:
        return
    field = typed["field"]
    existing: object = args.get(field)
    if existing is None:
        existing = {}
    if not isinstance(existing, Mapping):
        raise ValidationError(field, f"expected a mapping, got {_type_name(existing)}")
    merged: dict[str, Any] = dict(existing)  # pyright: ignore[reportUnknownArgumentType]
    for name, value in given.items():
        if name in merged:
            raise ValidationError(name, f"is given both as a keyword and in {field}=; give it once")
        merged[name] = property_text(declared[name], value, name)
    args[field] = merged
