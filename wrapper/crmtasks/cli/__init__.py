"""The ``crmtasks`` console command: a CRM's tasks from a shell, and the offline sandbox.

::

    crmtasks keap tasks list --filter is_completed=false --filter priority=CRITICAL --limit 20
    crmtasks ysuite tasks list --format csv > tasks.csv
    crmtasks hubspot tasks get 95036423082
    crmtasks apollo check
    crmtasks sandbox --seed 50

There is one command per API of ``crmtasks._registry``, and it drives that API's public client, built from
the environment as ``crmtasks.Keap()`` is (``--base-url`` or ``<API>_BASE_URL`` for another server). A
``--filter`` is a keyword parameter of the API's listing method, and its value is converted to the
parameter's annotated type, read from the generated method's signature: nothing here is written per API.

Exit status: 0 done; 1 a crmtasks error (refused, not found, unreachable...); 2 a usage error, an invalid
filter or missing credentials (nothing was sent); 130 interrupted; 141 output pipe closed (``| head``).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import inspect
import os
import sys
import textwrap
import typing
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from types import NoneType, UnionType
from typing import Any, Literal, TextIO

import httpx

from .._bulk import BulkResults
from .._client import _oauth_env, base_url_variable  # pyright: ignore[reportPrivateUsage] - the clients' own OAuth2 variables
from .._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    AuthenticationError,
    CRMTasksError,
    MissingCredentialsError,
    PermissionDeniedError,
    ValidationError,
)
from .._pagination import AsyncPaginator, SyncPaginator
from .._registry import REGISTRY, RegisteredApi
from .._response import APIResponse
from .._types import NotGiven
from . import _output as output

__all__ = ["main"]

RESOURCE = "tasks"
"""The resource the commands look at: ``client.tasks`` of every API."""

# Keyword parameters of a listing method that are options of the call or of the paging, not filters.
_NOT_FILTERS = frozenset(
    {"page_size", "limit", "prefetch", "on_truncation"}
    | {"timeout", "max_retries", "extra_headers", "extra_query", "extra_body"}
)

_HELP_WIDTH = 100

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what a shell reports for a C tool that wrote to a closed pipe


class UsageError(Exception):
    """A command line the API cannot take (an unknown filter, a value of the wrong type): exit 2, nothing sent."""


# -- converting strings to the types of the generated signatures ----------------------------------------------


@dataclass(frozen=True)
class Converter:
    """Turns a command-line string into a value of a parameter's type; ``describe`` says what it takes."""

    describe: str
    convert: Callable[[str], object]


