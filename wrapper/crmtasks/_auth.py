"""Credentials as requests carry them: fixed secrets, secrets from a provider, and where they may travel.

Each security scheme of a spec says how a credential travels: an ``apiKey``
scheme in its header, ``http`` bearer and ``oauth2`` as ``Authorization:
Bearer``. A credential argument is a string or a zero-argument callable that
returns the current secret (a vault lookup, a rotating key), called for every
request; async clients also take an async callable. ``HeaderAuth`` turns them
into headers; ``OAuth2`` (``_oauth``) does the same for tokens it refreshes.
Both tell the engine which header names they own, so the engine can keep them
from ever reaching another origin. Every credential is checked before it can
travel (``check_header_value``): a fixed one when the client is built, a
provided one each time its provider answers; the error names where the value
came from and never quotes it.
"""

from __future__ import annotations

import inspect
import ipaddress
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol
from urllib.parse import urlsplit

import httpx

from ._exceptions import CRMTasksError, MissingCredentialsError, ValidationError

if TYPE_CHECKING:
    from ._api import ApiDefinition
    from ._seam import SecurityScheme

__all__ = [
    "AuthHeaders",
    "Credential",
    "CredentialValue",
    "HeaderAuth",
    "RequestAuth",
    "Secret",
    "check_header_name",
    "check_header_value",
    "check_headers",
    "check_transport_security",
    "is_local_host",
    "resolve_credentials",
]

SecretProvider = Callable[[], str] | Callable[[], Awaitable[str]]
CredentialValue = str | SecretProvider
"""A credential argument: the secret, or a zero-argument callable returning it (async clients: awaitable too)."""


# RFC 9110 5.6.2: a header name is a token.
_TOKEN_CHARACTERS = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def check_header_name(name: object, where: str) -> str:
    """``name`` if it is a header name (RFC 9110 token characters), else ``ValidationError(where, ...)``."""
    if not isinstance(name, str):
        raise ValidationError(where, f"the header name is {type(name).__name__}, not a str")
    if not name:
        raise ValidationError(where, "the header name is empty")
    for position, character in enumerate(name):
        if character not in _TOKEN_CHARACTERS:
            raise ValidationError(
                where,
                f"the header name has a character at position {position} that a header name cannot hold "
                "(letters, digits and !#$%&'*+-.^_`|~ only)",
            )
    return name


def check_header_value(value: object, where: str) -> str:
    """``value`` if a header can carry it as it is, else ``ValidationError(where, reason)``.

    A header value here is a non-empty ``str`` of printable ASCII (httpx
    encodes header values as ASCII) with no whitespace around it. The reason
    never quotes the value, which may be a secret; positions count from 0.
    """
    if isinstance(value, str) and value and value.isascii() and value.isprintable() and value == value.strip():
        return value  # the usual case first: it is checked for every request that carries a provided secret
    if isinstance(value, bytes):
        raise ValidationError(where, "is bytes; pass a str (decode it first)")
    if not isinstance(value, str):
        raise ValidationError(where, f"is {type(value).__name__}, not a str")
    raise ValidationError(where, _header_value_fault(value))


def _header_value_fault(value: str) -> str:
    """What keeps a str from being a header value, in words that do not quote it."""
    if not value:
        return "is empty"
    if value.endswith(("\n", "\r")):
        return "ends with a newline: was it read from a file?"
    if "\n" in value or "\r" in value:
        return "contains a line break"
    for position, character in enumerate(value):
        if character < " " or character == "\x7f":
            return f"contains a control character at position {position}"
    if value[0].isspace():
        return "starts with whitespace"
    if value[-1].isspace():
        return "ends with whitespace"
    # What is left of the printable-ASCII rule: some character beyond ASCII.
    position = next(i for i, character in enumerate(value) if not character.isascii())
    return f"contains a character that is not ASCII at position {position}"


def check_headers(headers: Mapping[str, str], where: str) -> dict[str, str]:
    """The headers the caller gave (``default_headers``, ``extra_headers``), each name and value checked.

    Each fault names its header: ``default_headers['X-Trace']``.
    """
    # Typed a Mapping, but code without a type checker can pass anything.
    if not isinstance(headers, Mapping):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise ValidationError(where, f"expected a mapping of header names to values, got {type(headers).__name__}")
    checked: dict[str, str] = {}
    for name, value in headers.items():
        field = f"{where}[{name!r}]"
        checked[check_header_name(name, field)] = check_header_value(value, field)
    return checked


