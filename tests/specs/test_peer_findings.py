"""Regressions for what the independent checks found (`nox -s peer`, `nox -s consumer_typing`)."""

from __future__ import annotations

from importlib.resources import files

import httpx
import smsgate
from smsgate.primotexto import operations


def _client(status: int, content: bytes) -> smsgate.Client:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"Content-Type": "application/json"})

    return smsgate.Client("primotexto", api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(answer)))


def test_a_declared_answer_without_a_body_is_none() -> None:
    # Prism: DELETE /lists/{listId} declares "200" with no content; the client raised ResponseFormatError.
    with _client(200, b"") as client:
        assert client.call(operations.delete_list, list_id="533e9f59e4b05d2efeb6f1b4") is None


def test_a_json_null_where_any_value_is_allowed_is_none() -> None:
    # Prism: GET /lists answers any JSON (UndocumentedBody); `null` was read as an empty body.
    with _client(200, b"null") as client:
        assert client.call(operations.list_lists) is None
    with _client(200, b'[{"id": "1"}]') as client:
        assert client.call(operations.list_lists) == [{"id": "1"}]


def test_an_undeclared_status_is_still_a_format_error() -> None:
    with _client(204, b"") as client:
        try:
            client.call(operations.list_lists)
        except smsgate.ResponseFormatError:
            pass
        else:
            raise AssertionError("HTTP 204 is not an answer GET /lists declares")


def test_the_public_package_is_typed() -> None:
    # Without smsgate/py.typed a consumer's mypy sees every smsgate name as Any.
    assert files("smsgate").joinpath("py.typed").is_file()
