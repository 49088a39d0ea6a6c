"""``x-envelope``: answers that come wrapped, success or failure (ySuite's ``{success, message, data}``).

The spec's ``x-envelope`` names the success flag, the member holding the
data and the schema of an error answer. A wrapped answer is opened here: a
false flag is an error answer even under a 200, and raises as one; a missing
or unreadable flag makes the answer unusable; otherwise a method returns
what is inside (``data``).
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any

import httpx

from ._exceptions import APIResponseValidationError, APIStatusError

if TYPE_CHECKING:
    from ._seam import XEnvelope

__all__ = ["check_envelope"]


def check_envelope(
    envelope: XEnvelope,
    parsed: Any,
    where: str,
    response: httpx.Response,
    models: ModuleType,
    refused: Callable[[httpx.Response, Any], APIStatusError],
) -> None:
    """Raise unless the parsed answer's success flag is true: ``refused(response, error body)`` for a false one."""
    success = getattr(parsed, envelope["success"], None)
    if success is False:
        raise refused(response, _error_body(getattr(models, envelope["error_schema"]), response))
    if success is not True:
        raise APIResponseValidationError(
            f"{where}: the answer's envelope has no {envelope['success']!r} flag (got {success!r})",
            response=response,
        )


def _error_body(model: Any, response: httpx.Response) -> Any:
    """The error envelope read as its model, or None when it cannot be (the message then comes from the JSON)."""
    try:
        return model.from_dict(response.json())
    except Exception:
        return None
