"""Fuzzing with hypothesis: hostile answers, odd HTTP, random input and random command lines.

Targets (each counts the cases it ran; the counts are printed at the end of the run, see ``terminal_summary``):

- ``json``: random JSON values and byte-mutated spec examples, under random statuses and content
  types, as the answer to every unified call of every vendor, sync and async;
- ``xml``: SMS Partner asked for XML: byte-mutated and truncated spec XML examples, entity
  expansion, external and internal entities (behind long prologs, in UTF-16), deep nesting, huge text;
- ``http``: raw HTTP/1.1 answers over a loopback socket: 1xx, 204, 3xx with a Location pointing
  back at the same URL (a redirect loop), 520, 999, any three-digit status, missing or lying
  Content-Length, wrong content types;
- ``input``: random identifiers, phone numbers, texts, senders and references into every unified
  call, against the in-process sandbox;
- ``cli``: random argument lists into ``smsgate.cli.main``.

Required: 0 exceptions that are not ``smsgate.SmsGateError`` (the CLI: a documented exit code,
never 70, and no traceback without ``--debug``); 0 hangs (client timeouts plus a per-example
hypothesis deadline); bounded memory on an answer past the 10 MiB limit (refused, and the
tracemalloc peak stays under 3x the limit).

The default budget keeps this file under a minute; ``SMSGATE_FUZZ_EXAMPLES=N`` runs N examples per
target instead (for a longer run).
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import os
import socket
import sys
import threading
import tracemalloc
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any
from unittest import mock

import httpx
import pytest
import smsgate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from smsgate import cli
from smsgate._cli import commands
from smsgate._core.response import DEFAULT_RESPONSE_SIZE_LIMIT
from smsgate.sandbox import RunningServer, Sandbox, start_server
from smsgate.testing import async_sandbox_client, sandbox_client

from tests.reliability_support import KEY_VARIABLES, MESSAGE_ID, NUMBER, VENDORS, shared_ssl_context
from tests.support import spec_by_vendor

# The long reliability suites run once per CI run (on the generator's Python), see noxfile.py.
pytestmark = pytest.mark.reliability

FUZZ_EXAMPLES = int(os.environ.get("SMSGATE_FUZZ_EXAMPLES", "0") or 0)
DEADLINE = timedelta(seconds=5)  # per example; a hang would blow it (the clients time out in 1 s)
CASES: Counter[str] = Counter()
CALLS = ("send", "status", "cancel", "credits")
EXIT_CODES = {0, 1, 2, *range(3, 16), 130}  # every documented code but 70 (a bug)


def budget(default: int) -> settings:
    return settings(
        max_examples=FUZZ_EXAMPLES or default,
        deadline=DEADLINE,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
    )


def call(client: smsgate.Client | smsgate.AsyncClient, name: str, vendor: str, **arguments: Any) -> Any:
    """Run one unified call, sync or async, with workable defaults for what is not given."""
    if name == "send":
        text = arguments.pop("text", "Votre code : 123456")
        to = arguments.pop("to", NUMBER[vendor])
        arguments.setdefault("sender", "ACME")
        method: Any = client.send
        args: tuple[Any, ...] = (to, text)
    elif name == "status":
        method = client.status
        args = (arguments.pop("message_id", MESSAGE_ID[vendor]),)
    elif name == "cancel":
        method = client.cancel
        args = (arguments.pop("message_id", MESSAGE_ID[vendor]),)
    else:
        method, args = client.credits, ()
    if isinstance(client, smsgate.Client):
        return method(*args, **arguments)

    async def run() -> Any:
        async with client:
            return await method(*args, **arguments)

    return asyncio.run(run())


def answering(response: Callable[[], httpx.Response]) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: response())


def mock_client(vendor: str, sync: bool, transport: httpx.MockTransport, **options: Any) -> Any:
    options = {"api_key": "fuzz-key", "max_retries": 1, "timeout": 1.0, **options}
    if sync:
        return smsgate.Client(vendor, http_client=httpx.Client(transport=transport), **options)
    return smsgate.AsyncClient(vendor, http_client=httpx.AsyncClient(transport=transport), **options)


def spec_examples(vendor: str, media_type: str) -> list[str]:
    """Every documented answer of the vendor's spec in this media type, as text."""
    found = []
    for example in spec_by_vendor(vendor).examples():
        if example.media_type == media_type and not example.invalid_reason and example.location.isdigit():
            value = example.value
            found.append(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))
    return found


