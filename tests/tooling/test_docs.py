"""The documentation site's promises, checked: its examples run, its tables and trees match the code.

Every ```python block on every page of docs/ runs here, against the in-process sandbox, the way
tests/tooling/test_readme.py runs the README's: the blocks of one page in order, in one namespace, with a fresh
sandbox per page and every warning an error. A block that cannot run here (it needs a real account,
or shows a file of your own project) says so on the line before its fence::

    <!-- not-run: why it cannot run here -->

and is still compiled. The error guide's exception tree is the one this file draws from the classes,
and every test the reliability table names exists.
"""

from __future__ import annotations

import ast
import inspect
import re
import subprocess
import sys
import textwrap
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import crmtasks
from crmtasks._registry import REGISTRY
from crmtasks.sandbox import Sandbox

from ..helpers import ROOT, use_sandbox

DOCS = ROOT / "docs"
PAGES = sorted(DOCS.rglob("*.md"))

# A fenced block: its indentation, its info string and its code, up to the closing fence at that indentation.
FENCE = re.compile(r"^(?P<indent>[ \t]*)```(?P<info>[^\n`]*)\n(?P<code>.*?)^(?P=indent)```[ \t]*$", re.M | re.S)
NOT_RUN = re.compile(r"<!--\s*not-run:\s*(?P<reason>\S.*?)\s*-->\s*\Z", re.S)
PYTHON_NAMES = {"py", "py3", "python", "python3", "pycon", "ipython"}


@dataclass(frozen=True)
class Block:
    """One fenced code block of a page."""

    page: Path
    line: int
    language: str
    code: str
    not_run: str | None  # the reason, when the block is marked not to run

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def blocks(page: Path) -> list[Block]:
    text = page.read_text()
    found: list[Block] = []
    for match in FENCE.finditer(text):
        info = match["info"].strip()
        language = info.split(maxsplit=1)[0] if info else ""
        before = text[: match.start()]
        marker = NOT_RUN.search(before)
        found.append(
            Block(
                page=page,
                line=before.count("\n") + 1,
                language=language,
                code=textwrap.dedent(match["code"]),
                not_run=marker["reason"] if marker else None,
            )
        )
    return found


def python_blocks(page: Path) -> list[Block]:
    return [block for block in blocks(page) if block.language == "python"]


def runnable(page: Path) -> list[Block]:
    return [block for block in python_blocks(page) if block.not_run is None]


def page_id(page: Path) -> str:
    return str(page.relative_to(DOCS))


def test_the_site_has_pages_and_every_api_a_page_with_examples() -> None:
    assert (DOCS / "index.md").is_file()
    for api in REGISTRY:
        page = DOCS / f"{api.key}.md"
        code = "\n".join(block.code for block in runnable(page))
        for needle in (".tasks.list(" if api.key != "apollo" else ".tasks.search(", ".tasks.get(", ".tasks.create("):
            assert needle in code, f"{page_id(page)} has no runnable example of {needle}"
        assert ".tasks.create_many(" in code and "except crmtasks." in code, page_id(page)


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_python_blocks_are_python_fences_and_run_or_say_why_not(page: Path) -> None:
    for block in blocks(page):
        if block.language.lower() in PYTHON_NAMES - {"python"}:
            pytest.fail(
                f"{block.where}: fence it as ```python (run by tests/tooling/test_docs.py), not {block.language!r}"
            )
        if block.language == "python":
            compile(block.code, block.where, "exec")  # not-run blocks too: they must at least be Python
    text = page.read_text()
    for match in re.finditer(r"<!--\s*not-run\b(?P<rest>.*?)-->", text, flags=re.S):
        assert re.match(r":\s*\S", match["rest"]), f"{page_id(page)}: say why: <!-- not-run: the reason -->"
        following = text[match.end() :].lstrip()
        assert following.startswith("```python\n"), f"{page_id(page)}: {match[0]} is not right before a python block"


