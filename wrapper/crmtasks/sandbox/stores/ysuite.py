"""The emulated ySuite CRM task API: what its spec cannot say (search, due-date filters, sorting, create's answer)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping
from typing import ClassVar

import httpx

from crmtasks_ysuite import spec_data

from ..._api import SpecData
from .._common import (
    Incoming,
    epoch_millis,
    null,
    number,
    numeric_string,
    offset_without_colon,
    unknown,
    unlisted,
)
from .._store import Record, SpecStore

_LOCAL = "%Y-%m-%dT%H:%M:%S"
_TITLES = ["Follow up with", "Call", "Send the quote to", "Check in with", "Plan the onboarding for"]
_NAMES = ["Sarah", "Ravi", "Ana", "Tom", "Mei", "Omar"]
_TASK_PROPERTIES = spec_data.SCHEMAS["CreateTaskRequest"]["properties"]


class YSuiteStore(SpecStore):
    """The emulated ySuite API: the plain operations come from the spec; here are the rest."""

    spec: ClassVar[SpecData] = spec_data
    credentials: ClassVar[Mapping[str, str]] = {
        "access_key": "sandbox-ysuite-access",
        "secret_key": "sandbox-ysuite-secret",
    }
    id_field = "activity_id"
    invalid_status = 422  # Laravel's validation failure, with a summary and per-field errors
    invalid_summary = "The given data was invalid."
    not_found_status = 400
    deviations = (
        (
            unlisted("status", 9, _TASK_PROPERTIES["status"]["enum"]),
            numeric_string("priority"),
            # Laravel's timestamps, which the document leaves out.
            unknown("created_at", "2025-01-06T09:00:00.000000Z"),
        ),
        # Older rows: a status never set, a contact id kept as text, the activity type as its numeric code.
        (null("status"), numeric_string("cstid"), number("activity_type", 2)),
        (offset_without_colon("start_datetime"), epoch_millis("end_datetime")),
    )

    def new_record(self, collection: str, body: Record) -> Record:
        """A task with the columns ySuite fills when a create leaves them out."""
        return {
            "activity_type": "Task",
            "status": _TASK_PROPERTIES["status"]["default"],
            "priority": _TASK_PROPERTIES["priority"]["default"],
            "end_datetime": None,
            "description": None,
            "cstid": None,
            "deal_id": None,
            "assigned_user_id": None,
            "tags": [],
            **body,
        }

    def create_task(self, request: Incoming) -> httpx.Response:
        """ySuite answers a create with three of the task's columns and a message."""
        collection = self.operation(request)["path"]
        task = self.insert(collection, self.new_record(collection, self.body(request)))
        body = self.enveloped({k: task[k] for k in ("activity_id", "title", "activity_type")})
        return self.reply(request, {**body, "message": "Task activity created successfully."})

    def list_tasks(self, request: Incoming) -> httpx.Response:
        query = self.query(request)
        matches = [t for t in self.tasks.values() if _matches(t, query)]
        sort_by = query.get("sortBy") or self.id_field
        matches.sort(key=lambda t: (t.get(sort_by) is None, t.get(sort_by) or 0, t[self.id_field]))
        if query.get("sortOrder") == "desc":
            matches.reverse()
        return self.reply(request, self.page(request, matches, query))

    def seed(self, count: int, rng: random.Random) -> None:
        """Add ``count`` realistic tasks."""
        start = dt.datetime.combine(dt.date.today(), dt.time(9, 0))
        for _ in range(count):
            begins = start + dt.timedelta(days=rng.randint(-15, 45), hours=rng.randint(0, 8))
            task: Record = {
                "title": f"{rng.choice(_TITLES)} {rng.choice(_NAMES)}",
                "start_datetime": begins.strftime(_LOCAL),
                "end_datetime": (begins + dt.timedelta(hours=1)).strftime(_LOCAL),
                "cstid": rng.randint(1, 50),
                "priority": rng.randint(0, 4),
                "status": rng.randint(0, 4),
                "assigned_user_id": rng.randint(1, 5),
                "description": "Seeded by the crmtasks sandbox.",
            }
            self.add_task(task)


def _due_day(task: Record) -> dt.date:
    return dt.datetime.strptime(task.get("end_datetime") or task["start_datetime"], _LOCAL).date()


def _matches(task: Record, query: Record) -> bool:
    if query.get("search") and query["search"].lower() not in task["title"].lower():
        return False
    for field in ("status", "priority", "assigned_user_id"):
        if query.get(field) is not None and task.get(field) != query[field]:
            return False
    if query.get("due_date_from") and _due_day(task) < query["due_date_from"]:
        return False
    return not (query.get("due_date_to") and _due_day(task) > query["due_date_to"])


STORE = YSuiteStore
