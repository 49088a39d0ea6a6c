"""The ``crmtasks`` command against the sandbox served over real HTTP on 127.0.0.1, for every API.

Most tests call ``crmtasks.cli.main`` in-process (credentials and base URLs in a monkeypatched
environment, output through capsys); a few run it as a real process (``python -m crmtasks`` and the
console script) to prove the entry points. Each test gets its own served sandbox, so request counts
and quotas start afresh.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any, Literal

import pytest

import crmtasks
from crmtasks import cli as _cli
from crmtasks._registry import REGISTRY, RegisteredApi, registered
from crmtasks._types import NotGiven
from crmtasks.cli import TaskMethods, converter_for
from crmtasks.cli import _output as _cli_output
from crmtasks.sandbox import Sandbox
from crmtasks.sandbox._server import SandboxServer

APIS = [api.key for api in REGISTRY]
SEED = 12

# Where each API's task keeps its id (the CLI itself finds it by name; the test states it).
ID_FIELD = {"keap": "id", "apollo": "id", "ysuite": "activity_id", "hubspot": "id"}

# A filter per API that changes what the listing gives, and the keyword arguments it stands for.
FILTERS: dict[str, tuple[str, dict[str, Any]]] = {
    "keap": ("priority=CRITICAL", {"priority": "CRITICAL"}),
    "apollo": ("sort_by_field=task_priority", {"sort_by_field": "task_priority"}),
    "ysuite": ("status=COMPLETED", {"status": 2}),
    "hubspot": ("properties=hs_task_status,hs_task_priority", {"properties": ["hs_task_status", "hs_task_priority"]}),
}


class Served:
    """A sandbox served on 127.0.0.1, and what the tests ask of it."""

    def __init__(self, sandbox: Sandbox, url: str) -> None:
        self.sandbox = sandbox
        self.url = url

    def base_url(self, api: str) -> str:
        return Sandbox.base_url(api, self.url)  # type: ignore[arg-type]

    def requests(self, api: str) -> int:
        return self.sandbox.requests[api]

    def client(self, api: str) -> Any:
        """The API's public client, as a Python caller would build it against the served sandbox."""
        cls = registered(api).client_class("sync")
        return cls(**Sandbox.credentials(api), base_url=self.base_url(api))  # type: ignore[arg-type]


@pytest.fixture
def served() -> Iterator[Served]:
    sandbox = Sandbox(seed=SEED)
    server = SandboxServer(sandbox, "127.0.0.1", 0)
    # A short poll interval: shutdown() waits for the loop's next look, 0.5 s by default, per test.
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield Served(sandbox, server.url)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def credential_env(api: str) -> dict[str, str]:
    """The sandbox's credentials for ``api`` as the environment variables the client reads."""
    given = Sandbox.credentials(api)  # type: ignore[arg-type]
    for credential in registered(api).definition.credentials:
        if set(credential.arguments) == set(given):
            pairs = zip(credential.arguments, credential.env, strict=True)
            return {variable: given[argument] for argument, variable in pairs}
    raise AssertionError(f"no environment variables for {api}'s sandbox credentials {sorted(given)}")


def every_variable(api: RegisteredApi) -> list[str]:
    """Every variable the CLI or the client could read for ``api``: credentials, OAuth2 and the base URL."""
    prefix = api.key.upper()
    names = [variable for credential in api.definition.credentials for variable in credential.env]
    return [*names, f"{prefix}_CLIENT_ID", f"{prefix}_CLIENT_SECRET", f"{prefix}_REFRESH_TOKEN", f"{prefix}_BASE_URL"]


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No credential or base URL of the developer's shell reaches the tests."""
    for api in REGISTRY:
        for variable in every_variable(api):
            monkeypatch.delenv(variable, raising=False)


def use(monkeypatch: pytest.MonkeyPatch, served: Served, api: str, *, base_url_env: bool = True) -> dict[str, str]:
    """Put ``api``'s sandbox credentials (and, unless told not to, its base URL) in the environment."""
    variables = credential_env(api)
    if base_url_env:
        variables[f"{api.upper()}_BASE_URL"] = served.base_url(api)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    return variables


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = _cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def as_json(task: Any) -> Any:
    """A task as the CLI's JSON carries it (dates as text)."""
    return json.loads(json.dumps(task.to_dict(), default=str))


