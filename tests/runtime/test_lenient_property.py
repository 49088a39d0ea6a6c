"""Property tests of lenient reading: schema-valid answers built from specs/, mutated, read by the public clients.

A small builder turns the OpenAPI 3.0 schemas of specs/*.yaml into hypothesis strategies for schema-valid
JSON. A mutation then changes one member of one task object, at any depth (Apollo's ``contact`` and
``account``, Keap's ``custom_fields``): it drops a member, nulls it, puts an unknown string in an enum or
string, puts an unlisted value of its own type in an enum, turns an int into its numeric string or a digit
string into an int, adds an undeclared member, or puts arbitrary JSON there. The answer goes through the
public sync clients over ``httpx.MockTransport``:

* read leniently, nothing raises; every task object of the answer comes back, in order, its ``.raw`` equal to
  the object sent (and the very object of the decoded page); the mutated value is still in ``.raw``; the field
  reads as generator/reading.py says; ``to_dict()`` works; and a ResponseValidationWarning names the field
  exactly when the mutation deviates from the spec;
* read strictly, the call raises APIResponseValidationError naming the deviation exactly when the mutation
  deviates from the spec, and succeeds otherwise (never the APIResponseValidationError without a deviation
  that a reader's crash would give).

"Deviates" means what the generated readers check: a member's type, enum, nullability, presence when
required, and the ``date``/``date-time``/``local-date-time`` formats, all the way down; not ``pattern``, lengths
or ranges.
One async test reads fixed mutated answers with the async clients and shows they read them as the sync
clients do.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import string
import warnings
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final, TypeGuard

import attrs
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import crmtasks
import crmtasks._deviations

from ..helpers import FLAVOURS, MockAPI, collect, listing, load_spec, make_client, settle

Json = Any
"""A JSON value as decoded: None, bool, int, float, str, list or dict."""
Schema = dict[str, Any]
Path = tuple[str | int, ...]

PROPERTY = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
    database=None,
)

# ----------------------------------------------------------------------------- schema strategies

MAX_ITEMS: Final = 3
MAX_DEPTH: Final = 8
"""From this depth on, objects get only their required members and arrays stay empty: recursion is bounded."""
MAX_TEXT: Final = 12
NUMBER_LIMIT: Final = 10**6
# Formats the builder knows; any other format or a pattern makes it fail loudly rather than generate invalid JSON.
KNOWN_FORMATS: Final = frozenset({"date-time", "date", "local-date-time", "int32", "int64", "float", "double"})
DATES: Final = frozenset({"date-time", "date", "local-date-time"})  # formats read as datetime or date
PATTERNS: Final = {"local-date-time": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$"}
# The formats the generated readers check, and what a valid value of each looks like.
CHECKED_FORMATS: Final = {
    "date-time": re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})"),
    "date": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "local-date-time": re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}"),  # read as a naive datetime
}

TEXT: Final = st.text(st.characters(codec="utf-8"), max_size=MAX_TEXT)
NAMES: Final = st.text(string.ascii_lowercase, min_size=1, max_size=6).map(lambda name: f"x_{name}")
"""Names of members no schema declares."""
SCALARS: Final = st.one_of(st.none(), st.booleans(), st.integers(-1000, 1000), TEXT)
ANY_JSON: Final = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=MAX_ITEMS) | st.dictionaries(NAMES, inner, max_size=MAX_ITEMS),
    max_leaves=4,
)
MOMENTS: Final = st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1))
AWARE_MOMENTS: Final = st.datetimes(
    min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1), timezones=st.just(dt.UTC)
)


def rfc3339(moment: dt.datetime) -> str:
    """An aware date-time as RFC 3339 in UTC with ``Z`` (milliseconds when there are any)."""
    text = moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")
    milliseconds = moment.microsecond // 1000
    return f"{text}.{milliseconds:03d}Z" if milliseconds else f"{text}Z"


def local_date_time(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


def _merged(members: dict[str, Json], extra: dict[str, Json]) -> dict[str, Json]:
    return {**extra, **members}


def is_object(value: Json) -> TypeGuard[dict[str, Json]]:
    return isinstance(value, dict)


def is_array(value: Json) -> TypeGuard[list[Json]]:
    return isinstance(value, list)


def typed(schema: Schema) -> bool:
    """Whether a (resolved) schema constrains its value at all (``{}`` takes anything, null included)."""
    return "type" in schema or "enum" in schema


class SchemaStrategies:
    """Hypothesis strategies for JSON valid against the schemas of one OpenAPI 3.0 spec."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.schemas: dict[str, Schema] = spec["components"]["schemas"]

    def named(self, name: str) -> Schema:
        return self.resolve(self.schemas[name])

    def resolve(self, schema: Schema) -> Schema:
        """``schema`` with ``$ref`` followed and ``allOf`` merged; its own keywords (``nullable``) win."""
        parts: list[Schema] = list(schema.get("allOf", []))
        if "$ref" in schema:
            parts.insert(0, self.schemas[schema["$ref"].removeprefix("#/components/schemas/")])
        own = {key: value for key, value in schema.items() if key not in ("$ref", "allOf")}
        if not parts:
            return own
        merged: Schema = {}
        for part in [*(self.resolve(part) for part in parts), own]:
            for key, value in part.items():
                if key == "properties":
                    merged["properties"] = {**merged.get("properties", {}), **value}
                elif key == "required":
                    merged["required"] = [*merged.get("required", []), *value]
                else:
                    merged[key] = value
        return merged

    def member(self, schema: Schema, name: str) -> Schema | None:
        """The resolved schema of member ``name`` of an object schema; None when nothing declares it."""
        declared: dict[str, Schema] = schema.get("properties", {})
        if name in declared:
            return self.resolve(declared[name])
        extra = schema.get("additionalProperties")
        return self.resolve(extra) if is_object(extra) and extra else None

    def conforms(self, schema: Schema, value: Json) -> bool:
        """Whether ``value`` is what ``schema`` declares, as far as the generated readers check: type, enum,
        nullability, required members, the formats of CHECKED_FORMATS; arrays and objects all the way down."""
        schema = self.resolve(schema)
        if value is None:
            return bool(schema.get("nullable")) or not typed(schema)
        if "enum" in schema:
            return any(type(option) is type(value) and option == value for option in schema["enum"])
        match schema.get("type"):
            case "string":
                form = CHECKED_FORMATS.get(schema.get("format", ""))
                return isinstance(value, str) and (form is None or form.fullmatch(value) is not None)
            case "integer":
                return type(value) is int
            case "number":
                return type(value) in (int, float)
            case "boolean":
                return type(value) is bool
            case "array":
                return is_array(value) and all(self.conforms(schema.get("items", {}), item) for item in value)
            case "object":
                return is_object(value) and self._members_conform(schema, value)
            case None if "properties" in schema:
                return is_object(value) and self._members_conform(schema, value)
            case _:
                return True

    def _members_conform(self, schema: Schema, value: dict[str, Json]) -> bool:
        if any(name not in value for name in schema.get("required", [])):
            return False
        members = ((self.member(schema, name), member) for name, member in value.items())
        return all(declared is None or self.conforms(declared, member) for declared, member in members)

    def strategy(self, schema: Schema, depth: int = 0) -> st.SearchStrategy[Json]:
        schema = self.resolve(schema)
        value = self._value(schema, depth)
        return st.none() | value if schema.get("nullable") else value

    def _value(self, schema: Schema, depth: int) -> st.SearchStrategy[Json]:
        fmt = schema.get("format")
        if fmt is not None and fmt not in KNOWN_FORMATS:
            raise NotImplementedError(f"no strategy for format {fmt!r}")
        if "pattern" in schema and schema["pattern"] != PATTERNS.get(fmt or ""):
            raise NotImplementedError(f"no strategy for pattern {schema['pattern']!r}")
        if "enum" in schema:
            return st.sampled_from([value for value in schema["enum"] if value is not None])
        low = schema.get("minimum", -NUMBER_LIMIT)
        high = schema.get("maximum", NUMBER_LIMIT)
        match schema.get("type"):
            case "string":
                return self._string(schema)
            case "integer":
                return st.integers(low, high)
            case "number":
                return st.integers(low, high) | st.floats(low, high, allow_nan=False, allow_infinity=False)
            case "boolean":
                return st.booleans()
            case "array":
                fewest: int = schema.get("minItems", 0)
                if depth >= MAX_DEPTH and not fewest:
                    return st.lists(st.nothing())
                items = self.strategy(schema.get("items", {}), depth + 1)
                return st.lists(items, min_size=fewest, max_size=max(fewest, MAX_ITEMS))
            case "object":
                return self._object(schema, depth)
            case None if "properties" in schema:
                return self._object(schema, depth)
            case None:
                return ANY_JSON
            case other:
                raise NotImplementedError(f"no strategy for type {other!r}")

    def _string(self, schema: Schema) -> st.SearchStrategy[str]:
        match schema.get("format"):
            case "date-time":
                return AWARE_MOMENTS.map(rfc3339)
            case "date":
                return st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1)).map(dt.date.isoformat)
            case "local-date-time":
                return MOMENTS.map(local_date_time)
            case _:
                low: int = schema.get("minLength", 0)
                high: int = min(schema.get("maxLength", MAX_TEXT), max(low, MAX_TEXT))
                # Ids are often digit strings, which the str→int mutation needs.
                digits = st.integers(0, 10**12).map(str).filter(lambda text: low <= len(text) <= high)
                return digits | st.text(st.characters(codec="utf-8"), min_size=low, max_size=high)

    def _object(self, schema: Schema, depth: int) -> st.SearchStrategy[dict[str, Json]]:
        declared: dict[str, Schema] = schema.get("properties", {})
        required = set(schema.get("required", []))
        members = st.fixed_dictionaries(
            {name: self.strategy(member, depth + 1) for name, member in declared.items() if name in required},
            optional={}
            if depth >= MAX_DEPTH
            else {name: self.strategy(member, depth + 1) for name, member in declared.items() if name not in required},
        )
        extra = schema.get("additionalProperties")
        if extra is None or extra is False or depth >= MAX_DEPTH:
            return members
        values = SCALARS if extra is True or extra == {} else self.strategy(extra, depth + 1)
        extras = st.dictionaries(NAMES.filter(lambda name: name not in declared), values, max_size=2)
        return st.builds(_merged, members, extras)


