"""Helpers shared by the tests: paths to the specs and to the optional ../shared/ sources; mock APIs and clients."""

from __future__ import annotations

import importlib
import inspect
import shutil
import sys
from pathlib import Path
from typing import Any, Literal

import httpx
import pytest
import yaml

import crmtasks
from crmtasks._registry import REGISTRY, registered
from crmtasks.sandbox import Sandbox

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
SHARED = ROOT.parent / "shared"


def load_spec(name: str) -> dict[str, Any]:
    """Load ``specs/<name>.yaml``."""
    spec: dict[str, Any] = yaml.safe_load((SPECS / f"{name}.yaml").read_text())
    return spec


def shared_file(relative: str) -> Path:
    """Return a file of ../shared/, or skip the test when this checkout has none."""
    path = SHARED / relative
    if not path.is_file():
        pytest.skip(
            f"{path} is not here: the vendor sources live beside the checkout only on developer and CI machines"
        )
    return path


def pyright_command(tool: Literal["pyright", "pyright-langserver"]) -> list[str]:
    """pyright's command line or language server, or skip the test saying why neither copy is here.

    First basedpyright's (``basedpyright``, ``basedpyright-langserver``), which the ``test`` extra installs from
    PyPI with a Node.js of its own, so a fresh clone's ``nox -s tests`` runs pyright with no manual step; its
    pyright is the one package.json pins (tests/tooling/test_typing.py checks). Else the npm package's, after
    ``npm ci``.
    """
    based = f"based{tool}"
    found = shutil.which(based, path=str(Path(sys.executable).parent)) or shutil.which(based)
    if found is not None:
        return [found]
    from_npm = ROOT / "node_modules" / ".bin" / tool
    node = shutil.which("node")
    if from_npm.exists() and node is not None:
        return [node, str(from_npm)]
    pytest.skip(
        f"neither {based} (pip install -e '.[test]' installs it) nor {from_npm.relative_to(ROOT)} with node on PATH "
        "('npm ci') is here, so pyright cannot run"
    )


def send_generated(module: Any, client: Any, *path: Any, **arguments: Any) -> Any:
    """Send one operation through a generated endpoint module with a generated client, as the engine does:
    the module builds the request (``build_request``) and reads the answer (``parse_response``)."""
    response = client.get_httpx_client().request(**module.build_request(*path, **arguments))
    return module.parse_response(client=client, response=response)


# ---------------------------------------------------------------------------
# Wrapper tests: scripted mock APIs and clients of the three flavours.
# ---------------------------------------------------------------------------

APIS = tuple(api.key for api in REGISTRY)
FLAVOURS = ("sync", "async")

# Credentials the wrapper tests pass; the auth tests look for them in output.
SECRETS: dict[str, dict[str, str]] = {
    "keap": {"api_key": "keap-secret-key-0123456789"},
    "apollo": {"api_key": "apollo-secret-key-0123456789"},
    "ysuite": {"access_key": "ysuite-access-key-0123", "secret_key": "ysuite-secret-key-0123456789"},
    "hubspot": {"access_token": "hubspot-secret-token-0123456789"},
}

# The list operation of each API, as its module name in the generated package.
LIST_OPERATION = {"keap": "list_tasks", "apollo": "search_tasks", "ysuite": "list_tasks", "hubspot": "list_tasks"}


class MockAPI:
    """A handler for ``httpx.MockTransport`` that answers from a script and records every request.

    Each answer is used once, in order: an ``httpx.Response``; a JSON value
    (answered with 200); a ``(status, json)`` or ``(status, json, headers)``
    tuple; an exception to raise (``httpx.ConnectError`` and the like); or a
    callable taking the request and returning any of these. A request past
    the end of the script fails the test.
    """

    def __init__(self, *answers: Any) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if not self.answers:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        answer = self.answers.pop(0)
        if callable(answer) and not isinstance(answer, httpx.Response):
            answer = answer(request)
        if isinstance(answer, BaseException):
            raise answer
        if isinstance(answer, httpx.Response):
            return answer
        if isinstance(answer, tuple):
            status, body, *rest = answer
            headers = rest[0] if rest else None
            if isinstance(body, str | bytes):
                return httpx.Response(status, content=body, headers=headers)
            return httpx.Response(status, json=body, headers=headers)
        return httpx.Response(200, json=answer)

    @property
    def count(self) -> int:
        return len(self.requests)

    @property
    def last(self) -> httpx.Request:
        assert self.requests, "no request was sent"
        return self.requests[-1]


