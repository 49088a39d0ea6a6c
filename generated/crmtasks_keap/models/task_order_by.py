from enum import StrEnum


class TaskOrderBy(StrEnum):
    CREATE_TIME_ASC = "create_time asc"
    CREATE_TIME_DESC = "create_time desc"
    DUE_TIME_ASC = "due_time asc"
    DUE_TIME_DESC = "due_time desc"
    ID_ASC = "id asc"
    ID_DESC = "id desc"
    UPDATE_TIME_ASC = "update_time asc"
    UPDATE_TIME_DESC = "update_time desc"

    def __str__(self) -> str:
        return str(self.value)
