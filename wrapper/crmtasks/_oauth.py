"""OAuth2 for the APIs whose spec declares an ``oauth2`` scheme: the first grant, and refreshing for ever after.

The token endpoint, the authorization page, the scopes and how the client
authenticates to the token endpoint (HTTP Basic or form fields) are the
spec's; ``OAuth2`` holds the tokens, refreshes them shortly before they
expire and once after a 401, and hands every new token set to ``on_refresh``.
Vendors such as Keap rotate the refresh token on every refresh, so storing
what ``on_refresh`` receives is not optional: the previous refresh token stops
working.

Refreshing is single flight: threads (sync clients) that find the token
expired wait on one lock while the first refreshes, and so do tasks (async
clients, one lock per event loop); all then use the new token. A refresh the
vendor refuses (``invalid_grant``...) is final: it raises
``AuthenticationError`` and every later request raises the same error without
asking the token endpoint again.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hmac
import logging
import secrets
import threading
import time
import weakref
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import httpx

from . import _core  # pyright: ignore[reportPrivateUsage] - the engine's waits (which tests replace) and wording
from ._auth import AuthHeaders, Secret, check_header_value, check_transport_security
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    AuthenticationError,
    CRMTasksError,
    ValidationError,
    status_error_class,
)
from ._redact import mask_bytes
from ._retry import TOKEN_REFRESH, TOKEN_REFRESH_RETRIES
from ._transport import attempt_deadline, overall_seconds, read_body, read_body_async

if TYPE_CHECKING:
    import asyncio

    from ._api import ApiDefinition
    from ._seam import SecurityScheme

__all__ = ["AuthorizationRequest", "OAuth2", "TokenSet"]

logger = logging.getLogger("crmtasks")

DEFAULT_REFRESH_MARGIN = 60.0
_REFUSALS = frozenset({"invalid_grant", "invalid_request", "invalid_client", "unauthorized_client"})


@dataclass(frozen=True, repr=False)
class TokenSet:
    """The tokens of one grant or refresh: what ``on_refresh`` receives and the caller must store.

    ``expires_at`` is when the access token expires (aware, UTC), None when the
    vendor did not say.
    """

    access_token: str
    refresh_token: str
    expires_at: dt.datetime | None
    scope: str | None = None

    def __repr__(self) -> str:
        return f"TokenSet(access_token='****', refresh_token='****', expires_at={self.expires_at!r})"


@dataclass(frozen=True)
class AuthorizationRequest:
    """Where to send the user to grant access, and the ``state`` to check when they come back."""

    url: str
    state: str


def oauth_scheme(api: ApiDefinition) -> tuple[str, SecurityScheme]:
    """The API's OAuth2 security scheme (its name and declaration)."""
    for name, scheme in api.spec_data.SECURITY_SCHEMES.items():
        if scheme["type"] == "oauth2" and "token_url" in scheme:
            return name, scheme
    raise CRMTasksError(f"{api.name}'s spec declares no OAuth2 flow")


