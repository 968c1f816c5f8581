"""``python -m bench [--scale S] [--only 1,2,...] [--repeats N]``: print smsgate's figures."""

from __future__ import annotations

import argparse
import platform
import sys
import time

from . import bulk, campaign, imports, overhead, preview, regen, send, throughput, webhooks, xmlparse
from ._common import Row, Settings, table
from .server import ServerProcess

FIGURES = "123456789"


def run(settings: Settings, only: str = FIGURES) -> list[Row]:
    rows: list[Row] = []
    if "1" in only:
        rows += overhead.run(settings)
        rows += send.run(settings)
    if "2" in only or "6" in only:
        with ServerProcess() as server:
            workload = bulk.prepare(server, settings.scaled(bulk.MESSAGES))
            demanded = {"bulk-status": 0.0, "message-status": 0.0}
            if "2" in only:
                figure, demanded = bulk.run(settings, server, workload)
                rows += figure
            if "6" in only:
                rows += throughput.run(settings, server, workload, demanded)
    if "3" in only:
        rows += xmlparse.run(settings)
    if "4" in only:
        rows += imports.run(settings)
    if "5" in only:
        rows += regen.run(settings)
    if "7" in only:
        rows += webhooks.run(settings)
    if "8" in only:
        rows += xmlparse.memory(settings)
    if "9" in only:
        rows += preview.run(settings)
        with ServerProcess() as server:
            rows += campaign.run(settings, server)
    return sorted(rows, key=lambda row: row.figure[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0, help="workload size factor (1.0: the real figures)")
    parser.add_argument("--repeats", type=int, default=5, help="runs per measurement (the median is shown)")
    parser.add_argument("--only", default=FIGURES, help="which figures, e.g. 1,3 (default: all)")
    parser.add_argument("--quick", action="store_true", help="tiny sizes, short latency: checks, not figures")
    args = parser.parse_args(argv)
    if args.scale <= 0 or args.repeats < 1:
        parser.error("--scale must be > 0 and --repeats >= 1")
    settings = Settings(scale=args.scale, repeats=args.repeats, quick=args.quick)
    started = time.perf_counter()
    rows = run(settings, "".join(ch for ch in args.only if ch in FIGURES))
    print(f"smsgate bench: Python {platform.python_version()}, {platform.machine()}, scale {args.scale:g}")
    print(table(rows))
    for row in rows:
        for note in row.notes:
            print(f"  [{row.figure}] {note}")
    missed = [row for row in rows if row.met is False]
    met = sum(row.met is True for row in rows)
    print(f"targets: {met} met, {len(missed)} missed ({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
