"""``tasks.create_many`` end to end: the public clients against the in-process sandbox and its faults.

After each run the results are compared with what the server holds
(``sandbox.store(api).tasks``): no task is there twice, every ``created`` item
is there once, no ``failed`` item is there, and every ``unknown`` item is one
whose request really may have been carried out. Every item is unique (its
title, or its note for Apollo, which needs no title), so the server's tasks
tell which item each one came from. Sync and async, on every API a fault
applies to.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

import crmtasks
from crmtasks._registry import registered
from crmtasks.sandbox import Faults, Sandbox

from ..helpers import APIS, FLAVOURS, collect, settle

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("sleeps")]

COUNT = 10
# The member of a task that tells which item it came from.
KEY = {"keap": "title", "apollo": "note", "ysuite": "title", "hubspot": "hs_task_subject"}  # HubSpot: a property

# name -> (faults, client options, concurrency, the statuses expected where the run decides them)
SCENARIOS: dict[str, tuple[Faults, dict[str, Any], int, dict[str, int] | None]] = {
    # Carried out, then the connection broke before the answer: unknown, and there.
    "dropped-after-sending": (Faults(drop="after", drop_after=2, drop_count=3), {}, 4, {"created": 7, "unknown": 3}),
    # Never read by the server: failed (a create is retried after this, so here retries are off).
    "dropped-before-sending": (
        Faults(drop="before", drop_after=2, drop_count=3),
        {"max_retries": 0},
        4,
        {"created": 7, "failed": 3},
    ),
    # A 5xx may come after the work was done: unknown, never sent again.
    "server-errors": (Faults(error_after=2, error_statuses=[500, 502, 503]), {}, 4, {"created": 7, "unknown": 3}),
    # Three 429s in a row for one item use up its two retries: refused, failed.
    "429-burst": (Faults(rate_limit_after=2, rate_limit_count=3, retry_after=0.5), {}, 1, {"created": 9, "failed": 1}),
    # The same burst spread over the items in flight: retried, whoever gets it.
    "429-burst-concurrent": (Faults(rate_limit_after=2, rate_limit_count=3, retry_after=0.5), {}, 4, None),
    # Carried out, but the 200 came back cut short: unknown, and there.
    "unreadable-answers": (
        Faults(malformed="truncated", malformed_after=2, malformed_count=2),
        {},
        4,
        {"created": 8, "unknown": 2},
    ),
    "everything-at-once": (
        Faults(
            drop="after",
            drop_after=1,
            drop_count=2,
            error_after=4,
            error_statuses=[500, 503],
            rate_limit_after=6,
            rate_limit_count=3,
            retry_after=0.5,
            malformed="null",
            malformed_after=9,
            latency=0.002,
        ),
        {},
        4,
        None,
    ),
}


def item(api: str, tag: str, number: int) -> dict[str, Any]:
    """A create's keyword arguments, unique by ``KEY[api]``."""
    name = f"{tag}-{number}"
    if api == "keap":
        return {"title": name, "assigned_to_user_id": "42"}
    if api == "apollo":
        return {"contact_id": "c-7", "type": "call", "note": name}
    if api == "hubspot":
        return {"properties": {"hs_task_subject": name, "hs_timestamp": "2026-07-15T10:00:00Z"}}
    return {"title": name, "start_datetime": "2026-07-15T10:00:00", "cstid": 7}


def batch(api: str, tag: str) -> list[dict[str, Any]]:
    return [item(api, tag, n) for n in range(COUNT)]


def one_a_request(api: str) -> dict[str, Any]:
    """create_many's options for one item a request, so that a fault meets one item (a batch create of one)."""
    batched = registered(api).definition.spec_data.OPERATIONS["create_task"].get("batch") is not None
    return {"batch_size": 1} if batched else {}


def held(sandbox: Sandbox, api: str) -> Counter[str]:
    """How many tasks the server holds for each item key."""
    store = sandbox.store(api)  # type: ignore[arg-type]
    return Counter(str(members(api, task).get(KEY[api])) for task in store.tasks.values())


def members(api: str, task: Any) -> Any:
    """Where a task (stored, or an item) holds KEY[api]: HubSpot's in its properties."""
    return task["properties"] if api == "hubspot" else task


def key(api: str, result: crmtasks.BulkResult[Any]) -> str:
    return str(members(api, result.item)[KEY[api]])


def listed_key(api: str, task: Any) -> Any:
    """KEY[api] of a listed task (a generated model)."""
    return task.properties[KEY[api]] if api == "hubspot" else getattr(task, KEY[api])


def may_have_been_carried_out(error: Exception | None) -> bool:
    if isinstance(error, crmtasks.APIConnectionError):
        return error.may_have_been_sent
    return isinstance(error, crmtasks.InternalServerError | crmtasks.APIResponseValidationError)


