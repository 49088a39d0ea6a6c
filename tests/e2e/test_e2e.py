"""End to end over real sockets: the public clients against the sandbox served as a separate process.

Every scenario runs twice, with the sync client and with its async twin
(``mode``); ``resolve`` and ``collect`` let one scenario drive both.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

import crmtasks
import crmtasks._deviations
from crmtasks._registry import REGISTRY
from crmtasks.sandbox import Sandbox
from crmtasks.ysuite import TaskPriority, TaskStatus

from ..helpers import APIS
from ..sandbox_server import control, served_sandbox

pytestmark = pytest.mark.anyio

CLIENTS = {api.key: (api.client_class("sync"), api.client_class("async")) for api in REGISTRY}


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


def client(api: str, url: str, mode: str, **options: Any) -> Any:
    sync_class, async_class = CLIENTS[api]
    cls = sync_class if mode == "sync" else async_class
    return cls(**Sandbox.credentials(api), base_url=Sandbox.base_url(api, url), **options)  # type: ignore[arg-type]


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


def tasks_held(url: str, api: str) -> int:
    counts: dict[str, Any] = control(url, "counts")
    return int(counts["tasks"][api])


# -- Keap ---------------------------------------------------------------------


async def test_keap_create_get_list_update_delete(fresh: str, mode: str) -> None:
    keap = client("keap", fresh, mode)
    due = datetime(2025, 5, 1, 9, tzinfo=UTC)
    created = []
    for i in range(12):
        fields: dict[str, Any] = {
            "title": f"{'Follow up' if i % 3 == 0 else 'Call'} #{i}",
            "assigned_to_user_id": "7" if i % 2 else "8",
            "contact_id": "100" if i < 6 else "200",
            "priority": "CRITICAL" if i % 4 == 0 else "ESSENTIAL",
            "remind_time_mins": 30,
            "opportunity_id": "900" if i < 3 else "901",
        }
        if i % 5:
            fields["due_time"] = due + timedelta(days=i)
        created.append(await resolve(keap.tasks.create(**fields)))
    ids = [t.id for t in created]
    assert len(set(ids)) == 12
    fetched = await resolve(keap.tasks.get(ids[3]))
    assert (fetched.title, fetched.remind_time_mins) == ("Follow up #3", 30)

    updated = await resolve(keap.tasks.update(ids[1], completed=True, title="Call #1 (done)"))
    assert updated.completed is True and updated.title == "Call #1 (done)"
    assert (await resolve(keap.tasks.get(ids[1]))).priority == created[1].priority  # untouched field kept

    async def count(**filters: Any) -> int:
        return len(await collect(keap.tasks.list(**filters)))

    assert await count(contact_id="100") == 6
    assert await count(is_completed=True) == 1
    assert await count(is_completed=False, contact_id="200") == 6
    assert await count(has_due_date=False) == 3  # i = 0, 5, 10
    assert await count(user_id="7") == 6
    assert await count(priority="CRITICAL") == 3
    assert await count(task_ids=[ids[0], ids[4]]) == 2
    assert await count(id__gte=ids[10]) == 2
    assert await count(id__lt=ids[2]) == 2
    assert await count(title__startswith="Follow") == 4
    assert await count(since_time=updated.modification_time) == 1
    assert await count(until_time=updated.modification_time) == 12
    assert await count(opportunity_id="900") == 3
    assert await count(id=ids[5]) == 1
    assert await count(id__gt=ids[9], id__lte=ids[11]) == 2
    assert await count(title="Call #2") == 1
    assert await count(title="Call") == 0  # equality without the wildcard is exact

    region = (await resolve(keap.tasks.custom_fields.create(label="Region", field_type="TEXT"))).custom_field
    await resolve(keap.tasks.update(ids[2], custom_fields=[{"id": region.id, "content": "West"}]))
    await resolve(keap.tasks.update(ids[4], custom_fields=[{"id": region.id, "content": "Westfield"}]))
    assert await count(custom_fields={region.field_name: "West"}) == 1
    assert await count(custom_fields={f"{region.field_name}__startswith": "West"}) == 2
    renamed = await resolve(keap.tasks.custom_fields.update(region.id, label="Area", group_id=region.group_id))
    assert renamed.label == "Area"
    model = await resolve(keap.tasks.model())
    assert [f.label for f in model.custom_fields] == ["Area"]
    await resolve(keap.tasks.custom_fields.delete(region.id))
    assert (await resolve(keap.tasks.model())).custom_fields == []
    ordered = await collect(keap.tasks.list(has_due_date=True, order_by=("due_time", "desc")))
    assert [t.due_time for t in ordered] == sorted((t.due_time for t in ordered), reverse=True)

    await resolve(keap.tasks.delete(ids[0]))
    with pytest.raises(crmtasks.NotFoundError):
        await resolve(keap.tasks.get(ids[0]))
    assert await count() == 11


async def test_keap_paginates_many_pages_without_loss(server: str, mode: str) -> None:
    control(server, "reset", {"seed": 105})
    keap = client("keap", server, mode)
    pages = await all_pages(keap.tasks.list(page_size=10))
    ids = [t.id for page in pages for t in page.items]
    assert len(pages) == 11
    assert len(ids) == 105 == len(set(ids))
    assert pages[-1].next_token is None and all(p.next_token for p in pages[:-1])


# -- Apollo -------------------------------------------------------------------


async def test_apollo_create_bulk_create_and_search(fresh: str, mode: str) -> None:
    apollo = client("apollo", fresh, mode)
    task = await resolve(apollo.tasks.create(contact_id="c-1", type="call", priority="low", title="Intro call"))
    assert task.contact_id == "c-1" and task.type_.value == "call"
    due = datetime(2025, 6, 1, tzinfo=UTC)
    created = await resolve(
        apollo.tasks.bulk_create(contact_ids=["c-2", "c-3", "c-4"], priority="high", type="action_item", due_at=due)
    )
    assert created.success is True and [t.contact_id for t in created.tasks or []] == ["c-2", "c-3", "c-4"]
    found = await collect(apollo.tasks.search(sort_by_field="task_priority"))
    assert len(found) == 4
    assert [t.priority.value for t in found] == ["high", "high", "high", "low"]
    by_due = await collect(apollo.tasks.search(sort_by_field="task_due_at"))
    assert [t.due_at for t in by_due][:3] == [due, due, due] and by_due[3].due_at is None
    newest_first = await collect(apollo.tasks.search(sort_by_field="task_created_at"))
    assert newest_first[-1].id == task.id
    paginator = apollo.tasks.search()
    first = await resolve(paginator.first_page())
    facets = {f.value: f.count for f in first.response.faceting.task_types}
    assert facets == {"action_item": 3, "call": 1}
    assert (first.total_items, first.total_pages) == (4, 1)


async def test_apollo_paginates_many_pages_without_loss(server: str, mode: str) -> None:
    control(server, "reset", {"seed": 105})
    apollo = client("apollo", server, mode)
    pages = await all_pages(apollo.tasks.search(page_size=10, sort_by_field="task_due_at"))
    ids = [t.id for page in pages for t in page.items]
    assert len(pages) == 11 and [p.number for p in pages] == list(range(1, 12))
    assert len(ids) == 105 == len(set(ids))
    dues = [t.due_at for page in pages for t in page.items]
    assert dues == sorted(dues, reverse=True)


# -- ySuite -------------------------------------------------------------------


async def test_ysuite_create_get_and_list_with_every_filter(fresh: str, mode: str) -> None:
    ysuite = client("ysuite", fresh, mode)
    start = datetime(2026, 7, 1, 9)
    ids = []
    for i in range(10):
        created = await resolve(
            ysuite.tasks.create(
                title=f"{'Renewal' if i < 4 else 'Call'} {i}",
                start_datetime=start + timedelta(days=i),
                end_datetime=start + timedelta(days=i, hours=1),
                cstid=10 + i,
                priority=TaskPriority.HIGH if i % 2 else TaskPriority.LOW,
                status=TaskStatus.OPEN if i < 7 else TaskStatus.COMPLETED,
                assigned_user_id=1 if i < 5 else 2,
            )
        )
        ids.append(created.activity_id)
    task = await resolve(ysuite.tasks.get(ids[2]))
    assert (task.title, task.cstid, task.start_datetime) == ("Renewal 2", 12, datetime(2026, 7, 3, 9))

    async def count(**filters: Any) -> int:
        return len(await collect(ysuite.tasks.list(**filters)))

    assert await count(search="renewal") == 4
    assert await count(status=TaskStatus.COMPLETED) == 3
    assert await count(priority=TaskPriority.HIGH) == 5
    assert await count(assigned_user_id=2) == 5
    assert await count(due_date_from=date(2026, 7, 5), due_date_to=date(2026, 7, 7)) == 3
    ordered = await collect(ysuite.tasks.list(sort_by="title", sort_order="desc"))
    assert [t.title for t in ordered] == sorted((t.title for t in ordered), reverse=True)
    with pytest.raises(crmtasks.BadRequestError):
        await resolve(ysuite.tasks.get(99999))


async def test_ysuite_paginates_many_pages_without_loss(server: str, mode: str) -> None:
    control(server, "reset", {"seed": 105})
    ysuite = client("ysuite", server, mode)
    pages = await all_pages(ysuite.tasks.list(page_size=10))
    ids = [t.activity_id for page in pages for t in page.items]
    assert len(pages) == 11 and pages[0].total_items == 105 and pages[0].total_pages == 11
    assert len(ids) == 105 == len(set(ids))


# -- faults -------------------------------------------------------------------


LIST_CALLS = {
    "keap": lambda c: c.tasks.list(page_size=10),
    "apollo": lambda c: c.tasks.search(page_size=10),
    "ysuite": lambda c: c.tasks.list(page_size=10),
    "hubspot": lambda c: c.tasks.list(page_size=10),
}
CREATE_CALLS = {
    "keap": lambda c: c.tasks.create(title="Once", assigned_to_user_id="1"),
    "apollo": lambda c: c.tasks.bulk_create(contact_ids=["c-9"]),
    "ysuite": lambda c: c.tasks.create(title="Once", start_datetime=datetime(2026, 1, 5, 9), cstid=1),
    "hubspot": lambda c: c.tasks.create(properties={"hs_task_subject": "Once", "hs_timestamp": "2026-01-05T09:00:00Z"}),
}


@pytest.mark.parametrize("api", sorted(CLIENTS))
async def test_retries_recover_from_429_and_503(server: str, mode: str, api: str) -> None:
    control(server, "reset", {"seed": 30})
    api_client = client(api, server, mode)
    control(server, "faults", {"rate_limit_after": 1, "rate_limit_count": 1, "retry_after": 0.05})
    assert len(await collect(LIST_CALLS[api](api_client))) == 30
    control(server, "faults", {"error_after": 1, "error_statuses": [503, 503], "retry_after": 0.05})
    assert len(await collect(LIST_CALLS[api](api_client))) == 30
    # Each listing is 3 pages; the first was answered once more (429), the second twice more (503s).
    assert control(server, "counts")["requests"][api] == (3 + 1) + (3 + 2)


@pytest.mark.parametrize("api", sorted(CLIENTS))
async def test_dropped_create_is_not_sent_twice(fresh: str, mode: str, api: str) -> None:
    api_client = client(api, fresh, mode)
    control(fresh, "faults", {"drop": "after", "drop_after": 0, "drop_count": 1})
    with pytest.raises(crmtasks.APIConnectionError):
        await resolve(CREATE_CALLS[api](api_client))
    assert tasks_held(fresh, api) == 1
    assert control(fresh, "counts")["requests"][api] == 1


@pytest.mark.parametrize("api", sorted(CLIENTS))
async def test_wrong_credentials_are_refused(server: str, mode: str, api: str) -> None:
    sync_class, async_class = CLIENTS[api]
    cls = sync_class if mode == "sync" else async_class
    wrong = {k: "wrong" for k in Sandbox.credentials(api)}  # type: ignore[arg-type]
    api_client = cls(**wrong, base_url=Sandbox.base_url(api, server))  # type: ignore[arg-type]
    with pytest.raises(crmtasks.AuthenticationError) as raised:
        await resolve(CREATE_CALLS[api](api_client))
    assert "wrong" not in str(raised.value) and "wrong" not in repr(raised.value)


# -- Answers that break the spec (the sandbox's malformed-answer and deviation faults) ------


LISTINGS = {"keap": lambda c: c.tasks.list(page_size=4), "apollo": lambda c: c.tasks.search(page_size=4),
            "ysuite": lambda c: c.tasks.list(page_size=4), "hubspot": lambda c: c.tasks.list(page_size=4)}  # fmt: skip
ID_OF = {"keap": "id", "apollo": "id", "ysuite": "activity_id", "hubspot": "id"}


@pytest.fixture
def quiet_reports() -> Iterator[None]:
    """Deviations are reported once per process: forget earlier reports, so each test sees its own."""
    crmtasks._deviations._REPORTED.clear()  # pyright: ignore[reportPrivateUsage]
    yield
    crmtasks._deviations._REPORTED.clear()  # pyright: ignore[reportPrivateUsage]


@pytest.mark.parametrize("api", APIS)
async def test_listing_through_deviating_answers_loses_and_repeats_nothing(
    server: str, mode: str, api: str, quiet_reports: None
) -> None:
    control(server, "reset", {"seed": 14})
    before = await collect(LISTINGS[api](client(api, server, mode)))
    expected = [getattr(t, ID_OF[api]) for t in before]
    control(server, "faults", {"deviations": True})
    try:
        with pytest.warns(crmtasks.ResponseValidationWarning) as caught:
            got = await collect(LISTINGS[api](client(api, server, mode)))
    finally:
        control(server, "faults", {})
    assert [getattr(t, ID_OF[api]) for t in got] == expected and len(expected) == 14
    changed = [b.raw for b, g in zip(before, got, strict=True) if b.raw != g.raw]
    assert len(changed) >= 4  # every third task of the 14 came with deviations, and was read anyway
    fields = [str(w.message).split(": expected ")[0].rsplit(": ", 1)[-1] for w in caught]
    assert len(fields) == len(set(fields)), fields  # once per field


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("kind", ["html", "truncated", "empty", "null", "list"])
async def test_a_malformed_page_is_asked_again_and_the_listing_completes(
    server: str, mode: str, api: str, kind: str, sleeps: list[float]
) -> None:
    control(server, "reset", {"seed": 9})
    # The second request (the second page) is broken once; the client asks again, as after a 5xx.
    control(server, "faults", {"malformed": kind, "malformed_after": 1, "malformed_count": 1})
    try:
        got = await collect(LISTINGS[api](client(api, server, mode, max_retries=1)))
    finally:
        control(server, "faults", {})
    assert len(got) == 9 and len({getattr(t, ID_OF[api]) for t in got}) == 9
    assert len(sleeps) == 1


@pytest.mark.parametrize("api", APIS)
async def test_a_malformed_page_past_the_retries_is_an_api_error(
    server: str, mode: str, api: str, sleeps: list[float]
) -> None:
    control(server, "reset", {"seed": 9})
    control(server, "faults", {"malformed": "html", "malformed_after": 0, "malformed_count": 5})
    try:
        with pytest.raises(crmtasks.APIResponseValidationError) as caught:
            await collect(LISTINGS[api](client(api, server, mode, max_retries=1)))
    finally:
        control(server, "faults", {})
    assert caught.value.status_code == 200 and "<html" in caught.value.body
