"""The four APIs as the hostile tests (tests/runtime/test_hostile_*.py) need them: one table, one row per API.

Each row (``Api``) knows its client classes and credentials, how a well-formed task looks (from the
spec's schemas and the sandbox's answers, crmtasks/sandbox/), how its single-task answers, its error
answers (the spec's ``x-errors``) and its create answer are shaped, its paths, and how to call each
method the tests use on a sync or an async client (the value returned may be an awaitable: see
``settle``). ``LISTINGS`` holds the paginated operations (HubSpot has two: the list and the search),
each with its style (``x-pagination``), how to read which page a request asks for, and how to build
the answer for a page. Cases run over all of them with ``pytest.mark.parametrize``.
"""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from typing import Any, Literal, cast

import crmtasks
from crmtasks._registry import REGISTRY, registered

from .hostile_server import Reply, Seen, json_reply

STAMP = "2026-07-01T09:00:00.000Z"
APOLLO_USER = "6512a0f3c4b5d60001a1b2c3"
APOLLO_CONTACT = "0000000065f0c1d2e3a4b501"


class Absent(Enum):
    """A member left out of an answer (unlike ``None``, which sends ``null``)."""

    MEMBER = "absent"


ABSENT = Absent.MEMBER
Items = list[dict[str, Any]] | None | Absent
"""A page's items member: a list, ``null``, or left out."""


def _put(body: dict[str, Any], name: str, value: Any) -> dict[str, Any]:
    if value is not ABSENT:
        body[name] = value
    return body


async def settle(value: Any) -> Any:
    """The result of a sync call, or of an async one once awaited."""
    return await value if inspect.isawaitable(value) else value


# -- tasks as each API answers them ----------------------------------------------------------------


def keap_task(number: int, pad: str = "") -> dict[str, Any]:
    return {
        "id": str(number),
        "title": f"Task {number}",
        "description": pad or "Seeded by the hostile tests.",
        "completed": False,
        "priority": "ESSENTIAL",
        "assigned_to_user_id": "1",
        "create_time": STAMP,
        "modification_time": STAMP,
    }


def apollo_task(number: int, pad: str = "") -> dict[str, Any]:
    return {
        "id": f"{number:024x}",
        "user_id": APOLLO_USER,
        "creator_id": APOLLO_USER,
        "created_at": STAMP,
        "completed_at": None,
        "skipped_at": None,
        "due_at": STAMP,
        "note": pad or f"Task {number}",
        "type": "call",
        "priority": "high",
        "status": "scheduled",
        "contact_id": APOLLO_CONTACT,
    }


def ysuite_task(number: int, pad: str = "") -> dict[str, Any]:
    return {
        "activity_id": number,
        "title": f"Task {number}",
        "activity_type": "Task",
        "status": 0,
        "priority": 2,
        "start_datetime": "2026-07-15T10:00:00",
        "end_datetime": "2026-07-15T11:00:00",
        "description": pad or "Seeded by the hostile tests.",
        "cstid": 37,
        "deal_id": None,
        "assigned_user_id": 2,
        "tags": [],
    }


def hubspot_task(number: int, pad: str = "") -> dict[str, Any]:
    properties = {
        "hs_task_subject": f"Task {number}",
        "hs_task_body": pad or "Seeded by the hostile tests.",
        "hs_timestamp": STAMP,
        "hs_object_id": str(number),
    }
    return {"id": str(number), "properties": properties, "createdAt": STAMP, "updatedAt": STAMP, "archived": False}


# -- error answers, shaped as each spec's x-errors says -------------------------------------------


def keap_error(status: int, message: str) -> dict[str, Any]:
    return {"code": status, "message": message, "status": "UNAUTHENTICATED" if status == 401 else "BAD_REQUEST"}


def apollo_error(status: int, message: str) -> dict[str, Any]:
    return {"error": message}


def ysuite_error(status: int, message: str) -> dict[str, Any]:
    return {"success": False, "message": message, "errors": {"secret_key": [message]}}


def hubspot_error(status: int, message: str) -> dict[str, Any]:
    category = "INVALID_AUTHENTICATION" if status == 401 else "VALIDATION_ERROR"
    return {"status": "error", "message": message, "correlationId": "7a5b3c1d-hostile", "category": category}


