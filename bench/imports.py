"""Figure 4: what ``import smsgate`` costs over ``import httpx``, in a fresh interpreter.

Each run starts ``python -c``, imports httpx, then smsgate, and times both statements with
``perf_counter`` (the interpreter's own start-up is left out). smsgate imports httpx, so the
figure is the second statement alone: smsgate's own modules. Timing both in one interpreter
rather than subtracting two interpreters' medians keeps httpx's variance (a few hundred ms
without bytecode on a small machine) out of a figure of a few ms.

Bytecode is on, as in any installed package: the runs use a private ``PYTHONPYCACHEPREFIX``
that the first run fills, whatever ``PYTHONDONTWRITEBYTECODE`` says. Without bytecode every run
also compiles every source file; that figure is shown as a note. When the target is missed,
``-X importtime`` names the slowest of smsgate's own modules.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile

from ._common import Row, Settings

SNIPPET = (
    "import time; t0 = time.perf_counter(); import httpx; t1 = time.perf_counter(); import {module};"
    " t2 = time.perf_counter(); print(t1 - t0, t2 - t1)"
)
BUDGET = 0.015


def environment(pycache: str, *, bytecode: bool = True) -> dict[str, str]:
    """The environment of a run: bytecode cached in ``pycache``, or none (every source file compiled).

    With a ``PYTHONPYCACHEPREFIX``, Python reads and writes bytecode only under it: an empty one
    that nothing may write to means no bytecode at all, whatever ``__pycache__`` folders exist.
    """
    env = dict(os.environ, PYTHONPYCACHEPREFIX=pycache)
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def import_seconds(module: str = "smsgate", env: dict[str, str] | None = None) -> tuple[float, float]:
    """(``import httpx``, then ``import module`` on top of it) in seconds, in one fresh interpreter."""
    output = subprocess.run(
        [sys.executable, "-c", SNIPPET.format(module=module)], check=True, capture_output=True, text=True, env=env
    ).stdout
    httpx_seconds, own_seconds = output.strip().splitlines()[-1].split()
    return float(httpx_seconds), float(own_seconds)


def imported_modules(module: str, env: dict[str, str] | None = None) -> list[tuple[str, int, int]]:
    """(name, depth, self us) of every module ``import module`` loads, in ``-X importtime`` order.

    A module's line comes after those of the modules it imported, which are one level deeper.
    """
    lines = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    ).stderr.splitlines()
    found: list[tuple[str, int, int]] = []
    for line in lines:
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        self_us, _, name = line.removeprefix("import time:").split("|", 2)
        depth = (len(name) - len(name.lstrip())) // 2
        found.append((name.strip(), depth, int(self_us.strip())))
    return found


def slowest_imports(
    module: str, count: int = 6, *, beyond: str | None = "httpx", env: dict[str, str] | None = None
) -> list[tuple[str, float]]:
    """(module, seconds) of the slowest imports below ``module``, counting only what ``import beyond`` does not load.

    Each module's time is its own plus that of the modules it imported, less those ``beyond``
    loads too (smsgate imports httpx: its time is httpx's, not smsgate's).
    """
    known = {name for name, _, _ in imported_modules(beyond, env)} if beyond else set()
    children: dict[int, int] = {}  # depth -> microseconds of the finished modules at that depth, not yet claimed
    found: list[tuple[str, float]] = []
    for name, depth, self_us in imported_modules(module, env):
        own_us = self_us + children.pop(depth + 1, 0)
        if name in known:
            continue
        children[depth] = children.get(depth, 0) + own_us
        if name != module:
            found.append((name, own_us / 1e6))
    found.sort(key=lambda item: item[1], reverse=True)
    return found[:count]


def run(settings: Settings) -> list[Row]:
    runs = 3 if settings.quick else max(15, settings.repeats)
    with (
        tempfile.TemporaryDirectory(prefix="smsgate-bench-pycache-") as pycache,
        tempfile.TemporaryDirectory(prefix="smsgate-bench-nocache-") as nocache,
    ):
        env = environment(pycache)
        import_seconds("smsgate", env)  # the first run writes the bytecode
        timings = [import_seconds("smsgate", env) for _ in range(runs)]
        theirs = statistics.median(httpx_seconds for httpx_seconds, _ in timings)
        own = statistics.median(own_seconds for _, own_seconds in timings)
        mine = statistics.median(httpx_seconds + own_seconds for httpx_seconds, own_seconds in timings)
        met = own <= BUDGET
        row = Row(
            "4",
            f"import smsgate (fresh interpreter, bytecode, {runs} runs); +{own * 1e3:.1f} ms",
            mine * 1e3,
            "ms",
            theirs * 1e3,
            "import httpx",
            f"<= +{BUDGET * 1e3:.0f} ms",
            met,
        )
        if not settings.quick:
            no_bytecode = environment(nocache, bytecode=False)
            source_runs = [import_seconds("smsgate", no_bytecode) for _ in range(max(5, runs // 3))]
            row.notes.append(
                "without bytecode (every source file compiled on every run): "
                f"+{statistics.median(own_seconds for _, own_seconds in source_runs) * 1e3:.1f} ms over "
                f"{statistics.median(httpx_seconds for httpx_seconds, _ in source_runs) * 1e3:.0f} ms for httpx"
            )
        if not met or not settings.quick:
            heavy = slowest_imports("smsgate", env=env)
            row.notes.append(
                "slowest of smsgate's own imports (with what they import beyond httpx, under -X importtime): "
                + ", ".join(f"{name} {seconds * 1e3:.1f} ms" for name, seconds in heavy[:5])
            )
    return [row]
