"""Turn every OpenAPI document in specs/ into a client package in generated/.

Run through nox (``nox -s generate``), which installs the pinned toolchain of
generator/requirements.txt first. For each ``specs/<api>.yaml`` this writes the
package ``generated/crmtasks_<api>``:

1. The spec is loaded and prepared for openapi-python-client (see
   ``prepare_spec``); the file in specs/ is never changed.
2. openapi-python-client renders it with generator/config.yaml and the
   templates in generator/templates, then formats it with the pinned ruff.
3. A ``py.typed`` marker is added, since the package ships typed, and the
   modules of extras.py and resources.py: ``spec_data.py`` (facts the wrapper reads at
   run time, and ``SPEC_VERSION``/``SPEC_SHA256``: the spec's info.version and the
   SHA-256 of the spec file's bytes) and ``kwargs.py`` (TypedDicts of the wrapper's keyword
   arguments). They are formatted with the same hooks.

The modules openapi-python-client writes alike for every spec (``client.py``,
``errors.py``, ``types.py``) are kept once, in ``generated/crmtasks_common``;
each package's own are re-exports of them.

Once for all APIs, datamodel-code-generator turns generator/seam.schema.json
(our spec extensions, and the shape of every spec_data module) into the
TypedDicts of ``wrapper/crmtasks/_seam.py``, which type the spec_data modules
and the wrapper code that reads them.

Any warning from openapi-python-client fails the run: a skipped endpoint or
property would otherwise vanish from the client unnoticed.
"""

from __future__ import annotations

import argparse
import ast
import copy
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path
from typing import Any

import clients
import extras
import resources
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATOR = ROOT / "generator"
PACKAGE_PREFIX = "crmtasks_"


def pinned_versions() -> dict[str, str]:
    """Map each package pinned in requirements.txt to its version."""
    pins: dict[str, str] = {}
    for raw in (GENERATOR / "requirements.txt").read_text().splitlines():
        line = raw.split("#", 1)[0].strip()
        if "==" in line:
            name, _, pinned = line.partition("==")
            pins[name.strip().lower()] = pinned.strip()
    return pins


def check_toolchain() -> None:
    """Refuse to run with tool versions other than the pinned ones."""
    pins = pinned_versions()
    for tool in ("openapi-python-client", "ruff", "datamodel-code-generator"):
        installed = version(tool)
        if installed != pins[tool]:
            sys.exit(f"generator: {tool} {installed} is installed, {pins[tool]} is pinned; run 'nox -s generate'")


def _is_constraint_only(subschemas: list[Any]) -> bool:
    return all(isinstance(s, dict) and set(s) <= {"required", "description"} for s in subschemas)


def prepare_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """Return a copy of ``spec`` that openapi-python-client models faithfully.

    An ``anyOf`` whose members only list ``required`` properties (how a spec
    says "at least one of these") is dropped from the copy: it constrains
    values, adds no shape, and openapi-python-client would otherwise turn the
    whole object into an untyped ``Any``. The wrapper enforces it instead,
    reading it from the spec itself.

    A ``format: local-date-time`` (a date-time the API sends without a zone,
    as ySuite does) becomes ``date-time``, so its members read as datetimes;
    each object schema lists such members in ``x-crmtasks-zoneless``, which
    the model template reads to expect naive values there, not report them.
    """
    prepared = copy.deepcopy(spec)
    schemas = prepared.get("components", {}).get("schemas", {})

    def resolved(schema: Any) -> Any:
        """A member's schema behind a ``$ref``, or behind an ``allOf`` of one (how a member adds nullable)."""
        if isinstance(schema, dict) and len(schema.get("allOf", ())) == 1:
            schema = schema["allOf"][0]
        if isinstance(schema, dict) and "$ref" in schema:
            return schemas.get(schema["$ref"].rsplit("/", 1)[-1], {})
        return schema

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key in ("anyOf", "oneOf"):
                if key in node and _is_constraint_only(node[key]):
                    del node[key]
            members = node.get("properties")
            if isinstance(members, dict):
                zoneless = [name for name, member in members.items() if _is_local_date_time(resolved(member))]
                if zoneless:
                    node["x-crmtasks-zoneless"] = zoneless
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    def read_as_date_time(node: Any) -> None:
        if isinstance(node, dict):
            if _is_local_date_time(node):
                node["format"] = "date-time"
            for value in node.values():
                read_as_date_time(value)
        elif isinstance(node, list):
            for value in node:
                read_as_date_time(value)

    walk(prepared)
    read_as_date_time(prepared)
    return prepared


