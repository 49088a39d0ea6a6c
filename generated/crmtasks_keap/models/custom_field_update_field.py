from enum import StrEnum


class CustomFieldUpdateField(StrEnum):
    GROUP_ID = "group_id"
    LABEL = "label"
    OPTIONS = "options"

    def __str__(self) -> str:
        return str(self.value)
