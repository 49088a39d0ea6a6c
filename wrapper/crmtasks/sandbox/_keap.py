"""The emulated Keap REST v2 task API: tasks, filters, token pages, custom fields, tabs, groups."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
import random
import re
from collections.abc import Callable
from typing import Any

import httpx

from crmtasks_keap import spec_data

from ._common import (
    JSON,
    Counter,
    Deviation,
    Incoming,
    Problem,
    Route,
    check_object,
    declared,
    deviate,
    epoch_millis,
    header_name,
    iso_z,
    json_response,
    null,
    number,
    numeric_string,
    offset_without_colon,
    parse_instant,
    query_values,
    routes,
    unknown,
    unlisted,
)

NAME = "keap"
CREDENTIALS = {"api_key": "sandbox-keap-key", "access_token": "sandbox-keap-token"}

_CLAUSE = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(==|>=|<=|>|<)(.*)$")
_STATUS_TEXT = {400: "BAD_REQUEST", 401: "UNAUTHENTICATED", 404: "NOT_FOUND", 429: "Request Throttled", 500: "INTERNAL"}
_TASK_TYPES = ["Call", "Email", "Appointment", "Fax", "Letter", "Other"]
_TITLES = ["Call back", "Send proposal to", "Follow up with", "Book a demo for", "Renewal check-in with"]
_NAMES = ["Sarah Lee", "Ravi Patel", "Ana Souza", "Tom Becker", "Mei Chen", "Omar Haddad"]

# The spec deviations of the ``deviations`` fault, one variant per third task in turn (see _common.deviate).
DEVIATIONS: tuple[tuple[Deviation, ...], ...] = (
    (
        unlisted("priority", "URGENT", spec_data.SCHEMAS["CreateTaskRequest"]["properties"]["priority"]["enum"]),
        numeric_string("remind_time_mins"),
        unknown("object_type", "TASK"),
    ),
    (null("due_time"), null("priority"), number("contact_id"), number("assigned_to_user_id")),
    (epoch_millis("create_time"), offset_without_colon("modification_time"), offset_without_colon("due_time")),
)
# Where each operation's answer holds tasks: a key path to a task, or to a list of them.
_TASKS_IN: dict[str, tuple[str, ...]] = {
    "list_tasks": ("tasks",),
    "get_task": (),
    "create_task": (),
    "update_task": (),
}


# Keap's published document (and its SDK) splits the same URLs as .../crm + /rest/v2/...: both are served.
PATH_PREFIXES = ("/rest",)


def error_body(status: int, message: str, field_errors: dict[str, list[str]] | None = None) -> dict[str, Any]:
    """Keap's error answer; it has no per-field messages."""
    if status == 429:
        return {"code": "429", "message": message, "status": "Request Throttled"}
    return {"code": status, "message": message, "status": _STATUS_TEXT.get(status, "ERROR"), "details": []}


_LIST_PAGINATION = declared(spec_data.OPERATIONS["list_tasks"].get("pagination"), "list_tasks x-pagination")
_FILTER = declared(spec_data.OPERATIONS["list_tasks"].get("filter"), "list_tasks x-filter")


def authorized(headers: httpx.Headers) -> bool:
    key_header = header_name(spec_data.SECURITY_SCHEMES["apiKey"])
    return bool(
        headers.get(key_header) == CREDENTIALS["api_key"]
        or headers.get("authorization") == f"Bearer {CREDENTIALS['access_token']}"
    )


