from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.apollo_error import ApolloError
from ...models.search_tasks_response import SearchTasksResponse
from ...models.task_open_factor_name import TaskOpenFactorName
from ...models.task_sort_field import TaskSortField
from ...types import UNSET, Unset, json_body


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
