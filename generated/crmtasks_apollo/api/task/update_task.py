from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.apollo_error import ApolloError
from ...models.task_response import TaskResponse
from ...models.update_task_request import UpdateTaskRequest
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    task_id: str,
    *,
    body: UpdateTaskRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/tasks/{task_id}".format(
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
    body: UpdateTaskRequest | Unset = UNSET,
) -> Response[ApolloError | TaskResponse]:
    """Update a task

     Changes the given fields of a task and answers with the whole task.
    What a task accepts depends on its status: a scheduled task takes
    every field below, a completed or skipped one only `note`, `priority`
    and `contact_id`. On a scheduled task Apollo resets `priority` to
    `medium` and `creator_id` to the API key's user whenever an update
    leaves them out, so crmtasks reads the task first and sends its
    current `priority` and `creator_id` along with the fields given
    (read-modify-write: a change someone else makes between the read and
    the write is overwritten; a value the task lacks is left for Apollo to
    fill, and one it has that the spec does not list is refused, asking
    for it to be given). Before sending the update, crmtasks refuses,
    naming it, a field that a completed or skipped task does not accept,
    `status` set to `completed` or `skipped` (use complete or skip), and
    an update without fields. A task that no longer exists raises
    `crmtasks.apollo.TaskDeletedError`.

    Apollo answers a task that no longer exists with 422 (the error says
    it has been deleted), and a task of another user, when the key may
    not change other users' tasks, with 401. `priority_cd`, a numeric
    alternative to `priority` that the reference lists without its
    codes, is not modelled. The update is declared `x-idempotent`
    because crmtasks always sends whole values (repeating it writes the
    same thing again).

    Needs a master API key or one scoped to `api/v1/tasks/update`.

    Args:
        task_id (str):
        body (UpdateTaskRequest | Unset): Fields of a task to change. A scheduled task takes all
            of them; a
            completed or skipped one only `note`, `priority` and `contact_id`.
            On a scheduled task, leaving out `priority` or `creator_id` resets
            them (to `medium`, and to the API key's user).

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
    body: UpdateTaskRequest | Unset = UNSET,
) -> ApolloError | TaskResponse | None:
    """Update a task

     Changes the given fields of a task and answers with the whole task.
    What a task accepts depends on its status: a scheduled task takes
    every field below, a completed or skipped one only `note`, `priority`
    and `contact_id`. On a scheduled task Apollo resets `priority` to
    `medium` and `creator_id` to the API key's user whenever an update
    leaves them out, so crmtasks reads the task first and sends its
    current `priority` and `creator_id` along with the fields given
    (read-modify-write: a change someone else makes between the read and
    the write is overwritten; a value the task lacks is left for Apollo to
    fill, and one it has that the spec does not list is refused, asking
    for it to be given). Before sending the update, crmtasks refuses,
    naming it, a field that a completed or skipped task does not accept,
    `status` set to `completed` or `skipped` (use complete or skip), and
    an update without fields. A task that no longer exists raises
    `crmtasks.apollo.TaskDeletedError`.

    Apollo answers a task that no longer exists with 422 (the error says
    it has been deleted), and a task of another user, when the key may
    not change other users' tasks, with 401. `priority_cd`, a numeric
    alternative to `priority` that the reference lists without its
    codes, is not modelled. The update is declared `x-idempotent`
    because crmtasks always sends whole values (repeating it writes the
    same thing again).

    Needs a master API key or one scoped to `api/v1/tasks/update`.

    Args:
        task_id (str):
        body (UpdateTaskRequest | Unset): Fields of a task to change. A scheduled task takes all
            of them; a
            completed or skipped one only `note`, `priority` and `contact_id`.
            On a scheduled task, leaving out `priority` or `creator_id` resets
            them (to `medium`, and to the API key's user).

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
    body: UpdateTaskRequest | Unset = UNSET,
) -> Response[ApolloError | TaskResponse]:
    """Update a task

     Changes the given fields of a task and answers with the whole task.
    What a task accepts depends on its status: a scheduled task takes
    every field below, a completed or skipped one only `note`, `priority`
    and `contact_id`. On a scheduled task Apollo resets `priority` to
    `medium` and `creator_id` to the API key's user whenever an update
    leaves them out, so crmtasks reads the task first and sends its
    current `priority` and `creator_id` along with the fields given
    (read-modify-write: a change someone else makes between the read and
    the write is overwritten; a value the task lacks is left for Apollo to
    fill, and one it has that the spec does not list is refused, asking
    for it to be given). Before sending the update, crmtasks refuses,
    naming it, a field that a completed or skipped task does not accept,
    `status` set to `completed` or `skipped` (use complete or skip), and
    an update without fields. A task that no longer exists raises
    `crmtasks.apollo.TaskDeletedError`.

    Apollo answers a task that no longer exists with 422 (the error says
    it has been deleted), and a task of another user, when the key may
    not change other users' tasks, with 401. `priority_cd`, a numeric
    alternative to `priority` that the reference lists without its
    codes, is not modelled. The update is declared `x-idempotent`
    because crmtasks always sends whole values (repeating it writes the
    same thing again).

    Needs a master API key or one scoped to `api/v1/tasks/update`.

    Args:
        task_id (str):
        body (UpdateTaskRequest | Unset): Fields of a task to change. A scheduled task takes all
            of them; a
            completed or skipped one only `note`, `priority` and `contact_id`.
            On a scheduled task, leaving out `priority` or `creator_id` resets
            them (to `medium`, and to the API key's user).

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
    body: UpdateTaskRequest | Unset = UNSET,
) -> ApolloError | TaskResponse | None:
    """Update a task

     Changes the given fields of a task and answers with the whole task.
    What a task accepts depends on its status: a scheduled task takes
    every field below, a completed or skipped one only `note`, `priority`
    and `contact_id`. On a scheduled task Apollo resets `priority` to
    `medium` and `creator_id` to the API key's user whenever an update
    leaves them out, so crmtasks reads the task first and sends its
    current `priority` and `creator_id` along with the fields given
    (read-modify-write: a change someone else makes between the read and
    the write is overwritten; a value the task lacks is left for Apollo to
    fill, and one it has that the spec does not list is refused, asking
    for it to be given). Before sending the update, crmtasks refuses,
    naming it, a field that a completed or skipped task does not accept,
    `status` set to `completed` or `skipped` (use complete or skip), and
    an update without fields. A task that no longer exists raises
    `crmtasks.apollo.TaskDeletedError`.

    Apollo answers a task that no longer exists with 422 (the error says
    it has been deleted), and a task of another user, when the key may
    not change other users' tasks, with 401. `priority_cd`, a numeric
    alternative to `priority` that the reference lists without its
    codes, is not modelled. The update is declared `x-idempotent`
    because crmtasks always sends whole values (repeating it writes the
    same thing again).

    Needs a master API key or one scoped to `api/v1/tasks/update`.

    Args:
        task_id (str):
        body (UpdateTaskRequest | Unset): Fields of a task to change. A scheduled task takes all
            of them; a
            completed or skipped one only `note`, `priority` and `contact_id`.
            On a scheduled task, leaving out `priority` or `creator_id` resets
            them (to `medium`, and to the API key's user).

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
    body: UpdateTaskRequest | Unset = UNSET,
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
