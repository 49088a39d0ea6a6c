"""``clients.py`` of a generated package: the API's definition and its public sync and async clients.

The spec's ``x-client`` names the classes (``crmtasks.HubSpot``,
``crmtasks.AsyncHubSpot``), the name messages give the API, and the
wrapper module of its hooks, if it needs any (``crmtasks._apollo``). ``API``
hands the runtime what it reads of the package, through ``_load``: the runtime
never names a generated package. Each security scheme's ``x-credential`` gives
a keyword argument (``api_key``, ``access_token``...) and the environment
variable read without it; an OAuth2 scheme with a flow adds ``oauth=``; the
options every client takes follow. The top-level resources of ``x-method``
(``tasks``) are built in ``_bind``.
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


_LENIENT = (
    'Answers are read leniently: a value the spec does not allow (an unlisted enum value, a null, ``"5"`` for an '
    "integer) is kept or coerced, reported once as a ``crmtasks.ResponseValidationWarning``, and the object it "
    "came in stays whole in ``.raw``. ``strict_responses=True`` raises ``crmtasks.APIResponseValidationError`` "
    "instead."
)


def _sent_as(scheme: Schema) -> str:
    if scheme.get("type") == "apiKey":
        return f"sent as the ``{scheme['name']}`` {scheme['in']}"
    return "sent as a bearer token"


def _credentials_doc(spec: Schema) -> str:
    """The class docstring's sentence on credentials: each way, what it is and how it travels, and its variables."""
    schemes = spec["components"]["securitySchemes"]
    ways, variables = [], []
    for way in credentials_data(spec):
        parts = []
        for part in way:
            scheme = schemes[part["scheme"]]
            what = _first_sentence(scheme.get("description")) or part["scheme"]
            if not any(word in what.lower() for word in ("sent as", "bearer")):
                what = f"{what}, {_sent_as(scheme)}"
            parts.append(f"``{part['keyword']}=`` ({what})")
        ways.append(" with ".join(parts))
        variables.append(" and ".join(f"``{part['env']}``" for part in way))
    text = f"Credentials: {'; or '.join(ways)}. Without them, {' or '.join(variables)} from the environment."
    if _has_oauth(spec):
        text += " Or ``oauth=``: a ``crmtasks.OAuth2`` that gets and refreshes access tokens."
    return text


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
    name = spec["x-client"]["class"]
    args = "\n".join(textwrap.fill(f"{name}: {doc}", 104, subsequent_indent="    ") for name, doc in docs)
    if asynchronous:
        doc = [f'    """The async twin of {name}: the same options; ``http_client`` takes an ``httpx.AsyncClient``."""']
    else:
        body = "\n\n".join([textwrap.fill(_credentials_doc(spec), 112), _LENIENT]).split("\n\n")
        doc = [
            f'    """Client for {title}.',
            "",
            *(line for paragraph in body for line in [*textwrap.wrap(paragraph, 112), ""]),
        ]
        doc = [*(f"    {line}" if line and not line.startswith("    ") else line for line in doc[:-1]), '    """']
    resources = _resources(spec)
    lines = [
        f"class {prefix}{name}({kind}Client):",
        *doc,
        "",
        "    _api = API",
        *(f"    {attribute}: {prefix}{cls}" for attribute, cls in resources),
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
        f"        from .resources import {', '.join(f'{prefix}{cls}' for _, cls in resources)}  # noqa: PLC0415",
        *(f"        self.{attribute} = {prefix}{cls}(self._engine, self._ops)" for attribute, cls in resources),
    ]
    return "\n".join(lines)


def clients_module(spec: Schema, key: str, source: str) -> str:
    """Source of ``clients.py`` for one spec (``key`` is its stem: ``specs/<key>.yaml``)."""
    client = spec["x-client"]
    names = sorted(f"{prefix}{name}" for prefix in ("", "Async") for _, name in _resources(spec))
    hooks = client.get("hooks")
    facade = ["DEFAULT_MAX_RESPONSE_BYTES", "DEFAULT_MAX_RETRIES", "DEFAULT_MAX_RETRY_WAIT", "NOT_GIVEN"]
    facade += ["ApiDefinition", "AsyncClient", "AsyncCredential", "Hooks"]
    facade += [*(["OAuth2"] if _has_oauth(spec) else []), "Pacing", "SyncClient", "SyncCredential", "TimeoutArg"]
    hooks_import = ""
    hooks_args = ""
    if hooks is not None:
        package, module = hooks.rsplit(".", 1)
        hooks_import = f"from {package} import {module} as _hooks\n"
        hooks_args = "    unwraps=_hooks.UNWRAPS,\n    procedures=_hooks.PROCEDURES,\n"
    title = spec["info"]["title"]
    header = f'''"""The {title} clients, from {source}: the API's definition, its sync and async clients.

Generated by generator/clients.py; change the spec (its x-client and security schemes), not this file.
crmtasks serves the classes as ``crmtasks.{client["class"]}`` and ``crmtasks.Async{client["class"]}``.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any

import httpx
from crmtasks._facade import (
{"".join(f"    {name},{chr(10)}" for name in facade)})
{hooks_import}
if TYPE_CHECKING:
    from .resources import {", ".join(names)}

__all__ = ["API", "Async{client["class"]}", "{client["class"]}"]


def _load(module: str) -> ModuleType:
    """A module of this package, imported on first use (spec_data, models, an endpoint)."""
    return importlib.import_module(f"{{__package__}}.{{module}}")


API = ApiDefinition(
    name={client["name"]!r},
    key={key!r},
    client={client["class"]!r},
    load=_load,
{hooks_args})
'''
    return "\n".join([header, "", _class(spec, False), "", "", _class(spec, True), ""])
