"""Helpers shared by the tests: paths to the specs and to the optional ../shared/ sources."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
SHARED = ROOT.parent / "shared"


def load_spec(name: str) -> dict[str, Any]:
    """Load ``specs/<name>.yaml``."""
    spec: dict[str, Any] = yaml.safe_load((SPECS / f"{name}.yaml").read_text())
    return spec


def shared_file(relative: str) -> Path:
    """Return a file of ../shared/, or skip the test when this checkout has none."""
    path = SHARED / relative
    if not path.is_file():
        pytest.skip(
            f"{path} is not here: the vendor sources live beside the checkout only on developer and CI machines"
        )
    return path
