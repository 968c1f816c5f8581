"""SMS Partner: errors in HTTP 200 bodies, key in query or body, JSON or positional XML answers."""

from __future__ import annotations

from collections.abc import Generator, Sequence
from typing import Any

import httpx
from _smsgate_generated.smspartner.api.account import get_credits
from _smsgate_generated.smspartner.api.sms import cancel_message, send_sms
from _smsgate_generated.smspartner.api.status import get_bulk_status, get_bulk_status_by_tag, get_message_status
from _smsgate_generated.smspartner.models import (
    BulkStatusByTagResponse,
    BulkStatusResponse,
    CreditsResponse,
    ErrorResponse,
    MessageStatusResponse,
    SendSmsRequest,
    SendSmsResponse,
)

from .._base.callback_token import CallbackSigner
from .._base.errors import (
    InvalidArgumentError,
    InvalidRequestError,
    NotFoundError,
    ResponseFormatError,
    SmsGateError,
    UnsupportedOperationError,
    error_from_table,
)
from .._base.models import Credits, DeliveryReport, OptOut, OptOutKind, Reply, SendResult, Vendor
from .._base.spec import Route, StateEntry, VendorSpec
from .._base.time import PARIS, from_smspartner
from .._core.failures import SendContext
from .._core.http import Call
from .._text.phone import RECIPIENT_FORMS, digits_of, normalise_reported, recipients_for, to_e164
from .._text.rules import SmsRange
from .._text.send_options import SendOptions
from .common import (
    ConsentPlansBase,
    SentQuestion,
    Verdicts,
    answer_identifier,
    answer_model,
    as_decimal,
    error_body,
    given,
    raw,
    signed_callback,
)


