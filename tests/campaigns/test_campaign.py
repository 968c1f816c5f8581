"""Campaigns: the journal, bulk sends, failover, resolving unknown outcomes, delivery states, the CLI.

Every test runs against the in-process sandbox (``smsgate.testing``) and checks what a user can
observe: what the vendor received (``sandbox.recipients_received()``), what the journal says, what
a call returns or raises. The crash test and the failover matrix have their own modules.
"""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import httpx
import pytest
import smsgate
from smsgate import cli
from smsgate._cli import recipients_file
from smsgate.sandbox import FaultKind, Sandbox
from smsgate.testing import async_sandbox_client, sandbox_client

TEXT = "Votre code : 123456"


def french(count: int, start: int = 200_100) -> list[str]:
    """Numbers that the sandbox delivers (none ends in 0001, 0002 or 0003)."""
    return [f"+3361{n:07d}" for n in range(start, start + count)]


def received_once(sandbox: Sandbox, numbers: list[str]) -> bool:
    counts = sandbox.recipients_received()
    return all(counts[number] == 1 for number in numbers) and sum(counts.values()) == len(numbers)


# -- the journal --------------------------------------------------------------------------------


def test_a_journal_file_keeps_every_state_and_turns_in_flight_into_unknown(tmp_path: Path) -> None:
    path = tmp_path / "run.db"
    with smsgate.Campaign.create(path, french(5), TEXT) as campaign:
        claimed = campaign.journal.claim("smspartner", 2, TEXT)
        assert claimed is not None
        assert [number for _, number in claimed.recipients] == french(2)
        assert campaign.report().in_flight == 2
    # The process stopped with two recipients in flight: they may have been sent.
    with smsgate.Campaign.open(path) as campaign:
        assert campaign.report().in_flight == 2  # reading does not change anything
        campaign.journal.interrupted_to_unknown()
        unknown = list(campaign.entries(smsgate.RecipientState.UNKNOWN))
        assert [entry.number for entry in unknown] == french(2)
        assert all(entry.vendor == "smspartner" and entry.attempt == 1 for entry in unknown)
        assert "may have reached the vendor" in (unknown[0].error or "")
        assert campaign.report().pending == 3


def test_one_run_at_a_time_per_journal(tmp_path: Path) -> None:
    path = tmp_path / "run.db"
    with smsgate.Campaign.create(path, french(3), TEXT), smsgate.Campaign.open(path) as second:
        # Opening is reading: fine while the first holds the run lock; writing is refused.
        assert second.report().pending == 3
        with pytest.raises(smsgate.JournalError, match="in use by another run"):
            second.journal.take_run_lock()


def test_a_file_that_is_no_journal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database, just text that is long enough to have a header " * 20)
    with pytest.raises(smsgate.ClientUsageError, match="cannot be used as a journal"):
        smsgate.Journal(path)
    with pytest.raises(smsgate.InvalidArgumentError, match="journal path"):
        smsgate.Journal(42)  # type: ignore[arg-type]
    empty = tmp_path / "empty.db"
    smsgate.Journal(empty).close()
    with pytest.raises(smsgate.JournalError, match="holds no campaign"):
        smsgate.Campaign.open(empty)


def test_a_started_journal_is_not_started_again(tmp_path: Path) -> None:
    with smsgate.Journal(tmp_path / "run.db") as journal:
        smsgate.Campaign.create(journal, french(2), TEXT)
        with pytest.raises(smsgate.ClientUsageError, match="already holds a campaign"):
            smsgate.Campaign.create(journal, french(2), TEXT)


# -- creating a campaign ------------------------------------------------------------------------


def test_invalid_numbers_are_refused_and_duplicates_kept_once() -> None:
    campaign = smsgate.Campaign.create(None, ["+33612345678", "0612345678", "+33612345678", "nope"], TEXT)
    entries = list(campaign.entries())
    assert [(entry.number, entry.state.value) for entry in entries] == [
        ("+33612345678", "pending"),
        ("0612345678", "refused"),  # national, and no default_region given
        ("+33612345678", "refused"),  # every line is a row: the repeat is refused, naming the first
        ("nope", "refused"),
    ]
    assert entries[1].error_class == "InvalidArgumentError"
    assert (entries[2].error_class, entries[2].error) == (
        "DuplicateRecipient",
        "this number is already on line 1: it gets one message",
    )
    national = smsgate.Campaign.create(None, ["06 12 34 56 78"], TEXT, default_region="FR")
    assert [entry.number for entry in national.entries()] == ["+33612345678"]


