"""The ``smsgate`` command: every command, its JSON, its exit codes, its refusals, its secrecy.

Most tests call ``smsgate.cli.main`` in process with the clients built on fakes that answer with
the specs' own examples (``cli.main`` gets client factories on them); the ``--sandbox`` ones run the emulator
on loopback. No test reaches the network or really waits.
"""

from __future__ import annotations

import asyncio
import io
import json
import os
import re
import socket
import subprocess
import sys
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import smsgate
from smsgate import cli
from smsgate._base.spec import VENDORS
from smsgate._cli import exit_codes, status_file
from smsgate._cli.output import Output, ProgressBar

from tests.client.test_client import messaggi, primotexto, smspartner
from tests.core.test_errors import READ_ROUTE, error_body
from tests.fakes import API_KEYS, FakeVendor, answer, body_of, example

ROOT = Path(__file__).resolve().parents[2]
KEY_VARIABLES = {
    "primotexto": "PRIMOTEXTO_API_KEY",
    "smspartner": "SMSPARTNER_API_KEY",
    "messaggi": "MESSAGGI_TOKEN",
    "messaggi_v2": "MESSAGGI_V2_TOKEN",
}
FAKES: dict[str, Callable[[], FakeVendor]] = {"primotexto": primotexto, "smspartner": smspartner, "messaggi": messaggi}
NUMBER = {
    "primotexto": "+33612345678",
    "smspartner": "+33612345678",
    "messaggi": "+393491234567",
    "messaggi_v2": "+393491234567",
}
Handler = Callable[[httpx.Request], Any]


@dataclass
class Ran:
    code: int
    out: str
    err: str
    preview: str = ""  # the line `send` prints on stderr before sending, kept apart from err

    def json(self) -> Any:
        return json.loads(self.out)


PREVIEW_LINE = "smsgate: preview: "


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every vendor's key set (tests that need one missing remove it), no default vendor."""
    monkeypatch.delenv(cli.VENDOR_VARIABLE, raising=False)
    for vendor, variable in KEY_VARIABLES.items():
        monkeypatch.setenv(variable, API_KEYS[vendor])


@pytest.fixture
def clients() -> dict[str, Callable[..., Any]]:
    """The client factories ``run`` hands to ``cli.main`` (none: the real ones)."""
    return {}


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], clients: dict[str, Callable[..., Any]]) -> Callable[..., Ran]:
    def run_main(*argv: str) -> Ran:
        code = cli.main(list(argv), **clients)
        captured = capsys.readouterr()
        lines = captured.err.splitlines(keepends=True)
        preview = "".join(line for line in lines if line.startswith(PREVIEW_LINE))
        err = "".join(line for line in lines if not line.startswith(PREVIEW_LINE))
        return Ran(code, captured.out, err, preview)

    return run_main


@pytest.fixture
def serve(clients: dict[str, Callable[..., Any]]) -> Callable[[Handler], None]:
    """Make the command's clients talk to ``handler`` (a FakeVendor or any httpx mock handler)."""

    def install(handler: Handler) -> None:
        def make_client(vendor: str, options: cli.ClientOptions) -> smsgate.Client:
            transport = httpx.MockTransport(handler)
            return smsgate.Client(vendor, **options.as_kwargs(), http_client=httpx.Client(transport=transport))

        def make_async_client(vendor: str, options: cli.ClientOptions) -> smsgate.AsyncClient:
            transport = httpx.MockTransport(handler)
            return smsgate.AsyncClient(
                vendor, **options.as_kwargs(), http_client=httpx.AsyncClient(transport=transport)
            )

        clients.update(make_client=make_client, make_async_client=make_async_client)

    return install


def _raising(error: type[httpx.TransportError]) -> Handler:
    def respond(request: httpx.Request) -> httpx.Response:
        # Transport errors often quote the URL, and SMS Partner's carries the key in its query.
        raise error(f"failure while talking to {request.url}", request=request)

    return respond


# -- send -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("vendor", ["primotexto", "smspartner", "messaggi"])
def test_send_prints_the_result_as_json(vendor: str, serve: Callable[[Handler], None], run: Callable[..., Ran]) -> None:
    fake = FAKES[vendor]()
    serve(fake)
    ran = run("send", "--vendor", vendor, NUMBER[vendor], "--text", "Votre code : 123456", "--sender", "ACME", "--json")
    assert (ran.code, ran.err) == (0, "")
    document = ran.json()
    expected_id = {
        "primotexto": "386479@+33612345678",
        "smspartner": "307",
        "messaggi": "5d443a6e9f2725660f3db347",
    }[vendor]
    assert document["vendor"] == vendor
    assert document["message_id"] == expected_id
    assert document["accepted"] == [NUMBER[vendor]]
    assert document["rejected"] == []
    assert document["dry_run"] is False
    assert isinstance(document["cost"], str)  # a Decimal, kept exact
    assert isinstance(document["raw"], dict)
    assert len(fake.requests) == 1


def test_send_prints_a_readable_table(serve: Callable[[Handler], None], run: Callable[..., Ran]) -> None:
    serve(smspartner())
    ran = run("send", "--vendor", "smspartner", "0612345678", "0756123456", "--text", "Bonjour")
    assert ran.code == 0
    assert ran.out.splitlines() == [
        "vendor      smspartner",
        "message id  307",
        "accepted    +33612345678 +33756123456",
        "rejected    -",
        "cost        0.038",
    ]


def test_send_passes_schedule_reference_and_dry_run(serve: Callable[[Handler], None], run: Callable[..., Ran]) -> None:
    fake = smspartner()
    serve(fake)
    ran = run(
        "send",
        "--vendor",
        "smspartner",
        "0612345678",
        "--text",
        "Bonjour",
        "--at",
        "2031-07-14T10:30:00+02:00",
        "--reference",
        "otp-42",
        "--dry-run",
        "--json",
    )
    assert ran.code == 0
    assert ran.json()["dry_run"] is True
    body = body_of(fake.requests[0])
    assert (body["scheduledDeliveryDate"], body["time"], body["minute"]) == ("14/07/2031", 10, 30)
    assert (body["tag"], body["sandbox"]) == ("otp-42", 1)


def test_vendor_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, serve: Callable[[Handler], None], run: Callable[..., Ran]
) -> None:
    monkeypatch.setenv(cli.VENDOR_VARIABLE, "smspartner")
    serve(smspartner())
    assert run("credits", "--json").json()["vendor"] == "smspartner"


