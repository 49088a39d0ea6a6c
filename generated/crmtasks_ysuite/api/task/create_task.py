from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_task_request import CreateTaskRequest
from ...models.created_task_envelope import CreatedTaskEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, json_body


def _get_kwargs(
    *,
    body: CreateTaskRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/tasks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatedTaskEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CreatedTaskEnvelope.from_dict(json_body(response))

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
        response_200 = CreatedTaskEnvelope.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreatedTaskEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTaskRequest,
) -> Response[CreatedTaskEnvelope | ErrorEnvelope]:
    """Create a task

     Creates a task linked to a contact, a deal or both. The answer holds
    only the new task's id, title and activity type.

    Args:
        body (CreateTaskRequest): A new task. At least one of `deal_id` and `cstid` must be given;
            the
            service sets `activity_type` to `Task` itself.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedTaskEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTaskRequest,
) -> CreatedTaskEnvelope | ErrorEnvelope | None:
    """Create a task

     Creates a task linked to a contact, a deal or both. The answer holds
    only the new task's id, title and activity type.

    Args:
        body (CreateTaskRequest): A new task. At least one of `deal_id` and `cstid` must be given;
            the
            service sets `activity_type` to `Task` itself.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedTaskEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTaskRequest,
) -> Response[CreatedTaskEnvelope | ErrorEnvelope]:
    """Create a task

     Creates a task linked to a contact, a deal or both. The answer holds
    only the new task's id, title and activity type.

    Args:
        body (CreateTaskRequest): A new task. At least one of `deal_id` and `cstid` must be given;
            the
            service sets `activity_type` to `Task` itself.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedTaskEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTaskRequest,
) -> CreatedTaskEnvelope | ErrorEnvelope | None:
    """Create a task

     Creates a task linked to a contact, a deal or both. The answer holds
    only the new task's id, title and activity type.

    Args:
        body (CreateTaskRequest): A new task. At least one of `deal_id` and `cstid` must be given;
            the
            service sets `activity_type` to `Task` itself.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedTaskEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def build_request(
    *,
    body: CreateTaskRequest,
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
) -> CreatedTaskEnvelope | ErrorEnvelope | None:
    """This operation's declared model for ``response`` (None for an undeclared status)."""
    return _parse_response(client=client, response=response)
