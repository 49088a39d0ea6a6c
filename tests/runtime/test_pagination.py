"""Auto-pagination of the three list operations, sync and async, against scripted mock APIs."""

from __future__ import annotations

from typing import Any

import pytest

import crmtasks
import crmtasks_apollo.spec_data
from crmtasks._pagination import MAX_EMPTY_PAGES

from ..helpers import (
    APIS,
    DONE,
    FLAVOURS,
    MockAPI,
    Stepper,
    apollo_page,
    collect,
    collect_pages,
    hubspot_page,
    item_id,
    keap_page,
    listing,
    make_client,
    page_size_param,
    settle,
    ysuite_page,
)

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("sleeps")]

APOLLO_CAP: int = crmtasks_apollo.spec_data.OPERATIONS["search_tasks"]["pagination"]["max_results"]


def two_pages(api: str) -> tuple[list[Any], list[Any]]:
    """A script of two pages (two items, then one) and the ids they hold, in each API's own shape."""
    if api == "keap":
        return [keap_page(["1", "2"], "t1"), keap_page(["3"])], ["1", "2", "3"]
    if api == "apollo":
        return [apollo_page(["a1", "a2"], 1, 2), apollo_page(["a3"], 2, 2)], ["a1", "a2", "a3"]
    if api == "hubspot":
        return [hubspot_page(["1", "2"], "t1"), hubspot_page(["3"])], ["1", "2", "3"]
    return [ysuite_page([1, 2], 1, 2), ysuite_page([3], 2, 2)], [1, 2, 3]


def three_full_pages(api: str) -> list[Any]:
    """A script of three pages of two items each (ids 1 to 6)."""
    if api == "keap":
        return [keap_page(["1", "2"], "t1"), keap_page(["3", "4"], "t2"), keap_page(["5", "6"])]
    if api == "apollo":
        return [apollo_page([str(2 * p - 1), str(2 * p)], p, 3) for p in (1, 2, 3)]
    if api == "hubspot":
        return [hubspot_page(["1", "2"], "t1"), hubspot_page(["3", "4"], "t2"), hubspot_page(["5", "6"])]
    return [ysuite_page([2 * p - 1, 2 * p], p, 3) for p in (1, 2, 3)]


