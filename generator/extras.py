"""The modules crmtasks adds to each generated client package.

``spec_data.py``
    Plain data the wrapper reads at run time: the server, the security
    schemes, the envelope, and per operation its parameters, body schema,
    pagination, filter grammar and sort options, with every ``$ref`` inlined
    and only the keywords that matter for checking input kept. The wrapper
    never parses YAML, and never re-types a fact the spec holds.

``kwargs.py``
    (written by resources.py from the types its methods name) TypedDicts for
    the wrapper's keyword arguments: create_many's items, filter keywords, the
    nested objects of bodies. This module has their building blocks
    (``TypedDicts``, ``method_type_name``).

Names follow openapi-python-client's own rules (``PythonIdentifier``,
``ClassName``), so they match the generated functions and models.
"""

from __future__ import annotations

import copy
import pprint
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier

Schema = dict[str, Any]

# Keyword suffixes for filter operators other than equality: id__gt=5 sends
# id>5. A crmtasks convention; the operators themselves come from x-filter.
OPERATOR_SUFFIXES = {"==": "", ">": "__gt", ">=": "__gte", "<": "__lt", "<=": "__lte"}
PREFIX_SUFFIX = "__startswith"
VALIDATION_KEYWORDS = {
    "type",
    "format",
    "enum",
    "pattern",
    "maxLength",
    "minLength",
    "maximum",
    "minimum",
    "maxItems",
    "minItems",
    "uniqueItems",
    "nullable",
    "default",
    "required",
}
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
FIELD_PREFIX = "field_"


def python_name(name: str) -> str:
    return str(PythonIdentifier(name, prefix=FIELD_PREFIX))


def class_name(name: str) -> str:
    return str(ClassName(name, prefix=""))


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def method_type_name(x_method: Schema, role: str) -> str:
    """The name in kwargs.py of a type of the method ``x_method`` declares: ``<Resource><Method><Role>``.

    The resource's parts singular, then the method's name, then the type's role: ``Item`` (an item of
    ``create_many``), ``Filter`` (its filter keywords, one dict), ``OrderBy`` (an ``order_by`` pair), so that
    ``tasks.create`` gives ``TaskCreateItem``, ``tasks.custom_fields.create`` ``TaskCustomFieldCreateItem``
    and ``tasks.list`` ``TaskListFilter`` in every API. The TypedDict of a schema nested in their fields is
    named after the schema: ``<Schema>Fields``.
    """
    resource = "".join(class_name(_singular(part)) for part in x_method["resource"].split("."))
    return f"{resource}{class_name(x_method['name'])}{role}"


class SpecReader:
    """Resolves references of one spec and flattens schemas for checking."""

    def __init__(self, spec: Schema) -> None:
        self.spec = spec

    def resolve(self, node: Schema) -> tuple[Schema, str | None]:
        name = None
        while "$ref" in node:
            ref: str = node["$ref"]
            name = ref.rsplit("/", 1)[-1]
            target: Any = self.spec
            for part in ref.removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node, name

    def named(self, node: Schema) -> tuple[Schema, str | None]:
        """Like resolve, also looking through a one-member allOf (``allOf: [$ref]`` plus siblings)."""
        node, name = self.resolve(node)
        if name is None and len(node.get("allOf", [])) == 1:
            inner, name = self.resolve(node["allOf"][0])
            node = {**inner, **{k: v for k, v in node.items() if k != "allOf"}}
        return node, name

    def flatten(self, node: Schema) -> Schema:
        """The schema with refs inlined, allOf merged, and only checking keywords kept."""
        node, name = self.resolve(node)
        out: Schema = {}
        for member in node.get("allOf", []):
            merged = self.flatten(member)
            if "properties" in merged:
                out.setdefault("properties", {}).update(merged.pop("properties"))
            out["required"] = [*out.get("required", []), *merged.pop("required", [])]
            out.update(merged)
        out.update({k: copy.deepcopy(v) for k, v in node.items() if k in VALIDATION_KEYWORDS})
        if "properties" in node:
            out.setdefault("properties", {}).update({k: self.flatten(v) for k, v in node["properties"].items()})
        if "items" in node:
            out["items"] = self.flatten(node["items"])
        if _is_map(node):  # a map's values are checked like any field
            out["additionalProperties"] = self.flatten(node["additionalProperties"])
        groups = [m["required"] for m in node.get("anyOf", []) if set(m) <= {"required", "description"}]
        if groups:
            out["at_least_one_of"] = [name for group in groups for name in group]
        if name and "enum" in out:
            out["enum_class"] = class_name(name)
        if not out.get("required"):
            out.pop("required", None)
        return out

    def operations(self) -> list[tuple[str, str, Schema, Schema]]:
        return [
            (path, method, item, item[method])
            for path, item in self.spec["paths"].items()
            for method in HTTP_METHODS
            if method in item
        ]

    def parameters(self, item: Schema, operation: Schema) -> list[Schema]:
        return [self.resolve(p)[0] for p in [*item.get("parameters", []), *operation.get("parameters", [])]]

    def body_schema_name(self, operation: Schema) -> str | None:
        body = operation.get("requestBody")
        if body is None:
            return None
        schema = self.resolve(body)[0]["content"]["application/json"]["schema"]
        return self.resolve(schema)[1]