class Secret:
    """A credential that never shows itself in a repr, str or log line.

    Holds the secret, or a provider called each time the secret is needed;
    ``template`` places it in its header value (``"Bearer {}"``). ``name``
    says where it came from (``api_key``, ``KEAP_API_KEY``), for the error a
    value no header can carry raises: a fixed one here, a provided one each
    time its provider answers.
    """

    __slots__ = ("_name", "_template", "_value")

    def __init__(self, value: CredentialValue, template: str = "{}", *, name: str = "credential") -> None:
        if not callable(value):
            check_header_value(value, name)
        self._value = value
        self._template = template
        self._name = name

    @property
    def provided(self) -> bool:
        """Whether the secret comes from a provider (and may change between requests)."""
        return callable(self._value)

    @property
    def asynchronous(self) -> bool:
        """Whether the provider is an async callable (only async clients can await it)."""
        value = self._value
        # An object with an async __call__ counts too.
        call = type(value).__call__ if callable(value) and not inspect.isroutine(value) else value
        return callable(value) and inspect.iscoroutinefunction(call)

    def reveal(self) -> str:
        """The header value now (a provider is called)."""
        value = self._value
        if not callable(value):
            return self._template.format(value)
        produced = _provide(value)
        if inspect.isawaitable(produced):
            _close(produced)
            raise CRMTasksError("an async credential provider needs an async client")
        return self._template.format(self._checked(produced))

    async def areveal(self) -> str:
        """The header value now, awaiting an async provider."""
        value = self._value
        if not callable(value):
            return self._template.format(value)
        produced = _provide(value)
        if inspect.isawaitable(produced):
            try:
                produced = await produced
            except Exception as error:
                raise MissingCredentialsError(f"the credential provider failed: {type(error).__name__}") from error
        return self._template.format(self._checked(produced))

    def _checked(self, produced: object) -> str:
        return check_header_value(produced, f"{self._name} (its provider's value)")

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__


def _provide(provider: SecretProvider) -> object:
    try:
        return provider()
    except Exception as error:
        # Only the type: the provider's message might quote the secret it failed to return.
        raise MissingCredentialsError(f"the credential provider failed: {type(error).__name__}") from error


def _close(awaitable: object) -> None:
    close = getattr(awaitable, "close", None)
    if callable(close):
        close()  # a coroutine never awaited would warn


class AuthHeaders(dict[str, str]):
    """Credential headers about to be sent: a dict whose repr hides the values (tracebacks show locals)."""

    def __repr__(self) -> str:
        return f"AuthHeaders({', '.join(f'{name}=****' for name in self)})"

    __str__ = __repr__


class RequestAuth(Protocol):
    """What the engine asks of credentials: headers for a request, and a second chance after a 401."""

    @property
    def names(self) -> frozenset[str]:
        """The header names (lower-case) these credentials set: removed before any other origin could see them."""
        ...

    @property
    def scheme(self) -> str:
        """The spec's security scheme in use (``apiKey``, ``oauth2``...), for published rate limits."""
        ...

    def headers(self, http: httpx.Client) -> AuthHeaders: ...

    async def aheaders(self, http: httpx.AsyncClient) -> AuthHeaders: ...

    def renew(self, http: httpx.Client, sent: Mapping[str, str]) -> bool:
        """After a 401 to ``sent``: whether sending again with fresh headers may succeed (refreshing if needed)."""
        ...

    async def arenew(self, http: httpx.AsyncClient, sent: Mapping[str, str]) -> bool: ...


