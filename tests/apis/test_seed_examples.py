"""Every example payload in the three vendor seeds parses with the generated clients.

Request bodies go through the generated model's ``from_dict``/``to_dict``;
response bodies go through the generated endpoint functions over an
``httpx.MockTransport``, which is how a user's client would parse them.

The payloads are pulled out of the seed documents themselves (every
brace-delimited block), so an example added to a seed fails
``test_every_block_is_accounted_for`` until it is covered here.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import re
from datetime import datetime
from typing import Any

import httpx
import pytest

from crmtasks_apollo.api.task import bulk_create_tasks, search_tasks
from crmtasks_apollo.models import BulkCreateTasksRequest, SearchTasksResponse, TaskOpenFactorName, TaskSortField
from crmtasks_ysuite.api.task import create_task, list_tasks
from crmtasks_ysuite.models import CreatedTaskEnvelope, CreateTaskRequest, TaskListEnvelope, TaskPriority, TaskStatus

from ..helpers import load_spec, send_generated, shared_file


def brace_blocks(text: str) -> list[str]:
    """Every top-level ``{...}`` block of a document, honouring JSON strings."""
    blocks: list[str] = []
    depth, start, in_string, i = 0, 0, False, 0
    while i < len(text):
        char = text[i]
        if in_string:
            if char == "\\":
                i += 1
            elif char == '"':
                in_string = False
        elif char == '"' and depth:
            in_string = True
        elif char == "{":
            if not depth:
                start = i
            depth += 1
        elif char == "}" and depth:
            depth -= 1
            if not depth:
                blocks.append(text[start : i + 1])
        i += 1
    return blocks


def seed_blocks(name: str) -> list[str]:
    return brace_blocks(shared_file(f"seeds/{name}").read_text())


def answering(api: str, payload: Any) -> Any:
    """The generated client of ``api``, every request answered 200 with ``payload`` as JSON."""
    module = importlib.import_module(f"crmtasks_{api}.client")
    transport = httpx.MockTransport(lambda _: httpx.Response(200, json=payload))
    return module.Client(base_url=load_spec(api)["servers"][0]["url"], httpx_args={"transport": transport})


APOLLO = "apollo-tasks-api.md"
YSUITE = "ysuite-crm-tasks-api.md"
KEAP = "keap-v2-task-api.md"

# What each block of each seed is. "not a payload" blocks are path templates
# such as {task_id} or Python dicts of HTTP headers.
BLOCK_KINDS: dict[str, list[str]] = {
    APOLLO: [
        "bulk create request (curl)",
        "bulk create request (python, legacy api_key)",
        "not a payload",
        "bulk create response",
        "search request (curl)",
        "search request (python)",
        "not a payload",
        "search response",
    ],
    YSUITE: ["list response", "not a payload", "create request", "create response"],
    KEAP: ["not a payload"] * 5,
}


@pytest.mark.parametrize("seed", sorted(BLOCK_KINDS))
def test_every_block_is_accounted_for(seed: str) -> None:
    blocks = seed_blocks(seed)
    assert len(blocks) == len(BLOCK_KINDS[seed])
    for block, kind in zip(blocks, BLOCK_KINDS[seed], strict=True):
        if kind == "not a payload":
            assert re.fullmatch(r"\{\w+\}", block) or "Cache-Control" in block, block


def blocks_of(seed: str, kind: str) -> list[str]:
    return [b for b, k in zip(seed_blocks(seed), BLOCK_KINDS[seed], strict=True) if k.startswith(kind)]


def test_apollo_bulk_create_requests() -> None:
    for block in blocks_of(APOLLO, "bulk create request"):
        payload = json.loads(block)
        request = BulkCreateTasksRequest.from_dict(payload)
        assert request.contact_ids == payload["contact_ids"]
        assert request.priority.value == payload["priority"]
        assert request.type_.value == payload["type"]
        assert request.due_at == datetime.fromisoformat(payload["due_at"])
        # The deprecated in-body key is kept as an unknown property, not lost.
        assert request.to_dict() == {**payload, "due_at": request.due_at.isoformat()}


def test_apollo_bulk_create_response() -> None:
    (block,) = blocks_of(APOLLO, "bulk create response")
    # The seed prints "{ true }", which is not JSON; the API's body is the bare
    # boolean true (see api-facts.md).
    assert block.replace(" ", "").replace("\n", "") == "{true}"
    payload = json.loads("true")
    client = answering("apollo", payload)
    body = BulkCreateTasksRequest(contact_ids=["c1"])
    assert send_generated(bulk_create_tasks, client, body=body.to_dict()) is True


def test_apollo_search_requests() -> None:
    spec = load_spec("apollo")
    per_page = next(p for p in spec["paths"]["/api/v1/tasks/search"]["post"]["parameters"] if p["name"] == "per_page")
    for block in blocks_of(APOLLO, "search request"):
        payload = json.loads(block)
        assert TaskSortField(payload["sort_by_field"]) is TaskSortField.TASK_CREATED_AT
        assert [TaskOpenFactorName(v) for v in payload["open_factor_names"]] == [TaskOpenFactorName.TASK_TYPES]
        # The seed's 200 per page is the older limit; the current one is in our spec.
        assert payload["per_page"] == 200 > per_page["schema"]["maximum"] == 100


def test_apollo_search_response() -> None:
    (block,) = blocks_of(APOLLO, "search response")
    # The seed's sample lacks the comma between its two task objects (real
    # answers are valid JSON); put it back before parsing.
    fixed, count = re.subn(r"\}\n(\s+)\{\n", r"},\n\1{\n", block)
    assert count == 1
    payload = json.loads(fixed)
    client = answering("apollo", payload)
    page = send_generated(search_tasks, client)
    assert isinstance(page, SearchTasksResponse)
    assert [t.id for t in page.tasks] == [t["id"] for t in payload["tasks"]]
    assert [t.type_.value for t in page.tasks] == ["action_item", "call"]
    assert page.pagination.total_pages == 7
    assert page.tasks[1].contact is not None and page.tasks[1].contact.email == "jane.doe@apple.com"
    assert page.tasks[0].account is not None and page.tasks[0].account.name == "google"
    assert page.faceting is not None
    task_types = page.faceting.task_types
    assert task_types is not None
    assert [f.count for f in task_types] == [14, 5, 1]
    round_trip = page.to_dict()
    assert round_trip["pagination"] == payload["pagination"]
    assert round_trip["tasks"][0]["contact"]["phone_numbers"] == payload["tasks"][0]["contact"]["phone_numbers"]


def test_ysuite_list_response() -> None:
    (block,) = blocks_of(YSUITE, "list response")
    payload = json.loads(block)
    client = answering("ysuite", payload)
    envelope = send_generated(list_tasks, client)
    assert isinstance(envelope, TaskListEnvelope)
    assert envelope.success is True
    page = envelope.data
    assert page is not None
    (task,) = page.data
    assert (task.activity_id, task.status, task.priority) == (15, TaskStatus.OPEN, TaskPriority.MEDIUM)
    assert (page.current_page, page.total_records, page.total_pages) == (1, 12, 2)
    assert envelope.to_dict() == payload


def test_ysuite_create_request() -> None:
    (block,) = blocks_of(YSUITE, "create request")
    payload = json.loads(block)
    request = CreateTaskRequest.from_dict(payload)
    assert request.priority is TaskPriority.HIGH
    assert request.cstid == 10
    assert request.to_dict() == payload


def test_ysuite_create_response() -> None:
    (block,) = blocks_of(YSUITE, "create response")
    payload = json.loads(block)
    client = answering("ysuite", payload)
    body = CreateTaskRequest(title="t", start_datetime=dt.datetime(2026, 7, 15, 10), cstid=10)
    envelope = send_generated(create_task, client, body=body.to_dict())
    assert isinstance(envelope, CreatedTaskEnvelope)
    assert envelope.data is not None
    assert envelope.data.activity_id == 15
    assert envelope.to_dict() == payload
