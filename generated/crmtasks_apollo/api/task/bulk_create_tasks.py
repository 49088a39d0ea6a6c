from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.apollo_error import ApolloError
from ...models.bulk_create_tasks_request import BulkCreateTasksRequest
from ...models.bulk_create_tasks_response import BulkCreateTasksResponse
from ...types import Response, json_body


def _get_kwargs(
    *,
    body: BulkCreateTasksRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tasks/bulk_create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApolloError | bool | BulkCreateTasksResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> bool | BulkCreateTasksResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = BulkCreateTasksResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BulkCreateTasksResponse, data)

        response_200 = _parse_response_200(json_body(response))

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

        def _parse_response_200(data: object) -> bool | BulkCreateTasksResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = BulkCreateTasksResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BulkCreateTasksResponse, data)

        response_200 = _parse_response_200(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApolloError | bool | BulkCreateTasksResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkCreateTasksRequest,
) -> Response[ApolloError | bool | BulkCreateTasksResponse]:
    """Create one task for each of several contacts

     Creates a separate task for every contact id listed in `contact_ids`,
    all sharing the owner, type, priority, status, due date and note given
    in the request. Apollo does not de-duplicate tasks: each call adds new
    tasks even when identical ones already exist, so retrying a call that
    actually succeeded produces duplicates.

    Apollo's current reference answers `{"success": true, "tasks": [...]}`
    with the created tasks, one per contact id; its older documentation
    (and older deployments) answer the bare JSON value `true` and return
    no tasks (use `searchTasks` to read them back). Both are declared.
    Needs a master API key or one scoped to this endpoint; other keys are
    refused with 403.

    Args:
        body (BulkCreateTasksRequest): Details shared by all tasks of a bulk creation; one task is
            made
            per entry in `contact_ids`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApolloError | bool | BulkCreateTasksResponse]
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
    body: BulkCreateTasksRequest,
) -> ApolloError | bool | BulkCreateTasksResponse | None:
    """Create one task for each of several contacts

     Creates a separate task for every contact id listed in `contact_ids`,
    all sharing the owner, type, priority, status, due date and note given
    in the request. Apollo does not de-duplicate tasks: each call adds new
    tasks even when identical ones already exist, so retrying a call that
    actually succeeded produces duplicates.

    Apollo's current reference answers `{"success": true, "tasks": [...]}`
    with the created tasks, one per contact id; its older documentation
    (and older deployments) answer the bare JSON value `true` and return
    no tasks (use `searchTasks` to read them back). Both are declared.
    Needs a master API key or one scoped to this endpoint; other keys are
    refused with 403.

    Args:
        body (BulkCreateTasksRequest): Details shared by all tasks of a bulk creation; one task is
            made
            per entry in `contact_ids`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApolloError | bool | BulkCreateTasksResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkCreateTasksRequest,
) -> Response[ApolloError | bool | BulkCreateTasksResponse]:
    """Create one task for each of several contacts

     Creates a separate task for every contact id listed in `contact_ids`,
    all sharing the owner, type, priority, status, due date and note given
    in the request. Apollo does not de-duplicate tasks: each call adds new
    tasks even when identical ones already exist, so retrying a call that
    actually succeeded produces duplicates.

    Apollo's current reference answers `{"success": true, "tasks": [...]}`
    with the created tasks, one per contact id; its older documentation
    (and older deployments) answer the bare JSON value `true` and return
    no tasks (use `searchTasks` to read them back). Both are declared.
    Needs a master API key or one scoped to this endpoint; other keys are
    refused with 403.

    Args:
        body (BulkCreateTasksRequest): Details shared by all tasks of a bulk creation; one task is
            made
            per entry in `contact_ids`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApolloError | bool | BulkCreateTasksResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulkCreateTasksRequest,
) -> ApolloError | bool | BulkCreateTasksResponse | None:
    """Create one task for each of several contacts

     Creates a separate task for every contact id listed in `contact_ids`,
    all sharing the owner, type, priority, status, due date and note given
    in the request. Apollo does not de-duplicate tasks: each call adds new
    tasks even when identical ones already exist, so retrying a call that
    actually succeeded produces duplicates.

    Apollo's current reference answers `{"success": true, "tasks": [...]}`
    with the created tasks, one per contact id; its older documentation
    (and older deployments) answer the bare JSON value `true` and return
    no tasks (use `searchTasks` to read them back). Both are declared.
    Needs a master API key or one scoped to this endpoint; other keys are
    refused with 403.

    Args:
        body (BulkCreateTasksRequest): Details shared by all tasks of a bulk creation; one task is
            made
            per entry in `contact_ids`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApolloError | bool | BulkCreateTasksResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def build_request(
    *,
    body: BulkCreateTasksRequest,
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
) -> ApolloError | bool | BulkCreateTasksResponse | None:
    """This operation's declared model for ``response`` (None for an undeclared status)."""
    return _parse_response(client=client, response=response)
