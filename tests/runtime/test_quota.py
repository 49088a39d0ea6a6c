"""Quotas and rate limits through the clients: reading the headers, what a 429 does, client-side pacing.

Header parsing itself is in tests/runtime/test_ratelimit.py; the sandbox's quota headers end to end in
tests/e2e/test_e2e_oauth.py.
"""

from __future__ import annotations

import datetime as dt
import warnings
from typing import Any

import pytest

import crmtasks

from ..helpers import FLAVOURS, MockAPI, keap_page, make_client, settle

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("sleeps")]

KEAP_TASK = {"id": "7", "title": "Call"}
MIDNIGHT = dt.datetime(2026, 11, 29, tzinfo=dt.UTC)


def keap_headers(daily_left: int, minute_left: int = 200) -> dict[str, str]:
    return {
        "x-keap-product-quota-limit": "30000",
        "x-keap-product-quota-available": str(daily_left),
        "x-keap-product-quota-used": str(30000 - daily_left),
        "x-keap-product-quota-expiry-time": str(int(MIDNIGHT.timestamp() * 1000)),
        "x-keap-product-throttle-limit": "240",
        "x-keap-product-throttle-available": str(minute_left),
        "x-keap-product-throttle-used": str(240 - minute_left),
    }


APOLLO_EXHAUSTED = {
    "x-rate-limit-minute": "200",
    "x-minute-requests-left": "150",
    "x-rate-limit-hourly": "1000",
    "x-hourly-requests-left": "600",
    "x-rate-limit-daily": "5000",
    "x-daily-requests-left": "0",
}
KEAP_THROTTLED = {"code": "429", "message": "Quota Exceeded", "status": "Request Throttled", "details": None}


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_an_exhausted_daily_quota_raises_at_once(flavour: str, sleeps: list[float]) -> None:
    mock = MockAPI((429, KEAP_THROTTLED, {**keap_headers(0), "Retry-After": "30"}))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # Keap's 429 body (a string code, null details) is what the spec says
        with pytest.raises(crmtasks.QuotaExceededError) as exhausted:
            await settle(make_client("keap", flavour, mock).tasks.get("7"))
    error = exhausted.value
    assert mock.count == 1 and sleeps == []  # not retried: waiting seconds will not bring a day's quota back
    assert error.resets_at == MIDNIGHT and "resets at 2026-11-29 00:00 UTC" in str(error)
    assert error.rate_limit is not None and error.rate_limit["daily"].remaining == 0
    assert error.retry_after == 30
    assert error.body is not None and error.body.code == "429" and error.body.details is None


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_apollos_daily_quota_too(flavour: str) -> None:
    mock = MockAPI((429, {"error": "Daily limit reached"}, APOLLO_EXHAUSTED))
    with pytest.raises(crmtasks.QuotaExceededError, match="daily quota is used up"):
        await settle(make_client("apollo", flavour, mock).tasks.create(contact_id="c1"))
    assert mock.count == 1


