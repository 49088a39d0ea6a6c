"""The public API type-checks: mypy --strict and pyright accept tests/typing/uses_api.py and reject misspelt.py.

uses_api.py pins, with ``typing.assert_type``, what list items, pages, creates
and filters are typed as; misspelt.py holds misspelt keyword arguments, each
on a line ending in ``# misspelt: NAME``, which both checkers must report on
that line, naming NAME, and nowhere else.
"""

from __future__ import annotations

import functools
import json
import re
import subprocess
import sys

from ..helpers import ROOT, pyright_command

USES_API = "tests/typing/uses_api.py"
MISSPELT = "tests/typing/misspelt.py"

# "path:line: error: message" (mypy) and "  /abs/path:line:column - error: message" (pyright).
ERROR = re.compile(r"^\s*(?P<file>[^\s:]+):(?P<line>\d+)(?::\d+)?:? (?:- )?error: (?P<message>.*)$", re.MULTILINE)


def misspelt_lines() -> dict[int, str]:
    """Line number -> the misspelt name that line must be reported for."""
    marked: dict[int, str] = {}
    for number, line in enumerate((ROOT / MISSPELT).read_text().splitlines(), start=1):
        if match := re.search(r"# misspelt: (\w+)$", line):
            marked[number] = match.group(1)
    return marked


def run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=600)


@functools.cache
def mypy(path: str) -> subprocess.CompletedProcess[str]:
    return run([sys.executable, "-m", "mypy", "--strict", path])


@functools.cache
def _pyright(command: tuple[str, ...], path: str) -> subprocess.CompletedProcess[str]:
    return run([*command, "--pythonpath", sys.executable, path])


def pyright(path: str) -> subprocess.CompletedProcess[str]:
    return _pyright(tuple(pyright_command("pyright")), path)


def errors_by_line(output: str, path: str) -> dict[int, list[str]]:
    errors: dict[int, list[str]] = {}
    for match in ERROR.finditer(output):
        assert match["file"].endswith(path), f"an error outside {path}:\n{match.group(0)}"
        errors.setdefault(int(match["line"]), []).append(match["message"])
    return errors


def test_pyright_is_the_pinned_one() -> None:
    """The pyright that runs here is the one package.json pins, whether basedpyright's or the npm package's."""
    pinned = json.loads((ROOT / "package.json").read_text())["devDependencies"]["pyright"]
    result = run([*pyright_command("pyright"), "--version"])
    # basedpyright says "basedpyright 1.40.2" then "based on pyright 1.1.414"; pyright says "pyright 1.1.414".
    match = re.search(r"^(?:based on )?pyright (\S+)$", result.stdout, re.MULTILINE)
    assert match is not None, result.stdout + result.stderr
    assert match.group(1) == pinned, (
        f"pyright {match.group(1)} runs, package.json pins {pinned}: move basedpyright's pin in pyproject.toml "
        "(the test extra) and package.json's pyright together"
    )


def test_misspelt_file_marks_a_filter_and_a_create_field() -> None:
    names = set(misspelt_lines().values())
    assert {"contact_idd", "titel"} <= names


def test_mypy_strict_accepts_the_public_api() -> None:
    result = mypy(USES_API)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "Success: no issues found in 1 source file" in output


def test_mypy_strict_rejects_misspelt_keywords() -> None:
    result = mypy(MISSPELT)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    errors = errors_by_line(output, MISSPELT)
    expected = misspelt_lines()
    assert sorted(errors) == sorted(expected), output
    for line, name in expected.items():
        assert any(f'"{name}"' in message for message in errors[line]), (name, errors[line])


def test_pyright_accepts_the_public_api() -> None:
    result = pyright(USES_API)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "0 errors" in output


def test_pyright_rejects_misspelt_keywords() -> None:
    result = pyright(MISSPELT)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    errors = errors_by_line(output, MISSPELT)
    expected = misspelt_lines()
    assert sorted(errors) == sorted(expected), output
    for line, name in expected.items():
        assert any(f'"{name}"' in message for message in errors[line]), (name, errors[line])
