"""Issue 8: never send twice, every error typed, no key shown; one test per hole found."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import smsgate
from smsgate.messaggi import operations as messaggi_operations
from smsgate.smspartner import operations as smspartner_operations

from tests.fakes import API_KEYS, FakeVendor, Unified, answer, body_of, example

MODES = ["sync", "async"]
A, B, C = "+33612345678", "+33651234567", "+33756123456"
PRIMOTEXTO_SEND = ("POST", "/notification/messages/send")


def _raising(error: type[httpx.TransportError]) -> Any:
    def respond(request: httpx.Request) -> httpx.Response:
        raise error("simulated", request=request)

    return respond


def _snapshots(*ids: str) -> list[Any]:
    return [answer({"snapshotId": snapshot_id, "creditsUsed": 1.0}) for snapshot_id in ids]


# -- 1. a multi-request send that fails part way says what already left --------------------------


@pytest.mark.parametrize("mode", MODES)
def test_a_partly_sent_primotexto_send_carries_what_was_accepted_repeated_numbers_kept(mode: str) -> None:
    fake = FakeVendor({PRIMOTEXTO_SEND: [*_snapshots("1", "2"), answer({"code": 71}, status=402)]})
    with pytest.raises(smsgate.InsufficientCreditError) as raised:
        Unified("primotexto", fake, mode).send([A, A, B])
    partial = raised.value.partial
    assert partial is not None
    assert partial.accepted == [A, A]
    assert partial.message_id == f"1@{A},2@{A}"
    assert partial.cost == 2
    assert f"already accepted by the vendor, do not send again: {A}, {A}" in str(raised.value)
    assert B not in str(raised.value).split("do not send again")[1]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "failure",
    [
        _raising(httpx.ReadTimeout),
        httpx.Response(200, text="<html>proxy</html>", headers={"Content-Type": "text/html"}),
        answer({"snapshotId": {"x": 1}}),
        httpx.Response(502, text="bad gateway"),
    ],
    ids=["timeout", "html-200", "wrong-shape", "502"],
)
def test_an_unknown_outcome_part_way_carries_the_accepted_part_and_the_uncertain_number(
    mode: str, failure: Any
) -> None:
    fake = FakeVendor({PRIMOTEXTO_SEND: [*_snapshots("1"), failure]})
    with pytest.raises(smsgate.SendOutcomeUnknown) as raised:
        Unified("primotexto", fake, mode, max_retries=0).send([A, B, C])
    assert raised.value.partial is not None
    assert raised.value.partial.accepted == [A]
    assert raised.value.to == (B,)
    assert fake.count(*PRIMOTEXTO_SEND) == 2  # C was never tried, B never replayed


def test_a_partial_result_prints_in_the_error_only_when_something_was_accepted() -> None:
    fake = FakeVendor({PRIMOTEXTO_SEND: answer({"code": 71}, status=402)})
    with pytest.raises(smsgate.InsufficientCreditError) as raised:
        Unified("primotexto", fake, "sync").send([A, B])
    assert raised.value.partial is None
    assert "do not send again" not in str(raised.value)


# -- 2. the operation decides the error class, not the entry point --------------------------------

SEND_BODY = {"sender": "ACME", "body": "Ciao", "recipients": ["+39-3491234567"]}


def _messaggi_body() -> Any:
    return smsgate.messaggi.models.SendMessageRequest.from_dict(SEND_BODY)


def _send_through(entry: str, client: Unified) -> None:
    if entry == "send":
        client.send("+393491234567", "Ciao", sender="ACME")
    else:
        client.call(messaggi_operations.send_message, body=_messaggi_body())


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "failure",
    [_raising(httpx.ReadTimeout), _raising(httpx.RemoteProtocolError), httpx.Response(503, text="down")],
    ids=["timeout", "broken", "503"],
)
def test_a_send_fails_the_same_way_through_send_and_through_call(mode: str, failure: Any) -> None:
    classes = []
    for entry in ("send", "call"):
        fake = FakeVendor({("POST", "/messages/"): failure})
        client = Unified("messaggi", fake, mode)
        with pytest.raises(smsgate.SmsGateError) as raised:
            _send_through(entry, client)
        classes.append(type(raised.value))
        assert fake.count("POST", "/messages/") == 1, "a send that may have left is never replayed"
        assert "check with status() before sending again" in str(raised.value)
    assert classes == [smsgate.SendOutcomeUnknown, smsgate.SendOutcomeUnknown]


@pytest.mark.parametrize("mode", MODES)
def test_another_write_says_to_check_whether_it_took_effect_not_before_sending(mode: str) -> None:
    fake = FakeVendor({("DELETE", "/messages/5d443a6e9f2725660f000003"): _raising(httpx.ReadTimeout)})
    runs: list[Callable[[Unified], None]] = [
        lambda client: client.cancel("5d443a6e9f2725660f000003"),
        lambda client: client.call(messaggi_operations.delete_message, "5d443a6e9f2725660f000003"),
    ]
    for run in runs:
        with pytest.raises(smsgate.SendOutcomeUnknown) as raised:
            run(Unified("messaggi", fake, mode))
        assert raised.value.operation == "delete_message"
        assert "check whether it took effect before repeating it" in str(raised.value)
        assert "before sending again" not in str(raised.value)


def test_a_read_carried_by_post_is_retried_like_a_read() -> None:
    route = ("POST", "/multi-status")
    fake = FakeVendor({route: [httpx.Response(503), answer(example("smspartner", "get_multi_status"))]})
    request = smsgate.smspartner.models.MultiStatusRequest.from_dict(
        {"apiKey": "", "SMSStatut_List": [{"phoneNumber": A, "messageId": 308}]}
    )
    # The spec marks this POST x-smsgate-idempotent: true: a 503 is retried, as for a GET.
    Unified("smspartner", fake, "sync").call(smspartner_operations.get_multi_status, body=request)
    assert fake.count(*route) == 2


# -- 3. a send answered 2xx with an unreadable body is an unknown outcome --------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "body",
    [b"<html>Bad gateway</html>", b"", b'{"success": tr', b"[1, 2]", b"x" * (10 * 1024 * 1024 + 10)],
    ids=["html", "empty", "truncated", "wrong-shape", "too-large"],
)
def test_a_send_answered_2xx_with_an_unreadable_body_is_an_unknown_outcome(mode: str, body: bytes) -> None:
    fake = FakeVendor({("POST", "/send"): httpx.Response(200, content=body)})
    with pytest.raises(smsgate.SendOutcomeUnknown) as raised:
        Unified("smspartner", fake, mode).send(A)
    assert raised.value.status_code == 200
    assert raised.value.to == (A,)
    assert fake.count("POST", "/send") == 1


# -- 5. a key with surrounding whitespace, or one that cannot travel ------------------------------


@pytest.mark.parametrize("vendor", ["primotexto", "messaggi", "smspartner"])
def test_a_key_read_from_a_file_is_stripped(vendor: str) -> None:
    fake = FakeVendor(
        {
            ("GET", "/account/stats"): answer(example("primotexto", "get_account_stats")),
            ("GET", "/me"): answer(example("smspartner", "get_credits")),
            ("GET", "/messages/"): answer(example("messaggi", "list_messages")),
        }
    )
    http = httpx.Client(transport=httpx.MockTransport(fake))
    with smsgate.Client(vendor, api_key=f"  {API_KEYS[vendor]}\n", http_client=http) as client:
        client.credits()
    (request,) = fake.requests
    sent = request.headers.get("X-Primotexto-ApiKey") or request.headers.get("Authorization") or str(request.url)
    assert API_KEYS[vendor] in sent
    assert "\n" not in sent
    assert " " not in sent.removeprefix("Bearer ")


@pytest.mark.parametrize(
    ("vendor", "key", "why"),
    [
        ("primotexto", "abc\ndef", "control character"),
        ("messaggi", "abc\x00def", "control character"),
        ("primotexto", "clé-secrète", "non-ASCII"),
        ("messaggi", "tökén", "non-ASCII"),
        ("smspartner", 12345, "must be a string"),
        ("smspartner", "   ", "blank"),
    ],
)
def test_a_key_that_cannot_travel_is_refused_at_construction_without_quoting_it(
    vendor: str, key: Any, why: str
) -> None:
    with pytest.raises(smsgate.AuthenticationError, match=why) as raised:
        smsgate.Client(vendor, api_key=key)
    if isinstance(key, str) and key.strip():
        assert key not in str(raised.value)
        assert key not in repr(raised.value)


# -- 6. bad arguments are typed errors, and send nothing ------------------------------------------


@pytest.mark.parametrize(
    ("run", "why"),
    [
        (lambda client: client.send(None, "hi"), "to must be"),
        (lambda client: client.send(33612345678, "hi"), "to must be"),
        (lambda client: client.send([A, None], "hi"), "each recipient"),
        (lambda client: client.send(A, b"hello"), "must be a str, not bytes"),
        (lambda client: client.send(A, "caf\ud800"), "lone surrogate"),
        (lambda client: client.send(f"{A};ext=1", "hi", sender="ACME"), "extension"),
        (lambda client: client.send(A, "hi", sender=5), "sender must be"),
        (lambda client: client.send(A, "hi", dry_run="yes"), "dry_run"),
        (lambda client: client.status(None), "needs a message_id"),
        (lambda client: client.status("x" * 100_000), "characters long"),
        (lambda client: client.status(["1"]), "must be a string"),
        (lambda client: client.status("1", phone_number=33612345678), "phone_number must be"),
        (lambda client: client.cancel(None), "must be a string"),
        (lambda client: client.cancel("x" * 100_000), "characters long"),
        (lambda client: client.call(messaggi_operations.get_message, None), "id must be str"),
        (lambda client: client.call(messaggi_operations.delete_message, ""), "cannot be used in a URL path"),
        (lambda client: client.call(messaggi_operations.list_messages, 1, 2, 3), "too many positional"),
    ],
)
def test_bad_arguments_raise_invalid_argument_and_send_nothing(run: Any, why: str) -> None:
    fake = FakeVendor()
    client = Unified("messaggi", fake, "sync").client
    with pytest.raises(smsgate.InvalidArgumentError, match=why):
        run(client)
    assert fake.requests == []


@pytest.mark.parametrize(
    ("options", "why"),
    [
        ({"timeout": "5"}, "timeout must be"),
        ({"timeout": float("nan")}, "timeout must be"),
        ({"timeout": True}, "timeout must be"),
        ({"max_retries": True}, "max_retries"),
        ({"base_url": "ftp://example.com"}, "base_url must be"),
        ({"base_url": []}, "base_url must be a string"),
        ({"http_client": httpx.AsyncClient()}, "http_client must be an httpx.Client"),
    ],
)
def test_bad_constructor_arguments_are_refused_at_construction(options: dict[str, Any], why: str) -> None:
    with pytest.raises(smsgate.InvalidArgumentError, match=why):
        smsgate.Client("messaggi", api_key="token", **options)


def test_an_unknown_vendor_of_any_type_is_an_invalid_argument() -> None:
    for vendor in (None, 3, ["messaggi"], "Messaggi"):
        with pytest.raises(smsgate.InvalidArgumentError, match="unknown vendor"):
            smsgate.Client(vendor, api_key="token")  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", MODES)
def test_a_closed_client_raises_client_usage_error_and_sends_nothing(mode: str) -> None:
    fake = FakeVendor({("GET", "/messages/"): answer(example("messaggi", "list_messages"))})
    unified = Unified("messaggi", fake, mode)
    if mode == "sync":
        unified.client.close()
    else:
        import asyncio

        asyncio.run(unified.client.aclose())
    with pytest.raises(smsgate.ClientUsageError, match="closed"):
        unified.credits()
    assert fake.requests == []


# -- 7. Primotexto's message_id knows which id went to which number --------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_primotexto_status_follows_each_recipient_and_filters_by_number(mode: str) -> None:
    status = example("primotexto", "get_message_status")
    fake = FakeVendor({PRIMOTEXTO_SEND: _snapshots("1", "2", "3"), ("GET", "/messages/status"): answer(status)})
    client = Unified("primotexto", fake, mode)
    sent = client.send([A, B, A])
    assert sent.message_id == f"1@{A},2@{B},3@{A}"
    assert [report.phone_number for report in client.status(sent.message_id)] == [A, B, A]
    only_b = client.status(sent.message_id, phone_number="06 51 23 45 67")
    assert [(report.message_id, report.phone_number) for report in only_b] == [(f"2@{B}", B)]
    asked = [request.url.params.get("snapshotId") for request in fake.requests if request.method == "GET"]
    assert asked[-1] == "2"
    with pytest.raises(smsgate.NotFoundError, match=re.escape(f"was not sent to {C}")):
        client.status(sent.message_id, phone_number=C)


@pytest.mark.parametrize("mode", MODES)
def test_primotexto_status_of_a_bare_snapshot_id_does_not_invent_a_number(mode: str) -> None:
    fake = FakeVendor({("GET", "/messages/status"): answer(example("primotexto", "get_message_status"))})
    (report,) = Unified("primotexto", fake, mode).status("362891", phone_number=A)
    assert report.phone_number is None  # Primotexto's answer does not say, and smsgate did not send it
    (by_number,) = Unified("primotexto", fake, mode).status(phone_number=A)
    assert by_number.phone_number == A


# -- 8. malformed success answers ------------------------------------------------------------------


@pytest.mark.parametrize("payload", [{}, [], {"state": 5}])
def test_a_malformed_primotexto_status_is_a_response_format_error(payload: Any) -> None:
    fake = FakeVendor({("GET", "/messages/status"): answer(payload)})
    with pytest.raises(smsgate.ResponseFormatError):
        Unified("primotexto", fake, "sync").status("362891")


def test_a_queued_primotexto_message_has_no_state_yet() -> None:
    fake = FakeVendor({("GET", "/messages/status"): answer({"id": 362891})})
    (report,) = Unified("primotexto", fake, "sync").status("362891")
    assert (report.state, report.vendor_state, report.final) == (smsgate.DeliveryState.queued, "", False)


@pytest.mark.parametrize(
    ("vendor", "route", "payload"),
    [
        ("primotexto", PRIMOTEXTO_SEND, {"snapshotId": {"x": 1}}),
        ("primotexto", PRIMOTEXTO_SEND, {"snapshotId": True}),
        ("smspartner", ("POST", "/send"), {"success": True, "code": 200, "message_id": [1]}),
        ("messaggi", ("POST", "/messages/"), {"success": True, "data": [{"id": None}]}),
        ("messaggi", ("POST", "/messages/"), {"success": True, "data": "oops"}),
    ],
)
def test_a_send_answer_with_a_malformed_id_is_an_unknown_outcome(
    vendor: str, route: tuple[str, str], payload: Any
) -> None:
    fake = FakeVendor({route: answer(payload)})
    with pytest.raises(smsgate.SendOutcomeUnknown):
        Unified(vendor, fake, "sync").send("+393491234567" if vendor == "messaggi" else A, "hi", sender="ACME")
    assert len(fake.requests) == 1


def test_a_list_valued_smspartner_id_in_a_status_is_a_response_format_error() -> None:
    payload = {**example("smspartner", "get_bulk_status"), "message_id": [1]}  # the example itself is shared
    fake = FakeVendor({("GET", "/bulk-status"): answer(payload)})
    with pytest.raises(smsgate.ResponseFormatError):
        Unified("smspartner", fake, "sync").status("308")


# -- 4. no logger receives the key -----------------------------------------------------------------


def test_httpx_own_request_line_does_not_show_smspartner_key(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")  # the root logger: httpx's and httpcore's records included
    fake = FakeVendor({("GET", "/me"): answer(example("smspartner", "get_credits"))})
    Unified("smspartner", fake, "sync").credits()
    lines = [record.getMessage() for record in caplog.records if record.name == "httpx"]
    assert lines
    assert all("apiKey=***" in line for line in lines)
    assert API_KEYS["smspartner"] not in caplog.text


def test_the_primotexto_body_carries_the_key_nowhere_else() -> None:
    fake = FakeVendor({PRIMOTEXTO_SEND: _snapshots("1")})
    Unified("primotexto", fake, "sync").send(A)
    assert "apiKey" not in body_of(fake.requests[0])


def test_smspartner_body_key_is_placed_once() -> None:
    fake = FakeVendor({("POST", "/send"): answer(example("smspartner", "send_sms"))})
    Unified("smspartner", fake, "sync").send(A)
    content = fake.requests[0].content.decode()
    assert content.count('"apiKey"') == 1
    assert body_of(fake.requests[0])["apiKey"] == API_KEYS["smspartner"]


# -- a wall-clock deadline per attempt: where it cut decides whether the request may have left ----


class _HangingTransport(httpx.AsyncBaseTransport):
    """Reports the exchange steps ``events`` through httpcore's trace extension, then never answers."""

    def __init__(self, events: list[str]) -> None:
        self.events = events
        self.attempts = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import asyncio

        self.attempts += 1
        trace = request.extensions.get("trace")
        for event in self.events:
            if trace is not None:
                await trace(event, {})
        await asyncio.sleep(60)
        raise AssertionError("the attempt's deadline should have cut this")


