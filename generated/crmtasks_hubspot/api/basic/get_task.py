from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.task import Task
from ...types import UNSET, Unset, json_body


def _get_kwargs(
    task_id: str,
    *,
    properties: list[str] | Unset = UNSET,
    properties_with_history: list[str] | Unset = UNSET,
    associations: list[str] | Unset = UNSET,
    archived: bool | Unset = False,
    id_property: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_properties: list[str] | Unset = UNSET
    if not isinstance(properties, Unset):
        json_properties = properties

    params["properties"] = json_properties

    json_properties_with_history: list[str] | Unset = UNSET
    if not isinstance(properties_with_history, Unset):
        json_properties_with_history = properties_with_history

    params["propertiesWithHistory"] = json_properties_with_history

    json_associations: list[str] | Unset = UNSET
    if not isinstance(associations, Unset):
        json_associations = associations

    params["associations"] = json_associations

    params["archived"] = archived

    params["idProperty"] = id_property

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/crm/v3/objects/tasks/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Task | None:
    if response.status_code == 200:
        response_200 = Task.from_dict(json_body(response))

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

    if response.status_code == 404:
        response_404 = Error.from_dict(json_body(response))

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(json_body(response))

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(json_body(response))

        return response_500

    if 200 <= response.status_code <= 299:
        response_200 = Task.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def build_request(
    task_id: str,
    *,
    properties: list[str] | Unset = UNSET,
    properties_with_history: list[str] | Unset = UNSET,
    associations: list[str] | Unset = UNSET,
    archived: bool | Unset = False,
    id_property: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation.

    Added by crmtasks' template so that the wrapper can send, retry and time
    requests itself while this module still decides what goes on the wire.
    """
    return _get_kwargs(
        task_id=task_id,
        properties=properties,
        properties_with_history=properties_with_history,
        associations=associations,
        archived=archived,
        id_property=id_property,
    )


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Task | None:
    """This operation's declared model for ``response`` (None for an undeclared status)."""
    return _parse_response(client=client, response=response)
