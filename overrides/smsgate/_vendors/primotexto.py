"""Primotexto: one message per recipient, status by snapshotId or by number, no cancel API."""

from __future__ import annotations

from collections.abc import Generator, Sequence
from datetime import datetime
from typing import Any

import httpx
from _smsgate_generated.primotexto.api.account import get_account_stats
from _smsgate_generated.primotexto.api.messages import get_message_status, send_message
from _smsgate_generated.primotexto.models import MessageType, SendMessageRequest

from .._encoding import check_identifier
from .._errors import ResponseFormatError, SmsGateError, UnsupportedOperationError
from .._http import Call, SendContext
from .._models import Credits, DeliveryReport, SendResult, Vendor
from .._phone import to_e164
from .._spec import Route, VendorSpec
from .._time import from_epoch_ms
from ._common import as_decimal, error_from_table, raw

ID_SEPARATOR = ","  # a send to several numbers is several Primotexto messages: their ids, joined


class Primotexto:
    name = "primotexto"
    env_var = "PRIMOTEXTO_API_KEY"
    # The vocabularies of the spec's x-smsgate-delivery-states that status() reads.
    state_vocabularies: tuple[str, ...] = ("message_state",)
    default_region = "FR"
    options: frozenset[str] = frozenset()

    def __init__(self, spec: VendorSpec, options: dict[str, Any]) -> None:
        self.spec = spec

    def make_error(self, route: Route, status: int, payload: Any, headers: httpx.Headers) -> SmsGateError | None:
        if status < 400:
            return None
        body = payload if isinstance(payload, dict) else {}
        message = body.get("error") or body.get("message")
        return error_from_table(self.spec, route, status, body.get("code"), message, headers)

    def send(
        self,
        to: Sequence[str],
        text: str,
        *,
        sender: str | None,
        scheduled_at: datetime | None,
        reference: str | None,
        dry_run: bool,
    ) -> Generator[Call[Any], Any, SendResult]:
        numbers = [to_e164(number, self.default_region, vendor=self.name) for number in to]
        if dry_run:
            # Primotexto has no test mode: a dry run checks the input and sends nothing.
            return SendResult(vendor=Vendor.primotexto, message_id="", accepted=numbers, rejected=[], cost=None, raw={})
        ids: list[str] = []
        cost = as_decimal(0)
        payloads: list[dict[str, Any]] = []
        for number in numbers:
            body = SendMessageRequest(number=number, message=text)
            if sender:
                body.sender = sender
            if reference:
                body.category = reference
            if scheduled_at:
                body.date = int(scheduled_at.timestamp() * 1000)
            context = SendContext(to=(number,), reference=reference)
            try:
                result = yield Call(send_message, (MessageType.NOTIFICATION,), {"body": body}, context)
            except SmsGateError as error:
                if ids:
                    error.add_note(f"already sent, do not send again: {dict(zip(numbers, ids, strict=False))}")
                raise
            payload = raw(result)
            payloads.append(payload)
            snapshot_id = payload.get("snapshotId")
            if snapshot_id is None:
                missing = ResponseFormatError("the send answer carries no snapshotId", vendor=self.name)
                if ids:
                    missing.add_note(f"already sent, do not send again: {dict(zip(numbers, ids, strict=False))}")
                raise missing
            ids.append(str(snapshot_id))
            used = as_decimal(payload.get("creditsUsed"))
            cost = None if cost is None or used is None else cost + used
        raw_payload = payloads[0] if len(payloads) == 1 else {"messages": payloads}
        return SendResult(
            vendor=Vendor.primotexto,
            message_id=ID_SEPARATOR.join(ids),
            accepted=numbers,
            rejected=[],
            cost=cost,
            raw=raw_payload,
        )

    def status(
        self, message_id: str | None, phone_number: str | None
    ) -> Generator[Call[Any], Any, list[DeliveryReport]]:
        number = to_e164(phone_number, self.default_region, vendor=self.name) if phone_number else None
        reports = []
        if message_id is None:
            result = yield Call(get_message_status, (), {"identifier": number})
            reports.append(self._report(raw(result), number or "", None))
            return reports
        for snapshot_id in message_id.split(ID_SEPARATOR):
            check_identifier(snapshot_id.strip(), name="message_id", vendor=self.name)
            result = yield Call(get_message_status, (), {"snapshot_id": snapshot_id.strip()})
            reports.append(self._report(raw(result), number or "", snapshot_id.strip()))
        return reports

    def _report(self, payload: dict[str, Any], number: str, message_id: str | None) -> DeliveryReport:
        word = str(payload.get("state", ""))
        entry = self.spec.state(self.state_vocabularies[0], word)
        return DeliveryReport(
            vendor=Vendor.primotexto,
            message_id=message_id or str(payload.get("id", "")),
            phone_number=number,
            state=entry.state,
            vendor_state=word,
            final=entry.final,
            at=from_epoch_ms(payload.get("stateDate") or payload.get(word)),
            stop=entry.stop,
            raw=payload,
        )

    def cancel(self, message_id: str) -> Generator[Call[Any], Any, None]:
        raise UnsupportedOperationError("Primotexto's API has no call to cancel a message", vendor=self.name)

    def credits(self) -> Generator[Call[Any], Any, Credits]:
        result = yield Call(get_account_stats)
        payload = raw(result)
        balance = as_decimal(payload.get("credits"))
        if balance is None:
            from .._errors import ResponseFormatError

            raise ResponseFormatError("the account stats carry no credits", vendor=self.name)
        # Primotexto counts credits, not money.
        return Credits(vendor=Vendor.primotexto, balance=balance, currency=None, raw=payload)
