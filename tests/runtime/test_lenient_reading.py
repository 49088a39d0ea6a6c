"""Answers that break the spec, read through the public clients: a corpus of deviations, one per case.

Each case puts one deviation into one task of a three-task page (or into the
page's envelope) and lists through the real client over ``httpx.MockTransport``,
sync and async. Every case checks that every item comes back in order, what the
field reads, that the value as sent is still in ``.raw``, and that exactly one
``ResponseValidationWarning`` names the field. The rules these cases prove are
listed in generator/reading.py.
"""

from __future__ import annotations

import copy
import datetime as dt
import gc
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

import crmtasks
import crmtasks._deviations
from crmtasks_apollo.models import TaskPriority as ApolloPriority
from crmtasks_apollo.models import TaskType
from crmtasks_keap.models import ReminderMinutes, TaskPriority
from crmtasks_ysuite.models import TaskStatus

from ..helpers import APIS, FLAVOURS, MockAPI, collect, listing, make_client, settle

pytestmark = pytest.mark.anyio
UTC = dt.UTC


@pytest.fixture(autouse=True)
def _fresh_reports() -> Iterator[None]:
    """Deviations are reported once per process; each test starts with none reported."""
    crmtasks._deviations._REPORTED.clear()  # pyright: ignore[reportPrivateUsage]
    yield
    crmtasks._deviations._REPORTED.clear()  # pyright: ignore[reportPrivateUsage]


def keap_task(i: int) -> dict[str, Any]:
    return {
        "id": str(i),
        "title": f"Task {i}",
        "priority": "ESSENTIAL",
        "remind_time_mins": 30,
        "completed": False,
        "due_time": "2025-05-01T09:00:00.000Z",
        "contact_id": "2024",
        "custom_fields": [{"id": "cf1", "content": "West"}],
    }


def apollo_task(i: int) -> dict[str, Any]:
    return {
        "id": f"t{i}",
        "type": "call",
        "priority": "high",
        "status": "scheduled",
        "due_at": "2025-02-15T10:00:00.000+00:00",
        "persona_ids": ["p1"],
        "contact": {"id": "c1", "name": "Ann Lee", "created_at": "2024-09-12T18:45:21.456Z"},
        "account": {"id": "a1", "name": "Globex"},
    }


def ysuite_task(i: int) -> dict[str, Any]:
    return {"activity_id": i, "title": f"Task {i}", "status": 0, "priority": 2, "tags": [1, 2]}


def keap_page(tasks: list[dict[str, Any]]) -> dict[str, Any]:
    return {"tasks": tasks}


def apollo_page(tasks: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "tasks": tasks,
        "pagination": {"page": 1, "per_page": 100, "total_entries": len(tasks), "total_pages": 1},
        "breadcrumbs": [],
        "faceting": {"task_types": [{"value": "call", "display_name": "Call", "count": len(tasks)}]},
    }


def ysuite_page(tasks: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "success": True,
        "message": "",
        "data": {"data": tasks, "current_page": 1, "total_pages": 1, "total_records": len(tasks)},
    }


TASK = {"keap": keap_task, "apollo": apollo_task, "ysuite": ysuite_task}
PAGE = {"keap": keap_page, "apollo": apollo_page, "ysuite": ysuite_page}
ID = {"keap": "id", "apollo": "id", "ysuite": "activity_id"}


def at(obj: Any, path: tuple[str | int, ...]) -> Any:
    for part in path:
        obj = obj[part]
    return obj


def put(obj: Any, path: tuple[str | int, ...], value: Any) -> None:
    at(obj, path[:-1])[path[-1]] = value


def attr(path: tuple[str | int, ...]) -> Callable[[Any], Any]:
    """Read the model attributes (or list indexes) along ``path`` of a listed task."""

    def read(item: Any) -> Any:
        for part in path:
            item = item[part] if isinstance(part, int) else getattr(item, part)
        return item

    return read


@dataclass(frozen=True)
class Case:
    """One deviation in the middle task of a page: what is sent where, and what the field must read."""

    api: str
    path: tuple[str | int, ...]  # JSON path inside the task
    sent: Any  # the deviating value; the sentinel DROP removes the member instead
    where: str  # the field the warning names
    read: Callable[[Any], Any]  # what the client gives for it
    expected: Any


