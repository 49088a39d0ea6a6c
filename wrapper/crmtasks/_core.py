"""Sending one operation: auth, timeouts, retries with backoff, errors, logging.

A call is described by a ``Call`` (crmtasks._api: which generated endpoint,
with what arguments, whether repeating it is safe). ``SyncEngine`` and ``AsyncEngine``
send it; everything they decide (when to retry, how long to wait, what to
raise, what to return) lives in ``_EngineBase`` and is shared, so the two
differ only in how they wait and send.
"""

from __future__ import annotations

import copy
import inspect
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from . import _reading
from ._api import ApiDefinition, Call
from ._auth import AuthHeaders, RequestAuth
from ._deviations import cyclic_gc_paused, report_once
from ._envelope import check_envelope
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    CRMTasksError,
    HookError,
    QuotaExceededError,
    RateLimitError,
    UnsafeRedirectError,
    ValidationError,
    status_error_class,
)
from ._options import Options
from ._ratelimit import RateLimit, RateLimitInfo
from ._redact import redact, secrets_of
from ._response import APIResponse, request_id_of
from ._retry import CALLS, NOT_SENT
from ._transport import (
    ACCEPT_ENCODING,
    Sending,
    attempt_deadline,
    bound_pools,
    overall_seconds,
    read_body,
    read_body_async,
    traced,
)
from ._types import (
    NOT_GIVEN,
    Extras,
    NotGiven,
)

if TYPE_CHECKING:
    from ._seam import XErrors

logger = logging.getLogger("crmtasks")

T = TypeVar("T")


def _operation_name(call: Call[Any]) -> str:
    return str(getattr(call.endpoint, "__name__", "operation")).rsplit(".", 1)[-1]