def check_against_the_server(sandbox: Sandbox, api: str, results: crmtasks.BulkResults[Any]) -> None:
    """What the results say agrees with what the server holds; nothing is there twice."""
    stored = held(sandbox, api)
    assert [r.index for r in results] == list(range(len(results)))
    assert max(stored.values(), default=0) <= 1, f"a duplicate on the server: {stored.most_common(3)}"
    for result in results:
        there = stored[key(api, result)]
        if result.status == "created":
            assert there == 1 and result.value is not None and result.error is None
        elif result.status == "failed":
            assert there == 0, f"item {result.index} failed, yet is on the server ({result.error!r})"
        else:
            assert may_have_been_carried_out(result.error), repr(result.error)
            if not isinstance(result.error, crmtasks.InternalServerError):  # the sandbox's 5xx never reach the API
                assert there == 1, f"item {result.index} was carried out ({result.error!r})"


def statuses(results: crmtasks.BulkResults[Any]) -> dict[str, int]:
    return dict(Counter(r.status for r in results))


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("scenario", list(SCENARIOS))
async def test_create_many_under_faults_agrees_with_the_server(scenario: str, api: str, flavour: str) -> None:
    faults, options, concurrency, expected = SCENARIOS[scenario]
    sandbox = Sandbox(seed=3)
    client = sandbox.client(api, flavour, **options)  # type: ignore[arg-type]
    sandbox.set_faults(faults)
    progress: list[tuple[int, int]] = []
    results = await settle(
        client.tasks.create_many(
            batch(api, scenario),
            concurrency=concurrency,
            progress=lambda done, total: progress.append((done, total)),
            **one_a_request(api),
        )
    )
    check_against_the_server(sandbox, api, results)
    if expected is not None:
        assert statuses(results) == expected
    assert progress == [(n, COUNT) for n in range(1, COUNT + 1)]
    assert len(sandbox.store(api).tasks) == 3 + sum(held(sandbox, api)[key(api, r)] for r in results)  # type: ignore[arg-type]


def lookup(client: Any, api: str, wanted: dict[str, Any]) -> Any:
    """The listing that finds the task an item would have made, as the README says to look before creating again."""
    if api == "keap":
        return client.tasks.list(title=wanted["title"])
    if api == "ysuite":
        return client.tasks.list(search=wanted["title"])
    if api == "hubspot":  # a listing with the property: its subjects are compared below
        return client.tasks.list(properties=[KEY[api]])
    return client.tasks.search()  # Apollo's search takes no filter: its notes are compared below


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
async def test_the_unknown_ones_reconciled_and_the_failed_ones_sent_again_make_each_task_once(
    api: str, flavour: str
) -> None:
    sandbox = Sandbox()
    client = sandbox.client(api, flavour, max_retries=0)  # type: ignore[arg-type]
    sandbox.set_faults(drop="after", drop_after=1, drop_count=2, error_after=4, error_statuses=[500, 429, 422])
    results = await settle(client.tasks.create_many(batch(api, "again"), concurrency=3, **one_a_request(api)))
    assert results.unknown and results.failed
    sandbox.set_faults()
    for result in results.unknown:
        listed = await collect(lookup(client, api, dict(result.item)))
        if not any(listed_key(api, task) == key(api, result) for task in listed):
            await settle(client.tasks.create(**result.item))
    for result in results.failed:
        await settle(client.tasks.create(**result.item))
    assert held(sandbox, api) == Counter(key(api, r) for r in results)  # each item once, none twice


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", ["keap", "apollo", "hubspot"])  # ySuite declares no quota
async def test_a_quota_used_up_midway_creates_what_it_allows_and_sends_nothing_after(api: str, flavour: str) -> None:
    sandbox = Sandbox()
    client = sandbox.client(api, flavour)  # type: ignore[arg-type]
    sandbox.set_quota(api, "daily", remaining=3)  # type: ignore[arg-type]
    results = await settle(client.tasks.create_many(batch(api, "quota"), concurrency=1, **one_a_request(api)))
    check_against_the_server(sandbox, api, results)
    assert [r.status for r in results] == ["created"] * 3 + ["failed"] * (COUNT - 3)
    quota = results[3].error
    assert isinstance(quota, crmtasks.QuotaExceededError)
    for result in results[4:]:
        assert isinstance(result.error, crmtasks.BulkAbortedError) and result.error.reason is quota
    assert sandbox.counts()["requests"][api] == 4  # the three creates and the one refused: nothing after


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", ["keap", "apollo", "hubspot"])
async def test_a_quota_used_up_with_requests_in_flight_sends_no_aborted_item(api: str, flavour: str) -> None:
    sandbox = Sandbox()
    client = sandbox.client(api, flavour)  # type: ignore[arg-type]
    sandbox.set_faults(latency=0.01)  # requests overlap
    sandbox.set_quota(api, "daily", remaining=3)  # type: ignore[arg-type]
    results = await settle(client.tasks.create_many(batch(api, "quota"), concurrency=4, **one_a_request(api)))
    check_against_the_server(sandbox, api, results)
    refused = [r for r in results if isinstance(r.error, crmtasks.QuotaExceededError)]
    aborted = [r for r in results if isinstance(r.error, crmtasks.BulkAbortedError)]
    assert len(results.created) == 3 and refused and aborted
    assert len(refused) + len(aborted) == COUNT - 3
    # Every request the server saw is a created item or one refused for the quota: no aborted item went out.
    assert sandbox.counts()["requests"][api] == 3 + len(refused)
