"""``clients.py`` of a generated package: the constructors of its sync and async clients, from the spec.

Each security scheme's ``x-credential`` gives a keyword argument (``api_key``,
``access_token``...) and the environment variable read without it; an OAuth2
scheme with a flow adds ``oauth=``; the options every client takes follow.
The top-level resources of ``x-method`` (``tasks``) are built in ``_bind``.
crmtasks subclasses ``SyncBase`` and ``AsyncBase`` (``crmtasks.HubSpot``),
adding the API's definition and its documentation: so an API's wrapper module
holds no constructor of its own.
"""

from __future__ import annotations

import textwrap
from typing import Any

from extras import SpecReader, class_name, credentials_data

Schema = dict[str, Any]

# The options every client takes after its credentials: (name, sync annotation, async annotation, default, doc).
OPTIONS = [
    ("base_url", "str | None", "str | None", "None", "The API's root URL; the spec's server when not given."),
    ("timeout", "TimeoutArg", "TimeoutArg", "NOT_GIVEN", "Seconds (or an httpx.Timeout) for every call."),
    ("max_retries", "int", "int", "DEFAULT_MAX_RETRIES", "Retries of a call that may be repeated (default 2)."),
    (
        "http_client",
        "httpx.Client | None",
        "httpx.AsyncClient | None",
        "None",
        "An httpx client to send with, which the client uses and does not close.",
    ),
    (
        "strict_responses",
        "bool",
        "bool",
        "False",
        "Raise APIResponseValidationError for an answer that breaks the spec, instead of reading it leniently.",
    ),
    ("allow_insecure_http", "bool", "bool", "False", "Let credentials travel over plain http to another host."),
    (
        "rate_limit",
        "Pacing",
        "Pacing",
        "None",
        'Pace requests: a crmtasks.RateLimit, or "published" for the vendor\'s published limits.',
    ),
    (
        "max_retry_wait",
        "float",
        "float",
        "DEFAULT_MAX_RETRY_WAIT",
        "The longest Retry-After waited out (seconds); a longer one raises at once.",
    ),
    (
        "max_response_bytes",
        "int",
        "int",
        "DEFAULT_MAX_RESPONSE_BYTES",
        "The largest answer read, decoded (bytes); a larger one raises APIResponseValidationError.",
    ),
    ("default_headers", "Mapping[str, str] | None", "Mapping[str, str] | None", "None", "Headers of every request."),
    (
        "default_query",
        "Mapping[str, Any] | None",
        "Mapping[str, Any] | None",
        "None",
        "Query parameters of every request.",
    ),
    ("hooks", "Hooks | None", "Hooks | None", "None", "Callbacks around every request (crmtasks.Hooks)."),
]


def _first_sentence(text: str | None) -> str:
    words = " ".join((text or "").split())
    return words.split(". ", 1)[0].rstrip(".")


def _credential_params(spec: Schema) -> list[tuple[str, str]]:
    """Each credential keyword once, with what it is: its schemes' descriptions and its environment variable."""
    schemes = spec["components"]["securitySchemes"]
    described: dict[str, list[str]] = {}
    env: dict[str, str] = {}
    for way in credentials_data(spec):
        for part in way:
            what = _first_sentence(schemes[part["scheme"]].get("description")) or part["scheme"]
            described.setdefault(part["keyword"], [])
            if what not in described[part["keyword"]]:
                described[part["keyword"]].append(what)
            env[part["keyword"]] = part["env"]
    return [(name, f"{'; or '.join(whats)}. Without it, ${env[name]}.") for name, whats in described.items()]


def _has_oauth(spec: Schema) -> bool:
    schemes = spec["components"]["securitySchemes"].values()
    return any(s.get("type") == "oauth2" and "authorizationCode" in s.get("flows", {}) for s in schemes)


def _resources(spec: Schema) -> list[tuple[str, str]]:
    """The top-level resources (attribute, class name), as x-method names them."""
    found: dict[str, str] = {}
    for _, _, _, operation in SpecReader(spec).operations():
        if "x-method" in operation:
            top = operation["x-method"]["resource"].split(".", 1)[0]
            found.setdefault(top, class_name(top))
    return sorted(found.items())


def _class(spec: Schema, asynchronous: bool) -> str:
    prefix = "Async" if asynchronous else ""
    kind = "Async" if asynchronous else "Sync"
    credential = "AsyncCredential" if asynchronous else "SyncCredential"
    credentials = _credential_params(spec)
    oauth = _has_oauth(spec)
    params = [f"{name}: {credential} = None," for name, _ in credentials]
    docs = [(name, doc) for name, doc in credentials]
    if oauth:
        params.append("oauth: OAuth2 | None = None,")
        docs.append(("oauth", "A crmtasks.OAuth2 that gets and refreshes access tokens, instead of a key or token."))
    for name, sync_type, async_type, default, doc in OPTIONS:
        params.append(f"{name}: {async_type if asynchronous else sync_type} = {default},")
        docs.append((name, doc))
    given = ", ".join(f'"{name}": {name}' for name, _ in credentials)
    forward = ["oauth=oauth,"] if oauth else []
    forward += [f"{name}={name}," for name, *_ in OPTIONS]
    title = spec["info"]["title"]
    args = "\n".join(textwrap.fill(f"{name}: {doc}", 104, subsequent_indent="    ") for name, doc in docs)
    resources = _resources(spec)
    lines = [
        f"class {kind}Base({kind}Client):",
        f'    """The {"asynchronous" if asynchronous else "synchronous"} client of {title}: its constructor and '
        'resources."""',
        "",
        *(f"    {attribute}: {prefix}{name}" for attribute, name in resources),
        "",
        "    def __init__(",
        "        self,",
        "        *,",
        *(f"        {param}" for param in params),
        "    ) -> None:",
        f'        """Connect to {title}, with the credentials given or else from the environment.',
        "",
        "        Args:",
        textwrap.indent(args, " " * 12),
        '        """',
        "        super().__init__(",
        f"            {{{given}}},",
        *(f"            {line}" for line in forward),
        "        )",
        "",
        "    def _bind(self) -> None:",
        f"        from .resources import {', '.join(f'{prefix}{name}' for _, name in resources)}  # noqa: PLC0415",
        *(f"        self.{attribute} = {prefix}{name}(self._engine, self._ops)" for attribute, name in resources),
    ]
    return "\n".join(lines)


def clients_module(spec: Schema, source: str) -> str:
    """Source of ``clients.py`` for one spec."""
    names = sorted(f"{prefix}{name}" for prefix in ("", "Async") for _, name in _resources(spec))
    header = f'''"""The constructors of the {spec["info"]["title"]} clients, from the security schemes of {source}.

Generated by generator/clients.py; change the spec, not this file. crmtasks
subclasses ``SyncBase`` and ``AsyncBase`` with the API's definition and
documentation (``crmtasks.<Api>`` and ``crmtasks.Async<Api>``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from crmtasks._client import AsyncClient, AsyncCredential, Pacing, SyncClient, SyncCredential
from crmtasks._types import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_WAIT,
    NOT_GIVEN,
    Hooks,
    TimeoutArg,
)
{"from crmtasks._oauth import OAuth2" if _has_oauth(spec) else ""}

if TYPE_CHECKING:
    from .resources import {", ".join(names)}

__all__ = ["AsyncBase", "SyncBase"]
'''
    return "\n".join([header, "", _class(spec, False), "", "", _class(spec, True), ""])
