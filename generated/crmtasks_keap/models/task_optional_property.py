from enum import StrEnum


class TaskOptionalProperty(StrEnum):
    CUSTOM_FIELDS = "custom_fields"

    def __str__(self) -> str:
        return str(self.value)