def filter_keys(x_filter: Schema) -> dict[str, Schema]:
    """Map each filter keyword to what it stands for: a seam ``FilterKey`` (field, operator, prefix match)."""
    keys: dict[str, Schema] = {}
    for field, declared in x_filter["fields"].items():
        for operator in declared["operators"]:
            keys[field + OPERATOR_SUFFIXES[operator]] = {"field": field, "operator": operator, "prefix": False}
        if declared.get("prefix_wildcard"):
            keys[field + PREFIX_SUFFIX] = {"field": field, "operator": "==", "prefix": True}
    return keys


def typed_properties(reader: SpecReader, operation: Schema) -> tuple[str, Schema] | None:
    """The body member of ``operation`` that is a map with ``x-properties``, and those a write can set, if any.

    A ``readOnly`` property (one the API sets, as HubSpot's ``hs_createdate``) is typed on reading only.
    """
    body = reader.body_schema_name(operation)
    if body is None:
        return None
    raw = reader.resolve({"$ref": f"#/components/schemas/{body}"})[0]
    for name, schema in TypedDicts(reader).properties(raw).items():
        declared = reader.resolve(schema)[0].get("x-properties")
        if declared:
            return name, {key: value for key, value in declared.items() if not value.get("readOnly")}
    return None


def property_kind(schema: Schema) -> str:
    """The kind of a typed property that x-search operators apply to: text, enum, date-time, number or boolean."""
    if schema.get("format") == "date-time":
        return "date-time"
    if "enum" in schema:
        return "enum"
    return {"integer": "number", "number": "number", "boolean": "boolean"}.get(schema["type"], "text")


def search_keys(reader: SpecReader, x_search: Schema) -> tuple[Schema, dict[str, Schema]]:
    """The typed properties an x-search filters on, and what each keyword (``hs_timestamp__gte``) stands for."""
    declared: Schema = reader.resolve({"$ref": f"#/components/schemas/{x_search['properties']}"})[0]["x-properties"]
    keys: dict[str, Schema] = {}
    for name, schema in declared.items():
        for suffix, op in x_search["operators"].items():
            if "kinds" in op and property_kind(schema) not in op["kinds"]:
                continue
            key = {"property": name, "operator": op["operator"], "takes": op.get("takes", "value")}
            if "negated" in op:
                key["negated"] = op["negated"]
            keys[name + suffix] = key
    return declared, keys


def _search_data(reader: SpecReader, operation: Schema) -> Schema:
    """An operation's x-search as spec_data gives it: its keywords, and the limits of groups from the body schema."""
    x_search = operation["x-search"]
    declared, keys = search_keys(reader, x_search)
    body = reader.flatten({"$ref": f"#/components/schemas/{reader.body_schema_name(operation)}"})
    groups = body["properties"][x_search["groups"]]
    data = {k: v for k, v in x_search.items() if k in ("groups", "filters", "members", "max_filters")}
    data["max_groups"] = groups.get("maxItems")
    data["max_group_filters"] = groups["items"]["properties"][x_search["filters"]].get("maxItems")
    data["keys"] = keys
    data["properties"] = copy.deepcopy(declared)
    return data


def _param_data(reader: SpecReader, param: Schema) -> Schema:
    """A parameter as spec_data gives it; ``explode: false`` marks a list sent comma-separated, once."""
    data: Schema = {"name": param["name"], "in": param["in"], "schema": reader.flatten(param["schema"])}
    # OpenAPI's default for query (form) parameters is explode: true, which openapi-python-client always does.
    if param["in"] == "query" and param.get("explode", True) is False:
        data["explode"] = False
    return data