class OAuth2:
    """OAuth2 credentials that refresh themselves: pass as ``oauth=`` to a client.

    ``client_id`` and ``client_secret`` are the app's, ``refresh_token`` the
    grant's; ``access_token`` and ``expires_at`` (aware) the current access
    token, if known (without them the first request refreshes). ``token_url``
    defaults to the spec's. ``on_refresh(token_set)`` is called with every
    new ``TokenSet``: store its ``refresh_token``, which replaces the old one.
    ``refresh_margin`` is how many seconds before ``expires_at`` to refresh.
    """

    def __init__(
        self,
        *,
        client_id: str,
        client_secret: str,
        refresh_token: str,
        access_token: str | None = None,
        expires_at: dt.datetime | None = None,
        token_url: str | None = None,
        on_refresh: Callable[[TokenSet], object] | None = None,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
    ) -> None:
        # Checked as header values: each travels in one (Basic, Bearer) or beside one, and a bad one
        # is better refused now than by the token endpoint, or quoted by an httpx error, later.
        for name, value in (("client_id", client_id), ("refresh_token", refresh_token)):
            check_header_value(value, name)
        if access_token:
            check_header_value(access_token, "access_token")
        if expires_at is not None and expires_at.tzinfo is None:
            raise ValidationError("expires_at", "must be an aware datetime (with a timezone)")
        self.client_id = client_id
        self._client_secret = Secret(client_secret, name="client_secret")
        self._token = TokenSet(access_token or "", refresh_token, expires_at)
        self._token_url = token_url
        self._on_refresh = on_refresh
        self._margin = dt.timedelta(seconds=refresh_margin)
        self._api: ApiDefinition | None = None
        self._scheme: SecurityScheme | None = None
        self._scheme_name = "oauth2"
        self._refused: AuthenticationError | None = None
        self._lock = threading.Lock()
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    @property
    def token(self) -> TokenSet:
        """The current tokens (after a refresh, the new ones)."""
        return self._token

    @property
    def token_url(self) -> str | None:
        """The token endpoint: the one passed, else the spec's (once bound to a client)."""
        if self._token_url is not None:
            return self._token_url
        return self._scheme["token_url"] if self._scheme is not None and "token_url" in self._scheme else None

    def __repr__(self) -> str:
        return (
            f"OAuth2(client_id={self.client_id!r}, token_url={self.token_url!r}, expires_at={self._token.expires_at!r})"
        )

    # -- what clients use ------------------------------------------------------------

    def bind(self, api: ApiDefinition, *, allow_insecure_http: bool) -> None:
        """Attach to an API: its token endpoint and client authentication come from its spec."""
        if self._api is not None and self._api is not api and self._token_url is None:
            raise ValueError(f"this OAuth2 belongs to {self._api.name}; create another one for {api.name}")
        self._api = api
        self._scheme_name, self._scheme = oauth_scheme(api)
        url = self.token_url
        assert url is not None  # oauth_scheme only returns schemes with a token_url
        check_transport_security(url, "token_url", allow_insecure_http=allow_insecure_http)

    @property
    def names(self) -> frozenset[str]:
        return frozenset({"authorization"})

    @property
    def scheme(self) -> str:
        return self._scheme_name

    def headers(self, http: httpx.Client) -> AuthHeaders:
        token = self._usable()
        if token is None:
            with self._lock, _before_sending():
                token = self._usable()
                if token is None:  # this thread refreshes; the others waited on the lock and reuse its token
                    token = self._refresh(http).access_token
        return AuthHeaders({"Authorization": f"Bearer {token}"})

    async def aheaders(self, http: httpx.AsyncClient) -> AuthHeaders:
        token = self._usable()
        if token is None:
            async with self._loop_lock():
                with _before_sending():
                    token = self._usable()
                    if token is None:
                        token = (await self._arefresh(http)).access_token
        return AuthHeaders({"Authorization": f"Bearer {token}"})

    def renew(self, http: httpx.Client, sent: Mapping[str, str]) -> bool:
        with self._lock:
            if self._sent_current(sent):  # nobody refreshed since this request went out
                self._refresh(http)
        return True

    async def arenew(self, http: httpx.AsyncClient, sent: Mapping[str, str]) -> bool:
        async with self._loop_lock():
            if self._sent_current(sent):
                await self._arefresh(http)
        return True

    # -- refreshing ----------------------------------------------------------------

    def _usable(self) -> str | None:
        """The access token if it is good for a while yet; raises if a refresh was refused."""
        if self._refused is not None:
            raise self._refused
        token = self._token
        if not token.access_token:
            return None
        if token.expires_at is not None and dt.datetime.now(dt.UTC) >= token.expires_at - self._margin:
            return None
        return token.access_token

    def _sent_current(self, sent: Mapping[str, str]) -> bool:
        if self._refused is not None:
            raise self._refused
        bearer = next((v for k, v in sent.items() if k.lower() == "authorization"), "")
        return bearer == f"Bearer {self._token.access_token}"

    def _loop_lock(self) -> asyncio.Lock:
        import asyncio  # noqa: PLC0415 - async users have it already; import crmtasks does not need it

        loop = asyncio.get_running_loop()
        with self._lock:
            lock = self._loop_locks.get(loop)
            if lock is None:
                lock = self._loop_locks[loop] = asyncio.Lock()
            return lock

    def _refresh_request(self, http: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        form = {"grant_type": "refresh_token", "refresh_token": self._token.refresh_token}
        return token_request(http, self._bound(), self.client_id, self._client_secret, form, self.token_url)

    def _refresh(self, http: httpx.Client) -> TokenSet:
        if self._refused is not None:
            raise self._refused
        for attempt in range(1, TOKEN_REFRESH_RETRIES + 2):
            last = attempt > TOKEN_REFRESH_RETRIES
            try:
                response = _send(http, self._refresh_request(http))
            except APIConnectionError as error:
                if last:
                    raise
                reason: object = error
            else:
                if last or not TOKEN_REFRESH.retries_status(response.status_code, idempotent=True):
                    return self._accept(response)
                reason = response.status_code
                response.close()
            wait = TOKEN_REFRESH.delay(attempt)
            _retrying(self._bound().name, reason, wait)
            _core._sleep(wait)  # pyright: ignore[reportPrivateUsage] - the engine's waits, which tests replace
        raise AssertionError("unreachable: the last try returns or raises")

    async def _arefresh(self, http: httpx.AsyncClient) -> TokenSet:
        if self._refused is not None:
            raise self._refused
        for attempt in range(1, TOKEN_REFRESH_RETRIES + 2):
            last = attempt > TOKEN_REFRESH_RETRIES
            try:
                response = await _asend(http, self._refresh_request(http))
            except APIConnectionError as error:
                if last:
                    raise
                reason: object = error
            else:
                if last or not TOKEN_REFRESH.retries_status(response.status_code, idempotent=True):
                    return self._accept(response)
                reason = response.status_code
            wait = TOKEN_REFRESH.delay(attempt)
            _retrying(self._bound().name, reason, wait)
            await _core._async_sleep(wait)  # pyright: ignore[reportPrivateUsage] - as in _refresh
        raise AssertionError("unreachable: the last try returns or raises")

    def _accept(self, response: httpx.Response) -> TokenSet:
        api = self._bound()
        try:
            new = read_token_answer(api, response, previous=self._token, grant="refresh")
        except AuthenticationError as refused:
            self._refused = refused  # final: no request will ask the token endpoint again
            raise
        self._token = new
        if self._on_refresh is None:
            logger.warning(
                "%s: OAuth2 token refreshed with no on_refresh to store it; the new refresh token lives in memory "
                "only (oauth.token) and the previous one no longer works",
                api.name,
            )
        call_on_refresh(self._on_refresh, new)
        return new

    def _bound(self) -> ApiDefinition:
        if self._api is None:
            raise CRMTasksError("OAuth2 is used through a client: pass it as oauth= to crmtasks.Keap(...) or similar")
        return self._api


def token_request(
    http: httpx.Client | httpx.AsyncClient,
    api: ApiDefinition,
    client_id: str,
    client_secret: Secret,
    form: dict[str, str],
    token_url: str | None,
) -> httpx.Request:
    """A request to the token endpoint, authenticating the client as the spec's scheme says."""
    _, scheme = oauth_scheme(api)
    check_header_value(client_id, "client_id")
    url = token_url or scheme.get("token_url", "")
    headers = {"Accept": "application/json"}
    if scheme.get("token_auth", "client_secret_basic") == "client_secret_basic":
        pair = f"{client_id}:{client_secret.reveal()}".encode()
        headers["Authorization"] = "Basic " + base64.b64encode(pair).decode()
    else:
        form = {**form, "client_id": client_id, "client_secret": client_secret.reveal()}
    return http.build_request("POST", url, data=form, headers=headers)


def read_token_answer(
    api: ApiDefinition, response: httpx.Response, *, previous: TokenSet | None, grant: str
) -> TokenSet:
    """The token set of a token endpoint's answer; a refusal raises ``AuthenticationError``.

    A token no header can carry is a ``ValidationError`` naming its member: it is neither kept nor sent.
    """
    # The request carried the client secret and a refresh token or code (headers, form): what errors keep
    # of it is its method and URL alone.
    response.request = httpx.Request(response.request.method, response.request.url)
    try:
        body: Any = response.json()
    except (ValueError, RecursionError):  # not JSON, or nested deeper than Python reads
        body = None
    fields: dict[str, Any] = body if isinstance(body, dict) else {}  # pyright: ignore[reportUnknownVariableType]
    if response.is_success:
        access = fields.get("access_token")
        if not isinstance(access, str) or not access:
            raise APIResponseValidationError(
                f"{api.name}: the token endpoint's answer holds no access_token",
                response=_masked(response, fields, previous),
            )
        refresh = fields.get("refresh_token")
        if not isinstance(refresh, str) or not refresh:
            if previous is None:
                raise APIResponseValidationError(
                    f"{api.name}: the token endpoint's answer holds no refresh_token",
                    response=_masked(response, fields, previous),
                )
            refresh = previous.refresh_token  # some vendors keep the refresh token and say nothing
        check_header_value(access, "access_token (the token endpoint's answer)")
        check_header_value(refresh, "refresh_token (the token endpoint's answer)")
        lifetime = fields.get("expires_in")
        expires_at = None
        if isinstance(lifetime, int | float) and not isinstance(lifetime, bool) and lifetime > 0:
            with contextlib.suppress(OverflowError, ValueError):  # 1e20 or Infinity: no expiry known
                expires_at = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=lifetime)
        scope = fields.get("scope")
        return TokenSet(access, refresh, expires_at, scope if isinstance(scope, str) else None)
    response = _masked(response, fields, previous)
    body = _json_or_none(response)
    fields = body if isinstance(body, dict) else {}  # pyright: ignore[reportUnknownVariableType]
    error = fields.get("error")
    description = fields.get("error_description")
    said = f"{error}: {description}" if description else str(error)
    if response.status_code in (400, 401) and isinstance(error, str) and error in _REFUSALS:
        what = "refresh the OAuth2 token" if grant == "refresh" else "grant tokens for the authorization code"
        advice = (
            "The refresh token is no longer valid (revoked, expired, or already used: each refresh replaces it). "
            "Authorize the app again to get a new one."
            if grant == "refresh"
            else "Codes are single-use and short-lived; start the authorization again."
        )
        raise AuthenticationError(
            f"{api.name}: the token endpoint refused to {what} ({said}). {advice}", response=response, body=body
        )
    cls = status_error_class(response.status_code)
    raise cls(f"{api.name}: the token endpoint answered {response.status_code} ({said})", response=response, body=body)


