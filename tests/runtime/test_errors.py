"""Error answers and transport failures become crmtasks exceptions carrying the vendor's parsed body."""

from __future__ import annotations

import functools
from typing import Any

import httpx
import pytest

import crmtasks
import crmtasks_apollo.models
import crmtasks_hubspot.models
import crmtasks_keap.models
import crmtasks_ysuite.models

from ..helpers import APIS, FLAVOURS, SECRETS, MockAPI, load_spec, make_client, settle

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("sleeps")]

EXPECTED_CLASS: dict[int, type[crmtasks.APIStatusError]] = {
    400: crmtasks.BadRequestError,
    401: crmtasks.AuthenticationError,
    403: crmtasks.PermissionDeniedError,
    404: crmtasks.NotFoundError,
    409: crmtasks.ConflictError,
    422: crmtasks.UnprocessableEntityError,
    429: crmtasks.RateLimitError,
    500: crmtasks.InternalServerError,
    502: crmtasks.InternalServerError,
    503: crmtasks.InternalServerError,
}

# The operation each test calls, as (spec path, method), and how to call it.
OPERATION = {
    "keap": ("/v2/tasks/{task_id}", "get"),
    "apollo": ("/api/v1/tasks", "post"),
    "ysuite": ("/v1/tasks/{id}", "get"),
    "hubspot": ("/crm/v3/objects/tasks/{taskId}", "get"),
}


def call(api: str, client: Any) -> Any:
    if api in ("keap", "hubspot"):
        return client.tasks.get("7")
    if api == "apollo":
        return client.tasks.create(contact_id="c1")
    return client.tasks.get(7)


@functools.cache
def declared_statuses(api: str) -> frozenset[int]:
    """The error statuses the spec declares a body for, on the operation ``call`` uses."""
    path, method = OPERATION[api]
    responses = load_spec(api)["paths"][path][method]["responses"]
    return frozenset(int(status) for status in responses if not status.startswith("2"))


def vendor_error(api: str, status: int) -> dict[str, Any]:
    """An error body as each vendor sends it."""
    if api == "keap":
        if status == 429:
            return {"code": "429", "message": "Quota Exceeded", "status": "Request Throttled"}
        return {"code": status, "message": f"keap says {status}", "status": "ERROR"}
    if api == "apollo":
        return {"error": f"apollo says {status}", "error_code": "E"}
    if api == "hubspot":
        correlation = "aeb5f871-7f07-4993-9211-075dc63e7cbf"
        return {"status": "error", "message": f"hubspot says {status}", "correlationId": correlation, "category": "E"}
    return {"success": False, "message": f"ysuite says {status}"}


def body_class(api: str, status: int) -> type:
    if api == "keap":
        return crmtasks_keap.models.QuotaError if status == 429 else crmtasks_keap.models.Error
    if api == "apollo":
        return crmtasks_apollo.models.ApolloError
    if api == "hubspot":
        return crmtasks_hubspot.models.Error
    return crmtasks_ysuite.models.ErrorEnvelope


async def raised(api: str, flavour: str, *answers: Any, **options: Any) -> tuple[BaseException, MockAPI]:
    mock = MockAPI(*answers)
    client = make_client(api, flavour, mock, max_retries=0, **options)
    with pytest.raises(crmtasks.CRMTasksError) as caught:
        await settle(call(api, client))
    return caught.value, mock