# ----------------------------------------------------------------------------- the operations under test

Reading = tuple[list[Any], list[Json] | None]
"""The tasks a call read, and the task objects of the answer as the client decoded it (when it shows them)."""


@dataclass(frozen=True)
class Case:
    """One read operation of one API: the answers it takes, where their task objects are, how to call it."""

    api: str
    builder: SchemaStrategies
    answers: st.SearchStrategy[dict[str, Json]]
    """Schema-valid answers with at least one task object."""
    any_answers: st.SearchStrategy[dict[str, Json]]
    """Any schema-valid answer: a page may have no task (but its items member: with neither it nor any paging
    member, an answer is no page at all and is refused, tests/runtime/test_pagination.py)."""
    tasks: Callable[[dict[str, Json]], list[Json]]
    read: Callable[[Any], Reading]
    """Sends the one request with a sync client."""
    task_id: str | int | None = None
    """The id a get operation asks for (None: the list operation)."""

    @property
    def task_schema(self) -> Schema:
        return self.builder.named("Task")


def tasks_at(*path: str) -> Callable[[dict[str, Json]], list[Json]]:
    """The task objects of an answer: the array at ``path`` (none when a member is missing)."""

    def tasks(answer: dict[str, Json]) -> list[Json]:
        value: Json = answer
        for name in path:
            value = value.get(name, [])
        tasks: list[Json] = value
        return tasks

    return tasks


