import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.sort_order import SortOrder
from ...models.task_list_envelope import TaskListEnvelope
from ...models.task_priority import TaskPriority
from ...models.task_sort_field import TaskSortField
from ...models.task_status import TaskStatus
from ...types import UNSET, Unset, json_body


def _get_kwargs(
    *,
    page_size: int | Unset = 10,
    page_index: int | Unset = 0,
    search: str | Unset = UNSET,
    status: TaskStatus | Unset = UNSET,
    priority: TaskPriority | Unset = UNSET,
    assigned_user_id: int | Unset = UNSET,
    due_date_from: datetime.date | Unset = UNSET,
    due_date_to: datetime.date | Unset = UNSET,
    sort_by: TaskSortField | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["pageIndex"] = page_index

    params["search"] = search

    json_status: int | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_priority: int | Unset = UNSET
    if not isinstance(priority, Unset):
        json_priority = priority.value

    params["priority"] = json_priority

    params["assigned_user_id"] = assigned_user_id

    json_due_date_from: str | Unset = UNSET
    if not isinstance(due_date_from, Unset):
        json_due_date_from = due_date_from.isoformat()
    params["due_date_from"] = json_due_date_from

    json_due_date_to: str | Unset = UNSET
    if not isinstance(due_date_to, Unset):
        json_due_date_to = due_date_to.isoformat()
    params["due_date_to"] = json_due_date_to

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/tasks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TaskListEnvelope | None:
    if response.status_code == 200:
        response_200 = TaskListEnvelope.from_dict(json_body(response))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(json_body(response))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(json_body(response))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(json_body(response))

        return response_403

    if response.status_code == 422:
        response_422 = ErrorEnvelope.from_dict(json_body(response))

        return response_422

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(json_body(response))

        return response_500

    if 200 <= response.status_code <= 299:
        response_200 = TaskListEnvelope.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def build_request(
    *,
    page_size: int | Unset = 10,
    page_index: int | Unset = 0,
    search: str | Unset = UNSET,
    status: TaskStatus | Unset = UNSET,
    priority: TaskPriority | Unset = UNSET,
    assigned_user_id: int | Unset = UNSET,
    due_date_from: datetime.date | Unset = UNSET,
    due_date_to: datetime.date | Unset = UNSET,
    sort_by: TaskSortField | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation.

    Added by crmtasks' template so that the wrapper can send, retry and time
    requests itself while this module still decides what goes on the wire.
    """
    return _get_kwargs(
        page_size=page_size,
        page_index=page_index,
        search=search,
        status=status,
        priority=priority,
        assigned_user_id=assigned_user_id,
        due_date_from=due_date_from,
        due_date_to=due_date_to,
        sort_by=sort_by,
        sort_order=sort_order,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TaskListEnvelope | None:
    """This operation's declared model for ``response`` (None for an undeclared status)."""
    return _parse_response(client=client, response=response)