DROP = object()

CASES: dict[str, Case] = {
    # --- Keap: Task
    "keap-remind-numeric-string": Case(
        "keap", ("remind_time_mins",), "5", "Task.remind_time_mins", attr(("remind_time_mins",)), ReminderMinutes(5)
    ),
    "keap-remind-unlisted-int": Case(
        "keap", ("remind_time_mins",), 45, "Task.remind_time_mins", attr(("remind_time_mins",)), 45
    ),
    "keap-priority-null": Case("keap", ("priority",), None, "Task.priority", attr(("priority",)), None),
    "keap-priority-unlisted": Case("keap", ("priority",), "URGENT", "Task.priority", attr(("priority",)), "URGENT"),
    "keap-priority-number": Case("keap", ("priority",), 3, "Task.priority", attr(("priority",)), "3"),
    "keap-due-null": Case("keap", ("due_time",), None, "Task.due_time", attr(("due_time",)), None),
    "keap-due-offset-no-colon": Case(
        "keap",
        ("due_time",),
        "2025-05-01T09:00:00.000+0000",
        "",  # Python reads +0000 itself: no deviation
        attr(("due_time",)),
        dt.datetime(2025, 5, 1, 9, tzinfo=UTC),
    ),
    "keap-due-naive": Case(
        "keap", ("due_time",), "2025-05-01T09:00:00", "Task.due_time", attr(("due_time",)), dt.datetime(2025, 5, 1, 9)
    ),
    "keap-due-epoch-ms": Case(
        "keap",
        ("due_time",),
        1746090000000,
        "Task.due_time",
        attr(("due_time",)),
        dt.datetime(2025, 5, 1, 9, tzinfo=UTC),
    ),
    "keap-due-epoch-ms-string": Case(
        "keap",
        ("due_time",),
        "1746090000000",
        "Task.due_time",
        attr(("due_time",)),
        dt.datetime(2025, 5, 1, 9, tzinfo=UTC),
    ),
    "keap-due-unparseable": Case("keap", ("due_time",), "next Tuesday", "Task.due_time", attr(("due_time",)), None),
    "keap-due-object": Case("keap", ("due_time",), {"seconds": 5}, "Task.due_time", attr(("due_time",)), None),
    "keap-id-int": Case("keap", ("id",), 1234, "Task.id", attr(("id",)), "1234"),
    "keap-contact-id-float": Case("keap", ("contact_id",), 2024.0, "Task.contact_id", attr(("contact_id",)), "2024.0"),
    "keap-title-list": Case("keap", ("title",), ["a", "b"], "Task.title", attr(("title",)), None),
    "keap-completed-string": Case("keap", ("completed",), "true", "Task.completed", attr(("completed",)), True),
    "keap-completed-int": Case("keap", ("completed",), 0, "Task.completed", attr(("completed",)), False),
    "keap-completed-garbage": Case("keap", ("completed",), "maybe", "Task.completed", attr(("completed",)), None),
    "keap-custom-fields-object": Case(
        "keap", ("custom_fields",), {"cf1": "West"}, "Task.custom_fields", attr(("custom_fields",)), None
    ),
    "keap-custom-field-item-null": Case(
        "keap", ("custom_fields", 0), None, "Task.custom_fields[]", lambda t: t.custom_fields[0].raw, None
    ),
    "keap-custom-field-id-int": Case(
        "keap", ("custom_fields", 0, "id"), 7, "CustomFieldValueObject.id", attr(("custom_fields", 0, "id")), "7"
    ),
    "keap-extra-member": Case(
        "keap", ("object_type",), "TASK", "", lambda t: t.additional_properties["object_type"], "TASK"
    ),
    # --- Apollo: Task and the contact and account inside it
    "apollo-type-unlisted": Case(
        "apollo", ("type",), "linkedin_step_connect_v2", "Task.type", attr(("type_",)), "linkedin_step_connect_v2"
    ),
    "apollo-status-unlisted": Case("apollo", ("status",), "snoozed", "Task.status", attr(("status",)), "snoozed"),
    "apollo-priority-null": Case("apollo", ("priority",), None, "Task.priority", attr(("priority",)), None),
    "apollo-priority-int": Case("apollo", ("priority",), 1, "Task.priority", attr(("priority",)), "1"),
    "apollo-id-missing": Case("apollo", ("id",), DROP, "Task.id", attr(("id",)), None),
    "apollo-due-epoch-seconds": Case(
        "apollo", ("due_at",), 1739613600, "Task.due_at", attr(("due_at",)), dt.datetime(2025, 2, 15, 10, tzinfo=UTC)
    ),
    "apollo-persona-ids-null": Case("apollo", ("persona_ids",), None, "Task.persona_ids", attr(("persona_ids",)), None),
    "apollo-persona-ids-string": Case(
        "apollo", ("persona_ids",), "p1", "Task.persona_ids", attr(("persona_ids",)), None
    ),
    "apollo-persona-id-int": Case(
        "apollo", ("persona_ids", 0), 17, "Task.persona_ids[]", attr(("persona_ids",)), ["17"]
    ),
    "apollo-contact-name-int": Case("apollo", ("contact", "name"), 5, "Contact.name", attr(("contact", "name")), "5"),
    "apollo-contact-created-bad": Case(
        "apollo",
        ("contact", "created_at"),
        "yesterday",
        "Contact.created_at",
        attr(("contact", "created_at")),
        None,  # a date-time that does not read is None; "yesterday" stays in .raw
    ),
    "apollo-contact-string": Case("apollo", ("contact",), "c1", "Task.contact", attr(("contact",)), None),
    "apollo-contact-id-missing": Case("apollo", ("contact", "id"), DROP, "Contact.id", attr(("contact", "id")), None),
    "apollo-account-list": Case("apollo", ("account",), [], "Task.account", attr(("account",)), None),
    "apollo-account-name-null": Case("apollo", ("account", "name"), None, "", attr(("account", "name")), None),
    # --- ySuite: Task
    "ysuite-status-null": Case("ysuite", ("status",), None, "Task.status", attr(("status",)), None),
    "ysuite-status-unlisted": Case("ysuite", ("status",), 9, "Task.status", attr(("status",)), 9),
    "ysuite-status-numeric-string": Case(
        "ysuite", ("status",), "2", "Task.status", attr(("status",)), TaskStatus.COMPLETED
    ),
    "ysuite-status-word": Case("ysuite", ("status",), "done", "Task.status", attr(("status",)), None),
    "ysuite-priority-float": Case("ysuite", ("priority",), 2.0, "Task.priority", attr(("priority",)), 2),
    "ysuite-activity-id-string": Case("ysuite", ("activity_id",), "8", "Task.activity_id", attr(("activity_id",)), 8),
    "ysuite-title-missing": Case("ysuite", ("title",), DROP, "Task.title", attr(("title",)), None),
    "ysuite-title-number": Case("ysuite", ("title",), 42, "Task.title", attr(("title",)), "42"),
    "ysuite-tag-string": Case("ysuite", ("tags", 1), "2", "Task.tags[]", attr(("tags",)), [1, 2]),
    "ysuite-tags-null": Case("ysuite", ("tags",), None, "", attr(("tags",)), None),
}


