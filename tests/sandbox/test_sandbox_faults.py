"""Every fault mode, in process and over a real socket, with the outcome the client promises.

Reads are retried and succeed; a send is retried only when it provably never left (or on 429),
otherwise it raises SendOutcomeUnknown; ``sends_received`` proves no send was carried out twice.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator

import httpx
import pytest
import smsgate
from smsgate.sandbox import FaultKind, RunningServer, Sandbox, SandboxConfigError, start_server
from smsgate.sandbox._faults import CALLBACK_KINDS
from smsgate.testing import async_sandbox_client, sandbox_client

NUMBER = "+33612345678"
# kind -> (what a send ends with, sends carried out), in process
IN_PROCESS = {
    FaultKind.LATENCY: ("sent", 1),
    FaultKind.RATE_LIMIT: ("sent", 1),  # 429: the vendor refused it, a retry is safe
    FaultKind.SERVER_ERROR: ("unknown", 0),
    FaultKind.BAD_GATEWAY: ("unknown", 0),
    FaultKind.RESET_BEFORE_READ: ("sent", 1),  # ConnectError: it never left, so it is retried
    FaultKind.RESET_AFTER_READ: ("unknown", 1),
    FaultKind.TRUNCATED_BODY: ("unknown", 1),
    FaultKind.SLOW_DRIP: ("sent", 1),
}
# Over a socket, a reset before reading reaches the client after it connected: it cannot know.
OVER_SOCKET = {**IN_PROCESS, FaultKind.RESET_BEFORE_READ: ("unknown", 0)}
# The faults that hit requests; the callback_* kinds hit the callbacks the sandbox posts (test_sandbox_callbacks).
REQUEST_FAULTS = [kind for kind in FaultKind if kind not in CALLBACK_KINDS]
SECONDS = {FaultKind.LATENCY: 0.01, FaultKind.SLOW_DRIP: 0.001}


def _send_outcome(send: Callable[[], object]) -> str:
    try:
        send()
    except smsgate.SendOutcomeUnknown as unknown:
        recipients = unknown.to
    else:
        return "sent"
    assert recipients == (NUMBER,)
    return "unknown"


@pytest.mark.parametrize("kind", REQUEST_FAULTS)
def test_in_process_sync(kind: FaultKind) -> None:
    with sandbox_client("smspartner") as client:
        sent = client.send(NUMBER, "Votre code : 123456")
        client.sandbox.faults.add(kind, operation="get_bulk_status", seconds=SECONDS.get(kind))
        assert client.status(sent.message_id)[0].state is smsgate.DeliveryState.delivered  # retried when needed
        client.sandbox.faults.add(kind, operation="send_sms", seconds=SECONDS.get(kind))
        outcome = _send_outcome(lambda: client.send(NUMBER, "Votre code : 654321"))
        assert (outcome, client.sandbox.sends_received() - 1) == IN_PROCESS[kind]
        assert client.sandbox.faults.pending() == []


@pytest.mark.parametrize("kind", REQUEST_FAULTS)
def test_in_process_async(kind: FaultKind) -> None:
    async def scenario() -> tuple[str, int]:
        async with async_sandbox_client("messaggi") as client:
            sent = await client.send("+393491234567", "Il tuo codice: 123456", sender="ACME")
            client.sandbox.faults.add(
                kind, vendor="messaggi", operation="list_message_recipients", seconds=SECONDS.get(kind)
            )
            reports = await client.status(sent.message_id)
            assert reports[0].state is smsgate.DeliveryState.delivered
            client.sandbox.faults.add(kind, operation="send_message", vendor="messaggi", seconds=SECONDS.get(kind))
            try:
                await client.send("+393491234567", "Il tuo codice: 654321", sender="ACME")
            except smsgate.SendOutcomeUnknown:
                return "unknown", client.sandbox.sends_received() - 1
            return "sent", client.sandbox.sends_received() - 1

    assert asyncio.run(scenario()) == IN_PROCESS[kind]


@pytest.fixture
def running() -> Iterator[RunningServer]:
    with start_server() as server:
        yield server


@pytest.mark.parametrize("kind", REQUEST_FAULTS)
def test_over_a_real_socket(kind: FaultKind, running: RunningServer) -> None:
    sandbox = running.sandbox
    with smsgate.Client(
        "primotexto", api_key=sandbox.api_keys["primotexto"], base_url=running.base_url("primotexto")
    ) as client:
        sent = client.send(NUMBER, "Votre code : 123456")
        sandbox.faults.add(kind, operation="get_message_status", seconds=SECONDS.get(kind))
        assert client.status(sent.message_id)[0].state is smsgate.DeliveryState.delivered
        sandbox.faults.add(kind, vendor="primotexto", operation="send_message", seconds=SECONDS.get(kind))
        outcome = _send_outcome(lambda: client.send(NUMBER, "Votre code : 654321"))
        assert (outcome, sandbox.sends_received() - 1) == OVER_SOCKET[kind]
        assert client.credits().balance == 100 - sandbox.sends_received()  # the connection pool recovered


def test_a_drip_slower_than_the_timeout_times_out(running: RunningServer) -> None:
    sandbox = running.sandbox
    with smsgate.Client(
        "smspartner", api_key=sandbox.api_keys["smspartner"], base_url=running.base_url("smspartner"), timeout=0.2
    ) as client:
        sandbox.faults.add(FaultKind.SLOW_DRIP, operation="get_credits", seconds=5)
        assert client.credits().balance == 100  # the first attempt timed out, the retry did not drip
        sandbox.faults.add(FaultKind.SLOW_DRIP, operation="send_sms", seconds=5)
        with pytest.raises(smsgate.SendOutcomeUnknown):
            client.send(NUMBER, "Votre code : 123456")
    assert sandbox.sends_received() == 1


def test_faults_for_every_request_until_cleared() -> None:
    with sandbox_client("smspartner", max_retries=1) as client:
        client.sandbox.faults.add(FaultKind.BAD_GATEWAY, times=None)
        for _ in range(3):
            with pytest.raises(smsgate.ServerError):
                client.credits()
        client.sandbox.faults.clear()
        assert client.credits().balance == 100


def test_a_rate_limit_carries_retry_after_and_the_vendors_shape() -> None:
    with sandbox_client("smspartner", max_retries=0) as client:
        client.sandbox.faults.add("rate_limit", seconds=7)
        with pytest.raises(smsgate.RateLimitError) as limited:
            client.credits()
    assert (limited.value.retry_after, limited.value.vendor_code, limited.value.status_code) == (7.0, "429", 429)


def test_the_control_endpoint_switches_faults_for_other_processes(running: RunningServer) -> None:
    with httpx.Client(base_url=running.url) as control:
        added = control.post("/_sandbox/faults", json={"kind": "reset_after_read", "operation": "send_sms"})
        assert added.status_code == 201
        assert control.post("/_sandbox/faults", json={"kind": "meteor"}).status_code == 400
        key = running.sandbox.api_keys["smspartner"]
        with (
            smsgate.Client("smspartner", api_key=key, base_url=running.base_url("smspartner")) as client,
            pytest.raises(smsgate.SendOutcomeUnknown),
        ):
            client.send(NUMBER, "Votre code : 123456")
        stats = control.get("/_sandbox/stats").json()
        assert stats["sends_received"]["smspartner"] == 1
        assert stats["faults"] == []
        control.post("/_sandbox/faults", json={"kind": "latency", "times": None})
        assert control.delete("/_sandbox/faults").json() == {"faults": []}


@pytest.mark.parametrize(
    ("arguments", "complaint"),
    [
        ({"kind": "meteor"}, "unknown fault kind"),
        ({"kind": "latency", "times": 0}, "times"),
        ({"kind": "latency", "vendor": "twilio"}, "unknown vendor"),
        ({"kind": "latency", "operation": "launch"}, "no operation"),
        ({"kind": "latency", "seconds": -1}, "seconds"),
    ],
)
def test_bad_fault_arguments_are_refused_clearly(arguments: dict[str, object], complaint: str) -> None:
    with pytest.raises(SandboxConfigError, match=complaint):
        Sandbox().faults.add_json(arguments)
