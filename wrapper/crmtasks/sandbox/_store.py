"""``SpecStore``: one emulated API served from its generated ``spec_data``, plus what its vendor module declares.

From the spec it takes the routes (one per operation), who is let in (the
security schemes, with the sandbox's secret for each credential argument of the
API), how queries and bodies are checked (their schemas), how pages are cut
and answered (``x-pagination``), where an answer puts its record (``x-envelope``,
``x-method`` ``result``), what an error looks like (``x-errors``, ``x-envelope``),
and the handlers of the plain operations: ``list``, ``get``, ``create``,
``update`` (with its ``x-method`` mask) and ``delete``, named by ``x-method`` or,
where the spec gives none, by the REST shape of the path (``POST /tabs`` creates
a tab, ``DELETE /tabs/{tab_id}`` deletes one). Records live in one table per
collection path; an unpaged list answers ``{<last path segment>: [...]}``.

A vendor's subclass declares ``spec`` and ``credentials``, the statuses and
texts of its refusals, how a new record is filled (``new_record``), its seed
data and spec deviations, and a method named after each operation whose rules
the spec cannot state (Keap's filter grammar, Apollo's facets).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import math
import random
import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

import httpx

from ._common import (
    JSON,
    Counter,
    Deviation,
    Incoming,
    Problem,
    Route,
    check_object,
    deviate,
    json_response,
    query_values,
    routes,
)

if TYPE_CHECKING:
    from .._api import SpecData
    from .._seam import Operation, RateLimitWindow, XMethod

__all__ = ["SpecStore"]

Record = dict[str, Any]
Handler = Callable[[Incoming], httpx.Response]

_ITEM = re.compile(r"/\{(\w+)\}$")
_PLAIN = ("list", "get", "create", "update", "delete")


class SpecStore:
    """State and handlers of one emulated API (see the module's docstring for what comes from where)."""

    spec: ClassVar[SpecData]
    """The API's generated ``spec_data`` module."""
    credentials: ClassVar[Mapping[str, str]]
    """The secret the sandbox accepts for each credential argument of the client (``api_key``...)."""
    id_field: ClassVar[str] = "id"
    invalid_status: ClassVar[int] = 400
    """The status of a request whose query or body breaks the spec."""
    invalid_summary: ClassVar[str | None] = None
    """The message of such a refusal, when the vendor gives one summary plus per-field errors."""
    not_found_status: ClassVar[int] = 404
    path_prefixes: ClassVar[tuple[str, ...]] = ()
    """Other spellings of the API's URLs, served too (stripped before routing)."""
    deviations: ClassVar[Sequence[Sequence[Deviation]]] = ()
    """The spec deviations of the ``deviations`` fault, one variant per third task in turn (``_common.deviate``)."""
    tasks_in: ClassVar[Mapping[str, str]] = {}
    """Where the answers of operations the plain rules do not cover hold tasks (a dotted path)."""
    token_lifetime: ClassVar[float] = 3600.0
    """Seconds an OAuth2 access token lasts (for an API whose spec has a token endpoint)."""
    # Whether the last page of a token listing leaves its next-token member out (rather than sending "").
    omit_last_token: ClassVar[bool] = False

    def __init__(self) -> None:
        self.bearer_valid: Callable[[str], bool] | None = None
        """Asked whether a bearer token that is none of ``credentials`` is valid (the sandbox sets it)."""
        self.tables: dict[str, dict[Any, Record]] = {}
        self._ids = Counter()
        self._positions: dict[Any, int] = {}  # task id -> its place in creation order, from 1
        self._clock = dt.datetime(2025, 1, 6, 9, 0, tzinfo=dt.UTC)

    # -- what the sandbox asks of every store ------------------------------------------

    @property
    def tasks(self) -> dict[Any, Record]:
        """The tasks, by id, in creation order."""
        return self.table(self.task_collection)

    def routes(self) -> list[Route]:
        """One route per operation: the method named after it, else the plain handler its shape names."""
        handlers = {name: getattr(self, name, None) or self._plain(name) for name in self.spec.OPERATIONS}
        return routes(self.spec, handlers)

    def seed(self, count: int, rng: random.Random) -> None:
        """Add ``count`` realistic tasks (each vendor module says what realistic is)."""
        raise NotImplementedError

    def authorized(self, headers: httpx.Headers) -> bool:
        """Whether ``headers`` carry one of the API's credentials, as its client sends them.

        The fixed ``credentials`` are let in, and so is a bearer token that ``bearer_valid`` (the
        sandbox's OAuth2 token issuer, for an API with a token endpoint) says is valid.
        """
        from .._registry import registered  # noqa: PLC0415 - crmtasks is imported lazily

        for credential in registered(self.key()).definition.credentials:
            expected = self.credential_headers(credential.parts, self.credentials)
            if expected and all(headers.get(name) == value for name, value in expected.items()):
                return True
        kind, _, token = headers.get("authorization", "").partition(" ")
        return self.bearer_valid is not None and kind.lower() == "bearer" and self.bearer_valid(token.strip())

    @classmethod
    def credential_headers(
        cls, parts: Sequence[tuple[str, str, str]], given: Mapping[str, str]
    ) -> dict[str, str] | None:
        """The headers of one credential of the client (its (argument, variable, scheme) ``parts``), if all given.

        Each security scheme of the spec says where its value travels: an ``apiKey`` scheme in its header,
        ``http`` bearer and ``oauth2`` as ``Authorization: Bearer``.
        """
        headers: dict[str, str] = {}
        for argument, _, scheme_name in parts:
            value = given.get(argument)
            if not value:
                return None
            scheme = cls.spec.SECURITY_SCHEMES[scheme_name]
            name = scheme.get("name")
            if scheme["type"] == "apiKey" and scheme.get("in") == "header" and name:
                headers[name] = value
            else:
                headers["Authorization"] = f"Bearer {value}"
        return headers

    def error_body(self, status: int, message: str, field_errors: dict[str, list[str]] | None = None) -> JSON:
        """The vendor's error answer: the message where ``x-errors`` first looks, in the envelope if any."""
        errors = self.spec.ERRORS
        envelope = self.spec.ENVELOPE
        body: Record = {envelope["success"]: False} if envelope else {}
        body[errors["message"][0]] = message
        if field_errors and "field_errors" in errors:
            body[errors["field_errors"]] = field_errors
        return {**body, **self.error_extras(status)}

    def error_extras(self, status: int) -> Record:
        """Members of an error answer beyond its message (a vendor's code, say)."""
        return {}

    def throttled(self, window: RateLimitWindow, limit: int, path: str) -> str:
        """The message of a 429 for ``window`` (whose limit is ``limit``) refusing a request to ``path``."""
        return "Quota Exceeded"

    def throttled_body(self, window: RateLimitWindow, limit: int, path: str) -> JSON:
        """The body of that 429: the vendor's error with the ``throttled`` message."""
        return self.error_body(429, self.throttled(window, limit, path))

    def deviated(self, operation: str, body: JSON) -> JSON:
        """The answer ``body`` of ``operation`` with every third task (in creation order) breaking the spec."""
        where = self._tasks_at(operation)
        if where is None:
            return body
        path = tuple(where.split(".")) if where else ()
        return deviate(body, path, self.ordinal, self.deviations)

    def ordinal(self, task: Record) -> int | None:
        """A task's place in creation order, from 1 (which tasks deviate goes by it)."""
        return self._positions.get(task.get(self.id_field))

    # -- tools for handlers --------------------------------------------------------------

    @classmethod
    def key(cls) -> str:
        """The API's key in crmtasks' registry (``keap``), from the generated package's name."""
        return cls.spec.__name__.split(".")[0].removeprefix("crmtasks_")

    def operation(self, request: Incoming) -> Operation:
        """The spec_data entry of the operation ``request`` was routed to."""
        return self.spec.OPERATIONS[request.operation]

    def table(self, collection: str) -> dict[Any, Record]:
        """The records stored under a collection path (``/v2/tasks``)."""
        return self.tables.setdefault(collection, {})

    def now(self) -> dt.datetime:
        """A clock that always moves forward, so creation and modification times order writes."""
        self._clock = max(self._clock + dt.timedelta(milliseconds=1), dt.datetime.now(dt.UTC))
        return self._clock

    def new_id(self, collection: str) -> Any:
        """The id of a new record: a counter shared by all collections, typed as the spec's id parameters."""
        number = self._ids.take()
        return number if self._integer_ids() else str(number)

    def new_record(self, collection: str, body: Record) -> Record:
        """The record a create stores for ``body`` (its id is added after)."""
        return dict(body)

    def insert(self, collection: str, record: Record) -> Record:
        """Store ``record`` under a new id (unless it has one) and return it."""
        record.setdefault(self.id_field, self.new_id(collection))
        record_id = record[self.id_field]
        self.table(collection)[record_id] = record
        if collection == self.task_collection:
            self._positions[record_id] = len(self._positions) + 1
        return record

    def add_task(self, body: Record) -> Record:
        """Store a new task made from ``body`` as a create would (for seeding)."""
        return self.insert(self.task_collection, self.new_record(self.task_collection, body))

    def record(self, request: Incoming) -> Record:
        """The record an item path names, or the vendor's not-found answer."""
        table, record_id = self._locate(request)
        return table[record_id]

    def query(self, request: Incoming) -> Record:
        """The query by wire name, converted and checked against the operation's parameters."""
        values, errors = query_values(self.operation(request)["params"], request.query)
        self._refuse(errors)
        return values

    def body(self, request: Incoming) -> Record:
        """The JSON body, checked against the operation's body schema."""
        errors: dict[str, list[str]] = {}
        schema = self.operation(request)["body"]
        if schema is None:
            raise RuntimeError(f"{request.operation} takes no body")
        check_object(self.spec.SCHEMAS[schema], request.body, errors)
        self._refuse(errors)
        body: Record = request.body
        return body

    def answer(self, request: Incoming, value: JSON, status: int | None = None) -> httpx.Response:
        """``value`` as the operation answers it: in its ``x-method`` result member and its envelope."""
        result = _declared(self.operation(request)).get("result")
        if result is not None:
            value = {result: value}
        return json_response(status or self.operation(request)["status"], self.enveloped(value))

    def reply(self, request: Incoming, body: JSON) -> httpx.Response:
        """``body`` as it is, with the operation's success status."""
        return json_response(self.operation(request)["status"], body)

    def enveloped(self, data: JSON) -> JSON:
        """``data`` inside the API's success envelope, if it has one."""
        envelope = self.spec.ENVELOPE
        return {envelope["success"]: True, envelope["data"]: data} if envelope else data

    def page(self, request: Incoming, records: list[Record], query: Record) -> Record:
        """One page of ``records`` as the operation's ``x-pagination`` says to cut and answer it.

        ``query`` holds the request's paging values: its query by wire name, or its JSON body when the
        operation pages through body members (``in: body``).
        """
        op = self.operation(request)
        spec = op.get("pagination")
        if spec is None:
            raise RuntimeError(f"{request.operation} declares no x-pagination")
        default: int | None = None
        if spec.get("in") == "body":  # body members go by their JSON names already
            wire = {spec["page_size_param"]: spec["page_size_param"]}
            if spec["style"] == "token":
                wire[spec["token_param"]] = spec["token_param"]
            if op["body"] is not None:  # a body leaves defaults out: the schema's default size applies
                member = self.spec.SCHEMAS[op["body"]].get("properties", {}).get(spec["page_size_param"], {})
                default = member.get("default")
        else:  # the query has its defaults filled in already
            wire = {name: param["name"] for name, param in op["params"].items()}
        size: int = query.get(wire[spec["page_size_param"]]) or default or spec["page_size_max"]
        body: Record = {}
        if spec["style"] == "token":
            turn = wire[spec["token_param"]]
            paging = (turn, wire[spec["page_size_param"]])
            fingerprint = json.dumps({k: str(v) for k, v in sorted(query.items()) if k not in paging})
            offset = _read_token(query.get(turn), fingerprint, turn)
            # An API that serves at most max_results records per search offers no page past them.
            reach = min(len(records), spec.get("max_results", len(records)))
            more = offset + size < reach
            _put(body, spec["items"], records[offset : min(offset + size, reach)])
            if more or not self.omit_last_token:
                token = _make_token(offset + size, fingerprint) if more else ""
                _put(body, spec.get("wire", {}).get("next_token", spec["next_token"]), token)
            if "total_items" in spec:
                _put(body, spec.get("wire", {}).get("total_items", spec["total_items"]), len(records))
        else:
            number: int = query[wire[spec["page_param"]]]
            start = (number - spec["page_base"]) * size
            # An API that serves at most max_results records per search answers later pages empty.
            reachable = records[: spec.get("max_results", len(records))]
            _put(body, spec["items"], reachable[start : start + size])
            current = number - spec["page_base"] + spec.get("current_page_base", 1)
            for path, value in (
                (spec.get("current_page"), current),
                (spec.get("total_items"), len(records)),
                (spec.get("total_pages"), math.ceil(len(records) / size)),
            ):
                if path is not None:
                    _put(body, path, value)
        envelope = self.spec.ENVELOPE
        if envelope:
            body[envelope["success"]] = True
        return body

    # -- the plain handlers ------------------------------------------------------------

    def _plain(self, name: str) -> Handler:
        op = self.spec.OPERATIONS[name]
        declared = _declared(op).get("name")
        item = _ITEM.search(op["path"]) is not None
        kind = declared if declared in _PLAIN else _rest_kind(op["method"], item)
        if kind is None:
            raise RuntimeError(f"{self.key()}: {name} is no plain operation; give the store a method named {name}")
        handlers: dict[str, Handler] = {
            "list": self._list,
            "get": self._get,
            "create": self._create,
            "update": self._update,
            "delete": self._delete,
        }
        return handlers[kind]

    def _list(self, request: Incoming) -> httpx.Response:
        op = self.operation(request)
        query = self.query(request)
        records = [r for r in self.table(op["path"]).values() if _equal_on_fields(r, query)]
        if "pagination" in op:
            return self.reply(request, self.page(request, records, query))
        return self.answer(request, {op["path"].rsplit("/", 1)[-1]: records})

    def _get(self, request: Incoming) -> httpx.Response:
        self.query(request)
        return self.answer(request, self.record(request))

    def _create(self, request: Incoming) -> httpx.Response:
        collection = self.operation(request)["path"]
        return self.answer(request, self.insert(collection, self.new_record(collection, self.body(request))))

    def _update(self, request: Incoming) -> httpx.Response:
        record = self.record(request)
        op = self.operation(request)
        query = self.query(request)  # checked whether or not a mask is declared
        mask_param = _declared(op).get("mask")
        mask = query.get(op["params"][mask_param]["name"]) if mask_param else None
        body = self.body(request)
        self.changed(record, {k: v for k, v in body.items() if not mask or k in mask})
        return self.answer(request, record)

    def changed(self, record: Record, changes: Record) -> None:
        """Apply an update's ``changes`` to a stored record (a vendor adds its modification time)."""
        record.update(changes)

    def _delete(self, request: Incoming) -> httpx.Response:
        table, record_id = self._locate(request)
        del table[record_id]
        return httpx.Response(204)

    # -- internals ---------------------------------------------------------------------

    def _locate(self, request: Incoming) -> tuple[dict[Any, Record], Any]:
        path = self.operation(request)["path"]
        match = _ITEM.search(path)
        if match is None:
            raise RuntimeError(f"{path} names no single record")
        table = self.table(path[: match.start()])
        raw = request.path_params[match.group(1)]
        record_id: Any = int(raw) if self._integer_ids() and raw.isdigit() else raw
        if record_id not in table:
            raise Problem(self.not_found_status, self.not_found(path[: match.start()], raw))
        return table, record_id

    def not_found(self, collection: str, record_id: str) -> str:
        """The message of a not-found answer."""
        kind = re.sub(r"(?<!^)(?=[A-Z])", " ", collection.rsplit("/", 1)[-1]).lower().removesuffix("s")
        return f"{kind.capitalize()} {record_id} not found"

    def _refuse(self, errors: dict[str, list[str]]) -> None:
        if errors:
            field, messages = next(iter(errors.items()))
            raise Problem(self.invalid_status, self.invalid_summary or f"Invalid {field}: {messages[0]}", errors)

    @property
    def task_collection(self) -> str:
        """The collection path tasks are created under (the path of ``tasks.create``)."""
        for op in self.spec.OPERATIONS.values():
            declared = _declared(op)
            if declared.get("resource") == "tasks" and declared.get("name") == "create":
                path: str = op["path"]
                return path
        raise RuntimeError(f"{self.key()}: the spec has no tasks.create, which says where tasks live")

    def _integer_ids(self) -> bool:
        for op in self.spec.OPERATIONS.values():
            for param in op["params"].values():
                if param["in"] == "path":
                    return bool(param["schema"].get("type") == "integer")
        return False

    def _tasks_at(self, operation: str) -> str | None:
        if operation in self.tasks_in:
            return self.tasks_in[operation]
        op = self.spec.OPERATIONS[operation]
        if "pagination" in op:
            items: str = op["pagination"]["items"]
            return items
        collection = self.task_collection
        if op["path"] != collection and _ITEM.sub("", op["path"]) != collection:
            return None
        envelope = self.spec.ENVELOPE
        where = [part for part in (envelope["data"] if envelope else None, _declared(op).get("result")) if part]
        return ".".join(where)


def _declared(op: Operation) -> XMethod | dict[str, str]:
    """The operation's ``x-method``, or nothing declared."""
    return op.get("client_method") or {}


def _rest_kind(method: str, item: bool) -> str | None:
    if item:
        return {"GET": "get", "PATCH": "update", "PUT": "update", "DELETE": "delete"}.get(method)
    return {"GET": "list", "POST": "create"}.get(method)


def _equal_on_fields(record: Record, query: Record) -> bool:
    """Query parameters named like a field of the record keep the records whose field equals them."""
    return all(record.get(name) == value for name, value in query.items() if name in record and value is not None)


def _put(body: Record, path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for part in parents:
        body = body.setdefault(part, {})
    body[last] = value


def _make_token(offset: int, fingerprint: str) -> str:
    """An opaque page token: the next offset, and the query it belongs to."""
    return base64.urlsafe_b64encode(json.dumps([offset, fingerprint]).encode()).decode().rstrip("=")


def _read_token(token: str | None, fingerprint: str, param: str) -> int:
    """The offset of a page token of ``_make_token`` (0 for none), or a 400 when it belongs to another query."""
    if not token:
        return 0
    try:
        offset, seen = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except (ValueError, TypeError) as error:
        raise Problem(400, f"Invalid {param}") from error
    if seen != fingerprint or not isinstance(offset, int):
        raise Problem(400, f"{param} does not belong to this query")
    return offset
