"""Versions: the package's own, and the spec each generated package was built from.

``crmtasks.__version__`` is the one place the version is written (hatchling reads it for the distribution's
metadata), so the installed metadata must agree with it. Each generated package records its spec's
``info.version`` and the SHA-256 of the spec file's bytes: a spec edited without regenerating fails here.
"""

from __future__ import annotations

import hashlib
import importlib
import re
from importlib.metadata import version

import pytest

import crmtasks
from crmtasks._registry import REGISTRY

from ..helpers import APIS, ROOT, SPECS, load_spec


def test_version_is_the_installed_distributions() -> None:
    assert crmtasks.__version__ == version("crmtasks"), "reinstall crmtasks (pip install -e .) after a version change"
    assert "__version__" in crmtasks.__all__


def test_version_is_semver_and_in_the_changelog() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", crmtasks.__version__)
    changelog = (ROOT / "CHANGELOG.md").read_text()
    assert re.search(rf"^## \[{re.escape(crmtasks.__version__)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", changelog, re.MULTILINE)
    assert "## [Unreleased]" in changelog


@pytest.mark.parametrize("api", APIS)
def test_generated_package_records_the_spec_it_was_built_from(api: str) -> None:
    spec_data = importlib.import_module(f"crmtasks_{api}.spec_data")
    committed = hashlib.sha256((SPECS / f"{api}.yaml").read_bytes()).hexdigest()
    assert committed == spec_data.SPEC_SHA256, (
        f"specs/{api}.yaml changed since generated/crmtasks_{api} was generated; run 'nox -s generate' and commit"
    )
    assert str(load_spec(api)["info"]["version"]) == spec_data.SPEC_VERSION


def test_spec_versions_names_every_registered_api() -> None:
    versions = crmtasks.spec_versions()
    assert list(versions) == [api.key for api in REGISTRY]
    for key, spec in versions.items():
        spec_data = importlib.import_module(f"crmtasks_{key}.spec_data")
        assert isinstance(spec, crmtasks.SpecVersion)
        assert (spec.version, spec.sha256) == (spec_data.SPEC_VERSION, spec_data.SPEC_SHA256)
        assert re.fullmatch(r"[0-9a-f]{64}", spec.sha256)
