"""Completion as VS Code (Pylance) gives it: pyright's language server, driven over LSP on stdio.

Every filter and create field of each client, sync and async, must come back
from ``textDocument/completion`` inside the call's parentheses, the resources of a
client held in ``with``/``async with``, and the task model's fields on a listed item, walked by
``for``/``async for``. The expectations come from the specs. The server is
basedpyright's (the ``test`` extra installs it, Node.js included) or the npm package's
after ``npm ci``: see tests/helpers.py ``pyright_command``.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crmtasks._registry import REGISTRY

from ..helpers import pyright_command
from .test_completion import (
    HOLDING,
    METHODS,
    WALKING,
    expected_keywords,
    holding_source,
    listed,
    resource_members,
    walking_source,
)


class LanguageServer:
    """A pyright-langserver process and just enough of LSP to ask it for completions."""

    def __init__(self, command: list[str], root: Path) -> None:
        self.process = subprocess.Popen(
            [*command, "--stdio"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
        self.next_id = 0
        self.request("initialize", {
            "processId": None,
            "rootUri": root.as_uri(),
            "capabilities": {"textDocument": {"completion": {"completionItem": {"snippetSupport": False}}},
                             "workspace": {"configuration": True}},
            "workspaceFolders": [{"uri": root.as_uri(), "name": "crmtasks"}],
        })  # fmt: skip
        self.notify("initialized", {})

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def _receive(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        length = 0
        while (line := self.process.stdout.readline().strip()) != b"":
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        message: dict[str, Any] = json.loads(self.process.stdout.read(length))
        return message

    def notify(self, method: str, params: dict[str, Any]) -> None:
        self._send({"method": method, "params": params})

    def request(self, method: str, params: dict[str, Any]) -> Any:
        self.next_id += 1
        ours = self.next_id
        self._send({"id": ours, "method": method, "params": params})
        while True:
            message = self._receive()
            if message.get("id") == ours and "method" not in message:
                return message.get("result")
            if "method" in message and "id" in message:  # the server asks: configuration, progress, capabilities
                self._send({"id": message["id"], "result": self._answer(message)})

    @staticmethod
    def _answer(message: dict[str, Any]) -> Any:
        if message["method"] == "workspace/configuration":
            off = {"typeCheckingMode": "off"}  # pyright reads python.analysis, basedpyright basedpyright.analysis
            settings = {"python": {"pythonPath": sys.executable}, "python.analysis": off, "basedpyright.analysis": off}
            return [settings.get(item.get("section", ""), {}) for item in message["params"]["items"]]
        return None

    def complete(self, path: Path, source: str) -> set[str]:
        uri = path.as_uri()
        self.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "python", "version": 1,
                                                              "text": source}})  # fmt: skip
        lines = source.splitlines()
        position = {"line": len(lines) - 1, "character": len(lines[-1])}
        result = self.request("textDocument/completion", {"textDocument": {"uri": uri}, "position": position})
        self.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
        items = result.get("items", []) if isinstance(result, dict) else result or []
        return {item["label"] for item in items}

    def close(self) -> None:
        self.request("shutdown", {})
        self.notify("exit", {})
        self.process.wait(timeout=10)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LanguageServer, Path]]:
    command = pyright_command("pyright-langserver")  # or a skip, saying why
    folder = tmp_path_factory.mktemp("lsp")
    language_server = LanguageServer(command, folder)
    try:
        yield language_server, folder
    finally:
        language_server.close()


CASES = [m for m in METHODS if m[3] in ("list", "search", "create")]


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize(("api", "operation", "resource", "method"), CASES, ids=[f"{m[0]}-{m[3]}" for m in CASES])
def test_pyright_offers_every_keyword(
    server: tuple[LanguageServer, Path], api: str, operation: str, resource: str, method: str, flavour: str
) -> None:
    language_server, folder = server
    entry = next(e for e in REGISTRY if e.key == api)
    client = entry.client if flavour == "sync" else entry.async_client
    source = f"import crmtasks\nclient = crmtasks.{client}()\nclient.{resource}.{method}("
    offered = {label.removesuffix("=") for label in language_server.complete(folder / f"{api}_{flavour}.py", source)}
    missing = expected_keywords(api, operation) - offered
    assert not missing, f"{client}.{resource}.{method}( does not offer {sorted(missing)}"


@pytest.mark.parametrize("holding", list(HOLDING))
@pytest.mark.parametrize("api", list(REGISTRY), ids=[e.key for e in REGISTRY])
def test_pyright_offers_the_resources_of_a_client_however_held(
    server: tuple[LanguageServer, Path], api: Any, holding: str
) -> None:
    language_server, folder = server
    path = folder / f"{api.key}_{holding}.py".replace("-", "_")
    tops = {m[2].split(".")[0] for m in METHODS if m[0] == api.key}
    missing = tops - language_server.complete(path, holding_source(api, holding, "client."))
    assert not missing, f"{holding} {api.key}: client. does not offer {sorted(missing)}"
    for resource in sorted({m[2] for m in METHODS if m[0] == api.key}):
        offered = language_server.complete(path, holding_source(api, holding, f"client.{resource}."))
        missing = resource_members(api.key, resource) - offered
        assert not missing, f"{holding} {api.key}: client.{resource}. does not offer {sorted(missing)}"


@pytest.mark.parametrize("walking", list(WALKING))
@pytest.mark.parametrize("api", list(REGISTRY), ids=[e.key for e in REGISTRY])
def test_pyright_offers_the_model_fields_on_listed_items(
    server: tuple[LanguageServer, Path], api: Any, walking: str
) -> None:
    language_server, folder = server
    task = importlib.import_module(f"{api.package}.models").Task
    fields = {name for name in task.__annotations__ if not name.startswith("_")}
    path = folder / f"{api.key}_items_{walking}.py".replace("-", "_")
    missing = fields - language_server.complete(path, walking_source(api, walking))
    assert not missing, f"{walking} over {api.key} {listed(api)} does not offer {sorted(missing)}"
