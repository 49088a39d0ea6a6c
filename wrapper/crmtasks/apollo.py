"""Apollo.io tasks: ``crmtasks.Apollo`` and ``crmtasks.AsyncApollo``.

::

    apollo = crmtasks.Apollo()  # api_key= or APOLLO_API_KEY; or access_token= or APOLLO_ACCESS_TOKEN
    for task in apollo.tasks.search(sort_by_field="task_due_at"):
        print(task.id, task.type_, task.due_at)
    created = apollo.tasks.bulk_create(contact_ids=["..."], priority="high", type="call", due_at=datetime(...))
    created.tasks  # the created tasks, or UNSET when Apollo answered the bare ``true`` of its older API

The models are the generated ones of ``crmtasks_apollo.models``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

from ._client import AsyncKeyOrTokenClient, KeyOrTokenClient
from ._core import NOT_GIVEN, ApiDefinition, AsyncEngine, Call, Credential, SyncEngine, TimeoutArg
from ._operations import Operations, Pager, models_getattr, options
from ._pagination import AsyncPaginator, SyncPaginator, Truncation

if TYPE_CHECKING:
    from crmtasks_apollo.kwargs import BulkCreateTasksRequestFields, CreateTaskRequestFields, SearchTasksParams
    from crmtasks_apollo.models import (
        BulkCreateTasksResponse,
        SearchTasksResponse,
        Task,
        TaskPriority,
        TaskSortField,
        TaskStatus,
        TaskType,
    )
    from crmtasks_apollo.resources import AsyncTasks, Tasks

__all__ = [
    "Apollo",
    "AsyncApollo",
    "BulkCreateTasksResponse",
    "SearchTasksResponse",
    "Task",
    "TaskPriority",
    "TaskSortField",
    "TaskStatus",
    "TaskType",
]

API = ApiDefinition(
    name="Apollo",
    package_name="crmtasks_apollo",
    credentials=(
        Credential((("api_key", "APOLLO_API_KEY", "apiKey"),)),
        Credential((("access_token", "APOLLO_ACCESS_TOKEN", "bearerAuth"),)),
    ),
)


class _Plans:
    """Every Apollo call, built and checked once for the sync and async resources."""

    def __init__(self, ops: Operations) -> None:
        self.ops = ops

    def search(self, params: dict[str, Any], call_options: dict[str, Any]) -> Pager:
        return self.ops.pager("search_tasks", params, call_options)

    def bulk_create(self, fields: dict[str, Any], call_options: dict[str, Any]) -> Call[BulkCreateTasksResponse]:
        return self.ops.call("bulk_create_tasks", body=fields, unwrap=self._bulk_created, **call_options)

    def create(self, fields: dict[str, Any], call_options: dict[str, Any]) -> Call[Task]:
        return self.ops.call("create_task", body=fields, unwrap=self._created, **call_options)

    def _bulk_created(self, parsed: Any) -> BulkCreateTasksResponse:
        """Both answers Apollo gives: the current ``{"success", "tasks"}`` object, or the older bare ``true``."""
        if parsed is True:
            result: BulkCreateTasksResponse = self.ops.models.BulkCreateTasksResponse(success=True)
            return result
        if isinstance(parsed, self.ops.models.BulkCreateTasksResponse) and parsed.success is not False:
            answer: BulkCreateTasksResponse = parsed
            return answer
        raise ValueError(f"expected true or an object with success=true, got {getattr(parsed, 'raw', parsed)!r}")

    def _created(self, parsed: Any) -> Task:
        """The task of a create answer: in its ``task`` envelope, or bare (seen in some answers)."""
        task: Any = getattr(parsed, "task", None)
        if not isinstance(task, self.ops.models.Task):
            raw = getattr(parsed, "raw", None)
            if not (isinstance(raw, dict) and "id" in raw and "task" not in raw):
                raise ValueError("the answer holds no task")
            task = self.ops.models.Task.from_dict(raw)
        created: Task = task
        return created


class TasksBase:
    """``Apollo().tasks``: search, create and bulk create tasks."""

    def __init__(self, engine: SyncEngine, ops: Operations) -> None:
        self._engine = engine
        self._plans = _Plans(ops)

    def _search(
        self,
        *,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        on_truncation: Truncation = "warn",
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | None = None,
        **params: Unpack[SearchTasksParams],
    ) -> SyncPaginator[Task]:
        """Every task of the team, fetched lazily, one request per page.

        ``sort_by_field`` orders them; ``open_factor_names`` defaults to
        ``["task_types"]``, so each page's ``response.faceting`` counts tasks
        per type. Apollo returns at most 50,000 tasks per search: past that a
        ResultsTruncatedWarning is issued (``on_truncation="raise"`` raises
        ResultsTruncatedError instead). ``prefetch=N`` keeps up to N page
        requests in flight ahead of you, in order; 0 asks for one page at a time.
        """
        make_call, spec = self._plans.search(dict(params), options(timeout, max_retries))
        size = self._plans.ops.page_size("search_tasks", page_size, limit)
        return SyncPaginator(
            self._engine, make_call, spec, page_size=size, limit=limit, prefetch=prefetch, on_truncation=on_truncation
        )

    def _bulk_create(
        self,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | None = None,
        **fields: Unpack[BulkCreateTasksRequestFields],
    ) -> BulkCreateTasksResponse:
        """Create one task per contact in ``contact_ids``.

        Returns the answer with ``success`` and ``tasks``, the created tasks as
        Apollo's current API gives them; when Apollo answers the bare ``true``
        of its older API, ``success`` is True and ``tasks`` is UNSET (search to
        read them back). Apollo does not de-duplicate, so this is never
        repeated once the request may have reached it.
        """
        return self._engine.send(self._plans.bulk_create(dict(fields), options(timeout, max_retries)))

    def _create(
        self,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | None = None,
        **fields: Unpack[CreateTaskRequestFields],
    ) -> Task:
        """Create one task for ``contact_id``. Never repeated once it may have reached Apollo."""
        return self._engine.send(self._plans.create(dict(fields), options(timeout, max_retries)))


class AsyncTasksBase:
    """``AsyncApollo().tasks``: the async twin of ApolloTasks."""

    def __init__(self, engine: AsyncEngine, ops: Operations) -> None:
        self._engine = engine
        self._plans = _Plans(ops)

    def _search(
        self,
        *,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        on_truncation: Truncation = "warn",
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | None = None,
        **params: Unpack[SearchTasksParams],
    ) -> AsyncPaginator[Task]:
        """Every task of the team (see ApolloTasks.search), for ``async for``."""
        make_call, spec = self._plans.search(dict(params), options(timeout, max_retries))
        size = self._plans.ops.page_size("search_tasks", page_size, limit)
        return AsyncPaginator(
            self._engine, make_call, spec, page_size=size, limit=limit, prefetch=prefetch, on_truncation=on_truncation
        )

    async def _bulk_create(
        self,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | None = None,
        **fields: Unpack[BulkCreateTasksRequestFields],
    ) -> BulkCreateTasksResponse:
        """Create one task per contact in ``contact_ids``, as ApolloTasks.bulk_create; never repeated once sent."""
        return await self._engine.send(self._plans.bulk_create(dict(fields), options(timeout, max_retries)))

    async def _create(
        self,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | None = None,
        **fields: Unpack[CreateTaskRequestFields],
    ) -> Task:
        """Create one task for ``contact_id``; never repeated once it may have reached Apollo."""
        return await self._engine.send(self._plans.create(dict(fields), options(timeout, max_retries)))


class Apollo(KeyOrTokenClient):
    """Client for Apollo.io tasks.

    Credentials: ``api_key=`` (sent as ``X-Api-Key``; creating tasks needs a
    master key) or ``access_token=`` (OAuth2 partners, sent as a bearer
    token); without either, ``APOLLO_API_KEY`` or ``APOLLO_ACCESS_TOKEN`` from
    the environment. ``base_url``, ``timeout``, ``max_retries`` (default 2) and
    ``http_client`` and ``strict_responses`` work as for crmtasks.Keap.
    """

    _api = API
    tasks: Tasks

    def _bind(self) -> None:
        from crmtasks_apollo.resources import Tasks  # noqa: PLC0415 - it imports this module

        self.tasks = Tasks(self._engine, self._ops)


class AsyncApollo(AsyncKeyOrTokenClient):
    """The async twin of Apollo: the same options, ``http_client`` takes an ``httpx.AsyncClient``."""

    _api = API
    tasks: AsyncTasks

    def _bind(self) -> None:
        from crmtasks_apollo.resources import AsyncTasks  # noqa: PLC0415 - it imports this module

        self.tasks = AsyncTasks(self._engine, self._ops)


__getattr__ = models_getattr(API, __name__)
