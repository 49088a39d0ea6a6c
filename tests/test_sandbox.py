"""The sandbox itself: in-process use, the pytest fixture, faults, vendor-shaped errors, the commands."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import httpx
import pytest

import crmtasks
from crmtasks.sandbox import Faults, Sandbox

from .sandbox_server import served_sandbox


def test_fixture_gives_a_fresh_empty_sandbox(crmtasks_sandbox: Sandbox) -> None:
    keap = crmtasks_sandbox.keap()
    assert list(keap.tasks.list()) == []
    keap.tasks.create(title="One", assigned_to_user_id="1")
    assert crmtasks_sandbox.counts()["tasks"] == {"keap": 1, "apollo": 0, "ysuite": 0}


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
    assert await apollo.tasks.bulk_create(contact_ids=["a", "b"]) is True
    ysuite = sandbox.async_ysuite()
    assert (await ysuite.tasks.get(1)).activity_id == 1


def test_control_endpoints_and_unknown_routes() -> None:
    sandbox = Sandbox()
    client = sandbox.httpx_client()
    assert client.post("http://s/_sandbox/reset", json={"seed": 2}).json()["tasks"]["apollo"] == 2
    assert client.post("http://s/_sandbox/faults", json={"bogus": 1}).status_code == 400
    assert client.get("http://s/nowhere").status_code == 404
    answer = client.delete(f"{sandbox.base_url('keap')}/v2/tasks", headers={"X-Keap-API-Key": "sandbox-keap-key"})
    assert answer.status_code == 405 and answer.headers["allow"] == "GET, POST"


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
