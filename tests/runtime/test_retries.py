"""Retries: which calls are repeated, after which failures, how long the clients wait, and timeouts."""

from __future__ import annotations

import datetime as dt
import email.utils
import itertools
import random
from typing import Any

import httpx
import pytest

import crmtasks

from ..helpers import (
    FLAVOURS,
    MockAPI,
    apollo_page,
    keap_page,
    make_client,
    settle,
    ysuite_page,
)

pytestmark = pytest.mark.anyio

KEAP_TASK = {"id": "7", "title": "Call"}
YSUITE_TASK = {"success": True, "message": "", "data": {"activity_id": 7, "title": "Call"}}

# Idempotent calls: (api, what is called, a successful answer).
IDEMPOTENT = {
    "keap-get": ("keap", lambda c: c.tasks.get("7"), KEAP_TASK),
    "keap-list": ("keap", lambda c: c.tasks.list().first_page(), keap_page(["1"])),
    "keap-delete": ("keap", lambda c: c.tasks.delete("7"), httpx.Response(204)),
    "apollo-search": ("apollo", lambda c: c.tasks.search().first_page(), apollo_page(["a"], 1, 1)),
    "ysuite-get": ("ysuite", lambda c: c.tasks.get(7), YSUITE_TASK),
    "ysuite-list": ("ysuite", lambda c: c.tasks.list().first_page(), ysuite_page([1], 1, 1)),
}

# Calls that create something: (api, what is called, a successful answer).
CREATES = {
    "keap-create": ("keap", lambda c: c.tasks.create(assigned_to_user_id="42", title="Call"), (201, KEAP_TASK)),
    "keap-update": ("keap", lambda c: c.tasks.update("7", title="Call"), KEAP_TASK),
    "apollo-create": ("apollo", lambda c: c.tasks.create(contact_id="c1"), {"task": {"id": "t1"}}),
    "apollo-bulk-create": ("apollo", lambda c: c.tasks.bulk_create(contact_ids=["c1"]), True),
    "ysuite-create": (
        "ysuite",
        lambda c: c.tasks.create(title="Call", start_datetime=dt.datetime(2026, 7, 15, 10), cstid=7),
        {"success": True, "message": "", "data": {"activity_id": 7}},
    ),
}


def failure(status: int, headers: dict[str, str] | None = None) -> tuple[int, Any, dict[str, str]]:
    return (status, {"message": f"failed with {status}"}, headers or {})


def fresh(answer: Any) -> Any:
    """A copy of a scripted answer that can be used again (a Response is read once)."""
    if isinstance(answer, httpx.Response):
        return httpx.Response(answer.status_code, content=answer.content, headers=answer.headers)
    return answer