def _operation_data(reader: SpecReader, path: str, method: str, item: Schema, operation: Schema) -> Schema:
    params = reader.parameters(item, operation)
    data: Schema = {
        # openapi-python-client files an operation's module under its first tag.
        "module": f"api.{python_name(operation.get('tags', ['default'])[0])}.{python_name(operation['operationId'])}",
        "method": method.upper(),
        "path": path,
        "idempotent": operation.get("x-idempotent", method in ("get", "put", "delete")),
        "status": min(int(status) for status in operation["responses"] if str(status).startswith("2")),
        "params": {python_name(p["name"]): _param_data(reader, p) for p in params},
        "body": reader.body_schema_name(operation),
    }
    if "x-method" in operation:
        data["client_method"] = operation["x-method"]
    typed = typed_properties(reader, operation)
    if typed is not None:
        data["typed_properties"] = {"field": typed[0], "properties": copy.deepcopy(typed[1])}
    if "x-search" in operation:
        data["search"] = _search_data(reader, operation)
    if "x-pagination" in operation:
        pagination = dict(operation["x-pagination"])
        if pagination.get("in") == "body":  # body members keep their JSON names, as the body's fields do
            body_schema = reader.flatten({"$ref": f"#/components/schemas/{reader.body_schema_name(operation)}"})
            size_schema = body_schema["properties"][pagination["page_size_param"]]
        else:
            by_name = {p["name"]: p for p in params}
            for key in ("page_param", "token_param", "page_size_param"):
                if key in pagination:
                    pagination[key] = python_name(pagination[key])
            size_schema = by_name[operation["x-pagination"]["page_size_param"]]["schema"]
        pagination["page_size_max"] = reader.flatten(size_schema)["maximum"]
        wire: dict[str, str] = {}
        for key in ("items", "next_token", "current_page", "total_items", "total_pages"):
            if key in pagination:  # response paths, as attribute names of the generated models
                path = ".".join(python_name(part) for part in pagination[key].split("."))
                if path != pagination[key]:
                    wire[key] = pagination[key]
                pagination[key] = path
        if wire:
            pagination["wire"] = wire
        data["pagination"] = pagination
    for param in params:
        if "x-filter" in param:
            x_filter = {k: v for k, v in param["x-filter"].items() if k != "fields"}
            x_filter["param"] = python_name(param["name"])
            x_filter["keys"] = filter_keys(param["x-filter"])
            # For filters on names known only at run time (custom fields).
            x_filter["suffixes"] = {
                suffix: op for op, suffix in OPERATOR_SUFFIXES.items() if suffix and op in x_filter["operators"]
            }
            x_filter["prefix_suffix"] = PREFIX_SUFFIX
            x_filter["fields"] = {f: reader.flatten(s) for f, s in param["x-filter"]["fields"].items()}
            data["filter"] = x_filter
        if "x-order-by" in param:
            data["order_by"] = {
                **param["x-order-by"],
                "param": python_name(param["name"]),
                "enum_class": class_name(reader.resolve(param["schema"])[1] or ""),
            }
    return data


def typed_annotation(schema: Schema) -> str:
    """What a typed property (x-properties) takes: a datetime, a literal of its values, or its plain type."""
    if schema.get("format") == "date-time":
        return "datetime.datetime"
    if "enum" in schema:
        return f"Literal[{', '.join(repr(v) for v in schema['enum'])}]"
    return {"integer": "int", "number": "float", "boolean": "bool"}.get(schema["type"], "str")


def search_annotation(schema: Schema, takes: str) -> str:
    """What a search keyword takes (x-search), by what its operator takes."""
    one = typed_annotation(schema)
    return {"range": f"tuple[{one}, {one}]", "values": f"Sequence[{one}]", "token": "str", "presence": "bool"}.get(
        takes, one
    )


def _scheme_data(scheme: Schema) -> Schema:
    """A security scheme as the wrapper reads it: how credentials travel, and an OAuth2 flow's endpoints."""
    data = {k: v for k, v in scheme.items() if k in ("type", "in", "name", "scheme")}
    flow = scheme.get("flows", {}).get("authorizationCode")
    if flow is not None:
        data["authorization_url"] = flow["authorizationUrl"]
        data["token_url"] = flow["tokenUrl"]
        data["scopes"] = sorted(flow.get("scopes", {}))
    if "x-token-endpoint-auth-method" in scheme:
        data["token_auth"] = scheme["x-token-endpoint-auth-method"]
    return data


