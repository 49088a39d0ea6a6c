"""The emulated Apollo.io task API: search with page numbers and facets, create, bulk create."""

from __future__ import annotations

import datetime as dt
import math
import random
from typing import Any

import httpx

from crmtasks_apollo import spec_data

from ._common import (
    JSON,
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
    offset_without_colon,
    query_values,
    routes,
    unknown,
    unlisted,
)

NAME = "apollo"
CREDENTIALS = {"api_key": "sandbox-apollo-key", "access_token": "sandbox-apollo-token"}

_DISPLAY = {
    "call": "Call Contact",
    "outreach_manual_email": "Email Contact",
    "action_item": "Contact Action Item",
}
_PRIORITY_RANK = {"high": 0, "medium": 1, "low": 2}
_FIRST = ["Sarah", "Ravi", "Ana", "Tom", "Mei", "Omar"]
_LAST = ["Lee", "Patel", "Souza", "Becker", "Chen", "Haddad"]
_COMPANIES = [("Globex", "globex.example"), ("Initech", "initech.example"), ("Umbrella", "umbrella.example")]

_ENUMS = {name: prop.get("enum", []) for name, prop in spec_data.SCHEMAS["CreateTaskRequest"]["properties"].items()}
# The spec deviations of the ``deviations`` fault, one variant per third task in turn (see _common.deviate).
DEVIATIONS: tuple[tuple[Deviation, ...], ...] = (
    (
        unlisted("type", "linkedin_step_connect_v2", _ENUMS["type"]),
        # HubSpot ids are numbers on HubSpot's side, and come through unquoted.
        number("hubspot_id", 40512345678, add=True),
        unknown("team_id", "6095a710bd01d100a506d4ac"),
    ),
    (unlisted("status", "snoozed", _ENUMS["status"]), null("priority"), null("persona_ids")),
    (offset_without_colon("created_at"), epoch_millis("due_at")),
)
# Where each operation's answer holds tasks: a key path to a task, or to a list of them.
_TASKS_IN: dict[str, tuple[str, ...]] = {
    "search_tasks": ("tasks",),
    "create_task": ("task",),
    "bulk_create_tasks": ("tasks",),
}


def error_body(status: int, message: str, field_errors: dict[str, list[str]] | None = None) -> dict[str, Any]:
    """Apollo's error answer; it has no per-field messages."""
    return {"error": message, "error_code": str(status)}


def authorized(headers: httpx.Headers) -> bool:
    key_header = header_name(spec_data.SECURITY_SCHEMES["apiKey"])
    return bool(
        headers.get(key_header) == CREDENTIALS["api_key"]
        or headers.get("authorization") == f"Bearer {CREDENTIALS['access_token']}"
    )


