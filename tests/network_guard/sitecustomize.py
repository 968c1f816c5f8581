"""Loaded by every Python process the test suite starts (its folder is put first on PYTHONPATH by
``tests/conftest.py``): a CLI run, a crash-test child, a sandbox server. Connections and DNS
look-ups that would leave the machine are refused, and each is written to the file named by
``SMSGATE_NETWORK_ATTEMPTS``, which the suite reads after every test: a test that reached for the
network fails, even when the child swallowed the error.

Kept free of smsgate imports: it runs before anything else in the child.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from typing import Any

LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})


class NetworkBlockedError(ConnectionRefusedError):
    """A process of the test suite tried to reach another machine."""


def _is_local(host: object) -> bool:
    if host is None:
        return True
    name = host.decode() if isinstance(host, bytes) else str(host)
    if name.lower().rstrip(".") in LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(name.split("%")[0]).is_loopback
    except ValueError:
        return False


def _refuse(what: str) -> NetworkBlockedError:
    record = os.environ.get("SMSGATE_NETWORK_ATTEMPTS")
    if record:
        with open(record, "a", encoding="utf-8") as attempts:
            attempts.write(f"pid {os.getpid()}: {what}\n")
    return NetworkBlockedError(f"no real network in smsgate's tests ({what})")


def install() -> None:
    real_getaddrinfo = socket.getaddrinfo
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if not _is_local(host):
            raise _refuse(f"DNS lookup of {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    def guarded(real: Any) -> Any:
        def connect(sock: socket.socket, address: Any) -> Any:
            if sock.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address[0]):
                raise _refuse(f"connection to {address[0]}:{address[1]}")
            return real(sock, address)

        return connect

    socket.getaddrinfo = getaddrinfo
    socket.socket.connect = guarded(real_connect)  # type: ignore[method-assign]
    socket.socket.connect_ex = guarded(real_connect_ex)  # type: ignore[method-assign]


if os.environ.get("SMSGATE_NETWORK_ATTEMPTS"):
    install()
