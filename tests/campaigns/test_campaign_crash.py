"""The crash test: a bulk send of 2,000 recipients killed with SIGKILL at a random instant, then resumed.

Each run: a fresh sandbox server; a forked process (``tests/crash_worker.py``) starts a campaign
with a journal file and is killed at a random instant spread over the whole run (calibrated on an
uninterrupted run of the same vendor). Then, in this process:

1. the journal is read as the killed run left it: no recipient was received twice, every
   accepted one was received, every pending one was not (pending means provably not sent);
2. resume: only pending recipients are sent to; what was in flight is now unknown, never resent;
3. resolve: the vendor is asked about each unknown recipient, and its answer matches what the
   sandbox really received (found -> accepted, never received -> pending);
4. resume again: every one of the 2,000 recipients received the message exactly once.

``SMSGATE_CRASH_RUNS`` sets the number of runs (``nox -s crash``: 1,000); the default run does one
per kind of run. Unix only (fork and SIGKILL).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest
import smsgate
from smsgate.sandbox import Sandbox, start_server

pytestmark = [
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the crash test forks and kills processes"),
    pytest.mark.reliability,  # smsgate's own logic, not the interpreter's: on one Python per nox run
]

RECIPIENTS = 2000
RUNS = int(os.environ.get("SMSGATE_CRASH_RUNS", str(6)))  # one killed run of each kind
SEED = int(os.environ.get("SMSGATE_CRASH_SEED", str(random.randrange(2**32))))
# Batches small enough that a run makes many requests, so kill points fall between and inside them.
# Each kind of run is a vendor and the send options it is made with: dry runs (SMS Partner's test
# mode), templates (a text per recipient, so a request per recipient) and Messaggi v2 (no reference
# field: its unknown outcomes cannot be resolved and stay unknown, never resent) included.
KINDS: dict[str, dict[str, Any]] = {
    "smspartner": {"vendor": "smspartner", "batch_size": 20, "concurrency": 4, "sender": None},
    "messaggi": {"vendor": "messaggi", "batch_size": 20, "concurrency": 4, "sender": "ACME"},
    "primotexto": {"vendor": "primotexto", "batch_size": 1, "concurrency": 8, "sender": None},
    "smspartner dry run": {"vendor": "smspartner", "batch_size": 20, "concurrency": 4, "sender": None, "dry_run": True},
    "messaggi template": {"vendor": "messaggi", "batch_size": 20, "concurrency": 4, "sender": "ACME", "template": True},
    "messaggi_v2": {"vendor": "messaggi_v2", "batch_size": 1, "concurrency": 8, "sender": "ACME"},
}
NUMBERS = {
    "smspartner": [f"+3366{n:07d}" for n in range(10_000, 10_000 + RECIPIENTS)],
    "primotexto": [f"+3367{n:07d}" for n in range(10_000, 10_000 + RECIPIENTS)],
    "messaggi": [f"+39347{n:07d}" for n in range(10_000, 10_000 + RECIPIENTS)],
    "messaggi_v2": [f"+39348{n:07d}" for n in range(10_000, 10_000 + RECIPIENTS)],
}
TEXT = "Votre code : 123456"
TEMPLATE = "Bonjour {name}, votre code : 123456"


def recipients(kind: str) -> list[Any]:
    """The campaign's recipients: numbers, or (number, fields) pairs for a template."""
    numbers = NUMBERS[KINDS[kind]["vendor"]]
    if KINDS[kind].get("template"):
        return [[number, {"name": f"N{index}"}] for index, number in enumerate(numbers)]
    return list(numbers)


FIGURES: Counter[str] = Counter()


