"""The generated clients cover every operation of the specs and send what the APIs take."""

from __future__ import annotations

import importlib
import json
import re
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

import crmtasks_keap.client
from crmtasks_keap.api.task import create_task, list_tasks, update_task
from crmtasks_keap.models import (
    CreateTaskRequest,
    CreateUpdateTaskRequest,
    ReminderMinutes,
    Task,
    TaskOrderBy,
    TaskUpdateField,
)
from crmtasks_ysuite.models import TaskPriority as YSuitePriority
from crmtasks_ysuite.models import TaskStatus as YSuiteStatus

from ..helpers import APIS, load_spec, send_generated

HTTP_METHODS = {"get", "post", "put", "patch", "delete"}


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def operations(api: str) -> list[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    spec = load_spec(api)
    return [
        (path, method, item, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


@pytest.mark.parametrize("api", APIS)
def test_every_operation_has_a_request_builder_and_an_answer_reader(api: str) -> None:
    ops = operations(api)
    assert ops
    for _, _, _, op in ops:
        tag = op.get("tags", ["default"])[0].lower()  # openapi-python-client files a module under its first tag
        module = importlib.import_module(f"crmtasks_{api}.api.{tag}.{snake(op['operationId'])}")
        for function in ("build_request", "parse_response"):
            assert callable(getattr(module, function)), f"{module.__name__}.{function}"
        # Only what the engine uses is generated: no upstream sync/asyncio functions beside them.
        assert not hasattr(module, "sync_detailed") and not hasattr(module, "asyncio"), module.__name__


def test_spec_operation_counts() -> None:
    assert {api: len(operations(api)) for api in APIS} == {"keap": 19, "apollo": 7, "ysuite": 3, "hubspot": 10}


@pytest.mark.parametrize("api", APIS)
def test_list_operations_declare_their_pagination(api: str) -> None:
    paginated = [(item, op) for _, method, item, op in operations(api) if "x-pagination" in op]
    assert len(paginated) in (1, 2)  # a listing, and a search where the API has both (HubSpot)
    spec = load_spec(api)
    for item, op in paginated:
        pagination = op["x-pagination"]
        if pagination.get("in") == "body":  # a POST search: the cursor and the size are members of its body
            body = op["requestBody"]["content"]["application/json"]["schema"]
            params = resolve(spec, body)["properties"]
            size_schema = params[pagination["page_size_param"]]
        else:
            params = {
                param["name"]: param
                for param in (resolve(spec, p) for p in [*item.get("parameters", []), *op.get("parameters", [])])
            }
            size_schema = params[pagination["page_size_param"]]["schema"]
        assert size_schema["maximum"] in (100, 200, 1000)
        cursor = pagination["token_param"] if pagination["style"] == "token" else pagination["page_param"]
        assert cursor in params
        assert pagination["items"]


def capture(answer: Any, status: int = 200) -> tuple[crmtasks_keap.client.AuthenticatedClient, list[httpx.Request]]:
    """A Keap client that records requests and answers each with ``answer``."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(status, json=answer)

    base_url = load_spec("keap")["servers"][0]["url"]
    client = crmtasks_keap.client.AuthenticatedClient(
        base_url=base_url,
        token="secret-key",
        prefix="",
        auth_header_name="X-Keap-API-Key",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    return client, sent


def test_keap_create_sends_integer_reminder_and_string_ids() -> None:
    stored = {"id": "7", "title": "Call", "remind_time_mins": 30, "due_time": "2025-05-01T09:00:00.000Z"}
    client, sent = capture(stored, status=201)
    body = CreateTaskRequest(
        assigned_to_user_id="42",
        title="Call",
        remind_time_mins=ReminderMinutes.MINUTES_30,
        due_time=datetime(2025, 5, 1, 9, tzinfo=UTC),
    )
    task = send_generated(create_task, client, body=body.to_dict())
    (request,) = sent
    payload = json.loads(request.content)
    assert payload["remind_time_mins"] == 30 and isinstance(payload["remind_time_mins"], int)
    assert payload["assigned_to_user_id"] == "42"
    assert datetime.fromisoformat(payload["due_time"]) == datetime(2025, 5, 1, 9, tzinfo=UTC)
    assert request.url.path == "/crm/rest/v2/tasks"
    assert isinstance(task, Task)
    assert task.remind_time_mins is ReminderMinutes.MINUTES_30
    assert task.due_time == datetime(2025, 5, 1, 9, tzinfo=UTC)


def test_keap_update_sends_update_mask_and_answers_task() -> None:
    client, sent = capture({"id": "7", "completed": True})
    body = CreateUpdateTaskRequest(completed=True).to_dict()
    task = send_generated(update_task, client, "7", body=body, update_mask=[TaskUpdateField.COMPLETED])
    (request,) = sent
    assert request.method == "PATCH"
    assert request.url.params.get_list("update_mask") == ["completed"]
    assert json.loads(request.content) == {"completed": True}
    assert isinstance(task, Task) and task.completed is True


def test_keap_list_sends_filter_order_and_page_size() -> None:
    client, sent = capture({"tasks": [{"id": "1"}], "next_page_token": "abc"})
    page = send_generated(
        list_tasks, client, filter_="is_completed==false", order_by=TaskOrderBy.DUE_TIME_DESC, page_size=1000
    )
    (request,) = sent
    assert request.url.params["filter"] == "is_completed==false"
    assert request.url.params["order_by"] == "due_time desc"
    assert request.url.params["page_size"] == "1000"
    assert request.headers["X-Keap-API-Key"] == "secret-key"
    assert page is not None and not isinstance(page, crmtasks_keap.models.Error)


def test_ysuite_enums_have_readable_names() -> None:
    assert [m.name for m in YSuiteStatus] == ["OPEN", "IN_PROGRESS", "COMPLETED", "CANCELLED", "NO_SHOW"]
    assert [m.name for m in YSuitePriority] == ["NONE", "LOW", "MEDIUM", "HIGH", "URGENT"]
    assert YSuiteStatus.NO_SHOW == 4 and YSuitePriority.URGENT == 4


def test_ysuite_create_constraints_are_declared() -> None:
    schema = load_spec("ysuite")["components"]["schemas"]["CreateTaskRequest"]
    assert schema["properties"]["title"]["maxLength"] == 150
    assert sorted(schema["required"]) == ["start_datetime", "title"]
    assert schema["anyOf"] == [{"required": ["deal_id"]}, {"required": ["cstid"]}]
