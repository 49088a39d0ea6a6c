"""The sandbox itself: in-process use, the pytest fixture, faults, vendor-shaped errors, the commands."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

import httpx
import pytest

import crmtasks
from crmtasks._registry import registered
from crmtasks.sandbox import MALFORMED_KINDS, Faults, Sandbox

from ..helpers import APIS, FLAVOURS, load_spec
from ..sandbox_server import served_sandbox

Api = Literal["keap", "apollo", "ysuite", "hubspot"]
_HEADERS = {
    "keap": {"X-Keap-API-Key": "sandbox-keap-key"},
    "apollo": {"X-Api-Key": "sandbox-apollo-key"},
    "ysuite": {"x-ysuite-access-key": "sandbox-ysuite-access", "x-ysuite-secret-key": "sandbox-ysuite-secret"},
    "hubspot": {"Authorization": "Bearer sandbox-hubspot-token"},
}


def test_fixture_gives_a_fresh_empty_sandbox(crmtasks_sandbox: Sandbox) -> None:
    keap = crmtasks_sandbox.keap()
    assert list(keap.tasks.list()) == []
    keap.tasks.create(title="One", assigned_to_user_id="1")
    assert crmtasks_sandbox.counts()["tasks"] == {"keap": 1, "apollo": 0, "ysuite": 0, "hubspot": 0}


def test_seed_is_realistic_and_deterministic() -> None:
    first, second = Sandbox(seed=20), Sandbox(seed=20)
    titles = [t.title for t in first.keap().tasks.list()]
    assert titles == [t.title for t in second.keap().tasks.list()]
    assert len(set(titles)) > 5 and all(" " in title for title in titles)
    apollo_task = next(iter(first.apollo().tasks.search()))
    assert apollo_task.contact is not None and "@" in str(apollo_task.contact.email)
    assert {t.status for t in first.ysuite().tasks.list()} <= set(crmtasks.ysuite.TaskStatus)


def test_vendor_error_shapes() -> None:
    sandbox = Sandbox()
    with pytest.raises(crmtasks.BadRequestError) as keap_error:
        list(sandbox.keap().tasks.list(custom_fields={"cf_missing": "x"}))
    assert keap_error.value.body.message == "Invalid filter field 'cf_missing'"
    ysuite_raw = sandbox.httpx_client().post(
        f"{sandbox.base_url('ysuite')}/v1/tasks",
        json={"title": "x" * 151, "start_datetime": "2026-07-15T10:00:00"},
        headers={"x-ysuite-access-key": "sandbox-ysuite-access", "x-ysuite-secret-key": "sandbox-ysuite-secret"},
    )
    assert ysuite_raw.status_code == 422 and ysuite_raw.json()["success"] is False
    assert set(ysuite_raw.json()["errors"]) == {"title", "deal_id", "cstid"}
    apollo_raw = sandbox.httpx_client().post(
        f"{sandbox.base_url('apollo')}/api/v1/tasks/search",
        params={"per_page": 500},
        headers={"X-Api-Key": "sandbox-apollo-key"},
    )
    assert apollo_raw.status_code == 422 and "per_page" in apollo_raw.json()["error"]
    unauthorised = sandbox.httpx_client().get(f"{sandbox.base_url('keap')}/v2/tasks")
    assert unauthorised.status_code == 401 and unauthorised.json()["status"] == "UNAUTHENTICATED"


def test_in_process_faults_rate_limit_burst_and_latency() -> None:
    sandbox = Sandbox(seed=3, faults=Faults(rate_limit_after=0, retry_after=0.01, latency=0.02))
    started = time.perf_counter()
    assert len(list(sandbox.keap().tasks.list())) == 3
    assert time.perf_counter() - started >= 0.04  # two requests, each delayed
    assert sandbox.counts()["requests"]["keap"] == 2  # the 429, then the retry
    sandbox.set_faults(error_after=0, error_statuses=[500, 502, 503])
    with pytest.raises(crmtasks.InternalServerError) as raised:
        sandbox.keap(max_retries=1).tasks.get("1")
    assert raised.value.status_code == 502


def test_in_process_drops_before_and_after_the_request() -> None:
    sandbox = Sandbox(faults=Faults(drop="before", drop_count=1))
    # Never read by the server: safe to repeat, so the create goes through on the retry.
    created = sandbox.ysuite().tasks.create(title="Once", start_datetime=datetime(2026, 1, 5, 9), cstid=1)
    assert created.activity_id == 1 and sandbox.counts()["tasks"]["ysuite"] == 1
    sandbox.set_faults(drop="after", drop_count=1)
    with pytest.raises(crmtasks.APIConnectionError):
        sandbox.ysuite().tasks.create(title="Twice?", start_datetime=datetime(2026, 1, 5, 9), cstid=1)
    assert sandbox.counts()["tasks"]["ysuite"] == 2  # carried out once, never repeated


@pytest.mark.anyio
async def test_async_in_process_clients() -> None:
    sandbox = Sandbox(seed=4)
    keap = sandbox.async_keap()
    assert len([t async for t in keap.tasks.list()]) == 4
    apollo = sandbox.async_apollo()
    created = await apollo.tasks.bulk_create(contact_ids=["a", "b"])
    assert created.success is True and [t.contact_id for t in created.tasks or []] == ["a", "b"]
    ysuite = sandbox.async_ysuite()
    assert (await ysuite.tasks.get(1)).activity_id == 1


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
def test_each_client_method_is_sandbox_client(
    api: Api, flavour: Literal["sync", "async"], monkeypatch: pytest.MonkeyPatch
) -> None:
    """sandbox.keap(), sandbox.async_keap() and their siblings: Sandbox.client for one API and flavour, documented."""
    sandbox = Sandbox(seed=1)
    name = api if flavour == "sync" else f"async_{api}"
    method = getattr(sandbox, name)
    assert type(method()) is registered(api).client_class(flavour)
    assert type(getattr(Sandbox, name)(sandbox)) is registered(api).client_class(flavour)  # as a function too
    assert method.__name__ == name and method.__qualname__ == f"Sandbox.{name}"
    assert str(inspect.signature(method)) == "(**options: 'Any') -> 'Any'"
    doc = inspect.getdoc(method) or ""
    assert f"{flavour} client of the {api} API" in doc and f"sandbox.client({api!r}, {flavour!r}, **options)" in doc
    calls: list[tuple[str, str, dict[str, Any]]] = []

    def client(_: Sandbox, api: str, flavour: str = "sync", **options: Any) -> str:
        calls.append((api, flavour, options))
        return "made"

    monkeypatch.setattr(Sandbox, "client", client)
    assert method(max_retries=0, timeout=2) == "made"
    assert calls == [(api, flavour, {"max_retries": 0, "timeout": 2})]


def test_control_endpoints_and_unknown_routes() -> None:
    sandbox = Sandbox()
    client = sandbox.httpx_client()
    assert client.post("http://s/_sandbox/reset", json={"seed": 2}).json()["tasks"]["apollo"] == 2
    assert client.post("http://s/_sandbox/faults", json={"bogus": 1}).status_code == 400
    assert client.get("http://s/nowhere").status_code == 404
    answer = client.delete(f"{sandbox.base_url('keap')}/v2/tasks", headers={"X-Keap-API-Key": "sandbox-keap-key"})
    assert answer.status_code == 405 and answer.headers["allow"] == "GET, POST"
    # A literal path that does not take the method falls to a templated one that does: an update of task "search".
    search = f"{sandbox.base_url('hubspot')}/crm/v3/objects/tasks/search"
    headers = Sandbox.auth_headers("hubspot")
    assert client.patch(search, json={"properties": {}}, headers=headers).status_code == 404
    assert client.put(search, headers=headers).status_code == 405


def test_served_over_http_with_the_console_command() -> None:
    command = str(Path(sys.executable).parent / "crmtasks")
    help_text = subprocess.run([command, "sandbox", "--help"], capture_output=True, text=True, check=True).stdout
    assert "--seed" in help_text and "--port" in help_text
    with served_sandbox("--seed", "3") as url:
        assert url.startswith("http://127.0.0.1:")
        answer = httpx.get(
            f"{url}/ysuite/v1/tasks",
            headers={"x-ysuite-access-key": "sandbox-ysuite-access", "x-ysuite-secret-key": "sandbox-ysuite-secret"},
        )
        assert answer.json()["data"]["total_records"] == 3


def test_module_prints_urls_and_credentials() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "crmtasks.sandbox", "--port", "0"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(4)]
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert "listening on http://127.0.0.1:" in lines[0]
    assert 'crmtasks.Keap(api_key="sandbox-keap-key"' in lines[1] and "/keap" in lines[1]
    assert "sandbox-ysuite-secret" in lines[3]


# -- malformed answers ------------------------------------------------------------


def _keap_list(sandbox: Sandbox, client: httpx.Client) -> httpx.Response:
    return client.get(f"{sandbox.base_url('keap')}/v2/tasks", headers=_HEADERS["keap"])


@pytest.mark.parametrize("kind", MALFORMED_KINDS)
def test_malformed_answers_hit_only_the_configured_requests(kind: str) -> None:
    sandbox = Sandbox(seed=4, faults=Faults(malformed=kind, malformed_after=1, malformed_count=2))
    client = sandbox.httpx_client()
    answers = [_keap_list(sandbox, client) for _ in range(4)]
    real = answers[0].content
    assert answers[3].content == real and len(answers[0].json()["tasks"]) == 4  # before and after: untouched
    for broken in answers[1:3]:
        assert broken.status_code == 200
        if kind == "html":
            assert broken.headers["content-type"].startswith("text/html")
            assert broken.content.startswith(b"<!DOCTYPE html>")
            continue
        assert broken.headers["content-type"] == "application/json"
        expected = {"truncated": real[: len(real) // 2], "empty": b"", "null": b"null", "list": b"[]"}[kind]
        assert broken.content == expected
    if kind == "truncated":
        assert real.startswith(answers[1].content) and 0 < len(answers[1].content) < len(real)
        with pytest.raises(ValueError):
            json.loads(answers[1].content)


def test_truncated_answers_are_carried_out_and_html_ones_are_not() -> None:
    created = {"title": "Quote", "start_datetime": "2026-07-15T10:00:00", "cstid": 3}
    url, headers = f"{Sandbox.base_url('ysuite')}/v1/tasks", _HEADERS["ysuite"]
    real = Sandbox().httpx_client().post(url, json=created, headers=headers).content
    sandbox = Sandbox(faults=Faults(malformed="truncated"))
    truncated = sandbox.httpx_client().post(url, json=created, headers=headers).content
    assert real.startswith(truncated) and len(truncated) == len(real) // 2
    assert sandbox.counts()["tasks"]["ysuite"] == 1  # the operation ran; only its answer was cut
    sandbox.set_faults(malformed="html")
    assert sandbox.httpx_client().post(url, json=created, headers=headers).text.startswith("<!DOCTYPE html>")
    assert sandbox.counts()["tasks"]["ysuite"] == 1  # the proxy answered; the API never saw the request


def test_malformed_answers_set_through_the_control_endpoint() -> None:
    sandbox = Sandbox(seed=2)
    client = sandbox.httpx_client()
    settings = client.post("http://s/_sandbox/faults", json={"malformed": "list", "malformed_after": 1}).json()
    assert settings["malformed"] == "list" and settings["malformed_count"] == 1 and settings["deviations"] is False
    assert [_keap_list(sandbox, client).content[:1] for _ in range(3)] == [b"{", b"[", b"{"]


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        ({"malformed": "xml"}, "malformed"),
        ({"malformed": "null", "malformed_count": 0}, "malformed_count"),
        ({"malformed_after": -1}, "malformed_after"),
        ({"malformed_after": "2"}, "malformed_after"),
        ({"deviations": "yes"}, "deviations"),
    ],
)
def test_invalid_malformed_and_deviation_settings_are_refused(settings: dict[str, Any], field: str) -> None:
    sandbox = Sandbox()
    refused = sandbox.httpx_client().post("http://s/_sandbox/faults", json=settings)
    assert refused.status_code == 400 and field in refused.json()["message"]
    with pytest.raises(ValueError, match=field):
        sandbox.set_faults(**settings)
    assert sandbox.faults == Faults()  # the faults in force are left as they were


# -- spec deviations ----------------------------------------------------------------


def _all_pages(sandbox: Sandbox, api: Api) -> list[dict[str, Any]]:
    """Every page of the API's task list (up to 12 tasks), four tasks a page, as the raw JSON bodies."""
    client, root, headers = sandbox.httpx_client(), sandbox.base_url(api), _HEADERS[api]
    pages: list[dict[str, Any]] = []
    for number in range(3):
        if api == "keap":
            token = pages[-1]["next_page_token"] if pages else ""
            if pages and not token:
                break
            answer = client.get(f"{root}/v2/tasks", params={"page_size": 4, "page_token": token}, headers=headers)
        elif api == "hubspot":
            if pages and "paging" not in pages[-1]:
                break
            params = {"limit": 4, **({"after": pages[-1]["paging"]["next"]["after"]} if pages else {})}
            answer = client.get(f"{root}/crm/v3/objects/tasks", params=params, headers=headers)
        elif api == "apollo":
            params = {"page": number + 1, "per_page": 4}
            answer = client.post(f"{root}/api/v1/tasks/search", params=params, headers=headers)
        else:
            answer = client.get(f"{root}/v1/tasks", params={"pageIndex": number, "pageSize": 4}, headers=headers)
        pages.append(answer.json())
    return pages