class Zygote:
    """The forking worker process (tests/crash_worker.py), spoken to over its stdin and stdout."""

    def __init__(self) -> None:
        script = Path(__file__).resolve().parents[1] / "crash_worker.py"
        self.process = subprocess.Popen(
            [sys.executable, str(script)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )

    def ask(self, request: dict[str, Any]) -> dict[str, Any]:
        stdin: IO[str] | None = self.process.stdin
        stdout: IO[str] | None = self.process.stdout
        assert stdin is not None
        assert stdout is not None
        stdin.write(json.dumps(request) + "\n")
        stdin.flush()
        answer: dict[str, Any] = json.loads(stdout.readline())
        return answer

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def zygote() -> Iterator[Zygote]:
    worker = Zygote()
    yield worker
    worker.close()


def settings(kind: str, base_url: str, sandbox: Sandbox, journal: Path) -> dict[str, Any]:
    vendor = KINDS[kind]["vendor"]
    return {
        "api_key": sandbox.api_keys[vendor],
        "base_url": base_url,
        "journal": str(journal),
        "recipients": recipients(kind),
        "text": TEMPLATE if KINDS[kind].get("template") else TEXT,
        **KINDS[kind],
    }


def one_run(zygote: Zygote, kind: str, kill_after: float | None, tmp: Path) -> float:
    """One run killed after ``kill_after`` seconds (None: not killed); checks everything; returns its duration."""
    sandbox = Sandbox(initial_credits=10**6)
    vendor = KINDS[kind]["vendor"]
    journal = tmp / f"{vendor}-{time.monotonic_ns()}.db"
    with start_server(sandbox) as running:
        child = zygote.ask({"run": settings(kind, running.base_url(vendor), sandbox, journal)})
        if kill_after is not None:
            time.sleep(kill_after)
            os.kill(child["pid"], signal.SIGKILL)  # the child is ours, alive or a zombie until reaped
        reaped = zygote.ask({"reap": child["pid"]})
        killed = os.WIFSIGNALED(reaped["status"])
        assert killed or os.WEXITSTATUS(reaped["status"]) == 0, "the worker failed on its own (see stderr)"
        if kill_after is not None:
            FIGURES["killed" if killed else "finished before the kill"] += 1
        with smsgate.Client(vendor, api_key=sandbox.api_keys[vendor], base_url=running.base_url(vendor)) as client:
            check_resumed(kind, sandbox, client, journal)
    journal.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(f"{journal}{suffix}").unlink(missing_ok=True)
    return float(reaped["seconds"])


def check_resumed(kind: str, sandbox: Sandbox, client: smsgate.Client, journal: Path) -> None:
    vendor = KINDS[kind]["vendor"]
    numbers = NUMBERS[vendor]
    received = sandbox.recipients_received(vendor)
    assert max(received.values(), default=0) <= 1, "a recipient was sent the message twice by the killed run"
    with smsgate.Journal(journal) as opened:
        started = opened.is_started()
    if not started:  # killed while the journal was being written: nothing can have been sent
        assert not received
        FIGURES["killed before the campaign was saved"] += 1
        made = settings(kind, client.base_url, sandbox, journal)
        campaign = smsgate.Campaign.create(
            journal,
            [tuple(recipient) if isinstance(recipient, list) else recipient for recipient in made["recipients"]],
            made["text"],
            sender=made["sender"],
            dry_run=made.get("dry_run", False),
        )
    else:
        campaign = smsgate.Campaign.open(journal)
    with campaign:
        states = {entry.number: entry.state for entry in campaign.entries()}
        assert len(states) == RECIPIENTS
        for number, state in states.items():
            if state is smsgate.RecipientState.ACCEPTED:
                assert received[number] == 1, f"{number} is accepted in the journal but was not received"
            elif state is smsgate.RecipientState.PENDING:
                assert received[number] == 0, f"{number} is pending in the journal but was received"
        in_flight = sum(state is smsgate.RecipientState.IN_FLIGHT for state in states.values())
        FIGURES["in flight at the kill"] += in_flight

        sizes = {vendor: int(KINDS[kind]["batch_size"])}
        report = campaign.run(client, batch_sizes=sizes, concurrency=4)
        received = sandbox.recipients_received(vendor)
        assert max(received.values()) <= 1, "the resume sent a message twice"
        assert (report.pending, report.refused, report.unknown) == (0, 0, in_flight)
        assert report.accepted + report.unknown == RECIPIENTS

        unknown = {entry.number for entry in campaign.entries(smsgate.RecipientState.UNKNOWN)}
        resolved = campaign.resolve(client, settle_seconds=0)
        if vendor == "messaggi_v2":  # no reference to ask by: unknown stays unknown, never resent
            assert resolved.still_unknown == len(unknown)
            final = campaign.run(client, batch_sizes=sizes, concurrency=4)
            assert (final.accepted, final.unknown) == (RECIPIENTS - len(unknown), len(unknown))
            received = sandbox.recipients_received(vendor)
            assert max(received.values()) <= 1, "a recipient was sent the message twice"
            assert all(received[number] == 1 for number in numbers if number not in unknown), "a recipient was dropped"
            FIGURES["unknown, left unknown (Messaggi v2)"] += len(unknown)
            FIGURES["recipients checked"] += RECIPIENTS
            return
        assert resolved.still_unknown == 0, "the vendor could not tell about an unknown recipient"
        for number in unknown:
            entry = campaign.journal.entry(number)
            assert entry is not None
            expected = smsgate.RecipientState.ACCEPTED if received[number] else smsgate.RecipientState.PENDING
            assert entry.state is expected, f"{number}: resolved {entry.state}, the vendor received {received[number]}"
        FIGURES["unknown, found at the vendor"] += resolved.received
        FIGURES["unknown, confirmed never received"] += resolved.not_received

        final = campaign.run(client, batch_sizes=sizes, concurrency=4)
        assert final.complete, final
        received = sandbox.recipients_received(vendor)
        assert all(received[number] == 1 for number in numbers), "a recipient was not received exactly once"
        assert sum(received.values()) == RECIPIENTS
        FIGURES["recipients checked"] += RECIPIENTS


def test_killed_campaigns_resume_without_duplicates_or_drops(zygote: Zygote, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    durations = {kind: one_run(zygote, kind, None, tmp_path) for kind in KINDS}
    kinds = list(KINDS)
    for run in range(RUNS):
        kind = kinds[run % len(kinds)]
        # Kill points spread over the whole run, a little past its usual end too.
        one_run(zygote, kind, rng.uniform(0, durations[kind] * 1.05), tmp_path)
        FIGURES["runs"] += 1
        if RUNS > 100 and run % 50 == 0:  # the long session says how far it got
            print(f"crash test: {run}/{RUNS} runs, {dict(FIGURES)}", file=sys.__stderr__, flush=True)
    assert FIGURES["runs"] == RUNS


def terminal_summary() -> list[str]:
    if not FIGURES["runs"]:
        return []
    return [
        f"campaign crash test (seed {SEED}): {FIGURES['runs']} runs of {RECIPIENTS} recipients killed with SIGKILL "
        f"({FIGURES['killed']} killed mid-run, {FIGURES['finished before the kill']} finished first, "
        f"{FIGURES['killed before the campaign was saved']} before the journal was saved); "
        f"{FIGURES['in flight at the kill']} recipients in flight at the kill, "
        f"{FIGURES['unknown, found at the vendor']} found at the vendor, "
        f"{FIGURES['unknown, confirmed never received']} confirmed never received and sent on resume, "
        f"{FIGURES['unknown, left unknown (Messaggi v2)']} left unknown (Messaggi v2, never resent); "
        f"{FIGURES['recipients checked']} recipients checked: 0 duplicates, 0 dropped"
    ]