class KeapStore:
    """State and handlers of the emulated Keap API (one handler per spec operation)."""

    def __init__(self) -> None:
        self.tasks: dict[str, dict[str, Any]] = {}
        self.custom_fields: dict[str, dict[str, Any]] = {}
        self.tabs: dict[str, dict[str, Any]] = {}
        self.groups: dict[str, dict[str, Any]] = {}
        self._ids = Counter()
        self._clock = dt.datetime(2025, 1, 6, 9, 0, tzinfo=dt.UTC)

    def routes(self) -> list[Route]:
        """One route per operation of the spec, answered by the method of the same name."""
        return routes(spec_data, {name: getattr(self, name) for name in spec_data.OPERATIONS})

    def _now(self) -> str:
        # A clock that always moves forward, so modification times order writes.
        self._clock = max(self._clock + dt.timedelta(milliseconds=1), dt.datetime.now(dt.UTC))
        return iso_z(self._clock)

    def _check_body(self, schema_name: str, body: Any) -> dict[str, Any]:
        errors: dict[str, list[str]] = {}
        check_object(spec_data.SCHEMAS[schema_name], body, errors)
        if errors:
            field, messages = next(iter(errors.items()))
            raise Problem(400, f"Invalid {field}: {messages[0]}")
        result: dict[str, Any] = body
        return result

    def _query(self, request: Incoming, operation: str) -> dict[str, Any]:
        values, errors = query_values(spec_data.OPERATIONS[operation]["params"], request.query)
        if errors:
            field, messages = next(iter(errors.items()))
            raise Problem(400, f"Invalid {field}: {messages[0]}")
        return values

    def _task(self, task_id: str) -> dict[str, Any]:
        if task_id not in self.tasks:
            raise Problem(404, f"Task {task_id} not found")
        return self.tasks[task_id]

    # -- tasks ---------------------------------------------------------------

    def create_task(self, request: Incoming) -> httpx.Response:
        body = self._check_body("CreateTaskRequest", request.body)
        return json_response(201, self._insert(body))

    def _insert(self, body: dict[str, Any]) -> dict[str, Any]:
        now = self._now()
        task_id = str(self._ids.take())
        task: dict[str, Any] = {"id": task_id, "completed": False, "accepted": False, "custom_fields": [], **body}
        task.update(create_time=now, modification_time=now, created_by_user_id="1", last_updated_by_user_id="1")
        self.tasks[task_id] = task
        return task

    def get_task(self, request: Incoming) -> httpx.Response:
        self._query(request, "get_task")
        return json_response(200, self._task(request.path_params["task_id"]))

    def update_task(self, request: Incoming) -> httpx.Response:
        task = self._task(request.path_params["task_id"])
        mask: list[str] = self._query(request, "update_task").get("update_mask") or []
        body = self._check_body("CreateUpdateTaskRequest", request.body)
        changes = {k: v for k, v in body.items() if not mask or k in mask}
        task.update(changes, modification_time=self._now(), last_updated_by_user_id="1")
        return json_response(200, task)

    def delete_task(self, request: Incoming) -> httpx.Response:
        self._task(request.path_params["task_id"])
        del self.tasks[request.path_params["task_id"]]
        return httpx.Response(204)

    def list_tasks(self, request: Incoming) -> httpx.Response:
        query = self._query(request, "list_tasks")
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
        size = query.get("page_size") or _LIST_PAGINATION["page_size_max"]
        fingerprint = f"{query.get('filter')}|{query.get('order_by')}"
        offset = _read_token(query.get("page_token"), fingerprint)
        page = matches[offset : offset + size]
        more = offset + size < len(matches)
        token = _make_token(offset + size, fingerprint) if more else ""
        return json_response(200, {"tasks": page, "next_page_token": token})

    def _parse_filter(self, text: str | None) -> list[Callable[[dict[str, Any]], bool]]:
        """One predicate per clause, each checked up front: a bad filter is a 400 even with no tasks."""
        if not text:
            return []
        separator = _FILTER["clause_separator"]
        return [self._clause(clause) for clause in text.split(separator) if clause]

    def _clause(self, clause: str) -> Callable[[dict[str, Any]], bool]:
        grammar = _FILTER
        match = _CLAUSE.match(clause)
        if not match:
            raise Problem(400, f"Invalid filter clause {clause!r}")
        field, operator, value = match.groups()
        declared = grammar["fields"].get(field)
        if declared is None:
            return self._custom_clause(field, operator, value)
        allowed = {key["operator"] for key in grammar["keys"].values() if key["field"] == field}
        if operator not in allowed:
            raise Problem(400, f"Operator {operator} is not supported for {field}")
        return _standard_clause(field, operator, value, declared, grammar.get("prefix_wildcard", ""))

    def _custom_clause(self, field: str, operator: str, value: str) -> Callable[[dict[str, Any]], bool]:
        definition = next((f for f in self.custom_fields.values() if f.get("field_name") == field), None)
        if definition is None:
            raise Problem(400, f"Invalid filter field {field!r}")

        def test(task: dict[str, Any]) -> bool:
            values: list[dict[str, Any]] = task.get("custom_fields") or []
            content: Any = next((v.get("content") for v in values if v.get("id") == definition["id"]), None)
            if content is None:
                return False
            if value.endswith("*") and operator == "==":
                return str(content).startswith(value[:-1])
            return _compare(str(content), operator, value)

        return test

    def retrieve_task_model(self, request: Incoming) -> httpx.Response:
        return json_response(
            200, {"custom_fields": list(self.custom_fields.values()), "optional_properties": ["custom_fields"]}
        )

    # -- custom fields, tabs, groups ------------------------------------------

    def create_task_custom_field(self, request: Incoming) -> httpx.Response:
        body = self._check_body("CreateCustomFieldRequest", request.body)
        field_id = str(self._ids.take())
        options = [
            {"id": f"{field_id}-{i}", "label": o.get("label", "")} for i, o in enumerate(body.get("options", []))
        ]
        label = body["label"]
        field = {
            "id": field_id,
            "label": label,
            "field_type": body["field_type"],
            "record_type": "TASK_NOTE_APPOINTMENT",
            "options": options,
            "group_id": body.get("group_id", "1"),
            "field_name": re.sub(r"\W", "", label.title()) + field_id,
        }
        self.custom_fields[field_id] = field
        return json_response(201, {"custom_field": field})

    def update_task_custom_field(self, request: Incoming) -> httpx.Response:
        field = self._record(self.custom_fields, request.path_params["custom_field_id"], "Custom field")
        mask: list[str] = self._query(request, "update_task_custom_field").get("update_mask") or []
        body = self._check_body("UpdateCustomFieldMetaDataRequest", request.body)
        field.update({k: v for k, v in body.items() if not mask or k in mask})
        return json_response(200, field)

    def delete_task_custom_field(self, request: Incoming) -> httpx.Response:
        return self._delete(self.custom_fields, request.path_params["custom_field_id"], "Custom field")

    def list_task_custom_field_tabs(self, request: Incoming) -> httpx.Response:
        return json_response(200, {"tabs": list(self.tabs.values())})

    def create_task_custom_field_tab(self, request: Incoming) -> httpx.Response:
        body = self._check_body("CreateCustomFieldTabRequest", request.body)
        tab_id = str(self._ids.take())
        tab = {
            "id": tab_id,
            "name": body.get("name", ""),
            "order": len(self.tabs) + 1,
            "record_type": "TASK_NOTE_APPOINTMENT",
        }
        self.tabs[tab_id] = tab
        return json_response(201, tab)

    def get_task_custom_field_tab(self, request: Incoming) -> httpx.Response:
        return json_response(200, self._record(self.tabs, request.path_params["tab_id"], "Tab"))

    def update_task_custom_field_tab(self, request: Incoming) -> httpx.Response:
        return self._update(self.tabs, request, "tab_id", "update_task_custom_field_tab", "UpdateCustomFieldTabRequest")

    def delete_task_custom_field_tab(self, request: Incoming) -> httpx.Response:
        return self._delete(self.tabs, request.path_params["tab_id"], "Tab")

    def list_task_custom_field_groups(self, request: Incoming) -> httpx.Response:
        tab_id = self._query(request, "list_task_custom_field_groups").get("tab_id")
        groups = [g for g in self.groups.values() if tab_id is None or g.get("tab_id") == tab_id]
        return json_response(200, {"groups": groups})

    def create_task_custom_field_group(self, request: Incoming) -> httpx.Response:
        body = self._check_body("CreateCustomFieldGroupRequest", request.body)
        group_id = str(self._ids.take())
        group = {
            "id": group_id,
            "name": body.get("name", ""),
            "tab_id": body.get("tab_id", "1"),
            "order": len(self.groups) + 1,
            "record_type": "TASK_NOTE_APPOINTMENT",
        }
        self.groups[group_id] = group
        return json_response(201, group)

    def get_task_custom_field_group(self, request: Incoming) -> httpx.Response:
        return json_response(200, self._record(self.groups, request.path_params["group_id"], "Group"))

    def update_task_custom_field_group(self, request: Incoming) -> httpx.Response:
        return self._update(
            self.groups, request, "group_id", "update_task_custom_field_group", "UpdateCustomFieldGroupRequest"
        )

    def delete_task_custom_field_group(self, request: Incoming) -> httpx.Response:
        return self._delete(self.groups, request.path_params["group_id"], "Group")

    def _record(self, table: dict[str, dict[str, Any]], record_id: str, kind: str) -> dict[str, Any]:
        if record_id not in table:
            raise Problem(404, f"{kind} {record_id} not found")
        return table[record_id]

    def _update(
        self, table: dict[str, dict[str, Any]], request: Incoming, id_param: str, operation: str, schema: str
    ) -> httpx.Response:
        record = self._record(table, request.path_params[id_param], "Record")
        mask: list[str] = self._query(request, operation).get("update_mask") or []
        body = self._check_body(schema, request.body)
        record.update({k: v for k, v in body.items() if not mask or k in mask})
        return json_response(200, record)

    def _delete(self, table: dict[str, dict[str, Any]], record_id: str, kind: str) -> httpx.Response:
        self._record(table, record_id, kind)
        del table[record_id]
        return httpx.Response(204)

    # -- spec deviations -----------------------------------------------------

    def deviated(self, operation: str, body: JSON) -> JSON:
        """The answer ``body`` of ``operation`` with its every third task (by id) breaking the spec."""
        if operation not in _TASKS_IN:
            return body
        return deviate(body, _TASKS_IN[operation], _ordinal, DEVIATIONS)

    # -- seeding -------------------------------------------------------------

    def seed(self, count: int, rng: random.Random) -> None:
        """Add ``count`` realistic tasks."""
        priorities = spec_data.SCHEMAS["CreateTaskRequest"]["properties"]["priority"]["enum"]
        reminders = spec_data.SCHEMAS["CreateTaskRequest"]["properties"]["remind_time_mins"]["enum"]
        for _ in range(count):
            due = self._clock + dt.timedelta(days=rng.randint(-10, 30), hours=rng.randint(0, 8))
            task: dict[str, Any] = {
                "title": f"{rng.choice(_TITLES)} {rng.choice(_NAMES)}",
                "description": "Seeded by the crmtasks sandbox.",
                "type": rng.choice(_TASK_TYPES),
                "priority": rng.choice(priorities),
                "due_time": iso_z(due),
                "remind_time_mins": rng.choice(reminders),
                "assigned_to_user_id": str(rng.randint(1, 5)),
                "contact_id": str(rng.randint(100, 140)),
            }
            if rng.random() < 0.3:
                task["completed"] = True
                task["completion_time"] = iso_z(due)
            self._insert(task)


def _ordinal(task: dict[str, Any]) -> int | None:
    # Task ids count up from 1 (shared with custom fields, tabs and groups), so "every third" is by id.
    task_id = task.get("id")
    return int(task_id) if isinstance(task_id, str) and task_id.isdigit() else None


def _standard_clause(
    field: str, operator: str, value: str, declared: dict[str, Any], wildcard: str
) -> Callable[[dict[str, Any]], bool]:
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


def _make_token(offset: int, fingerprint: str) -> str:
    return base64.urlsafe_b64encode(json.dumps([offset, fingerprint]).encode()).decode().rstrip("=")


def _read_token(token: str | None, fingerprint: str) -> int:
    if not token:
        return 0
    try:
        offset, seen = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except (ValueError, TypeError) as error:
        raise Problem(400, "Invalid page_token") from error
    if seen != fingerprint or not isinstance(offset, int):
        raise Problem(400, "page_token does not belong to this query")
    return offset


STORE = KeapStore
