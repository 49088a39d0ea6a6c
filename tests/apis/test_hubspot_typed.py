"""HubSpot's typed task properties and search keywords, unit by unit over ``httpx.MockTransport``, sync and async.

The typed keywords come from the spec's ``x-properties``: each value is checked
and converted to the string HubSpot stores before anything is sent; the typed
accessors of a task read those strings back leniently.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

import crmtasks
from crmtasks._properties import property_text
from crmtasks_hubspot.models import Task

from ..helpers import MockAPI, collect, hubspot_task, make_client, settle

pytestmark = pytest.mark.anyio
UTC = dt.UTC


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def sent(mock: MockAPI) -> Any:
    return json.loads(mock.last.content)


async def test_typed_keywords_are_sent_as_strings_beside_raw_properties(flavour: str) -> None:
    mock = MockAPI((201, hubspot_task("1")), hubspot_task("1"))
    hubspot = make_client("hubspot", flavour, mock)
    due = dt.datetime(2026, 7, 15, 9, 30, tzinfo=UTC)
    await settle(
        hubspot.tasks.create(
            hs_task_subject="Call",
            hs_timestamp=due,
            hs_task_priority="HIGH",
            hs_task_reminders=due - dt.timedelta(minutes=30),
            properties={"custom": "x"},
        )
    )
    assert sent(mock) == {
        "properties": {
            "custom": "x",
            "hs_task_subject": "Call",
            "hs_timestamp": "2026-07-15T09:30:00.000Z",
            "hs_task_priority": "HIGH",
            "hs_task_reminders": str(int((due - dt.timedelta(minutes=30)).timestamp() * 1000)),
        }
    }
    await settle(hubspot.tasks.update("1", hs_task_status="COMPLETED"))
    assert sent(mock) == {"properties": {"hs_task_status": "COMPLETED"}}


@pytest.mark.parametrize(
    ("keywords", "named"),
    [
        ({"hs_task_priority": "URGENT"}, "hs_task_priority"),
        ({"hs_task_type": "MEETING"}, "hs_task_type"),
        ({"hs_timestamp": dt.datetime(2026, 7, 15)}, "hs_timestamp"),  # naive
        ({"hs_timestamp": "2026-07-15"}, "hs_timestamp"),  # not a datetime
        ({"hubspot_owner_id": "owner"}, "hubspot_owner_id"),  # not digits
        ({"hs_task_subject": 5}, "hs_task_subject"),
        ({"hs_task_status": "COMPLETED", "properties": {"hs_task_status": "COMPLETED"}}, "hs_task_status"),
    ],
)
async def test_a_bad_typed_value_is_refused_before_sending(flavour: str, keywords: dict[str, Any], named: str) -> None:
    mock = MockAPI()
    hubspot = make_client("hubspot", flavour, mock)
    with pytest.raises(crmtasks.ValidationError) as refused:
        await settle(hubspot.tasks.update("1", **keywords))
    assert refused.value.field == named and mock.count == 0


def test_property_text_converts_per_declaration() -> None:
    moment = dt.datetime(2026, 1, 2, 3, 4, 5, 678_000, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert property_text({"type": "string", "format": "date-time"}, moment, "k") == "2026-01-02T02:04:05.678Z"
    millis = {"type": "string", "format": "date-time", "encoding": "epoch-millis"}
    assert property_text(millis, moment, "k") == str(int(moment.timestamp() * 1000))  # type: ignore[typeddict-item]
    assert property_text({"type": "integer"}, 7, "k") == "7"
    assert property_text({"type": "boolean"}, True, "k") == "true"


def read(properties: dict[str, Any]) -> Task:
    body = {**hubspot_task("1"), "properties": properties}
    return Task.from_dict(body)


def test_accessors_read_leniently_and_the_map_keeps_the_strings() -> None:
    task = read({"hs_timestamp": "1784107800000", "hs_task_priority": "HIGH", "hs_task_reminders": None})
    assert task.hs_timestamp == dt.datetime(2026, 7, 15, 9, 30, tzinfo=UTC)  # epoch milliseconds
    assert task.properties["hs_timestamp"] == "1784107800000"
    assert task.hs_task_priority == "HIGH" and task.hs_task_reminders is None and task.hs_task_subject is None
    assert read({"hs_timestamp": "2026-07-15T09:30:00Z"}).hs_timestamp == dt.datetime(2026, 7, 15, 9, 30, tzinfo=UTC)
    assert read({"hs_timestamp": "2026-07-15T09:30:00"}).hs_timestamp == dt.datetime(2026, 7, 15, 9, 30, tzinfo=UTC)


async def test_values_that_are_not_declared_are_reported_and_kept(flavour: str) -> None:
    answer = {**hubspot_task("1"), "properties": {"hs_task_status": "ON_HOLD", "hs_timestamp": "soon"}}
    hubspot = make_client("hubspot", flavour, MockAPI(answer))
    task = await settle(hubspot.tasks.get("1"))  # reported once per process as a warning (deduplicated)
    assert task.hs_task_status == "ON_HOLD" and task.hs_timestamp is None and task.properties["hs_timestamp"] == "soon"
    strict = make_client("hubspot", flavour, MockAPI(answer), strict_responses=True)
    with pytest.raises(crmtasks.APIResponseValidationError, match=r"properties\.hs_task_status.*ON_HOLD"):
        await settle(strict.tasks.get("1"))


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def filters_sent(mock: MockAPI) -> list[list[dict[str, Any]]]:
    return [group["filters"] for group in sent(mock)["filterGroups"]]


async def test_search_keywords_build_one_and_group(flavour: str) -> None:
    mock = MockAPI({"total": 0, "results": []})
    hubspot = make_client("hubspot", flavour, mock)
    since = dt.datetime(2026, 7, 1, 2, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    await collect(
        hubspot.tasks.search(
            hs_task_status="NOT_STARTED",
            hs_timestamp__gte=since,
            hs_task_subject__contains_token="renewal",
            hs_task_priority__in=["HIGH", "MEDIUM"],
            hs_task_body__exists=False,
            hs_timestamp__between=(since, since + dt.timedelta(days=1)),
        )
    )
    (group,) = filters_sent(mock)  # in the order of the signature
    assert sorted(group, key=canonical) == sorted(
        [
            {"propertyName": "hs_task_status", "operator": "EQ", "value": "NOT_STARTED"},
            {"propertyName": "hs_timestamp", "operator": "GTE", "value": "2026-07-01T00:00:00.000Z"},
            {"propertyName": "hs_task_subject", "operator": "CONTAINS_TOKEN", "value": "renewal"},
            {"propertyName": "hs_task_priority", "operator": "IN", "values": ["HIGH", "MEDIUM"]},
            {"propertyName": "hs_task_body", "operator": "NOT_HAS_PROPERTY"},
            {
                "propertyName": "hs_timestamp",
                "operator": "BETWEEN",
                "value": "2026-07-01T00:00:00.000Z",
                "highValue": "2026-07-02T00:00:00.000Z",
            },
        ],
        key=canonical,
    )


async def test_any_of_ors_groups_and_shared_keywords_join_each(flavour: str) -> None:
    mock = MockAPI({"total": 0, "results": []}, {"total": 0, "results": []})
    hubspot = make_client("hubspot", flavour, mock)
    await collect(
        hubspot.tasks.search(
            hubspot_owner_id="7", any_of=[{"hs_task_status": "COMPLETED"}, {"hs_task_type__neq": "CALL"}]
        )
    )
    owner = {"propertyName": "hubspot_owner_id", "operator": "EQ", "value": "7"}
    assert filters_sent(mock) == [
        [owner, {"propertyName": "hs_task_status", "operator": "EQ", "value": "COMPLETED"}],
        [owner, {"propertyName": "hs_task_type", "operator": "NEQ", "value": "CALL"}],
    ]
    await collect(hubspot.tasks.search())
    assert sent(mock)["filterGroups"] == []  # no filter: every task


SIX = {
    "hs_task_subject__exists": True,
    "hs_task_body__exists": True,
    "hs_task_type": "CALL",
    "hs_task_status": "COMPLETED",
    "hs_task_priority": "LOW",
    "hubspot_owner_id": "1",
}


@pytest.mark.parametrize(
    ("keywords", "named", "message"),
    [
        ({"any_of": [{"hs_task_status": "COMPLETED"}] * 6}, "any_of", "at most 5"),
        ({**SIX, "hs_timestamp__exists": True}, None, "at most 6"),
        ({"any_of": [SIX, {**SIX, "hs_task_reminders__exists": True}]}, "any_of[1]", "at most 6"),
        ({"any_of": [{k: v for k, v in list(SIX.items())[:4]}] * 5}, "any_of", "at most 18"),
        ({"hs_task_priority__in": ["URGENT"]}, "hs_task_priority__in[0]", "'LOW'"),
        ({"hs_timestamp__gt": dt.datetime(2026, 7, 1)}, "hs_timestamp__gt", "timezone"),
        ({"hs_timestamp__between": (dt.datetime(2026, 7, 1, tzinfo=UTC),)}, "hs_timestamp__between", "low, high"),
        ({"hs_task_status": "COMPLETED", "filterGroups": []}, "filterGroups", "not both"),
        ({"any_of": [{"hs_task_subject__startswith": "x"}]}, "any_of[0].hs_task_subject__startswith", "not a search"),
    ],
)
async def test_search_limits_and_values_are_checked_before_sending(
    flavour: str, keywords: dict[str, Any], named: str | None, message: str
) -> None:
    mock = MockAPI()
    hubspot = make_client("hubspot", flavour, mock)
    with pytest.raises(crmtasks.ValidationError, match=message) as refused:
        await settle(hubspot.tasks.search(**keywords))
    assert refused.value.field == named and mock.count == 0


def search_page(ids: list[str], total: int, after: str | None = None) -> dict[str, Any]:
    page: dict[str, Any] = {"total": total, "results": [hubspot_task(i) for i in ids]}
    if after is not None:
        page["paging"] = {"next": {"after": after, "link": f"?after={after}"}}
    return page


async def test_search_pages_with_the_cursor_and_size_in_the_body(flavour: str) -> None:
    mock = MockAPI(search_page(["1", "2"], 5, "2"), search_page(["3", "4"], 5, "4"), search_page(["5"], 5))
    hubspot = make_client("hubspot", flavour, mock)
    paginator = hubspot.tasks.search(hs_task_status="COMPLETED", page_size=2)
    assert [t.id for t in await collect(paginator)] == ["1", "2", "3", "4", "5"] and paginator.total == 5
    bodies = [json.loads(r.content) for r in mock.requests]
    assert [(b.get("after"), b["limit"]) for b in bodies] == [(None, 2), ("2", 2), ("4", 2)]
    assert all(b["filterGroups"] == bodies[0]["filterGroups"] != [] for b in bodies)
    assert all("after" not in r.url.params and "limit" not in r.url.params for r in mock.requests)


async def test_search_page_size_defaults_to_the_maximum_and_is_checked(flavour: str) -> None:
    mock = MockAPI(search_page(["1"], 1))
    hubspot = make_client("hubspot", flavour, mock)
    await collect(hubspot.tasks.search())
    assert sent(mock)["limit"] == 200  # the spec's maximum of a search's limit
    with pytest.raises(crmtasks.ValidationError, match="page_size"):
        hubspot.tasks.search(page_size=201)


async def test_past_the_10000_cap_a_search_warns_or_raises(flavour: str) -> None:
    mock = MockAPI(search_page(["1"], 12_000, "1"), search_page(["2"], 12_000))
    hubspot = make_client("hubspot", flavour, mock)
    with pytest.warns(crmtasks.ResultsTruncatedWarning, match="10000"):
        await collect(hubspot.tasks.search(page_size=1))
    strict = make_client("hubspot", flavour, MockAPI(search_page(["1"], 12_000, "1")))
    with pytest.raises(crmtasks.ResultsTruncatedError):
        await collect(strict.tasks.search(page_size=1, on_truncation="raise"))
