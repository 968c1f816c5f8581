"""The sandbox calls back (issue 17): the vendors' documented callback payloads, posted to a receiver on
127.0.0.1 from a thread the sandbox owns, retried as each vendor documents, with the callback faults;
inbound replies and STOP simulated in Python and over the control route. Nothing calls out."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from _smsgate_generated.messaggi.models import SendMessageRequest as V1Request
from _smsgate_generated.messaggi.operations import send_message as v1_send
from _smsgate_generated.messaggi_v2.models import MessageEnvelope
from _smsgate_generated.messaggi_v2.models import SendMessageRequest as V2Request
from _smsgate_generated.messaggi_v2.operations import send_it_message
from _smsgate_generated.smspartner.models import SendSmsRequest, SendSmsResponse, VerifyNumbersRequest
from _smsgate_generated.smspartner.operations import send_sms, verify_numbers
from smsgate.sandbox import FaultKind, Sandbox, SandboxConfigError, start_server
from smsgate.testing import CallbackReceiver, ReceivedCallback, SandboxClient, async_sandbox_client, sandbox_client

from tests.support import spec_by_vendor

NUMBER = "+33612345678"
UNDELIVERED = "+33612340001"  # a reserved ending: undelivered


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def receiver() -> Iterator[CallbackReceiver]:
    with CallbackReceiver() as made:
        yield made


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(callback_timeout=2.0, callback_retry_base=0.01) as made:
        yield made


def _smspartner(client: SandboxClient, numbers: str, **urls: str) -> str:
    body = SendSmsRequest.from_dict({"apiKey": "x", "phoneNumbers": numbers, "message": "Bonjour", **urls})
    answer = client.call(send_sms, body=body)
    assert isinstance(answer, SendSmsResponse)
    return str(answer.message_id)


def _v2(client: SandboxClient, callback: dict[str, Any], recipient: str = "+393331234567") -> str:
    body = V2Request.from_dict({"recipient": recipient, "message": "Ciao", "callback": callback})
    answer = client.call(send_it_message, body=body)
    assert isinstance(answer, MessageEnvelope)
    return str(answer.data.id)


def _valid(vendor: str, schema: str, payload: Any) -> None:
    errors = [
        error.message
        for error in spec_by_vendor(vendor).validator(f"/components/schemas/{schema}").iter_errors(payload)
    ]
    assert not errors, f"{schema}: {errors} in {payload!r}"


# --- what each vendor posts -----------------------------------------------------------------------------


def test_smspartner_posts_a_delivery_receipt_per_recipient_to_urldlr_verbatim(
    sandbox: Sandbox, receiver: CallbackReceiver
) -> None:
    url = receiver.url("/dlr", token="abc", campaign="7")
    with sandbox_client("smspartner", sandbox=sandbox) as client:
        message_id = _smspartner(client, f"{NUMBER},{UNDELIVERED}", urlDlr=url)
        got = receiver.wait_for(2)
        assert sandbox.callbacks.drain()
    assert {(r.path, r.query["token"], r.query["campaign"]) for r in got} == {("/dlr", "abc", "7")}
    assert {r.content_type for r in got} == {"application/x-www-form-urlencoded"}
    by_number = {r.form["phoneNumber"]: r.form for r in got}
    assert by_number[NUMBER]["status"] == "Delivered"
    assert by_number[UNDELIVERED]["status"] == "Not delivered"
    assert {form["messageId"] for form in by_number.values()} == {message_id}
    assert len(sandbox.callbacks.delivered()) == 2


def test_each_step_is_called_back_in_order_with_its_own_state(receiver: CallbackReceiver) -> None:
    clock = Clock()
    with Sandbox(speed=10, clock=clock) as sandbox, sandbox_client("smspartner", sandbox=sandbox) as client:
        _smspartner(client, NUMBER, urlDlr=receiver.url())
        assert sandbox.callbacks.drain()
        assert receiver.received == []  # queued: nothing to say yet
        clock.now += 10
        assert [r.form["status"] for r in receiver.wait_for(1)] == ["Waiting"]
        clock.now += 10
        assert [r.form["status"] for r in receiver.wait_for(2)] == ["Waiting", "Delivered"]


def test_messaggi_posts_the_message_summary_as_json_or_in_its_callback_field(
    sandbox: Sandbox, receiver: CallbackReceiver
) -> None:
    with sandbox_client("messaggi", sandbox=sandbox) as client:
        for options in (
            {"callback_url": receiver.url("/json")},
            {"callback_url": receiver.url("/form"), "callback_field": "summary"},
        ):
            body = V1Request.from_dict(
                {"sender": "ACME", "body": "Ciao", "recipients": ["+39-3491234567"], "options": options}
            )
            client.call(v1_send, body=body)
        got = {r.path: r for r in receiver.wait_for(2)}
    assert got["/json"].content_type == "application/json"
    assert list(got["/form"].form) == ["summary"]
    for received in got.values():
        summary = received.payload
        assert summary["statistics"]["delivered"] == 1
        assert summary["options"]["callback_url"].startswith(receiver.url(received.path))
        _valid("messaggi", "StatusCallback", summary)


def test_messaggi_v2_posts_its_message_state_with_custom_and_headers(
    sandbox: Sandbox, receiver: CallbackReceiver
) -> None:
    callback = {"url": receiver.url("/v2"), "custom": {"order": "42"}, "headers": {"X-Session": "s1"}}
    with sandbox_client("messaggi_v2", sandbox=sandbox) as client:
        message_id = _v2(client, callback)
        _v2(client, {**callback, "url": receiver.url("/v2-form"), "method": "POST", "field": "payload"})
        got = {r.path: r for r in receiver.wait_for(2)}
    assert got["/v2"].content_type == "application/json"
    assert list(got["/v2-form"].form) == ["payload"]
    for received in got.values():
        assert received.headers["x-session"] == "s1"
        assert received.payload["custom"] == {"order": "42"}
        assert received.payload["data"]["state"] == "DELIVERED"
        _valid("messaggi_v2", "StatusCallback", received.payload)
    assert got["/v2"].payload["data"]["id"] == message_id


def test_smspartner_hlr_results_go_to_notifyurl_as_documented(sandbox: Sandbox, receiver: CallbackReceiver) -> None:
    with sandbox_client("smspartner", sandbox=sandbox) as client:
        body = VerifyNumbersRequest.from_dict(
            {"apiKey": "x", "phoneNumbers": f"{NUMBER},+33698765432", "notifyUrl": receiver.url("/hlr")}
        )
        client.call(verify_numbers, body=body)
        got = receiver.wait_for(2)
    assert {r.payload["phone"] for r in got} == {NUMBER, "+33698765432"}
    for received in got:
        assert received.content_type == "application/json"
        _valid("smspartner", "HlrResult", received.payload)


# --- inbound replies and STOP ---------------------------------------------------------------------------


def test_a_simulated_reply_goes_to_the_urlresponse_of_the_message_answered(
    sandbox: Sandbox, receiver: CallbackReceiver
) -> None:
    with sandbox_client("smspartner", sandbox=sandbox) as client:
        message_id = _smspartner(client, NUMBER, urlResponse=receiver.url("/replies"))
        (payload,) = sandbox.simulate_reply(NUMBER, "Oui, merci")
        (stop,) = sandbox.simulate_stop(NUMBER)
        got = receiver.wait_for(2)
    assert payload == {"type": "response", "phone_number": NUMBER, "text": "Oui, merci", "message_id": message_id}
    assert stop["type"] == "stop"
    assert [r.form for r in got] == [payload, stop]
    for received in got:
        _valid("smspartner", "ShortCodeReply", received.form)


def test_a_long_reply_to_a_long_number_comes_in_parts(sandbox: Sandbox, receiver: CallbackReceiver) -> None:
    text = "Bonjour, " + "je confirme le rendez-vous de demain. " * 6
    parts = sandbox.simulate_reply(NUMBER, text, kind="long_number", url=receiver.url("/vn"))
    got = receiver.wait_for(len(parts))
    assert len(parts) == 2
    assert {p["concat-ref"] for p in parts} == {parts[0]["concat-ref"]}
    assert [p["concat-part"] for p in parts] == ["1", "2"]
    assert "".join(r.form["text"] for r in sorted(got, key=lambda r: r.form["concat-part"])) == text
    for received in got:
        _valid("smspartner", "LongNumberReply", received.form)


def test_replies_are_refused_clearly_where_they_cannot_go(sandbox: Sandbox) -> None:
    with pytest.raises(SandboxConfigError, match="no reply URL"):
        sandbox.simulate_reply(NUMBER, "Oui")
    with pytest.raises(SandboxConfigError, match="documents no reply"):
        sandbox.simulate_reply(NUMBER, "Oui", vendor="messaggi_v2", url="http://127.0.0.1:9/x")
    with pytest.raises(SandboxConfigError, match=r"never 'example\.com'"):
        sandbox.simulate_reply(NUMBER, "Oui", url="https://example.com/replies")
    with pytest.raises(SandboxConfigError, match=r"E\.164"):
        sandbox.simulate_stop("0612345678", url="http://127.0.0.1:9/x")
    assert not sandbox.callbacks.running


# --- only this machine ----------------------------------------------------------------------------------


def test_a_callback_url_off_this_machine_is_refused_never_called(
    sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    with (
        caplog.at_level(logging.WARNING, logger="smsgate.sandbox"),
        sandbox_client("smspartner", sandbox=sandbox) as client,
    ):
        _smspartner(client, NUMBER, urlDlr="https://hooks.example.com/dlr?token=abc")  # the send itself is accepted
        assert sandbox.callbacks.drain()
    (attempt,) = sandbox.callbacks.attempts()
    assert isinstance(attempt.outcome, str)
    assert attempt.outcome.startswith("refused: the sandbox calls back only 127.0.0.1")
    assert "hooks.example.com" in caplog.text


# --- retries as the vendor documents them ---------------------------------------------------------------


def test_messaggi_v2_retries_until_a_200_up_to_callback_retry(sandbox: Sandbox, receiver: CallbackReceiver) -> None:
    receiver.fail_next(2, status=503)
    with sandbox_client("messaggi_v2", sandbox=sandbox) as client:
        _v2(client, {"url": receiver.url(), "retry": 3})
        got = receiver.wait_for(3)
        assert sandbox.callbacks.drain()
    assert [r.status for r in got] == [503, 503, 200]
    assert [a.attempt for a in sandbox.callbacks.attempts()] == [1, 2, 3]


def test_messaggi_v2_gives_up_after_its_retries_and_by_default_tries_once(
    sandbox: Sandbox, receiver: CallbackReceiver
) -> None:
    receiver.fail_next(10)
    with sandbox_client("messaggi_v2", sandbox=sandbox) as client:
        _v2(client, {"url": receiver.url("/twice"), "retry": 1})
        _v2(client, {"url": receiver.url("/once")})
        receiver.wait_for(3)
        assert sandbox.callbacks.drain()
        time.sleep(0.1)  # no further attempt comes
    assert sorted(r.path for r in receiver.received) == ["/once", "/twice", "/twice"]


def test_a_non_200_2xx_is_a_failure_for_messaggi_v2_only(sandbox: Sandbox, receiver: CallbackReceiver) -> None:
    receiver.fail_next(1, status=204)
    with sandbox_client("messaggi_v2", sandbox=sandbox) as v2, sandbox_client("smspartner", sandbox=sandbox) as sp:
        _v2(v2, {"url": receiver.url("/v2"), "retry": 1})
        receiver.wait_for(2)
        receiver.fail_next(1, status=204)
        _smspartner(sp, NUMBER, urlDlr=receiver.url("/sp"))
        receiver.wait_for(3)
        assert sandbox.callbacks.drain()
    assert [(r.path, r.status) for r in receiver.received] == [("/v2", 204), ("/v2", 200), ("/sp", 204)]
    assert [a.accepted for a in sandbox.callbacks.attempts()] == [False, True, True]


def test_smspartner_and_messaggi_document_no_retry(sandbox: Sandbox, receiver: CallbackReceiver) -> None:
    receiver.fail_next(5)
    with sandbox_client("smspartner", sandbox=sandbox) as client:
        _smspartner(client, NUMBER, urlDlr=receiver.url())
        receiver.wait_for(1)
        assert sandbox.callbacks.drain()
        time.sleep(0.1)
    assert len(receiver.received) == 1
    assert [a.outcome for a in sandbox.callbacks.attempts()] == [500]


def test_a_slow_receiver_times_out_and_v2_tries_again(receiver: CallbackReceiver) -> None:
    receiver.slow_next(1, seconds=0.6)
    with (
        Sandbox(callback_timeout=0.2, callback_retry_base=0.01) as sandbox,
        sandbox_client("messaggi_v2", sandbox=sandbox) as client,
    ):
        _v2(client, {"url": receiver.url(), "retry": 2})
        receiver.wait_for(2)
        assert sandbox.callbacks.drain()
        outcomes = [a.outcome for a in sandbox.callbacks.attempts()]
    assert isinstance(outcomes[0], str)
    assert "Timeout" in outcomes[0]
    assert outcomes[-1] == 200


# --- faults ---------------------------------------------------------------------------------------------


def test_a_duplicate_callback_is_posted_twice(sandbox: Sandbox, receiver: CallbackReceiver) -> None:
    sandbox.faults.add("callback_duplicate", vendor="smspartner", number=UNDELIVERED)
    with sandbox_client("smspartner", sandbox=sandbox) as client:
        _smspartner(client, f"{NUMBER},{UNDELIVERED}", urlDlr=receiver.url())
        got = receiver.wait_for(3)
        assert sandbox.callbacks.drain()
    assert sorted(r.form["phoneNumber"] for r in got) == [UNDELIVERED, UNDELIVERED, NUMBER]
    assert len(receiver.received) == 3


def test_out_of_order_posts_the_final_state_before_the_earlier_one(receiver: CallbackReceiver) -> None:
    clock = Clock()
    with Sandbox(speed=10, clock=clock) as sandbox, sandbox_client("messaggi_v2", sandbox=sandbox) as client:
        sandbox.faults.add(FaultKind.CALLBACK_OUT_OF_ORDER, operation="receive_message_state")
        _v2(client, {"url": receiver.url()})
        clock.now += 60  # sent and delivered in one look
        got = receiver.wait_for(2)
    assert [r.payload["data"]["state"] for r in got] == ["DELIVERED", "PENDING"]


def test_a_split_reply_arrives_in_two_parts_and_out_of_order(sandbox: Sandbox, receiver: CallbackReceiver) -> None:
    sandbox.faults.add("callback_split", number=NUMBER)
    sandbox.faults.add("callback_out_of_order", number=NUMBER)
    parts = sandbox.simulate_reply(NUMBER, "Oui je viens", kind="long_number", url=receiver.url())
    got = receiver.wait_for(2)
    assert [p["concat-part"] for p in parts] == ["1", "2"]
    assert [r.form["concat-part"] for r in got] == ["2", "1"]
    assert "".join(p["text"] for p in parts) == "Oui je viens"


def test_a_forged_token_replaces_the_token_and_keeps_the_rest_of_the_url(
    sandbox: Sandbox, receiver: CallbackReceiver
) -> None:
    sandbox.faults.add("callback_forged_token", times=None)
    with sandbox_client("smspartner", sandbox=sandbox) as client:
        _smspartner(client, NUMBER, urlDlr=receiver.url("/dlr", token="genuine", vendor="smspartner"))
        (received,) = receiver.wait_for(1)
    assert received.query == {"vendor": "smspartner", "token": "forged-by-the-sandbox"}


def test_callback_faults_and_request_faults_never_hit_each_other(sandbox: Sandbox, receiver: CallbackReceiver) -> None:
    sandbox.faults.add("callback_duplicate", times=None)
    sandbox.faults.add("server_error", operation="get_credits")
    with sandbox_client("smspartner", sandbox=sandbox, max_retries=0) as client:
        _smspartner(client, NUMBER, urlDlr=receiver.url())  # a request: the callback fault does not touch it
        receiver.wait_for(2)
    assert [fault.kind for fault in sandbox.faults.pending()] == [FaultKind.CALLBACK_DUPLICATE, FaultKind.SERVER_ERROR]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"operation": "send_sms"}, "no webhook 'send_sms'"),
        ({"vendor": "primotexto", "operation": "receive_message_state"}, "no webhook"),
        ({"number": "0612345678"}, "E.164"),
    ],
)
def test_a_callback_fault_names_a_webhook(kwargs: dict[str, Any], message: str) -> None:
    with Sandbox() as sandbox, pytest.raises(SandboxConfigError, match=message):
        sandbox.faults.add("callback_duplicate", **kwargs)


# --- the server: control routes, end to end with raw HTTP -----------------------------------------------


def test_over_the_server_replies_faults_and_the_callback_log(receiver: CallbackReceiver) -> None:
    with start_server() as running, httpx.Client() as http:
        control = running.url + "/_sandbox"
        answer = http.post(control + "/faults", json={"kind": "callback_duplicate", "number": NUMBER})
        assert answer.status_code == 201, answer.text
        posted = http.post(control + "/replies", json={"number": NUMBER, "stop": True, "url": receiver.url("/r")})
        assert posted.status_code == 201
        assert posted.json()["posted"][0]["type"] == "stop"
        got = receiver.wait_for(2)
        assert running.sandbox.callbacks.drain()
        log = http.get(control + "/callbacks").json()["callbacks"]
        refused = http.post(control + "/replies", json={"number": NUMBER, "text": "x", "url": "http://10.0.0.1/r"})
        unknown = http.post(control + "/replies", json={"number": NUMBER, "text": "x", "colour": "red"})
        thread = running.sandbox.callbacks
    assert [r.form["type"] for r in got] == ["stop", "stop"]
    assert [(entry["webhook"], entry["outcome"]) for entry in log] == [("receive_short_code_reply", 200)] * 2
    assert refused.status_code == 400
    assert "never '10.0.0.1'" in refused.json()["error"]
    assert unknown.status_code == 400
    assert not thread.running  # the server made its sandbox: stopping the server stopped its thread


def test_a_v2_send_over_the_server_with_raw_httpx_is_called_back(receiver: CallbackReceiver) -> None:
    with Sandbox() as sandbox, start_server(sandbox) as running:
        token = sandbox.api_keys["messaggi_v2"]
        sent = httpx.post(
            running.base_url("messaggi_v2") + "/IT-messages",
            headers={"Authorization": f"Bearer {token}"},
            json={"recipient": "+393331234567", "message": "Ciao", "callback": {"url": receiver.url("/s", token="t")}},
        )
        assert sent.status_code == 201
        (received,) = receiver.wait_for(1)
    assert received.query == {"token": "t"}
    assert received.payload["data"]["id"] == sent.json()["data"]["id"]


# --- async clients and threads --------------------------------------------------------------------------


def test_an_async_client_send_is_called_back_the_same_way(receiver: CallbackReceiver) -> None:
    async def main() -> None:
        async with async_sandbox_client("smspartner") as client:
            body = SendSmsRequest.from_dict(
                {"apiKey": "x", "phoneNumbers": NUMBER, "message": "Hi", "urlDlr": receiver.url()}
            )
            await client.call(send_sms, body=body)
            await asyncio.to_thread(receiver.wait_for, 1)

    asyncio.run(main())
    assert receiver.received[0].form["status"] == "Delivered"


def _callback_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "smsgate-sandbox-callbacks"]


def test_the_thread_starts_with_the_first_callback_and_stops_on_close(receiver: CallbackReceiver) -> None:
    before = len(_callback_threads())
    sandbox = Sandbox()
    states = [sandbox.callbacks.running]  # no callback, no thread
    with sandbox_client("smspartner", sandbox=sandbox) as client:
        _smspartner(client, NUMBER, urlDlr=receiver.url())
        receiver.wait_for(1)
    states.append(sandbox.callbacks.running)
    sandbox.close()
    states.append(sandbox.callbacks.running)
    assert states == [False, True, False]
    assert len(_callback_threads()) == before
    sandbox.close()  # twice is fine


def test_a_client_that_made_its_sandbox_closes_it(receiver: CallbackReceiver) -> None:
    with sandbox_client("smspartner") as client:
        _smspartner(client, NUMBER, urlDlr=receiver.url())
        receiver.wait_for(1)
        dispatcher = client.sandbox.callbacks
    assert not dispatcher.running


# --- the pytest plugin ----------------------------------------------------------------------------------


def test_the_plugin_fixtures_assert_on_callbacks(
    smsgate_client: Callable[..., SandboxClient], smsgate_sandbox: Sandbox, smsgate_callbacks: CallbackReceiver
) -> None:
    client = smsgate_client("smspartner")
    _smspartner(client, NUMBER, urlDlr=smsgate_callbacks.url("/dlr"), urlResponse=smsgate_callbacks.url("/in"))
    smsgate_sandbox.simulate_reply(NUMBER, "Merci")
    got: list[ReceivedCallback] = smsgate_callbacks.wait_for(2)
    assert sorted(r.path for r in got) == ["/dlr", "/in"]
    with pytest.raises(AssertionError, match="expected 3 callback"):
        smsgate_callbacks.wait_for(3, timeout=0.1)
