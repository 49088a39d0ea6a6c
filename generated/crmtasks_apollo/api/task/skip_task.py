from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.apollo_error import ApolloError
from ...models.skip_task_request import SkipTaskRequest
from ...models.task_response import TaskResponse
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    task_id: str,
    *,
    body: SkipTaskRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tasks/{task_id}/skip".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: SkipTaskRequest | Unset = UNSET,
) -> Response[ApolloError | TaskResponse]:
    """Skip a task

     Marks a scheduled task as skipped (not done, deliberately), optionally
    recording a note, and answers with the task's `id`, `status`, `note`
    and `completed` only. Apollo answers 422 for a task that is already
    completed or skipped, without saying which; crmtasks then reads the
    task back: skipped already (a repeat whose first answer was lost, or
    someone else's skip) is the success it looks like and answers the task
    as read; completed raises `crmtasks.apollo.TaskAlreadyResolvedError`
    (a skip after a complete is an error); otherwise Apollo's 422 stands.
    A task that no longer exists, which Apollo answers with 200 and
    `deleted: true`, raises `crmtasks.apollo.TaskDeletedError`.

    Apollo also answers 422 when an admin has barred users from skipping
    other users' tasks. Because a repeat converges on the same outcome,
    the operation is declared `x-idempotent` and crmtasks retries it
    after a lost answer.

    Needs a master API key or one scoped to `api/v1/tasks/skip`.

    Args:
        task_id (str):
        body (SkipTaskRequest | Unset): What to record when skipping a task.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApolloError | TaskResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SkipTaskRequest | Unset = UNSET,
) -> ApolloError | TaskResponse | None:
    """Skip a task

     Marks a scheduled task as skipped (not done, deliberately), optionally
    recording a note, and answers with the task's `id`, `status`, `note`
    and `completed` only. Apollo answers 422 for a task that is already
    completed or skipped, without saying which; crmtasks then reads the
    task back: skipped already (a repeat whose first answer was lost, or
    someone else's skip) is the success it looks like and answers the task
    as read; completed raises `crmtasks.apollo.TaskAlreadyResolvedError`
    (a skip after a complete is an error); otherwise Apollo's 422 stands.
    A task that no longer exists, which Apollo answers with 200 and
    `deleted: true`, raises `crmtasks.apollo.TaskDeletedError`.

    Apollo also answers 422 when an admin has barred users from skipping
    other users' tasks. Because a repeat converges on the same outcome,
    the operation is declared `x-idempotent` and crmtasks retries it
    after a lost answer.

    Needs a master API key or one scoped to `api/v1/tasks/skip`.

    Args:
        task_id (str):
        body (SkipTaskRequest | Unset): What to record when skipping a task.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApolloError | TaskResponse
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SkipTaskRequest | Unset = UNSET,
) -> Response[ApolloError | TaskResponse]:
    """Skip a task

     Marks a scheduled task as skipped (not done, deliberately), optionally
    recording a note, and answers with the task's `id`, `status`, `note`
    and `completed` only. Apollo answers 422 for a task that is already
    completed or skipped, without saying which; crmtasks then reads the
    task back: skipped already (a repeat whose first answer was lost, or
    someone else's skip) is the success it looks like and answers the task
    as read; completed raises `crmtasks.apollo.TaskAlreadyResolvedError`
    (a skip after a complete is an error); otherwise Apollo's 422 stands.
    A task that no longer exists, which Apollo answers with 200 and
    `deleted: true`, raises `crmtasks.apollo.TaskDeletedError`.

    Apollo also answers 422 when an admin has barred users from skipping
    other users' tasks. Because a repeat converges on the same outcome,
    the operation is declared `x-idempotent` and crmtasks retries it
    after a lost answer.

    Needs a master API key or one scoped to `api/v1/tasks/skip`.

    Args:
        task_id (str):
        body (SkipTaskRequest | Unset): What to record when skipping a task.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApolloError | TaskResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SkipTaskRequest | Unset = UNSET,
) -> ApolloError | TaskResponse | None:
    """Skip a task

     Marks a scheduled task as skipped (not done, deliberately), optionally
    recording a note, and answers with the task's `id`, `status`, `note`
    and `completed` only. Apollo answers 422 for a task that is already
    completed or skipped, without saying which; crmtasks then reads the
    task back: skipped already (a repeat whose first answer was lost, or
    someone else's skip) is the success it looks like and answers the task
    as read; completed raises `crmtasks.apollo.TaskAlreadyResolvedError`
    (a skip after a complete is an error); otherwise Apollo's 422 stands.
    A task that no longer exists, which Apollo answers with 200 and
    `deleted: true`, raises `crmtasks.apollo.TaskDeletedError`.

    Apollo also answers 422 when an admin has barred users from skipping
    other users' tasks. Because a repeat converges on the same outcome,
    the operation is declared `x-idempotent` and crmtasks retries it
    after a lost answer.

    Needs a master API key or one scoped to `api/v1/tasks/skip`.

    Args:
        task_id (str):
        body (SkipTaskRequest | Unset): What to record when skipping a task.

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
            body=body,
        )
    ).parsed


def build_request(
    task_id: str,
    *,
    body: SkipTaskRequest | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation.

    Added by crmtasks' template so that the wrapper can send, retry and time
    requests itself while this module still decides what goes on the wire.
    """
    return _get_kwargs(
        task_id=task_id,
        body=body,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApolloError | TaskResponse | None:
    """This operation's declared model for ``response`` (None for an undeclared status)."""
    return _parse_response(client=client, response=response)
