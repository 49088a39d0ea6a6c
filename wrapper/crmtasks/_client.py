"""What every crmtasks client shares: construction, per-client options, closing, repr."""

from __future__ import annotations

import copy
import os
from collections.abc import Callable
from types import TracebackType
from typing import Any, ClassVar, Self

import httpx

from ._core import (
    DEFAULT_MAX_RETRIES,
    NOT_GIVEN,
    ApiDefinition,
    AsyncEngine,
    SyncEngine,
    TimeoutArg,
    resolve_credentials,
)
from ._operations import Operations

_OPERATIONS: dict[str, Operations] = {}


def _operations(api: ApiDefinition) -> Operations:
    # One Operations per API, shared by its clients: it caches imported endpoint modules.
    if api.name not in _OPERATIONS:
        _OPERATIONS[api.name] = Operations(api)
    return _OPERATIONS[api.name]


class _BaseClient:
    """Construction, options and repr shared by the sync and async clients."""

    _api: ClassVar[ApiDefinition]
    _engine_class: ClassVar[Callable[..., Any]]  # SyncEngine or AsyncEngine

    def __init__(
        self,
        credentials: dict[str, str | None],
        *,
        base_url: str | None,
        timeout: TimeoutArg,
        max_retries: int,
        http_client: httpx.Client | httpx.AsyncClient | None,
        strict_responses: bool,
    ) -> None:
        auth = resolve_credentials(self._api, credentials, os.environ)
        self._ops = _operations(self._api)
        self._engine: Any = self._engine_class(
            self._api,
            http_client=http_client,
            auth=auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            strict_responses=strict_responses,
        )
        self._bind()

    def _bind(self) -> None:
        """Create the resources (``self.tasks``) for this client."""

    @property
    def base_url(self) -> str:
        """Where requests go: the spec's server unless ``base_url=`` was given."""
        url: str = self._engine.base_url
        return url

    @property
    def strict_responses(self) -> bool:
        """Whether an answer that deviates from the spec raises ``APIResponseValidationError``.

        Off by default: deviations are read leniently and reported once per
        operation and field as a ``ResponseValidationWarning``.
        """
        strict: bool = self._engine.strict_responses
        return strict

    def with_options(
        self, *, timeout: TimeoutArg = NOT_GIVEN, max_retries: int | None = None, strict_responses: bool | None = None
    ) -> Self:
        """A copy of this client with another timeout, retry count or strictness, sharing its connection pool."""
        clone = copy.copy(self)
        clone._engine = self._engine.evolve(timeout=timeout, max_retries=max_retries, strict_responses=strict_responses)
        clone._bind()
        return clone

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"


class SyncClient(_BaseClient):
    """Base of the synchronous clients. Subclasses declare ``_api`` and build their resources in ``_bind``."""

    _engine_class = SyncEngine
    _engine: SyncEngine

    def close(self) -> None:
        """Close the connection pool, when the client created it (a passed ``http_client`` stays open)."""
        self._engine.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncClient(_BaseClient):
    """Base of the asynchronous clients. Subclasses declare ``_api`` and build their resources in ``_bind``."""

    _engine_class = AsyncEngine
    _engine: AsyncEngine

    async def close(self) -> None:
        """Close the connection pool, when the client created it (a passed ``http_client`` stays open)."""
        await self._engine.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


class KeyOrTokenClient(SyncClient):
    """A synchronous client that takes an API key or an OAuth2 access token (Keap, Apollo)."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        access_token: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        strict_responses: bool = False,
    ) -> None:
        credentials = {"api_key": api_key, "access_token": access_token}
        super().__init__(
            credentials,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            strict_responses=strict_responses,
        )


class AsyncKeyOrTokenClient(AsyncClient):
    """An asynchronous client that takes an API key or an OAuth2 access token (Keap, Apollo)."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        access_token: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        strict_responses: bool = False,
    ) -> None:
        credentials = {"api_key": api_key, "access_token": access_token}
        super().__init__(
            credentials,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            strict_responses=strict_responses,
        )