# ----------------------------------------------------------------------------- idempotent calls


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("case", sorted(IDEMPOTENT))
@pytest.mark.parametrize("status", [429, 500, 502, 503])
async def test_idempotent_calls_are_retried_twice_by_default(
    case: str, flavour: str, status: int, sleeps: list[float]
) -> None:
    api, invoke, ok = IDEMPOTENT[case]
    mock = MockAPI(failure(status), failure(status), fresh(ok))
    await settle(invoke(make_client(api, flavour, mock)))
    assert mock.count == 3
    assert len(sleeps) == 2


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("case", sorted(IDEMPOTENT))
async def test_idempotent_calls_raise_once_retries_are_exhausted(case: str, flavour: str, sleeps: list[float]) -> None:
    api, invoke, _ = IDEMPOTENT[case]
    mock = MockAPI(failure(503), failure(503), failure(503))
    with pytest.raises(crmtasks.InternalServerError):
        await settle(invoke(make_client(api, flavour, mock)))
    assert mock.count == 3
    assert len(sleeps) == 2


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("status", [400, 401, 403, 404, 409])
async def test_client_errors_are_not_retried(flavour: str, status: int, sleeps: list[float]) -> None:
    mock = MockAPI(failure(status))
    with pytest.raises(crmtasks.APIStatusError):
        await settle(make_client("keap", flavour, mock).tasks.get("7"))
    assert mock.count == 1
    assert sleeps == []


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    "error",
    [httpx.ConnectError("refused"), httpx.ReadError("reset"), httpx.RemoteProtocolError("closed")],
    ids=lambda e: type(e).__name__,
)
async def test_idempotent_calls_are_retried_after_transport_errors(
    flavour: str, error: Exception, sleeps: list[float]
) -> None:
    mock = MockAPI(error, KEAP_TASK)
    task = await settle(make_client("keap", flavour, mock).tasks.get("7"))
    assert task.id == "7"
    assert mock.count == 2
    assert len(sleeps) == 1


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_read_timeout_on_a_get_is_retried_then_raises_api_timeout_error(
    flavour: str, sleeps: list[float]
) -> None:
    mock = MockAPI(httpx.ReadTimeout("slow"), httpx.ReadTimeout("slow"), httpx.ReadTimeout("slow"))
    with pytest.raises(crmtasks.APITimeoutError):
        await settle(make_client("keap", flavour, mock).tasks.get("7"))
    assert mock.count == 3
    assert len(sleeps) == 2


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_read_timeout_then_success(flavour: str, sleeps: list[float]) -> None:
    mock = MockAPI(httpx.ReadTimeout("slow"), YSUITE_TASK)
    task = await settle(make_client("ysuite", flavour, mock).tasks.get(7))
    assert task.activity_id == 7
    assert mock.count == 2


# ----------------------------------------------------------------------------- creates


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("case", sorted(CREATES))
@pytest.mark.parametrize("status", [500, 502, 503])
async def test_creates_are_not_retried_on_server_errors(
    case: str, flavour: str, status: int, sleeps: list[float]
) -> None:
    api, invoke, _ = CREATES[case]
    mock = MockAPI(failure(status))
    with pytest.raises(crmtasks.InternalServerError):
        await settle(invoke(make_client(api, flavour, mock)))
    assert mock.count == 1, "the request may have reached the API; repeating it could duplicate the task"
    assert sleeps == []


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("case", sorted(CREATES))
@pytest.mark.parametrize(
    "error",
    [httpx.ReadError("reset"), httpx.RemoteProtocolError("closed"), httpx.WriteError("broken pipe")],
    ids=lambda e: type(e).__name__,
)
async def test_creates_are_not_retried_after_the_request_may_have_been_sent(
    case: str, flavour: str, error: Exception, sleeps: list[float]
) -> None:
    api, invoke, _ = CREATES[case]
    mock = MockAPI(error)
    with pytest.raises(crmtasks.APIConnectionError) as caught:
        await settle(invoke(make_client(api, flavour, mock)))
    assert caught.value.__cause__ is error
    assert mock.count == 1
    assert sleeps == []


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("case", sorted(CREATES))
async def test_creates_time_out_without_retry(case: str, flavour: str, sleeps: list[float]) -> None:
    api, invoke, _ = CREATES[case]
    mock = MockAPI(httpx.ReadTimeout("slow"))
    with pytest.raises(crmtasks.APITimeoutError):
        await settle(invoke(make_client(api, flavour, mock)))
    assert mock.count == 1


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("case", sorted(CREATES))
@pytest.mark.parametrize(
    "error",
    [httpx.ConnectError("refused"), httpx.ConnectTimeout("no answer"), httpx.PoolTimeout("pool full")],
    ids=lambda e: type(e).__name__,
)
async def test_creates_are_retried_when_the_request_was_never_sent(
    case: str, flavour: str, error: Exception, sleeps: list[float]
) -> None:
    api, invoke, ok = CREATES[case]
    mock = MockAPI(error, fresh(ok))
    await settle(invoke(make_client(api, flavour, mock)))
    assert mock.count == 2
    assert len(sleeps) == 1


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("case", sorted(CREATES))
async def test_creates_are_retried_on_429(case: str, flavour: str, sleeps: list[float]) -> None:
    api, invoke, ok = CREATES[case]
    mock = MockAPI(failure(429), fresh(ok))
    await settle(invoke(make_client(api, flavour, mock)))
    assert mock.count == 2
    assert len(sleeps) == 1
    assert mock.requests[0].content == mock.requests[1].content, "the retry sends the same body"


