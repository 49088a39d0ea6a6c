"""Every crmtasks workflow: ``nox -l`` lists them, ``nox -s NAME`` runs one."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
PYTHONS = ["3.11", "3.12", "3.13"]
GENERATOR_REQUIREMENTS = "generator/requirements.txt"
TYPECHECK_TOOLS = ["mypy==2.4.1", "pytest==9.2.0", "orjson==3.13.0"]
LINT_TOOLS = ["ruff==0.17.6", "openapi-spec-validator==0.9.0"]
SCHEMATHESIS = "schemathesis==4.32.5"
# A spec is what registers an API here (the noxfile cannot import crmtasks and its registry).
APIS = sorted(spec.stem for spec in (ROOT / "specs").glob("*.yaml"))
# One package per spec, and crmtasks_common: the modules they all share (generator/generate.py).
GENERATED_PACKAGES = [*(f"crmtasks_{api}" for api in APIS), "crmtasks_common"]


def _expose_pyenv_interpreters() -> None:
    """Put pyenv's 3.11-3.13 on PATH: its shims only answer for the global version."""
    versions = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    for python in PYTHONS:
        try:
            if subprocess.run([f"python{python}", "--version"], capture_output=True, check=False).returncode == 0:
                continue
        except OSError:
            pass
        for candidate in sorted(versions.glob(f"{python}.*/bin"), reverse=True):
            os.environ["PATH"] = f"{candidate}{os.pathsep}{os.environ['PATH']}"
            break


_expose_pyenv_interpreters()
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = [
    "tests",
    "lint",
    "typecheck",
    "check_generated",
    "check_templates",
    "package",
    "conformance",
    "prism",
    "demo",
    "docs",
]
nox.options.reuse_existing_virtualenvs = True