def _sent_page(case: Case) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    tasks = [TASK[case.api](i) for i in (1, 2, 3)]
    if case.sent is DROP:
        del at(tasks[1], case.path[:-1])[case.path[-1]]
    else:
        put(tasks[1], case.path, case.sent)
    return PAGE[case.api](tasks), tasks


def _deviation_warnings(caught: list[warnings.WarningMessage]) -> list[str]:
    return [str(w.message) for w in caught if issubclass(w.category, crmtasks.ResponseValidationWarning)]


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("name", list(CASES))
async def test_deviation_is_read_kept_and_reported_once(name: str, flavour: str) -> None:
    case = CASES[name]
    page, tasks = _sent_page(case)
    client = make_client(case.api, flavour, MockAPI(copy.deepcopy(page)))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        items = await collect(listing(client, case.api))

    # Every item comes back, in order, each with exactly what was sent.
    assert [item.raw for item in items] == tasks
    assert case.read(items[1]) == case.expected
    if case.sent is not DROP:
        assert at(items[1].raw, case.path) == case.sent
    # One warning, naming the field; none for a value the spec allows.
    reported = _deviation_warnings(caught)
    if case.where:
        assert len(reported) == 1, reported
        assert f": {case.where}: expected " in reported[0]
    else:
        assert reported == []
    # Every model writes back what it holds, and reads the same from that.
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        assert [type(item).from_dict(item.to_dict()) for item in items] == items  # pyright: ignore[reportUnknownMemberType]


