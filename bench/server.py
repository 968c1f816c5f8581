"""The sandbox server in its own process, pinned to one core: ``python -m bench.server [--cpu N]``.

It prints one JSON line (``{"url": ..., "keys": {...}}``) once it listens and stops when its
standard input closes. A separate process keeps the server off the benchmark's interpreter lock,
so a figure measures the client, not the two fighting over one GIL.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import IO, Self

ROOT = Path(__file__).resolve().parent.parent
CREDITS = Decimal(10_000_000)  # enough for any scale: the bench measures, it does not run out


def main(argv: list[str] | None = None) -> int:
    from smsgate.sandbox import Sandbox, start_server

    parser = argparse.ArgumentParser(prog="python -m bench.server")
    parser.add_argument("--cpu", type=int, default=None, help="pin the server to this CPU (Linux)")
    args = parser.parse_args(argv)
    if args.cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})  # before the server thread starts: it inherits the mask
    sandbox = Sandbox(initial_credits=CREDITS)
    with start_server(sandbox) as running:
        print(json.dumps({"url": running.url, "keys": sandbox.api_keys}), flush=True)
        sys.stdin.read()
    return 0


def cpu_split() -> tuple[int | None, set[int] | None]:
    """(the server's CPU, the benchmark's CPUs): the last allowed CPU for the server, the rest for us.

    (None, None) where there is no affinity API or a single CPU: then both share what there is.
    """
    if not hasattr(os, "sched_getaffinity"):
        return None, None
    allowed = sorted(os.sched_getaffinity(0))
    if len(allowed) < 2:
        return None, None
    return allowed[-1], set(allowed[:-1])


class ServerProcess:
    """``with ServerProcess() as server:`` a sandbox server in a child process, pinned when possible."""

    def __init__(self, pin: bool = True) -> None:
        self.server_cpu, self.client_cpus = cpu_split() if pin else (None, None)
        command = [sys.executable, "-m", "bench.server"]
        if self.server_cpu is not None:
            command += ["--cpu", str(self.server_cpu)]
        self._process = subprocess.Popen(command, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        stdout: IO[str] | None = self._process.stdout
        assert stdout is not None
        line = stdout.readline()
        if not line:
            self._process.wait(timeout=10)
            raise RuntimeError(f"the sandbox server did not start (exit {self._process.returncode})")
        announced = json.loads(line)
        self.url: str = announced["url"]
        self.keys: dict[str, str] = announced["keys"]
        self._saved_affinity: set[int] | None = None

    def base_url(self, vendor: str) -> str:
        from smsgate.sandbox import PREFIXES

        return self.url + PREFIXES[vendor]

    @property
    def pinning(self) -> str:
        if self.server_cpu is None:
            return "not pinned (one CPU or no affinity API): server and benchmark share the CPU"
        return f"server pinned to CPU {self.server_cpu}, benchmark to CPU(s) {sorted(self.client_cpus or ())}"

    def __enter__(self) -> Self:
        if self.client_cpus and hasattr(os, "sched_setaffinity"):
            self._saved_affinity = os.sched_getaffinity(0)
            os.sched_setaffinity(0, self.client_cpus)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if self._saved_affinity is not None:
            os.sched_setaffinity(0, self._saved_affinity)
        stdin = self._process.stdin
        if stdin is not None:
            stdin.close()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()  # our own child, by its handle
            self._process.wait()
        if self._process.stdout is not None:
            self._process.stdout.close()


if __name__ == "__main__":
    sys.exit(main())