def _npm_ci(session: nox.Session) -> None:
    """Install the pinned node tools of package-lock.json once per checkout."""
    if not (ROOT / "node_modules" / ".package-lock.json").exists():
        session.run("npm", "ci", "--no-audit", "--no-fund", external=True)


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Run the test suite (pytest) against the installed package."""
    session.install(".[test]")
    # tests/e2e/test_prism.py needs the Prism servers that 'nox -s prism' starts, and runs there.
    session.run("pytest", "--ignore=tests/e2e/test_prism.py", *session.posargs)


@nox.session(python="3.11")
def lint(session: nox.Session) -> None:
    """ruff on the hand-written code; openapi-spec-validator and Spectral on specs/."""
    session.install(*LINT_TOOLS)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    specs = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "specs").glob("*.yaml"))
    session.run("openapi-spec-validator", *specs)
    _npm_ci(session)
    session.run("npx", "--no-install", "spectral", "lint", "--fail-severity=hint", *specs, external=True)


@nox.session(python="3.11")
def typecheck(session: nox.Session) -> None:
    """mypy --strict and pyright over wrapper/, generated/ and examples/ (code that uses them)."""
    session.install(".", *TYPECHECK_TOOLS)
    session.run("mypy", "--strict", "wrapper/crmtasks", *(f"generated/{p}" for p in GENERATED_PACKAGES))
    session.run("mypy", "--strict", "examples")
    _npm_ci(session)
    python = Path(session.bin) / "python"
    session.run(
        "npx",
        "--no-install",
        "pyright",
        "--pythonpath",
        str(python),
        "wrapper/crmtasks",
        "generated",
        "examples",
        external=True,
    )


SEAM = "wrapper/crmtasks/_seam.py"


def _generate(session: nox.Session, out: Path, seam: Path) -> None:
    session.install("-r", GENERATOR_REQUIREMENTS)
    session.run("python", "generator/generate.py", "--out", str(out), "--seam", str(seam))


@nox.session(python="3.11")
def generate(session: nox.Session) -> None:
    """Regenerate generated/ (and the seam types, wrapper/crmtasks/_seam.py) from specs/ with the pinned generator."""
    _generate(session, ROOT / "generated", ROOT / SEAM)


@nox.session(python="3.11")
def check_generated(session: nox.Session) -> None:
    """Fail with a diff when generated/ or the seam types are not what specs/ and the seam schema generate."""
    with tempfile.TemporaryDirectory(prefix="crmtasks-check-") as tmp:
        fresh, seam = Path(tmp) / "generated", Path(tmp) / "_seam.py"
        _generate(session, fresh, seam)
        for ours, theirs in (("generated", fresh), (SEAM, seam)):
            diff = subprocess.run(
                ["diff", "-ruN", ours, str(theirs)], cwd=ROOT, capture_output=True, text=True, check=False
            )
            if diff.returncode != 0:
                session.error(
                    f"{ours} differs from what the generator writes; run 'nox -s generate' and commit.\n{diff.stdout}"
                )
    session.log("generated/ and the seam types match specs/ and generator/seam.schema.json")


@nox.session(python="3.11")
def check_templates(session: nox.Session) -> None:
    """Fail when a template of ours differs from the pinned upstream one outside its marked blocks."""
    session.install("-r", GENERATOR_REQUIREMENTS)
    session.run("python", "generator/check_templates.py")


DIST = ROOT / "dist"
PACKAGE_TOOLS = ["build==1.6.1", "twine==7.0.0"]
# What the sdist must hold for the wheel to build from it (README.md is the long description, LICENSE the license
# file), and what it ships beside: the specs the generated packages were built from, and the changelog.
SDIST_REQUIRED = ["pyproject.toml", "README.md", "CHANGELOG.md", "LICENSE", *(f"specs/{api}.yaml" for api in APIS)]


@nox.session(python="3.11")
def package(session: nox.Session) -> None:
    """Build the sdist and wheel into dist/, check them (contents, twine check), install the wheel alone, import it.

    ``pip install dist/crmtasks-<version>-py3-none-any.whl`` then installs what it built.
    """
    session.install(*PACKAGE_TOOLS)
    DIST.mkdir(exist_ok=True)
    for old in [*DIST.glob("crmtasks-*.whl"), *DIST.glob("crmtasks-*.tar.gz")]:
        old.unlink()
    # The wheel is built from the sdist (build's default), so a file the sdist lacks fails the build here.
    session.run("python", "-m", "build", "--outdir", str(DIST), "--installer", "uv")
    (sdist,) = DIST.glob("crmtasks-*.tar.gz")
    (wheel,) = DIST.glob("crmtasks-*.whl")
    session.run("twine", "check", "--strict", str(sdist), str(wheel))
    with tarfile.open(sdist) as archive:
        top = sdist.name.removesuffix(".tar.gz")
        in_sdist = {name.removeprefix(f"{top}/") for name in archive.getnames()}
    for required in SDIST_REQUIRED:
        if required not in in_sdist:
            session.error(f"{sdist.name} lacks {required}")
    names = zipfile.ZipFile(wheel).namelist()
    for package_name in ["crmtasks", *GENERATED_PACKAGES]:
        for required in ("__init__.py", "py.typed"):
            if f"{package_name}/{required}" not in names:
                session.error(f"{wheel.name} lacks {package_name}/{required}")
    if not any(name.endswith(".dist-info/licenses/LICENSE") for name in names):
        session.error(f"{wheel.name} lacks its LICENSE")
    with tempfile.TemporaryDirectory(prefix="crmtasks-dist-") as tmp:
        venv = Path(tmp) / "venv"
        session.run("uv", "venv", "--quiet", "--python", session.python, str(venv), external=True)
        python = venv / "bin" / "python"
        session.run("uv", "pip", "install", "--quiet", "--python", str(python), str(wheel), external=True)
        imports = "; ".join(f"import {p}" for p in ["crmtasks", *GENERATED_PACKAGES])
        check = "from importlib.metadata import version; assert crmtasks.__version__ == version('crmtasks')"
        session.run(str(python), "-c", f"{imports}; {check}; print('installed wheel imports fine')", external=True)
    session.log(f"dist/{sdist.name}: {len(in_sdist)} files; dist/{wheel.name}: {len(names)} files")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextlib.contextmanager
def _processes(session: nox.Session, commands: list[list[str]], ready: str) -> Iterator[list[str]]:
    """Start servers; yield the first output line of each (which names its URL) once all print ``ready``."""
    # Each in its own process group: npx starts node as a child, and both must stop.
    procs = [
        subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
        for cmd in commands
    ]
    try:
        lines: list[str] = []
        for proc, cmd in zip(procs, commands, strict=True):
            assert proc.stdout is not None
            deadline = time.monotonic() + 60
            line = ""
            while ready not in line:
                line = proc.stdout.readline()
                if not line or time.monotonic() > deadline:
                    session.error(f"{' '.join(cmd)} did not start")
            lines.append(line.strip())
        yield lines
    finally:
        for proc in procs:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in procs:
            proc.wait(timeout=10)


@contextlib.contextmanager
def _sandbox(session: nox.Session, *args: str) -> Iterator[str]:
    python = str(Path(session.bin) / "python")
    cmd = [python, "-m", "crmtasks.sandbox", "--port", "0", *args]
    with _processes(session, [cmd], "listening on") as (line,):
        yield line.rsplit(" ", 1)[-1]


@nox.session(python="3.11")
def conformance(session: nox.Session) -> None:
    """Schemathesis against the served sandbox, one run per spec, with a bounded number of examples."""
    session.install(".", SCHEMATHESIS)
    examples = session.posargs[0] if session.posargs else "15"
    listing = (
        "import json; from crmtasks.sandbox import Sandbox; print(json.dumps({a: Sandbox.auth_headers(a) for a in %r}))"
    )
    headers = json.loads(str(session.run("python", "-c", listing % APIS, silent=True)))
    with _sandbox(session, "--seed", "20") as url:
        for api in APIS:
            session.run(
                "schemathesis", "run", f"specs/{api}.yaml", "--url", f"{url}/{api}",
                *(arg for name, value in headers[api].items() for arg in ("-H", f"{name}: {value}")),
                "--max-examples", examples, "--seed", "1", "--workers", "1",
                # One worker: hypothesis parses lambdas with ast.parse, which is not thread-safe on
                # CPython 3.11 ("AST constructor recursion depth mismatch" seen with two workers).
                "--checks", "all",
                # The vendors answer some schema-valid requests with business errors (ySuite: 400 for an
                # unknown id), which this check would flag; every other check stays on.
                "--exclude-checks", "positive_data_acceptance",
                "--generation-database", "none", "--no-color", "--report-dir", str(Path(session.create_tmp()) / "st"),
            )  # fmt: skip


@nox.session(python="3.11")
def prism(session: nox.Session) -> None:
    """The client test suite's Prism part: Stoplight Prism mocks each spec and checks our requests."""
    session.install(".[test]")
    _npm_ci(session)
    ports = {api: _free_port() for api in APIS}
    commands = [
        ["npx", "--no-install", "prism", "mock", f"specs/{api}.yaml", "-h", "127.0.0.1", "-p", str(port)]
        for api, port in ports.items()
    ]
    with _processes(session, commands, "Prism is listening"):
        env = {f"CRMTASKS_PRISM_{api.upper()}": f"http://127.0.0.1:{port}" for api, port in ports.items()}
        session.run("pytest", "tests/e2e/test_prism.py", env=env)


@nox.session(python="3.11")
def demo(session: nox.Session) -> None:
    """Start the sandbox, run examples/demo.py through the wrapper for every API, stop the sandbox.

    ``nox -s demo -- --live`` runs the same script against the real APIs instead (credentials from the
    environment; read-only unless --write is given too).
    """
    session.install(".")
    if "--live" in session.posargs:
        session.run("python", "examples/demo.py", *session.posargs)
        return
    with _sandbox(session, "--seed", "60") as url:
        session.run("python", "examples/demo.py", "--sandbox", url, *session.posargs)


@nox.session(python="3.11")
def docs(session: nox.Session) -> None:
    """Build the documentation site (mkdocs.yml, docs/) into site/, failing on any warning."""
    session.install(".[docs]")
    session.run("mkdocs", "build", "--strict", "--site-dir", "site", env={"NO_MKDOCS_2_WARNING": "1"})


@nox.session(python="3.11")
def bench(session: nox.Session) -> None:
    """Benchmarks, not tests: ratios against baselines of the same run; ``-- --help`` lists the sizes."""
    session.install(".[fast]", "keap-core-v2-sdk==2.0.26", "-r", GENERATOR_REQUIREMENTS)
    session.run("python", "bench/bench.py", *session.posargs)
