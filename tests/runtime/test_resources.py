"""Get, create, update and delete through the wrapper's resources, sync and async, against mock APIs."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import httpx
import pytest

import crmtasks
import crmtasks.keap
import crmtasks_apollo.models
import crmtasks_keap.models
import crmtasks_ysuite.models

from ..helpers import FLAVOURS, MockAPI, make_client, settle

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("sleeps")]

DUE = dt.datetime(2025, 5, 1, 9, 30, tzinfo=dt.UTC)
KEAP_TASK = {"id": "7", "title": "Call", "remind_time_mins": 30, "due_time": "2025-05-01T09:30:00.000Z"}


def body(request: httpx.Request) -> Any:
    return json.loads(request.content)


def assert_rejected(mock: MockAPI, caught: pytest.ExceptionInfo[crmtasks.ValidationError], field: str | None) -> None:
    assert caught.value.field == field
    assert mock.count == 0, "a rejected argument must not reach the API"


def assert_required(mock: MockAPI, call: Any, field: str) -> None:
    """A required argument left out: the method's own signature refuses the call (and type checkers flag it)."""
    with pytest.raises(TypeError, match=f"missing 1 required keyword-only argument: '{field}'"):
        call()
    assert mock.count == 0


# ----------------------------------------------------------------------------- Keap tasks


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_keap_get(flavour: str) -> None:
    mock = MockAPI(KEAP_TASK)
    task = await settle(make_client("keap", flavour, mock).tasks.get("7", fields=["custom_fields"]))
    assert isinstance(task, crmtasks_keap.models.Task)
    assert task.id == "7"
    assert task.due_time == DUE
    assert task.remind_time_mins is crmtasks_keap.models.ReminderMinutes.MINUTES_30
    request = mock.last
    assert (request.method, request.url.path) == ("GET", "/crm/rest/v2/tasks/7")
    assert request.url.params.get_list("fields") == ["custom_fields"]


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("remind", [30, crmtasks.keap.ReminderMinutes.MINUTES_30], ids=["int", "enum"])
async def test_keap_create(flavour: str, remind: Any) -> None:
    mock = MockAPI((201, KEAP_TASK))
    task = await settle(
        make_client("keap", flavour, mock).tasks.create(
            title="Call", assigned_to_user_id="42", due_time=DUE, remind_time_mins=remind, priority="CRITICAL"
        )
    )
    assert isinstance(task, crmtasks_keap.models.Task) and task.id == "7"
    request = mock.last
    assert (request.method, request.url.path) == ("POST", "/crm/rest/v2/tasks")
    sent = body(request)
    assert sent["remind_time_mins"] == 30 and type(sent["remind_time_mins"]) is int
    assert sent["assigned_to_user_id"] == "42"
    assert sent["priority"] == "CRITICAL"
    assert dt.datetime.fromisoformat(sent["due_time"]) == DUE
    assert set(sent) == {"title", "assigned_to_user_id", "due_time", "remind_time_mins", "priority"}


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_keap_create_requires_assigned_to_user_id(flavour: str) -> None:
    mock = MockAPI()
    client = make_client("keap", flavour, mock)
    assert_required(mock, lambda: client.tasks.create(title="Call"), "assigned_to_user_id")


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("fields", "field"),
    [
        pytest.param({"remind_time_mins": 7}, "remind_time_mins", id="reminder-not-in-enum"),
        pytest.param({"due_time": dt.datetime(2025, 5, 1, 9)}, "due_time", id="naive-datetime"),
        pytest.param({"due_time": "2025-05-01T09:00:00Z"}, "due_time", id="datetime-as-str"),
        pytest.param({"completed": "yes"}, "completed", id="bool-as-str"),
        pytest.param({"priority": "HIGH"}, "priority", id="priority-not-in-enum"),
        pytest.param({"custom_fields": [{"idd": "1"}]}, "custom_fields[0].idd", id="custom-field-key"),
    ],
)
async def test_keap_create_rejects_bad_fields(flavour: str, fields: dict[str, Any], field: str) -> None:
    mock = MockAPI()
    client = make_client("keap", flavour, mock)
    with pytest.raises(crmtasks.ValidationError) as caught:
        await settle(client.tasks.create(assigned_to_user_id="42", **fields))
    assert_rejected(mock, caught, field)


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(("api", "name"), [("keap", "titel"), ("ysuite", "activity_type"), ("apollo", "contact")])
async def test_an_unknown_field_is_refused_by_the_signature(flavour: str, api: str, name: str) -> None:
    mock = MockAPI()
    client = make_client(api, flavour, mock)
    with pytest.raises(TypeError, match=f"unexpected keyword argument '{name}'"):
        client.tasks.create(**{name: "x"})
    assert mock.count == 0


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_keap_update_patches_only_the_fields_passed(flavour: str) -> None:
    mock = MockAPI({**KEAP_TASK, "completed": True, "title": "Called"})
    task = await settle(make_client("keap", flavour, mock).tasks.update("7", title="Called", completed=True))
    assert isinstance(task, crmtasks_keap.models.Task) and task.completed is True
    request = mock.last
    assert (request.method, request.url.path) == ("PATCH", "/crm/rest/v2/tasks/7")
    assert request.url.params.get_list("update_mask") == ["title", "completed"]
    assert body(request) == {"title": "Called", "completed": True}


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_keap_update_sends_remind_time_as_integer(flavour: str) -> None:
    mock = MockAPI(KEAP_TASK)
    await settle(make_client("keap", flavour, mock).tasks.update("7", remind_time_mins=60))
    assert mock.last.url.params.get_list("update_mask") == ["remind_time_mins"]
    assert body(mock.last) == {"remind_time_mins": 60}


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_keap_update_without_fields_is_rejected(flavour: str) -> None:
    mock = MockAPI()
    client = make_client("keap", flavour, mock)
    with pytest.raises(crmtasks.ValidationError) as caught:
        await settle(client.tasks.update("7"))
    assert_rejected(mock, caught, None)


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_keap_delete(flavour: str) -> None:
    mock = MockAPI(httpx.Response(204))
    result = await settle(make_client("keap", flavour, mock).tasks.delete("7"))
    assert result is None
    assert (mock.last.method, mock.last.url.path) == ("DELETE", "/crm/rest/v2/tasks/7")


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_keap_model(flavour: str) -> None:
    answer = {"custom_fields": [{"id": "12", "label": "Region", "field_type": "TEXT"}], "optional_properties": []}
    mock = MockAPI(answer)
    model = await settle(make_client("keap", flavour, mock).tasks.model())
    assert isinstance(model, crmtasks_keap.models.ObjectModel)
    assert model.custom_fields[0].label == "Region"
    assert (mock.last.method, mock.last.url.path) == ("GET", "/crm/rest/v2/tasks/model")