@dataclass(frozen=True, eq=False)
class Api:
    """One API: clients, credentials, answers, paths and calls, as the hostile tests use them."""

    key: str
    credentials: Mapping[str, str]
    task: Callable[[int, str], dict[str, Any]]
    """A well-formed task (number, padding of its longest text member)."""
    wrap: Callable[[dict[str, Any]], dict[str, Any]]
    """A task as its get / update answer holds it (Apollo's ``{"task": ...}``, ySuite's envelope)."""
    created: Callable[[dict[str, Any]], dict[str, Any]]
    """The create answer's body for a task."""
    create_status: int
    error: Callable[[int, str], dict[str, Any]]
    tasks_path: str
    sample_id: Any
    number: Callable[[Any], int]
    """The number a task model was built from (``task(number)``)."""
    title_field: str
    """The create keyword that holds the task's title."""
    create_fields: Callable[[str], dict[str, Any]]
    path_params: frozenset[str]
    """The names (the keyword's and the spec's) of the task-id path parameter."""
    update_fields: Mapping[str, Any] | None = None
    """The keywords of an update (None: the API has no update)."""
    has_delete: bool = False
    batch_path: str | None = None
    """The batch create that create_many sends its items to (HubSpot), if any."""

    def __str__(self) -> str:
        return self.key

    @property
    def registered(self) -> Any:
        return registered(self.key)

    @property
    def credential_groups(self) -> list[dict[str, str]]:
        """The ways to authenticate (the spec's), each as {argument: environment variable}."""
        return [dict(zip(way.arguments, way.env, strict=True)) for way in self.registered.definition.credentials]

    def credentials_with(self, argument: str, value: Any) -> dict[str, Any]:
        """The credentials of ``argument``'s way to authenticate, ``argument`` given ``value``."""
        group = next(group for group in self.credential_groups if argument in group)
        return {name: value if name == argument else self.credentials.get(name, f"good-{name}") for name in group}

    def client_class(self, flavour: str) -> Any:
        return self.registered.client_class(flavour)

    def client(self, flavour: str, base_url: str, **options: Any) -> Any:
        """A client of this API at ``base_url`` with the table's credentials (``credentials=`` replaces them)."""
        credentials: Mapping[str, Any] = options.pop("credentials", self.credentials)
        return self.client_class(flavour)(**credentials, base_url=base_url, **options)

    def warm(self) -> None:
        """Import the generated package's models and endpoints, as the first call would."""
        package = self.registered.package
        importlib.import_module(f"{package}.models")
        api_package = importlib.import_module(f"{package}.api")
        for module in pkgutil.walk_packages(api_package.__path__, f"{package}.api."):
            importlib.import_module(module.name)

    def task_path(self, task_id: Any) -> str:
        return f"{self.tasks_path}/{task_id}"

    def get_answer(self, number: int = 1, pad: str = "") -> Reply:
        return json_reply(self.wrap(self.task(number, pad)))

    def get_body_of_size(self, size: int) -> bytes:
        """A get answer of exactly ``size`` bytes, padded in the task's longest text member."""
        base = len(json.dumps(self.wrap(self.task(1, "P"))).encode())
        body = json.dumps(self.wrap(self.task(1, "P" * (size - base + 1)))).encode()
        assert len(body) == size, f"{self.key}: cannot pad a get answer to {size} bytes"
        return body

    def create_answer(self, number: int = 1) -> Reply:
        return json_reply(self.created(self.task(number, "")), self.create_status)

    # -- calls (sync or async: the value may be an awaitable) --

    def get(self, client: Any, task_id: Any, **options: Any) -> Any:
        return client.tasks.get(task_id, **options)

    def create(self, client: Any, title: str = "Call back", **options: Any) -> Any:
        return client.tasks.create(**self.create_fields(title), **options)

    def update(self, client: Any, task_id: Any, **options: Any) -> Any:
        assert self.update_fields is not None, f"{self.key} has no update"
        return client.tasks.update(task_id, **self.update_fields, **options)

    def delete(self, client: Any, task_id: Any, **options: Any) -> Any:
        assert self.has_delete, f"{self.key} has no delete"
        return client.tasks.delete(task_id, **options)

    def create_many(self, client: Any, items: list[dict[str, Any]], **options: Any) -> Any:
        return client.tasks.create_many(items, **options)

    @property
    def operations(self) -> tuple[str, ...]:
        """The single-task operations this API has, among get, update and delete."""
        return (
            "get",
            *(("update",) if self.update_fields is not None else ()),
            *(("delete",) if self.has_delete else ()),
        )

    def call(self, operation: str, client: Any, task_id: Any, **options: Any) -> Any:
        """``get``, ``update`` or ``delete`` of ``task_id``."""
        method: Callable[..., Any] = {"get": self.get, "update": self.update, "delete": self.delete}[operation]
        return method(client, task_id, **options)


