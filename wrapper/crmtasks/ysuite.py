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

from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ._client import AsyncClient, SyncClient
from ._core import DEFAULT_MAX_RETRIES, NOT_GIVEN, ApiDefinition, AsyncEngine, Call, Credential, SyncEngine, TimeoutArg
from ._operations import Operations, Pager, member, models_getattr, options
from ._pagination import AsyncPaginator, SyncPaginator

if TYPE_CHECKING:
    from crmtasks_ysuite.kwargs import CreateTaskRequestFields, ListTasksParams
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


class _Plans:
    """Every ySuite call, built and checked once for the sync and async resources."""

    def __init__(self, ops: Operations) -> None:
        self.ops = ops
        self.data = member(ops.envelope()["data"])

    def list(self, params: dict[str, Any], call_options: dict[str, Any]) -> Pager:
        return self.ops.pager("list_tasks", params, call_options)

    def get(self, task_id: int, call_options: dict[str, Any]) -> Call[Task]:
        return self.ops.call("get_task", task_id, unwrap=self.data, **call_options)

    def create(self, fields: dict[str, Any], call_options: dict[str, Any]) -> Call[CreatedTask]:
        return self.ops.call("create_task", body=fields, unwrap=self.data, **call_options)


class TasksBase:
    """``YSuite().tasks``: list, get and create tasks."""

    def __init__(self, engine: SyncEngine, ops: Operations) -> None:
        self._engine = engine
        self._plans = _Plans(ops)

    def _list(
        self,
        *,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | None = None,
        **params: Unpack[ListTasksParams],
    ) -> SyncPaginator[Task]:
        """Every task matching the filters, fetched lazily, one request per page.

        Filters: ``search`` (in titles), ``status`` and ``priority`` (the
        TaskStatus and TaskPriority enums), ``assigned_user_id``,
        ``due_date_from`` and ``due_date_to`` (dates), ``sort_by`` and
        ``sort_order``. ``page_size`` defaults to the API's maximum; ``limit``
        caps how many tasks are returned; ``prefetch=N`` keeps up to N page
        requests in flight ahead of you, items still in order.
        """
        make_call, spec = self._plans.list(dict(params), options(timeout, max_retries))
        size = self._plans.ops.page_size("list_tasks", page_size, limit)
        return SyncPaginator(self._engine, make_call, spec, page_size=size, limit=limit, prefetch=prefetch)

    def _get(self, task_id: int, *, timeout: TimeoutArg = NOT_GIVEN, max_retries: int | None = None) -> Task:
        """The task with this activity id; ySuite answers an unknown id with 400 (BadRequestError)."""
        return self._engine.send(self._plans.get(task_id, options(timeout, max_retries)))

    def _create(
        self,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | None = None,
        **fields: Unpack[CreateTaskRequestFields],
    ) -> CreatedTask:
        """Create a task: ``title``, ``start_datetime`` (a naive local datetime) and ``cstid`` and/or ``deal_id``.

        Returns the new task's id, title and type. Never repeated once it may have reached ySuite.
        """
        return self._engine.send(self._plans.create(dict(fields), options(timeout, max_retries)))


class AsyncTasksBase:
    """``AsyncYSuite().tasks``: the async twin of YSuiteTasks."""

    def __init__(self, engine: AsyncEngine, ops: Operations) -> None:
        self._engine = engine
        self._plans = _Plans(ops)

    def _list(
        self,
        *,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | None = None,
        **params: Unpack[ListTasksParams],
    ) -> AsyncPaginator[Task]:
        """Every task matching the filters (see YSuiteTasks.list), for ``async for``."""
        make_call, spec = self._plans.list(dict(params), options(timeout, max_retries))
        size = self._plans.ops.page_size("list_tasks", page_size, limit)
        return AsyncPaginator(self._engine, make_call, spec, page_size=size, limit=limit, prefetch=prefetch)

    async def _get(self, task_id: int, *, timeout: TimeoutArg = NOT_GIVEN, max_retries: int | None = None) -> Task:
        """The task with this activity id; ySuite answers an unknown id with 400 (BadRequestError)."""
        return await self._engine.send(self._plans.get(task_id, options(timeout, max_retries)))

    async def _create(
        self,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | None = None,
        **fields: Unpack[CreateTaskRequestFields],
    ) -> CreatedTask:
        """Create a task (see YSuiteTasks.create); never repeated once it may have reached ySuite."""
        return await self._engine.send(self._plans.create(dict(fields), options(timeout, max_retries)))


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
        access_key: str | None = None,
        secret_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        strict_responses: bool = False,
    ) -> None:
        credentials = {"access_key": access_key, "secret_key": secret_key}
        super().__init__(
            credentials,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            strict_responses=strict_responses,
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
        access_key: str | None = None,
        secret_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        strict_responses: bool = False,
    ) -> None:
        credentials = {"access_key": access_key, "secret_key": secret_key}
        super().__init__(
            credentials,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            strict_responses=strict_responses,
        )

    def _bind(self) -> None:
        from crmtasks_ysuite.resources import AsyncTasks  # noqa: PLC0415 - it imports this module

        self.tasks = AsyncTasks(self._engine, self._ops)


__getattr__ = models_getattr(API, __name__)
