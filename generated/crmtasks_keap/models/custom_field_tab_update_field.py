from enum import StrEnum


class CustomFieldTabUpdateField(StrEnum):
    NAME = "name"
    ORDER = "order"

    def __str__(self) -> str:
        return str(self.value)
