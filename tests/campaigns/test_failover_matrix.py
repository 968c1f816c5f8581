"""The failover matrix: every fault mode on the first vendor x every fault mode on the second x sends of
1, 10 and 1,000 recipients, over every ordered pair of vendors.

A fault mode is: none; each sandbox fault kind (``smsgate.sandbox.FaultKind``) hitting the next
request, the next three, or every request; an account without credit; a wrong key. Each vendor has
its own sandbox, so that what each received is known. Every run checks:

- 0 duplicates: no number received the message twice, across both vendors;
- 0 silent drops: every recipient ends accepted, refused or unknown (none pending or in flight);
- the journal tells the truth: an accepted recipient was received by the vendor the journal
  names, a refused one by none; an unknown one is resolved by asking the vendors, and the
  answer matches what they really received;
- the second vendor, fault-free, leaves no recipient refused.

Each combination is sent one of three ways (by its place in the matrix): a plain text, a dry run
(the vendors' test modes; Primotexto's makes no request), or a template (a text per recipient).
Messaggi v2 has no reference field: its unknown outcomes cannot be resolved and stay unknown.

``SMSGATE_FAILOVER_RUNS=all`` runs the whole matrix (``nox -s failover_matrix``: 26,244 runs;
``SMSGATE_FAILOVER_RANGE=START:STOP`` a slice of it); a number N runs N combinations drawn at
random (seeded; the default run does 60).
"""

from __future__ import annotations

import asyncio
import itertools
import os
import random
import sys
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

import httpx
import pytest
import smsgate
from smsgate.sandbox import FaultKind, Sandbox
from smsgate.sandbox._sandbox import DEFAULT_API_KEYS
from smsgate.testing import async_sandbox_client, sandbox_client

pytestmark = pytest.mark.reliability  # smsgate's own logic, not the interpreter's: on one Python per nox run

VENDORS = ("smspartner", "primotexto", "messaggi", "messaggi_v2")
VARIANTS = ("plain", "dry run", "template")
SIZES = (1, 10, 1000)
TIMES: tuple[int | None, ...] = (1, 3, None)  # the next request, the next three, every request
SENDER = {"smspartner": None, "primotexto": None, "messaggi": "ACME", "messaggi_v2": "ACME"}
SEED = int(os.environ.get("SMSGATE_FAILOVER_SEED", str(random.randrange(2**32))))
SELECTION = os.environ.get("SMSGATE_FAILOVER_RUNS", "60")
FIGURES: Counter[str] = Counter()


@dataclass(frozen=True)
class Mode:
    """What goes wrong with one vendor for one run."""

    kind: str  # "none", a FaultKind value, "no_credit" or "bad_key"
    times: int | None = None

    def __str__(self) -> str:
        return self.kind if self.kind in ("none", "no_credit", "bad_key") else f"{self.kind}x{self.times or 'all'}"


MODES = (
    Mode("none"),
    *(Mode(kind.value, times) for kind in FaultKind for times in TIMES),
    Mode("no_credit"),
    Mode("bad_key"),
)
COMBINATIONS = [
    (first, second, first_mode, second_mode, size, VARIANTS[index % len(VARIANTS)])
    for index, ((first, second), first_mode, second_mode, size) in enumerate(
        itertools.product(itertools.permutations(VENDORS, 2), MODES, MODES, SIZES)
    )
]
Combination = tuple[str, str, Mode, Mode, int, str]


def selected() -> list[Combination]:
    if SELECTION == "all":
        # SMSGATE_FAILOVER_RANGE=START:STOP runs a slice of the whole matrix (to share it between processes).
        start, _, stop = os.environ.get("SMSGATE_FAILOVER_RANGE", ":").partition(":")
        return COMBINATIONS[int(start or 0) : int(stop or len(COMBINATIONS))]
    return random.Random(SEED).sample(COMBINATIONS, min(int(SELECTION), len(COMBINATIONS)))


def numbers(size: int) -> list[str]:
    return [f"+3361{n:07d}" for n in range(100_000, 100_000 + size)]


