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
  ``faults.add("reset_after_read", number="+33612345678")``, or simulate a reply
  (``simulate_reply("+33612345678", "OUI")``); closed after the test. A simulated STOP lands on
  the vendor's opt-out list; ``@pytest.mark.smsgate_opt_outs(smspartner=["+33612345678"])`` presets
  one (``kind="bounce"`` for Primotexto's NPAI list), ``preset_opt_outs()`` does it by hand.
- ``smsgate_callbacks``: a ``CallbackReceiver`` on 127.0.0.1 recording the callbacks the sandbox
  posts: ``url("/hook", token="...")`` to give a send, ``wait_for(count)``, ``received``
  (``ReceivedCallback``: ``path``, ``query``, ``headers``, ``form``, ``payload``), and
  ``fail_next()`` / ``slow_next()`` for a receiver that is down or slow.
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
    "CallbackReceiver",
    "NetworkBlockedError",
    "Outbox",
    "OutboxMessage",
    "ReceivedCallback",
    "SandboxClient",
    "async_sandbox_client",
    "sandbox_client",
]


class SandboxClient(Client):
    """A ``Client`` talking to an in-process sandbox, which it exposes as ``.sandbox``."""

    def __init__(self, vendor: str, sandbox: Sandbox, *, owns_sandbox: bool = False, **options: Any) -> None:
        self.sandbox = sandbox
        self._owns_sandbox = owns_sandbox
        super().__init__(
            vendor,
            api_key=sandbox.api_keys.get(vendor),
            base_url=sandbox.base_url(vendor) if vendor in sandbox.api_keys else None,
            http_client=httpx.Client(transport=sandbox.transport()),
            **options,
        )
        self._owns_http = True  # the transport is ours: close it with the client

    def close(self) -> None:
        """Close the client, and the sandbox it made (its callback thread) when it made it."""
        super().close()
        if self._owns_sandbox:
            self.sandbox.close()


class AsyncSandboxClient(AsyncClient):
    """An ``AsyncClient`` talking to an in-process sandbox, which it exposes as ``.sandbox``."""

    def __init__(self, vendor: str, sandbox: Sandbox, *, owns_sandbox: bool = False, **options: Any) -> None:
        self.sandbox = sandbox
        self._owns_sandbox = owns_sandbox
        super().__init__(
            vendor,
            api_key=sandbox.api_keys.get(vendor),
            base_url=sandbox.base_url(vendor) if vendor in sandbox.api_keys else None,
            http_client=httpx.AsyncClient(transport=sandbox.transport()),
            **options,
        )
        self._owns_http = True

    async def aclose(self) -> None:
        """Close the client, and the sandbox it made (its callback thread) when it made it."""
        await super().aclose()
        if self._owns_sandbox:
            self.sandbox.close()


def _fresh_sandbox() -> Sandbox:
    from .sandbox import Sandbox

    return Sandbox()


def sandbox_client(vendor: str, *, sandbox: Sandbox | None = None, **options: Any) -> SandboxClient:
    """A ``Client`` for ``vendor`` on ``sandbox`` (a fresh ``Sandbox()`` when not given, closed with the client)."""
    return SandboxClient(vendor, sandbox or _fresh_sandbox(), owns_sandbox=sandbox is None, **options)


def async_sandbox_client(vendor: str, *, sandbox: Sandbox | None = None, **options: Any) -> AsyncSandboxClient:
    """An ``AsyncClient`` for ``vendor`` on ``sandbox`` (a fresh ``Sandbox()`` when not given, closed with it)."""
    return AsyncSandboxClient(vendor, sandbox or _fresh_sandbox(), owns_sandbox=sandbox is None, **options)


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


