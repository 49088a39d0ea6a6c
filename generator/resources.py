"""The third module crmtasks adds to each generated client package: ``resources.py``.

Every operation a spec marks with ``x-method: {resource, name}`` becomes a
method ``client.<resource>.<name>(...)``, sync and async, with one explicit
keyword parameter per filter, query parameter, body field and call option,
typed from the spec, and a docstring whose ``Args:`` come from the spec's
descriptions (the OpenAI and Anthropic SDKs are the model). Explicit
parameters are what every editor completes, jedi (IPython, Jupyter) included.

A generated method only collects the arguments given and hands them, with its
operation's name, to ``_call`` or ``_page`` of crmtasks._resources, which read
everything else from the operation's spec_data entry.

Every resource with a ``create`` also gets ``create_many(items, concurrency=,
progress=)``: the items are typed as the create's keyword arguments, one
TypedDict of kwargs.py, and ``_create_many`` sends them (crmtasks._bulk).

``kwargs.py`` is written here too (``kwargs_module``), from the types the
methods name and nothing else: each create's item, each list's filter keywords
(the TypedDict of ``**filters``), each ``order_by`` pair, and the TypedDicts of
the schemas nested in them or in the methods' parameters. A method's own types
are named ``<Resource><Method><Role>`` in every API (extras.method_type_name:
``TaskCreateItem``, ``TaskListFilter``, ``TaskListOrderBy``); a nested schema's
``<Schema>Fields``.

Docstrings say what the method takes and answers: paging parameters the
paginator sets are not parameters, so a list's docstring takes the first
paragraph of the operation's description (the spec keeps how one page leads to
the next in the paragraphs after it) and says it answers a paginator; each
filter keyword says which items it selects, from the spec's description of the
field (x-filter: a sentence of what equality selects; x-properties: what the
property holds).
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field

from extras import (
    Schema,
    SpecReader,
    TypedDicts,
    batch_twins,
    class_name,
    filter_keys,
    method_type_name,
    property_kind,
    python_name,
    search_annotation,
    search_keys,
    typed_annotation,
    typed_properties,
)

NOT_GIVEN = "NotGiven"
# What a paged method answers, after what the spec says it lists.
PAGINATOR_DOC = (
    "Answers a paginator: iterating it yields every one of them, fetched lazily page by page (``limit`` caps "
    "how many, ``prefetch`` requests pages ahead); ``.pages()`` gives the pages."
)
# How filter keywords compare, by the operator (x-filter's, x-search's) and whether the value is a time.
_COMPARED = {
    False: {"NEQ": "is not", "LT": "is below", "LTE": "is at most", "GT": "is above", "GTE": "is at least"},
    True: {"NEQ": "is not", "LT": "is before", "LTE": "is at or before", "GT": "is after", "GTE": "is at or after"},
}
_FILTER_OPERATORS = {"==": "EQ", ">": "GT", ">=": "GTE", "<": "LT", "<=": "LTE"}
# Parameters of every list (and of lists with a result cap), typed and documented as the wrapper's paginators take them.
PAGING = [
    ("page_size", "int | None", "Items per request; the API's maximum when not given."),
    ("limit", "int | None", "The most items to return in all; every item when not given."),
    ("prefetch", "int", "Page requests kept in flight ahead of the caller (0: each page fetched when reached)."),
]
TRUNCATION = ("on_truncation", 'Literal["warn", "raise"]', "Past the API's result cap: warn (default) or raise.")
CALL_OPTIONS = [
    (
        "timeout",
        "float | httpx.Timeout | None",
        "Seconds (or an httpx.Timeout) for this call; the client's when not given.",
    ),
    ("max_retries", "int | None", "Retries for this call; the client's when not given."),
    ("extra_headers", "Mapping[str, str] | None", "Headers to add to the request (credentials always win)."),
    ("extra_query", "Mapping[str, Any] | None", "Query parameters to add, for what the spec does not know yet."),
    ("extra_body", "Mapping[str, Any] | None", "Members to add to the JSON body, for what the spec does not know yet."),
]


@dataclass
class _Param:
    name: str
    annotation: str
    doc: str
    required: bool = False
    positional: bool = False


@dataclass
class _Method:
    name: str
    operation: str
    params: list[_Param]
    returns: str
    paged: bool
    doc: str
    answer: str = "Any"  # a listing's whole answer, the type of its pages' response
    body: str = "Mapping[str, Any]"  # its body fields, as the TypedDict of kwargs.py: the items of a create_many
    batch: tuple[str, int] | None = None  # the method create_many sends its items through (x-batch), a request's items


@dataclass
class _Resource:
    path: str
    methods: list[_Method] = field(default_factory=list[_Method])

    @property
    def class_name(self) -> str:
        return "".join(class_name(part) for part in self.path.split("."))


def _first_paragraph(text: str | None) -> str:
    return " ".join((text or "").strip().split("\n\n", 1)[0].split())


def _doc(schema: Schema | None, fallback: str) -> str:
    return _first_paragraph((schema or {}).get("description")) or fallback


def _what(schema: Schema) -> str:
    """What a property holds, as a phrase inside a sentence: its description up to the first aside."""
    text = re.split(r" \(|;|\.(?:\s|$)", _first_paragraph(schema.get("description")), maxsplit=1)[0].strip()
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _method_doc(operation: Schema) -> str:
    """The summary, then the description's first paragraph; a paged method's says what it lists (the paragraphs
    after it, how one page leads to the next), then that it answers a paginator."""
    doc = operation.get("summary", "").rstrip(".") + "."
    detail = textwrap.fill(_first_paragraph(operation.get("description")), width=104)
    if "x-pagination" in operation:
        detail = f"{detail}\n\n{textwrap.fill(PAGINATOR_DOC, width=104)}".strip()
    return f"{doc}\n\n{detail}" if detail else doc


class _KwargsDicts:
    """Annotations of resources.py: those of kwargs.py (``plain``, which keeps the TypedDicts they name, and
    only those), its TypedDicts named through the module (``kwargs.CustomFieldOptionFields``)."""

    def __init__(self, reader: SpecReader) -> None:
        self.plain = TypedDicts(reader)

    def annotation(self, schema: Schema) -> str:
        text = self.plain.annotation(schema)
        return re.sub(r"(?<![.\w])[A-Z]\w*", lambda m: f"kwargs.{m[0]}" if m[0] in self.plain.blocks else m[0], text)


class _Builder:
    def __init__(self, spec: Schema) -> None:
        self.spec = spec
        self.reader = SpecReader(spec)
        self.dicts = _KwargsDicts(self.reader)
        self.aliases: dict[str, str] = {}  # kwargs.py's type aliases (order_by pairs), by name

    def annotation(self, schema: Schema) -> str:
        return self.dicts.annotation(schema)

    def model(self, schema: Schema | None) -> str:
        """The generated model an answer schema is read into (the first one of a oneOf), or None."""
        if schema is None:
            return "None"
        resolved, name = self.reader.resolve(schema)
        if name is None and "oneOf" in resolved:
            return self.model(resolved["oneOf"][0])
        return f"models.{class_name(name)}" if name else "Any"

    def answer_schema(self, operation: Schema) -> Schema | None:
        for status, response in sorted(operation.get("responses", {}).items()):
            if str(status).startswith("2"):
                content = self.reader.resolve(response)[0].get("content", {})
                return content.get("application/json", {}).get("schema")
        return None

    def member(self, schema: Schema, path: str) -> Schema:
        """The schema of a dotted member path inside an object schema."""
        for part in path.split("."):
            flat = self.reader.resolve(schema)[0]
            schema = flat["properties"][part]
        return schema

    def method(self, path: str, http: str, item: Schema, operation: Schema) -> _Method:
        declared = operation["x-method"]
        params: list[_Param] = []
        parameters = self.reader.parameters(item, operation)
        pagination = operation.get("x-pagination")
        skip: set[str | None] = {declared.get("mask")}
        if pagination:
            skip |= {pagination.get(k) for k in ("page_param", "token_param", "page_size_param")}
        for p in parameters:
            if p["in"] == "path":
                params.append(
                    _Param(python_name(p["name"]), self.annotation(p["schema"]), _doc(p, p["name"]), True, True)
                )
        for p in parameters:
            if "x-filter" in p:
                params.extend(self.filter_params(p, declared, f"{http.upper()} {path}"))
            elif "x-order-by" in p:
                order = self.order_by(declared, p["x-order-by"], http, path)
                params.append(_Param("order_by", f"{order} | {self.annotation(p['schema'])} | None", _doc(p, "Order.")))
            elif p["in"] == "query" and p["name"] not in skip:
                params.append(_Param(python_name(p["name"]), self.annotation(p["schema"]), _doc(p, p["name"])))
        body = self.reader.body_schema_name(operation)
        body_fields = "Mapping[str, Any]"
        if body:
            flat = self.reader.flatten({"$ref": f"#/components/schemas/{body}"})
            properties = self.dicts.plain.properties(self.reader.resolve({"$ref": f"#/components/schemas/{body}"})[0])
            required = set(flat.get("required", []))
            typed = typed_properties(self.reader, operation)
            searched = operation.get("x-search", {}).get("groups")
            for name, schema in properties.items():
                if pagination and pagination.get("in") == "body" and name in skip:
                    continue  # the paginator sets them on every page
                # typed keywords may fill a map; keyword filters the groups
                needed = name in required and name != searched and (typed is None or typed[0] != name)
                params.append(_Param(name, self.annotation(schema), _doc(self.reader.named(schema)[0], name), needed))
            if typed is not None:
                params.extend(self.typed_params(typed[0], typed[1], {p.name for p in params}))
            if declared["name"] == "create":  # create_many's items: the keyword arguments of the create
                body_fields = self.create_item(declared, body, typed, f"{http.upper()} {path}")
            if searched is not None:
                params.extend(self.search_params(operation, {p.name for p in params}))
        answer = self.answer_schema(operation)
        if pagination:
            params.extend(_Param(n, a, d) for n, a, d in PAGING)
            if "max_results" in pagination:
                params.append(_Param(*TRUNCATION))
            items = self.member(answer or {}, pagination["items"])
            returns = self.model(self.reader.resolve(items)[0].get("items"))
        elif "result" in declared:
            returns = self.model(self.member(answer or {}, declared["result"]))
        elif answer is not None and "x-envelope" in self.spec:
            returns = self.model(self.member(answer, self.spec["x-envelope"]["data"]))
        else:
            returns = self.model(answer)
        params.extend(_Param(n, a, d) for n, a, d in CALL_OPTIONS)
        return _Method(declared["name"], python_name(operation["operationId"]), params, returns, bool(pagination),
                       _method_doc(operation), self.model(answer), body_fields,
                       self.batch_of(operation["operationId"]))  # fmt: skip

    def create_item(self, declared: Schema, body: str, typed: tuple[str, Schema] | None, where: str) -> str:
        """The TypedDict of a create's keyword arguments, in kwargs.py: an item of its create_many."""
        doc = f"An item of ``{declared['resource']}.create_many``: the keyword arguments of {where}."
        return f"kwargs.{self.dicts.plain.item(method_type_name(declared, 'Item'), body, typed, doc)}"

    def batch_of(self, operation_id: str) -> tuple[str, int] | None:
        """The batch method that takes this operation's items (x-batch ``of``), and how many a request."""
        twin = batch_twins(self.reader).get(operation_id)
        return (twin[0]["x-method"]["name"], twin[1]) if twin is not None else None

    def typed_params(self, field: str, declared: Schema, taken: set[str]) -> list[_Param]:
        """One keyword per typed entry of the map ``field`` (x-properties)."""
        params: list[_Param] = []
        for name, schema in declared.items():
            if name in taken or not name.isidentifier():
                raise ValueError(f"x-properties: {name!r} cannot be a keyword beside the others")
            what = _first_paragraph(schema.get("description")).rstrip(".")
            doc = f"{what}; sent in ``{field}``." if what else f"Sent as ``{field}[{name!r}]``."
            params.append(_Param(name, self.typed_annotation(schema), doc))
        return params

    def search_params(self, operation: Schema, taken: set[str]) -> list[_Param]:
        """One keyword per x-search filter (a property and an operator), and ``any_of`` for OR'ed groups."""
        declared, keys = search_keys(self.reader, operation["x-search"])
        groups = operation["x-search"]["groups"]
        params: list[_Param] = []
        noun = self.noun(operation["x-method"])
        fields: dict[str, str] = {}
        for name, key in keys.items():
            if name in taken or not name.isidentifier():
                raise ValueError(f"x-search: {name!r} cannot be a keyword beside the others")
            schema = declared[key["property"]]
            what = _what(schema)
            if not what:
                raise ValueError(f"x-properties: {key['property']!r} needs a description (what it holds)")
            is_time = property_kind(schema) == "date-time"
            test = {
                "value": _COMPARED[is_time].get(key["operator"], "is") + " this",
                "range": "lies between these two (inclusive)",
                "values": "is one of these" if key["operator"] == "IN" else "is none of these",
                "token": "contains this word (``*`` a wildcard)"
                if key["operator"] == "CONTAINS_TOKEN"
                else "lacks this word (``*`` a wildcard)",
                "presence": "has a value (True) or none (False)",
            }[key["takes"]]
            text = f"{noun} whose {key['property']} ({what}) {test}."
            fields[name] = search_annotation(schema, key["takes"])
            params.append(_Param(name, fields[name], text))
        filter_doc = f"Filter keywords of ``{self.where(operation)}`` (one AND group)."
        order = f"kwargs.{self.add_filter(operation['x-method'], filter_doc, fields)}"
        text = (
            "Groups of the same keywords (dicts), any of which must match; the keywords given outside join every "
            f"group. Instead of ``{groups}``."
        )
        params.append(_Param("any_of", f"Sequence[{order}] | None", text))
        return params

    def typed_annotation(self, schema: Schema) -> str:
        return typed_annotation(schema)

    @staticmethod
    def noun(declared: Schema) -> str:
        """What a method of the resource lists, for the docs of its filters: ``Tasks``."""
        return declared["resource"].rsplit(".", 1)[-1].replace("_", " ").capitalize()

    @staticmethod
    def where(operation: Schema) -> str:
        return f"{operation['x-method']['resource']}.{operation['x-method']['name']}"

    def add_filter(self, declared: Schema, doc: str, fields: dict[str, str]) -> str:
        """The TypedDict of a method's filter keywords (for ``**filters``), in kwargs.py."""
        name = method_type_name(declared, "Filter")
        self.dicts.plain.add(name, doc, fields)
        return name

    def order_by(self, declared: Schema, order: Schema, http: str, path: str) -> str:
        """The alias of a method's ``order_by`` pairs, in kwargs.py."""
        name = method_type_name(declared, "OrderBy")
        fields = ", ".join(repr(f) for f in order["fields"])
        directions = ", ".join(repr(d) for d in order["directions"])
        self.aliases[name] = (
            f"{name} = tuple[Literal[{fields}], Literal[{directions}]]\n"
            f'"""(field, direction) for the order_by of {http.upper()} {path}."""'
        )
        return f"kwargs.{name}"

    def filter_params(self, param: Schema, declared: Schema, where: str) -> list[_Param]:
        """One keyword per x-filter field and operator; equality is documented by the field's description, a
        sentence of what it selects."""
        x_filter = param["x-filter"]
        noun = self.noun(declared)
        params: list[_Param] = []
        fields: dict[str, str] = {}
        for name, key in filter_keys(x_filter).items():
            schema = x_filter["fields"][key["field"]]
            if key["prefix"]:
                text = f"{noun} whose {key['field']} starts with this."
                annotation = "str"
            elif key["operator"] == "==":
                text = _doc(schema, "")
                if not text:
                    raise ValueError(f"x-filter: {key['field']!r} needs a description (what equality selects)")
                annotation = self.annotation(schema)
            else:
                is_time = self.reader.resolve(schema)[0].get("format") == "date-time"
                text = f"{noun} whose {key['field']} {_COMPARED[is_time][_FILTER_OPERATORS[key['operator']]]} this."
                annotation = self.annotation(schema)
            fields[name] = self.dicts.plain.annotation(schema) if not key["prefix"] else "str"
            params.append(_Param(name, annotation, text))
        self.add_filter(declared, f"Filter keywords of ``{self.where({'x-method': declared})}`` ({where}).", fields)
        if x_filter.get("custom_fields"):
            text = "Filters on custom fields by name, with the same suffixes (``{'cf_region': 'West'}``)."
            params.append(_Param("custom_fields", "Mapping[str, Any] | None", text))
        return params