def with_required(schema: Schema, *names: str) -> Schema:
    return {**schema, "required": [*schema.get("required", []), *names]}


def with_tasks(builder: SchemaStrategies, schema: Schema, *path: str) -> Schema:
    """``schema`` with the array at ``path`` (member names, each made required) holding at least one item."""
    schema = builder.resolve(schema)
    name, *rest = path
    member = builder.resolve(schema["properties"][name])
    member = with_tasks(builder, member, *rest) if rest else {**member, "minItems": 1}
    return {**with_required(schema, name), "properties": {**schema["properties"], name: member}}


def list_case(
    api: str, builder: SchemaStrategies, page: Schema, path: tuple[str, ...], finish: Callable[[Json], Json]
) -> Case:
    """The list operation of ``api``, answered by one page of the list-page schema ``page`` (made its last)."""
    tasks = tasks_at(*path)

    def read(client: Any) -> Reading:
        pages: list[Any] = list(listing(client, api).pages())
        items = [item for page in pages for item in page.items]
        return items, [task for page in pages for task in tasks(page.response.raw)]

    answers = builder.strategy(with_tasks(builder, page, *path)).map(finish)
    any_answers = builder.strategy(with_required(builder.resolve(page), path[0])).map(finish)
    return Case(api, builder, answers, any_answers, tasks, read)


