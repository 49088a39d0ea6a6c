"""Hostile pages over real sockets: a listing ends only when the API's paging says so, and loses nothing.

Every case runs over every listing (Keap's list, Apollo's search, ySuite's list, HubSpot's list and
search: tests/hostile_apis.py), sync and async, against the scripted server of tests/hostile_server.py.
A listing of 45 tasks, 10 a page, comes with a page whose items member is ``[]``, ``null`` or missing
while the page still announces more (a next token or cursor, a ``total_pages`` not reached): every task
comes back once, in order, and the server saw exactly the pages it served. Past
``crmtasks._pagination.MAX_EMPTY_PAGES`` empty pages in a row the listing raises ``PaginationError``
instead of asking for ever. A ``null`` page that the paging marks as the last is just an empty last page.
An answer with neither its items member nor any paging member (a 200 ``{"error": "gateway timeout"}``
from a proxy) is unreadable (``APIResponseValidationError``) and asked again like a 5xx; so is a page
whose connection drops. Retry delays are recorded, not slept (the ``sleeps`` fixture of conftest.py).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

import pytest

import crmtasks
import crmtasks._pagination

from ..hostile_apis import ABSENT, FLAVOURS, LISTINGS, Items, Listing, collect
from ..hostile_server import Answer, Hangup, HostileServer, Reply, Script, Seen, json_reply

pytestmark = [
    pytest.mark.anyio,
    pytest.mark.usefixtures("sleeps", "no_ca_bundle"),
    pytest.mark.filterwarnings("ignore::crmtasks.ResponseValidationWarning"),
]

PAGE_SIZE = 10
TASKS = 45
HOSTILE_ITEMS: dict[str, Items] = {"empty": [], "null": None, "absent": ABSENT}
GATEWAY_TIMEOUT = json_reply({"error": "gateway timeout"})
Layout = Sequence[int | Items]
"""A listing's pages in order: a number is that many tasks (numbered on from the page before), anything
else the page's items member exactly as it is sent."""


def max_empty_pages() -> int:
    limit = getattr(crmtasks._pagination, "MAX_EMPTY_PAGES", None)
    assert isinstance(limit, int), "crmtasks._pagination.MAX_EMPTY_PAGES is not defined"
    return limit


def page_answers(listing: Listing, layout: Layout) -> list[Reply]:
    """The answer of each page of ``layout``, pre-encoded; each page but the last announces more."""
    total = sum(entry for entry in layout if isinstance(entry, int))
    answers: list[Reply] = []
    number = 1
    for index, entry in enumerate(layout):
        items: Items
        if isinstance(entry, int):
            items = [listing.api.task(n, "") for n in range(number, number + entry)]
            number += entry
        else:
            items = entry
        answers.append(json_reply(listing.page(items, index, len(layout), total)))
    return answers


def paged(listing: Listing, answers: list[Reply], *, first_time: dict[int, Answer] | None = None) -> Script:
    """Answer each page request with its page; ``first_time[n]`` answers page n's first request instead."""
    pending = dict(first_time or {})
    lock = threading.Lock()

    def answer(seen: Seen) -> Answer:
        assert listing.asks(seen), f"{listing} does not ask {seen.method} {seen.path}"
        index = listing.position(seen)
        with lock:
            hostile = pending.pop(index, None)
        return hostile if hostile is not None else answers[index]

    return answer


def numbers(listing: Listing, items: list[Any]) -> list[int]:
    return [listing.api.number(item) for item in items]