def test_every_status_the_tests_cover_is_declared_somewhere() -> None:
    # Guards the table above: the statuses declared by the specs' operations are all covered.
    declared = frozenset().union(*(declared_statuses(api) for api in APIS))
    assert declared - {405, 501} <= set(EXPECTED_CLASS)


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("status", sorted(EXPECTED_CLASS))
async def test_status_raises_its_exception_with_the_vendor_body(api: str, flavour: str, status: int) -> None:
    error, mock = await raised(api, flavour, (status, vendor_error(api, status)))
    assert type(error) is EXPECTED_CLASS[status]
    assert isinstance(error, crmtasks.APIStatusError)
    assert isinstance(error, crmtasks.APIError)
    assert error.status_code == status
    assert isinstance(error.response, httpx.Response)
    assert error.response.status_code == status
    assert (error.request.method, error.request.url) == (mock.last.method, mock.last.url)  # a copy: credentials masked
    assert mock.count == 1
    assert str(status) in str(error)
    if status in declared_statuses(api):
        assert isinstance(error.body, body_class(api, status))
        expected_message = vendor_error(api, status).get("message") or vendor_error(api, status)["error"]
        assert expected_message in str(error)
        assert error.message == str(error)
    else:
        # The spec declares no body for this status: documented as None, whatever the API sent.
        assert error.body is None


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_keap_error_body_is_the_generated_error_model(flavour: str) -> None:
    error, _ = await raised("keap", flavour, (404, {"code": 404, "message": "Task 7 not found", "status": "NOT_FOUND"}))
    assert isinstance(error, crmtasks.NotFoundError)
    assert isinstance(error.body, crmtasks_keap.models.Error)
    assert error.body.message == "Task 7 not found"
    assert error.body.code == 404
    assert "Task 7 not found" in str(error)


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_apollo_error_body_is_the_generated_apollo_error(flavour: str) -> None:
    error, _ = await raised("apollo", flavour, (403, {"error": "master key required", "error_code": "FORBIDDEN"}))
    assert isinstance(error, crmtasks.PermissionDeniedError)
    assert isinstance(error.body, crmtasks_apollo.models.ApolloError)
    assert error.body.error == "master key required"
    assert "master key required" in str(error)


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_ysuite_validation_errors_give_field_errors(flavour: str) -> None:
    messages = ["The title may not be greater than 150 characters."]
    answer = {"success": False, "message": "Validation failed", "errors": {"title": messages}}
    error, _ = await raised("ysuite", flavour, (422, answer))
    assert isinstance(error, crmtasks.UnprocessableEntityError)
    assert isinstance(error.body, crmtasks_ysuite.models.ErrorEnvelope)
    assert error.body.message == "Validation failed"
    assert error.field_errors == {"title": messages}
    assert "title" in str(error) and messages[0] in str(error)


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_ysuite_success_false_with_200_raises(flavour: str) -> None:
    error, mock = await raised("ysuite", flavour, (200, {"success": False, "message": "No such task"}))
    assert type(error) is crmtasks.APIStatusError
    assert error.status_code == 200
    assert isinstance(error.body, crmtasks_ysuite.models.ErrorEnvelope)
    assert "No such task" in str(error)
    assert mock.count == 1


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_ysuite_success_false_on_a_list_page_raises(flavour: str) -> None:
    mock = MockAPI((200, {"success": False, "message": "Add-on inactive"}))
    client = make_client("ysuite", flavour, mock)
    with pytest.raises(crmtasks.APIStatusError, match="Add-on inactive"):
        await settle(client.tasks.list().first_page())


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("status", [400, 500, 502, 503])
async def test_non_json_error_body_still_raises_the_right_class(api: str, flavour: str, status: int) -> None:
    html = httpx.Response(status, text="<html><body>Bad Gateway</body></html>", headers={"content-type": "text/html"})
    error, _ = await raised(api, flavour, html)
    assert type(error) is EXPECTED_CLASS[status]
    assert error.status_code == status
    assert error.body is None
    assert error.response.text.startswith("<html>")


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
async def test_json_error_body_of_the_wrong_shape_gives_body_none(api: str, flavour: str) -> None:
    status = min(declared_statuses(api))
    error, _ = await raised(api, flavour, (status, ["not", "an", "object"]))
    assert type(error) is EXPECTED_CLASS[status]
    assert error.body is None


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
async def test_connection_error_raises_api_connection_error(api: str, flavour: str) -> None:
    error, mock = await raised(api, flavour, httpx.ConnectError("connection refused"))
    assert type(error) is crmtasks.APIConnectionError
    assert isinstance(error.__cause__, httpx.ConnectError)
    assert (error.request.method, error.request.url) == (mock.last.method, mock.last.url)  # a copy: credentials masked


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
async def test_timeout_raises_api_timeout_error(api: str, flavour: str) -> None:
    error, mock = await raised(api, flavour, httpx.ReadTimeout("read timed out"))
    assert type(error) is crmtasks.APITimeoutError
    assert isinstance(error, crmtasks.APIConnectionError)
    assert isinstance(error.__cause__, httpx.ReadTimeout)
    assert (error.request.method, error.request.url) == (mock.last.method, mock.last.url)  # a copy: credentials masked


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_connect_timeout_is_a_timeout_too(flavour: str) -> None:
    error, _ = await raised("keap", flavour, httpx.ConnectTimeout("connect timed out"))
    assert type(error) is crmtasks.APITimeoutError


def test_exception_hierarchy() -> None:
    assert issubclass(crmtasks.ValidationError, ValueError)
    assert issubclass(crmtasks.ValidationError, crmtasks.CRMTasksError)
    assert issubclass(crmtasks.APITimeoutError, crmtasks.APIConnectionError)
    for cls in {*EXPECTED_CLASS.values(), crmtasks.APIConnectionError}:
        assert issubclass(cls, crmtasks.APIError)
    for cls in (crmtasks.PaginationError, crmtasks.ResultsTruncatedError, crmtasks.MissingCredentialsError):
        assert issubclass(cls, crmtasks.CRMTasksError)
    assert issubclass(crmtasks.ResultsTruncatedWarning, UserWarning)


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_what_a_custom_transport_raises_is_a_connection_error_without_its_message(flavour: str) -> None:
    # A user's call ends in crmtasks errors only: a transport's own exception becomes APIConnectionError, its
    # message left out (nothing says it holds no secret) and the exception chained.
    def broken(request: httpx.Request) -> httpx.Response:
        raise RuntimeError(f"proxy refused {request.headers['x-keap-api-key']}")

    keap = make_client("keap", flavour, broken)
    with pytest.raises(crmtasks.APIConnectionError) as failed:
        await settle(keap.tasks.get("7"))
    assert isinstance(failed.value.__cause__, RuntimeError) and failed.value.may_have_been_sent
    assert "RuntimeError" in str(failed.value) and SECRETS["keap"]["api_key"] not in str(failed.value)
    results = await settle(keap.tasks.create_many([{"title": "Call", "assigned_to_user_id": "42"}]))
    assert [r.status for r in results] == ["unknown"]  # it may have been carried out
