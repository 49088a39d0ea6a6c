from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.quota_error import QuotaError
from ...models.task import Task
from ...models.task_optional_property import TaskOptionalProperty
from ...types import UNSET, Unset, json_body


def _get_kwargs(
    *,
    body: dict[str, Any],
    fields: list[TaskOptionalProperty] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = []
        for fields_item_data in fields:
            fields_item = fields_item_data.value
            json_fields.append(fields_item)

    params["fields"] = json_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/tasks",
        "params": params,
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | QuotaError | Task | None:
    if response.status_code == 201:
        response_201 = Task.from_dict(json_body(response))

        return response_201

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
        response_201 = Task.from_dict(json_body(response))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def build_request(
    *,
    body: dict[str, Any],
    fields: list[TaskOptionalProperty] | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation.

    Added by crmtasks' template so that the wrapper can send, retry and time
    requests itself while this module still decides what goes on the wire.
    """
    return _get_kwargs(
        body=body,
        fields=fields,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | QuotaError | Task | None:
    """This operation's declared model for ``response`` (None for an undeclared status)."""
    return _parse_response(client=client, response=response)
