"""List filters, sorting and query parameters of the three APIs, and their checks before anything is sent."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

import crmtasks
import crmtasks.keap
import crmtasks.ysuite

from ..helpers import FLAVOURS, MockAPI, apollo_page, collect, keap_page, listing, make_client, settle, ysuite_page

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("sleeps")]

UTC = dt.UTC
AWARE = dt.datetime(2025, 4, 16, 20, 33, 2, 321000, tzinfo=UTC)


async def keap_query(flavour: str, **kwargs: Any) -> httpx.QueryParams:
    """The query parameters of the first request of a Keap task list."""
    mock = MockAPI(keap_page(["1"]))
    await collect(make_client("keap", flavour, mock).tasks.list(**kwargs))
    assert mock.count == 1
    return mock.last.url.params


def keap_rejects(flavour: str, **kwargs: Any) -> crmtasks.ValidationError:
    """The ValidationError a Keap task list raises for ``kwargs``, asserting nothing was sent."""
    mock = MockAPI()
    client = make_client("keap", flavour, mock)
    with pytest.raises(crmtasks.ValidationError) as caught:
        client.tasks.list(**kwargs)
    assert mock.count == 0, "a rejected argument must not reach the API"
    assert isinstance(caught.value, ValueError)
    return caught.value


# ----------------------------------------------------------------------------- Keap: the filter string


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        pytest.param({"contact_id": "123", "is_completed": False}, "contact_id==123;is_completed==false", id="and"),
        pytest.param({"is_completed": True}, "is_completed==true", id="bool"),
        pytest.param({"has_due_date": False}, "has_due_date==false", id="has_due_date"),
        pytest.param({"id__gte": "5"}, "id>=5", id="gte"),
        pytest.param({"id__gt": "5"}, "id>5", id="gt"),
        pytest.param({"id__lte": "9"}, "id<=9", id="lte"),
        pytest.param({"id__lt": "9"}, "id<9", id="lt"),
        pytest.param({"id": "7"}, "id==7", id="id"),
        pytest.param({"title": "Call back"}, "title==Call back", id="title"),
        pytest.param({"title__startswith": "Fol"}, "title==Fol*", id="startswith"),
        pytest.param({"task_ids": ["1", "2", "3"]}, "task_ids==1,2,3", id="task_ids"),
        pytest.param({"priority": "CRITICAL"}, "priority==CRITICAL", id="priority-literal"),
        pytest.param({"user_id": "UNASSIGNED"}, "user_id==UNASSIGNED", id="user_id"),
        pytest.param({"opportunity_id": "44"}, "opportunity_id==44", id="opportunity_id"),
        pytest.param({"since_time": AWARE}, "since_time==2025-04-16T20:33:02.321Z", id="since_time"),
        pytest.param(
            {"until_time": dt.datetime(2025, 4, 16, 22, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))},
            "until_time==2025-04-16T20:00:00.000Z",
            id="until_time-other-zone",
        ),
    ],
)
async def test_keap_filter_keywords_build_the_filter_string(
    flavour: str, kwargs: dict[str, Any], expected: str
) -> None:
    params = await keap_query(flavour, **kwargs)
    assert params["filter"] == expected


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_keap_priority_filter_takes_the_enum(flavour: str) -> None:
    params = await keap_query(flavour, priority=crmtasks.keap.TaskPriority.ESSENTIAL)
    assert params["filter"] == "priority==ESSENTIAL"


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_keap_custom_field_filters(flavour: str) -> None:
    renewal = dt.datetime(2025, 7, 1, 12, 0, 0, 5000, tzinfo=UTC)
    params = await keap_query(
        flavour,
        is_completed=False,
        custom_fields={"cf_region": "West", "cf_renewal__lte": renewal, "cf_code__startswith": "AB"},
    )
    assert params["filter"] == "is_completed==false;cf_region==West;cf_renewal<=2025-07-01T12:00:00.005Z;cf_code==AB*"


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_keap_without_filters_sends_no_filter(flavour: str) -> None:
    params = await keap_query(flavour)
    assert "filter" not in params
    assert "order_by" not in params


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("order_by", "expected"),
    [
        (("due_time", "desc"), "due_time desc"),
        (("id", "asc"), "id asc"),
        (crmtasks.keap.TaskOrderBy.CREATE_TIME_DESC, "create_time desc"),
    ],
)
async def test_keap_order_by(flavour: str, order_by: Any, expected: str) -> None:
    params = await keap_query(flavour, order_by=order_by)
    assert params["order_by"] == expected


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_keap_fields_asks_for_custom_fields(flavour: str) -> None:
    params = await keap_query(flavour, fields=["custom_fields"])
    assert params.get_list("fields") == ["custom_fields"]


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        pytest.param({"contact_id": "1;is_completed==true"}, "contact_id", id="semicolon"),
        pytest.param({"title": "a==b"}, "title", id="equals"),
        pytest.param({"id__gte": "5>3"}, "id__gte", id="greater"),
        pytest.param({"user_id": "<1"}, "user_id", id="less"),
        pytest.param({"task_ids": ["1", "2;x"]}, "task_ids[1]", id="task_ids-semicolon"),
        pytest.param({"task_ids": ["1", "2,3"]}, "task_ids", id="task_ids-comma"),
        pytest.param({"task_ids": []}, "task_ids", id="task_ids-empty"),
        pytest.param({"task_ids": "1,2"}, "task_ids", id="task_ids-str"),
        pytest.param({"title": "Fol*"}, "title", id="wildcard-in-equality"),
        pytest.param({"title__startswith": "Fol*"}, "title__startswith", id="wildcard-in-prefix"),
        pytest.param({"since_time": dt.datetime(2025, 4, 16, 20, 33)}, "since_time", id="naive-datetime"),
        pytest.param({"since_time": dt.date(2025, 4, 16)}, "since_time", id="date-only"),
        pytest.param({"since_time": "2025-04-16T20:33:02Z"}, "since_time", id="datetime-as-str"),
        pytest.param({"is_completed": "false"}, "is_completed", id="bool-as-str"),
        pytest.param({"contact_id": 123}, "contact_id", id="int-id"),
        pytest.param({"priority": "URGENT"}, "priority", id="unknown-priority"),
    ],
)
async def test_keap_bad_filter_values_are_rejected_before_any_request(
    flavour: str, kwargs: dict[str, Any], field: str
) -> None:
    error = keap_rejects(flavour, **kwargs)
    assert error.field == field
    assert str(error).startswith(field)


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    "custom",
    [
        pytest.param({"cf_region": "West;is_completed==true"}, id="semicolon"),
        pytest.param({"cf_region": "We*"}, id="wildcard"),
        pytest.param({"cf_renewal__lte": dt.datetime(2025, 7, 1)}, id="naive-datetime"),
        pytest.param({"cf_renewal__lte": dt.date(2025, 7, 1)}, id="date-only"),
        pytest.param({"cf region": "West"}, id="bad-name"),
        pytest.param({"cf_x==1;cf_y": "West"}, id="injected-name"),
        pytest.param({"cf_tags": ["a", "b"]}, id="list"),
    ],
)
async def test_keap_bad_custom_field_filters_are_rejected(flavour: str, custom: dict[str, Any]) -> None:
    error = keap_rejects(flavour, custom_fields=custom)
    assert error.field is not None and error.field.startswith("custom_fields")


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    "order_by",
    [
        pytest.param(("title", "asc"), id="bad-field"),
        pytest.param(("due_time", "down"), id="bad-direction"),
        pytest.param(("due_time",), id="one-element"),
        pytest.param(("due_time", "desc", "x"), id="three-elements"),
        pytest.param("due_time sideways", id="bad-string"),
    ],
)
async def test_keap_bad_order_by_is_rejected(flavour: str, order_by: Any) -> None:
    error = keap_rejects(flavour, order_by=order_by)
    assert error.field == "order_by"


# ----------------------------------------------------------------------------- ySuite


async def ysuite_query(flavour: str, **kwargs: Any) -> httpx.QueryParams:
    mock = MockAPI(ysuite_page([1], 1, 1))
    await collect(make_client("ysuite", flavour, mock).tasks.list(**kwargs))
    assert mock.count == 1
    return mock.last.url.params


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_ysuite_status_and_priority_as_enums(flavour: str) -> None:
    params = await ysuite_query(
        flavour, status=crmtasks.ysuite.TaskStatus.OPEN, priority=crmtasks.ysuite.TaskPriority.URGENT
    )
    assert params["status"] == "0"
    assert params["priority"] == "4"


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_ysuite_status_and_priority_as_ints(flavour: str) -> None:
    params = await ysuite_query(flavour, status=2, priority=1)
    assert params["status"] == "2"
    assert params["priority"] == "1"


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_ysuite_due_dates_are_sent_as_iso_dates(flavour: str) -> None:
    params = await ysuite_query(flavour, due_date_from=dt.date(2026, 7, 1), due_date_to=dt.date(2026, 7, 31))
    assert params["due_date_from"] == "2026-07-01"
    assert params["due_date_to"] == "2026-07-31"


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_ysuite_sorting_search_and_assignee(flavour: str) -> None:
    params = await ysuite_query(
        flavour, sort_by="start_datetime", sort_order=crmtasks.ysuite.SortOrder.DESC, search="quote", assigned_user_id=9
    )
    assert params["sortBy"] == "start_datetime"
    assert params["sortOrder"] == "desc"
    assert "sort_by" not in params and "sort_order" not in params
    assert params["search"] == "quote"
    assert params["assigned_user_id"] == "9"


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        pytest.param({"due_date_from": dt.datetime(2026, 7, 1, 9)}, "due_date_from", id="datetime-for-date"),
        pytest.param({"due_date_to": "2026-07-31"}, "due_date_to", id="str-for-date"),
        pytest.param({"status": 5}, "status", id="status-out-of-enum"),
        pytest.param({"status": True}, "status", id="status-bool"),
        pytest.param({"priority": "high"}, "priority", id="priority-str"),
        pytest.param({"sort_by": "due"}, "sort_by", id="sort-field"),
        pytest.param({"sort_order": "down"}, "sort_order", id="sort-order"),
        pytest.param({"assigned_user_id": "9"}, "assigned_user_id", id="assignee-str"),
    ],
)
async def test_ysuite_bad_filters_are_rejected_before_any_request(
    flavour: str, kwargs: dict[str, Any], field: str
) -> None:
    mock = MockAPI()
    client = make_client("ysuite", flavour, mock)
    with pytest.raises(crmtasks.ValidationError) as caught:
        client.tasks.list(**kwargs)
    assert caught.value.field == field
    assert mock.count == 0


# ----------------------------------------------------------------------------- Apollo


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_apollo_sort_by_field(flavour: str) -> None:
    mock = MockAPI(apollo_page(["a"], 1, 1))
    client = make_client("apollo", flavour, mock)
    await collect(client.tasks.search(sort_by_field="task_due_at"))
    assert mock.last.url.params["sort_by_field"] == "task_due_at"


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_apollo_per_page_is_bounded(flavour: str) -> None:
    mock = MockAPI(apollo_page(["a"], 1, 1))
    client = make_client("apollo", flavour, mock)
    with pytest.raises(crmtasks.ValidationError, match="100"):
        client.tasks.search(page_size=101)
    assert mock.count == 0
    await settle(client.tasks.search(page_size=100).first_page())
    assert mock.last.url.params["per_page"] == "100"


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        pytest.param({"sort_by_field": "due"}, "sort_by_field", id="sort-field"),
        pytest.param({"open_factor_names": ["owners"]}, "open_factor_names[0]", id="facet"),
    ],
)
async def test_apollo_bad_search_arguments_are_rejected(flavour: str, kwargs: dict[str, Any], field: str) -> None:
    mock = MockAPI()
    client = make_client("apollo", flavour, mock)
    with pytest.raises(crmtasks.ValidationError) as caught:
        client.tasks.search(**kwargs)
    assert caught.value.field == field
    assert mock.count == 0


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("api", "name"),
    [("keap", "contact_idd"), ("keap", "id__between"), ("ysuite", "statuss"), ("apollo", "sort_by")],
)
async def test_an_unknown_keyword_is_refused_by_the_signature(flavour: str, api: str, name: str) -> None:
    # Every filter and parameter is an explicit keyword: a misspelt one is a TypeError naming it (and type
    # checkers flag it before the code runs); nothing is sent.
    mock = MockAPI()
    with pytest.raises(TypeError, match=f"unexpected keyword argument '{name}'"):
        listing(make_client(api, flavour, mock), api, **{name: "1"})
    assert mock.count == 0
