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

from typing import TYPE_CHECKING, Any

from ._client import AsyncKeyOrTokenClient, KeyOrTokenClient
from ._core import ApiDefinition, Credential
from ._operations import models_getattr

if TYPE_CHECKING:
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

# -- hooks: what Apollo's spec cannot say --------------------------------------------


def _models() -> Any:
    return API.models


def _bulk_created(parsed: Any) -> BulkCreateTasksResponse:
    """Both answers Apollo gives: the current ``{"success", "tasks"}`` object, or the older bare ``true``."""
    models = _models()
    if parsed is True:
        result: BulkCreateTasksResponse = models.BulkCreateTasksResponse(success=True)
        return result
    if isinstance(parsed, models.BulkCreateTasksResponse) and parsed.success is not False:
        answer: BulkCreateTasksResponse = parsed
        return answer
    raise ValueError(f"expected true or an object with success=true, got {getattr(parsed, 'raw', parsed)!r}")


def _created(parsed: Any) -> Task:
    """The task of a create answer: in its ``task`` envelope, or bare (seen in some answers)."""
    models = _models()
    task: Any = getattr(parsed, "task", None)
    if not isinstance(task, models.Task):
        raw = getattr(parsed, "raw", None)
        if not (isinstance(raw, dict) and "id" in raw and "task" not in raw):
            raise ValueError("the answer holds no task")
        task = models.Task.from_dict(raw)
    created: Task = task
    return created


API = ApiDefinition(
    name="Apollo",
    package_name="crmtasks_apollo",
    credentials=(
        Credential((("api_key", "APOLLO_API_KEY", "apiKey"),)),
        Credential((("access_token", "APOLLO_ACCESS_TOKEN", "oauth2"),)),
    ),
    unwraps={"create_task": _created, "bulk_create_tasks": _bulk_created},
)


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
