"""Figure 5: ``python -m generator`` wall time for all specs, into a temporary ``--output``.

``generated/`` is never touched. There is no baseline to hold it against: the figure is reported.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ._common import Row, Settings

ROOT = Path(__file__).resolve().parent.parent


def regenerate_once() -> float:
    with tempfile.TemporaryDirectory(prefix="smsgate-bench-gen-") as scratch:
        output = Path(scratch) / "generated"
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "generator", "--output", str(output)],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )
        elapsed = time.perf_counter() - started
        assert (output / "_smsgate_generated" / "smspartner" / "openapi.json").is_file()
    return elapsed


def run(settings: Settings) -> list[Row]:
    runs = 1 if settings.quick else 3
    times = [regenerate_once() for _ in range(runs)]
    return [Row("5", f"python -m generator, all specs ({runs} runs)", statistics.median(times), "s", target="reported")]