class SmsPartner:
    signer: CallbackSigner | None = None
    name = "smspartner"
    # The vocabularies of the spec's x-smsgate-delivery-states that status() reads.
    state_vocabularies: tuple[str, ...] = ("status",)
    default_region = RECIPIENT_FORMS["smspartner"].region

    def __init__(self, spec: VendorSpec, *, sms_range: SmsRange | None = None) -> None:
        self.spec = spec
        self.sms_range = sms_range  # None: the vendor's default (Premium), no `gamme` sent

    def make_error(self, route: Route, status: int, payload: Any, headers: httpx.Headers) -> SmsGateError | None:
        # A 2xx answer is an error when it says so (``success: false``), which only its own field tells.
        if status < 400 and not (isinstance(payload, dict) and payload.get("success") is False):
            return None
        error = error_body(self.spec, "ErrorResponse", ErrorResponse.from_dict, payload)
        if error is None:
            return error_from_table(self.spec, route, status, None, None, headers)
        details = "; ".join(
            f"{given(item.element_id) or '?'}: {given(item.message) or ''}"
            for item in given(error.errors) or given(error.error) or []
        )
        message = given(error.message)
        message = "; ".join(part for part in (message if isinstance(message, str) else None, details) if part) or None
        return error_from_table(self.spec, route, status, error.code, message, headers)

    def send(
        self,
        to: Sequence[str],
        text: str,
        options: SendOptions,
    ) -> Generator[Call[Any], Any, SendResult]:
        numbers = recipients_for(self.name, list(to))  # sender and text rules: checked in the client
        sender, reference, scheduled_at = options.sender_for(self.name), options.reference, options.scheduled_at
        # The key is placed by the pipeline; the generated model insists on the field.
        body = SendSmsRequest(api_key="", phone_numbers=",".join(numbers), message=text)
        if sender:
            body.sender = sender
        if reference:
            body.tag = reference
        if options.dry_run:
            body.sandbox = 1
        if self.sms_range is not None:
            body.gamme = self.sms_range.request_value
        if options.callback_url:  # receipts, and the replies to this send
            body.url_dlr = signed_callback(self.name, self.signer, options.callback_url, "delivery")
            body.url_response = signed_callback(self.name, self.signer, options.callback_url, "reply")
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
        reply = yield Call(send_sms, (), {"body": body}, SendContext(to=tuple(numbers), reference=reference))
        answer = answer_model(reply, SendSmsResponse, "a send answer", self.name)
        return SendResult(
            vendor=Vendor.smspartner,
            message_id=answer_identifier(given(answer.message_id), "message_id", self.name),
            accepted=numbers,
            rejected=[],
            cost=as_decimal(given(answer.cost)),
            raw=raw(reply),
        )

    def _message_id(self, message_id: str) -> int:
        try:
            return int(str(message_id).strip())
        except ValueError:
            raise InvalidArgumentError(
                f"SMS Partner message ids are numbers, not {message_id!r}", vendor=self.name
            ) from None

    def status(
        self, message_id: str | None, phone_number: str | None
    ) -> Generator[Call[Any], Any, list[DeliveryReport]]:
        number = to_e164(phone_number, self.default_region, vendor=self.name) if phone_number else None
        if message_id is None:  # after the number's own check: the caller's mistake is said first
            raise InvalidRequestError("SMS Partner needs the message_id to report a status", vendor=self.name)
        numeric_id = self._message_id(message_id)
        if number is not None:
            reply = yield Call(get_message_status, (), {"message_id": numeric_id, "phone_number": number})
            one = answer_model(reply, MessageStatusResponse, "a message status", self.name)
            reported = given(one.number) or given(one.phone_number) or number
            return [
                self._report(
                    str(numeric_id),
                    str(reported),
                    given(one.statut),
                    given(one.date),
                    given(one.stop_sms),
                    raw(reply),
                )
            ]
        reply = yield Call(get_bulk_status, (), {"message_id": numeric_id})
        bulk = answer_model(reply, BulkStatusResponse, "a bulk status", self.name)
        items = given(bulk.statut_response_list) or []
        # Each report keeps its entry of the decoded answer (the list the generated model was built from).
        entries = raw(reply).get("StatutResponse_List") or [{}] * len(items)
        bulk_id = answer_identifier(given(bulk.message_id) or numeric_id, "message_id", self.name)
        return [
            self._report(
                bulk_id,
                str(given(item.phone_number) or ""),
                given(item.status),
                given(item.date),
                # Some answers spell it stopSms, as the single status does.
                stop if (stop := given(item.stop_sms)) is not None else item.additional_properties.get("stopSms"),
                entry,
            )
            for item, entry in zip(items, entries, strict=True)
        ]

    def _report(
        self, message_id: str, number: str, word: Any, date: Any, stop: Any, payload: dict[str, Any]
    ) -> DeliveryReport:
        if word is not None and not isinstance(word, str):
            raise ResponseFormatError(f"the status answer's state is a {type(word).__name__}", vendor=self.name)
        word = word or ""
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

    def find_sent(self, question: SentQuestion) -> Generator[Call[Any], Any, Verdicts]:
        """A campaign batch left unknown, asked by its tag: the numbers its statuses list were
        received; none listed (code 4, not found) means none was."""
        try:
            words = yield from self._tagged(question.tag)
        except NotFoundError:
            words = {}
        return Verdicts.listed(question, dict.fromkeys(words))

    def delivery_by_tag(self, tag: str) -> Generator[Call[Any], Any, dict[str, StateEntry]]:
        """The delivery state of each number (its digits) sent with ``tag`` (resolved recipients
        whose answer named no message id are followed this way)."""
        words = yield from self._tagged(tag)
        return {digits: self.spec.state(self.state_vocabularies[0], word) for digits, word in words.items()}

    def _tagged(self, tag: str) -> Generator[Call[Any], Any, dict[str, str]]:
        """The status word of each number (its digits) of the sends tagged ``tag``."""
        reply = yield Call(get_bulk_status_by_tag, (), {"tag": tag})
        answer = answer_model(reply, BulkStatusByTagResponse, "the statuses of a tag", self.name)
        items = given(answer.statut_response_list)
        if items is None:  # "none sent with this tag" is code 4; a success without its list tells nothing
            raise ResponseFormatError("the statuses of a tag carry no StatutResponse_List", vendor=self.name)
        return {digits_of(number): given(item.status) or "" for item in items if (number := given(item.phone_number))}

    def cancel(self, message_id: str) -> Generator[Call[Any], Any, None]:
        yield Call(cancel_message, (), {"message_id": self._message_id(message_id)})

    def credits(self) -> Generator[Call[Any], Any, Credits]:
        reply = yield Call(get_credits)
        answer = answer_model(reply, CreditsResponse, "an account answer", self.name)
        credits = given(answer.credits_)
        balance = None if credits is None else as_decimal(given(credits.balance) or given(credits.solde))
        if credits is None or balance is None:
            raise ResponseFormatError("the /me answer carries no balance", vendor=self.name)
        currency = given(credits.currency)
        return Credits(
            vendor=Vendor.smspartner,
            balance=balance,
            currency=currency if isinstance(currency, str) else None,
            raw=raw(reply),
        )