# ----------------------------------------------------------------------------- Keap custom fields


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_keap_custom_field_create(flavour: str) -> None:
    mock = MockAPI((201, {"custom_field": {"id": "12", "label": "Region", "field_type": "DROPDOWN"}}))
    created = await settle(
        make_client("keap", flavour, mock).tasks.custom_fields.create(
            label="Region", field_type="DROPDOWN", options=[{"label": "West"}, {"label": "East"}]
        )
    )
    assert isinstance(created, crmtasks_keap.models.CreateCustomFieldResponse)
    assert created.custom_field.id == "12"
    request = mock.last
    assert (request.method, request.url.path) == ("POST", "/crm/rest/v2/tasks/model/customFields")
    assert body(request) == {
        "label": "Region",
        "field_type": "DROPDOWN",
        "options": [{"label": "West"}, {"label": "East"}],
    }


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("fields", "field"),
    [
        pytest.param({"field_type": "TEXT"}, "label", id="no-label"),
        pytest.param({"label": "Region"}, "field_type", id="no-type"),
        pytest.param({"label": "Region", "field_type": "COLOUR"}, "field_type", id="unknown-type"),
    ],
)
async def test_keap_custom_field_create_rejects(flavour: str, fields: dict[str, Any], field: str) -> None:
    mock = MockAPI()
    client = make_client("keap", flavour, mock)
    if field not in fields:
        assert_required(mock, lambda: client.tasks.custom_fields.create(**fields), field)
        return
    with pytest.raises(crmtasks.ValidationError) as caught:
        await settle(client.tasks.custom_fields.create(**fields))
    assert_rejected(mock, caught, field)


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_keap_custom_field_update(flavour: str) -> None:
    mock = MockAPI({"id": "12", "label": "Area", "group_id": "3"})
    updated = await settle(
        make_client("keap", flavour, mock).tasks.custom_fields.update("12", group_id="3", label="Area")
    )
    assert isinstance(updated, crmtasks_keap.models.CustomFieldMetaData)
    assert updated.label == "Area"
    request = mock.last
    assert (request.method, request.url.path) == ("PATCH", "/crm/rest/v2/tasks/model/customFields/12")
    assert request.url.params.get_list("update_mask") == ["label", "group_id"]  # the spec's order of the fields
    assert body(request) == {"group_id": "3", "label": "Area"}


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_keap_custom_field_update_requires_group_id(flavour: str) -> None:
    mock = MockAPI()
    client = make_client("keap", flavour, mock)
    assert_required(mock, lambda: client.tasks.custom_fields.update("12", label="Area"), "group_id")


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_keap_custom_field_delete(flavour: str) -> None:
    mock = MockAPI(httpx.Response(204))
    assert await settle(make_client("keap", flavour, mock).tasks.custom_fields.delete("12")) is None
    assert (mock.last.method, mock.last.url.path) == ("DELETE", "/crm/rest/v2/tasks/model/customFields/12")


