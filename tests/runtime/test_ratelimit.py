"""Rate limits: reading the declared headers of recorded answers, and pacing that never exceeds a window's limit."""

from __future__ import annotations

import sys
import threading
import time
from bisect import bisect_left
from collections.abc import Callable, Mapping
from datetime import UTC, datetime

import anyio
import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import crmtasks_apollo.spec_data
import crmtasks_keap.spec_data
from crmtasks._exceptions import ValidationError
from crmtasks._ratelimit import RateLimit, RateLimitInfo
from crmtasks._seam import XRateLimit


def declared(spec: XRateLimit | None) -> XRateLimit:
    """A spec's x-rate-limit, which these tests need declared."""
    assert spec is not None
    return spec


KEAP = declared(crmtasks_keap.spec_data.RATE_LIMIT)
APOLLO = declared(crmtasks_apollo.spec_data.RATE_LIMIT)

NEW_YEAR = datetime(2026, 1, 1, tzinfo=UTC)  # 1767225600 in epoch seconds

# As Keap sends them (names in several cases; the interval and time-unit headers are not declared, so not read).
KEAP_HEADERS = {
    "Content-Type": "application/json",
    "X-Keap-Product-Quota-Limit": "30000",
    "x-keap-product-quota-available": "29990",
    "X-KEAP-PRODUCT-QUOTA-USED": "10",
    "X-Keap-Product-Quota-Expiry-Time": "1767225600000",
    "x-keap-product-quota-interval": "1",
    "x-keap-product-quota-time-unit": "Day",
    "X-Keap-Product-Throttle-Limit": "240",
    "x-keap-product-throttle-available": "238",
    "x-keap-product-throttle-used": "2",
    "x-keap-product-throttle-time-unit": "Minute",
    "X-Keap-Tenant-Throttle-Limit": "1500",
    "X-Keap-Tenant-Throttle-Available": "1497",
    "X-Keap-Tenant-Throttle-Used": "3",
}

APOLLO_HEADERS = {
    "content-type": "application/json; charset=utf-8",
    "x-rate-limit-minute": "200",
    "x-minute-requests-left": "199",
    "x-rate-limit-hourly": "400",
    "x-hourly-requests-left": "390",
    "x-rate-limit-daily": "2000",
    "x-daily-requests-left": "1732",
}

WINDOWS = [1, 60, 3600, 86400]  # the lengths of RateLimit's windows, in seconds


def keap_with(**changes: str) -> dict[str, str]:
    """KEAP_HEADERS with some values replaced, named by the header's lower-case name with _ for -."""
    headers = {name: value for name, value in KEAP_HEADERS.items() if name.lower().replace("-", "_") not in changes}
    headers.update({name.replace("_", "-"): value for name, value in changes.items()})
    return headers


# ----------------------------------------------------------------------------- reading headers


@pytest.mark.parametrize("kind", [dict, httpx.Headers])
def test_keap_headers_are_read(kind: Callable[[dict[str, str]], Mapping[str, str]]) -> None:
    info = RateLimitInfo.from_headers(KEAP, kind(KEAP_HEADERS))
    assert info is not None
    assert list(info.windows) == ["daily", "minute", "tenant_minute"]
    daily = info["daily"]
    assert (daily.period, daily.limit, daily.remaining, daily.used) == ("day", 30000, 29990, 10)
    assert daily.resets_at == NEW_YEAR and daily.quota
    minute = info["minute"]
    assert (minute.period, minute.limit, minute.remaining, minute.used, minute.resets_at) == (
        "minute",
        240,
        238,
        2,
        None,
    )
    assert not minute.quota
    tenant = info.get("tenant_minute")
    assert tenant is not None and (tenant.limit, tenant.remaining, tenant.used) == (1500, 1497, 3)
    assert info.quota is daily and not info.quota_exhausted
    assert info.resets_at == NEW_YEAR
    assert repr(info) == "RateLimitInfo(daily=29990/30000, minute=238/240, tenant_minute=1497/1500)"


def test_apollo_headers_are_read() -> None:
    info = RateLimitInfo.from_headers(APOLLO, APOLLO_HEADERS)
    assert info is not None
    assert [(w.name, w.period, w.limit, w.remaining) for w in info] == [
        ("minute", "minute", 200, 199),
        ("hourly", "hour", 400, 390),
        ("daily", "day", 2000, 1732),
    ]
    assert all(w.used is None and w.resets_at is None for w in info)
    assert info.quota is info["daily"]
    assert info.resets_at is None and not info.quota_exhausted


