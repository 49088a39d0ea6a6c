"""The emulated HubSpot CRM tasks API: what its spec cannot say.

Tasks are generic CRM objects: a map of string properties with HubSpot's
read-only ``hs_createdate``, ``hs_lastmodifieddate`` and ``hs_object_id``.
An answer carries the properties asked for (``null`` where a task has none)
plus those three, or HubSpot's defaults when none were asked for; create and
update answer every property the task has. Archiving keeps the task
(``archived=true`` lists it). Search takes filter groups (OR of groups, AND
inside one), one sort key, a free-text ``query`` and an offset cursor, and
reaches at most 10,000 results. Batches take 1 to 100 inputs and report
unknown ids in a 207's ``errors``.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import httpx

from crmtasks_hubspot import spec_data

from ..._api import SpecData
from .._common import Deviation, Incoming, Problem, epoch_millis, iso_z, json_response, unknown
from .._store import Record, SpecStore

if TYPE_CHECKING:
    from ..._seam import RateLimitWindow

READ_ONLY = ("hs_createdate", "hs_lastmodifieddate", "hs_object_id")
# The enumeration properties of a task and the options a portal has by default.
OPTIONS: Mapping[str, tuple[str, ...]] = {
    "hs_task_status": ("NOT_STARTED", "IN_PROGRESS", "WAITING", "COMPLETED", "DEFERRED"),
    "hs_task_priority": ("NONE", "LOW", "MEDIUM", "HIGH"),
    "hs_task_type": ("EMAIL", "CALL", "TODO", "LINKED_IN", "LINKED_IN_CONNECT", "LINKED_IN_MESSAGE"),
}
DATE_TIMES = ("hs_timestamp", "hs_task_completion_date", *READ_ONLY[:2])
NUMBERS = ("hs_object_id", "hubspot_owner_id", "hs_task_reminders")
WRITABLE = {*OPTIONS, "hs_task_subject", "hs_task_body", "hs_timestamp", "hubspot_owner_id", "hs_task_reminders",
            "hs_task_completion_date", "hs_queue_membership_ids"}  # fmt: skip
_FIRST_ID = 95_036_423_081
_SUBJECTS = ["Call back", "Send the proposal to", "Follow up with", "Book a demo for", "Check in with"]
_NAMES = ["Sarah Lee", "Ravi Patel", "Ana Souza", "Tom Becker", "Mei Chen", "Omar Haddad"]
_CATEGORIES = {
    400: "VALIDATION_ERROR",
    401: "INVALID_AUTHENTICATION",
    403: "MISSING_SCOPES",
    404: "OBJECT_NOT_FOUND",
    405: "VALIDATION_ERROR",
    409: "CONFLICT",
    429: "RATE_LIMITS",
}
# The policy a 429 names, by the x-rate-limit window that ran out (a 429 of no window names the ten-second one).
_POLICIES = {"daily": "DAILY", "ten_secondly": "TEN_SECONDLY_ROLLING", "secondly": "SECONDLY"}
_DEFAULT_POLICY = _POLICIES["ten_secondly"]


def _with_property(name: str, value: Any) -> Deviation:
    """A property value that is not a string (the spec says every value is one)."""

    def rewrite(old: Any) -> Any:
        if not isinstance(old, dict):
            return old
        properties: dict[str, Any] = dict(old)  # pyright: ignore[reportUnknownArgumentType]
        return {**properties, name: value}

    return Deviation("properties", rewrite)


class HubSpotStore(SpecStore):
    """The emulated HubSpot API: every operation has its own rules here."""

    spec: ClassVar[SpecData] = spec_data
    credentials: ClassVar[Mapping[str, str]] = {"access_token": "sandbox-hubspot-token"}
    token_lifetime = 1800.0  # 30 minutes
    omit_last_token = True  # HubSpot's last page has no paging member
    deviations = (
        # Members the published document declares and this spec leaves out.
        (
            unknown("url", "https://app.hubspot.com/contacts/0/record/0-27/1"),
            unknown("warnings", []),
        ),
        # A property value that is a JSON number, not the string every value should be.
        (_with_property("hs_task_reminders", 1767600000000),),
        # A date-time sent as epoch milliseconds.
        (epoch_millis("updatedAt"),),
    )
    tasks_in: ClassVar[Mapping[str, str]] = {
        "batch_create_tasks": "results",
        "batch_read_tasks": "results",
        "batch_update_tasks": "results",
        "search_tasks": "results",
    }

    # -- how HubSpot answers -------------------------------------------------------------

    def error_body(self, status: int, message: str, field_errors: dict[str, list[str]] | None = None) -> Record:
        """HubSpot's error: status, message, correlationId, category, and the problems one by one."""
        body: Record = {
            "status": "error",
            "message": message,
            "correlationId": str(uuid.UUID(int=random.getrandbits(128), version=4)),
            "category": _CATEGORIES.get(status, "INTERNAL_ERROR" if status >= 500 else "VALIDATION_ERROR"),
        }
        if field_errors:
            body["errors"] = [
                {"message": text, "in": field} for field, messages in field_errors.items() for text in messages
            ]
        if status == 429:
            body[self._policy_member()] = _DEFAULT_POLICY
        return body

    def throttled(self, window: RateLimitWindow, limit: int, path: str) -> str:
        """HubSpot names the limit that was reached."""
        return f"You have reached your {window['name']} limit."

    def throttled_body(self, window: RateLimitWindow, limit: int, path: str) -> Record:
        """HubSpot's 429 names the policy of the window that ran out, too."""
        body = self.error_body(429, self.throttled(window, limit, path))
        body[self._policy_member()] = _POLICIES.get(window["name"], _DEFAULT_POLICY)
        return body

    def _policy_member(self) -> str:
        """The member of a 429's body that names the policy (x-rate-limit's ``policy.member``)."""
        rate_limit = self.spec.RATE_LIMIT
        policy = rate_limit.get("policy") if rate_limit is not None else None
        if policy is None:
            raise RuntimeError("the HubSpot spec declares no x-rate-limit policy member")
        return policy["member"]

    def new_id(self, collection: str) -> str:
        """HubSpot's object ids: large numbers, as strings."""
        return str(_FIRST_ID + self._ids.take())

    def new_record(self, collection: str, body: Record) -> Record:
        """A stored task: its properties (checked), timestamps and the read-only properties."""
        properties = _checked_properties(body.get("properties") or {}, creating=True)
        stamp = self.now()
        task_id = self.new_id(collection)
        return {
            "id": task_id,
            "properties": {
                "hs_task_status": "NOT_STARTED",
                "hs_task_type": "TODO",
                **properties,
                "hs_createdate": iso_z(stamp),
                "hs_lastmodifieddate": iso_z(stamp),
                "hs_object_id": task_id,
            },
            "createdAt": iso_z(stamp),
            "updatedAt": iso_z(stamp),
            "archived": False,
            "associations": list(body.get("associations") or []),
        }

    def view(self, task: Record, names: list[str] | None = None) -> Record:
        """A task as answered: the properties named (``null`` where unset) and the read-only ones."""
        stored: Record = task["properties"]
        if names is None:
            shown = {name: stored.get(name) for name in ("hs_task_subject", "hs_timestamp", *READ_ONLY)}
            shown = {k: v for k, v in shown.items() if v is not None} | {k: stored[k] for k in READ_ONLY}
        else:
            shown = {name: stored.get(name) for name in [*names, *READ_ONLY]}
        answer: Record = {
            "id": task["id"],
            "properties": shown,
            "createdAt": task["createdAt"],
            "updatedAt": task["updatedAt"],
            "archived": task["archived"],
        }
        if task["archived"]:
            answer["archivedAt"] = task["archivedAt"]
        return answer

    def full_view(self, task: Record) -> Record:
        """A task as create and update answer it: every property it has."""
        return self.view(task, [name for name in task["properties"] if name not in READ_ONLY])

    def _change(self, task: Record, properties: Record) -> None:
        for name, value in _checked_properties(properties, creating=False).items():
            if value == "":
                task["properties"].pop(name, None)  # an empty string clears a property
            else:
                task["properties"][name] = value
        stamp = iso_z(self.now())
        task["updatedAt"] = task["properties"]["hs_lastmodifieddate"] = stamp

    # -- one task ------------------------------------------------------------------------

    def list_tasks(self, request: Incoming) -> httpx.Response:
        query = self.query(request)
        archived = bool(query.get("archived"))
        matches = [t for t in self.tasks.values() if t["archived"] == archived]
        answer = self.page(request, matches, query)
        names = query.get("properties")
        answer["results"] = [self.view(t, names) for t in answer["results"]]
        return self.reply(request, self._linked(request, answer))

    def get_task(self, request: Incoming) -> httpx.Response:
        query = self.query(request)
        task = self._by_path(request, query, archived=bool(query.get("archived")))
        return self.reply(request, self.view(task, query.get("properties")))

    def create_task(self, request: Incoming) -> httpx.Response:
        body = self.body(request)
        task = self.insert(self.task_collection, self.new_record(self.task_collection, body))
        return self.reply(request, self.full_view(task))

    def update_task(self, request: Incoming) -> httpx.Response:
        query = self.query(request)
        task = self._by_path(request, query)
        self._change(task, self.body(request)["properties"])
        return self.reply(request, self.full_view(task))

    def archive_task(self, request: Incoming) -> httpx.Response:
        self.query(request)
        task = self.tasks.get(request.path_params["taskId"])
        if task is not None and not task["archived"]:
            self._archive(task)
        return httpx.Response(204)

    def _archive(self, task: Record) -> None:
        task["archived"] = True
        task["archivedAt"] = task["updatedAt"] = iso_z(self.now())

    def _by_path(self, request: Incoming, query: Record, archived: bool = False) -> Record:
        task_id = request.path_params["taskId"]
        id_property = query.get("idProperty")
        task = self._find(task_id, id_property)
        if task is None and id_property and id_property != "hs_object_id":
            raise Problem(404, f"Object not found.  No task has {id_property} {task_id}")
        if task is None or task["archived"] != archived:
            shown = task_id if task is None else task["id"]
            raise Problem(404, f"Object not found.  objectId are usually numeric. (id {shown})")
        return task

    # -- batches -------------------------------------------------------------------------

    def batch_create_tasks(self, request: Incoming) -> httpx.Response:
        inputs = self.body(request)["inputs"]
        started = iso_z(self.now())
        records = [self.new_record(self.task_collection, item) for item in inputs]  # all checked before any is stored
        created = [self.full_view(self.insert(self.task_collection, record)) for record in records]
        for item, task in zip(inputs, created, strict=True):
            if "objectWriteTraceId" in item:  # HubSpot states each input's trace on its result
                task["objectWriteTraceId"] = item["objectWriteTraceId"]
        return self.reply(request, self._batch(created, started))

    def batch_read_tasks(self, request: Incoming) -> httpx.Response:
        query = self.query(request)
        body = self.body(request)
        started = iso_z(self.now())
        archived = bool(query.get("archived"))
        found, missing = self._split([item["id"] for item in body["inputs"]], archived, body.get("idProperty"))
        names = body.get("properties")
        results = [self.view(task, names if names else None) for task in found]
        return self._batch_answer(results, missing, started)

    def batch_update_tasks(self, request: Incoming) -> httpx.Response:
        inputs = self.body(request)["inputs"]
        started = iso_z(self.now())
        for item in inputs:
            _checked_properties(item["properties"], creating=False)
        results: list[Record] = []
        missing: list[str] = []
        for item in inputs:
            found, absent = self._split([item["id"]], False, item.get("idProperty"))
            missing += absent
            for task in found:
                self._change(task, item["properties"])
                results.append(self.full_view(task))
        return self._batch_answer(results, missing, started)

    def batch_archive_tasks(self, request: Incoming) -> httpx.Response:
        for item in self.body(request)["inputs"]:
            task = self.tasks.get(item["id"])
            if task is not None and not task["archived"]:
                self._archive(task)
        return httpx.Response(204)

    def _split(self, ids: list[str], archived: bool, id_property: str | None) -> tuple[list[Record], list[str]]:
        found: list[Record] = []
        missing: list[str] = []
        for wanted in ids:
            task = self._find(wanted, id_property)
            if task is None or task["archived"] != archived:
                missing.append(wanted)
            else:
                found.append(task)
        return found, missing

    def _find(self, wanted: str, id_property: str | None) -> Record | None:
        """The task whose id (or ``id_property``, the first that has it) is ``wanted``, archived or not."""
        if id_property and id_property != "hs_object_id":
            return next((t for t in self.tasks.values() if t["properties"].get(id_property) == wanted), None)
        return self.tasks.get(wanted)

    def _batch(self, results: list[Record], started: str) -> Record:
        return {"status": "COMPLETE", "results": results, "startedAt": started, "completedAt": iso_z(self.now())}

    def _batch_answer(self, results: list[Record], missing: list[str], started: str) -> httpx.Response:
        body = self._batch(results, started)
        if not missing:
            return json_response(200, body)
        body["numErrors"] = 1
        body["errors"] = [
            {
                "status": "error",
                "category": "OBJECT_NOT_FOUND",
                "message": "Could not get some TASK objects, they may be deleted or not exist.",
                "context": {"ids": missing},
            }
        ]
        return json_response(207, body)

    # -- search --------------------------------------------------------------------------

    def search_tasks(self, request: Incoming) -> httpx.Response:
        body = self.body(request)
        groups: list[Record] = body["filterGroups"]
        _check_filters(groups, self.operation(request).get("search", {}).get("max_filters"))
        text: list[str] = str(body.get("query") or "").lower().split()
        live = [t for t in self.tasks.values() if not t["archived"]]
        matches = [t for t in live if (not groups or any(_group_matches(t, g) for g in groups)) and _has_text(t, text)]
        sorts: list[Record] = body.get("sorts") or []
        if sorts:
            key, descending = sorts[0]["propertyName"], sorts[0].get("direction") == "DESCENDING"
            # Tasks without the property come last, whichever the direction.
            present = [t for t in matches if t["properties"].get(key) not in (None, "")]
            absent = [t for t in matches if t["properties"].get(key) in (None, "")]
            present.sort(key=lambda t: _sortable(key, t["properties"][key]), reverse=descending)
            matches = present + absent
        names = body.get("properties")
        # Cut as x-pagination says (the cursor and size are body members; 10,000 results reachable at most).
        answer = self.page(request, matches, body)
        answer["results"] = [self.view(t, names if names else None) for t in answer["results"]]
        return self.reply(request, self._linked(request, answer))

    def _linked(self, request: Incoming, answer: Record) -> Record:
        """A page with the link of the next one beside its cursor (HubSpot's last page has no paging)."""
        if "paging" in answer:
            after = answer["paging"]["next"]["after"]
            answer["paging"]["next"]["link"] = f"{self.operation(request)['path']}?after={after}"
        return answer

    # -- seed data ------------------------------------------------------------------------

    def seed(self, count: int, rng: random.Random) -> None:
        """Add ``count`` realistic tasks."""
        for _ in range(count):
            due = self._clock + dt.timedelta(days=rng.randint(-10, 30), hours=rng.randint(0, 8))
            properties = {
                "hs_task_subject": f"{rng.choice(_SUBJECTS)} {rng.choice(_NAMES)}",
                "hs_task_status": rng.choice(["NOT_STARTED", "NOT_STARTED", "COMPLETED"]),
                "hs_task_priority": rng.choice(["LOW", "MEDIUM", "HIGH"]),
                "hs_task_type": rng.choice(["CALL", "EMAIL", "TODO"]),
                "hs_timestamp": iso_z(due),
                "hubspot_owner_id": str(rng.choice([52_550_153, 52_550_154, 61_001_220])),
            }
            if rng.random() < 0.5:
                properties["hs_task_body"] = rng.choice(["Ask about the renewal.", "Share the case study.",
                                                         "Confirm the budget holder."])  # fmt: skip
            self.add_task({"properties": properties})


