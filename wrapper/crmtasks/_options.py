"""A client's options: what every call is sent with, in one checked, frozen object.

The constructor makes one, ``with_options`` a changed copy (``evolve``); the
engine reads it. Credentials, the connection pool and the pacing are not
options: a copy made by ``with_options`` shares them (crmtasks._client).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._auth import check_transport_security
from ._types import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_WAIT,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    Hooks,
    TimeoutArg,
)

__all__ = ["Options"]


@dataclass(frozen=True)
class Options:
    """The constructor's options that every call is sent with (see a client's constructor for each)."""

    base_url: str
    timeout: TimeoutArg = field(default_factory=lambda: DEFAULT_TIMEOUT)  # an httpx.Timeout is not hashable
    max_retries: int = DEFAULT_MAX_RETRIES
    strict_responses: bool = False
    allow_insecure_http: bool = False
    max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    default_headers: Mapping[str, str] = field(default_factory=dict[str, str])
    default_query: Mapping[str, Any] = field(default_factory=dict[str, Any])
    hooks: Hooks = field(default_factory=Hooks)

    def __post_init__(self) -> None:
        for name in ("max_retries", "max_retry_wait", "max_response_bytes"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be 0 or more")
        object.__setattr__(self, "base_url", self.base_url.rstrip("/"))
        check_transport_security(self.base_url, "base_url", allow_insecure_http=self.allow_insecure_http)

    @classmethod
    def given(cls, base_url: str, **values: Any) -> Options:
        """The options of a constructor's arguments: not given (NOT_GIVEN, or None where None means "none") is
        the default."""
        return cls(base_url, **_values(values))

    def evolve(self, **changes: Any) -> Options:
        """A copy with ``changes`` (``with_options``' arguments, the same rules as the constructor's)."""
        return dataclasses.replace(self, **_values(changes))


def _values(arguments: Mapping[str, Any]) -> dict[str, Any]:
    """The arguments that set an option: ``timeout=NOT_GIVEN`` and ``max_retries=None`` keep it; ``None`` headers,
    query or hooks mean none."""
    values: dict[str, Any] = {}
    for name, value in arguments.items():
        if (name == "timeout" and value is NOT_GIVEN) or (name == "max_retries" and value is None):
            continue
        if name in ("default_headers", "default_query"):
            values[name] = dict(value or {})
        elif name == "hooks":
            values[name] = value or Hooks()
        else:
            values[name] = value
    return values