def get_case(
    api: str, builder: SchemaStrategies, schema: Schema, path: tuple[str, ...], finish: Callable[[Json], Json]
) -> Case:
    """The get operation of ``api``, answered by an object of ``schema`` whose task object is at ``path``."""

    def tasks(answer: dict[str, Json]) -> list[Json]:
        return [follow(answer, path)]

    task_id = "1" if api == "keap" else 1

    def read(client: Any) -> Reading:
        return [client.tasks.get(task_id)], None

    answers = builder.strategy(schema).map(finish)
    return Case(api, builder, answers, answers, tasks, read, task_id)


def keap_page(answer: dict[str, Json]) -> dict[str, Json]:
    answer.pop("next_page_token", None)
    return answer


def apollo_page(answer: dict[str, Json]) -> dict[str, Json]:
    count = len(answer["tasks"])
    answer["pagination"].update(page=1, per_page=max(count, 1), total_entries=count, total_pages=1)
    return answer


def ysuite_page(answer: dict[str, Json]) -> dict[str, Json]:
    answer["success"] = True
    answer["data"].update(current_page=1, total_pages=1, total_records=len(answer["data"]["data"]))
    return answer


def ysuite_envelope(answer: dict[str, Json]) -> dict[str, Json]:
    answer["success"] = True
    return answer


def as_is(answer: dict[str, Json]) -> dict[str, Json]:
    return answer


def _cases() -> dict[str, Case]:
    keap, apollo, ysuite = (SchemaStrategies(load_spec(api)) for api in ("keap", "apollo", "ysuite"))
    ysuite_list = with_required(ysuite.named("TaskListEnvelope"), "data")
    ysuite_get = with_required(ysuite.named("TaskEnvelope"), "data")
    return {
        "keap-list": list_case("keap", keap, keap.named("ListTasksResponse"), ("tasks",), keap_page),
        "keap-get": get_case("keap", keap, keap.named("Task"), (), as_is),
        "apollo-search": list_case("apollo", apollo, apollo.named("SearchTasksResponse"), ("tasks",), apollo_page),
        "ysuite-list": list_case("ysuite", ysuite, ysuite_list, ("data", "data"), ysuite_page),
        "ysuite-get": get_case("ysuite", ysuite, ysuite_get, ("data",), ysuite_envelope),
    }


CASES: Final = _cases()


# ----------------------------------------------------------------------------- mutations


class _Absent:
    def __repr__(self) -> str:
        return "ABSENT"


ABSENT: Final = _Absent()
"""A member that is not there (dropped, or not yet added)."""

# Failing examples shrink towards the first kinds.
KINDS: Final = ("unknown_string", "unlisted", "int_to_str", "str_to_int", "null", "extra", "drop", "garbage")