def _is_local_date_time(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "string" and schema.get("format") == "local-date-time"


def generate_one(spec_path: Path, out_dir: Path) -> Path:
    """Generate the client package for one spec into ``out_dir``."""
    package = PACKAGE_PREFIX + spec_path.stem
    target = out_dir / package
    spec_bytes = spec_path.read_bytes()  # hashed as committed (.gitattributes keeps specs/ free of EOL conversion)
    original = yaml.safe_load(spec_bytes)
    spec = prepare_spec(original)
    config = yaml.safe_load((GENERATOR / "config.yaml").read_text())
    config["package_name_override"] = package
    config["project_name_override"] = package

    with tempfile.TemporaryDirectory(prefix="crmtasks-gen-") as tmp:
        tmp_path = Path(tmp)
        prepared_path = tmp_path / f"{spec_path.stem}.json"
        prepared_path.write_text(json.dumps(spec, indent=2, sort_keys=True))
        config_path = tmp_path / "config.json"
        config_path.write_text(json.dumps(config))
        staging = tmp_path / package
        cmd = [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(prepared_path),
            "--meta",
            "none",
            "--config",
            str(config_path),
            "--custom-template-path",
            str(GENERATOR / "templates"),
            "--output-path",
            str(staging),
        ]
        result = subprocess.run(cmd, capture_output=True, text=True, check=False)
        output = (result.stdout + result.stderr).strip()
        if result.returncode != 0 or "Warning" in output or "Error" in output or not staging.is_dir():
            sys.exit(f"generator: openapi-python-client failed on {spec_path.name}:\n{output}")
        (staging / "py.typed").write_text("")
        source = f"specs/{spec_path.name}"
        # The extras read the spec as written: they need the constraints prepare_spec drops.
        sha256 = hashlib.sha256(spec_bytes).hexdigest()
        (staging / "spec_data.py").write_text(extras.spec_data_module(original, source, sha256))
        (staging / "kwargs.py").write_text(resources.kwargs_module(original, source))
        (staging / "resources.py").write_text(resources.resources_module(original, spec_path.stem, source))
        (staging / "operations.py").write_text(resources.operations_module(original, source))
        (staging / "clients.py").write_text(clients.clients_module(original, spec_path.stem, source))
        for hook in config["post_hooks"]:
            subprocess.run(hook.split(), cwd=staging, check=True, capture_output=True)
        if target.exists():
            shutil.rmtree(target)
        out_dir.mkdir(parents=True, exist_ok=True)
        shutil.copytree(staging, target)
    return target


COMMON = PACKAGE_PREFIX + "common"
# Modules openapi-python-client writes alike for every spec: generated once, in COMMON, and re-exported.
SHARED_MODULES = ("client.py", "errors.py", "types.py")


def share_identical(out_dir: Path, packages: list[Path]) -> Path:
    """Move the modules every package has byte for byte alike into one package, leaving re-exports behind.

    Refuses when they differ: a template change that made them differ must be seen, not shared away.
    """
    common = out_dir / COMMON
    if common.exists():
        shutil.rmtree(common)
    common.mkdir(parents=True)
    (common / "__init__.py").write_text(
        '"""What every generated crmtasks package shares: written once by generator/generate.py."""\n'
    )
    (common / "py.typed").write_text("")
    for name in SHARED_MODULES:
        texts = {package.name: (package / name).read_text() for package in packages}
        if len(set(texts.values())) != 1:
            sys.exit(f"generator: {name} differs between {', '.join(sorted(texts))}; it cannot be shared")
        text = next(iter(texts.values()))
        (common / name).write_text(text)
        module = name.removesuffix(".py")
        public = _public_names(text)
        shim = (
            f'"""The {module} module of every generated package, kept once in {COMMON}.{module}."""\n\n'
            f"from {COMMON}.{module} import {', '.join(public)}\n\n"
            f"__all__ = [{', '.join(json.dumps(n) for n in public)}]\n"
        )
        for package in packages:
            (package / name).write_text(shim)
    return common


def _public_names(source: str) -> list[str]:
    """A module's ``__all__``, else its top-level public classes and functions, sorted."""
    tree = ast.parse(source)
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            return sorted(ast.literal_eval(node.value))
    defined = [n.name for n in tree.body if isinstance(n, ast.ClassDef | ast.FunctionDef)]
    return sorted(name for name in defined if not name.startswith("_"))


def generate_seam(target: Path) -> None:
    """Write the TypedDicts of generator/seam.schema.json to ``target``."""
    with tempfile.TemporaryDirectory(prefix="crmtasks-seam-") as tmp:
        staging = Path(tmp) / target.name
        cmd = [
            "datamodel-codegen",
            "--input", str(GENERATOR / "seam.schema.json"),
            "--input-file-type", "jsonschema",
            "--output-model-type", "typing.TypedDict",
            "--target-python-version", "3.11",
            "--use-field-description",
            "--use-schema-description",
            "--disable-timestamp",
            # PEP 728 closed TypedDicts are not understood by mypy yet; typing_extensions is no dependency of ours.
            "--no-use-closed-typed-dict",
            "--import-overrides", json.dumps({"TypedDict": "typing"}),
            "--formatters", "builtin",
            "--custom-file-header", SEAM_HEADER,
            "--output", str(staging),
        ]  # fmt: skip
        result = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            sys.exit(f"generator: datamodel-codegen failed on seam.schema.json:\n{result.stdout}{result.stderr}")
        config = yaml.safe_load((GENERATOR / "config.yaml").read_text())
        for hook in config["post_hooks"]:
            command = [staging.name if part == "." else part for part in hook.split()]
            subprocess.run(command, cwd=tmp, check=True, capture_output=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(staging, target)


SEAM_HEADER = '''"""What the generator hands the wrapper, typed: from generator/seam.schema.json.

Generated by generator/generate.py with datamodel-code-generator; change the
schema, not this file. The X* types are our spec extensions as written in
specs/; the others are the constants of each generated package's spec_data.
"""'''


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "generated", help="folder to write the packages into")
    parser.add_argument(
        "--seam", type=Path, default=ROOT / "wrapper" / "crmtasks" / "_seam.py", help="where to write the seam types"
    )
    args = parser.parse_args(argv)
    check_toolchain()
    generate_seam(args.seam)
    specs = sorted(SPECS.glob("*.yaml"))
    if not specs:
        sys.exit("generator: no specs found in specs/")
    targets = [generate_one(spec_path, args.out) for spec_path in specs]
    for target in [*targets, share_identical(args.out, targets)]:
        print(f"generated {target.relative_to(args.out.parent) if target.is_relative_to(args.out.parent) else target}")


if __name__ == "__main__":
    main()