def sandbox_for(mode: Mode, vendor: str) -> Sandbox:
    # "bad_key": the sandbox expects another key than the one the client has.
    keys = {vendor: "another-key-0123456789"} if mode.kind == "bad_key" else None
    sandbox = Sandbox(initial_credits=0 if mode.kind == "no_credit" else Decimal(10**6), api_keys=keys)
    if mode.kind not in ("none", "no_credit", "bad_key"):
        # Waits of 0: the fault's path runs without slowing 13,000 runs down (timeouts have their own suites).
        sandbox.faults.add(mode.kind, times=mode.times, vendor=vendor, seconds=0)
    return sandbox


def one_run(
    first: str, second: str, first_mode: Mode, second_mode: Mode, size: int, variant: str, *, use_async: bool
) -> None:
    sandboxes = {first: sandbox_for(first_mode, first), second: sandbox_for(second_mode, second)}
    recipients = numbers(size)
    # One sender for every vendor that needs one (Messaggi); the others are given none.
    sender = {vendor: name for vendor, name in SENDER.items() if name}
    if variant == "template":
        filled = [(number, {"n": str(index)}) for index, number in enumerate(recipients)]
        campaign = smsgate.Campaign.create(None, filled, "Votre code : {n}", sender=sender)
    else:
        campaign = smsgate.Campaign.create(None, recipients, "Votre code : 123456", sender=sender,
                                           dry_run=variant == "dry run")  # fmt: skip
    breaker = smsgate.CircuitBreaker(failures=3, cooldown=60)
    if use_async:

        async def run() -> None:
            clients = [
                smsgate.AsyncClient(
                    vendor,
                    api_key=DEFAULT_API_KEYS[vendor],
                    base_url=sandboxes[vendor].base_url(vendor),
                    http_client=httpx.AsyncClient(transport=sandboxes[vendor].transport()),
                    max_retries=1,
                )
                for vendor in (first, second)
            ]
            await campaign.run_async(smsgate.AsyncFailoverClient(clients, breaker=breaker, rate_limit_wait=1))

        asyncio.run(run())
    else:
        clients = [
            smsgate.Client(
                vendor,
                api_key=DEFAULT_API_KEYS[vendor],
                base_url=sandboxes[vendor].base_url(vendor),
                http_client=httpx.Client(transport=sandboxes[vendor].transport()),
                max_retries=1,
            )
            for vendor in (first, second)
        ]
        campaign.run(smsgate.FailoverClient(clients, breaker=breaker, rate_limit_wait=1), sleep=lambda _: None)
    check(campaign, sandboxes, recipients, second_mode)


def check(campaign: smsgate.Campaign, sandboxes: dict[str, Sandbox], recipients: list[str], second_mode: Mode) -> None:
    dry_run = campaign.report().dry_run
    received = {vendor: sandbox.recipients_received() for vendor, sandbox in sandboxes.items()}
    total = Counter[str]()
    for counts in received.values():
        total.update(counts)
    assert max(total.values(), default=0) <= 1, "a recipient received the message twice"
    entries = list(campaign.entries())
    assert len(entries) == len(recipients)
    unknown = []
    for entry in entries:
        if entry.state is smsgate.RecipientState.ACCEPTED:
            assert entry.vendor is not None
            # A Primotexto dry run makes no request: accepted, and received by nobody.
            expected = 0 if dry_run and entry.vendor == "primotexto" else 1
            assert received[entry.vendor][entry.number] == expected, f"{entry.number}: accepted, received wrongly"
        elif entry.state is smsgate.RecipientState.REFUSED:
            assert total[entry.number] == 0, f"{entry.number}: refused but received"
        else:
            assert entry.state is smsgate.RecipientState.UNKNOWN, f"{entry.number} left {entry.state}"
            unknown.append(entry.number)
        FIGURES[entry.state.value] += 1
    if second_mode.kind == "none":
        assert not any(entry.state is smsgate.RecipientState.REFUSED for entry in entries), "a healthy vendor refused"
    if unknown:
        for sandbox in sandboxes.values():
            sandbox.faults.clear()
        clients = [sandbox_client(vendor, sandbox=sandbox) for vendor, sandbox in sandboxes.items()]  # their own keys
        unanswerable = {entry.number for entry in entries if entry.number in unknown and entry.vendor == "messaggi_v2"}
        resolution = campaign.resolve(smsgate.FailoverClient(clients), settle_seconds=0)
        assert resolution.still_unknown == len(unanswerable)
        FIGURES["unknown, left unknown (Messaggi v2)"] += len(unanswerable)
        for number in unknown:
            resolved = campaign.journal.entry(number)
            assert resolved is not None
            if number in unanswerable:
                assert resolved.state is smsgate.RecipientState.UNKNOWN
                continue
            found = resolved.state is smsgate.RecipientState.ACCEPTED
            assert found == bool(total[number]), f"{number}: resolved {resolved.state}, received {total[number]}"
            FIGURES["unknown, found" if found else "unknown, confirmed not received"] += 1
    FIGURES["runs"] += 1
    FIGURES["recipients"] += len(recipients)