def hubspot_throttled(policy: str) -> dict[str, str]:
    message = "You have reached your daily limit." if policy == "DAILY" else "You have reached your secondly limit."
    return {
        "status": "error",
        "message": message,
        "correlationId": "c-1",
        "category": "RATE_LIMITS",
        "policyName": policy,
    }


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_hubspots_daily_policy_is_a_used_up_quota_even_without_daily_headers(
    flavour: str, sleeps: list[float]
) -> None:
    # An OAuth app gets no daily headers: the 429's policyName is all that says the day is used up.
    mock = MockAPI((429, hubspot_throttled("DAILY"), {"X-HubSpot-RateLimit-Max": "190"}))
    with pytest.raises(crmtasks.QuotaExceededError, match="daily quota is used up") as exhausted:
        await settle(make_client("hubspot", flavour, mock).tasks.get("1"))
    assert exhausted.value.policy == "DAILY" and mock.count == 1 and sleeps == []


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_hubspots_rolling_policy_is_waited_out_and_named(flavour: str, sleeps: list[float]) -> None:
    rolling = (429, hubspot_throttled("TEN_SECONDLY_ROLLING"), {"X-HubSpot-RateLimit-Remaining": "0"})
    task = {"id": "1", "properties": {}, "createdAt": "2026-07-01T09:00:00Z", "updatedAt": "2026-07-01T09:00:00Z"}
    mock = MockAPI(rolling, (200, {**task, "archived": False}))
    got = await settle(make_client("hubspot", flavour, mock).tasks.get("1"))
    assert got.id == "1" and mock.count == 2 and len(sleeps) == 1
    with pytest.raises(crmtasks.RateLimitError) as refused:
        await settle(make_client("hubspot", flavour, MockAPI(rolling, rolling, rolling), max_retries=2).tasks.get("1"))
    assert refused.value.policy == "TEN_SECONDLY_ROLLING" and not isinstance(refused.value, crmtasks.QuotaExceededError)


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_a_throttle_with_daily_quota_left_is_waited_out(flavour: str, sleeps: list[float]) -> None:
    mock = MockAPI((429, KEAP_THROTTLED, {**keap_headers(500, 0), "Retry-After": "2"}), (200, KEAP_TASK))
    client = make_client("keap", flavour, mock)
    await settle(client.tasks.get("7"))
    assert sleeps == [2.0] and mock.count == 2


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_a_retry_after_beyond_max_retry_wait_raises_with_it(flavour: str, sleeps: list[float]) -> None:
    mock = MockAPI((429, KEAP_THROTTLED, {"Retry-After": "90"}))
    with pytest.raises(crmtasks.RateLimitError) as throttled:
        await settle(make_client("keap", flavour, mock).tasks.get("7"))
    assert type(throttled.value) is crmtasks.RateLimitError
    assert throttled.value.retry_after == 90 and "max_retry_wait=60" in str(throttled.value)
    assert sleeps == [] and mock.count == 1

    patient = MockAPI((429, KEAP_THROTTLED, {"Retry-After": "90"}), (200, KEAP_TASK))
    await settle(make_client("keap", flavour, patient, max_retry_wait=120).tasks.get("7"))
    assert sleeps == [90.0]


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_the_latest_answer_is_client_rate_limit_and_each_page_has_its_own(flavour: str) -> None:
    mock = MockAPI(
        (200, KEAP_TASK, keap_headers(100)),
        (200, keap_page(["1"], "t2"), keap_headers(99)),
        (200, keap_page(["2"]), keap_headers(98)),
    )
    client = make_client("keap", flavour, mock)
    assert client.rate_limit is None
    await settle(client.tasks.get("7"))
    assert client.rate_limit is not None and client.rate_limit["daily"].remaining == 100
    copy = client.with_options(max_retries=0)
    paginator = copy.tasks.list()
    pages: list[Any] = list(paginator.pages()) if flavour == "sync" else [p async for p in paginator.pages()]
    assert [p.rate_limit["daily"].remaining for p in pages] == [99, 98]
    assert client.rate_limit["daily"].remaining == 98  # the copy's answers are the client's too
    assert repr(client.rate_limit).startswith("RateLimitInfo(daily=98/30000, minute=200/240")


async def test_ysuite_sends_no_rate_limit_headers() -> None:
    mock = MockAPI((200, {"success": True, "data": {"activity_id": 7, "title": "Call"}}))
    client = make_client("ysuite", "sync", mock)
    client.tasks.get(7)
    assert client.rate_limit is None


# -- client-side pacing ----------------------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_pacing_spaces_requests_and_is_shared_with_copies() -> None:
    clock = FakeClock()
    pacer = crmtasks.RateLimit(per_second=2, clock=clock, sleep=clock.sleep)
    mock = MockAPI(*[(200, KEAP_TASK)] * 5)
    client = make_client("keap", "sync", mock, rate_limit=pacer)
    copy = client.with_options(timeout=5.0)
    for each in (client, copy, client, copy, client):
        each.tasks.get("7")
    assert client.pacing is pacer and copy.pacing is pacer
    assert clock.slept == [1.0, 1.0]  # two at once, then one more per second per window
    assert mock.count == 5


def test_published_limits_follow_the_credential() -> None:
    keyed = make_client("keap", "sync", MockAPI(), rate_limit="published")
    assert (keyed.pacing.per_second, keyed.pacing.per_minute) == (10, 240)
    oauth = crmtasks.OAuth2(client_id="a", client_secret="b", refresh_token="r")
    tokened = crmtasks.Keap(oauth=oauth, rate_limit="published")
    assert (tokened.pacing.per_second, tokened.pacing.per_minute) == (None, 1500)
    with pytest.raises(ValueError, match="publishes no request limits"):
        make_client("apollo", "sync", MockAPI(), rate_limit="published")
    assert make_client("keap", "sync", MockAPI()).pacing is None  # off unless asked for
