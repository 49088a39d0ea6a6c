"""Every request crmtasks.HubSpot sends, checked against HubSpot's own published OpenAPI document.

The real clients (sync and async) run through every operation that has a
body, and every keyword that shapes one, against the in-process sandbox; an
httpx event hook records each request. Each request is then matched to the
published document's operation by method and path template: its JSON body is
validated (Draft 4) against that operation's ``application/json`` request
schema (``$ref``s inlined, OpenAPI 3.0 ``nullable`` turned into a null type,
annotations dropped), and its query parameters must be ones the operation
declares, with values its schemas accept.

The published document over-states some things (``required`` members HubSpot
does not require, bare-string sort keys...). Those findings are listed in
PUBLISHED_FLAWS, each with why it is the document's flaw and not ours. Every
finding must be listed there, and every listed flaw must still be met by some
request: anything else the document rejects is a client or spec bug.

The published document lives in ../shared/reference/ beside the checkout;
without it these tests skip.
"""

# jsonschema's validators are only partly typed.
# pyright: reportUnknownMemberType=false, reportUnknownArgumentType=false, reportUnknownVariableType=false

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import httpx
import jsonschema  # type: ignore[import-untyped, unused-ignore]  # no stubs in the test extras
import pytest

import crmtasks
from crmtasks.hubspot import Task
from crmtasks.sandbox import Sandbox
from crmtasks_hubspot.kwargs import AssociationFields, TaskCreateItem

Schema = dict[str, Any]
Finding = tuple[str, str, str]
"""(operation as ``METHOD /path/template``, where: a JSON path in the body or ``?name`` a query parameter, kind)."""

UTC = dt.UTC
TASKS = "/crm/v3/objects/tasks"
CREATE, SEARCH = f"POST {TASKS}", f"POST {TASKS}/search"
BATCH_CREATE, BATCH_READ = f"POST {TASKS}/batch/create", f"POST {TASKS}/batch/read"

# The batch upsert is not modelled by specs/hubspot.yaml (its info.description says so): no client method sends it.
NOT_MODELLED = {f"POST {TASKS}/batch/upsert"}

PUBLISHED_FLAWS: dict[Finding, str] = {
    # -- required members HubSpot does not require ------------------------------------------------------------
    (CREATE, "$.associations", "required"): (
        "SimplePublicObjectInputForCreate requires it, yet its own description calls the associations optional, "
        "and HubSpot creates a task from properties alone (api-facts.md lists a task's associations as optional)"
    ),
    (BATCH_CREATE, "$.inputs[*].associations", "required"): (
        "SimplePublicObjectBatchInputForCreate: the same over-stated required as a single create's"
    ),
    (BATCH_READ, "$.properties", "required"): (
        "BatchReadInputSimplePublicObjectId requires it; HubSpot answers its default properties without it, as "
        "the GET operations do for their optional `properties` query parameter"
    ),
    (BATCH_READ, "$.propertiesWithHistory", "required"): (
        "BatchReadInputSimplePublicObjectId requires it, though its own description says the history is optional; "
        "HubSpot returns no history without it"
    ),
    (SEARCH, "$.after", "required"): (
        "PublicObjectSearchRequest requires the paging cursor, which its description says is for subsequent "
        "pages: a first page has none (api-facts.md: the cursor is the previous answer's paging.next.after)"
    ),
    (SEARCH, "$.properties", "required"): (
        "PublicObjectSearchRequest requires it; HubSpot answers its default properties without it"
    ),
    (SEARCH, "$.sorts", "required"): (
        "PublicObjectSearchRequest requires it; without sorts HubSpot answers in its default order"
    ),
    # -- query lists: the published style contradicts the published descriptions ----------------------------------
    **{
        (operation, f"?{name}", "explode"): (
            "the published parameter is style form with explode true (repeated names), yet its own description "
            "says the names are comma-separated; specs/hubspot.yaml declares explode: false and crmtasks sends one "
            "comma-separated value, as HubSpot's guides do"
        )
        for operation in (f"GET {TASKS}", f"GET {TASKS}/{{taskId}}")
        for name in ("properties", "propertiesWithHistory", "associations")
    },
    # -- shapes the published schemas get wrong ---------------------------------------------------------------
    (SEARCH, "$.sorts[*]", "type"): (
        "the published sort keys are bare strings; HubSpot's search guide sends objects "
        "({propertyName, direction}), and crmtasks does (specs/hubspot.yaml says so)"
    ),
}

# ../shared/reference beside the checkout, as tests/helpers.py's SHARED; not imported from there, because helpers
# imports yaml, whose stubs the test extras lack, and `mypy --strict` of this file would follow it.
REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference"