def test_templates_fill_each_recipients_text() -> None:
    sandbox = Sandbox()
    client = sandbox_client("smspartner", sandbox=sandbox)
    people = [("+33612345678", {"name": "Ada"}), ("+33612345679", {"name": "Alan"}), ("+33612345670", {"name": "Ada"})]
    campaign = smsgate.Campaign.create(None, people, "Bonjour {name}")
    report = campaign.run(client)
    assert report.complete
    # One text per request: the two Adas share one, Alan has his own.
    assert report.requests == 2
    texts = {message.text for message in sandbox._store.accounts["smspartner"].messages.values()}
    assert texts == {"Bonjour Ada", "Bonjour Alan"}


@pytest.mark.parametrize(
    ("recipients", "text", "options", "match"),
    [
        ([("+33612345678", {"nom": "x"})], "Bonjour {name}", {}, "no value for {name}"),
        ([("+33612345678", {"name": "x"})], "Bonjour {name:>999999999}", {}, "plain {name}s"),
        ([("+33612345678", {"name": "x"})], "Bonjour {name.upper}", {}, "plain {name}s"),
        ([("+33612345678", {"name": "x"})], "Bonjour {name", {}, "cannot be read"),
        ([("+33612345678", "fields")], TEXT, {}, "must be a mapping"),
        ([42], TEXT, {}, "is a number or a"),
        ("+33612345678", TEXT, {}, "list"),
        (["+33612345678"], "  ", {}, "non-empty str"),
        (["+33612345678"], TEXT, {"sender": 3}, "sender must be"),
        (["+33612345678"], TEXT, {"scheduled_at": "tomorrow"}, "timezone-aware"),
    ],
)
def test_bad_campaign_input_is_an_invalid_argument(
    recipients: object, text: str, options: dict[str, object], match: str
) -> None:
    with pytest.raises(smsgate.InvalidArgumentError, match=match):
        smsgate.Campaign.create(None, recipients, text, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("options", "match"),
    [
        ({"concurrency": 0}, "concurrency"),
        ({"batch_sizes": {"smspartner": 0}}, "batch size"),
        ({"rate_limits": {"smspartner": 5}}, "RateLimit"),
        ({"retry_refused": "yes"}, "retry_refused"),
    ],
)
def test_bad_run_options_are_invalid_arguments(options: dict[str, object], match: str) -> None:
    campaign = smsgate.Campaign.create(None, french(1), TEXT)
    with pytest.raises(smsgate.InvalidArgumentError, match=match):
        campaign.run(sandbox_client("smspartner"), **options)  # type: ignore[arg-type]
    with pytest.raises(smsgate.InvalidArgumentError, match="per_second"):
        smsgate.RateLimit(0)


# -- sending ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("vendor", "requests"), [("smspartner", 3), ("primotexto", 1200), ("messaggi", 3)])
def test_a_bulk_send_is_batched_to_each_vendors_limit(vendor: str, requests: int) -> None:
    sandbox = Sandbox(initial_credits=10**6)
    numbers = french(1200)
    report = smsgate.send_many(sandbox_client(vendor, sandbox=sandbox), numbers, TEXT, sender="ACME")
    assert (report.accepted, report.requests) == (1200, requests)
    assert received_once(sandbox, numbers)


def test_the_async_bulk_send_matches_the_sync_one() -> None:
    sandbox = Sandbox()

    async def main() -> smsgate.CampaignReport:
        async with async_sandbox_client("smspartner", sandbox=sandbox) as client:
            return await smsgate.send_many_async(client, french(700), TEXT, concurrency=2)

    report = asyncio.run(main())
    assert report.complete
    assert report.requests == 2
    assert received_once(sandbox, french(700))