def _tasks(api: Api, page: dict[str, Any]) -> list[dict[str, Any]]:
    key = {"ysuite": None, "hubspot": "results"}.get(api, "tasks")
    found: list[dict[str, Any]] = page["data"]["data"] if key is None else page[key]
    return found


def _all_tasks(sandbox: Sandbox, api: Api) -> list[dict[str, Any]]:
    return [task for page in _all_pages(sandbox, api) for task in _tasks(api, page)]


_ID_FIELD = {"keap": "id", "apollo": "id", "ysuite": "activity_id", "hubspot": "id"}


@pytest.mark.parametrize("api", APIS)
def test_deviations_change_every_third_task_and_nothing_else(api: Api) -> None:
    sandbox = Sandbox(seed=10)
    plain = _all_pages(sandbox, api)
    sandbox.set_faults(deviations=True)
    deviated = _all_pages(sandbox, api)
    sandbox.set_faults()
    assert _all_pages(sandbox, api) == plain  # the stored tasks were never touched
    assert len(deviated) == len(plain)
    for before, after in zip(plain, deviated, strict=True):
        # Ids, counts, page tokens and totals stay exact: only the tasks' own fields differ.
        assert [t[_ID_FIELD[api]] for t in _tasks(api, after)] == [t[_ID_FIELD[api]] for t in _tasks(api, before)]
        assert {k: v for k, v in after.items() if k not in ("tasks", "data", "results")} == {
            k: v for k, v in before.items() if k not in ("tasks", "data", "results")
        }
        if api == "ysuite":
            assert {k: v for k, v in after["data"].items() if k != "data"} == {
                k: v for k, v in before["data"].items() if k != "data"
            }
    flat_plain = [t for page in plain for t in _tasks(api, page)]
    flat_deviated = [t for page in deviated for t in _tasks(api, page)]
    assert len(flat_deviated) == 10
    changed = [i + 1 for i, (a, b) in enumerate(zip(flat_plain, flat_deviated, strict=True)) if a != b]
    assert changed == [3, 6, 9]  # creation order is list order here


