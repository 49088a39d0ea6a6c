from enum import StrEnum


class TaskOpenFactorName(StrEnum):
    TASK_TYPES = "task_types"

    def __str__(self) -> str:
        return str(self.value)