@pytest.mark.parametrize("name", ["keap-priority-unlisted", "apollo-contact-name-int", "ysuite-status-null"])
async def test_a_deviation_is_reported_once_per_process(name: str) -> None:
    case = CASES[name]
    page, _ = _sent_page(case)
    client = make_client(case.api, "sync", MockAPI(copy.deepcopy(page), copy.deepcopy(page)))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        await collect(listing(client, case.api))
        await collect(listing(client, case.api))
    assert len(_deviation_warnings(caught)) == 1


def test_a_deviation_is_logged_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    page, _ = _sent_page(CASES["keap-priority-unlisted"])
    client = make_client("keap", "sync", MockAPI(page))
    with caplog.at_level("DEBUG", logger="crmtasks"), warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        list(client.tasks.list())
    lines = [r.getMessage() for r in caplog.records if "deviates" in r.getMessage()]
    assert lines == ["Keap list_tasks: the answer deviates from the spec: Task.priority: expected TaskPriority, "
                     "got 'URGENT'; not a listed value; kept as str 'URGENT'"]  # fmt: skip


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("name", ["keap-priority-unlisted", "apollo-contact-name-int", "ysuite-status-null"])
async def test_strict_responses_raise_instead(name: str, flavour: str) -> None:
    case = CASES[name]
    page, _ = _sent_page(case)
    mock = MockAPI(page)
    client = make_client(case.api, flavour, mock, strict_responses=True)
    with pytest.raises(crmtasks.APIResponseValidationError) as caught:
        await collect(listing(client, case.api))
    assert caught.value.status_code == 200
    assert caught.value.deviation.where == case.where
    assert mock.count == 1  # a refused deviation would come back the same: never retried
    lenient = client.with_options(strict_responses=False)
    assert lenient.strict_responses is False and client.strict_responses is True


# ----------------------------------------------------------------------------- page envelopes


@dataclass(frozen=True)
class PageCase:
    api: str
    pages: list[Any]  # the answers, in order
    ids: list[Any]  # the ids that must come back, in order
    where: str  # the field the one warning names ("" for none)


def _keap_tasks(*ids: int) -> list[dict[str, Any]]:
    return [keap_task(i) for i in ids]


PAGE_CASES: dict[str, PageCase] = {
    "keap-tasks-null": PageCase("keap", [{"tasks": None}], [], "ListTasksResponse.tasks"),
    "keap-tasks-missing": PageCase("keap", [{"next_page_token": ""}], [], ""),
    "keap-token-number": PageCase(
        "keap",
        [{"tasks": _keap_tasks(1), "next_page_token": 2}, {"tasks": _keap_tasks(2)}],
        ["1", "2"],
        "ListTasksResponse.next_page_token",
    ),
    "keap-task-item-null": PageCase(
        "keap", [{"tasks": [keap_task(1), None, keap_task(3)]}], ["1", None, "3"], "ListTasksResponse.tasks[]"
    ),
    "apollo-pagination-strings": PageCase(
        "apollo",
        [
            {
                "tasks": [apollo_task(1)],
                "pagination": {"page": "1", "per_page": "1", "total_entries": "2", "total_pages": "2"},
            },
            {
                "tasks": [apollo_task(2)],
                "pagination": {"page": "2", "per_page": "1", "total_entries": "2", "total_pages": "2"},
            },
        ],
        ["t1", "t2"],
        "Pagination.page",
    ),
    "apollo-total-missing": PageCase(
        "apollo",
        [
            {"tasks": [apollo_task(1)], "pagination": {"page": 1, "per_page": 1, "total_pages": 2}},
            {"tasks": [apollo_task(2)], "pagination": {"page": 2, "per_page": 1, "total_pages": 2}},
        ],
        ["t1", "t2"],
        "Pagination.total_entries",
    ),
    "apollo-faceting-garbage": PageCase(
        "apollo",
        [{**apollo_page([apollo_task(1)]), "faceting": {"task_types": "call"}}],
        ["t1"],
        "Faceting.task_types",
    ),
    "apollo-breadcrumbs-null": PageCase(
        "apollo", [{**apollo_page([apollo_task(1)]), "breadcrumbs": None}], ["t1"], "SearchTasksResponse.breadcrumbs"
    ),
    "apollo-tasks-null": PageCase("apollo", [{**apollo_page([]), "tasks": None}], [], "SearchTasksResponse.tasks"),
    "ysuite-data-null": PageCase(
        "ysuite", [{"success": True, "data": {"data": None, "current_page": 1, "total_pages": 1}}], [], "TaskPage.data"
    ),
    "ysuite-page-strings": PageCase(
        "ysuite",
        [{"success": True, "data": {"data": [ysuite_task(1)], "current_page": "1", "total_pages": 1}}],
        [1],
        "TaskPage.current_page",
    ),
    "ysuite-success-string": PageCase(
        "ysuite",
        [{"success": "true", "data": {"data": [ysuite_task(1)], "current_page": 1, "total_pages": 1}}],
        [1],
        "TaskListEnvelope.success",
    ),
}