def _signature(method: _Method) -> str:
    lines = ["self,"]
    positional = [p for p in method.params if p.positional]
    lines += [f"{p.name}: {p.annotation}," for p in positional]
    lines.append("*,")
    for p in method.params:
        if p.positional:
            continue
        lines.append(
            f"{p.name}: {p.annotation}," if p.required else f"{p.name}: {p.annotation} | {NOT_GIVEN} = NOT_GIVEN,"
        )
    return "\n".join(lines)


def _docstring(method: _Method) -> str:
    args: list[str] = []
    for p in method.params:
        args.append(textwrap.fill(f"{p.name}: {p.doc}", width=108, initial_indent="    ", subsequent_indent="        "))
    return f'"""{method.doc}\n\nArgs:\n' + "\n".join(args) + '\n"""'


def _method_source(method: _Method, asynchronous: bool) -> str:
    """A method: its explicit keywords handed to ``_call`` (one request) or ``_page`` (a paginator)."""
    paginator = "AsyncPaginator" if asynchronous else "SyncPaginator"
    returns = f"{paginator}[{method.returns}, {method.answer}]" if method.paged else method.returns
    forward = ", ".join(p.name for p in method.params if p.positional)
    given = ", ".join(f"{p.name}={p.name}" for p in method.params if not p.positional)
    arguments = ", ".join(part for part in (f"operations.{method.operation}", forward, f"**given({given})") if part)
    awaiting = asynchronous and not method.paged
    signature = textwrap.indent(_signature(method), "    ")
    head = f"{'async ' if awaiting else ''}def {method.name}(\n{signature}\n) -> {returns}:"
    send = "_page" if method.paged else "_call"
    sent = f"{'await ' if awaiting else ''}self.{send}({arguments})"
    # A raw=True resource answers the APIResponse even where the method returns None: always return what came.
    call = f"return {sent}" if returns == "None" else f"result: {returns} = {sent}\n    return result"
    return f"{head}\n{textwrap.indent(_docstring(method), '    ')}\n    {call}"