# ----------------------------------------------------------------------------- Apollo


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_apollo_create_returns_the_task_of_the_answer(flavour: str) -> None:
    mock = MockAPI({"task": {"id": "t1", "contact_id": "c1", "type": "call", "priority": "high"}})
    task = await settle(
        make_client("apollo", flavour, mock).tasks.create(contact_id="c1", type="call", priority="high", due_at=DUE)
    )
    assert isinstance(task, crmtasks_apollo.models.Task)
    assert task.id == "t1"
    request = mock.last
    assert (request.method, request.url.path) == ("POST", "/api/v1/tasks")
    sent = body(request)
    assert sent["contact_id"] == "c1" and sent["type"] == "call" and sent["priority"] == "high"
    assert dt.datetime.fromisoformat(sent["due_at"]) == DUE


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_apollo_create_answer_without_task_raises(flavour: str) -> None:
    mock = MockAPI({})
    client = make_client("apollo", flavour, mock)
    with pytest.raises(crmtasks.CRMTasksError, match="task"):
        await settle(client.tasks.create(contact_id="c1"))


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_apollo_create_requires_contact_id(flavour: str) -> None:
    mock = MockAPI()
    client = make_client("apollo", flavour, mock)
    assert_required(mock, lambda: client.tasks.create(type="call"), "contact_id")


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_apollo_bulk_create_reads_the_older_bare_true(flavour: str) -> None:
    mock = MockAPI(True)
    result = await settle(
        make_client("apollo", flavour, mock).tasks.bulk_create(
            contact_ids=["c1", "c2"], type="action_item", status="scheduled", note="Follow up"
        )
    )
    assert result.success is True
    assert result.tasks is None  # the bare `true` names no task
    request = mock.last
    assert (request.method, request.url.path) == ("POST", "/api/v1/tasks/bulk_create")
    assert body(request) == {
        "contact_ids": ["c1", "c2"],
        "type": "action_item",
        "status": "scheduled",
        "note": "Follow up",
    }


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_apollo_bulk_create_returns_the_created_tasks(flavour: str) -> None:
    answer = {"success": True, "tasks": [{"id": "t1", "contact_id": "c1"}, {"id": "t2", "contact_id": "c2"}]}
    result = await settle(make_client("apollo", flavour, MockAPI(answer)).tasks.bulk_create(contact_ids=["c1", "c2"]))
    assert result.success is True
    assert isinstance(result.tasks, list)
    assert [(t.id, t.contact_id) for t in result.tasks] == [("t1", "c1"), ("t2", "c2")]


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("answer", [False, {"success": False}, "yes"], ids=["false", "success-false", "string"])
async def test_apollo_bulk_create_refuses_an_answer_that_is_not_a_success(flavour: str, answer: Any) -> None:
    client = make_client("apollo", flavour, MockAPI(answer))
    with pytest.raises(crmtasks.APIResponseValidationError) as caught:
        await settle(client.tasks.bulk_create(contact_ids=["c1"]))
    assert caught.value.status_code == 200


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("answer", [{"task": {"id": "t1"}}, {"id": "t1"}], ids=["wrapped", "bare"])
async def test_apollo_create_reads_the_task_wrapped_or_bare(flavour: str, answer: dict[str, Any]) -> None:
    task = await settle(make_client("apollo", flavour, MockAPI(answer)).tasks.create(contact_id="c1"))
    assert isinstance(task, crmtasks_apollo.models.Task)
    assert task.id == "t1"


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("fields", "field"),
    [
        pytest.param({"contact_ids": []}, "contact_ids", id="empty"),
        pytest.param({"contact_ids": "c1"}, "contact_ids", id="str"),
        pytest.param({"contact_ids": ["c1", 2]}, "contact_ids[1]", id="int-item"),
        pytest.param({}, "contact_ids", id="missing"),
        pytest.param({"contact_ids": ["c1"], "priority": "urgent"}, "priority", id="priority"),
        pytest.param({"contact_ids": ["c1"], "due_at": dt.datetime(2025, 5, 1)}, "due_at", id="naive-due"),
    ],
)
async def test_apollo_bulk_create_rejects(flavour: str, fields: dict[str, Any], field: str) -> None:
    mock = MockAPI()
    client = make_client("apollo", flavour, mock)
    if not fields:
        assert_required(mock, lambda: client.tasks.bulk_create(**fields), field)
        return
    with pytest.raises(crmtasks.ValidationError) as caught:
        await settle(client.tasks.bulk_create(**fields))
    assert_rejected(mock, caught, field)


