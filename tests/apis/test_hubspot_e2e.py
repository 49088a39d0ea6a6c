"""HubSpot end to end: crmtasks.HubSpot and AsyncHubSpot against the sandbox served as a separate process.

Every scenario runs with the sync client and its async twin (``mode``).
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Iterator
from typing import Any

import pytest

import crmtasks
from crmtasks.hubspot import Task, TaskBatchResult, TaskSearchPage
from crmtasks.sandbox import Sandbox
from crmtasks_hubspot.models import TaskBatchResultWithErrors

from ..sandbox_server import control, served_sandbox

pytestmark = pytest.mark.anyio

SUBJECT, STATUS, DUE = "hs_task_subject", "hs_task_status", "hs_timestamp"


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with served_sandbox() as url:
        yield url


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def fresh(server: str) -> str:
    control(server, "reset")
    return server


def client(url: str, mode: str, **options: Any) -> Any:
    cls = crmtasks.HubSpot if mode == "sync" else crmtasks.AsyncHubSpot
    return cls(**Sandbox.credentials("hubspot"), base_url=Sandbox.base_url("hubspot", url), **options)


async def resolve(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def collect(paginator: Any) -> list[Any]:
    if isinstance(paginator, crmtasks.AsyncPaginator):
        return [item async for item in paginator]
    return list(paginator)


async def all_pages(paginator: Any) -> list[Any]:
    if isinstance(paginator, crmtasks.AsyncPaginator):
        return [page async for page in paginator.pages()]
    return list(paginator.pages())


def new(subject: str, due: str = "2026-07-15T09:30:00Z", **more: str) -> dict[str, Any]:
    return {"properties": {SUBJECT: subject, DUE: due, **more}}


async def test_create_get_update_list_and_archive(fresh: str, mode: str) -> None:
    hubspot = client(fresh, mode)
    created = await resolve(hubspot.tasks.create(**new("Call back", hs_task_priority="HIGH")))
    assert isinstance(created, Task) and created.id.isdigit() and created.archived is False
    assert created.properties[SUBJECT] == "Call back" and created.properties[STATUS] == "NOT_STARTED"
    assert created.properties[DUE] == "2026-07-15T09:30:00.000Z"

    got = await resolve(hubspot.tasks.get(created.id, properties=[SUBJECT, "hs_task_body"]))
    assert got.properties[SUBJECT] == "Call back" and got.properties["hs_task_body"] is None  # asked for, unset

    updated = await resolve(hubspot.tasks.update(created.id, properties={STATUS: "COMPLETED"}))
    assert updated.properties[STATUS] == "COMPLETED" and updated.updated_at > created.updated_at

    listed = await collect(hubspot.tasks.list(properties=[SUBJECT, STATUS]))
    assert [(t.id, t.properties[STATUS]) for t in listed] == [(created.id, "COMPLETED")]

    assert await resolve(hubspot.tasks.delete(created.id)) is None
    assert await collect(hubspot.tasks.list()) == []
    with pytest.raises(crmtasks.NotFoundError):
        await resolve(hubspot.tasks.get(created.id))
    archived = await resolve(hubspot.tasks.get(created.id, archived=True))
    assert archived.archived is True and archived.archived_at is not None
    assert [t.id for t in await collect(hubspot.tasks.list(archived=True))] == [created.id]


async def test_create_refusals_are_bad_requests_before_or_after_sending(fresh: str, mode: str) -> None:
    hubspot = client(fresh, mode)
    with pytest.raises(crmtasks.BadRequestError, match="hs_timestamp"):
        await resolve(hubspot.tasks.create(properties={SUBJECT: "No due date"}))
    with pytest.raises(crmtasks.BadRequestError, match="allowed options"):
        await resolve(hubspot.tasks.create(**new("Odd", hs_task_priority="URGENT")))
    with pytest.raises(crmtasks.ValidationError, match="properties"):
        await resolve(hubspot.tasks.create(properties={SUBJECT: 5}))  # every value is a string
    assert control(fresh, "counts")["tasks"]["hubspot"] == 0


async def test_listing_pages_by_cursor_without_loss(server: str, mode: str) -> None:
    control(server, "reset", {"seed": 45})
    hubspot = client(server, mode)
    pages = await all_pages(hubspot.tasks.list(page_size=10, properties=[SUBJECT]))
    ids = [t.id for page in pages for t in page.items]
    assert len(pages) == 5 and len(ids) == 45 == len(set(ids))
    assert all(page.next_token for page in pages[:-1]) and pages[-1].next_token is None
    assert all(t.properties[SUBJECT] for page in pages for t in page.items)
    limited = await collect(hubspot.tasks.list(page_size=4, limit=9))
    assert [t.id for t in limited] == ids[:9]


async def test_batch_create_read_update_archive(fresh: str, mode: str) -> None:
    hubspot = client(fresh, mode)
    created = await resolve(hubspot.tasks.batch_create(inputs=[new(f"Batch {i}") for i in range(3)]))
    assert isinstance(created, TaskBatchResult) and created.status == "COMPLETE"
    ids = [t.id for t in created.results]
    assert [t.properties[SUBJECT] for t in created.results] == ["Batch 0", "Batch 1", "Batch 2"]

    read = await resolve(hubspot.tasks.batch_read(inputs=[{"id": i} for i in ids], properties=[SUBJECT]))
    assert sorted(t.id for t in read.results) == sorted(ids)
    partly = await resolve(hubspot.tasks.batch_read(inputs=[{"id": ids[0]}, {"id": "404"}]))
    assert isinstance(partly, TaskBatchResultWithErrors)  # a 207: the unknown id is reported, not raised
    assert [t.id for t in partly.results] == [ids[0]] and partly.errors[0].category == "OBJECT_NOT_FOUND"

    inputs = [{"id": i, "properties": {STATUS: "IN_PROGRESS"}} for i in ids[:2]]
    updated = await resolve(hubspot.tasks.batch_update(inputs=inputs))
    assert {t.properties[STATUS] for t in updated.results} == {"IN_PROGRESS"}

    assert await resolve(hubspot.tasks.batch_archive(inputs=[{"id": i} for i in ids[:2]])) is None
    assert [t.id for t in await collect(hubspot.tasks.list())] == ids[2:]

    with pytest.raises(crmtasks.ValidationError, match="at most 100"):
        await resolve(hubspot.tasks.batch_create(inputs=[new(f"Many {i}") for i in range(101)]))


async def test_search_with_filter_groups_sorts_and_paging(fresh: str, mode: str) -> None:
    hubspot = client(fresh, mode)
    for day in range(1, 9):
        status = "COMPLETED" if day % 4 == 0 else "NOT_STARTED"
        subject = f"{'Renewal' if day <= 3 else 'Call'} day {day}"
        await resolve(hubspot.tasks.create(**new(subject, f"2026-07-{day:02d}T09:00:00Z", hs_task_status=status)))

    async def search(*groups: list[dict[str, Any]], **options: Any) -> TaskSearchPage:
        filter_groups = [{"filters": f} for f in groups]
        answer = await resolve(
            hubspot.tasks.with_raw_response.search(filterGroups=filter_groups, properties=[SUBJECT, DUE], **options)
        )
        page: TaskSearchPage = answer.parse()  # the first page's answer
        return page

    open_ = await search([{"propertyName": STATUS, "operator": "EQ", "value": "NOT_STARTED"}])
    assert open_.total == 6
    between = [{"propertyName": DUE, "operator": "BETWEEN", "value": "2026-07-02", "highValue": "2026-07-04"}]
    assert (await search(between)).total == 2  # 2 July 09:00 and 3 July 09:00; 4 July starts at midnight
    tokens = await search([{"propertyName": SUBJECT, "operator": "CONTAINS_TOKEN", "value": "renew*"}])
    assert tokens.total == 3
    either = await search(
        [{"propertyName": STATUS, "operator": "EQ", "value": "COMPLETED"}],
        [{"propertyName": SUBJECT, "operator": "CONTAINS_TOKEN", "value": "renewal"}],
    )
    assert either.total == 5  # OR between groups
    absent = await search([{"propertyName": "hs_task_body", "operator": "NOT_HAS_PROPERTY"}])
    assert absent.total == 8

    sort = [{"propertyName": DUE, "direction": "DESCENDING"}]
    first = await search(sorts=sort, page_size=3)
    assert first.total == 8 and [t.properties[SUBJECT] for t in first.results] == [
        "Call day 8",
        "Call day 7",
        "Call day 6",
    ]
    assert first.paging is not None
    # The paginator sends the cursor (after) and the page size (limit) in the body, page after page.
    pages = await all_pages(hubspot.tasks.search(sorts=sort, properties=[SUBJECT], page_size=3))
    assert [len(p.items) for p in pages] == [3, 3, 2] and pages[0].total_items == 8 and pages[-1].next_token is None
    subjects = [t.properties[SUBJECT] for p in pages for t in p.items]
    assert subjects[:3] == ["Call day 8", "Call day 7", "Call day 6"] and len(set(subjects)) == 8
    assert len(await collect(hubspot.tasks.search(hs_task_status="NOT_STARTED", page_size=2, limit=5))) == 5

    too_many = [[{"propertyName": SUBJECT, "operator": "HAS_PROPERTY"}]] * 6
    with pytest.raises(crmtasks.ValidationError, match="filterGroups"):
        await search(*too_many)  # the spec's limit of 5 groups, checked before sending
    with pytest.raises(crmtasks.BadRequestError, match="needs highValue"):
        await search([{"propertyName": DUE, "operator": "BETWEEN", "value": "2026-07-01"}])


async def test_rate_limit_headers_are_read(fresh: str, mode: str) -> None:
    hubspot = client(fresh, mode)
    await collect(hubspot.tasks.list())
    info = hubspot.rate_limit
    assert info is not None and info.quota is info["daily"]
    assert info["ten_secondly"].limit == 190 and info["daily"].remaining is not None


async def test_typed_properties_as_keywords_and_accessors(fresh: str, mode: str) -> None:
    hubspot = client(fresh, mode)
    due = dt.datetime(2026, 7, 15, 11, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    created = await resolve(
        hubspot.tasks.create(
            hs_task_subject="Call", hs_timestamp=due, hs_task_priority="HIGH", properties={"hs_task_body": "Renewal"}
        )
    )
    assert created.properties[DUE] == "2026-07-15T09:30:00.000Z"  # the raw strings stay
    assert created.hs_timestamp == due and created.hs_timestamp.tzinfo is not None
    assert (created.hs_task_subject, created.hs_task_priority, created.hs_task_body) == ("Call", "HIGH", "Renewal")
    assert created.hs_task_status == "NOT_STARTED" and created.hubspot_owner_id is None

    updated = await resolve(hubspot.tasks.update(created.id, hs_task_status="COMPLETED", hubspot_owner_id="52550153"))
    assert updated.hs_task_status == "COMPLETED" and updated.hubspot_owner_id == "52550153"

    with pytest.raises(crmtasks.ValidationError, match="hs_task_priority") as refused:
        await resolve(hubspot.tasks.create(hs_timestamp=due, hs_task_priority="URGENT"))  # type: ignore[arg-type]
    assert "LOW" in str(refused.value)
    with pytest.raises(crmtasks.ValidationError, match="hs_timestamp"):
        await resolve(hubspot.tasks.create(hs_timestamp=dt.datetime(2026, 7, 15)))  # naive
    with pytest.raises(crmtasks.ValidationError, match="hs_task_status"):
        await resolve(hubspot.tasks.update(created.id, hs_task_status="COMPLETED", properties={STATUS: "COMPLETED"}))
    assert control(fresh, "counts")["tasks"]["hubspot"] == 1

    # Every status HubSpot's task property offers is a typed value (its guide's example sends WAITING).
    waiting = await resolve(hubspot.tasks.update(created.id, hs_task_status="WAITING"))
    assert waiting.hs_task_status == "WAITING"
    # A value the spec does not list (a type a portal's integrations add) stays a str, and is reported.
    await resolve(hubspot.tasks.update(created.id, properties={"hs_task_type": "LINKED_IN"}))
    got = await resolve(hubspot.tasks.get(created.id, properties=["hs_task_type"]))
    assert got.hs_task_type == "LINKED_IN" and got.properties["hs_task_type"] == "LINKED_IN"
    strict = client(fresh, mode, strict_responses=True)
    with pytest.raises(crmtasks.APIResponseValidationError, match="hs_task_type"):
        await resolve(strict.tasks.get(created.id, properties=["hs_task_type"]))


async def test_search_with_typed_keywords_and_any_of(fresh: str, mode: str) -> None:
    hubspot = client(fresh, mode)
    for day in range(1, 9):
        await resolve(
            hubspot.tasks.create(
                hs_task_subject=f"{'Renewal' if day <= 3 else 'Call'} day {day}",
                hs_timestamp=dt.datetime(2026, 7, day, 9, tzinfo=dt.UTC),
                hs_task_status="COMPLETED" if day % 4 == 0 else "NOT_STARTED",
                hs_task_priority="HIGH" if day % 2 else "LOW",
            )
        )

    async def subjects(**keywords: Any) -> list[str]:
        return sorted(
            t.properties[SUBJECT] for t in await collect(hubspot.tasks.search(properties=[SUBJECT], **keywords))
        )

    july_2 = dt.datetime(2026, 7, 2, tzinfo=dt.UTC)
    assert await subjects(
        hs_task_status="NOT_STARTED",
        hs_timestamp__gte=july_2,
        hs_task_subject__contains_token="renewal",
        hs_task_priority__in=["HIGH", "MEDIUM"],
    ) == ["Renewal day 3"]
    assert await subjects(any_of=[{"hs_task_status": "COMPLETED"}, {"hs_task_subject__contains_token": "renew*"}]) == [
        "Call day 4",
        "Call day 8",
        "Renewal day 1",
        "Renewal day 2",
        "Renewal day 3",
    ]
    assert await subjects(
        hs_timestamp__between=(july_2, july_2 + dt.timedelta(days=2)), hs_task_body__exists=False
    ) == [
        "Renewal day 2",
        "Renewal day 3",
    ]
    assert await subjects(hs_task_priority="LOW", any_of=[{"hs_task_status": "COMPLETED"}]) == [
        "Call day 4",
        "Call day 8",
    ]
    with pytest.raises(crmtasks.ValidationError, match="at most 5"):
        await subjects(any_of=[{"hs_task_status": "COMPLETED"}] * 6)


async def test_search_pages_through_everything_up_to_the_10000_cap(server: str, mode: str) -> None:
    control(server, "reset", {"seed": 10_050})
    hubspot = client(server, mode)
    paginator = hubspot.tasks.search(page_size=200, properties=[SUBJECT])
    with pytest.warns(crmtasks.ResultsTruncatedWarning, match="10050"):
        found = await collect(paginator)
    assert len(found) == 10_000 == paginator.total and len({t.id for t in found}) == 10_000
    with pytest.raises(crmtasks.ResultsTruncatedError):
        await collect(hubspot.tasks.search(page_size=200, on_truncation="raise"))
    few = await collect(
        hubspot.tasks.search(hs_task_priority="HIGH", properties=["hs_task_priority"], limit=250, page_size=100)
    )
    assert len(few) == 250 and all(t.hs_task_priority == "HIGH" for t in few)
    control(server, "reset")
