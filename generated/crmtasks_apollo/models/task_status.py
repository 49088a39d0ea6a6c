from enum import StrEnum


class TaskStatus(StrEnum):
    ARCHIVED = "archived"
    COMPLETED = "completed"
    SCHEDULED = "scheduled"
    SKIPPED = "skipped"

    def __str__(self) -> str:
        return str(self.value)
