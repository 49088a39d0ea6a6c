"""``CRMTASKS_LOG``: turn on the ``crmtasks`` logger without code (``debug`` or ``info``, to standard error)."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

__all__ = ["configure_from_environment"]

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}
_FORMAT = "%(asctime)s %(name)s %(levelname)s %(message)s"


class _EnvironmentHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler CRMTASKS_LOG adds; marked so that configuring twice adds it once."""


def configure_from_environment(environ: Mapping[str, str] = os.environ) -> int | None:
    """Set the ``crmtasks`` logger's level from ``CRMTASKS_LOG`` and log to stderr; the level set, or None.

    Unset or empty: nothing changes (the application's logging setup rules). An
    unknown value is ignored, with a warning on the logger itself.
    """
    value = environ.get("CRMTASKS_LOG", "").strip().lower()
    if not value:
        return None
    logger = logging.getLogger("crmtasks")
    level = _LEVELS.get(value)
    if level is None:
        logger.warning("CRMTASKS_LOG=%r is not one of %s; ignored", value, ", ".join(_LEVELS))
        return None
    logger.setLevel(level)
    if not any(isinstance(handler, _EnvironmentHandler) for handler in logger.handlers):
        handler = _EnvironmentHandler()
        handler.setFormatter(logging.Formatter(_FORMAT))
        logger.addHandler(handler)
    return level
