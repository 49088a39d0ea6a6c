from enum import StrEnum


class TaskUpdateField(StrEnum):
    ACCEPTED = "accepted"
    ASSIGNED_TO_USER_ID = "assigned_to_user_id"
    COMPLETED = "completed"
    COMPLETION_TIME = "completion_time"
    CONTACT_ID = "contact_id"
    CUSTOM_FIELDS = "custom_fields"
    DESCRIPTION = "description"
    DUE_TIME = "due_time"
    ID = "id"
    LAST_UPDATED_BY_USER_ID = "last_updated_by_user_id"
    OPPORTUNITY_ID = "opportunity_id"
    PRIORITY = "priority"
    REMIND_TIME_MINS = "remind_time_mins"
    TITLE = "title"
    TYPE = "type"

    def __str__(self) -> str:
        return str(self.value)
