"""One small module per vendor: its error funnel and the plans of the four unified calls.

A vendor module only fills hooks; the request pipeline (``_http``) and the clients (``_client``)
are shared. A plan is a generator that yields the generated operations to run and receives
their parsed results, so the same plan serves the sync and the async client.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from .._base.callback_token import CallbackSigner
from .._base.errors import SmsGateError
from .._base.spec import Route, VendorSpec
from .._core.http import Call
from .common import SentQuestion, Verdicts

if TYPE_CHECKING:  # annotations only: the unified models load with the first client
    from .._base.models import Credits, DeliveryReport, OptOut, Reply, SendResult
    from .._text.rules import SmsRange
    from .._text.send_options import SendOptions


class Vendor(Protocol):
    name: str
    default_region: str
    state_vocabularies: tuple[str, ...]
    signer: CallbackSigner | None  # the client's webhook secret, for callback_url (None: $SMSGATE_WEBHOOK_SECRET)

    def make_error(self, route: Route, status: int, payload: Any, headers: httpx.Headers) -> SmsGateError | None: ...

    def send(
        self,
        to: Sequence[str],
        text: str,
        options: SendOptions,
    ) -> Generator[Call[Any], Any, SendResult]: ...

    def status(
        self, message_id: str | None, phone_number: str | None
    ) -> Generator[Call[Any], Any, list[DeliveryReport]]: ...

    def cancel(self, message_id: str) -> Generator[Call[Any], Any, None]: ...

    def credits(self) -> Generator[Call[Any], Any, Credits]: ...

    def find_sent(self, question: SentQuestion) -> Generator[Call[Any], Any, Verdicts] | None:
        """What the vendor says of a campaign batch left unknown; None when it cannot be asked."""
        ...


class ConsentPlans(Protocol):
    """A vendor's opt-out and reply plans (the operations its spec tags ``x-smsgate-consent``)."""

    def opt_outs(self, kind: str) -> Generator[Call[Any], Any, list[OptOut]]: ...

    def add_opt_out(self, number: str, kind: str) -> Generator[Call[Any], Any, None]: ...

    def remove_opt_out(self, number: str, kind: str) -> Generator[Call[Any], Any, None]: ...

    def replies(self, by: str, value: str) -> Generator[Call[Any], Any, list[Reply]]: ...


def consent_plans(name: str, spec: VendorSpec) -> ConsentPlans | None:
    """The opt-out and reply plans of ``name``; None for a vendor whose spec tags none (Messaggi)."""
    if name == "smspartner":
        from .smspartner import SmsPartnerConsent

        return SmsPartnerConsent(spec)
    if name == "primotexto":
        from .primotexto import PrimotextoConsent

        return PrimotextoConsent(spec)
    return None


def load(
    name: str, spec: VendorSpec, *, sms_range: SmsRange | None = None, signer: CallbackSigner | None = None
) -> Vendor:
    """The vendor module of ``name`` (one of ``_spec.VENDORS``), imported on first use."""
    vendor = _load(name, spec, sms_range=sms_range)
    vendor.signer = signer
    return vendor


def _load(name: str, spec: VendorSpec, *, sms_range: SmsRange | None) -> Vendor:
    if name == "primotexto":
        from .primotexto import Primotexto

        return Primotexto(spec)
    if name == "smspartner":
        from .smspartner import SmsPartner

        return SmsPartner(spec, sms_range=sms_range)
    if name == "messaggi_v2":
        from .messaggi_v2 import MessaggiV2

        return MessaggiV2(spec)
    from .messaggi import Messaggi

    return Messaggi(spec)
