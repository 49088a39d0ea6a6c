"""When a request is tried again, and how long to wait first: one policy for calls and for token refreshes.

A call is repeated after an answer of ``statuses`` if repeating it is safe
(a 429 always: the request was refused unprocessed), and after a transport
error if it is safe or the error proves the request never left. Waits grow
by ``factor`` from ``initial_delay`` up to ``max_delay``, shortened by up to
``jitter`` of themselves so that many clients do not retry in step; a
``Retry-After`` the server sends wins when it is not longer than the
client's ``max_retry_wait``. The engine (crmtasks._core) and OAuth2's token
refresh (crmtasks._oauth) both ask their policy.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

import httpx

__all__ = ["CALLS", "NOT_SENT", "TOKEN_REFRESH", "TOKEN_REFRESH_RETRIES", "RetryPolicy"]

NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
"""Failures that prove the request never left this machine, so even a create may be repeated without risking a
duplicate."""


@dataclass(frozen=True)
class RetryPolicy:
    """Which failures are tried again, and the waits before each try."""

    statuses: frozenset[int] = frozenset({429, 500, 502, 503, 504})
    initial_delay: float = 0.5
    max_delay: float = 8.0
    factor: float = 2.0
    jitter: float = 0.25

    def retries_status(self, status: int, idempotent: bool) -> bool:
        """Whether an answer of ``status`` is tried again (``idempotent``: the request may be repeated safely)."""
        # A 429 tells us the request was refused unprocessed, so even a create may be repeated.
        return status == 429 or (status in self.statuses and idempotent)

    @staticmethod
    def retries_error(error: httpx.TransportError, idempotent: bool) -> bool:
        """Whether a transport error is tried again: the request is safe to repeat, or it never left."""
        return idempotent or isinstance(error, NOT_SENT)

    def delay(self, attempt: int, retry_after: float | None = None, max_wait: float = math.inf) -> float:
        """Seconds before try number ``attempt + 1`` (``attempt`` from 1): the server's ``Retry-After`` if it
        is one to wait out, else the backoff."""
        if retry_after is not None and 0 <= retry_after <= max_wait:
            return retry_after
        delay = min(self.initial_delay * self.factor ** (attempt - 1), self.max_delay)
        return delay * (1 - self.jitter * random.random())


CALLS = RetryPolicy()
"""The engine's: 0.5, 1, 2, 4, 8 s (less up to a quarter), for as many retries as ``max_retries`` allows."""

TOKEN_REFRESH = RetryPolicy(factor=4.0, jitter=0.0)
"""A token refresh that failed on the way (no answer, a 429, a 5xx) is tried twice more, after 0.5 and 2 s. Even
when the failed request reached the vendor and rotated the refresh token, trying again is no worse than the next
call's refresh would be: both meet invalid_grant, which is final."""

TOKEN_REFRESH_RETRIES = 2
"""How many times a failed token refresh is tried again."""