@pytest.mark.parametrize(
    ("timecode", "expected"),
    [
        ("1767225600", NEW_YEAR),
        ("1767225600000", NEW_YEAR),
        ("1767225600123", datetime(2026, 1, 1, 0, 0, 0, 123000, tzinfo=UTC)),
        ("100000000000", datetime(5138, 11, 16, 9, 46, 40, tzinfo=UTC)),  # 10**11 itself: still seconds
        ("100000000001", datetime(1973, 3, 3, 9, 46, 40, 1000, tzinfo=UTC)),  # above: milliseconds
        ("99999999999999999999", None),  # past the calendar
    ],
)
def test_epoch_timecodes_in_seconds_or_milliseconds(timecode: str, expected: datetime | None) -> None:
    info = RateLimitInfo.from_headers(KEAP, keap_with(x_keap_product_quota_expiry_time=timecode))
    assert info is not None
    assert info.resets_at == expected
    assert expected is None or info["daily"].resets_at == expected


@pytest.mark.parametrize(
    "headers", [{}, {"Content-Type": "application/json", "X-Request-Id": "abc"}, APOLLO_HEADERS], ids=repr
)
def test_no_declared_headers_gives_none(headers: dict[str, str]) -> None:
    assert RateLimitInfo.from_headers(KEAP, headers) is None


def test_windows_whose_headers_are_absent_are_unknown() -> None:
    info = RateLimitInfo.from_headers(KEAP, {"x-keap-tenant-throttle-available": "5"})
    assert info is not None
    assert list(info.windows) == ["daily", "minute", "tenant_minute"]  # every declared window, known or not
    daily = info["daily"]
    assert (daily.limit, daily.remaining, daily.used, daily.resets_at) == (None, None, None, None)
    assert not info.quota_exhausted  # unknown is not exhausted
    assert repr(info) == "RateLimitInfo(tenant_minute=5/?)"
    assert info.get("hourly") is None
    with pytest.raises(KeyError):
        info["hourly"]


@pytest.mark.parametrize(
    "garbage", ["", " ", "abc", "12.0", "-5", "+5", "1e3", "0x10", "1_000", "12abc", "0\x1f", "\u0663", "9" * 5000]
)
def test_garbage_values_are_read_as_none(garbage: str) -> None:
    headers = {name: garbage for name in KEAP_HEADERS if name.lower().startswith("x-keap-product-quota")}
    info = RateLimitInfo.from_headers(KEAP, headers)
    assert info is not None  # the headers are there, even if unreadable
    daily = info["daily"]
    assert (daily.limit, daily.remaining, daily.used, daily.resets_at) == (None, None, None, None)


def test_values_are_read_with_surrounding_space() -> None:
    info = RateLimitInfo.from_headers(APOLLO, {"X-Rate-Limit-Minute": " 200 ", "x-minute-requests-left": "\t0"})
    assert info is not None and (info["minute"].limit, info["minute"].remaining) == (200, 0)
    assert info["minute"].exhausted


@settings(max_examples=200, deadline=None)
@given(values=st.lists(st.text(), min_size=4, max_size=4))
def test_any_text_reads_as_a_count_or_none(values: list[str]) -> None:
    names = ["x-keap-product-quota-limit", "x-keap-product-quota-available", "x-keap-product-quota-used"]
    headers = dict(zip([*names, "x-keap-product-quota-expiry-time"], values, strict=True))
    info = RateLimitInfo.from_headers(KEAP, headers)
    assert info is not None
    daily = info["daily"]
    for count in (daily.limit, daily.remaining, daily.used):
        assert count is None or count >= 0
    assert daily.resets_at is None or daily.resets_at.tzinfo is UTC


def test_exhausted_daily_quota() -> None:
    headers = keap_with(
        x_keap_product_quota_available="0",
        x_keap_product_quota_used="30000",
        x_keap_product_quota_expiry_time="1767225600",
    )
    info = RateLimitInfo.from_headers(KEAP, headers)
    assert info is not None
    assert info.quota_exhausted and info["daily"].exhausted
    assert not info["minute"].exhausted
    assert info.resets_at == NEW_YEAR
    apollo = RateLimitInfo.from_headers(APOLLO, {**APOLLO_HEADERS, "x-daily-requests-left": "0"})
    assert apollo is not None and apollo.quota_exhausted and apollo.resets_at is None


