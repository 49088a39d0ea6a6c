from enum import StrEnum


class CustomFieldGroupUpdateField(StrEnum):
    NAME = "name"
    ORDER = "order"
    TAB_ID = "tab_id"

    def __str__(self) -> str:
        return str(self.value)
