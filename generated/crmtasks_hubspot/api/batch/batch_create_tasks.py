from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.task_batch_result import TaskBatchResult
from ...models.task_batch_result_with_errors import TaskBatchResultWithErrors
from ...types import json_body


def _get_kwargs(
    *,
    body: dict[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/crm/v3/objects/tasks/batch/create",
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TaskBatchResult | TaskBatchResultWithErrors | None:
    if response.status_code == 201:
        response_201 = TaskBatchResult.from_dict(json_body(response))

        return response_201

    if response.status_code == 207:
        response_207 = TaskBatchResultWithErrors.from_dict(json_body(response))

        return response_207

    if response.status_code == 400:
        response_400 = Error.from_dict(json_body(response))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(json_body(response))

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(json_body(response))

        return response_403

    if response.status_code == 429:
        response_429 = Error.from_dict(json_body(response))

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(json_body(response))

        return response_500

    if 200 <= response.status_code <= 299:
        response_201 = TaskBatchResult.from_dict(json_body(response))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def build_request(
    *,
    body: dict[str, Any],
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation.

    Added by crmtasks' template so that the wrapper can send, retry and time
    requests itself while this module still decides what goes on the wire.
    """
    return _get_kwargs(
        body=body,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TaskBatchResult | TaskBatchResultWithErrors | None:
    """This operation's declared model for ``response`` (None for an undeclared status)."""
    return _parse_response(client=client, response=response)