def test_key_from_another_variable(
    monkeypatch: pytest.MonkeyPatch, serve: Callable[[Handler], None], run: Callable[..., Ran]
) -> None:
    monkeypatch.setenv("SMSPARTNER_API_KEY", "the-default-key")
    monkeypatch.setenv("SMSGATE_STAGING_KEY", "staging-key-5ecret")
    fake = smspartner()
    serve(fake)
    ran = run("credits", "--vendor", "smspartner", "--api-key-env", "SMSGATE_STAGING_KEY", "--debug")
    assert ran.code == 0
    assert fake.requests[0].url.params["apiKey"] == "staging-key-5ecret"
    assert "staging-key-5ecret" not in ran.out + ran.err


# -- status, cancel, credits -----------------------------------------------------------------------


def test_status_of_a_message_as_json(serve: Callable[[Handler], None], run: Callable[..., Ran]) -> None:
    serve(smspartner())
    ran = run("status", "--vendor", "smspartner", "111", "--json")
    assert ran.code == 0
    reports = ran.json()
    assert [(r["phone_number"], r["state"], r["final"], r["at"]) for r in reports] == [
        ("+336XXXXXXX1", "delivered", True, "2018-02-07T07:38:31Z"),
        ("+336XXXXXXX2", "delivered", True, "2018-02-07T07:38:21Z"),
    ]
    assert {r["vendor"] for r in reports} == {"smspartner"}


def test_status_of_one_recipient_as_a_table(serve: Callable[[Handler], None], run: Callable[..., Ran]) -> None:
    fake = smspartner()
    serve(fake)
    ran = run("status", "--vendor", "smspartner", "1111", "--phone-number", "0600000000")
    assert ran.code == 0
    header, row = ran.out.splitlines()
    assert header.split() == ["MESSAGE", "ID", "NUMBER", "STATE", "VENDOR", "STATE", "FINAL", "STOP", "AT"]
    assert row.split() == ["1111", "+33600000000", "delivered", "Delivered", "yes", "2015-02-07", "21:39:46", "UTC"]
    assert fake.requests[0].url.params["phoneNumber"] == "+33600000000"


def test_status_by_number_alone_on_primotexto(serve: Callable[[Handler], None], run: Callable[..., Ran]) -> None:
    fake = primotexto()
    serve(fake)
    ran = run("status", "--vendor", "primotexto", "--phone-number", "+33600000000", "--json")
    assert ran.code == 0
    (report,) = ran.json()
    assert (report["message_id"], report["phone_number"]) == ("362891", "+33600000000")
    assert fake.requests[0].url.params["identifier"] == "+33600000000"


def test_cancel(serve: Callable[[Handler], None], run: Callable[..., Ran]) -> None:
    fake = smspartner()
    serve(fake)
    ran = run("cancel", "--vendor", "smspartner", "307", "--json")
    assert ran.code == 0
    assert ran.json() == {"vendor": "smspartner", "message_id": "307", "canceled": True}
    assert fake.requests[0].url.params["messageId"] == "307"
    assert run("cancel", "--vendor", "smspartner", "307").out.splitlines()[-1] == "canceled    yes"


def test_cancel_on_primotexto_is_unsupported(serve: Callable[[Handler], None], run: Callable[..., Ran]) -> None:
    fake = primotexto()
    serve(fake)
    ran = run("cancel", "--vendor", "primotexto", "386479")
    assert ran.code == 12
    assert ran.err.startswith("smsgate: primotexto: UnsupportedOperationError: ")
    assert fake.requests == []


@pytest.mark.parametrize(
    ("vendor", "balance", "currency", "shown"),
    [
        ("smspartner", "10225.119", "EUR", "10225.119 EUR"),
        ("primotexto", "279", None, "279 SMS"),
        ("messaggi", "91.00299999999986", "EUR", "91.00299999999986 EUR"),
    ],
)
def test_credits(
    vendor: str,
    balance: str,
    currency: str | None,
    shown: str,
    serve: Callable[[Handler], None],
    run: Callable[..., Ran],
) -> None:
    serve(FAKES[vendor]())
    document = run("credits", "--vendor", vendor, "--json").json()
    assert (document["vendor"], document["balance"], document["currency"]) == (vendor, balance, currency)
    assert run("credits", "--vendor", vendor).out.splitlines() == [f"vendor   {vendor}", f"balance  {shown}"]


# -- errors and exit codes -------------------------------------------------------------------------


def _vendor_error(vendor: str, code: str, message: str) -> httpx.Response:
    status, body = error_body(vendor, code, message)
    return answer(body, status=status)


ERRORS: list[tuple[str, str, Any, int, str]] = [
    # (id, vendor, answer to the read, exit code, the line on stderr)
    ("auth", "smspartner", _vendor_error("smspartner", "10", "Clé API incorrecte"), 3, "AuthenticationError: "),
    ("invalid", "smspartner", _vendor_error("smspartner", "2", "Paramètre manquant"), 4, "InvalidRequestError: "),
    (
        "not-found",
        "messaggi",
        _vendor_error("messaggi", "203", "Not found"),
        5,
        "NotFoundError: Not found: Messaggi reports the balance only alongside the message list",
    ),
    (
        "credit",
        "smspartner",
        _vendor_error("smspartner", "11", "Crédit insuffisant"),
        6,
        "smsgate: smspartner: InsufficientCreditError: Crédit insuffisant (code 11)",
    ),
    ("rate", "primotexto", answer({}, 429, {"Retry-After": "600"}), 7, "RateLimitError: HTTP 429 (retry after 600 s)"),
    ("server", "primotexto", httpx.Response(502, text="<html>bad gateway</html>"), 8, "ServerError: "),
    ("api", "smspartner", _vendor_error("smspartner", "20", "Erreur"), 14, "smspartner: APIError: Erreur (code 20)"),
    ("transport", "smspartner", _raising(httpx.ConnectError), 9, "smspartner: TransportError: "),
    ("timeout", "messaggi", _raising(httpx.ReadTimeout), 13, "messaggi: RequestTimeoutError: "),
    ("format", "smspartner", httpx.Response(200, content=b'{"success": tru'), 11, "ResponseFormatError: "),
]


@pytest.mark.parametrize(("vendor", "fault", "code", "line"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS])
def test_each_error_class_has_its_exit_code_and_one_line(
    vendor: str, fault: Any, code: int, line: str, serve: Callable[[Handler], None], run: Callable[..., Ran]
) -> None:
    fake = FakeVendor({READ_ROUTE[vendor]: fault})
    serve(fake)
    ran = run("credits", "--vendor", vendor, "--max-retries", "0")
    assert ran.code == code
    assert ran.out == ""
    assert len(ran.err.splitlines()) == 1, ran.err
    assert ran.err.startswith("smsgate: ")
    assert line in ran.err
    assert "Traceback" not in ran.err


