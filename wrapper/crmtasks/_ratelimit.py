"""Rate limits: what the API's headers say is left, and client-side pacing below the published limits.

Each spec's ``x-rate-limit`` (``spec_data.RATE_LIMIT``) names the headers of
its windows; ``RateLimitInfo.from_headers`` reads them from an answer.
``RateLimit`` paces requests so that no window of a second, minute, hour or
day ever starts more than its limit, across every thread and task sharing it.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import httpx

from ._exceptions import ValidationError

if TYPE_CHECKING:
    from ._seam import RatePeriod, XRateLimit

__all__ = ["RateLimit", "RateLimitInfo", "RateLimitWindow"]

_PERIOD_SECONDS: dict[RatePeriod, int] = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}
# Plain decimal digits only: int() would also take "1_000", "+5" and other scripts' digits.
# Twenty digits is past any real count or timestamp, and keeps int() far from its digit limit.
_MOST_DIGITS = 20
# Epoch timecodes above this are milliseconds: 10**11 seconds is the year 5138, 10**11 ms is 1973.
_MILLISECONDS_ABOVE = 10**11
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class RateLimitWindow:
    """One window the API reports on: its numbers as the last answer gave them.

    A number is ``None`` when its header is not declared, absent, or not a
    non-negative integer. ``resets_at`` is an aware UTC datetime. A ``quota``
    window (a daily quota) does not come back by waiting seconds.
    """

    name: str
    period: RatePeriod
    limit: int | None
    remaining: int | None
    used: int | None
    resets_at: datetime | None
    quota: bool

    @property
    def exhausted(self) -> bool:
        """Whether the API said no requests are left in this window."""
        return self.remaining == 0


class RateLimitInfo:
    """The rate-limit windows of one answer, by name, in the order the spec declares them.

    ``info["minute"]`` or ``info.get("minute")`` gives one window;
    ``quota`` is the quota window (Keap's and Apollo's daily), if the spec declares one.
    """

    __slots__ = ("_plan", "_present", "_windows")

    def __init__(self, windows: Mapping[str, RateLimitWindow]) -> None:
        self._windows: Mapping[str, RateLimitWindow] | None = windows
        self._present: dict[str, str] = {}
        self._plan: tuple[_WindowPlan, ...] = ()

    @property
    def windows(self) -> Mapping[str, RateLimitWindow]:
        """Every window, by name (read from the answer's headers when first asked for: most answers' never are)."""
        windows = self._windows
        if windows is None:
            windows = self._windows = _windows(self._present, self._plan)
        return windows

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RateLimitInfo) and self.windows == other.windows

    __hash__ = None  # type: ignore[assignment]  # equal by its windows, which may change no more than a dict

    def __getitem__(self, name: str) -> RateLimitWindow:
        return self.windows[name]

    def __iter__(self) -> Iterator[RateLimitWindow]:
        return iter(self.windows.values())

    def get(self, name: str) -> RateLimitWindow | None:
        """The window called ``name``, or ``None`` when the spec declares no such window."""
        return self.windows.get(name)

    @property
    def quota(self) -> RateLimitWindow | None:
        """The first window declared a quota, or ``None``."""
        return next((window for window in self.windows.values() if window.quota), None)

    @property
    def quota_exhausted(self) -> bool:
        """Whether the quota is used up: retrying before ``resets_at`` is pointless."""
        quota = self.quota
        return quota is not None and quota.exhausted

    @property
    def resets_at(self) -> datetime | None:
        """When the quota window resets, if the API says."""
        quota = self.quota
        return quota.resets_at if quota is not None else None

    def __repr__(self) -> str:
        def count(value: int | None) -> str:
            return "?" if value is None else str(value)

        shown = [
            f"{name}={count(window.remaining)}/{count(window.limit)}"
            for name, window in self.windows.items()
            if window.remaining is not None or window.limit is not None
        ]
        return f"RateLimitInfo({', '.join(shown)})"

    @classmethod
    def from_headers(cls, spec: XRateLimit, headers: Mapping[str, str]) -> RateLimitInfo | None:
        """Read the windows ``spec`` declares from an answer's headers; ``None`` when none of its headers is there.

        Names match in any case. Values are read leniently: one that is not
        a non-negative integer becomes ``None``, never an exception, since
        a garbled header must not fail a request that succeeded.
        """
        plan = _PLANS.get(id(spec))
        if plan is None or plan[0] is not spec:
            plan = _PLANS[id(spec)] = (spec, *_plan(spec))
        _, every, windows_plan = plan
        present = _declared_values(headers, every)
        if not present:  # most answers of an API without these headers: nothing to read
            return None
        info = cls.__new__(cls)
        info._windows, info._present, info._plan = None, present, windows_plan
        return info


_WindowPlan = tuple[str, "RatePeriod", bool, tuple[str | None, str | None, str | None, str | None]]
_PLANS: dict[int, tuple[Any, frozenset[str], tuple[_WindowPlan, ...]]] = {}
"""Per x-rate-limit (by id): it, its header names in lower case, and each window's name, period, quota flag and
header names: made once, read on every answer."""


def _plan(spec: XRateLimit) -> tuple[frozenset[str], tuple[_WindowPlan, ...]]:
    windows: list[_WindowPlan] = []
    for w in spec["windows"]:
        limit, remaining, used, resets_at = (w.get("limit"), w.get("remaining"), w.get("used"), w.get("resets_at"))
        names = (_lower(limit), _lower(remaining), _lower(used), _lower(resets_at))
        windows.append((w["name"], w["period"], w.get("quota", False), names))
    every = frozenset(name for *_, names in windows for name in names if name)
    return every, tuple(windows)


def _windows(present: Mapping[str, str], plan: tuple[_WindowPlan, ...]) -> dict[str, RateLimitWindow]:
    """The windows of an answer from its declared headers' values (``present``), by the spec's plan."""
    windows: dict[str, RateLimitWindow] = {}
    for name, period, quota, (limit, remaining, used, resets_at) in plan:
        windows[name] = RateLimitWindow(
            name=name,
            period=period,
            limit=_integer(present, limit),
            remaining=_integer(present, remaining),
            used=_integer(present, used),
            resets_at=_timecode(_integer(present, resets_at)),
            quota=quota,
        )
    return windows


def _lower(name: str | None) -> str | None:
    return name.lower() if name else None


def _declared_values(headers: Mapping[str, str], names: frozenset[str]) -> dict[str, str]:
    """The values of the headers named (lower case), in one pass that decodes only those."""
    if isinstance(headers, httpx.Headers):
        found: dict[str, str] = {}
        for key, value in headers.raw:
            name = key.lower().decode("latin-1")
            if name in names:
                found[name] = value.decode("latin-1")
        return found
    return {name.lower(): value for name, value in headers.items() if name.lower() in names}


def _integer(headers: Mapping[str, str], name: str | None) -> int | None:
    """The header's value as a non-negative integer, or None (not declared, absent, or garbage)."""
    if name is None:
        return None
    value = headers.get(name)
    if value is None:
        return None
    # Only HTTP's optional whitespace: str.strip() would also drop controls such as "\x1f", which int() refuses.
    digits = value.strip(" \t")
    # ASCII digits only (not "²", not "-1"), and few enough that no server can make int() slow or raise.
    return int(digits) if len(digits) <= _MOST_DIGITS and digits.isascii() and digits.isdigit() else None


