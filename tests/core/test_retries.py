"""The retry policy in action: what is retried, how often, how long, and that no send is replayed."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import smsgate

from tests.fakes import FakeVendor, Unified, answer, example

MODES = ["sync", "async"]
SEND_ROUTE = ("POST", "/send")
STATUS_ROUTE = ("GET", "/bulk-status")


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def raising(error: type[httpx.TransportError], message: str = "boom") -> Callable[[httpx.Request], httpx.Response]:
    def respond(request: httpx.Request) -> httpx.Response:
        raise error(message, request=request)

    return respond


SENT = answer(example("smspartner", "send_sms"))
STATUS = answer(example("smspartner", "get_bulk_status"))

READ_FAULTS: list[tuple[str, Any]] = [
    ("connect-error", raising(httpx.ConnectError)),
    ("connect-timeout", raising(httpx.ConnectTimeout)),
    ("read-timeout", raising(httpx.ReadTimeout)),
    ("broken-stream", raising(httpx.RemoteProtocolError, "peer closed connection without sending complete body")),
    ("408", answer({}, status=408)),
    ("429", answer({}, status=429)),
    ("500", answer({}, status=500)),
    ("502", httpx.Response(502, text="<html>Bad Gateway</html>")),
    ("503", answer({}, status=503)),
    ("504", answer({}, status=504)),
]


@pytest.mark.parametrize(("name", "fault"), READ_FAULTS, ids=[n for n, _ in READ_FAULTS])
def test_reads_recover_from_transient_faults(mode: str, sleeps: list[float], name: str, fault: Any) -> None:
    fake = FakeVendor({STATUS_ROUTE: [fault, fault, STATUS]})
    reports = Unified("smspartner", fake, mode).status("111")
    assert len(reports) == 2
    assert fake.count(*STATUS_ROUTE) == 3
    assert len(sleeps) == 2
    # Exponential backoff with jitter: half to all of 0.5 s, then of 1 s.
    assert 0.25 <= sleeps[0] <= 0.5
    assert 0.5 <= sleeps[1] <= 1.0


@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        (raising(httpx.ConnectError), smsgate.TransportError),
        (raising(httpx.ReadTimeout), smsgate.RequestTimeoutError),
        (raising(httpx.RemoteProtocolError), smsgate.TransportError),
        (answer({}, status=503), smsgate.ServerError),
        (answer({}, status=429), smsgate.RateLimitError),
    ],
)
def test_reads_give_up_after_the_budget(mode: str, sleeps: list[float], fault: Any, expected: type[Exception]) -> None:
    fake = FakeVendor({STATUS_ROUTE: fault})
    with pytest.raises(expected) as raised:
        Unified("smspartner", fake, mode, max_retries=3).status("111")
    assert fake.count(*STATUS_ROUTE) == 4
    assert len(sleeps) == 3
    if isinstance(raised.value, smsgate.TransportError):
        assert isinstance(raised.value.__cause__, httpx.TransportError)


def test_client_errors_are_not_retried(mode: str, sleeps: list[float]) -> None:
    fake = FakeVendor({STATUS_ROUTE: answer({"success": False, "code": 4, "message": "Message introuvable"})})
    with pytest.raises(smsgate.NotFoundError):
        Unified("smspartner", fake, mode).status("111")
    assert fake.count(*STATUS_ROUTE) == 1
    assert sleeps == []


def test_retry_after_is_honoured(mode: str, sleeps: list[float]) -> None:
    fake = FakeVendor({STATUS_ROUTE: [answer({}, status=429, headers={"Retry-After": "3"}), STATUS]})
    Unified("smspartner", fake, mode).status("111")
    assert sleeps == [3.0]


def test_retry_after_beyond_the_cap_is_not_waited_for(mode: str, sleeps: list[float]) -> None:
    fake = FakeVendor({STATUS_ROUTE: answer({}, status=429, headers={"Retry-After": "3600"})})
    with pytest.raises(smsgate.RateLimitError) as raised:
        Unified("smspartner", fake, mode).status("111")
    assert raised.value.retry_after == 3600.0
    assert sleeps == []
    assert fake.count(*STATUS_ROUTE) == 1


# -- sends ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fault", [raising(httpx.ConnectError), raising(httpx.ConnectTimeout)])
def test_a_send_that_never_left_is_retried(mode: str, sleeps: list[float], fault: Any) -> None:
    fake = FakeVendor({SEND_ROUTE: [fault, SENT]})
    result = Unified("smspartner", fake, mode).send("0612345678")
    assert result.message_id == "307"
    assert fake.count(*SEND_ROUTE) == 2


def test_a_send_answered_429_is_retried(mode: str, sleeps: list[float]) -> None:
    fake = FakeVendor({SEND_ROUTE: [answer({}, status=429, headers={"Retry-After": "1"}), SENT]})
    Unified("smspartner", fake, mode).send("0612345678")
    assert fake.count(*SEND_ROUTE) == 2
    assert sleeps == [1.0]


SEND_FAULTS: list[tuple[str, Any]] = [
    ("read-timeout", raising(httpx.ReadTimeout)),
    ("write-timeout", raising(httpx.WriteTimeout)),
    ("broken-stream", raising(httpx.RemoteProtocolError)),
    ("read-error", raising(httpx.ReadError)),
    ("408", answer({}, status=408)),
    ("500", answer({}, status=500)),
    ("502-html", httpx.Response(502, text="<html>Bad Gateway</html>")),
    ("503", answer({}, status=503)),
]


@pytest.mark.parametrize("vendor", ["primotexto", "smspartner", "messaggi"])
@pytest.mark.parametrize(("name", "fault"), SEND_FAULTS, ids=[n for n, _ in SEND_FAULTS])
def test_a_send_that_may_have_arrived_is_never_replayed(
    mode: str, sleeps: list[float], vendor: str, name: str, fault: Any
) -> None:
    route = {"primotexto": ("POST", "/messages/send"), "smspartner": SEND_ROUTE, "messaggi": ("POST", "/messages/")}
    fake = FakeVendor({route[vendor]: fault})
    with pytest.raises(smsgate.SendOutcomeUnknown) as raised:
        Unified(vendor, fake, mode, max_retries=5).send("+393491234567", sender="ACME", reference="order-42")
    assert fake.count(*route[vendor]) == 1
    assert sleeps == []
    unknown = raised.value
    assert unknown.vendor == vendor
    assert unknown.to in (("+393491234567",),)
    assert unknown.reference == "order-42"
    assert unknown.started_at is not None
    assert unknown.__cause__ is not None
    assert "status()" in str(unknown)


def test_cancel_is_not_replayed_either(mode: str, sleeps: list[float]) -> None:
    fake = FakeVendor({("GET", "/message-cancel"): raising(httpx.ReadTimeout)})
    with pytest.raises(smsgate.SendOutcomeUnknown):
        Unified("smspartner", fake, mode).cancel("307")
    assert fake.count("GET", "/message-cancel") == 1


def test_max_retries_zero_means_one_attempt(mode: str, sleeps: list[float]) -> None:
    fake = FakeVendor({STATUS_ROUTE: answer({}, status=503)})
    with pytest.raises(smsgate.ServerError):
        Unified("smspartner", fake, mode, max_retries=0).status("111")
    assert fake.count(*STATUS_ROUTE) == 1


def test_the_wait_between_attempts_is_the_constructors_to_replace(sleeps: list[float]) -> None:
    """``sleep=`` (sync and async) is the seam a test injects: it receives every wait, and the class's
    default (which this suite's autouse net replaces) is not called."""
    own: list[float] = []
    fake = FakeVendor({STATUS_ROUTE: [answer({}, status=503), STATUS]})
    transport = httpx.MockTransport(fake)
    with smsgate.Client(
        "smspartner", api_key="k", http_client=httpx.Client(transport=transport), sleep=own.append
    ) as client:
        assert len(client.status("111")) == 2
    assert len(own) == 1
    assert 0.25 <= own[0] <= 0.5
    assert sleeps == []

    async def waits() -> list[float]:
        recorded: list[float] = []

        async def record(seconds: float) -> None:
            recorded.append(seconds)

        fake = FakeVendor({STATUS_ROUTE: [answer({}, status=503), STATUS]})
        http = httpx.AsyncClient(transport=httpx.MockTransport(fake))
        async with smsgate.AsyncClient("smspartner", api_key="k", http_client=http, sleep=record) as client:
            await client.status("111")
        await http.aclose()
        return recorded

    assert len(asyncio.run(waits())) == 1
    assert sleeps == []
    with pytest.raises(smsgate.InvalidArgumentError, match="sleep must be callable, not int"):
        smsgate.Client("smspartner", api_key="k", sleep=3)  # type: ignore[arg-type]