@pytest.mark.parametrize(
    ("events", "outcome", "attempts"),
    [
        (["connection.connect_tcp.started"], smsgate.TransportError, 3),  # cut while connecting: retried
        (["connection.connect_tcp.started", "http11.send_request_headers.started"], smsgate.SendOutcomeUnknown, 1),
        ([], smsgate.SendOutcomeUnknown, 1),  # a transport that says nothing: possibly sent, never replayed
    ],
    ids=["cut-connecting", "cut-writing", "no-trace"],
)
def test_an_attempt_cut_by_its_deadline_is_replayed_only_when_nothing_was_written(
    events: list[str], outcome: type[smsgate.SmsGateError], attempts: int
) -> None:
    import asyncio

    transport = _HangingTransport(events)

    async def send() -> None:
        async with smsgate.AsyncClient(
            "smspartner", api_key="key", timeout=0.05, http_client=httpx.AsyncClient(transport=transport)
        ) as client:
            await client.send(A, "hi")

    with pytest.raises(outcome) as raised:
        asyncio.run(send())
    assert not isinstance(raised.value, smsgate.SendOutcomeUnknown) or raised.value.to == (A,)
    assert transport.attempts == attempts


def test_the_http_clients_own_headers_and_cookies_go_with_every_request() -> None:
    fake = FakeVendor({("GET", "/me"): answer(example("smspartner", "get_credits"))})
    http = httpx.Client(
        transport=httpx.MockTransport(fake), headers={"X-Trace": "abc", "Accept": "text/plain"}, cookies={"lb": "7"}
    )
    with smsgate.Client("smspartner", api_key="key", http_client=http) as client:
        client.credits()
    (request,) = fake.requests
    assert request.headers["X-Trace"] == "abc"
    assert request.headers["User-Agent"].startswith("python-httpx/")
    assert request.headers["Cookie"] == "lb=7"
    assert request.headers["Accept"] == "application/json, application/xml;q=0.9"  # smsgate's own wins


