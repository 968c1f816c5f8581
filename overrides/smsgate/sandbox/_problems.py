"""Why the sandbox refuses a request, independent of how each vendor words it."""

from __future__ import annotations

from enum import Enum

__all__ = ["ProblemKind", "RefusedRequestError", "SandboxConfigError"]


class ProblemKind(Enum):
    MISSING_KEY = "missing key"
    BAD_KEY = "bad key"
    MISSING_PARAMETER = "missing parameter"
    INVALID_PARAMETER = "invalid parameter"
    MALFORMED_BODY = "malformed body"
    NOT_FOUND = "not found"
    INVALID_ID = "invalid id"
    INSUFFICIENT_CREDIT = "insufficient credit"
    ALREADY_SENT = "already sent"
    ALREADY_CANCELED = "already canceled"
    RATE_LIMITED = "rate limited"
    UNKNOWN_ROUTE = "unknown route"
    METHOD_NOT_ALLOWED = "method not allowed"
    WRONG_REGION = "wrong region"  # a regional route (Messaggi v2 IT-/ES-messages) for another country


class RefusedRequestError(Exception):
    """A request the vendor would refuse: each vendor module renders it in the vendor's error shape.

    ``subject`` names what is wrong (a parameter, an id); ``detail`` says why, when there is more.
    """

    def __init__(self, kind: ProblemKind, subject: str = "", detail: str = "") -> None:
        super().__init__(f"{kind.value}: {subject}{': ' + detail if detail else ''}")
        self.kind = kind
        self.subject = subject
        self.detail = detail


class SandboxConfigError(ValueError):
    """A bad argument given to the sandbox itself (an unknown vendor, fault kind, negative speed...)."""