def _masked(response: httpx.Response, fields: Mapping[str, Any], previous: TokenSet | None) -> httpx.Response:
    """The answer with every token it holds or echoes masked: an error keeps its body, never a usable token."""
    tokens = [value for name, value in fields.items() if name.endswith("_token") and isinstance(value, str)]
    if previous is not None:
        tokens += [previous.access_token, previous.refresh_token]
    response._content = mask_bytes(response.content, tokens)  # pyright: ignore[reportPrivateUsage]
    return response


def _json_or_none(response: httpx.Response) -> Any:
    try:
        return response.json()
    except (ValueError, RecursionError):
        return None


def call_on_refresh(on_refresh: Callable[[TokenSet], object] | None, tokens: TokenSet) -> None:
    """Hand new tokens to the caller's callback; its failure must not pass unnoticed (the old token is gone)."""
    if on_refresh is None:
        return
    try:
        on_refresh(tokens)
    except Exception as error:
        raise CRMTasksError(
            f"on_refresh raised {type(error).__name__}: the new tokens were not stored by it. They are "
            "in use and readable as oauth.token; store them, or the rotated refresh token is lost."
        ) from error


def _retrying(api: str, reason: object, wait: float) -> None:
    logger.info("%s: the OAuth2 token endpoint failed (%s); trying again in %.1f s", api, reason, wait)


