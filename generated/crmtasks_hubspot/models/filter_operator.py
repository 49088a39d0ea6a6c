from enum import StrEnum


class FilterOperator(StrEnum):
    BETWEEN = "BETWEEN"
    CONTAINS_TOKEN = "CONTAINS_TOKEN"
    EQ = "EQ"
    GT = "GT"
    GTE = "GTE"
    HAS_PROPERTY = "HAS_PROPERTY"
    IN = "IN"
    LT = "LT"
    LTE = "LTE"
    NEQ = "NEQ"
    NOT_CONTAINS_TOKEN = "NOT_CONTAINS_TOKEN"
    NOT_HAS_PROPERTY = "NOT_HAS_PROPERTY"
    NOT_IN = "NOT_IN"

    def __str__(self) -> str:
        return str(self.value)