class _EngineBase:
    def __init__(
        self, api: ApiDefinition, *, auth: RequestAuth, options: Options, rate_limit: RateLimit | None = None
    ) -> None:
        self.api = api
        self.options = options
        self.pacer = rate_limit
        self.seen = _Seen()  # shared with with_options copies, like the pacer
        self._auth = auth
        self._owns_http = False
        # Only consulted for raise_on_unexpected_status; never sends anything.
        self._parser_client = api.load("client").Client(base_url=options.base_url)

    @property
    def auth(self) -> RequestAuth:
        """The credentials requests carry."""
        return self._auth

    def evolve(
        self,
        options: Options,
        *,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        rate_limit: RateLimit | NotGiven | None = NOT_GIVEN,
    ) -> Self:
        """A copy with other options, sharing this engine's pacing (unless ``rate_limit`` is given) and last seen
        rate limits, and its connection pool unless ``http_client`` is given (a lent pool is never closed)."""
        clone = copy.copy(self)
        clone.options = options
        clone._owns_http = False
        if not isinstance(rate_limit, NotGiven):
            clone.pacer = rate_limit
        if http_client is not None:
            clone.http = http_client  # type: ignore[attr-defined]
            if isinstance(http_client, httpx.AsyncClient):
                clone._traced = traced(http_client)  # type: ignore[attr-defined]
        return clone

    def _request(self, http: httpx.Client | httpx.AsyncClient, call: Call[Any], auth: dict[str, str]) -> httpx.Request:
        kwargs = call.endpoint.build_request(**call.args)
        for name in call.joined:  # openapi-python-client repeats every list parameter, whatever its explode
            if isinstance(listed := kwargs["params"].get(name), list):
                kwargs["params"][name] = ",".join(str(value) for value in listed)  # pyright: ignore[reportUnknownArgumentType,reportUnknownVariableType]
        extra = call.extra or _NO_EXTRAS
        headers = {**kwargs.pop("headers", {}), **self.options.default_headers, **(extra.headers or {})}
        if headers:
            # Credentials always win: a user header of the same name never replaces (or doubles) them.
            names = self._auth.names
            headers = {k: v for k, v in headers.items() if k.lower() not in names}
        headers.update(auth)
        if self.options.default_query or extra.query:
            kwargs["params"] = {**kwargs.get("params", {}), **self.options.default_query, **(extra.query or {})}
        if extra.body:
            body = kwargs.get("json", {})
            if not isinstance(body, dict):
                raise ValidationError("extra_body", "this operation's body is not a JSON object")
            kwargs["json"] = {**body, **extra.body}
        timeout = self.options.timeout if call.timeout is NOT_GIVEN else call.timeout
        url = self.options.base_url + kwargs.pop("url")
        try:
            return http.build_request(url=url, headers=headers, timeout=timeout, **kwargs)
        except (TypeError, ValueError) as error:  # what the checks before missed (UnicodeError is a ValueError)
            raise ValidationError(None, f"the request could not be built ({type(error).__name__})") from error

    def _view(self, request: httpx.Request) -> httpx.Request:
        """A copy of a request with its credentials masked, for hooks, errors and raw responses.

        A shallow copy with headers of its own and no extensions (the trace hook stays with the request sent):
        every answer gets one, and building a new request would parse its URL and headers again. Its URL and
        body are the request's own objects, read-only here.
        """
        view = httpx.Request.__new__(httpx.Request)
        view.__dict__.update(request.__dict__)
        headers = request.headers.copy()
        for name in self._auth.names:
            if name in headers:
                headers[name] = "****"
        view.headers = headers
        view.extensions = {}
        return view

    def _answered(
        self,
        call: Call[T],
        response: httpx.Response,
        auth: AuthHeaders,
        attempt: int,
        started: float,
        info: RateLimitInfo | None,
    ) -> APIResponse[T]:
        """The answer to accept, read (an error status raises its error; an unreadable one raises too)."""
        return APIResponse(
            response,
            self._finish(call, response, started, auth),
            retries_taken=attempt - 1,
            elapsed=time.perf_counter() - started,
            request_id=request_id_of(response.headers),
            rate_limit=info,
        )

    def _retrying(self, attempt: int, delay: float, reason: str) -> object:
        """Tell the on_retry hook; what it returns (an awaitable for async hooks) is the caller's to await."""
        hook = self.options.hooks.on_retry
        return _call_hook("on_retry", hook, attempt, delay, reason) if hook is not None else None

    def _redirect(
        self, http: httpx.Client | httpx.AsyncClient, response: httpx.Response, hops: int
    ) -> httpx.Request | None:
        """The request a redirect asks for when the client follows redirects; never to another origin.

        crmtasks follows redirects itself (when the ``http_client`` is set to) so that no credential
        header, the vendors' own key headers included, can reach another origin: such a redirect raises.
        """
        following = response.next_request
        if not (http.follow_redirects and response.is_redirect and following is not None):
            return None
        if _origin(following.url) != _origin(response.request.url):
            raise UnsafeRedirectError(
                f"{self.api.name} answered {response.status_code} with a redirect to another origin "
                f"({_origin(following.url)}); crmtasks does not follow it, so credentials stay with "
                f"{_origin(response.request.url)}. Point base_url at the final address if it is legitimate.",
                response=response,
                body=None,
            )
        if hops >= http.max_redirects:
            raise UnsafeRedirectError(f"{self.api.name}: too many redirects", response=response, body=None)
        return following

    def _retries(self, call: Call[Any]) -> int:
        return self.options.max_retries if call.max_retries is None else call.max_retries

    def _observe(self, response: httpx.Response) -> RateLimitInfo | None:
        """The rate-limit headers of an answer, also kept as the client's last seen."""
        spec = self.api.spec_data.RATE_LIMIT
        info = RateLimitInfo.from_headers(spec, response.headers) if spec is not None else None
        if info is not None:
            self.seen.rate_limit = info
        return info

    def _retry_delay(self, attempt: int, response: httpx.Response | None) -> float:
        """Seconds to wait before retry number ``attempt`` (1-based)."""
        after = _retry_after(response.headers.get("retry-after")) if response is not None else None
        return CALLS.delay(attempt, after, self.options.max_retry_wait)

    def _after_error(self, call: Call[Any], error: httpx.TransportError, attempt: int, request: httpx.Request) -> float:
        """Seconds to wait before retrying after a transport error; raises when it must not be retried."""
        if attempt > self._retries(call) or not CALLS.retries_error(error, call.idempotent):
            sent = not isinstance(error, NOT_SENT)
            if isinstance(error, httpx.TimeoutException):
                raise APITimeoutError(request=request, may_have_been_sent=sent) from error
            raise APIConnectionError(
                request=request, message=f"Connection error: {type(error).__name__}.", may_have_been_sent=sent
            ) from error
        delay = self._retry_delay(attempt, None)
        logger.info(
            "%s %s failed (%s); retry %d in %.2f s", request.method, request.url, type(error).__name__, attempt, delay
        )
        return delay

    def _after_response(
        self, call: Call[Any], response: httpx.Response, attempt: int, info: RateLimitInfo | None
    ) -> float | None:
        """Seconds to wait before retrying this answer, or None to accept it."""
        status = response.status_code
        if (
            not CALLS.retries_status(status, call.idempotent)
            or attempt > self._retries(call)
            or self._wait_is_futile(response, info)
        ):
            return None
        delay = self._retry_delay(attempt, response)
        logger.info(
            "%s %s answered %d; retry %d in %.2f s",
            response.request.method,
            response.request.url,
            status,
            attempt,
            delay,
        )
        return delay

    def _wait_is_futile(self, response: httpx.Response, info: RateLimitInfo | None) -> bool:
        """A 429 for a used-up quota, or one asking for a longer wait than the caller allows: raise at once."""
        if response.status_code != 429:
            return False
        after = _retry_after(response.headers.get("retry-after"))
        gone = self._quota_is_gone(info, self._policy(response))
        return gone or (after is not None and after > self.options.max_retry_wait)

    def _quota_is_gone(self, info: RateLimitInfo | None, policy: str | None) -> bool:
        """Whether a 429 says a quota is used up: by its headers, or by the policy its body names (x-rate-limit)."""
        if info is not None and info.quota_exhausted:
            return True
        declared = self.api.spec_data.RATE_LIMIT
        return policy is not None and declared is not None and policy in declared.get("policy", {}).get("quotas", [])

    def _policy(self, response: httpx.Response) -> str | None:
        """The limit a 429's body names (HubSpot's ``policyName``), where the spec's x-rate-limit says it is."""
        declared = self.api.spec_data.RATE_LIMIT
        policy = declared.get("policy") if declared is not None else None
        value = _member(_json_object(response), policy["member"]) if policy is not None else None
        return value if isinstance(value, str) else None

    def _after_unreadable(self, call: Call[Any], error: APIResponseValidationError, attempt: int) -> float:
        """Seconds to wait before asking again for an answer that could not be read; raises when it must not be.

        An unreadable success answer is usually a proxy's hiccup, so a read is
        asked again like after a 5xx; a create never is (it may have happened),
        nor is an answer that strict reading refused (it would come back the same).
        """
        if error.deviation is not None or not call.idempotent or attempt > self._retries(call):
            raise error
        delay = self._retry_delay(attempt, None)
        logger.info("%s; retry %d in %.2f s", error.message, attempt, delay)
        return delay

    def _finish(self, call: Call[T], response: httpx.Response, started: float, auth: AuthHeaders) -> T:
        # httpx links a response and its stream in a cycle, so a read response (a whole page of JSON)
        # would wait for the cyclic garbage collector; with the body read, the stream is not needed.
        response.stream = httpx.ByteStream(b"")
        if logger.isEnabledFor(logging.DEBUG):
            elapsed_ms = (time.perf_counter() - started) * 1000
            request_id = request_id_of(response.headers)
            logger.debug(
                "%s %s -> %d (%.1f ms)%s",
                response.request.method,
                response.request.url,
                response.status_code,
                elapsed_ms,
                f" request id {request_id}" if request_id else "",
            )
        if response.is_success:
            return self._read(call, response, auth)
        try:
            body = call.endpoint.parse_response(client=self._parser_client, response=response)
        except Exception:
            body = None
        raise self._status_error(response, body)

    def _read(self, call: Call[T], response: httpx.Response, auth: AuthHeaders) -> T:
        """The success answer read leniently (deviations reported), its envelope checked, unwrapped."""
        operation = _operation_name(call)
        # Strict reading refuses the first deviation, once the answer is read: an answer with none of its
        # model's members is refused as that first, whatever required member it also lacks.
        refused: list[_reading.Deviation] = []

        def reporter(deviation: _reading.Deviation) -> None:
            if self.options.strict_responses:
                refused.append(deviation)
            else:
                report_once(self.api.name, operation, deviation, secrets_of(auth))

        def deviates() -> APIResponseValidationError:
            message = f"{self.api.name} {operation}: the answer deviates from the spec: {refused[0]}"
            return APIResponseValidationError(message, response=response, deviation=refused[0])

        token = _reading.REPORTER.set(reporter)
        try:
            with cyclic_gc_paused:
                parsed = call.endpoint.parse_response(client=self._parser_client, response=response)
            envelope = self.api.spec_data.ENVELOPE
            if envelope is not None:
                where = f"{self.api.name} {operation}"
                check_envelope(envelope, parsed, where, response, self.api.models, self._status_error)
            try:
                value = call.unwrap(parsed)
            except Exception as error:
                if refused and not isinstance(error, APIError):
                    raise deviates() from error
                raise
            if _reading.unlike_its_model(value):  # what the caller gets (an envelope's data, a bare task...)
                raise ValueError(f"it has none of the members of {type(value).__name__}")
            if refused:
                raise deviates()
            return value
        except APIError:
            raise
        except Exception as error:
            # Whatever the reader could not make sense of (not JSON, cut short, null or a list at the
            # top, a member the answer must have): never a bare exception out of a user's call.
            message = f"{self.api.name} {operation}: the {response.status_code} answer could not be read: {error}"
            if not call.idempotent:
                message += " (the request may have been carried out: look before sending it again)"
            raise APIResponseValidationError(message, response=response) from error
        finally:
            _reading.REPORTER.reset(token)

    def _status_error(self, response: httpx.Response, body: Any) -> APIStatusError:
        # A status the spec does not declare has no model; its JSON is still read for the message.
        message, field_errors = describe_error(
            body if body is not None else _json_object(response), self.api.spec_data.ERRORS
        )
        text = f"{self.api.name} answered {response.status_code}" + (f": {message}" if message else "")
        request_id = request_id_of(response.headers)
        if request_id:
            text += f" [request id {request_id}]"
        error = (
            self._rate_limit_error(response, body, text, field_errors)
            if response.status_code == 429
            else status_error_class(response.status_code)(text, response=response, body=body, field_errors=field_errors)
        )
        error.request_id = request_id
        return error

    def _rate_limit_error(
        self, response: httpx.Response, body: Any, text: str, field_errors: dict[str, list[str]]
    ) -> RateLimitError:
        info = self._observe(response)
        after = _retry_after(response.headers.get("retry-after"))
        policy = self._policy(response)
        error: RateLimitError
        if self._quota_is_gone(info, policy):
            quota = info.quota if info is not None and info.quota_exhausted else None
            name = quota.name if quota is not None else (policy or "").lower() or "daily"
            when = f"; it resets at {info.resets_at:%Y-%m-%d %H:%M} UTC" if info is not None and info.resets_at else ""
            quota_error = QuotaExceededError(
                f"{text} (the {name} quota is used up{when}; not retried)",
                response=response,
                body=body,
                field_errors=field_errors,
            )
            quota_error.resets_at = info.resets_at if info is not None else None
            error = quota_error
        else:
            if after is not None and after > self.options.max_retry_wait:
                most = self.options.max_retry_wait
                text += f" (asked to wait {after:g} s, more than max_retry_wait={most:g} s; not retried)"
            error = RateLimitError(text, response=response, body=body, field_errors=field_errors)
        error.rate_limit = info
        error.retry_after = after
        error.policy = policy
        return error