def _raw_twin_class(api: str, resource: _Resource, resources: dict[str, _Resource], prefix: str) -> str:
    """The class of ``with_raw_response``: the methods of the resource made with ``raw=True``, typed as answering
    crmtasks.APIResponse (crmtasks._resources.raw_call and its siblings), not a second copy of each."""
    name = f"{prefix}{resource.class_name}"
    children = [r for r in resources.values() if r.path.rsplit(".", 1)[0] == resource.path and r is not resource]
    names = ", ".join(m.name for m in resource.methods)
    doc = (
        f"``{api}.{resource.path}.with_raw_response``: {names}, each answering the crmtasks.APIResponse as it came "
        "(a listing: its first page's); ``.parse()`` gives what the method returns."
    )
    wrapped = textwrap.fill(doc, 112)
    body = [
        f'"""{wrapped}\n"""' if "\n" in wrapped else f'"""{wrapped}"""',
        "",
        f"def __init__(self, resource: {name}) -> None:",
    ]
    for child in children:
        attribute = child.path.rsplit(".", 1)[-1]
        body.append(f"    self.{attribute} = {prefix}{child.class_name}WithRawResponse(resource.{attribute})")
    for method in resource.methods:
        wrap = ("raw_async_" if prefix else "raw_") + ("page" if method.paged else "call")
        body.append(f"    self.{method.name} = {wrap}(resource.{method.name})")
    return f"class {name}WithRawResponse:\n" + textwrap.indent("\n".join(body), "    ")


