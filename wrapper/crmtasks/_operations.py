"""One operation as an object, and turning a user's arguments into a ``Call`` of it.

Each generated package declares its operations once, in ``operations.py``:
an ``ApiOperation`` each, holding the operation's facts (its spec_data
entry), its endpoint module (imported on first use), its batch twin
(``x-batch``) and, as its type parameter, what its method returns. The
generated resources hand that object to crmtasks._resources, so the result
type flows from the method through the engine, and nothing is looked up by
name. ``Operations`` is the only place that knows how spec_data describes an
operation: path parameters, query parameters with their defaults, the body
schema, pagination. It checks every value before building anything.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from ._api import ApiDefinition, Call, Endpoint
from ._exceptions import CRMTasksError, ValidationError
from ._inputs import check_text, object_to_json, query_args, to_param
from ._pagination import page_shape
from ._types import NOT_GIVEN, Extras, TimeoutArg

if TYPE_CHECKING:
    from ._seam import Operation, Pagination

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
Pager = tuple[Callable[[dict[str, Any]], Call[Any]], "Pagination"]
"""What ``Operations.pager`` gives: a function building the call for one page, and how the operation pages."""


_Parameters = tuple[list[str], dict[str, Any], dict[str, Any], tuple[str, ...]]

# Path segments that name no resource: httpx resolves dot segments, so /v2/tasks/.. is /v2.
_DOT_SEGMENTS = frozenset({".", ".."})


def _identity(parsed: Any) -> Any:
    return parsed


class ApiOperation(Generic[T_co]):
    """One operation of an API, declared once by its generated package; ``T_co`` is what its method returns.

    A listing's is the page model: its paginator's item type is the method's.
    """

    def __init__(self, api: ApiDefinition, spec: Operation, batch: ApiOperation[Any] | None = None) -> None:
        self.api = api
        self.spec = spec
        self.name = spec["module"].rsplit(".", 1)[-1]
        self.batch = batch
        """The batch create that takes this create's items (``x-batch``), which ``create_many`` sends them by."""

    @cached_property
    def endpoint(self) -> Endpoint:
        """The generated endpoint module (``build_request``, ``parse_response``), imported on first use by its
        package's ``load`` (it imports the models)."""
        endpoint: Any = self.api.load(self.spec["module"])
        return cast("Endpoint", endpoint)

    @cached_property
    def parameters(self) -> _Parameters:
        """Its path parameter names, query parameters, their defaults and its comma-joined lists."""
        declared: dict[str, Any] = self.spec["params"]
        query = {name: p for name, p in declared.items() if p["in"] == "query"}
        return (
            [name for name, p in declared.items() if p["in"] == "path"],
            query,
            {name: p["schema"]["default"] for name, p in query.items() if "default" in p["schema"]},
            tuple(p["name"] for p in declared.values() if p.get("explode") is False),
        )

    @property
    def pagination(self) -> Pagination:
        """Its x-pagination (only list operations have one)."""
        pagination = self.spec.get("pagination")
        if pagination is None:  # a wrapper bug: only list operations are paged
            raise TypeError(f"the spec declares no x-pagination on {self.name}")
        return pagination

    def __repr__(self) -> str:
        return f"<ApiOperation {self.api.name} {self.name}>"


