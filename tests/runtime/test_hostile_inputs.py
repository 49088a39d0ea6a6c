"""Hostile inputs over real sockets: what would change a request's path or headers is refused before sending.

Against the scripted server of tests/hostile_server.py, for every API of tests/hostile_apis.py where
the case applies, sync and async; every refusal is a ``crmtasks.ValidationError`` naming what is wrong,
and the server saw no request for it:

- a task id ``""``, ``"."`` or ``".."`` for get, update and delete (it would ask for the collection, or
  another path), naming the path parameter;
- a header value with CR or LF (a header injected) or a character outside Latin-1, in ``extra_headers=``
  of a call or ``default_headers=`` of a client, naming the header; in Keap's ``create_many``, the item
  that carries it ``failed`` (never ``unknown``) while the others are created;
- a title with a lone surrogate (``"\\ud800"``, which no UTF-8 body can carry), naming the title; in
  ``create_many``, that item ``failed`` while the others are created.
"""

from __future__ import annotations

from typing import Any

import pytest

import crmtasks

from ..hostile_apis import APIS, FLAVOURS, KEAP, Api, hubspot_batch_echo, settle
from ..hostile_server import Answer, HostileServer, Seen

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("sleeps", "no_ca_bundle")]

PATH_IDS = {"empty": "", "dot": ".", "dot-dot": ".."}
HEADER = "X-Trace-Id"
BAD_HEADER_VALUES = {
    "crlf": "abc\r\nX-Injected: yes",
    "lf": "abc\nX-Injected: yes",
    "cr": "abc\rdef",
    "non-latin-1": "caf\u00e9 \u2713",
}
LONE_SURROGATE = "Call \ud800 back"


def well_answered(api: Api) -> Any:
    """Every request answered as it should be: a task, or the batch's tasks (for what gets through)."""
    task, created = api.get_answer(1), api.create_answer(1)

    def answer(seen: Seen) -> Answer:
        if api.batch_path is not None and seen.path.endswith(api.batch_path):
            return hubspot_batch_echo(seen)
        return created if seen.method == "POST" else task

    return answer


def titles_sent(api: Api, server: HostileServer) -> list[str]:
    """The titles of the creates the server received, one per item (a batch holds several)."""
    titles: list[str] = []
    for seen in server.requests:
        body: dict[str, Any] = seen.json()
        entries: list[dict[str, Any]] = body.get("inputs", [body])
        for entry in entries:
            held = entry.get("properties", entry)
            titles.append(str(held[api.title_field]))
    return titles


PATH_OPERATIONS = [(api, operation) for api in APIS for operation in api.operations]


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("task_id", PATH_IDS.values(), ids=PATH_IDS.keys())
@pytest.mark.parametrize(("api", "operation"), PATH_OPERATIONS, ids=str)
async def test_a_task_id_that_would_change_the_path_is_refused(
    server: HostileServer, api: Api, operation: str, task_id: str, flavour: str
) -> None:
    server.script = well_answered(api)
    client = api.client(flavour, server.url)
    with pytest.raises(crmtasks.ValidationError) as caught:
        await settle(api.call(operation, client, task_id))
    assert caught.value.field in api.path_params, caught.value
    assert server.count == 0


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("value", BAD_HEADER_VALUES.values(), ids=BAD_HEADER_VALUES.keys())
@pytest.mark.parametrize("api", APIS, ids=str)
async def test_a_bad_header_value_in_extra_headers_is_refused_naming_the_header(
    server: HostileServer, api: Api, value: str, flavour: str
) -> None:
    server.script = well_answered(api)
    client = api.client(flavour, server.url)
    with pytest.raises(crmtasks.ValidationError) as caught:
        await settle(api.get(client, api.sample_id, extra_headers={HEADER: value}))
    assert HEADER.lower() in str(caught.value).lower()
    assert server.count == 0


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("value", BAD_HEADER_VALUES.values(), ids=BAD_HEADER_VALUES.keys())
@pytest.mark.parametrize("api", APIS, ids=str)
async def test_a_bad_header_value_in_default_headers_is_refused_naming_the_header(
    server: HostileServer, api: Api, value: str, flavour: str
) -> None:
    server.script = well_answered(api)
    with pytest.raises(crmtasks.ValidationError) as caught:  # at construction, or at the latest before sending
        client = api.client(flavour, server.url, default_headers={HEADER: value})
        await settle(api.get(client, api.sample_id))
    assert HEADER.lower() in str(caught.value).lower()
    assert server.count == 0


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("value", BAD_HEADER_VALUES.values(), ids=BAD_HEADER_VALUES.keys())
async def test_a_create_many_item_with_a_bad_header_value_fails_and_is_not_sent(
    server: HostileServer, value: str, flavour: str
) -> None:
    server.script = well_answered(KEAP)
    client = KEAP.client(flavour, server.url)
    items = [
        KEAP.create_fields("first"),
        {**KEAP.create_fields("hostile"), "extra_headers": {HEADER: value}},
        KEAP.create_fields("last"),
    ]
    results = await settle(KEAP.create_many(client, items, concurrency=1))
    assert [result.status for result in results] == ["created", "failed", "created"]  # failed, never unknown
    assert isinstance(results[1].error, crmtasks.ValidationError)
    assert HEADER.lower() in str(results[1].error).lower()
    assert sorted(titles_sent(KEAP, server)) == ["first", "last"]  # nothing sent for it


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS, ids=str)
async def test_a_title_with_a_lone_surrogate_is_refused_naming_the_title(
    server: HostileServer, api: Api, flavour: str
) -> None:
    server.script = well_answered(api)
    client = api.client(flavour, server.url)
    with pytest.raises(crmtasks.ValidationError) as caught:
        await settle(api.create(client, title=LONE_SURROGATE))
    assert caught.value.field is not None and api.title_field in caught.value.field, caught.value
    assert server.count == 0


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS, ids=str)
async def test_a_create_many_item_whose_title_has_a_lone_surrogate_fails_and_is_not_sent(
    server: HostileServer, api: Api, flavour: str
) -> None:
    server.script = well_answered(api)
    client = api.client(flavour, server.url)
    items = [api.create_fields("first"), api.create_fields(LONE_SURROGATE), api.create_fields("last")]
    results = await settle(api.create_many(client, items))
    assert [result.status for result in results] == ["created", "failed", "created"]
    error = results[1].error
    assert isinstance(error, crmtasks.ValidationError) and error.field is not None
    assert api.title_field in error.field, error
    assert sorted(titles_sent(api, server)) == ["first", "last"]
