"""What came back from a call besides its model: the raw answer, for ``with_raw_response`` and every page."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Generic, TypeVar

import httpx

if TYPE_CHECKING:
    from ._ratelimit import RateLimitInfo

__all__ = ["REQUEST_ID_HEADERS", "APIResponse", "request_id_of"]

T = TypeVar("T")

# Where servers put the id of a request that their support can look up; the first one present wins.
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id", "x-amzn-requestid", "x-amz-request-id")


_REQUEST_ID_NAMES = frozenset(REQUEST_ID_HEADERS)


def request_id_of(headers: Mapping[str, str]) -> str | None:
    """The server's id of the request: the first conventional request-id header present."""
    # One pass over the answer's headers, decoding only the candidates, not a normalising lookup per name.
    if isinstance(headers, httpx.Headers):
        found = {
            name: value.decode("latin-1")
            for key, value in headers.raw
            if (name := key.lower().decode("latin-1")) in _REQUEST_ID_NAMES
        }
    else:
        found = {name.lower(): value for name, value in headers.items() if name.lower() in _REQUEST_ID_NAMES}
    if not found:
        return None
    return next((value for name in REQUEST_ID_HEADERS if (value := found.get(name))), None)


class APIResponse(Generic[T]):
    """One answer as it came: status, headers, request id, rate limits, timing, and its model via ``parse()``.

    ``http_response`` is the ``httpx.Response`` (its request's credential
    headers are masked); ``elapsed`` is seconds from sending the last attempt
    to reading the answer; ``retries_taken`` counts the attempts before it.
    """

    def __init__(
        self,
        http_response: httpx.Response,
        parsed: T,
        *,
        retries_taken: int,
        elapsed: float,
        request_id: str | None,
        rate_limit: RateLimitInfo | None,
    ) -> None:
        self.http_response = http_response
        self._parsed = parsed
        self.retries_taken = retries_taken
        self.elapsed = elapsed
        self.request_id = request_id
        self.rate_limit = rate_limit

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def parse(self) -> T:
        """The model the method returns without ``with_raw_response`` (read already, leniently)."""
        return self._parsed

    def __repr__(self) -> str:
        request = self.http_response.request
        return (
            f"<APIResponse [{self.status_code}] {request.method} {request.url} "
            f"request_id={self.request_id!r} retries_taken={self.retries_taken}>"
        )