def credentials_data(spec: Schema) -> list[list[Schema]]:
    """The ways to authenticate, in the order of the spec's top-level ``security``: each requirement's schemes'
    x-credential (keyword, environment variable) and the scheme; a requirement taking the same keywords as an
    earlier one adds nothing (HubSpot's private-app and OAuth2 tokens are one ``access_token``)."""
    schemes = spec["components"]["securitySchemes"]
    ways: list[list[Schema]] = []
    for requirement in spec.get("security", []):
        way = [{**schemes[name]["x-credential"], "scheme": name} for name in requirement]
        if [part["keyword"] for part in way] not in [[part["keyword"] for part in known] for known in ways]:
            ways.append(way)
    return ways


def batch_twins(reader: SpecReader) -> dict[str, tuple[Schema, int]]:
    """Per single create (its operationId), the batch operation that takes its items (x-batch ``of``), and how
    many a request takes (the maxItems of the body's ``inputs``)."""
    twins: dict[str, tuple[Schema, int]] = {}
    for _, _, _, operation in reader.operations():
        x_batch = operation.get("x-batch")
        if x_batch is not None:
            body = reader.flatten({"$ref": f"#/components/schemas/{reader.body_schema_name(operation)}"})
            twins[x_batch["of"]] = (operation, body["properties"][x_batch["inputs"]]["maxItems"])
    return twins


def _attach_batches(reader: SpecReader, operations: Schema) -> None:
    """Give each single create its batch twin, as spec_data's ``batch`` of the create."""
    for of, (operation, max_items) in batch_twins(reader).items():
        x_batch = operation["x-batch"]
        batch: Schema = {"operation": python_name(operation["operationId"]), "max_items": max_items}
        batch.update({key: value for key, value in x_batch.items() if key != "of"})
        batch["results"] = python_name(x_batch["results"])  # read from the parsed answer, by attribute
        operations[python_name(of)]["batch"] = batch


def spec_data_module(spec: Schema, source: str, sha256: str) -> str:
    """Source of ``spec_data.py`` for one spec; ``sha256`` is the hex SHA-256 of the spec file's bytes."""
    reader = SpecReader(spec)
    operations: Schema = {}
    bodies: set[str] = set()
    for path, method, item, operation in reader.operations():
        operations[python_name(operation["operationId"])] = _operation_data(reader, path, method, item, operation)
        body = reader.body_schema_name(operation)
        if body:
            bodies.add(body)
    _attach_batches(reader, operations)
    schemes = {name: _scheme_data(scheme) for name, scheme in spec["components"].get("securitySchemes", {}).items()}
    constants = {
        # Which spec this package was built from: its info.version and the SHA-256 of the file as committed.
        "SPEC_VERSION": str(spec["info"]["version"]),
        "SPEC_SHA256": sha256,
        "SERVER_URL": spec["servers"][0]["url"],
        "SECURITY_SCHEMES": schemes,
        "ENVELOPE": spec.get("x-envelope"),
        "ERRORS": spec["x-errors"],
        "RATE_LIMIT": spec.get("x-rate-limit"),
        "CREDENTIALS": credentials_data(spec),
        "OPERATIONS": operations,
        "SCHEMAS": {name: reader.flatten(spec["components"]["schemas"][name]) for name in sorted(bodies)},
    }
    lines = [
        f'"""Facts of {source} read by the crmtasks wrapper at run time.',
        "",
        "Generated by generator/extras.py; change the spec, not this file. The types",
        "are the seam's (generator/seam.schema.json), so type checkers check both the",
        "generator's output and the wrapper code that reads it.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING, Any",
        "",
        "if TYPE_CHECKING:",
        "    from crmtasks._facade import CredentialPart, Operation, SecurityScheme, XEnvelope, XErrors, XRateLimit",
        "",
    ]
    for name, value in constants.items():
        lines.append(f"{name}: {_CONSTANT_TYPES[name]} = {pprint.pformat(value, width=110, sort_dicts=True)}")
        lines.append("")
    return "\n".join(lines)