DUE = datetime(2026, 7, 15, 10, tzinfo=UTC)

KEAP = Api(
    key="keap",
    credentials={"api_key": "keap-hostile-key-7Qd9XbR2"},
    task=keap_task,
    wrap=lambda task: task,
    created=lambda task: task,
    create_status=201,
    error=keap_error,
    tasks_path="/v2/tasks",
    sample_id="1",
    number=lambda model: int(model.id),
    title_field="title",
    create_fields=lambda title: {"title": title, "assigned_to_user_id": "1"},
    path_params=frozenset({"task_id"}),
    update_fields={"title": "Renamed"},
    has_delete=True,
)
APOLLO = Api(
    key="apollo",
    credentials={"api_key": "apollo-hostile-key-4Lm8PzW1"},
    task=apollo_task,
    wrap=lambda task: {"task": task},
    created=lambda task: {"task": task},
    create_status=200,
    error=apollo_error,
    tasks_path="/api/v1/tasks",
    sample_id=f"{1:024x}",
    number=lambda model: int(model.id, 16),
    title_field="title",
    create_fields=lambda title: {"contact_id": APOLLO_CONTACT, "type": "call", "title": title},
    path_params=frozenset({"task_id"}),
    update_fields={"note": "Moved to Thursday"},
)
YSUITE = Api(
    key="ysuite",
    credentials={"access_key": "ysuite-hostile-access-3Vt6", "secret_key": "ysuite-hostile-secret-9Kc2HsN5"},
    task=ysuite_task,
    wrap=lambda task: {"success": True, "message": "", "data": task},
    created=lambda task: {
        "success": True,
        "message": "Task activity created successfully.",
        "data": {"activity_id": task["activity_id"], "title": task["title"], "activity_type": "Task"},
    },
    create_status=200,
    error=ysuite_error,
    tasks_path="/v1/tasks",
    sample_id=1,
    number=lambda model: int(model.activity_id),
    title_field="title",
    create_fields=lambda title: {"title": title, "start_datetime": datetime(2026, 7, 15, 10), "cstid": 10},
    path_params=frozenset({"id"}),
)
HUBSPOT = Api(
    key="hubspot",
    credentials={"access_token": "hubspot-hostile-token-8Wy5QeJ3"},
    task=hubspot_task,
    wrap=lambda task: task,
    created=lambda task: task,
    create_status=201,
    error=hubspot_error,
    tasks_path="/crm/v3/objects/tasks",
    sample_id="1",
    number=lambda model: int(model.id),
    title_field="hs_task_subject",
    create_fields=lambda title: {"hs_task_subject": title, "hs_timestamp": DUE},
    path_params=frozenset({"task_id", "taskId"}),
    update_fields={"hs_task_subject": "Renamed"},
    has_delete=True,
    batch_path="/crm/v3/objects/tasks/batch/create",
)

API: dict[str, Api] = {api.key: api for api in (KEAP, APOLLO, YSUITE, HUBSPOT)}
# Every registered API, in the registry's order: one registered without a row here fails at collection (KeyError).
APIS: tuple[Api, ...] = tuple(API[entry.key] for entry in REGISTRY)
FLAVOURS = ("sync", "async")


def secrets_of(api: Api) -> list[str]:
    """The credential values the table's clients send."""
    return list(api.credentials.values())


def hubspot_batch_echo(seen: Seen, *, number_from: int = 1000) -> Reply:
    """HubSpot's batch create answering every input created, its objectWriteTraceId stated, in reverse order."""
    inputs: list[dict[str, Any]] = seen.json()["inputs"]
    results: list[dict[str, Any]] = []
    for offset, entry in enumerate(inputs):
        made = hubspot_task(number_from + offset)
        made["properties"].update(entry.get("properties", {}))
        made["objectWriteTraceId"] = entry.get("objectWriteTraceId")
        results.append(made)
    body = {"status": "COMPLETE", "results": results[::-1], "startedAt": STAMP, "completedAt": STAMP}
    return json_reply(body, 201)


