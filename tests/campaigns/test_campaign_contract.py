"""Issue 16, point by point: what a campaign forgot that a single send honours, now kept.

Each test drives the public API or the command line against the in-process sandbox (the CLI's
clients are built on it by ``make_client``) and checks what a user observes: the exit code, what
the sandbox received and billed, what the journal and the report say.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
import smsgate
from smsgate import cli
from smsgate._cli.commands import ClientOptions
from smsgate.sandbox import Sandbox

PARIS = ZoneInfo("Europe/Paris")
TEXT = "Votre code : 123456"


def factory(
    sandbox: Sandbox,
    seen: list[tuple[str, ClientOptions]] | None = None,
    transport: httpx.BaseTransport | None = None,
) -> Callable[[str, ClientOptions], smsgate.Client]:
    """``make_client`` for ``cli.main``: clients on ``sandbox`` (or ``transport``, a test's own in
    front of it), at the base URL the command chose (the sandbox's own when the command chose the
    vendor's production host)."""

    def make(vendor: str, options: ClientOptions) -> smsgate.Client:
        if seen is not None:
            seen.append((vendor, options))
        made: smsgate.Client = smsgate.Client(
            vendor,
            api_key=sandbox.api_keys[vendor],
            base_url=options.base_url or sandbox.base_url(vendor),
            http_client=httpx.Client(transport=transport or sandbox.transport()),
        )
        return made

    return make


def on(sandbox: Sandbox, vendor: str, **options: Any) -> smsgate.Client:
    return factory(sandbox)(vendor, ClientOptions(**options))


def numbers_file(folder: Path, *lines: str) -> str:
    path = folder / "numbers.csv"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return str(path)


def sunday_at(hour: int) -> datetime:
    day = datetime.now(PARIS) + timedelta(days=1)
    while day.weekday() != 6:
        day += timedelta(days=1)
    return day.replace(hour=hour, minute=0, second=0, microsecond=0)


# -- 1, 2 and 11: every send option, honoured with --file ------------------------------------------


def test_1_a_dry_run_campaign_costs_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sandbox = Sandbox()
    two = numbers_file(tmp_path, "+33612349001", "+33612349002")
    journal = tmp_path / "run.db"
    argv = ["send", "--vendor", "smspartner", "--file", two, "--text", TEXT, "--dry-run", "--journal", str(journal)]
    assert cli.main([*argv, "--json"], make_client=factory(sandbox)) == 0
    assert json.loads(capsys.readouterr().out)["dry_run"] is True
    assert sandbox.credits("smspartner") == 100  # SMS Partner's test mode: stored, not billed
    assert all(message.test for message in sandbox.messages("smspartner"))
    with smsgate.Campaign.open(journal, read_only=True) as campaign:
        assert campaign.report().dry_run
    # Primotexto has no test mode: a dry run makes no request at all.
    assert cli.main(["send", "--vendor", "primotexto", "--file", two, "--text", TEXT, "--dry-run"],
                    make_client=factory(sandbox)) == 0  # fmt: skip
    assert sandbox.sends_received("primotexto") == 0


def test_2_marketing_rules_gsm7_and_reference_apply_to_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sandbox = Sandbox()
    file = numbers_file(tmp_path, "+33612349003")
    journal = tmp_path / "run.db"
    # A marketing text without STOP, refused as the single send is, before any journal or request.
    argv = ["send", "--vendor", "smspartner", "--file", file, "--text", "Soldes -50 %", "--purpose", "marketing"]
    assert cli.main([*argv, "--journal", str(journal)], make_client=factory(sandbox)) == 4
    assert "STOP" in capsys.readouterr().err
    assert not journal.exists()
    assert sandbox.sends_received() == 0
    # --gsm7 and --reference: the journal and the request hold the transliterated text and the tag.
    argv = ["send", "--vendor", "smspartner", "--file", file, "--text", "Vos « soldes » — été",
            "--gsm7", "--reference", "promo", "--journal", str(journal)]  # fmt: skip
    assert cli.main(argv, make_client=factory(sandbox)) == 0
    err = capsys.readouterr().err
    assert "smsgate: preview: " in err  # the same preview and cost line as a single send
    assert "GSM-7" in err
    (message,) = sandbox.messages("smspartner")
    sent = smsgate.to_gsm7("Vos « soldes » — été").text
    assert message.text == sent != "Vos « soldes » — été"
    assert message.reference is not None
    assert message.reference.startswith("promo-")
    with sqlite3.connect(f"file:{journal}?mode=ro", uri=True) as db:
        settings = json.loads(db.execute("select value from campaign where key='settings'").fetchone()[0])
    db.close()
    assert settings["text"] == sent
    assert (settings["gsm7"], settings["reference"]) == (True, "promo")


def test_11_a_marketing_campaign_is_refused_for_a_sunday_in_python_too(tmp_path: Path) -> None:
    sandbox = Sandbox()
    path = tmp_path / "run.db"
    with on(sandbox, "smspartner") as client, pytest.raises(smsgate.InvalidRequestError, match=r"(?i)sunday"):
        smsgate.send_many(client, ["+33612349004"], "Soldes STOP au 36111", journal=path,
                          purpose="marketing", scheduled_at=sunday_at(11))  # fmt: skip
    assert not path.exists()
    with pytest.raises(smsgate.InvalidArgumentError, match=r"unknown option.*'priority'"):
        smsgate.Campaign.create(None, ["+33612349004"], TEXT, priority=1)  # type: ignore[call-arg]


# -- 3: where requests go -----------------------------------------------------------------------------


def test_3_a_test_run_never_reaches_a_failover_vendors_production_host(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sandbox = Sandbox()
    file = numbers_file(tmp_path, "+33612349005")
    seen: list[tuple[str, ClientOptions]] = []
    argv = ["send", "--vendor", "smspartner", "--base-url", "http://127.0.0.1:9/smspartner/v1",
            "--failover", "primotexto", "--file", file, "--text", TEXT]  # fmt: skip
    assert cli.main(argv, make_client=factory(sandbox, seen)) == 2
    assert "primotexto to https://api.primotexto.com" in capsys.readouterr().err
    assert seen == []  # no client was even built
    # Said explicitly, each vendor goes where it is told.
    explicit = [*argv, "--base-url", f"primotexto={sandbox.base_url('primotexto')}"]
    explicit[explicit.index("http://127.0.0.1:9/smspartner/v1")] = f"smspartner={sandbox.base_url('smspartner')}"
    assert cli.main(explicit, make_client=factory(sandbox, seen)) == 0
    assert {vendor: options.base_url for vendor, options in seen} == {
        "smspartner": sandbox.base_url("smspartner"),
        "primotexto": sandbox.base_url("primotexto"),
    }


def test_3_resolve_and_status_reuse_the_journals_vendors_and_endpoints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sandbox = Sandbox()
    file = numbers_file(tmp_path, "+33612349006")
    journal = str(tmp_path / "run.db")
    url = sandbox.base_url("smspartner")
    send = ["send", "--vendor", "smspartner", "--base-url", url, "--file", file, "--text", TEXT, "--journal", journal]
    assert cli.main(send, make_client=factory(sandbox)) == 0
    seen: list[tuple[str, ClientOptions]] = []
    assert cli.main(["campaign", "status", "--journal", journal], make_client=factory(sandbox, seen)) == 0
    assert [(vendor, options.base_url) for vendor, options in seen] == [("smspartner", url)]
    capsys.readouterr()
    moved = ["campaign", "status", "--journal", journal, "--base-url", "http://127.0.0.1:9/elsewhere"]
    assert cli.main(moved, make_client=factory(sandbox)) == 17
    assert "reached its vendors elsewhere" in capsys.readouterr().err
    # The way forward the refusal names works: the journal then records the new endpoint.
    moved_on = [*moved[:-2], "--base-url", "http://other.invalid/smspartner/v1", "--change-endpoints"]
    assert cli.main(moved_on, make_client=factory(sandbox)) == 0
    with smsgate.Campaign.open(journal, read_only=True) as campaign:
        assert campaign.endpoints() == {"smspartner": "http://other.invalid/smspartner/v1"}


def test_3_a_per_vendor_variable_names_an_endpoint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sandbox = Sandbox()
    monkeypatch.setenv("SMSPARTNER_BASE_URL", sandbox.base_url("smspartner"))
    seen: list[tuple[str, ClientOptions]] = []
    assert cli.main(["credits", "--vendor", "smspartner"], make_client=factory(sandbox, seen)) == 0
    assert seen[0][1].base_url == sandbox.base_url("smspartner")
    assert cli.main(["send", "--vendor", "smspartner", "--base-url", "nope=http://x", "+33612349007",
                     "--text", TEXT]) == 2  # fmt: skip
    assert "not a vendor" in capsys.readouterr().err


# -- 4 and 5: input files -----------------------------------------------------------------------------


def test_4_a_template_field_never_reaches_a_customer_literally(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sandbox = Sandbox()
    journal = tmp_path / "run.db"
    plain = numbers_file(tmp_path, "+33612349008", "+33612349009")
    argv = ["send", "--vendor", "smspartner", "--file", plain, "--text", "Bonjour {name}", "--journal", str(journal)]
    assert cli.main(argv, make_client=factory(sandbox)) == 4
    assert "plain number" in capsys.readouterr().err
    assert not journal.exists()
    blank = numbers_file(tmp_path, "number,name", "+33612349008,Ada", "+33612349009,")
    argv[argv.index(plain)] = blank
    assert cli.main(argv, make_client=factory(sandbox)) == 4
    assert "line 3: no value for {name}" in capsys.readouterr().err
    assert sandbox.sends_received() == 0
    assert not journal.exists()


def test_5_every_line_of_a_headerless_csv_is_a_recipient(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sandbox = Sandbox()
    file = numbers_file(tmp_path, "Ada,+33612349011", "Bob,+33612349012", "Cy,not-a-number")
    journal = tmp_path / "run.db"
    argv = ["send", "--vendor", "smspartner", "--file", file, "--text", TEXT, "--journal", str(journal), "--json"]
    assert cli.main(argv, make_client=factory(sandbox)) == 1  # the third line is refused, by its line number
    out = json.loads(capsys.readouterr().out)
    assert (out["accepted"], out["refused"], out["total"]) == (2, 1, 3)
    assert out["refused_recipients"][0]["line"] == 3
    assert set(sandbox.recipients_received()) == {"+33612349011", "+33612349012"}


# -- 6: Messaggi v2 ---------------------------------------------------------------------------------


def test_6_messaggi_v2_campaigns_send_and_lead_a_failover(tmp_path: Path) -> None:
    sandbox = Sandbox()
    numbers = [f"+39349123{n:04d}" for n in range(4, 14)]
    with on(sandbox, "messaggi_v2") as v2, on(sandbox, "smspartner") as partner:
        report = smsgate.send_many(v2, numbers, TEXT, journal=tmp_path / "v2.db")
        assert (report.accepted, report.requests) == (10, 10)
        more = [f"+39349223{n:04d}" for n in range(4, 14)]
        result = smsgate.FailoverClient([v2, partner]).send(more, TEXT)
        assert result.complete
    assert sandbox.sends_received("messaggi_v2") == 20
    assert sandbox.sends_received("smspartner") == 0


# -- 7 and 10: journals -----------------------------------------------------------------------------


def test_7_send_takes_over_a_journal_that_holds_no_campaign(tmp_path: Path) -> None:
    sandbox = Sandbox()
    journal = tmp_path / "run.db"
    smsgate.Journal(journal).close()  # what a run killed before saving its campaign leaves
    file = numbers_file(tmp_path, "+33612349013")
    argv = ["send", "--vendor", "smspartner", "--file", file, "--text", TEXT, "--journal", str(journal)]
    assert cli.main(argv, make_client=factory(sandbox)) == 0
    assert cli.main(argv, make_client=factory(sandbox)) == 2  # now it holds one: resume it instead


# -- 8: honest states ---------------------------------------------------------------------------------


def test_8_in_flight_recipients_are_reported_as_such(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "run.db"
    with smsgate.Campaign.create(path, ["+33612349014", "+33612349015"], TEXT) as campaign:
        campaign.journal.claim("smspartner", 1, TEXT)  # a run stopped with this request in flight
    assert cli.main(["campaign", "report", "--journal", str(path), "--json"]) == 10
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (lines[-1]["in_flight"], lines[-1]["pending"]) == (1, 1)


def test_8_ctrl_c_says_what_the_journal_says(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sandbox = Sandbox()
    inner = sandbox.transport()
    requests = 0

    class Interrupting(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            nonlocal requests
            requests += 1
            if requests == 2:
                raise KeyboardInterrupt  # Ctrl-C while this request is in flight
            return inner.handle_request(request)

    file = numbers_file(tmp_path, *(f"+3361234{n:04d}" for n in range(9016, 9020)))
    argv = ["send", "--vendor", "primotexto", "--file", file, "--text", TEXT, "--concurrency", "1",
            "--journal", str(tmp_path / "run.db")]  # fmt: skip
    assert cli.main(argv, make_client=factory(sandbox, transport=Interrupting())) == 130
    err = capsys.readouterr().err
    assert "1 recipient(s) were in flight when the run stopped" in err
    assert "finished and recorded" not in err


# -- 9: pace ------------------------------------------------------------------------------------------


def test_9_a_retry_after_is_waited_exactly_and_said(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sandbox.faults.add("rate_limit", seconds=90, operation="send_sms")
    slept: list[float] = []
    said: list[tuple[str, float, str]] = []
    with on(sandbox, "smspartner") as client, smsgate.Campaign.create(None, ["+33612349020"], TEXT) as campaign:
        report = campaign.run(client, sleep=slept.append, on_wait=lambda *wait: said.append(wait))
    assert report.accepted == 1
    # From the 429 on, never less than the vendor's Retry-After (it was cut to 60 s).
    assert max(slept) == pytest.approx(90, abs=0.05)
    assert said[0][:2] == ("smspartner", 90)
    assert "Retry-After: 90" in said[0][2]


def test_9_a_long_retry_after_fails_over_as_documented() -> None:
    sandbox = Sandbox()
    sandbox.faults.add("rate_limit", seconds=30, vendor="smspartner", times=None)
    with on(sandbox, "smspartner") as first, on(sandbox, "primotexto") as second:
        result = smsgate.FailoverClient([first, second]).send("+33612349021", TEXT)
    assert result.sends[0].vendor.value == "primotexto"
    assert sandbox.sends_received("smspartner") == 0


def test_9_batch_sizes_and_regions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sandbox = Sandbox()
    file = numbers_file(tmp_path, "0612349022", "06 12 34 90 23")
    argv = ["send", "--vendor", "smspartner", "--file", file, "--text", TEXT]
    assert cli.main([*argv, "--batch-size", "600"], make_client=factory(sandbox)) == 2
    assert "smspartner takes at most 500 a request" in capsys.readouterr().err
    assert cli.main(argv, make_client=factory(sandbox)) == 0  # national numbers: the vendor's region, FR
    with pytest.raises(smsgate.InvalidRequestError, match="at most 500"):
        smsgate.Campaign.create(None, ["+33612349022"], TEXT).run(
            on(sandbox, "smspartner"), batch_sizes={"smspartner": 600}
        )
    messaggi = ["send", "--vendor", "messaggi", "--sender", "ACME", "--file", file, "--text", TEXT]
    assert cli.main([*messaggi, "--region", "FR"], make_client=factory(sandbox)) == 0
    assert sandbox.recipients_received("messaggi") == {"+33612349022": 1, "+33612349023": 1}


# -- 11: errors that say what they are ---------------------------------------------------------------


def test_11_a_closed_client_raises_and_leaves_recipients_pending(tmp_path: Path) -> None:
    sandbox = Sandbox()
    client = on(sandbox, "smspartner")
    client.close()
    with smsgate.Campaign.create(tmp_path / "run.db", ["+33612349024"], TEXT) as campaign:
        with pytest.raises(smsgate.ClientUsageError):
            campaign.run(client)
        assert campaign.report().pending == 1


@pytest.fixture
def refusing_proxy() -> Iterator[str]:
    """An HTTP proxy on 127.0.0.1 that refuses every CONNECT (a tunnel it will not open)."""
    server = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except TimeoutError:
                continue
            with connection:
                connection.recv(65536)
                connection.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    stop.set()
    thread.join()
    server.close()


def test_11_a_tunnel_refused_by_a_proxy_is_not_sent(tmp_path: Path, refusing_proxy: str) -> None:
    client = smsgate.Client(
        "smspartner",
        api_key="a-key-for-the-proxy-test-0123",
        base_url="https://127.0.0.1:9/v1",
        max_retries=0,
        http_client=httpx.Client(proxy=refusing_proxy),
    )
    with client, smsgate.Campaign.create(tmp_path / "run.db", ["+33612349025"], TEXT) as campaign:
        with pytest.raises(smsgate.TransportError) as raised:
            client.send("+33612349025", TEXT)
        assert not isinstance(raised.value, smsgate.SendOutcomeUnknown)
        report = campaign.run(client)
    assert (report.refused, report.unknown) == (1, 0)  # provably not sent: refused, resumable


# -- every flag of `smsgate send` has its effect with --file ----------------------------------------

MONDAY_NOON = (datetime.now(PARIS) + timedelta(days=7 - datetime.now(PARIS).weekday())).replace(
    hour=12, minute=0, second=0, microsecond=0
)
Check = Any  # (sandbox, clients built, stdout, stderr, journal path) -> None


def _sent(sandbox: Sandbox) -> Any:
    (message,) = sandbox.messages()
    return message


SUPPRESSION_FILE = Path(tempfile.mkdtemp()) / "consent.db"


def _journal_names_the_list(journal: Path) -> bool:
    """The campaign recorded ``--suppression``'s list (a transactional text is not blocked by it)."""
    with smsgate.Campaign.open(journal, read_only=True) as campaign:
        return campaign.options.suppression is not None and campaign.options.suppression.path == SUPPRESSION_FILE


FLAG_EFFECTS: dict[str, tuple[list[str], Check]] = {
    "--suppression": (
        ["--suppression", str(SUPPRESSION_FILE)],
        lambda sb, seen, out, err, journal: _journal_names_the_list(journal) and len(sb.messages()) == 1,
    ),
    "--sender": (["--sender", "ACME"], lambda sb, *_: _sent(sb).sender == "ACME"),
    "--at": (["--at", MONDAY_NOON.isoformat()], lambda sb, *_: _sent(sb).due_at == MONDAY_NOON.timestamp()),
    "--reference": (["--reference", "spring"], lambda sb, *_: _sent(sb).reference.startswith("spring-")),
    "--dry-run": (["--dry-run"], lambda sb, *_: _sent(sb).test and sb.credits("smspartner") == 100),
    "--purpose": (
        ["--purpose", "marketing", "--at", MONDAY_NOON.isoformat()],
        lambda sb, seen, out, err, journal: "STOP" in err and not sb.messages(),
    ),
    "--gsm7": (["--gsm7"], lambda sb, *_: _sent(sb).text == smsgate.to_gsm7("Code « 42 »").text),
    "--callback-url": (
        ["--callback-url", "https://example.com/sms"],
        lambda sb, seen, out, err, journal: (
            bool(_sent(sb))
            and smsgate.Campaign.open(journal, read_only=True).options.callback_url == "https://example.com/sms"
        ),
    ),
    "--journal": ([], lambda sb, seen, out, err, journal: journal.exists()),
    "--header": (["--header"], lambda sb, seen, out, *_: json.loads(out)["total"] == 1),  # line 1 named columns
    "--no-header": (["--no-header"], lambda sb, seen, out, *_: json.loads(out)["total"] == 2),  # line 1 is one
    "--number-column": (["--number-column", "1"], lambda sb, *_: len(sb.messages()) == 1),
    "--region": (["--region", "IT"], lambda sb, *_: _sent(sb).recipients == ["+390612349030"]),
    "--failover": (
        [
            "--failover",
            "primotexto",
            "--base-url",
            "smspartner=http://sandbox.invalid/smspartner/v1",
            "--base-url",
            "primotexto=http://sandbox.invalid/primotexto/v2",
        ],
        lambda sb, seen, *_: [vendor for vendor, _ in seen] == ["smspartner", "primotexto"],
    ),
    "--concurrency": (["--concurrency", "2"], lambda sb, *_: len(sb.messages()) == 1),
    "--batch-size": (["--batch-size", "1"], lambda sb, *_: len(sb.messages()) == 1),
    "--rate": (["--rate", "1000"], lambda sb, *_: len(sb.messages()) == 1),
    "--progress": (["--progress"], lambda sb, seen, out, err, journal: "journal [" in err and "send [" in err),
    "--change-endpoints": (["--change-endpoints"], lambda sb, *_: len(sb.messages()) == 1),
    "--json": ([], lambda sb, seen, out, *_: json.loads(out)["accepted"] == 1),
    "--debug": (["--debug"], lambda sb, seen, out, err, journal: "DEBUG" in err or "smsgate" in err),
    "--api-key-env": (["--api-key-env", "MY_KEY"], lambda sb, seen, *_: seen[0][1].api_key == "k-0123456789"),
    "--base-url": (
        ["--base-url", "http://sandbox.invalid/smspartner/v1"],
        lambda sb, seen, *_: seen[0][1].base_url == "http://sandbox.invalid/smspartner/v1",
    ),
    "--timeout": (["--timeout", "3"], lambda sb, seen, *_: seen[0][1].timeout == 3),
    "--max-retries": (["--max-retries", "1"], lambda sb, seen, *_: seen[0][1].max_retries == 1),
}
NOT_A_SEND_OPTION = {"-h", "--help", "--vendor", "--text", "--file", "--sandbox"}  # the command itself, or help


def test_the_flag_table_covers_every_send_flag() -> None:
    parser = cli.build_parser()
    send = next(
        action.choices["send"]
        for action in parser._actions
        if isinstance(action.choices, dict) and "send" in action.choices
    )
    flags = {flag for action in send._actions for flag in action.option_strings}
    assert flags - NOT_A_SEND_OPTION == set(FLAG_EFFECTS)


@pytest.mark.parametrize("flag", sorted(FLAG_EFFECTS))
def test_every_send_flag_has_its_effect_with_a_file(
    flag: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    monkeypatch.setenv("MY_KEY", "k-0123456789")
    monkeypatch.setenv("SMSGATE_WEBHOOK_SECRET", "a-webhook-secret-for-the-test")  # signs --callback-url
    sandbox = Sandbox()
    request.addfinalizer(sandbox.close)  # its callback thread (--callback-url) ends with the test
    seen: list[tuple[str, ClientOptions]] = []
    extra, check = FLAG_EFFECTS[flag]
    rows = {
        "--header": ("+33612349031", "+33612349030"),
        "--no-header": ("Ada", "+33612349030"),  # detected as a header; said to be a recipient (refused)
        "--region": ("0612349030",),
    }.get(flag, ("+33612349030",))
    file = numbers_file(tmp_path, *rows)
    journal = tmp_path / "run.db"
    argv = ["send", "--vendor", "smspartner", "--file", file, "--text", "Code « 42 »", "--journal", str(journal)]
    cli.main([*argv, "--json", *extra], make_client=factory(sandbox, seen))
    out, err = capsys.readouterr()
    assert check(sandbox, seen, out, err, journal), (flag, out, err)


# -- help, JSON errors, the sandbox's faults ---------------------------------------------------------


def test_each_campaign_action_has_its_own_help(capsys: pytest.CaptureFixture[str]) -> None:
    helps = {}
    for action in ("resume", "report", "resolve", "status"):
        assert cli.main(["campaign", action, "--help"]) == 0
        helps[action] = capsys.readouterr().out
    assert "--resend-unknown" in helps["resume"]
    assert "--resend-unknown" not in helps["report"]
    assert "--limit" in helps["report"]
    assert "--settle" in helps["resolve"]
    assert "--settle" not in helps["status"]
    assert cli.main(["--help"]) == 0
    assert "17  JournalError" in capsys.readouterr().out  # the top-level table has the campaign codes


def test_json_errors_are_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["campaign", "report", "--journal", "/nonexistent/run.db", "--json"]) == 17
    (line,) = capsys.readouterr().err.splitlines()
    error = json.loads(line)["error"]
    assert (error["class"], error["exit_code"]) == ("JournalError", 17)


def test_the_sandbox_command_switches_faults_on(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from smsgate._cli import commands

    started: list[Any] = []
    start = commands.start_sandbox

    def keep(**kwargs: Any) -> Any:
        started.append(start(**kwargs))
        return started[-1]

    pending: list[Any] = []
    monkeypatch.setattr(commands, "start_sandbox", keep)

    def wait_for_interrupt() -> None:  # the running sandbox's faults, then as if Ctrl-C came
        pending.extend(started[0].sandbox.faults.pending())

    assert cli.main(["sandbox", "--help"]) == 0
    assert "--latency" in capsys.readouterr().out
    argv = ["sandbox", "--port", "0", "--latency", "0.5", "--fault", "rate_limit,times=3,seconds=30,vendor=smspartner"]
    assert cli.main(argv, wait_for_interrupt=wait_for_interrupt) == 0
    assert [(fault.kind.value, fault.times, fault.seconds, fault.vendor) for fault in pending] == [
        ("latency", None, 0.5, None),
        ("rate_limit", 3, 30.0, "smspartner"),
    ]
    assert cli.main(["sandbox", "--port", "0", "--fault", "nonsense"]) == 2
    assert "unknown fault kind" in capsys.readouterr().err


def test_bad_arguments_make_no_file(tmp_path: Path) -> None:
    sandbox = Sandbox()
    path = tmp_path / "run.db"
    with on(sandbox, "smspartner") as client:
        for bad in ({"concurrency": 0}, {"batch_sizes": {"smspartner": 0}}, {"on_wait": 3}, {"dry_run": "yes"}):
            with pytest.raises(smsgate.InvalidArgumentError):
                smsgate.send_many(client, ["+33612349040"], TEXT, journal=path, **bad)
            assert not path.exists(), bad
    assert sandbox.sends_received() == 0


def test_a_sender_mapping_names_the_vendor_of_a_single_send() -> None:
    sandbox = Sandbox()
    with on(sandbox, "smspartner") as client:
        with pytest.raises(smsgate.InvalidArgumentError, match="sender maps primotexto, not smspartner"):
            client.send("+33612349041", TEXT, sender={"primotexto": "ACME"})
        assert client.send("+33612349041", TEXT, sender={"smspartner": "ACME"}).accepted == ["+33612349041"]
    assert _sent(sandbox).sender == "ACME"


def test_with_failover_each_vendors_refusal_is_kept(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sandbox = Sandbox(initial_credits=0, api_keys={"smspartner": "another-key-0123456789"})
    file = numbers_file(tmp_path, "+33612349050")
    argv = ["send", "--vendor", "smspartner", "--failover", "primotexto", "--file", file, "--text", TEXT]
    assert cli.main(argv, make_client=factory(sandbox)) == 1  # refused by both, without --journal
    out = capsys.readouterr().out
    refused = next(line for line in out.splitlines() if "+33612349050" in line)
    assert "[smspartner]" in refused
    assert "[primotexto]" in refused  # the first vendor's reason, then the second's


def test_resolve_and_status_ask_every_vendor_the_campaign_used(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sandbox.faults.add("rate_limit", vendor="smspartner", seconds=30, times=None)  # a long wait: Primotexto sends
    file = numbers_file(tmp_path, "+33612349051")
    journal = str(tmp_path / "run.db")
    base = [
        f"--base-url=smspartner={sandbox.base_url('smspartner')}",
        f"--base-url=primotexto={sandbox.base_url('primotexto')}",
    ]
    argv = ["send", "--vendor", "smspartner", "--failover", "primotexto", *base, "--file", file, "--text", TEXT,
            "--journal", journal]  # fmt: skip
    assert cli.main(argv, make_client=factory(sandbox)) == 0
    sandbox.faults.clear()
    seen: list[tuple[str, ClientOptions]] = []
    assert cli.main(["campaign", "status", "--journal", journal, "--vendor", "smspartner"],
                    make_client=factory(sandbox, seen)) == 0  # fmt: skip
    assert [vendor for vendor, _ in seen] == ["smspartner", "primotexto"]
    with smsgate.Campaign.open(journal, read_only=True) as campaign:
        (entry,) = campaign.entries()
        assert (entry.vendor, entry.delivery_state) == ("primotexto", "delivered")


@pytest.mark.parametrize("concurrency", ["1", "4"])
def test_8_a_real_ctrl_c_lets_the_requests_in_flight_finish_and_says_so(
    concurrency: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """SIGINT while requests are in flight: each is answered and recorded before the command stops
    (a Thread.join interrupted by Ctrl-C used to return early and leave them in flight, 4 of 4 trials)."""
    sandbox = Sandbox()
    inner = sandbox.transport()
    requests = 0

    class SlowWithCtrlC(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            nonlocal requests
            requests += 1
            if requests == 3:
                os.kill(os.getpid(), signal.SIGINT)  # the user's Ctrl-C, delivered to the main thread
            time.sleep(0.2)  # the request is in flight while the command handles it
            return inner.handle_request(request)

    file = numbers_file(tmp_path, *(f"+3361234{n:04d}" for n in range(9100, 9140)))
    journal = tmp_path / "run.db"
    argv = ["send", "--vendor", "primotexto", "--file", file, "--text", TEXT, "--concurrency", concurrency,
            "--journal", str(journal)]  # fmt: skip
    assert cli.main(argv, make_client=factory(sandbox, transport=SlowWithCtrlC())) == 130
    err = capsys.readouterr().err
    assert "every request that had left was answered and recorded" in err
    with smsgate.Campaign.open(journal, read_only=True) as campaign:
        report = campaign.report()
    assert report.in_flight == 0
    assert report.accepted == sum(sandbox.recipients_received().values()) >= 3


def test_resend_unknown_says_how_many_may_get_a_second_copy_before_sending(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sandbox = Sandbox()
    path = tmp_path / "run.db"
    with smsgate.Campaign.create(path, ["+33612349060", "+33612349061", "+33612349062"], TEXT) as campaign:
        campaign.journal.claim("smspartner", 1, TEXT)
        campaign.journal.interrupted_to_unknown()  # one unknown from an earlier run
        campaign.journal.claim("smspartner", 1, TEXT)  # and one in flight when the last run stopped
    argv = ["campaign", "resume", "--journal", str(path), "--vendor", "smspartner", "--resend-unknown"]
    assert cli.main(argv, make_client=factory(sandbox)) == 0
    err = capsys.readouterr().err
    assert "--resend-unknown: 2 recipient(s) whose outcome is unknown will be sent again" in err
    assert sum(sandbox.recipients_received().values()) == 3
