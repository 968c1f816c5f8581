"""Figure 4: ``import smsgate`` vs ``import httpx``, each in a fresh interpreter.

Each run starts ``python -c`` and times the import statement itself with ``perf_counter`` (the
interpreter's own start-up is the same for both and left out). smsgate imports httpx, so the
difference is smsgate's own modules. When the target is missed, ``-X importtime`` names the
slowest modules smsgate pulls in.
"""

from __future__ import annotations

import statistics
import subprocess
import sys

from ._common import Row, Settings

SNIPPET = "import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
BUDGET = 0.030


def import_seconds(module: str) -> float:
    output = subprocess.run(
        [sys.executable, "-c", SNIPPET.format(module=module)], check=True, capture_output=True, text=True
    ).stdout
    return float(output.strip().splitlines()[-1])


def slowest_imports(module: str, count: int = 6) -> list[tuple[str, float]]:
    """(module, cumulative seconds) of the slowest imports below ``module``, from ``-X importtime``."""
    lines = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"], check=True, capture_output=True, text=True
    ).stderr.splitlines()
    found: list[tuple[str, float]] = []
    for line in lines:
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative_us, name = line.split("|", 2)
        found.append((name.strip(), int(cumulative_us.strip()) / 1e6))
    found.sort(key=lambda item: item[1], reverse=True)
    return found[:count]


def run(settings: Settings) -> list[Row]:
    runs = 3 if settings.quick else max(7, settings.repeats)
    ours: list[float] = []
    theirs: list[float] = []
    import_seconds("smsgate")  # the first run compiles bytecode where it is missing
    for _ in range(runs):  # alternated, so that a noisy moment hits both
        ours.append(import_seconds("smsgate"))
        theirs.append(import_seconds("httpx"))
    mine, base = statistics.median(ours), statistics.median(theirs)
    met = mine - base <= BUDGET
    row = Row(
        "4",
        f"import smsgate (fresh interpreter, {runs} runs); +{(mine - base) * 1e3:.1f} ms",
        mine * 1e3,
        "ms",
        base * 1e3,
        "import httpx",
        f"<= +{BUDGET * 1e3:.0f} ms",
        met,
    )
    if not met or not settings.quick:
        heavy = [(name, seconds) for name, seconds in slowest_imports("smsgate") if name != "smsgate"]
        row.notes.append(
            "slowest imports under smsgate (cumulative): "
            + ", ".join(f"{name} {seconds * 1e3:.1f} ms" for name, seconds in heavy[:5])
        )
    return [row]
