"""Nothing lost, nothing leaked: credentials and inputs checked before anything travels, and errors holding no secret.

Unit level, over ``httpx.MockTransport`` (``MockAPI`` counts what was sent): header values and names
(``check_header_value``, ``check_header_name``), credentials as arguments, from the environment, from providers
and from OAuth2 token endpoints, ``default_headers`` and ``extra_headers``, path parameters that would leave
their place in the URL, strings UTF-8 cannot encode; and ``crmtasks._redact``, which masks secrets out of errors.
"""

from __future__ import annotations

import asyncio
import base64
import json
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import crmtasks
from crmtasks._auth import check_header_name, check_header_value
from crmtasks._client import _operations
from crmtasks._operations import ApiOperation
from crmtasks._reading import Deviation
from crmtasks._redact import mask, mask_bytes, redact, secrets_of
from crmtasks._registry import REGISTRY, registered

from ..helpers import APIS, FLAVOURS, SECRETS, MockAPI, client_class, make_client, settle

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("sleeps")]

FRAGMENT = "VALUE-42"
"""In every bad value below: no error may quote it."""

# (value, the reason the error gives): each breaks one rule of a header value.
BAD_VALUES: list[tuple[object, str]] = [
    (f"s3cret-{FRAGMENT}\n", "ends with a newline: was it read from a file?"),
    (f"s3cret-{FRAGMENT}\r\n", "ends with a newline: was it read from a file?"),
    (f"s3cret\r\n-{FRAGMENT}", "contains a line break"),
    (f"s3cret\n-{FRAGMENT}", "contains a line break"),
    (f"s3cret\x00-{FRAGMENT}", "contains a control character at position 6"),
    (f"\ts3cret-{FRAGMENT}", "contains a control character at position 0"),
    (f"s3cret-{FRAGMENT}\x7f", "contains a control character at position 15"),
    (f" s3cret-{FRAGMENT}", "starts with whitespace"),
    (f"s3cret-{FRAGMENT} ", "ends with whitespace"),
    (f"s3crét-{FRAGMENT}", "contains a character that is not ASCII at position 4"),
    (f"s3cret-{FRAGMENT}\u00a0", "ends with whitespace"),
    (f"s3cret-{FRAGMENT}\ud800", "contains a character that is not ASCII at position 15"),
    (f"s3cret-{FRAGMENT}".encode(), "is bytes; pass a str (decode it first)"),
]
BAD_IDS = [
    "newline",
    "crlf",
    "crlf-inside",
    "lf-inside",
    "nul",
    "tab",
    "del",
    "leading-space",
    "trailing-space",
    "non-ascii",
    "nbsp",
    "surrogate",
    "bytes",
]

# What an environment variable can hold (a str with no NUL).
ENV_BAD_IDS = ["newline", "crlf", "lf-inside", "tab", "trailing-space", "non-ascii"]
ENV_BAD_VALUES = [BAD_VALUES[BAD_IDS.index(name)] for name in ENV_BAD_IDS]

ENV_VARS = [variable for api in REGISTRY for way in api.definition.credentials for variable in way.env]
OAUTH_ENV = [
    f"{api.key.upper()}_{suffix}" for api in REGISTRY for suffix in ("CLIENT_ID", "CLIENT_SECRET", "REFRESH_TOKEN")
]