def test_failover_matrix() -> None:
    combinations = selected()
    for index, (first, second, first_mode, second_mode, size, variant) in enumerate(combinations):
        if len(combinations) > 1000 and index % 500 == 0:  # the long session says how far it got
            print(f"failover matrix: {index}/{len(combinations)} runs", file=sys.__stderr__, flush=True)
        try:
            one_run(first, second, first_mode, second_mode, size, variant, use_async=index % 2 == 1)
        except AssertionError as failure:
            raise AssertionError(
                f"{first}:{first_mode} -> {second}:{second_mode}, {size} recipients, {variant}: {failure}"
            ) from None
        FIGURES[f"variant {variant}"] += 1


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_dead_first_vendor_is_skipped_once_its_breaker_opens(use_async: bool) -> None:
    """With the first vendor refusing every connection, only its first three batches pay for it."""
    dead, healthy = Sandbox(), Sandbox()
    dead.faults.add(FaultKind.RESET_BEFORE_READ, times=None)
    breaker = smsgate.CircuitBreaker(failures=3, cooldown=60)
    campaign = smsgate.Campaign.create(None, numbers(20), "Votre code : 123456")
    if use_async:

        async def run() -> smsgate.CampaignReport:
            clients = [
                async_sandbox_client("primotexto", sandbox=dead, max_retries=0),
                async_sandbox_client("smspartner", sandbox=healthy),
            ]
            return await campaign.run_async(smsgate.AsyncFailoverClient(clients, breaker=breaker), concurrency=1)

        report = asyncio.run(run())
    else:
        clients = [
            sandbox_client("primotexto", sandbox=dead, max_retries=0),
            sandbox_client("smspartner", sandbox=healthy),
        ]
        report = campaign.run(smsgate.FailoverClient(clients, breaker=breaker), concurrency=1)
    assert report.complete
    assert dead.sends_received() == 0
    assert all(healthy.recipients_received()[number] == 1 for number in numbers(20))
    # Three one-number batches (Primotexto's size) tried the dead vendor and went on to the healthy one,
    # one request each; then the breaker was open, and the 17 others went straight there, in one request.
    assert report.requests == 3 + 3 + 1


def terminal_summary() -> list[str]:
    if not FIGURES["runs"]:
        return []
    return [
        f"failover matrix (seed {SEED}): {FIGURES['runs']} runs of {len(VENDORS)} vendors in ordered pairs x "
        f"{len(MODES)} fault modes each x sizes {'/'.join(map(str, SIZES))} (plain {FIGURES['variant plain']}, "
        f"dry run {FIGURES['variant dry run']}, template {FIGURES['variant template']}), "
        f"{FIGURES['recipients']} recipients: "
        f"{FIGURES['accepted']} accepted, {FIGURES['refused']} refused by every vendor, {FIGURES['unknown']} unknown "
        f"({FIGURES['unknown, found']} found at the vendor, {FIGURES['unknown, confirmed not received']} confirmed "
        f"not received, {FIGURES['unknown, left unknown (Messaggi v2)']} left unknown on Messaggi v2); "
        "0 duplicates, 0 silent drops"
    ]
