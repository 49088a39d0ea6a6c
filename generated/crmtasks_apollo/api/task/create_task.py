from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.apollo_error import ApolloError
from ...models.create_task_request import CreateTaskRequest
from ...models.create_task_response import CreateTaskResponse
from ...types import Response, json_body


def _get_kwargs(
    *,
    body: CreateTaskRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tasks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApolloError | CreateTaskResponse | None:
    if response.status_code == 200:
        response_200 = CreateTaskResponse.from_dict(json_body(response))

        return response_200

    if response.status_code == 401:
        response_401 = ApolloError.from_dict(json_body(response))

        return response_401

    if response.status_code == 403:
        response_403 = ApolloError.from_dict(json_body(response))

        return response_403

    if response.status_code == 422:
        response_422 = ApolloError.from_dict(json_body(response))

        return response_422

    if response.status_code == 429:
        response_429 = ApolloError.from_dict(json_body(response))

        return response_429

    if response.status_code == 500:
        response_500 = ApolloError.from_dict(json_body(response))

        return response_500

    if 200 <= response.status_code <= 299:
        response_200 = CreateTaskResponse.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApolloError | CreateTaskResponse]:
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
) -> Response[ApolloError | CreateTaskResponse]:
    """Create a single task

     Creates one task for one contact and returns the new task. This
    operation is taken from Apollo's current documentation; the older
    seed documentation only describes the bulk variant.

    As with bulk creation, nothing is de-duplicated: a repeated call
    creates another task with the same details. Needs a master API key
    or one scoped to this endpoint; other keys are refused with 403.

    Args:
        body (CreateTaskRequest): Fields of a single task to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApolloError | CreateTaskResponse]
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
) -> ApolloError | CreateTaskResponse | None:
    """Create a single task

     Creates one task for one contact and returns the new task. This
    operation is taken from Apollo's current documentation; the older
    seed documentation only describes the bulk variant.

    As with bulk creation, nothing is de-duplicated: a repeated call
    creates another task with the same details. Needs a master API key
    or one scoped to this endpoint; other keys are refused with 403.

    Args:
        body (CreateTaskRequest): Fields of a single task to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApolloError | CreateTaskResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTaskRequest,
) -> Response[ApolloError | CreateTaskResponse]:
    """Create a single task

     Creates one task for one contact and returns the new task. This
    operation is taken from Apollo's current documentation; the older
    seed documentation only describes the bulk variant.

    As with bulk creation, nothing is de-duplicated: a repeated call
    creates another task with the same details. Needs a master API key
    or one scoped to this endpoint; other keys are refused with 403.

    Args:
        body (CreateTaskRequest): Fields of a single task to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApolloError | CreateTaskResponse]
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
) -> ApolloError | CreateTaskResponse | None:
    """Create a single task

     Creates one task for one contact and returns the new task. This
    operation is taken from Apollo's current documentation; the older
    seed documentation only describes the bulk variant.

    As with bulk creation, nothing is de-duplicated: a repeated call
    creates another task with the same details. Needs a master API key
    or one scoped to this endpoint; other keys are refused with 403.

    Args:
        body (CreateTaskRequest): Fields of a single task to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApolloError | CreateTaskResponse
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
) -> ApolloError | CreateTaskResponse | None:
    """This operation's declared model for ``response`` (None for an undeclared status)."""
    return _parse_response(client=client, response=response)
