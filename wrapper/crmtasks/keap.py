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

from crmtasks_keap.clients import AsyncBase, SyncBase

from ._core import ApiDefinition
from ._operations import models_getattr

if TYPE_CHECKING:
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

API = ApiDefinition(
    name="Keap",
    package_name="crmtasks_keap",
)


class Keap(SyncBase):
    """Client for Keap REST v2 tasks.

    Credentials: ``api_key=`` (a Personal Access Token or Service Account Key,
    sent as ``X-Keap-API-Key``) or ``access_token=`` (OAuth2, sent as a bearer
    token); without either, ``KEAP_API_KEY`` or ``KEAP_ACCESS_TOKEN`` from the
    environment. ``base_url`` defaults to the spec's server. ``timeout``
    (seconds or an ``httpx.Timeout``) and ``max_retries`` (default 2) apply to
    every call unless the call passes its own. ``http_client`` lends an
    ``httpx.Client`` that the client uses and does not close.

    Answers are read leniently: a value the spec does not allow (an unlisted
    enum value, a null, ``"5"`` for an integer) is kept or coerced, reported
    once as a ``crmtasks.ResponseValidationWarning``, and the object it came
    in stays whole in ``.raw``. ``strict_responses=True`` raises
    ``crmtasks.APIResponseValidationError`` instead.
    """

    _api = API


class AsyncKeap(AsyncBase):
    """The async twin of Keap: the same options, ``http_client`` takes an ``httpx.AsyncClient``."""

    _api = API


__getattr__ = models_getattr(API, __name__)