def _checked_properties(properties: Record, *, creating: bool) -> Record:
    """The property values of a write, normalised, or HubSpot's 400 naming every bad one."""
    problems: list[str] = []
    clean: Record = {}
    for name, value in properties.items():
        if not isinstance(value, str):
            problems.append(f'Property "{name}": the value must be a string')
        elif name in READ_ONLY:
            problems.append(f'Property "{name}" is read-only')
        elif name not in WRITABLE:
            problems.append(f'Property "{name}" does not exist')
        elif value and name in OPTIONS and value not in OPTIONS[name]:
            problems.append(f"{value} was not one of the allowed options: {', '.join(OPTIONS[name])} ({name})")
        elif value and name in DATE_TIMES:
            moment = _instant(value)
            if moment is None:
                problems.append(f'Property "{name}": {value!r} is no date-time or epoch milliseconds')
            else:
                clean[name] = iso_z(moment)
        elif value and name in NUMBERS and not re.fullmatch(r"-?\d+", value):
            problems.append(f'Property "{name}": {value!r} is not a number')
        else:
            clean[name] = value
    if creating and not problems and not clean.get("hs_timestamp"):
        problems.append('Property "hs_timestamp" is required')
    if problems:
        raise Problem(400, "Property values were not valid: " + "; ".join(problems), {"properties": problems})
    return clean