def listing(client: Any, api: str, **filters: Any) -> list[Any]:
    methods = TaskMethods.of(registered(api))
    return list(getattr(client.tasks, methods.listing)(**filters))


def assert_no_secret(api: str, *outputs: str) -> None:
    for secret in credential_env(api).values():
        for text in outputs:
            assert secret not in text


# -- listing ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("api", APIS)
def test_list_json_is_what_the_client_lists(
    api: str, served: Served, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    use(monkeypatch, served, api)
    code, out, err = run(capsys, api, "tasks", "list")  # into capsys, not a terminal: JSON by default
    assert (code, err) == (0, "")
    printed = json.loads(out)
    expected = [as_json(task) for task in listing(served.client(api), api)]
    assert printed == expected
    assert len(printed) == SEED
    assert len({task[ID_FIELD[api]] for task in printed}) == SEED
    assert out.count("\n") == SEED + 2  # "[", one line per task, "]"
    assert_no_secret(api, out, err)


@pytest.mark.parametrize("api", APIS)
def test_list_table_shows_ids_within_120_columns(
    api: str, served: Served, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    use(monkeypatch, served, api)
    code, out, err = run(capsys, api, "tasks", "list", "--format", "table")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == SEED + 2  # header, rule, a row per task
    assert lines[0].split()[0] == ID_FIELD[api]
    assert set(lines[1]) <= {"-", " "}
    ids = [str(getattr(task, ID_FIELD[api])) for task in listing(served.client(api), api)]
    assert [line.split()[0] for line in lines[2:]] == ids
    assert all(len(line) <= _cli_output.TABLE_WIDTH for line in lines)
    assert len(lines[0].split()) >= 4  # a few telling columns, not just the id


@pytest.mark.parametrize("api", APIS)
def test_list_csv_has_a_header_and_a_row_per_task(
    api: str, served: Served, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    use(monkeypatch, served, api)
    code, out, err = run(capsys, api, "tasks", "list", "--format", "csv")
    assert (code, err) == (0, "")
    rows = list(csv.DictReader(io.StringIO(out)))
    tasks = listing(served.client(api), api)
    assert len(rows) == len(tasks) == SEED
    assert [row[ID_FIELD[api]] for row in rows] == [str(getattr(task, ID_FIELD[api])) for task in tasks]
    for row, task in zip(rows, tasks, strict=True):
        for name, value in task.to_dict().items():
            if isinstance(value, dict | list):  # nested values travel as JSON text
                assert json.loads(row[name]) == json.loads(json.dumps(value, default=str))


@pytest.mark.parametrize("api", APIS)
def test_limit_is_honoured(
    api: str, served: Served, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    use(monkeypatch, served, api)
    code, out, _ = run(capsys, api, "tasks", "list", "--limit", "3", "--format", "json")
    assert code == 0
    printed = json.loads(out)
    assert printed == [as_json(task) for task in listing(served.client(api), api)[:3]]


@pytest.mark.parametrize("api", APIS)
def test_a_filter_changes_the_results_as_the_keyword_does(
    api: str, served: Served, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    use(monkeypatch, served, api)
    given, keywords = FILTERS[api]
    code, out, err = run(capsys, api, "tasks", "list", "--filter", given)
    assert (code, err) == (0, "")
    client = served.client(api)
    filtered = [as_json(task) for task in listing(client, api, **keywords)]
    assert json.loads(out) == filtered
    assert filtered != [as_json(task) for task in listing(client, api)]


def test_filters_narrow_keap_and_ysuite(
    served: Served, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    use(monkeypatch, served, "keap")
    use(monkeypatch, served, "ysuite")
    _, out, _ = run(capsys, "keap", "tasks", "list", "--filter", "priority=CRITICAL", "--filter", "is_completed=false")
    keap = json.loads(out)
    assert 0 < len(keap) < SEED
    assert {(task["priority"], task["completed"]) for task in keap} == {("CRITICAL", False)}
    _, out, _ = run(capsys, "ysuite", "tasks", "list", "--filter", "status=2")  # by value, or by name as above
    ysuite = json.loads(out)
    assert 0 < len(ysuite) < SEED
    assert {task["status"] for task in ysuite} == {2}


@pytest.mark.parametrize("api", APIS)
def test_an_unknown_filter_is_refused_before_anything_is_sent(
    api: str, served: Served, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    use(monkeypatch, served, api)
    before = served.requests(api)
    code, out, err = run(capsys, api, "tasks", "list", "--filter", "colour=blue")
    assert (code, out) == (2, "")
    assert err.startswith("crmtasks: unknown filter 'colour'")
    for name in TaskMethods.of(registered(api)).filters:
        assert name in err
    assert "Traceback" not in err
    assert served.requests(api) == before


@pytest.mark.parametrize("api", APIS)
def test_a_value_of_the_wrong_type_is_refused_before_anything_is_sent(
    api: str, served: Served, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    use(monkeypatch, served, api)
    methods = TaskMethods.of(registered(api))
    name = next(name for name, converter in methods.filters.items() if "text" not in converter.describe)
    before = served.requests(api)
    code, out, err = run(capsys, api, "tasks", "list", "--filter", f"{name}=no-such-value")
    assert (code, out) == (2, "")
    assert err.startswith(f"crmtasks: filter {name}='no-such-value': expected ")
    assert served.requests(api) == before


def test_the_wrapper_checks_converted_values_too(
    served: Served, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    use(monkeypatch, served, "keap")
    before = served.requests("keap")
    # A valid ISO date-time, but Keap's filter needs an offset: crmtasks.ValidationError names the field.
    code, out, err = run(capsys, "keap", "tasks", "list", "--filter", "since_time=2025-01-01T00:00:00")
    assert (code, out) == (2, "")
    assert err.startswith("crmtasks: since_time: ")
    assert served.requests("keap") == before
    code, out, err = run(capsys, "keap", "tasks", "list", "--filter", "since_time=2025-01-01T00:00:00Z")
    assert (code, err) == (0, "")
    assert len(json.loads(out)) == SEED


# -- one task --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("api", APIS)
def test_get_prints_the_task(
    api: str, served: Served, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    use(monkeypatch, served, api)
    client = served.client(api)
    task_id = str(getattr(listing(client, api)[3], ID_FIELD[api]))
    code, out, err = run(capsys, api, "tasks", "get", task_id)
    assert (code, err) == (0, "")
    expected = as_json(client.tasks.get(TaskMethods.of(registered(api)).parse_id(task_id)))
    assert json.loads(out) == expected
    code, out, err = run(capsys, api, "tasks", "get", task_id, "--format", "table")
    assert (code, err) == (0, "")
    fields = dict(line.split(maxsplit=1) for line in out.splitlines() if len(line.split(maxsplit=1)) == 2)
    assert fields[ID_FIELD[api]] == task_id


@pytest.mark.parametrize("api", APIS)
def test_get_of_a_missing_task_exits_1_with_the_apis_message(
    api: str, served: Served, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    use(monkeypatch, served, api)
    missing = "987654321"
    with pytest.raises(crmtasks.APIStatusError) as raised:
        served.client(api).tasks.get(TaskMethods.of(registered(api)).parse_id(missing))
    expected = str(raised.value).rsplit(" [request id", 1)[0]  # each answer has its own request id
    code, out, err = run(capsys, api, "tasks", "get", missing)
    assert (code, out) == (1, "")
    assert err.startswith(f"crmtasks: {expected}")
    assert err.count("\n") == 1
    assert_no_secret(api, err)


# -- check -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("api", APIS)
def test_check_accepts_the_credentials_and_shows_each_window(
    api: str, served: Served, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    use(monkeypatch, served, api)
    before = served.requests(api)
    code, out, err = run(capsys, api, "check")
    assert (code, err) == (0, "")
    assert served.requests(api) == before + 1  # one small request
    lines = out.splitlines()
    assert lines[0] == f"{registered(api).definition.name} at {served.base_url(api)}: credentials accepted"
    client = served.client(api)
    listing(client, api)
    info = client.rate_limit
    if info is None:  # ySuite's spec declares no rate limits
        assert registered(api).definition.spec_data.RATE_LIMIT is None
        assert "no rate-limit headers" in out
        return
    assert lines[1].split() == ["window", "limit", "remaining", "resets", "at"]
    shown = {line.split()[0]: [cell for cell in line.split() if cell != "(quota)"] for line in lines[2:]}
    assert list(shown) == [window.name for window in info]
    for window in info:
        _, limit, remaining, *resets = shown[window.name]
        assert window.limit is not None and int(limit) == window.limit
        assert int(remaining) < window.limit  # the check's own request counted
        assert resets == ([window.resets_at.isoformat()] if window.resets_at is not None else [])
    assert_no_secret(api, out)


@pytest.mark.parametrize("api", APIS)
def test_check_with_refused_credentials_exits_1_without_showing_them(
    api: str, served: Served, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    variables = use(monkeypatch, served, api)
    wrong = {name: f"wrong-secret-{index}" for index, name in enumerate(variables) if not name.endswith("_BASE_URL")}
    for name, value in wrong.items():
        monkeypatch.setenv(name, value)
    code, out, err = run(capsys, api, "check")
    assert code == 1
    assert err.startswith(f"crmtasks: {registered(api).definition.name} refused the credentials")
    for secret in wrong.values():
        assert secret not in out + err


def test_check_reports_a_used_up_quota(
    served: Served, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    use(monkeypatch, served, "keap")
    served.sandbox.exhaust_quota("keap")
    code, out, err = run(capsys, "keap", "check")
    assert code == 1
    assert "daily (quota)" in out
    daily = next(line.split() for line in out.splitlines() if line.startswith("daily"))
    assert daily[3] == "0"  # window, (quota), limit, remaining
    assert err.startswith("crmtasks: Keap answered 429")


# -- credentials and where the API is ---------------------------------------------------------------------------


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("command", [["tasks", "list"], ["tasks", "get", "1"], ["check"]])
def test_missing_credentials_exit_2_naming_the_variables(
    api: str, command: list[str], served: Served, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(f"{api.upper()}_BASE_URL", served.base_url(api))
    code, out, err = run(capsys, api, *command)
    assert (code, out) == (2, "")
    assert err.startswith(f"crmtasks: {registered(api).definition.name} needs credentials: set $")
    for credential in registered(api).definition.credentials:
        for variable in credential.env:
            assert f"${variable}" in err
    assert err.count("\n") == 1
    assert served.requests(api) == 0


@pytest.mark.parametrize("api", APIS)
def test_base_url_option_wins_over_the_environment(
    api: str, served: Served, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    use(monkeypatch, served, api)
    monkeypatch.setenv(f"{api.upper()}_BASE_URL", "http://127.0.0.1:9/nothing-listens-here")
    code, out, err = run(capsys, api, "tasks", "list", "--limit", "2")
    assert code == 1
    assert "Connection error" in err and "127.0.0.1:9" in err
    code, out, err = run(capsys, api, "tasks", "list", "--limit", "2", "--base-url", served.base_url(api))
    assert (code, err) == (0, "")
    assert len(json.loads(out)) == 2


def test_plain_http_to_another_machine_is_refused_unless_allowed(
    served: Served, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    use(monkeypatch, served, "keap", base_url_env=False)
    code, out, err = run(capsys, "keap", "tasks", "list", "--base-url", "http://crm.invalid.example/keap")
    assert (code, out) == (2, "")
    assert "--allow-insecure-http" in err
    assert_no_secret("keap", err)


# -- output and signals ----------------------------------------------------------------------------------------


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_progress_goes_to_a_terminal_stderr_only(
    served: Served, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    use(monkeypatch, served, "ysuite")
    stderr = Terminal()
    monkeypatch.setattr(sys, "stderr", stderr)
    code = _cli.main(["ysuite", "tasks", "list", "--format", "json"])
    out = capsys.readouterr().out
    assert code == 0
    assert f"fetched {SEED} of {SEED} tasks…" in stderr.getvalue()
    assert stderr.getvalue().endswith("\r")  # erased at the end
    assert "fetched" not in out
    assert len(json.loads(out)) == SEED
    monkeypatch.undo()
    use(monkeypatch, served, "ysuite")
    code, out, err = run(capsys, "ysuite", "tasks", "list")  # stderr not a terminal: no progress
    assert (code, err) == (0, "")


def test_the_default_format_is_a_table_at_a_terminal(
    served: Served, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    use(monkeypatch, served, "keap")
    stdout = Terminal()
    monkeypatch.setattr(sys, "stdout", stdout)
    assert _cli.main(["keap", "tasks", "list"]) == 0
    assert stdout.getvalue().splitlines()[0].split()[:2] == ["id", "title"]


def test_ctrl_c_exits_130_quietly(
    served: Served, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    use(monkeypatch, served, "keap")

    def interrupted(*args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(_cli_output, "write_json", interrupted)
    code, out, err = run(capsys, "keap", "tasks", "list")
    assert (code, out, err) == (130, "", "")


# -- help ------------------------------------------------------------------------------------------------------


def test_help_lists_every_api_and_the_sandbox(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for api in [*APIS, "sandbox"]:
        assert f"    {api}" in out
    code, out, err = run(capsys)
    assert code == 2
    assert "usage: crmtasks" in err


@pytest.mark.parametrize("api", APIS)
def test_help_of_an_api_and_of_its_listing(api: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, api, "--help")
    assert code == 0
    assert "tasks" in out and "check" in out
    variables = [variable for credential in registered(api).definition.credentials for variable in credential.env]
    assert all(variable in out for variable in variables)
    code, out, _ = run(capsys, api, "tasks", "list", "--help")
    assert code == 0
    filters = TaskMethods.of(registered(api)).filters
    assert filters
    for name in filters:
        assert f"\n  {name} " in out
    assert "page_size" not in out and "extra_query" not in out
    assert f"{api.upper()}_BASE_URL" in out


def test_sandbox_command_still_works(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "sandbox", "--help")
    assert code == 0
    assert "usage: crmtasks sandbox" in out


# -- converting text to the generated signatures' types --------------------------------------------------------


def test_converters_follow_the_annotations() -> None:
    sequence = converter_for(Literal["a", "b"] | NotGiven)
    assert sequence is not None and sequence.convert("B") == "b"
    dates = converter_for(date | NotGiven)
    assert dates is not None and dates.convert("2025-05-01") == date(2025, 5, 1)
    listed = converter_for(Sequence[int] | NotGiven)
    assert listed is not None and listed.convert("1, 2,3") == [1, 2, 3]
    assert converter_for(dict[str, Any] | None | NotGiven) is None
    numbers = converter_for(int | NotGiven)
    assert numbers is not None
    with pytest.raises(ValueError, match="expected an integer"):
        numbers.convert("ten")


# -- as a real process ------------------------------------------------------------------------------------------


def process_env(served: Served, api: str) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith(api.upper())}
    return {**env, **credential_env(api), f"{api.upper()}_BASE_URL": served.base_url(api)}


@pytest.mark.parametrize("api", APIS)
def test_python_dash_m_crmtasks(api: str, served: Served) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "crmtasks", api, "tasks", "list", "--limit", "4"],
        capture_output=True,
        text=True,
        env=process_env(served, api),
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(done.stdout) == [as_json(task) for task in listing(served.client(api), api)[:4]]


def test_the_console_script(served: Served) -> None:
    script = shutil.which("crmtasks", path=str(Path(sys.executable).parent))
    if script is None:
        pytest.skip("the crmtasks console script is not installed beside this Python")
    done = subprocess.run(
        [script, "hubspot", "check"],
        capture_output=True,
        text=True,
        env=process_env(served, "hubspot"),
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "credentials accepted" in done.stdout
    assert "secondly" in done.stdout
    assert_no_secret("hubspot", done.stdout, done.stderr)
    done = subprocess.run(
        [script, "hubspot", "check"],
        capture_output=True,
        text=True,
        env={"PATH": os.environ["PATH"]},  # no credentials at all
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("crmtasks: HubSpot needs credentials: set $HUBSPOT_ACCESS_TOKEN")
    assert "Traceback" not in done.stderr


def test_a_closed_pipe_ends_it_quietly(served: Served) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "crmtasks", "keap", "tasks", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=process_env(served, "keap"),
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before anything is written, as `| head -0` would be
    stderr = process.stderr.read()
    assert process.wait(timeout=60) == _cli.EXIT_BROKEN_PIPE
    assert stderr == b""
