from enum import StrEnum


class TaskPriority(StrEnum):
    CRITICAL = "CRITICAL"
    ESSENTIAL = "ESSENTIAL"
    NONESSENTIAL = "NONESSENTIAL"

    def __str__(self) -> str:
        return str(self.value)