def test_rate_limits_pace_requests_in_parts() -> None:
    waits: list[float] = []
    campaign = smsgate.Campaign.create(None, french(10), "x" * 200)  # 2 parts each
    limit = {"smspartner": smsgate.RateLimit(per_second=10, unit="part")}
    campaign.run(
        sandbox_client("smspartner"),
        batch_sizes={"smspartner": 5},
        rate_limits=limit,
        concurrency=1,
        sleep=waits.append,
    )
    # The first batch leaves at once; the second waits for the first's 10 parts at 10 a second.
    assert len(waits) == 1
    assert 0.9 <= waits[0] <= 1.0


def test_a_rate_limited_batch_waits_for_retry_after_then_goes_through() -> None:
    sandbox = Sandbox()
    sandbox.faults.add(FaultKind.RATE_LIMIT, times=3, seconds=2)
    waits: list[float] = []
    said: list[tuple[str, float, str]] = []
    report = smsgate.Campaign.create(None, french(3), TEXT).run(
        sandbox_client("smspartner", sandbox=sandbox),
        sleep=waits.append,
        concurrency=1,
        on_wait=lambda *wait: said.append(wait),
    )
    assert report.complete
    # Each 429's Retry-After, waited by the campaign itself (for every worker) and said each time.
    assert waits == [pytest.approx(2.0, abs=0.05)] * 3
    assert [seconds for _, seconds, _ in said] == [2.0, 2.0, 2.0]
    assert received_once(sandbox, french(3))


def test_resume_sends_only_to_pending_recipients(tmp_path: Path) -> None:
    sandbox = Sandbox()
    client = sandbox_client("smspartner", sandbox=sandbox)
    path = tmp_path / "run.db"
    with smsgate.Campaign.create(path, french(6), TEXT) as campaign:
        campaign.journal.claim("smspartner", 2, TEXT)  # in flight when the "crash" came: maybe sent
    with smsgate.Campaign.open(path) as campaign:
        report = campaign.run(client)
        assert (report.accepted, report.unknown, report.pending) == (4, 2, 0)
        assert sum(sandbox.recipients_received().values()) == 4
        assert not report.complete
        assert report.settled
        # An explicit, documented choice: send to the unknown ones too (each may get it twice).
        report = campaign.run(client, resend_unknown=True)
        assert report.complete


def test_refused_recipients_are_sent_again_only_when_asked() -> None:
    sandbox = Sandbox(initial_credits=0)
    client = sandbox_client("smspartner", sandbox=sandbox)
    campaign = smsgate.Campaign.create(None, french(2), TEXT)
    report = campaign.run(client)
    assert report.refused == 2
    assert all(entry.error_class == "InsufficientCreditError" for entry in campaign.entries())
    sandbox._store.accounts["smspartner"].credits = sandbox._store.accounts["primotexto"].credits + 100
    assert campaign.run(client).refused == 2
    assert campaign.run(client, retry_refused=True).complete
    assert received_once(sandbox, french(2))


def test_progress_is_reported() -> None:
    seen: list[smsgate.CampaignReport] = []
    smsgate.send_many(sandbox_client("smspartner"), french(3), TEXT, progress=seen.append)
    assert seen[-1].accepted == 3


# -- failover -----------------------------------------------------------------------------------