def test_a_throttle_window_at_zero_is_not_the_quota() -> None:
    info = RateLimitInfo.from_headers(KEAP, keap_with(x_keap_product_throttle_available="0"))
    assert info is not None
    assert info["minute"].exhausted and not info.quota_exhausted


# ----------------------------------------------------------------------------- pacing


class FakeClock:
    """A monotonic clock that moves only when told, or when a caller sleeps on it.

    ``reads`` keeps the last time each thread or task read, so a caller can
    tell when its ``reserve()`` was made. Reads are locked: threads share it.
    """

    def __init__(self, step: float = 0.0) -> None:
        self.now = 0.0
        self.step = step  # how far each read moves the clock
        self.reads: dict[int, float] = {}
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            self.now += self.step
            self.reads[threading.get_ident()] = self.now
            return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def limiter(limits: Mapping[int, int], clock: FakeClock) -> RateLimit:
    """A RateLimit allowing limits[seconds] starts per window of that many seconds."""
    return RateLimit(
        per_second=limits.get(1),
        per_minute=limits.get(60),
        per_hour=limits.get(3600),
        per_day=limits.get(86400),
        clock=clock,
        sleep=clock.sleep,
    )


def assert_within(starts: list[float], limits: Mapping[int, int], slack: float = 0.0) -> None:
    """No interval of a window's length holds more starts than its limit.

    Checking the intervals that begin at each start is enough: any other
    interval holds no more than the one beginning at its first start.
    ``slack`` forgives float rounding where start times are computed from a real clock.
    """
    ordered = sorted(starts)
    for seconds, limit in limits.items():
        for first in ordered:
            inside = bisect_left(ordered, first + seconds - slack) - bisect_left(ordered, first)
            assert inside <= limit, f"{inside} starts in the {seconds} s from {first}; the limit is {limit}"


LIMITS = st.dictionaries(st.sampled_from(WINDOWS), st.integers(1, 6), min_size=1)
# Gaps between arrivals: bursts, minutes, and more than a day. Eighths of a second, so that every time
# and delay is exact in floating point and the checks need no slack.
GAPS = st.lists(
    st.one_of(st.integers(0, 16), st.integers(0, 8 * 90), st.integers(0, 8 * 100_000)).map(lambda k: k / 8),
    max_size=80,
)


@settings(max_examples=300, deadline=None)
@given(limits=LIMITS, gaps=GAPS)
def test_reservations_never_exceed_a_window_and_wait_only_when_one_is_full(
    limits: dict[int, int], gaps: list[float]
) -> None:
    # Every arrival is a new caller: reservations queue up ahead of the clock.
    clock = FakeClock()
    pacer = limiter(limits, clock)
    starts: list[float] = []
    for gap in gaps:
        clock.now += gap
        arrival = clock.now
        full = any(sum(start > arrival - seconds for start in starts) >= limit for seconds, limit in limits.items())
        delay = pacer.reserve()
        assert delay >= 0
        assert (delay > 0) == full, f"waited {delay} s at {arrival} with a window {'full' if full else 'free'}"
        starts.append(arrival + delay)
    assert starts == sorted(starts), "a later caller went before an earlier one"
    assert_within(starts, limits)


@settings(max_examples=100, deadline=None)
@given(limits=LIMITS, gaps=GAPS)
def test_acquire_sleeps_until_the_start(limits: dict[int, int], gaps: list[float]) -> None:
    # One caller that waits, then works for a while before its next request.
    clock = FakeClock()
    pacer = limiter(limits, clock)
    starts: list[float] = []
    for gap in gaps:
        clock.now += gap
        arrival = clock.now
        delay = pacer.acquire()
        assert clock.now == arrival + delay
        starts.append(clock.now)
    assert_within(starts, limits)


def test_a_burst_is_spread_over_the_windows() -> None:
    clock = FakeClock()
    pacer = RateLimit(per_second=3, per_minute=4, clock=clock, sleep=clock.sleep)
    assert [pacer.reserve() for _ in range(3)] == [0, 0, 0]  # under both limits: no wait
    assert pacer.reserve() == 1  # the second is full until the first start leaves it
    assert pacer.reserve() == 60  # the minute is full until the first start leaves it