class HeaderAuth:
    """Fixed or provided secrets, each in its header."""

    def __init__(self, headers: Mapping[str, Secret], scheme: str) -> None:
        self._headers = dict(headers)
        self._scheme = scheme

    @property
    def names(self) -> frozenset[str]:
        return frozenset(name.lower() for name in self._headers)

    @property
    def scheme(self) -> str:
        return self._scheme

    @property
    def asynchronous(self) -> bool:
        """Whether a provider must be awaited."""
        return any(secret.asynchronous for secret in self._headers.values())

    def headers(self, http: httpx.Client) -> AuthHeaders:
        return AuthHeaders({name: secret.reveal() for name, secret in self._headers.items()})

    async def aheaders(self, http: httpx.AsyncClient) -> AuthHeaders:
        return AuthHeaders({name: await secret.areveal() for name, secret in self._headers.items()})

    def renew(self, http: httpx.Client, sent: Mapping[str, str]) -> bool:
        # A provider may have rotated the secret since: worth one more try only if it did.
        return any(s.provided for s in self._headers.values()) and self.headers(http) != dict(sent)

    async def arenew(self, http: httpx.AsyncClient, sent: Mapping[str, str]) -> bool:
        return any(s.provided for s in self._headers.values()) and await self.aheaders(http) != dict(sent)

    def __repr__(self) -> str:
        return f"HeaderAuth({', '.join(sorted(self._headers))})"


@dataclass(frozen=True)
class Credential:
    """One way to authenticate: (argument, environment variable, security scheme of the spec) per value."""

    parts: tuple[tuple[str, str, str], ...]

    @property
    def arguments(self) -> list[str]:
        return [argument for argument, _, _ in self.parts]

    @property
    def env(self) -> list[str]:
        return [variable for _, variable, _ in self.parts]


def _header_auth(
    schemes: Mapping[str, SecurityScheme],
    credential: Credential,
    values: list[CredentialValue],
    sources: list[str],
) -> HeaderAuth:
    """The credential's headers; ``sources`` name where each value came from (argument or variable)."""
    headers: dict[str, Secret] = {}
    for (_, _, scheme_name), value, source in zip(credential.parts, values, sources, strict=True):
        scheme = schemes[scheme_name]
        name = scheme.get("name")
        if scheme["type"] == "apiKey" and scheme.get("in") == "header" and name:
            headers[name] = Secret(value, name=source)
        else:  # oauth2 and http bearer both send the token as a bearer token
            headers["Authorization"] = Secret(value, "Bearer {}", name=source)
    return HeaderAuth(headers, credential.parts[0][2])


def resolve_credentials(
    api: ApiDefinition, given: Mapping[str, CredentialValue | None], env: Mapping[str, str]
) -> HeaderAuth | None:
    """The credential whose values were passed, else the first found in the environment; None when neither.

    Fixed values are checked here (``check_header_value``): a fault names the argument or the variable.
    """
    schemes = api.spec_data.SECURITY_SCHEMES
    for credential in api.credentials:
        values = [given.get(argument) for argument in credential.arguments]
        if any(values):
            missing = [a for a, v in zip(credential.arguments, values, strict=True) if not v]
            if missing:
                raise MissingCredentialsError(
                    f"{api.name}: {', '.join(credential.arguments)} go together; missing {', '.join(missing)}"
                )
            return _header_auth(schemes, credential, [v for v in values if v], credential.arguments)
    for credential in api.credentials:
        if all(env.get(variable) for variable in credential.env):
            found: list[CredentialValue] = [env[variable] for variable in credential.env]
            return _header_auth(schemes, credential, found, credential.env)
    return None


def missing_credentials(api: ApiDefinition, *, oauth_env: list[str] | None = None) -> MissingCredentialsError:
    """The error for a client built with no credentials, naming every way to give them."""
    ways = [f"{' and '.join(f'{a}=' for a in c.arguments)} (or set {' and '.join(c.env)})" for c in api.credentials]
    if oauth_env:
        ways.append(f"oauth=crmtasks.OAuth2(...) (or set {', '.join(oauth_env)})")
    return MissingCredentialsError(f"{api.name} needs credentials: pass {' or '.join(ways)}")


def is_local_host(host: str) -> bool:
    """Whether ``host`` never leaves this machine: localhost, a loopback address, or the reserved ``.invalid``."""
    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost" or host.endswith((".localhost", ".invalid")) or host == "invalid":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_transport_security(url: str, what: str, *, allow_insecure_http: bool) -> None:
    """Refuse a plain-http ``url`` to another machine: credentials would travel in clear."""
    parts = urlsplit(url)
    if parts.scheme == "https" or allow_insecure_http:
        return
    if parts.scheme == "http" and is_local_host(parts.hostname or ""):
        return
    raise ValueError(
        f"{what} {url!r} is not https: credentials would travel in clear. Use https, "
        "or pass allow_insecure_http=True if the network in between is trusted (a proxy on this machine)."
    )