def _id(api: str, item: Any) -> Any:
    return getattr(item, ID[api])


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("name", list(PAGE_CASES))
async def test_page_envelope_deviations_never_lose_or_repeat_an_item(name: str, flavour: str) -> None:
    case = PAGE_CASES[name]
    mock = MockAPI(*copy.deepcopy(case.pages))
    client = make_client(case.api, flavour, mock)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        items = await collect(listing(client, case.api))
    assert [_id(case.api, item) for item in items] == case.ids
    assert mock.count == len(case.pages)
    reported = _deviation_warnings(caught)
    if case.where:
        assert any(f": {case.where}: expected " in line for line in reported), reported
    else:
        assert reported == []


# ----------------------------------------------------------------------------- unusable bodies


UNUSABLE: dict[str, httpx.Response] = {
    "html": httpx.Response(
        200, content=b"<html><body>502 Bad Gateway</body></html>", headers={"content-type": "text/html"}
    ),
    "truncated": httpx.Response(200, content=b'{"tasks": [{"id": "1", "title": "Ca'),
    "empty": httpx.Response(200, content=b""),
    "null": httpx.Response(200, content=b"null"),
    "list": httpx.Response(200, content=b"[]"),
    "string": httpx.Response(200, content=b'"ok"'),
}


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("kind", list(UNUSABLE))
async def test_an_unusable_answer_is_an_api_error_with_the_body(
    kind: str, api: str, flavour: str, sleeps: list[float]
) -> None:
    answer = UNUSABLE[kind]
    mock = MockAPI(answer, answer, answer)
    client = make_client(api, flavour, mock)
    with pytest.raises(crmtasks.APIResponseValidationError) as caught:
        await collect(listing(client, api))
    error = caught.value
    assert isinstance(error, crmtasks.APIError)
    assert error.status_code == 200 and error.response.status_code == 200
    assert error.body == answer.content.decode()
    assert error.deviation is None
    assert mock.count == 3 and len(sleeps) == 2  # a read: asked again like after a 5xx (max_retries=2)


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_an_unusable_answer_to_a_read_is_retried_until_a_good_one(flavour: str, sleeps: list[float]) -> None:
    mock = MockAPI(UNUSABLE["html"], keap_page(_keap_tasks(1, 2)))
    items = await collect(make_client("keap", flavour, mock).tasks.list())
    assert [item.id for item in items] == ["1", "2"]
    assert len(sleeps) == 1


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
async def test_an_unusable_answer_to_a_create_is_never_repeated(api: str, flavour: str) -> None:
    creates: dict[str, Callable[[Any], Any]] = {
        "keap": lambda c: c.tasks.create(assigned_to_user_id="42", title="Call"),
        "apollo": lambda c: c.tasks.create(contact_id="c1"),
        "ysuite": lambda c: c.tasks.create(title="Call", start_datetime=dt.datetime(2026, 7, 15, 10), cstid=7),
        "hubspot": lambda c: c.tasks.create(properties={"hs_task_subject": "Call", "hs_timestamp": "2026-07-15"}),
    }
    mock = MockAPI(UNUSABLE["truncated"])
    with pytest.raises(crmtasks.APIResponseValidationError):
        await settle(creates[api](make_client(api, flavour, mock)))
    assert mock.count == 1