@st.composite
def mutated(draw: st.DrawFn, documents: list[str]) -> bytes:
    """A document with a few bytes replaced, inserted or deleted, maybe cut short."""
    data = bytearray(draw(st.sampled_from(documents)).encode("utf-8"))
    for _ in range(draw(st.integers(0, 6))):
        position = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["replace", "insert", "delete"]))
        byte = draw(st.binary(min_size=1, max_size=4))
        if action == "replace" and position < len(data):
            data[position : position + len(byte)] = byte
        elif action == "insert":
            data[position:position] = byte
        else:
            del data[position : position + draw(st.integers(1, 8))]
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return bytes(data)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=6),
    max_leaves=30,
)
CONTENT_TYPES = st.sampled_from(
    [
        "application/json",
        "application/json; charset=utf-8",
        "application/xml",
        "text/html",
        "text/plain",
        "application/octet-stream",
        "",
        "application/json; charset=latin-1",
        "multipart/form-data; boundary=x",
    ]
)
STATUSES = st.sampled_from([200, 201, 202, 204, 400, 401, 402, 403, 404, 408, 409, 422, 429, 500, 502, 503, 520, 999])


def check_typed(run: Callable[[], Any]) -> None:
    """Run; an smsgate error is a fine outcome, anything else fails the example."""
    with contextlib.suppress(smsgate.SmsGateError):
        run()


# -- json ---------------------------------------------------------------------------------------

JSON_DOCUMENTS = {vendor: spec_examples(vendor, "application/json") for vendor in VENDORS}


@budget(300)
@given(
    vendor=st.sampled_from(VENDORS),
    name=st.sampled_from(CALLS),
    sync=st.booleans(),
    status=STATUSES,
    content_type=CONTENT_TYPES,
    data=st.data(),
)
def test_fuzz_json_answers(vendor: str, name: str, sync: bool, status: int, content_type: str, data: Any) -> None:
    body = data.draw(
        st.one_of(
            JSON_VALUES.map(lambda value: json.dumps(value).encode()),
            mutated(JSON_DOCUMENTS[vendor]),
            st.sampled_from(JSON_DOCUMENTS[vendor]).map(str.encode),
        )
    )
    headers = {"Content-Type": content_type} if content_type else {}
    client = mock_client(vendor, sync, answering(lambda: httpx.Response(status, content=body, headers=headers)))
    CASES["json"] += 1
    check_typed(lambda: call(client, name, vendor))


# -- xml ----------------------------------------------------------------------------------------

XML_DOCUMENTS = spec_examples("smspartner", "application/xml")


@st.composite
def hostile_xml(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["expansion", "external", "internal", "nested", "huge", "dtd"]))
    if kind == "expansion":
        depth = draw(st.integers(1, 8))
        entities = '<!ENTITY e0 "lol">' + "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, depth + 1))
        return f'<?xml version="1.0"?><!DOCTYPE r [{entities}]><result><entry>&e{depth};</entry></result>'.encode()
    if kind == "external":
        target = draw(st.sampled_from(["file:///etc/passwd", "http://127.0.0.1:9/x", "/dev/zero"]))
        return (
            f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "{target}">]>'
            "<result><entry>true</entry><entry>200</entry><entry>&x;</entry></result>"
        ).encode()
    if kind == "internal":
        # A harmless internal entity, behind a prolog of any length, in an encoding a byte scan would miss.
        prolog = draw(st.sampled_from(["", "<!-- x -->", "<?pi x?>", "<!--" + "c" * 70_000 + "-->"]))
        encoding = draw(st.sampled_from(["utf-8", "utf-16", "iso-8859-1"]))
        document = (
            f'<?xml version="1.0" encoding="{encoding}"?>{prolog}<!DOCTYPE result [<!ENTITY e "x">]>'
            "<result><entry>true</entry><entry>200</entry><entry>&e;</entry></result>"
        )
        return document.encode(encoding)
    if kind == "nested":
        depth = draw(st.integers(10, 5000))
        return b"<result>" + b"<entry>" * depth + b"1" + b"</entry>" * depth + b"</result>"
    if kind == "huge":
        size = draw(st.integers(1000, 2_000_000))
        text = draw(st.sampled_from([b"9", b"a", b"\xc3\xa9"])) * size
        return b"<result><entry>true</entry><entry>200</entry><entry>" + text + b"</entry></result>"
    return b'<?xml version="1.0"?><!DOCTYPE result SYSTEM "http://127.0.0.1:9/r.dtd"><result/>'


