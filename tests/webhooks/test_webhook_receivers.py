"""The receivers: ``smsgate.webhooks.asgi_app``, ``wsgi_app`` and the ``Receiver`` under them.

Statuses (200 good, 403 bad token, 400 malformed, 413 too large, 405 not a POST, never a 500 for
bad input), duplicates answered and delivered once, a final state never overwritten by a late
earlier one, a long reply's parts joined in any order, a failing ``on_event`` retried by the vendor;
the WSGI app behind a real server on 127.0.0.1 (wsgiref), and mutated bodies (hypothesis).
"""

from __future__ import annotations

import asyncio
import io
import itertools
import json
import threading
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlencode, urlsplit
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import httpx
import pytest
import smsgate.webhooks as webhooks
from hypothesis import HealthCheck, given, settings
from smsgate.webhooks import DeliveryEvent, InboundMessage, OptOutEvent

from tests.webhooks.test_webhooks import SECRET, mutated, url_for

Post = Callable[..., tuple[int, bytes]]


def _receipt(word: str, message_id: str = "4242", number: str = "+33612345678") -> str:
    return json.dumps({"messageId": message_id, "phoneNumber": number, "status": word, "date": "1700000000"})


def _part(number: int, total: int, text: str) -> str:
    return urlencode(
        {
            "msisdn": "33612345678",
            "to": "33700000000",
            "messageId": f"m{number}",
            "concat": "true",
            "concat-ref": "171",
            "concat-total": str(total),
            "concat-part": str(number),
            "text": text,
            "type": "text",
            "keyword": "X",
            "message-timestamp": "2016-03-09 16:00:30",
        }
    )


