"""The sandbox's small rules: segments, reserved numbers, arguments, surface, the testing helper."""

from __future__ import annotations

from decimal import Decimal

import pytest
import smsgate.sandbox
import smsgate.testing
from smsgate import DeliveryState
from smsgate.sandbox import PREFIXES, Sandbox, SandboxConfigError, segments, start_server
from smsgate.sandbox._state import outcome_of


def test_public_surface_is_pinned() -> None:
    assert smsgate.sandbox.__all__ == [
        "PREFIXES",
        "RESERVED_ENDINGS",
        "CallbackAttempt",
        "CallbackDispatcher",
        "Fault",
        "FaultKind",
        "FaultPlan",
        "RunningServer",
        "Sandbox",
        "SandboxConfigError",
        "segments",
        "serve",
        "start_server",
    ]
    assert smsgate.testing.__all__ == [
        "AsyncSandboxClient",
        "CallbackReceiver",
        "NetworkBlockedError",
        "Outbox",
        "OutboxMessage",
        "ReceivedCallback",
        "SandboxClient",
        "async_sandbox_client",
        "sandbox_client",
    ]
    assert PREFIXES == {
        "primotexto": "/primotexto/v2",
        "smspartner": "/smspartner/v1",
        "messaggi": "/messaggi",
        "messaggi_v2": "/messaggi_v2",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a" * 160, 1),
        ("a" * 161, 2),
        ("a" * 306, 2),
        ("a" * 307, 3),
        ("€" * 80, 1),  # an extension character takes two septets
        ("€" * 81, 2),
        ("é" * 160, 1),  # é is in the GSM alphabet
        ("ê" * 70, 1),  # ê is not: UCS-2, 70 per SMS
        ("ê" * 71, 2),
        ("😀" * 35, 1),  # a surrogate pair counts twice
    ],
)
def test_segments(text: str, expected: int) -> None:
    assert segments(text) == expected


@pytest.mark.parametrize(
    ("national", "state"),
    [
        ("612340001", DeliveryState.undelivered),
        ("3491230002", DeliveryState.expired),
        ("612340003", DeliveryState.rejected),
        ("612340004", DeliveryState.delivered),
        ("612345678", DeliveryState.delivered),
    ],
)
def test_reserved_endings(national: str, state: DeliveryState) -> None:
    assert outcome_of(national) is state


@pytest.mark.parametrize(
    ("arguments", "complaint"),
    [
        ({"speed": -1}, "speed"),
        ({"speed": float("nan")}, "speed"),
        ({"initial_credits": "lots"}, "initial_credits"),
        ({"initial_credits": Decimal("-1")}, "initial_credits"),
        ({"api_keys": {"twilio": "k"}}, "api_keys"),
        ({"api_keys": {"messaggi": ""}}, "api_keys"),
    ],
)
def test_bad_sandbox_arguments_are_refused_clearly(arguments: dict[str, object], complaint: str) -> None:
    with pytest.raises(SandboxConfigError, match=complaint):
        Sandbox(**arguments)  # type: ignore[arg-type]


def test_bad_vendor_and_address_are_refused_clearly() -> None:
    sandbox = Sandbox()
    for call in (
        lambda: sandbox.base_url("twilio"),
        lambda: sandbox.sends_received("twilio"),
        lambda: sandbox.credits("x"),
    ):
        with pytest.raises(SandboxConfigError, match="unknown vendor"):
            call()
    with pytest.raises(SandboxConfigError, match="port"):
        start_server(port=70000)


def test_the_testing_helpers_documented_example_runs() -> None:
    source = (smsgate.testing.__doc__ or "").split("```python")[1].split("```")[0]
    exec(compile(source, "smsgate.testing example", "exec"), {})


def test_the_sandbox_docstring_example_runs() -> None:
    source = (smsgate.sandbox.__doc__ or "").split("```python")[1].split("```")[0]
    exec(compile(source, "smsgate.sandbox example", "exec"), {})


def test_unknown_vendor_in_the_testing_helper_is_the_clients_error() -> None:
    with pytest.raises(smsgate.InvalidArgumentError, match="unknown vendor"):
        smsgate.testing.sandbox_client("twilio")


def test_scheduled_sends_stay_queued_until_their_time() -> None:
    from datetime import UTC, datetime, timedelta

    when = (datetime.now(UTC) + timedelta(days=1)).replace(minute=0, second=0, microsecond=0)
    with smsgate.testing.sandbox_client("smspartner") as client:
        sent = client.send("+33612345678", "Rappel", scheduled_at=when)
        assert client.status(sent.message_id)[0].state is DeliveryState.sent  # SMS Partner's "Waiting"
        assert client.credits().raw["credits"]["toSend"] == 1
        client.cancel(sent.message_id)
        assert client.credits().balance == 100
