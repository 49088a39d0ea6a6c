"""The request surface: raw answers of pages and errors, hooks, default headers and query, with_options,
the CRMTASKS_LOG switch, to_json, and paginator totals. (with_raw_response and per-call extras:
tests/runtime/test_raw_and_extras.py; bulk writes: tests/runtime/test_bulk.py.)"""

from __future__ import annotations

import json
import logging
import warnings
from typing import Any

import httpx
import pytest

import crmtasks
from crmtasks._logs import configure_from_environment
from crmtasks.sandbox import Sandbox

from ..helpers import FLAVOURS, SECRETS, MockAPI, collect_pages, make_client, settle

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("sleeps")]

KEAP_TASK = {"id": "7", "title": "Call"}


# -- raw answers -----------------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_every_page_carries_its_raw_answer(flavour: str) -> None:
    sandbox = Sandbox(seed=5)
    keap = sandbox.client("keap", flavour)
    pages = await collect_pages(keap.tasks.list(page_size=2))
    raws = [page.raw_response for page in pages]
    assert [raw.status_code for raw in raws] == [200, 200, 200]
    assert [raw.request_id for raw in raws] == ["sandbox-keap-1", "sandbox-keap-2", "sandbox-keap-3"]
    assert all(raw.retries_taken == 0 and raw.elapsed >= 0 for raw in raws)
    assert raws[0].rate_limit is not None and raws[0].rate_limit["daily"].remaining is not None
    assert pages[0].rate_limit is raws[0].rate_limit
    assert raws[0].parse() is pages[0].response
    assert raws[0].headers["content-type"] == "application/json"
    assert "sandbox-keap-key" not in str(raws[0].http_response.request.headers)  # credentials masked


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_retries_taken_and_request_ids_on_errors(flavour: str) -> None:
    mock = MockAPI(
        (503, {"message": "busy"}, {"x-request-id": "r-1"}),
        (200, {"tasks": [KEAP_TASK], "next_page_token": ""}, {"x-request-id": "r-2"}),
        (404, {"message": "Task 9 not found"}, {"x-request-id": "r-3"}),
    )
    keap = make_client("keap", flavour, mock)
    page = await settle(keap.tasks.list().first_page())
    assert page.raw_response is not None
    assert (page.raw_response.retries_taken, page.raw_response.request_id) == (1, "r-2")
    with pytest.raises(crmtasks.NotFoundError) as missing:
        await settle(keap.tasks.get("9"))
    assert missing.value.request_id == "r-3" and "[request id r-3]" in str(missing.value)


# -- hooks -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_hooks_see_every_attempt_in_order_without_credentials(flavour: str) -> None:
    seen: list[Any] = []

    async def on_response_async(response: httpx.Response) -> None:
        seen.append(("response", response.status_code, response.request.headers["x-keap-api-key"]))

    def on_response(response: httpx.Response) -> None:
        seen.append(("response", response.status_code, response.request.headers["x-keap-api-key"]))

    hooks = crmtasks.Hooks(
        on_request=lambda request: seen.append(("request", request.method, request.headers["x-keap-api-key"])),
        on_response=on_response if flavour == "sync" else on_response_async,
        on_retry=lambda attempt, delay, reason: seen.append(("retry", attempt, reason)),
    )
    mock = MockAPI((503, {"message": "busy"}), KEAP_TASK)
    keap = make_client("keap", flavour, mock, hooks=hooks)
    await settle(keap.tasks.get("7"))
    assert seen == [
        ("request", "GET", "****"),
        ("response", 503, "****"),
        ("retry", 1, "503"),
        ("request", "GET", "****"),
        ("response", 200, "****"),
    ]
    assert mock.requests[0].headers["x-keap-api-key"] == SECRETS["keap"]["api_key"]  # masked only for hooks


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_a_failing_hook_ends_the_call_with_hook_error(flavour: str) -> None:
    def broken(request: httpx.Request) -> None:
        raise RuntimeError("metrics backend down")

    mock = MockAPI(KEAP_TASK, KEAP_TASK)
    keap = make_client("keap", flavour, mock, hooks=crmtasks.Hooks(on_request=broken))
    with pytest.raises(crmtasks.HookError, match="on_request hook raised RuntimeError") as failed:
        await settle(keap.tasks.get("7"))
    assert isinstance(failed.value.__cause__, RuntimeError) and mock.count == 0


def test_an_async_hook_needs_an_async_client() -> None:
    async def on_request(request: httpx.Request) -> None:
        return None

    keap = make_client("keap", "sync", MockAPI(KEAP_TASK), hooks=crmtasks.Hooks(on_request=on_request))
    with pytest.raises(crmtasks.HookError, match="async client"):
        keap.tasks.get("7")


# -- default headers and query, with_options -------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_default_headers_and_query_but_credentials_win(flavour: str) -> None:
    mock = MockAPI(KEAP_TASK, KEAP_TASK)
    headers = {"X-Trace": "abc", "X-Keap-API-Key": "not-the-key"}
    keap = make_client("keap", flavour, mock, default_headers=headers, default_query={"tenant": "eu"})
    await settle(keap.tasks.get("7"))
    sent = mock.requests[0]
    assert sent.headers["x-trace"] == "abc" and sent.url.params["tenant"] == "eu"
    assert sent.headers.get_list("x-keap-api-key") == [SECRETS["keap"]["api_key"]]
    other = keap.with_options(default_headers={"X-Trace": "def"}, base_url="https://eu.example/crm/rest")
    await settle(other.tasks.get("7"))
    assert mock.requests[1].headers["x-trace"] == "def" and mock.requests[1].url.host == "eu.example"