# The parameters create_many adds after its items, and what they mean.
BULK = [
    ("concurrency", "int", "Requests in flight at once (at least 1); the client's ``rate_limit=`` paces them too."),
    (
        "progress",
        "Callable[[int, int], object] | None",
        "Called with (done, total) after each item finishes, whatever its outcome, one call at a time.",
    ),
]
BULK_DOC = """\
Each item holds the keyword arguments ``{name}`` takes; every item is checked before anything is sent.
Answers one result per item, in input order: ``created`` (``value`` is what ``{name}`` returns),
``failed`` (provably not carried out: not sent, or refused; ``error`` says why) or ``unknown`` (it may
have been carried out: look it up before creating it again). Nothing one item meets is raised; a used-up
quota stops the run, and the items not sent fail with ``crmtasks.BulkAbortedError``."""
BATCH_DOC = """

The items travel ``batch_size`` (at most {size}) a request through ``{batch}`` (``concurrency`` counts
requests), each traced to its result; a batch refused as a whole with 400 is sent again item by item, so
that one bad item fails alone."""


def _create_many_source(create: _Method, asynchronous: bool) -> str:
    """``create_many``: ``create`` once per item, ``concurrency`` at a time (crmtasks._bulk)."""
    positional = [p for p in create.params if p.positional]
    returns = f"BulkResults[{create.returns}]"
    lines = ["self,", *(f"{p.name}: {p.annotation}," for p in positional), f"items: Iterable[{create.body}],", "*,"]
    lines += ["concurrency: int = 4,", "progress: Callable[[int, int], object] | None = None,"]
    bulk = [_Param(n, a, d) for n, a, d in BULK]
    forward_size = ""
    if create.batch is not None:
        size = create.batch[1]
        lines.append(f"batch_size: int = {size},")
        doc = f"Items a request, 1 to {size}: smaller batches, fewer items at stake."
        bulk.append(_Param("batch_size", "int", doc))
        forward_size = ", batch_size=batch_size"
    summary = create.doc.split("\n", 1)[0].rstrip(".")
    how = BULK_DOC.format(name=create.name)
    if create.batch is not None:
        how += BATCH_DOC.format(batch=create.batch[0], size=create.batch[1])
    method = _Method(
        "create_many",
        create.operation,
        [
            *positional,
            _Param("items", "", f"The items to create, each the keyword arguments of ``{create.name}``."),
            *bulk,
        ],
        returns,
        paged=False,
        doc=f"{summary} for each of many items, ``concurrency`` at a time.\n\n{how}",
    )
    forward = "".join(f", {p.name}" for p in positional)
    arguments = (
        f"operations.{create.operation}{forward}, items=items, concurrency=concurrency, progress=progress{forward_size}"
    )
    signature = textwrap.indent("\n".join(lines), "    ")
    awaiting = "await " if asynchronous else ""
    head = f"{'async ' if asynchronous else ''}def create_many(\n{signature}\n) -> {returns}:"
    call = f"result: {returns} = {awaiting}self._create_many({arguments})\n    return result"
    return f"{head}\n{textwrap.indent(_docstring(method), '    ')}\n    {call}"