def _instant(value: str) -> dt.datetime | None:
    """An ISO 8601 date-time (or date) or epoch milliseconds, as an aware UTC datetime."""
    if re.fullmatch(r"\d{10,14}", value):
        return dt.datetime.fromtimestamp(int(value) / 1000, dt.UTC)
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _check_filters(groups: list[Record], max_filters: int | None) -> None:
    """Each filter has the values its operator needs, and there are at most ``max_filters`` in all.

    The number of groups and of filters in one group is checked before, by the body's schema (``maxItems``).
    """
    total = 0
    for group in groups:
        filters: list[Record] = group["filters"]
        total += len(filters)
        for condition in filters:
            operator = condition["operator"]
            needs = {"BETWEEN": ("value", "highValue"), "IN": ("values",), "NOT_IN": ("values",)}.get(
                operator, () if operator.endswith("HAS_PROPERTY") else ("value",)
            )
            missing = [name for name in needs if condition.get(name) is None]
            if missing:
                raise Problem(400, f"The {operator} filter on {condition['propertyName']} needs {', '.join(missing)}")
    if max_filters is not None and total > max_filters:
        raise Problem(400, f"The search has {total} filters; at most {max_filters} are allowed")


def _sortable(name: str, value: str) -> tuple[int, Any]:
    """A property value in the order HubSpot sorts it: numbers and instants by value, text without case."""
    if name in DATE_TIMES:
        moment = _instant(value)
        if moment is not None:
            return (0, moment.timestamp())
    if re.fullmatch(r"-?\d+(\.\d+)?", value):
        return (0, float(value))
    return (1, value.lower())