@contextlib.contextmanager
def _before_sending() -> Generator[None]:
    """Getting a call's token: what fails here fails before the call's own request could leave."""
    try:
        yield
    except APIError as error:
        error.may_have_been_sent = False
        raise


_MAX_TOKEN_ANSWER = 1024 * 1024  # a token answer is a few hundred bytes: anything near this is no token answer


def _send(http: httpx.Client, request: httpx.Request) -> httpx.Response:
    """One request to a token endpoint, read within its timeout as a whole and a size no token answer reaches.

    Whatever sending it raises is an ``APIConnectionError``.
    """
    seconds = overall_seconds(request)
    deadline = None if seconds is None else time.monotonic() + seconds
    bound = attempt_deadline.set(deadline)
    try:
        response = http.send(request, stream=True, follow_redirects=False)
        read_body(response, _MAX_TOKEN_ANSWER, deadline)
    except APIResponseValidationError as error:
        raise _bare(error) from None
    except CRMTasksError:
        raise
    except Exception as error:
        raise _connection_error(request, error) from error
    finally:
        attempt_deadline.reset(bound)
    return response


async def _asend(http: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
    """The async twin of ``_send``."""
    import anyio  # noqa: PLC0415 - only async users pay for it (httpx depends on it)

    try:
        with anyio.fail_after(overall_seconds(request)):
            response = await http.send(request, stream=True, follow_redirects=False)
            await read_body_async(response, _MAX_TOKEN_ANSWER)
    except APIResponseValidationError as error:
        raise _bare(error) from None
    except CRMTasksError:
        raise
    except Exception as error:  # a TimeoutError of the cancel scope too
        raise _connection_error(request, error) from error
    return response


def _bare(error: APIResponseValidationError) -> APIResponseValidationError:
    """A too-large token answer's error, keeping of the request (which carried the secrets) its method and URL."""
    bare = httpx.Request(error.response.request.method, error.response.request.url)
    error.request = error.response.request = bare
    return error


def _connection_error(request: httpx.Request, error: Exception) -> APIConnectionError:
    """The failure of a token request; it keeps the method and URL of the request, not its secrets."""
    bare = httpx.Request(request.method, request.url)
    if isinstance(error, httpx.TransportError):
        return APIConnectionError(
            request=bare, message=f"Connection error at the OAuth2 token endpoint: {type(error).__name__}."
        )
    return _core._unexpected(error, bare)  # pyright: ignore[reportPrivateUsage] - the engine's own wording


# -- the first grant -----------------------------------------------------------------------


def authorization_url(
    api: ApiDefinition, *, client_id: str, redirect_uri: str, scope: str | None = None, state: str | None = None
) -> AuthorizationRequest:
    """The vendor's authorization page for the user, with a fresh ``state`` (unless one is given)."""
    _, scheme = oauth_scheme(api)
    state = state or secrets.token_urlsafe(24)
    params = {
        "client_id": client_id,
        "redirect_uri": redirect_uri,
        "response_type": "code",
        "scope": scope if scope is not None else " ".join(scheme.get("scopes", [])),
        "state": state,
    }
    base = scheme.get("authorization_url", "")
    # Hash-routed pages (Apollo's) read the query after the fragment's path.
    separator = "&" if "?" in base.rsplit("#", 1)[-1] else "?"
    return AuthorizationRequest(base + separator + urlencode({k: v for k, v in params.items() if v}), state)


def check_state(state: str, expected_state: str) -> None:
    """Refuse a redirect whose ``state`` is not the one the authorization request carried (forged or replayed)."""
    if not hmac.compare_digest(state.encode(), expected_state.encode()):
        raise ValidationError("state", "does not match the authorization request's state; refusing the code")


def code_form(code: str, redirect_uri: str) -> dict[str, str]:
    """The form of an authorization-code grant."""
    return {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri}


def _granted(
    api: ApiDefinition, response: httpx.Response, *, client_id: str, client_secret: str, **options: Any
) -> OAuth2:
    tokens = read_token_answer(api, response, previous=None, grant="code")
    oauth = OAuth2(
        client_id=client_id,
        client_secret=client_secret,
        refresh_token=tokens.refresh_token,
        access_token=tokens.access_token,
        expires_at=tokens.expires_at,
        **options,
    )
    call_on_refresh(options.get("on_refresh"), tokens)
    return oauth


def exchange_code(
    api: ApiDefinition,
    *,
    client_id: str,
    client_secret: str,
    code: str,
    redirect_uri: str,
    state: str,
    expected_state: str,
    token_url: str | None = None,
    on_refresh: Callable[[TokenSet], object] | None = None,
    http_client: httpx.Client | None = None,
    allow_insecure_http: bool = False,
) -> OAuth2:
    """Trade the code the user's redirect brought for tokens; an ``OAuth2`` for the client, its tokens stored first.

    ``state`` is the redirect's, ``expected_state`` the authorization request's: they must match.
    """
    check_state(state, expected_state)
    http = http_client or httpx.Client(timeout=30.0)
    try:
        secret = Secret(client_secret, name="client_secret")
        request = token_request(http, api, client_id, secret, code_form(code, redirect_uri), token_url)
        check_transport_security(str(request.url), "token_url", allow_insecure_http=allow_insecure_http)
        response = _send(http, request)
    finally:
        if http_client is None:
            http.close()
    return _granted(
        api, response, client_id=client_id, client_secret=client_secret, token_url=token_url, on_refresh=on_refresh
    )


async def aexchange_code(
    api: ApiDefinition,
    *,
    client_id: str,
    client_secret: str,
    code: str,
    redirect_uri: str,
    state: str,
    expected_state: str,
    token_url: str | None = None,
    on_refresh: Callable[[TokenSet], object] | None = None,
    http_client: httpx.AsyncClient | None = None,
    allow_insecure_http: bool = False,
) -> OAuth2:
    """The async twin of ``exchange_code``."""
    check_state(state, expected_state)
    http = http_client or httpx.AsyncClient(timeout=30.0)
    try:
        secret = Secret(client_secret, name="client_secret")
        request = token_request(http, api, client_id, secret, code_form(code, redirect_uri), token_url)
        check_transport_security(str(request.url), "token_url", allow_insecure_http=allow_insecure_http)
        response = await _asend(http, request)
    finally:
        if http_client is None:
            await http.aclose()
    return _granted(
        api, response, client_id=client_id, client_secret=client_secret, token_url=token_url, on_refresh=on_refresh
    )
