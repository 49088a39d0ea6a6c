"""The plain types and defaults of a call, which every layer and the generated packages name.

Kept apart from the engine (crmtasks._core) so that what only names them, the package's face and the
generated clients' signatures among them, does not load it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_WAIT",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "Extras",
    "Hooks",
    "NotGiven",
    "TimeoutArg",
    "given",
]

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RETRY_WAIT = 60.0
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
"""The largest answer read, once decoded: some thousand times a full page of any of the APIs."""

TimeoutArg = float | httpx.Timeout | None


class NotGiven:
    """The type of ``NOT_GIVEN``: an argument the caller did not pass (None is a real value of many)."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN: Any = NotGiven()


def given(**arguments: Any) -> dict[str, Any]:
    """The arguments the caller passed: those that are not NOT_GIVEN."""
    return {name: value for name, value in arguments.items() if value is not NOT_GIVEN}


@dataclass(frozen=True)
class Extras:
    """Per-call additions the spec does not know yet: headers, query parameters, body members."""

    headers: Mapping[str, str] | None = None
    query: Mapping[str, Any] | None = None
    body: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class Hooks:
    """Callbacks around every request, for metrics and tracing (async clients also take async callables).

    Per attempt, in this order: ``on_request(request)`` just before it is sent;
    ``on_response(response)`` as soon as its answer arrives (error statuses
    too, before any retry decision); ``on_retry(attempt, delay, reason)`` when a
    retry is decided, before waiting ``delay`` seconds (``reason``: the status,
    the transport error's name, or ``"unreadable answer"``). Credential headers
    are masked in what hooks see. An exception raised by a hook ends the call
    with ``crmtasks.HookError`` (its ``__cause__`` is the hook's exception), and
    the request is not retried.
    """

    on_request: Callable[[httpx.Request], object] | None = None
    on_response: Callable[[httpx.Response], object] | None = None
    on_retry: Callable[[int, float, str], object] | None = None
