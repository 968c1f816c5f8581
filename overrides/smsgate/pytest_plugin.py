"""smsgate's pytest plugin (entry point ``pytest11: smsgate``): the fixtures of ``smsgate.testing``.

This module stays small and imports nothing heavy: pytest loads it in every test run of a project
that has smsgate installed, and the sandbox (with jsonschema) loads only in a test that asks for
one of these fixtures. What each fixture gives is documented in ``smsgate.testing``.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .sandbox import Sandbox
    from .testing import AsyncSandboxClient, CallbackReceiver, Outbox, SandboxClient

LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})


def _is_local(host: object) -> bool:
    if host is None:
        return True  # getaddrinfo(None, port): the local machine's own addresses
    name = host.decode() if isinstance(host, bytes) else str(host)
    if name.lower().rstrip(".") in LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(name.split("%")[0]).is_loopback
    except ValueError:
        return False  # a name to resolve: it would leave the machine


class NetworkGuard:
    """Refuses every connection and DNS lookup that would leave the machine, and remembers them."""

    def __init__(self) -> None:
        self.attempts: list[str] = []

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from .testing import NetworkBlockedError

        real_getaddrinfo = socket.getaddrinfo
        real_connect = socket.socket.connect
        real_connect_ex = socket.socket.connect_ex

        def refuse(what: str) -> NetworkBlockedError:
            self.attempts.append(what)
            return NetworkBlockedError(f"smsgate.testing: no real network in tests ({what})")

        def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
            if not _is_local(host):
                raise refuse(f"DNS lookup of {host!r}")
            return real_getaddrinfo(host, *args, **kwargs)

        def guarded(real: Callable[..., Any]) -> Callable[..., Any]:
            def connect(sock: socket.socket, address: Any) -> Any:
                if sock.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address[0]):
                    raise refuse(f"connection to {address[0]}:{address[1]}")
                return real(sock, address)

            return connect

        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
        monkeypatch.setattr(socket.socket, "connect", guarded(real_connect))
        monkeypatch.setattr(socket.socket, "connect_ex", guarded(real_connect_ex))


@pytest.fixture
def smsgate_network_guard(monkeypatch: pytest.MonkeyPatch) -> Iterator[NetworkGuard]:
    """No request leaves the machine during the test; one that tried fails it."""
    guard = NetworkGuard()
    guard.install(monkeypatch)
    yield guard
    if guard.attempts:
        pytest.fail("the test tried to reach the network: " + "; ".join(guard.attempts), pytrace=False)


OPT_OUTS_MARKER = "smsgate_opt_outs"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{OPT_OUTS_MARKER}(vendor=[numbers], ..., kind='stop'): numbers already on the vendor's opt-out list "
        "in the smsgate_sandbox fixture",
    )


@pytest.fixture
def smsgate_sandbox(smsgate_network_guard: NetworkGuard, request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    """A fresh in-process sandbox for the test (speed 0: a message due now is final at once), closed after it
    (its callback thread stopped). ``@pytest.mark.smsgate_opt_outs(smspartner=["+336..."])`` presets the
    vendors' opt-out lists (``kind="bounce"`` for Primotexto's NPAI list)."""
    from .sandbox import Sandbox

    with Sandbox(callback_timeout=5.0, callback_retry_base=0.01) as sandbox:
        for marker in request.node.iter_markers(OPT_OUTS_MARKER):
            lists = dict(marker.kwargs)
            kind = lists.pop("kind", "stop")
            for vendor, numbers in lists.items():
                sandbox.preset_opt_outs(vendor, numbers, kind=kind)
        yield sandbox


@pytest.fixture
def smsgate_callbacks(smsgate_network_guard: NetworkGuard) -> Iterator[CallbackReceiver]:
    """A receiver on 127.0.0.1 recording what the sandbox's callbacks posted (``url()``, ``wait_for()``,
    ``received``, ``fail_next()``, ``slow_next()``), stopped after the test."""
    from .testing import CallbackReceiver

    with CallbackReceiver() as receiver:
        yield receiver


@pytest.fixture
def smsgate_outbox(smsgate_sandbox: Sandbox) -> Outbox:
    """What the test's clients sent through its sandbox."""
    from .testing import Outbox

    return Outbox(smsgate_sandbox)


@pytest.fixture
def smsgate_client(smsgate_sandbox: Sandbox) -> Iterator[Callable[..., SandboxClient]]:
    """``smsgate_client(vendor, **options)``: a ``Client`` on the test's sandbox, closed after the test."""
    from .testing import sandbox_client

    made: list[SandboxClient] = []

    def make(vendor: str, **options: Any) -> SandboxClient:
        client = sandbox_client(vendor, sandbox=smsgate_sandbox, **options)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def smsgate_async_client(smsgate_sandbox: Sandbox) -> Callable[..., AsyncSandboxClient]:
    """``smsgate_async_client(vendor, **options)``: an ``AsyncClient`` on the test's sandbox.

    Its in-process transport holds no connection, so nothing needs awaiting after the test.
    """
    from .testing import async_sandbox_client

    def make(vendor: str, **options: Any) -> AsyncSandboxClient:
        return async_sandbox_client(vendor, sandbox=smsgate_sandbox, **options)

    return make
