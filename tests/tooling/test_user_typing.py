"""What users copy and write type-checks strictly, as their own project would check it.

Checked: the README's and the docs' Python examples, ``examples/``, and the user-idiom scripts
``tests/typing/user_*.py``. Each goes into a folder outside the checkout whose ``pyrightconfig.json``
asks for strict mode, so mypy --strict and pyright strict see them as a user's project: no config of
ours applies. The rules a user would hold us to: no error, and no ``cast``, ``type: ignore`` or
``pyright: ignore`` in any of them.

A Markdown page is one script, its blocks in order (as tests/tooling/test_readme.py runs the README). Pages get
two allowances that user code does not: mypy's ``--allow-redefinition`` (a page names each API's task
``task`` in turn) and pyright's ``reportDuplicateImport`` off (each block repeats its imports so that it
can be copied alone). An error is reported at its page and line.
"""

from __future__ import annotations

import functools
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from ..helpers import ROOT, pyright_command
from .test_docs import python_blocks

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
SCRIPTS = [*sorted((ROOT / "examples").glob("*.py")), *sorted((ROOT / "tests" / "typing").glob("user_*.py"))]
# "path:line: error: message" (mypy) and "  /abs/path:line:column - error: message" (pyright).
ERROR = re.compile(r"^\s*(?P<file>[^\s:]+\.py):(?P<line>\d+)(?::\d+)?:? (?:- )?error: (?P<message>.*)$", re.M)
ESCAPES = re.compile(r"\bcast\(|type:\s*ignore|pyright:\s*ignore")


@dataclass(frozen=True)
class Script:
    """One file to check: its name in the checked folder, its text, and where each of its lines came from."""

    name: str
    text: str
    origin: tuple[tuple[str, int], ...]  # per line: the file in the checkout and the line there

    def where(self, line: int) -> str:
        path, number = self.origin[line - 1]
        return f"{path}:{number}"


def page_script(page: Path) -> Script | None:
    """A page's python blocks (as tests/tooling/test_docs.py finds them) as one script, or None when it has none."""
    relative = str(page.relative_to(ROOT))
    lines: list[str] = []
    origin: list[tuple[str, int]] = []
    for block in python_blocks(page):
        for offset, line in enumerate(block.code.splitlines(), start=1):
            lines.append(line)
            origin.append((relative, block.line + offset))
        lines.append("")
        origin.append((relative, block.line))
    if not lines:
        return None
    name = "page_" + re.sub(r"\W", "_", relative.removesuffix(".md")) + ".py"
    return Script(name, "\n".join(lines) + "\n", tuple(origin))


def file_script(path: Path) -> Script:
    relative = str(path.relative_to(ROOT))
    text = path.read_text()
    origin = tuple((relative, number) for number in range(1, text.count("\n") + 2))
    return Script(re.sub(r"\W", "_", relative.removesuffix(".py")) + ".py", text, origin)


PAGE_SCRIPTS = [script for page in PAGES if (script := page_script(page)) is not None]
FILE_SCRIPTS = [file_script(path) for path in SCRIPTS]


@functools.cache
def checked_folder(kind: str) -> Path:
    """A folder outside the checkout holding the scripts of ``kind`` ("pages" or "files"), set up for strict."""
    import tempfile  # noqa: PLC0415

    folder = Path(tempfile.mkdtemp(prefix=f"crmtasks-user-{kind}-"))
    config: dict[str, object] = {"typeCheckingMode": "strict", "pythonVersion": "3.11"}
    if kind == "pages":
        config["reportDuplicateImport"] = False
    (folder / "pyrightconfig.json").write_text(json.dumps(config))
    for script in PAGE_SCRIPTS if kind == "pages" else FILE_SCRIPTS:
        (folder / script.name).write_text(script.text)
    return folder


def run(command: list[str], folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=folder, capture_output=True, text=True, check=False, timeout=900)


def located(output: str, scripts: list[Script]) -> list[str]:
    """The errors of a checker's output, each at the page or file line it came from."""
    by_name = {script.name: script for script in scripts}
    found: list[str] = []
    for match in ERROR.finditer(output):
        script = by_name.get(Path(match["file"]).name)
        place = script.where(int(match["line"])) if script else match["file"]
        found.append(f"{place}: {match['message']}")
    return found


@pytest.mark.parametrize("kind", ["pages", "files"])
def test_mypy_strict_accepts_what_users_copy_and_write(kind: str) -> None:
    scripts = PAGE_SCRIPTS if kind == "pages" else FILE_SCRIPTS
    folder = checked_folder(kind)
    allowance = ["--allow-redefinition"] if kind == "pages" else []
    command = [sys.executable, "-m", "mypy", "--strict", *allowance, "--no-incremental", "."]
    result = run(command, folder)
    errors = located(result.stdout, scripts)
    assert errors == [] and result.returncode == 0, "\n".join(errors) or result.stdout + result.stderr


@pytest.mark.parametrize("kind", ["pages", "files"])
def test_pyright_strict_accepts_what_users_copy_and_write(kind: str) -> None:
    scripts = PAGE_SCRIPTS if kind == "pages" else FILE_SCRIPTS
    folder = checked_folder(kind)
    result = run([*pyright_command("pyright"), "--pythonpath", sys.executable, "--project", str(folder)], folder)
    errors = located(result.stdout, scripts)
    assert errors == [] and result.returncode == 0, "\n".join(errors) or result.stdout + result.stderr


def test_what_users_copy_has_no_casts_and_no_ignores() -> None:
    for script in PAGE_SCRIPTS + FILE_SCRIPTS:
        for number, line in enumerate(script.text.splitlines(), start=1):
            assert not ESCAPES.search(line), f"{script.where(number)}: {line.strip()}"


def test_every_page_with_examples_and_every_user_idiom_is_checked() -> None:
    names = {script.name for script in FILE_SCRIPTS}
    assert {"examples_demo.py"} <= names
    idioms = {name for name in names if name.startswith("tests_typing_user_")}
    assert len(idioms) >= 5, idioms  # ids, HubSpot tasks, properties, ySuite dates, optional fields
    assert any(script.name == "page_README.py" for script in PAGE_SCRIPTS)
    blocks = sum(len(python_blocks(page)) for page in PAGES)
    assert blocks >= 40  # the README's and the docs' examples, not a few of them
