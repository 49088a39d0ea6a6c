"""Hostile answer bodies over real sockets: what a success answer must look like, read exactly, within bounds.

Against the scripted server of tests/hostile_server.py, for every API of tests/hostile_apis.py where
the case applies, sync and async:

- a 200/201 JSON object carrying none of the members its schema declares (``{"error": "boom"}``) is an
  ``APIResponseValidationError`` for get, create and update; a create is never sent again, and in
  ``create_many`` (one request an item, or HubSpot's batch) its items are ``unknown``, never ``created``;
- a create whose connection drops once it was sent is not sent again (``may_have_been_sent=True``);
- ``max_response_bytes`` caps the decoded body: one just under the cap reads fine, one just over it is
  an ``APIResponseValidationError``, not asked again, whether it came plain or gzipped (the bounded
  memory of a compression bomb or an endless body is proved in child processes, test_hostile_limits.py);
- with orjson installed, an integer beyond 64 bits is read exactly, in the model and in ``.raw``;
- HubSpot's batch create: results whose ``objectWriteTraceId`` matches no item leave those items
  ``unknown``; the ones that match are ``created``.
"""

from __future__ import annotations

import gzip
from functools import cache
from typing import Any

import pytest

import crmtasks
import crmtasks._core
import crmtasks._types

from ..hostile_apis import APIS, FLAVOURS, HUBSPOT, LISTINGS, STAMP, Api, Listing, collect, settle
from ..hostile_server import Answer, Hangup, HostileServer, Reply, Seen, json_reply, raw_reply

pytestmark = [
    pytest.mark.anyio,
    pytest.mark.usefixtures("sleeps", "no_ca_bundle"),
    pytest.mark.filterwarnings("ignore::crmtasks.ResponseValidationWarning"),
]

BIG = 123456789012345678901234567
"""An integer beyond 64 bits (orjson alone would read it as a float, losing digits)."""
CAP = 1_000_000


def boom(status: int = 200) -> Reply:
    return json_reply({"error": "boom"}, status)


WRITES = [(api, operation) for api in APIS for operation in ("get", "create", "update") if operation in api.operations]


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(("api", "operation"), WRITES, ids=str)
async def test_a_success_answer_with_none_of_its_models_members_is_unreadable(
    server: HostileServer, api: Api, operation: str, flavour: str
) -> None:
    good = api.get_answer(1)

    def answer(seen: Seen) -> Answer:
        if operation == "create":
            return boom(api.create_status)
        # An update may read the task first (Apollo's read-modify-write): that read is answered well.
        return good if operation == "update" and seen.method == "GET" else boom()

    server.script = answer
    client = api.client(flavour, server.url)
    with pytest.raises(crmtasks.APIResponseValidationError):
        if operation == "create":
            await settle(api.create(client))  # with the default retries: a create is never asked again
        else:
            await settle(api.call(operation, client, api.sample_id, max_retries=0))
    hostile = [seen for seen in server.requests if seen.method != "GET"] if operation != "get" else server.requests
    assert len(hostile) == 1


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS, ids=str)
async def test_create_many_items_answered_with_none_of_the_models_members_are_unknown(
    server: HostileServer, api: Api, flavour: str
) -> None:
    server.script = lambda seen: boom(api.create_status)
    client = api.client(flavour, server.url)
    items = [api.create_fields(f"Item {n}") for n in range(3)]
    results = await settle(api.create_many(client, items))
    assert [result.status for result in results] == ["unknown"] * 3
    assert len(results.unknown) == 3 and results.created == []
    assert server.count == (1 if api.batch_path else 3)  # each item sent once: never again


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS, ids=str)
async def test_a_create_whose_connection_drops_after_sending_is_not_sent_again(
    server: HostileServer, api: Api, flavour: str
) -> None:
    server.script = lambda seen: Hangup()
    client = api.client(flavour, server.url)
    with pytest.raises(crmtasks.APIConnectionError) as caught:
        await settle(api.create(client))
    assert caught.value.may_have_been_sent is True
    assert server.count == 1


# -- max_response_bytes: the decoded size counts --------------------------------------------------------


