"""ySuite CRM tasks: ``crmtasks.YSuite`` and ``crmtasks.AsyncYSuite``.

::

    ysuite = crmtasks.YSuite()  # access_key= and secret_key=, or YSUITE_ACCESS_KEY and YSUITE_SECRET_KEY
    for task in ysuite.tasks.list(status=TaskStatus.OPEN, due_date_from=date(2026, 7, 1)):
        print(task.activity_id, task.title)
    created = ysuite.tasks.create(title="Call back", start_datetime=datetime(2026, 7, 15, 10), cstid=10)

ySuite wraps every answer in an envelope; these methods return what is
inside, and raise when the envelope says ``success: false`` (even with a 200).
The models and the ``TaskStatus`` and ``TaskPriority`` enums are the generated
ones of ``crmtasks_ysuite.models``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._client import AsyncClient, AsyncCredential, Pacing, SyncClient, SyncCredential
from ._core import DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_WAIT, NOT_GIVEN, ApiDefinition, Credential, Hooks, TimeoutArg
from ._operations import models_getattr

if TYPE_CHECKING:
    from crmtasks_ysuite.models import (
        CreatedTask,
        SortOrder,
        Task,
        TaskPriority,
        TaskSortField,
        TaskStatus,
    )
    from crmtasks_ysuite.resources import AsyncTasks, Tasks

__all__ = [
    "AsyncYSuite",
    "CreatedTask",
    "SortOrder",
    "Task",
    "TaskPriority",
    "TaskSortField",
    "TaskStatus",
    "YSuite",
]

API = ApiDefinition(
    name="ySuite",
    package_name="crmtasks_ysuite",
    credentials=(
        Credential(
            (
                ("access_key", "YSUITE_ACCESS_KEY", "accessKey"),
                ("secret_key", "YSUITE_SECRET_KEY", "secretKey"),
            )
        ),
    ),
)


class YSuite(SyncClient):
    """Client for ySuite CRM tasks.

    Credentials: ``access_key=`` and ``secret_key=`` together (sent as the
    ``x-ysuite-access-key`` and ``x-ysuite-secret-key`` headers); without
    them, ``YSUITE_ACCESS_KEY`` and ``YSUITE_SECRET_KEY`` from the environment.
    ``base_url``, ``timeout``, ``max_retries`` (default 2), ``http_client`` and
    ``strict_responses`` work as for crmtasks.Keap.
    """

    _api = API
    tasks: Tasks

    def __init__(
        self,
        *,
        access_key: SyncCredential = None,
        secret_key: SyncCredential = None,
        base_url: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        strict_responses: bool = False,
        allow_insecure_http: bool = False,
        rate_limit: Pacing = None,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, Any] | None = None,
        hooks: Hooks | None = None,
    ) -> None:
        credentials = {"access_key": access_key, "secret_key": secret_key}
        super().__init__(
            credentials,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            strict_responses=strict_responses,
            allow_insecure_http=allow_insecure_http,
            rate_limit=rate_limit,
            max_retry_wait=max_retry_wait,
            default_headers=default_headers,
            default_query=default_query,
            hooks=hooks,
        )

    def _bind(self) -> None:
        from crmtasks_ysuite.resources import Tasks  # noqa: PLC0415 - it imports this module

        self.tasks = Tasks(self._engine, self._ops)


class AsyncYSuite(AsyncClient):
    """The async twin of YSuite: the same options, ``http_client`` takes an ``httpx.AsyncClient``."""

    _api = API
    tasks: AsyncTasks

    def __init__(
        self,
        *,
        access_key: AsyncCredential = None,
        secret_key: AsyncCredential = None,
        base_url: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        strict_responses: bool = False,
        allow_insecure_http: bool = False,
        rate_limit: Pacing = None,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, Any] | None = None,
        hooks: Hooks | None = None,
    ) -> None:
        credentials = {"access_key": access_key, "secret_key": secret_key}
        super().__init__(
            credentials,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            strict_responses=strict_responses,
            allow_insecure_http=allow_insecure_http,
            rate_limit=rate_limit,
            max_retry_wait=max_retry_wait,
            default_headers=default_headers,
            default_query=default_query,
            hooks=hooks,
        )

    def _bind(self) -> None:
        from crmtasks_ysuite.resources import AsyncTasks  # noqa: PLC0415 - it imports this module

        self.tasks = AsyncTasks(self._engine, self._ops)


__getattr__ = models_getattr(API, __name__)
