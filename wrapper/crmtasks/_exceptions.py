"""The exceptions crmtasks raises: one hierarchy for all three APIs.

::

    CRMTasksError
    ├── MissingCredentialsError     no key given and none in the environment
    ├── ValidationError (ValueError) bad input, caught before anything is sent
    ├── PaginationError             the API repeated a page or token
    ├── HookError                   a hook of the client raised
    ├── ResultsTruncatedError       a search went past the API's result cap
    └── APIError
        ├── APIConnectionError
        │   └── APITimeoutError
        ├── APIResponseValidationError  a success answer that cannot be read (or, with
        │                               strict_responses=True, that deviates from the spec)
        └── APIStatusError          an error answer (or an unsuccessful envelope)
            ├── BadRequestError            400
            ├── AuthenticationError        401
            ├── PermissionDeniedError      403
            ├── NotFoundError              404
            ├── ConflictError              409
            ├── UnprocessableEntityError   422
            ├── RateLimitError             429
            │   └── QuotaExceededError     429 with the quota used up: never retried
            ├── UnsafeRedirectError        a redirect to another origin, refused
            └── InternalServerError        5xx
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from datetime import datetime

    from ._ratelimit import RateLimitInfo
    from ._reading import Deviation

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CRMTasksError",
    "ConflictError",
    "HookError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "QuotaExceededError",
    "RateLimitError",
    "ResponseValidationWarning",
    "ResultsTruncatedError",
    "ResultsTruncatedWarning",
    "UnprocessableEntityError",
    "UnsafeRedirectError",
    "ValidationError",
]


class CRMTasksError(Exception):
    """Base class of every exception crmtasks raises."""


class HookError(CRMTasksError):
    """A hook (``hooks=`` of a client) raised: the call ends here; ``__cause__`` is the hook's exception."""


class MissingCredentialsError(CRMTasksError):
    """A client was built without credentials and found none in the environment."""


class ValidationError(CRMTasksError, ValueError):
    """An argument breaks the API's rules; raised before any request is sent.

    ``field`` names the offending argument (``None`` when no single one is at fault).
    """

    def __init__(self, field: str | None, message: str) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field


class PaginationError(CRMTasksError):
    """The API answered a page or a page token it had already given; iteration stops instead of looping."""


class ResultsTruncatedError(CRMTasksError):
    """A search matched more results than the API will ever return (raised when asked to, instead of a warning)."""


class ResultsTruncatedWarning(UserWarning):
    """A search matched more results than the API will ever return; iteration yields only the first ones."""


class APIError(CRMTasksError):
    """A request failed: no answer, or an answer that reports an error.

    ``may_have_been_sent`` is False when the call's own request provably never
    left this machine: its connection never opened, or getting its credentials
    failed first (a token endpoint that refused or answered nonsense).
    """

    may_have_been_sent: bool = True

    def __init__(self, message: str, *, request: httpx.Request | None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """No answer: the connection failed or broke.

    ``may_have_been_sent`` is False when the request provably never left this
    machine (the connection could not be opened), True when the server may
    have received and carried it out (the connection broke after sending, a
    read timed out): a create that failed so may exist on the server.
    """

    def __init__(
        self, *, request: httpx.Request, message: str = "Connection error.", may_have_been_sent: bool = True
    ) -> None:
        super().__init__(message, request=request)
        self.may_have_been_sent = may_have_been_sent


class APITimeoutError(APIConnectionError):
    """No answer within the timeout."""

    def __init__(self, *, request: httpx.Request, may_have_been_sent: bool = True) -> None:
        super().__init__(request=request, message="Request timed out.", may_have_been_sent=may_have_been_sent)


class APIResponseValidationError(APIError):
    """A success answer crmtasks cannot read, or (with ``strict_responses=True``) one that deviates from the spec.

    Unreadable: not JSON (a proxy's HTML page), truncated JSON, an empty body
    where content is due, a JSON value of the wrong kind at the top (``null``, a
    list where an object belongs), an envelope without its success flag.
    ``status_code`` and ``response`` are the answer's; ``body`` is its text, cut
    to ``BODY_LIMIT`` characters; ``deviation`` is the first deviation found
    when strict reading refused the answer (else ``None``).
    """

    BODY_LIMIT = 4096

    def __init__(self, message: str, *, response: httpx.Response, deviation: Deviation | None = None) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.deviation = deviation
        text = response.content.decode("utf-8", errors="replace")
        self.body = text if len(text) <= self.BODY_LIMIT else text[: self.BODY_LIMIT] + "... (cut)"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r})"


class ResponseValidationWarning(UserWarning):
    """An answer deviates from the spec and was read leniently: once per operation and field per process.

    The message names the API, the operation, the field (``Task.priority``),
    what the spec declares, the value that came and what the field holds now.
    Pass ``strict_responses=True`` to a client to raise instead.
    """


class APIStatusError(APIError):
    """An answer reporting an error.

    ``status_code`` is the HTTP status, ``body`` the vendor's error body parsed
    into its generated model (Keap ``Error``, Apollo ``ApolloError``, ySuite
    ``ErrorEnvelope``; ``None`` when the body was not what the spec declares),
    ``field_errors`` the per-field messages when the vendor gives them,
    ``request_id`` the vendor's id of the request (for a support ticket) when
    it sends one, and ``response`` the ``httpx.Response``.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        field_errors: dict[str, list[str]] | None = None,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.field_errors = field_errors or {}
        self.request_id: str | None = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r})"


class UnsafeRedirectError(APIStatusError):
    """A redirect crmtasks refused to follow: to another origin (where credentials must never go), or too many."""


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401: credentials missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials may not do this."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


class UnprocessableEntityError(APIStatusError):
    """422: the API rejected a value."""


class RateLimitError(APIStatusError):
    """429: over one of the API's limits.

    ``rate_limit`` is what the answer's headers say of each window (``None``
    when the API sends none); ``retry_after`` the seconds the API asked to wait
    (``None`` when it did not say). A 429 is retried while the wait is at most
    the client's ``max_retry_wait``; a longer one raises at once. ``policy`` is
    the limit the body names where the spec's ``x-rate-limit`` says it does
    (HubSpot's ``policyName``: ``TEN_SECONDLY_ROLLING``, ``DAILY``...); a policy
    the spec calls a quota makes the error a ``QuotaExceededError``.
    """

    rate_limit: RateLimitInfo | None = None
    retry_after: float | None = None
    policy: str | None = None


class QuotaExceededError(RateLimitError):
    """429 with the API's quota (a daily one, say) used up: waiting seconds will not help, so it is never retried.

    ``resets_at`` is when the quota comes back (aware, UTC), if the API says.
    """

    resets_at: datetime | None = None


class InternalServerError(APIStatusError):
    """5xx."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an error answer with ``status_code``."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)