def _boolean(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in ("true", "yes", "on", "1"):
        return True
    if lowered in ("false", "no", "off", "0"):
        return False
    raise ValueError("expected true or false")


def _integer(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise ValueError("expected an integer") from None


def _number(text: str) -> float:
    try:
        return float(text.strip())
    except ValueError:
        raise ValueError("expected a number") from None


def _datetime(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError("expected an ISO 8601 date-time, e.g. 2025-05-01T09:00:00Z") from None


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError("expected an ISO 8601 date, e.g. 2025-05-01") from None


_SCALARS: dict[object, Converter] = {
    bool: Converter("true|false", _boolean),
    int: Converter("integer", _integer),
    float: Converter("number", _number),
    datetime: Converter("ISO date-time with offset", _datetime),
    date: Converter("ISO date", _date),
    str: Converter("text", str),
}


def _choices(values: list[object]) -> Converter:
    """One of a Literal's values or an enum's members: by value, by member name, then ignoring case."""
    by_text: dict[str, object] = {}
    for value in values:
        plain = value.value if isinstance(value, Enum) else value
        by_text.setdefault(str(plain), plain)
    names = {value.name: value.value for value in values if isinstance(value, Enum)}
    shown = [text if text == name else f"{text} ({name})" for text, name in _pairs(by_text, names)]

    def convert(text: str) -> object:
        for table in (by_text, names):
            if text in table:
                return table[text]
        for table in (by_text, names):
            folded = [value for key, value in table.items() if key.lower() == text.lower()]
            if len(folded) == 1:
                return folded[0]
        raise ValueError(f"expected one of {', '.join(shown)}")

    return Converter("|".join(shown), convert)


def _pairs(by_text: dict[str, object], names: dict[str, object]) -> list[tuple[str, str]]:
    """Each value's text, with its member name when it stands for a number (ySuite's ``2 (COMPLETED)``).

    A string value says what it means already; its member name (``DUE_TIME_ASC``) is accepted, not shown.
    """
    named = {str(value): name for name, value in names.items() if not isinstance(value, str)}
    return [(text, named.get(text, text)) for text in by_text]


def _sequence(item: Converter) -> Converter:
    def convert(text: str) -> list[object]:
        return [item.convert(part.strip()) for part in text.split(",") if part.strip()]

    return Converter(f"comma-separated {item.describe}", convert)


def _first_of(converters: list[Converter]) -> Converter:
    """A union: the first member type the text converts to."""
    if len(converters) == 1:
        return converters[0]

    def convert(text: str) -> object:
        reasons: list[str] = []
        for converter in converters:
            try:
                return converter.convert(text)
            except ValueError as error:
                reasons.append(str(error))
        raise ValueError("; or ".join(reasons))

    return Converter(" or ".join(converter.describe for converter in converters), convert)


def converter_for(hint: object) -> Converter | None:
    """How to read a parameter annotated ``hint`` from text; None when text cannot express it (a mapping...).

    ``NotGiven`` and ``None`` are left out of a union; Literal values and enum members become choices;
    a ``Sequence`` of a convertible type is comma-separated.
    """
    members = typing.get_args(hint) if isinstance(hint, UnionType) or typing.get_origin(hint) is typing.Union else ()
    choices: list[object] = []
    converters: list[Converter] = []
    for member in members or (hint,):
        if member in (NotGiven, NoneType):
            continue
        origin = typing.get_origin(member)
        if origin is Literal:
            choices.extend(typing.get_args(member))
        elif isinstance(member, type) and issubclass(member, Enum):
            choices.extend(member)
        elif origin in (Sequence, list) and typing.get_args(member):
            item = converter_for(typing.get_args(member)[0])
            if item is not None:
                converters.append(_sequence(item))
        elif member in _SCALARS:
            converters.append(_SCALARS[member])
    if choices:
        converters.insert(0, _choices(choices))
    return _first_of(converters) if converters else None


def _type_hints(function: Callable[..., Any]) -> dict[str, Any]:
    """The evaluated annotations of a generated resource method.

    The generated module imports some annotation names for type checkers only (``models``, ``kwargs``,
    ``SyncPaginator``...): they are supplied here, as the generator's template imports them.
    """
    package = function.__module__.rsplit(".", 1)[0]
    names: dict[str, Any] = {
        "httpx": httpx,
        "models": importlib.import_module(f"{package}.models"),
        "kwargs": importlib.import_module(f"{package}.kwargs"),
        "SyncPaginator": SyncPaginator,
        "AsyncPaginator": AsyncPaginator,
        "APIResponse": APIResponse,
        "BulkResults": BulkResults,
    }
    hints: dict[str, Any] = typing.get_type_hints(function, localns=names)
    return hints


# -- what the commands call on an API --------------------------------------------------------------------------


@dataclass(frozen=True)
class TaskMethods:
    """The listing and get methods of one API's ``client.tasks``, as the command line can call them."""

    api: RegisteredApi
    listing: str
    """The method that lists tasks: ``list``, else the one paginated method (Apollo's ``search``)."""
    filters: dict[str, Converter]
    unsupported: list[str]
    """Keyword parameters of the listing that text cannot express (Keap's ``custom_fields`` mapping)."""
    task_id: Converter

    @classmethod
    def of(cls, api: RegisteredApi) -> TaskMethods:
        """Read ``api``'s generated ``Tasks`` resource: its listing's filters and the type of ``get``'s id."""
        resources: Any = importlib.import_module(f"{api.package}.resources")
        resource: type[Any] = resources.Tasks
        listing = _listing_name(api)
        list_function = getattr(resource, listing)
        hints = _type_hints(list_function)
        filters: dict[str, Converter] = {}
        unsupported: list[str] = []
        for parameter in inspect.signature(list_function).parameters.values():
            if parameter.kind is not inspect.Parameter.KEYWORD_ONLY or parameter.name in _NOT_FILTERS:
                continue
            converter = converter_for(hints[parameter.name])
            if converter is None:
                unsupported.append(parameter.name)
            else:
                filters[parameter.name] = converter
        get_function = resource.get
        positional = [
            parameter
            for parameter in inspect.signature(get_function).parameters.values()
            if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and parameter.name != "self"
        ]
        task_id = converter_for(_type_hints(get_function)[positional[0].name]) or _SCALARS[str]
        return cls(api, listing, filters, unsupported, task_id)

    def parse_filters(self, given: list[str]) -> dict[str, object]:
        """``name=value`` strings as keyword arguments of the listing; UsageError naming what is wrong."""
        arguments: dict[str, object] = {}
        for text in given:
            name, equals, value = text.partition("=")
            name = name.strip()
            if not equals or not name:
                raise UsageError(f"--filter {text!r}: expected NAME=VALUE, e.g. {name or self._example()}=VALUE")
            if name not in self.filters:
                known = ", ".join(self.filters) or "none"
                raise UsageError(f"unknown filter {name!r}; the {self.api.key} filters are: {known}")
            if name in arguments:
                raise UsageError(f"filter {name!r} is given twice")
            try:
                arguments[name] = self.filters[name].convert(value)
            except ValueError as error:
                raise UsageError(f"filter {name}={value!r}: {error}") from None
        return arguments

    def parse_id(self, text: str) -> object:
        try:
            return self.task_id.convert(text)
        except ValueError as error:
            raise UsageError(f"task id {text!r}: {error}") from None

    def describe_filters(self) -> str:
        """The filters for ``--help``: each name and what it takes."""
        width = max((len(name) for name in self.filters), default=0)
        lines = [f"filters (--filter NAME=VALUE), the keyword arguments of {self.api.client}().tasks.{self.listing}:"]
        for name, converter in self.filters.items():
            described = textwrap.wrap(converter.describe, _HELP_WIDTH - width - 4, break_on_hyphens=False) or [""]
            lines.append(f"  {name.ljust(width)}  {described[0]}")
            lines += [f"  {' ' * width}  {more}" for more in described[1:]]
        if self.unsupported:
            lines.append(f"not settable from the command line: {', '.join(self.unsupported)}")
        return "\n".join(lines)

    def _example(self) -> str:
        return next(iter(self.filters), "name")


def _listing_name(api: RegisteredApi) -> str:
    """The method of ``client.tasks`` that lists tasks, from the spec: ``list``, else its one paginated method."""
    names = [
        method["name"]
        for operation in api.definition.spec_data.OPERATIONS.values()
        if "pagination" in operation
        and (method := operation.get("client_method")) is not None
        and method.get("resource") == RESOURCE
    ]
    if not names:
        raise CRMTasksError(f"{api.definition.name} has no paginated listing of {RESOURCE}")
    return "list" if "list" in names else names[0]


# -- the command line ------------------------------------------------------------------------------------------


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return number


def _credential_variables(api: RegisteredApi) -> str:
    """The environment variables the client reads credentials from, as a sentence: ``$KEAP_API_KEY or ...``."""
    ways = [" and ".join(f"${variable}" for variable in credential.env) for credential in api.definition.credentials]
    oauth = _oauth_env(api.definition)
    if oauth:
        ways.append(" and ".join(f"${variable}" for variable in oauth) + " (OAuth2)")
    return " or ".join(ways)


def parser(selected: TaskMethods | None = None) -> argparse.ArgumentParser:
    """The command line; ``selected`` (the API on it) gets its filters listed in ``tasks list --help``.

    Only the API named is introspected, so a command does not import every generated package.
    """
    top = argparse.ArgumentParser(
        prog="crmtasks",
        description="Look at the tasks of Keap, Apollo.io, ySuite CRM and HubSpot, or serve the offline sandbox.",
        epilog="Credentials come from the environment, as for the Python clients; "
        "see crmtasks <api> check --help. Exit status: 0 done, 1 an API or crmtasks error, "
        "2 a usage error or missing credentials, 130 interrupted.",
    )
    commands = top.add_subparsers(dest="api", metavar="COMMAND", required=True)
    for api in REGISTRY:
        definition = api.definition
        credentials = _credential_variables(api)
        connection = argparse.ArgumentParser(add_help=False)
        where = connection.add_argument_group("connection")
        where.add_argument(
            "--base-url",
            metavar="URL",
            help=f"the API's address, e.g. a sandbox's http://127.0.0.1:8080/{api.key} "
            f"(default: ${base_url_variable(definition)}, else {definition.name}'s own)",
        )
        where.add_argument(
            "--allow-insecure-http",
            action="store_true",
            help="send the credentials over plain http to another machine (loopback http is always allowed)",
        )
        commands_of_api = commands.add_parser(
            api.key,
            help=f"{definition.name} tasks",
            description=textwrap.fill(
                f"{definition.name}'s tasks. Credentials: {credentials}, as crmtasks.{api.client}() reads.",
                _HELP_WIDTH,
            ),
            formatter_class=argparse.RawDescriptionHelpFormatter,
            epilog="examples:\n"
            f"  crmtasks {api.key} tasks list --limit 20\n"
            f"  crmtasks {api.key} tasks list --help             the filters it takes\n"
            f"  crmtasks {api.key} tasks list --format csv > tasks.csv\n"
            f"  crmtasks {api.key} tasks get ID --format json\n"
            f"  crmtasks {api.key} check                         credentials and rate limits left",
        )
        actions = commands_of_api.add_subparsers(dest="command", metavar="COMMAND", required=True)
        tasks = actions.add_parser(RESOURCE, help=f"list or get {definition.name} tasks")
        task_actions = tasks.add_subparsers(dest="action", metavar="ACTION", required=True)
        is_selected = selected is not None and selected.api == api
        listing = task_actions.add_parser(
            "list",
            help="list tasks, filtered",
            parents=[connection],
            formatter_class=argparse.RawDescriptionHelpFormatter,
            description=f"List {definition.name} tasks, every page of them (or --limit).",
            epilog=selected.describe_filters() if is_selected and selected is not None else None,
        )
        listing.add_argument(
            "--filter",
            action="append",
            default=[],
            metavar="NAME=VALUE",
            help="a keyword argument of the listing method (repeatable; names below)",
        )
        listing.add_argument("--limit", type=_positive, metavar="N", help="list at most N tasks")
        _format_option(listing, many=True)
        listing.set_defaults(run=_list)
        get = task_actions.add_parser("get", help="show one task", parents=[connection])
        get.add_argument("id", metavar="ID", help="the task's id")
        _format_option(get, many=False)
        get.set_defaults(run=_get)
        check = actions.add_parser(
            "check",
            help="check the credentials and show the rate limits left",
            parents=[connection],
            description=f"Send one small request to {definition.name}: are the credentials accepted, and how much "
            f"of each rate-limit window is left. Credentials: {credentials}.",
        )
        check.set_defaults(run=_check)
    # Never parsed here (main hands "sandbox ..." over first): listed so that --help shows it.
    commands.add_parser("sandbox", help="serve the offline sandbox of every API (crmtasks sandbox --help)")
    return top


def _format_option(command: argparse.ArgumentParser, *, many: bool) -> None:
    shape = "a JSON array, one task per line" if many else "one indented JSON object"
    command.add_argument(
        "--format",
        choices=output.FORMATS,
        help=f"table (the default at a terminal), json ({shape}; the default into a pipe or file) or csv "
        "(a header, then a row per task; nested values as JSON)",
    )


# -- the commands ----------------------------------------------------------------------------------------------


def _client(api: RegisteredApi, args: argparse.Namespace) -> Any:
    """The API's public client from the environment, at ``--base-url`` or ``$<API>_BASE_URL`` if given."""
    try:  # without --base-url, the client reads $<API>_BASE_URL itself
        return api.client_class("sync")(base_url=args.base_url or None, allow_insecure_http=args.allow_insecure_http)
    except MissingCredentialsError:
        # The wrapper's message speaks to Python callers (``pass api_key=``); here only the environment can help.
        raise UsageError(f"{api.definition.name} needs credentials: set {_credential_variables(api)}") from None


def _list(methods: TaskMethods, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    filters = methods.parse_filters(args.filter)
    form = output.choose_format(args.format, out)
    with _client(methods.api, args) as client:
        paginator: SyncPaginator[Any, Any] = getattr(client.tasks, methods.listing)(**filters, limit=args.limit)
        with output.Progress(err) as progress:

            def tasks() -> Any:
                count = 0
                for page in paginator.pages():
                    for task in page.items:
                        yield task
                        count += 1
                    progress.update(count, paginator.total)

            if form == "json":
                output.write_json(tasks(), out)
            elif form == "csv":
                output.write_csv(tasks(), out)
            else:
                output.write_table(tasks(), out)
    return 0


def _get(methods: TaskMethods, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    task_id = methods.parse_id(args.id)
    form = output.choose_format(args.format, out)
    with _client(methods.api, args) as client:
        task = client.tasks.get(task_id)
    output.write_one(task, form, out)
    return 0


def _check(methods: TaskMethods, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    name = methods.api.definition.name
    with _client(methods.api, args) as client:
        listing = getattr(client.tasks, methods.listing)
        try:
            # The smallest request there is: one page of one task. No retries: a check answers now.
            next(iter(listing(page_size=1, limit=1, max_retries=0)), None)
        except (AuthenticationError, PermissionDeniedError) as error:
            _rate_limits(client, out)
            raise CRMTasksError(f"{name} refused the credentials at {client.base_url}: {error}") from error
        except APIStatusError:
            _rate_limits(client, out)
            raise
        out.write(f"{name} at {client.base_url}: credentials accepted\n")
        _rate_limits(client, out)
    return 0


def _rate_limits(client: Any, out: TextIO) -> None:
    """Each window the last answer reported on: name, limit, remaining, when it resets."""
    info = client.rate_limit
    if info is None:
        out.write("rate limits: the API sent no rate-limit headers\n")
        return
    rows = [["window", "limit", "remaining", "resets at"]]
    for window in info:
        kind = " (quota)" if window.quota else ""
        resets = window.resets_at.isoformat() if window.resets_at is not None else ""
        rows.append([f"{window.name}{kind}", _count(window.limit), _count(window.remaining), resets])
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        out.write("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() + "\n")


def _count(value: int | None) -> str:
    return "?" if value is None else str(value)


# -- running ---------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Run the command line ``argv`` (``sys.argv[1:]`` when None); the exit status.

    Errors are one line on stderr, ``crmtasks: <message>``, never a traceback.
    """
    args = sys.argv[1:] if argv is None else list(argv)
    if args and args[0] == "sandbox":
        from ..sandbox.__main__ import main as sandbox_main  # noqa: PLC0415 - only the sandbox needs it

        return _exit_status(sandbox_main, args[1:])
    out, err = sys.stdout, sys.stderr
    try:
        return _run(args, out, err)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _discard_stdout()
        return EXIT_BROKEN_PIPE


def _run(args: list[str], out: TextIO, err: TextIO) -> int:
    selected = next((api for api in REGISTRY if args and args[0] == api.key), None)
    try:
        methods = TaskMethods.of(selected) if selected is not None else None
        command = parser(methods)
        namespace = command.parse_args(args)
    except SystemExit as done:  # --help, or argparse's own usage error (its message is printed)
        return _code(done.code)
    assert methods is not None  # an API command parsed, so the API was named first
    run: Callable[[TaskMethods, argparse.Namespace, TextIO, TextIO], int] = namespace.run
    with warnings.catch_warnings():
        warnings.showwarning = _warning_line(err)
        try:
            status = run(methods, namespace, out, err)
            out.flush()  # a closed pipe shows here, inside the handlers, not at exit
            return status
        except UsageError as error:
            return _fail(err, str(error), EXIT_USAGE)
        except (MissingCredentialsError, ValidationError) as error:  # found before anything was sent
            return _fail(err, str(error), EXIT_USAGE)
        except APIConnectionError as error:
            return _fail(err, _unreachable(error), EXIT_ERROR)
        except APIError as error:
            return _fail(err, str(error), EXIT_ERROR)
        except CRMTasksError as error:
            return _fail(err, str(error), EXIT_ERROR)
        except ValueError as error:  # a client option the wrapper refuses (plain http to another machine...)
            message = str(error).replace("pass allow_insecure_http=True", "pass --allow-insecure-http")
            return _fail(err, message, EXIT_USAGE)


def _unreachable(error: APIConnectionError) -> str:
    """The connection error with where it went and why (``[Errno 111] Connection refused``)."""
    message = error.message.rstrip(".")
    if error.request is not None:
        url = error.request.url.copy_with(query=None)  # the path says enough; the query may be long
        message = f"{message} ({error.request.method} {url})"
    # httpx's own reason (``[Errno 111] Connection refused``) only: another transport's message may hold anything.
    if isinstance(error.__cause__, httpx.TransportError) and str(error.__cause__):
        message = f"{message}: {error.__cause__}"
    return message


def _fail(err: TextIO, message: str, status: int) -> int:
    err.write(f"crmtasks: {message}\n")
    return status


def _warning_line(err: TextIO) -> Callable[..., None]:
    """Warnings (a spec deviation read leniently...) as ``crmtasks: warning: ...`` lines, without source lines."""

    def show(message: Warning | str, category: type[Warning], *rest: object, **options: object) -> None:
        err.write(f"crmtasks: warning: {message}\n")

    return show


def _exit_status(command: Callable[[list[str]], object], args: list[str]) -> int:
    try:
        command(args)
    except SystemExit as done:
        return _code(done.code)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    return 0


def _code(code: object) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)  # SystemExit("message") means: print it, fail
    return EXIT_ERROR


def _discard_stdout() -> None:
    """After the reader of stdout went away: point stdout at /dev/null, so flushing at exit cannot fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