@budget(200)
@given(
    name=st.sampled_from(("credits", "status", "send")),
    sync=st.booleans(),
    status=st.sampled_from([200, 200, 400, 500]),
    body=st.one_of(mutated(XML_DOCUMENTS), hostile_xml()),
    content_type=st.sampled_from(["application/xml", "text/xml; charset=utf-8", "application/json", ""]),
)
def test_fuzz_xml_answers(name: str, sync: bool, status: int, body: bytes, content_type: str) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    transport = answering(lambda: httpx.Response(status, content=body, headers=headers))
    client = mock_client("smspartner", sync, transport, response_format="xml")
    CASES["xml"] += 1
    check_typed(lambda: call(client, name, "smspartner"))


# -- odd HTTP over a real socket ------------------------------------------------------------------


class RawServer:
    """Answers every request on 127.0.0.1 with the same raw bytes, then closes the connection."""

    def __init__(self) -> None:
        self.answer = b""
        self._socket = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._socket.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._socket.accept()
            except OSError:
                return
            with contextlib.suppress(OSError), connection:
                connection.settimeout(2)
                head = b""
                while b"\r\n\r\n" not in head:
                    chunk = connection.recv(65536)
                    if not chunk:
                        break
                    head += chunk
                connection.sendall(self.answer)
                connection.shutdown(socket.SHUT_WR)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._socket.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
        self._socket.close()
        self._thread.join(timeout=5)


@pytest.fixture(scope="module")
def raw_server() -> Iterator[RawServer]:
    server = RawServer()
    yield server
    server.close()


@st.composite
def raw_answers(draw: st.DrawFn) -> bytes:
    status = draw(
        st.one_of(st.sampled_from([100, 101, 102, 103, 204, 301, 302, 303, 307, 308, 520, 999]), st.integers(100, 999))
    )
    reason = draw(st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=12))
    body = draw(st.one_of(st.binary(max_size=200), JSON_VALUES.map(lambda value: json.dumps(value).encode())))
    lines = [f"HTTP/1.1 {status} {reason}".rstrip()]
    content_type = draw(CONTENT_TYPES)
    if content_type:
        lines.append(f"Content-Type: {content_type}")
    if 300 <= status < 400 or draw(st.booleans()):
        lines.append(f"Location: {draw(st.sampled_from(['/messaggi/messages/', '/', 'http://127.0.0.1:9/']))}")
    length = draw(st.sampled_from(["exact", "none", "more", "less"]))
    if length != "none":
        declared = len(body) + {"exact": 0, "more": 50, "less": -min(len(body), 3)}[length]
        lines.append(f"Content-Length: {declared}")
    lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


@budget(150)
@given(answer=raw_answers(), name=st.sampled_from(("credits", "send", "status")), sync=st.booleans())
def test_fuzz_odd_http_over_a_socket(raw_server: RawServer, answer: bytes, name: str, sync: bool) -> None:
    raw_server.answer = answer
    options: dict[str, Any] = {"api_key": "fuzz-key", "base_url": f"http://127.0.0.1:{raw_server.port}/messaggi"}
    options.update(timeout=1.0, max_retries=1)
    with shared_ssl_context():
        client: Any = smsgate.Client("messaggi", **options) if sync else smsgate.AsyncClient("messaggi", **options)
    CASES["http"] += 1
    try:
        call(client, name, "messaggi")
    except smsgate.SmsGateError:
        pass
    finally:
        if sync:
            client.close()


# -- random input into every call -------------------------------------------------------------------

TEXTS = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", " ", "../..", "..", ".", "%2e%2e", "a/b", "?x=1", "#", "\x00", "+", "0" * 60, "1e309"]),
)
PHONES = st.one_of(
    TEXTS,
    st.from_regex(r"\+?[0-9 ()\-.]{0,20}", fullmatch=True),
    st.sampled_from(["+33612345678", "0612345678", "+393491234567", "3491234567", "+999", "+33 6 12 34 56 78"]),
)
_IN_PROCESS = Sandbox()