def _compare(name: str, left: str, right: str) -> int:
    a, b = _sortable(name, left), _sortable(name, right)
    if a[0] != b[0]:  # a number against text: compare as text
        a, b = (1, left.lower()), (1, right.lower())
    return (a > b) - (a < b)


def _tokens(value: str) -> list[str]:
    return re.findall(r"\w+", value.lower())


def _token_matches(value: str, pattern: str) -> bool:
    """CONTAINS_TOKEN: a whole word of the value, ``*`` standing for any characters."""
    regex = re.compile("^" + ".*".join(re.escape(part) for part in pattern.lower().split("*")) + "$")
    return any(regex.match(token) for token in _tokens(value)) or (
        "*" in pattern and regex.match(value.lower()) is not None
    )


_OPERATORS: Mapping[str, Callable[[str, str, Record], bool]] = {
    "EQ": lambda name, value, f: _compare(name, value, f["value"]) == 0,
    "NEQ": lambda name, value, f: _compare(name, value, f["value"]) != 0,
    "LT": lambda name, value, f: _compare(name, value, f["value"]) < 0,
    "LTE": lambda name, value, f: _compare(name, value, f["value"]) <= 0,
    "GT": lambda name, value, f: _compare(name, value, f["value"]) > 0,
    "GTE": lambda name, value, f: _compare(name, value, f["value"]) >= 0,
    "BETWEEN": lambda name, value, f: (
        _compare(name, value, f["value"]) >= 0 and _compare(name, value, f["highValue"]) <= 0
    ),
    "IN": lambda name, value, f: any(_compare(name, value, v) == 0 for v in f["values"]),
    "CONTAINS_TOKEN": lambda name, value, f: _token_matches(value, f["value"]),
}
_NEGATIONS = {"NEQ": "EQ", "NOT_IN": "IN", "NOT_CONTAINS_TOKEN": "CONTAINS_TOKEN"}


def _filter_matches(task: Record, condition: Record) -> bool:
    name, operator = condition["propertyName"], condition["operator"]
    value = task["properties"].get(name)
    if name in {"hs_object_id", "id"}:
        value = task["id"]
    present = value not in (None, "")
    if operator == "HAS_PROPERTY":
        return present
    if operator == "NOT_HAS_PROPERTY":
        return not present
    if operator in _NEGATIONS and operator != "NEQ":
        # A task without the property matches NOT_IN and NOT_CONTAINS_TOKEN.
        return not present or not _OPERATORS[_NEGATIONS[operator]](name, value, condition)
    return present and _OPERATORS[operator](name, value, condition)


def _group_matches(task: Record, group: Record) -> bool:
    return all(_filter_matches(task, condition) for condition in group["filters"])


def _has_text(task: Record, words: list[str]) -> bool:
    if not words:
        return True
    properties = task["properties"]
    text = set(_tokens(f"{properties.get('hs_task_subject') or ''} {properties.get('hs_task_body') or ''}"))
    return all(any(token.startswith(word) for token in text) for word in words)


STORE = HubSpotStore