# The seam type of each spec_data constant.
_CONSTANT_TYPES = {
    "SPEC_VERSION": "str",
    "SPEC_SHA256": "str",
    "SERVER_URL": "str",
    "SECURITY_SCHEMES": "dict[str, SecurityScheme]",
    "ENVELOPE": "XEnvelope | None",
    "ERRORS": "XErrors",
    "RATE_LIMIT": "XRateLimit | None",
    "CREDENTIALS": "list[list[CredentialPart]]",
    "OPERATIONS": "dict[str, Operation]",
    "SCHEMAS": "dict[str, dict[str, Any]]",
}


def _is_map(schema: Schema) -> bool:
    """Whether an object schema is a map: only ``additionalProperties`` with a schema, no named properties."""
    extra = schema.get("additionalProperties")
    return schema.get("type") == "object" and not schema.get("properties") and isinstance(extra, dict) and bool(extra)


class TypedDicts:
    """Collects TypedDict sources, emitting nested object schemas once each."""

    def __init__(self, reader: SpecReader) -> None:
        self.reader = reader
        self.blocks: dict[str, str] = {}

    def annotation(self, node: Schema) -> str:
        resolved, name = self.reader.named(node)
        if "enum" in resolved:
            literal = f"Literal[{', '.join(repr(v) for v in resolved['enum'])}]"
            text = f"models.{class_name(name)} | {literal}" if name else literal
        elif _is_map(resolved):
            # Only additionalProperties (a map of names known at run time): a TypedDict would refuse every key.
            text = f"Mapping[str, {self.annotation(resolved['additionalProperties'])}]"
        elif name and (resolved.get("type") == "object" or "properties" in resolved or "allOf" in resolved):
            text = self.typed_dict(name, self.reader.flatten(node), f"The fields of {name}.")
        else:
            text = self._plain(resolved)
        return f"{text} | None" if resolved.get("nullable") else text

    def _plain(self, schema: Schema) -> str:
        kind = schema.get("type")
        fmt = schema.get("format")
        if kind == "array":
            return f"Sequence[{self.annotation(schema.get('items', {}))}]"
        if kind == "string":
            return {"date-time": "datetime.datetime", "local-date-time": "datetime.datetime | str"}.get(
                fmt or "", "datetime.date" if fmt == "date" else "str"
            )
        return {"integer": "int", "number": "float", "boolean": "bool"}.get(kind or "", "object")

    def typed_dict(self, name: str, flat: Schema, doc: str) -> str:
        class_ = f"{class_name(name)}Fields"
        if class_ in self.blocks:
            return class_
        self.blocks[class_] = ""  # reserve: recursive schemas refer to themselves
        raw, _ = self.reader.resolve({"$ref": f"#/components/schemas/{name}"})
        properties = self.properties(raw)
        required = set(flat.get("required", []))
        self.blocks[class_] = self._class(class_, doc, {k: self.annotation(v) for k, v in properties.items()}, required)
        return class_

    def properties(self, raw: Schema) -> Schema:
        properties: Schema = {}
        for member in raw.get("allOf", []):
            properties.update(self.properties(self.reader.resolve(member)[0]))
        properties.update(raw.get("properties", {}))
        return properties

    def item(self, class_: str, body: str, typed: tuple[str, Schema] | None, doc: str) -> str:
        """A body's fields and its typed properties (x-properties) if any, as one TypedDict: a create_many item."""
        raw, _ = self.reader.resolve({"$ref": f"#/components/schemas/{body}"})
        flat = self.reader.flatten({"$ref": f"#/components/schemas/{body}"})
        fields = {k: self.annotation(v) for k, v in self.properties(raw).items()}
        required = set(flat.get("required", []))
        if typed is not None:
            field, declared = typed
            fields.update({name: typed_annotation(schema) for name, schema in declared.items()})
            required -= {field}  # the typed keywords may fill it
        self.add(class_, doc, fields, required)
        return class_

    def add(self, class_: str, doc: str, fields: dict[str, str], required: set[str] | None = None) -> None:
        if class_ in self.blocks:
            raise ValueError(f"kwargs.py: two TypedDicts named {class_}")
        self.blocks[class_] = self._class(class_, doc, fields, required or set())

    @staticmethod
    def _class(class_: str, doc: str, fields: dict[str, str], required: set[str]) -> str:
        lines = [f"class {class_}(TypedDict, total=False):", f'    """{doc}"""', ""]
        for key, annotation in fields.items():
            if not key.isidentifier():
                raise ValueError(f"{class_}: {key!r} cannot be a keyword argument")
            lines.append(f"    {key}: Required[{annotation}]" if key in required else f"    {key}: {annotation}")
        return "\n".join(lines)
