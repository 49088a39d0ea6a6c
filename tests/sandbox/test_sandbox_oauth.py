"""The sandbox's OAuth2 token endpoints and quota headers, over plain httpx (in-process and served)."""

from __future__ import annotations

import base64
import math
import time
from typing import Literal

import httpx
import pytest

from crmtasks._api import SpecData
from crmtasks._seam import RateLimitWindow, SecurityScheme
from crmtasks.sandbox import Sandbox
from crmtasks_apollo import spec_data as apollo_spec
from crmtasks_hubspot import spec_data as hubspot_spec
from crmtasks_keap import spec_data as keap_spec
from crmtasks_ysuite import spec_data as ysuite_spec

from ..sandbox_server import control, served_sandbox

Api = Literal["keap", "apollo", "ysuite", "hubspot"]
OAuthApi = Literal["keap", "apollo", "hubspot"]
OAUTH_APIS: tuple[OAuthApi, ...] = ("keap", "apollo", "hubspot")
SPECS: dict[str, SpecData] = {"keap": keap_spec, "apollo": apollo_spec, "ysuite": ysuite_spec, "hubspot": hubspot_spec}
LIST_OPERATION = {"keap": "list_tasks", "apollo": "search_tasks", "ysuite": "list_tasks", "hubspot": "list_tasks"}
LIFETIME = {"keap": 86400, "apollo": 2592000, "hubspot": 1800}
LIMITS = {
    "keap": {"daily": 30000, "minute": 240, "tenant_minute": 1500},
    "apollo": {"minute": 200, "hourly": 1000, "daily": 5000},
    "hubspot": {"daily": 250000, "ten_secondly": 190, "secondly": 50},
}
# Each API's shortest window that rolls over with the clock: its name and length in seconds.
SHORT = {"keap": ("minute", 60), "apollo": ("minute", 60), "hubspot": ("ten_secondly", 10)}
REDIRECT = "https://app.example/oauth/callback"


def oauth2(api: str) -> SecurityScheme:
    return next(s for s in SPECS[api].SECURITY_SCHEMES.values() if s["type"] == "oauth2")


def client_auth(
    sandbox: Sandbox, api: OAuthApi, *, placement: str | None = None, secret: str | None = None
) -> tuple[dict[str, str], dict[str, str]]:
    """(headers, form fields) authenticating the sandbox's app; ``placement`` defaults to the spec's token_auth."""
    app = sandbox.oauth_app(api)
    client_secret = secret if secret is not None else app["client_secret"]
    if (placement or oauth2(api).get("token_auth")) == "client_secret_basic":
        pair = f"{app['client_id']}:{client_secret}".encode()
        return {"Authorization": "Basic " + base64.b64encode(pair).decode()}, {}
    return {}, {"client_id": app["client_id"], "client_secret": client_secret}


def token(
    http: httpx.Client,
    sandbox: Sandbox,
    api: OAuthApi,
    form: dict[str, str],
    *,
    placement: str | None = None,
    secret: str | None = None,
) -> httpx.Response:
    headers, fields = client_auth(sandbox, api, placement=placement, secret=secret)
    return http.post(sandbox.token_url(api), data={**form, **fields}, headers=headers)


def refresh(http: httpx.Client, sandbox: Sandbox, api: OAuthApi, refresh_token: str) -> httpx.Response:
    return token(http, sandbox, api, {"grant_type": "refresh_token", "refresh_token": refresh_token})


def call(http: httpx.Client, sandbox: Sandbox, api: Api, headers: dict[str, str] | None = None) -> httpx.Response:
    """The API's list (or search) operation, with the fixed credentials unless ``headers`` are given."""
    operation = SPECS[api].OPERATIONS[LIST_OPERATION[api]]
    url = sandbox.base_url(api) + operation["path"]
    return http.request(operation["method"], url, headers=headers or sandbox.auth_headers(api))


