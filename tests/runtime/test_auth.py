"""Credentials: how each client sends them, where it finds them, and that they never leak; request logging."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import httpx
import pytest

import crmtasks
from crmtasks._registry import REGISTRY

from ..helpers import APIS, FLAVOURS, SECRETS, MockAPI, client_class, keap_page, make_client, settle

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("sleeps")]

ENV_VARS = [variable for api in REGISTRY for way in api.definition.credentials for variable in way.env]
CLASSES: dict[tuple[str, str], Any] = {
    (api, flavour): client_class(api, flavour) for api in APIS for flavour in FLAVOURS
}
KEAP_TASK = {"id": "7", "title": "Call"}
YSUITE_TASK = {"success": True, "message": "", "data": {"activity_id": 7, "title": "Call"}}
HUBSPOT_TASK = {
    "id": "7",
    "properties": {"hs_task_subject": "Call"},
    "createdAt": "2026-07-01T09:00:00Z",
    "updatedAt": "2026-07-01T09:00:00Z",
    "archived": False,
}
ANSWER = {"keap": KEAP_TASK, "apollo": {"task": {"id": "t1"}}, "ysuite": YSUITE_TASK, "hubspot": HUBSPOT_TASK}


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No credential of the machine running the tests leaks into these tests."""
    for variable in ENV_VARS:
        monkeypatch.delenv(variable, raising=False)


def bare_client(api: str, flavour: str, mock: MockAPI, **credentials: Any) -> Any:
    """A client given only ``credentials`` (possibly none), answering from ``mock``."""
    transport = httpx.MockTransport(mock)
    http = httpx.Client(transport=transport) if flavour == "sync" else httpx.AsyncClient(transport=transport)
    return CLASSES[api, flavour](http_client=http, **credentials)


def one_call(api: str, client: Any) -> Any:
    if api in ("keap", "hubspot"):
        return client.tasks.get("7")
    if api == "apollo":
        return client.tasks.create(contact_id="c1")
    return client.tasks.get(7)


def secret_values() -> list[str]:
    return [value for credentials in SECRETS.values() for value in credentials.values()]


def assert_no_secret(text: str) -> None:
    for value in secret_values():
        assert value not in text, f"a credential leaked into: {text[:300]!r}"


# ----------------------------------------------------------------------------- what is sent


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(("api", "header"), [("keap", "X-Keap-API-Key"), ("apollo", "X-Api-Key")])
async def test_api_key_is_sent_in_the_vendor_header(api: str, flavour: str, header: str) -> None:
    mock = MockAPI(ANSWER[api])
    await settle(one_call(api, bare_client(api, flavour, mock, api_key="the-key")))
    assert mock.last.headers[header] == "the-key"
    assert "authorization" not in mock.last.headers


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(("api", "header"), [("keap", "X-Keap-API-Key"), ("apollo", "X-Api-Key")])
async def test_access_token_is_sent_as_a_bearer_token(api: str, flavour: str, header: str) -> None:
    mock = MockAPI(ANSWER[api])
    await settle(one_call(api, bare_client(api, flavour, mock, access_token="the-token")))
    assert mock.last.headers["Authorization"] == "Bearer the-token"
    assert header not in mock.last.headers


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_ysuite_sends_both_keys(flavour: str) -> None:
    mock = MockAPI(YSUITE_TASK)
    await settle(one_call("ysuite", bare_client("ysuite", flavour, mock, access_key="ak", secret_key="sk")))
    assert mock.last.headers["x-ysuite-access-key"] == "ak"
    assert mock.last.headers["x-ysuite-secret-key"] == "sk"


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_credentials_are_sent_on_every_page_and_retry(flavour: str) -> None:
    mock = MockAPI((503, {}), keap_page(["1"], "t1"), keap_page(["2"]))
    client = bare_client("keap", flavour, mock, api_key="the-key")
    paginator = client.tasks.list()
    if flavour == "sync":
        list(paginator)
    else:
        [item async for item in paginator]
    assert mock.count == 3
    assert all(r.headers["X-Keap-API-Key"] == "the-key" for r in mock.requests)


