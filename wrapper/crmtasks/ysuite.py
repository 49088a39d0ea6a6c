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

from typing import TYPE_CHECKING

from ._face import served

if TYPE_CHECKING:
    from crmtasks_ysuite.clients import AsyncYSuite, YSuite
    from crmtasks_ysuite.models import (
        CreatedTask,
        SortOrder,
        Task,
        TaskPriority,
        TaskSortField,
        TaskStatus,
    )

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

__getattr__ = served("crmtasks_ysuite", __name__, ("YSuite", "AsyncYSuite"))