def two_vendors(first: Sandbox, second: Sandbox, **options: object) -> smsgate.FailoverClient:
    return smsgate.FailoverClient(
        [sandbox_client("smspartner", sandbox=first, max_retries=0), sandbox_client("primotexto", sandbox=second)],
        **options,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("kind", ["reset_before_read", "rate_limit", "no_credit", "bad_key"])
def test_failover_moves_on_when_the_first_vendor_provably_did_not_send(kind: str) -> None:
    first = Sandbox(initial_credits=0 if kind == "no_credit" else 100)
    if kind == "bad_key":
        first = Sandbox(api_keys={"smspartner": "another-key-0123456789"})
    second = Sandbox()
    if kind in ("reset_before_read", "rate_limit"):
        first.faults.add(kind, times=None, seconds=30)
    failover = smsgate.FailoverClient(
        [
            smsgate.Client(
                "smspartner",
                api_key="sandbox-smspartner-key",
                base_url=first.base_url("smspartner"),
                http_client=httpx.Client(transport=first.transport()),
                max_retries=0,
            ),
            sandbox_client("primotexto", sandbox=second),
        ]
    )
    result = failover.send(french(3), TEXT)
    assert result.complete
    assert {sent.vendor.value for sent in result.sends} == {"primotexto"}
    assert first.sends_received() == 0
    assert received_once(second, french(3))
    assert [report.phone_number for report in failover.status(result)] == french(3)


@pytest.mark.parametrize("kind", ["reset_after_read", "truncated_body", "server_error"])
def test_failover_never_moves_on_after_an_unknown_outcome(kind: str) -> None:
    first, second = Sandbox(), Sandbox()
    first.faults.add(kind)
    with pytest.raises(smsgate.SendOutcomeUnknown):
        two_vendors(first, second).send(french(3), TEXT)
    assert second.sends_received() == 0


def test_a_partly_accepted_batch_sends_only_the_rest_to_the_next_vendor() -> None:
    second = Sandbox()
    # Primotexto sends one request per number: the third request fails before it is sent.
    primotexto = Sandbox()
    numbers = french(5)

    class FailsThird(httpx.BaseTransport):
        def __init__(self) -> None:
            self.inner = primotexto.transport()
            self.count = 0

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            self.count += 1
            if self.count == 3:
                raise httpx.ConnectError("refused", request=request)
            return self.inner.handle_request(request)

    failing = smsgate.Client(
        "primotexto",
        api_key="sandbox-primotexto-key",
        base_url=primotexto.base_url("primotexto"),
        http_client=httpx.Client(transport=FailsThird()),
        max_retries=0,
    )
    failover = smsgate.FailoverClient([failing, sandbox_client("smspartner", sandbox=second)])
    campaign = smsgate.Campaign.create(None, numbers, TEXT)
    report = campaign.run(failover, batch_sizes={"primotexto": 5}, concurrency=1)
    assert report.complete
    assert set(primotexto.recipients_received()) == set(numbers[:2])
    assert set(second.recipients_received()) == set(numbers[2:])
    assert [entry.vendor for entry in campaign.entries()] == ["primotexto"] * 2 + ["smspartner"] * 3


def test_numbers_a_vendor_lists_as_invalid_go_to_the_next_vendor() -> None:
    messaggi, partner = Sandbox(), Sandbox()

    class Rejecting(httpx.BaseTransport):
        """Messaggi's answer lists the second number as invalid (its ``recipients.invalid.list``)."""

        def __init__(self) -> None:
            self.inner = messaggi.transport()

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            response = self.inner.handle_request(request)
            if request.method != "POST":
                return response
            payload = json.loads(response.read())
            payload["data"][0]["recipients"]["invalid"] = {"total": 1, "list": ["+39-3471000001"]}
            return httpx.Response(response.status_code, json=payload)

    first = smsgate.Client(
        "messaggi",
        api_key="sandbox-messaggi-token",
        base_url=messaggi.base_url("messaggi"),
        http_client=httpx.Client(transport=Rejecting()),
    )
    numbers = ["+393471000000", "+393471000001"]
    failover = smsgate.FailoverClient([first, sandbox_client("smspartner", sandbox=partner)])
    result = failover.send(numbers, TEXT, sender="ACME")
    assert result.complete
    assert {(sent.vendor.value, tuple(sent.accepted)) for sent in result.sends} == {
        ("messaggi", ("+393471000000",)),
        ("smspartner", ("+393471000001",)),
    }


def test_a_failover_send_that_nobody_accepted_raises_the_last_refusal() -> None:
    first, second = Sandbox(initial_credits=0), Sandbox(initial_credits=0)
    with pytest.raises(smsgate.InsufficientCreditError):
        two_vendors(first, second).send(french(2), TEXT)


def test_the_async_failover_client() -> None:
    first, second = Sandbox(), Sandbox()
    first.faults.add(FaultKind.RESET_BEFORE_READ, times=None)

    async def main() -> list[smsgate.DeliveryReport]:
        failover = smsgate.AsyncFailoverClient(
            [
                async_sandbox_client("smspartner", sandbox=first, max_retries=0),
                async_sandbox_client("messaggi", sandbox=second),
            ]
        )
        result = await failover.send(french(2), TEXT, sender="ACME")
        assert result.complete
        return await failover.status(result)

    reports = asyncio.run(main())
    assert {report.vendor.value for report in reports} == {"messaggi"}


def test_failover_arguments_are_checked() -> None:
    with pytest.raises(smsgate.InvalidArgumentError, match="at least one client"):
        smsgate.FailoverClient([])
    client = sandbox_client("smspartner")
    bad_inputs: list[object] = [[], b"+33612345678", None]
    for bad_to in bad_inputs:
        with pytest.raises(smsgate.InvalidArgumentError):
            smsgate.FailoverClient([client]).send(bad_to, TEXT)  # type: ignore[arg-type]
    campaign = smsgate.Campaign.create(None, french(1), TEXT)
    with pytest.raises(smsgate.InvalidArgumentError, match=r"takes smsgate\.Client objects, not AsyncSandboxClient"):
        campaign.run(async_sandbox_client("smspartner"))  # type: ignore[arg-type]
    with pytest.raises(smsgate.InvalidArgumentError, match="takes a Client or a FailoverClient"):
        campaign.run(smsgate.AsyncFailoverClient([async_sandbox_client("smspartner")]))  # type: ignore[arg-type]
    with pytest.raises(smsgate.InvalidArgumentError, match=r"takes smsgate\.AsyncClient objects"):
        asyncio.run(campaign.run_async(client))  # type: ignore[arg-type]
    with pytest.raises(smsgate.InvalidArgumentError, match="state must be one of"):
        smsgate.Campaign.create(None, french(1), TEXT).entries("sent")
    with pytest.raises(smsgate.InvalidArgumentError, match="once"):
        smsgate.FailoverClient([client, sandbox_client("smspartner")])
    with pytest.raises(smsgate.InvalidArgumentError, match="rate_limit_wait"):
        smsgate.FailoverClient([client], rate_limit_wait=-1)
    with pytest.raises(smsgate.InvalidArgumentError, match="breaker_failures"):
        smsgate.CircuitBreaker(failures=0)


class _RefusingBatches(smsgate.Client):
    """A client whose batches fail on a bad argument of their own (an InvalidArgumentError)."""

    def _send_batch(self, numbers: Any, text: str, options: Any) -> smsgate.SendResult:
        raise smsgate.InvalidArgumentError("not a number", vendor=self.vendor)


def test_a_batch_refused_for_a_bad_argument_is_refused_not_taken_for_a_closed_client() -> None:
    """An InvalidArgumentError is a ClientUsageError, but the client can still send: its recipients
    are refused (the next vendor gets them), and the run goes on."""
    sandbox = Sandbox()
    refusing = _RefusingBatches(
        "primotexto",
        api_key=sandbox.api_keys["primotexto"],
        base_url=sandbox.base_url("primotexto"),
        http_client=httpx.Client(transport=sandbox.transport()),
    )
    alone = smsgate.Campaign.create(None, french(1), TEXT).run(refusing)
    assert (alone.refused, alone.pending) == (1, 0)
    numbers = french(2)
    failover = smsgate.FailoverClient([refusing, sandbox_client("smspartner", sandbox=sandbox)])
    report = smsgate.Campaign.create(None, numbers, TEXT).run(failover)
    assert report.complete
    assert report.accepted == 2
    assert failover.breaker.available("primotexto")  # the caller's mistake says nothing of the vendor
    assert received_once(sandbox, numbers)


def test_the_breaker_reopens_a_vendor_after_its_cooldown() -> None:
    now = [0.0]
    breaker = smsgate.CircuitBreaker(failures=2, cooldown=10, clock=lambda: now[0])
    down = smsgate.TransportError("down", vendor="smspartner")
    breaker.failed("smspartner", down)
    assert breaker.available("smspartner")
    breaker.failed(
        "smspartner", smsgate.InvalidRequestError("bad number", vendor="smspartner")
    )  # not the vendor's fault
    assert breaker.available("smspartner")
    # Nor the caller's own mistake, though it is a ClientUsageError like a closed client.
    breaker.failed("smspartner", smsgate.InvalidArgumentError("not a number", vendor="smspartner"))
    assert breaker.available("smspartner")
    breaker.failed("smspartner", down)
    assert not breaker.available("smspartner")
    assert breaker.pick(["smspartner", "primotexto"], 0) == 1
    assert breaker.pick(["smspartner"], 0) == 0  # no other vendor: tried anyway
    now[0] = 10.0
    assert breaker.available("smspartner")


# -- resolving unknown outcomes, delivery states --------------------------------------------------


@pytest.mark.parametrize("vendor", ["smspartner", "messaggi", "primotexto"])
@pytest.mark.parametrize("kind", ["reset_after_read", "server_error"])
def test_unknown_recipients_are_resolved_by_asking_the_vendor(vendor: str, kind: str) -> None:
    """reset_after_read: the vendor has the message; server_error: it does not. Either way it says so."""
    sandbox = Sandbox()
    client = sandbox_client(vendor, sandbox=sandbox, max_retries=0)
    campaign = smsgate.Campaign.create(None, french(3), TEXT, sender="ACME")
    sandbox.faults.add(kind)
    report = campaign.run(client, concurrency=1)
    unknown = {entry.number for entry in campaign.entries(smsgate.RecipientState.UNKNOWN)}
    assert report.unknown == len(unknown) > 0
    not_yet = campaign.resolve(client)  # the default settle time: "not received" is not believed yet
    if kind == "server_error":
        assert (not_yet.not_received, not_yet.still_unknown) == (0, len(unknown))
    resolved = campaign.resolve(client, settle_seconds=0)
    assert resolved.still_unknown == 0
    received = sandbox.recipients_received()
    for number in unknown:
        entry = campaign.journal.entry(number)
        assert entry is not None
        assert entry.state is (smsgate.RecipientState.ACCEPTED if received[number] else smsgate.RecipientState.PENDING)
    assert campaign.run(client).complete
    assert received_once(sandbox, french(3))
    assert campaign.poll_delivery(client) == 3


def test_delivery_states_are_recorded_for_the_whole_journal() -> None:
    sandbox = Sandbox()
    client = sandbox_client("smspartner", sandbox=sandbox)
    numbers = [*french(3), "+33612340001"]  # ...0001 ends undelivered in the sandbox
    campaign = smsgate.Campaign.create(None, numbers, TEXT)
    campaign.run(client)
    assert campaign.poll_delivery(client) == 4
    states = {entry.number: entry.delivery_state for entry in campaign.entries()}
    assert states["+33612340001"] == "undelivered"
    assert {states[number] for number in french(3)} == {"delivered"}


# -- the command line ---------------------------------------------------------------------------


def test_read_recipients_takes_plain_lists_and_csv_with_a_header() -> None:
    read = recipients_file.read
    assert read("+33612345678\n\n+33612345679\n").recipients == [(1, "+33612345678"), (3, "+33612345679")]
    assert read("name,number\nAda,+33612345678\n").recipients == [
        (2, ("+33612345678", {"name": "Ada", "number": "+33612345678"}))
    ]
    assert read("").recipients == []


def test_a_headerless_csv_keeps_its_first_line_and_finds_the_number_column() -> None:
    # Issue 16 point 5: "Ada,+33612349911" has a cell that looks like a number: a recipient, not a header.
    read = recipients_file.read("Ada,+33612349911\nBob,+33612349912\n")
    assert read.header is None
    assert [recipient for _, recipient in read.recipients] == ["+33612349911", "+33612349912"]
    # A header whose first cell has a digit is still a header: none of its cells looks like a number.
    read = recipients_file.read("col1,name\n+33612349911,Ada\n")
    assert read.header == ["col1", "name"]
    assert read.recipients == [(2, ("+33612349911", {"col1": "+33612349911", "name": "Ada"}))]


def test_header_and_number_column_can_be_stated() -> None:
    read = recipients_file.read("Ada,0612349911\n", header=False, number_column="2")
    assert read.recipients == [(1, "0612349911")]
    read = recipients_file.read("who,mobile,other\nAda,+33612349911,x\n", number_column="mobile")
    assert read.recipients[0][1][0] == "+33612349911"
    with pytest.raises(ValueError, match="the header has"):
        recipients_file.read("who,tel\nAda,+33612349911\n", number_column="phone")
    with pytest.raises(ValueError, match="no column holds phone numbers"):
        recipients_file.read("who,what\nAda,Bob\n")


def test_the_cli_runs_resumes_and_reports_a_campaign(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    numbers = tmp_path / "numbers.csv"
    numbers.write_text("number,name\n" + "".join(f"{n},N{i}\n" for i, n in enumerate(french(4))) + "0612,bad\n")
    journal = tmp_path / "run.db"
    code = cli.main(
        ["send", "--sandbox", "--vendor", "smspartner", "--file", str(numbers), "--text", "Bonjour {name}",
         "--journal", str(journal), "--json"]
    )  # fmt: skip
    out = json.loads(capsys.readouterr().out)
    assert code == 1  # the invalid number is refused
    assert (out["accepted"], out["refused"], out["total"], out["complete"]) == (4, 1, 5, False)
    code = cli.main(["campaign", "report", "--journal", str(journal)])
    printed = capsys.readouterr().out
    assert code == 1
    assert "0612" in printed
    assert "InvalidArgumentError" in printed
    code = cli.main(["campaign", "resume", "--sandbox", "--vendor", "smspartner", "--journal", str(journal)])
    assert code == 1
    assert re.search(r"accepted\s+4\n", capsys.readouterr().out)
    # The sandbox of `--sandbox` lives for one command: its key must never reach the journal or the output.
    assert b"sandbox-smspartner-key" not in journal.read_bytes()
    code = cli.main(
        ["send", "--vendor", "smspartner", "--file", str(numbers), "--text", "x", "--journal", str(journal)]
    )
    assert code == 2
    assert "resume it" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["send", "--vendor", "smspartner", "--text", "x"], "give the numbers"),
        (
            ["send", "--vendor", "smspartner", "+33612345678", "--text", "x", "--journal", "j.db"],
            "apply to --file only",
        ),
        (["send", "--vendor", "smspartner", "--file", "/nonexistent/numbers.csv", "--text", "x"], "cannot read"),
        (["campaign", "resume", "--journal", "/nonexistent/run.db"], "no journal at"),
    ],
)
def test_cli_campaign_usage_errors(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(argv) == 2
    assert message in capsys.readouterr().err


def test_a_journal_holds_no_key_even_when_the_vendor_refuses_it(tmp_path: Path) -> None:
    sandbox = Sandbox()
    key = "wrong-secret-key-0123456789"
    client = smsgate.Client(
        "smspartner",
        api_key=key,
        base_url=sandbox.base_url("smspartner"),
        http_client=httpx.Client(transport=sandbox.transport()),
    )
    path = tmp_path / "run.db"
    report = smsgate.send_many(client, french(2), TEXT, journal=path)
    assert report.refused == 2
    with closing(sqlite3.connect(path)) as db:  # closed: an open reader would hold the journal
        errors = [row[0] for row in db.execute("SELECT error_class FROM recipients")]
    assert errors == ["AuthenticationError"] * 2
    for file in tmp_path.iterdir():  # the database and any WAL left
        assert key.encode() not in file.read_bytes()
    # Nor does anything a user prints: the campaign, its entries (with the refusals' messages), the report.
    with smsgate.Campaign.open(path) as campaign:
        shown = repr(campaign) + repr(list(campaign.entries())) + repr(report) + str(report)
    shown += repr(smsgate.FailoverClient([client]))
    assert "AuthenticationError" in shown
    assert key not in shown


def test_read_commands_never_write(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Issue 16 point 10: a report on a missing or foreign file refuses and creates or changes nothing.
    missing = tmp_path / "missing.db"
    assert cli.main(["campaign", "report", "--journal", str(missing)]) == 17
    assert not missing.exists()
    with pytest.raises(smsgate.JournalError, match="no journal"):
        smsgate.Campaign.open(missing)
    assert not missing.exists()
    foreign = tmp_path / "app.db"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE users (id INTEGER)")
    db.close()
    before = foreign.read_bytes()
    assert cli.main(["campaign", "report", "--journal", str(foreign)]) == 17
    assert "not a smsgate journal" in capsys.readouterr().err
    assert foreign.read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["app.db"]


def test_a_reader_reads_while_a_run_holds_the_journal(tmp_path: Path) -> None:
    path = tmp_path / "run.db"
    with smsgate.Campaign.create(path, french(3), TEXT) as campaign:
        campaign.journal.take_run_lock()
        # The campaigns page's sqlite3 line, and a report, read during a run.
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as reader:
            assert reader.execute("select state, count(*) from recipients group by state").fetchall() == [
                ("pending", 3)
            ]
        reader.close()
        with smsgate.Campaign.open(path, read_only=True) as report:
            assert report.report().pending == 3


def test_an_interrupted_journal_creation_is_taken_over(tmp_path: Path) -> None:
    # Issue 16 point 7: a journal made but never given its campaign is no dead end.
    path = tmp_path / "run.db"

    def interrupted() -> Iterator[str]:
        yield "+33612345678"
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        smsgate.Campaign.create(path, interrupted(), TEXT)
    assert not path.exists()  # the file it made is removed
    smsgate.Journal(path).close()  # an empty journal, as a kill -9 before the campaign leaves one
    with pytest.raises(smsgate.JournalError, match=r"holds no campaign.*takes the file over"):
        smsgate.Campaign.open(path)
    with smsgate.Campaign.create(path, french(2), TEXT) as campaign:
        assert campaign.report().pending == 2


def test_a_report_after_a_run_leaves_no_side_file(tmp_path: Path) -> None:
    path = tmp_path / "run.db"
    with sandbox_client("smspartner") as client:
        smsgate.send_many(client, french(2), TEXT, journal=path)
    assert cli.main(["campaign", "report", "--journal", str(path)]) == 0
    assert sorted(child.name for child in tmp_path.iterdir()) == ["run.db"]


@pytest.mark.parametrize(
    ("vendor", "route", "answer"),
    [
        # The list under another key (a vendor rename): the answer tells nothing, never "none received".
        ("smspartner", "/bulk-status-by-tag", {"success": True, "code": 200, "StatutList": [{"phoneNumber": "x"}]}),
        # A message list whose entries are not what the spec says: unreadable, not empty.
        ("messaggi", "/messages/", {"success": True, "data": "nothing here"}),
    ],
)
def test_a_resolve_answer_that_cannot_be_read_leaves_recipients_unknown(
    vendor: str, route: str, answer: dict[str, object]
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path.endswith(route)
        return httpx.Response(200, json=answer)

    client = smsgate.Client(
        vendor, api_key="a-key-for-this-test-0123", base_url="http://vendor.invalid/v1", max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )  # fmt: skip
    with client, smsgate.Campaign.create(None, french(2), TEXT) as campaign:
        campaign.journal.claim(vendor, 2, TEXT)
        campaign.journal.interrupted_to_unknown()  # a run stopped with this batch in flight
        resolved = campaign.resolve(client, settle_seconds=0)
        assert (resolved.received, resolved.not_received, resolved.still_unknown) == (0, 0, 2)
        assert campaign.report().pending == 0  # nothing to be sent again on a guess


def test_resolving_a_messaggi_batch_costs_requests_for_that_batch_not_the_account_history() -> None:
    """Issue 16, point 9: one unknown batch cost 202 requests, a fetch of every message made since."""
    offset = [-3600.0]  # the account's history: an hour before the batch
    sandbox = Sandbox(clock=lambda: time.time() + offset[0])
    inner = sandbox.transport()
    paths: list[str] = []

    class Counting(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            paths.append(request.url.path)
            return inner.handle_request(request)

    client = smsgate.Client(
        "messaggi", api_key=sandbox.api_keys["messaggi"], base_url=sandbox.base_url("messaggi"), max_retries=0,
        http_client=httpx.Client(transport=Counting()),
    )  # fmt: skip
    for n in range(100):
        client.send(f"+3934912{n:05d}", "Vecchio messaggio", sender="ACME")
    offset[0] = 0.0
    campaign = smsgate.Campaign.create(None, french(3), TEXT, sender="ACME")
    sandbox.faults.add("reset_after_read", operation="send_message")
    assert campaign.run(client, concurrency=1).unknown == 3
    offset[0] = 1200.0  # and what the account sent 20 minutes after it
    for n in range(100, 200):
        client.send(f"+3934912{n:05d}", "Messaggio successivo", sender="ACME")
    paths.clear()
    resolved = campaign.resolve(client, settle_seconds=0)
    assert (resolved.received, resolved.still_unknown) == (3, 0)
    assert len(paths) == 3, paths  # the list, the one message made while the batch could be in flight, its recipients
