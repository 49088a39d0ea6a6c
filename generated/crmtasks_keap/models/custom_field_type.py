from enum import StrEnum


class CustomFieldType(StrEnum):
    CURRENCY = "CURRENCY"
    DATE = "DATE"
    DATE_TIME = "DATE_TIME"
    DAY_OF_WEEK = "DAY_OF_WEEK"
    DECIMAL_NUMBER = "DECIMAL_NUMBER"
    DRILLDOWN = "DRILLDOWN"
    DROPDOWN = "DROPDOWN"
    EMAIL = "EMAIL"
    LIST_BOX = "LIST_BOX"
    MONTH = "MONTH"
    NAME = "NAME"
    PERCENT = "PERCENT"
    PHONE_NUMBER = "PHONE_NUMBER"
    RADIO = "RADIO"
    SOCIAL_SECURITY_NUMBER = "SOCIAL_SECURITY_NUMBER"
    STATE = "STATE"
    TEXT = "TEXT"
    TEXT_AREA = "TEXT_AREA"
    USER = "USER"
    USER_LIST_BOX = "USER_LIST_BOX"
    WEBSITE = "WEBSITE"
    WHOLE_NUMBER = "WHOLE_NUMBER"
    YEAR = "YEAR"
    YES_NO = "YES_NO"

    def __str__(self) -> str:
        return str(self.value)