def test_the_window_slides() -> None:
    clock = FakeClock()
    pacer = RateLimit(per_minute=2, clock=clock, sleep=clock.sleep)
    assert pacer.reserve() == 0
    clock.now = 50
    assert pacer.reserve() == 0
    clock.now = 55
    assert pacer.reserve() == 5  # at 60, when the start at 0 leaves the minute
    clock.now = 100
    # A bucket refilled at 60 would let this one through at once: three starts in the minute from 50.
    assert pacer.reserve() == 10  # at 110, when the start at 50 leaves


def test_published_limits() -> None:
    keap = RateLimit.published(KEAP, "apiKey")
    assert keap is not None
    assert (keap.per_second, keap.per_minute, keap.per_hour, keap.per_day) == (10, 240, None, None)
    assert repr(keap) == "RateLimit(per_second=10, per_minute=240)"
    with pytest.raises(AttributeError):
        keap.per_second = 20  # type: ignore[misc]  # read-only: changing it would not change the pacing
    assert repr(RateLimit.published(KEAP, "oauth2")) == "RateLimit(per_minute=1500)"
    assert RateLimit.published(KEAP, "bearerAuth") is None
    assert RateLimit.published(APOLLO, "oauth2") is None
    assert RateLimit.published(APOLLO, "apiKey") is None
    assert RateLimit.published(None, "apiKey") is None
    assert RateLimit.published({"windows": [], "published": {"apiKey": {}}}, "apiKey") is None


def test_threads_share_the_limits() -> None:
    limits = {1: 4, 60: 50}
    clock = FakeClock(step=1 / 64)  # each reserve() comes a little later than the one before
    pacer = limiter(limits, clock)
    starts: list[float] = []
    collected = threading.Lock()
    ready = threading.Barrier(16)

    def caller() -> None:
        ready.wait()  # all start together, to contend for the lock
        mine: list[float] = []
        for _ in range(250):
            delay = pacer.reserve()
            mine.append(clock.reads[threading.get_ident()] + delay)
        with collected:
            starts.extend(mine)

    threads = [threading.Thread(target=caller) for _ in range(16)]
    switching = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as Python can, so that the calls interleave
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(switching)
    assert len(starts) == 16 * 250
    assert_within(starts, limits)


@pytest.mark.anyio
async def test_tasks_share_the_limits() -> None:
    limits = {1: 100}
    arrivals: dict[int, float] = {}

    def clock() -> float:
        # Read inside reserve(), before the task's first await: the task it records is the caller.
        arrivals[anyio.get_current_task().id] = now = time.monotonic()
        return now

    pacer = RateLimit(per_second=100, clock=clock)
    starts: list[float] = []
    delays: list[float] = []

    async def caller() -> None:
        delay = await pacer.acquire_async()
        woke = time.monotonic()
        start = arrivals[anyio.get_current_task().id] + delay
        assert woke >= start - 0.05, "woke well before its start"
        starts.append(start)
        delays.append(delay)

    with anyio.fail_after(30):
        async with anyio.create_task_group() as group:
            for _ in range(200):
                group.start_soon(caller)
    assert len(starts) == 200
    assert any(delay > 0 for delay in delays), "200 at 100 per second: the second hundred must wait"
    assert_within(starts, limits, slack=1e-6)


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        ({"per_second": 0}, "per_second"),
        ({"per_minute": -1}, "per_minute"),
        ({"per_second": 10, "per_hour": 1.5}, "per_hour"),
        ({"per_day": True}, "per_day"),
        ({"per_minute": "60"}, "per_minute"),
    ],
)
def test_bad_limits_are_refused_by_name(arguments: dict[str, object], named: str) -> None:
    with pytest.raises(ValueError, match=f"^{named}: must be an integer of at least 1") as raised:
        RateLimit(**arguments)  # type: ignore[arg-type]  # deliberately wrong values
    assert isinstance(raised.value, ValidationError) and raised.value.field == named


def test_some_limit_is_required() -> None:
    with pytest.raises(ValueError, match="per_second, per_minute, per_hour, per_day"):
        RateLimit()
