"""What the three emulated APIs share: routing from spec_data, input checks, answers, spec deviations."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from .._schema import Violation, member_violations, violations

if TYPE_CHECKING:
    from crmtasks._api import SpecData

    pass

_T = TypeVar("_T")


def declared(value: _T | None, what: str) -> _T:
    """``value``, which the spec must declare (an operation's x-pagination, say)."""
    if value is None:
        raise RuntimeError(f"the spec declares no {what}, which the sandbox needs")
    return value


Schema = dict[str, Any]
JSON = Any

_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


@dataclass
class Incoming:
    """A request as a vendor handler sees it: its operation, matched path parameters, query, JSON body."""

    operation: str
    method: str
    path_params: dict[str, str]
    query: httpx.QueryParams
    headers: httpx.Headers
    body: JSON = None


class Problem(Exception):  # noqa: N818 - a control-flow signal, answered as the vendor's error
    """Raised by handlers: answered with ``status`` in the vendor's error shape."""

    def __init__(self, status: int, message: str, field_errors: dict[str, list[str]] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.field_errors = field_errors or {}


def json_response(status: int, body: JSON, headers: Mapping[str, str] | None = None) -> httpx.Response:
    content = json.dumps(body, separators=(",", ":")).encode()
    all_headers = {"content-type": "application/json", **(headers or {})}
    return httpx.Response(status, content=content, headers=all_headers)


@dataclass
class Route:
    operation: str
    method: str
    path: str
    pattern: re.Pattern[str]
    handler: Callable[[Incoming], httpx.Response]


def routes(spec_data: SpecData, handlers: Mapping[str, Callable[[Incoming], httpx.Response]]) -> list[Route]:
    """One route per operation of the spec, each with the handler of the same name."""
    found: list[Route] = []
    for name, op in spec_data.OPERATIONS.items():
        regex = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(op["path"]))
        found.append(Route(name, op["method"], op["path"], re.compile(f"^{regex}$"), handlers[name]))
    missing = set(spec_data.OPERATIONS) ^ set(handlers)
    if missing:
        raise RuntimeError(f"handlers and operations differ: {sorted(missing)}")
    # Literal segments win over templates: /v2/tasks/model is not the task "model".
    found.sort(key=lambda route: route.path.count("{"))
    return found


def match_path(table: list[Route], path: str) -> tuple[str, dict[str, str]] | None:
    """The spec path that ``path`` is an instance of (the most literal one), with its parameters."""
    for route in table:
        match = route.pattern.match(path)
        if match:
            return route.path, match.groupdict()
    return None


def check_json(schema: Schema, value: JSON, where: str, errors: dict[str, list[str]]) -> None:
    """Collect the ways a JSON value breaks a flattened spec schema into ``errors`` (field -> messages)."""

    def fail(message: str) -> None:
        errors.setdefault(where or "body", []).append(message)

    if value is None:
        if not schema.get("nullable"):
            fail(f"The {where} field may not be null.")
        return
    kind = schema.get("type")
    checks: dict[str, Callable[[Any], bool]] = {
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
        "array": lambda v: isinstance(v, list),
        "object": lambda v: isinstance(v, dict),
    }
    if kind in checks and not checks[kind](value):
        fail(f"The {where} field must be of type {kind}.")
        return
    broken = list(violations(schema, value))
    for violation in broken:
        if violation.rule == "enum":
            fail(f"The selected {where} is invalid.")
    if kind == "string":
        _check_format(schema, value, fail)
    for violation in broken:
        if violation.rule != "enum":
            fail(_said(violation, where))
    if kind == "array":
        for i, item in enumerate(value):
            check_json(schema.get("items", {}), item, f"{where}.{i}", errors)
    if kind == "object" or "properties" in schema:
        check_object(schema, value, errors, prefix=f"{where}." if where else "")


# How the sandbox words each broken rule (crmtasks._schema), as the vendors' validation errors do.
_SAID = {
    "maxLength": "The value must not be greater than {limit} characters.",
    "minLength": "The value must be at least {limit} characters.",
    "pattern": "The value format is invalid.",
    "int32": "The {where} field must fit in 32 bits.",
    "minimum": "The {where} field must be at least {limit}.",
    "maximum": "The {where} field must not be greater than {limit}.",
    "minItems": "The {where} field must have at least {limit} items.",
    "maxItems": "The {where} field must not have more than {limit} items.",
    "uniqueItems": "The {where} field has duplicate items.",
}


def _said(violation: Violation, where: str) -> str:
    return _SAID[violation.rule].format(where=where, limit=violation.limit)


def _check_format(schema: Schema, value: str, fail: Callable[[str], None]) -> None:
    fmt = schema.get("format")
    if fmt == "date-time" and parse_instant(value) is None:
        fail("The value must be a date-time with a timezone.")
    if fmt == "date" and not _parses(value, "%Y-%m-%d"):
        fail("The value must be a date (YYYY-MM-DD).")
    if fmt == "local-date-time" and not _parses(value, "%Y-%m-%dT%H:%M:%S"):
        fail("The value must be a date and time (YYYY-MM-DDTHH:MM:SS).")


def _parses(value: str, pattern: str) -> bool:
    try:
        dt.datetime.strptime(value, pattern)
    except ValueError:
        return False
    return True


def check_object(schema: Schema, body: JSON, errors: dict[str, list[str]], prefix: str = "") -> None:
    if not isinstance(body, dict):
        errors.setdefault(prefix.rstrip(".") or "body", []).append("The body must be a JSON object.")
        return
    value: dict[str, Any] = body  # pyright: ignore[reportUnknownVariableType]
    for violation in member_violations(schema, value, {name for name, item in value.items() if item is not None}):
        name = str(violation.member)
        if violation.rule == "required":
            message = f"The {name} field is required."
        else:
            others = " / ".join(n for n in violation.limit if n != name)
            message = f"The {name} field is required when {others} is not present."
        errors.setdefault(prefix + name, []).append(message)
    for name, sub in schema.get("properties", {}).items():
        if name in value:
            check_json(sub, value[name], prefix + name, errors)
    extra = schema.get("additionalProperties")  # a map's values
    if isinstance(extra, dict):
        for name, item in value.items():
            if name not in schema.get("properties", {}):
                check_json(extra, item, prefix + name, errors)  # pyright: ignore[reportUnknownArgumentType]


def query_values(params: Mapping[str, Any], query: httpx.QueryParams) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """Query parameters by wire name, converted by their schema; with per-parameter errors."""
    values: dict[str, Any] = {}
    errors: dict[str, list[str]] = {}
    for declared in params.values():
        if declared["in"] != "query":
            continue
        name, schema = declared["name"], declared["schema"]
        if schema.get("type") == "array":
            raw_list = query.get_list(name)
            if declared.get("explode") is False:  # one comma-separated value (servers take it repeated too)
                raw_list = [part for value in raw_list for part in value.split(",") if part]
            if raw_list:
                values[name] = [_convert(schema.get("items", {}), v, name, errors) for v in raw_list]
                if schema.get("uniqueItems") and len(set(raw_list)) < len(raw_list):
                    errors.setdefault(name, []).append(f"The {name} field has duplicate items.")
            elif "default" in schema:
                values[name] = schema["default"]
            continue
        raw = query.get(name)
        if raw is None:
            if "default" in schema:
                values[name] = schema["default"]
            continue
        values[name] = _convert(schema, raw, name, errors)
    return values, errors


def _convert(schema: Schema, raw: str, name: str, errors: dict[str, list[str]]) -> Any:
    kind = schema.get("type")
    value: Any = raw
    try:
        if kind == "integer":
            value = int(raw)
        elif kind == "number":
            value = float(raw)
        elif kind == "boolean":
            if raw not in ("true", "false"):
                raise ValueError(raw)
            value = raw == "true"
    except ValueError:
        errors.setdefault(name, []).append(f"The {name} field must be of type {kind}.")
        return None
    check_json(schema, value, name, errors)
    if schema.get("format") == "date" and not errors.get(name):
        return dt.date.fromisoformat(raw)
    return value


def iso_z(moment: dt.datetime) -> str:
    """An aware datetime as ISO 8601 in UTC with milliseconds and ``Z``."""
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_instant(text: str) -> dt.datetime | None:
    """An RFC 3339 date-time with a zone, or None: its shape, and a real day and time (no minute 99)."""
    if not _DATE_TIME.match(text):
        return None
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


@dataclass
class Counter:
    """Monotonic id source."""

    next_id: int = 1

    def take(self) -> int:
        value = self.next_id
        self.next_id += 1
        return value


# -- spec deviations ------------------------------------------------------------
#
# Real servers answer with values their own documents do not allow. With the ``deviations`` fault on,
# every third task of an answer (by the vendor's ordinal: its id or creation order) is rewritten with
# the next of its vendor's variants, each a few such deviations. Only answers change: the handlers
# have already serialised the stored state, so rewriting the decoded copy cannot reach it.

DEVIATION_PERIOD = 3


@dataclass(frozen=True)
class Deviation:
    """One way a returned task breaks its schema: ``field``'s value becomes ``rewrite(value)``.

    Applied only when the task carries the field, unless ``add`` (a field the task lacks is sent too).
    """

    field: str
    rewrite: Callable[[Any], Any]
    add: bool = False


def unlisted(field: str, value: Any, enum: Sequence[Any]) -> Deviation:
    """``field`` given ``value``, which its enum (read from the spec) does not list."""
    if value in enum:  # the spec has caught up with the vendor; this would no longer be a deviation
        raise RuntimeError(f"{value!r} is listed for {field}; pick another unlisted value")
    return Deviation(field, lambda _old: value)


def null(field: str) -> Deviation:
    """``null`` in a field the spec does not declare nullable."""
    return Deviation(field, lambda _old: None)


def numeric_string(field: str) -> Deviation:
    """An integer field sent as a string of its digits (``5`` as ``"5"``)."""
    return Deviation(field, lambda old: str(old) if isinstance(old, int) else old)


def number(field: str, value: int | None = None, *, add: bool = False) -> Deviation:
    """A string field sent as a JSON number: its own digits (an id as a number), or ``value``."""
    if value is not None:
        return Deviation(field, lambda _old: value, add=add)
    return Deviation(field, lambda old: int(old) if isinstance(old, str) and old.isdigit() else old, add=add)


def epoch_millis(field: str) -> Deviation:
    """A date-time sent as milliseconds since 1970 (a zoneless one taken as UTC)."""
    return Deviation(field, lambda old: _epoch_millis(old) if isinstance(old, str) else old)


def offset_without_colon(field: str) -> Deviation:
    """A date-time with a ``+0000`` offset, which RFC 3339 does not allow (``...T09:00:00.000+0000``)."""
    return Deviation(field, lambda old: _offset_without_colon(old) if isinstance(old, str) else old)


def unknown(field: str, value: Any) -> Deviation:
    """A field the spec does not declare at all."""
    return Deviation(field, lambda _old: value, add=True)


def _epoch_millis(text: str) -> Any:
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return text
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return round(moment.timestamp() * 1000)


def _offset_without_colon(text: str) -> str:
    if text.endswith("Z"):
        return text[:-1] + "+0000"
    if re.search(r"[+-]\d{2}:\d{2}$", text):
        return text[:-3] + text[-2:]
    return text + "+0000"  # a zoneless local time, sent with a zone it does not have


def deviate(
    body: JSON,
    where: tuple[str, ...],
    ordinal: Callable[[dict[str, Any]], int | None],
    variants: Sequence[Sequence[Deviation]],
) -> JSON:
    """``body`` with its task(s) at the key path ``where`` rewritten by ``deviate_task``."""
    if not where:
        return deviate_task(body, ordinal, variants)
    if not isinstance(body, dict):
        return body
    container: dict[str, Any] = dict(body)  # pyright: ignore[reportUnknownArgumentType]
    head, rest = where[0], where[1:]
    if head in container:
        inner = container[head]
        if not rest and isinstance(inner, list):
            items: list[Any] = inner  # pyright: ignore[reportUnknownVariableType]
            container[head] = [deviate_task(item, ordinal, variants) for item in items]
        else:
            container[head] = deviate(inner, rest, ordinal, variants)
    return container


def deviate_task(
    task: JSON, ordinal: Callable[[dict[str, Any]], int | None], variants: Sequence[Sequence[Deviation]]
) -> JSON:
    """``task`` rewritten by one variant if its ordinal is a multiple of DEVIATION_PERIOD, else as it is.

    The 3rd task gets the first variant, the 6th the second, and so on round the list.
    """
    if not isinstance(task, dict):
        return task
    found: dict[str, Any] = dict(task)  # pyright: ignore[reportUnknownArgumentType]
    position = ordinal(found)
    if not variants or position is None or position <= 0 or position % DEVIATION_PERIOD:
        return found
    for deviation in variants[(position // DEVIATION_PERIOD - 1) % len(variants)]:
        if deviation.field in found or deviation.add:
            found[deviation.field] = deviation.rewrite(found.get(deviation.field))
    return found
