"""``with_raw_response`` on every method and the per-call extras, sync and async, against the sandbox and a mock."""

from __future__ import annotations

import json
from typing import Any

import pytest

import crmtasks
from crmtasks.sandbox import Sandbox

from ..helpers import FLAVOURS, SECRETS, MockAPI, make_client, settle

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("sleeps")]


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_with_raw_response_on_every_kind_of_method(flavour: str) -> None:
    sandbox = Sandbox(seed=3)
    keap = sandbox.client("keap", flavour)
    created = await settle(keap.tasks.with_raw_response.create(title="Raw", assigned_to_user_id="7"))
    assert isinstance(created, crmtasks.APIResponse) and created.status_code == 201
    task = created.parse()
    assert task.title == "Raw" and created.request_id == "sandbox-keap-1"
    assert created.rate_limit is not None and created.retries_taken == 0
    got = await settle(keap.tasks.with_raw_response.get(task.id))
    assert got.parse() == await settle(keap.tasks.get(task.id))
    first = await settle(keap.tasks.with_raw_response.list(page_size=2))  # a listing: its first page's answer
    assert len(first.parse().tasks) == 2 and first.parse().next_page_token
    deleted = await settle(keap.tasks.with_raw_response.delete(task.id))
    assert deleted.status_code == 204 and deleted.parse() is None
    model = await settle(keap.tasks.custom_fields.with_raw_response.create(label="Region", field_type="TEXT"))
    assert model.status_code == 201
    ysuite = sandbox.client("ysuite", flavour)
    enveloped = await settle(
        ysuite.tasks.with_raw_response.create(title="Call", start_datetime="2026-07-15T10:00:00", cstid=1)
    )
    assert enveloped.parse().title == "Call" and json.loads(enveloped.http_response.content)["success"] is True


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_extras_reach_the_wire_and_credentials_win(flavour: str) -> None:
    mock = MockAPI({"id": "7", "title": "Call"}, {"tasks": [], "next_page_token": ""})
    keap = make_client("keap", flavour, mock)
    await settle(
        keap.tasks.create(
            title="Call",
            assigned_to_user_id="7",
            extra_headers={"X-Beta": "on", "x-keap-api-key": "sneaky"},
            extra_query={"preview": "true"},
            extra_body={"source": "crmtasks"},
        )
    )
    sent = mock.requests[0]
    assert sent.headers["x-beta"] == "on" and sent.url.params["preview"] == "true"
    assert json.loads(sent.content) == {"title": "Call", "assigned_to_user_id": "7", "source": "crmtasks"}
    assert sent.headers.get_list("x-keap-api-key") == [SECRETS["keap"]["api_key"]]
    paginator = keap.tasks.list(extra_query={"preview": "true"})
    await settle(paginator.first_page())
    assert mock.requests[1].url.params["preview"] == "true"  # on every page of a listing


def test_extra_body_on_a_bodiless_call_is_refused_before_sending() -> None:
    mock = MockAPI()
    keap = make_client("keap", "sync", mock)
    with pytest.raises(crmtasks.ValidationError, match="extra_body"):
        keap.tasks.get("7", extra_body={"x": 1})
    assert mock.count == 0


def test_raw_twins_are_the_resources_own_methods_and_documented() -> None:
    import inspect  # noqa: PLC0415

    from crmtasks_keap import resources  # noqa: PLC0415

    raw = make_client("keap", "sync", MockAPI()).tasks.with_raw_response
    doc: Any = inspect.getdoc(raw.get)
    assert doc == inspect.getdoc(resources.Tasks.get) and "extra_headers:" in doc  # the method itself, not a copy
    bound: Any = raw.get
    assert bound.__self__._raw is True
    twin: Any = inspect.getdoc(resources.TasksWithRawResponse)
    assert "crmtasks.APIResponse as it came (a listing: its first page's)" in twin
