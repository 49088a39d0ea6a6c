"""The README's examples run, against the in-process sandbox instead of the real APIs."""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import Any

import pytest

import crmtasks
from crmtasks.sandbox import Sandbox

README = Path(__file__).resolve().parent.parent / "README.md"


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.S)


def test_readme_has_an_example_per_api_and_for_the_sandbox() -> None:
    blocks = python_blocks()
    for needle in ("crmtasks.Keap()", "crmtasks.Apollo()", "crmtasks.YSuite()", "Sandbox(seed="):
        assert any(needle in block for block in blocks), needle


def test_readme_examples_run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    sandbox = Sandbox(seed=5)
    # The examples build clients from the environment; here they get the sandbox's.
    clients = {"Keap": sandbox.keap(), "Apollo": sandbox.apollo(), "YSuite": sandbox.ysuite()}
    for name, client in clients.items():
        monkeypatch.setattr(crmtasks, name, lambda _client=client, **_: _client)
    namespace: dict[str, Any] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for block in python_blocks():
            exec(compile(block, str(README), "exec"), namespace)
    assert list(namespace["west"]) == []  # a new custom field: no task has a value yet
    assert namespace["created"].title == "Call back"
    assert namespace["page"].total_items == 5  # the seeded tasks; the creates come after
    printed = capsys.readouterr().out
    assert "Follow" in printed or "Call" in printed
    # The example of answers that break the spec: strict mode refused one, the HTML page was an APIError,
    # and the async bulk create returned the created tasks.
    assert "strict: Task." in printed
    assert "200 <!DOCTYPE html" in printed
    assert "['c-1', 'c-2']" in printed
