"""How the ``crmtasks`` command shows tasks: table, JSON or CSV, and a progress line for long listings.

A task is shown from its generated model: ``to_dict()`` is its JSON object (undeclared members included),
so JSON and CSV carry exactly what the API answered, as the clients read it. Only the table picks: a few
columns chosen by what their names say (an id, a title, a status, a due time...), the same way for every
API, so that a new API gets a readable table without a line here.
"""

from __future__ import annotations

import csv
import json
import time
from collections.abc import Iterable
from enum import Enum
from types import TracebackType
from typing import Any, TextIO, cast

__all__ = ["FORMATS", "Progress", "choose_format", "record", "write_csv", "write_json", "write_one", "write_table"]

FORMATS = ("table", "json", "csv")

TABLE_WIDTH = 120
"""The most characters a table row takes (cells are cut to fit, with an ellipsis)."""
_GAP = "  "
_NARROWEST = 6

# Columns the table prefers, in order: each group gives the first column whose name holds one of its words
# (the words tried in order, so Apollo's ``status`` wins over its ``completed_at``). Matching whole words of
# the names, across APIs: Keap's ``due_time``, Apollo's ``due_at``, HubSpot's ``hs_task_subject``...
_PREFERRED: tuple[tuple[str, ...], ...] = (
    ("title", "subject", "note", "body", "description", "name"),
    ("status", "completed", "state"),
    ("due", "timestamp", "end"),
    ("priority",),
    ("type",),
)
_WIDEST = {0: 50}  # the title group may take more room than the others (by position in _PREFERRED)
_CELL = 40


def choose_format(requested: str | None, stdout: TextIO) -> str:
    """``requested``, else a table for a person at a terminal and JSON for a program reading a pipe."""
    if requested is not None:
        return requested
    return "table" if _isatty(stdout) else "json"


def record(task: Any) -> dict[str, Any]:
    """A task as its JSON object: the generated model's ``to_dict()``, which keeps undeclared members."""
    data: dict[str, Any] = task.to_dict()
    return data


def write_json(tasks: Iterable[Any], out: TextIO) -> int:
    """A JSON array of the tasks, one task per line, written as they arrive; the number written.

    One compact task per line keeps a long listing greppable and lets ``head`` cut it early, while the
    whole output stays one JSON document (``jq '.[]'``, ``json.load``).
    """
    count = 0
    for task in tasks:
        # "[" only with the first task: a listing that fails at its first request writes nothing at all.
        out.write(",\n" if count else "[\n")
        out.write(json.dumps(record(task), ensure_ascii=False, default=str))
        count += 1
    out.write("\n]\n" if count else "[]\n")
    return count


def write_csv(tasks: Iterable[Any], out: TextIO) -> int:
    """A header and one row per task; nested values (objects, lists) as JSON text. The number of rows.

    The columns are every top-level member any task has, in the order first seen, so all rows are read first.
    """
    rows = [record(task) for task in tasks]
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(_csv_cell(row.get(column)) for column in columns)
    return len(rows)


def write_table(tasks: Iterable[Any], out: TextIO) -> int:
    """Aligned columns of a few telling fields per task, at most TABLE_WIDTH wide. The number of rows."""
    rows = [_flat(task) for task in tasks]
    if not rows:
        out.write("(no tasks)\n")
        return 0
    columns = _table_columns(rows)
    headers = _headers(columns)
    cells = [[_text(row.get(column)) for column in columns] for row in rows]
    widths = _fit(
        [max(len(headers[i]), *(len(line[i]) for line in cells)) for i in range(len(columns))],
        [_WIDEST.get(i - 1, _CELL) if i else _CELL for i in range(len(columns))],
    )
    for line in [headers, ["-" * width for width in widths], *cells]:
        out.write(_GAP.join(_cut(cell, width).ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())
        out.write("\n")
    return len(rows)


def write_one(task: Any, output: str, out: TextIO) -> None:
    """One task: an indented JSON object, a one-row CSV, or (table) one ``field  value`` line per field."""
    if output == "json":
        out.write(json.dumps(record(task), ensure_ascii=False, indent=2, default=str) + "\n")
    elif output == "csv":
        write_csv([task], out)
    else:
        flat = _flat(task)
        width = max(len(name) for name in flat) if flat else 0
        for name, value in flat.items():
            out.write(f"{name.ljust(width)}{_GAP}{_text(value, TABLE_WIDTH - width - len(_GAP))}".rstrip() + "\n")


class Progress:
    """``fetched 300 tasks…`` on stderr, rewritten in place, only when stderr is a terminal; erased at the end.

    Updated at most ten times a second, so a fast listing does not spend its time drawing.
    """

    def __init__(self, stderr: TextIO, what: str = "tasks") -> None:
        self._stderr = stderr
        self._what = what
        self._shown = _isatty(stderr)
        self._drawn = 0
        self._last = 0.0

    def update(self, count: int, total: int | None = None) -> None:
        """Show ``count`` (of ``total``, when the API says) fetched so far."""
        now = time.monotonic()
        if not self._shown or now - self._last < 0.1:
            return
        self._last = now
        of = f" of {total}" if total is not None else ""
        line = f"fetched {count}{of} {self._what}…"
        self._stderr.write("\r" + line.ljust(self._drawn))
        self._stderr.flush()
        self._drawn = len(line)

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._drawn:  # erase the line, so what follows (an error, the shell's prompt) starts clean
            self._stderr.write("\r" + " " * self._drawn + "\r")
            self._stderr.flush()


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or stand-in stream
        return False


def _csv_cell(value: object) -> object:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, bool):  # as JSON writes them, not Python's True
        return "true" if value else "false"
    return "" if value is None else value


