"""Contains all the data models used in inputs/outputs"""

from .create_task_request import CreateTaskRequest
from .created_task import CreatedTask
from .created_task_envelope import CreatedTaskEnvelope
from .error_envelope import ErrorEnvelope
from .error_envelope_errors import ErrorEnvelopeErrors
from .sort_order import SortOrder
from .task import Task
from .task_envelope import TaskEnvelope
from .task_list_envelope import TaskListEnvelope
from .task_page import TaskPage
from .task_priority import TaskPriority
from .task_sort_field import TaskSortField
from .task_status import TaskStatus

__all__ = (
    "CreateTaskRequest",
    "CreatedTask",
    "CreatedTaskEnvelope",
    "ErrorEnvelope",
    "ErrorEnvelopeErrors",
    "SortOrder",
    "Task",
    "TaskEnvelope",
    "TaskListEnvelope",
    "TaskPage",
    "TaskPriority",
    "TaskSortField",
    "TaskStatus",
)
