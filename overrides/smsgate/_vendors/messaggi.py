"""Messaggi (openapi.com Gateway SMS v1): bearer token, +39-style numbers, per-recipient reports."""

from __future__ import annotations

from collections.abc import Generator, Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import httpx
from _smsgate_generated.messaggi.api.messages import (
    delete_message,
    get_message_recipient,
    list_message_recipients,
    list_messages,
    send_message,
)
from _smsgate_generated.messaggi.models import SendMessageRequest, SendOptions

from .._errors import InvalidRequestError, NotFoundError, ResponseFormatError, SmsGateError
from .._http import Call, SendContext
from .._models import Credits, DeliveryReport, SendResult, Vendor
from .._phone import normalise_reported, to_dashed
from .._spec import Route, VendorSpec
from .._time import from_messaggi
from ._common import answer_identifier, as_decimal, error_from_table, raw

ROME = ZoneInfo("Europe/Rome")


class Messaggi:
    name = "messaggi"
    env_var = "MESSAGGI_TOKEN"
    # The vocabularies of the spec's x-smsgate-delivery-states that status() reads.
    state_vocabularies: tuple[str, ...] = ("recipient_state", "report_status_group")
    default_region = "IT"
    options: frozenset[str] = frozenset()

    def __init__(self, spec: VendorSpec) -> None:
        self.spec = spec

    def make_error(self, route: Route, status: int, payload: Any, headers: httpx.Headers) -> SmsGateError | None:
        body = payload if isinstance(payload, dict) else {}
        if status < 400 and body.get("success") is not False:
            return None
        message = body.get("message") if isinstance(body.get("message"), str) else None
        return error_from_table(self.spec, route, status, body.get("error"), message, headers)

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
        if not sender:
            raise InvalidRequestError(
                "Messaggi requires a sender (3 to 11 characters, or 3 to 14 digits)", vendor=self.name
            )
        numbers = [to_dashed(number, self.default_region, vendor=self.name) for number in to]
        body = SendMessageRequest(sender=sender, body=text, recipients=numbers, test=dry_run)
        if scheduled_at or reference:
            options = SendOptions()
            if scheduled_at:
                options.timestamp_send = self._send_date(scheduled_at)
            if reference:
                options.custom = reference
            body.options = options
        accepted = [number.replace("-", "") for number in numbers]
        result = yield Call(send_message, (), {"body": body}, SendContext(to=tuple(accepted), reference=reference))
        payload = raw(result)
        data = payload.get("data") or []
        if not data:
            raise ResponseFormatError("the send answer carries no message", vendor=self.name)
        message = data[0]
        invalid = ((message.get("recipients") or {}).get("invalid") or {}).get("list") or []
        rejected = [normalise_reported(str(number), self.default_region) for number in invalid]
        return SendResult(
            vendor=Vendor.messaggi,
            message_id=answer_identifier(message.get("id"), "message id", self.name),
            accepted=[number for number in accepted if number not in rejected],
            rejected=rejected,
            cost=as_decimal(message.get("price")),
            raw=payload,
        )

    def _send_date(self, when: datetime) -> str:
        """Messaggi schedules by day (``timestamp_send`` is ``YYYY-MM-DD``, spec defect D18), in Rome time."""
        local = when.astimezone(ROME)
        if (local.hour, local.minute, local.second, local.microsecond) != (0, 0, 0, 0):
            raise InvalidRequestError(
                "Messaggi schedules by day only: pass scheduled_at at midnight, Europe/Rome time", vendor=self.name
            )
        return local.strftime("%Y-%m-%d")

    def status(
        self, message_id: str | None, phone_number: str | None
    ) -> Generator[Call[Any], Any, list[DeliveryReport]]:
        if message_id is None:
            raise InvalidRequestError("Messaggi needs the message_id to report a status", vendor=self.name)
        if phone_number:
            number = to_dashed(phone_number, self.default_region, vendor=self.name)
            result = yield Call(get_message_recipient, (message_id, number))
        else:
            result = yield Call(list_message_recipients, (message_id,))
        payload = raw(result)
        return [self._report(message_id, recipient) for recipient in payload.get("data") or []]

    def _report(self, message_id: str, recipient: dict[str, Any]) -> DeliveryReport:
        report = recipient.get("report") or {}
        group = (report.get("status") or {}).get("groupName")
        word = str(recipient.get("state") or group or "")
        recipient_state, status_group = self.state_vocabularies
        entry = self.spec.state(recipient_state, word)
        if entry.state.value == "unknown" and group:
            entry = self.spec.state(status_group, str(group))
        at = (
            from_messaggi(recipient.get("timestamp_delivery"))
            or from_messaggi(report.get("doneAt"))
            or from_messaggi(recipient.get("timestamp_sent"))
        )
        return DeliveryReport(
            vendor=Vendor.messaggi,
            message_id=str(recipient.get("message_id") or message_id),
            phone_number=normalise_reported(str(recipient.get("number", "")), self.default_region),
            state=entry.state,
            vendor_state=word,
            final=entry.final,
            at=at,
            stop=entry.stop,
            raw=recipient,
        )

    def cancel(self, message_id: str) -> Generator[Call[Any], Any, None]:
        yield Call(delete_message, (message_id,))

    def credits(self) -> Generator[Call[Any], Any, Credits]:
        # Messaggi reports the balance in the envelope of every answer; the message list is the
        # cheapest call that has one.
        try:
            result = yield Call(list_messages)
        except NotFoundError as error:
            if error.vendor_code != "203":
                raise
            # Messaggi answers "no message found" (404, 203) for an empty list, without the envelope
            # that carries the balance: there is no call left that could read it.
            raise NotFoundError(
                f"{error.vendor_message or 'No message found'}: Messaggi reports the balance only alongside "
                "the message list, and this account has no message yet; send one, then ask again",
                vendor=self.name,
                status_code=error.status_code,
                vendor_code=error.vendor_code,
                vendor_message=error.vendor_message,
            ) from error
        payload = raw(result)
        balance = as_decimal(payload.get("credit"))
        if balance is None:
            raise ResponseFormatError("the answer carries no credit", vendor=self.name)
        return Credits(vendor=Vendor.messaggi, balance=balance, currency="EUR", raw=payload)