def test_keap_deviations() -> None:
    sandbox = Sandbox(seed=8, faults=Faults(deviations=True))
    created = sandbox.httpx_client().post(
        f"{sandbox.base_url('keap')}/v2/tasks",
        json={"title": "Ninth", "assigned_to_user_id": "1", "due_time": "2026-07-15T10:00:00.000Z"},
        headers=_HEADERS["keap"],
    )
    assert created.status_code == 201 and created.json()["id"] == "9"  # the create answer deviates too
    assert isinstance(created.json()["create_time"], int) and created.json()["due_time"].endswith("+0000")
    tasks = {t["id"]: t for t in _all_tasks(sandbox, "keap")}
    assert tasks["3"]["priority"] == "URGENT" and isinstance(tasks["3"]["remind_time_mins"], str)
    assert tasks["3"]["remind_time_mins"].isdigit() and tasks["3"]["object_type"] == "TASK"
    assert tasks["6"]["priority"] is None and tasks["6"]["due_time"] is None
    assert isinstance(tasks["6"]["contact_id"], int) and isinstance(tasks["6"]["assigned_to_user_id"], int)
    assert isinstance(tasks["9"]["create_time"], int) and tasks["9"]["create_time"] > 1_700_000_000_000
    assert tasks["9"]["modification_time"].endswith("+0000") and tasks["9"]["due_time"].endswith("+0000")
    assert tasks["9"]["id"] == "9"  # the task's own id is never touched
    got = sandbox.httpx_client().get(f"{sandbox.base_url('keap')}/v2/tasks/3", headers=_HEADERS["keap"]).json()
    assert got == tasks["3"]  # the same task deviates the same way in a get
    assert sandbox.store("keap").tasks["3"]["priority"] != "URGENT"  # type: ignore[index]  # and is stored as it was
    spec = load_spec("keap")["components"]["schemas"]
    declared = {**spec["CreateUpdateTaskRequest"]["properties"], **spec["Task"]["allOf"][1]["properties"]}
    assert "URGENT" not in spec["TaskPriority"]["enum"] and "object_type" not in declared
    assert not any(declared[name].get("nullable") for name in ("due_time", "contact_id"))


