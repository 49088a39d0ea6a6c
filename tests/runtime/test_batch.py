"""``create_many`` through a batch create (HubSpot's, declared by ``x-batch``): many items a request, each told apart.

Unit tests over ``httpx.MockTransport`` script HubSpot's batch answers (out of
order, a 207 naming some inputs, traces missing, garbage); the end-to-end ones
run the real client against the sandbox and compare the results with what it
holds. Sync and async alike.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import crmtasks
from crmtasks.sandbox import Sandbox

from ..helpers import FLAVOURS, make_client, settle

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("sleeps")]

BATCH_PATH = "/crm/v3/objects/tasks/batch/create"
DUE = "2026-07-15T10:00:00Z"


def items(count: int, tag: str = "item") -> list[dict[str, Any]]:
    return [{"hs_task_subject": f"{tag}-{n}", "properties": {"hs_timestamp": DUE}} for n in range(count)]


def task(number: int, subject: str, trace: str | None) -> dict[str, Any]:
    stamp = "2026-07-01T09:00:00Z"
    answer: dict[str, Any] = {
        "id": str(1000 + number),
        "properties": {"hs_task_subject": subject, "hs_timestamp": DUE},
        "createdAt": stamp,
        "updatedAt": stamp,
        "archived": False,
    }
    if trace is not None:
        answer["objectWriteTraceId"] = trace
    return answer


def batch_answer(
    status: int, results: list[dict[str, Any]], errors: list[dict[str, Any]] | None = None
) -> httpx.Response:
    body: dict[str, Any] = {
        "status": "COMPLETE",
        "results": results,
        "startedAt": "2026-07-01T09:00:00Z",
        "completedAt": "2026-07-01T09:00:01Z",
    }
    if errors is not None:
        body["errors"], body["numErrors"] = errors, len(errors)
    return httpx.Response(status, json=body)


Script = Callable[[list[dict[str, Any]]], httpx.Response]


class BatchServer:
    """HubSpot's batch create, answering each request's inputs with ``script``; it records every request."""

    def __init__(self, script: Script) -> None:
        self.script = script
        self.requests: list[list[dict[str, Any]]] = []
        self.paths: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        body: dict[str, Any] = json.loads(request.content)
        # A single create is the fallback after a batch refused whole.
        inputs: list[dict[str, Any]] = body["inputs"] if request.url.path == BATCH_PATH else [body]
        self.requests.append(inputs)
        return self.script(inputs)


def subject(entry: dict[str, Any]) -> str:
    return str(entry["properties"]["hs_task_subject"])


def echo(inputs: list[dict[str, Any]]) -> httpx.Response:
    """Every input created, its trace stated, the results in reverse order (HubSpot promises no order)."""
    made = [task(n, subject(i), i.get("objectWriteTraceId")) for n, i in enumerate(inputs)]
    return batch_answer(201, made[::-1])


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_items_travel_a_hundred_a_request_and_each_gets_its_own_task(flavour: str) -> None:
    server = BatchServer(echo)
    hubspot = make_client("hubspot", flavour, server)  # type: ignore[arg-type]
    progress: list[tuple[int, int]] = []
    results = await settle(
        hubspot.tasks.create_many(items(250), progress=lambda done, total: progress.append((done, total)))
    )
    assert sorted(len(inputs) for inputs in server.requests) == [50, 100, 100]  # concurrently: in any order
    # Each input is the checked body of a create (typed keywords folded into properties) and its trace.
    first = next(inputs[0] for inputs in server.requests if inputs[0]["objectWriteTraceId"] == "0")
    assert first == {"properties": {"hs_task_subject": "item-0", "hs_timestamp": DUE}, "objectWriteTraceId": "0"}
    assert [r.status for r in results] == ["created"] * 250
    assert all(r.value.hs_task_subject == f"item-{r.index}" for r in results)  # matched by trace, not by order
    assert progress[-1] == (250, 250) and len(progress) == 250


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_a_207_fails_the_inputs_its_errors_name_and_leaves_untold_ones_unknown(flavour: str) -> None:
    def partly(inputs: list[dict[str, Any]]) -> httpx.Response:
        made = [task(n, subject(i), i["objectWriteTraceId"]) for n, i in enumerate(inputs) if n not in (1, 2, 3)]
        refused = {
            "status": "error",
            "category": "VALIDATION_ERROR",
            "message": "Property values were not valid",
            "context": {"objectWriteTraceId": [inputs[1]["objectWriteTraceId"], inputs[2]["objectWriteTraceId"]]},
        }
        return batch_answer(207, made, [refused])  # input 3: neither a result nor named by an error

    hubspot = make_client("hubspot", flavour, BatchServer(partly))  # type: ignore[arg-type]
    results = await settle(hubspot.tasks.create_many(items(5)))
    assert [r.status for r in results] == ["created", "failed", "failed", "unknown", "created"]
    assert isinstance(results[1].error, crmtasks.APIStatusError) and results[1].error.status_code == 207
    assert "Property values were not valid" in str(results[1].error)
    assert isinstance(results[3].error, crmtasks.APIResponseValidationError)
    assert "item 3" in str(results[3].error) and results[4].value.hs_task_subject == "item-4"


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_results_whose_traces_match_no_item_leave_every_item_unknown(flavour: str) -> None:
    """Items are credited by trace only: never by the order of the results, even of a complete answer."""
    marks: dict[str, Callable[[str], str | None]] = {  # what each result states, from its input's trace
        "no trace": lambda trace: None,
        "another batch's trace": lambda trace: str(int(trace) + 3),
        "an empty trace": lambda trace: "",
    }
    for kind, mark in marks.items():

        def answered(inputs: list[dict[str, Any]], mark: Callable[[str], str | None] = mark) -> httpx.Response:
            # A complete answer (a result for each input, in input order, no errors) but for the traces.
            made = [task(n, subject(i), mark(i["objectWriteTraceId"])) for n, i in enumerate(inputs)]
            return batch_answer(201, made)

        server = BatchServer(answered)
        hubspot = make_client("hubspot", flavour, server)  # type: ignore[arg-type]
        results = await settle(hubspot.tasks.create_many(items(3)))
        assert [r.status for r in results] == ["unknown"] * 3, kind
        assert all(isinstance(r.error, crmtasks.APIResponseValidationError) for r in results)
        assert "does not say what became of item 1" in str(results[1].error)
        assert len(server.requests) == 1  # unknown items may exist: none is sent again

    def mixed(inputs: list[dict[str, Any]]) -> httpx.Response:
        # Item 0's trace twice, item 1's never, item 2's once: as many results as items, no errors.
        return batch_answer(201, [task(0, "item-0", "0"), task(1, "item-1", "0"), task(2, "item-2", "2")])

    server = BatchServer(mixed)
    hubspot = make_client("hubspot", flavour, server)  # type: ignore[arg-type]
    results = await settle(hubspot.tasks.create_many(items(3)))
    assert [r.status for r in results] == ["created", "unknown", "created"]
    assert (results[0].value.id, results[2].value.id) == ("1000", "1002") and len(server.requests) == 1


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_an_unreadable_batch_answer_leaves_every_item_unknown_and_is_not_sent_again(flavour: str) -> None:
    server = BatchServer(lambda inputs: httpx.Response(201, content=b'{"status": "COMPLETE", "results": [{"id'))
    hubspot = make_client("hubspot", flavour, server)  # type: ignore[arg-type]
    results = await settle(hubspot.tasks.create_many(items(3)))
    assert [r.status for r in results] == ["unknown"] * 3 and len(server.requests) == 1


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_a_batch_refused_whole_is_sent_again_item_by_item(flavour: str) -> None:
    def strict(inputs: list[dict[str, Any]]) -> httpx.Response:
        if any(i["properties"].get("hs_task_subject") == "item-1" for i in inputs):
            error = {"status": "error", "message": "Property values were not valid", "category": "VALIDATION_ERROR"}
            return httpx.Response(400, json={**error, "correlationId": "c-1"})
        if len(inputs) == 1 and "objectWriteTraceId" not in inputs[0]:  # a single create answers the task itself
            return httpx.Response(201, json=task(0, subject(inputs[0]), None))
        return echo(inputs)

    server = BatchServer(strict)
    hubspot = make_client("hubspot", flavour, server)  # type: ignore[arg-type]
    results = await settle(hubspot.tasks.create_many(items(3)))
    assert [r.status for r in results] == ["created", "failed", "created"]
    assert isinstance(results[1].error, crmtasks.BadRequestError)
    assert server.paths == [BATCH_PATH, *["/crm/v3/objects/tasks"] * 3]


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_batch_size_is_checked_before_anything_is_sent(flavour: str) -> None:
    server = BatchServer(echo)
    hubspot = make_client("hubspot", flavour, server)  # type: ignore[arg-type]
    for wrong in (0, 101, True, "10"):
        with pytest.raises(crmtasks.ValidationError, match="batch_size"):
            await settle(hubspot.tasks.create_many(items(2), batch_size=wrong))
    results = await settle(hubspot.tasks.create_many(items(5), batch_size=2))
    assert sorted(len(inputs) for inputs in server.requests) == [1, 2, 2] and len(results.created) == 5


# -- end to end, against the sandbox ---------------------------------------------------------------------


def held(sandbox: Sandbox) -> Counter[str]:
    return Counter(str(t["properties"].get("hs_task_subject")) for t in sandbox.store("hubspot").tasks.values())


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_the_sandbox_holds_each_item_once_and_one_bad_item_fails_alone(flavour: str) -> None:
    sandbox = Sandbox(seed=2)
    hubspot = sandbox.client("hubspot", flavour)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    wanted = items(120, "e2e")
    wanted[70] = {**wanted[70], "properties": {"hs_timestamp": DUE, "no_such_property": "x"}}  # HubSpot refuses it
    before = sandbox.counts()["requests"]["hubspot"]
    results = await settle(hubspot.tasks.create_many(wanted, concurrency=2))
    assert [r.status for r in results].count("created") == 119
    assert results[70].status == "failed" and "no_such_property" in str(results[70].error)
    # The first batch (100 items) was refused whole, then sent one by one; the second (20) went through.
    assert sandbox.counts()["requests"]["hubspot"] - before == 2 + 100
    stored = held(sandbox)
    assert all(stored[f"e2e-{n}"] == (0 if n == 70 else 1) for n in range(120))
    assert all(r.value.hs_task_subject == f"e2e-{r.index}" for r in results.created)


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_a_batch_cut_off_after_sending_is_unknown_and_there(flavour: str) -> None:
    sandbox = Sandbox(seed=2)
    hubspot = sandbox.client("hubspot", flavour)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    sandbox.set_faults(drop="after", drop_after=1, drop_count=1)  # the second request is carried out, unanswered
    results = await settle(hubspot.tasks.create_many(items(12, "cut"), batch_size=5, concurrency=1))
    assert [r.status for r in results] == ["created"] * 5 + ["unknown"] * 5 + ["created"] * 2
    stored = held(sandbox)
    assert all(stored[f"cut-{n}"] == 1 for n in range(12))  # nothing twice: the batch was not sent again


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_an_item_with_call_options_fails_alone_before_anything_is_sent(flavour: str) -> None:
    server = BatchServer(echo)
    hubspot = make_client("hubspot", flavour, server)  # type: ignore[arg-type]
    wanted: list[Any] = items(3)
    wanted[1] = {**wanted[1], "timeout": 5}  # not a field of create: code without a type checker can pass it
    results = await settle(hubspot.tasks.create_many(wanted))
    assert [r.status for r in results] == ["created", "failed", "created"]
    assert isinstance(results[1].error, crmtasks.ValidationError) and len(server.requests) == 1


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_a_quota_used_up_while_a_refused_batch_is_resent_stops_the_run(flavour: str) -> None:
    daily = {"status": "error", "message": "daily limit", "correlationId": "c", "category": "RATE_LIMITS"}

    def quota_after_one(inputs: list[dict[str, Any]]) -> httpx.Response:
        if len(inputs) > 1:  # the batch: refused whole
            return httpx.Response(400, json={**daily, "message": "Property values were not valid"})
        if subject(inputs[0]) == "item-0":
            return httpx.Response(201, json=task(0, subject(inputs[0]), None))
        return httpx.Response(429, json={**daily, "policyName": "DAILY"})

    server = BatchServer(quota_after_one)
    hubspot = make_client("hubspot", flavour, server)  # type: ignore[arg-type]
    results = await settle(hubspot.tasks.create_many(items(6), batch_size=3, concurrency=1))
    assert [r.status for r in results] == ["created"] + ["failed"] * 5
    assert isinstance(results[1].error, crmtasks.QuotaExceededError)
    assert all(isinstance(r.error, crmtasks.BulkAbortedError) for r in results[2:])
    assert len(server.requests) == 3  # the batch, item 0, item 1: the second batch never went out
