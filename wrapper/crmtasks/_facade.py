"""The runtime as the generated packages see it: the one crmtasks module they import.

Generated code (``crmtasks_<api>``: models, clients, resources, spec_data and
the shared types) takes every runtime name it uses from here, so the seam
between the two layers is this list; the runtime itself never imports a
generated package (tests/test_architecture.py checks both). Names load with
their module on first use, as ``crmtasks``' own do: a model module that only
reads answers does not load the engine.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import _reading as reading
    from ._api import ApiDefinition
    from ._bulk import BulkResults
    from ._client import AsyncClient, AsyncCredential, Pacing, SyncClient, SyncCredential
    from ._oauth import OAuth2
    from ._operations import ApiOperation
    from ._pagination import AsyncPaginator, SyncPaginator
    from ._reading import parse_date, parse_date_time
    from ._resources import AsyncResource, SyncResource, raw_async_call, raw_async_page, raw_call, raw_page
    from ._response import APIResponse
    from ._seam import CredentialPart, Operation, SecurityScheme, XEnvelope, XErrors, XRateLimit
    from ._types import (
        DEFAULT_MAX_RESPONSE_BYTES,
        DEFAULT_MAX_RETRIES,
        DEFAULT_MAX_RETRY_WAIT,
        NOT_GIVEN,
        Hooks,
        NotGiven,
        TimeoutArg,
        given,
    )

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_WAIT",
    "NOT_GIVEN",
    "APIResponse",
    "ApiDefinition",
    "ApiOperation",
    "AsyncClient",
    "AsyncCredential",
    "AsyncPaginator",
    "AsyncResource",
    "BulkResults",
    "CredentialPart",
    "Hooks",
    "NotGiven",
    "OAuth2",
    "Operation",
    "Pacing",
    "SecurityScheme",
    "SyncClient",
    "SyncCredential",
    "SyncPaginator",
    "SyncResource",
    "TimeoutArg",
    "XEnvelope",
    "XErrors",
    "XRateLimit",
    "given",
    "parse_date",
    "parse_date_time",
    "raw_async_call",
    "raw_async_page",
    "raw_call",
    "raw_page",
    "reading",
]

_HOME = {
    "reading": "_reading",
    "BulkResults": "_bulk",
    "AsyncClient": "_client",
    "AsyncCredential": "_client",
    "Pacing": "_client",
    "SyncClient": "_client",
    "SyncCredential": "_client",
    "ApiDefinition": "_api",
    "ApiOperation": "_operations",
    "OAuth2": "_oauth",
    "AsyncPaginator": "_pagination",
    "SyncPaginator": "_pagination",
    "parse_date": "_reading",
    "parse_date_time": "_reading",
    "AsyncResource": "_resources",
    "SyncResource": "_resources",
    "raw_async_call": "_resources",
    "raw_async_page": "_resources",
    "raw_call": "_resources",
    "raw_page": "_resources",
    "APIResponse": "_response",
    "CredentialPart": "_seam",
    "Operation": "_seam",
    "SecurityScheme": "_seam",
    "XEnvelope": "_seam",
    "XErrors": "_seam",
    "XRateLimit": "_seam",
    "DEFAULT_MAX_RESPONSE_BYTES": "_types",
    "DEFAULT_MAX_RETRIES": "_types",
    "DEFAULT_MAX_RETRY_WAIT": "_types",
    "NOT_GIVEN": "_types",
    "Hooks": "_types",
    "NotGiven": "_types",
    "TimeoutArg": "_types",
    "given": "_types",
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f".{home}", __package__)
    value = module if name == "reading" else getattr(module, name)
    globals()[name] = value
    return value
