"""The emulated Apollo.io task API: what its spec cannot say (sorting, facets, bulk create, the task's contact,
what a task's status allows).

The status rules follow Apollo's reference: a task is created ``scheduled``;
complete and skip resolve a scheduled task and answer 422 ("already completed
/ skipped", without saying which) for a resolved one; an update of a completed
or skipped task applies only ``note``, ``priority`` and ``contact_id`` and
silently leaves the other fields it names as they are (the reference describes
them as applying to scheduled tasks only); an update of a scheduled task that
leaves out ``priority`` or ``creator_id`` resets them to ``medium`` and to
``SANDBOX_USER``, the user the sandbox's key and tokens act as.

``ApolloStore.mark_deleted(task_id)`` removes a task as Apollo does when, say,
its sequence is paused: then get and update answer 422 (the task has been
deleted), complete and skip 200 with ``{"task": {"id": ..., "deleted": true}}``,
and search no longer finds it. An id that never existed is answered the same way
(the reference documents no 404).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import httpx

from crmtasks_apollo import spec_data

from ..._api import SpecData
from .._common import (
    Incoming,
    Problem,
    epoch_millis,
    iso_z,
    json_response,
    null,
    number,
    offset_without_colon,
    unknown,
    unlisted,
)
from .._store import Record, SpecStore

if TYPE_CHECKING:
    from ..._seam import RateLimitWindow

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
SANDBOX_USER = "6512a0f3c4b5d60001a1b2c3"
"""The Apollo user the sandbox's API key and access tokens act as (what an update resets ``creator_id`` to)."""
_RESOLVED = ("completed", "skipped")
_ON_RESOLVED = ("note", "priority", "contact_id")
_DELETED = "This task has been deleted. Please refresh your page."
_GONE = "This task or emailer message has been deleted. Please refresh your page."
_ALREADY = {"error": "This task is already completed / skipped.", "allow_moving_to_next_task": True}


