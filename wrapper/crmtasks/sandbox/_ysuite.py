"""The emulated ySuite CRM task API: envelopes, 0-based page index, filters, validation errors."""

from __future__ import annotations

import datetime as dt
import math
import random
from typing import Any

import httpx

from crmtasks_ysuite import spec_data

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
    json_response,
    null,
    number,
    numeric_string,
    offset_without_colon,
    query_values,
    routes,
    unknown,
    unlisted,
)

NAME = "ysuite"
CREDENTIALS = {"access_key": "sandbox-ysuite-access", "secret_key": "sandbox-ysuite-secret"}

_LOCAL = "%Y-%m-%dT%H:%M:%S"
_TITLES = ["Follow up with", "Call", "Send the quote to", "Check in with", "Plan the onboarding for"]
_NAMES = ["Sarah", "Ravi", "Ana", "Tom", "Mei", "Omar"]

# The spec deviations of the ``deviations`` fault, one variant per third task in turn (see _common.deviate).
DEVIATIONS: tuple[tuple[Deviation, ...], ...] = (
    (
        unlisted("status", 9, spec_data.SCHEMAS["CreateTaskRequest"]["properties"]["status"]["enum"]),
        numeric_string("priority"),
        # Laravel's timestamps, which the document leaves out.
        unknown("created_at", "2025-01-06T09:00:00.000000Z"),
    ),
    # Older rows: a status never set, a contact id kept as text, the activity type as its numeric code.
    (null("status"), numeric_string("cstid"), number("activity_type", 2)),
    (offset_without_colon("start_datetime"), epoch_millis("end_datetime")),
)
_ENVELOPE = declared(spec_data.ENVELOPE, "x-envelope")
_DATA = _ENVELOPE["data"]
# Where each operation's answer holds tasks: a key path to a task, or to a list of them.
_TASKS_IN: dict[str, tuple[str, ...]] = {
    "list_tasks": (_DATA, "data"),
    "get_task": (_DATA,),
    "create_task": (_DATA,),
}


def error_body(status: int, message: str, field_errors: dict[str, list[str]] | None = None) -> dict[str, Any]:
    envelope = _ENVELOPE
    body: dict[str, Any] = {envelope["success"]: False, envelope["message"]: message}
    if field_errors:
        body[envelope["errors"]] = field_errors
    return body


def authorized(headers: httpx.Headers) -> bool:
    schemes = spec_data.SECURITY_SCHEMES
    return bool(
        headers.get(header_name(schemes["accessKey"])) == CREDENTIALS["access_key"]
        and headers.get(header_name(schemes["secretKey"])) == CREDENTIALS["secret_key"]
    )


def _ok(data: Any, message: str | None = None) -> httpx.Response:
    envelope = _ENVELOPE
    body: dict[str, Any] = {envelope["success"]: True, envelope["data"]: data}
    if message:
        body[envelope["message"]] = message
    return json_response(200, body)


class YSuiteStore:
    """State and handlers of the emulated ySuite API (one handler per spec operation)."""

    def __init__(self) -> None:
        self.tasks: dict[int, dict[str, Any]] = {}
        self._ids = Counter()

    def routes(self) -> list[Route]:
        """One route per operation of the spec, answered by the method of the same name."""
        return routes(spec_data, {name: getattr(self, name) for name in spec_data.OPERATIONS})

    def create_task(self, request: Incoming) -> httpx.Response:
        errors: dict[str, list[str]] = {}
        check_object(spec_data.SCHEMAS["CreateTaskRequest"], request.body, errors)
        if errors:
            raise Problem(422, "The given data was invalid.", errors)
        task = self._insert(request.body)
        return _ok(
            {k: task[k] for k in ("activity_id", "title", "activity_type")}, "Task activity created successfully."
        )

    def _insert(self, body: dict[str, Any]) -> dict[str, Any]:
        defaults = spec_data.SCHEMAS["CreateTaskRequest"]["properties"]
        task: dict[str, Any] = {
            "activity_id": self._ids.take(),
            "activity_type": "Task",
            "status": defaults["status"]["default"],
            "priority": defaults["priority"]["default"],
            "end_datetime": None,
            "description": None,
            "cstid": None,
            "deal_id": None,
            "assigned_user_id": None,
            "tags": [],
            **body,
        }
        self.tasks[task["activity_id"]] = task
        return task

    def get_task(self, request: Incoming) -> httpx.Response:
        try:
            task_id = int(request.path_params["id"])
        except ValueError as error:
            raise Problem(400, "Task not found.") from error
        if task_id not in self.tasks:
            raise Problem(400, "Task not found.")
        return _ok(self.tasks[task_id])

    def list_tasks(self, request: Incoming) -> httpx.Response:
        query, errors = query_values(spec_data.OPERATIONS["list_tasks"]["params"], request.query)
        if errors:
            raise Problem(422, "The given data was invalid.", errors)
        matches = [t for t in self.tasks.values() if _matches(t, query)]
        sort_by = query.get("sortBy") or "activity_id"
        matches.sort(key=lambda t: (t.get(sort_by) is None, t.get(sort_by) or 0, t["activity_id"]))
        if query.get("sortOrder") == "desc":
            matches.reverse()
        size, index = query["pageSize"], query["pageIndex"]
        page = matches[index * size : (index + 1) * size]
        data = {
            "data": page,
            "current_page": index + 1,
            "total_records": len(matches),
            "total_pages": math.ceil(len(matches) / size),
        }
        return _ok(data)

    def deviated(self, operation: str, body: JSON) -> JSON:
        """The answer ``body`` of ``operation`` with its every third task (by activity_id) breaking the spec."""
        if operation not in _TASKS_IN:
            return body
        return deviate(body, _TASKS_IN[operation], _ordinal, DEVIATIONS)

    def seed(self, count: int, rng: random.Random) -> None:
        """Add ``count`` realistic tasks."""
        start = dt.datetime.combine(dt.date.today(), dt.time(9, 0))
        for _ in range(count):
            begins = start + dt.timedelta(days=rng.randint(-15, 45), hours=rng.randint(0, 8))
            task: dict[str, Any] = {
                "title": f"{rng.choice(_TITLES)} {rng.choice(_NAMES)}",
                "start_datetime": begins.strftime(_LOCAL),
                "end_datetime": (begins + dt.timedelta(hours=1)).strftime(_LOCAL),
                "cstid": rng.randint(1, 50),
                "priority": rng.randint(0, 4),
                "status": rng.randint(0, 4),
                "assigned_user_id": rng.randint(1, 5),
                "description": "Seeded by the crmtasks sandbox.",
            }
            self._insert(task)


def _ordinal(task: dict[str, Any]) -> int | None:
    activity_id = task.get("activity_id")
    return activity_id if isinstance(activity_id, int) else None


def _due_day(task: dict[str, Any]) -> dt.date:
    return dt.datetime.strptime(task.get("end_datetime") or task["start_datetime"], _LOCAL).date()


def _matches(task: dict[str, Any], query: dict[str, Any]) -> bool:
    if query.get("search") and query["search"].lower() not in task["title"].lower():
        return False
    for field in ("status", "priority", "assigned_user_id"):
        if query.get(field) is not None and task.get(field) != query[field]:
            return False
    if query.get("due_date_from") and _due_day(task) < query["due_date_from"]:
        return False
    return not (query.get("due_date_to") and _due_day(task) > query["due_date_to"])


STORE = YSuiteStore