@pytest.mark.parametrize("page", [page for page in PAGES if runnable(page)], ids=page_id)
def test_docs_examples_run(
    page: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sandbox = Sandbox(seed=5)
    use_sandbox(monkeypatch, sandbox, refresh_tokens=True)
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {"__name__": f"docs_{page.stem}"}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for block in runnable(page):
            exec(compile(block.code, block.where, "exec"), namespace)
        # A page's own tests (the testing guide shows some) run too, with the fixtures they ask for.
        fixtures: dict[str, Any] = {"monkeypatch": monkeypatch, "tmp_path": tmp_path}
        ran: list[str] = []
        for name, function in list(namespace.items()):
            code = getattr(function, "__code__", None)
            if name.startswith("test_") and code is not None and code.co_filename.startswith("docs/"):
                arguments = {
                    parameter: Sandbox() if parameter == "crmtasks_sandbox" else fixtures[parameter]
                    for parameter in inspect.signature(function).parameters
                }
                function(**arguments)
                ran.append(name)
    assert bool(ran) == any("def test_" in block.code for block in runnable(page)), ran
    capsys.readouterr()


# ---------------------------------------------------------------------------
# The error guide's tree of exceptions.
# ---------------------------------------------------------------------------

ERRORS_PAGE = DOCS / "guides" / "errors.md"


def public_exceptions() -> list[type[BaseException]]:
    """Every exception and warning class crmtasks exports, and those the API modules export."""
    modules: list[Any] = [crmtasks, *(__import__(f"crmtasks.{api.key}", fromlist=["_"]) for api in REGISTRY)]
    found: dict[str, type[BaseException]] = {}
    for module in modules:
        for name in module.__all__:
            value = getattr(module, name)
            if isinstance(value, type) and issubclass(value, BaseException):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return list(found.values())


def public_name(cls: type[BaseException]) -> str:
    """``crmtasks.X`` for what the package exports, ``crmtasks.<api>.X`` for an API's own."""
    name: str = cls.__name__
    if getattr(crmtasks, name, None) is cls:
        return name
    return f"{cls.__module__}.{name}".removeprefix("crmtasks.")


def exception_tree() -> str:
    """The hierarchy of ``public_exceptions()`` as a text tree; other bases (``ValueError``) in parentheses."""
    classes = public_exceptions()
    ours = set(classes)

    def parent(cls: type[BaseException]) -> type[BaseException] | None:
        return next((base for base in cls.__mro__[1:] if base in ours), None)

    def children(of: type[BaseException] | None) -> list[type[BaseException]]:
        return sorted((cls for cls in classes if parent(cls) is of), key=public_name)

    def label(cls: type[BaseException]) -> str:
        others = [base.__name__ for base in cls.__bases__ if base not in ours and base.__module__ == "builtins"]
        return public_name(cls) + (f" ({', '.join(others)})" if others else "")

    lines: list[str] = []

    def draw(cls: type[BaseException], prefix: str, last: bool, root: bool) -> None:
        lines.append(label(cls) if root else f"{prefix}{'└── ' if last else '├── '}{label(cls)}")
        below = children(cls)
        inner = "" if root else prefix + ("    " if last else "│   ")
        for index, child in enumerate(below):
            draw(child, inner, index == len(below) - 1, False)

    for root in children(None):
        draw(root, "", True, True)
    return "\n".join(lines)


def test_the_error_guide_shows_the_exception_tree_as_the_code_has_it() -> None:
    tree = exception_tree()
    text_blocks = [block.code.rstrip("\n") for block in blocks(ERRORS_PAGE) if block.language == "text"]
    assert tree in text_blocks, f"docs/guides/errors.md must show this tree in a ```text block:\n{tree}"
    for cls in public_exceptions():
        assert public_name(cls) in tree


# ---------------------------------------------------------------------------
# The reliability table: every test it names exists.
# ---------------------------------------------------------------------------

RELIABILITY_PAGE = DOCS / "reliability.md"
NODE = re.compile(r"`(tests/[\w/]+\.py)::([\w:]+)(\[[^\]`]*\])?`")


def table_rows(page: Path) -> list[list[str]]:
    """The body rows of the page's markdown tables, as cells."""
    rows: list[list[str]] = []
    for line in page.read_text().splitlines():
        if line.startswith("|") and not re.fullmatch(r"\|[\s:|-]+\|?", line):
            rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return rows[1:] if rows else rows  # the header


def defined_tests(path: Path) -> set[str]:
    """``test_x`` and ``TestClass::test_x`` names defined in a test file."""
    tree = ast.parse(path.read_text(), str(path))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test"):
            names.add(node.name)
        elif isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
            for member in node.body:
                if isinstance(member, ast.FunctionDef | ast.AsyncFunctionDef) and member.name.startswith("test"):
                    names.add(f"{node.name}::{member.name}")
    return names


def test_every_failure_mode_of_the_reliability_table_names_tests_that_exist() -> None:
    rows = table_rows(RELIABILITY_PAGE)
    assert len(rows) >= 14, "the reliability table lost rows"
    parametrized: list[str] = []
    for row in rows:
        nodes = NODE.findall(row[-1])
        assert nodes, f"reliability.md: the row {row[0]!r} names no test (`tests/file.py::test_name`)"
        for file, name, parameters in nodes:
            path = ROOT / file
            assert path.is_file(), f"reliability.md: {file} does not exist"
            assert name in defined_tests(path), f"reliability.md: {file}::{name} does not exist"
            if parameters:
                parametrized.append(f"{file}::{name}{parameters}")
    if parametrized:  # a parameter id exists only once pytest collects it
        collected = subprocess.run(
            [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *parametrized],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        for node in parametrized:
            assert node in collected.stdout.splitlines(), f"reliability.md: {node} is not collected\n{collected.stdout}"


# ---------------------------------------------------------------------------
# The retries guide's table of which operations may be repeated.
# ---------------------------------------------------------------------------


def test_the_retries_guide_says_which_operations_are_repeated_as_the_specs_do() -> None:
    text = (DOCS / "guides" / "retries.md").read_text()
    for api in REGISTRY:
        definition = api.definition
        for operation in definition.spec_data.OPERATIONS.values():
            method = operation.get("client_method")
            if method is None:  # no client method calls it
                continue
            repeated = "yes" if operation["idempotent"] else "no"
            name = f"{method['resource']}.{method['name']}"
            row = f"| {definition.name} | `{name}` | {operation['method']} | {repeated} |"
            assert row in text, f"docs/guides/retries.md lacks the row {row}"


def test_the_regeneration_guide_lists_every_extension_of_the_seam() -> None:
    from .test_seam import EXTENSIONS  # noqa: PLC0415 - the extensions tests/tooling/test_seam.py checks the specs for

    text = (DOCS / "guides" / "regenerating.md").read_text()
    for extension in EXTENSIONS:
        assert f"| `{extension}` |" in text, f"docs/guides/regenerating.md does not list {extension}"


def test_the_reference_loads_every_registered_api_package() -> None:
    """crmtasks.Keap is crmtasks_keap's class: mkdocstrings resolves it only in a package it loaded (preload)."""
    config = (ROOT / "mkdocs.yml").read_text()
    preloaded = re.search(r"preload_modules: \[([^\]]*)\]", config)
    assert preloaded is not None, "mkdocs.yml preloads no generated package"
    assert {name.strip() for name in preloaded[1].split(",")} == {api.package for api in REGISTRY}