def test_apollo_deviations() -> None:
    sandbox = Sandbox(seed=11, faults=Faults(deviations=True))
    created = sandbox.httpx_client().post(
        f"{sandbox.base_url('apollo')}/api/v1/tasks",
        json={"contact_id": "c1", "type": "call"},
        headers=_HEADERS["apollo"],
    )
    assert created.json()["task"]["type"] == "linkedin_step_connect_v2"  # the 12th task, and a create answer
    tasks = _all_tasks(sandbox, "apollo")
    assert tasks[2]["type"] == "linkedin_step_connect_v2" and tasks[2]["hubspot_id"] == 40512345678
    assert tasks[2]["team_id"] and "team_id" not in tasks[3]
    assert tasks[5]["status"] == "snoozed" and tasks[5]["priority"] is None and tasks[5]["persona_ids"] is None
    assert tasks[8]["created_at"].endswith("+0000") and isinstance(tasks[8]["due_at"], int)
    assert tasks[11] == created.json()["task"]
    spec = load_spec("apollo")["components"]["schemas"]
    declared = spec["Task"]["properties"]
    assert "linkedin_step_connect_v2" not in spec["TaskType"]["enum"] and "snoozed" not in spec["TaskStatus"]["enum"]
    assert "team_id" not in declared and declared["hubspot_id"]["type"] == "string"
    assert not any(declared[name].get("nullable") for name in ("priority", "persona_ids"))


def test_ysuite_deviations() -> None:
    sandbox = Sandbox(seed=9, faults=Faults(deviations=True))
    tasks = {t["activity_id"]: t for t in _all_tasks(sandbox, "ysuite")}
    assert tasks[3]["status"] == 9 and isinstance(tasks[3]["priority"], str) and "created_at" in tasks[3]
    assert tasks[6]["status"] is None and isinstance(tasks[6]["cstid"], str) and tasks[6]["activity_type"] == 2
    assert tasks[9]["start_datetime"].endswith("+0000") and isinstance(tasks[9]["end_datetime"], int)
    got = sandbox.httpx_client().get(f"{sandbox.base_url('ysuite')}/v1/tasks/6", headers=_HEADERS["ysuite"])
    assert got.json()["data"] == tasks[6]
    spec = load_spec("ysuite")["components"]["schemas"]
    assert 9 not in spec["TaskStatus"]["enum"] and "created_at" not in spec["Task"]["properties"]
    assert not spec["Task"]["properties"]["status"].get("nullable")