def _resource_class(api: str, resource: _Resource, resources: dict[str, _Resource], prefix: str) -> str:
    """One resource class (sync or async)."""
    name = f"{prefix}{resource.class_name}"
    children = [r for r in resources.values() if r.path.rsplit(".", 1)[0] == resource.path and r is not resource]
    names = [n for m in resource.methods for n in ([m.name, "create_many"] if m.name == "create" else [m.name])]
    listed = ", ".join(names)
    body = [f'"""``{api}.{resource.path}``: {listed}."""', ""]
    for child in children:
        body.append(f"{child.path.rsplit('.', 1)[-1]}: {prefix}{child.class_name}")
    if children:
        body += [
            "",
            "def __init__(self, engine: Any, ops: Any, raw: bool = False) -> None:",
            "    super().__init__(engine, ops, raw)",
        ]
        body += [f"    self.{c.path.rsplit('.', 1)[-1]} = {prefix}{c.class_name}(engine, ops, raw)" for c in children]
    body += [
        "",
        "@property",
        f"def with_raw_response(self) -> {name}WithRawResponse:",
        '    """The same methods, answering the crmtasks.APIResponse (status, headers, request id...)."""',
        f"    return {name}WithRawResponse({name}(self._engine, self._ops, raw=True))",
    ]
    for method in resource.methods:
        body += ["", _method_source(method, asynchronous=bool(prefix))]
        if method.name == "create":
            body += ["", _create_many_source(method, asynchronous=bool(prefix))]
    base = "AsyncResource" if prefix else "SyncResource"
    return f"class {name}({base}):\n" + textwrap.indent("\n".join(body), "    ")


