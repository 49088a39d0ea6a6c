from enum import StrEnum


class RecordType(StrEnum):
    COMPANY = "COMPANY"
    CONTACT = "CONTACT"
    OPPORTUNITY = "OPPORTUNITY"
    ORDER = "ORDER"
    REFERRAL_PARTNER = "REFERRAL_PARTNER"
    SUBSCRIPTION = "SUBSCRIPTION"
    TASK_NOTE_APPOINTMENT = "TASK_NOTE_APPOINTMENT"

    def __str__(self) -> str:
        return str(self.value)
