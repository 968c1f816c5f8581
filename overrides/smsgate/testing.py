"""Test your own code against the sandbox, in process: no account, no network, no socket.

**As a pytest plugin** (installed with smsgate, entry point ``smsgate``; needs
``pip install 'smsgate[sandbox]'`` only in the test suites that use its fixtures):

- ``smsgate_client("smspartner", **options)``: a ``smsgate.Client`` on the test's sandbox (any
  vendor, any ``Client`` option), closed after the test; ``smsgate_async_client`` hands an
  ``AsyncClient`` the same way.
- ``smsgate_outbox``: what was "sent" (``OutboxMessage``: vendor, recipient, text, encoding,
  parts, sender, message_id), with ``assert_sent(...)`` and ``assert_nothing_sent()``.
- ``smsgate_sandbox``: the test's ``Sandbox``, to script what happens per number:
  ``script_delivery("+33612345678", "undelivered")`` and
  ``faults.add("reset_after_read", number="+33612345678")``.
- No real network: while a test uses these fixtures, a connection or DNS lookup to anything but
  the machine itself fails the test (``NetworkBlockedError``), even when the code under test swallows it.

**Without pytest**: ``sandbox_client`` hands a ready ``smsgate.Client`` wired to a fresh sandbox,
``async_sandbox_client`` an ``AsyncClient``. The client has the sandbox's key and a ``.sandbox``
attribute to look at the state, move time on or switch faults. Reserved test numbers, prefixes and
fault kinds are described in ``smsgate.sandbox``.

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

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from ._client import AsyncClient, Client
from ._text.gsm7 import Encoding, measure
from ._text.rules import expand_markup

if TYPE_CHECKING:  # the sandbox (and jsonschema) load with the first sandbox made
    from .sandbox import Sandbox

__all__ = [
    "AsyncSandboxClient",
    "NetworkBlockedError",
    "Outbox",
    "OutboxMessage",
    "SandboxClient",
    "async_sandbox_client",
    "sandbox_client",
]


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


def _fresh_sandbox() -> Sandbox:
    from .sandbox import Sandbox

    return Sandbox()


def sandbox_client(vendor: str, *, sandbox: Sandbox | None = None, **options: Any) -> SandboxClient:
    """A ``Client`` for ``vendor`` on ``sandbox`` (a fresh ``Sandbox()`` when not given)."""
    return SandboxClient(vendor, sandbox or _fresh_sandbox(), **options)


def async_sandbox_client(vendor: str, *, sandbox: Sandbox | None = None, **options: Any) -> AsyncSandboxClient:
    """An ``AsyncClient`` for ``vendor`` on ``sandbox`` (a fresh ``Sandbox()`` when not given)."""
    return AsyncSandboxClient(vendor, sandbox or _fresh_sandbox(), **options)


class NetworkBlockedError(ConnectionRefusedError):
    """A test using smsgate's fixtures tried to reach another machine."""


@dataclass(frozen=True, slots=True)
class OutboxMessage:
    """One recipient of one send the sandbox accepted, weighed as ``smsgate.preview`` weighs it."""

    vendor: str
    recipient: str  # E.164
    text: str
    encoding: Encoding
    parts: int
    sender: str | None
    message_id: str
    dry_run: bool


class Outbox:
    """What the code under test "sent" through a sandbox, one ``OutboxMessage`` per recipient, oldest first."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    @property
    def messages(self) -> list[OutboxMessage]:
        """Every message "sent" so far, one per recipient, in order."""
        found: list[OutboxMessage] = []
        for stored in self.sandbox.messages():
            weight = measure(expand_markup(stored.vendor, stored.text))
            found.extend(
                OutboxMessage(
                    stored.vendor,
                    recipient,
                    stored.text,
                    weight.encoding,
                    weight.parts,
                    stored.sender,
                    stored.message_id,
                    stored.test,
                )
                for recipient in stored.recipients
            )
        return found

    def __len__(self) -> int:
        return len(self.messages)

    def __iter__(self) -> Iterator[OutboxMessage]:
        return iter(self.messages)

    @property
    def last(self) -> OutboxMessage:
        """The last message "sent" (``AssertionError`` when there is none)."""
        messages = self.messages
        if not messages:
            raise AssertionError("nothing was sent")
        return messages[-1]

    def assert_nothing_sent(self) -> None:
        """Fail (``AssertionError``, listing them) when anything was sent."""
        messages = self.messages
        if messages:
            raise AssertionError(f"expected nothing sent, found {len(messages)}: {_listed(messages)}")

    def assert_sent(
        self,
        *,
        to: str | None = None,
        text: str | None = None,
        containing: str | None = None,
        vendor: str | None = None,
        encoding: Encoding | str | None = None,
        parts: int | None = None,
        sender: str | None = None,
        count: int | None = 1,
    ) -> list[OutboxMessage]:
        """The messages matching every criterion given; AssertionError unless there are ``count`` of
        them (``count=None``: at least one). ``to`` is E.164."""
        messages = self.messages
        matching = [
            message
            for message in messages
            if (to is None or message.recipient == to)
            and (text is None or message.text == text)
            and (containing is None or containing in message.text)
            and (vendor is None or message.vendor == vendor)
            and (encoding is None or message.encoding == encoding)
            and (parts is None or message.parts == parts)
            and (sender is None or message.sender == sender)
        ]
        if (count is None and not matching) or (count is not None and len(matching) != count):
            wanted = "at least one" if count is None else str(count)
            raise AssertionError(
                f"expected {wanted} message(s) matching, found {len(matching)}; sent: {_listed(messages) or 'nothing'}"
            )
        return matching


def _listed(messages: list[OutboxMessage]) -> str:
    return "; ".join(
        f"{message.vendor} -> {message.recipient}: {message.text!r} ({message.encoding}, {message.parts} part(s))"
        for message in messages
    )
