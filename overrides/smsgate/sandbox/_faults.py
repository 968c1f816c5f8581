"""Faults the sandbox can inject, switched on for a whole run or for the next few requests.

``sandbox.faults.add(FaultKind.RESET_AFTER_READ, operation="send_sms")`` makes the next matching
request fail that way once (``times=1``); ``times=None`` keeps the fault on until ``clear()``.
Matching is by vendor and operationId (both optional). The first matching rule with uses left wins.

The ``callback_*`` kinds hit the callbacks the sandbox posts instead of the requests it answers
(``operation``: the spec's webhook operationId, or ``receive_delivery_receipt`` for SMS Partner's
undocumented ``urlDlr``; ``number``: the E.164 number the callback is about).
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from .._base.spec import VENDORS
from ._operations import operations
from ._problems import SandboxConfigError

__all__ = [
    "CALLBACK_KINDS",
    "DELIVERY_RECEIPT",
    "REFUSING",
    "Fault",
    "FaultKind",
    "FaultPlan",
    "html_error_page",
    "webhooks",
]


class FaultKind(StrEnum):
    """What a fault does to the request it hits. ``rate_limit`` (429), ``server_error`` and ``bad_gateway``
    (500, 502 with an HTML body), ``reset_before_read``: the request is not carried out. ``latency``,
    ``reset_after_read``, ``truncated_body``, ``slow_drip``: it is, and its answer comes late, broken or never."""

    LATENCY = "latency"  # answer after ``seconds``
    RATE_LIMIT = "rate_limit"  # 429 in the vendor's error shape, ``Retry-After: seconds``
    SERVER_ERROR = "server_error"  # 500 with an HTML body, request not carried out
    BAD_GATEWAY = "bad_gateway"  # 502 with an HTML body, request not carried out
    RESET_BEFORE_READ = "reset_before_read"  # connection dropped, request not carried out
    RESET_AFTER_READ = "reset_after_read"  # request carried out, connection dropped before the answer
    TRUNCATED_BODY = "truncated_body"  # request carried out, Content-Length larger than the body sent
    SLOW_DRIP = "slow_drip"  # request carried out, answer sent a few bytes every ``seconds``
    # Callbacks the sandbox posts (sandbox._callbacks), not requests it answers:
    CALLBACK_DUPLICATE = "callback_duplicate"  # the callback is posted twice
    CALLBACK_OUT_OF_ORDER = "callback_out_of_order"  # posted after the next callback of its message (or reply)
    CALLBACK_SPLIT = "callback_split"  # an inbound reply arrives as two concatenated parts (SMS Partner long number)
    CALLBACK_FORGED_TOKEN = (
        "callback_forged_token"  # the URL's token (smsgate=, else token=) is replaced by a wrong one
    )


DEFAULT_SECONDS = {FaultKind.LATENCY: 0.05, FaultKind.RATE_LIMIT: 0.0, FaultKind.SLOW_DRIP: 0.01}
# Faults decided before the request is carried out: the vendor never acts on it.
REFUSING = frozenset({FaultKind.RATE_LIMIT, FaultKind.SERVER_ERROR, FaultKind.BAD_GATEWAY, FaultKind.RESET_BEFORE_READ})
CALLBACK_KINDS = frozenset(
    {
        FaultKind.CALLBACK_DUPLICATE,
        FaultKind.CALLBACK_OUT_OF_ORDER,
        FaultKind.CALLBACK_SPLIT,
        FaultKind.CALLBACK_FORGED_TOKEN,
    }
)
"""The faults that hit the callbacks the sandbox posts, never the requests it answers."""
DELIVERY_RECEIPT = "receive_delivery_receipt"  # SMS Partner's urlDlr: no webhook in its spec (undocumented payload)
E164 = re.compile(r"\+[1-9][0-9]{6,14}")
DRIP_BYTES = 8  # a slow drip writes the body this many bytes at a time, in process and over the socket


@dataclass
class Fault:
    """One fault: its kind, which requests it hits (``vendor``, ``operation``, ``number``), how many times, and its
    ``seconds``."""

    kind: FaultKind
    vendor: str | None = None
    operation: str | None = None
    times: int | None = 1  # uses left; None = until cleared
    seconds: float = 0.0
    number: str | None = None  # E.164: only requests that carry this number (in process)

    def matches(self, vendor: str | None, operation: str | None, payload: str | None = None) -> bool:
        """Whether this fault hits a request to ``vendor``'s ``operation`` carrying ``payload``."""
        return (
            (self.vendor is None or self.vendor == vendor)
            and (self.operation is None or self.operation == operation)
            and (self.number is None or (payload is not None and _carries(payload, self.number)))
        )

    def to_json(self) -> dict[str, Any]:
        """The fault as the control endpoint shows it."""
        return {**asdict(self), "kind": self.kind.value}


def _carries(payload: str, number: str) -> bool:
    """Whether a request's decoded query and body name ``number``, in any vendor's form of it."""
    digits = number[1:]
    forms = {number, f"+{digits[:2]}-{digits[2:]}", f"+{digits[:1]}-{digits[1:]}", f"+{digits[:3]}-{digits[3:]}"}
    return any(form in payload for form in forms)