def test_a_send_that_may_have_happened_is_reported_as_such(
    serve: Callable[[Handler], None], run: Callable[..., Ran]
) -> None:
    fake = FakeVendor({("POST", "/send"): _raising(httpx.ReadTimeout)})
    serve(fake)
    ran = run("send", "--vendor", "smspartner", "0612345678", "--text", "Bonjour", "--reference", "otp-42")
    assert ran.code == 10
    assert ran.out == ""  # nothing is known to have been accepted
    (line,) = ran.err.splitlines()
    assert line.startswith("smsgate: smspartner: SendOutcomeUnknown: ")
    assert "before sending again" in line
    # What the user needs to look the send up: who, which reference, when.
    assert "(to +33612345678, reference otp-42, started 20" in line
    assert fake.count("POST", "/send") == 1  # never sent twice


def test_a_send_that_may_have_happened_leaves_a_json_record(
    serve: Callable[[Handler], None], run: Callable[..., Ran]
) -> None:
    fake = FakeVendor({("POST", "/send"): httpx.Response(502, text="<html>bad gateway</html>")})
    serve(fake)
    ran = run("send", "--vendor", "smspartner", "0612345678", "0651234567", "--text", "Bonjour", "--json")
    assert ran.code == 10
    document = ran.json()
    assert (document["vendor"], document["partial"], document["dry_run"]) == ("smspartner", None, False)
    error = document["error"]
    assert (error["class"], error["exit_code"], error["status_code"]) == ("SendOutcomeUnknown", 10, 502)
    assert error["operation"] == "send_sms"
    assert error["to"] == ["+33612345678", "+33651234567"]
    assert error["started_at"].endswith("Z")
    assert error["message"] in ran.err
    assert fake.count("POST", "/send") == 1


# -- a send the vendor carried out in part ----------------------------------------------------------

PRIMOTEXTO_SEND = ("POST", "/notification/messages/send")
FIRST_SENT = answer({"snapshotId": "386479", "creditsUsed": 1})


def _failing_second(fault: Any) -> FakeVendor:
    """Primotexto takes one request per recipient: the first is accepted, the second fails with ``fault``."""
    return FakeVendor({PRIMOTEXTO_SEND: [FIRST_SENT, fault, answer({"snapshotId": "386481", "creditsUsed": 1})]})


SECOND_REQUEST_FAULTS: list[tuple[str, Any, int, str]] = [
    # (id, the answer to the second request, exit code, the error class)
    ("no-credit", _vendor_error("primotexto", "71", "insufficient credits"), 6, "InsufficientCreditError"),
    ("invalid", _vendor_error("primotexto", "11", "invalid phone number syntax"), 4, "InvalidRequestError"),
    ("timeout", _raising(httpx.ReadTimeout), 10, "SendOutcomeUnknown"),
    ("bad-gateway", httpx.Response(502, text="<html>bad gateway</html>"), 10, "SendOutcomeUnknown"),
]


@pytest.mark.parametrize(
    ("fault", "code", "error_class"), [f[1:] for f in SECOND_REQUEST_FAULTS], ids=[f[0] for f in SECOND_REQUEST_FAULTS]
)
def test_a_partly_carried_out_send_prints_what_was_accepted(
    fault: Any, code: int, error_class: str, serve: Callable[[Handler], None], run: Callable[..., Ran]
) -> None:
    fake = _failing_second(fault)
    serve(fake)
    ran = run("send", "--vendor", "primotexto", "0612345678", "0651234567", "0756123456", "--text", "Bonjour")
    assert ran.code == code
    assert fake.count(*PRIMOTEXTO_SEND) == 2  # stopped at the failure, nothing sent twice
    # stdout: the accepted part, as a send prints it, so that it can be recorded.
    assert ran.out.splitlines() == [
        "vendor      primotexto",
        "message id  386479@+33612345678",
        "accepted    +33612345678",
        "rejected    -",
        "cost        1",
        "partial     yes: the send stopped part way (see stderr)",
    ]
    notice, error_line = ran.err.splitlines()
    assert notice == (
        "smsgate: the send stopped part way; the vendor already accepted it for +33612345678 "
        "(message id 386479@+33612345678): do not send to these numbers again, send only to the other recipients"
    )
    assert error_line.startswith(f"smsgate: primotexto: {error_class}: ")
    assert "+33612345678" in error_line  # str(error) names what was accepted too


@pytest.mark.parametrize(
    ("fault", "code", "error_class"), [f[1:] for f in SECOND_REQUEST_FAULTS], ids=[f[0] for f in SECOND_REQUEST_FAULTS]
)
def test_a_partly_carried_out_send_as_json(
    fault: Any, code: int, error_class: str, serve: Callable[[Handler], None], run: Callable[..., Ran]
) -> None:
    fake = _failing_second(fault)
    serve(fake)
    ran = run("send", "--vendor", "primotexto", "0612345678", "0651234567", "0756123456", "--text", "Hi", "--json")
    assert ran.code == code
    document = ran.json()
    partial = document["partial"]
    assert (partial["vendor"], partial["message_id"]) == ("primotexto", "386479@+33612345678")
    assert (partial["accepted"], partial["rejected"], partial["cost"]) == (["+33612345678"], [], "1")
    assert (document["error"]["class"], document["error"]["exit_code"]) == (error_class, code)
    assert "do not send to these numbers again" in ran.err
    assert fake.count(*PRIMOTEXTO_SEND) == 2


def test_a_partly_carried_out_send_keeps_repeated_numbers(
    serve: Callable[[Handler], None], run: Callable[..., Ran]
) -> None:
    second = answer({"snapshotId": "386480", "creditsUsed": 1})
    fake = FakeVendor({PRIMOTEXTO_SEND: [FIRST_SENT, second, _vendor_error("primotexto", "71", "no credit")]})
    serve(fake)
    ran = run("send", "--vendor", "primotexto", "0612345678", "0612345678", "0651234567", "--text", "Hi", "--json")
    assert ran.code == 6
    partial = ran.json()["partial"]
    assert partial["accepted"] == ["+33612345678", "+33612345678"]  # two SMS went to that number
    assert partial["message_id"] == "386479@+33612345678,386480@+33612345678"
    assert partial["cost"] == "2"


class _FailingClient:
    """A client whose every call raises ``error``: the command's rendering of any error, alone."""

    def __init__(self, error: smsgate.SmsGateError) -> None:
        self.error = error

    def __enter__(self) -> _FailingClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        return None

    def preview(self, text: str, to: list[str], **options: Any) -> smsgate.Preview:
        return smsgate.preview(text, vendor="messaggi", to=to, **options)  # the rules pass: send fails

    def send(self, *args: Any, **kwargs: Any) -> smsgate.SendResult:
        raise self.error

    _send_previewed = send  # what the command sends with, after its preview

    def credits(self) -> smsgate.Credits:
        raise self.error