@dataclass(frozen=True)
class Mutation:
    """One member of one task object of an answer, changed."""

    kind: str
    task: int
    """Which task object of the answer."""
    path: Path
    """From the task object to the object holding the member."""
    key: str
    old: Json
    new: Json
    """The value sent (ABSENT when dropped)."""
    declared: bool
    """Whether the object's schema declares the member (else it belongs in ``additional_properties``)."""
    member: Schema | None
    """The member's schema, resolved (None when nothing declares it)."""
    required: bool
    deviates: bool
    """Whether the answer now deviates from the spec, as far as the generated readers check."""


def follow(value: Json, path: Path) -> Json:
    for step in path:
        value = value[step]
    return value


def object_sites(
    builder: SchemaStrategies, value: dict[str, Json], schema: Schema, path: Path = ()
) -> Iterator[tuple[Path, Schema]]:
    """Every object of a task object, the task included, with its schema: where a mutation may happen."""
    yield path, schema
    for key, member_value in value.items():
        member = builder.member(schema, key)
        if member is None:
            continue
        if is_object(member_value) and declares_object(member):
            yield from object_sites(builder, member_value, member, (*path, key))
        elif is_array(member_value) and "items" in member:
            items = builder.resolve(member["items"])
            for index, element in enumerate(member_value):
                if is_object(element) and declares_object(items):
                    yield from object_sites(builder, element, items, (*path, key, index))


def declares_object(schema: Schema) -> bool:
    return schema.get("type") == "object" or "properties" in schema


def mutable_keys(builder: SchemaStrategies, schema: Schema, target: dict[str, Json]) -> dict[str, list[str]]:
    """The members of ``target`` (an object of ``schema``) each kind of mutation applies to ("extra": none)."""
    declared: dict[str, Schema] = schema.get("properties", {})
    members = {key: builder.member(schema, key) or {} for key in declared}
    return {
        "unknown_string": [
            key for key, member in members.items() if member.get("type") == "string" or "enum" in member
        ],
        "unlisted": [key for key, member in members.items() if "enum" in member],
        "int_to_str": [key for key, value in target.items() if type(value) is int],
        "str_to_int": [
            key
            for key, value in target.items()
            if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 15
        ],
        "null": list(target),
        "extra": [],
        "drop": list(target),
        "garbage": list(target),
    }


def new_value(draw: st.DrawFn, kind: str, old: Json, member: Schema | None) -> Json:
    """The value a mutation of ``kind`` puts in place of ``old`` (ABSENT: none, the member is dropped)."""
    match kind:
        case "unknown_string":
            return "unknown-" + draw(st.text(string.ascii_letters, min_size=1, max_size=6))
        case "unlisted":  # a value of the enum's own type that it does not list (one the API added since)
            listed: list[Json] = (member or {})["enum"]
            if isinstance(listed[0], int):
                return max(listed) + draw(st.integers(1, 1000))
            return draw(st.text(string.ascii_letters).filter(lambda value: value not in listed))
        case "int_to_str":
            return str(old)
        case "str_to_int":
            return int(old)
        case "null":
            return None
        case "extra":
            return draw(SCALARS)
        case "drop":
            return ABSENT
        case _:
            return draw(ANY_JSON)