def _unexpected(error: Exception, request: httpx.Request) -> APIConnectionError:
    """What a transport raised that is no httpx transport error (a custom transport's own, a decoding error).

    Nothing says whether the request left, so it may have been carried out; its message is not repeated,
    since nothing says it holds no secret (the cause is chained).
    """
    name = type(error).__name__
    return APIConnectionError(request=request, message=f"Sending the request failed: the transport raised {name}")


def _json_object(response: httpx.Response) -> Any:
    """The answer's JSON if it is an object, else None."""
    try:
        data: Any = response.json()
    except (ValueError, RecursionError):  # not JSON, or nested deeper than Python reads
        return None
    return data if isinstance(data, dict) else None  # pyright: ignore[reportUnknownVariableType]


def _member(body: Any, name: str) -> Any:
    if isinstance(body, dict):
        raw: dict[str, Any] = body  # pyright: ignore[reportUnknownVariableType]
        return raw.get(name)
    return getattr(body, name, None)


def describe_error(body: Any, declared: XErrors) -> tuple[str | None, dict[str, list[str]]]:
    """A vendor error body's message and per-field errors, from the members its spec's x-errors names.

    ``body`` is the parsed error model, or the raw JSON object of an answer whose status has none.
    """
    if body is None:
        return None, {}
    message = next((v for name in declared["message"] if isinstance(v := _member(body, name), str) and v), None)
    field_errors: dict[str, list[str]] = {}
    if "field_errors" in declared:
        errors = _member(body, declared["field_errors"])
        found: dict[str, Any] = (  # pyright: ignore[reportUnknownVariableType]
            errors if isinstance(errors, dict) else getattr(errors, "additional_properties", None)
        ) or {}
        for name, messages in found.items():
            if isinstance(messages, list):
                listed: list[Any] = messages  # pyright: ignore[reportUnknownVariableType]
                field_errors[str(name)] = [str(m) for m in listed]
    if field_errors:
        detail = "; ".join(f"{name}: {' '.join(msgs)}" for name, msgs in field_errors.items())
        message = f"{message} ({detail})" if message else detail
    return message, field_errors


