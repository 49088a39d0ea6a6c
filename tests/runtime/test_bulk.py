"""``tasks.create_many``: one result per item, each created, failed (provably not carried out) or unknown.

Unit tests over ``httpx.MockTransport``, sync and async, on Keap: a scripted
create endpoint answers each item by its title, so the script holds however
the threads or tasks interleave. The same rules end to end, through the
sandbox's faults and on all three APIs, are in tests/e2e/test_e2e_bulk.py.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest

import crmtasks
from crmtasks._bulk import outcome

from ..helpers import FLAVOURS, make_client, settle

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("sleeps")]

KEAP_THROTTLED = {"code": "429", "message": "Quota Exceeded", "status": "Request Throttled", "details": None}
# Keap's headers for a used-up daily quota: its 429 is then a QuotaExceededError, never retried.
QUOTA_GONE = {
    "x-keap-product-quota-limit": "30000",
    "x-keap-product-quota-available": "0",
    "x-keap-product-quota-used": "30000",
    "x-keap-product-quota-expiry-time": "1795910400000",
}


class Server:
    """Keap's create endpoint for these tests: answers each item by its title, counting requests in flight.

    ``answers[title]`` is a script used in turn, one entry per request with that
    title (as MockAPI takes them: an ``httpx.Response``, a ``(status, json[, headers])``
    tuple or an exception to raise); past its end, or without one, a request is
    answered 201 with the task. ``delays[title]`` holds a request that long
    before answering; ``after[title]`` holds it until the request of another
    title has arrived.
    """

    def __init__(
        self,
        answers: dict[str, list[Any]] | None = None,
        delays: dict[str, float] | None = None,
        after: dict[str, str] | None = None,
    ) -> None:
        self.answers = answers or {}
        self.delays = delays or {}
        self.after = after or {}
        self.arrived: list[str] = []
        self.answered: list[str] = []
        self.in_flight = 0
        self.most_in_flight = 0
        self._lock = threading.Lock()

    def handle(self, request: httpx.Request) -> httpx.Response:
        title = self._arrive(request)
        try:
            deadline = time.monotonic() + 5
            while self.after.get(title) not in (None, *self.arrived) and time.monotonic() < deadline:
                time.sleep(0.001)
            time.sleep(self.delays.get(title, 0))
            return self._answer(title)
        finally:
            self._leave(title)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        title = self._arrive(request)
        try:
            deadline = time.monotonic() + 5
            while self.after.get(title) not in (None, *self.arrived) and time.monotonic() < deadline:
                await anyio.sleep(0.001)
            await anyio.sleep(self.delays.get(title, 0))
            return self._answer(title)
        finally:
            self._leave(title)

    def handler(self, flavour: str) -> Any:
        return self.handle if flavour == "sync" else self.handle_async

    def _arrive(self, request: httpx.Request) -> str:
        title: str = json.loads(request.content)["title"]
        with self._lock:
            self.arrived.append(title)
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        return title

    def _leave(self, title: str) -> None:
        with self._lock:
            self.in_flight -= 1
            self.answered.append(title)

    def _answer(self, title: str) -> httpx.Response:
        script = self.answers.get(title, [])
        answer = script.pop(0) if script else (201, {"id": f"id-{title}", "title": title})
        if isinstance(answer, BaseException):
            raise answer
        if isinstance(answer, httpx.Response):
            return answer
        status, body, *rest = answer
        headers = rest[0] if rest else None
        if isinstance(body, bytes):
            return httpx.Response(status, content=body, headers=headers)
        return httpx.Response(status, json=body, headers=headers)


def items(*titles: str) -> list[dict[str, Any]]:
    return [{"title": title, "assigned_to_user_id": "42"} for title in titles]


def numbered(count: int) -> list[dict[str, Any]]:
    return items(*(f"T{n}" for n in range(count)))


async def create_many(flavour: str, server: Server, batch: Any, **options: Any) -> crmtasks.BulkResults[Any]:
    """``create_many`` of a Keap client on ``server``; ``client_options`` go to the client."""
    client = make_client("keap", flavour, server.handler(flavour), **options.pop("client_options", {}))
    results: crmtasks.BulkResults[Any] = await settle(client.tasks.create_many(batch, **options))
    return results


def statuses(results: crmtasks.BulkResults[Any]) -> list[str]:
    return [result.status for result in results]


# ----------------------------------------------------------------------------- results, in input order


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_every_item_is_created_and_answered_in_input_order(flavour: str) -> None:
    batch = numbered(4)
    # The first item answers last: the requests finish in the reverse of their order.
    server = Server(delays={"T0": 0.12, "T1": 0.08, "T2": 0.04})
    results = await create_many(flavour, server, batch, concurrency=4)
    assert server.answered == ["T3", "T2", "T1", "T0"]
    assert [r.index for r in results] == [0, 1, 2, 3]
    assert [r.item for r in results] == batch
    assert statuses(results) == ["created"] * 4 and results.created == list(results)
    assert [r.value.title for r in results if r.value is not None] == ["T0", "T1", "T2", "T3"]
    assert isinstance(results[0].value, crmtasks.keap.Task) and results[0].error is None
    assert results.failed == [] and results.unknown == []


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_any_iterable_of_items_is_read_once(flavour: str) -> None:
    server = Server()
    seen: list[tuple[int, int]] = []

    def generated() -> Iterator[dict[str, Any]]:
        yield from numbered(3)

    results = await create_many(flavour, server, generated(), progress=lambda *call: seen.append(call))
    assert statuses(results) == ["created"] * 3 and sorted(server.arrived) == ["T0", "T1", "T2"]
    assert seen == [(1, 3), (2, 3), (3, 3)]


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_no_items_send_nothing(flavour: str) -> None:
    server = Server()
    results = await create_many(flavour, server, [], progress=lambda *_: pytest.fail("no item, no progress"))
    assert list(results) == [] and server.arrived == []
    assert repr(results) == "BulkResults(0 items: 0 created, 0 failed, 0 unknown)"


# ----------------------------------------------------------------------------- checked before anything is sent


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_bad_items_fail_with_the_field_named_and_the_good_ones_still_go(flavour: str) -> None:
    batch: list[Any] = [
        *items("T0"),
        {"title": "no assignee"},
        {"title": "typo", "assigned_to_user_id": "42", "titel": "x"},
        {"title": "bad priority", "assigned_to_user_id": "42", "priority": "URGENT"},
        *items("T4"),
        "not a mapping",
    ]
    server = Server()
    sent_at_progress: list[int] = []
    results = await create_many(
        flavour, server, batch, progress=lambda *_: sent_at_progress.append(len(server.arrived))
    )
    assert statuses(results) == ["created", "failed", "failed", "failed", "created", "failed"]
    fields = [r.error.field for r in results.failed if isinstance(r.error, crmtasks.ValidationError)]
    assert fields == ["assigned_to_user_id", "titel", "priority", "items"]
    assert sorted(server.arrived) == ["T0", "T4"]
    # Every item was checked first: the bad ones were done before any request went out.
    assert sent_at_progress[:4] == [0, 0, 0, 0]
    assert results[5].item == "not a mapping" and "item 5 is a str" in str(results[5].error)


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("concurrency", [0, -1, True, 2.5, "4"])
async def test_concurrency_must_be_a_whole_number_of_at_least_one(flavour: str, concurrency: Any) -> None:
    server = Server()
    with pytest.raises(crmtasks.ValidationError) as refused:
        await create_many(flavour, server, numbered(2), concurrency=concurrency)
    assert refused.value.field == "concurrency" and server.arrived == []


# ----------------------------------------------------------------------------- what each failure means

# title -> (its script, the status of its result, the exception class of its error, requests sent for it)
OUTCOMES: dict[str, tuple[list[Any], str, type[Exception], int]] = {
    # Provably not carried out: never sent (retried, as a create may be, then given up) or refused.
    "never-connected": ([httpx.ConnectError("refused")] * 3, "failed", crmtasks.APIConnectionError, 3),
    "refused": ([(422, {"message": "Invalid"})], "failed", crmtasks.UnprocessableEntityError, 1),
    "not-found": ([(404, {"message": "No such user"})], "failed", crmtasks.NotFoundError, 1),
    "throttled": ([(429, KEAP_THROTTLED)] * 3, "failed", crmtasks.RateLimitError, 3),
    # May have been carried out: never sent again.
    "broke-after-sending": ([httpx.RemoteProtocolError("gone")], "unknown", crmtasks.APIConnectionError, 1),
    "read-timeout": ([httpx.ReadTimeout("slow")], "unknown", crmtasks.APITimeoutError, 1),
    "server-error": ([(500, {"message": "Oops"})], "unknown", crmtasks.InternalServerError, 1),
    "bad-gateway": ([(502, {"message": "Bad gateway"})], "unknown", crmtasks.InternalServerError, 1),
    "unreadable": ([(200, b"<html>proxy</html>")], "unknown", crmtasks.APIResponseValidationError, 1),
    "transport-bug": ([RuntimeError("a transport bug")], "unknown", crmtasks.APIConnectionError, 1),  # wrapped, chained
}


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("case", sorted(OUTCOMES))
async def test_each_failure_is_failed_or_unknown_as_it_may_have_been_carried_out(flavour: str, case: str) -> None:
    script, status, error_class, requests = OUTCOMES[case]
    server = Server(answers={case: list(script)})
    results = await create_many(flavour, server, items("before", case, "after"), concurrency=1)
    assert statuses(results) == ["created", status, "created"]
    result = results[1]
    assert type(result.error) is error_class and result.value is None
    assert server.arrived.count(case) == requests  # what may have been carried out is never sent again


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_a_429_retried_into_a_success_is_created(flavour: str, sleeps: list[float]) -> None:
    server = Server(answers={"T1": [(429, KEAP_THROTTLED, {"retry-after": "1"})]})
    results = await create_many(flavour, server, numbered(2))
    assert statuses(results) == ["created", "created"] and server.arrived.count("T1") == 2 and sleeps == [1.0]


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_a_connection_that_never_opened_is_retried_into_a_success(flavour: str) -> None:
    server = Server(answers={"T0": [httpx.ConnectError("refused")]})
    results = await create_many(flavour, server, numbered(1))
    assert statuses(results) == ["created"] and server.arrived == ["T0", "T0"]


def test_the_classification_of_errors_not_met_above() -> None:
    request = httpx.Request("POST", "https://api.example/v2/tasks")

    def answer(status: int) -> httpx.Response:
        return httpx.Response(status, request=request)

    # An envelope's success: false (ySuite) on a 200 is a refusal; a redirect proves nothing.
    assert outcome(crmtasks.APIStatusError("refused", response=answer(200), body=None)) == "failed"
    assert outcome(crmtasks.UnsafeRedirectError("elsewhere", response=answer(303), body=None)) == "unknown"
    assert outcome(crmtasks.APITimeoutError(request=request, may_have_been_sent=False)) == "failed"
    assert outcome(crmtasks.MissingCredentialsError("no key")) == "failed"  # raised before sending
    assert outcome(ValueError("unknown to crmtasks")) == "unknown"


# ----------------------------------------------------------------------------- a used-up quota stops the run


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_a_used_up_quota_stops_sending_and_the_rest_fail_not_sent(flavour: str, sleeps: list[float]) -> None:
    server = Server(answers={"T2": [(429, KEAP_THROTTLED, {**QUOTA_GONE, "retry-after": "30"})]})
    seen: list[tuple[int, int]] = []
    results = await create_many(flavour, server, numbered(6), concurrency=1, progress=lambda *c: seen.append(c))
    assert statuses(results) == ["created", "created"] + ["failed"] * 4
    assert server.arrived == ["T0", "T1", "T2"] and sleeps == []  # nothing sent after the quota error
    quota = results[2].error
    assert isinstance(quota, crmtasks.QuotaExceededError)
    for result in results[3:]:
        assert isinstance(result.error, crmtasks.BulkAbortedError) and isinstance(result.error, crmtasks.CRMTasksError)
        assert result.error.reason is quota and "not sent: the quota ran out" in str(result.error)
    assert seen == [(n, 6) for n in range(1, 7)]


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_the_requests_in_flight_when_the_quota_runs_out_finish_normally(flavour: str) -> None:
    # T1 gets the quota error once T0 and T2 are on their way; they finish later, and are created.
    server = Server(
        answers={"T1": [(429, KEAP_THROTTLED, QUOTA_GONE)]},
        delays={"T0": 0.1, "T2": 0.1},
        after={"T1": "T2"},
    )
    results = await create_many(flavour, server, numbered(6), concurrency=3)
    assert statuses(results) == ["created", "failed", "created", "failed", "failed", "failed"]
    assert sorted(server.arrived) == ["T0", "T1", "T2"]
    assert [type(r.error).__name__ for r in results[3:]] == ["BulkAbortedError"] * 3


# ----------------------------------------------------------------------------- concurrency and progress


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("concurrency", [1, 3])
async def test_no_more_than_concurrency_requests_are_in_flight(flavour: str, concurrency: int) -> None:
    batch = numbered(9)
    server = Server(delays={item["title"]: 0.03 for item in batch})
    results = await create_many(flavour, server, batch, concurrency=concurrency)
    assert statuses(results) == ["created"] * 9
    assert server.most_in_flight == concurrency


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_items_are_sent_in_input_order(flavour: str) -> None:
    server = Server()
    await create_many(flavour, server, numbered(5), concurrency=1)
    assert server.arrived == ["T0", "T1", "T2", "T3", "T4"]


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_progress_is_called_after_every_item_one_call_at_a_time(flavour: str) -> None:
    batch = [*numbered(6), {"title": "no assignee"}]
    server = Server(
        answers={"T1": [(422, {"message": "Invalid"})], "T2": [(500, {"message": "Oops"})]},
        delays={f"T{n}": 0.01 for n in range(6)},
    )
    calls: list[tuple[int, int]] = []
    inside = [0]
    lock = threading.Lock()

    def progress(done: int, total: int) -> None:
        with lock:
            inside[0] += 1
            overlapping = inside[0] > 1
        time.sleep(0.005)  # long enough for a second caller to show up, if there could be one
        calls.append((done, total))
        with lock:
            inside[0] -= 1
        assert not overlapping

    results = await create_many(flavour, server, batch, concurrency=4, progress=progress)
    assert statuses(results) == ["created", "failed", "unknown", "created", "created", "created", "failed"]
    assert calls == [(n, 7) for n in range(1, 8)]


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_a_progress_that_raises_stops_sending_and_is_raised(flavour: str) -> None:
    def progress(done: int, total: int) -> None:
        if done == 2:
            raise KeyError("the caller's bug")

    server = Server()
    with pytest.raises(KeyError, match="the caller's bug"):
        await create_many(flavour, server, numbered(6), concurrency=1, progress=progress)
    assert server.arrived == ["T0", "T1"]


def test_what_is_not_an_exception_stops_the_run_and_is_raised() -> None:
    server = Server(answers={"T1": [SystemExit(3)]})
    with pytest.raises(SystemExit):
        make_client("keap", "sync", server.handle).tasks.create_many(numbered(6), concurrency=1)
    assert server.arrived == ["T0", "T1"]


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_client_options_apply_to_each_request(flavour: str) -> None:
    # The client's own max_retries: with none, a 429 is not retried.
    server = Server(answers={"T0": [(429, KEAP_THROTTLED)]})
    results = await create_many(flavour, server, numbered(1), client_options={"max_retries": 0})
    assert statuses(results) == ["failed"] and server.arrived == ["T0"]


# ----------------------------------------------------------------------------- the result types


def test_results_are_a_list_with_each_status_at_hand() -> None:
    created = crmtasks.BulkResult(0, {"title": "a"}, "created", value="task")
    failed = crmtasks.BulkResult(1, {"title": "b"}, "failed", error=crmtasks.ValidationError("title", "bad"))
    unknown = crmtasks.BulkResult(2, {"title": "c"}, "unknown", error=RuntimeError("?"))
    results = crmtasks.BulkResults([created, failed, unknown, created])
    assert isinstance(results, list) and len(results) == 4
    assert results.created == [created, created] and results.failed == [failed] and results.unknown == [unknown]
    assert repr(results) == "BulkResults(4 items: 2 created, 1 failed, 1 unknown)"
    with pytest.raises(AttributeError):
        created.status = "failed"  # type: ignore[misc]


def test_create_many_is_on_every_resource_with_a_create() -> None:
    import crmtasks_apollo.resources  # noqa: PLC0415
    import crmtasks_keap.resources  # noqa: PLC0415
    import crmtasks_ysuite.resources  # noqa: PLC0415

    for module in (crmtasks_keap.resources, crmtasks_apollo.resources, crmtasks_ysuite.resources):
        for name in module.__all__:
            resource = getattr(module, name)
            raw_twin = name.endswith("WithRawResponse")  # with_raw_response answers one call; no bulk there
            assert hasattr(resource, "create_many") == (hasattr(resource, "create") and not raw_twin), name
    assert crmtasks_keap.resources.TasksCustomFields.create_many
