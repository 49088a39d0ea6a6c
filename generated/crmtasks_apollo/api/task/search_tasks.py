from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.apollo_error import ApolloError
from ...models.search_tasks_response import SearchTasksResponse
from ...models.task_open_factor_name import TaskOpenFactorName
from ...models.task_sort_field import TaskSortField
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    sort_by_field: TaskSortField | Unset = UNSET,
    open_factor_names: list[TaskOpenFactorName] | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_sort_by_field: str | Unset = UNSET
    if not isinstance(sort_by_field, Unset):
        json_sort_by_field = sort_by_field.value

    params["sort_by_field"] = json_sort_by_field

    json_open_factor_names: list[str] | Unset = UNSET
    if not isinstance(open_factor_names, Unset):
        json_open_factor_names = []
        for open_factor_names_item_data in open_factor_names:
            open_factor_names_item = open_factor_names_item_data.value
            json_open_factor_names.append(open_factor_names_item)

    params["open_factor_names[]"] = json_open_factor_names

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tasks/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApolloError | SearchTasksResponse | None:
    if response.status_code == 200:
        response_200 = SearchTasksResponse.from_dict(json_body(response))

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
        response_200 = SearchTasksResponse.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApolloError | SearchTasksResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort_by_field: TaskSortField | Unset = UNSET,
    open_factor_names: list[TaskOpenFactorName] | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
) -> Response[ApolloError | SearchTasksResponse]:
    """Search the team's tasks

     The tasks created by your team, each with its related account and
    contact embedded. Every option travels in the query string; the
    request has no body even though the method is POST.

    Each answer is one page of them, with pagination counters and optional
    facet counts: `page` (from 1) chooses the page, `per_page` its size.

    Apollo serves at most 100 tasks per page and at most 50,000 tasks
    (500 pages) per search; tasks beyond that limit are silently left
    out, so narrow the search if `pagination.total_entries` is larger.
    The reference documents no filters beyond the parameters below.
    Teams on a free plan are refused with 403.

    Args:
        sort_by_field (TaskSortField | Unset): Sort order for task searches. `task_due_at` and
            `task_priority` are
            the values in the current documentation; `task_created_at` comes
            from the older documentation.
        open_factor_names (list[TaskOpenFactorName] | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApolloError | SearchTasksResponse]
    """

    kwargs = _get_kwargs(
        sort_by_field=sort_by_field,
        open_factor_names=open_factor_names,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sort_by_field: TaskSortField | Unset = UNSET,
    open_factor_names: list[TaskOpenFactorName] | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
) -> ApolloError | SearchTasksResponse | None:
    """Search the team's tasks

     The tasks created by your team, each with its related account and
    contact embedded. Every option travels in the query string; the
    request has no body even though the method is POST.

    Each answer is one page of them, with pagination counters and optional
    facet counts: `page` (from 1) chooses the page, `per_page` its size.

    Apollo serves at most 100 tasks per page and at most 50,000 tasks
    (500 pages) per search; tasks beyond that limit are silently left
    out, so narrow the search if `pagination.total_entries` is larger.
    The reference documents no filters beyond the parameters below.
    Teams on a free plan are refused with 403.

    Args:
        sort_by_field (TaskSortField | Unset): Sort order for task searches. `task_due_at` and
            `task_priority` are
            the values in the current documentation; `task_created_at` comes
            from the older documentation.
        open_factor_names (list[TaskOpenFactorName] | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApolloError | SearchTasksResponse
    """

    return sync_detailed(
        client=client,
        sort_by_field=sort_by_field,
        open_factor_names=open_factor_names,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort_by_field: TaskSortField | Unset = UNSET,
    open_factor_names: list[TaskOpenFactorName] | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
) -> Response[ApolloError | SearchTasksResponse]:
    """Search the team's tasks

     The tasks created by your team, each with its related account and
    contact embedded. Every option travels in the query string; the
    request has no body even though the method is POST.

    Each answer is one page of them, with pagination counters and optional
    facet counts: `page` (from 1) chooses the page, `per_page` its size.

    Apollo serves at most 100 tasks per page and at most 50,000 tasks
    (500 pages) per search; tasks beyond that limit are silently left
    out, so narrow the search if `pagination.total_entries` is larger.
    The reference documents no filters beyond the parameters below.
    Teams on a free plan are refused with 403.

    Args:
        sort_by_field (TaskSortField | Unset): Sort order for task searches. `task_due_at` and
            `task_priority` are
            the values in the current documentation; `task_created_at` comes
            from the older documentation.
        open_factor_names (list[TaskOpenFactorName] | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApolloError | SearchTasksResponse]
    """

    kwargs = _get_kwargs(
        sort_by_field=sort_by_field,
        open_factor_names=open_factor_names,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sort_by_field: TaskSortField | Unset = UNSET,
    open_factor_names: list[TaskOpenFactorName] | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
) -> ApolloError | SearchTasksResponse | None:
    """Search the team's tasks

     The tasks created by your team, each with its related account and
    contact embedded. Every option travels in the query string; the
    request has no body even though the method is POST.

    Each answer is one page of them, with pagination counters and optional
    facet counts: `page` (from 1) chooses the page, `per_page` its size.

    Apollo serves at most 100 tasks per page and at most 50,000 tasks
    (500 pages) per search; tasks beyond that limit are silently left
    out, so narrow the search if `pagination.total_entries` is larger.
    The reference documents no filters beyond the parameters below.
    Teams on a free plan are refused with 403.

    Args:
        sort_by_field (TaskSortField | Unset): Sort order for task searches. `task_due_at` and
            `task_priority` are
            the values in the current documentation; `task_created_at` comes
            from the older documentation.
        open_factor_names (list[TaskOpenFactorName] | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApolloError | SearchTasksResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            sort_by_field=sort_by_field,
            open_factor_names=open_factor_names,
            page=page,
            per_page=per_page,
        )
    ).parsed


def build_request(
    *,
    sort_by_field: TaskSortField | Unset = UNSET,
    open_factor_names: list[TaskOpenFactorName] | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation.

    Added by crmtasks' template so that the wrapper can send, retry and time
    requests itself while this module still decides what goes on the wire.
    """
    return _get_kwargs(
        sort_by_field=sort_by_field,
        open_factor_names=open_factor_names,
        page=page,
        per_page=per_page,
    )


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApolloError | SearchTasksResponse | None:
    """This operation's declared model for ``response`` (None for an undeclared status)."""
    return _parse_response(client=client, response=response)
