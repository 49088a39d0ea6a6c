"""Completion as IPython, Jupyter and jedi-language-server give it: jedi, on the public clients.

For every method a spec declares (``x-method``), sync and async, jedi must offer
every filter, query parameter and body field the spec has as a keyword, and
the item model's fields on what a listing yields. The resources and items must
come the same inside ``with``/``async with`` and ``for``/``async for`` as on a
client assigned plainly. Expectations come from the specs, not from the
generated code they check. (VS Code's completion is
pyright's, which reads the same signatures; tests/tooling/test_typing.py runs pyright.)
"""

from __future__ import annotations

import importlib
from typing import Any

import attrs
import pytest

from crmtasks._registry import REGISTRY

from ..helpers import load_spec

jedi = pytest.importorskip("jedi", reason="jedi (IPython's completion engine) is not installed")

PAGING_AND_OPTIONS = {"timeout", "max_retries"}


def declared_methods() -> list[tuple[str, str, str, str]]:
    """(api, operation, resource, method) of every operation with an x-method."""
    methods = []
    for api in REGISTRY:
        spec = load_spec(api.key)
        for item in spec["paths"].values():
            for operation in item.values():
                if isinstance(operation, dict) and "x-method" in operation:
                    declared = operation["x-method"]
                    module = importlib.import_module(f"{api.package}.spec_data")
                    name = next(k for k, v in module.OPERATIONS.items() if v["path"] in spec["paths"] and
                                spec["paths"][v["path"]].get(v["method"].lower()) is operation)  # fmt: skip
                    methods.append((api.key, name, declared["resource"], declared["name"]))
    return methods


def omitted(api: str, operation: str) -> set[str]:
    spec = load_spec(api)
    spec_data: Any = importlib.import_module(f"crmtasks_{api}.spec_data")
    declared = spec_data.OPERATIONS[operation]
    x_method = spec["paths"][declared["path"]][declared["method"].lower()]["x-method"]
    return {x_method["mask"]} if "mask" in x_method else set()  # filled by the client with the fields sent


def expected_keywords(api: str, operation: str) -> set[str]:
    """Every keyword the spec gives the operation: filters, query parameters, body fields, call options."""
    spec_data: Any = importlib.import_module(f"crmtasks_{api}.spec_data")
    declared = spec_data.OPERATIONS[operation]
    pagination = declared.get("pagination", {})
    paging = {pagination.get(k) for k in ("page_param", "token_param", "page_size_param")}
    names = set(PAGING_AND_OPTIONS)
    if "filter" in declared:
        names |= set(declared["filter"]["keys"])
    special = {declared.get("filter", {}).get("param"), declared.get("order_by", {}).get("param")}
    skip = paging | special | omitted(api, operation)
    names |= {n for n, p in declared["params"].items() if p["in"] == "query" and n not in skip}
    if declared["body"]:
        fields = set(spec_data.SCHEMAS[declared["body"]].get("properties", {}))
        names |= fields - paging if pagination.get("in") == "body" else fields  # set by the paginator
    if "typed_properties" in declared:
        names |= set(declared["typed_properties"]["properties"])
    if "search" in declared:
        names |= {*declared["search"]["keys"], "any_of"}
    if pagination:
        names |= {"page_size", "limit", "prefetch"}
    return names


def completions(source: str) -> set[str]:
    lines = source.splitlines()
    script = jedi.Script(source)
    return {c.name for c in script.complete(len(lines), len(lines[-1]))}


METHODS = declared_methods()


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize(
    ("api", "operation", "resource", "method"), METHODS, ids=[f"{m[0]}-{m[2]}.{m[3]}" for m in METHODS]
)
def test_jedi_offers_every_keyword_of_the_spec(
    api: str, operation: str, resource: str, method: str, flavour: str
) -> None:
    entry = next(e for e in REGISTRY if e.key == api)
    client = entry.client if flavour == "sync" else entry.async_client
    source = f"import crmtasks\nclient = crmtasks.{client}()\nclient.{resource}.{method}("
    offered = {name.removesuffix("=") for name in completions(source) if name.endswith("=")}
    missing = expected_keywords(api, operation) - offered
    assert not missing, f"{client}.{resource}.{method}( does not offer {sorted(missing)}"


# How a client is held: (flavour, the lines opening it as ``client``); what follows is indented under the last.
# ``{client}`` is the client class, ``{sandbox_method}`` the Sandbox method making it (``keap``, ``async_keap``).
HOLDING = {
    "assigned": ("sync", ["client = crmtasks.{client}()"]),
    "with": ("sync", ["with crmtasks.{client}() as client:"]),
    "async-with": ("async", ["async def main() -> None:", "    async with crmtasks.{client}() as client:"]),
    "with-options": ("sync", ["with crmtasks.{client}().with_options(timeout=5) as client:"]),
    "sandbox": ("sync", ["from crmtasks.sandbox import Sandbox", "client = Sandbox().{sandbox_method}()"]),
    "sandbox-fixture-async": (
        "async",
        ["from crmtasks.sandbox import Sandbox", "async def test_it(crmtasks_sandbox: Sandbox) -> None:",
         "    client = crmtasks_sandbox.{sandbox_method}()"],
    ),
}  # fmt: skip
# How a listing is walked: (flavour, the lines binding each item to ``task``, ``{listing}`` being the call).
WALKING = {
    "for": ("sync", ["for task in {listing}:"]),
    "async-for": ("async", ["async def main() -> None:", "    async for task in {listing}:"]),
    "with-for": ("sync", ["with crmtasks.{client}() as client:", "    for task in client.{listed}:"]),
    "async-with-async-for": (
        "async",
        ["async def main() -> None:", "    async with crmtasks.{client}() as client:",
         "        async for task in client.{listed}:"],
    ),
    "async-for-pages": (
        "async",
        ["async def main() -> None:", "    async for page in {listing}.pages():", "        for task in page.items:"],
    ),
}  # fmt: skip