def test_the_body_kept_on_the_error_is_cut() -> None:
    page = b"<html>" + b"x" * 10_000 + b"</html>"
    mock = MockAPI(httpx.Response(200, content=page))
    with pytest.raises(crmtasks.APIResponseValidationError) as caught:
        make_client("keap", "sync", mock, max_retries=0).tasks.get("1")
    assert len(caught.value.body) < 4200 and caught.value.body.startswith("<html>xxx")


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    "envelope",
    [
        {"data": {"data": [], "current_page": 1, "total_pages": 1}},
        {"success": None, "data": None},
        {"success": "perhaps"},
    ],
    ids=["missing", "null", "word"],
)
async def test_a_ysuite_envelope_without_its_success_flag_is_unusable(
    flavour: str, envelope: dict[str, Any], sleeps: list[float]
) -> None:
    mock = MockAPI(envelope, envelope, envelope)
    with pytest.raises(crmtasks.APIResponseValidationError, match="success"):
        await collect(make_client("ysuite", flavour, mock).tasks.list())


async def test_a_ysuite_envelope_with_success_false_stays_an_error_answer() -> None:
    mock = MockAPI({"success": False, "message": "Task not found.", "errors": {}})
    with pytest.raises(crmtasks.APIStatusError, match="Task not found"):
        make_client("ysuite", "sync", mock).tasks.get(5)


def test_models_keep_what_came_and_write_back_what_they_hold() -> None:
    page, _ = _sent_page(CASES["apollo-type-unlisted"])
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        items = list(make_client("apollo", "sync", MockAPI(page)).tasks.search())
    task = items[1]
    assert task.type_ == "linkedin_step_connect_v2" and not isinstance(task.type_, TaskType)
    assert items[0].type_ is TaskType.CALL and items[0].priority is ApolloPriority.HIGH
    assert task.to_dict()["type"] == "linkedin_step_connect_v2"
    assert type(task).from_dict(task.to_dict()) == task  # pyright: ignore[reportUnknownMemberType]
    built = crmtasks_keap_task(id="7", title="Built here", priority=TaskPriority.CRITICAL)
    assert built.raw is None and built.to_dict() == {"id": "7", "title": "Built here", "priority": "CRITICAL"}
    # What was absent stays absent, what came as null is written back as null, and a value set is written.
    came = type(task).from_dict({"id": "9", "note": None})  # pyright: ignore[reportUnknownMemberType]
    assert came.note is None and came.due_at is None and came.to_dict() == {"id": "9", "note": None}
    came.due_at = dt.datetime(2026, 7, 1, tzinfo=dt.UTC)
    assert came.to_dict() == {"id": "9", "note": None, "due_at": "2026-07-01T00:00:00+00:00"}


def crmtasks_keap_task(**fields: Any) -> Any:
    from crmtasks_keap.models import Task  # noqa: PLC0415 - only this test builds one by hand

    return Task(**fields)


@pytest.mark.parametrize("enabled", [True, False])
def test_reading_leaves_the_cyclic_gc_as_it_found_it(enabled: bool) -> None:
    pages = [{"tasks": [keap_task(i)], "next_page_token": f"p{i}"} for i in range(1, 6)] + [{"tasks": []}]
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        client = make_client("keap", "sync", MockAPI(*pages))
        assert len(list(client.tasks.list(prefetch=1))) == 5
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_a_deviation_warning_points_at_the_callers_line() -> None:
    page, _ = _sent_page(CASES["keap-priority-unlisted"])
    client = make_client("keap", "sync", MockAPI(page))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        list(client.tasks.list())
    assert [Path(w.filename).name for w in caught] == [Path(__file__).name]


@pytest.mark.parametrize("text", ["--5", "²", "9" * 5000])
def test_a_number_int_cannot_read_is_reported_as_unusable_not_raised(text: str) -> None:
    # str.isdigit() says yes to "²", and int() refuses "--5" and 5,000 digits: each would have escaped as ValueError.
    from crmtasks_keap.models import Task  # noqa: PLC0415

    task = Task.from_dict({"id": "1", "title": "Call", "remind_time_mins": text})
    assert task.remind_time_mins is None and task.raw["remind_time_mins"] == text