@st.composite
def mutated_answers(draw: st.DrawFn, case: Case) -> tuple[dict[str, Json], Mutation | None]:
    """A schema-valid answer with one member of one of its task objects changed (None: it has no task)."""
    # One answer in four may have no task object: all must still be read, none invented.
    any_answer = draw(st.integers(0, 3), label="any answer") == 3
    answer: dict[str, Json] = copy.deepcopy(draw(case.any_answers if any_answer else case.answers))
    tasks = case.tasks(answer)
    if not tasks:
        event(f"{case.api}: no task")
        return answer, None
    sites = [
        (index, path, schema)
        for index, task in enumerate(tasks)
        for path, schema in object_sites(case.builder, task, case.task_schema)
    ]
    nested = [site for site in sites if site[1]]
    # Often a nested object (Apollo's contact or account, Keap's custom fields) when there is one.
    pick_nested = bool(nested) and draw(st.sampled_from(("nested", "task")), label="where") == "nested"
    index, path, schema = draw(st.sampled_from(nested if pick_nested else [site for site in sites if not site[1]]))
    target: dict[str, Json] = follow(tasks[index], path)
    declared: dict[str, Schema] = schema.get("properties", {})

    keys = mutable_keys(case.builder, schema, target)
    kinds = [kind for kind in KINDS if kind == "extra" or keys[kind]]
    # Not sampled_from: it draws the first kinds far more often than the others.
    kind = kinds[draw(st.integers(0, 2**16), label="kind") % len(kinds)]
    if kind == "extra":
        key = draw(NAMES.filter(lambda name: name not in target and name not in declared), label="key")
    else:
        key = draw(st.sampled_from(keys[kind]), label="key")
    member = case.builder.member(schema, key)
    old = target.get(key, ABSENT)
    new = new_value(draw, kind, old, member)
    if new is ABSENT:
        del target[key]
    else:
        target[key] = new

    required = key in schema.get("required", [])
    deviates = required if kind == "drop" else member is not None and not case.builder.conforms(member, new)
    where = "in the task" if not path else "deeper"
    event(f"{case.api}: {kind} of {'a ' if key in declared else 'an un'}declared member {where}")
    return answer, Mutation(kind, index, path, key, old, new, key in declared, member, required, deviates)


def expected_reading(mutation: Mutation) -> Json:
    """What the mutated field reads (generator/reading.py): coerced when lossless, kept when its type fits."""
    if mutation.kind == "drop":
        return None if mutation.required else ABSENT
    member = mutation.member
    if member is None or not mutation.deviates:
        return mutation.new
    match mutation.kind:
        case "int_to_str":
            return mutation.old
        case "str_to_int":
            return str(mutation.new)
        case "unknown_string":  # kept where a string fits; a date-time that does not read is None (it stays in raw)
            return mutation.new if member.get("type") == "string" and member.get("format") not in DATES else None
        case "unlisted":
            return mutation.new
        case _:
            return None


# ----------------------------------------------------------------------------- checks


def canonical(value: Json) -> str:
    """A JSON value's text with sorted keys: equal only when types agree too (1, 1.0 and True differ)."""
    return json.dumps(value, sort_keys=True)


def python_name(model: Any, json_name: str) -> str:
    fields = attrs.fields_dict(model.__class__)
    for name in (json_name, f"{json_name}_"):
        if name in fields:
            return name
    raise AssertionError(f"{type(model).__name__} has no field for {json_name!r}")


def model_at(item: Any, path: Path) -> Any:
    """The model read from the object at ``path`` of a task object."""
    for step in path:
        item = item[step] if isinstance(step, int) else getattr(item, python_name(item, step))
    return item


def forget_reported() -> None:
    """Deviations warn once per process and field: each read starts with none reported."""
    crmtasks._deviations._REPORTED.clear()  # pyright: ignore[reportPrivateUsage]


def read(case: Case, answer: dict[str, Json], *, strict: bool) -> tuple[Reading, list[str]]:
    """Read ``answer`` with a fresh sync client: what it read and the ResponseValidationWarnings it issued."""
    forget_reported()
    mock = MockAPI(answer)
    client = make_client(case.api, "sync", mock, max_retries=0, strict_responses=strict)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        reading = case.read(client)
    assert mock.count == 1
    return reading, [str(w.message) for w in caught if issubclass(w.category, crmtasks.ResponseValidationWarning)]


