"""An API and its operations as the runtime sees them: what a generated package declares, and one call to send.

``ApiDefinition`` is what a generated package hands the runtime (its
``clients.API``); ``Endpoint`` what the runtime calls of an endpoint module;
``Call`` one operation to send, checked, with how to read its answer; and
``Procedure`` the steps of a method that takes more than one request (an
API's hooks).
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, cast

import httpx

from ._auth import Credential
from ._types import NOT_GIVEN, Extras, TimeoutArg

if TYPE_CHECKING:
    from ._response import APIResponse
    from ._seam import CredentialPart, Operation, SecurityScheme, XEnvelope, XErrors, XRateLimit

__all__ = ["ApiDefinition", "Call", "Endpoint", "Planner", "Procedure", "SpecData", "Steps"]

T = TypeVar("T")


class Endpoint(Protocol):
    """A generated endpoint module, as the wrapper uses it."""

    def build_request(self, *args: Any, **kwargs: Any) -> dict[str, Any]: ...

    def parse_response(self, *, client: Any, response: httpx.Response) -> Any: ...


@dataclass(frozen=True)
class Call(Generic[T]):
    """One operation to send: the generated endpoint, its arguments and how to read the answer."""

    endpoint: Endpoint
    args: dict[str, Any]
    idempotent: bool
    unwrap: Callable[[Any], T]
    timeout: TimeoutArg = NOT_GIVEN
    max_retries: int | None = None
    extra: Extras | None = None
    joined: tuple[str, ...] = ()
    """Query parameters whose lists travel as one comma-separated value (the spec's ``explode: false``)."""


class SpecData(Protocol):
    """A generated package's ``spec_data`` module: the facts of its spec the wrapper reads (see _seam)."""

    __name__: str
    SPEC_VERSION: str
    SPEC_SHA256: str
    SERVER_URL: str
    SECURITY_SCHEMES: dict[str, SecurityScheme]
    ENVELOPE: XEnvelope | None
    ERRORS: XErrors
    RATE_LIMIT: XRateLimit | None
    CREDENTIALS: list[list[CredentialPart]]
    OPERATIONS: dict[str, Operation]
    SCHEMAS: dict[str, dict[str, Any]]


Steps = Generator["Call[Any]", "APIResponse[Any]", Any]
"""A procedure's run: it yields each call to send and is sent each answer (an error answer is thrown into it at
the ``yield``); what it returns is the method's result."""

Planner = Callable[..., "Call[Any]"]
"""``plan(operation, *path, **arguments)``: the checked call of an operation, as its method would make it."""

Procedure = Callable[["ApiDefinition", Planner, tuple[Any, ...], dict[str, Any]], Steps]
"""A method that needs more than one request, or a decision between them: given the API (its spec data), the
planner, the method's path arguments and its keyword arguments, the run of its steps (see
``ApiDefinition.procedures``)."""


@dataclass
class ApiDefinition:
    """One API as its generated package declares it to the runtime (``crmtasks_<key>.clients.API``).

    The generated package makes it from its spec's ``x-client`` and hands over ``load``, its own way to import
    its modules (spec_data, models, endpoints) on first use: the runtime never names a generated package, and
    ``import crmtasks`` stays cheap.
    """

    name: str
    """How messages name the API (``x-client`` ``name``)."""
    key: str
    """The stem of ``specs/<key>.yaml``: the prefix of its environment variables, the sandbox's URL prefix."""
    client: str
    """The sync client's class name (``x-client`` ``class``); the async one is ``Async<client>``."""
    load: Callable[[str], ModuleType]
    """Imports a module of the generated package by its name there (``spec_data``, ``models``, ``api.tasks.get``)."""
    unwraps: Mapping[str, Callable[[ModuleType, Any], Any]] = field(
        default_factory=dict[str, Callable[[ModuleType, Any], Any]]
    )
    """Per operation, what of its parsed answer a method returns, where the spec cannot say (hooks): called with
    the API's models and the parsed answer."""
    procedures: Mapping[str, Procedure] = field(default_factory=dict[str, Procedure])
    """Per operation, the steps of a method that takes more than one request or decides between them
    (read-modify-write, reading back what an ambiguous refusal means), where the spec cannot say (hooks).
    The same generator serves the sync and the async client (crmtasks._resources runs it); ``create_many``
    sends the plain call."""

    @cached_property
    def spec_data(self) -> SpecData:
        module: Any = self.load("spec_data")
        return cast(SpecData, module)

    @cached_property
    def models(self) -> ModuleType:
        return self.load("models")

    @cached_property
    def credentials(self) -> tuple[Credential, ...]:
        """The ways to authenticate, in the spec's order (its security requirements' ``x-credential``)."""
        return tuple(
            Credential(tuple((part["keyword"], part["env"], part["scheme"]) for part in way))
            for way in self.spec_data.CREDENTIALS
        )
