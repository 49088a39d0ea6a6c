"""The README's examples run, against the in-process sandbox instead of the real APIs."""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path
from typing import Any

import pytest

from crmtasks.sandbox import Sandbox

from ..helpers import use_sandbox

README = Path(__file__).resolve().parents[2] / "README.md"


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.S)


def test_readme_has_an_example_per_api_and_for_the_sandbox() -> None:
    blocks = python_blocks()
    for needle in ("crmtasks.Keap()", "crmtasks.Apollo()", "crmtasks.YSuite()", "Sandbox(seed="):
        assert any(needle in block for block in blocks), needle


def test_readme_examples_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sandbox = Sandbox(seed=5)
    # The examples build clients from the environment; here they get the sandbox's.
    use_sandbox(monkeypatch, sandbox)
    grant = sandbox.issue_tokens("keap")
    expired = {"refresh_token": grant["refresh_token"], "access_token": grant["access_token"], "expires_at": None}
    (tmp_path / "keap-tokens.json").write_text(json.dumps({**expired, "expires_at": "2020-01-01T00:00:00+00:00"}))
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for block in python_blocks():
            exec(compile(block, str(README), "exec"), namespace)
    printed = capsys.readouterr().out
    assert "RateLimitInfo(daily=" in printed and "5 tasks" in printed
    # The async tour: OAuth2 refreshed once, a raw answer, a bulk write, pages, the last seen rate limits.
    # The timeout example: a latency past the client's timeout, sync and async.
    assert "timed out; may have been sent: True" in printed and "async: timed out too" in printed
    assert "async: 200 sandbox-keap-1 1" in printed
    assert "async: BulkResults(3 items: 3 created, 0 failed, 0 unknown)" in printed
    assert "async: ['1', '2'] True []" in printed
    # The HubSpot example: the task it completed is found by the search, then archived.
    assert namespace["call"].id in printed  # found by the search before the batch archived it
    assert namespace["completed"].total is not None and namespace["completed"].total >= 1
    # The raw-answer example: a status, the sandbox's request id, no retry; the ySuite total before iterating.
    assert re.search(r"^200 sandbox-keap-\d+ 0 RateLimitInfo", printed, flags=re.M)
    assert namespace["done"] == namespace["listing"].total == 6  # the 5 seeded and the one created above
    # The OAuth2 example refreshed its expired token and stored the rotated refresh token.
    stored = json.loads((tmp_path / "keap-tokens.json").read_text())
    assert stored["refresh_token"] != grant["refresh_token"] and sandbox.token_requests["keap"] == 1
    # Its web-app functions: the user is sent to Keap, comes back with a code, and the code becomes a client.
    session: dict[str, str] = {}
    url = namespace["login"](session)
    assert url.startswith("https://accounts.infusionsoft.com/app/oauth/authorize?") and session["oauth_state"] in url
    code = sandbox.issue_code("keap", namespace["CALLBACK"])
    keap = namespace["callback"](session, {"code": code, "state": session["oauth_state"]})
    assert keap.tasks.create(title="Granted", assigned_to_user_id="7").title == "Granted"
    assert json.loads((tmp_path / "keap-tokens.json").read_text())["refresh_token"] != stored["refresh_token"]
    assert list(namespace["west"]) == []  # a new custom field: no task has a value yet
    assert namespace["created"].title == "Call back"
    assert namespace["page"].total_items == 5  # the seeded tasks; the creates come after
    assert "Follow" in printed or "Call" in printed
    # The example of answers that break the spec: strict mode refused one, the HTML page was an APIError,
    # and the async bulk create returned the created tasks.
    assert "strict: Task." in printed
    assert "200 <!DOCTYPE html" in printed
    assert "['c-1', 'c-2']" in printed