class Operations:
    """Builds checked calls for the operations of one API."""

    def __init__(self, api: ApiDefinition) -> None:
        self.api = api

    @cached_property
    def models(self) -> ModuleType:
        return self.api.models

    @cached_property
    def _declared(self) -> ModuleType:
        return self.api.load("operations")  # once, not an import lookup per step of a procedure

    def named(self, name: str) -> ApiOperation[Any]:
        """The operation of this name (a hook's procedures name theirs: the hooks module imports no generated code)."""
        operation: ApiOperation[Any] = getattr(self._declared, name)
        return operation

    def call(
        self,
        operation: ApiOperation[Any],
        *path: Any,
        params: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        unwrap: Callable[[Any], T] = _identity,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | None = None,
        extra: Extras | None = None,
    ) -> Call[T]:
        """A checked call of ``operation``."""
        spec = operation.spec
        declared: dict[str, Any] = spec["params"]
        path_names, query, defaults, joined = operation.parameters
        args: dict[str, Any] = {}
        for name, value in zip(path_names, path, strict=True):
            if isinstance(value, str):
                _check_segment(name, value)  # before the schema's rules: the reason is clearer
            args[name] = to_param(self.models, declared[name]["schema"], value, name)
            _check_segment(name, args[name])  # what the generated code puts in the path is str() of this
        args.update(query_args(self.models, query, {**defaults, **(params or {})}))
        if spec["body"] is not None:  # written by the schema's checker, sent as that JSON
            args["body"] = object_to_json(self.api.spec_data.SCHEMAS[spec["body"]], body or {})
        elif body:
            raise ValidationError(None, f"{operation.name} takes no body")
        if extra is not None:
            if extra.body and spec["body"] is None:
                raise ValidationError("extra_body", f"{operation.name} takes no body")
            check_text(extra.query, "extra_query")
            check_text(extra.body, "extra_body")
        if max_retries is not None and max_retries < 0:
            raise ValidationError("max_retries", "must be 0 or more")
        return Call(operation.endpoint, args, spec["idempotent"], unwrap, timeout, max_retries, extra, joined)

    def pager(
        self,
        operation: ApiOperation[Any],
        params: Mapping[str, Any],
        call_options: dict[str, Any],
        body: Mapping[str, Any] | None = None,
    ) -> Pager:
        """A function building the call for one page, and the operation's pagination declaration.

        The paging values go where ``x-pagination`` says (``in``): into the query parameters, or into the
        JSON body (a search that is a POST). Every argument is checked here, before any page is requested.
        """
        pagination = operation.pagination
        in_body = pagination.get("in") == "body"
        self.check_not_paging(operation, (body or {}) if in_body else params)

        shape = page_shape(pagination)

        def make_call(page: dict[str, Any]) -> Call[Any]:
            if in_body:
                return self.call(operation, params=params, body={**(body or {}), **page}, unwrap=shape, **call_options)
            return self.call(operation, params={**params, **page}, body=body, unwrap=shape, **call_options)

        make_call({})
        return make_call, pagination

    def check_not_paging(self, operation: ApiOperation[Any], given: Mapping[str, Any]) -> None:
        """Reject the values the paginator sets on every page, which would otherwise be silently replaced."""
        pagination = operation.pagination
        turn = pagination["token_param"] if pagination["style"] == "token" else pagination["page_param"]
        for name in (turn, pagination["page_size_param"]):
            if name in given:
                raise ValidationError(name, "is set by the paginator; pass page_size= or limit= instead")

    def page_size(self, operation: ApiOperation[Any], page_size: int | None, limit: int | None) -> int:
        """The page size to ask for: the caller's, else the API's maximum (or the limit, when smaller)."""
        pagination = operation.pagination
        maximum = pagination["page_size_max"]
        if limit is not None and limit < 1:
            raise ValidationError("limit", "must be at least 1")
        if page_size is None:
            return min(maximum, limit) if limit is not None else maximum
        spec = operation.spec
        if pagination.get("in") == "body" and spec["body"] is not None:
            schema = self.api.spec_data.SCHEMAS[spec["body"]]["properties"][pagination["page_size_param"]]
        else:
            schema = spec["params"][pagination["page_size_param"]]["schema"]
        to_param(self.models, {**schema, "minimum": max(1, schema.get("minimum", 1))}, page_size, "page_size")
        return page_size


def _check_segment(name: str, value: object) -> None:
    """Refuse a path parameter that would not stay in its place in the URL's path."""
    # The generated code sends quote(str(value)), which keeps dots; whitespace around counts for nothing.
    # A str subclass may str() otherwise than it reads, so both are looked at.
    texts = {str(value).strip(), str.strip(value)} if isinstance(value, str) else {str(value).strip()}
    for text in texts:
        if not text:
            # An empty id would turn /v2/tasks/{task_id} into the collection's URL.
            raise ValidationError(name, "may not be empty")
        if text in _DOT_SEGMENTS:
            resolved = "/tasks" if text == "." else "/"
            raise ValidationError(
                name,
                f"may not be {text!r}: a dot segment would leave its place in the URL path "
                f"(httpx resolves /tasks/{text} to {resolved})",
            )


def nothing(_: Any) -> None:
    """Unwrap for operations whose answer carries nothing (deletes)."""
    return None


def member(name: str) -> Callable[[Any], Any]:
    """Unwrap that returns one member of the parsed answer (an envelope's ``data``, say)."""

    def unwrap(parsed: Any) -> Any:
        value = getattr(parsed, name, None)
        if value is None:
            raise CRMTasksError(f"the answer has no {name!r}, which the spec promises")
        return value

    return unwrap