def _explained(error_class: type[smsgate.SmsGateError]) -> smsgate.SmsGateError:
    """An error whose library message says more than the vendor's raw words, as smsgate builds them."""
    message = "No message found: smsgate's explanation of what to do"
    if error_class is smsgate.SendOutcomeUnknown:
        return smsgate.SendOutcomeUnknown(message, vendor="messaggi", operation="send_message", to=["+393491234567"])
    if issubclass(error_class, smsgate.APIError):
        return error_class(message, vendor="messaggi", status_code=404, vendor_code="203", vendor_message="Nope")
    return error_class(message, vendor="messaggi")


ERROR_CLASSES = sorted(
    (v for v in vars(smsgate).values() if isinstance(v, type) and issubclass(v, smsgate.SmsGateError)),
    key=lambda cls: cls.__name__,
)


@pytest.mark.parametrize("error_class", ERROR_CLASSES, ids=lambda cls: cls.__name__)
def test_every_error_shows_the_library_message_not_the_vendor_text(
    error_class: type[smsgate.SmsGateError], clients: dict[str, Callable[..., Any]], run: Callable[..., Ran]
) -> None:
    error = _explained(error_class)
    clients["make_client"] = lambda vendor, options: _FailingClient(error)
    ran = run("credits", "--vendor", "messaggi")
    assert ran.code == exit_codes.exit_code_for(error)
    (line,) = ran.err.splitlines()
    assert line.startswith(f"smsgate: messaggi: {error_class.__name__}: No message found: smsgate's explanation")
    assert exit_codes.library_message(error) == str(error).removeprefix("[messaggi] ")
    assert exit_codes.error_document(error)["message"] == exit_codes.library_message(error)
    if isinstance(error, smsgate.APIError):
        assert "Nope" not in line  # the vendor's raw words stay in --json's vendor_message
        assert exit_codes.error_document(error)["vendor_message"] == "Nope"


@pytest.mark.parametrize("error_class", ERROR_CLASSES, ids=lambda cls: cls.__name__)
def test_every_error_carrying_a_partial_send_prints_it(
    error_class: type[smsgate.SmsGateError], clients: dict[str, Callable[..., Any]], run: Callable[..., Ran]
) -> None:
    error = _explained(error_class)
    error.partial = smsgate.SendResult(
        vendor=smsgate.Vendor.messaggi,
        message_id="5d443a6e9f2725660f000001",
        accepted=["+393491234567"],
        rejected=[],
        cost=None,
        raw={},
    )
    clients["make_client"] = lambda vendor, options: _FailingClient(error)
    ran = run("send", "--vendor", "messaggi", "3491234567", "3491234568", "--text", "Ciao", "--sender", "ACME")
    assert ran.code == exit_codes.exit_code_for(error)
    assert "message id  5d443a6e9f2725660f000001" in ran.out
    assert "accepted    +393491234567" in ran.out
    assert "do not send to these numbers again" in ran.err
    document = run("send", "--vendor", "messaggi", "3491234567", "--text", "Ciao", "--sender", "ACME", "--json").json()
    assert document["partial"]["accepted"] == ["+393491234567"]
    assert document["error"]["class"] == error_class.__name__


def test_a_bug_is_one_line_and_a_traceback_with_debug(
    clients: dict[str, Callable[..., Any]], run: Callable[..., Ran]
) -> None:
    def broken(vendor: str, options: cli.ClientOptions) -> smsgate.Client:
        raise RuntimeError("oops")

    clients["make_client"] = broken
    ran = run("credits", "--vendor", "smspartner")
    assert ran.code == exit_codes.INTERNAL_ERROR
    assert ran.err == "smsgate: internal error: RuntimeError: oops (run again with --debug for the traceback)\n"
    debug = run("credits", "--vendor", "smspartner", "--debug")
    assert debug.code == exit_codes.INTERNAL_ERROR
    assert "Traceback (most recent call last)" in debug.err
    assert debug.err.splitlines()[-1] == "smsgate: internal error: RuntimeError: oops"


def test_ctrl_c_exits_130(clients: dict[str, Callable[..., Any]], run: Callable[..., Ran]) -> None:
    def interrupted(vendor: str, options: cli.ClientOptions) -> smsgate.Client:
        raise KeyboardInterrupt

    clients["make_client"] = interrupted
    ran = run("credits", "--vendor", "smspartner")
    assert (ran.code, ran.err) == (130, "smsgate: interrupted\n")


def test_error_table_puts_subclasses_first_and_gives_distinct_codes() -> None:
    table = exit_codes.ERROR_CODES
    for position, entry in enumerate(table):
        for later in table[position + 1 :]:
            assert not issubclass(later.error_class, entry.error_class), (later, entry)
    codes = [entry.code for entry in table]
    reserved = {exit_codes.OK, exit_codes.SOME_ITEMS_FAILED, exit_codes.USAGE, exit_codes.INTERNAL_ERROR}
    # Distinct, but for the codes shared on purpose: 4, "the request is wrong", is both the vendor's
    # refusal (or one of its rules') and the caller's bad argument, as it was before the two classes split.
    assert len(set(codes)) == len(codes) - sum(codes.count(code) - 1 for code in exit_codes.SHARED_CODES)
    assert {entry.error_class for entry in table if entry.code == 4} == {
        smsgate.InvalidRequestError,
        smsgate.InvalidArgumentError,
    }
    assert not reserved & set(codes)
    error_classes = {
        value for value in vars(smsgate).values() if isinstance(value, type) and issubclass(value, smsgate.SmsGateError)
    }
    assert error_classes == {entry.error_class for entry in table}
    assert exit_codes.exit_code_for(smsgate.SmsGateError("other")) == 15


def test_exit_codes_are_documented_in_the_docstring_and_the_help(run: Callable[..., Ran]) -> None:
    docstring = cli.__doc__ or ""
    assert exit_codes.exit_code_table() in docstring
    assert exit_codes.exit_code_table() in run("--help").out


# -- bad arguments: refused before any request -----------------------------------------------------