# -- listings ----------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Listing:
    """A paginated operation: how it is opened, which page a request asks for, how a page answer looks."""

    name: str
    api: Api
    method: str
    path: str
    style: Literal["token", "page"]
    open: Callable[[Any, dict[str, Any]], Any]
    """(client, keywords) -> the paginator."""
    position: Callable[[Seen], int]
    """Which page (from 0) a request asks for."""
    page: Callable[[Items, int, int, int], dict[str, Any]]
    """(items, page number from 0, pages in all, items in all) -> the page's answer; announces more when
    the page is not the last."""

    def __str__(self) -> str:
        return self.name

    def asks(self, seen: Seen) -> bool:
        return seen.method == self.method and seen.path.endswith(self.path)


def _token(value: str | None, prefix: str) -> int:
    return int(value[len(prefix) :]) if value else 0


def _keap_page(items: Items, number: int, pages: int, total: int) -> dict[str, Any]:
    body = _put({}, "tasks", items)
    if number + 1 < pages:
        body["next_page_token"] = f"tok-{number + 1}"
    return body


def _apollo_page(items: Items, number: int, pages: int, total: int) -> dict[str, Any]:
    pagination = {"page": number + 1, "per_page": 10, "total_entries": total, "total_pages": pages}
    return {**_put({}, "tasks", items), "pagination": pagination, "breadcrumbs": [], "faceting": {}}


def _ysuite_page(items: Items, number: int, pages: int, total: int) -> dict[str, Any]:
    data = {**_put({}, "data", items), "current_page": number + 1, "total_records": total, "total_pages": pages}
    return {"success": True, "message": "", "data": data}


def _hubspot_page(items: Items, number: int, pages: int, total: int, *, search: bool = False) -> dict[str, Any]:
    body = _put({}, "results", items)
    if number + 1 < pages:
        after = f"c{number + 1}"
        body["paging"] = {"next": {"after": after, "link": f"/crm/v3/objects/tasks?after={after}"}}
    if search:
        body["total"] = total
    return body


def _hubspot_search_position(seen: Seen) -> int:
    body: dict[str, Any] = seen.json() or {}
    return _token(body.get("after"), "c")


LISTINGS: tuple[Listing, ...] = (
    Listing(
        "keap.list",
        KEAP,
        "GET",
        "/v2/tasks",
        "token",
        lambda client, kw: client.tasks.list(**kw),
        lambda seen: _token(seen.param("page_token"), "tok-"),
        _keap_page,
    ),
    Listing(
        "apollo.search",
        APOLLO,
        "POST",
        "/api/v1/tasks/search",
        "page",
        lambda client, kw: client.tasks.search(**kw),
        lambda seen: int(seen.param("page") or 1) - 1,
        _apollo_page,
    ),
    Listing(
        "ysuite.list",
        YSUITE,
        "GET",
        "/v1/tasks",
        "page",
        lambda client, kw: client.tasks.list(**kw),
        lambda seen: int(seen.param("pageIndex") or 0),
        _ysuite_page,
    ),
    Listing(
        "hubspot.list",
        HUBSPOT,
        "GET",
        "/crm/v3/objects/tasks",
        "token",
        lambda client, kw: client.tasks.list(**kw),
        lambda seen: _token(seen.param("after"), "c"),
        _hubspot_page,
    ),
    Listing(
        "hubspot.search",
        HUBSPOT,
        "POST",
        "/crm/v3/objects/tasks/search",
        "token",
        lambda client, kw: client.tasks.search(**kw),
        _hubspot_search_position,
        lambda items, number, pages, total: _hubspot_page(items, number, pages, total, search=True),
    ),
)


async def collect(paginator: Any) -> list[Any]:
    """Every item of a sync or async paginator."""
    if isinstance(paginator, crmtasks.AsyncPaginator):
        return [item async for item in cast("crmtasks.AsyncPaginator[Any, Any]", paginator)]
    return list(paginator)
