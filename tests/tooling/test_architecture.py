"""The direction of the layers: the runtime never imports a generated package; generated code imports one facade.

spec -> generator -> generated client -> wrapper -> user. The runtime is the
hand-written modules ``crmtasks/_*.py``; above it sit the face (``crmtasks``,
``crmtasks.<key>``, ``crmtasks._face``, ``crmtasks._registry``: the public
names, which serve the generated classes) and the two applications (the CLI,
the sandbox). An API's hooks module (the spec's ``x-client`` ``hooks``) is
runtime too, and may name its generated models for type checkers only.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from ..helpers import ROOT

WRAPPER = ROOT / "wrapper" / "crmtasks"
GENERATED = ROOT / "generated"
FACE = {"__init__", "_face", "_registry", "__main__"}
SPECS = {path.stem: yaml.safe_load(path.read_text()) for path in sorted((ROOT / "specs").glob("*.yaml"))}
HOOKS = {spec["x-client"]["hooks"] for spec in SPECS.values() if "hooks" in spec["x-client"]}
RUNTIME = sorted(
    f"crmtasks.{path.stem}"
    for path in WRAPPER.glob("*.py")
    if path.stem not in FACE and path.stem not in SPECS  # crmtasks.keap and its siblings are the face
)


def _imports(path: Path) -> list[tuple[str, bool]]:
    """Every module a file imports (``from x import y`` gives ``x`` and ``x.y``), and whether only for type checkers."""
    tree = ast.parse(path.read_text())
    typing_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            typing_only.update(id(inner) for child in node.body for inner in ast.walk(child))
    found: list[tuple[str, bool]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, id(node) in typing_only) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module is not None:
            found.append((node.module, id(node) in typing_only))
            found += [(f"{node.module}.{alias.name}", id(node) in typing_only) for alias in node.names]
    return found


def test_the_runtime_is_what_the_face_and_the_hooks_are_not() -> None:
    assert "crmtasks._core" in RUNTIME and "crmtasks._apollo" in RUNTIME
    assert "crmtasks.keap" not in RUNTIME and "crmtasks._registry" not in RUNTIME
    assert {"crmtasks._apollo"} == HOOKS


@pytest.mark.parametrize("module", RUNTIME)
def test_no_runtime_module_names_a_generated_package(module: str) -> None:
    path = WRAPPER / f"{module.removeprefix('crmtasks.')}.py"
    for imported, typing_only in _imports(path):
        if imported.startswith("crmtasks_"):
            assert module in HOOKS and typing_only, f"{module} imports {imported}"
    assert 'import_module(f"crmtasks_' not in path.read_text()


def test_importing_the_whole_runtime_loads_no_generated_package() -> None:
    script = (
        "import importlib, sys\n"
        f"for name in {RUNTIME!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('crmtasks_')))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_generated_code_imports_the_runtime_only_through_its_facade() -> None:
    seen: set[str] = set()
    for path in sorted(GENERATED.rglob("*.py")):
        for imported, _ in _imports(path):
            if imported == "crmtasks" or imported.startswith("crmtasks."):
                seen.add(imported)
    allowed = {"crmtasks._facade", "crmtasks"} | HOOKS
    assert {name for name in seen if not name.startswith("crmtasks._facade.")} <= allowed
    assert "crmtasks._facade" in seen


def test_the_facade_serves_every_name_it_declares() -> None:
    import crmtasks._facade as facade  # noqa: PLC0415 - after the subprocess checks, in this process

    for name in facade.__all__:
        assert getattr(facade, name) is not None, name
