"""Hostile credentials, echoing servers and redirects over real sockets: a key goes nowhere it should not.

Against the scripted servers of tests/hostile_server.py, for every API of tests/hostile_apis.py and
every credential argument of its spec, sync and async:

- a key with a trailing newline, a CR inside, a NUL, a non-ASCII character, or given as bytes, is a
  ``ValidationError`` at construction naming the argument (or the environment variable it came from);
  from a credential provider (a callable), at the call that asks it, once, never retried; nothing is
  sent, and the key's text is in no ``str``, ``repr`` or formatted traceback of the error (its
  ``__cause__`` and ``__context__`` included);
- a server that echoes the key in its error answer (401 or 400, in the vendor's error shape of the
  spec's ``x-errors``): the key is in no ``str``, ``repr``, traceback, ``error.body``,
  ``error.field_errors``, ``error.response.text``, ``error.request.headers`` or
  ``error.response.request.headers``;
- a redirect to another origin (a second server, another port) with an ``http_client`` that follows
  redirects: ``UnsafeRedirectError``, the second server sees no request, and the request the error
  holds carries no key.
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
import pytest

import crmtasks
import crmtasks._deviations

from ..hostile_apis import APIS, FLAVOURS, LISTINGS, Api, settle
from ..hostile_server import Answer, HostileServer, Script, Seen, json_reply, redirect, serving

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("sleeps", "no_ca_bundle")]

BAD_KEYS: dict[str, str | bytes] = {
    "trailing-newline": "k3y-abcdef0123456789\n",
    "carriage-return": "k3y-abcdef\r0123456789",
    "nul": "k3y-abcdef\x000123456789",
    "non-ascii": "k3y-abcd\u00e9f0123456789",
    "bytes": b"k3y-abcdef0123456789",
}
IN_ENVIRONMENT = ("trailing-newline", "carriage-return", "non-ascii")  # an environment holds no NUL, no bytes
ARGUMENTS = [(api, argument) for api in APIS for group in api.credential_groups for argument in group]


@pytest.fixture
def elsewhere() -> Iterator[HostileServer]:
    """Another origin (the same host, another port): it answers everything well, and must see nothing."""
    with serving(lambda seen: json_reply({"message": "you should not be here"})) as other:
        yield other


@pytest.fixture
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No credential of any API in the environment (keys, tokens, OAuth2 apps)."""
    for api in APIS:
        for group in api.credential_groups:
            for variable in group.values():
                monkeypatch.delenv(variable, raising=False)
        for suffix in ("CLIENT_ID", "CLIENT_SECRET", "REFRESH_TOKEN"):
            monkeypatch.delenv(f"{api.key.upper()}_{suffix}", raising=False)


def argument_id(value: object) -> str:
    return str(value)


def fragments(secret: str | bytes) -> list[str]:
    """What must not show of a secret: itself, its repr, and each run of six or more of its plain characters."""
    text = secret.decode("utf-8", "replace") if isinstance(secret, bytes) else secret
    runs = [run for run in re.split(r"[^0-9A-Za-z-]+", text) if len(run) >= 6]
    return [text, repr(text), repr(secret), *runs]


def error_texts(error: BaseException) -> dict[str, str]:
    return {
        "str(error)": str(error),
        "repr(error)": repr(error),
        "the formatted traceback": "".join(traceback.format_exception(error)),
    }


def headers_of(request: httpx.Request | None) -> str:
    return repr(request.headers.multi_items()) if request is not None else ""


def assert_hidden(secret: str | bytes, places: Mapping[str, str]) -> None:
    for place, text in places.items():
        for fragment in fragments(secret):
            assert fragment not in text, f"the secret shows in {place} ({fragment!r}): {text[:2000]}"


def good_get(api: Api) -> Script:
    answer = api.get_answer(1)

    def script(seen: Seen) -> Answer:
        return answer

    return script


# -- malformed credentials -----------------------------------------------------------------------------------


@pytest.mark.usefixtures("clean_environment")
@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("shape", BAD_KEYS)
@pytest.mark.parametrize(("api", "argument"), ARGUMENTS, ids=argument_id)
async def test_a_malformed_credential_is_refused_at_construction(
    server: HostileServer, api: Api, argument: str, shape: str, flavour: str
) -> None:
    key = BAD_KEYS[shape]
    server.script = good_get(api)
    constructed = False
    with pytest.raises(crmtasks.ValidationError) as caught:
        client = api.client(flavour, server.url, credentials=api.credentials_with(argument, key))
        constructed = True
        await settle(api.get(client, api.sample_id))
    assert not constructed, f"the client was built with the key; it was refused only at the call: {caught.value}"
    assert argument in str(caught.value)
    assert server.count == 0
    assert_hidden(key, error_texts(caught.value))


@pytest.mark.usefixtures("clean_environment")
@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("shape", IN_ENVIRONMENT)
@pytest.mark.parametrize(("api", "argument"), ARGUMENTS, ids=argument_id)
async def test_a_malformed_credential_from_the_environment_is_refused_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, server: HostileServer, api: Api, argument: str, shape: str, flavour: str
) -> None:
    key = BAD_KEYS[shape]
    assert isinstance(key, str)
    group = next(group for group in api.credential_groups if argument in group)
    for name, value in api.credentials_with(argument, key).items():
        monkeypatch.setenv(group[name], value)
    server.script = good_get(api)
    constructed = False
    with pytest.raises(crmtasks.ValidationError) as caught:
        client = api.client_class(flavour)(base_url=server.url)
        constructed = True
        await settle(api.get(client, api.sample_id))
    assert not constructed, f"the client was built with the key; it was refused only at the call: {caught.value}"
    assert group[argument] in str(caught.value)
    assert server.count == 0
    assert_hidden(key, error_texts(caught.value))


