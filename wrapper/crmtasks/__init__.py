"""crmtasks: typed clients for the task APIs of Keap, Apollo.io, ySuite CRM and HubSpot CRM.

::

    import crmtasks

    keap = crmtasks.Keap()        # or AsyncKeap
    apollo = crmtasks.Apollo()    # or AsyncApollo
    ysuite = crmtasks.YSuite()    # or AsyncYSuite
    hubspot = crmtasks.HubSpot()  # or AsyncHubSpot

The generated, spec-faithful clients underneath are importable on their own
as ``crmtasks_keap``, ``crmtasks_apollo``, ``crmtasks_ysuite`` and
``crmtasks_hubspot``; ``crmtasks.spec_versions()`` names the spec each was built
from.
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    CRMTasksError,
    HookError,
    InternalServerError,
    MissingCredentialsError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    QuotaExceededError,
    RateLimitError,
    ResponseValidationWarning,
    ResultsTruncatedError,
    ResultsTruncatedWarning,
    UnprocessableEntityError,
    UnsafeRedirectError,
    ValidationError,
)
from ._logs import configure_from_environment as _configure_from_environment
from ._types import NOT_GIVEN, Hooks, NotGiven

if TYPE_CHECKING:
    from ._bulk import BulkAbortedError, BulkResult, BulkResults
    from ._oauth import AuthorizationRequest, OAuth2, TokenSet
    from ._pagination import AsyncPaginator, Page, SyncPaginator
    from ._ratelimit import RateLimit, RateLimitInfo, RateLimitWindow
    from ._registry import SpecVersion, spec_versions
    from ._response import APIResponse
    from .apollo import Apollo, AsyncApollo
    from .hubspot import AsyncHubSpot, HubSpot
    from .keap import AsyncKeap, Keap
    from .ysuite import AsyncYSuite, YSuite

# Loaded with their module on first use (PEP 562): a program that talks to Keap loads Keap's generated
# package and the engine when it first names crmtasks.Keap, not all four APIs at import crmtasks.
_LAZY = {
    "BulkAbortedError": "_bulk",
    "BulkResult": "_bulk",
    "BulkResults": "_bulk",
    "AuthorizationRequest": "_oauth",
    "OAuth2": "_oauth",
    "TokenSet": "_oauth",
    "AsyncPaginator": "_pagination",
    "Page": "_pagination",
    "SyncPaginator": "_pagination",
    "RateLimit": "_ratelimit",
    "RateLimitInfo": "_ratelimit",
    "RateLimitWindow": "_ratelimit",
    "SpecVersion": "_registry",
    "spec_versions": "_registry",
    "APIResponse": "_response",
    "Apollo": "apollo",
    "AsyncApollo": "apollo",
    "HubSpot": "hubspot",
    "AsyncHubSpot": "hubspot",
    "Keap": "keap",
    "AsyncKeap": "keap",
    "YSuite": "ysuite",
    "AsyncYSuite": "ysuite",
}


def __getattr__(name: str) -> Any:
    from ._registry import REGISTRY  # noqa: PLC0415 - once a name is asked for, not at import crmtasks

    if any(api.key == name for api in REGISTRY):  # a public per-API module: crmtasks.keap.Task
        return importlib.import_module(f".{name}", __name__)
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'crmtasks' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # found here from now on, without this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


# The one place the version is written: hatchling reads it from here for the distribution's metadata
# ([tool.hatch.version] in pyproject.toml); tests/tooling/test_versions.py checks the installed metadata agrees.
__version__ = "0.2.0"

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "Apollo",
    "AsyncApollo",
    "AsyncHubSpot",
    "AsyncKeap",
    "AsyncPaginator",
    "AsyncYSuite",
    "AuthenticationError",
    "AuthorizationRequest",
    "BadRequestError",
    "BulkAbortedError",
    "BulkResult",
    "BulkResults",
    "CRMTasksError",
    "ConflictError",
    "HookError",
    "Hooks",
    "HubSpot",
    "InternalServerError",
    "Keap",
    "MissingCredentialsError",
    "NotFoundError",
    "NotGiven",
    "OAuth2",
    "Page",
    "PaginationError",
    "PermissionDeniedError",
    "QuotaExceededError",
    "RateLimit",
    "RateLimitError",
    "RateLimitInfo",
    "RateLimitWindow",
    "ResponseValidationWarning",
    "ResultsTruncatedError",
    "ResultsTruncatedWarning",
    "SpecVersion",
    "SyncPaginator",
    "TokenSet",
    "UnprocessableEntityError",
    "UnsafeRedirectError",
    "ValidationError",
    "YSuite",
    "__version__",
    "spec_versions",
]

_configure_from_environment()  # CRMTASKS_LOG=debug|info turns logging on without code