def _flat(task: Any) -> dict[str, Any]:
    """The task's members with one level of objects spread out (``properties.hs_task_subject``).

    Enum members whose values say nothing (ySuite's ``status`` 2) are shown by name (``COMPLETED``);
    lists, and deeper objects, stay whole (shown as JSON, or left out of a table's columns).
    """
    flat: dict[str, Any] = {}
    for name, value in record(task).items():
        members = _object(value)
        if members:
            for inner, inner_value in members.items():
                flat[f"{name}.{inner}"] = inner_value
        else:
            flat[name] = _named(task, name, value)
    return flat


def _object(value: object) -> dict[str, Any] | None:
    """A JSON object's members (``to_dict()`` gives plain dicts with str keys), else None."""
    return cast("dict[str, Any]", value) if isinstance(value, dict) else None


def _named(task: Any, name: str, value: object) -> object:
    """The enum member's name for a number that stands for one (``COMPLETED`` for 2), else ``value``."""
    if isinstance(value, bool) or not isinstance(value, int):
        return value
    attribute = getattr(task, name, None)
    if attribute is None:
        attribute = getattr(task, f"{name}_", None)  # generated names dodge keywords and builtins: type_
    if isinstance(attribute, Enum) and attribute.value == value:
        return attribute.name
    return value


def _scalar(value: object) -> bool:
    return value is not None and value != "" and not isinstance(value, dict | list)


def _table_columns(rows: list[dict[str, Any]]) -> list[str]:
    """The id, then the first column of each preferred group; columns without a value in any row left out."""
    names: dict[str, None] = {}
    for row in rows:
        names.update((name, None) for name, value in row.items() if _scalar(value))
    candidates = list(names)
    chosen: list[str] = []
    ids = [name for name in candidates if _words(name)[-1:] == ["id"]]
    exact = [name for name in ids if name == "id"]
    if exact or ids:
        chosen.append((exact or ids)[0])  # ``id``, else the first ``..._id`` (ySuite's activity_id comes first)
    for group in _PREFERRED:
        found = next(
            (name for word in group for name in candidates if name not in chosen and word in _words(name)), None
        )
        if found is not None:
            chosen.append(found)
    for name in candidates:  # too few telling columns: add the first others, as the answer orders them
        if len(chosen) >= 4:
            break
        if name not in chosen:
            chosen.append(name)
    return chosen


def _words(name: str) -> list[str]:
    return name.rsplit(".", 1)[-1].lower().split("_")


def _headers(columns: list[str]) -> list[str]:
    """Each column's last name part (``hs_task_subject``), the whole dotted name where two would look alike."""
    short = [column.rsplit(".", 1)[-1] for column in columns]
    return [s if short.count(s) == 1 else column for s, column in zip(short, columns, strict=True)]


def _fit(natural: list[int], caps: list[int]) -> list[int]:
    """Column widths: each its content's, at most its cap, then the widest narrowed until the row fits."""
    widths = [min(width, cap) for width, cap in zip(natural, caps, strict=True)]
    room = TABLE_WIDTH - len(_GAP) * (len(widths) - 1)
    while sum(widths) > room:
        widest = max(range(len(widths)), key=widths.__getitem__)
        if widths[widest] <= _NARROWEST:
            break
        widths[widest] -= 1
    return widths


def _text(value: object, width: int | None = None) -> str:
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, dict | list):
        text = json.dumps(value, ensure_ascii=False, default=str)
    else:
        text = str(value)
    text = " ".join(text.split())  # a note's line breaks would break the table's lines
    return _cut(text, width) if width is not None else text


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"