_NO_EXTRAS = Extras()


def _call_hook(name: str, hook: Callable[..., object], *args: Any) -> object:
    try:
        return hook(*args)
    except Exception as error:
        raise HookError(f"the {name} hook raised {type(error).__name__}: {error}") from error


def _sync_hook(result: object) -> None:
    if inspect.isawaitable(result):
        close = getattr(result, "close", None)
        if callable(close):
            close()
        raise HookError("an async hook needs an async client")


async def _async_hook(result: object) -> None:
    if inspect.isawaitable(result):
        try:
            await result
        except Exception as error:
            raise HookError(f"a hook raised {type(error).__name__}: {error}") from error


@dataclass
class _Seen:
    """What the answers said, shared by a client and its ``with_options`` copies."""

    rate_limit: RateLimitInfo | None = None


def _origin(url: httpx.URL) -> str:
    port = url.port or {"http": 80, "https": 443}.get(url.scheme)
    return f"{url.scheme}://{url.host}:{port}"


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        import email.utils  # noqa: PLC0415 - only a Retry-After given as an HTTP date needs it

        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


async def _async_sleep(seconds: float) -> None:
    import anyio  # noqa: PLC0415 - only async users pay for it

    await anyio.sleep(seconds)


class SyncEngine(_EngineBase):
    """Sends calls over an ``httpx.Client``."""

    def __init__(
        self, api: ApiDefinition, *, http_client: httpx.Client | None, auth: RequestAuth, options: Options, **rest: Any
    ) -> None:
        super().__init__(api, auth=auth, options=options, **rest)
        self._owns_http = http_client is None
        if http_client is None:
            http_client = httpx.Client(timeout=self.options.timeout, headers={"Accept-Encoding": ACCEPT_ENCODING})
            bound_pools(http_client)
        self.http = http_client

    def send(self, call: Call[T]) -> T:
        return self.exchange(call).parse()

    def exchange(self, call: Call[T]) -> APIResponse[T]:
        """Send ``call`` (retrying as allowed): the answer it was read from, with the result."""
        attempt = 0
        renewed = False
        hooks = self.options.hooks
        auth = AuthHeaders()
        request: httpx.Request | None = None
        try:
            while True:
                attempt += 1
                if self.pacer is not None:
                    self.pacer.acquire()
                auth = self._auth.headers(self.http)
                request = self._request(self.http, call, auth)
                if hooks.on_request is not None:
                    _sync_hook(_call_hook("on_request", hooks.on_request, self._view(request)))
                started = time.perf_counter()
                try:
                    response = self._send(request)
                except CRMTasksError:
                    raise
                except httpx.TransportError as error:
                    delay = self._after_error(call, error, attempt, self._view(request))
                    _sync_hook(self._retrying(attempt, delay, type(error).__name__))
                    _sleep(delay)
                    continue
                except Exception as error:
                    raise _unexpected(error, self._view(request)) from error
                # What the caller may see of the request (errors, raw responses, hooks) carries no credential.
                response.request = self._view(response.request)
                if hooks.on_response is not None:
                    _sync_hook(_call_hook("on_response", hooks.on_response, response))
                if response.status_code == 401 and not renewed and self._auth.renew(self.http, auth):
                    renewed, attempt = True, attempt - 1  # fresh credentials: sent again once, not counted as a retry
                    response.close()
                    continue
                info = self._observe(response)  # read once: for retry decisions and for the raw answer
                retry_in = self._after_response(call, response, attempt, info)
                if retry_in is None:
                    try:
                        return self._answered(call, response, auth, attempt, started, info)
                    except APIResponseValidationError as error:
                        delay = self._after_unreadable(call, error, attempt)
                        _sync_hook(self._retrying(attempt, delay, "unreadable answer"))
                        _sleep(delay)
                        continue
                response.close()
                _sync_hook(self._retrying(attempt, retry_in, str(response.status_code)))
                _sleep(retry_in)
        except Exception as error:
            # Whatever leaves a call, its whole chain: no credential of this call in a message, a request or a body.
            redact(error, secrets_of(auth), self._view(request) if request is not None else None)
            raise

    def _send(self, request: httpx.Request) -> httpx.Response:
        """One attempt: the answer with its body read, within the attempt's time and max_response_bytes."""
        seconds = overall_seconds(request)
        deadline = None if seconds is None else time.monotonic() + seconds
        bound = attempt_deadline.set(deadline)
        try:
            response = self.http.send(request, stream=True, follow_redirects=False)
            try:
                hops = 0
                while (following := self._redirect(self.http, response, hops)) is not None:
                    response.close()
                    hops += 1
                    response = self.http.send(following, stream=True, follow_redirects=False)
                read_body(response, self.options.max_response_bytes, deadline)
            finally:
                response.close()
        finally:
            attempt_deadline.reset(bound)
        return response

    def close(self) -> None:
        if self._owns_http:
            self.http.close()