SEND = ["send", "--vendor", "smspartner", "0612345678", "--text", "x"]
REFUSED: list[tuple[str, list[str], int, str]] = [
    ("invalid-number", ["send", "--vendor", "smspartner", "0612", "--text", "x"], 4, "not a valid phone number"),
    ("unknown-vendor", ["credits", "--vendor", "twilio"], 2, "invalid choice: 'twilio'"),
    ("no-vendor", ["credits"], 2, "--vendor is required"),
    ("naive-at", [*SEND, "--at", "2031-07-14T10:30"], 2, "time zone"),
    ("bad-at", [*SEND, "--at", "tomorrow"], 2, "ISO 8601"),
    ("past-at", [*SEND, "--at", "2001-01-01T00:00Z"], 4, "past"),
    ("no-text", ["send", "--vendor", "smspartner", "0612345678"], 2, "--text"),
    ("missing-file", ["status", "--vendor", "smspartner", "--file", "/nonexistent/ids.txt"], 2, "cannot read"),
    ("no-id", ["status", "--vendor", "smspartner"], 2, "MESSAGE_ID"),
    ("file-and-id", ["status", "--vendor", "smspartner", "307", "--file", "-"], 2, "--file replaces"),
    ("concurrency-alone", ["status", "--vendor", "smspartner", "307", "--concurrency", "4"], 2, "--file only"),
    ("zero-concurrency", ["status", "--vendor", "smspartner", "--file", "-", "--concurrency", "0"], 2, "between"),
    ("bad-id", ["status", "--vendor", "smspartner", "abc"], 4, "InvalidArgumentError"),
    ("zero-timeout", ["credits", "--vendor", "smspartner", "--timeout", "0"], 2, "greater than 0"),
    ("bad-base-url", ["credits", "--vendor", "smspartner", "--base-url", "ftp://x"], 2, "http://"),
    ("sandbox-and-url", ["credits", "--vendor", "smspartner", "--sandbox", "--base-url", "http://x"], 2, "--sandbox"),
    ("unset-key-variable", ["credits", "--vendor", "smspartner", "--api-key-env", "NO_SUCH_VARIABLE"], 3, "NO_SUCH"),
    ("messaggi-sender", ["send", "--vendor", "messaggi", "3491234567", "--text", "x"], 4, "sender"),
]


@pytest.mark.parametrize(("argv", "code", "said"), [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED])
def test_bad_arguments_are_refused_before_any_request(
    argv: list[str], code: int, said: str, serve: Callable[[Handler], None], run: Callable[..., Ran]
) -> None:
    fake = FakeVendor()
    serve(fake)
    ran = run(*argv)
    assert ran.code == code
    assert said in ran.err
    assert ran.out == ""
    assert fake.requests == []


def test_a_missing_key_is_refused_before_any_request(
    monkeypatch: pytest.MonkeyPatch, serve: Callable[[Handler], None], run: Callable[..., Ran]
) -> None:
    monkeypatch.delenv("SMSPARTNER_API_KEY")
    fake = FakeVendor()
    serve(fake)
    ran = run("send", "--vendor", "smspartner", "0612345678", "--text", "x")
    assert ran.code == 3
    assert ran.err == "smsgate: smspartner: AuthenticationError: no API key: pass api_key= or set SMSPARTNER_API_KEY\n"
    assert fake.requests == []


def test_an_invalid_default_vendor_is_a_usage_error(monkeypatch: pytest.MonkeyPatch, run: Callable[..., Ran]) -> None:
    monkeypatch.setenv(cli.VENDOR_VARIABLE, "twilio")
    ran = run("credits")
    assert ran.code == 2
    assert "SMSGATE_VENDOR='twilio'" in ran.err


# -- the key never shows ---------------------------------------------------------------------------

SECRET_FAULTS: list[tuple[str, Any]] = [
    ("auth-error", _vendor_error("smspartner", "10", "Clé API incorrecte")),
    ("connect-error", _raising(httpx.ConnectError)),
    ("server-error", httpx.Response(500, text="<html>oops</html>")),
    ("success", answer(example("smspartner", "get_credits"))),
]


@pytest.mark.parametrize("extra", [[], ["--debug"], ["--json"], ["--json", "--debug"]], ids=str)
@pytest.mark.parametrize("fault", [f for _, f in SECRET_FAULTS], ids=[n for n, _ in SECRET_FAULTS])
def test_the_key_is_never_printed(
    fault: Any, extra: list[str], serve: Callable[[Handler], None], run: Callable[..., Ran]
) -> None:
    fake = FakeVendor({("GET", "/me"): fault})
    serve(fake)
    ran = run("credits", "--vendor", "smspartner", "--max-retries", "1", *extra)
    assert fake.requests[0].url.params["apiKey"] == API_KEYS["smspartner"]  # it was really used
    assert API_KEYS["smspartner"] not in ran.out + ran.err
    if "--debug" in extra:
        assert "smsgate: debug: " in ran.err  # the requests were logged, key masked
        assert ran.code == 0 or "Traceback (most recent call last)" in ran.err


def test_the_key_is_masked_even_when_a_vendor_echoes_it(
    serve: Callable[[Handler], None], run: Callable[..., Ran]
) -> None:
    key = API_KEYS["smspartner"]
    serve(FakeVendor({("GET", "/me"): _vendor_error("smspartner", "10", f"Clé API {key} incorrecte")}))
    for extra in ([], ["--debug"]):
        ran = run("credits", "--vendor", "smspartner", *extra)
        assert ran.code == 3
        assert key not in ran.err
        assert "Clé API *** incorrecte" in ran.err


def test_client_options_do_not_show_the_key() -> None:
    assert "5ecret" not in repr(cli.ClientOptions(api_key="pt-key-5ecret"))


# -- status --file ---------------------------------------------------------------------------------


def _not_found_for_999(request: httpx.Request) -> httpx.Response:
    if request.url.params.get("messageId") == "999":
        return _vendor_error("smspartner", "4", "Message introuvable")
    return answer(example("smspartner", "get_bulk_status"))


MIXED_FILE = """\
# exported from the shop on Monday
307
307, 0612345678

abc
999
1,2,3
,0612345678
"""


@pytest.fixture
def mixed_file(tmp_path: Path) -> Path:
    path = tmp_path / "ids.txt"
    path.write_text(MIXED_FILE, encoding="utf-8")
    return path


def _mixed_vendor() -> FakeVendor:
    fake = smspartner()
    fake.routes[("GET", "/bulk-status")] = _not_found_for_999
    return fake