def _timecode(value: int | None) -> datetime | None:
    """An epoch timecode, in seconds or milliseconds, as an aware UTC datetime; None past the calendar."""
    if value is None:
        return None
    try:
        since = timedelta(milliseconds=value) if value > _MILLISECONDS_ABOVE else timedelta(seconds=value)
        return _EPOCH + since
    except OverflowError:
        return None


class _Window:
    """The start times of the latest requests in one window, oldest first; at most ``limit`` are kept."""

    def __init__(self, argument: str, limit: int, seconds: int) -> None:
        self.argument = argument
        self.limit = limit
        self.seconds = seconds
        # Only the limit-th latest start matters: starts are reserved in order, so older ones are never binding.
        self.starts: deque[float] = deque(maxlen=limit)


class RateLimit:
    """Client-side pacing: at most ``per_second``, ``per_minute``, ``per_hour`` and ``per_day`` requests.

    The guarantee is strict: in any interval of one second (minute, hour,
    day), at most that many requests start, counted over every thread and
    asyncio task that shares this object. Each caller reserves its start
    time under a lock, first come first served, then sleeps until then; a
    sliding log of start times (not a token bucket, which lets up to twice
    the limit through across a window's edge) decides the earliest allowed.

    A reservation is kept even if its caller is cancelled while waiting: the
    limiter errs on the side of starting fewer requests, never more.
    ``clock`` (monotonic seconds) and ``sleep`` are for tests.
    """

    def __init__(
        self,
        *,
        per_second: int | None = None,
        per_minute: int | None = None,
        per_hour: int | None = None,
        per_day: int | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        given = {"per_second": per_second, "per_minute": per_minute, "per_hour": per_hour, "per_day": per_day}
        for argument, limit in given.items():
            # Checked at run time for untyped callers; type(), since True is an int but not a limit of 1.
            if limit is not None and (type(limit) is not int or limit < 1):
                raise ValidationError(argument, f"must be an integer of at least 1, not {limit!r}")
        if all(limit is None for limit in given.values()):
            raise ValidationError(None, "give at least one of per_second, per_minute, per_hour, per_day")
        self._windows = [
            _Window(argument, limit, seconds)
            for (argument, limit), seconds in zip(given.items(), _PERIOD_SECONDS.values(), strict=True)
            if limit is not None
        ]
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._last = float("-inf")  # the latest start reserved: later callers never go before it

    @property
    def per_second(self) -> int | None:
        """Starts allowed in any second, or ``None`` when not limited."""
        return self._limit("per_second")

    @property
    def per_minute(self) -> int | None:
        """Starts allowed in any minute, or ``None`` when not limited."""
        return self._limit("per_minute")

    @property
    def per_hour(self) -> int | None:
        """Starts allowed in any hour, or ``None`` when not limited."""
        return self._limit("per_hour")

    @property
    def per_day(self) -> int | None:
        """Starts allowed in any day, or ``None`` when not limited."""
        return self._limit("per_day")

    def _limit(self, argument: str) -> int | None:
        return next((window.limit for window in self._windows if window.argument == argument), None)

    @classmethod
    def published(cls, spec: XRateLimit | None, scheme: str) -> RateLimit | None:
        """Pacing at the limits the spec publishes for a security scheme (``apiKey``, ``oauth2``...), if any."""
        limits = spec.get("published", {}).get(scheme) if spec is not None else None
        if not limits:  # not published, or published empty
            return None
        return cls(
            per_second=limits.get("second"),
            per_minute=limits.get("minute"),
            per_hour=limits.get("hour"),
            per_day=limits.get("day"),
        )

    def reserve(self) -> float:
        """Claim the earliest start every window allows and return how many seconds until it; the caller waits.

        ``acquire`` and ``acquire_async`` reserve and wait; call this directly
        to wait some other way. The start is taken either way.
        """
        with self._lock:
            now = self._clock()
            start = max(now, self._last)
            for window in self._windows:
                starts = window.starts
                # Starts a whole window ago no longer count; dropping them keeps an idle limiter small.
                while starts and starts[0] + window.seconds <= now:
                    starts.popleft()
                if len(starts) == window.limit:
                    # Full: the oldest of the last `limit` starts must leave the window first.
                    start = max(start, starts[0] + window.seconds)
            for window in self._windows:
                window.starts.append(start)
            self._last = start
            return start - now

    def acquire(self) -> float:
        """Wait (blocking this thread) until a request may start; return the seconds waited."""
        delay = self.reserve()
        if delay > 0:
            self._sleep(delay)
        return delay

    async def acquire_async(self) -> float:
        """Wait (without blocking the event loop) until a request may start; return the seconds waited."""
        import anyio  # noqa: PLC0415 - only async users pay for it

        delay = self.reserve()
        await anyio.sleep(delay)  # even 0: a checkpoint, so a busy loop of requests stays cancellable
        return delay

    def __repr__(self) -> str:
        limits = ", ".join(f"{window.argument}={window.limit}" for window in self._windows)
        return f"RateLimit({limits})"
