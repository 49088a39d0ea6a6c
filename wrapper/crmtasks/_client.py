"""What every crmtasks client shares: construction, per-client options, closing, repr."""

from __future__ import annotations

import copy
import logging
import os
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import Any, ClassVar, Literal, TypeVar

import httpx

from ._api import ApiDefinition
from ._auth import (
    CredentialValue,
    HeaderAuth,
    RequestAuth,
    check_header_value,
    check_headers,
    check_transport_security,
    missing_credentials,
    resolve_credentials,
)
from ._core import AsyncEngine, SyncEngine
from ._exceptions import CRMTasksError
from ._inputs import check_text
from ._oauth import (
    AuthorizationRequest,
    OAuth2,
    TokenSet,
    aexchange_code,
    authorization_url,
    exchange_code,
    oauth_scheme,
)
from ._operations import Operations
from ._options import Options
from ._ratelimit import RateLimit, RateLimitInfo
from ._types import DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_RETRY_WAIT, NOT_GIVEN, Hooks, NotGiven, TimeoutArg, given

logger = logging.getLogger("crmtasks")

SyncCredential = str | Callable[[], str] | None
"""A credential argument of a sync client: the secret, or a callable returning the current one."""
AsyncCredential = str | Callable[[], str] | Callable[[], Awaitable[str]] | None
"""A credential argument of an async client: the secret, or a (possibly async) callable returning it."""
Pacing = RateLimit | Literal["published"] | None
"""A client's ``rate_limit=``: a ``RateLimit``, ``"published"`` for the vendor's published limits, or None."""

_OPERATIONS: dict[str, Operations] = {}


def _operations(api: ApiDefinition) -> Operations:
    # One Operations per API, shared by its clients: it caches imported endpoint modules.
    if api.name not in _OPERATIONS:
        _OPERATIONS[api.name] = Operations(api)
    return _OPERATIONS[api.name]


# ``with_options``, ``__enter__`` and ``__aenter__`` are self-typed with a TypeVar, not ``Self``: jedi (IPython,
# Jupyter) reads ``Self`` as the class that wrote it, which has no resources, so ``with crmtasks.Keap() as keap:
# keap.tasks.`` offered nothing. The TypeVar is bound to the subclass in hand by every checker and by jedi.
_Client = TypeVar("_Client", bound="_BaseClient")


