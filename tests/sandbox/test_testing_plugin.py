"""smsgate's pytest plugin as a user meets it: fixtures by name, an outbox, scripted numbers, no network."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
import smsgate
from smsgate.sandbox import Sandbox
from smsgate.testing import AsyncSandboxClient, NetworkBlockedError, Outbox, SandboxClient

NUMBER = "+33612345678"


def test_the_outbox_holds_what_was_sent(smsgate_client: Callable[..., SandboxClient], smsgate_outbox: Outbox) -> None:
    smsgate_outbox.assert_nothing_sent()
    client = smsgate_client("smspartner")
    client.send([NUMBER, "+33698765432"], "C’est confirmé : demain 10h")
    client.send(NUMBER, "a" * 200, sender="Shop42")
    assert len(smsgate_outbox) == 3
    both = smsgate_outbox.assert_sent(containing="confirmé", encoding="UCS-2", parts=1, count=2)
    assert {message.recipient for message in both} == {NUMBER, "+33698765432"}
    assert smsgate_outbox.last.parts == 2
    assert smsgate_outbox.last.sender == "Shop42"
    with pytest.raises(AssertionError, match=r"expected 1 message\(s\) matching, found 0"):
        smsgate_outbox.assert_sent(to="+33600000000")
    with pytest.raises(AssertionError, match="expected nothing sent, found 3"):
        smsgate_outbox.assert_nothing_sent()


def test_delivery_states_and_faults_are_scripted_per_number(
    smsgate_client: Callable[..., SandboxClient], smsgate_sandbox: Sandbox
) -> None:
    smsgate_sandbox.script_delivery("+33611111111", "undelivered")
    smsgate_sandbox.faults.add("reset_after_read", number="+33622222222")
    client = smsgate_client("primotexto", max_retries=0)
    sent = client.send("+33611111111", "Rappel : RDV demain")
    assert client.status(sent.message_id)[0].state is smsgate.DeliveryState.undelivered
    with pytest.raises(smsgate.SendOutcomeUnknown):
        client.send("+33622222222", "Rappel : RDV demain")
    client.send("+33633333333", "Rappel : RDV demain")  # other numbers are not touched
    assert smsgate_sandbox.sends_received() == 3


def test_messaggi_numbers_match_in_their_dashed_form(
    smsgate_client: Callable[..., SandboxClient], smsgate_sandbox: Sandbox
) -> None:
    smsgate_sandbox.faults.add("server_error", number="+393491234567", times=None)
    client = smsgate_client("messaggi", max_retries=0)
    with pytest.raises(smsgate.SmsGateError):
        client.send("+393491234567", "Ciao", sender="Negozio")
    client.send("+393497654321", "Ciao", sender="Negozio")


def test_the_async_client_fixture(
    smsgate_async_client: Callable[..., AsyncSandboxClient], smsgate_outbox: Outbox
) -> None:
    async def main() -> None:
        client = smsgate_async_client("messaggi")
        await client.send("+393491234567", "Ciao 😀", sender="Negozio")

    asyncio.run(main())
    smsgate_outbox.assert_sent(to="+393491234567", vendor="messaggi", encoding=smsgate.Encoding.UCS2)


def test_bad_scripts_are_refused(smsgate_sandbox: Sandbox) -> None:
    from smsgate.sandbox import SandboxConfigError

    for number in ("0612345678", "+33 6 12", 33612345678):
        with pytest.raises(SandboxConfigError):
            smsgate_sandbox.script_delivery(number, "expired")  # type: ignore[arg-type]
        with pytest.raises(SandboxConfigError):
            smsgate_sandbox.faults.add("latency", number=number)  # type: ignore[arg-type]
    with pytest.raises(SandboxConfigError):
        smsgate_sandbox.script_delivery(NUMBER, "lost")


def test_the_guard_lets_local_connections_through(smsgate_network_guard: object) -> None:
    from smsgate.sandbox import start_server

    with start_server() as running, httpx.Client() as http:
        assert http.get(f"{running.base_url('smspartner').rsplit('/', 2)[0]}/_sandbox/stats").status_code == 200


def run_user_suite(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_user.py").write_text(textwrap.dedent(source), encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path / "test_user.py")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )


def test_a_request_leaving_the_machine_fails_the_test_even_when_swallowed(tmp_path: Path) -> None:
    completed = run_user_suite(
        tmp_path,
        """
        import smsgate

        def test_real_vendor(smsgate_outbox):
            try:  # the code under test forgot the sandbox and swallows errors
                with smsgate.Client("smspartner", api_key="k", max_retries=0) as client:
                    client.send("+33612345678", "hello")
            except smsgate.SmsGateError:
                pass
        """,
    )
    assert completed.returncode == 1, completed.stdout
    assert "the test tried to reach the network: DNS lookup of 'api.smspartner.fr'" in completed.stdout


def test_the_plugin_loads_without_being_named(tmp_path: Path) -> None:
    completed = run_user_suite(
        tmp_path,
        """
        def test_send(smsgate_client, smsgate_outbox):
            smsgate_client("primotexto").send("0612345678", "Votre code : 123456")
            smsgate_outbox.assert_sent(to="+33612345678", encoding="GSM-7", parts=1)
        """,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_network_blocked_is_a_connection_error() -> None:
    assert issubclass(NetworkBlockedError, ConnectionError)
