"""SMS Partner: errors in HTTP 200 bodies, key in query or body, JSON or positional XML answers."""

from __future__ import annotations

from collections.abc import Generator, Sequence
from datetime import datetime
from typing import Any

import httpx
from _smsgate_generated.smspartner.api.account import get_credits
from _smsgate_generated.smspartner.api.sms import cancel_message, send_sms
from _smsgate_generated.smspartner.api.status import get_bulk_status, get_message_status
from _smsgate_generated.smspartner.models import SendSmsRequest

from .._errors import InvalidRequestError, ResponseFormatError, SmsGateError
from .._http import Call, SendContext
from .._models import Credits, DeliveryReport, SendResult, Vendor
from .._phone import normalise_reported, to_e164
from .._spec import Route, VendorSpec
from .._time import PARIS, from_smspartner
from ._common import answer_identifier, as_decimal, error_from_table, raw


class SmsPartner:
    name = "smspartner"
    env_var = "SMSPARTNER_API_KEY"
    # The vocabularies of the spec's x-smsgate-delivery-states that status() reads.
    state_vocabularies: tuple[str, ...] = ("status",)
    default_region = "FR"
    options = frozenset({"response_format"})

    def __init__(self, spec: VendorSpec) -> None:
        self.spec = spec

    def make_error(self, route: Route, status: int, payload: Any, headers: httpx.Headers) -> SmsGateError | None:
        body = payload if isinstance(payload, dict) else {}
        if status < 400 and body.get("success") is not False:
            return None
        field_errors = body.get("errors") or body.get("error") or []
        details = "; ".join(
            f"{item.get('elementId', '?')}: {item.get('message', '')}"
            for item in field_errors
            if isinstance(item, dict)
        )
        message = body.get("message") if isinstance(body.get("message"), str) else None
        message = "; ".join(part for part in (message, details) if part) or None
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
        if len(numbers) > 500:
            raise InvalidRequestError("SMS Partner takes at most 500 recipients per send", vendor=self.name)
        # The key is placed by the pipeline; the generated model insists on the field.
        body = SendSmsRequest(api_key="", phone_numbers=",".join(numbers), message=text)
        if sender:
            body.sender = sender
        if reference:
            body.tag = reference
        if dry_run:
            body.sandbox = 1
        if scheduled_at:
            local = scheduled_at.astimezone(PARIS)
            if local.minute % 5 or local.second or local.microsecond:
                raise InvalidRequestError(
                    "SMS Partner schedules on 5-minute marks (Paris time): use a minute that is a multiple of 5",
                    vendor=self.name,
                )
            body.scheduled_delivery_date = local.strftime("%d/%m/%Y")
            body.time = local.hour
            body.minute = local.minute
        result = yield Call(send_sms, (), {"body": body}, SendContext(to=tuple(numbers), reference=reference))
        payload = raw(result)
        message_id = answer_identifier(payload.get("message_id"), "message_id", self.name)
        return SendResult(
            vendor=Vendor.smspartner,
            message_id=message_id,
            accepted=numbers,
            rejected=[],
            cost=as_decimal(payload.get("cost")),
            raw=payload,
        )

    def _message_id(self, message_id: str) -> int:
        try:
            return int(str(message_id).strip())
        except ValueError:
            raise InvalidRequestError(
                f"SMS Partner message ids are numbers, not {message_id!r}", vendor=self.name
            ) from None

    def status(
        self, message_id: str | None, phone_number: str | None
    ) -> Generator[Call[Any], Any, list[DeliveryReport]]:
        if message_id is None:
            raise InvalidRequestError("SMS Partner needs the message_id to report a status", vendor=self.name)
        numeric_id = self._message_id(message_id)
        if phone_number:
            number = to_e164(phone_number, self.default_region, vendor=self.name)
            result = yield Call(get_message_status, (), {"message_id": numeric_id, "phone_number": number})
            payload = raw(result)
            word = str(payload.get("statut", ""))
            stop = payload.get("stopSms")
            reported = str(payload.get("number") or payload.get("phoneNumber") or number)
            return [self._report(str(numeric_id), reported, word, payload.get("date"), stop, payload)]
        result = yield Call(get_bulk_status, (), {"message_id": numeric_id})
        payload = raw(result)
        return [
            self._report(
                answer_identifier(payload.get("message_id", numeric_id), "message_id", self.name),
                str(item.get("phoneNumber", "")),
                str(item.get("status", "")),
                item.get("date"),
                item.get("stopSMS", item.get("stopSms")),
                item,
            )
            for item in payload.get("StatutResponse_List", [])
        ]

    def _report(
        self, message_id: str, number: str, word: str, date: Any, stop: Any, payload: dict[str, Any]
    ) -> DeliveryReport:
        entry = self.spec.state(self.state_vocabularies[0], word)
        opted_out = stop is True or (isinstance(stop, str) and stop.strip().lower() in ("true", "1"))
        return DeliveryReport(
            vendor=Vendor.smspartner,
            message_id=message_id,
            phone_number=normalise_reported(number, self.default_region),
            state=entry.state,
            vendor_state=word,
            final=entry.final,
            at=from_smspartner(date),
            stop=entry.stop or opted_out,
            raw=payload,
        )

    def cancel(self, message_id: str) -> Generator[Call[Any], Any, None]:
        yield Call(cancel_message, (), {"message_id": self._message_id(message_id)})

    def credits(self) -> Generator[Call[Any], Any, Credits]:
        result = yield Call(get_credits)
        payload = raw(result)
        credits = payload.get("credits") or {}
        balance = as_decimal(credits.get("balance", credits.get("solde")))
        if balance is None:
            raise ResponseFormatError("the /me answer carries no balance", vendor=self.name)
        return Credits(vendor=Vendor.smspartner, balance=balance, currency=credits.get("currency"), raw=payload)