def test_with_options_takes_every_constructor_option_and_checks_them() -> None:
    keap = make_client("keap", "sync", MockAPI())
    pacer = crmtasks.RateLimit(per_second=5)
    copy = keap.with_options(
        timeout=3.0,
        max_retries=0,
        strict_responses=True,
        rate_limit=pacer,
        max_retry_wait=5.0,
        hooks=crmtasks.Hooks(),
        http_client=httpx.Client(),
    )
    assert copy.pacing is pacer and copy.strict_responses and keap.pacing is None
    with pytest.raises(ValueError, match="not https"):
        keap.with_options(base_url="http://api.example.com")
    with pytest.raises(TypeError):
        keap.with_options(api_key="other")  # type: ignore[call-arg]


# -- CRMTASKS_LOG ----------------------------------------------------------------------------------


def test_crmtasks_log_configures_the_logger(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("crmtasks")
    level, handlers = logger.level, list(logger.handlers)
    try:
        assert configure_from_environment({}) is None and logger.handlers == handlers
        assert configure_from_environment({"CRMTASKS_LOG": "debug"}) == logging.DEBUG
        assert configure_from_environment({"CRMTASKS_LOG": "DEBUG"}) == logging.DEBUG
        assert logger.level == logging.DEBUG and len(logger.handlers) == len(handlers) + 1  # one handler, once
        assert configure_from_environment({"CRMTASKS_LOG": "loud"}) is None
        assert "CRMTASKS_LOG='loud'" in caplog.text
    finally:
        logger.setLevel(level)
        logger.handlers[:] = handlers


def test_crmtasks_log_is_read_at_import(tmp_path: Any) -> None:
    import os  # noqa: PLC0415
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    code = "import crmtasks; from crmtasks.sandbox import Sandbox\nSandbox(seed=1).keap().tasks.get('1')\n"
    env = {**os.environ, "CRMTASKS_LOG": "debug"}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert "crmtasks DEBUG GET http://sandbox.invalid/keap/v2/tasks/1 -> 200" in result.stderr
    assert "request id sandbox-keap-1" in result.stderr


# -- models and totals -----------------------------------------------------------------------------


def test_to_json_round_trips_what_was_read() -> None:
    sandbox = Sandbox(seed=9)
    sandbox.set_faults(deviations=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", crmtasks.ResponseValidationWarning)  # reported once per process
        tasks = list(sandbox.keap().tasks.list())
    assert any(task.priority == "URGENT" for task in tasks)  # the deviations are there to round-trip
    for task in tasks:
        again = type(task).from_dict(json.loads(task.to_json()))
        assert again == task and again.to_dict() == task.to_dict()
        assert set(task.raw) <= set(task.to_dict())  # undeclared members too: nothing the server sent is lost


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(("api", "limit", "expected"), [("apollo", None, 25), ("apollo", 7, 7), ("ysuite", None, 25)])
async def test_total_is_known_after_the_first_page(flavour: str, api: str, limit: int | None, expected: int) -> None:
    sandbox = Sandbox(seed=25)
    client = sandbox.client(api, flavour)
    paginator = client.tasks.search(page_size=10, limit=limit) if api == "apollo" else client.tasks.list(page_size=10)
    assert paginator.total is None
    await settle(paginator.first_page())
    assert paginator.total == expected
    items = [item async for item in paginator] if flavour == "async" else list(paginator)
    assert len(items) == expected
    assert sandbox.counts()["requests"][api] == -(-expected // 10)  # the first page was not asked for twice


def test_keap_gives_no_total() -> None:
    paginator = Sandbox(seed=3).keap().tasks.list()
    paginator.first_page()
    assert paginator.total is None


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_lists_the_spec_declares_unexploded_travel_as_one_comma_separated_value(flavour: str) -> None:
    # openapi-python-client repeats every list parameter; `explode: false` in the spec means one value, a,b.
    keap = MockAPI({"id": "7", "title": "Call"})
    await settle(make_client("keap", flavour, keap).tasks.get("7", fields=["custom_fields"]))  # its only value
    task = {"id": "1", "properties": {}, "createdAt": "2026-07-01T09:00:00Z", "updatedAt": "2026-07-01T09:00:00Z"}
    hubspot = MockAPI({**task, "archived": False})
    wanted = ["hs_task_subject", "hs_timestamp"]
    await settle(make_client("hubspot", flavour, hubspot).tasks.get("1", properties=wanted, associations=["contacts"]))
    assert keap.requests[0].url.params.get_list("fields") == ["custom_fields"]
    sent = hubspot.requests[0].url.params
    assert sent.get_list("properties") == ["hs_task_subject,hs_timestamp"] and sent["associations"] == "contacts"


def test_with_options_keeps_the_clients_insecure_http_choice_and_checks_as_the_constructor() -> None:
    keap = crmtasks.Keap(api_key=SECRETS["keap"]["api_key"], base_url="http://10.0.0.5:8080", allow_insecure_http=True)
    moved = keap.with_options(base_url="http://10.0.0.6:8080")  # was refused: the copy forgot the choice
    assert moved.base_url == "http://10.0.0.6:8080"
    strict = crmtasks.Keap(api_key=SECRETS["keap"]["api_key"])
    with pytest.raises(ValueError, match="allow_insecure_http"):
        strict.with_options(base_url="http://10.0.0.6:8080")
    assert strict.with_options(allow_insecure_http=True, base_url="http://10.0.0.6:8080").base_url.startswith("http:")
    with pytest.raises(ValueError, match="max_retry_wait"):
        keap.with_options(max_retry_wait=-1)  # was accepted