@cache
def sized_answer(api: Api, size: int, encoding: str) -> Reply:
    body = api.get_body_of_size(size)
    if encoding == "gzip":
        return raw_reply(gzip.compress(body), headers=(("Content-Encoding", "gzip"),))
    return raw_reply(body)


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("encoding", ["identity", "gzip"])
@pytest.mark.parametrize("api", APIS, ids=str)
async def test_a_body_just_under_max_response_bytes_reads_fine(
    server: HostileServer, api: Api, encoding: str, flavour: str
) -> None:
    answer = sized_answer(api, CAP - 1000, encoding)
    server.script = lambda seen: answer
    client = api.client(flavour, server.url, max_response_bytes=CAP)
    task = await settle(api.get(client, api.sample_id))
    assert api.number(task) == 1
    assert server.count == 1


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("encoding", ["identity", "gzip"])
@pytest.mark.parametrize("api", APIS, ids=str)
async def test_a_body_just_over_max_response_bytes_is_refused_and_not_asked_again(
    server: HostileServer, api: Api, encoding: str, flavour: str
) -> None:
    answer = sized_answer(api, CAP + 1000, encoding)  # gzipped, it is a few kB on the wire: decoded, over
    server.script = lambda seen: answer
    client = api.client(flavour, server.url, max_response_bytes=CAP)
    with pytest.raises(crmtasks.APIResponseValidationError):
        await settle(api.get(client, api.sample_id))  # with the default retries: a read, yet not repeated
    assert server.count == 1


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_a_body_just_under_the_default_max_response_bytes_reads_fine(server: HostileServer, flavour: str) -> None:
    api = APIS[0]
    answer = sized_answer(api, crmtasks._types.DEFAULT_MAX_RESPONSE_BYTES - 1000, "identity")
    server.script = lambda seen: answer
    task = await settle(api.get(api.client(flavour, server.url), api.sample_id))
    assert api.number(task) == 1 and server.count == 1


# -- integers beyond 64 bits ---------------------------------------------------------------------------

# Per API, the integer members given BIG and what the model holds for each: an int where the spec
# declares one, its exact digits where it declares a string (the lossless coercion).
BIG_MEMBERS: dict[str, dict[str, Any]] = {
    "keap": {"id": str(BIG)},
    "apollo": {"id": str(BIG)},
    "ysuite": {"activity_id": BIG, "cstid": BIG, "assigned_user_id": BIG},
    "hubspot": {"id": str(BIG)},
}


def with_big(api: Api) -> dict[str, Any]:
    task = api.task(1, "")
    task.update(dict.fromkeys(BIG_MEMBERS[api.key], BIG))
    return task


def assert_exact(api: Api, model: Any) -> None:
    for member, expected in BIG_MEMBERS[api.key].items():
        held = getattr(model, member)
        assert held == expected and type(held) is type(expected), f"{member}: {held!r}"
        assert model.raw[member] == BIG and type(model.raw[member]) is int, f"raw {member}: {model.raw[member]!r}"


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS, ids=str)
async def test_an_integer_beyond_64_bits_is_read_exactly(server: HostileServer, api: Api, flavour: str) -> None:
    pytest.importorskip("orjson")
    answer = json_reply(api.wrap(with_big(api)))
    server.script = lambda seen: answer
    assert_exact(api, await settle(api.get(api.client(flavour, server.url), api.sample_id)))


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("listing", LISTINGS, ids=str)
async def test_an_integer_beyond_64_bits_in_a_page_is_read_exactly(
    server: HostileServer, listing: Listing, flavour: str
) -> None:
    pytest.importorskip("orjson")
    answer = json_reply(listing.page([with_big(listing.api), listing.api.task(2, "")], 0, 1, 2))
    server.script = lambda seen: answer
    items = await collect(listing.open(listing.api.client(flavour, server.url), {"page_size": 10}))
    assert len(items) == 2
    assert_exact(listing.api, items[0])


# -- HubSpot's batch create: traces -----------------------------------------------------------------------


def traced_results(seen: Seen, traces: list[str | None]) -> Reply:
    """A 201 whose results carry ``traces``, one task each (None: the input's own trace at that position)."""
    inputs: list[dict[str, Any]] = seen.json()["inputs"]
    results: list[dict[str, Any]] = []
    for offset, trace in enumerate(traces):
        made = HUBSPOT.task(2000 + offset, "")
        made["objectWriteTraceId"] = inputs[offset]["objectWriteTraceId"] if trace is None else trace
        results.append(made)
    body = {"status": "COMPLETE", "results": results, "startedAt": STAMP, "completedAt": STAMP}
    return json_reply(body, 201)


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("traces", "expected"),
    [
        ([None, "999", None, "no-such-item"], ["created", "unknown", "created", "unknown"]),
        (["999", "1000", "-1", "x"], ["unknown"] * 4),
    ],
    ids=["some-match", "none-match"],
)
async def test_batch_results_whose_traces_match_no_item_leave_those_items_unknown(
    server: HostileServer, traces: list[str | None], expected: list[str], flavour: str
) -> None:
    assert HUBSPOT.batch_path is not None
    server.script = lambda seen: traced_results(seen, traces)
    client = HUBSPOT.client(flavour, server.url)
    items = [HUBSPOT.create_fields(f"Item {n}") for n in range(4)]
    results = await settle(HUBSPOT.create_many(client, items))
    assert [result.status for result in results] == expected
    assert len(results.created) == expected.count("created") and len(results.unknown) == expected.count("unknown")
    assert [seen.path for seen in server.requests] == [HUBSPOT.batch_path]  # one batch, never sent again
