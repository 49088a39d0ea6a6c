"""The ``crmtasks`` console command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] in ("-h", "--help"):
        print("usage: crmtasks sandbox [--port PORT] [--seed N] [...]   (crmtasks sandbox --help for more)")
        sys.exit(0 if args else 2)
    if args[0] != "sandbox":
        print(f"crmtasks: unknown command {args[0]!r}; the command is 'sandbox'", file=sys.stderr)
        sys.exit(2)
    from .sandbox.__main__ import main as sandbox_main  # noqa: PLC0415 - only the sandbox needs it

    sandbox_main(args[1:])