KEAP_TASK = {"id": "7", "title": "Call"}
YSUITE_TASK = {"success": True, "message": "", "data": {"activity_id": 7, "title": "Call"}}
HUBSPOT_TASK = {
    "id": "7",
    "properties": {"hs_task_subject": "Call"},
    "createdAt": "2026-07-01T09:00:00Z",
    "updatedAt": "2026-07-01T09:00:00Z",
    "archived": False,
}
ANSWER: dict[str, Any] = {
    "keap": KEAP_TASK,
    "apollo": {"task": {"id": "t1"}},
    "ysuite": YSUITE_TASK,
    "hubspot": HUBSPOT_TASK,
}
CREATE: dict[str, dict[str, Any]] = {
    "keap": {"title": "Call", "assigned_to_user_id": "7"},
    "apollo": {"contact_id": "c1"},
    "ysuite": {"title": "Call", "start_datetime": "2026-07-15T10:00:00", "cstid": 7},
    "hubspot": {"hs_task_subject": "Call"},
}


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No credential of the machine running the tests reaches these tests."""
    for variable in ENV_VARS + OAUTH_ENV:
        monkeypatch.delenv(variable, raising=False)


def http_for(flavour: str, handler: Callable[[httpx.Request], httpx.Response]) -> Any:
    transport = httpx.MockTransport(handler)
    return httpx.Client(transport=transport) if flavour == "sync" else httpx.AsyncClient(transport=transport)


def one_call(api: str, client: Any) -> Any:
    """A call that sends one request (sync: its result; async: an awaitable)."""
    if api == "ysuite":
        return client.tasks.get(7)
    if api == "apollo":
        return client.tasks.create(contact_id="c1")
    return client.tasks.get("7")


def assert_quotes_nothing(error: BaseException, *secrets: str) -> None:
    """Neither the error, its traceback (whole chain), nor the request or answer it holds quote a secret."""
    shown = [str(error), repr(error), "".join(traceback.format_exception(error))]
    request = getattr(error, "request", None)
    response = getattr(error, "response", None)
    if isinstance(response, httpx.Response):
        shown += [response.text, repr(response.headers.multi_items())]
        request = response.request
    if isinstance(request, httpx.Request):
        shown += [str(request.url), repr(request.headers.multi_items()), request.content.decode("utf-8", "replace")]
    for text in shown:
        for secret in secrets:
            assert secret not in text, f"{secret!r} leaked into: {text[:300]!r}"


# ----------------------------------------------------------------------------- check_header_value / _name


@pytest.mark.parametrize(("value", "reason"), BAD_VALUES, ids=BAD_IDS)
def test_a_bad_header_value_is_refused_saying_why_and_never_quoting_it(value: object, reason: str) -> None:
    with pytest.raises(crmtasks.ValidationError) as caught:
        check_header_value(value, "api_key")
    assert str(caught.value) == f"api_key: {reason}"
    assert caught.value.field == "api_key" and isinstance(caught.value, ValueError)
    assert_quotes_nothing(caught.value, FRAGMENT)


@pytest.mark.parametrize(
    ("value", "reason"), [("", "is empty"), (None, "is NoneType, not a str"), (42, "is int, not a str")]
)
def test_an_empty_or_non_str_header_value_is_refused(value: object, reason: str) -> None:
    with pytest.raises(crmtasks.ValidationError, match=f"^KEAP_API_KEY: {reason}$"):
        check_header_value(value, "KEAP_API_KEY")


@pytest.mark.parametrize(
    "value", ["key", "Bearer a.b-c_d~e+f/g=", "with inner  spaces", "!#$%&'*+-.^_`|~\"(),/:;<=>?@[\\]{}"]
)
def test_a_good_header_value_is_returned_as_it_is(value: str) -> None:
    assert check_header_value(value, "api_key") is value


def test_header_values_follow_httpx_which_encodes_them_as_ascii() -> None:
    # What check_header_value refuses as "not ASCII" is what httpx's default headers cannot encode.
    with pytest.raises(UnicodeEncodeError):
        httpx.Request("GET", "https://example.com", headers={"x-key": "kéy"})
    httpx.Request("GET", "https://example.com", headers={"x-key": "printable ascii ~"})


@pytest.mark.parametrize("name", ["X-Trace", "x_custom.1", "!#$%&'*+-.^_`|~"])
def test_a_good_header_name_is_returned_as_it_is(name: str) -> None:
    assert check_header_name(name, "default_headers") is name


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("", "the header name is empty"),
        (b"X-Trace", "the header name is bytes, not a str"),
        ("X Trace", "the header name has a character at position 1 that a header name cannot hold"),
        ("X-Trace:", "the header name has a character at position 7"),
        ("X-Tracé", "the header name has a character at position 6"),
        ("X-Trace\n", "the header name has a character at position 7"),
    ],
)
def test_a_bad_header_name_is_refused(name: object, reason: str) -> None:
    with pytest.raises(crmtasks.ValidationError) as caught:
        check_header_name(name, "extra_headers")
    assert str(caught.value).startswith(f"extra_headers: {reason}")


# ----------------------------------------------------------------------------- credentials given or found


def credential_arguments() -> list[tuple[str, str]]:
    return [(api.key, argument) for api in REGISTRY for way in api.definition.credentials for argument in way.arguments]


def given_with(api: str, argument: str, value: object) -> dict[str, object]:
    """The credentials of ``api``'s way that includes ``argument``, that one set to ``value``."""
    way = next(w for w in registered(api).definition.credentials if argument in w.arguments)
    return {name: value if name == argument else f"good-{name}-0123" for name in way.arguments}


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(("api", "argument"), credential_arguments())
@pytest.mark.parametrize(("value", "reason"), BAD_VALUES, ids=BAD_IDS)
def test_a_bad_credential_argument_is_refused_when_the_client_is_built(
    api: str, argument: str, flavour: str, value: object, reason: str
) -> None:
    mock = MockAPI()
    with pytest.raises(crmtasks.ValidationError) as caught:
        client_class(api, flavour)(**given_with(api, argument, value), http_client=http_for(flavour, mock))
    assert caught.value.field == argument and str(caught.value) == f"{argument}: {reason}"
    assert_quotes_nothing(caught.value, FRAGMENT)
    assert mock.count == 0


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize(("value", "reason"), ENV_BAD_VALUES, ids=ENV_BAD_IDS)
def test_a_bad_credential_in_the_environment_is_refused_naming_the_variable(
    api: str, flavour: str, value: str, reason: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for way in registered(api).definition.credentials:
        for variable in way.env:
            monkeypatch.setenv(variable, "good-value-0123")
        bad = way.env[-1]
        monkeypatch.setenv(bad, value)
        with pytest.raises(crmtasks.ValidationError) as caught:
            client_class(api, flavour)(http_client=http_for(flavour, MockAPI()))
        assert caught.value.field == bad and str(caught.value) == f"{bad}: {reason}"
        assert_quotes_nothing(caught.value, FRAGMENT)
        for variable in way.env:
            monkeypatch.delenv(variable)


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
async def test_good_credentials_are_sent_as_they_were_given(api: str, flavour: str) -> None:
    mock = MockAPI(ANSWER[api])
    await settle(one_call(api, make_client(api, flavour, mock)))
    assert mock.count == 1
    sent = mock.last.headers
    for value in SECRETS[api].values():
        assert value in sent.values() or f"Bearer {value}" in sent.values()


# ----------------------------------------------------------------------------- credentials from providers


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(("api", "argument"), credential_arguments())
@pytest.mark.parametrize(("value", "reason"), [*BAD_VALUES, ("", "is empty"), (None, "is NoneType, not a str")])
async def test_a_bad_value_from_a_provider_is_refused_at_the_call_and_nothing_is_sent(
    api: str, argument: str, flavour: str, value: object, reason: str
) -> None:
    asked: list[int] = []

    def provider() -> object:
        asked.append(1)
        return value

    mock = MockAPI(ANSWER[api])
    client = client_class(api, flavour)(**given_with(api, argument, provider), http_client=http_for(flavour, mock))
    with pytest.raises(crmtasks.ValidationError) as caught:
        await settle(one_call(api, client))
    where = f"{argument} (its provider's value)"
    assert caught.value.field == where and str(caught.value) == f"{where}: {reason}"
    assert_quotes_nothing(caught.value, FRAGMENT)
    assert mock.count == 0 and len(asked) == 1  # refused, not retried


@pytest.mark.parametrize(("value", "reason"), BAD_VALUES[:4], ids=BAD_IDS[:4])
async def test_a_bad_value_from_an_async_provider_is_refused(value: str, reason: str) -> None:
    async def provider() -> str:
        await asyncio.sleep(0)
        return value

    mock = MockAPI(HUBSPOT_TASK)
    client = crmtasks.AsyncHubSpot(access_token=provider, http_client=http_for("async", mock))
    with pytest.raises(crmtasks.ValidationError, match=r"^access_token \(its provider's value\): ") as caught:
        await client.tasks.get("7")
    assert str(caught.value).endswith(reason)
    assert_quotes_nothing(caught.value, FRAGMENT)
    assert mock.count == 0


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_a_provider_is_checked_at_every_call_and_after_a_401(flavour: str) -> None:
    values = iter(["key-one-0123", "key-two-0123", f"rotated-{FRAGMENT}\n", f"again-{FRAGMENT}\n"])
    mock = MockAPI(KEAP_TASK, (401, {"message": "Invalid key"}))
    keap = client_class("keap", flavour)(api_key=lambda: next(values), http_client=http_for(flavour, mock))
    await settle(keap.tasks.get("7"))
    with pytest.raises(crmtasks.ValidationError, match="ends with a newline") as caught:
        await settle(keap.tasks.get("7"))  # 401; the provider's next value (asked to send again) is refused
    assert_quotes_nothing(caught.value, FRAGMENT)
    assert mock.count == 2
    with pytest.raises(crmtasks.ValidationError):
        await settle(keap.tasks.get("7"))
    assert mock.count == 2


# ----------------------------------------------------------------------------- OAuth2

APP = {"client_id": "app-id", "client_secret": "app-secret-0123456789"}
TOKEN_URL = "https://api.infusionsoft.com/token"


class TokenVendor:
    """Keap's token endpoint answering ``access`` as the new access token, and its API."""

    def __init__(self, access: str, *, first_api_status: int = 200) -> None:
        self.access = access
        self.token_requests: list[httpx.Request] = []
        self.api_requests: list[httpx.Request] = []
        self.first_api_status = first_api_status

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if str(request.url) == TOKEN_URL:
            self.token_requests.append(request)
            body = {"access_token": self.access, "refresh_token": "refresh-1", "expires_in": 3600}
            # json.dumps escapes what is not ASCII: a lone surrogate can come as "\ud800".
            return httpx.Response(200, content=json.dumps(body).encode(), headers={"content-type": "application/json"})
        self.api_requests.append(request)
        if len(self.api_requests) == 1 and self.first_api_status != 200:
            return httpx.Response(self.first_api_status, json={"message": "Invalid token"})
        return httpx.Response(200, json=KEAP_TASK)


@pytest.mark.parametrize("member", ["client_id", "client_secret", "refresh_token", "access_token"])
@pytest.mark.parametrize(("value", "reason"), BAD_VALUES, ids=BAD_IDS)
def test_oauth2_refuses_a_bad_member_when_built(member: str, value: object, reason: str) -> None:
    members: dict[str, Any] = {**APP, "refresh_token": "refresh-0", member: value}
    with pytest.raises(crmtasks.ValidationError) as caught:
        crmtasks.OAuth2(**members)
    assert caught.value.field == member and str(caught.value) == f"{member}: {reason}"
    assert_quotes_nothing(caught.value, FRAGMENT)


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("suffix", ["CLIENT_ID", "CLIENT_SECRET", "REFRESH_TOKEN"])
def test_oauth2_from_the_environment_names_the_bad_variable(
    flavour: str, suffix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("CLIENT_ID", "CLIENT_SECRET", "REFRESH_TOKEN"):
        monkeypatch.setenv(f"KEAP_{name}", "good-value-0123")
    monkeypatch.setenv(f"KEAP_{suffix}", f"s3cret-{FRAGMENT}\n")
    with pytest.raises(crmtasks.ValidationError) as caught:
        client_class("keap", flavour)(http_client=http_for(flavour, MockAPI()))
    assert caught.value.field == f"KEAP_{suffix}"
    assert_quotes_nothing(caught.value, FRAGMENT)


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(("value", "reason"), [v for v in BAD_VALUES if isinstance(v[0], str)])
async def test_a_bad_access_token_from_the_token_endpoint_is_refused_not_kept_not_sent_not_retried(
    flavour: str, value: str, reason: str
) -> None:
    vendor = TokenVendor(value)
    stored: list[crmtasks.TokenSet] = []
    oauth = crmtasks.OAuth2(**APP, refresh_token="refresh-0", on_refresh=stored.append)
    keap = client_class("keap", flavour)(oauth=oauth, http_client=http_for(flavour, vendor))
    with pytest.raises(crmtasks.ValidationError) as caught:
        await settle(keap.tasks.get("7"))
    where = "access_token (the token endpoint's answer)"
    assert caught.value.field == where and str(caught.value) == f"{where}: {reason}"
    assert_quotes_nothing(caught.value, FRAGMENT, "refresh-1")
    assert len(vendor.token_requests) == 1 and vendor.api_requests == []
    assert stored == [] and oauth.token.refresh_token == "refresh-0" and oauth.token.access_token == ""


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_a_bad_access_token_refreshed_after_a_401_is_refused(flavour: str) -> None:
    vendor = TokenVendor(f"s3cret-{FRAGMENT}\n", first_api_status=401)
    oauth = crmtasks.OAuth2(**APP, refresh_token="refresh-0", access_token="access-0")
    keap = client_class("keap", flavour)(oauth=oauth, http_client=http_for(flavour, vendor))
    with pytest.raises(crmtasks.ValidationError, match="the token endpoint's answer"):
        await settle(keap.tasks.get("7"))
    assert len(vendor.api_requests) == 1 and len(vendor.token_requests) == 1


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_a_bad_access_token_granted_for_a_code_is_refused(flavour: str) -> None:
    vendor = TokenVendor(f"s3cret-{FRAGMENT} ")
    grant = {**APP, "code": "c0de", "redirect_uri": "https://app.example/cb", "state": "s", "expected_state": "s"}
    with pytest.raises(crmtasks.ValidationError, match=r"^access_token \(the token endpoint's answer\): ends with"):
        await settle(client_class("keap", flavour).exchange_code(**grant, http_client=http_for(flavour, vendor)))
    assert len(vendor.token_requests) == 1


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_a_bad_client_secret_is_refused_before_a_code_is_traded(flavour: str) -> None:
    vendor = TokenVendor("access-1")
    grant = {"code": "c0de", "redirect_uri": "https://app.example/cb", "state": "s", "expected_state": "s"}
    cls = client_class("keap", flavour)
    for member in ("client_id", "client_secret"):
        with pytest.raises(crmtasks.ValidationError) as caught:
            await settle(
                cls.exchange_code(
                    **{**APP, member: f"s3cret-{FRAGMENT}\n"}, **grant, http_client=http_for(flavour, vendor)
                )
            )
        assert caught.value.field == member
    assert vendor.token_requests == []


# ----------------------------------------------------------------------------- default_headers, extra_headers


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(("value", "reason"), BAD_VALUES, ids=BAD_IDS)
def test_bad_default_headers_are_refused_by_the_constructor_and_with_options(
    flavour: str, value: object, reason: str
) -> None:
    mock = MockAPI()
    with pytest.raises(crmtasks.ValidationError) as caught:
        make_client("keap", flavour, mock, default_headers={"X-Trace": value})
    assert caught.value.field == "default_headers['X-Trace']" and str(caught.value).endswith(reason)
    assert_quotes_nothing(caught.value, FRAGMENT)
    keap = make_client("keap", flavour, mock, default_headers={"X-Trace": "good"})
    with pytest.raises(crmtasks.ValidationError) as caught:
        keap.with_options(default_headers={"X-Trace": value})
    assert caught.value.field == "default_headers['X-Trace']"
    with pytest.raises(crmtasks.ValidationError, match=r"^default_headers\['X Trace'\]: the header name"):
        keap.with_options(default_headers={"X Trace": "good"})
    assert mock.count == 0


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize(("value", "reason"), BAD_VALUES[:5], ids=BAD_IDS[:5])
async def test_bad_extra_headers_are_refused_before_anything_is_sent(
    api: str, flavour: str, value: object, reason: str
) -> None:
    mock = MockAPI()
    client = make_client(api, flavour, mock)
    with pytest.raises(crmtasks.ValidationError) as caught:
        await settle(client.tasks.create(**CREATE[api], extra_headers={"X-Trace": value}))
    assert caught.value.field == "extra_headers['X-Trace']" and str(caught.value).endswith(reason)
    assert_quotes_nothing(caught.value, FRAGMENT)
    with pytest.raises(crmtasks.ValidationError, match="header name"):
        await settle(client.tasks.create(**CREATE[api], extra_headers={"X-Trace\r\nX-Evil": "1"}))
    assert mock.count == 0


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_listing_with_a_bad_extra_header_is_refused_when_asked_for(flavour: str) -> None:
    mock = MockAPI()
    keap = make_client("keap", flavour, mock)
    with pytest.raises(crmtasks.ValidationError, match=r"^extra_headers\['X-Trace'\]: contains a line break"):
        keap.tasks.list(extra_headers={"X-Trace": "a\nb"})
    assert mock.count == 0


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_good_default_and_extra_headers_still_reach_the_wire(flavour: str) -> None:
    mock = MockAPI(KEAP_TASK)
    keap = make_client("keap", flavour, mock, default_headers={"X-Trace": "abc"})
    await settle(keap.tasks.get("7", extra_headers={"X-Beta": "on; q=1"}))
    assert mock.last.headers["x-trace"] == "abc" and mock.last.headers["x-beta"] == "on; q=1"


# ----------------------------------------------------------------------------- create_many: failed at check time


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
async def test_create_many_items_with_bad_extras_fail_at_check_time(api: str, flavour: str) -> None:
    mock = MockAPI()
    client = make_client(api, flavour, mock)
    items = [
        {**CREATE[api], "extra_headers": {"X-Trace": f"s3cret-{FRAGMENT}\n"}},
        {**CREATE[api], "extra_headers": {"X Trace": "1"}},
        {**CREATE[api], "extra_body": {"note": "\ud800"}},
        {**CREATE[api], "extra_query": {"q": ["\udfff"]}},
    ]
    results = await settle(client.tasks.create_many(items))
    assert [r.status for r in results] == ["failed"] * 4
    assert all(isinstance(r.error, crmtasks.ValidationError) for r in results)
    assert [r.error.field for r in results] == [
        "extra_headers['X-Trace']",
        "extra_headers['X Trace']",
        "extra_body['note']",
        "extra_query['q'][0]",
    ]
    assert mock.count == 0
    assert_quotes_nothing(results[0].error, FRAGMENT)


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_create_many_sends_the_good_items_and_fails_the_bad_ones(flavour: str) -> None:
    mock = MockAPI((201, KEAP_TASK))
    keap = make_client("keap", flavour, mock)
    items = [
        {**CREATE["keap"], "extra_headers": {"X-Trace": "a\nb"}},
        CREATE["keap"],
        {**CREATE["keap"], "title": "\ud800"},
    ]
    results = await settle(keap.tasks.create_many(items, concurrency=1))
    assert [r.status for r in results] == ["failed", "created", "failed"]
    assert results[2].error is not None and results[2].error.field == "title"  # type: ignore[attr-defined]
    assert mock.count == 1


# ----------------------------------------------------------------------------- path parameters

DOT_VALUES = ["", "   ", ".", "..", " .. ", "\t.\n"]


class Sneaky(str):
    """A str that reads "7" but turns into ".." when put in the path (the generated code calls str())."""

    __slots__ = ()

    def __str__(self) -> str:
        return ".."


def _operation(api: str, name: str) -> ApiOperation[Any]:
    """Any operation of the spec as the runtime takes it, whether or not a client method sends it."""
    definition = registered(api).definition
    return ApiOperation(definition, definition.spec_data.OPERATIONS[name])


def path_operations() -> list[tuple[str, str, str]]:
    return [
        (api.key, name, param)
        for api in REGISTRY
        for name, operation in api.definition.spec_data.OPERATIONS.items()
        for param, declared in operation["params"].items()
        if declared["in"] == "path"
    ]


@pytest.mark.parametrize(("api", "operation", "param"), path_operations())
@pytest.mark.parametrize("value", [*DOT_VALUES, Sneaky("7")], ids=[*map(repr, DOT_VALUES), "str-subclass"])
def test_every_path_parameter_refuses_values_that_leave_their_place(
    api: str, operation: str, param: str, value: str
) -> None:
    ops = _operations(registered(api).definition)
    with pytest.raises(crmtasks.ValidationError) as caught:
        ops.call(_operation(api, operation), value)
    assert caught.value.field == param
    text = str(value).strip()
    if text:
        assert f"may not be {text!r}: a dot segment would leave its place in the URL path" in str(caught.value)
    else:
        assert str(caught.value) == f"{param}: may not be empty"


def test_a_dot_inside_a_path_value_is_fine() -> None:
    ops = _operations(registered("keap").definition)
    for value in ("...", "a.b", ".hidden", "7."):
        assert ops.call(_operation("keap", "get_task"), value).args["task_id"] == value


def path_methods() -> list[tuple[str, str, Callable[[Any, Any], Any]]]:
    return [
        ("keap", "get", lambda c, v: c.tasks.get(v)),
        ("keap", "update", lambda c, v: c.tasks.update(v, title="Call")),
        ("keap", "delete", lambda c, v: c.tasks.delete(v)),
        ("keap", "custom_fields.update", lambda c, v: c.tasks.custom_fields.update(v, label="Region", group_id="g1")),
        ("keap", "custom_fields.delete", lambda c, v: c.tasks.custom_fields.delete(v)),
        ("apollo", "get", lambda c, v: c.tasks.get(v)),
        ("apollo", "update", lambda c, v: c.tasks.update(v, note="n")),
        ("apollo", "complete", lambda c, v: c.tasks.complete(v)),
        ("apollo", "skip", lambda c, v: c.tasks.skip(v)),
        ("ysuite", "get", lambda c, v: c.tasks.get(v)),
        ("hubspot", "get", lambda c, v: c.tasks.get(v)),
        ("hubspot", "update", lambda c, v: c.tasks.update(v, hs_task_subject="Call")),
        ("hubspot", "delete", lambda c, v: c.tasks.delete(v)),
    ]


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(("api", "method", "call"), path_methods(), ids=[f"{a}-{m}" for a, m, _ in path_methods()])
@pytest.mark.parametrize("value", ["", "..", " . "])
async def test_get_update_delete_send_nothing_for_a_dot_or_empty_id(
    api: str, method: str, call: Callable[[Any, Any], Any], flavour: str, value: str
) -> None:
    mock = MockAPI()
    with pytest.raises(crmtasks.ValidationError, match="may not be"):
        await settle(call(make_client(api, flavour, mock), value))
    assert mock.count == 0


# ----------------------------------------------------------------------------- strings UTF-8 cannot encode

LONE = "\ud800"


def surrogate_calls() -> list[tuple[str, str, Callable[[Any], Any]]]:
    keap, hubspot = CREATE["keap"], CREATE["hubspot"]
    return [
        ("keap", "title", lambda c: c.tasks.create(**{**keap, "title": f"Call {LONE}"})),
        (
            "keap",
            "custom_fields[0].content",
            lambda c: c.tasks.create(**keap, custom_fields=[{"id": "1", "content": LONE}]),
        ),
        (
            "keap",
            "custom_fields[0].content['a'][0]",
            lambda c: c.tasks.create(**keap, custom_fields=[{"id": "1", "content": {"a": [LONE]}}]),
        ),
        ("keap", "task_id", lambda c: c.tasks.get(LONE)),
        ("keap", "task_id", lambda c: c.tasks.update(LONE, title="Call")),
        ("keap", "extra_query['q']", lambda c: c.tasks.get("7", extra_query={"q": LONE})),
        ("keap", "extra_body['meta']['tag']", lambda c: c.tasks.create(**keap, extra_body={"meta": {"tag": LONE}})),
        ("keap", "extra_body['\\ud800']", lambda c: c.tasks.create(**keap, extra_body={LONE: 1})),
        ("keap", "title", lambda c: c.tasks.list(title=LONE).first_page()),
        ("keap", "custom_fields['cf_region']", lambda c: c.tasks.list(custom_fields={"cf_region": LONE}).first_page()),
        ("apollo", "contact_id", lambda c: c.tasks.create(contact_id=LONE)),
        ("apollo", "note", lambda c: c.tasks.create(contact_id="c1", note=LONE)),
        ("apollo", "task_id", lambda c: c.tasks.complete(f"t{LONE}")),
        ("ysuite", "title", lambda c: c.tasks.create(**{**CREATE["ysuite"], "title": LONE})),
        ("ysuite", "description", lambda c: c.tasks.create(**CREATE["ysuite"], description=LONE)),
        ("hubspot", "hs_task_subject", lambda c: c.tasks.create(hs_task_subject=LONE)),
        ("hubspot", "properties.note", lambda c: c.tasks.create(**hubspot, properties={"note": LONE})),
        ("hubspot", "properties['\\ud800']", lambda c: c.tasks.create(**hubspot, properties={LONE: "x"})),
        (
            "hubspot",
            "hs_task_subject__contains_token",
            lambda c: c.tasks.search(hs_task_subject__contains_token=LONE).first_page(),
        ),
        ("hubspot", "query", lambda c: c.tasks.search(query=LONE).first_page()),
        ("hubspot", "task_id", lambda c: c.tasks.delete(LONE)),
    ]


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(("api", "field", "call"), surrogate_calls(), ids=[f"{a}-{f}" for a, f, _ in surrogate_calls()])
async def test_a_lone_surrogate_anywhere_is_refused_naming_the_field(
    api: str, field: str, call: Callable[[Any], Any], flavour: str
) -> None:
    mock = MockAPI()
    with pytest.raises(crmtasks.ValidationError) as caught:
        await settle(call(make_client(api, flavour, mock)))
    assert caught.value.field == field
    assert "a lone surrogate that UTF-8 cannot encode" in str(caught.value)
    str(caught.value).encode("utf-8")  # the message itself can be printed
    assert mock.count == 0


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_lone_surrogate_in_default_query_is_refused(flavour: str) -> None:
    with pytest.raises(crmtasks.ValidationError, match=r"^default_query\['tenant'\]: holds U\+DC80 at position 2"):
        make_client("keap", flavour, MockAPI(), default_query={"tenant": "eu\udc80"})
    keap = make_client("keap", flavour, MockAPI())
    with pytest.raises(crmtasks.ValidationError, match=r"^default_query\['tags'\]\[1\]"):
        keap.with_options(default_query={"tags": ["a", LONE]})


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_text_beyond_ascii_that_utf8_encodes_is_sent(flavour: str) -> None:
    mock = MockAPI((201, KEAP_TASK))
    keap = make_client("keap", flavour, mock)
    await settle(keap.tasks.create(**{**CREATE["keap"], "title": "Appel 📞 à Zoë"}, extra_query={"q": "ü"}))
    assert "Appel 📞 à Zoë" in mock.last.content.decode("utf-8") and mock.last.url.params["q"] == "ü"


# ----------------------------------------------------------------------------- _redact

KEY = SECRETS["keap"]["api_key"]
TOKEN = SECRETS["hubspot"]["access_token"]


def keyed_request(**headers: str) -> httpx.Request:
    return httpx.Request("GET", "https://api.keap.com/crm/rest/v2/tasks/7", headers={"X-Keap-API-Key": KEY, **headers})


def test_mask_replaces_every_secret_longest_first_and_ignores_short_ones() -> None:
    assert mask(f"a {KEY} b {KEY}", [KEY]) == "a **** b ****"
    assert mask("abcdefgh and abcd", ["abcd", "abcdefgh"]) == "**** and ****"
    assert mask("key abc stays", ["abc", ""]) == "key abc stays"
    assert mask("https://x/?k=a%2Fb%3Dc", ["a/b=c"]) == "https://x/?k=****"  # as a URL holds it
    assert mask_bytes(f'{{"key": "{KEY}"}}'.encode(), [KEY]) == b'{"key": "****"}'
    assert mask_bytes(b'{"key": "ab\\/cd"}', ["ab/cd"]) == b'{"key": "****"}'  # as PHP escapes it


def test_secrets_of_gives_each_value_and_the_credential_of_bearer_and_basic() -> None:
    basic = "Basic " + base64.b64encode(b"app-id:app-secret-0123").decode()
    found = secrets_of({"X-Api-Key": KEY, "Authorization": f"Bearer {TOKEN}", "X-Basic": basic})
    assert found[:3] == (KEY, f"Bearer {TOKEN}", TOKEN)
    assert basic in found and basic.split()[1] in found
    assert "app-id:app-secret-0123" in found and "app-secret-0123" in found


def chained_connect_error() -> httpx.ConnectError:
    """An httpx.ConnectError raised from a LocalProtocolError that quotes the key, holding the keyed request."""
    try:
        try:
            raise httpx.LocalProtocolError(f"Illegal header value b'{KEY}\\n'")
        except httpx.LocalProtocolError as protocol:
            raise httpx.ConnectError("connection failed", request=keyed_request()) from protocol
    except httpx.ConnectError as error:
        return error


def test_redact_masks_a_chain_and_the_request_it_holds() -> None:
    error = chained_connect_error()
    original = error.request
    assert KEY in "".join(traceback.format_exception(error))
    redact(error, secrets_of({"X-Keap-API-Key": KEY}))
    assert_quotes_nothing(error, KEY)
    assert error.request.headers["x-keap-api-key"] == "****"
    assert (
        error.request.url == original.url and original.headers["x-keap-api-key"] == KEY
    )  # a copy; the request is left
    assert isinstance(error.__cause__, httpx.LocalProtocolError) and "Illegal header value b'****" in str(
        error.__cause__
    )


def test_redact_puts_the_view_in_place_of_the_request() -> None:
    error = chained_connect_error()
    view = httpx.Request(error.request.method, error.request.url, headers={"X-Keap-API-Key": "****"})
    redact(error, [KEY], view)
    assert error.request is view
    assert_quotes_nothing(error, KEY)


def test_redact_masks_a_unicode_error_keeping_its_position() -> None:
    try:
        f"Bearer {TOKEN}é".encode("ascii")
    except UnicodeEncodeError as caught:
        error = caught
    try:
        raise crmtasks.APIConnectionError(request=keyed_request(), message="Sending the request failed") from error
    except crmtasks.APIConnectionError as caught:
        outer = caught
    redact(outer, [TOKEN, KEY])
    assert_quotes_nothing(outer, TOKEN, KEY)
    assert error.object == "Bearer ****é" and error.object[error.start] == "é"
    assert "position 11" in str(error)


def test_redact_masks_an_error_answer_that_echoes_the_key() -> None:
    from crmtasks_keap.models import Error  # noqa: PLC0415

    echoed = {"code": 401, "message": f"Invalid key {KEY}", "status": "UNAUTHENTICATED"}
    response = httpx.Response(401, json=echoed, headers={"x-echo": KEY}, request=keyed_request())
    error = crmtasks.AuthenticationError(
        f"Keap answered 401: Invalid key {KEY}",
        response=response,
        body=Error.from_dict(echoed),
        field_errors={"api_key": [f"{KEY} is not valid"]},
    )
    error.add_note(f"sent with {KEY}")
    assert response.text and KEY in response.text  # read (and its text decoded) before masking
    redact(error, [KEY])
    assert_quotes_nothing(error, KEY)
    assert response.content == response.read() and KEY not in response.content.decode()
    assert response.json()["message"] == "Invalid key ****" and response.headers["x-echo"] == "****"
    assert error.body.message == "Invalid key ****" and error.field_errors == {"api_key": ["**** is not valid"]}
    assert error.__notes__ == ["sent with ****"] and error.request.headers["x-keap-api-key"] == "****"


def test_redact_masks_an_unreadable_answer_its_body_and_deviation() -> None:
    response = httpx.Response(200, content=f"<html>{KEY}</html>".encode(), request=keyed_request())
    deviation = Deviation("Task.title", "string", {"echo": KEY}, "kept")
    error = crmtasks.APIResponseValidationError(f"unreadable: {KEY}", response=response, deviation=deviation)
    redact(error, [KEY])
    assert_quotes_nothing(error, KEY)
    assert (
        error.body == "<html>****</html>" and error.deviation is not None and error.deviation.value == {"echo": "****"}
    )


def test_redact_is_safe_with_cycles_and_reaches_groups_notes_and_held_exceptions() -> None:
    first, second = ValueError(f"first {KEY}"), KeyError(f"second {KEY}")
    first.__context__, second.__context__ = second, first
    own = RuntimeError(KEY)
    own.__cause__ = own
    held = crmtasks.CRMTasksError(f"held {KEY}")
    holder = crmtasks.CRMTasksError("holder")
    holder.reason = held  # type: ignore[attr-defined]
    group = ExceptionGroup("group", [first, own, holder])  # its own message is read-only: not masked
    redact(group, [KEY])
    for error in (group, first, second, own, held):
        assert KEY not in str(error) and KEY not in repr(error)
    assert KEY not in "".join(traceback.format_exception(group))


def test_redact_masks_os_errors_and_request_content() -> None:
    error = OSError(111, f"refused by {KEY}", f"/tmp/{KEY}")
    redact(error, [KEY])
    assert KEY not in str(error) and error.strerror == "refused by ****" and error.filename == "/tmp/****"
    form = httpx.Request("POST", f"https://api.example/token?key={KEY}", data={"client_secret": KEY})
    failure = httpx.ReadTimeout("slow", request=form)
    redact(failure, [KEY])
    assert KEY not in str(failure.request.url) and KEY not in failure.request.content.decode()


def test_redact_leaves_what_holds_no_secret_as_it_is() -> None:
    request = httpx.Request("GET", "https://api.keap.com/crm/rest/v2/tasks/7")
    error = httpx.ConnectError("refused", request=request)
    args = error.args
    redact(error, [KEY])
    assert error.request is request and error.args is args
    redact(error, [])
    assert error.request is request


# ----------------------------------------------------------------------------- whatever is raised holds no key


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize(
    "answer",
    [(401, {"message": "Invalid key"}), httpx.ConnectError("refused"), httpx.ReadTimeout("slow")],
    ids=["401", "connect", "timeout"],
)
async def test_errors_of_a_call_quote_no_credential(api: str, flavour: str, answer: Any) -> None:
    mock = MockAPI(answer)
    with pytest.raises(crmtasks.APIError) as caught:
        await settle(one_call(api, make_client(api, flavour, mock, max_retries=0)))
    assert_quotes_nothing(caught.value, *SECRETS[api].values())