def resources_module(spec: Schema, api: str, source: str) -> str:
    """Source of ``resources.py`` for the spec of ``api`` (the key of crmtasks' registry)."""
    builder = _Builder(spec)
    resources: dict[str, _Resource] = {}
    for path, http, item, operation in builder.reader.operations():
        if "x-method" in operation:
            declared = operation["x-method"]
            resource = resources.setdefault(declared["resource"], _Resource(declared["resource"]))
            resource.methods.append(builder.method(path, http, item, operation))
    blocks: list[str] = []
    for prefix in ("", "Async"):
        blocks += [_raw_twin_class(api, resource, resources, prefix) for resource in resources.values()]
        blocks += [_resource_class(api, resource, resources, prefix) for resource in resources.values()]
    bases = sorted(
        f"{prefix}{r.class_name}{suffix}"
        for prefix in ("", "Async")
        for suffix in ("", "WithRawResponse")
        for r in resources.values()
    )
    header = [
        f'"""The resources of crmtasks\' {api} clients, from {source}: explicit, typed, documented methods.',
        "",
        "Generated by generator/resources.py; change the spec (its x-method declarations), not this file.",
        "Each method hands the arguments given to crmtasks._resources, which checks, builds and sends the call.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "import datetime",
        "from collections.abc import Callable, Iterable, Mapping, Sequence",
        "from typing import TYPE_CHECKING, Any, Literal",
        "",
        "from crmtasks._facade import (",
        "    NOT_GIVEN, AsyncResource, NotGiven, SyncResource, given,",
        "    raw_async_call, raw_async_page, raw_call, raw_page,",
        ")",
        "",
        "if TYPE_CHECKING:",
        "    import httpx",
        "    from crmtasks._facade import APIResponse, AsyncPaginator, BulkResults, SyncPaginator",
        "",
        "    from . import kwargs, models",
        "",
        "from . import operations",
        "",
        f"__all__ = [{', '.join(repr(b) for b in bases)}]",
    ]
    return "\n".join(header) + "\n\n\n" + "\n\n\n".join(blocks) + "\n"


