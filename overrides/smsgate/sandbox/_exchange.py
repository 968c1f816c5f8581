"""One exchange with the sandbox, sans-IO: which fault applies and what goes on the wire.

The in-process transport (``_transport``) and the socket server (``_server``) both drive it, so a
fault means the same whichever carries the request: ``Exchange.open`` reads the request line and
takes the fault due for its operation; ``reset_before_read`` says to fail before the request is
read (it never reaches the vendor); ``answer`` carries the request out (unless a refusing fault
answers instead) and says how the answer is delivered: after a latency, not at all (reset after
the request was carried out), cut in half, or dripped a few bytes at a time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ._faults import DRIP_BYTES, REFUSING, Fault, FaultKind
from ._operations import SpecOperation

if TYPE_CHECKING:
    from ._sandbox import Sandbox, Wire

__all__ = ["Delivery", "Exchange"]


@dataclass(frozen=True)
class Delivery:
    """The answer to one request and how it is to be delivered."""

    wire: Wire
    latency: float = 0.0  # seconds before the answer
    reset: bool = False  # the request was carried out; the connection drops with no answer
    truncated: bool = False  # the answer announces its full length, half is sent, the connection drops
    drip_seconds: float = 0.0  # the body goes DRIP_BYTES at a time, this long apart

    @property
    def streamed(self) -> bool:
        return self.truncated or self.drip_seconds > 0

    def chunks(self) -> list[bytes]:
        """The body as it is written: half of it when truncated, DRIP_BYTES pieces when dripped."""
        body = self.wire.body[: len(self.wire.body) // 2] if self.truncated else self.wire.body
        size = DRIP_BYTES if self.drip_seconds else max(1, len(body))
        return [body[start : start + size] for start in range(0, len(body), size)]


@dataclass(frozen=True)
class Exchange:
    sandbox: Sandbox
    method: str
    raw_path: str
    vendor: str | None
    operation: SpecOperation | None
    fault: Fault | None

    @classmethod
    def open(cls, sandbox: Sandbox, method: str, raw_path: str, payload: str | None = None) -> Exchange:
        """The exchange for a request line; the sandbox's control routes never take a fault.

        ``payload`` (the decoded query and body) lets a fault scoped to one number match; only the
        in-process transport has it before answering: the server decides before reading the body.
        """
        if sandbox.is_control(raw_path):
            return cls(sandbox, method, raw_path, None, None, None)
        vendor, operation = sandbox.target(method, raw_path)
        fault = sandbox.faults.take(vendor, operation.operation_id if operation else None, payload)
        return cls(sandbox, method, raw_path, vendor, operation, fault)

    @property
    def kind(self) -> FaultKind | None:
        return None if self.fault is None else self.fault.kind

    @property
    def reset_before_read(self) -> bool:
        return self.kind is FaultKind.RESET_BEFORE_READ

    def answer(self, query: str, headers: Mapping[str, str], body: bytes) -> Delivery:
        fault, kind = self.fault, self.kind
        if fault is not None and kind in REFUSING:
            return Delivery(self.sandbox.fault_wire(fault, self.vendor, self.operation))
        wire = self.sandbox.respond(self.method, self.raw_path, query, headers, body)
        if fault is None:
            return Delivery(wire)
        return Delivery(
            wire,
            latency=fault.seconds if kind is FaultKind.LATENCY else 0.0,
            reset=kind is FaultKind.RESET_AFTER_READ,
            truncated=kind is FaultKind.TRUNCATED_BODY,
            drip_seconds=fault.seconds if kind is FaultKind.SLOW_DRIP else 0.0,
        )