def test_status_file_reports_every_line_and_exits_1_when_some_failed(
    mixed_file: Path, serve: Callable[[Handler], None], run: Callable[..., Ran]
) -> None:
    fake = _mixed_vendor()
    serve(fake)
    ran = run("status", "--vendor", "smspartner", "--file", str(mixed_file), "--concurrency", "3")
    assert ran.code == 1
    rows = [line.split()[:4] for line in ran.out.splitlines()[1:]]
    assert rows == [
        ["2", "111", "+336XXXXXXX1", "delivered"],
        ["2", "111", "+336XXXXXXX2", "delivered"],
        ["3", "307", "+33600000000", "delivered"],
        ["5", "abc", "-", "error"],
        ["6", "999", "-", "error"],
        ["7", "-", "-", "error"],
        ["8", "-", "0612345678", "error"],
    ]
    assert ran.err.splitlines() == [
        "smsgate: line 5 (abc): smspartner: InvalidArgumentError: SMS Partner message ids are numbers, not 'abc'",
        "smsgate: line 6 (999): smspartner: NotFoundError: Message introuvable (code 4)",
        "smsgate: line 7 (1,2,3): smspartner: InvalidArgumentError: expected MESSAGE_ID, MESSAGE_ID,NUMBER or ,NUMBER",
        "smsgate: line 8 (,0612345678): smspartner: InvalidRequestError: "
        "SMS Partner needs the message_id to report a status",
        "smsgate: 4 of 6 lines failed",
    ]
    assert sorted(r.url.params["messageId"] for r in fake.requests) == ["307", "307", "999"]


def test_status_file_as_json_lines_in_file_order(
    mixed_file: Path, serve: Callable[[Handler], None], run: Callable[..., Ran]
) -> None:
    serve(_mixed_vendor())
    ran = run("status", "--vendor", "smspartner", "--file", str(mixed_file), "--json", "--concurrency", "4")
    assert ran.code == 1
    documents = [json.loads(line) for line in ran.out.splitlines()]
    assert [(d["line"], d["ok"]) for d in documents] == [
        (2, True),
        (3, True),
        (5, False),
        (6, False),
        (7, False),
        (8, False),
    ]
    assert documents[1]["phone_number"] == "0612345678"
    assert documents[1]["reports"][0]["at"] == "2015-02-07T21:39:46Z"
    assert documents[3]["error"] == {
        "class": "NotFoundError",
        "message": "Message introuvable",
        "vendor": "smspartner",
        "vendor_code": "4",
        "vendor_message": "Message introuvable",
        "status_code": 200,
        "exit_code": 5,
    }
    assert documents[2]["error"]["class"] == "InvalidArgumentError"