class ApolloStore:
    """State and handlers of the emulated Apollo API (one handler per spec operation)."""

    def __init__(self) -> None:
        self.tasks: list[dict[str, Any]] = []
        self._created: dict[str, int] = {}  # task id -> its place in creation order, from 1
        self._serial = 0
        self._clock = dt.datetime(2025, 1, 6, 9, 0, tzinfo=dt.UTC)

    def routes(self) -> list[Route]:
        """One route per operation of the spec, answered by the method of the same name."""
        return routes(spec_data, {name: getattr(self, name) for name in spec_data.OPERATIONS})

    def _check_body(self, schema_name: str, body: Any) -> dict[str, Any]:
        errors: dict[str, list[str]] = {}
        check_object(spec_data.SCHEMAS[schema_name], body, errors)
        if errors:
            field, messages = next(iter(errors.items()))
            raise Problem(422, f"{field}: {messages[0]}")
        result: dict[str, Any] = body
        return result

    def _new_id(self) -> str:
        self._serial += 1
        return f"{0x65F0C1D2E3A4B500 + self._serial:024x}"

    def _make(self, contact_id: str, fields: dict[str, Any], rng: random.Random | None = None) -> dict[str, Any]:
        self._clock = max(self._clock + dt.timedelta(milliseconds=1), dt.datetime.now(dt.UTC))
        pick = rng or random.Random(self._serial)
        first, last = pick.choice(_FIRST), pick.choice(_LAST)
        company, domain = pick.choice(_COMPANIES)
        account_id = self._new_id()
        task: dict[str, Any] = {
            "id": self._new_id(),
            "user_id": fields.get("user_id") or "6512a0f3c4b5d60001a1b2c3",
            "created_at": iso_z(self._clock),
            "completed_at": None,
            "note": fields.get("note"),
            "skipped_at": None,
            "due_at": fields.get("due_at"),
            "type": fields.get("type", "action_item"),
            "priority": fields.get("priority", "medium"),
            "status": fields.get("status", "scheduled"),
            "answered": None,
            "contact_id": contact_id,
            "account_id": account_id,
            "persona_ids": [],
            "subject": fields.get("title"),
            "created_from": "api",
            "playbook_step_ids": [],
            "starred_by_user_ids": [],
            "account": {"id": account_id, "name": company, "domain": domain, "typed_custom_fields": {}},
            "contact": {
                "id": contact_id,
                "first_name": first,
                "last_name": last,
                "name": f"{first} {last}",
                "email": f"{first.lower()}.{last.lower()}@{domain}",
                "organization_name": company,
                "phone_numbers": [],
                "typed_custom_fields": {},
            },
        }
        self.tasks.append(task)
        self._created[task["id"]] = len(self.tasks)
        return task

    def bulk_create_tasks(self, request: Incoming) -> httpx.Response:
        body = self._check_body("BulkCreateTasksRequest", request.body)
        # Apollo's current answer (its older one was the bare `true`, which the clients also read).
        tasks = [self._make(contact_id, body) for contact_id in body["contact_ids"]]
        return json_response(200, {"success": True, "tasks": tasks})

    def create_task(self, request: Incoming) -> httpx.Response:
        body = self._check_body("CreateTaskRequest", request.body)
        return json_response(200, {"task": self._make(body["contact_id"], body)})

    def search_tasks(self, request: Incoming) -> httpx.Response:
        query, errors = query_values(spec_data.OPERATIONS["search_tasks"]["params"], request.query)
        if errors:
            field, messages = next(iter(errors.items()))
            raise Problem(422, f"{field}: {messages[0]}")
        matches = list(self.tasks)
        sort = query.get("sort_by_field")
        far_future = "9999"
        if sort == "task_due_at":
            matches.sort(key=lambda t: t["due_at"] or "", reverse=True)
        elif sort == "task_priority":
            matches.sort(key=lambda t: (_PRIORITY_RANK.get(t["priority"], 3), t["due_at"] or far_future))
        elif sort == "task_created_at":
            matches.sort(key=lambda t: t["created_at"], reverse=True)
        pagination = declared(spec_data.OPERATIONS["search_tasks"].get("pagination"), "search_tasks x-pagination")
        page, per_page = query["page"], query["per_page"]
        start = (page - 1) * per_page
        # Apollo serves at most max_results records per search; later pages come back empty.
        reachable = matches[: pagination.get("max_results", len(matches))]
        body: dict[str, Any] = {
            "tasks": reachable[start : start + per_page],
            "breadcrumbs": [],
            "pagination": {
                "page": page,
                "per_page": per_page,
                "total_entries": len(matches),
                "total_pages": math.ceil(len(matches) / per_page),
            },
            "faceting": self._faceting(matches, query.get("open_factor_names[]") or []),
            "pipeline_total": len(matches),
            "num_fetch_result": None,
        }
        return json_response(200, body)

    def _faceting(self, matches: list[dict[str, Any]], factors: list[str]) -> dict[str, Any]:
        faceting: dict[str, Any] = {
            "total_facets": [{"value": "pipeline_total", "display_name": "Total", "count": len(matches)}]
        }
        if "task_types" in factors:
            counts: dict[str, int] = {}
            for task in matches:
                counts[task["type"]] = counts.get(task["type"], 0) + 1
            faceting["task_types"] = [
                {"value": kind, "display_name": _DISPLAY.get(kind, kind.replace("_", " ").title()), "count": count}
                for kind, count in sorted(counts.items())
            ]
        return faceting

    def deviated(self, operation: str, body: JSON) -> JSON:
        """The answer ``body`` of ``operation`` with its every third task (in creation order) breaking the spec."""
        if operation not in _TASKS_IN:
            return body
        # Apollo's ids are opaque hex that the seeding spaces unevenly, so "every third" goes by creation order.
        return deviate(body, _TASKS_IN[operation], lambda task: self._created.get(str(task.get("id"))), DEVIATIONS)

    def seed(self, count: int, rng: random.Random) -> None:
        """Add ``count`` realistic tasks."""
        props = spec_data.SCHEMAS["CreateTaskRequest"]["properties"]
        for _ in range(count):
            due = self._clock + dt.timedelta(days=rng.randint(-10, 30), hours=rng.randint(0, 8))
            fields = {
                "type": rng.choice(props["type"]["enum"]),
                "priority": rng.choice(props["priority"]["enum"]),
                "due_at": iso_z(due),
                "note": rng.choice([None, "Ask about the renewal", "Share the case study"]),
            }
            self._make(self._new_id(), fields, rng)


STORE = ApolloStore
