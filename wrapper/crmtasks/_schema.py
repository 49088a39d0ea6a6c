"""One checker of the specs' schema rules, for what crmtasks sends and for what the sandbox receives.

The rules a flattened spec schema sets on a JSON value of its type (enum,
lengths, pattern, 32-bit integers, bounds, item counts, unique items) and on
an object's members (required, ``at_least_one_of``) are checked here. Each
broken rule is a ``Violation``; the request writer (crmtasks._inputs) raises
the first as a ``ValidationError`` in its own words, and the sandbox answers
all of them as the vendor would. Both walk the value themselves: the writer
converts Python values on the way (datetimes, enums), the sandbox collects.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["Violation", "member_violations", "violations"]

Schema = Mapping[str, Any]


@dataclass(frozen=True)
class Violation:
    """A rule of ``schema`` that a value breaks: its keyword (``maxLength``), the schema's value for it, and
    the member it is about (for ``required`` and ``at_least_one_of``)."""

    rule: str
    limit: Any = None
    member: str | None = None


def violations(schema: Schema, value: Any) -> Iterator[Violation]:
    """The rules a JSON value of the schema's type breaks, in the order they are checked (items not walked)."""
    if "enum" in schema and value not in schema["enum"]:
        yield Violation("enum", schema["enum"])
    kind = schema.get("type")
    if kind == "string" and isinstance(value, str):
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            yield Violation("maxLength", schema["maxLength"])
        if "minLength" in schema and len(value) < schema["minLength"]:
            yield Violation("minLength", schema["minLength"])
        if "pattern" in schema and not re.search(schema["pattern"], value):
            yield Violation("pattern", schema["pattern"])
    elif kind in ("integer", "number") and isinstance(value, int | float):
        if schema.get("format") == "int32" and not -(2**31) <= value < 2**31:
            yield Violation("int32")
        if "minimum" in schema and value < schema["minimum"]:
            yield Violation("minimum", schema["minimum"])
        if "maximum" in schema and value > schema["maximum"]:
            yield Violation("maximum", schema["maximum"])
    elif kind == "array" and isinstance(value, list):
        items: list[Any] = value  # pyright: ignore[reportUnknownVariableType]
        if "minItems" in schema and len(items) < schema["minItems"]:
            yield Violation("minItems", schema["minItems"])
        if "maxItems" in schema and len(items) > schema["maxItems"]:
            yield Violation("maxItems", schema["maxItems"])
        # default=repr: the request writer checks its items before turning them into JSON (datetimes, say)
        if schema.get("uniqueItems") and len({json.dumps(v, sort_keys=True, default=repr) for v in items}) < len(items):
            yield Violation("uniqueItems")


def member_violations(schema: Schema, members: Collection[str], set_members: Collection[str]) -> Iterator[Violation]:
    """The member rules an object with ``members`` breaks (``set_members``: those that hold a value): each
    missing required member, and each of an ``at_least_one_of`` group none of which holds one."""
    for name in schema.get("required", []):
        if name not in members:
            yield Violation("required", member=name)
    group = schema.get("at_least_one_of")
    if group and not any(name in set_members for name in group):
        for name in group:
            yield Violation("at_least_one_of", group, member=name)
