from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_tasks_response import ListTasksResponse
from ...models.quota_error import QuotaError
from ...models.task_optional_property import TaskOptionalProperty
from ...models.task_order_by import TaskOrderBy
from ...types import UNSET, Unset, json_body


def _get_kwargs(
    *,
    filter_: str | Unset = UNSET,
    order_by: TaskOrderBy | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    fields: list[TaskOptionalProperty] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter"] = filter_

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["order_by"] = json_order_by

    params["page_size"] = page_size

    params["page_token"] = page_token

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = []
        for fields_item_data in fields:
            fields_item = fields_item_data.value
            json_fields.append(fields_item)

    params["fields"] = json_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/tasks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListTasksResponse | QuotaError | None:
    if response.status_code == 200:
        response_200 = ListTasksResponse.from_dict(json_body(response))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(json_body(response))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(json_body(response))

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(json_body(response))

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(json_body(response))

        return response_404

    if response.status_code == 405:
        response_405 = Error.from_dict(json_body(response))

        return response_405

    if response.status_code == 409:
        response_409 = Error.from_dict(json_body(response))

        return response_409

    if response.status_code == 429:
        response_429 = QuotaError.from_dict(json_body(response))

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(json_body(response))

        return response_500

    if response.status_code == 501:
        response_501 = Error.from_dict(json_body(response))

        return response_501

    if 200 <= response.status_code <= 299:
        response_200 = ListTasksResponse.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def build_request(
    *,
    filter_: str | Unset = UNSET,
    order_by: TaskOrderBy | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    fields: list[TaskOptionalProperty] | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation.

    Added by crmtasks' template so that the wrapper can send, retry and time
    requests itself while this module still decides what goes on the wire.
    """
    return _get_kwargs(
        filter_=filter_,
        order_by=order_by,
        page_size=page_size,
        page_token=page_token,
        fields=fields,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListTasksResponse | QuotaError | None:
    """This operation's declared model for ``response`` (None for an undeclared status)."""
    return _parse_response(client=client, response=response)