@dataclass
class FaultPlan:
    """The sandbox's faults to come (``sandbox.faults``): ``add`` one, ``clear`` them, see the ``pending`` ones."""

    rules: list[Fault] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(
        self,
        kind: FaultKind | str,
        *,
        times: int | None = 1,
        vendor: str | None = None,
        operation: str | None = None,
        seconds: float | None = None,
        number: str | None = None,
    ) -> Fault:
        """Switch a fault on; SandboxConfigError (a ValueError) names any bad argument.

        ``number`` (E.164) narrows the fault to requests that carry that number; it applies to the
        in-process transport (``smsgate.testing``), which sees each request whole before answering.
        """
        try:
            fault_kind = FaultKind(kind)
        except ValueError:
            known = ", ".join(k.value for k in FaultKind)
            raise SandboxConfigError(f"unknown fault kind {kind!r}; expected one of {known}") from None
        if times is not None and (not isinstance(times, int) or isinstance(times, bool) or times < 1):
            raise SandboxConfigError(f"times must be a whole number >= 1 or None (always), not {times!r}")
        if vendor is not None and vendor not in VENDORS:
            raise SandboxConfigError(f"unknown vendor {vendor!r}; expected one of {', '.join(VENDORS)}")
        if operation is not None:
            chosen = [vendor] if vendor else list(VENDORS)
            if fault_kind in CALLBACK_KINDS:
                known_ids = {name for v in chosen for name in webhooks(v)}
                what = "webhook"
            else:
                known_ids = {op.operation_id for v in chosen for op in operations(v)}
                what = "operation"
            if operation not in known_ids:
                raise SandboxConfigError(
                    f"no {what} {operation!r} in {vendor or 'any vendor'}'s spec; expected one of "
                    + ", ".join(sorted(known_ids))
                )
        wait = DEFAULT_SECONDS.get(fault_kind, 0.0) if seconds is None else seconds
        if isinstance(wait, bool) or not isinstance(wait, int | float) or not math.isfinite(wait) or wait < 0:
            raise SandboxConfigError(f"seconds must be a finite number >= 0, not {seconds!r}")
        if number is not None and (not isinstance(number, str) or not E164.fullmatch(number)):
            raise SandboxConfigError(f"number must be in E.164 (+33612345678), not {number!r}")
        fault = Fault(fault_kind, vendor, operation, times, float(wait), number)
        with self._lock:
            self.rules.append(fault)
        return fault

    def add_json(self, description: Any) -> Fault:
        """``add`` from a JSON object (the control endpoint's body)."""
        if not isinstance(description, dict) or "kind" not in description:
            raise SandboxConfigError('a fault is a JSON object with at least "kind"')
        unknown = set(description) - {"kind", "times", "vendor", "operation", "seconds", "number"}
        if unknown:
            raise SandboxConfigError(f"unknown fault field(s): {', '.join(sorted(unknown))}")
        return self.add(
            description["kind"],
            times=description.get("times", 1),
            vendor=description.get("vendor"),
            operation=description.get("operation"),
            seconds=description.get("seconds"),
            number=description.get("number"),
        )

    def take(
        self,
        vendor: str | None,
        operation: str | None,
        payload: str | None = None,
        *,
        callback: FaultKind | None = None,
    ) -> Fault | None:
        """The fault for this request (``payload``: its decoded query and body, when known), using one
        of its uses up; None when no rule matches. With ``callback``, the fault of that callback kind for a
        callback of ``operation`` (a webhook) about the number in ``payload``; request faults never hit one."""
        with self._lock:
            for fault in self.rules:
                if (fault.kind is callback if callback else fault.kind not in CALLBACK_KINDS) and fault.matches(
                    vendor, operation, payload
                ):
                    if fault.times is not None:
                        fault.times -= 1
                        if fault.times == 0:
                            self.rules.remove(fault)
                    return fault
        return None

    def clear(self) -> None:
        """Remove every fault still to come."""
        with self._lock:
            self.rules.clear()

    def pending(self) -> list[Fault]:
        """The faults still to come, in the order they were added."""
        with self._lock:
            return list(self.rules)


def webhooks(vendor: str) -> tuple[str, ...]:
    """The webhook operationIds of ``vendor``'s spec (the callbacks it posts), SMS Partner's receipt included."""
    from .._base.spec import raw_document

    names = tuple(
        str(item["operationId"])
        for path_item in raw_document(vendor).get("webhooks", {}).values()
        for item in path_item.values()
        if isinstance(item, dict) and "operationId" in item
    )
    return (*names, DELIVERY_RECEIPT) if vendor == "smspartner" else names


def html_error_page(status: int, reason: str) -> bytes:
    """What a proxy or a crashed front end answers: HTML, where the client expects JSON."""
    return f"<html><head><title>{status} {reason}</title></head><body><h1>{status} {reason}</h1></body></html>".encode()