# ----------------------------------------------------------------------------- ySuite


def envelope(data: Any) -> dict[str, Any]:
    return {"success": True, "message": "", "data": data}


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_ysuite_get_unwraps_the_envelope(flavour: str) -> None:
    mock = MockAPI(
        envelope({"activity_id": 31, "title": "Call back", "status": 1, "start_datetime": "2026-03-02T09:30:00"})
    )
    task = await settle(make_client("ysuite", flavour, mock).tasks.get(31))
    assert isinstance(task, crmtasks_ysuite.models.Task)
    assert task.activity_id == 31
    assert task.status is crmtasks_ysuite.models.TaskStatus.IN_PROGRESS
    assert (mock.last.method, mock.last.url.path) == ("GET", "/v1/tasks/31")


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_ysuite_get_takes_an_integer_id(flavour: str) -> None:
    mock = MockAPI()
    client = make_client("ysuite", flavour, mock)
    with pytest.raises(crmtasks.ValidationError) as caught:
        await settle(client.tasks.get("31"))
    assert_rejected(mock, caught, "id")


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_ysuite_create_returns_created_task(flavour: str) -> None:
    mock = MockAPI(envelope({"activity_id": 31, "title": "Call back", "activity_type": "Task"}))
    created = await settle(
        make_client("ysuite", flavour, mock).tasks.create(
            title="Call back",
            start_datetime=dt.datetime(2026, 7, 15, 10, 0, 0, 123456),
            end_datetime="2026-07-15T10:30:00",
            cstid=7,
            priority=crmtasks_ysuite.models.TaskPriority.HIGH,
            tags=[1, 2],
        )
    )
    assert isinstance(created, crmtasks_ysuite.models.CreatedTask)
    assert created.activity_id == 31
    request = mock.last
    assert (request.method, request.url.path) == ("POST", "/v1/tasks")
    assert body(request) == {
        "title": "Call back",
        "start_datetime": "2026-07-15T10:00:00",
        "end_datetime": "2026-07-15T10:30:00",
        "cstid": 7,
        "priority": 3,
        "tags": [1, 2],
    }


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_ysuite_create_with_deal_only(flavour: str) -> None:
    mock = MockAPI(envelope({"activity_id": 32}))
    created = await settle(
        make_client("ysuite", flavour, mock).tasks.create(
            title="Demo", start_datetime=dt.datetime(2026, 7, 15, 10), deal_id=5
        )
    )
    assert created.activity_id == 32
    assert body(mock.last)["deal_id"] == 5


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("fields", "field"),
    [
        pytest.param({"title": "x" * 151}, "title", id="title-too-long"),
        pytest.param({"title": ""}, "title", id="title-empty"),
        pytest.param(
            {"start_datetime": dt.datetime(2026, 7, 15, 10, tzinfo=dt.UTC)}, "start_datetime", id="aware-start"
        ),
        pytest.param({"start_datetime": "2026-07-15 10:00"}, "start_datetime", id="start-bad-str"),
        pytest.param({"start_datetime": dt.date(2026, 7, 15)}, "start_datetime", id="start-date"),
        pytest.param({"priority": 9}, "priority", id="priority"),
        pytest.param({"cstid": "7"}, "cstid", id="cstid-str"),
    ],
)
async def test_ysuite_create_rejects(flavour: str, fields: dict[str, Any], field: str) -> None:
    mock = MockAPI()
    client = make_client("ysuite", flavour, mock)
    arguments = {"title": "Call back", "start_datetime": dt.datetime(2026, 7, 15, 10), "cstid": 7, **fields}
    with pytest.raises(crmtasks.ValidationError, match=field) as caught:
        await settle(client.tasks.create(**arguments))
    assert_rejected(mock, caught, field)


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_ysuite_create_title_of_150_characters_is_accepted(flavour: str) -> None:
    mock = MockAPI(envelope({"activity_id": 33}))
    client = make_client("ysuite", flavour, mock)
    await settle(client.tasks.create(title="x" * 150, start_datetime=dt.datetime(2026, 7, 15, 10), cstid=7))
    assert len(body(mock.last)["title"]) == 150


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_ysuite_create_needs_a_deal_or_a_contact(flavour: str) -> None:
    mock = MockAPI(envelope({"activity_id": 34}))
    client = make_client("ysuite", flavour, mock)
    with pytest.raises(crmtasks.ValidationError, match="deal_id") as caught:
        await settle(client.tasks.create(title="Call back", start_datetime=dt.datetime(2026, 7, 15, 10)))
    assert caught.value.field in ("deal_id", "cstid")
    assert mock.count == 0


