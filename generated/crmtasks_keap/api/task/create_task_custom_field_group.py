from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_custom_field_group_request import CreateCustomFieldGroupRequest
from ...models.custom_field_group import CustomFieldGroup
from ...models.error import Error
from ...models.quota_error import QuotaError
from ...types import Response, json_body


def _get_kwargs(
    *,
    body: CreateCustomFieldGroupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/tasks/model/customFields/groups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomFieldGroup | Error | QuotaError | None:
    if response.status_code == 201:
        response_201 = CustomFieldGroup.from_dict(json_body(response))

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(json_body(response))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(json_body(response))

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(json_body(response))

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(json_body(response))

        return response_404

    if response.status_code == 405:
        response_405 = Error.from_dict(json_body(response))

        return response_405

    if response.status_code == 409:
        response_409 = Error.from_dict(json_body(response))

        return response_409

    if response.status_code == 429:
        response_429 = QuotaError.from_dict(json_body(response))

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(json_body(response))

        return response_500

    if response.status_code == 501:
        response_501 = Error.from_dict(json_body(response))

        return response_501

    if 200 <= response.status_code <= 299:
        response_201 = CustomFieldGroup.from_dict(json_body(response))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomFieldGroup | Error | QuotaError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomFieldGroupRequest,
) -> Response[CustomFieldGroup | Error | QuotaError]:
    """Create a task custom-field group

     Adds a custom-field group to the task record; without `tab_id` it goes on the default custom-fields
    tab.

    Args:
        body (CreateCustomFieldGroupRequest): A new group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldGroup | Error | QuotaError]
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
    body: CreateCustomFieldGroupRequest,
) -> CustomFieldGroup | Error | QuotaError | None:
    """Create a task custom-field group

     Adds a custom-field group to the task record; without `tab_id` it goes on the default custom-fields
    tab.

    Args:
        body (CreateCustomFieldGroupRequest): A new group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldGroup | Error | QuotaError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomFieldGroupRequest,
) -> Response[CustomFieldGroup | Error | QuotaError]:
    """Create a task custom-field group

     Adds a custom-field group to the task record; without `tab_id` it goes on the default custom-fields
    tab.

    Args:
        body (CreateCustomFieldGroupRequest): A new group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldGroup | Error | QuotaError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomFieldGroupRequest,
) -> CustomFieldGroup | Error | QuotaError | None:
    """Create a task custom-field group

     Adds a custom-field group to the task record; without `tab_id` it goes on the default custom-fields
    tab.

    Args:
        body (CreateCustomFieldGroupRequest): A new group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldGroup | Error | QuotaError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def build_request(
    *,
    body: CreateCustomFieldGroupRequest,
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
) -> CustomFieldGroup | Error | QuotaError | None:
    """This operation's declared model for ``response`` (None for an undeclared status)."""
    return _parse_response(client=client, response=response)