@dataclass(frozen=True, slots=True)
class ReceivedCallback:
    """One request a ``CallbackReceiver`` received: what the sandbox (or anything else) posted to it."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # names in lower case
    body: bytes
    status: int  # what the receiver answered

    @property
    def content_type(self) -> str:
        """The media type the request declared, without its parameters (``application/json``)."""
        return self.headers.get("content-type", "").split(";")[0].strip()

    @property
    def form(self) -> dict[str, str]:
        """The form fields (``application/x-www-form-urlencoded``); empty for another body."""
        from urllib.parse import parse_qsl

        if self.content_type != "application/x-www-form-urlencoded":
            return {}
        return dict(parse_qsl(self.body.decode("utf-8"), keep_blank_values=True))

    @property
    def payload(self) -> Any:
        """What was posted, decoded: the JSON body; or the form, with a lone JSON field (Messaggi's
        ``callback_field``, v2's ``method: POST``) decoded to its JSON."""
        import json

        if self.content_type == "application/json":
            return json.loads(self.body)
        form = self.form
        if len(form) == 1:
            (text,) = form.values()
            try:
                return json.loads(text)
            except ValueError:
                return form
        return form


class CallbackReceiver:
    """A tiny HTTP receiver on 127.0.0.1 that records every request (``received``) and answers 200.

    ``url(path, **query)`` is the URL to give a send (SMS Partner ``urlDlr``, Messaggi ``callback_url``...);
    ``wait_for(count)`` waits until that many requests came; ``fail_next(times, status)`` and
    ``slow_next(times, seconds)`` make the next answers fail or come late (a receiver that is down or
    slow: the sandbox retries as the vendor does). ``close()`` (or leaving the ``with``) stops it.
    The pytest fixture ``smsgate_callbacks`` hands one, closed after the test.
    """

    def __init__(self, host: str = "127.0.0.1") -> None:
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
        from urllib.parse import parse_qsl, urlsplit

        receiver = self
        self._lock = threading.Condition()
        self._received: list[ReceivedCallback] = []
        self._script: list[tuple[int, float]] = []  # the next answers: (status, delay)

        class Handler(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                with receiver._lock:
                    status, delay = receiver._script.pop(0) if receiver._script else (200, 0.0)
                if delay:
                    import time

                    time.sleep(delay)
                target = urlsplit(self.path)
                record = ReceivedCallback(
                    self.command,
                    target.path,
                    dict(parse_qsl(target.query, keep_blank_values=True)),
                    {name.lower(): value for name, value in self.headers.items()},
                    body,
                    status,
                )
                content = b"ok" if status < 300 else b"failing on purpose"
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "text/plain")
                    self.send_header("Content-Length", str(len(content)))
                    self.end_headers()
                    self.wfile.write(content)
                except OSError:
                    pass  # the sender gave up waiting (a slow answer): it still came
                with receiver._lock:
                    receiver._received.append(record)
                    receiver._lock.notify_all()

            do_POST = do_GET = do_PUT = _handle  # noqa: N815 - http.server's names

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet: a test reads ``received``."""

        self._server = ThreadingHTTPServer((host, 0), Handler)
        self._server.daemon_threads = True
        self.host = host
        self.port = int(self._server.server_address[1])
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="smsgate-callback-receiver", daemon=True
        )
        self._thread.start()

    def url(self, path: str = "/callbacks", **query: str) -> str:
        """The URL of ``path`` on this receiver, with ``query`` (``token=...``) in its query string."""
        from urllib.parse import urlencode

        suffix = f"?{urlencode(query)}" if query else ""
        return f"http://{self.host}:{self.port}/{path.lstrip('/')}{suffix}"

    @property
    def received(self) -> list[ReceivedCallback]:
        """Every request so far, in the order they were answered."""
        with self._lock:
            return list(self._received)

    def wait_for(self, count: int = 1, timeout: float = 5.0) -> list[ReceivedCallback]:
        """The first ``count`` requests, once they came; AssertionError after ``timeout`` seconds without."""
        import time

        deadline = time.monotonic() + timeout
        with self._lock:
            while len(self._received) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    got = len(self._received)
                    raise AssertionError(f"expected {count} callback(s) within {timeout} s, received {got}")
                self._lock.wait(left)
            return list(self._received[:count])

    def fail_next(self, times: int = 1, status: int = 500) -> None:
        """Answer the next ``times`` requests with ``status`` (a receiver that is down)."""
        with self._lock:
            self._script.extend([(status, 0.0)] * times)

    def slow_next(self, times: int = 1, seconds: float = 1.0, status: int = 200) -> None:
        """Answer the next ``times`` requests after ``seconds`` (a slow receiver)."""
        with self._lock:
            self._script.extend([(status, seconds)] * times)

    def close(self) -> None:
        """Stop the receiver and its thread."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def __enter__(self) -> CallbackReceiver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