@budget(300)
@given(
    vendor=st.sampled_from(VENDORS),
    name=st.sampled_from(CALLS),
    sync=st.booleans(),
    message_id=TEXTS,
    phone=st.one_of(st.none(), PHONES),
    to=st.one_of(PHONES, st.lists(PHONES, max_size=3)),
    text=TEXTS,
    sender=st.one_of(st.none(), TEXTS),
    reference=st.one_of(st.none(), TEXTS),
)
def test_fuzz_identifiers_and_numbers(
    vendor: str,
    name: str,
    sync: bool,
    message_id: str,
    phone: str | None,
    to: str | list[str],
    text: str,
    sender: str | None,
    reference: str | None,
) -> None:
    client: Any = (
        sandbox_client(vendor, sandbox=_IN_PROCESS) if sync else async_sandbox_client(vendor, sandbox=_IN_PROCESS)
    )
    arguments: dict[str, Any] = {}
    if name == "send":
        arguments = {"to": to, "text": text, "sender": sender, "reference": reference}
    elif name == "status":
        arguments = {"message_id": message_id, "phone_number": phone}
    elif name == "cancel":
        arguments = {"message_id": message_id}
    CASES["input"] += 1
    try:
        check_typed(lambda: call(client, name, vendor, **arguments))
    finally:
        if sync:
            client.close()


# -- random command lines ----------------------------------------------------------------------------

TOKENS = st.sampled_from(
    [
        "send", "status", "cancel", "credits", "sandbox", "--vendor", *VENDORS, "twilio", "--json", "--debug",
        "--text", "--sender", "--at", "--reference", "--dry-run", "--phone-number", "--file", "--concurrency",
        "--progress", "--timeout", "--max-retries", "--base-url", "--api-key-env", "--sandbox", "--host", "--port",
        "--speed", "--help", "--version", "webhook", "serve", "--callback-url", "--journal", "--max-body", "-", "--",
        "+33612345678", "0612345678", "3491234567", "386479", "307",
        "5d443a6e9f2725660f3db347", "2030-01-01T00:00:00Z", "2030-01-01T00:00:00", "nan", "inf", "-1", "0", "1e309",
        "101", "http://127.0.0.1:9/x", "ftp://x", "NO_SUCH_VARIABLE", "PRIMOTEXTO_API_KEY", "../..", "%2e",
    ]
)  # fmt: skip
# Random words, minus anything that could name a device or a system file for --file to read.
WORDS = st.text(max_size=15).filter(lambda word: not word.startswith("/") and "dev" not in word and "proc" not in word)


class _SharedSandbox:
    """``commands.start_sandbox`` for the fuzzed commands: one loopback server, never stopped by them."""

    def __init__(self, running: RunningServer) -> None:
        self.running = running
        self.sandbox = running.sandbox

    def base_url(self, vendor: str) -> str:
        return self.running.base_url(vendor)

    def stop(self) -> None:
        pass


@pytest.fixture(scope="module")
def cli_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[_SharedSandbox, Path]]:
    status_file = tmp_path_factory.mktemp("fuzz") / "ids.txt"
    status_file.write_text("# ids\n386479\n307,+33612345678\n,+33612345678\n\x00\n", encoding="utf-8")
    with start_server(Sandbox()) as running:
        yield _SharedSandbox(running), status_file


def _in_process_clients(sandbox: Sandbox) -> tuple[Callable[..., smsgate.Client], Callable[..., smsgate.AsyncClient]]:
    def make_client(vendor: str, options: commands.ClientOptions) -> smsgate.Client:
        kwargs = {**options.as_kwargs(), "base_url": options.base_url or sandbox.base_url(vendor)}
        return smsgate.Client(vendor, **kwargs, http_client=httpx.Client(transport=sandbox.transport()))

    def make_async_client(vendor: str, options: commands.ClientOptions) -> smsgate.AsyncClient:
        kwargs = {**options.as_kwargs(), "base_url": options.base_url or sandbox.base_url(vendor)}
        return smsgate.AsyncClient(vendor, **kwargs, http_client=httpx.AsyncClient(transport=sandbox.transport()))

    return make_client, make_async_client