def nested(opening: list[str], last: str) -> str:
    """A module importing crmtasks, the opening lines, then ``last`` indented under them."""
    depth = len(opening[-1]) - len(opening[-1].lstrip())
    if opening[-1].endswith(":"):
        depth += 4
    return "\n".join(["import crmtasks", *opening, " " * depth + last])


def client_name(api: Any, flavour: str) -> str:
    return str(api.client if flavour == "sync" else api.async_client)


def sandbox_method(api: Any, flavour: str) -> str:
    """The Sandbox method making the API's client of ``flavour``: ``keap``, ``async_keap``..."""
    return str(api.key if flavour == "sync" else f"async_{api.key}")


def resource_members(api: str, resource: str) -> set[str]:
    """What a resource offers by the spec: its x-method names and its sub-resources."""
    resources = {m[2] for m in METHODS if m[0] == api}
    methods = {m[3] for m in METHODS if m[0] == api and m[2] == resource}
    below = {r.removeprefix(f"{resource}.").split(".")[0] for r in resources if r.startswith(f"{resource}.")}
    return methods | below


def item_fields(api: Any) -> set[str]:
    task = importlib.import_module(f"{api.package}.models").Task
    return {f.name for f in attrs.fields(task) if not f.name.startswith("_")}


def listed(api: Any) -> str:
    """The first listing of an API, called: ``tasks.list()``."""
    resource, method = next((m[2], m[3]) for m in METHODS if m[0] == api.key and m[3] in ("list", "search"))
    return f"{resource}.{method}()"


def holding_source(api: Any, holding: str, last: str) -> str:
    flavour, opening = HOLDING[holding]
    names = {"client": client_name(api, flavour), "sandbox_method": sandbox_method(api, flavour)}
    return nested([line.format(**names) for line in opening], last)


def walking_source(api: Any, walking: str) -> str:
    flavour, opening = WALKING[walking]
    client = client_name(api, flavour)
    listing = f"crmtasks.{client}().{listed(api)}"
    return nested([line.format(client=client, listing=listing, listed=listed(api)) for line in opening], "task.")


@pytest.mark.parametrize("holding", list(HOLDING))
@pytest.mark.parametrize("api", list(REGISTRY), ids=[e.key for e in REGISTRY])
def test_jedi_offers_the_resources_of_a_client_however_held(api: Any, holding: str) -> None:
    tops = {m[2].split(".")[0] for m in METHODS if m[0] == api.key}
    missing = tops - completions(holding_source(api, holding, "client."))
    assert not missing, f"{holding} {api.key}: client. does not offer {sorted(missing)}"
    for resource in sorted({m[2] for m in METHODS if m[0] == api.key}):
        missing = resource_members(api.key, resource) - completions(holding_source(api, holding, f"client.{resource}."))
        assert not missing, f"{holding} {api.key}: client.{resource}. does not offer {sorted(missing)}"


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("api", list(REGISTRY), ids=[e.key for e in REGISTRY])
def test_jedi_offers_the_resources_on_a_sandbox_client_called_in_line(api: Any, flavour: str) -> None:
    """``sandbox.keap().tasks.`` and the seven siblings, the client never assigned: the method's type is enough."""
    method = sandbox_method(api, flavour)
    opening = "from crmtasks.sandbox import Sandbox\nsandbox = Sandbox()\n"
    for resource in sorted({m[2] for m in METHODS if m[0] == api.key}):
        missing = resource_members(api.key, resource) - completions(f"{opening}sandbox.{method}().{resource}.")
        assert not missing, f"sandbox.{method}().{resource}. does not offer {sorted(missing)}"


@pytest.mark.parametrize("holding", ["assigned", "async-with"])
@pytest.mark.parametrize("api", list(REGISTRY), ids=[e.key for e in REGISTRY])
def test_jedi_offers_the_methods_under_with_raw_response(api: Any, holding: str) -> None:
    for resource in sorted({m[2] for m in METHODS if m[0] == api.key}):
        offered = completions(holding_source(api, holding, f"client.{resource}.with_raw_response."))
        missing = resource_members(api.key, resource) - offered
        assert not missing, f"{holding} {api.key}: client.{resource}.with_raw_response. lacks {sorted(missing)}"


@pytest.mark.parametrize("walking", list(WALKING))
@pytest.mark.parametrize("api", list(REGISTRY), ids=[e.key for e in REGISTRY])
def test_jedi_offers_the_model_fields_on_listed_items(api: Any, walking: str) -> None:
    missing = item_fields(api) - completions(walking_source(api, walking))
    assert not missing, f"{walking} over {api.key} {listed(api)} does not offer {sorted(missing)}"


@pytest.mark.parametrize("api", list(REGISTRY), ids=[e.key for e in REGISTRY])
def test_every_parameter_has_an_args_entry(api: Any) -> None:
    import inspect  # noqa: PLC0415

    resources = importlib.import_module(f"{api.package}.resources")
    for class_name in resources.__all__:
        for name, method in inspect.getmembers(getattr(resources, class_name), inspect.isfunction):
            if name.startswith("_"):
                continue
            doc = inspect.getdoc(method) or ""
            assert "\nArgs:\n" in doc, f"{class_name}.{name} has no Args section"
            documented = {line.split(":", 1)[0].strip() for line in doc.split("\nArgs:\n", 1)[1].splitlines()}
            parameters = set(inspect.signature(method).parameters) - {"self"}
            assert parameters <= documented, f"{class_name}.{name} leaves {sorted(parameters - documented)} out"
