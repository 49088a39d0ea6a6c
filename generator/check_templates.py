"""Check that our templates differ from the pinned openapi-python-client's only inside marked blocks.

Run through nox (``nox -s check_templates``), which installs the pinned
toolchain first. A template in generator/templates/ that has an upstream
namesake may change it only between a line opening with ``{# crmtasks:``
(which says why) and a line ``{# crmtasks: end #}``; every other line must be
upstream's, in upstream's order. So after a version bump this check prints
exactly what upstream changed around our blocks, and our changes stay easy to
find. Templates without an upstream namesake (``reading_macros.jinja``) are
wholly ours and not checked.

A block that replaces or drops upstream lines is also bound to those lines:
``generator/templates/replaced.json`` records a SHA-256 of each stretch of
upstream's text our blocks replace, and the check fails when upstream's
stretches differ (a version bump changed a line one of our blocks stands in
for, so the block may now undo upstream's fix). After reviewing the change,
``python generator/check_templates.py --record`` writes the new hashes.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import sys
from importlib.resources import files
from pathlib import Path

OURS = Path(__file__).resolve().parent / "templates"
RECORD = OURS / "replaced.json"
BEGIN = "{# crmtasks:"
END = "{# crmtasks: end #}"


def marked_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines inside marked blocks, markers included."""
    inside: set[int] = set()
    start: int | None = None
    for number, line in enumerate(lines):
        text = line.strip()
        if text == END:
            if start is None:
                raise ValueError(f"line {number + 1}: an end marker without a block")
            inside.update(range(start, number + 1))
            start = None
        elif text.startswith(BEGIN):
            if start is not None:
                raise ValueError(f"line {number + 1}: a block opens inside the block of line {start + 1}")
            start = number
    if start is not None:
        raise ValueError(f"line {start + 1}: a block is never closed")
    return inside


def unmarked_changes(upstream: list[str], ours: list[str]) -> list[str]:
    """Describe every difference from upstream that is not within a marked block."""
    inside = marked_lines(ours)
    problems: list[str] = []
    matcher = difflib.SequenceMatcher(a=upstream, b=ours, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        # Lines we add or change must sit in a block; lines we drop must be dropped at a block's edge.
        added = set(range(j1, j2))
        edges = {max(j1 - 1, 0), min(j1, len(ours) - 1)}
        if (added and added <= inside) or (not added and edges & inside):
            continue
        old_text = "".join(f"    - {line}" for line in upstream[i1:i2])
        new_text = "".join(f"    + {line}" for line in ours[j1:j2])
        problems.append(
            f"  upstream lines {i1 + 1}-{i2}, ours {j1 + 1}-{j2}, outside a marked block:\n{old_text}{new_text}"
        )
    return problems


def replaced_stretches(upstream: list[str], ours: list[str]) -> dict[str, str]:
    """SHA-256 of each stretch of upstream's lines that our blocks replace or drop -> where, for a reader."""
    matcher = difflib.SequenceMatcher(a=upstream, b=ours, autojunk=False)
    found: dict[str, str] = {}
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            digest = hashlib.sha256("".join(upstream[i1:i2]).encode()).hexdigest()
            found[digest] = f"upstream lines {i1 + 1}-{i2}"
    return found


def main() -> int:
    upstream_templates = files("openapi_python_client") / "templates"
    recorded: dict[str, dict[str, str]] = json.loads(RECORD.read_text()) if RECORD.exists() else {}
    current: dict[str, dict[str, str]] = {}
    failed = False
    for template in sorted(OURS.glob("*.jinja")):
        upstream = upstream_templates / template.name
        if not upstream.is_file():
            print(f"{template.name}: ours only")
            continue
        ours_lines = template.read_text().splitlines(keepends=True)
        upstream_lines = upstream.read_text().splitlines(keepends=True)
        try:
            problems = unmarked_changes(upstream_lines, ours_lines)
        except ValueError as error:
            problems = [f"  {error}"]
        current[template.name] = replaced_stretches(upstream_lines, ours_lines)
        if "--record" not in sys.argv:
            known = recorded.get(template.name, {})
            problems += [
                f"  {where}, which a block of ours replaces, are not the recorded ones: upstream changed them, or"
                " a block now replaces other lines; review the block against them, then run with --record"
                for digest, where in current[template.name].items()
                if digest not in known
            ]
        blocks = sum(1 for line in ours_lines if line.strip().startswith(BEGIN) and line.strip() != END)
        if problems:
            failed = True
            print(f"{template.name}: {len(problems)} problem(s)")
            print("\n".join(problems))
        else:
            print(f"{template.name}: upstream's but for {blocks} marked block(s)")
    if "--record" in sys.argv:
        RECORD.write_text(json.dumps(current, indent=2, sort_keys=True) + "\n")
        print(f"recorded the upstream stretches our blocks replace in {RECORD.name}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