# ----------------------------------------------------------------------------- all APIs


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
async def test_iteration_yields_every_item_lazily(api: str, flavour: str) -> None:
    answers, ids = two_pages(api)
    mock = MockAPI(*answers)
    paginator = listing(make_client(api, flavour, mock), api)
    assert mock.count == 0, "building the paginator must not send anything"

    stepper = Stepper(paginator)
    first = await stepper.next()
    assert item_id(api, first) == ids[0]
    assert mock.count == 1, "the second page was requested before the first page's items were consumed"
    second = await stepper.next()
    assert item_id(api, second) == ids[1]
    assert mock.count == 1
    third = await stepper.next()
    assert item_id(api, third) == ids[2]
    assert mock.count == 2
    assert await stepper.next() is DONE
    assert mock.count == 2, "one request per page, none after the last"


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
async def test_iteration_collects_all_pages(api: str, flavour: str) -> None:
    answers, ids = two_pages(api)
    mock = MockAPI(*answers)
    items = await collect(listing(make_client(api, flavour, mock), api))
    assert [item_id(api, item) for item in items] == ids
    assert mock.count == 2


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
async def test_each_iteration_starts_again_from_the_first_page(api: str, flavour: str) -> None:
    answers, ids = two_pages(api)
    mock = MockAPI(*answers, *two_pages(api)[0])
    paginator = listing(make_client(api, flavour, mock), api)
    assert [item_id(api, i) for i in await collect(paginator)] == ids
    assert [item_id(api, i) for i in await collect(paginator)] == ids
    assert mock.count == 4
    assert mock.requests[0].url == mock.requests[2].url


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
async def test_pages_give_items_numbers_and_totals(api: str, flavour: str) -> None:
    answers, ids = two_pages(api)
    mock = MockAPI(*answers)
    pages = await collect_pages(listing(make_client(api, flavour, mock), api))
    assert all(isinstance(page, crmtasks.Page) for page in pages)
    assert [page.number for page in pages] == [1, 2]
    assert [[item_id(api, i) for i in page.items] for page in pages] == [ids[:2], ids[2:]]
    if api in ("keap", "hubspot"):  # cursors: no totals
        assert [page.next_token for page in pages] == ["t1", None]
        assert [(page.total_items, page.total_pages) for page in pages] == [(None, None), (None, None)]
    else:
        assert [(page.total_items, page.total_pages) for page in pages] == [(4, 2), (2, 2)]
        assert [page.next_token for page in pages] == [None, None]
    # The whole parsed answer rides along (Apollo's faceting, ySuite's envelope).
    if api == "apollo":
        assert pages[0].response.pagination.page == 1
    if api == "ysuite":
        assert pages[0].response.success is True


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
async def test_first_page_sends_exactly_one_request(api: str, flavour: str) -> None:
    answers, ids = two_pages(api)
    mock = MockAPI(*answers)
    page = await settle(listing(make_client(api, flavour, mock), api).first_page())
    assert isinstance(page, crmtasks.Page)
    assert [item_id(api, i) for i in page.items] == ids[:2]
    assert page.number == 1
    assert mock.count == 1


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
async def test_limit_caps_items_and_stops_requesting(api: str, flavour: str) -> None:
    mock = MockAPI(*three_full_pages(api))
    items = await collect(listing(make_client(api, flavour, mock), api, page_size=2, limit=3))
    assert [str(item_id(api, i)) for i in items] == ["1", "2", "3"]
    assert mock.count == 2, "the third page must not be requested once the limit is reached"


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
async def test_limit_smaller_than_a_page_asks_for_that_many(api: str, flavour: str) -> None:
    name, _ = page_size_param(api)
    mock = MockAPI(*three_full_pages(api))
    items = await collect(listing(make_client(api, flavour, mock), api, limit=2))
    assert len(items) == 2
    assert mock.count == 1
    assert mock.last.url.params[name] == "2"


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
async def test_page_size_defaults_to_the_spec_maximum(api: str, flavour: str) -> None:
    name, maximum = page_size_param(api)
    assert maximum == {"keap": 1000, "apollo": 100, "ysuite": 100, "hubspot": 100}[api]
    answers, _ = two_pages(api)
    mock = MockAPI(*answers)
    await settle(listing(make_client(api, flavour, mock), api).first_page())
    assert mock.last.url.params[name] == str(maximum)


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
async def test_page_size_overrides_the_default(api: str, flavour: str) -> None:
    name, _ = page_size_param(api)
    answers, _ = two_pages(api)
    mock = MockAPI(*answers)
    await collect(listing(make_client(api, flavour, mock), api, page_size=7))
    assert [r.url.params[name] for r in mock.requests] == ["7", "7"]


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("too", ["small", "large"])
async def test_out_of_range_page_size_is_rejected_before_any_request(api: str, flavour: str, too: str) -> None:
    _, maximum = page_size_param(api)
    mock = MockAPI()
    client = make_client(api, flavour, mock)
    with pytest.raises(crmtasks.ValidationError) as caught:
        listing(client, api, page_size=0 if too == "small" else maximum + 1)
    assert caught.value.field == "page_size"
    assert mock.count == 0


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
async def test_limit_below_one_is_rejected(api: str, flavour: str) -> None:
    mock = MockAPI()
    with pytest.raises(crmtasks.ValidationError, match="limit"):
        listing(make_client(api, flavour, mock), api, limit=0)
    assert mock.count == 0


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
async def test_empty_first_page_yields_nothing_after_one_request(api: str, flavour: str) -> None:
    answer = {
        "keap": keap_page([]),
        "apollo": apollo_page([], 1, 0, 0),
        "ysuite": ysuite_page([], 1, 0, 0),
        "hubspot": hubspot_page([]),
    }[api]
    mock = MockAPI(answer)
    assert await collect(listing(make_client(api, flavour, mock), api)) == []
    assert mock.count == 1


