from enum import StrEnum


class TaskType(StrEnum):
    ACTION_ITEM = "action_item"
    CALL = "call"
    LINKEDIN_STEP_CONNECT = "linkedin_step_connect"
    LINKEDIN_STEP_INTERACT_POST = "linkedin_step_interact_post"
    LINKEDIN_STEP_MESSAGE = "linkedin_step_message"
    LINKEDIN_STEP_VIEW_PROFILE = "linkedin_step_view_profile"
    OUTREACH_MANUAL_EMAIL = "outreach_manual_email"

    def __str__(self) -> str:
        return str(self.value)