@budget(250)
@given(argv=st.lists(st.one_of(TOKENS, TOKENS, WORDS), max_size=10), file_choice=st.booleans())
def test_fuzz_command_lines(cli_world: tuple[_SharedSandbox, Path], argv: list[str], file_choice: bool) -> None:
    shared, status_file = cli_world
    argv = [str(status_file) if token == "-" and file_choice else token for token in argv]
    make_client, make_async_client = _in_process_clients(shared.sandbox)
    keys = {KEY_VARIABLES[vendor]: shared.sandbox.api_keys[vendor] for vendor in VENDORS}
    out, err = io.StringIO(), io.StringIO()
    with (
        mock.patch.dict(os.environ, keys),
        mock.patch.object(commands, "start_sandbox", return_value=shared),
        mock.patch.object(sys, "stdin", io.StringIO("386479\n,+33612345678\n")),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        os.environ.pop(cli.VENDOR_VARIABLE, None)
        code = cli.main(
            argv, make_client=make_client, make_async_client=make_async_client, wait_for_interrupt=lambda: None
        )
    CASES["cli"] += 1
    assert code in EXIT_CODES, (argv, code, err.getvalue())
    if "--debug" not in argv:
        assert "Traceback" not in err.getvalue(), (argv, err.getvalue())


# -- memory on an answer past the size limit ---------------------------------------------------------

LIMIT = DEFAULT_RESPONSE_SIZE_LIMIT
CHUNK = 64 * 1024
OVERSIZED = LIMIT + 1024 * 1024


def _chunks() -> Iterator[bytes]:
    block = b"9" * CHUNK
    yield b'{"credits": "'
    for _ in range(OVERSIZED // CHUNK):
        yield block


async def _async_chunks() -> AsyncIterator[bytes]:
    for chunk in _chunks():
        yield chunk


def _peak_while(run: Callable[[], Any]) -> tuple[BaseException | None, int]:
    tracemalloc.start()
    try:
        try:
            run()
        except Exception as error:  # judged by the caller
            return error, tracemalloc.get_traced_memory()[1]
        return None, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
def test_an_oversized_streamed_answer_is_refused_in_bounded_memory(sync: bool) -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=_chunks() if sync else _async_chunks())

    client = mock_client("primotexto", sync, httpx.MockTransport(respond), max_retries=0)
    error, peak = _peak_while(lambda: call(client, "credits", "primotexto"))
    CASES["memory"] += 1
    assert isinstance(error, smsgate.ResponseFormatError), error
    assert "larger than" in str(error)
    assert peak < 3 * LIMIT, f"peak {peak / 2**20:.1f} MiB for a {LIMIT / 2**20:.0f} MiB limit"


@pytest.mark.parametrize("declared", ["none", "huge"])
def test_an_oversized_answer_over_a_socket_is_refused_in_bounded_memory(raw_server: RawServer, declared: str) -> None:
    head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
    if declared == "huge":
        head += f"Content-Length: {OVERSIZED + 13}\r\n"
    raw_server.answer = (head + "\r\n").encode() + b'{"credits": "' + b"9" * OVERSIZED
    options: dict[str, Any] = {"api_key": "fuzz-key", "base_url": f"http://127.0.0.1:{raw_server.port}/primotexto/v2"}
    with shared_ssl_context(), smsgate.Client("primotexto", timeout=5.0, max_retries=0, **options) as client:
        error, peak = _peak_while(client.credits)
    CASES["memory"] += 1
    assert isinstance(error, smsgate.ResponseFormatError), error
    assert peak < 3 * LIMIT, f"peak {peak / 2**20:.1f} MiB for a {LIMIT / 2**20:.0f} MiB limit"


def terminal_summary() -> list[str]:
    """Cases run per target, printed at the end of the run by ``tests/conftest.py`` (none: no target ran)."""
    if not CASES:
        return []
    budget_text = f"SMSGATE_FUZZ_EXAMPLES={FUZZ_EXAMPLES}" if FUZZ_EXAMPLES else "default budget"
    return [f"fuzz cases ({budget_text}): " + ", ".join(f"{name} {count}" for name, count in sorted(CASES.items()))]