# ----------------------------------------------------------------------------- backoff and Retry-After


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_backoff_grows_exponentially_with_jitter(flavour: str, sleeps: list[float]) -> None:
    retries = 7
    mock = MockAPI(*[failure(500)] * retries, KEAP_TASK)
    await settle(make_client("keap", flavour, mock, max_retries=retries).tasks.get("7"))
    assert mock.count == retries + 1
    assert len(sleeps) == retries
    # Retry n waits 0.5 * 2**(n-1) seconds, at most 8, less up to a quarter of it as jitter.
    for n, delay in enumerate(sleeps, start=1):
        nominal = min(0.5 * 2 ** (n - 1), 8.0)
        assert 0.75 * nominal <= delay <= nominal, (n, delay)
    # Growing until the cap (8 s = the fifth retry's nominal delay), then staying there.
    assert all(later > earlier for earlier, later in itertools.pairwise(sleeps[:5]))
    assert max(sleeps) <= 8.0


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_backoff_jitter_is_random(flavour: str, sleeps: list[float], monkeypatch: pytest.MonkeyPatch) -> None:
    for value in (0.0, 0.999):
        monkeypatch.setattr(random, "random", lambda value=value: value)
        mock = MockAPI(failure(503), KEAP_TASK)
        await settle(make_client("keap", flavour, mock).tasks.get("7"))
    assert sleeps[0] == pytest.approx(0.5)
    assert sleeps[1] == pytest.approx(0.5 * (1 - 0.25 * 0.999))


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("status", [429, 503])
async def test_retry_after_in_seconds_is_honoured(flavour: str, status: int, sleeps: list[float]) -> None:
    mock = MockAPI(failure(status, {"Retry-After": "7"}), KEAP_TASK)
    await settle(make_client("keap", flavour, mock).tasks.get("7"))
    assert sleeps == [pytest.approx(7.0)]


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_retry_after_as_an_http_date_is_honoured(flavour: str, sleeps: list[float]) -> None:
    when = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=30)
    mock = MockAPI(failure(429, {"Retry-After": email.utils.format_datetime(when, usegmt=True)}), KEAP_TASK)
    await settle(make_client("keap", flavour, mock).tasks.get("7"))
    assert len(sleeps) == 1
    assert sleeps[0] == pytest.approx(30, abs=1.5)


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_retry_after_on_a_create_429_is_honoured(flavour: str, sleeps: list[float]) -> None:
    mock = MockAPI(failure(429, {"Retry-After": "3"}), (201, KEAP_TASK))
    await settle(make_client("keap", flavour, mock).tasks.create(assigned_to_user_id="42"))
    assert sleeps == [pytest.approx(3.0)]


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("value", ["-5", "soon"])
async def test_unusable_retry_after_falls_back_to_backoff(flavour: str, value: str, sleeps: list[float]) -> None:
    mock = MockAPI(failure(429, {"Retry-After": value}), KEAP_TASK)
    await settle(make_client("keap", flavour, mock).tasks.get("7"))
    assert len(sleeps) == 1
    assert 0.375 <= sleeps[0] <= 0.5


