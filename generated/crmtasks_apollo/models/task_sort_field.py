from enum import StrEnum


class TaskSortField(StrEnum):
    TASK_CREATED_AT = "task_created_at"
    TASK_DUE_AT = "task_due_at"
    TASK_PRIORITY = "task_priority"

    def __str__(self) -> str:
        return str(self.value)