def test_the_http_clients_defaults_never_replace_the_requests_own_host_length_or_key() -> None:
    """The client's default headers fill only what the request lacks (its Host, its Content-Length and
    the key's header are the request's), each name once, as they were added one by one before."""
    fake = FakeVendor({("POST", "/notification/messages/send"): answer(example("primotexto", "send_message"))})
    defaults = [
        ("host", "elsewhere.example"),
        ("Content-Length", "999"),
        ("x-primotexto-apikey", "not-the-key"),
        ("X-Trace", "first"),
        ("X-Trace", "second"),
    ]
    http = httpx.Client(transport=httpx.MockTransport(fake), headers=defaults)
    with smsgate.Client("primotexto", api_key="key", http_client=http) as client:
        client.send("+33612345678", "hi")
    (request,) = fake.requests
    assert request.headers.get_list("Host") == ["api.primotexto.com"]
    assert request.headers.get_list("Content-Length") == [str(len(request.content))]
    assert request.headers.get_list("X-Primotexto-ApiKey") == ["key"]
    assert request.headers.get_list("X-Trace") == ["first"]
    assert request.headers["User-Agent"].startswith("python-httpx/")


def test_the_urls_a_client_parsed_again_are_its_own_bounded_and_shown_nowhere() -> None:
    """A status polled again reuses its parsed URL (key in the query: SMS Partner); each request still
    carries its own query, the cache keeps the last 128 URLs, and nothing the client holds shows one."""
    from tests.client.test_client import smspartner
    from tests.reliability_support import internal_reprs

    fake = smspartner()
    key = "polled-key-123"
    http = httpx.Client(transport=httpx.MockTransport(fake))
    with smsgate.Client("smspartner", api_key=key, http_client=http) as client:
        for message_id in ("307", "307", "308"):
            client.status(message_id)
        for number in range(400, 600):
            client.status(str(number))
        parse = client._pipeline._parse_url
        assert parse.cache_info().hits >= 1  # type: ignore[attr-defined]
        assert parse.cache_info().currsize == 128  # type: ignore[attr-defined]
        assert key not in internal_reprs(client, depth=4)
    assert [request.url.params["messageId"] for request in fake.requests[:3]] == ["307", "307", "308"]
    assert all(request.url.params["apiKey"] == key for request in fake.requests)
