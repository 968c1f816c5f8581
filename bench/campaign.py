"""Figure 9: a campaign of 100,000 recipients through SMS Partner, sandbox over loopback, +50 ms a request.

(a) the campaign with its journal in a file (``send_many(..., journal="run.db")``): wall time from
the recipient list to the last answer (journal creation, number checks, 200 requests of 500
numbers, 4 at a time), and recipients a second. (b) the same with the in-memory journal: the
file's cost is (a)/(b), target <= 1.10. (c) resume of a 100,000-recipient journal file with 50 %
already accepted: seconds from ``Campaign.open`` to the first new request leaving (target <= 1 s),
the resume then runs to the end and is checked complete.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

import httpx
import smsgate

from ._common import Row, Settings
from .bulk import set_latency
from .server import ServerProcess

RECIPIENTS = 100_000
LATENCY = 0.050
CONCURRENCY = 4
RUNS = 3
JOURNAL_COST = 1.10  # (a) at most this many times (b)
FIRST_SEND = 1.0  # seconds


def numbers(count: int, offset: int) -> list[str]:
    return [f"+336{offset + n:08d}" for n in range(count)]


def _client(server: ServerProcess, hook: httpx.Client | None = None) -> smsgate.Client:
    key = server.keys["smspartner"]
    return smsgate.Client("smspartner", api_key=key, base_url=server.base_url("smspartner"), http_client=hook)


def campaign_run(server: ServerProcess, recipients: list[str], journal: Path | None) -> float:
    started = time.perf_counter()
    with _client(server) as client:
        report = smsgate.send_many(client, recipients, "Bench campaign", journal=journal, concurrency=CONCURRENCY)
    seconds = time.perf_counter() - started
    assert report.complete, report
    return seconds


def half_done_journal(path: Path, recipients: list[str]) -> None:
    """A journal of ``recipients`` whose first half is accepted, as a run stopped half way leaves it."""
    with smsgate.Campaign.create(path, recipients, "Bench campaign") as campaign:
        journal = campaign.journal
        done = 0
        while done < len(recipients) // 2:
            claimed = journal.claim("smspartner", 500, campaign.text)
            assert claimed is not None
            journal.accepted([position for position, _ in claimed.recipients], f"bench-{claimed.batch}")
            done += len(claimed.recipients)


def time_to_first_send(server: ServerProcess, path: Path) -> float:
    first: list[float] = []

    def note(request: httpx.Request) -> None:
        if not first:
            first.append(time.perf_counter())

    http = httpx.Client(event_hooks={"request": [note]})
    started = time.perf_counter()
    with smsgate.Campaign.open(path) as campaign, _client(server, http) as client:
        report = campaign.run(client, concurrency=CONCURRENCY)
    http.close()
    assert report.complete, report
    return first[0] - started


def run(settings: Settings, server: ServerProcess) -> list[Row]:
    count = settings.scaled(RECIPIENTS, minimum=1000)
    latency = 0.005 if settings.quick else LATENCY
    runs = 1 if settings.quick else min(RUNS, settings.repeats)
    file_times: list[float] = []
    memory_times: list[float] = []
    first_sends: list[float] = []
    set_latency(server, latency)
    try:
        with tempfile.TemporaryDirectory() as folder:
            # Warm-up: imports, phonenumbers' metadata, connections; not timed.
            campaign_run(server, numbers(1000, 9 * count), Path(folder, "warm-up.db"))
            for attempt in range(runs):  # interleaved, so that a slow moment does not favour one variant
                offset = attempt * 4 * count
                file_times.append(campaign_run(server, numbers(count, offset), Path(folder, f"run{attempt}.db")))
                memory_times.append(campaign_run(server, numbers(count, offset + count), None))
                resumed = Path(folder, f"resume{attempt}.db")
                half_done_journal(resumed, numbers(count, offset + 2 * count))
                first_sends.append(time_to_first_send(server, resumed))
    finally:
        set_latency(server, None)
    on_file, in_memory, first_send = (statistics.median(times) for times in (file_times, memory_times, first_sends))
    where = (
        f"{count:,} recipients, SMS Partner batches of 500, {CONCURRENCY} at a time, +{latency * 1e3:.0f} ms/request"
    )
    return [
        Row(
            "10",
            f"campaign, journal file: {count / on_file:,.0f} recipients/s",
            on_file,
            "s",
            in_memory,
            "b",
            f"ratio <= {JOURNAL_COST}",
            on_file <= in_memory * JOURNAL_COST,
            notes=[f"workload: {where}; {server.pinning}"],
        ),
        Row("10b", f"campaign, in-memory journal: {count / in_memory:,.0f} recipients/s", in_memory, "s"),
        Row(
            "10c",
            f"resume of a {count:,}-recipient journal 50 % done: time to the first new send",
            first_send,
            "s",
            target=f"<= {FIRST_SEND:g} s",
            met=first_send <= FIRST_SEND,
        ),
    ]
