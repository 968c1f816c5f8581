"""What the command writes: JSON documents, aligned tables, the progress bar, all with keys masked.

The client already keeps keys out of its errors and logs; everything the command prints goes
through ``Output`` as well, so that a key can only reach the terminal by a bug in both layers.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import logging
import time
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, TextIO

from .._base.models import DeliveryReport
from .._base.redact import redact

# Masking every occurrence of a very short "key" would garble ordinary output; real keys are long.
SHORTEST_MASKED_SECRET = 6


def jsonable(value: Any) -> Any:
    """``value`` as plain JSON data: Decimals as strings (no float rounding), datetimes ISO 8601 UTC."""
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return iso_utc(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {field.name: jsonable(getattr(value, field.name)) for field in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def iso_utc(moment: datetime) -> str:
    if moment.tzinfo is None:  # the client promises aware datetimes; never guess a zone silently
        return moment.isoformat()
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """Columns padded to their widest cell, two spaces apart, no trailing blanks."""
    all_rows = [list(headers), *(list(row) for row in rows)]
    widths = [max(len(row[column]) for row in all_rows) for column in range(len(headers))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in all_rows
    )


def fields(pairs: Sequence[tuple[str, str]]) -> str:
    """One object as ``name  value`` lines."""
    width = max(len(name) for name, _ in pairs)
    return "\n".join(f"{name.ljust(width)}  {value}".rstrip() for name, value in pairs)


REPORT_HEADERS = ("MESSAGE ID", "NUMBER", "STATE", "VENDOR STATE", "FINAL", "STOP", "AT")


def report_row(report: DeliveryReport) -> list[str]:
    at = report.at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC") if report.at else "-"
    return [
        report.message_id,
        report.phone_number or "-",
        report.state.value,
        report.vendor_state,
        "yes" if report.final else "no",
        "yes" if report.stop else "",
        at,
    ]


class Output:
    """stdout for results, stderr for diagnostics; every text has the known secrets masked."""

    def __init__(self, stdout: TextIO, stderr: TextIO, *, as_json: bool) -> None:
        self.stdout = stdout
        self.stderr = stderr
        self.as_json = as_json
        self._secrets: set[str] = set()

    def add_secret(self, secret: str | None) -> None:
        if secret and len(secret) >= SHORTEST_MASKED_SECRET:
            self._secrets.add(secret)

    def mask(self, text: str) -> str:
        # Longest first, so that a key containing another key is masked whole.
        return redact(text, sorted(self._secrets, key=len, reverse=True))

    def result(self, text: str) -> None:
        self.stdout.write(self.mask(text) + "\n")
        self.stdout.flush()

    def json_document(self, value: Any) -> None:
        self.result(json.dumps(jsonable(value), ensure_ascii=False, indent=2))

    def json_line(self, value: Any) -> None:
        self.result(json.dumps(jsonable(value), ensure_ascii=False, separators=(",", ":")))

    def diagnostic(self, text: str) -> None:
        self.stderr.write(self.mask(text) + "\n")
        self.stderr.flush()

    def log_handler(self) -> logging.Handler:
        """A stderr handler for the ``smsgate`` logger (``--debug``), masking like everything else."""
        output = self

        class MaskingFormatter(logging.Formatter):
            def format(self, record: logging.LogRecord) -> str:
                return output.mask(super().format(record))

        handler = logging.StreamHandler(self.stderr)
        handler.setFormatter(MaskingFormatter("smsgate: debug: %(name)s: %(message)s"))
        return handler


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"


class ProgressBar:
    """``[#######-------]  12/40  3.1/s  ETA 9s  1 failed`` redrawn in place on stderr; silent when not enabled."""

    WIDTH = 30

    def __init__(self, output: Output, total: int, *, enabled: bool, label: str = "status") -> None:
        self._output = output
        self._label = label
        self._total = total
        self._enabled = enabled and total > 0
        self._drawn = False
        self._started = time.monotonic()

    def update(self, done: int, failed: int = 0, *, detail: str | None = None) -> None:
        """``done`` of the total; ``detail`` (else ``failed`` as "N failed") after the rate and ETA."""
        if not self._enabled:
            return
        filled = self.WIDTH * min(done, self._total) // self._total
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        elapsed = time.monotonic() - self._started
        rate = done / elapsed if elapsed > 0 else 0.0
        pace = (
            f"  {rate:,.1f}/s  ETA {_duration((self._total - done) / rate)}" if rate > 0 and done < self._total else ""
        )
        tail = f"  {detail}" if detail else (f"  {failed} failed" if failed else "")
        # "\r" returns to the start of the line; the padding wipes a longer previous drawing.
        line = f"\r{self._label} [{bar}] {done}/{self._total}{pace}{tail}"
        self._output.stderr.write(line.ljust(self.WIDTH + 60))
        self._output.stderr.flush()
        self._drawn = True

    def close(self) -> None:
        if self._drawn:
            self._output.stderr.write("\n")
            self._output.stderr.flush()
            self._drawn = False