def test_status_file_runs_concurrently_within_the_bound_and_draws_progress(
    tmp_path: Path, serve: Callable[[Handler], None], run: Callable[..., Ran]
) -> None:
    in_flight = 0
    most_in_flight = 0

    async def slow_vendor(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, most_in_flight
        in_flight += 1
        most_in_flight = max(most_in_flight, in_flight)
        # Yield to the event loop (no real wait) until the bound is reached, so look-ups overlap.
        for _ in range(200):
            if most_in_flight >= 3:
                break
            await asyncio.sleep(0)
        in_flight -= 1
        return answer(example("smspartner", "get_bulk_status"))

    serve(slow_vendor)
    path = tmp_path / "ids.txt"
    path.write_text("\n".join(str(100 + n) for n in range(10)) + "\n", encoding="utf-8")
    ran = run("status", "--vendor", "smspartner", "--file", str(path), "--concurrency", "3", "--progress", "--json")
    assert ran.code == 0
    assert most_in_flight == 3
    assert [json.loads(line)["line"] for line in ran.out.splitlines()] == list(range(1, 11))
    assert "10/10" in ran.err
    assert ran.err.endswith("\n")


def test_status_file_of_numbers_on_primotexto_from_stdin(
    monkeypatch: pytest.MonkeyPatch, serve: Callable[[Handler], None], run: Callable[..., Ran]
) -> None:
    fake = primotexto()
    serve(fake)
    monkeypatch.setattr(sys, "stdin", io.StringIO(",+33600000000\n386479\n"))
    ran = run("status", "--vendor", "primotexto", "--file", "-", "--json")
    assert ran.code == 0
    assert [json.loads(line)["reports"][0]["message_id"] for line in ran.out.splitlines()] == ["362891", "386479"]
    assert sorted(str(r.url.query, "ascii") for r in fake.requests) == [
        "identifier=%2B33600000000",
        "snapshotId=386479",
    ]


def test_status_file_stops_at_a_wrong_key(
    tmp_path: Path, serve: Callable[[Handler], None], run: Callable[..., Ran]
) -> None:
    fake = FakeVendor({("GET", "/bulk-status"): _vendor_error("smspartner", "10", "Clé API incorrecte")})
    serve(fake)
    path = tmp_path / "ids.txt"
    path.write_text("\n".join(str(n) for n in range(1, 51)), encoding="utf-8")
    ran = run("status", "--vendor", "smspartner", "--file", str(path), "--concurrency", "2")
    assert ran.code == 3
    assert ran.err == "smsgate: smspartner: AuthenticationError: Clé API incorrecte (code 10)\n"
    assert len(fake.requests) <= 2  # the look-ups already running, no more


def test_status_file_with_a_missing_key_sends_nothing(
    monkeypatch: pytest.MonkeyPatch, mixed_file: Path, serve: Callable[[Handler], None], run: Callable[..., Ran]
) -> None:
    monkeypatch.delenv("SMSPARTNER_API_KEY")
    fake = FakeVendor()
    serve(fake)
    assert run("status", "--vendor", "smspartner", "--file", str(mixed_file)).code == 3
    assert fake.requests == []


@pytest.mark.parametrize("content", ["", "\n", "# nothing yet\n\n", "\ufeff  \n# only comments\n"], ids=repr)
@pytest.mark.parametrize("source", ["stdin", "file"])
def test_status_file_without_entries_is_a_usage_error(
    source: str,
    content: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    serve: Callable[[Handler], None],
    run: Callable[..., Ran],
) -> None:
    """Nothing to look up (an empty pipe, the wrong file) is a mistake: exit 2 with a usage message, not 0."""
    fake = FakeVendor()
    serve(fake)
    if source == "stdin":
        monkeypatch.setattr(sys, "stdin", io.StringIO(content))
        where, said = "-", "standard input holds no look-up"
    else:
        path = tmp_path / "empty.txt"
        path.write_text(content, encoding="utf-8")
        where, said = str(path), f"{path} holds no look-up"
    for extra in ([], ["--json"]):
        ran = run("status", "--vendor", "smspartner", "--file", where, *extra)
        assert (ran.code, ran.out) == (exit_codes.USAGE, "")
        assert ran.err.startswith("usage: smsgate status")
        assert f"error: {said}: expected one MESSAGE_ID, MESSAGE_ID,NUMBER or ,NUMBER per line" in ran.err
    assert fake.requests == []


def test_file_lines_are_parsed_as_documented() -> None:
    entries = status_file.parse("\ufeff# c\n 42 \n42 , +33612345678\n,0612345678\n,\n1,2,3\n42,\n")
    assert [(e.line, e.message_id, e.phone_number, e.problem is None) for e in entries] == [
        (2, "42", None, True),
        (3, "42", "+33612345678", True),
        (4, None, "0612345678", True),
        (5, None, None, False),
        (6, None, None, False),
        (7, "42", None, False),
    ]


def test_progress_bar_is_silent_unless_enabled() -> None:
    stream = io.StringIO()
    output = Output(stream, stream, as_json=False)
    quiet = ProgressBar(output, 4, enabled=False)
    quiet.update(1, 0)
    quiet.close()
    assert stream.getvalue() == ""
    bar = ProgressBar(output, 4, enabled=True)
    bar.update(2, 1)
    bar.close()
    drawn = stream.getvalue()
    assert drawn.startswith("\rstatus [" + "#" * 15 + "-" * 15 + "] 2/4  ")
    assert re.search(r"/s  ETA \d+s  1 failed", drawn)  # the rate and the time left, then the failures
    assert stream.getvalue().endswith("\n")


# -- the sandbox ----------------------------------------------------------------------------------


def _sandbox_module() -> Any:
    sandbox = pytest.importorskip("smsgate.sandbox")
    if not hasattr(sandbox, "start_server"):  # the package is being written: its folder exists, not its API
        pytest.skip("smsgate.sandbox has no start_server yet")
    return sandbox


@pytest.fixture
def no_waiting(clients: dict[str, Callable[..., Any]]) -> None:
    """``smsgate sandbox`` returns at once instead of waiting for Ctrl-C (``main``'s seam)."""
    clients["wait_for_interrupt"] = lambda: None


@pytest.mark.usefixtures("no_waiting")
def test_sandbox_command_prints_its_urls_and_keys(run: Callable[..., Ran]) -> None:
    sandbox = _sandbox_module()
    ran = run("sandbox", "--port", "0", "--speed", "0", "--json")
    assert ran.code == 0
    vendors = ran.json()["vendors"]
    assert set(vendors) == set(KEY_VARIABLES)
    accepted = sandbox.Sandbox(speed=0.0).api_keys
    for vendor, entry in vendors.items():
        assert entry["base_url"].startswith("http://127.0.0.1:")
        assert entry["key_variable"] == KEY_VARIABLES[vendor]
        assert entry["api_key"] == accepted[vendor]
    assert "Ctrl-C" in ran.err
    table = run("sandbox", "--port", "0").out.splitlines()
    assert table[0].split() == ["VENDOR", "BASE", "URL", "KEY", "VARIABLE", "KEY"]
    assert [row.split()[0] for row in table[1:]] == list(KEY_VARIABLES)


@pytest.mark.usefixtures("no_waiting")
def test_sandbox_on_a_busy_port_is_refused(run: Callable[..., Ran]) -> None:
    _sandbox_module()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        ran = run("sandbox", "--port", str(busy.getsockname()[1]))
    assert ran.code == 2
    assert "cannot run the sandbox" in ran.err


@pytest.mark.parametrize("vendor", VENDORS)
def test_send_against_a_one_command_sandbox(
    vendor: str, monkeypatch: pytest.MonkeyPatch, run: Callable[..., Ran]
) -> None:
    _sandbox_module()
    monkeypatch.delenv(KEY_VARIABLES[vendor])  # --sandbox brings its own key
    ran = run("send", "--sandbox", "--vendor", vendor, NUMBER[vendor], "--text", "Ciao", "--sender", "ACME", "--json")
    assert ran.code == 0, ran.err
    document = ran.json()
    assert document["vendor"] == vendor
    assert document["message_id"]
    assert document["accepted"] == [NUMBER[vendor]]


def test_messaggi_credits_of_an_account_with_no_message_is_not_found(run: Callable[..., Ran]) -> None:
    _sandbox_module()
    ran = run("credits", "--sandbox", "--vendor", "messaggi")
    assert ran.code == 5
    # smsgate's explanation, not only the vendor's "No message found": the user learns what to do.
    assert ran.err.startswith("smsgate: messaggi: NotFoundError: ")
    assert "Messaggi reports the balance only alongside the message list" in ran.err
    assert "send one, then ask again" in ran.err
    assert "code 203" in ran.err


@pytest.mark.parametrize("vendor", ["primotexto", "smspartner"])
def test_credits_against_a_one_command_sandbox(vendor: str, run: Callable[..., Ran]) -> None:
    _sandbox_module()
    ran = run("credits", "--sandbox", "--vendor", vendor, "--json")
    assert ran.code == 0, ran.err
    assert ran.json()["vendor"] == vendor
    assert API_KEYS[vendor] not in ran.out + ran.err


def test_status_against_a_one_command_sandbox_knows_no_message(run: Callable[..., Ran]) -> None:
    _sandbox_module()
    ran = run("status", "--sandbox", "--vendor", "smspartner", "307")
    assert ran.code == 5  # each --sandbox command gets a fresh emulator: nothing was sent to this one
    assert ran.err.startswith("smsgate: smspartner: NotFoundError: ")


def test_a_missing_sandbox_extra_is_one_clear_line(monkeypatch: pytest.MonkeyPatch, run: Callable[..., Ran]) -> None:
    monkeypatch.setitem(sys.modules, "smsgate.sandbox", None)  # what a plain install without the extra gives
    for argv in (["sandbox", "--port", "0"], ["credits", "--vendor", "smspartner", "--sandbox"]):
        ran = run(*argv)
        assert ran.code == 15
        assert ran.err.startswith("smsgate: ")
        assert "SmsGateError: the sandbox is not installed" in ran.err
        assert "pip install 'smsgate[sandbox]'" in ran.err


# -- as installed ---------------------------------------------------------------------------------


def _subprocess_environment() -> Iterator[tuple[str, str]]:
    for name, value in os.environ.items():
        if name not in KEY_VARIABLES.values():
            yield name, value


def test_python_dash_m_smsgate_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "smsgate", "--help"],
        capture_output=True,
        text=True,
        check=False,
        env=dict(_subprocess_environment()),
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "exit codes:" in done.stdout
    assert "SendOutcomeUnknown" in done.stdout


def test_the_smsgate_script() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts == {"smsgate": "smsgate.cli:main"}
    script = Path(sys.executable).parent / ("smsgate.exe" if os.name == "nt" else "smsgate")
    if not script.exists():
        pytest.skip("the smsgate script is not installed in this environment (reinstall the package)")
    done = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, check=False, env=dict(_subprocess_environment())
    )
    assert (done.returncode, done.stdout) == (0, f"smsgate {smsgate.__version__}\n")


