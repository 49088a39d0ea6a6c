from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.apollo_error import ApolloError
from ...models.task_response import TaskResponse
from ...types import Response, json_body


def _get_kwargs(
    task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tasks/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApolloError | TaskResponse | None:
    if response.status_code == 200:
        response_200 = TaskResponse.from_dict(json_body(response))

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
        response_200 = TaskResponse.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApolloError | TaskResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApolloError | TaskResponse]:
    """Get a task

     Returns one task of the team with everything Apollo knows of it: its
    account and contact when it has them, and, depending on its type,
    details such as the logged phone call of a call task. A task that no
    longer exists is answered with 422 (the error says it has been
    deleted), not 404; crmtasks raises `crmtasks.apollo.TaskDeletedError`
    (a `crmtasks.NotFoundError`) for it.

    Needs a master API key or one scoped to `api/v1/tasks/show`.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApolloError | TaskResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApolloError | TaskResponse | None:
    """Get a task

     Returns one task of the team with everything Apollo knows of it: its
    account and contact when it has them, and, depending on its type,
    details such as the logged phone call of a call task. A task that no
    longer exists is answered with 422 (the error says it has been
    deleted), not 404; crmtasks raises `crmtasks.apollo.TaskDeletedError`
    (a `crmtasks.NotFoundError`) for it.

    Needs a master API key or one scoped to `api/v1/tasks/show`.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApolloError | TaskResponse
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApolloError | TaskResponse]:
    """Get a task

     Returns one task of the team with everything Apollo knows of it: its
    account and contact when it has them, and, depending on its type,
    details such as the logged phone call of a call task. A task that no
    longer exists is answered with 422 (the error says it has been
    deleted), not 404; crmtasks raises `crmtasks.apollo.TaskDeletedError`
    (a `crmtasks.NotFoundError`) for it.

    Needs a master API key or one scoped to `api/v1/tasks/show`.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApolloError | TaskResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApolloError | TaskResponse | None:
    """Get a task

     Returns one task of the team with everything Apollo knows of it: its
    account and contact when it has them, and, depending on its type,
    details such as the logged phone call of a call task. A task that no
    longer exists is answered with 422 (the error says it has been
    deleted), not 404; crmtasks raises `crmtasks.apollo.TaskDeletedError`
    (a `crmtasks.NotFoundError`) for it.

    Needs a master API key or one scoped to `api/v1/tasks/show`.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApolloError | TaskResponse
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
        )
    ).parsed


def build_request(
    task_id: str,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation.

    Added by crmtasks' template so that the wrapper can send, retry and time
    requests itself while this module still decides what goes on the wire.
    """
    return _get_kwargs(
        task_id=task_id,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApolloError | TaskResponse | None:
    """This operation's declared model for ``response`` (None for an undeclared status)."""
    return _parse_response(client=client, response=response)