def check_items(case: Case, answer: dict[str, Json], reading: Reading) -> list[Any]:
    """Every task object of the answer read, in order, each keeping the object it came from."""
    items, decoded = reading
    sent = case.tasks(answer)
    assert len(items) == len(sent)
    for item, task in zip(items, sent, strict=True):
        assert item.raw == task
        assert canonical(item.raw) == canonical(task)
        item.to_dict()
    if decoded is not None:  # the very objects of the decoded answer, not copies
        assert len(decoded) == len(items)
        assert all(item.raw is task for item, task in zip(items, decoded, strict=True))
    return items


def check_mutated_field(item: Any, mutation: Mutation) -> None:
    """The value sent is still in ``.raw``, and the field reads as the rules say."""
    raw = follow(item.raw, mutation.path)
    if mutation.new is ABSENT:
        assert mutation.key not in raw
    else:
        assert canonical(raw[mutation.key]) == canonical(mutation.new)
    if mutation.kind == "garbage":
        return
    site = model_at(item, mutation.path)
    expected = expected_reading(mutation)
    if not mutation.declared:
        assert site.additional_properties.get(mutation.key, ABSENT) == expected
        return
    actual = getattr(site, python_name(site, mutation.key))
    if expected is ABSENT:  # an absent optional member reads None; a map member, an empty map
        assert actual is None or (isinstance(actual, Mapping) and not actual), actual
    else:
        assert actual == expected
        if isinstance(expected, str):
            assert isinstance(actual, str)
        if expected is None:
            assert actual is None


def refused_as_no_task(case: Case, answer: dict[str, Json], *, strict: bool) -> bool:
    """A get answered by an object with none of Task's members is no task: refused, never read as an empty one."""
    if case.task_id is None:
        return False
    (task,) = case.tasks(answer)
    if isinstance(task, dict) and set(task).intersection(case.task_schema.get("properties", {})):
        return False
    with pytest.raises(crmtasks.APIResponseValidationError, match="none of the members of Task") as refused:
        read(case, answer, strict=strict)
    assert refused.value.deviation is None
    event(f"{case.api}: no task member, refused")
    return True


# ----------------------------------------------------------------------------- properties


@pytest.mark.parametrize("name", list(CASES))
@PROPERTY
@given(data=st.data())
def test_lenient_reading_keeps_every_task_and_every_value(name: str, data: st.DataObject) -> None:
    case = CASES[name]
    answer, mutation = data.draw(mutated_answers(case), label="answer, mutation")
    if refused_as_no_task(case, answer, strict=False):
        return
    reading, reported = read(case, answer, strict=False)
    items = check_items(case, answer, reading)
    if mutation is None:
        assert reported == [], "a schema-valid answer was reported as deviating"
        return
    check_mutated_field(items[mutation.task], mutation)
    if not mutation.deviates:
        assert reported == [], f"a harmless {mutation.kind} was reported"
    elif mutation.kind == "garbage":  # arbitrary JSON may deviate in several places, deep inside
        assert reported, f"a deviating {mutation.kind} was not reported"
    else:
        where = f"{type(model_at(items[mutation.task], mutation.path)).__name__}.{mutation.key}"
        assert len(reported) == 1, reported
        assert f": {where}: expected " in reported[0], reported


@pytest.mark.parametrize("name", list(CASES))
@PROPERTY
@given(data=st.data())
def test_strict_reading_refuses_exactly_the_deviations(name: str, data: st.DataObject) -> None:
    case = CASES[name]
    answer, mutation = data.draw(mutated_answers(case), label="answer, mutation")
    if refused_as_no_task(case, answer, strict=True):
        return
    try:
        reading, reported = read(case, answer, strict=True)
    except crmtasks.APIResponseValidationError as error:
        assert mutation is not None, f"a schema-valid answer was refused: {error}"
        assert mutation.deviates, f"a harmless {mutation.kind} was refused: {error}"
        assert error.deviation is not None, f"not a deviation but an unreadable answer: {error}"
        if mutation.kind != "garbage":
            assert error.deviation.where.endswith(f".{mutation.key}")
        return
    assert mutation is None or not mutation.deviates, f"strict reading accepted a deviating {mutation.kind}"
    assert reported == []
    check_items(case, answer, reading)