def test_send_shows_the_preview_before_sending(serve: Callable[[Handler], None], run: Callable[..., Ran]) -> None:
    fake = FAKES["smspartner"]()
    serve(fake)
    ran = run("send", "--vendor", "smspartner", "0612345678", "--text", "C’est prêt – à bientôt", "--gsm7")
    assert ran.code == 0, ran.err
    assert ran.preview == "smsgate: preview: GSM-7, 1 part (22 septets, 138 left), cost 1 SMS\n"
    assert json.loads(fake.requests[-1].content)["message"] == "C'est pret - à bientot"
    document = run("send", "--vendor", "smspartner", "0612345678", "--text", "Ça 😀", "--json").json()
    assert (document["preview"]["encoding"], document["preview"]["parts"]) == ("UCS-2", 1)
    assert document["preview"]["forcing_ucs2"] == [{"position": 3, "character": "😀", "name": "GRINNING FACE"}]


def test_a_send_a_rule_forbids_sends_nothing(serve: Callable[[Handler], None], run: Callable[..., Ran]) -> None:
    fake = FAKES["primotexto"]()
    serve(fake)
    ran = run("send", "--vendor", "primotexto", "0612345678", "--text", "Bonjour", "--sender", "12345")
    assert ran.code == exit_codes.exit_code_for(smsgate.InvalidRequestError("x"))
    assert "sender rule, vendor code 23: '12345'" in ran.err
    assert fake.requests == []


def test_preview_needs_no_key_and_prints_a_table_or_json(
    run: Callable[..., Ran], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SMSPARTNER_API_KEY")
    ran = run("preview", "--vendor", "smspartner", "Rendez-vous confirmé ’ 😀")
    assert ran.code == 0, ran.err
    assert "encoding           UCS-2" in ran.out
    assert "forces UCS-2       '’' at 21 (RIGHT SINGLE QUOTATION MARK), '😀' at 23 (GRINNING FACE)" in ran.out
    document = run(
        "preview", "--vendor", "primotexto", "--to", "0612345678", "--to", "0698765432", "x" * 161, "--json"
    ).json()
    assert (document["parts"], document["sms"], document["cost"], document["cost_unit"]) == (2, 4, "4", "credits")
    refused = run("preview", "--vendor", "smspartner", "--purpose", "marketing", "Soldes !")
    assert refused.code == exit_codes.exit_code_for(smsgate.InvalidRequestError("x"))
    assert "stop_mention rule" in refused.err


def test_messaggi_v2_has_no_balance_call_exit_12(run: Callable[..., Ran]) -> None:
    _sandbox_module()
    ran = run("credits", "--sandbox", "--vendor", "messaggi_v2")
    assert ran.code == 12
    assert ran.err.startswith("smsgate: messaggi_v2: UnsupportedOperationError: ")
    assert "balance" in ran.err


def test_messaggi_v2_sends_a_mixed_list_as_one_message_per_recipient(run: Callable[..., Ran]) -> None:
    _sandbox_module()
    ran = run("send", "--sandbox", "--vendor", "messaggi_v2", "3491234567", "+34612345678", "--text", "Ciao", "--json")
    assert ran.code == 0, ran.err
    document = ran.json()
    assert document["accepted"] == ["+393491234567", "+34612345678"]
    assert len(document["message_id"].split(",")) == 2


# -- smsgate webhook serve ------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.mark.parametrize("as_json", [False, True], ids=["table", "json"])
def test_webhook_serve_prints_each_event_once(
    run: Callable[..., Ran], monkeypatch: pytest.MonkeyPatch, clients: dict[str, Callable[..., Any]], as_json: bool
) -> None:
    import httpx
    import smsgate.webhooks as webhooks

    secret = "a-webhook-secret-for-the-cli"
    monkeypatch.setenv("SMSGATE_WEBHOOK_SECRET", secret)
    port = _free_port()
    base = f"http://127.0.0.1:{port}/sms"
    answers: list[int] = []

    def post_callbacks() -> None:  # what the vendors do while the command listens
        reply = webhooks.signed_url(base, vendor="smspartner", purpose="reply", secret=secret)
        receipt = webhooks.signed_url(base, vendor="messaggi_v2", purpose="delivery", secret=secret)
        stop = {"type": "stop", "phone_number": "+33612345678", "text": "STOP", "message_id": 7}
        state = {"data": {"id": "633aabe3e4a9a0e69811ad7f", "state": "DELIVERED", "recipient": "+393331234567"}}
        with httpx.Client() as http:
            answers.extend(http.post(url, json=body).status_code for url, body in [(reply, stop), (reply, stop)])
            answers.append(http.post(receipt, json=state).status_code)
            answers.append(http.post(base, json=state).status_code)  # unsigned

    clients["wait_for_interrupt"] = post_callbacks
    ran = run("webhook", "serve", "--port", str(port), *(["--json"] if as_json else []))
    assert ran.code == 0, ran.err
    assert answers == [200, 200, 200, 403]
    assert f"http://127.0.0.1:{port}/" in ran.err
    if as_json:
        lines = [json.loads(line) for line in ran.out.splitlines()]
        assert [(line["event"], line["phone_number"]) for line in lines] == [
            ("opt_out", "+33612345678"),
            ("delivery", "+393331234567"),
        ]
        assert lines[1]["state"] == "delivered"
    else:
        header, *rows = ran.out.splitlines()
        assert header.split()[:2] == ["EVENT", "VENDOR"]
        assert [row.split()[0] for row in rows] == ["opt_out", "delivery"]


def test_webhook_serve_without_a_secret_names_the_variable(
    run: Callable[..., Ran], monkeypatch: pytest.MonkeyPatch, clients: dict[str, Callable[..., Any]]
) -> None:
    monkeypatch.delenv("SMSGATE_WEBHOOK_SECRET", raising=False)
    clients["wait_for_interrupt"] = lambda: None
    ran = run("webhook", "serve", "--port", "0")
    assert ran.code == 16
    assert "SMSGATE_WEBHOOK_SECRET" in ran.err


def test_webhook_serve_on_a_busy_port_is_refused(
    run: Callable[..., Ran], monkeypatch: pytest.MonkeyPatch, clients: dict[str, Callable[..., Any]]
) -> None:
    monkeypatch.setenv("SMSGATE_WEBHOOK_SECRET", "a-webhook-secret-for-the-cli")
    clients["wait_for_interrupt"] = lambda: None
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        ran = run("webhook", "serve", "--port", str(busy.getsockname()[1]))
    assert ran.code == 2
    assert "cannot receive callbacks" in ran.err