# ----------------------------------------------------------------------------- Keap: page tokens


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_keap_sends_the_previous_next_page_token_as_page_token(flavour: str) -> None:
    mock = MockAPI(*three_full_pages("keap"))
    await collect(listing(make_client("keap", flavour, mock), "keap"))
    assert [r.url.params.get("page_token") for r in mock.requests] == [None, "t1", "t2"]
    assert all(r.method == "GET" and r.url.path == "/crm/rest/v2/tasks" for r in mock.requests)


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_keap_stops_on_an_empty_token(flavour: str) -> None:
    mock = MockAPI(keap_page(["1"], "t1"), keap_page(["2"], ""))
    items = await collect(listing(make_client("keap", flavour, mock), "keap"))
    assert [i.id for i in items] == ["1", "2"]
    assert mock.count == 2


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_keap_follows_an_empty_page_that_still_has_a_token(flavour: str) -> None:
    mock = MockAPI(keap_page(["1"], "t1"), keap_page([], "t2"), keap_page(["2"], None))
    items = await collect(listing(make_client("keap", flavour, mock), "keap"))
    assert [i.id for i in items] == ["1", "2"]
    assert mock.count == 3


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_keap_empty_pages_announcing_more_end_in_pagination_error_past_the_limit(flavour: str) -> None:
    pages = [keap_page(["1"], "t0"), *(keap_page([], f"t{n}") for n in range(1, MAX_EMPTY_PAGES + 5))]
    mock = MockAPI(*pages)
    with pytest.raises(crmtasks.PaginationError, match="in a row had no items"):
        await collect(listing(make_client("keap", flavour, mock), "keap"))
    assert mock.count == MAX_EMPTY_PAGES + 2  # the first page, then one empty page more than followed


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_keap_repeated_token_raises_pagination_error(flavour: str) -> None:
    mock = MockAPI(keap_page(["1"], "t1"), keap_page(["2"], "t2"), keap_page(["3"], "t1"))
    stepper = Stepper(listing(make_client("keap", flavour, mock), "keap"))
    assert (await stepper.next()).id == "1"
    assert (await stepper.next()).id == "2"
    with pytest.raises(crmtasks.PaginationError, match="t1"):
        await stepper.next()
    assert mock.count == 3


# ----------------------------------------------------------------------------- Apollo: 1-based pages, result cap


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_apollo_counts_pages_from_one_and_stops_at_total_pages(flavour: str) -> None:
    mock = MockAPI(*three_full_pages("apollo"))
    await collect(listing(make_client("apollo", flavour, mock), "apollo", page_size=2))
    assert [r.url.params["page"] for r in mock.requests] == ["1", "2", "3"]
    assert all(r.method == "POST" and r.url.path == "/api/v1/tasks/search" for r in mock.requests)


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_apollo_search_asks_for_task_type_facets_by_default(flavour: str) -> None:
    mock = MockAPI(apollo_page(["a"], 1, 1))
    await collect(listing(make_client("apollo", flavour, mock), "apollo"))
    assert mock.last.url.params.get_list("open_factor_names[]") == ["task_types"]


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_apollo_over_the_result_cap_warns_and_still_yields(flavour: str) -> None:
    mock = MockAPI(apollo_page(["a"], 1, 1, total_entries=APOLLO_CAP + 1))
    paginator = listing(make_client("apollo", flavour, mock), "apollo")
    with pytest.warns(crmtasks.ResultsTruncatedWarning, match=str(APOLLO_CAP)):
        items = await collect(paginator)
    assert [i.id for i in items] == ["a"]


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_apollo_at_the_result_cap_does_not_warn(flavour: str, recwarn: pytest.WarningsRecorder) -> None:
    mock = MockAPI(apollo_page(["a"], 1, 1, total_entries=APOLLO_CAP))
    await collect(listing(make_client("apollo", flavour, mock), "apollo"))
    assert not [w for w in recwarn if issubclass(w.category, crmtasks.ResultsTruncatedWarning)]


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_apollo_over_the_result_cap_raises_when_asked_before_yielding(flavour: str) -> None:
    mock = MockAPI(apollo_page(["a"], 1, 1, total_entries=APOLLO_CAP + 1))
    stepper = Stepper(listing(make_client("apollo", flavour, mock), "apollo", on_truncation="raise"))
    with pytest.raises(crmtasks.ResultsTruncatedError):
        await stepper.next()
    assert mock.count == 1