# ----------------------------------------------------------------------------- async clients

KEAP_TASKS: Final[list[Json]] = [
    {
        "id": "1",
        "title": "Call back",
        "priority": "ESSENTIAL",
        "remind_time_mins": 30,
        "due_time": "2025-05-01T09:00:00Z",
        "custom_fields": [{"id": "7", "content": "West"}],
    },
    {
        "id": 2,  # str→int
        "title": "Send the quote",
        "priority": "unknown-URGENT",  # not listed
        "remind_time_mins": "15",  # int→str
        "completed": "true",
        "x_source": "import",  # undeclared
    },
    {"title": None, "due_time": 1735689600000, "custom_fields": [{"id": 8, "content": None}]},
]
APOLLO_TASKS: Final[list[Json]] = [
    {
        "id": "a1",
        "type": "call",
        "priority": "urgent",  # not listed
        "status": "scheduled",
        "due_at": "2025-05-01T09:00:00.000+0000",
        "contact": {"id": 101, "first_name": "Ada", "phone_numbers": [{"raw_number": "+1 555 0100", "position": "1"}]},
        "account": {"id": "acc1", "name": None, "typed_custom_fields": {"x_tier": "gold"}},
        "x_score": 0.5,
    },
    {"id": "a2", "persona_ids": ["p1", 2], "answered": "false", "created_at": "last tuesday"},
    {"type": "new_type"},  # no id, which is required
]
YSUITE_TASKS: Final[list[Json]] = [
    {"activity_id": "31", "title": "Call", "status": 7, "priority": "2", "tags": [1, "2"]},
    {"activity_id": 32, "title": 150, "start_datetime": "unknown-x", "x_new": 1},
    {"title": "No id", "end_datetime": None, "deal_id": "unknown-deal"},
]
SAMPLES: Final[dict[str, dict[str, Json]]] = {
    "keap-list": {"tasks": KEAP_TASKS},
    "keap-get": KEAP_TASKS[1],
    "apollo-search": {
        "tasks": APOLLO_TASKS,
        "pagination": {"page": 1, "per_page": 3, "total_entries": 3, "total_pages": 1},
    },
    "ysuite-list": {
        "success": True,
        "message": "",
        "data": {"data": YSUITE_TASKS, "current_page": 1, "total_records": 3, "total_pages": 1},
    },
    "ysuite-get": {"success": True, "message": "", "data": YSUITE_TASKS[0]},
}


async def read_items(case: Case, client: Any) -> list[Any]:
    """The tasks a sync or async client reads from its one answer."""
    if case.task_id is None:
        return await collect(listing(client, case.api))
    return [await settle(client.tasks.get(case.task_id))]


@pytest.mark.anyio
@pytest.mark.parametrize("name", list(SAMPLES))
async def test_async_clients_read_mutated_answers_as_the_sync_ones_do(name: str) -> None:
    case, answer = CASES[name], SAMPLES[name]
    readings: dict[str, tuple[list[str], list[dict[str, Json]], list[str]]] = {}
    refusals: dict[str, str] = {}
    for flavour in FLAVOURS:
        forget_reported()
        client = make_client(case.api, flavour, MockAPI(answer), max_retries=0)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            items = await read_items(case, client)
        reported = sorted(str(w.message) for w in caught if issubclass(w.category, crmtasks.ResponseValidationWarning))
        readings[flavour] = ([canonical(item.raw) for item in items], [item.to_dict() for item in items], reported)

        strict = make_client(case.api, flavour, MockAPI(answer), max_retries=0, strict_responses=True)
        with pytest.raises(crmtasks.APIResponseValidationError) as refused:
            await read_items(case, strict)
        assert refused.value.deviation is not None
        refusals[flavour] = refused.value.deviation.where

    raws, _, reported = readings["sync"]
    assert raws == [canonical(task) for task in case.tasks(answer)]
    assert reported, "every sample deviates from the spec"
    assert readings["async"] == readings["sync"]
    assert refusals["async"] == refusals["sync"]
