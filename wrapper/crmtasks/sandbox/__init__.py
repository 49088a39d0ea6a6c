"""An offline, stateful emulator of the Keap, Apollo, ySuite and HubSpot task APIs.

In-process, with no sockets, for your own tests::

    from crmtasks.sandbox import Sandbox

    sandbox = Sandbox(seed=25)                     # 25 realistic tasks per API
    keap = sandbox.keap()                          # a crmtasks.Keap wired to it
    ysuite = crmtasks.YSuite(**sandbox.credentials("ysuite"), http_client=sandbox.httpx_client(),
                             base_url=sandbox.base_url("ysuite"))

or as the pytest fixture ``crmtasks_sandbox`` (a fresh Sandbox per test).

As a real server on 127.0.0.1: ``python -m crmtasks.sandbox --port 8080 --seed 50``
(or ``crmtasks sandbox ...``), serving the APIs under ``/keap``, ``/apollo``,
``/ysuite`` and ``/hubspot``.

Every operation of the four specs is implemented with the vendor's own rules:
the specs' schemas, limits and filter grammar are read from the generated
``spec_data`` modules. Faults (429s, 5xx bursts, latency, dropped
connections, malformed answers, spec deviations) are off until set with
``Sandbox(faults=Faults(...))``, ``sandbox.set_faults(...)`` or
``POST /_sandbox/faults`` on the server (a JSON object of ``Faults`` fields).

Two faults break the spec rather than the transport, for testing how a client
reads what it did not expect:

- ``malformed`` (with ``malformed_after`` and ``malformed_count``, counted like
  the other faults) answers 200 with a broken body: ``"html"`` a proxy's HTML
  page (``text/html``; the request never reaches the API), ``"truncated"`` the
  real JSON answer cut in half, ``"empty"`` no body at all, ``"null"`` the JSON
  literal ``null``, ``"list"`` ``[]`` where an object belongs (the last four are
  ``application/json`` and the request is carried out).
- ``deviations`` makes every third task of the answers that return tasks (lists,
  searches, gets, creates, updates) break its schema the way the vendors' servers
  do: enum values the spec does not list, ``null`` where it is not allowed,
  numbers as strings and ids as numbers, epoch-millisecond and ``+0000``
  date-times, unknown fields. The same task deviates the same way every time;
  stored state, ids, counts, totals and page tokens stay exact, so a lenient
  reader still sees every task once. The deviations of each API are the
  ``deviations`` of its store (``stores.keap``, ``stores.apollo``...).

OAuth2: an API whose spec declares an ``oauth2`` scheme with a ``token_url``
(Keap, Apollo, HubSpot) has a token endpoint at ``<base URL>/_oauth/token``
(``sandbox.token_url(api)``), which takes a form-encoded ``POST`` of
``grant_type=authorization_code`` (``code``, ``redirect_uri``) or
``grant_type=refresh_token`` (``refresh_token``). The app authenticates as the
scheme's ``token_auth`` says, with ``sandbox.oauth_app(api)``'s id and secret:
HTTP Basic for Keap (``client_secret_basic``), ``client_id`` and
``client_secret`` form fields for Apollo and HubSpot (``client_secret_post``); the other
placement is refused (401 ``invalid_client``). ``sandbox.issue_code(api,
redirect_uri)`` is what the user's consent would produce (single use, for that
``redirect_uri``); ``sandbox.issue_tokens(api)`` a grant to start a test with.
Tokens are random; every refresh answers a new refresh token and the old one
is then refused (400 ``invalid_grant``), as is a revoked one
(``sandbox.revoke(api, refresh_token)``). Access tokens are accepted as
``Authorization: Bearer`` until they expire (``set_token_lifetime``; Keap's last
a day, Apollo's 30 days, HubSpot's 30 minutes); an expired or unknown one gets the vendor's 401. The
fixed ``credentials`` keep working. The token endpoint is counted in
``token_requests``, not ``requests``; of the faults only ``latency`` reaches it.

Quotas: every answer of an API whose spec declares ``x-rate-limit`` (Keap,
Apollo, HubSpot) carries its windows' headers (limit, remaining, used and the reset
time where the spec names them; the reset time in epoch milliseconds), and
every request that passes authentication counts against every window. Minute
and hour windows roll over with the clock, the daily quota at 00:00 UTC. By
default nothing is refused; ``sandbox.set_quota(api, window, limit=...,
remaining=..., enforce=True)`` makes a window refuse with the vendor's 429 and a
``Retry-After`` (seconds until it rolls over) while it has nothing remaining,
and ``sandbox.exhaust_quota(api)`` uses up the daily quota.

Token expiry and quota windows read the sandbox's clock: real time plus what
``sandbox.advance(seconds)`` added, so tests expire tokens without sleeping.
On the server, ``POST /_sandbox/quota`` (``{"api", "window", "limit",
"remaining", "enforce"}``), ``/_sandbox/advance`` (``{"seconds"}``),
``/_sandbox/code`` (``{"api", "redirect_uri"}``), ``/_sandbox/tokens``
(``{"api", "expires_in"}``) and ``/_sandbox/revoke`` (``{"api",
"refresh_token"}``) do the same; ``reset()`` (``POST /_sandbox/reset``) forgets
tokens, quota settings and the clock's advance.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import importlib
import json
import logging
import math
import random
import threading
import time
import types
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, TypeVar, cast, overload

import httpx

from .._registry import REGISTRY
from .._transport import attempt_deadline
from ._common import Incoming, Problem, Route, json_response, match_path
from ._oauth import OAUTH_PREFIX, TOKEN_PATH, TokenIssuer, oauth_scheme
from ._quota import Meter
from ._store import SpecStore

if TYPE_CHECKING:
    from .. import (
        Apollo,
        AsyncApollo,
        AsyncHubSpot,
        AsyncKeap,
        AsyncYSuite,
        HubSpot,
        Keap,
        OAuth2,
        TokenSet,
        YSuite,
    )

__all__ = ["CONTROL_PREFIX", "MALFORMED_KINDS", "Faults", "Sandbox"]

logger = logging.getLogger("crmtasks.sandbox")

ApiName = Literal["keap", "apollo", "ysuite", "hubspot"]
CONTROL_PREFIX = "/_sandbox"
IN_PROCESS_URL = "http://sandbox.invalid"
# Each API's store class (a SpecStore: the spec plus the vendor's quirks); one per entry of crmtasks._registry.
_STORES: dict[str, type[SpecStore]] = {
    api.key: importlib.import_module(f"{__name__}.stores.{api.key}").STORE for api in REGISTRY
}
# The keys of crmtasks' registry, in its order (ApiName spells them for type checkers).
API_NAMES = cast("tuple[ApiName, ...]", tuple(_STORES))
*_FIRST_APIS, _LAST_API = (f"/{api}" for api in API_NAMES)
_API_LIST = f"{', '.join(_FIRST_APIS)} or {_LAST_API}" if _FIRST_APIS else _LAST_API  # for the 404 of an unknown API
MALFORMED_KINDS = ("html", "truncated", "empty", "null", "list")
# What a reverse proxy or captive portal in front of an API serves with a 200 when the API is away.
_PROXY_PAGE = (
    b"<!DOCTYPE html>\n<html><head><title>Service temporarily unavailable</title></head>\n"
    b"<body><h1>We'll be right back</h1><p>The service is undergoing maintenance. Please try again later.</p>\n"
    b"<hr><center>nginx</center></body></html>\n"
)


@dataclass
class Faults:
    """Faults to inject, counted over the API requests made since they were set.

    ``rate_limit_after``: after this many requests, the next ``rate_limit_count``
    answer 429 with ``Retry-After: retry_after``. ``error_after``: after this
    many requests, the next ones answer the statuses of ``error_statuses`` in
    turn (a burst; 503s carry ``Retry-After: retry_after`` too). ``latency``: seconds added to every request;
    a client that waits less (its read timeout, a crmtasks client's ``timeout``) gets ``httpx.ReadTimeout``
    once it has waited, in-process as over a socket, and the request is carried out all the same.
    ``drop``: "before" closes the connection without reading the request,
    "after" carries the request out, then closes without answering; it hits
    the ``drop_count`` requests after the first ``drop_after``.
    ``malformed``: one of MALFORMED_KINDS; the ``malformed_count`` requests after
    the first ``malformed_after`` get a 200 with a broken body of that kind (see
    the module's docstring; a 429, 5xx or drop on the same request wins).
    ``deviations``: returned tasks break their schemas, every third one (see the
    module's docstring).
    """

    rate_limit_after: int | None = None
    rate_limit_count: int = 1
    retry_after: float = 1.0
    error_after: int | None = None
    error_statuses: list[int] = field(default_factory=lambda: [503])
    latency: float = 0.0
    drop: Literal["before", "after"] | None = None
    drop_after: int = 0
    drop_count: int = 1
    malformed: str | None = None
    malformed_after: int = 0
    malformed_count: int = 1
    deviations: bool = False

    def __post_init__(self) -> None:
        # The control endpoint passes JSON straight in: refuse what would otherwise fail (or do nothing) later.
        if self.malformed is not None and self.malformed not in MALFORMED_KINDS:
            kinds = ", ".join(MALFORMED_KINDS)
            raise ValueError(f"malformed must be one of {kinds} or null, not {self.malformed!r}")
        for name, least in (("malformed_after", 0), ("malformed_count", 1)):
            value: object = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < least:
                raise ValueError(f"{name} must be an integer of at least {least}, not {value!r}")
        # Typed bool, but JSON can bring anything.
        if not isinstance(self.deviations, bool):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ValueError(f"deviations must be true or false, not {self.deviations!r}")

    def malformed_kind(self, number: int) -> str | None:
        """The kind of broken answer request ``number`` gets, if any."""
        if self.malformed is not None and 0 < number - self.malformed_after <= self.malformed_count:
            return self.malformed
        return None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Faults:
        known = set(cls.__dataclass_fields__)
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown fault settings: {', '.join(sorted(unknown))}")
        return cls(**data)


class Dropped(Exception):  # noqa: N818 - a signal to the transport, not an error of the caller
    """The transport must break the connection; ``processed`` says whether the request was carried out."""

    def __init__(self, processed: bool) -> None:
        super().__init__("connection dropped by the sandbox's fault injection")
        self.processed = processed


_C = TypeVar("_C")  # the client class a method of Sandbox makes
_C_co = TypeVar("_C_co", covariant=True)


class _MakesClient(Protocol[_C_co]):
    """``sandbox.keap`` and its siblings as type checkers see them: called with the client's options only."""

    def __call__(self, **options: Any) -> _C_co: ...


class _ClientMethod(Generic[_C]):
    """A method of Sandbox making one API's client of one flavour, typed by the client's class.

    Declared once per API and flavour, ``keap: _ClientMethod[Keap] = _ClientMethod("keap", "sync")``: mypy,
    pyright and jedi read ``sandbox.keap()`` as a ``Keap`` through the annotation and ``__get__``. At run time
    ``sandbox.keap`` is an ordinary bound method (``help``, ``inspect.signature`` and IPython's ``?`` read
    it as one) calling ``Sandbox.client(api, flavour, **options)``.
    """

    def __init__(self, api: ApiName, flavour: Literal["sync", "async"]) -> None:
        def method(sandbox: Sandbox, **options: Any) -> Any:
            return sandbox.client(api, flavour, **options)

        method.__doc__ = (
            f"A crmtasks {flavour} client of the {api} API wired to this sandbox in-process (``options`` go to "
            f"the client): ``sandbox.client({api!r}, {flavour!r}, **options)``."
        )
        self.api = api
        self.flavour = flavour
        self.__doc__ = method.__doc__
        self._method = method

    def __set_name__(self, owner: type[Sandbox], name: str) -> None:
        self._method.__name__ = name
        self._method.__qualname__ = f"{owner.__qualname__}.{name}"

    @overload
    def __get__(self, sandbox: None, owner: type[Sandbox]) -> _ClientMethod[_C]: ...
    @overload
    def __get__(self, sandbox: Sandbox, owner: type[Sandbox]) -> _MakesClient[_C]: ...
    def __get__(self, sandbox: Sandbox | None, owner: type[Sandbox]) -> _MakesClient[_C] | _ClientMethod[_C]:
        return self if sandbox is None else types.MethodType(self._method, sandbox)

    def __call__(self, sandbox: Sandbox, /, **options: Any) -> _C:
        """``Sandbox.keap(sandbox, **options)``, as a function defined in the class would be called."""
        client: _C = self._method(sandbox, **options)
        return client


class Sandbox:
    """The four emulated APIs with their state, faults and request counters.

    ``sandbox.keap()``, ``sandbox.apollo()``, ``sandbox.ysuite()`` and ``sandbox.hubspot()`` are a
    ``crmtasks.Keap``, ``Apollo``, ``YSuite`` and ``HubSpot`` wired to it in-process, ``sandbox.async_keap()``
    and its siblings the async clients: ``sandbox.client(api, flavour, **options)``, typed by the class it makes.
    """

    def __init__(self, *, seed: int = 0, faults: Faults | None = None, random_seed: int = 7) -> None:
        self._lock = threading.RLock()
        self.faults = faults or Faults()
        self._random_seed = random_seed
        self.reset(seed=seed)

    # -- state -----------------------------------------------------------------

    def reset(self, *, seed: int = 0, apis: tuple[ApiName, ...] = API_NAMES) -> None:
        """Forget every task, counter, fault, token, quota setting and clock advance; then add ``seed`` tasks."""
        with self._lock:
            self._offset = 0.0
            self._stores: dict[str, SpecStore] = {api: store() for api, store in _STORES.items()}
            self._routes: dict[str, list[Route]] = {api: store.routes() for api, store in self._stores.items()}
            self.requests: dict[str, int] = dict.fromkeys(_STORES, 0)
            self._faulted = 0
            self._issuers: dict[str, TokenIssuer] = {}
            for api, store in self._stores.items():
                scheme = oauth_scheme(store.spec)
                if scheme is not None:
                    issuer = TokenIssuer(api, scheme, lifetime=store.token_lifetime, clock=self.now)
                    self._issuers[api] = issuer
                    store.bearer_valid = issuer.valid
            self.token_requests: dict[str, int] = dict.fromkeys(self._issuers, 0)
            """Requests to each API's OAuth2 token endpoint (not counted in ``requests``)."""
            self._meters: dict[str, Meter] = {
                api: Meter(store.spec.RATE_LIMIT, self.now)
                for api, store in self._stores.items()
                if store.spec.RATE_LIMIT is not None
            }
            if seed:
                self.seed(seed, apis)

    def store(self, api: ApiName) -> SpecStore:
        """The state of ``api``: its ``tasks`` as the sandbox holds them."""
        return self._stores[api]

    def seed(self, count: int, apis: tuple[ApiName, ...] = API_NAMES) -> None:
        """Add ``count`` realistic tasks to each of ``apis`` (deterministic for a given random_seed)."""
        rng = random.Random(self._random_seed)
        with self._lock:
            for api in apis:
                self._stores[api].seed(count, rng)

    def set_faults(self, faults: Faults | None = None, **settings: Any) -> None:
        """Replace the faults (``Faults`` or its fields as keywords) and restart their request count."""
        with self._lock:
            self.faults = faults or Faults(**settings)
            self._faulted = 0

    def counts(self) -> dict[str, Any]:
        """Requests answered, token endpoint requests and tasks held, per API."""
        with self._lock:
            tasks = {api: len(store.tasks) for api, store in self._stores.items()}
            return {"requests": dict(self.requests), "token_requests": dict(self.token_requests), "tasks": tasks}

    # -- the clock -----------------------------------------------------------------

    def now(self) -> float:
        """The sandbox's clock (epoch seconds): real time plus what ``advance`` added.

        Token expiry and the quota windows read it; task timestamps do not.
        """
        return time.time() + self._offset

    def advance(self, seconds: float) -> None:
        """Move the sandbox's clock ``seconds`` forward: tokens expire and quota windows roll over, no sleeping."""
        step = _seconds(seconds, least=0.0)
        with self._lock:
            self._offset += step

    # -- OAuth2 ----------------------------------------------------------------------

    def oauth_app(self, api: ApiName) -> dict[str, str]:
        """The OAuth2 app the token endpoint of ``api`` knows: ``{"client_id": ..., "client_secret": ...}``."""
        issuer = self._issuer(api)
        return {"client_id": issuer.client_id, "client_secret": issuer.client_secret}

    @staticmethod
    def token_url(api: ApiName, root: str = IN_PROCESS_URL) -> str:
        """The URL of the OAuth2 token endpoint of ``api`` under ``root`` (for APIs whose spec has one)."""
        if oauth_scheme(_STORES[api].spec) is None:
            raise ValueError(f"{api}'s spec declares no OAuth2 token endpoint")
        return Sandbox.base_url(api, root) + TOKEN_PATH

    def issue_code(self, api: ApiName, redirect_uri: str) -> str:
        """An authorization code, as the user's consent would produce it: single use, for ``redirect_uri`` only.

        The token endpoint exchanges it (``grant_type=authorization_code``) within ten minutes of the
        sandbox's clock, when the exchange presents the same ``redirect_uri``.
        """
        with self._lock:
            return self._issuer(api).issue_code(redirect_uri)

    def issue_tokens(self, api: ApiName, *, expires_in: float | None = None) -> dict[str, Any]:
        """A fresh grant, as the token endpoint would answer it, for tests that start with tokens.

        ``{"access_token", "refresh_token", "expires_in", "token_type": "bearer", "scope"}``; the access
        token lasts ``expires_in`` seconds (default: the API's token lifetime).
        """
        lifetime = None if expires_in is None else _seconds(expires_in, least=None)
        with self._lock:
            return self._issuer(api).issue_tokens(expires_in=lifetime)

    def revoke(self, api: ApiName, refresh_token: str) -> None:
        """Revoke a grant: ``refresh_token`` and the access tokens issued with it stop working.

        A token that is not (or no longer) a live refresh token of ``api`` is ignored, as RFC 7009 says.
        """
        with self._lock:
            self._issuer(api).revoke(refresh_token)

    def set_token_lifetime(self, api: ApiName, seconds: float) -> None:
        """How long access tokens of ``api`` issued from now on last.

        Defaults: Keap 86400, Apollo 2592000, HubSpot 1800.
        """
        lifetime = _seconds(seconds, least=None)
        with self._lock:
            self._issuer(api).lifetime = lifetime

    def _issuer(self, api: str) -> TokenIssuer:
        issuer = self._issuers.get(api)
        if issuer is None:
            raise ValueError(f"{api} has no OAuth2 token endpoint (its spec declares none)")
        return issuer

    # -- quotas ----------------------------------------------------------------------

    def set_quota(
        self, api: ApiName, window: str, *, limit: int | None = None, remaining: int | None = None, enforce: bool = True
    ) -> None:
        """Set a rate-limit window's numbers (its name as the spec's ``x-rate-limit`` gives it: "daily"...).

        ``limit`` and ``remaining`` are the window's numbers in its current period (what was used follows);
        when the period rolls over, ``remaining`` is the whole ``limit`` again. An ``enforce``d window
        refuses requests with the vendor's 429 while it has nothing remaining; by default none is.
        """
        with self._lock:
            self._meter(api).set(window, limit=limit, remaining=remaining, enforce=enforce)

    def exhaust_quota(self, api: ApiName) -> None:
        """Use up the quota window of ``api`` (the daily one): requests get 429 until it resets at 00:00 UTC."""
        with self._lock:
            self._meter(api).exhaust()

    def quota(self, api: ApiName) -> dict[str, dict[str, Any]]:
        """The rate-limit windows of ``api`` by name: ``limit``, ``remaining``, ``used``, ``enforce``, ``resets_at``."""
        with self._lock:
            return self._meter(api).state()

    def _meter(self, api: str) -> Meter:
        meter = self._meters.get(api)
        if meter is None:
            raise ValueError(f"{api} reports no rate limits (its spec declares no x-rate-limit)")
        return meter

    # -- credentials and URLs ----------------------------------------------------

    @staticmethod
    def credentials(api: ApiName) -> dict[str, str]:
        """Constructor arguments the sandbox accepts for ``api`` (e.g. ``{"api_key": ...}``)."""
        creds = dict(_STORES[api].credentials)
        if len(creds) > 1:
            creds.pop("access_token", None)  # also accepted, but one way to authenticate is enough here
        return creds

    @staticmethod
    def auth_headers(api: ApiName) -> dict[str, str]:
        """The headers that carry ``credentials(api)``, for tools that call the sandbox without crmtasks."""
        from .._registry import registered  # noqa: PLC0415 - crmtasks is imported lazily

        given = Sandbox.credentials(api)
        for credential in registered(api).definition.credentials:
            headers = _STORES[api].credential_headers(credential.parts, given)
            if headers:
                return headers
        return {}

    @staticmethod
    def base_url(api: ApiName, root: str = IN_PROCESS_URL) -> str:
        """The base URL of ``api`` under ``root`` (the server's address, or the in-process one)."""
        return f"{root.rstrip('/')}/{api}"

    # -- answering ---------------------------------------------------------------

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request (raises Dropped when a fault says the connection breaks)."""
        path = request.url.path
        if path.startswith(CONTROL_PREFIX):
            return self._control(request, path.removeprefix(CONTROL_PREFIX))
        api, _, rest = path.lstrip("/").partition("/")
        if api not in _STORES:
            return json_response(404, {"message": f"no API under /{api}; try {_API_LIST}"})
        vendor = self._stores[api]
        if f"/{rest}" == OAUTH_PREFIX or f"/{rest}".startswith(f"{OAUTH_PREFIX}/"):
            return self._token_endpoint(vendor, api, request, f"/{rest}")
        with self._lock:
            self.requests[api] += 1
            self._faulted += 1
            number = self._faulted
            faults = self.faults
        drop = faults.drop is not None and faults.drop_after < number <= faults.drop_after + faults.drop_count
        if drop and faults.drop == "before":
            raise Dropped(processed=False)
        injected = self._injected(vendor, faults, number)
        if injected is not None:
            return self._metered(api, injected)
        malformed = faults.malformed_kind(number)
        if malformed == "html":  # the proxy answers in the API's place: the request goes no further
            return httpx.Response(200, content=_PROXY_PAGE, headers={"content-type": "text/html; charset=utf-8"})
        path = "/" + rest
        for prefix in vendor.path_prefixes:  # other spellings of the same URLs
            if path.startswith(prefix + "/"):
                path = path.removeprefix(prefix)
        response = self._metered(api, self._dispatch(vendor, api, request, path, deviations=faults.deviations))
        if drop:
            raise Dropped(processed=True)
        if malformed is not None:
            return self._metered(api, _broken(malformed, response))
        return response

    def _token_endpoint(self, vendor: SpecStore, api: str, request: httpx.Request, path: str) -> httpx.Response:
        issuer = self._issuers.get(api)
        if issuer is None or path != TOKEN_PATH:
            return json_response(404, vendor.error_body(404, f"No route for {path}"))
        with self._lock:
            self.token_requests[api] += 1
            return issuer.answer(request)

    def _metered(self, api: str, response: httpx.Response) -> httpx.Response:
        """``response`` with the rate-limit headers of ``api`` (if its spec declares them) and a request id."""
        with self._lock:
            meter = self._meters.get(api)
            if meter is not None:
                response.headers.update(meter.headers())
            response.headers.setdefault("x-request-id", f"sandbox-{api}-{self.requests[api]}")
        return response

    def _injected(self, vendor: SpecStore, faults: Faults, number: int) -> httpx.Response | None:
        if faults.rate_limit_after is not None and 0 < number - faults.rate_limit_after <= faults.rate_limit_count:
            body = vendor.error_body(429, "Quota Exceeded")
            return json_response(429, body, {"retry-after": f"{faults.retry_after:g}"})
        if faults.error_after is not None and 0 < number - faults.error_after <= len(faults.error_statuses):
            status = faults.error_statuses[number - faults.error_after - 1]
            # A 503 tells the client when to come back, as RFC 9110 suggests.
            headers = {"retry-after": f"{faults.retry_after:g}"} if status == 503 else {}
            return json_response(status, vendor.error_body(status, "Injected failure"), headers)
        return None

    def _dispatch(
        self, vendor: SpecStore, api: str, request: httpx.Request, path: str, *, deviations: bool = False
    ) -> httpx.Response:
        with self._lock:
            if not vendor.authorized(request.headers):
                return json_response(401, vendor.error_body(401, "Invalid or missing credentials"))
            meter = self._meters.get(api)
            refused = meter.refusal() if meter is not None else None
            if meter is not None and refused is None:
                meter.consume()
        if refused is not None:
            window, wait = refused
            body = vendor.throttled_body(window.spec, window.limit, path)
            return json_response(429, body, {"retry-after": str(max(1, math.ceil(wait)))})
        table = self._routes[api]
        matched = match_path(table, path)
        if matched is None:
            return json_response(404, vendor.error_body(404, f"No route for {path}"))
        spec_path, path_params = matched
        same_path = [route for route in table if route.path == spec_path]
        route = next((r for r in same_path if r.method == request.method), None)
        if route is None:
            # A templated path may take the method where the literal one does not, as a router matching
            # templates would: PATCH /tasks/search is an update of the task whose id is "search".
            for other in table:
                found = other.pattern.match(path) if other.method == request.method else None
                if found is not None:
                    route, path_params = other, found.groupdict()
                    break
        if route is None:
            body = vendor.error_body(405, f"{request.method} is not allowed here")
            return json_response(405, body, {"allow": ", ".join(sorted(r.method for r in same_path))})
        try:
            incoming = _incoming(request, route.operation, path_params, vendor.invalid_status)
            with self._lock:
                response = route.handler(incoming)
                if deviations and response.is_success and response.content:
                    response = _deviated(self._stores[api], route.operation, response)
                return response
        except Problem as problem:
            return self._problem(vendor, api, problem)
        except Exception:  # a sandbox bug must look like a vendor's 500, not a dropped connection
            logger.exception("sandbox failed on %s %s", request.method, request.url)
            return self._problem(vendor, api, Problem(500, "Internal sandbox error"))

    @staticmethod
    def _problem(vendor: SpecStore, api: str, problem: Problem) -> httpx.Response:
        return json_response(problem.status, vendor.error_body(problem.status, problem.message, problem.field_errors))

    def _control(self, request: httpx.Request, action: str) -> httpx.Response:
        try:
            body = json.loads(request.content or b"{}")
            if action == "/faults" and request.method == "POST":
                self.set_faults(Faults.from_json(body))
                return json_response(200, asdict(self.faults))
            if action == "/reset" and request.method == "POST":
                apis = tuple(body.get("apis", _STORES))
                if not set(apis) <= set(_STORES):
                    raise ValueError(f"apis must be among {', '.join(_STORES)}")
                self.reset(seed=int(body.get("seed", 0)), apis=apis)
                return json_response(200, self.counts())
            if action == "/counts" and request.method == "GET":
                return json_response(200, self.counts())
            if request.method == "POST" and action in _CONTROL_FIELDS:
                return json_response(200, self._control_post(action, body))
        except (ValueError, TypeError) as error:
            return json_response(400, {"message": str(error)})
        return json_response(404, {"message": f"unknown control {request.method} {action}"})

    def _control_post(self, action: str, body: Any) -> Any:
        """The control endpoints of the clock, the quotas and the token issuers."""
        if not isinstance(body, dict):
            raise ValueError("the body must be a JSON object")
        settings = cast("dict[str, Any]", body)
        unknown = set(settings) - _CONTROL_FIELDS[action]
        if unknown:
            raise ValueError(f"unknown settings for {action}: {', '.join(sorted(unknown))}")
        if action == "/advance":
            self.advance(settings.get("seconds", 0))
            return {"now": self.now()}
        api = _api_name(settings.get("api"))
        if action == "/quota":
            window = settings.get("window")
            if not isinstance(window, str):
                raise ValueError("window must be the name of one of the API's rate-limit windows")
            self.set_quota(
                api,
                window,
                limit=settings.get("limit"),
                remaining=settings.get("remaining"),
                enforce=settings.get("enforce", True),
            )
            return self.quota(api)
        if action == "/code":
            return {"code": self.issue_code(api, str(settings.get("redirect_uri") or ""))}
        if action == "/tokens":
            return self.issue_tokens(api, expires_in=settings.get("expires_in"))
        self.revoke(api, str(settings.get("refresh_token") or ""))  # /revoke
        return {}

    # -- in-process transports ----------------------------------------------------

    def httpx_client(self, **kwargs: Any) -> httpx.Client:
        """An ``httpx.Client`` answered in-process by this sandbox (no sockets)."""
        return httpx.Client(transport=httpx.MockTransport(self._sync_handler), **kwargs)

    def async_httpx_client(self, **kwargs: Any) -> httpx.AsyncClient:
        """An ``httpx.AsyncClient`` answered in-process by this sandbox (no sockets)."""
        return httpx.AsyncClient(transport=httpx.MockTransport(self._async_handler), **kwargs)

    # The in-process transports answer as a server over a socket would appear to the client: the request
    # leaves, the ``latency`` passes, the answer comes. A client that stops
    # waiting first (its read timeout, the attempt's bound of a crmtasks client, a cancel scope) gets what
    # httpx's own transports raise, httpx.ReadTimeout or the cancellation, after waiting only that long; the
    # sandbox carries the request out all the same, as the served sandbox does once its latency is over.

    def _sync_handler(self, request: httpx.Request) -> httpx.Response:
        latency = self.faults.latency
        if latency:
            patience = _patience(request, attempt_deadline.get(), time.monotonic())
            try:
                time.sleep(latency if patience is None else min(latency, patience))
            except BaseException:  # interrupted while the server works: it goes on regardless
                self._unanswered(request)
                raise
            if patience is not None and patience < latency:
                self._unanswered(request)
                raise _read_timeout(request, latency)
        return _translate_drop(self.handle, request)

    async def _async_handler(self, request: httpx.Request) -> httpx.Response:
        import anyio  # noqa: PLC0415 - only async users pay for it (httpx depends on it)

        latency = self.faults.latency
        if latency:
            # A crmtasks client bounds the attempt with a cancel scope, which cancels the sleep itself.
            patience = _patience(request, None, 0.0)
            try:
                await anyio.sleep(latency if patience is None else min(latency, patience))
            except BaseException:  # cancelled while the server works: it goes on regardless
                self._unanswered(request)
                raise
            if patience is not None and patience < latency:
                self._unanswered(request)
                raise _read_timeout(request, latency)
        return _translate_drop(self.handle, request)

    def _unanswered(self, request: httpx.Request) -> None:
        """Carry out a request whose client stopped waiting for the answer (which nobody reads)."""
        with contextlib.suppress(Dropped):
            self.handle(request)

    def client(self, api: ApiName, flavour: Literal["sync", "async"] = "sync", **options: Any) -> Any:
        """A crmtasks client of ``api`` wired to this sandbox in-process (``options`` go to the client)."""
        from .._registry import registered  # noqa: PLC0415 - the sandbox is imported on its own, crmtasks lazily

        http = self.httpx_client() if flavour == "sync" else self.async_httpx_client()
        cls = registered(api).client_class(flavour)
        credentials = {} if "oauth" in options else self.credentials(api)
        return cls(**credentials, base_url=self.base_url(api), http_client=http, **options)

    def oauth(
        self,
        api: ApiName,
        *,
        on_refresh: Callable[[TokenSet], object] | None = None,
        expires_in: float | None = None,
        root: str = IN_PROCESS_URL,
    ) -> OAuth2:
        """A ``crmtasks.OAuth2`` holding a fresh grant of this sandbox, refreshing at its token endpoint.

        ``sandbox.client("keap", oauth=sandbox.oauth("keap"))`` gives a client on OAuth2; ``expires_in``
        shortens the access token's life; ``root`` is the served sandbox's address when it runs as a server.
        """
        from .. import OAuth2  # noqa: PLC0415 - crmtasks is imported lazily

        grant = self.issue_tokens(api, expires_in=expires_in)
        lifetime = grant.get("expires_in")
        expires_at = _dt.datetime.now(_dt.UTC) + _dt.timedelta(seconds=lifetime) if lifetime else None
        app = self.oauth_app(api)
        return OAuth2(
            client_id=app["client_id"],
            client_secret=app["client_secret"],
            refresh_token=grant["refresh_token"],
            access_token=grant["access_token"],
            expires_at=expires_at,
            token_url=self.token_url(api, root),
            on_refresh=on_refresh,
        )

    # sandbox.keap(**options), sandbox.async_keap(**options)...: sandbox.client(api, flavour, **options), typed.
    keap: _ClientMethod[Keap] = _ClientMethod("keap", "sync")
    apollo: _ClientMethod[Apollo] = _ClientMethod("apollo", "sync")
    ysuite: _ClientMethod[YSuite] = _ClientMethod("ysuite", "sync")
    hubspot: _ClientMethod[HubSpot] = _ClientMethod("hubspot", "sync")
    async_keap: _ClientMethod[AsyncKeap] = _ClientMethod("keap", "async")
    async_apollo: _ClientMethod[AsyncApollo] = _ClientMethod("apollo", "async")
    async_ysuite: _ClientMethod[AsyncYSuite] = _ClientMethod("ysuite", "async")
    async_hubspot: _ClientMethod[AsyncHubSpot] = _ClientMethod("hubspot", "async")


_CONTROL_FIELDS: dict[str, set[str]] = {
    "/advance": {"seconds"},
    "/quota": {"api", "window", "limit", "remaining", "enforce"},
    "/code": {"api", "redirect_uri"},
    "/tokens": {"api", "expires_in"},
    "/revoke": {"api", "refresh_token"},
}


def _seconds(value: object, *, least: float | None) -> float:
    """A number of seconds: finite, and at least ``least`` (None: more than 0)."""
    bound = f"at least {least:g}" if least is not None else "more than 0"
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        raise ValueError(f"seconds must be a finite number {bound}, not {value!r}")
    if value < least if least is not None else value <= 0:
        raise ValueError(f"seconds must be {bound}, not {value!r}")
    return float(value)


def _api_name(value: object) -> ApiName:
    for api in API_NAMES:
        if value == api:
            return api
    raise ValueError(f"api must be one of {', '.join(API_NAMES)}, not {value!r}")


def _patience(request: httpx.Request, deadline: float | None, now: float) -> float | None:
    """How long the client waits for the answer once the request is sent (None: for ever).

    Its read timeout (``request.extensions["timeout"]["read"]``, as httpx sets it), or less when the
    ``deadline`` (``time.monotonic()``, the attempt's bound of a sync crmtasks client) comes first.
    """
    phases: dict[str, float | None] = request.extensions.get("timeout", {})
    waits = [seconds for seconds in (phases.get("read"),) if seconds is not None]
    if deadline is not None:
        waits.append(deadline - now)
    return max(min(waits), 0.0) if waits else None


def _read_timeout(request: httpx.Request, latency: float) -> httpx.ReadTimeout:
    return httpx.ReadTimeout(
        f"the sandbox's answer comes after {latency:g} s (its latency fault): longer than the client waits",
        request=request,
    )


def _translate_drop(handle: Callable[[httpx.Request], httpx.Response], request: httpx.Request) -> httpx.Response:
    try:
        return handle(request)
    except Dropped as dropped:
        if dropped.processed:
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response.", request=request
            ) from None
        raise httpx.ConnectError("Connection refused by the sandbox.", request=request) from None


def _broken(kind: str, real: httpx.Response) -> httpx.Response:
    """A 200 whose JSON body is broken as ``kind`` says; "truncated" keeps the first half of ``real``'s."""
    bodies = {"empty": b"", "null": b"null", "list": b"[]", "truncated": real.content[: len(real.content) // 2]}
    return httpx.Response(200, content=bodies[kind], headers={"content-type": "application/json"})


def _deviated(store: SpecStore, operation: str, response: httpx.Response) -> httpx.Response:
    """``response`` with the store's spec deviations applied to the tasks its JSON body carries."""
    body = json.loads(response.content)
    headers = {k: v for k, v in response.headers.items() if k not in ("content-length", "content-type")}
    return json_response(response.status_code, store.deviated(operation, body), headers)


def _incoming(request: httpx.Request, operation: str, path_params: dict[str, str], invalid_status: int) -> Incoming:
    """The request as handlers see it; a body that is not JSON is refused as the vendor refuses bad input."""
    raw = request.content
    body: Any = None
    if raw:
        try:
            body = json.loads(raw)
        except ValueError as error:
            raise Problem(invalid_status, "The body is not valid JSON.") from error
    return Incoming(operation, request.method, path_params, request.url.params, request.headers, body)
