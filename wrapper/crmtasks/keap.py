"""Keap REST v2 tasks: ``crmtasks.Keap`` and ``crmtasks.AsyncKeap``.

::

    keap = crmtasks.Keap()  # api_key= or KEAP_API_KEY; or access_token= or KEAP_ACCESS_TOKEN
    for task in keap.tasks.list(contact_id="123", is_completed=False, order_by=("due_time", "desc")):
        print(task.title)
    task = keap.tasks.create(title="Call back", assigned_to_user_id="42", due_time=datetime(..., tzinfo=UTC))
    keap.tasks.update(task.id, completed=True)

The models are the generated ones of ``crmtasks_keap.models``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._face import served

if TYPE_CHECKING:
    from crmtasks_keap.clients import AsyncKeap, Keap
    from crmtasks_keap.models import (
        CreateCustomFieldResponse,
        CustomFieldMetaData,
        CustomFieldType,
        ObjectModel,
        ReminderMinutes,
        Task,
        TaskOptionalProperty,
        TaskOrderBy,
        TaskPriority,
    )

__all__ = [
    "AsyncKeap",
    "CreateCustomFieldResponse",
    "CustomFieldMetaData",
    "CustomFieldType",
    "Keap",
    "ObjectModel",
    "ReminderMinutes",
    "Task",
    "TaskOptionalProperty",
    "TaskOrderBy",
    "TaskPriority",
]

__getattr__ = served("crmtasks_keap", __name__, ("Keap", "AsyncKeap"))
