from enum import StrEnum


class TaskSortField(StrEnum):
    ACTIVITY_ID = "activity_id"
    END_DATETIME = "end_datetime"
    PRIORITY = "priority"
    START_DATETIME = "start_datetime"
    STATUS = "status"
    TITLE = "title"

    def __str__(self) -> str:
        return str(self.value)
