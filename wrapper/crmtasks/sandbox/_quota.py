"""The request quotas of an emulated API, reported in the headers its spec's ``x-rate-limit`` declares.

Each window of ``RATE_LIMIT["windows"]`` has a limit (the window's
``example`` in the spec, unless set), a count of requests used and
the requests remaining. Windows are fixed periods of the sandbox's clock
(real time plus ``Sandbox.advance``): a minute window rolls over on the
minute, an hour one on the hour, a day one at 00:00 UTC; rolling over gives
back the whole limit. Every answer carries, for every window, the headers it
declares among ``limit``, ``remaining``, ``used`` and ``resets_at`` (epoch
milliseconds of the next rollover).

Counting never refuses a request unless a window is *enforced* (``set`` with
``enforce=True``): then, while it has nothing remaining, requests are refused
(``refusal`` says how many seconds until it rolls over).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .._ratelimit import _PERIOD_SECONDS  # pyright: ignore[reportPrivateUsage]

if TYPE_CHECKING:
    from .._seam import RateLimitWindow, XRateLimit

__all__ = ["DEFAULT_LIMIT", "Meter", "Window"]

DEFAULT_LIMIT = 1000
"""The limit of a window the store gives none for."""


@dataclass
class Window:
    """One window's numbers in its current period."""

    spec: RateLimitWindow
    limit: int
    used: int = 0
    enforce: bool = False
    period_start: float = 0.0

    @property
    def remaining(self) -> int:
        """The requests left in the period: what the limit leaves of those used."""
        return max(0, self.limit - self.used)

    @property
    def length(self) -> int:
        """The period's length in seconds (the window's ``seconds`` when it declares them)."""
        return self.spec.get("seconds") or _PERIOD_SECONDS[self.spec["period"]]

    @property
    def resets_at(self) -> float:
        """When the current period ends (epoch seconds)."""
        return self.period_start + self.length

    def roll(self, now: float) -> None:
        """Start the period ``now`` falls in, with the whole limit, if the current one has ended."""
        start = math.floor(now / self.length) * self.length  # the epoch is 00:00 UTC: days end at midnight UTC
        if start != self.period_start:
            self.period_start = float(start)
            self.used = 0

    def state(self) -> dict[str, Any]:
        """The window's numbers, for the control endpoint."""
        return {
            "limit": self.limit,
            "remaining": self.remaining,
            "used": self.used,
            "enforce": self.enforce,
            "resets_at": self.resets_at,
        }


class Meter:
    """The windows of one API and their counts (see the module's docstring)."""

    def __init__(self, rate_limit: XRateLimit, clock: Callable[[], float]) -> None:
        self._clock = clock
        self.windows: dict[str, Window] = {}
        for spec in rate_limit["windows"]:
            limit = spec.get("example", DEFAULT_LIMIT)
            self.windows[spec["name"]] = Window(spec, limit, period_start=-1.0)
        self._roll()

    def set(self, name: str, *, limit: int | None = None, remaining: int | None = None, enforce: bool = True) -> None:
        """Set a window's limit and/or remaining count (its used count follows) and whether it refuses at 0."""
        window = self.window(name)
        self._roll()
        _check_count("limit", limit)  # the control endpoint passes JSON straight in
        _check_count("remaining", remaining)
        if not isinstance(enforce, bool):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ValueError(f"enforce must be true or false, not {enforce!r}")
        if limit is not None:
            window.limit = limit
        if remaining is not None:
            if remaining > window.limit:
                raise ValueError(f"remaining ({remaining}) must not exceed the limit ({window.limit})")
            window.used = window.limit - remaining
        window.enforce = enforce

    def exhaust(self) -> None:
        """The quota windows (``quota: true``) have nothing remaining, and refuse."""
        quotas = [name for name, window in self.windows.items() if window.spec.get("quota")]
        if not quotas:
            raise ValueError("the spec declares no quota window (quota: true)")
        for name in quotas:
            self.set(name, remaining=0)

    def window(self, name: str) -> Window:
        """The window called ``name``."""
        window = self.windows.get(name)
        if window is None:
            raise ValueError(f"no rate-limit window {name!r}; the spec declares {', '.join(self.windows)}")
        return window

    def refusal(self) -> tuple[Window, float] | None:
        """When enforced windows have nothing remaining: the one that rolls over last, and seconds until then."""
        now = self._roll()
        shut = [w for w in self.windows.values() if w.enforce and w.remaining <= 0]
        if not shut:
            return None
        last = max(shut, key=lambda w: w.resets_at)
        return last, last.resets_at - now

    def consume(self) -> None:
        """Count one request in every window."""
        self._roll()
        for window in self.windows.values():
            window.used += 1

    def headers(self) -> dict[str, str]:
        """The headers of every window's numbers, as the spec names them."""
        self._roll()
        headers: dict[str, str] = {}
        for window in self.windows.values():
            spec = window.spec
            for name, value in (
                (spec.get("limit"), window.limit),
                (spec.get("remaining"), window.remaining),
                (spec.get("used"), window.used),
                (spec.get("resets_at"), int(window.resets_at * 1000)),
            ):
                if name is not None:
                    headers[name] = str(value)
        return headers

    def state(self) -> dict[str, dict[str, Any]]:
        """Every window's numbers, by name."""
        self._roll()
        return {name: window.state() for name, window in self.windows.items()}

    def _roll(self) -> float:
        now = self._clock()
        for window in self.windows.values():
            window.roll(now)
        return now


def _check_count(what: str, value: object) -> None:
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
        raise ValueError(f"{what} must be an integer of at least 0, not {value!r}")
