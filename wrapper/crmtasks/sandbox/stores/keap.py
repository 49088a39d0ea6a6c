"""The emulated Keap REST v2 task API: what its spec cannot say (filter grammar, ordering, custom fields)."""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import re
from collections.abc import Callable, Mapping
from typing import Any, ClassVar

import httpx

from crmtasks_keap import spec_data

from ..._api import SpecData
from .._common import (
    Incoming,
    Problem,
    declared,
    epoch_millis,
    iso_z,
    null,
    number,
    numeric_string,
    offset_without_colon,
    parse_instant,
    unknown,
    unlisted,
)
from .._store import Record, SpecStore

_CLAUSE = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(==|>=|<=|>|<)(.*)$")
_STATUS_TEXT = {400: "BAD_REQUEST", 401: "UNAUTHENTICATED", 404: "NOT_FOUND", 429: "Request Throttled", 500: "INTERNAL"}
_TASK_TYPES = ["Call", "Email", "Appointment", "Fax", "Letter", "Other"]
_TITLES = ["Call back", "Send proposal to", "Follow up with", "Book a demo for", "Renewal check-in with"]
_NAMES = ["Sarah Lee", "Ravi Patel", "Ana Souza", "Tom Becker", "Mei Chen", "Omar Haddad"]
_TASK_PROPERTIES = spec_data.SCHEMAS["CreateTaskRequest"]["properties"]
_FILTER = declared(spec_data.OPERATIONS["list_tasks"].get("filter"), "list_tasks x-filter")
_CUSTOM_FIELDS = spec_data.OPERATIONS["create_task_custom_field"]["path"]
_RECORD_TYPE = "TASK_NOTE_APPOINTMENT"


class KeapStore(SpecStore):
    """The emulated Keap API: the plain operations come from the spec; here are the rest."""

    spec: ClassVar[SpecData] = spec_data
    credentials: ClassVar[Mapping[str, str]] = {"api_key": "sandbox-keap-key", "access_token": "sandbox-keap-token"}
    # Keap's published document (and its SDK) splits the same URLs as .../crm + /rest/v2/...: both are served.
    path_prefixes = ("/rest",)
    deviations = (
        (
            unlisted("priority", "URGENT", _TASK_PROPERTIES["priority"]["enum"]),
            numeric_string("remind_time_mins"),
            unknown("object_type", "TASK"),
        ),
        (null("due_time"), null("priority"), number("contact_id"), number("assigned_to_user_id")),
        (epoch_millis("create_time"), offset_without_colon("modification_time"), offset_without_colon("due_time")),
    )

    token_lifetime = 86400.0  # Keap's access tokens last 24 hours

    def error_extras(self, status: int) -> Record:
        """Keap's error answer has a code and status text, and no per-field messages."""
        if status == 429:
            return {"code": "429", "status": "Request Throttled", "details": None}
        return {"code": status, "status": _STATUS_TEXT.get(status, "ERROR"), "details": []}

    def new_record(self, collection: str, body: Record) -> Record:
        """A task with Keap's defaults and times; a tab or group placed last."""
        if collection == _CUSTOM_FIELDS:
            return body
        if collection != self.task_collection:
            return {"order": len(self.table(collection)) + 1, "record_type": _RECORD_TYPE, **body}
        now = iso_z(self.now())
        task: Record = {"completed": False, "accepted": False, "custom_fields": [], **body}
        task.update(create_time=now, modification_time=now, created_by_user_id="1", last_updated_by_user_id="1")
        return task

    def changed(self, record: Record, changes: Record) -> None:
        record.update(changes)
        if "modification_time" in record:  # a task
            record.update(modification_time=iso_z(self.now()), last_updated_by_user_id="1")

    def list_tasks(self, request: Incoming) -> httpx.Response:
        query = self.query(request)
        predicates = self._parse_filter(query.get("filter"))
        matches = [t for t in self.tasks.values() if all(p(t) for p in predicates)]
        matches.sort(key=lambda t: int(t["id"]))
        if query.get("order_by"):
            field, direction = str(query["order_by"]).split(" ")
            key: str = {"update_time": "modification_time"}.get(field, field)
            present = [t for t in matches if t.get(key) is not None]
            absent = [t for t in matches if t.get(key) is None]
            present.sort(key=lambda t: int(t[key]) if key == "id" else t[key], reverse=direction == "desc")
            matches = present + absent
        return self.reply(request, self.page(request, matches, query))

    def _parse_filter(self, text: str | None) -> list[Callable[[Record], bool]]:
        """One predicate per clause, each checked up front: a bad filter is a 400 even with no tasks."""
        if not text:
            return []
        return [self._clause(clause) for clause in text.split(_FILTER["clause_separator"]) if clause]

    def _clause(self, clause: str) -> Callable[[Record], bool]:
        match = _CLAUSE.match(clause)
        if not match:
            raise Problem(400, f"Invalid filter clause {clause!r}")
        field, operator, value = match.groups()
        declared = _FILTER["fields"].get(field)
        if declared is None:
            return self._custom_clause(field, operator, value)
        allowed = {key["operator"] for key in _FILTER["keys"].values() if key["field"] == field}
        if operator not in allowed:
            raise Problem(400, f"Operator {operator} is not supported for {field}")
        return _standard_clause(field, operator, value, declared, _FILTER.get("prefix_wildcard", ""))

    def _custom_clause(self, field: str, operator: str, value: str) -> Callable[[Record], bool]:
        definition = next((f for f in self.table(_CUSTOM_FIELDS).values() if f.get("field_name") == field), None)
        if definition is None:
            raise Problem(400, f"Invalid filter field {field!r}")

        def test(task: Record) -> bool:
            values: list[Record] = task.get("custom_fields") or []
            content: Any = next((v.get("content") for v in values if v.get("id") == definition["id"]), None)
            if content is None:
                return False
            if value.endswith("*") and operator == "==":
                return str(content).startswith(value[:-1])
            return _compare(str(content), operator, value)

        return test

    def retrieve_task_model(self, request: Incoming) -> httpx.Response:
        fields = list(self.table(_CUSTOM_FIELDS).values())
        return self.answer(request, {"custom_fields": fields, "optional_properties": ["custom_fields"]})

    def create_task_custom_field(self, request: Incoming) -> httpx.Response:
        body = self.body(request)
        field_id = self.new_id(_CUSTOM_FIELDS)
        options = [
            {"id": f"{field_id}-{i}", "label": o.get("label", "")} for i, o in enumerate(body.get("options") or [])
        ]
        field = {
            "id": field_id,
            "label": body["label"],
            "field_type": body["field_type"],
            "record_type": _RECORD_TYPE,
            "options": options,
            "group_id": body.get("group_id", "1"),
            "field_name": re.sub(r"\W", "", body["label"].title()) + field_id,
        }
        return self.answer(request, {"custom_field": self.insert(_CUSTOM_FIELDS, field)})

    def seed(self, count: int, rng: random.Random) -> None:
        """Add ``count`` realistic tasks."""
        for _ in range(count):
            due = self._clock + dt.timedelta(days=rng.randint(-10, 30), hours=rng.randint(0, 8))
            task: Record = {
                "title": f"{rng.choice(_TITLES)} {rng.choice(_NAMES)}",
                "description": "Seeded by the crmtasks sandbox.",
                "type": rng.choice(_TASK_TYPES),
                "priority": rng.choice(_TASK_PROPERTIES["priority"]["enum"]),
                "due_time": iso_z(due),
                "remind_time_mins": rng.choice(_TASK_PROPERTIES["remind_time_mins"]["enum"]),
                "assigned_to_user_id": str(rng.randint(1, 5)),
                "contact_id": str(rng.randint(100, 140)),
            }
            if rng.random() < 0.3:
                task["completed"] = True
                task["completion_time"] = iso_z(due)
            self.add_task(task)


