"""The OAuth2 authorization server of an emulated API: its token endpoint, codes, access and refresh tokens.

Everything an API's ``oauth2`` security scheme declares is read from its
``spec_data``: the scopes, and how the client authenticates to the token
endpoint (``token_auth``: ``client_secret_basic`` sends the app's id and
secret as HTTP Basic auth, ``client_secret_post`` as the form fields
``client_id`` and ``client_secret``; the other placement is refused). The
endpoint takes a form-encoded ``POST`` with ``grant_type=authorization_code``
(``code``, ``redirect_uri``) or ``grant_type=refresh_token``
(``refresh_token``) and answers ``{"access_token", "refresh_token",
"expires_in", "token_type": "bearer", "scope"}``; refusals are RFC 6749's
``{"error", "error_description"}`` (400 ``invalid_request``,
``invalid_grant``, ``unsupported_grant_type``, ``invalid_scope``; 401
``invalid_client``).

Tokens are random and opaque. Every refresh answers a new refresh token and
retires the one presented (presenting it again is ``invalid_grant``, as at
Keap); access tokens issued before stay good until they expire. Codes are
single-use and live ten minutes. Revoking a refresh token ends its grant:
the refresh token and every access token issued under it. Expiry reads the
sandbox's clock (real time plus ``Sandbox.advance``).
"""

from __future__ import annotations

import base64
import binascii
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote_plus

import httpx

from ._common import json_response

if TYPE_CHECKING:
    from .._api import SpecData
    from .._seam import SecurityScheme

__all__ = ["OAUTH_PREFIX", "TOKEN_PATH", "TokenIssuer", "oauth_scheme"]

OAUTH_PREFIX = "/_oauth"
"""The paths of an API's authorization server, under the API's base URL (not the API's own routes)."""
TOKEN_PATH = f"{OAUTH_PREFIX}/token"
"""Where an API's token endpoint is served, under the API's base URL."""
CODE_LIFETIME = 600.0
_FORM = "application/x-www-form-urlencoded"


def oauth_scheme(spec: SpecData) -> SecurityScheme | None:
    """The spec's ``oauth2`` security scheme with a token endpoint, if it has one."""
    for scheme in spec.SECURITY_SCHEMES.values():
        if scheme["type"] == "oauth2" and "token_url" in scheme:
            return scheme
    return None


class _Refused(Exception):  # noqa: N818 - a control-flow signal, answered as an OAuth2 error
    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.error = error
        self.description = description


@dataclass
class _Grant:
    """One authorization: its scope and the access tokens issued under it."""

    scope: str
    access_tokens: set[str] = field(default_factory=set[str])


@dataclass
class _Code:
    redirect_uri: str
    scope: str
    expires_at: float