# ----------------------------------------------------------------------------- max_retries


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_max_retries_zero_per_client(flavour: str, sleeps: list[float]) -> None:
    mock = MockAPI(failure(500))
    with pytest.raises(crmtasks.InternalServerError):
        await settle(make_client("keap", flavour, mock, max_retries=0).tasks.get("7"))
    assert mock.count == 1
    assert sleeps == []


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_max_retries_per_call(flavour: str, sleeps: list[float]) -> None:
    mock = MockAPI(*[failure(503)] * 5, KEAP_TASK)
    client = make_client("keap", flavour, mock, max_retries=0)
    task = await settle(client.tasks.get("7", max_retries=5))
    assert task.id == "7"
    assert mock.count == 6
    assert len(sleeps) == 5


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_max_retries_per_call_zero_overrides_the_client(flavour: str, sleeps: list[float]) -> None:
    mock = MockAPI(failure(503))
    with pytest.raises(crmtasks.InternalServerError):
        await settle(make_client("keap", flavour, mock, max_retries=4).tasks.get("7", max_retries=0))
    assert mock.count == 1


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_max_retries_per_call_on_a_list(flavour: str, sleeps: list[float]) -> None:
    mock = MockAPI(*[failure(503)] * 4, apollo_page(["a"], 1, 1))
    client = make_client("apollo", flavour, mock, max_retries=0)
    page = await settle(client.tasks.search(max_retries=4).first_page())
    assert [t.id for t in page.items] == ["a"]
    assert mock.count == 5


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_with_options_max_retries(flavour: str, sleeps: list[float]) -> None:
    mock = MockAPI(failure(500), failure(500), failure(500), failure(500), KEAP_TASK)
    client = make_client("keap", flavour, mock)
    fewer = client.with_options(max_retries=1)
    assert type(fewer) is type(client)
    with pytest.raises(crmtasks.InternalServerError):
        await settle(fewer.tasks.get("7"))
    assert mock.count == 2
    # The original client keeps its two retries.
    task = await settle(client.tasks.get("7"))
    assert task.id == "7"
    assert mock.count == 5


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_negative_max_retries_is_rejected(flavour: str) -> None:
    mock = MockAPI()
    client = make_client("keap", flavour, mock)
    with pytest.raises(crmtasks.ValidationError):
        await settle(client.tasks.get("7", max_retries=-1))
    with pytest.raises(ValueError):
        client.with_options(max_retries=-1)
    with pytest.raises(ValueError):
        make_client("keap", flavour, mock, max_retries=-1)
    assert mock.count == 0


# ----------------------------------------------------------------------------- timeouts


def timeout_of(request: httpx.Request) -> dict[str, float | None]:
    timeout: dict[str, float | None] = request.extensions["timeout"]
    return timeout


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_default_timeout_reaches_the_request(flavour: str) -> None:
    mock = MockAPI(KEAP_TASK)
    await settle(make_client("keap", flavour, mock).tasks.get("7"))
    assert timeout_of(mock.last) == {"connect": 10.0, "read": 60.0, "write": 60.0, "pool": 60.0}


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_per_client_timeout_reaches_the_request(flavour: str) -> None:
    mock = MockAPI(KEAP_TASK)
    await settle(make_client("keap", flavour, mock, timeout=5.0).tasks.get("7"))
    assert timeout_of(mock.last) == {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_per_call_timeout_reaches_the_request(flavour: str) -> None:
    mock = MockAPI(KEAP_TASK, KEAP_TASK, apollo_page(["a"], 1, 1))
    client = make_client("keap", flavour, mock, timeout=5.0)
    await settle(client.tasks.get("7", timeout=httpx.Timeout(1.0, connect=2.0)))
    assert timeout_of(mock.last) == {"connect": 2.0, "read": 1.0, "write": 1.0, "pool": 1.0}
    await settle(client.tasks.get("7", timeout=None))
    assert timeout_of(mock.last) == {"connect": None, "read": None, "write": None, "pool": None}


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_per_call_timeout_reaches_every_page_request(flavour: str) -> None:
    mock = MockAPI(ysuite_page([1], 1, 2), ysuite_page([2], 2, 2))
    client = make_client("ysuite", flavour, mock)
    paginator = client.tasks.list(page_size=1, timeout=3.0)
    if flavour == "sync":
        list(paginator)
    else:
        [item async for item in paginator]
    assert [timeout_of(r)["read"] for r in mock.requests] == [3.0, 3.0]


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_with_options_timeout_reaches_the_request(flavour: str) -> None:
    mock = MockAPI(KEAP_TASK, KEAP_TASK)
    client = make_client("keap", flavour, mock, timeout=5.0)
    await settle(client.with_options(timeout=2.5).tasks.get("7"))
    assert timeout_of(mock.last)["read"] == 2.5
    await settle(client.tasks.get("7"))
    assert timeout_of(mock.last)["read"] == 5.0