def operations_module(spec: Schema, source: str) -> str:
    """Source of ``operations.py`` for one spec: an ``ApiOperation`` per operation a method sends, typed by what
    the method returns (a listing: its page's model), holding its spec facts and batch twin."""
    builder = _Builder(spec)
    methods: dict[str, _Method] = {}
    for path, http, item, operation in builder.reader.operations():
        if "x-method" in operation:
            method = builder.method(path, http, item, operation)
            methods[method.operation] = method
    twins = {python_name(of): python_name(twin["operationId"]) for of, (twin, _) in batch_twins(builder.reader).items()}
    # A batch twin first: the create it serves names it.
    order = sorted(methods, key=lambda name: (name not in twins.values(), name))
    blocks = []
    for name in order:
        method = methods[name]
        returns = method.answer if method.paged else method.returns
        batch = f", batch={twins[name]}" if name in twins else ""
        blocks.append(f"{name}: ApiOperation[{returns}] = ApiOperation(API, spec_data.OPERATIONS[{name!r}]{batch})")
    header = f'''"""The operations of {source} that crmtasks' resources send: one typed object each.

Generated by generator/resources.py; change the spec, not this file. Each ``ApiOperation`` holds the
operation's facts (spec_data, which name its endpoint module, imported on first use through ``API.load``), its
batch twin (x-batch) and, as its type, what its method returns (a listing: its page's model); the resources
hand it to the runtime.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from crmtasks._facade import ApiOperation

from . import spec_data
from .clients import API

if TYPE_CHECKING:
    from . import models

__all__ = [{", ".join(repr(name) for name in sorted(order))}]
'''
    return header + "\n\n" + "\n".join(blocks) + "\n"


def kwargs_module(spec: Schema, source: str) -> str:
    """Source of ``kwargs.py`` for one spec: the types the methods of resources.py name, and only those."""
    builder = _Builder(spec)
    for path, http, item, operation in builder.reader.operations():
        if "x-method" in operation:
            builder.method(path, http, item, operation)
    blocks = builder.dicts.plain.blocks
    names = sorted([*blocks, *builder.aliases])
    if len(names) != len(set(names)):
        raise ValueError("kwargs.py: a TypedDict and an alias of the same name")
    header = [
        f'"""Typed keyword arguments of the crmtasks wrapper, from {source}.',
        "",
        "Generated by generator/resources.py; change the spec, not this file. A method's own types are named",
        "``<Resource><Method><Role>`` (``TaskCreateItem``: an item of ``tasks.create_many``; ``TaskListFilter``:",
        "the filter keywords of ``tasks.list``); the TypedDict of a schema nested in them ``<Schema>Fields``.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "import datetime",
        "from collections.abc import Mapping, Sequence",
        "from typing import TYPE_CHECKING, Literal, Required, TypedDict",
        "",
        "if TYPE_CHECKING:",
        "    from . import models",
        "",
        "__all__ = [",
        *(f"    {name!r}," for name in names),
        "]",
        "",
    ]
    body = [*(builder.aliases[name] for name in sorted(builder.aliases)), *(blocks[name] for name in sorted(blocks))]
    return "\n".join(header) + "\n\n" + "\n\n\n".join(body) + "\n"
