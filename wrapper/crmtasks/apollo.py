"""Apollo.io tasks: ``crmtasks.Apollo`` and ``crmtasks.AsyncApollo``.

::

    apollo = crmtasks.Apollo()  # api_key= or APOLLO_API_KEY; or access_token= or APOLLO_ACCESS_TOKEN
    for task in apollo.tasks.search(sort_by_field="task_due_at"):
        print(task.id, task.type_, task.due_at)
    created = apollo.tasks.bulk_create(contact_ids=["..."], priority="high", type="call", due_at=datetime(...))
    created.tasks  # the created tasks, or None when Apollo answered the bare ``true`` of its older API
    task = apollo.tasks.get(task_id)
    apollo.tasks.update(task_id, note="...")  # sends the task's current priority and creator_id along
    apollo.tasks.complete(task_id, note="...")  # completing a completed task again answers it
    apollo.tasks.skip(task_id, note="...")  # skipping a completed task raises TaskAlreadyResolvedError

The models are the generated ones of ``crmtasks_apollo.models``. Get, update,
complete and skip take more than one request at times (read-modify-write,
reading back what a 422 means): their steps are in ``crmtasks._apollo``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._apollo import TaskAlreadyResolvedError, TaskDeletedError
from ._face import served

if TYPE_CHECKING:
    from crmtasks_apollo.clients import Apollo, AsyncApollo
    from crmtasks_apollo.models import (
        BulkCreateTasksResponse,
        SearchTasksResponse,
        Task,
        TaskPriority,
        TaskSortField,
        TaskStatus,
        TaskType,
    )

__all__ = [
    "Apollo",
    "AsyncApollo",
    "BulkCreateTasksResponse",
    "SearchTasksResponse",
    "Task",
    "TaskAlreadyResolvedError",
    "TaskDeletedError",
    "TaskPriority",
    "TaskSortField",
    "TaskStatus",
    "TaskType",
]

__getattr__ = served("crmtasks_apollo", __name__, ("Apollo", "AsyncApollo"))