def client_class(api: str, flavour: str = "sync") -> Any:
    """The public client class of ``api``, sync or async, from the registry of APIs."""
    return registered(api).client_class(flavour)


def make_client(api: str, flavour: str, mock: MockAPI, **options: Any) -> Any:
    """A crmtasks client of ``api`` (sync or async) whose requests go to ``mock``."""
    transport = httpx.MockTransport(mock)
    http: httpx.Client | httpx.AsyncClient = (
        httpx.Client(transport=transport) if flavour == "sync" else httpx.AsyncClient(transport=transport)
    )
    credentials: dict[str, Any] = {**SECRETS[api], **options.pop("credentials", {})}
    return client_class(api, flavour)(**credentials, http_client=http, **options)


def listing(client: Any, api: str, **kwargs: Any) -> Any:
    """The paginator of ``api``'s list operation (Apollo's is ``search``)."""
    return client.tasks.search(**kwargs) if api == "apollo" else client.tasks.list(**kwargs)


async def settle(value: Any) -> Any:
    """The result of a sync call, or of an async one once awaited."""
    if inspect.isawaitable(value):
        return await value
    return value


async def collect(paginator: Any) -> list[Any]:
    """Every item of a sync or async paginator."""
    if isinstance(paginator, crmtasks.AsyncPaginator):
        return [item async for item in paginator]
    return list(paginator)


async def collect_pages(paginator: Any) -> list[Any]:
    """Every page of a sync or async paginator."""
    if isinstance(paginator, crmtasks.AsyncPaginator):
        return [page async for page in paginator.pages()]
    return list(paginator.pages())


DONE = object()
"""What ``Stepper.next`` answers once the paginator is exhausted."""


class Stepper:
    """Steps through a sync or async paginator's items one at a time (``DONE`` at the end)."""

    def __init__(self, paginator: Any) -> None:
        self._async = isinstance(paginator, crmtasks.AsyncPaginator)
        self._iterator = paginator.__aiter__() if self._async else iter(paginator)

    async def next(self) -> Any:
        if self._async:
            return await anext(self._iterator, DONE)
        return next(self._iterator, DONE)


def item_id(api: str, item: Any) -> Any:
    """The id of a listed task (ySuite calls it ``activity_id``)."""
    return item.activity_id if api == "ysuite" else item.id


def page_size_param(api: str) -> tuple[str, int]:
    """The query name of the list operation's page-size parameter and its maximum, from spec_data."""
    spec_data = importlib.import_module(f"crmtasks_{api}.spec_data")
    operation = spec_data.OPERATIONS[LIST_OPERATION[api]]
    pagination = operation["pagination"]
    name: str = operation["params"][pagination["page_size_param"]]["name"]
    maximum: int = pagination["page_size_max"]
    return name, maximum


def keap_page(ids: list[str], next_token: str | None = None) -> dict[str, Any]:
    page: dict[str, Any] = {"tasks": [{"id": i, "title": f"Task {i}"} for i in ids]}
    if next_token is not None:
        page["next_page_token"] = next_token
    return page


def apollo_page(ids: list[str], page: int, total_pages: int, total_entries: int | None = None) -> dict[str, Any]:
    return {
        "tasks": [{"id": i} for i in ids],
        "pagination": {
            "page": page,
            "per_page": len(ids),
            "total_entries": len(ids) * total_pages if total_entries is None else total_entries,
            "total_pages": total_pages,
        },
        "faceting": {},
    }


def hubspot_task(task_id: str) -> dict[str, Any]:
    """A task as HubSpot answers it."""
    stamp = "2026-07-01T09:00:00.000Z"
    properties = {"hs_task_subject": f"Task {task_id}", "hs_object_id": task_id}
    return {"id": task_id, "properties": properties, "createdAt": stamp, "updatedAt": stamp, "archived": False}


