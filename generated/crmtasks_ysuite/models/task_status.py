from enum import IntEnum


class TaskStatus(IntEnum):
    OPEN = 0
    IN_PROGRESS = 1
    COMPLETED = 2
    CANCELLED = 3
    NO_SHOW = 4

    def __str__(self) -> str:
        return str(self.value)
