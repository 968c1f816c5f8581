"""The suite's own network guard (``tests/conftest.py``): no test, and no command a test runs,
reaches outside 127.0.0.1 unless it is marked ``network``.

Each test here makes a blocked attempt on purpose, checks it was refused and recorded, then clears
the record so that the guard does not fail it.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest
from smsgate.pytest_plugin import NetworkGuard

# TEST-NET-1 (RFC 5737): an address no packet should ever reach.
OUTSIDE = ("192.0.2.1", 443)


def test_an_in_process_connection_outside_is_refused(no_network: NetworkGuard) -> None:
    with pytest.raises(ConnectionRefusedError, match="no real network"), socket.create_connection(OUTSIDE, timeout=1):
        pass
    with pytest.raises(ConnectionRefusedError, match="DNS lookup"):
        socket.getaddrinfo("api.smspartner.fr", 443)
    assert len(no_network.attempts) == 2
    no_network.attempts.clear()


def test_a_child_process_is_guarded_too(child_network_guard: Path) -> None:
    before = child_network_guard.stat().st_size
    child = subprocess.run(
        [sys.executable, "-c", f"import socket; socket.create_connection({OUTSIDE!r}, timeout=1)"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert child.returncode != 0
    assert "no real network in smsgate's tests" in child.stderr
    with child_network_guard.open("r+", encoding="utf-8") as record:
        record.seek(before)
        assert "192.0.2.1" in record.read()
        record.truncate(before)  # cleared: this attempt was the point of the test


def test_a_cli_command_aimed_at_production_is_refused(
    no_network: NetworkGuard, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from smsgate import cli

    monkeypatch.setenv("SMSPARTNER_API_KEY", "a-key-that-must-never-leave-0123")
    assert cli.main(["credits", "--vendor", "smspartner", "--max-retries", "0"]) == 9  # TransportError
    assert "no real network" in capsys.readouterr().err
    assert "api.smspartner.fr" in no_network.attempts[0]
    no_network.attempts.clear()


def test_loopback_stays_open() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        with socket.create_connection(server.getsockname(), timeout=5):
            pass
