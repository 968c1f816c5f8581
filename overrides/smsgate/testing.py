"""Test your own code against the sandbox, in process: no account, no network, no socket.

``sandbox_client`` hands a ready ``smsgate.Client`` wired to a fresh sandbox (``smsgate.sandbox``),
``async_sandbox_client`` an ``AsyncClient``. The client has the sandbox's key and a ``.sandbox``
attribute to look at the state, move time on or switch faults. Reserved test numbers, prefixes and
fault kinds are described in ``smsgate.sandbox``. Needs ``pip install 'smsgate[sandbox]'``.

```python
import smsgate
from smsgate.testing import sandbox_client


def notify(client: smsgate.Client, number: str) -> str:  # the code under test
    return client.send(number, "Your parcel is on its way").message_id


def test_notify_sends_once() -> None:
    with sandbox_client("smspartner") as client:
        message_id = notify(client, "+33612345678")
        assert client.status(message_id)[0].state is smsgate.DeliveryState.delivered
        assert client.sandbox.sends_received() == 1


def test_notify_reports_a_lost_connection() -> None:
    with sandbox_client("smspartner", max_retries=0) as client:
        client.sandbox.faults.add("reset_after_read", operation="send_sms")
        try:
            notify(client, "+33612345678")
        except smsgate.SendOutcomeUnknown:
            pass  # the send happened: look before sending again
        assert client.sandbox.sends_received() == 1


test_notify_sends_once()
test_notify_reports_a_lost_connection()
```

Pass ``sandbox=`` to share one sandbox between clients (or with a ``start_server``), and any
``Client`` option (``max_retries``, ``timeout``, ``response_format="xml"``...) as keywords.
Retries wait as they do in production (``Retry-After`` of injected 429s is 0 by default).
"""

from __future__ import annotations

from typing import Any

import httpx

from ._client import AsyncClient, Client
from .sandbox import Sandbox

__all__ = ["AsyncSandboxClient", "SandboxClient", "async_sandbox_client", "sandbox_client"]


class SandboxClient(Client):
    """A ``Client`` talking to an in-process sandbox, which it exposes as ``.sandbox``."""

    def __init__(self, vendor: str, sandbox: Sandbox, **options: Any) -> None:
        self.sandbox = sandbox
        super().__init__(
            vendor,
            api_key=sandbox.api_keys.get(vendor),
            base_url=sandbox.base_url(vendor) if vendor in sandbox.api_keys else None,
            http_client=httpx.Client(transport=sandbox.transport()),
            **options,
        )
        self._owns_http = True  # the transport is ours: close it with the client


class AsyncSandboxClient(AsyncClient):
    """An ``AsyncClient`` talking to an in-process sandbox, which it exposes as ``.sandbox``."""

    def __init__(self, vendor: str, sandbox: Sandbox, **options: Any) -> None:
        self.sandbox = sandbox
        super().__init__(
            vendor,
            api_key=sandbox.api_keys.get(vendor),
            base_url=sandbox.base_url(vendor) if vendor in sandbox.api_keys else None,
            http_client=httpx.AsyncClient(transport=sandbox.transport()),
            **options,
        )
        self._owns_http = True


def sandbox_client(vendor: str, *, sandbox: Sandbox | None = None, **options: Any) -> SandboxClient:
    """A ``Client`` for ``vendor`` on ``sandbox`` (a fresh ``Sandbox()`` when not given)."""
    return SandboxClient(vendor, sandbox or Sandbox(), **options)


def async_sandbox_client(vendor: str, *, sandbox: Sandbox | None = None, **options: Any) -> AsyncSandboxClient:
    """An ``AsyncClient`` for ``vendor`` on ``sandbox`` (a fresh ``Sandbox()`` when not given)."""
    return AsyncSandboxClient(vendor, sandbox or Sandbox(), **options)