class SmsPartnerConsent(ConsentPlansBase):
    """SMS Partner's STOP list: ``GET /stop-sms/list``, ``POST /stop-sms/add``, ``GET /stop-sms/delete`` (by id)."""

    name = "smspartner"

    def opt_outs(self, kind: str) -> Generator[Call[Any], Any, list[OptOut]]:
        from _smsgate_generated.smspartner.api.stop_sms import list_stop_sms
        from _smsgate_generated.smspartner.models import StopListResponse

        reply = yield Call(list_stop_sms)
        answer = answer_model(reply, StopListResponse, "a STOP list", self.name)
        items = reply.payload.get("data") if isinstance(reply.payload, dict) else None
        entries = given(answer.data) or []
        raws = items if isinstance(items, list) and len(items) == len(entries) else [{} for _ in entries]
        found: list[OptOut] = []
        for entry, payload in zip(entries, raws, strict=True):
            number = given(entry.phone_number)
            if not number:
                continue
            identifier = given(entry.id)
            found.append(
                OptOut(
                    vendor=Vendor.smspartner,
                    kind=OptOutKind(kind),
                    phone_number=normalise_reported(number, self.region),
                    id=None if identifier is None else str(identifier),
                    at=from_smspartner(given(entry.created_at)),
                    raw=payload if isinstance(payload, dict) else {},
                )
            )
        return found

    def add_opt_out(self, number: str, kind: str) -> Generator[Call[Any], Any, None]:
        from _smsgate_generated.smspartner.api.stop_sms import add_stop_sms
        from _smsgate_generated.smspartner.models import AddStopSmsRequest

        yield Call(add_stop_sms, (), {"body": AddStopSmsRequest(api_key="", phone_number=number)})

    def remove_opt_out(self, number: str, kind: str) -> Generator[Call[Any], Any, None]:
        """SMS Partner removes by the entry's id: the list is read first to find it."""
        from _smsgate_generated.smspartner.api.stop_sms import delete_stop_sms

        listed = yield from self.opt_outs(kind)
        ids = [entry.id for entry in listed if digits_of(entry.phone_number) == digits_of(number) and entry.id]
        if not ids:
            raise NotFoundError(f"{number} is not on SMS Partner's STOP list", vendor=self.name)
        for identifier in ids:
            if not identifier.isdigit():
                raise ResponseFormatError(f"the STOP list's id {identifier!r} is not a number", vendor=self.name)
            yield Call(delete_stop_sms, (), {"id": int(identifier)})

    def replies(self, by: str, value: str) -> Generator[Call[Any], Any, list[Reply]]:
        # Never reached: the client checks the spec's tags first (SMS Partner posts replies to a URL).
        raise UnsupportedOperationError("SMS Partner's API has no reply list", vendor=self.name)