def reference_file(name: str) -> Path:
    """A file of ../shared/reference/, or skip the test when this checkout has none (as helpers.shared_file)."""
    path = REFERENCE / name
    if not path.is_file():
        pytest.skip(
            f"{path} is not here: the vendor sources live beside the checkout only on developer and CI machines"
        )
    return path


OPENAPI_ONLY = {"example", "nullable", "discriminator", "xml", "externalDocs", "readOnly", "writeOnly", "deprecated"}


# ---------------------------------------------------------------------------
# The published document: operations by method and path template, schemas as JSON Schema.
# ---------------------------------------------------------------------------


class Published:
    """HubSpot's published document: its operations by method + path template, their schemas as JSON Schema."""

    def __init__(self, data: Schema) -> None:
        self.data = data
        # Literal templates before ones with {parameters}, so /batch/read never matches /{taskId}.
        self.templates = sorted(data["paths"], key=lambda p: (p.count("{"), p))

    def resolve(self, node: Schema) -> Schema:
        while "$ref" in node:
            target: Any = self.data
            for part in str(node["$ref"]).removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def operation(self, method: str, path: str) -> tuple[str, Schema, Schema] | None:
        """The ``METHOD /template`` key, path item and operation of a request path, or None."""
        for template in self.templates:
            pattern = "".join(
                "[^/]+" if re.fullmatch(r"\{\w+\}", part) else re.escape(part) for part in _split(template)
            )
            item: Schema = self.data["paths"][template]
            if re.fullmatch(pattern, path) and method.lower() in item:
                return f"{method.upper()} {template}", item, item[method.lower()]
        return None

    def json_schema(self, node: Any, seen: tuple[str, ...] = ()) -> Any:
        """An OpenAPI 3.0 schema as JSON Schema (Draft 4): refs inlined, ``nullable`` a null type, no annotations."""
        if isinstance(node, list):
            return [self.json_schema(member, seen) for member in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            ref = str(node["$ref"])
            assert ref not in seen, f"recursive schema {ref}: inline it another way"
            return self.json_schema(self.resolve(node), (*seen, ref))
        schema: Schema = {}
        for key, value in node.items():
            if key in OPENAPI_ONLY:
                continue
            if key == "properties":
                schema[key] = {name: self.json_schema(member, seen) for name, member in value.items()}
            elif key in ("items", "additionalProperties", "not", "allOf", "anyOf", "oneOf"):
                schema[key] = self.json_schema(value, seen)
            else:
                schema[key] = value
        if node.get("nullable") is True:
            if "type" in schema:
                schema["type"] = [schema["type"], "null"]
            if "enum" in schema:
                schema["enum"] = [*schema["enum"], None]
        return schema

    def body_schema(self, operation: Schema) -> tuple[Schema | None, bool]:
        """The operation's application/json request schema (None without one) and whether a body is required."""
        holder = operation.get("requestBody")
        if holder is None:
            return None, False
        holder = self.resolve(holder)
        media: Schema | None = holder.get("content", {}).get("application/json")
        schema = None if media is None else self.json_schema(media["schema"])
        return schema, bool(holder.get("required", False))

    def query_parameters(self, item: Schema, operation: Schema) -> dict[str, Schema]:
        found: dict[str, Schema] = {}
        for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
            param = self.resolve(raw)
            if param["in"] == "query":
                found[param["name"]] = param
        return found


def _split(template: str) -> list[str]:
    return re.split(r"(\{\w+\})", template)


def json_path(path: Any) -> str:
    """``$.inputs[*].properties``: a jsonschema error path, with array indices as ``[*]``."""
    text = "$"
    for part in path:
        text += "[*]" if isinstance(part, int) else f".{part}"
    return text


def error_findings(key: str, error: jsonschema.ValidationError) -> Iterator[tuple[Finding, str]]:
    """The findings of one validation error, each with its message; one per missing member of a ``required``."""
    where = json_path(error.absolute_path)
    if error.validator == "required":
        instance: Any = error.instance
        required: Any = error.validator_value  # the schema's list of names
        for name in required:
            if isinstance(instance, dict) and name not in instance:
                yield (key, f"{where}.{name}", "required"), f"{name!r} is a required property"
    else:
        yield (key, where, str(error.validator)), error.message


def scalar(text: str, schema: Schema) -> Any:
    """A query value as the type its schema names, so the schema can judge it; left a string when it is not one."""
    kind = schema.get("type")
    if kind == "boolean" and text in ("true", "false"):
        return text == "true"
    if kind == "integer" and re.fullmatch(r"-?\d+", text):
        return int(text)
    if kind == "number" and re.fullmatch(r"-?\d+(\.\d+)?", text):
        return float(text)
    return text


class Checker:
    """Checks recorded requests against the published document; collects the findings with an example of each."""

    def __init__(self, published: Published, base_path: str) -> None:
        self.published = published
        self.base_path = base_path
        self.findings: dict[Finding, str] = {}
        self.operations: set[str] = set()
        self.bodies: dict[str, list[Any]] = {}

    def find(self, finding: Finding, detail: str) -> None:
        self.findings.setdefault(finding, detail)

    def check(self, request: httpx.Request) -> None:
        path = request.url.path.removeprefix(self.base_path)
        found = self.published.operation(request.method, path)
        if found is None:
            self.find((f"{request.method} {path}", "$", "operation"), "no published operation")
            return
        key, item, operation = found
        self.operations.add(key)
        self.check_body(key, operation, request)
        self.check_query(key, item, operation, request)

    def check_body(self, key: str, operation: Schema, request: httpx.Request) -> None:
        schema, required = self.published.body_schema(operation)
        content = request.content
        if schema is None:
            if content:
                self.find((key, "$", "body"), f"a body to an operation that takes none: {content!r}")
            return
        if not content:
            if required:
                self.find((key, "$", "body"), "no body where the published operation requires one")
            return
        media = request.headers.get("content-type", "").split(";")[0].strip()
        if media != "application/json":
            self.find((key, "$", "content-type"), f"sent as {media!r}")
        body = json.loads(content)
        validator = jsonschema.Draft4Validator(schema)
        self.bodies.setdefault(key, []).append(body)
        for error in validator.iter_errors(body):
            for finding, message in error_findings(key, error):
                self.find(finding, f"{message} in {json.dumps(body)}")

    def check_query(self, key: str, item: Schema, operation: Schema, request: httpx.Request) -> None:
        declared = self.published.query_parameters(item, operation)
        values: dict[str, list[str]] = {}
        for name, value in request.url.params.multi_items():
            values.setdefault(name, []).append(value)
        for name, sent in values.items():
            where = f"?{name}"
            param = declared.get(name)
            if param is None:
                self.find((key, where, "undeclared"), f"{request.url.query.decode()!r}")
                continue
            schema: Schema = self.published.json_schema(param["schema"])
            if schema.get("type") == "array":
                # The published lists are form/explode: true (repeated names); specs/hubspot.yaml says
                # explode: false, as the published descriptions do, and crmtasks sends one comma-joined value.
                exploded = param.get("explode", param.get("style", "form") == "form")
                if exploded and any("," in value for value in sent):
                    self.find((key, where, "explode"), f"{name}={','.join(sent)} is one value, not repeated names")
                items: Schema = schema.get("items", {})
                instance: Any = [scalar(value, items) for value in sent]
            else:
                if len(sent) > 1:
                    self.find((key, where, "repeated"), f"{sent}")
                instance = scalar(sent[-1], schema)
            for error in jsonschema.Draft4Validator(schema).iter_errors(instance):
                self.find((key, where, str(error.validator)), error.message)


# ---------------------------------------------------------------------------
# Driving the real clients against the sandbox.
# ---------------------------------------------------------------------------

SUBJECT, DUE = "hs_task_subject", "hs_timestamp"
ASSOCIATION: AssociationFields = {
    "to": {"id": "101"},
    "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 204}],
}


def ids(tasks: Sequence[Task] | None) -> list[str]:
    """The ids of answered tasks (the lenient models type every member optional)."""
    found = [task.id for task in tasks or ()]
    assert all(found), found
    return [str(i) for i in found]


def new(subject: str, day: int = 15, *, linked: bool = False) -> TaskCreateItem:
    """The fields of a create (a batch input, a create_many item), with an association when ``linked``."""
    fields: TaskCreateItem = {"properties": {SUBJECT: subject, DUE: f"2026-07-{day:02d}T09:30:00Z"}}
    if linked:
        fields["associations"] = [ASSOCIATION]
    return fields


def drive_sync(hubspot: crmtasks.HubSpot) -> None:
    """Every body-shaping keyword path of the sync client."""
    tasks = hubspot.tasks
    due = dt.datetime(2026, 7, 15, 9, 30, tzinfo=UTC)
    typed = tasks.create(
        hs_task_subject="Call back",
        hs_task_body="About the renewal",
        hs_task_status="NOT_STARTED",
        hs_task_priority="HIGH",
        hs_task_type="CALL",
        hs_timestamp=due,
        hs_task_reminders=due - dt.timedelta(hours=1),
        hubspot_owner_id="7001",
    )
    raw = tasks.create(properties={SUBJECT: "Raw", DUE: "2026-07-16T09:30:00Z"})
    typed_id, raw_id = ids([typed, raw])
    tasks.create(properties={SUBJECT: "Linked", DUE: "1784107800000"}, associations=[ASSOCIATION])
    tasks.create(hs_task_subject="Mixed", hs_timestamp=due, properties={"hs_task_body": "notes"})

    tasks.update(typed_id, hs_task_status="COMPLETED", hs_task_priority="LOW", hs_timestamp=due)
    tasks.update(raw_id, properties={"hs_task_body": ""})
    tasks.update(raw_id, hs_task_subject="Both", properties={"hs_task_type": "TODO"})

    tasks.get(typed_id, properties=[SUBJECT, DUE], properties_with_history=["hs_task_status", SUBJECT])
    tasks.get(typed_id, associations=["contacts", "companies"], archived=False)
    list(tasks.list(page_size=2, properties=[SUBJECT, DUE], archived=False))
    tasks.list(properties_with_history=["hs_task_status", SUBJECT], associations=["contacts", "deals"]).first_page()

    created = tasks.batch_create(inputs=[new("Batch 0"), new("Batch 1", 16), new("Batch 2", linked=True)])
    batch = ids(created.results)
    tasks.batch_read(inputs=[{"id": i} for i in batch])
    tasks.batch_read(
        inputs=[{"id": batch[0]}], properties=[SUBJECT], propertiesWithHistory=["hs_task_status"], archived=False
    )
    tasks.batch_update(inputs=[{"id": i, "properties": {"hs_task_status": "COMPLETED"}} for i in batch[:2]])
    tasks.batch_archive(inputs=[{"id": batch[2]}])

    for day in range(1, 8):
        tasks.create(properties={SUBJECT: f"Renewal {day}", DUE: f"2026-08-{day:02d}T09:00:00Z"})
    either: Any = [{"hs_task_priority": "HIGH"}, {"hs_task_subject__contains_token": "renewal*"}]
    pages = list(tasks.search(hs_task_subject__contains_token="renewal", page_size=2, properties=[SUBJECT]).pages())
    assert len(pages) >= 3, "search paging did not reach a third page: `after` went unchecked"
    list(
        tasks.search(hs_task_status="NOT_STARTED", hs_timestamp__gte=dt.datetime(2026, 7, 1, tzinfo=UTC), any_of=either)
    )
    list(
        tasks.search(
            hs_task_status__in=["NOT_STARTED", "COMPLETED"],
            hs_task_priority__neq="LOW",
            hs_task_type__not_in=["EMAIL"],
            hs_task_body__exists=False,
            hubspot_owner_id__exists=True,
            hs_timestamp__between=(dt.datetime(2026, 7, 1, tzinfo=UTC), dt.datetime(2026, 9, 1, tzinfo=UTC)),
        )
    )
    list(
        tasks.search(
            hs_task_reminders__lt=dt.datetime(2027, 1, 1, tzinfo=UTC),
            hs_task_subject__not_contains_token="spam",
            hs_task_subject="Renewal 1",
            sorts=[{"propertyName": DUE, "direction": "DESCENDING"}],
            query="renewal",
        )
    )
    raw_groups: Any = [
        {"filters": [{"propertyName": "hs_task_status", "operator": "EQ", "value": "NOT_STARTED"}]},
        {"filters": [{"propertyName": SUBJECT, "operator": "IN", "values": ["Raw", "Both"]}]},
    ]
    tasks.search(filterGroups=raw_groups, sorts=[{"propertyName": DUE}], limit=3).first_page()
    list(tasks.search())

    items: list[Any] = [new("Many 0"), {"hs_task_subject": "Many 1", "hs_timestamp": due, "hs_task_priority": "MEDIUM"}]
    results = tasks.create_many(items, concurrency=2)
    assert [result.status for result in results] == ["created", "created"], results

    tasks.delete(raw_id)


async def drive_async(hubspot: crmtasks.AsyncHubSpot) -> None:
    """The async twin sends the same bodies: a sample of each kind."""
    tasks = hubspot.tasks
    due = dt.datetime(2026, 9, 1, 8, tzinfo=UTC)
    task = await tasks.create(hs_task_subject="Async", hs_timestamp=due, hs_task_type="EMAIL")
    await tasks.update(ids([task])[0], hs_task_status="COMPLETED")
    created = await tasks.batch_create(inputs=[new("Async batch 0"), new("Async batch 1")])
    await tasks.batch_read(inputs=[{"id": i} for i in ids(created.results)], properties=[SUBJECT])
    pages = [page async for page in tasks.search(hs_task_subject__contains_token="async", page_size=1).pages()]
    assert len(pages) >= 2
    items: list[Any] = [new("Async many 0"), {"hs_task_subject": "Async many 1", "hs_timestamp": due}]
    results = await tasks.create_many(items)
    assert [result.status for result in results] == ["created", "created"], results


@pytest.fixture(scope="module")
def published() -> Published:
    return Published(json.loads(reference_file("hubspot-tasks-v3-openapi.json").read_text()))


@pytest.fixture(scope="module")
def sent() -> list[httpx.Request]:
    """Every request the sync and async clients sent while driven through their body-shaping keywords."""
    requests: list[httpx.Request] = []

    def record(request: httpx.Request) -> None:
        requests.append(request)

    async def record_async(request: httpx.Request) -> None:
        requests.append(request)

    sandbox = Sandbox(seed=1)
    options: dict[str, Any] = {**sandbox.credentials("hubspot"), "base_url": sandbox.base_url("hubspot")}
    with sandbox.httpx_client(event_hooks={"request": [record]}) as http:
        drive_sync(crmtasks.HubSpot(**options, http_client=http))

    async def run_async() -> None:
        async with sandbox.async_httpx_client(event_hooks={"request": [record_async]}) as http:
            await drive_async(crmtasks.AsyncHubSpot(**options, http_client=http))

    asyncio.run(run_async())
    return requests


@pytest.fixture(scope="module")
def checker(published: Published, sent: list[httpx.Request]) -> Checker:
    checker = Checker(published, httpx.URL(Sandbox.base_url("hubspot")).path)
    for request in sent:
        checker.check(request)
    return checker


def test_every_operation_with_a_body_was_sent(published: Published, checker: Checker) -> None:
    with_body = {
        f"{method.upper()} {path}"
        for path, item in published.data["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "requestBody" in operation
    }
    assert with_body - NOT_MODELLED - checker.operations == set()


def test_every_request_satisfies_the_published_document_but_for_its_flaws(checker: Checker) -> None:
    ours = {finding: detail for finding, detail in checker.findings.items() if finding not in PUBLISHED_FLAWS}
    assert ours == {}, "requests the published document rejects that are not its listed flaws"


def test_every_listed_flaw_is_still_met(checker: Checker) -> None:
    assert set(PUBLISHED_FLAWS) - set(checker.findings) == set(), "stale PUBLISHED_FLAWS entries"


def test_the_bodies_cover_the_keyword_paths(checker: Checker) -> None:
    """The drive really sent what the checks are about: cursors, OR groups, sorts, associations, batches."""
    searches = checker.bodies[SEARCH]
    assert any("after" in body for body in searches), "no search page sent its cursor"
    assert any(len(body["filterGroups"]) == 2 for body in searches), "no OR groups (any_of=, filterGroups=)"
    assert any(body.get("query") and body.get("sorts") for body in searches)
    assert any(body.get("filterGroups") == [] for body in searches), "no search without filters"
    assert any("associations" in body for body in checker.bodies[CREATE])
    assert any("propertiesWithHistory" in body for body in checker.bodies[BATCH_READ])


def test_the_checker_reports_what_the_document_rejects(published: Published) -> None:
    """The checks are not vacuous: a wrong body, an unknown parameter and a wrong value are all reported."""
    checker = Checker(published, "")
    base = "https://api.hubapi.com"
    bad_search = {"filterGroups": [{"filters": [{"propertyName": SUBJECT, "operator": "LIKE"}]}], "limit": "2"}
    checker.check(httpx.Request("POST", f"{base}{TASKS}/search?archived=true", json=bad_search))
    checker.check(httpx.Request("PATCH", f"{base}{TASKS}/12?idProperty=x&limit=5", json={"properties": {"a": 1}}))
    checker.check(httpx.Request("GET", f"{base}{TASKS}?archived=maybe&properties=a,b"))
    checker.check(httpx.Request("PUT", f"{base}{TASKS}/12", json={}))
    assert set(checker.findings) >= {
        (SEARCH, "$.filterGroups[*].filters[*].operator", "enum"),
        (SEARCH, "$.limit", "type"),
        (SEARCH, "?archived", "undeclared"),
        (f"PATCH {TASKS}/{{taskId}}", "$.properties.a", "type"),
        (f"PATCH {TASKS}/{{taskId}}", "?limit", "undeclared"),
        (f"GET {TASKS}", "?archived", "type"),
        (f"GET {TASKS}", "?properties", "explode"),
        (f"PUT {TASKS}/12", "$", "operation"),
    }
