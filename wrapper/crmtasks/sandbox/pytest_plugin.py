"""pytest plugin (registered by the crmtasks package): the ``crmtasks_sandbox`` fixture."""

from __future__ import annotations

import pytest

from . import Sandbox


@pytest.fixture
def crmtasks_sandbox() -> Sandbox:
    """A fresh, empty in-process Sandbox for each test; ``.keap()``, ``.apollo()``, ``.ysuite()`` give clients."""
    return Sandbox()