class TokenIssuer:
    """The token endpoint of one API, and the tokens it has issued (see the module's docstring)."""

    def __init__(self, api: str, scheme: SecurityScheme, *, lifetime: float, clock: Callable[[], float]) -> None:
        self.api = api
        self.token_auth = scheme.get("token_auth", "client_secret_basic")
        self.scopes = list(scheme.get("scopes", []))
        self.client_id = f"sandbox-{api}-client"
        self.client_secret = f"sandbox-{api}-secret"
        self.lifetime = lifetime
        self._clock = clock
        self._codes: dict[str, _Code] = {}
        self._by_refresh: dict[str, _Grant] = {}
        self._access: dict[str, tuple[float, _Grant]] = {}  # access token -> (expires at, its grant)

    # -- what the sandbox asks -------------------------------------------------------

    def valid(self, access_token: str) -> bool:
        """Whether ``access_token`` was issued here, is not revoked and has not expired."""
        entry = self._access.get(access_token)
        return entry is not None and self._clock() < entry[0]

    def issue_code(self, redirect_uri: str) -> str:
        """A single-use authorization code, as the user's consent would produce it for ``redirect_uri``."""
        if not redirect_uri:
            raise ValueError("redirect_uri must be a non-empty string")
        code = secrets.token_urlsafe(24)
        self._codes[code] = _Code(redirect_uri, " ".join(self.scopes), self._clock() + CODE_LIFETIME)
        return code

    def issue_tokens(self, *, expires_in: float | None = None) -> dict[str, Any]:
        """A new grant's tokens (every scope of the spec), as the token endpoint answers them."""
        grant = _Grant(" ".join(self.scopes))
        return self._tokens(grant, self.lifetime if expires_in is None else expires_in)

    def revoke(self, refresh_token: str) -> None:
        """End the grant of ``refresh_token``: it and the grant's access tokens stop working (unknown: no-op)."""
        grant = self._by_refresh.pop(refresh_token, None)
        if grant is None:
            return
        for token in grant.access_tokens:
            self._access.pop(token, None)
        grant.access_tokens.clear()

    def answer(self, request: httpx.Request) -> httpx.Response:
        """The token endpoint's answer to ``request`` (a ``POST`` of a form)."""
        if request.method != "POST":
            return _error(405, "invalid_request", "The token endpoint takes POST.", {"allow": "POST"})
        try:
            form = self._form(request)
            self._authenticate(request, form)
            grant_type = _required(form, "grant_type")
            if grant_type == "authorization_code":
                return _ok(self._exchange(form))
            if grant_type == "refresh_token":
                return _ok(self._refresh(form))
            raise _Refused(400, "unsupported_grant_type", f"Unsupported grant type {grant_type!r}.")
        except _Refused as refused:
            headers: dict[str, str] = {}
            if refused.status == 401 and self.token_auth == "client_secret_basic":
                headers["www-authenticate"] = f'Basic realm="{self.api}"'
            return _error(refused.status, refused.error, refused.description, headers)

    # -- the grants ------------------------------------------------------------------

    def _exchange(self, form: dict[str, str]) -> dict[str, Any]:
        code_text = _required(form, "code")
        redirect_uri = _required(form, "redirect_uri")
        code = self._codes.pop(code_text, None)  # single use: any attempt spends it
        if code is None or self._clock() >= code.expires_at:
            raise _Refused(400, "invalid_grant", "Invalid Authorization Code")
        if redirect_uri != code.redirect_uri:
            raise _Refused(400, "invalid_grant", "Redirect URI does not match the authorization request")
        grant = _Grant(code.scope)
        return self._tokens(grant, self.lifetime)

    def _refresh(self, form: dict[str, str]) -> dict[str, Any]:
        presented = _required(form, "refresh_token")
        grant = self._by_refresh.pop(presented, None)  # retired whatever comes next
        if grant is None:
            raise _Refused(400, "invalid_grant", "Invalid Refresh Token")
        scope = grant.scope
        if "scope" in form:  # narrowing is allowed, widening is not (RFC 6749, 6)
            scope = self._scope(form["scope"])
            if not set(scope.split()) <= set(grant.scope.split()):
                self._by_refresh[presented] = grant  # refused before anything changed: still good
                raise _Refused(400, "invalid_scope", "The scope exceeds the grant's.")
        return self._tokens(grant, self.lifetime, scope)

    def _tokens(self, grant: _Grant, lifetime: float, scope: str | None = None) -> dict[str, Any]:
        access = secrets.token_urlsafe(32)
        refresh = secrets.token_urlsafe(32)
        grant.access_tokens.add(access)
        self._access[access] = (self._clock() + lifetime, grant)
        self._by_refresh[refresh] = grant
        expires_in: float = int(lifetime) if float(lifetime).is_integer() else lifetime
        return {
            "access_token": access,
            "refresh_token": refresh,
            "expires_in": expires_in,
            "token_type": "bearer",
            "scope": scope if scope is not None else grant.scope,
        }

    # -- the request -----------------------------------------------------------------

    def _form(self, request: httpx.Request) -> dict[str, str]:
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media != _FORM:
            raise _Refused(400, "invalid_request", f"The body must be {_FORM}.")
        try:
            pairs = parse_qsl(request.content.decode(), keep_blank_values=True, strict_parsing=bool(request.content))
        except (UnicodeDecodeError, ValueError) as error:
            raise _Refused(400, "invalid_request", "The body is not a valid form.") from error
        form: dict[str, str] = {}
        for name, value in pairs:
            if name in form:
                raise _Refused(400, "invalid_request", f"Parameter {name} is given more than once.")
            form[name] = value
        return form

    def _authenticate(self, request: httpx.Request, form: dict[str, str]) -> None:
        """The client authenticates as ``token_auth`` says, and only so."""
        basic = _basic(request.headers.get("authorization"))
        if self.token_auth == "client_secret_basic":
            if "client_secret" in form:
                raise _Refused(401, "invalid_client", "Client credentials go in the Authorization header (Basic).")
            if basic is None or basic != (self.client_id, self.client_secret):
                raise _Refused(401, "invalid_client", "Invalid client credentials")
            if form.get("client_id", self.client_id) != self.client_id:
                raise _Refused(401, "invalid_client", "client_id does not match the authenticated client")
            return
        if request.headers.get("authorization") is not None:
            raise _Refused(401, "invalid_client", "Client credentials go in the form (client_id, client_secret).")
        if (form.get("client_id"), form.get("client_secret")) != (self.client_id, self.client_secret):
            raise _Refused(401, "invalid_client", "Invalid client credentials")

    def _scope(self, scope: str) -> str:
        asked = scope.split()
        unknown = [s for s in asked if s not in self.scopes]
        if unknown:
            raise _Refused(400, "invalid_scope", f"Unknown scope {unknown[0]!r}.")
        return " ".join(asked)


def _basic(header: str | None) -> tuple[str, str] | None:
    """The (id, secret) of an HTTP Basic ``Authorization`` header, form-decoded as RFC 6749 (2.3.1) says."""
    if header is None:
        return None
    kind, _, encoded = header.partition(" ")
    if kind.lower() != "basic":
        return None
    try:
        pair = base64.b64decode(encoded.strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, colon, password = pair.partition(":")
    return (unquote_plus(user), unquote_plus(password)) if colon else None


def _required(form: dict[str, str], name: str) -> str:
    value = form.get(name)
    if not value:
        raise _Refused(400, "invalid_request", f"Missing required parameter: {name}")
    return value


def _ok(body: dict[str, Any]) -> httpx.Response:
    return json_response(200, body, {"cache-control": "no-store", "pragma": "no-cache"})


def _error(status: int, error: str, description: str, headers: dict[str, str] | None = None) -> httpx.Response:
    body = {"error": error, "error_description": description}
    return json_response(status, body, {"cache-control": "no-store", **(headers or {})})