class ApolloStore(SpecStore):
    """The emulated Apollo API: the plain operations come from the spec; here are the rest."""

    spec: ClassVar[SpecData] = spec_data
    credentials: ClassVar[Mapping[str, str]] = {"api_key": "sandbox-apollo-key", "access_token": "sandbox-apollo-token"}
    invalid_status = 422
    not_found_status = 422  # Apollo's answer to a get of a task that no longer exists
    deviations = (
        (
            unlisted("type", "linkedin_step_connect_v2", _ENUMS["type"]),
            # HubSpot ids are numbers on HubSpot's side, and come through unquoted.
            number("hubspot_id", 40512345678, add=True),
            unknown("team_id", "6095a710bd01d100a506d4ac"),
        ),
        (unlisted("status", "snoozed", _ENUMS["status"]), null("priority"), null("persona_ids")),
        (offset_without_colon("created_at"), epoch_millis("due_at")),
    )
    tasks_in: ClassVar[Mapping[str, str]] = {"bulk_create_tasks": "tasks"}

    def __init__(self) -> None:
        super().__init__()
        self._rng = random.Random(0)

    token_lifetime = 2592000.0  # 30 days

    def error_extras(self, status: int) -> Record:
        """Apollo's error answer carries its status as a code, and no per-field messages."""
        return {"error_code": str(status)}

    def throttled(self, window: RateLimitWindow, limit: int, path: str) -> str:
        """Apollo names the endpoint and the allowance that ran out."""
        return (
            f"The maximum number of api calls allowed for {path.lstrip('/')} is {limit} times per {window['period']}. "
            "Please upgrade your plan from https://app.apollo.io/#/settings/plans/upgrade."
        )

    def not_found(self, collection: str, record_id: str) -> str:
        """What Apollo's get says of a task that no longer exists."""
        return _GONE

    def new_id(self, collection: str) -> str:
        """Apollo's ids: 24 hex digits, like MongoDB's."""
        return f"{0x65F0C1D2E3A4B500 + self._ids.take():024x}"

    def new_record(self, collection: str, body: Record) -> Record:
        """A task as Apollo answers it: its fields, defaults, and the contact and account it belongs to."""
        first, last = self._rng.choice(_FIRST), self._rng.choice(_LAST)
        company, domain = self._rng.choice(_COMPANIES)
        contact_id = body.get("contact_id") or self.new_id(collection)
        account_id = self.new_id(collection)
        return {
            "id": self.new_id(collection),
            "user_id": body.get("user_id") or SANDBOX_USER,
            "creator_id": SANDBOX_USER,
            "created_at": iso_z(self.now()),
            "completed_at": None,
            "note": body.get("note"),
            "skipped_at": None,
            "due_at": body.get("due_at"),
            "type": body.get("type", "action_item"),
            "priority": body.get("priority", "medium"),
            "status": body.get("status", "scheduled"),
            "answered": None,
            "contact_id": contact_id,
            "account_id": account_id,
            "persona_ids": [],
            "subject": body.get("title"),
            "title": body.get("title"),
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

    def bulk_create_tasks(self, request: Incoming) -> httpx.Response:
        body = self.body(request)
        # Apollo's current answer (its older one was the bare `true`, which the clients also read).
        tasks = [self.add_task({**body, "contact_id": contact_id}) for contact_id in body["contact_ids"]]
        return self.reply(request, {"success": True, "tasks": tasks})

    def mark_deleted(self, task_id: str) -> None:
        """Remove a task as Apollo does when its sequence is paused (see the module's docstring)."""
        del self.tasks[task_id]

    def update_task(self, request: Incoming) -> httpx.Response:
        try:
            task = self.record(request)
        except Problem:
            raise Problem(self.not_found_status, _DELETED) from None
        body = self._optional_body(request)
        if task["status"] in _RESOLVED:
            changes = {name: value for name, value in body.items() if name in _ON_RESOLVED}
        else:
            changes = {"priority": "medium", "creator_id": SANDBOX_USER, **body}
        self._apply(task, changes)
        return self.answer(request, task)

    def complete_task(self, request: Incoming) -> httpx.Response:
        return self._resolve(request, "completed")

    def skip_task(self, request: Incoming) -> httpx.Response:
        return self._resolve(request, "skipped")

    def _resolve(self, request: Incoming, outcome: str) -> httpx.Response:
        """Complete or skip a scheduled task (``on_task_page`` changes nothing here: the sandbox indexes at once)."""
        body = self._optional_body(request)
        task_id = request.path_params["task_id"]
        task = self.tasks.get(task_id)
        if task is None:
            return self.reply(request, {"task": {"id": task_id, "deleted": True}})
        if task["status"] in _RESOLVED:
            return json_response(422, _ALREADY)
        self._apply(task, {"status": outcome, **({"note": body["note"]} if "note" in body else {})})
        if outcome == "completed":
            return self.reply(request, {"task": task, "contact": task.get("contact")})
        return self.reply(
            request, {"task": {"id": task_id, "status": outcome, "note": task["note"], "completed": False}}
        )

    def _apply(self, task: Record, changes: Record) -> None:
        """Change a stored task; a new status stamps its time, a new contact id moves the embedded contact."""
        if changes.get("status") in _RESOLVED and changes["status"] != task["status"]:
            stamp = "completed_at" if changes["status"] == "completed" else "skipped_at"
            task[stamp] = iso_z(self.now())
            if changes["status"] == "completed":
                task["completed_by_user_id"] = SANDBOX_USER
        if "contact_id" in changes and isinstance(task.get("contact"), dict):
            task["contact"] = {**task["contact"], "id": changes["contact_id"]}
        task.update(changes)

    def _optional_body(self, request: Incoming) -> Record:
        """The JSON body, checked, of an operation whose body may be left out (a JSON ``null`` is no object)."""
        absent = request.body is None and request.headers.get("content-length", "0") == "0"
        return {} if absent else self.body(request)

    def search_tasks(self, request: Incoming) -> httpx.Response:
        query = self.query(request)
        matches = list(self.tasks.values())
        sort = query.get("sort_by_field")
        far_future = "9999"
        if sort == "task_due_at":
            matches.sort(key=lambda t: t["due_at"] or "", reverse=True)
        elif sort == "task_priority":
            matches.sort(key=lambda t: (_PRIORITY_RANK.get(t["priority"], 3), t["due_at"] or far_future))
        elif sort == "task_created_at":
            matches.sort(key=lambda t: t["created_at"], reverse=True)
        body = self.page(request, matches, query)
        body.update(
            breadcrumbs=[],
            faceting=self._faceting(matches, query.get("open_factor_names[]") or []),
            pipeline_total=len(matches),
            num_fetch_result=None,
        )
        body["pagination"]["per_page"] = query["per_page"]
        return self.reply(request, body)

    def _faceting(self, matches: list[Record], factors: list[str]) -> dict[str, Any]:
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

    def seed(self, count: int, rng: random.Random) -> None:
        """Add ``count`` realistic tasks."""
        self._rng = rng
        for _ in range(count):
            due = self._clock + dt.timedelta(days=rng.randint(-10, 30), hours=rng.randint(0, 8))
            self.add_task(
                {
                    "type": rng.choice(_ENUMS["type"]),
                    "priority": rng.choice(_ENUMS["priority"]),
                    "due_at": iso_z(due),
                    "note": rng.choice([None, "Ask about the renewal", "Share the case study"]),
                }
            )


STORE = ApolloStore
