"""The seam between generator and wrapper: spec extensions and spec_data modules match generator/seam.schema.json.

The schema is the one description of both: the specs' ``x-`` extensions are
checked against its ``X*`` definitions here, the generated ``spec_data``
constants against the others, and the wrapper's types (crmtasks._seam) are
generated from it, so mypy and pyright check the code that reads them.
"""

# jsonschema's validators are only partly typed.
# pyright: reportUnknownMemberType=false, reportUnknownArgumentType=false, reportUnknownVariableType=false

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
from referencing import Registry, Resource

from ..helpers import APIS, ROOT, load_spec

SCHEMA: dict[str, Any] = json.loads((ROOT / "generator" / "seam.schema.json").read_text())
# Where each extension may stand, and its definition; any other x- key is a mistake (or needs a definition).
EXTENSIONS = {
    "x-pagination": "XPagination",
    "x-filter": "XFilter",
    "x-order-by": "XOrderBy",
    "x-envelope": "XEnvelope",
    "x-errors": "XErrors",
    "x-client": "XClient",
    "x-rate-limit": "XRateLimit",
    "x-token-endpoint-auth-method": "TokenEndpointAuth",
    "x-method": "XMethod",
    "x-properties": "XProperties",
    "x-search": "XSearch",
    "x-batch": "XBatch",
    "x-credential": "XCredential",
    "x-idempotent": None,  # a boolean
}
FOREIGN = {"x-enum-varnames"}  # openapi-python-client's own


def validator(definition: str) -> jsonschema.Draft202012Validator:
    resource: Resource[Any] = Resource.from_contents(SCHEMA)
    registry: Registry[Any] = Registry().with_resource(SCHEMA["$id"], resource)
    subschema = {"$ref": f"{SCHEMA['$id']}#/$defs/{definition}"}
    return jsonschema.Draft202012Validator(subschema, registry=registry)


def extensions(node: Any, path: str = "") -> Iterator[tuple[str, str, Any]]:
    """Every x- key of a spec with its path and value; the names of response headers are not extensions."""
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, str) and key.startswith("x-") and not path.endswith("/headers"):
                yield f"{path}/{key}", key, value
            yield from extensions(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from extensions(value, f"{path}/{index}")


@pytest.mark.parametrize("api", APIS)
def test_every_extension_of_the_spec_matches_its_definition(api: str) -> None:
    found = list(extensions(load_spec(api)))
    assert found, "the spec declares no extension at all"
    for path, key, value in found:
        if key in FOREIGN:
            continue
        assert key in EXTENSIONS, f"{path}: unknown extension {key}; define it in generator/seam.schema.json"
        definition = EXTENSIONS[key]
        if definition is None:
            assert isinstance(value, bool), f"{path}: expected a boolean"
        else:
            errors = [
                f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator(definition).iter_errors(value)
            ]
            assert errors == [], f"{path}: {errors}"


@pytest.mark.parametrize("api", APIS)
def test_every_spec_data_constant_matches_the_seam(api: str) -> None:
    spec_data = importlib.import_module(f"crmtasks_{api}.spec_data")
    for name, operation in spec_data.OPERATIONS.items():
        errors = [e.message for e in validator("Operation").iter_errors(operation)]
        assert errors == [], f"{api} {name}: {errors}"
        module = importlib.import_module(f"crmtasks_{api}.{operation['module']}")
        assert callable(module.build_request) and callable(module.parse_response)
    for name, scheme in spec_data.SECURITY_SCHEMES.items():
        assert list(validator("SecurityScheme").iter_errors(scheme)) == [], name
    assert list(validator("XErrors").iter_errors(spec_data.ERRORS)) == []
    if spec_data.ENVELOPE is not None:
        assert list(validator("XEnvelope").iter_errors(spec_data.ENVELOPE)) == []
    if spec_data.RATE_LIMIT is not None:
        assert list(validator("XRateLimit").iter_errors(spec_data.RATE_LIMIT)) == []
    assert spec_data.CREDENTIALS, "the spec's top-level security names no way to authenticate"
    for requirement in spec_data.CREDENTIALS:
        for part in requirement:
            assert list(validator("CredentialPart").iter_errors(part)) == [], part


@pytest.mark.parametrize(
    ("definition", "value"),
    [
        ("XPagination", {"style": "token", "page_size_param": "page_size", "items": "tasks"}),  # no token_param
        ("XPagination", {"style": "page", "page_size_param": "n", "items": "data", "page_param": "p"}),  # no base
        ("XPagination", {"style": "cursor", "page_size_param": "n", "items": "data"}),
        ("XFilter", {"clause_separator": ";", "operators": ["~="], "fields": {}}),
        ("XOrderBy", {"fields": ["id"], "directions": ["asc"], "separator": " ", "nulls": "last"}),
        ("Operation", {"method": "GET", "path": "/t", "idempotent": True, "params": {}, "body": None}),  # no module
    ],
)
def test_the_schema_refuses_a_malformed_declaration(definition: str, value: Any) -> None:
    assert list(validator(definition).iter_errors(value)) != []