class _BaseClient:
    """Construction, options and repr shared by the sync and async clients."""

    _api: ClassVar[ApiDefinition]
    _engine_class: ClassVar[Callable[..., Any]]  # SyncEngine or AsyncEngine

    def __init__(
        self,
        credentials: Mapping[str, CredentialValue | None],
        *,
        oauth: OAuth2 | None = None,
        base_url: str | None,
        timeout: TimeoutArg,
        max_retries: int,
        http_client: httpx.Client | httpx.AsyncClient | None,
        strict_responses: bool,
        allow_insecure_http: bool = False,
        rate_limit: Pacing = None,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, Any] | None = None,
        hooks: Hooks | None = None,
    ) -> None:
        base_url = base_url or self._base_url_from_environment(allow_insecure_http=allow_insecure_http)
        auth = self._credentials(credentials, oauth, allow_insecure_http=allow_insecure_http)
        pacer = self._pacing(rate_limit, auth.scheme)
        # Checked once, here, as with_options does: they go with every request.
        if default_headers is not None:
            default_headers = check_headers(default_headers, "default_headers")
        if default_query is not None:
            check_text(default_query, "default_query")
        options = Options.given(
            base_url or self._api.spec_data.SERVER_URL,
            timeout=timeout,
            max_retries=max_retries,
            strict_responses=strict_responses,
            allow_insecure_http=allow_insecure_http,
            max_retry_wait=max_retry_wait,
            max_response_bytes=max_response_bytes,
            default_headers=default_headers,
            default_query=default_query,
            hooks=hooks,
        )
        self._ops = _operations(self._api)
        self._engine: Any = self._engine_class(
            self._api, http_client=http_client, auth=auth, options=options, rate_limit=pacer
        )
        self._bind()

    @classmethod
    def _credentials(
        cls, given: Mapping[str, CredentialValue | None], oauth: OAuth2 | None, *, allow_insecure_http: bool
    ) -> RequestAuth:
        """The credentials passed, else from the environment: a key or token first, then an OAuth2 grant."""
        api = cls._api
        if oauth is not None:
            if any(given.values()):
                raise ValueError(f"{api.name}: pass oauth= or {', '.join(given)}, not both")
            oauth.bind(api, allow_insecure_http=allow_insecure_http)
            return oauth
        auth = resolve_credentials(api, given, os.environ)
        if auth is not None:
            cls._check_provider(auth)
            return auth
        variables = _oauth_env(api)
        if variables and all(os.environ.get(v) for v in variables):
            client_id, client_secret, refresh_token = (check_header_value(os.environ[v], v) for v in variables)
            logger.info("%s: OAuth2 from %s; refreshed tokens are kept in memory only", api.name, ", ".join(variables))
            oauth = OAuth2(client_id=client_id, client_secret=client_secret, refresh_token=refresh_token)
            oauth.bind(api, allow_insecure_http=allow_insecure_http)
            return oauth
        raise missing_credentials(api, oauth_env=variables)

    @classmethod
    def _base_url_from_environment(cls, *, allow_insecure_http: bool) -> str | None:
        """``$<API>_BASE_URL`` when set (the sandbox, a proxy), checked as ``base_url=`` is and named for what it is."""
        variable = base_url_variable(cls._api)
        url = os.environ.get(variable) or None
        if url is not None:
            check_transport_security(url, variable, allow_insecure_http=allow_insecure_http)
            logger.info("%s: requests go to %s, from %s", cls._api.name, url, variable)
        return url

    @classmethod
    def _pacing(cls, rate_limit: Pacing, scheme: str) -> RateLimit | None:
        """The pacer of ``rate_limit=``: as given, or the vendor's published limits for the credential in use."""
        if rate_limit != "published":
            return rate_limit
        pacer = RateLimit.published(cls._api.spec_data.RATE_LIMIT, scheme)
        if pacer is None:
            raise ValueError(
                f"{cls._api.name} publishes no request limits for {scheme} credentials; "
                "pass your plan's: rate_limit=crmtasks.RateLimit(per_minute=...)"
            )
        return pacer

    @classmethod
    def _check_provider(cls, auth: HeaderAuth) -> None:
        """Sync clients cannot await a provider."""

    def _bind(self) -> None:
        """Create the resources (``self.tasks``) for this client."""

    @classmethod
    def authorization_url(
        cls, *, client_id: str, redirect_uri: str, scope: str | None = None, state: str | None = None
    ) -> AuthorizationRequest:
        """Where to send a user to grant this app access (OAuth2 authorization code), and the ``state`` to check.

        Keep ``state`` (say, in the user's session) and pass it to ``exchange_code`` as ``expected_state``.
        """
        return authorization_url(cls._api, client_id=client_id, redirect_uri=redirect_uri, scope=scope, state=state)

    @property
    def base_url(self) -> str:
        """Where requests go: ``base_url=`` if given, else ``$<API>_BASE_URL`` if set, else the spec's server."""
        url: str = self._engine.options.base_url
        return url

    @property
    def rate_limit(self) -> RateLimitInfo | None:
        """What the latest answer's rate-limit headers said (None before any answer, or for APIs that send none).

        ``client.rate_limit["daily"].remaining``, ``client.rate_limit.quota_exhausted``...
        Shared with the ``with_options`` copies of this client.
        """
        seen: RateLimitInfo | None = self._engine.seen.rate_limit
        return seen

    @property
    def pacing(self) -> RateLimit | None:
        """The client-side pacing of ``rate_limit=``, shared by threads, tasks and ``with_options`` copies."""
        pacer: RateLimit | None = self._engine.pacer
        return pacer

    @property
    def strict_responses(self) -> bool:
        """Whether an answer that deviates from the spec raises ``APIResponseValidationError``.

        Off by default: deviations are read leniently and reported once per
        operation and field as a ``ResponseValidationWarning``.
        """
        strict: bool = self._engine.options.strict_responses
        return strict

    def with_options(
        self: _Client,
        *,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        http_client: httpx.Client | httpx.AsyncClient | NotGiven = NOT_GIVEN,
        strict_responses: bool | NotGiven = NOT_GIVEN,
        allow_insecure_http: bool | NotGiven = NOT_GIVEN,
        rate_limit: Pacing | NotGiven = NOT_GIVEN,
        max_retry_wait: float | NotGiven = NOT_GIVEN,
        max_response_bytes: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven | None = NOT_GIVEN,
        default_query: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> _Client:
        """A copy of this client with other options (those of the constructor, credentials aside).

        The copy shares the connection pool (unless ``http_client`` is given), the
        pacing and the last seen rate limits; closing it never closes the original's pool.
        """
        changes = given(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            strict_responses=strict_responses,
            allow_insecure_http=allow_insecure_http,
            max_retry_wait=max_retry_wait,
            max_response_bytes=max_response_bytes,
            default_headers=default_headers,
            default_query=default_query,
            hooks=hooks,
        )
        if changes.get("default_headers") is not None:
            changes["default_headers"] = check_headers(changes["default_headers"], "default_headers")
        if changes.get("default_query") is not None:
            check_text(changes["default_query"], "default_query")
        pacing = NOT_GIVEN if isinstance(rate_limit, NotGiven) else self._pacing(rate_limit, self._engine.auth.scheme)
        options = self._engine.options.evolve(**changes)
        clone = copy.copy(self)
        clone._engine = self._engine.evolve(
            options, http_client=given(http_client=http_client).get("http_client"), rate_limit=pacing
        )
        clone._bind()
        return clone

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"


def base_url_variable(api: ApiDefinition) -> str:
    """The environment variable of an API's base URL, which clients and the command line read: ``KEAP_BASE_URL``."""
    return f"{_env_prefix(api)}_BASE_URL"


def _env_prefix(api: ApiDefinition) -> str:
    return api.key.upper()


def _oauth_env(api: ApiDefinition) -> list[str]:
    """The environment variables of an OAuth2 grant (``KEAP_CLIENT_ID``...), for APIs with an OAuth2 flow."""
    try:
        oauth_scheme(api)
    except CRMTasksError:
        return []
    prefix = _env_prefix(api)
    return [f"{prefix}_CLIENT_ID", f"{prefix}_CLIENT_SECRET", f"{prefix}_REFRESH_TOKEN"]


class SyncClient(_BaseClient):
    """Base of the synchronous clients. Subclasses declare ``_api`` and build their resources in ``_bind``."""

    _engine_class = SyncEngine
    _engine: SyncEngine

    @classmethod
    def _check_provider(cls, auth: HeaderAuth) -> None:
        if auth.asynchronous:
            raise ValueError(f"an async credential provider needs the async client, not {cls.__name__}")

    @classmethod
    def exchange_code(
        cls,
        *,
        client_id: str,
        client_secret: str,
        code: str,
        redirect_uri: str,
        state: str,
        expected_state: str,
        on_refresh: Callable[[TokenSet], object] | None = None,
        token_url: str | None = None,
        http_client: httpx.Client | None = None,
        allow_insecure_http: bool = False,
    ) -> OAuth2:
        """Trade the ``code`` of the user's redirect for tokens: an ``OAuth2`` to pass as ``oauth=``.

        ``state`` is the redirect's, ``expected_state`` the one ``authorization_url`` gave:
        a mismatch raises ``ValidationError`` before anything is sent. ``on_refresh`` receives
        the first tokens and every refreshed set: store the refresh token each time.
        """
        return exchange_code(
            cls._api,
            client_id=client_id,
            client_secret=client_secret,
            code=code,
            redirect_uri=redirect_uri,
            state=state,
            expected_state=expected_state,
            token_url=token_url,
            on_refresh=on_refresh,
            http_client=http_client,
            allow_insecure_http=allow_insecure_http,
        )

    def close(self) -> None:
        """Close the connection pool, when the client created it (a passed ``http_client`` stays open)."""
        self._engine.close()

    def __enter__(self: _Client) -> _Client:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncClient(_BaseClient):
    """Base of the asynchronous clients. Subclasses declare ``_api`` and build their resources in ``_bind``."""

    _engine_class = AsyncEngine
    _engine: AsyncEngine

    @classmethod
    async def exchange_code(
        cls,
        *,
        client_id: str,
        client_secret: str,
        code: str,
        redirect_uri: str,
        state: str,
        expected_state: str,
        on_refresh: Callable[[TokenSet], object] | None = None,
        token_url: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure_http: bool = False,
    ) -> OAuth2:
        """The async twin of ``exchange_code`` of the sync clients."""
        return await aexchange_code(
            cls._api,
            client_id=client_id,
            client_secret=client_secret,
            code=code,
            redirect_uri=redirect_uri,
            state=state,
            expected_state=expected_state,
            token_url=token_url,
            on_refresh=on_refresh,
            http_client=http_client,
            allow_insecure_http=allow_insecure_http,
        )

    async def close(self) -> None:
        """Close the connection pool, when the client created it (a passed ``http_client`` stays open)."""
        await self._engine.aclose()

    async def __aenter__(self: _Client) -> _Client:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
