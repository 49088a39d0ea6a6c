"""OAuth2 and quotas end to end: the real clients against the sandbox's token endpoint and quota headers.

In process (sync and async) and over real HTTP with the served sandbox.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import crmtasks
from crmtasks.sandbox import Sandbox

from ..helpers import FLAVOURS, settle
from ..sandbox_server import control, served_sandbox

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("sleeps")]

OAUTH_APIS = ("keap", "apollo")


def _call(api: str, client: Any) -> Any:
    if api == "keap":
        return client.tasks.create(title="Call back", assigned_to_user_id="7")
    return client.tasks.create(contact_id="c1", type="call")


@pytest.fixture(params=[(api, flavour) for api in OAUTH_APIS for flavour in FLAVOURS], ids="-".join)
def case(request: pytest.FixtureRequest) -> tuple[str, str]:
    api, flavour = request.param
    return api, flavour


async def test_expired_tokens_are_refreshed_and_rotated_at_the_sandbox(case: tuple[str, str]) -> None:
    api, flavour = case
    sandbox = Sandbox()
    stored: list[crmtasks.TokenSet] = []
    oauth = sandbox.oauth(api, on_refresh=stored.append)
    client = sandbox.client(api, flavour, oauth=oauth)
    first = oauth.token
    await settle(_call(api, client))
    assert sandbox.token_requests[api] == 0

    sandbox.advance(40 * 86400)  # past any access token's life: the sandbox answers 401, the client refreshes
    await settle(_call(api, client))
    assert sandbox.token_requests[api] == 1
    assert [t.refresh_token for t in stored] == [oauth.token.refresh_token] != [first.refresh_token]

    sandbox.revoke(api, oauth.token.refresh_token)  # the user disconnected the app
    sandbox.advance(40 * 86400)
    with pytest.raises(crmtasks.AuthenticationError, match="Authorize the app again"):
        await settle(_call(api, client))
    with pytest.raises(crmtasks.AuthenticationError):
        await settle(_call(api, client))
    assert sandbox.token_requests[api] == 2  # the refusal is final: no second try at the token endpoint


async def test_refresh_shortly_before_expiry_needs_no_401(case: tuple[str, str]) -> None:
    api, flavour = case
    sandbox = Sandbox()
    client = sandbox.client(api, flavour, oauth=sandbox.oauth(api, expires_in=30))  # inside the 60 s margin
    await settle(_call(api, client))
    assert sandbox.token_requests[api] == 1 and sandbox.counts()["requests"][api] == 1


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_the_first_grant_from_a_code(flavour: str) -> None:
    sandbox = Sandbox()
    request = crmtasks.Keap.authorization_url(client_id="sandbox-keap-client", redirect_uri="https://app.example/cb")
    code = sandbox.issue_code("keap", "https://app.example/cb")  # what the user's consent would bring back
    http: Any = sandbox.httpx_client() if flavour == "sync" else sandbox.async_httpx_client()
    cls: Any = crmtasks.Keap if flavour == "sync" else crmtasks.AsyncKeap
    stored: list[crmtasks.TokenSet] = []
    oauth = await settle(
        cls.exchange_code(
            **sandbox.oauth_app("keap"),
            code=code,
            redirect_uri="https://app.example/cb",
            state=request.state,
            expected_state=request.state,
            token_url=sandbox.token_url("keap"),
            on_refresh=stored.append,
            http_client=http,
        )
    )
    assert len(stored) == 1 and stored[0].refresh_token == oauth.token.refresh_token
    keap = sandbox.client("keap", flavour, oauth=oauth)
    task = await settle(keap.tasks.create(title="Granted", assigned_to_user_id="7"))
    assert task.title == "Granted"
    with pytest.raises(crmtasks.AuthenticationError, match="authorization code"):  # codes are single-use
        await settle(
            cls.exchange_code(
                **sandbox.oauth_app("keap"),
                code=code,
                redirect_uri="https://app.example/cb",
                state="s",
                expected_state="s",
                token_url=sandbox.token_url("keap"),
                http_client=http,
            )
        )


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_quota_headers_and_an_exhausted_quota(flavour: str, sleeps: list[float]) -> None:
    sandbox = Sandbox()
    keap = sandbox.client("keap", flavour)
    await settle(keap.tasks.create(title="One", assigned_to_user_id="7"))
    before = keap.rate_limit
    assert before is not None and before["daily"].limit == 30000
    await settle(keap.tasks.create(title="Two", assigned_to_user_id="7"))
    assert keap.rate_limit["daily"].remaining == before["daily"].remaining - 1

    sandbox.exhaust_quota("keap")
    with pytest.raises(crmtasks.QuotaExceededError) as exhausted:
        await settle(keap.tasks.get("1"))
    assert sleeps == [] and exhausted.value.resets_at is not None
    assert exhausted.value.resets_at > dt.datetime.now(dt.UTC)
    assert sandbox.counts()["requests"]["keap"] == 3  # one request, no retry


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_a_throttled_minute_is_waited_out(flavour: str, sleeps: list[float]) -> None:
    sandbox = Sandbox()
    sandbox.set_quota("apollo", "minute", remaining=0)
    apollo = sandbox.client("apollo", flavour, max_retry_wait=60)

    def roll(seconds: float) -> None:  # what sleeping would do: the sandbox's minute rolls over
        sleeps.append(seconds)
        sandbox.advance(seconds)

    import crmtasks._core as core  # noqa: PLC0415

    original, original_async = core._sleep, core._async_sleep  # pyright: ignore[reportPrivateUsage]

    async def async_roll(seconds: float) -> None:
        roll(seconds)

    core._sleep, core._async_sleep = roll, async_roll  # pyright: ignore[reportPrivateUsage]
    try:
        task = await settle(apollo.tasks.create(contact_id="c1"))
    finally:
        core._sleep, core._async_sleep = original, original_async  # pyright: ignore[reportPrivateUsage]
    assert task.contact_id == "c1"
    assert len(sleeps) == 1 and 1 <= sleeps[0] <= 60


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    with served_sandbox() as url:
        yield url


def test_over_real_http(served: str) -> None:
    control(served, "reset", {})
    grant = control(served, "tokens", {"api": "keap", "expires_in": 30})
    app = {"client_id": "sandbox-keap-client", "client_secret": "sandbox-keap-secret"}
    stored: list[crmtasks.TokenSet] = []
    oauth = crmtasks.OAuth2(
        **app,
        refresh_token=grant["refresh_token"],
        access_token=grant["access_token"],
        expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(seconds=30),
        token_url=Sandbox.token_url("keap", served),
        on_refresh=stored.append,
    )
    with crmtasks.Keap(oauth=oauth, base_url=Sandbox.base_url("keap", served), max_retries=0) as keap:
        keap.tasks.create(title="Over HTTP", assigned_to_user_id="7")
        assert len(stored) == 1  # refreshed before the first request, 30 s being inside the margin
        assert keap.rate_limit is not None and keap.rate_limit["minute"].limit == 240
        control(served, "quota", {"api": "keap", "window": "daily", "remaining": 0})
        with pytest.raises(crmtasks.QuotaExceededError):
            keap.tasks.get("1")
    assert control(served, "counts")["token_requests"]["keap"] == 1
    with httpx.Client() as raw:  # the token endpoint refuses the rotated-out refresh token
        answer = raw.post(
            Sandbox.token_url("keap", served),
            data={"grant_type": "refresh_token", "refresh_token": grant["refresh_token"]},
            auth=(app["client_id"], app["client_secret"]),
        )
    assert answer.status_code == 400 and answer.json()["error"] == "invalid_grant"
