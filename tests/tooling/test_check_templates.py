"""generator/check_templates.py: templates differ from upstream only in marked blocks, bound to what they replace."""

from __future__ import annotations

import importlib.util
from types import ModuleType

from ..helpers import ROOT


def checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_templates", ROOT / "generator" / "check_templates.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


UPSTREAM = ["a\n", "b\n", "c\n", "d\n"]
OURS = ["a\n", "{# crmtasks: why #}\n", "B\n", "{# crmtasks: end #}\n", "c\n", "d\n"]


def test_a_change_inside_a_block_is_allowed_and_one_outside_is_not() -> None:
    check = checker()
    assert check.unmarked_changes(UPSTREAM, OURS) == []
    assert check.unmarked_changes(UPSTREAM, [*OURS[:-1], "D\n"])  # d changed outside any block


def test_the_upstream_lines_a_block_replaces_are_bound_to_it() -> None:
    check = checker()
    recorded = check.replaced_stretches(UPSTREAM, OURS)
    assert list(recorded.values()) == ["upstream lines 2-2"]
    # A version bump changes "b", the line our block stands in for: no unmarked change, but not the recorded text.
    bumped = ["a\n", "b fixed\n", "c\n", "d\n"]
    assert check.unmarked_changes(bumped, OURS) == []
    assert set(check.replaced_stretches(bumped, OURS)) != set(recorded)


def test_the_record_exists() -> None:  # nox -s check_templates compares it with the pinned upstream
    check = checker()
    assert check.RECORD.is_file(), "generator/templates/replaced.json: run check_templates.py --record"