# ----------------------------------------------------------------------------- clients


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("api", "default"),
    [
        ("keap", "https://api.keap.com/crm/rest"),
        ("apollo", "https://api.apollo.io"),
        ("ysuite", "https://api.ysuite.org"),
    ],
)
async def test_base_url_defaults_to_the_spec_server_and_can_be_changed(api: str, flavour: str, default: str) -> None:
    assert make_client(api, flavour, MockAPI()).base_url == default
    answer = {"keap": KEAP_TASK, "apollo": {"task": {"id": "t1"}}, "ysuite": envelope({"activity_id": 7, "title": "x"})}
    mock = MockAPI(answer[api])
    client = make_client(api, flavour, mock, base_url="https://sandbox.example.test/base/")
    assert client.base_url == "https://sandbox.example.test/base"
    if api == "apollo":
        await settle(client.tasks.create(contact_id="c1"))
    else:
        await settle(client.tasks.get("7" if api == "keap" else 7))
    assert mock.last.url.host == "sandbox.example.test"
    assert mock.last.url.path.startswith("/base/")


def test_a_lent_http_client_is_not_closed() -> None:
    http = httpx.Client(transport=httpx.MockTransport(MockAPI()))
    with crmtasks.Keap(api_key="key", http_client=http) as keap:
        keap.with_options(max_retries=0).close()
    assert not http.is_closed


async def test_a_lent_async_http_client_is_not_closed() -> None:
    http = httpx.AsyncClient(transport=httpx.MockTransport(MockAPI()))
    async with crmtasks.AsyncYSuite(access_key="a", secret_key="s", http_client=http) as ysuite:
        await ysuite.with_options(timeout=1.0).close()
    assert not http.is_closed
    await http.aclose()


def test_models_are_reachable_from_the_wrapper_modules() -> None:
    assert crmtasks.keap.Task is crmtasks_keap.models.Task
    assert crmtasks.ysuite.TaskStatus is crmtasks_ysuite.models.TaskStatus
    with pytest.raises(AttributeError):
        _ = crmtasks.keap.NoSuchModel


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_empty_ids_are_rejected_before_any_request(flavour: str) -> None:
    mock = MockAPI({})
    client = make_client("keap", flavour, mock)
    for call in (
        lambda: client.tasks.get(""),
        lambda: client.tasks.delete(" "),
        lambda: client.tasks.update("", title="x"),
    ):
        with pytest.raises(crmtasks.ValidationError, match="task_id"):
            await settle(call())
    assert mock.count == 0


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_keap_create_and_update_take_the_fields_query_parameter(flavour: str) -> None:
    # create and update have a query parameter named like a body: it asks for optional properties in the answer.
    mock = MockAPI((201, KEAP_TASK), KEAP_TASK)
    client = make_client("keap", flavour, mock)
    await settle(client.tasks.create(assigned_to_user_id="42", fields=["custom_fields"]))
    created = mock.last
    assert created.url.params.get_list("fields") == ["custom_fields"] and "fields" not in body(created)
    await settle(client.tasks.update("7", title="Call", fields=["custom_fields"]))
    updated = mock.last
    assert updated.url.params.get_list("fields") == ["custom_fields"]
    assert updated.url.params.get_list("update_mask") == ["title"] and body(updated) == {"title": "Call"}