async def listed(listing: Listing, flavour: str, server: HostileServer, **options: Any) -> list[int]:
    client = listing.api.client(flavour, server.url)
    return numbers(listing, await collect(listing.open(client, {"page_size": PAGE_SIZE, **options})))


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("position", ["first", "middle"])
@pytest.mark.parametrize("mode", HOSTILE_ITEMS)
@pytest.mark.parametrize("listing", LISTINGS, ids=str)
async def test_a_page_without_items_that_announces_more_is_followed(
    server: HostileServer, listing: Listing, mode: str, position: str, flavour: str
) -> None:
    hostile = HOSTILE_ITEMS[mode]
    layout: Layout = [hostile, 10, 10, 10, 10, 5] if position == "first" else [10, 10, hostile, 10, 10, 5]
    server.script = paged(listing, page_answers(listing, layout))
    assert await listed(listing, flavour, server) == list(range(1, TASKS + 1))  # all 45, each once, in order
    assert server.count == len(layout) == 6  # every page served was asked for once, and no other


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("mode", HOSTILE_ITEMS)
@pytest.mark.parametrize("listing", LISTINGS, ids=str)
async def test_max_empty_pages_in_a_row_are_still_followed(
    server: HostileServer, listing: Listing, mode: str, flavour: str
) -> None:
    limit = max_empty_pages()
    layout: Layout = [*[HOSTILE_ITEMS[mode]] * limit, 5]
    server.script = paged(listing, page_answers(listing, layout))
    assert await listed(listing, flavour, server) == [1, 2, 3, 4, 5]
    assert server.count == limit + 1


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("mode", HOSTILE_ITEMS)
@pytest.mark.parametrize("listing", LISTINGS, ids=str)
async def test_more_than_max_empty_pages_in_a_row_is_a_pagination_error(
    server: HostileServer, listing: Listing, mode: str, flavour: str
) -> None:
    limit = max_empty_pages()
    pages = 1000  # every page empty, each announcing more; a client that never gives up is let go at 500
    hostile = HOSTILE_ITEMS[mode]
    endless_empty = json_reply(listing.page(hostile, 0, pages, pages * PAGE_SIZE))

    def answer(seen: Seen) -> Answer:
        index = listing.position(seen)
        if index >= 500:
            return json_reply(listing.page(hostile, index, index + 1, pages * PAGE_SIZE))  # the last page
        return json_reply(listing.page(hostile, index, pages, pages * PAGE_SIZE)) if index else endless_empty

    server.script = answer
    client = listing.api.client(flavour, server.url)
    with pytest.raises(crmtasks.PaginationError):
        await collect(listing.open(client, {"page_size": PAGE_SIZE}))
    assert server.count == limit + 1  # never silently: it stops past the limit, and raises


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("shape", ["after-items", "alone"])
@pytest.mark.parametrize("listing", LISTINGS, ids=str)
async def test_a_null_page_the_paging_marks_last_is_an_empty_last_page(
    server: HostileServer, listing: Listing, shape: str, flavour: str
) -> None:
    layout: Layout = [10, 10, 10, 10, 5, None] if shape == "after-items" else [None]
    server.script = paged(listing, page_answers(listing, layout))
    expected = list(range(1, TASKS + 1)) if shape == "after-items" else []
    assert await listed(listing, flavour, server) == expected  # no error
    assert server.count == len(layout)


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("listing", LISTINGS, ids=str)
async def test_a_page_with_neither_items_nor_paging_is_unreadable_and_retried(
    server: HostileServer, listing: Listing, flavour: str, sleeps: list[float]
) -> None:
    server.script = lambda seen: GATEWAY_TIMEOUT
    client = listing.api.client(flavour, server.url)
    with pytest.raises(crmtasks.APIResponseValidationError):
        await collect(listing.open(client, {"page_size": PAGE_SIZE, "max_retries": 2}))
    assert server.count == 3  # asked again twice, like a 5xx
    assert len(sleeps) == 2


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("position", ["first", "middle"])
@pytest.mark.parametrize("listing", LISTINGS, ids=str)
async def test_an_unreadable_page_once_is_asked_again_and_the_listing_completes(
    server: HostileServer, listing: Listing, position: str, flavour: str
) -> None:
    page = 0 if position == "first" else 2
    answers = page_answers(listing, [10, 10, 10, 10, 5])
    server.script = paged(listing, answers, first_time={page: GATEWAY_TIMEOUT})
    assert await listed(listing, flavour, server, max_retries=2) == list(range(1, TASKS + 1))
    assert server.count == 5 + 1


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("listing", LISTINGS, ids=str)
async def test_a_connection_dropped_mid_listing_is_retried_and_the_listing_exact(
    server: HostileServer, listing: Listing, flavour: str
) -> None:
    answers = page_answers(listing, [10, 10, 10, 10, 5])
    server.script = paged(listing, answers, first_time={2: Hangup()})
    assert await listed(listing, flavour, server) == list(range(1, TASKS + 1))
    assert server.count == 5 + 1  # page 3 asked twice: its first answer never came