def _standard_clause(
    field: str, operator: str, value: str, declared: Record, wildcard: str
) -> Callable[[Record], bool]:
    if declared.get("type") == "boolean":
        if value not in ("true", "false"):
            raise Problem(400, f"{field} takes true or false")
        wanted = value == "true"
        key = "due_time" if field == "has_due_date" else "completed"
        return lambda task: bool(task.get(key)) == wanted
    if declared.get("format") == "date-time":
        moment = parse_instant(value)
        if moment is None or "." not in value:
            raise Problem(400, f"{field} needs a date-time with milliseconds and a zone, e.g. 2025-04-16T20:33:02.321Z")
        if field == "since_time":
            return lambda task: _instant(task["modification_time"]) >= moment
        return lambda task: _instant(task["modification_time"]) <= moment
    if field == "task_ids":
        wanted_ids = set(value.split(","))
        return lambda task: task["id"] in wanted_ids
    if field == "id":
        if not value.isdigit():
            raise Problem(400, "id takes a number")
        return lambda task: _compare(int(task["id"]), operator, int(value))
    if field == "title" and value.endswith(wildcard):
        prefix = value[: -len(wildcard)]
        return lambda task: str(task.get("title", "")).startswith(prefix)
    if field == "user_id":
        if value == "UNASSIGNED":
            return lambda task: task.get("assigned_to_user_id") is None
        return lambda task: task.get("assigned_to_user_id") == value
    if "enum" in declared and value not in declared["enum"]:
        raise Problem(400, f"{field} takes one of {', '.join(declared['enum'])}")
    return lambda task: str(task.get(field)) == value


def _instant(text: str) -> dt.datetime:
    moment = parse_instant(text)
    assert moment is not None, text
    return moment


def _compare(actual: Any, operator: str, wanted: Any) -> bool:
    if isinstance(actual, str) and isinstance(wanted, str):
        moment_a, moment_w = parse_instant(actual), parse_instant(wanted)
        if moment_a and moment_w:
            actual, wanted = moment_a, moment_w
        else:
            with contextlib.suppress(ValueError):
                actual, wanted = float(actual), float(wanted)
    outcome: dict[str, bool] = {
        "==": actual == wanted,
        ">": actual > wanted,
        "<": actual < wanted,
        ">=": actual >= wanted,
        "<=": actual <= wanted,
    }
    return outcome[operator]


STORE = KeapStore
