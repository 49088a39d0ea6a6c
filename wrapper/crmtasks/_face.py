"""How a public per-API module (``crmtasks.keap``...) serves what its generated package defines.

The module names the client classes and models its users import; they are
the generated package's own, looked up on first use, so importing the module
(or ``crmtasks``) loads no generated code until a name is asked for.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

__all__ = ["served"]


def served(package: str, module: str, clients: tuple[str, ...]) -> Callable[[str], Any]:
    """A module ``__getattr__`` serving ``clients`` from ``<package>.clients`` and any other name from its models."""

    def __getattr__(name: str) -> Any:  # noqa: N807 - it is installed as a module's __getattr__
        if name.startswith("__"):  # the import system probes __path__ and friends; never load models for that
            raise AttributeError(name)
        source = importlib.import_module(f"{package}.clients" if name in clients else f"{package}.models")
        try:
            return getattr(source, name)
        except AttributeError:
            raise AttributeError(f"module {module!r} has no attribute {name!r}") from None

    return __getattr__
