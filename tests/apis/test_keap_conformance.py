"""specs/keap.yaml against Keap's published v2 OpenAPI document.

Every operation tagged ``Task`` in the published document must exist in ours
with every parameter, request body, response status and schema property, each
with a compatible type. Where ours differs on purpose, the difference is listed
in DELIBERATE_DIFFERENCES with its reason, and every entry there must still be
needed: a stale entry fails the test too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from ..helpers import load_spec, shared_file

Schema = dict[str, Any]

PUBLISHED_PREFIX = "/rest"  # published server .../crm + /rest/v2/...; ours .../crm/rest + /v2/...

DELIBERATE_DIFFERENCES: dict[tuple[str, str], str] = {
    ("path-prefix", "/rest"): (
        "the published server is https://api.keap.com/crm with paths under /rest/v2; ours is "
        "https://api.keap.com/crm/rest with paths under /v2, as Keap documents them: the same URLs"
    ),
    ("schema", "UpdateTaskResponse"): (
        "property for property the same as Task, so updateTask answers Task and users get one task type"
    ),
    ("enum-type", "remind_time_mins"): (
        "the published enum lists integers as strings ('5', '10', ...), so clients generated from it send "
        "'30' where the API takes 30; ours lists integers"
    ),
    ("format", "date-time"): "published timestamps are plain strings; ours declare format date-time",
    ("example-type", "id"): (
        "ids are strings everywhere (as the published types say); the published examples show bare integers"
    ),
    ("enum-added", "order_by"): "the published order_by is a free string whose description lists the pairs",
    ("enum-added", "fields"): "the published `fields` items are free strings whose description allows custom_fields",
    ("answer-required", "id"): (
        "the published answers require nothing; every task, custom field, tab and group Keap answers with has "
        "its id, so ours require it there and a returned id is typed str, not str | None"
    ),
    ("answer-required", "custom_field"): "a successful create always answers with the custom field it created",
}

used: set[tuple[str, str]] = set()


def allowed(kind: str, name: str) -> bool:
    key = (kind, name)
    if key in DELIBERATE_DIFFERENCES:
        used.add(key)
        return True
    return False


class Doc:
    """One OpenAPI document with $ref resolution and allOf flattening."""

    def __init__(self, data: Schema) -> None:
        self.data = data

    def resolve(self, node: Schema) -> tuple[Schema, str | None]:
        name = None
        while "$ref" in node:
            ref: str = node["$ref"]
            name = ref.rsplit("/", 1)[-1]
            target: Any = self.data
            for part in ref.removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node, name

    def flatten(self, node: Schema) -> tuple[Schema, str | None]:
        """Resolve refs and merge allOf members into one schema."""
        node, name = self.resolve(node)
        if "allOf" not in node:
            return node, name
        merged: Schema = {k: v for k, v in node.items() if k != "allOf"}
        props: Schema = dict(merged.get("properties", {}))
        required: list[str] = list(merged.get("required", []))
        for member in node["allOf"]:
            part, _ = self.flatten(member)
            props.update(part.get("properties", {}))
            required += part.get("required", [])
            for key in ("type", "enum", "format", "items"):
                if key in part:
                    merged.setdefault(key, part[key])
        if props:
            merged["properties"] = props
        if required:
            merged["required"] = required
        return merged, name


def compare(
    pub: Doc, ours: Doc, p: Schema, o: Schema, where: str, field: str, seen: set[tuple[str, str]], answer: bool = False
) -> Iterator[str]:
    """Yield every incompatibility between a published schema and ours (``answer``: of a response body)."""
    p, p_name = pub.flatten(p)
    o, o_name = ours.flatten(o)
    if p_name and o_name:
        if (p_name, o_name) in seen:
            return
        seen.add((p_name, o_name))
        if p_name != o_name and not allowed("schema", p_name):
            yield f"{where}: published schema {p_name} became {o_name}"
    if p.get("type") != o.get("type"):
        yield f"{where}: type {p.get('type')} became {o.get('type')}"
    if p.get("format") != o.get("format") and not (p.get("format") is None and allowed("format", o.get("format", ""))):
        yield f"{where}: format {p.get('format')} became {o.get('format')}"
    if "enum" in p:
        published_values = p["enum"]
        if any(type(v) is not type(o.get("enum", [None])[0]) for v in published_values) and allowed("enum-type", field):
            published_values = [int(v) for v in published_values]
        missing = [v for v in published_values if v not in o.get("enum", [])]
        if missing:
            yield f"{where}: enum values {missing} are missing"
    elif "enum" in o and not allowed("enum-added", field):
        yield f"{where}: ours adds an enum"
    example = p.get("example")
    if isinstance(example, int) and o.get("type") == "string" and not isinstance(o.get("example", ""), str):
        yield f"{where}: our example is not a string"
    if isinstance(example, int) and p.get("type") == "string":
        allowed("example-type", "id")
    if "items" in p:
        yield from compare(pub, ours, p["items"], o.get("items", {}), f"{where}[]", field, seen, answer)
    p_props: Schema = p.get("properties", {})
    o_props: Schema = o.get("properties", {})
    for prop, p_schema in p_props.items():
        if prop not in o_props:
            yield f"{where}: property {prop} is missing"
            continue
        yield from compare(pub, ours, p_schema, o_props[prop], f"{where}.{prop}", prop, seen, answer)
    p_required, o_required = set(p.get("required", [])), set(o.get("required", []))
    added = sorted(o_required - p_required)
    # A member ours requires only in answers (one the API always sends) is a deliberate difference; elsewhere not.
    explained = answer and all([allowed("answer-required", name) for name in added])
    if p_required - o_required or (added and not explained):
        yield f"{where}: required {sorted(p_required)} became {sorted(o_required)}"


def parameters(doc: Doc, path_item: Schema, operation: Schema) -> dict[tuple[str, str], Schema]:
    found: dict[tuple[str, str], Schema] = {}
    for raw in [*path_item.get("parameters", []), *operation.get("parameters", [])]:
        param, _ = doc.resolve(raw)
        found[(param["name"], param["in"])] = param
    return found


def json_schema(doc: Doc, holder: Schema | None) -> Schema | None:
    if holder is None:
        return None
    holder, _ = doc.resolve(holder)
    media: Schema | None = holder.get("content", {}).get("application/json")
    return None if media is None else media.get("schema")


@pytest.fixture(scope="module")
def docs() -> tuple[Doc, Doc]:
    published = yaml.safe_load(shared_file("reference/keap-v2-openapi.yaml").read_text())
    return Doc(published), Doc(load_spec("keap"))


def task_operations(pub: Doc) -> Iterator[tuple[str, str, Schema, Schema]]:
    for path, item in pub.data["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "Task" in operation.get("tags", []):
                yield path, method, item, operation


def test_every_published_task_operation_is_ours_and_compatible(docs: tuple[Doc, Doc]) -> None:
    pub, ours = docs
    problems: list[str] = []
    operations = list(task_operations(pub))
    assert len(operations) == 19, "the published document's Task tag changed: review specs/keap.yaml"
    for path, method, p_item, p_op in operations:
        assert path.startswith(PUBLISHED_PREFIX) and allowed("path-prefix", PUBLISHED_PREFIX)
        our_path = path.removeprefix(PUBLISHED_PREFIX)
        where = f"{method.upper()} {our_path}"
        o_item = ours.data["paths"].get(our_path)
        if o_item is None or method not in o_item:
            problems.append(f"{where}: missing")
            continue
        o_op = o_item[method]
        if o_op.get("operationId") != p_op.get("operationId"):
            problems.append(f"{where}: operationId {p_op.get('operationId')} became {o_op.get('operationId')}")
        seen: set[tuple[str, str]] = set()
        o_params = parameters(ours, o_item, o_op)
        for key, p_param in parameters(pub, p_item, p_op).items():
            if key not in o_params:
                problems.append(f"{where}: parameter {key} is missing")
                continue
            o_param = o_params[key]
            if p_param.get("required", False) != o_param.get("required", False):
                problems.append(f"{where}: parameter {key} changed required")
            if p_param.get("explode") is not None and p_param.get("explode") != o_param.get("explode"):
                problems.append(f"{where}: parameter {key} changed explode")
            problems += compare(pub, ours, p_param["schema"], o_param["schema"], f"{where} ?{key[0]}", key[0], seen)
        p_body = json_schema(pub, p_op.get("requestBody"))
        o_body = json_schema(ours, o_op.get("requestBody"))
        if p_body is not None:
            if o_body is None:
                problems.append(f"{where}: request body is missing")
            else:
                problems += compare(pub, ours, p_body, o_body, f"{where} body", "", seen)
        for status, p_response in p_op["responses"].items():
            o_response = o_op["responses"].get(status)
            if o_response is None:
                problems.append(f"{where}: response {status} is missing")
                continue
            p_schema = json_schema(pub, p_response)
            o_schema = json_schema(ours, o_response)
            if p_schema is not None:
                if o_schema is None:
                    problems.append(f"{where} {status}: body schema is missing")
                else:
                    problems += compare(pub, ours, p_schema, o_schema, f"{where} {status}", "", seen, answer=True)
    assert problems == []


def test_security_schemes_cover_api_key_and_oauth2(docs: tuple[Doc, Doc]) -> None:
    _, ours = docs
    schemes = ours.data["components"]["securitySchemes"]
    assert schemes["apiKey"] == {**schemes["apiKey"], "type": "apiKey", "in": "header", "name": "X-Keap-API-Key"}
    assert schemes["oauth2"]["type"] == "oauth2"
    assert ours.data["servers"][0]["url"] == "https://api.keap.com/crm/rest"


def test_every_deliberate_difference_is_still_needed(docs: tuple[Doc, Doc]) -> None:
    test_every_published_task_operation_is_ours_and_compatible(docs)
    assert set(DELIBERATE_DIFFERENCES) - used == set()