# ----------------------------------------------------------------------------- from the environment


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("api", "variable", "header", "sent"),
    [
        ("keap", "KEAP_API_KEY", "X-Keap-API-Key", "env-value"),
        ("keap", "KEAP_ACCESS_TOKEN", "Authorization", "Bearer env-value"),
        ("apollo", "APOLLO_API_KEY", "X-Api-Key", "env-value"),
        ("apollo", "APOLLO_ACCESS_TOKEN", "Authorization", "Bearer env-value"),
    ],
)
async def test_credentials_from_the_environment(
    api: str, flavour: str, variable: str, header: str, sent: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(variable, "env-value")
    mock = MockAPI(ANSWER[api])
    await settle(one_call(api, bare_client(api, flavour, mock)))
    assert mock.last.headers[header] == sent


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_ysuite_keys_from_the_environment(flavour: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("YSUITE_ACCESS_KEY", "env-ak")
    monkeypatch.setenv("YSUITE_SECRET_KEY", "env-sk")
    mock = MockAPI(YSUITE_TASK)
    await settle(one_call("ysuite", bare_client("ysuite", flavour, mock)))
    assert mock.last.headers["x-ysuite-access-key"] == "env-ak"
    assert mock.last.headers["x-ysuite-secret-key"] == "env-sk"


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_an_argument_wins_over_the_environment(flavour: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEAP_API_KEY", "env-value")
    mock = MockAPI(KEAP_TASK)
    await settle(one_call("keap", bare_client("keap", flavour, mock, access_token="arg-token")))
    assert mock.last.headers["Authorization"] == "Bearer arg-token"
    assert "X-Keap-API-Key" not in mock.last.headers


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("api", "variables"),
    [
        ("keap", ["KEAP_API_KEY", "KEAP_ACCESS_TOKEN"]),
        ("apollo", ["APOLLO_API_KEY", "APOLLO_ACCESS_TOKEN"]),
        ("ysuite", ["YSUITE_ACCESS_KEY", "YSUITE_SECRET_KEY"]),
    ],
)
def test_missing_credentials_raise_at_construction_naming_the_variables(
    api: str, flavour: str, variables: list[str]
) -> None:
    mock = MockAPI()
    with pytest.raises(crmtasks.MissingCredentialsError) as caught:
        bare_client(api, flavour, mock)
    for variable in variables:
        assert variable in str(caught.value)
    assert mock.count == 0


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("given", "missing"), [({"access_key": "ak"}, "secret_key"), ({"secret_key": "sk"}, "access_key")]
)
def test_ysuite_with_only_one_key_raises(flavour: str, given: dict[str, str], missing: str) -> None:
    with pytest.raises(crmtasks.MissingCredentialsError, match=missing) as caught:
        bare_client("ysuite", flavour, MockAPI(), **given)
    assert "sk" not in str(caught.value).replace("secret_key", "")


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("variable", ["YSUITE_ACCESS_KEY", "YSUITE_SECRET_KEY"])
def test_ysuite_with_only_one_key_in_the_environment_raises(
    flavour: str, variable: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(variable, "only-one")
    with pytest.raises(crmtasks.MissingCredentialsError) as caught:
        bare_client("ysuite", flavour, MockAPI())
    assert "YSUITE_ACCESS_KEY" in str(caught.value) and "YSUITE_SECRET_KEY" in str(caught.value)
    assert "only-one" not in str(caught.value)


# ----------------------------------------------------------------------------- secrets never show


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
def test_secret_is_not_in_the_client_repr(api: str, flavour: str) -> None:
    client = make_client(api, flavour, MockAPI())
    for shown in (repr(client), str(client), repr(client.with_options(max_retries=1)), repr(client.tasks)):
        assert_no_secret(shown)
    assert client.base_url in repr(client)


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize(
    "answer",
    [
        (401, {"message": "Invalid key"}),
        (500, {"message": "Boom"}),
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("closed"),
    ],
    ids=["401", "500", "connect", "timeout", "protocol"],
)
async def test_secret_is_not_in_raised_exceptions(api: str, flavour: str, answer: Any) -> None:
    mock = MockAPI(answer)
    client = make_client(api, flavour, mock, max_retries=0)
    with pytest.raises(crmtasks.APIError) as caught:
        await settle(one_call(api, client))
    error = caught.value
    for shown in (str(error), repr(error), error.message, str(error.request.url)):
        assert_no_secret(shown)
    if isinstance(error, crmtasks.APIStatusError):
        assert_no_secret(repr(error.response))
        assert_no_secret(repr(error.body))


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
async def test_secret_is_not_logged(
    api: str, flavour: str, caplog: pytest.LogCaptureFixture, sleeps: list[float]
) -> None:
    caplog.set_level(logging.DEBUG)
    mock = MockAPI(httpx.ConnectError("refused"), (429, {"message": "slow down"}), ANSWER[api])
    await settle(one_call(api, make_client(api, flavour, mock)))
    assert mock.count == 3
    assert [r for r in caplog.records if r.name == "crmtasks"], "the client logged nothing"
    for record in caplog.records:
        assert_no_secret(record.getMessage())
        assert_no_secret(repr(record.args))


# ----------------------------------------------------------------------------- logging


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_each_request_is_logged_with_method_url_status_and_time(
    flavour: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="crmtasks")
    mock = MockAPI((404, {"message": "no such task"}))
    with pytest.raises(crmtasks.NotFoundError):
        await settle(make_client("keap", flavour, mock).tasks.get("7"))
    messages = [r.getMessage() for r in caplog.records if r.name == "crmtasks" and r.levelno == logging.DEBUG]
    assert len(messages) == 1
    assert re.fullmatch(r"GET https://api\.keap\.com/crm/rest/v2/tasks/7 -> 404 \(\d+\.\d ms\)", messages[0])


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_retries_are_logged(flavour: str, caplog: pytest.LogCaptureFixture, sleeps: list[float]) -> None:
    caplog.set_level(logging.DEBUG, logger="crmtasks")
    mock = MockAPI(httpx.ConnectError("refused"), (503, {}), KEAP_TASK)
    await settle(make_client("keap", flavour, mock).tasks.get("7"))
    retries = [r.getMessage() for r in caplog.records if r.name == "crmtasks" and r.levelno == logging.INFO]
    url = "https://api.keap.com/crm/rest/v2/tasks/7"
    assert len(retries) == 2
    assert retries[0] == f"GET {url} failed (ConnectError); retry 1 in {sleeps[0]:.2f} s"
    assert retries[1] == f"GET {url} answered 503; retry 2 in {sleeps[1]:.2f} s"
    finished = [r.getMessage() for r in caplog.records if r.name == "crmtasks" and r.levelno == logging.DEBUG]
    assert len(finished) == 1 and f"GET {url} -> 200" in finished[0]


# ----------------------------------------------------------------------------- pytest output of a failing test

FAILING_TESTS = """
    import httpx
    import crmtasks


    def answer_401(request):
        return httpx.Response(401, json={"code": 401, "message": "Invalid key", "status": "UNAUTHENTICATED"})


    def refuse(request):
        raise httpx.ConnectError("connection refused", request=request)


    def test_keap_unauthorised():
        keap = crmtasks.Keap(http_client=httpx.Client(transport=httpx.MockTransport(answer_401)))
        keap.tasks.get("7")


    def test_keap_list_unreachable():
        keap = crmtasks.Keap(max_retries=1, http_client=httpx.Client(transport=httpx.MockTransport(refuse)))
        list(keap.tasks.list(contact_id="1"))


    def test_ysuite_create_unreachable():
        ysuite = crmtasks.YSuite(max_retries=0, http_client=httpx.Client(transport=httpx.MockTransport(refuse)))
        ysuite.tasks.create(title="Call", start_datetime="2026-07-15T10:00:00", cstid=7)
"""


def test_secret_is_not_in_pytest_output_of_failing_requests(tmp_path: Path) -> None:
    (tmp_path / "test_leak.py").write_text(textwrap.dedent(FAILING_TESTS))
    env = {
        **os.environ,
        "KEAP_API_KEY": SECRETS["keap"]["api_key"],
        "YSUITE_ACCESS_KEY": SECRETS["ysuite"]["access_key"],
        "YSUITE_SECRET_KEY": SECRETS["ysuite"]["secret_key"],
    }
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--showlocals", "--tb=long", "-vv"]
    command += ["--log-level=DEBUG", "-o", "log_cli=false", "test_leak.py"]
    result = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, check=False, timeout=120)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "3 failed" in output
    assert "AuthenticationError" in output and "Invalid key" in output
    assert "APIConnectionError" in output
    assert_no_secret(output)