async def test_apollo_stops_at_the_result_cap_whatever_total_pages_says() -> None:
    per_page = 100
    last = APOLLO_CAP // per_page
    answers = [apollo_page([f"{p}-{i}" for i in range(per_page)], p, last + 10, APOLLO_CAP) for p in range(1, last + 2)]
    mock = MockAPI(*answers)
    items = await collect(listing(make_client("apollo", "sync", mock), "apollo"))
    assert len(items) == APOLLO_CAP
    assert mock.count == last


# ----------------------------------------------------------------------------- ySuite: 0-based pageIndex


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_ysuite_sends_zero_based_page_index(flavour: str) -> None:
    mock = MockAPI(*three_full_pages("ysuite"))
    items = await collect(listing(make_client("ysuite", flavour, mock), "ysuite", page_size=2))
    assert [i.activity_id for i in items] == [1, 2, 3, 4, 5, 6]
    assert [r.url.params["pageIndex"] for r in mock.requests] == ["0", "1", "2"]
    assert all("page_index" not in r.url.params for r in mock.requests)
    assert all(r.url.params["pageSize"] == "2" for r in mock.requests)


# ----------------------------------------------------------------------------- page-number APIs: a wrong page


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", ["apollo", "ysuite"])
async def test_answer_for_another_page_raises_pagination_error(api: str, flavour: str) -> None:
    first = apollo_page(["a1"], 1, 3) if api == "apollo" else ysuite_page([1], 1, 3)
    repeated = apollo_page(["a1"], 1, 3) if api == "apollo" else ysuite_page([1], 1, 3)
    mock = MockAPI(first, repeated)
    stepper = Stepper(listing(make_client(api, flavour, mock), api, page_size=1))
    await stepper.next()
    with pytest.raises(crmtasks.PaginationError, match="page 2"):
        await stepper.next()
    assert mock.count == 2


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", ["apollo", "ysuite"])
async def test_first_answer_for_the_wrong_page_raises(api: str, flavour: str) -> None:
    wrong = apollo_page(["a2"], 2, 3) if api == "apollo" else ysuite_page([2], 2, 3)
    mock = MockAPI(wrong)
    with pytest.raises(crmtasks.PaginationError):
        await settle(listing(make_client(api, flavour, mock), api).first_page())


# ----------------------------------------------------------------------------- paging parameters are the paginator's


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("api", "kwargs", "field"),
    [
        ("apollo", {"page": 3}, "page"),
        ("apollo", {"per_page": 10}, "per_page"),
        ("ysuite", {"page_index": 2}, "page_index"),
        ("keap", {"page_token": "t1"}, "page_token"),
    ],
)
async def test_paging_parameters_cannot_be_passed_through(
    api: str, flavour: str, kwargs: dict[str, Any], field: str
) -> None:
    # The paginator sets them on every request, so they are no parameters of the method: passing one is
    # refused by its signature (a TypeError naming it, flagged by type checkers), never silently ignored.
    mock = MockAPI()
    with pytest.raises(TypeError, match=f"unexpected keyword argument '{field}'"):
        listing(make_client(api, flavour, mock), api, **kwargs)
    assert mock.count == 0
