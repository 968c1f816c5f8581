"""What every figure shares: timing, medians, the result rows and the printed table."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Settings:
    scale: float = 1.0
    repeats: int = 5  # runs per measurement; the figure is their median
    quick: bool = False  # tiny sizes for the tests: correctness, no meaningful timing

    def scaled(self, count: int, minimum: int = 1) -> int:
        return max(minimum, round(count * self.scale))


@dataclass
class Row:
    """One measured line: the median, its baseline (same unit) and the ratio between them."""

    figure: str
    what: str
    value: float
    unit: str  # "s", "ms", "us" or "req/s"; value and baseline are in it
    baseline: float | None = None
    baseline_what: str = ""
    target: str = ""
    met: bool | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline == 0:
            return None
        return self.value / self.baseline


def median_time(run: Callable[[], object], repeats: int, *, warmup: int = 1) -> float:
    """The median wall time in seconds of ``repeats`` calls of ``run``, after ``warmup`` calls."""
    for _ in range(warmup):
        run()
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def median_per_call(run: Callable[[], object], calls: int, repeats: int) -> float:
    """The median, over ``repeats`` batches, of the mean seconds per call in a batch of ``calls``."""

    def batch() -> None:
        for _ in range(calls):
            run()

    return median_time(batch, repeats, warmup=1) / calls


def interleaved(
    runs: Mapping[str, Callable[[], object]],
    calls: int,
    repeats: int,
    clock: Callable[[], float] = time.process_time,
) -> dict[str, float]:
    """The median seconds per call of each of ``runs``, measured in turns: batch ``i`` of every run
    before batch ``i + 1`` of any, after one warm-up batch each.

    On a shared machine the load moves during a figure; measured in turns, the runs compared in a
    ratio see the same load (``median_per_call`` of one, then of the other, would not). The clock
    is this process's CPU time: the runs compared here do no I/O (``httpx.MockTransport``, a fake
    HTTP client), so the time the machine gives other sessions is not counted to either side.
    """
    times: dict[str, list[float]] = {name: [] for name in runs}
    for index in range(repeats + 1):
        for name, run in runs.items():
            started = clock()
            for _ in range(calls):
                run()
            if index:  # the first round warms up
                times[name].append((clock() - started) / calls)
    return {name: statistics.median(seconds) for name, seconds in times.items()}


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "req/s":
        return f"{value:,.0f} req/s"
    if unit == "us":
        return f"{value:,.1f} us"
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "ms":
        return f"{value:,.1f} ms"
    return f"{value:,.2f} s"


def table(rows: Sequence[Row]) -> str:
    header = ("#", "measure", "median", "baseline", "ratio", "target", "met")
    lines = [
        (
            row.figure,
            row.what,
            fmt(row.value, row.unit),
            (fmt(row.baseline, row.unit) + (f" ({row.baseline_what})" if row.baseline_what else ""))
            if row.baseline is not None
            else "-",
            "-" if row.ratio is None else f"{row.ratio:.2f}",
            row.target or "-",
            {True: "yes", False: "NO", None: "-"}[row.met],
        )
        for row in rows
    ]
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *lines, strict=True)]
    out = ["  ".join(cell.ljust(width) for cell, width in zip(header, widths, strict=True)).rstrip()]
    out.append("  ".join("-" * width for width in widths))
    out += ["  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip() for line in lines]
    return "\n".join(out)
