"""``$<API>_BASE_URL`` is honoured by the clients, as by the command line: an argument wins, then the variable.

A shell that exports ``KEAP_BASE_URL`` to point the CLI at the sandbox points ``crmtasks.Keap()`` there too,
instead of at production.
"""

from __future__ import annotations

import httpx
import pytest

import crmtasks
from crmtasks._client import base_url_variable
from crmtasks._registry import REGISTRY, RegisteredApi

from ..helpers import FLAVOURS, SECRETS, settle

APIS = {api.key: api for api in REGISTRY}
pytestmark = pytest.mark.anyio


def credentials(api: RegisteredApi) -> dict[str, str]:
    return dict(SECRETS[api.key])


def test_each_apis_variable_is_its_name_and_base_url() -> None:
    assert {key: base_url_variable(api.definition) for key, api in APIS.items()} == {
        key: f"{key.upper()}_BASE_URL" for key in APIS
    }


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("key", list(APIS))
async def test_the_variable_points_every_client_elsewhere_and_requests_go_there(
    key: str, flavour: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = APIS[key]
    monkeypatch.setenv(base_url_variable(api.definition), "http://127.0.0.1:8765/" + key)
    seen: list[httpx.URL] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(503)

    transport = httpx.MockTransport(answer)
    http = httpx.Client(transport=transport) if flavour == "sync" else httpx.AsyncClient(transport=transport)
    client = api.client_class(flavour)(**credentials(api), http_client=http, max_retries=0)
    assert client.base_url == f"http://127.0.0.1:8765/{key}"
    with pytest.raises(crmtasks.APIStatusError):
        await settle(client.tasks.get(1 if key == "ysuite" else "1"))
    assert [(url.host, url.port, url.path.split("/")[1]) for url in seen] == [("127.0.0.1", 8765, key)]


@pytest.mark.parametrize("key", list(APIS))
def test_an_argument_wins_over_the_variable_and_an_empty_variable_counts_for_nothing(
    key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = APIS[key]
    variable = base_url_variable(api.definition)
    monkeypatch.setenv(variable, "http://127.0.0.1:8765/" + key)
    chosen = api.client_class("sync")(**credentials(api), base_url="https://proxy.example.com/" + key)
    assert chosen.base_url == f"https://proxy.example.com/{key}"
    monkeypatch.setenv(variable, "")
    assert api.client_class("sync")(**credentials(api)).base_url == api.definition.spec_data.SERVER_URL.rstrip("/")


@pytest.mark.parametrize("key", list(APIS))
def test_plain_http_to_another_machine_from_the_variable_is_refused_naming_it(
    key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = APIS[key]
    variable = base_url_variable(api.definition)
    monkeypatch.setenv(variable, "http://crm.example.com/api")
    with pytest.raises(ValueError, match=f"^{variable} 'http://crm.example.com/api' is not https"):
        api.client_class("sync")(**credentials(api))
    insecure = api.client_class("sync")(**credentials(api), allow_insecure_http=True)
    assert insecure.base_url == "http://crm.example.com/api"