def bearer(access_token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {access_token}"}


def error_message(api: str, response: httpx.Response) -> str:
    """The message of a vendor-shaped error, where the spec's x-errors first looks."""
    message: str = response.json()[SPECS[api].ERRORS["message"][0]]
    return message


def windows(api: str) -> list[RateLimitWindow]:
    rate_limit = SPECS[api].RATE_LIMIT
    assert rate_limit is not None
    return list(rate_limit["windows"])


def window_header(api: str, name: str, member: Literal["limit", "remaining", "used", "resets_at"]) -> str:
    spec = next(w for w in windows(api) if w["name"] == name)
    header = spec.get(member)
    assert header is not None, f"{api}'s {name} window declares no {member} header"
    return header


def seconds_to_midnight(now: float) -> float:
    return (math.floor(now / 86400) + 1) * 86400 - now


def start_of_a_minute(now: float) -> float:
    """Seconds to advance a sandbox clock to just after the next whole minute.

    Tests that count within a window start there, so that real time cannot roll it over under them
    (minute, hour and day windows all roll over on a whole minute).
    """
    return 60 - now % 60 + 0.05


@pytest.fixture
def sandbox() -> Sandbox:
    sandbox = Sandbox(seed=2)
    sandbox.advance(start_of_a_minute(sandbox.now()))
    return sandbox


@pytest.fixture
def http(sandbox: Sandbox) -> httpx.Client:
    return sandbox.httpx_client()


# -- the token endpoint -----------------------------------------------------------------------


@pytest.mark.parametrize("api", OAUTH_APIS)
def test_code_exchange_grants_tokens_once(sandbox: Sandbox, http: httpx.Client, api: OAuthApi) -> None:
    code = sandbox.issue_code(api, REDIRECT)
    form = {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT}
    granted = token(http, sandbox, api, form)
    assert granted.status_code == 200 and granted.headers["cache-control"] == "no-store"
    body = granted.json()
    assert set(body) == {"access_token", "refresh_token", "expires_in", "token_type", "scope"}
    assert body["token_type"] == "bearer" and body["expires_in"] == LIFETIME[api]
    assert body["scope"] == " ".join(oauth2(api).get("scopes", []))
    assert body["access_token"] != body["refresh_token"] and len(body["access_token"]) >= 32
    assert call(http, sandbox, api, bearer(body["access_token"])).status_code == 200

    again = token(http, sandbox, api, form)
    assert again.status_code == 400 and again.json()["error"] == "invalid_grant"
    # The token endpoint is counted apart from the API's requests.
    assert sandbox.token_requests[api] == 2 and sandbox.requests[api] == 1
    assert sandbox.counts()["token_requests"] == {"keap": 0, "apollo": 0, "hubspot": 0, api: 2}


@pytest.mark.parametrize("api", OAUTH_APIS)
def test_code_needs_its_redirect_uri_and_every_parameter(sandbox: Sandbox, http: httpx.Client, api: OAuthApi) -> None:
    code = sandbox.issue_code(api, REDIRECT)
    missing = token(http, sandbox, api, {"grant_type": "authorization_code", "code": code})
    assert missing.status_code == 400 and missing.json()["error"] == "invalid_request"
    assert "redirect_uri" in missing.json()["error_description"]
    elsewhere = {"grant_type": "authorization_code", "code": code, "redirect_uri": "https://evil.example/cb"}
    wrong = token(http, sandbox, api, elsewhere)
    assert wrong.status_code == 400 and wrong.json()["error"] == "invalid_grant"
    no_grant = token(http, sandbox, api, {"refresh_token": "x"})
    assert no_grant.status_code == 400 and no_grant.json()["error"] == "invalid_request"
    unknown = token(http, sandbox, api, {"grant_type": "password", "username": "u", "password": "p"})
    assert unknown.status_code == 400 and unknown.json()["error"] == "unsupported_grant_type"


@pytest.mark.parametrize("api", OAUTH_APIS)
def test_token_endpoint_takes_a_form_by_post_only(sandbox: Sandbox, http: httpx.Client, api: OAuthApi) -> None:
    headers, fields = client_auth(sandbox, api)
    tokens = sandbox.issue_tokens(api)
    as_json = http.post(
        sandbox.token_url(api),
        json={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"], **fields},
        headers=headers,
    )
    assert as_json.status_code == 400 and as_json.json()["error"] == "invalid_request"
    got = http.get(sandbox.token_url(api), headers=headers)
    assert got.status_code == 405 and got.headers["allow"] == "POST"
    assert refresh(http, sandbox, api, tokens["refresh_token"]).status_code == 200  # nothing was spent
    assert http.post(sandbox.base_url(api) + "/_oauth/authorize").status_code == 404


@pytest.mark.parametrize("api", OAUTH_APIS)
def test_refresh_rotates_the_refresh_token(sandbox: Sandbox, http: httpx.Client, api: OAuthApi) -> None:
    first = sandbox.issue_tokens(api)
    second = refresh(http, sandbox, api, first["refresh_token"])
    assert second.status_code == 200
    renewed = second.json()
    assert renewed["refresh_token"] != first["refresh_token"]
    assert renewed["access_token"] != first["access_token"]
    assert renewed["expires_in"] == LIFETIME[api]

    reused = refresh(http, sandbox, api, first["refresh_token"])
    assert reused.status_code == 400
    assert reused.json() == {"error": "invalid_grant", "error_description": "Invalid Refresh Token"}
    assert call(http, sandbox, api, bearer(renewed["access_token"])).status_code == 200
    third = refresh(http, sandbox, api, renewed["refresh_token"])
    assert third.status_code == 200 and third.json()["refresh_token"] not in {
        first["refresh_token"],
        renewed["refresh_token"],
    }


@pytest.mark.parametrize("api", OAUTH_APIS)
def test_revoked_grant_is_refused(sandbox: Sandbox, http: httpx.Client, api: OAuthApi) -> None:
    tokens = sandbox.issue_tokens(api)
    kept = sandbox.issue_tokens(api)
    sandbox.revoke(api, tokens["refresh_token"])
    refused = refresh(http, sandbox, api, tokens["refresh_token"])
    assert refused.status_code == 400 and refused.json()["error"] == "invalid_grant"
    # The grant's access tokens end with it; another grant is untouched.
    assert call(http, sandbox, api, bearer(tokens["access_token"])).status_code == 401
    assert call(http, sandbox, api, bearer(kept["access_token"])).status_code == 200
    assert refresh(http, sandbox, api, kept["refresh_token"]).status_code == 200
    sandbox.revoke(api, "never-issued")  # RFC 7009: nothing to revoke is no error


@pytest.mark.parametrize("api", OAUTH_APIS)
def test_wrong_client_is_refused(sandbox: Sandbox, http: httpx.Client, api: OAuthApi) -> None:
    tokens = sandbox.issue_tokens(api)
    form = {"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]}
    wrong_secret = token(http, sandbox, api, form, secret="not-the-secret")
    assert wrong_secret.status_code == 401 and wrong_secret.json()["error"] == "invalid_client"
    declared = oauth2(api).get("token_auth")
    other = "client_secret_post" if declared == "client_secret_basic" else "client_secret_basic"
    misplaced = token(http, sandbox, api, form, placement=other)
    assert misplaced.status_code == 401 and misplaced.json()["error"] == "invalid_client"
    basic, _ = client_auth(sandbox, api, placement="client_secret_basic")
    _, fields = client_auth(sandbox, api, placement="client_secret_post")
    both = http.post(sandbox.token_url(api), data={**form, **fields}, headers=basic)  # one method only (RFC 6749)
    assert both.status_code == 401 and both.json()["error"] == "invalid_client"
    anonymous = http.post(sandbox.token_url(api), data=form)
    assert anonymous.status_code == 401 and anonymous.json()["error"] == "invalid_client"
    if declared == "client_secret_basic":
        assert wrong_secret.headers["www-authenticate"].startswith("Basic")
    # A refused client spends nothing: the refresh token still works.
    assert token(http, sandbox, api, form).status_code == 200


@pytest.mark.parametrize("api", OAUTH_APIS)
def test_access_token_works_until_the_clock_passes_its_lifetime(
    sandbox: Sandbox, http: httpx.Client, api: OAuthApi
) -> None:
    access = sandbox.issue_tokens(api)["access_token"]
    assert call(http, sandbox, api, bearer(access)).status_code == 200
    sandbox.advance(LIFETIME[api] - 60)
    assert call(http, sandbox, api, bearer(access)).status_code == 200
    sandbox.advance(61)
    expired = call(http, sandbox, api, bearer(access))
    assert expired.status_code == 401 and error_message(api, expired) == "Invalid or missing credentials"
    assert call(http, sandbox, api, bearer("made-up")).status_code == 401
    # The fixed credentials, API key and fixed access token alike, keep working.
    assert call(http, sandbox, api).status_code == 200
    assert call(http, sandbox, api, bearer(f"sandbox-{api}-token")).status_code == 200


@pytest.mark.parametrize("api", OAUTH_APIS)
def test_token_lifetime_and_expires_in_are_settable(sandbox: Sandbox, http: httpx.Client, api: OAuthApi) -> None:
    short = sandbox.issue_tokens(api, expires_in=30)
    assert short["expires_in"] == 30
    sandbox.set_token_lifetime(api, 120)
    renewed = refresh(http, sandbox, api, short["refresh_token"]).json()
    assert renewed["expires_in"] == 120
    sandbox.advance(31)
    assert call(http, sandbox, api, bearer(short["access_token"])).status_code == 401
    assert call(http, sandbox, api, bearer(renewed["access_token"])).status_code == 200
    sandbox.advance(90)
    assert call(http, sandbox, api, bearer(renewed["access_token"])).status_code == 401
    with pytest.raises(ValueError, match="more than 0"):
        sandbox.set_token_lifetime(api, 0)
    with pytest.raises(ValueError, match="at least 0"):
        sandbox.advance(-1)


def test_an_expired_code_is_refused(sandbox: Sandbox, http: httpx.Client) -> None:
    code = sandbox.issue_code("keap", REDIRECT)
    sandbox.advance(601)
    form = {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT}
    answer = token(http, sandbox, "keap", form)
    assert answer.status_code == 400 and answer.json()["error"] == "invalid_grant"


# -- quotas -------------------------------------------------------------------------------------


@pytest.mark.parametrize("api", OAUTH_APIS)
def test_quota_headers_count_down(sandbox: Sandbox, http: httpx.Client, api: OAuthApi) -> None:
    answers = [call(http, sandbox, api) for _ in range(3)]
    assert all(a.status_code == 200 for a in answers)
    for spec in windows(api):
        limit = LIMITS[api][spec["name"]]
        assert [a.headers[window_header(api, spec["name"], "limit")] for a in answers] == [str(limit)] * 3
        counted = [a.headers[window_header(api, spec["name"], "remaining")] for a in answers]
        assert counted == [str(limit - n) for n in (1, 2, 3)]
        if "used" in spec:
            assert [a.headers[window_header(api, spec["name"], "used")] for a in answers] == ["1", "2", "3"]
        if "resets_at" in spec:  # the daily quota's reset: epoch milliseconds of the next 00:00 UTC
            resets_at = int(answers[0].headers[window_header(api, spec["name"], "resets_at")])
            assert resets_at % 86_400_000 == 0 and 0 < resets_at / 1000 - sandbox.now() <= 86400
    # Errors carry them too, and the token endpoint neither carries nor counts them.
    daily = window_header(api, "daily", "remaining")
    missing = http.get(sandbox.base_url(api) + "/nowhere", headers=sandbox.auth_headers(api))
    assert missing.status_code == 404 and missing.headers[daily] == str(LIMITS[api]["daily"] - 4)
    granted = refresh(http, sandbox, api, sandbox.issue_tokens(api)["refresh_token"])
    assert granted.status_code == 200 and daily not in granted.headers
    assert call(http, sandbox, api).headers[daily] == str(LIMITS[api]["daily"] - 5)


@pytest.mark.parametrize("api", OAUTH_APIS)
def test_minute_window_rolls_over_with_the_clock(sandbox: Sandbox, http: httpx.Client, api: OAuthApi) -> None:
    window, seconds = SHORT[api]
    remaining = window_header(api, window, "remaining")
    call(http, sandbox, api)
    sandbox.advance(seconds)
    assert call(http, sandbox, api).headers[remaining] == str(LIMITS[api][window] - 1)


@pytest.mark.parametrize("api", OAUTH_APIS)
def test_exhausted_quota_answers_429_until_midnight(sandbox: Sandbox, http: httpx.Client, api: OAuthApi) -> None:
    sandbox.exhaust_quota(api)
    refused = call(http, sandbox, api)
    assert refused.status_code == 429
    assert refused.headers[window_header(api, "daily", "remaining")] == "0"
    wait = int(refused.headers["retry-after"])
    assert abs(wait - seconds_to_midnight(sandbox.now())) <= 2
    if api == "keap":
        assert refused.json() == {
            "code": "429",
            "message": "Quota Exceeded",
            "status": "Request Throttled",
            "details": None,
        }
        assert refused.headers[window_header(api, "daily", "used")] == str(LIMITS[api]["daily"])
    elif api == "hubspot":
        assert refused.json()["category"] == "RATE_LIMITS" and refused.json()["policyName"] == "DAILY"
        assert "daily" in error_message(api, refused)
    else:
        assert refused.json()["error_code"] == "429" and "5000 times per day" in error_message(api, refused)
    assert call(http, sandbox, api).status_code == 429  # waiting minutes does not help
    sandbox.advance(wait + 1)
    recovered = call(http, sandbox, api)
    assert recovered.status_code == 200
    assert recovered.headers[window_header(api, "daily", "remaining")] == str(LIMITS[api]["daily"] - 1)


@pytest.mark.parametrize("api", OAUTH_APIS)
def test_set_quota_on_a_minute_window_refuses_then_recovers(
    sandbox: Sandbox, http: httpx.Client, api: OAuthApi
) -> None:
    window, seconds = SHORT[api]
    remaining = window_header(api, window, "remaining")
    sandbox.set_quota(api, window, limit=5, remaining=1)
    assert call(http, sandbox, api).headers[remaining] == "0"
    refused = call(http, sandbox, api)
    assert refused.status_code == 429 and refused.headers[remaining] == "0"
    assert 1 <= int(refused.headers["retry-after"]) <= seconds
    assert refused.headers[window_header(api, window, "limit")] == "5"
    assert sandbox.requests[api] == 2 and sandbox.quota(api)[window]["used"] == 5  # a refusal uses nothing
    sandbox.advance(seconds)
    recovered = call(http, sandbox, api)
    assert recovered.status_code == 200 and recovered.headers[remaining] == "4"


@pytest.mark.parametrize("api", OAUTH_APIS)
def test_unenforced_window_counts_without_refusing(sandbox: Sandbox, http: httpx.Client, api: OAuthApi) -> None:
    window, _ = SHORT[api]
    sandbox.set_quota(api, window, limit=2, enforce=False)
    answers = [call(http, sandbox, api) for _ in range(3)]
    assert [a.status_code for a in answers] == [200, 200, 200]
    assert answers[-1].headers[window_header(api, window, "remaining")] == "0"
    with pytest.raises(ValueError, match="no rate-limit window"):
        sandbox.set_quota(api, "fortnight", remaining=0)
    with pytest.raises(ValueError, match="must not exceed"):
        sandbox.set_quota(api, window, remaining=3)


def test_unauthenticated_requests_carry_but_do_not_use_the_quota(sandbox: Sandbox, http: httpx.Client) -> None:
    remaining = window_header("keap", "daily", "remaining")
    sandbox.exhaust_quota("keap")
    anonymous = call(http, sandbox, "keap", {"X-Keap-API-Key": "wrong"})
    assert anonymous.status_code == 401 and anonymous.headers[remaining] == "0"
    sandbox.set_quota("keap", "daily", remaining=10, enforce=False)
    assert call(http, sandbox, "keap", {"X-Keap-API-Key": "wrong"}).headers[remaining] == "10"


def test_ysuite_has_no_quota_headers_and_no_token_endpoint(sandbox: Sandbox, http: httpx.Client) -> None:
    answer = call(http, sandbox, "ysuite")
    assert answer.status_code == 200
    assert set(answer.headers) == {"content-type", "content-length", "x-request-id"}  # and no quota header
    missing = http.post(sandbox.base_url("ysuite") + "/_oauth/token", data={"grant_type": "refresh_token"})
    assert missing.status_code == 404 and missing.json()["success"] is False
    assert "ysuite" not in sandbox.token_requests
    with pytest.raises(ValueError, match="no OAuth2 token endpoint"):
        sandbox.token_url("ysuite")
    with pytest.raises(ValueError, match="no rate limits"):
        sandbox.exhaust_quota("ysuite")


def test_reset_forgets_tokens_quotas_and_the_clock(sandbox: Sandbox, http: httpx.Client) -> None:
    tokens = sandbox.issue_tokens("keap")
    sandbox.exhaust_quota("keap")
    sandbox.advance(3600)
    sandbox.reset()
    assert abs(sandbox.now() - time.time()) < 5
    assert call(http, sandbox, "keap", bearer(tokens["access_token"])).status_code == 401
    answer = call(http, sandbox, "keap")
    assert answer.status_code == 200
    assert answer.headers[window_header("keap", "daily", "remaining")] == str(LIMITS["keap"]["daily"] - 1)
    assert sandbox.token_requests == {"keap": 0, "apollo": 0, "hubspot": 0}


def test_control_endpoints_in_process(sandbox: Sandbox, http: httpx.Client) -> None:
    state = http.post("http://s/_sandbox/quota", json={"api": "apollo", "window": "hourly", "remaining": 0}).json()
    assert state["hourly"]["remaining"] == 0 and state["hourly"]["enforce"] is True
    assert call(http, sandbox, "apollo").status_code == 429
    for bad in (
        {"api": "ysuite", "window": "daily"},
        {"api": "apollo", "window": "weekly"},
        {"api": "apollo", "window": "minute", "limit": "many"},
        {"api": "apollo", "window": "minute", "bogus": 1},
        {"api": "nowhere", "window": "minute"},
    ):
        assert http.post("http://s/_sandbox/quota", json=bad).status_code == 400, bad
    assert http.post("http://s/_sandbox/advance", json={"seconds": -5}).status_code == 400
    assert http.post("http://s/_sandbox/advance", json={"seconds": 3600}).status_code == 200
    assert call(http, sandbox, "apollo").status_code == 200


# -- the served sandbox ---------------------------------------------------------------------------


def test_control_endpoints_over_the_served_sandbox() -> None:
    with served_sandbox() as url, httpx.Client() as http:
        keap_key = {"X-Keap-API-Key": "sandbox-keap-key"}
        tasks = f"{Sandbox.base_url('keap', url)}/v2/tasks"
        minute = window_header("keap", "minute", "remaining")

        now = control(url, "advance", {"seconds": 0})["now"]
        control(url, "advance", {"seconds": start_of_a_minute(now)})
        windows_now = control(url, "quota", {"api": "keap", "window": "minute", "limit": 3, "remaining": 0})
        assert (windows_now["minute"]["limit"], windows_now["minute"]["remaining"]) == (3, 0)
        assert windows_now["minute"]["enforce"] is True
        refused = http.get(tasks, headers=keap_key)
        assert refused.status_code == 429 and refused.headers[minute] == "0"
        assert refused.json()["message"] == "Quota Exceeded" and int(refused.headers["retry-after"]) <= 60
        control(url, "advance", {"seconds": 60})
        passed = http.get(tasks, headers=keap_key)
        assert passed.status_code == 200 and passed.headers[minute] == "2"

        # An OAuth2 grant over HTTP: a code from the consent, exchanged with the app's form credentials.
        code = control(url, "code", {"api": "apollo", "redirect_uri": REDIRECT})["code"]
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": REDIRECT,
            "client_id": "sandbox-apollo-client",
            "client_secret": "sandbox-apollo-secret",
        }
        granted = http.post(Sandbox.token_url("apollo", url), data=form)
        assert granted.status_code == 200
        search = f"{Sandbox.base_url('apollo', url)}/api/v1/tasks/search"
        assert http.post(search, headers=bearer(granted.json()["access_token"])).status_code == 200
        tokens = control(url, "tokens", {"api": "keap", "expires_in": 100})
        assert http.get(tasks, headers=bearer(tokens["access_token"])).status_code == 200
        control(url, "advance", {"seconds": 101})
        assert http.get(tasks, headers=bearer(tokens["access_token"])).status_code == 401
        control(url, "revoke", {"api": "apollo", "refresh_token": granted.json()["refresh_token"]})
        assert http.post(search, headers=bearer(granted.json()["access_token"])).status_code == 401
        assert control(url, "counts")["token_requests"] == {"keap": 0, "apollo": 1, "hubspot": 0}

        assert http.post(f"{url}/_sandbox/quota", json={"api": "keap", "window": "weekly"}).status_code == 400
        control(url, "reset")
        assert http.get(tasks, headers=keap_key).headers[minute] == "239"
