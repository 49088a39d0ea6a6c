from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.task_search import TaskSearch
from ...models.task_search_page import TaskSearchPage
from ...types import Response, json_body


def _get_kwargs(
    *,
    body: TaskSearch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/crm/v3/objects/tasks/search",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TaskSearchPage | None:
    if response.status_code == 200:
        response_200 = TaskSearchPage.from_dict(json_body(response))

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

    if response.status_code == 429:
        response_429 = Error.from_dict(json_body(response))

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(json_body(response))

        return response_500

    if 200 <= response.status_code <= 299:
        response_200 = TaskSearchPage.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | TaskSearchPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TaskSearch,
) -> Response[Error | TaskSearchPage]:
    """Search tasks

     The tasks matching any of the filter groups (all filters of a group
    must match), in the order of `sorts`, with the properties named in
    `properties`. At most 10,000 results are reachable per search.

    Each answer is one page of them. `total` counts every match;
    `paging.next.after`, sent back as `after`, asks for the next page.

    Args:
        body (TaskSearch): A search. Any of the filter groups must match (OR); 18 filters in all
            at most.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TaskSearchPage]
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
    body: TaskSearch,
) -> Error | TaskSearchPage | None:
    """Search tasks

     The tasks matching any of the filter groups (all filters of a group
    must match), in the order of `sorts`, with the properties named in
    `properties`. At most 10,000 results are reachable per search.

    Each answer is one page of them. `total` counts every match;
    `paging.next.after`, sent back as `after`, asks for the next page.

    Args:
        body (TaskSearch): A search. Any of the filter groups must match (OR); 18 filters in all
            at most.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TaskSearchPage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TaskSearch,
) -> Response[Error | TaskSearchPage]:
    """Search tasks

     The tasks matching any of the filter groups (all filters of a group
    must match), in the order of `sorts`, with the properties named in
    `properties`. At most 10,000 results are reachable per search.

    Each answer is one page of them. `total` counts every match;
    `paging.next.after`, sent back as `after`, asks for the next page.

    Args:
        body (TaskSearch): A search. Any of the filter groups must match (OR); 18 filters in all
            at most.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TaskSearchPage]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TaskSearch,
) -> Error | TaskSearchPage | None:
    """Search tasks

     The tasks matching any of the filter groups (all filters of a group
    must match), in the order of `sorts`, with the properties named in
    `properties`. At most 10,000 results are reachable per search.

    Each answer is one page of them. `total` counts every match;
    `paging.next.after`, sent back as `after`, asks for the next page.

    Args:
        body (TaskSearch): A search. Any of the filter groups must match (OR); 18 filters in all
            at most.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TaskSearchPage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def build_request(
    *,
    body: TaskSearch,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation.

    Added by crmtasks' template so that the wrapper can send, retry and time
    requests itself while this module still decides what goes on the wire.
    """
    return _get_kwargs(
        body=body,
    )


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TaskSearchPage | None:
    """This operation's declared model for ``response`` (None for an undeclared status)."""
    return _parse_response(client=client, response=response)