class AsyncEngine(_EngineBase):
    """Sends calls over an ``httpx.AsyncClient``."""

    def __init__(
        self,
        api: ApiDefinition,
        *,
        http_client: httpx.AsyncClient | None,
        auth: RequestAuth,
        options: Options,
        **rest: Any,
    ) -> None:
        super().__init__(api, auth=auth, options=options, **rest)
        self._owns_http = http_client is None
        self.http = http_client or httpx.AsyncClient(
            timeout=self.options.timeout, headers={"Accept-Encoding": ACCEPT_ENCODING}
        )
        self._traced = traced(self.http)

    async def send(self, call: Call[T]) -> T:
        return (await self.exchange(call)).parse()

    async def exchange(self, call: Call[T]) -> APIResponse[T]:
        """Send ``call`` (retrying as allowed): the answer it was read from, with the result."""
        attempt = 0
        renewed = False
        hooks = self.options.hooks
        auth = AuthHeaders()
        request: httpx.Request | None = None
        try:
            while True:
                attempt += 1
                if self.pacer is not None:
                    await self.pacer.acquire_async()
                auth = await self._auth.aheaders(self.http)
                request = self._request(self.http, call, auth)
                if hooks.on_request is not None:
                    await _async_hook(_call_hook("on_request", hooks.on_request, self._view(request)))
                started = time.perf_counter()
                try:
                    response = await self._send(request)
                except CRMTasksError:
                    raise
                except httpx.TransportError as error:
                    delay = self._after_error(call, error, attempt, self._view(request))
                    await _async_hook(self._retrying(attempt, delay, type(error).__name__))
                    await _async_sleep(delay)
                    continue
                except Exception as error:
                    raise _unexpected(error, self._view(request)) from error
                # What the caller may see of the request (errors, raw responses, hooks) carries no credential.
                response.request = self._view(response.request)
                if hooks.on_response is not None:
                    await _async_hook(_call_hook("on_response", hooks.on_response, response))
                if response.status_code == 401 and not renewed and await self._auth.arenew(self.http, auth):
                    renewed, attempt = True, attempt - 1
                    await response.aclose()
                    continue
                info = self._observe(response)  # read once: for retry decisions and for the raw answer
                retry_in = self._after_response(call, response, attempt, info)
                if retry_in is None:
                    try:
                        return self._answered(call, response, auth, attempt, started, info)
                    except APIResponseValidationError as error:
                        delay = self._after_unreadable(call, error, attempt)
                        await _async_hook(self._retrying(attempt, delay, "unreadable answer"))
                        await _async_sleep(delay)
                        continue
                await response.aclose()
                await _async_hook(self._retrying(attempt, retry_in, str(response.status_code)))
                await _async_sleep(retry_in)
        except Exception as error:
            # Whatever leaves a call, its whole chain: no credential of this call in a message, a request or a body.
            redact(error, secrets_of(auth), self._view(request) if request is not None else None)
            raise

    async def _send(self, request: httpx.Request) -> httpx.Response:
        """One attempt: the answer with its body read, within the attempt's time and max_response_bytes."""
        import anyio  # noqa: PLC0415 - only async users pay for it (httpx depends on it)

        seconds = overall_seconds(request)
        sending = Sending(request, self._traced)
        try:
            with anyio.fail_after(seconds):
                response = await self.http.send(request, stream=True, follow_redirects=False)
                try:
                    hops = 0
                    while (following := self._redirect(self.http, response, hops)) is not None:
                        await response.aclose()
                        hops += 1
                        response = await self.http.send(following, stream=True, follow_redirects=False)
                    await read_body_async(response, self.options.max_response_bytes)
                finally:
                    await response.aclose()
        except TimeoutError:
            raise sending.timeout(request, seconds) from None
        return response

    async def aclose(self) -> None:
        if self._owns_http:
            await self.http.aclose()


__all__ = ["AsyncEngine", "SyncEngine", "describe_error"]
