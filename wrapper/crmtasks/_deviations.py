"""What reading answers needs around it: each deviation reported once per process, and the GC held off.

A deviation from the spec (crmtasks._reading) is reported once per API,
operation and field as a ``ResponseValidationWarning`` pointing at the
user's line, and as a debug log line; what it shows is masked, so a
credential a server echoes never reaches either.
"""

from __future__ import annotations

import gc
import inspect
import logging
import threading
import warnings

from . import _reading
from ._exceptions import ResponseValidationWarning
from ._redact import mask

__all__ = ["cyclic_gc_paused", "report_once"]

logger = logging.getLogger("crmtasks")


# (API, operation, field) of every deviation reported so far: each is reported once per process.
_REPORTED: set[tuple[str, str, str]] = set()
_REPORTED_LOCK = threading.Lock()


def report_once(api: str, operation: str, deviation: _reading.Deviation, secrets: tuple[str, ...]) -> None:
    key = (api, operation, deviation.where)
    with _REPORTED_LOCK:
        if key in _REPORTED:
            return
        _REPORTED.add(key)
    # The value shown may be a credential the server echoed: never in a warning or a log line.
    message = mask(f"{api} {operation}: the answer deviates from the spec: {deviation}", secrets)
    logger.debug("%s", message)
    warnings.warn(message, ResponseValidationWarning, stacklevel=_caller_outside_crmtasks())


def _caller_outside_crmtasks() -> int:
    """The ``stacklevel`` that points a warning at the user's line, past every crmtasks frame."""
    level, frame = 0, inspect.currentframe()
    while frame is not None and str(frame.f_globals.get("__name__", "")).startswith("crmtasks"):
        frame, level = frame.f_back, level + 1
    return level


class _CyclicGCPause:
    """Holds the cyclic garbage collector off while answers are read.

    Reading a page allocates thousands of containers (decoded JSON, models),
    which trigger collections that find nothing: an answer's objects form no
    cycles and are freed by reference counting. In a process with a large
    heap those collections cost a good part of reading a large page. Nested
    and concurrent reads (prefetch threads) share one pause; the collector is
    switched back on when the last read ends, and only if it was on when the
    first began.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._readers = 0
        self._was_enabled = False

    def __enter__(self) -> None:
        with self._lock:
            self._readers += 1
            if self._readers == 1:
                self._was_enabled = gc.isenabled()
                gc.disable()

    def __exit__(self, *_: object) -> None:
        with self._lock:
            self._readers -= 1
            if self._readers == 0 and self._was_enabled:
                gc.enable()


cyclic_gc_paused = _CyclicGCPause()
