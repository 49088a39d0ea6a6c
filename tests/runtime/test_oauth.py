"""OAuth2, credential providers and safe transport, with a scripted token endpoint and API (MockTransport).

The same behaviours end to end, over the sandbox's token endpoint, are in tests/e2e/test_e2e_oauth.py.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import logging
import os
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

import crmtasks
from crmtasks._registry import REGISTRY

from ..helpers import FLAVOURS, SECRETS, client_class, settle

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("sleeps")]

OAUTH_APIS = ("keap", "apollo")
TOKEN_URL = {"keap": "https://api.infusionsoft.com/token", "apollo": "https://app.apollo.io/api/v1/oauth/token"}
APP = {"client_id": "app-id", "client_secret": "app-secret-0123456789"}
TASK = {"keap": {"id": "7", "title": "Call"}, "apollo": {"task": {"id": "t1"}}}
SOON = dt.timedelta(hours=1)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for api in REGISTRY:
        for way in api.definition.credentials:
            for variable in way.env:
                monkeypatch.delenv(variable, raising=False)
        for suffix in ("CLIENT_ID", "CLIENT_SECRET", "REFRESH_TOKEN"):
            monkeypatch.delenv(f"{api.key.upper()}_{suffix}", raising=False)


class Vendor:
    """A token endpoint that rotates refresh tokens, and an API that accepts only current access tokens."""

    def __init__(self, api: str, *, lifetime: int = 3600, token_delay: float = 0.0) -> None:
        self.api = api
        self.lifetime = lifetime
        self.token_delay = token_delay
        self.refresh_token = "refresh-0"
        self.valid: set[str] = {"access-0"}
        self.issued = 0
        self.token_requests: list[httpx.Request] = []
        self.api_requests: list[httpx.Request] = []
        self.refuse: str | None = None  # an OAuth2 error code to answer every refresh with
        self.unauthorized = 0  # how many API requests to refuse with 401 whatever the token
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if str(request.url) == TOKEN_URL[self.api]:
            return self.token(request)
        with self.lock:
            self.api_requests.append(request)
            refuse = self.unauthorized > 0
            self.unauthorized -= refuse
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if refuse or bearer not in self.valid:
            return httpx.Response(401, json={"message": "Invalid token", "error": "Invalid token"})
        return httpx.Response(200, json=TASK[self.api])

    def token(self, request: httpx.Request) -> httpx.Response:
        time.sleep(self.token_delay)  # widens the window in which racing callers could refresh twice
        with self.lock:
            self.token_requests.append(request)
            form = {k: v[0] for k, v in parse_qs(request.content.decode()).items()}
            if self.refuse:
                return httpx.Response(400, json={"error": self.refuse, "error_description": "Invalid Refresh Token"})
            if form.get("grant_type") == "refresh_token" and form.get("refresh_token") != self.refresh_token:
                return httpx.Response(
                    400, json={"error": "invalid_grant", "error_description": "Invalid Refresh Token"}
                )
            self.issued += 1
            access, self.refresh_token = f"access-{self.issued}", f"refresh-{self.issued}"
            self.valid = {access}
            body = {"access_token": access, "refresh_token": self.refresh_token, "expires_in": self.lifetime}
            return httpx.Response(200, json={**body, "token_type": "bearer", "scope": "full"})


def _client(api: str, flavour: str, vendor: Vendor, **options: Any) -> Any:
    transport = httpx.MockTransport(vendor)
    http = httpx.Client(transport=transport) if flavour == "sync" else httpx.AsyncClient(transport=transport)
    return client_class(api, flavour)(http_client=http, **options)


def _call(api: str, client: Any) -> Any:
    return client.tasks.get("7") if api == "keap" else client.tasks.create(contact_id="c1")


def _oauth(expires_in: dt.timedelta | None = SOON, **options: Any) -> crmtasks.OAuth2:
    expires_at = dt.datetime.now(dt.UTC) + expires_in if expires_in is not None else None
    return crmtasks.OAuth2(**APP, refresh_token="refresh-0", access_token="access-0", expires_at=expires_at, **options)


@pytest.fixture(params=[(api, flavour) for api in OAUTH_APIS for flavour in FLAVOURS], ids="-".join)
def case(request: pytest.FixtureRequest) -> tuple[str, str]:
    api, flavour = request.param
    return api, flavour


async def test_a_valid_token_is_used_as_it_is(case: tuple[str, str]) -> None:
    api, flavour = case
    vendor = Vendor(api)
    client = _client(api, flavour, vendor, oauth=_oauth())
    await settle(_call(api, client))
    assert vendor.token_requests == []
    assert vendor.api_requests[0].headers["authorization"] == "Bearer access-0"


async def test_refreshes_shortly_before_expiry_and_hands_the_rotated_token_over(case: tuple[str, str]) -> None:
    api, flavour = case
    vendor = Vendor(api)
    stored: list[crmtasks.TokenSet] = []
    oauth = _oauth(dt.timedelta(seconds=30), on_refresh=stored.append)  # inside the 60 s margin
    client = _client(api, flavour, vendor, oauth=oauth)
    await settle(_call(api, client))
    assert len(vendor.token_requests) == 1
    assert [t.refresh_token for t in stored] == ["refresh-1"] and oauth.token.refresh_token == "refresh-1"
    expires_at = stored[0].expires_at
    assert expires_at is not None and expires_at.tzinfo is not None
    assert dt.timedelta(minutes=59) < expires_at - dt.datetime.now(dt.UTC) <= dt.timedelta(hours=1)
    assert vendor.api_requests[0].headers["authorization"] == "Bearer access-1"
    await settle(_call(api, client))  # the new token is good for an hour: no second refresh
    assert len(vendor.token_requests) == 1


async def test_the_token_endpoint_authenticates_the_client_as_the_spec_says(case: tuple[str, str]) -> None:
    api, flavour = case
    vendor = Vendor(api)
    await settle(_call(api, _client(api, flavour, vendor, oauth=_oauth(dt.timedelta(0)))))
    request = vendor.token_requests[0]
    form = {k: v[0] for k, v in parse_qs(request.content.decode()).items()}
    assert form["grant_type"] == "refresh_token" and form["refresh_token"] == "refresh-0"
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    if api == "keap":  # client_secret_basic
        expected = base64.b64encode(b"app-id:app-secret-0123456789").decode()
        assert request.headers["authorization"] == f"Basic {expected}" and "client_secret" not in form
    else:  # client_secret_post
        assert form["client_id"] == "app-id" and form["client_secret"] == "app-secret-0123456789"
        assert "authorization" not in request.headers


async def test_a_401_refreshes_once_and_sends_again_once(case: tuple[str, str]) -> None:
    api, flavour = case
    vendor = Vendor(api)
    vendor.valid = set()  # the vendor revoked access-0 early
    client = _client(api, flavour, vendor, oauth=_oauth())
    await settle(_call(api, client))
    assert len(vendor.token_requests) == 1
    assert [r.headers["authorization"] for r in vendor.api_requests] == ["Bearer access-0", "Bearer access-1"]

    vendor.unauthorized = 2  # refused whatever the token: one refresh, one more try, then the error
    with pytest.raises(crmtasks.AuthenticationError):
        await settle(_call(api, client))
    assert len(vendor.token_requests) == 2 and len(vendor.api_requests) == 4


async def test_a_refused_refresh_is_final_and_names_the_vendors_reason(case: tuple[str, str]) -> None:
    api, flavour = case
    vendor = Vendor(api)
    vendor.refuse = "invalid_grant"
    client = _client(api, flavour, vendor, oauth=_oauth(dt.timedelta(0)))
    with pytest.raises(crmtasks.AuthenticationError) as refused:
        await settle(_call(api, client))
    message = str(refused.value)
    assert "invalid_grant: Invalid Refresh Token" in message and "Authorize the app again" in message
    assert "refresh-0" not in message and "app-secret" not in message
    kept = refused.value.response.request  # what the error keeps of the token request: no secret in it
    assert kept.content == b"" and "authorization" not in kept.headers
    for _ in range(3):  # no storm against the token endpoint: the refusal is remembered
        with pytest.raises(crmtasks.AuthenticationError):
            await settle(_call(api, client))
    assert len(vendor.token_requests) == 1 and vendor.api_requests == []


class Flaky(Vendor):
    """A token endpoint whose first answers are the failures given (a status, or an exception to raise)."""

    def __init__(self, api: str, failures: list[int | Exception]) -> None:
        super().__init__(api)
        self.failures = failures

    def token(self, request: httpx.Request) -> httpx.Response:
        if self.failures:
            failure = self.failures.pop(0)
            self.token_requests.append(request)
            if isinstance(failure, Exception):
                raise failure
            return httpx.Response(failure, json={"error": "temporarily_unavailable"})
        return super().token(request)


async def test_a_token_endpoint_that_fails_on_the_way_is_tried_twice_more(
    case: tuple[str, str], sleeps: list[float]
) -> None:
    api, flavour = case
    vendor = Flaky(api, [503, httpx.ConnectError("refused")])
    client = _client(api, flavour, vendor, oauth=_oauth(dt.timedelta(0)))
    await settle(_call(api, client))  # refreshed on the third try
    assert len(vendor.token_requests) == 3 and sleeps == [0.5, 2.0]
    assert [r.headers["authorization"] for r in vendor.api_requests] == ["Bearer access-1"]

    down = Flaky(api, [502, 502, 502])  # three failures: the call fails, and the next one tries again
    client = _client(api, flavour, down, oauth=_oauth(dt.timedelta(0)))
    with pytest.raises(crmtasks.APIStatusError) as failed:
        await settle(_call(api, client))
    assert failed.value.status_code == 502 and not isinstance(failed.value, crmtasks.AuthenticationError)
    await settle(_call(api, client))
    assert len(down.token_requests) == 4 and len(down.api_requests) == 1


class Odd(Vendor):
    """A token endpoint that answers every refresh with one odd answer."""

    def __init__(self, api: str, answer: tuple[int, dict[str, str], bytes]) -> None:
        super().__init__(api)
        self.answer = answer

    def token(self, request: httpx.Request) -> httpx.Response:
        self.token_requests.append(request)
        status, headers, content = self.answer
        return httpx.Response(status, headers=headers, stream=httpx.ByteStream(content))  # read by the client


JSON = {"content-type": "application/json"}
ODD_TOKEN_ANSWERS = {
    # gzip announced, none sent: httpx raises DecodingError, no transport error
    "undecodable": (200, {"content-encoding": "gzip"}, b"not gzip at all"),
    "error-not-a-string": (400, JSON, b'{"error": ["invalid_grant"]}'),
    "nested-too-deep": (500, JSON, b"[" * 100_000),
}


@pytest.mark.parametrize("odd", list(ODD_TOKEN_ANSWERS))
async def test_an_odd_token_answer_is_a_crmtasks_error(odd: str, case: tuple[str, str]) -> None:
    api, flavour = case
    vendor = Odd(api, ODD_TOKEN_ANSWERS[odd])
    client = _client(api, flavour, vendor, oauth=_oauth(dt.timedelta(0)))
    with pytest.raises(crmtasks.CRMTasksError) as failed:
        await settle(_call(api, client))
    assert not isinstance(failed.value, crmtasks.AuthenticationError)  # nothing here is a refusal: not final
    assert b"app-secret" not in (failed.value.request.content if isinstance(failed.value, crmtasks.APIError)
                                 and failed.value.request is not None else b"")  # fmt: skip
    assert vendor.api_requests == []


@pytest.mark.parametrize("odd", ["no-access-token", "refused", "server-error"])
@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_bulk_items_whose_token_could_not_be_had_are_failed_not_unknown(odd: str, flavour: str) -> None:
    answers = {
        "no-access-token": (200, JSON, b'{"token_type": "bearer"}'),
        "refused": (400, JSON, b'{"error": "invalid_grant"}'),
        "server-error": (503, JSON, b'{"error": "temporarily_unavailable"}'),
    }
    vendor = Odd("keap", answers[odd])
    client = _client("keap", flavour, vendor, oauth=_oauth(dt.timedelta(0)))
    items = [{"title": title, "assigned_to_user_id": "7"} for title in ("One", "Two")]
    results = await settle(client.tasks.create_many(items, concurrency=1))
    assert [result.status for result in results] == ["failed", "failed"]  # their requests never left
    assert all(isinstance(r.error, crmtasks.APIError) and not r.error.may_have_been_sent for r in results)
    assert vendor.api_requests == []


async def test_an_endless_expires_in_means_no_known_expiry(case: tuple[str, str]) -> None:
    api, flavour = case
    answer = b'{"access_token": "access-9", "refresh_token": "refresh-9", "expires_in": 1e300}'
    vendor = Odd(api, (200, JSON, answer))
    vendor.valid = {"access-9"}
    oauth = _oauth(dt.timedelta(0))
    await settle(_call(api, _client(api, flavour, vendor, oauth=oauth)))
    assert oauth.token.access_token == "access-9" and oauth.token.expires_at is None


def test_one_refresh_for_sixteen_threads() -> None:
    vendor = Vendor("keap", token_delay=0.05)
    client = _client("keap", "sync", vendor, oauth=_oauth(dt.timedelta(0)))
    barrier = threading.Barrier(16)
    errors: list[BaseException] = []

    def work() -> None:
        barrier.wait()
        try:
            client.tasks.get("7")
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(vendor.token_requests) == 1
    assert {r.headers["authorization"] for r in vendor.api_requests} == {"Bearer access-1"}


async def test_one_refresh_for_two_hundred_tasks() -> None:
    vendor = Vendor("apollo")
    gate = asyncio.Event()

    async def slow_token(request: httpx.Request) -> httpx.Response:
        await gate.wait()
        return vendor(request)

    async def handler(request: httpx.Request) -> httpx.Response:
        if str(request.url) == TOKEN_URL["apollo"]:
            return await slow_token(request)
        return vendor(request)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    client = crmtasks.AsyncApollo(http_client=http, oauth=_oauth(dt.timedelta(0)))
    calls = [asyncio.ensure_future(client.tasks.create(contact_id="c1")) for _ in range(200)]
    await asyncio.sleep(0.05)  # every task is now waiting for the one refresh
    gate.set()
    await asyncio.gather(*calls)
    assert len(vendor.token_requests) == 1 and len(vendor.api_requests) == 200


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_oauth_from_the_environment(monkeypatch: pytest.MonkeyPatch, flavour: str) -> None:
    monkeypatch.setenv("KEAP_CLIENT_ID", APP["client_id"])
    monkeypatch.setenv("KEAP_CLIENT_SECRET", APP["client_secret"])
    monkeypatch.setenv("KEAP_REFRESH_TOKEN", "refresh-0")
    vendor = Vendor("keap")
    await settle(_call("keap", _client("keap", flavour, vendor)))
    assert len(vendor.token_requests) == 1  # no access token known: the first request refreshes
    assert vendor.api_requests[0].headers["authorization"] == "Bearer access-1"


def test_missing_credentials_name_the_oauth_variables() -> None:
    with pytest.raises(crmtasks.MissingCredentialsError, match="KEAP_REFRESH_TOKEN"):
        crmtasks.Keap()
    with pytest.raises(ValueError, match="not both"):
        crmtasks.Keap(api_key="k", oauth=_oauth())


def test_oauth_arguments_are_checked() -> None:
    with pytest.raises(crmtasks.ValidationError, match="refresh_token"):
        crmtasks.OAuth2(client_id="a", client_secret="b", refresh_token="")
    with pytest.raises(crmtasks.ValidationError, match="expires_at"):
        crmtasks.OAuth2(client_id="a", client_secret="b", refresh_token="r", expires_at=dt.datetime(2026, 1, 1))


def test_secrets_stay_out_of_reprs_and_logs(caplog: pytest.LogCaptureFixture) -> None:
    vendor = Vendor("keap")
    oauth = _oauth(dt.timedelta(0))
    with caplog.at_level(logging.DEBUG, logger="crmtasks"):
        client = _client("keap", "sync", vendor, oauth=oauth)
        client.tasks.get("7")
    shown = " ".join([repr(oauth), repr(oauth.token), repr(client), caplog.text])
    for secret in ("app-secret-0123456789", "refresh-0", "refresh-1", "access-1"):
        assert secret not in shown
    assert "no on_refresh" in caplog.text  # the rotated token would be lost: said out loud


# -- the first grant -------------------------------------------------------------------------------


def test_authorization_url_carries_the_specs_endpoint_scope_and_a_fresh_state() -> None:
    first = crmtasks.Keap.authorization_url(client_id="app-id", redirect_uri="https://app.example/cb")
    second = crmtasks.Keap.authorization_url(client_id="app-id", redirect_uri="https://app.example/cb")
    parts = urlsplit(first.url)
    query = parse_qs(parts.query)
    assert (parts.netloc, parts.path) == ("accounts.infusionsoft.com", "/app/oauth/authorize")
    assert query == {
        "client_id": ["app-id"],
        "redirect_uri": ["https://app.example/cb"],
        "response_type": ["code"],
        "scope": ["full"],
        "state": [first.state],
    }
    assert len(first.state) >= 24 and first.state != second.state
    apollo = crmtasks.AsyncApollo.authorization_url(client_id="a", redirect_uri="https://x.example/cb", state="s1")
    assert apollo.url.startswith("https://app.apollo.io/#/oauth/authorize?client_id=a&")  # hash-routed page
    assert apollo.state == "s1"


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_exchange_code_checks_state_then_grants(flavour: str) -> None:
    vendor = Vendor("keap")
    transport = httpx.MockTransport(vendor)
    http: Any = httpx.Client(transport=transport) if flavour == "sync" else httpx.AsyncClient(transport=transport)
    cls = client_class("keap", flavour)
    grant = {**APP, "code": "c0de", "redirect_uri": "https://app.example/cb", "http_client": http}
    with pytest.raises(crmtasks.ValidationError, match="state"):
        await settle(cls.exchange_code(**grant, state="forged", expected_state="s1"))
    assert vendor.token_requests == []
    stored: list[crmtasks.TokenSet] = []
    oauth = await settle(cls.exchange_code(**grant, state="s1", expected_state="s1", on_refresh=stored.append))
    form = parse_qs(vendor.token_requests[0].content.decode())
    assert form == {"grant_type": ["authorization_code"], "code": ["c0de"], "redirect_uri": ["https://app.example/cb"]}
    assert [t.refresh_token for t in stored] == ["refresh-1"] and oauth.token.access_token == "access-1"
    await settle(cls(oauth=oauth, http_client=http).tasks.get("7"))
    assert vendor.api_requests[-1].headers["authorization"] == "Bearer access-1"


# -- credential providers --------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_a_provider_is_asked_for_every_request_and_again_after_a_401(flavour: str) -> None:
    keys = iter(["old-key", *["new-key"] * 9])
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["x-keap-api-key"])
        if request.headers["x-keap-api-key"] == "old-key":
            return httpx.Response(401, json={"message": "Invalid key"})
        return httpx.Response(200, json=TASK["keap"])

    transport = httpx.MockTransport(answer)
    http: Any = httpx.Client(transport=transport) if flavour == "sync" else httpx.AsyncClient(transport=transport)
    keap = client_class("keap", flavour)(api_key=lambda: next(keys), http_client=http)
    await settle(keap.tasks.get("7"))  # rotated under our feet: the 401 asks the provider again
    await settle(keap.tasks.get("7"))
    assert seen == ["old-key", "new-key", "new-key"]


async def test_async_clients_await_async_providers() -> None:
    async def access() -> str:
        await asyncio.sleep(0)
        return SECRETS["ysuite"]["access_key"]

    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"success": True, "data": {"activity_id": 7, "title": "Call"}})

    http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    ysuite = crmtasks.AsyncYSuite(access_key=access, secret_key=lambda: "s", http_client=http)
    await ysuite.tasks.get(7)
    assert seen[0].headers["x-ysuite-access-key"] == SECRETS["ysuite"]["access_key"]
    with pytest.raises(ValueError, match="async client"):
        crmtasks.YSuite(access_key=access, secret_key="s")


def test_a_failing_provider_is_a_crmtasks_error_without_its_message() -> None:
    def vault() -> str:
        raise RuntimeError("vault says: the key is keap-secret-key-0123456789")

    keap = crmtasks.Keap(api_key=vault, http_client=httpx.Client(transport=httpx.MockTransport(lambda r: None)))  # type: ignore[arg-type,return-value]
    with pytest.raises(crmtasks.MissingCredentialsError) as failed:
        keap.tasks.get("7")
    assert "RuntimeError" in str(failed.value) and "keap-secret" not in str(failed.value)


# -- safe transport --------------------------------------------------------------------------------

_AUTH = {
    "keap": {"api_key": SECRETS["keap"]["api_key"]},
    "apollo": {"api_key": SECRETS["apollo"]["api_key"]},
    "ysuite": dict(SECRETS["ysuite"]),
}


def _redirecting(to: str, seen: list[httpx.Request]) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "evil.example" or request.url.path.endswith("/moved"):
            body = (
                {"success": True, "data": {"activity_id": 7, "title": "Call"}}
                if "ysuite" in str(request.url)
                else TASK["keap"]
            )
            return httpx.Response(200, json=body)
        target = to if to.startswith("http") else str(request.url.copy_with(path=request.url.path + to))
        return httpx.Response(302, headers={"location": target})

    return answer


def _get(api: str, client: Any) -> Any:
    return client.tasks.get("7") if api == "keap" else client.tasks.get(7)


@pytest.mark.parametrize("api", ["keap", "ysuite"])
@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_no_credential_follows_a_redirect_to_another_origin(api: str, flavour: str) -> None:
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(_redirecting("https://evil.example/steal", seen))
    options = {"transport": transport, "follow_redirects": True}
    http: Any = httpx.Client(**options) if flavour == "sync" else httpx.AsyncClient(**options)
    client = client_class(api, flavour)(http_client=http, **_AUTH[api])
    with pytest.raises(crmtasks.UnsafeRedirectError, match="another origin"):
        await settle(_get(api, client))
    assert [r.url.host for r in seen] != [] and all(r.url.host != "evil.example" for r in seen)


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_same_origin_redirects_are_followed_with_the_credentials(flavour: str) -> None:
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(_redirecting("/moved", seen))
    options = {"transport": transport, "follow_redirects": True}
    http: Any = httpx.Client(**options) if flavour == "sync" else httpx.AsyncClient(**options)
    keap = client_class("keap", flavour)(http_client=http, **_AUTH["keap"])
    task = await settle(keap.tasks.get("7"))
    assert task.id == "7"
    assert [r.url.path for r in seen] == ["/crm/rest/v2/tasks/7", "/crm/rest/v2/tasks/7/moved"]
    assert seen[1].headers["x-keap-api-key"] == SECRETS["keap"]["api_key"]


@pytest.mark.parametrize("api", ["keap", "apollo", "ysuite"])
def test_plain_http_is_refused_off_this_machine(api: str) -> None:
    cls = client_class(api, "sync")
    with pytest.raises(ValueError, match="not https"):
        cls(base_url="http://api.example.com", **_AUTH[api])
    for local in ("http://127.0.0.1:8080", "http://localhost:4010", "http://[::1]:9000", "http://sandbox.invalid"):
        assert cls(base_url=local, **_AUTH[api]).base_url == local
    assert cls(base_url="http://proxy.internal", allow_insecure_http=True, **_AUTH[api]).base_url


def test_a_plain_http_token_endpoint_is_refused_too() -> None:
    with pytest.raises(ValueError, match="token_url"):
        crmtasks.Keap(oauth=_oauth(token_url="http://tokens.example.com/token"))


FAILING_OAUTH_TESTS = """
    import datetime as dt
    import os

    import httpx
    import crmtasks


    def vendor(request):
        if request.url.path == "/token":
            return httpx.Response(400, json={"error": "invalid_grant", "error_description": "Invalid Refresh Token"})
        return httpx.Response(401, json={"message": "Invalid token"})


    def test_keap_oauth_refused():
        oauth = crmtasks.OAuth2(
            client_id="app-id",
            client_secret=os.environ["T_CLIENT_SECRET"],  # from outside: the test's own source is shown
            refresh_token=os.environ["T_REFRESH_TOKEN"],
            access_token=os.environ["T_ACCESS_TOKEN"],
            expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(hours=1),
        )
        keap = crmtasks.Keap(oauth=oauth, http_client=httpx.Client(transport=httpx.MockTransport(vendor)))
        keap.tasks.get("7")
"""


def test_oauth_secrets_are_not_in_pytest_output_of_a_failing_test(tmp_path: Path) -> None:
    (tmp_path / "test_leak.py").write_text(textwrap.dedent(FAILING_OAUTH_TESTS))
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--showlocals", "--tb=long", "-vv"]
    command += ["--log-level=DEBUG", "-o", "log_cli=false", "test_leak.py"]
    secrets = {
        "T_CLIENT_SECRET": "app-secret-0123456789",
        "T_REFRESH_TOKEN": "refresh-secret-0123456789",
        "T_ACCESS_TOKEN": "access-secret-0123456789",
    }
    env = {**os.environ, **secrets}
    result = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, check=False, timeout=120)
    output = result.stdout + result.stderr
    assert "1 failed" in output and "invalid_grant: Invalid Refresh Token" in output, output
    for secret in secrets.values():
        assert secret not in output
