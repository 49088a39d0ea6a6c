"""The public API as a user writes it; ``mypy --strict`` and pyright must accept every line.

Never run: tests/tooling/test_typing.py type-checks this file. Each ``assert_type``
pins what a call gives back, so a regression in the wrapper's annotations
(an ``Any`` slipping in, a wrong model) fails the check.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, assert_type

import crmtasks
import crmtasks.apollo
import crmtasks.keap
import crmtasks.ysuite
import crmtasks_apollo.models
import crmtasks_hubspot.models
import crmtasks_keap.models
import crmtasks_ysuite.models
from crmtasks_keap.kwargs import TaskCreateItem, TaskListFilter

KeapTask = crmtasks_keap.models.Task
ApolloTask = crmtasks_apollo.models.Task
YSuiteTask = crmtasks_ysuite.models.Task
# A page carries its whole answer, typed as the operation's answer model.
KeapPage = crmtasks.Page[KeapTask, crmtasks_keap.models.ListTasksResponse]
ApolloPage = crmtasks.Page[ApolloTask, crmtasks_apollo.models.SearchTasksResponse]
YSuitePage = crmtasks.Page[YSuiteTask, crmtasks_ysuite.models.TaskListEnvelope]
DUE = dt.datetime(2025, 5, 1, 9, 30, tzinfo=dt.UTC)


def keap_tasks(keap: crmtasks.Keap) -> None:
    tasks = keap.tasks.list(
        contact_id="123",
        is_completed=False,
        has_due_date=True,
        user_id="9",
        priority=crmtasks.keap.TaskPriority.CRITICAL,
        since_time=DUE,
        until_time=DUE,
        task_ids=["1", "2"],
        id__gte="5",
        title__startswith="Fol",
        custom_fields={"cf_region": "West", "cf_renewal__lte": DUE},
        order_by=("due_time", "desc"),
        fields=[crmtasks.keap.TaskOptionalProperty.CUSTOM_FIELDS],
        page_size=500,
        limit=10,
        timeout=5.0,
        max_retries=3,
    )
    assert_type(tasks, crmtasks.SyncPaginator[KeapTask, crmtasks_keap.models.ListTasksResponse])
    for task in tasks:
        assert_type(task, KeapTask)
    page = tasks.first_page()
    assert_type(page, KeapPage)
    assert_type(page.items, list[KeapTask])
    assert_type(page.next_token, str | None)
    assert_type(page.number, int)
    assert_type(page.response, crmtasks_keap.models.ListTasksResponse)
    assert_type(page.response.next_page_token, str | None)
    for each in tasks.pages():
        assert_type(each, KeapPage)

    keap.tasks.list(priority="ESSENTIAL", order_by=crmtasks.keap.TaskOrderBy.DUE_TIME_ASC)
    filters: TaskListFilter = {"contact_id": "123", "is_completed": False}
    assert_type(keap.tasks.list(**filters), crmtasks.SyncPaginator[KeapTask, crmtasks_keap.models.ListTasksResponse])

    created = keap.tasks.create(
        assigned_to_user_id="42",
        title="Call back",
        due_time=DUE,
        remind_time_mins=30,
        priority="CRITICAL",
        custom_fields=[{"id": "12", "content": "West"}],
    )
    assert_type(created, KeapTask)
    fields: TaskCreateItem = {"assigned_to_user_id": "42", "title": "Call"}
    assert_type(keap.tasks.create(**fields), KeapTask)
    assert_type(keap.tasks.get("7", fields=[crmtasks.keap.TaskOptionalProperty.CUSTOM_FIELDS]), KeapTask)
    assert_type(
        keap.tasks.update("7", completed=True, remind_time_mins=crmtasks.keap.ReminderMinutes.MINUTES_60), KeapTask
    )
    keap.tasks.delete("7")
    assert_type(keap.tasks.model(), crmtasks_keap.models.ObjectModel)

    custom = keap.tasks.custom_fields.create(label="Region", field_type="DROPDOWN", options=[{"label": "West"}])
    assert_type(custom, crmtasks_keap.models.CreateCustomFieldResponse)
    assert_type(
        keap.tasks.custom_fields.update("12", group_id="3", label="Area"), crmtasks_keap.models.CustomFieldMetaData
    )
    keap.tasks.custom_fields.delete("12")

    assert_type(keap.with_options(max_retries=0, timeout=2.0), crmtasks.Keap)
    assert_type(keap.base_url, str)


async def async_keap_tasks(keap: crmtasks.AsyncKeap) -> None:
    tasks = keap.tasks.list(is_completed=False, order_by=("id", "asc"))
    assert_type(tasks, crmtasks.AsyncPaginator[KeapTask, crmtasks_keap.models.ListTasksResponse])
    async for task in tasks:
        assert_type(task, KeapTask)
    assert_type(await tasks.first_page(), KeapPage)
    async for page in tasks.pages():
        assert_type(page, KeapPage)
    assert_type(await keap.tasks.get("7"), KeapTask)
    assert_type(await keap.tasks.create(assigned_to_user_id="42"), KeapTask)
    assert_type(await keap.tasks.update("7", title="Called"), KeapTask)
    await keap.tasks.delete("7")
    assert_type(await keap.tasks.model(), crmtasks_keap.models.ObjectModel)
    async with keap.with_options(max_retries=1) as client:
        assert_type(client, crmtasks.AsyncKeap)


def apollo_tasks(apollo: crmtasks.Apollo) -> None:
    tasks = apollo.tasks.search(sort_by_field="task_due_at", on_truncation="raise", page_size=100)
    assert_type(tasks, crmtasks.SyncPaginator[ApolloTask, crmtasks_apollo.models.SearchTasksResponse])
    for task in tasks:
        assert_type(task, ApolloTask)
    page = tasks.first_page()
    assert_type(page, ApolloPage)
    assert_type(page.total_items, int | None)
    assert_type(page.total_pages, int | None)
    assert_type(page.response, crmtasks_apollo.models.SearchTasksResponse)
    apollo.tasks.search(sort_by_field=crmtasks.apollo.TaskSortField.TASK_PRIORITY, open_factor_names=["task_types"])

    created = apollo.tasks.create(contact_id="c1", type="call", priority="high", due_at=DUE, note="Call back")
    assert_type(created, ApolloTask)
    done = apollo.tasks.bulk_create(contact_ids=["c1", "c2"], type=crmtasks.apollo.TaskType.ACTION_ITEM)
    assert_type(done, crmtasks.apollo.BulkCreateTasksResponse)
    assert_type(done.tasks, list[ApolloTask] | None)

    task_id = "65f0c1d2e3a4b50001c0f00d"
    assert_type(apollo.tasks.get(task_id), ApolloTask)
    updated = apollo.tasks.update(task_id, note="Moved", due_at=DUE, priority=crmtasks.apollo.TaskPriority.LOW)
    assert_type(updated, ApolloTask)
    assert_type(apollo.tasks.update("t1", relevant_fields=["budget"], call_script="Ask about April"), ApolloTask)
    assert_type(apollo.tasks.complete(task_id, note="Reached them"), ApolloTask)
    skipped = apollo.tasks.skip(task_id, note="Left the company", on_task_page=True)
    assert_type(skipped, ApolloTask)
    assert_type(skipped.deleted, bool | None)
    try:
        apollo.tasks.skip(task_id)
    except crmtasks.apollo.TaskAlreadyResolvedError as error:
        assert_type(error.status, str)
        assert_type(error.task, ApolloTask | None)
    except crmtasks.apollo.TaskDeletedError as error:
        assert_type(error.task_id, str)
        assert_type(error, crmtasks.apollo.TaskDeletedError)


async def async_apollo_tasks(apollo: crmtasks.AsyncApollo) -> None:
    async for task in apollo.tasks.search():
        assert_type(task, ApolloTask)
    assert_type(await apollo.tasks.create(contact_id="c1"), ApolloTask)
    assert_type(await apollo.tasks.bulk_create(contact_ids=["c1"]), crmtasks.apollo.BulkCreateTasksResponse)
    assert_type(await apollo.tasks.get("t1"), ApolloTask)
    assert_type(await apollo.tasks.update("t1", contact_id="c2", creator_id="u1", timeout=5.0), ApolloTask)
    assert_type(await apollo.tasks.complete("t1"), ApolloTask)
    assert_type(await apollo.tasks.skip("t1", note="n"), ApolloTask)
    raw = await apollo.tasks.with_raw_response.complete("t1", note="n")
    assert_type(raw, crmtasks.APIResponse[ApolloTask])


def ysuite_tasks(ysuite: crmtasks.YSuite) -> None:
    tasks = ysuite.tasks.list(
        status=crmtasks.ysuite.TaskStatus.OPEN,
        priority=3,
        due_date_from=dt.date(2026, 7, 1),
        due_date_to=dt.date(2026, 7, 31),
        sort_by="start_datetime",
        sort_order="desc",
        search="quote",
        assigned_user_id=9,
    )
    assert_type(tasks, crmtasks.SyncPaginator[YSuiteTask, crmtasks_ysuite.models.TaskListEnvelope])
    for task in tasks:
        assert_type(task, YSuiteTask)
        assert_type(task.activity_id, int)  # required: a deviating answer is reported, not typed
        assert_type(task.start_datetime, dt.datetime | None)  # naive: ySuite sends local time
    assert_type(tasks.first_page(), YSuitePage)
    assert_type(ysuite.tasks.get(31), YSuiteTask)
    created = ysuite.tasks.create(
        title="Call back",
        start_datetime=dt.datetime(2026, 7, 15, 10),
        cstid=7,
        priority=crmtasks.ysuite.TaskPriority.HIGH,
        tags=[1, 2],
    )
    assert_type(created, crmtasks_ysuite.models.CreatedTask)


async def async_ysuite_tasks(ysuite: crmtasks.AsyncYSuite) -> None:
    assert_type(await ysuite.tasks.get(31), YSuiteTask)
    assert_type(await ysuite.tasks.list(status=0).first_page(), YSuitePage)
    created = await ysuite.tasks.create(title="Demo", start_datetime="2026-07-15T10:00:00", deal_id=5)
    assert_type(created, crmtasks_ysuite.models.CreatedTask)


async def request_surface(keap: crmtasks.Keap, apollo: crmtasks.AsyncApollo) -> None:
    raw = keap.tasks.with_raw_response.get("7", extra_headers={"X-Trace": "1"}, extra_query={"a": 1})
    assert_type(raw, crmtasks.APIResponse[KeapTask])
    assert_type(raw.parse(), KeapTask)
    assert_type(raw.request_id, str | None)
    first = keap.tasks.with_raw_response.list(is_completed=False)
    assert_type(first, crmtasks.APIResponse[crmtasks_keap.models.ListTasksResponse])
    page = keap.tasks.list().first_page()
    assert_type(page.raw_response, crmtasks.APIResponse[crmtasks_keap.models.ListTasksResponse])
    assert_type(keap.tasks.list().total, int | None)
    results = keap.tasks.create_many([{"title": "A", "assigned_to_user_id": "7"}], concurrency=2)
    assert_type(results, crmtasks.BulkResults[KeapTask])
    assert_type(results.created[0].value, KeapTask | None)
    assert_type(keap.with_options(default_headers={"X-Trace": "1"}, hooks=crmtasks.Hooks()), crmtasks.Keap)
    assert_type(await apollo.tasks.with_raw_response.create(contact_id="c1"), crmtasks.APIResponse[ApolloTask])
    assert_type(keap.tasks.create(title="T", assigned_to_user_id="7").to_json(), str)


def clients() -> None:
    assert_type(crmtasks.Keap(api_key="key", max_retries=0), crmtasks.Keap)
    assert_type(crmtasks.Apollo(access_token="token", timeout=10.0), crmtasks.Apollo)
    assert_type(crmtasks.YSuite(access_key="a", secret_key="s"), crmtasks.YSuite)
    with crmtasks.Keap() as keap:
        assert_type(keap, crmtasks.Keap)


def errors(keap: crmtasks.Keap) -> None:
    try:
        keap.tasks.get("7")
    except crmtasks.NotFoundError as error:
        assert_type(error.status_code, int)
        assert_type(error.field_errors, dict[str, list[str]])
    except crmtasks.ValidationError as error:
        assert_type(error.field, str | None)


def lenient_models(task: KeapTask, apollo_task: ApolloTask) -> None:
    # The spec's truth: a required member as declared, an optional one also None; an enum also its raw
    # type (a value the spec does not list is kept). A deviation is reported; the source stays in .raw.
    assert_type(task.id, str)
    assert_type(apollo_task.id, str)
    assert_type(task.priority, crmtasks_keap.models.TaskPriority | str | None)
    assert_type(task.remind_time_mins, crmtasks_keap.models.ReminderMinutes | int | None)
    assert_type(task.due_time, dt.datetime | None)
    assert_type(apollo_task.type_, crmtasks_apollo.models.TaskType | str | None)
    assert_type(task.raw, Any)
    assert_type(task.to_dict(), dict[str, Any])


def hubspot_typed_properties(hubspot: crmtasks.HubSpot) -> None:
    task = hubspot.tasks.create(
        hs_task_subject="Call", hs_timestamp=DUE, hs_task_priority="HIGH", properties={"custom": "x"}
    )
    assert_type(task, crmtasks_hubspot.models.Task)
    assert_type(task.hs_timestamp, dt.datetime | None)
    assert_type(task.hs_task_reminders, dt.datetime | None)
    assert_type(task.hs_task_status, str | None)
    assert_type(hubspot.tasks.update("1", hs_task_status="COMPLETED"), crmtasks_hubspot.models.Task)
    got = hubspot.tasks.get("1")
    assert_type(got.hs_task_subject, str | None)
    page = hubspot.tasks.with_raw_response.search(
        hs_task_status="NOT_STARTED",
        hs_timestamp__gte=DUE,
        hs_task_subject__contains_token="renewal",
        hs_task_priority__in=["HIGH", "MEDIUM"],
        any_of=[{"hs_task_type": "CALL"}, {"hs_task_body__exists": False}],
    ).parse()
    assert_type(page, crmtasks_hubspot.models.TaskSearchPage)
    for found in hubspot.tasks.search(hs_task_priority__in=["HIGH"], page_size=100, limit=500):
        assert_type(found, crmtasks_hubspot.models.Task)
    paginator = hubspot.tasks.search(hs_task_status="COMPLETED", on_truncation="raise")
    assert_type(paginator, crmtasks.SyncPaginator[crmtasks_hubspot.models.Task, crmtasks_hubspot.models.TaskSearchPage])