@pytest.mark.usefixtures("clean_environment")
@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("shape", BAD_KEYS)
@pytest.mark.parametrize(("api", "argument"), ARGUMENTS, ids=argument_id)
async def test_a_malformed_credential_from_a_provider_is_refused_at_the_call_and_not_retried(
    server: HostileServer, api: Api, argument: str, shape: str, flavour: str
) -> None:
    key = BAD_KEYS[shape]
    asked: list[int] = []

    def provider() -> Any:
        asked.append(1)
        return key

    server.script = good_get(api)
    client = api.client(flavour, server.url, credentials=api.credentials_with(argument, provider))
    with pytest.raises(crmtasks.ValidationError) as caught:
        await settle(api.get(client, api.sample_id))  # with the default retries
    assert argument in str(caught.value)
    assert len(asked) == 1  # asked once: not retried
    assert server.count == 0
    assert_hidden(key, error_texts(caught.value))


# -- a server that echoes the key ------------------------------------------------------------------------


def first_page(api: Api, client: Any) -> Any:
    listing = next(listing for listing in LISTINGS if listing.api is api)
    return listing.open(client, {"page_size": 10}).first_page()


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("operation", ["get", "list"])
@pytest.mark.parametrize("status", [401, 400])
@pytest.mark.parametrize("api", APIS, ids=str)
async def test_a_key_the_server_echoes_in_its_error_answer_shows_nowhere(
    server: HostileServer, api: Api, status: int, operation: str, flavour: str
) -> None:
    def echo(seen: Seen) -> Answer:
        # Everything the request carried, the credential headers included, quoted back (as some APIs do).
        quoted = " ".join(f"{name}={value}" for name, value in seen.headers.items())
        return json_reply(api.error(status, f"bad key: {quoted}"), status)

    server.script = echo
    client = api.client(flavour, server.url, max_retries=0)
    with pytest.raises(crmtasks.APIStatusError) as caught:
        await settle(api.get(client, api.sample_id) if operation == "get" else first_page(api, client))
    error = caught.value
    assert error.status_code == status
    assert server.count == 1
    places = {
        **error_texts(error),
        "error.body": repr(error.body),
        "error.field_errors": repr(error.field_errors),
        "error.response.text": error.response.text,
        "error.request.headers": headers_of(error.request),
        "error.response.request.headers": headers_of(error.response.request),
    }
    for secret in api.credentials.values():
        assert_hidden(secret, places)


# -- a redirect to another origin ----------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("operation", ["get", "list"])
@pytest.mark.parametrize("api", APIS, ids=str)
async def test_a_redirect_to_another_origin_is_refused_and_the_other_origin_sees_nothing(
    server: HostileServer, elsewhere: HostileServer, api: Api, operation: str, flavour: str
) -> None:
    server.script = lambda seen: redirect(f"{elsewhere.url}{seen.target}", 302)
    http: httpx.Client | httpx.AsyncClient = (
        httpx.Client(follow_redirects=True) if flavour == "sync" else httpx.AsyncClient(follow_redirects=True)
    )
    client = api.client(flavour, server.url, http_client=http)
    with pytest.raises(crmtasks.UnsafeRedirectError) as caught:
        await settle(api.get(client, api.sample_id) if operation == "get" else first_page(api, client))
    assert server.count == 1
    assert elsewhere.count == 0
    error = caught.value
    places = {
        **error_texts(error),
        "error.request.headers": headers_of(error.request),
        "error.response.request.headers": headers_of(error.response.request),
    }
    for secret in api.credentials.values():
        assert_hidden(secret, places)
    await settle(http.close() if isinstance(http, httpx.Client) else http.aclose())


# -- a key echoed where a deviation shows it -------------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_a_key_echoed_in_a_deviating_value_is_masked_in_the_warning_and_the_log(
    server: HostileServer, flavour: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    keap = next(api for api in APIS if api.key == "keap")
    (secret,) = keap.credentials.values()
    task = {**keap.task(1, ""), "priority": secret}  # an enum member it is not: kept as str, and reported
    server.script = lambda seen: json_reply(keap.wrap(task))
    monkeypatch.setattr(crmtasks._deviations, "_REPORTED", set())  # each deviation is reported once per process
    client = keap.client(flavour, server.url, max_retries=0)
    with caplog.at_level("DEBUG", logger="crmtasks"), pytest.warns(crmtasks.ResponseValidationWarning) as warned:
        got = await settle(keap.get(client, keap.sample_id))
    assert got.priority == secret  # the value itself is the caller's, as the server sent it
    shown = [str(w.message) for w in warned] + [record.getMessage() for record in caplog.records]
    assert any("Task.priority" in text and "****" in text for text in shown)
    assert_hidden(secret, {f"shown[{n}]": text for n, text in enumerate(shown)})