def asgi_poster(app: Any) -> Post:
    def post(
        url: str, body: bytes | str, *, content_type: str = "", method: str = "POST", chunks: int = 1
    ) -> tuple[int, bytes]:
        raw = body.encode() if isinstance(body, str) else body
        parts = urlsplit(url)
        headers = [(b"content-type", content_type.encode())] if content_type else []
        scope = {
            "type": "http",
            "method": method,
            "path": parts.path,
            "root_path": "",
            "query_string": parts.query.encode(),
            "headers": headers,
        }
        size = max(1, len(raw) // chunks + 1)
        messages = [
            {"type": "http.request", "body": raw[i : i + size], "more_body": i + size < len(raw)}
            for i in range(0, max(len(raw), 1), size)
        ]
        sent: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            return messages.pop(0) if messages else {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        asyncio.run(app(scope, receive, send))
        return sent[0]["status"], b"".join(m.get("body", b"") for m in sent[1:])

    return post


def wsgi_poster(app: Any) -> Post:
    def post(
        url: str, body: bytes | str, *, content_type: str = "", method: str = "POST", chunks: int = 1
    ) -> tuple[int, bytes]:
        raw = body.encode() if isinstance(body, str) else body
        parts = urlsplit(url)
        environ = {
            "REQUEST_METHOD": method,
            "SCRIPT_NAME": "",
            "PATH_INFO": parts.path,
            "QUERY_STRING": parts.query,
            "CONTENT_TYPE": content_type,
            "CONTENT_LENGTH": str(len(raw)),
            "wsgi.input": io.BytesIO(raw),
        }
        status: list[str] = []
        out = b"".join(app(environ, lambda s, h: status.append(s)))
        return int(status[0].split()[0]), out

    return post


@pytest.fixture(params=["asgi", "wsgi"])
def receiver(request: pytest.FixtureRequest) -> Iterator[tuple[Post, list[Any]]]:
    events: list[Any] = []
    if request.param == "asgi":

        async def on_event(event: Any) -> None:
            events.append(event)

        yield asgi_poster(webhooks.asgi_app(on_event, secret=SECRET, max_body=4096)), events
    else:
        yield wsgi_poster(webhooks.wsgi_app(events.append, secret=SECRET, max_body=4096)), events


DLR = url_for("smspartner", "delivery")
REPLY = url_for("smspartner", "reply")


def test_statuses_for_good_forged_malformed_large_and_get(receiver: tuple[Post, list[Any]]) -> None:
    post, events = receiver
    assert post(DLR, _receipt("Delivered"))[0] == 200
    assert post(DLR.replace("smsgate=", "x="), _receipt("Delivered"))[0] == 403
    assert post(DLR[:-2] + "xx", _receipt("Delivered"))[0] == 403
    assert post(REPLY, _receipt("Delivered"))[0] == 403  # a receipt on a reply URL: another purpose
    assert post(REPLY, '{"hello": "world"}')[0] == 400
    assert post(DLR, b"\xff\xfe not utf-8")[0] == 400
    assert post(DLR, "{not json", content_type="application/json")[0] == 400
    assert post(DLR, "x" * 5000)[0] == 413
    assert post(DLR, "x" * 5000, chunks=10)[0] == 413
    assert post(DLR, "", method="GET")[0] == 405
    assert [type(e) for e in events] == [DeliveryEvent]


def test_a_duplicate_is_answered_and_delivered_once(receiver: tuple[Post, list[Any]]) -> None:
    post, events = receiver
    for _ in range(3):
        assert post(DLR, _receipt("Delivered"))[0] == 200
    assert len(events) == 1


def test_a_final_state_is_never_overwritten_by_an_earlier_one_arriving_late(receiver: tuple[Post, list[Any]]) -> None:
    post, events = receiver
    assert post(DLR, _receipt("Delivered"))[0] == 200
    assert post(DLR, _receipt("Waiting"))[0] == 200
    assert post(DLR, _receipt("Waiting", number="+33612345679"))[0] == 200  # another recipient: its own story
    assert [(e.phone_number, e.vendor_state) for e in events] == [
        ("+33612345678", "Delivered"),
        ("+33612345679", "Waiting"),
    ]


@pytest.mark.parametrize("order", list(itertools.permutations([1, 2, 3])))
def test_long_reply_parts_in_any_order_reach_on_event_as_one_message(
    receiver: tuple[Post, list[Any]], order: tuple[int, ...]
) -> None:
    post, events = receiver
    texts = {1: "Bonjour, ", 2: "je voudrais ", 3: "un rendez-vous"}
    for number in order:
        assert post(REPLY, _part(number, 3, texts[number]), content_type="application/x-www-form-urlencoded")[0] == 200
        post(REPLY, _part(number, 3, texts[number]))  # a duplicate part on the way
    assert len(events) == 1
    event = events[0]
    assert isinstance(event, InboundMessage)
    assert (event.text, event.part, event.phone_number) == ("Bonjour, je voudrais un rendez-vous", None, "+33612345678")
    assert len(event.raw["parts"]) == 3


def test_a_stop_on_the_reply_url_is_an_opt_out(receiver: tuple[Post, list[Any]]) -> None:
    post, events = receiver
    assert post(REPLY, '{"type":"stop","phone_number":"+33612345678","text":"STOP","message_id":1}')[0] == 200
    assert post(DLR, '{"type":"stop","phone_number":"+33612345678","text":"STOP","message_id":1}')[0] == 403
    assert [type(e) for e in events] == [OptOutEvent]


@pytest.mark.parametrize("kind", ["asgi", "wsgi"])
def test_a_failing_on_event_answers_500_and_the_vendors_retry_is_delivered(kind: str) -> None:
    calls: list[Any] = []

    def flaky(event: Any) -> None:
        calls.append(event)
        if len(calls) == 1:
            raise RuntimeError("database down")

    app = webhooks.asgi_app(flaky, secret=SECRET) if kind == "asgi" else webhooks.wsgi_app(flaky, secret=SECRET)
    post = asgi_poster(app) if kind == "asgi" else wsgi_poster(app)
    assert post(DLR, _receipt("Delivered"))[0] == 500
    assert post(DLR, _receipt("Delivered"))[0] == 200
    assert post(DLR, _receipt("Delivered"))[0] == 200
    assert len(calls) == 2


def test_the_window_forgets_old_events_and_bounds_memory() -> None:
    now = [0.0]
    receiver = webhooks.Receiver(secret=SECRET, window=60, max_events=2, clock=lambda: now[0])
    path, _, query = DLR.partition("?")
    path = urlsplit(DLR).path

    def post(word: str, message_id: str = "1") -> Any:
        return receiver.receive("POST", path, query, _receipt(word, message_id).encode(), None).event

    assert post("Waiting") is not None
    assert post("Waiting") is None
    now[0] = 61.0
    assert post("Waiting") is not None  # past the window: delivered again
    for message_id in ("2", "3", "4"):
        assert post("Waiting", message_id) is not None
    assert post("Waiting", "1") is not None  # pushed out by the newer ones (max_events=2)
    assert "secret" not in repr(receiver).lower() or SECRET not in repr(receiver)


def test_wsgi_app_behind_a_real_server_on_loopback() -> None:
    events: list[Any] = []

    class Quiet(WSGIRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    server: WSGIServer = make_server(
        "127.0.0.1", 0, webhooks.wsgi_app(events.append, secret=SECRET), handler_class=Quiet
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_port}/sms/callbacks"
        url = webhooks.signed_url(base, vendor="messaggi_v2", purpose="delivery", secret=SECRET)
        body = {
            "data": json.dumps(
                {"data": {"id": "633aabe3e4a9a0e69811ad7f", "state": "DELIVERED", "recipient": "+393331234567"}}
            )
        }
        with httpx.Client() as http:
            assert http.post(url, data=body).status_code == 200
            assert http.post(url, data=body).status_code == 200
            assert http.post(base, data=body).status_code == 403
            assert http.post(url, content=b"garbage").status_code == 400
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    assert [e.state.value for e in events] == ["delivered"]


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(case=mutated())
def test_mutated_bodies_never_get_a_500(case: tuple[str, bytes, str | None, str]) -> None:
    vendor, body, content_type, purpose = case
    post = wsgi_poster(webhooks.wsgi_app(lambda event: None, secret=SECRET))
    status, _ = post(url_for(vendor, purpose), body, content_type=content_type or "")  # type: ignore[arg-type]
    assert status in (200, 400, 403)
