from enum import IntEnum


class TaskPriority(IntEnum):
    NONE = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    URGENT = 4

    def __str__(self) -> str:
        return str(self.value)