def hubspot_page(ids: list[str], after: str | None = None) -> dict[str, Any]:
    page: dict[str, Any] = {"results": [hubspot_task(i) for i in ids]}
    if after is not None:
        page["paging"] = {"next": {"after": after, "link": f"?after={after}"}}
    return page


def ysuite_page(
    ids: list[int], current_page: int, total_pages: int, total_records: int | None = None
) -> dict[str, Any]:
    return {
        "success": True,
        "message": "",
        "data": {
            "data": [{"activity_id": i, "title": f"Task {i}"} for i in ids],
            "current_page": current_page,
            "total_records": len(ids) * total_pages if total_records is None else total_records,
            "total_pages": total_pages,
        },
    }


# ---------------------------------------------------------------------------
# Documentation examples (README.md, docs/): run against the in-process sandbox.
# ---------------------------------------------------------------------------


def sandboxed(sandbox: Sandbox, api: Any, flavour: str = "sync") -> type:
    """The client class of ``api``, its instances wired to ``sandbox`` (OAuth2 at the sandbox's token endpoint).

    A client built without credentials gets the sandbox's; one given credentials (an example's
    ``api_key=os.environ[...]``, a provider callable) keeps them, so they must be ones the sandbox accepts.
    """
    real: Any = registered(api).client_class(flavour)
    credential_names = {name for credential in registered(api).definition.credentials for name in credential.arguments}

    def http() -> httpx.Client | httpx.AsyncClient:
        return sandbox.httpx_client() if flavour == "sync" else sandbox.async_httpx_client()

    class Sandboxed(real):  # type: ignore[misc]
        def __init__(self, **options: Any) -> None:
            wiring = {"base_url": sandbox.base_url(api), "http_client": http()}
            client: Any = super()  # the real client class, typed Any here
            oauth = options.get("oauth")
            if oauth is not None:
                oauth._token_url = sandbox.token_url(api)  # the sandbox's, not the vendor's
                client.__init__(**options, **wiring)
            elif credential_names & options.keys():
                client.__init__(**options, **wiring)
            else:
                client.__init__(**sandbox.credentials(api), **options, **wiring)

        @classmethod
        def exchange_code(cls, **options: Any) -> Any:
            return real.exchange_code(**options, token_url=sandbox.token_url(api), http_client=http())

    return Sandboxed


def use_sandbox(monkeypatch: pytest.MonkeyPatch, sandbox: Sandbox, *, refresh_tokens: bool = False) -> None:
    """Make ``crmtasks.Keap``... and ``crmtasks.AsyncKeap``... build clients of ``sandbox``, for examples.

    The environment gets the credentials the sandbox accepts under the variables the clients read
    (``KEAP_API_KEY``...), and the OAuth2 app of each API that has one (``KEAP_CLIENT_ID``, ``KEAP_CLIENT_SECRET``);
    with ``refresh_tokens``, a fresh grant's refresh token too (``KEAP_REFRESH_TOKEN``).
    """
    for api in REGISTRY:
        monkeypatch.setattr(crmtasks, api.client, sandboxed(sandbox, api.key))
        monkeypatch.setattr(crmtasks, api.async_client, sandboxed(sandbox, api.key, "async"))
        accepted = Sandbox.credentials(api.key)  # type: ignore[arg-type]
        for credential in api.definition.credentials:
            for argument, variable, _ in credential.parts:
                if argument in accepted:
                    monkeypatch.setenv(variable, accepted[argument])
                else:
                    monkeypatch.delenv(variable, raising=False)
        try:
            app = sandbox.oauth_app(api.key)  # type: ignore[arg-type]
        except ValueError:  # no OAuth2 flow in its spec
            continue
        prefix = api.key.upper()
        monkeypatch.setenv(f"{prefix}_CLIENT_ID", app["client_id"])
        monkeypatch.setenv(f"{prefix}_CLIENT_SECRET", app["client_secret"])
        if refresh_tokens:
            monkeypatch.setenv(f"{prefix}_REFRESH_TOKEN", sandbox.issue_tokens(api.key)["refresh_token"])  # type: ignore[arg-type]
        else:
            monkeypatch.delenv(f"{prefix}_REFRESH_TOKEN", raising=False)
