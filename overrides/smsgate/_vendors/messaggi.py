"""Messaggi (openapi.com Gateway SMS v1): bearer token, +39-style numbers, per-recipient reports."""

from __future__ import annotations

from collections.abc import Generator, Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import httpx
from _smsgate_generated.messaggi.api.messages import (
    delete_message,
    get_message,
    get_message_recipient,
    list_message_recipients,
    list_messages,
    send_message,
)
from _smsgate_generated.messaggi.models import (
    ErrorResponse,
    Message,
    MessageListResponse,
    MessageSummaryListResponse,
    MongoDate,
    Recipient,
    RecipientListResponse,
    SendMessageRequest,
)
from _smsgate_generated.messaggi.models import (
    SendOptions as MessageOptions,
)

from .._base.callback_token import CallbackSigner
from .._base.errors import InvalidRequestError, NotFoundError, ResponseFormatError, SmsGateError, error_from_table
from .._base.models import Credits, DeliveryReport, SendResult, Vendor
from .._base.spec import Route, VendorSpec
from .._base.time import from_epoch_ms, from_messaggi
from .._core.failures import SendContext
from .._core.http import Call
from .._text.phone import RECIPIENT_FORMS, normalise_reported, recipients_for, to_dashed
from .._text.send_options import SendOptions
from .common import (
    SentQuestion,
    Verdicts,
    answer_identifier,
    answer_model,
    as_decimal,
    digits_found,
    error_body,
    given,
    raw,
    signed_callback,
)

ROME = ZoneInfo("Europe/Rome")


class Messaggi:
    signer: CallbackSigner | None = None
    name = "messaggi"
    # The vocabularies of the spec's x-smsgate-delivery-states that status() reads.
    state_vocabularies: tuple[str, ...] = ("recipient_state", "report_status_group")
    default_region = RECIPIENT_FORMS["messaggi"].region

    def __init__(self, spec: VendorSpec) -> None:
        self.spec = spec

    def make_error(self, route: Route, status: int, payload: Any, headers: httpx.Headers) -> SmsGateError | None:
        # A 2xx answer is an error when it says so (``success: false``), which only its own field tells.
        if status < 400 and not (isinstance(payload, dict) and payload.get("success") is False):
            return None
        error = error_body(self.spec, "ErrorResponse", ErrorResponse.from_dict, payload)
        if error is None:
            return error_from_table(self.spec, route, status, None, None, headers)
        message = error.message if isinstance(error.message, str) else None
        return error_from_table(self.spec, route, status, error.error, message, headers)

    def send(
        self,
        to: Sequence[str],
        text: str,
        options: SendOptions,
    ) -> Generator[Call[Any], Any, SendResult]:
        sender, reference, scheduled_at = options.sender_for(self.name), options.reference, options.scheduled_at
        if sender is None:  # the client's sender rule (smsgate._text.rules) refuses it first
            raise InvalidRequestError("Messaggi requires a sender", vendor=self.name)
        numbers = recipients_for(self.name, list(to))  # sender and text rules: checked in the client
        body = SendMessageRequest(sender=sender, body=text, recipients=numbers, test=options.dry_run)
        if scheduled_at or reference or options.callback_url:
            message_options = MessageOptions()
            if scheduled_at:
                message_options.timestamp_send = self._send_date(scheduled_at)
            if reference:
                message_options.custom = reference
            if options.callback_url:  # the summary JSON as the body (no callback_field)
                message_options.callback_url = signed_callback(self.name, self.signer, options.callback_url, "delivery")
            body.options = message_options
        accepted = [number.replace("-", "") for number in numbers]
        reply = yield Call(send_message, (), {"body": body}, SendContext(to=tuple(accepted), reference=reference))
        answer = answer_model(reply, MessageListResponse, "a send answer", self.name)
        if not isinstance(answer.data, list) or not answer.data or not isinstance(answer.data[0], Message):
            raise ResponseFormatError("the send answer carries no message", vendor=self.name)
        message = answer.data[0]
        counts = given(message.recipients)
        invalid = None if counts is None else given(counts.invalid)
        refused = (None if invalid is None else given(invalid.list_)) or []
        rejected = [normalise_reported(str(number), self.default_region) for number in refused]
        return SendResult(
            vendor=Vendor.messaggi,
            message_id=answer_identifier(message.id, "message id", self.name),
            accepted=[number for number in accepted if number not in rejected],
            rejected=rejected,
            cost=as_decimal(given(message.price)),
            raw=raw(reply),
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
        number = to_dashed(phone_number, self.default_region, vendor=self.name) if phone_number else None
        if message_id is None:  # after the number's own check: the caller's mistake is said first
            raise InvalidRequestError("Messaggi needs the message_id to report a status", vendor=self.name)
        if number is not None:
            reply = yield Call(get_message_recipient, (message_id, number))
        else:
            reply = yield Call(list_message_recipients, (message_id,))
        answer = answer_model(reply, RecipientListResponse, "a recipient list", self.name)
        if not isinstance(answer.data, list):
            raise ResponseFormatError("the recipient list carries no data", vendor=self.name)
        # Each report keeps its entry of the decoded answer (the list the generated model was built from).
        entries = raw(reply).get("data") or [{}] * len(answer.data)
        return [
            self._report(message_id, recipient, entry) for recipient, entry in zip(answer.data, entries, strict=True)
        ]

    def _report(self, message_id: str, recipient: Recipient, entry: dict[str, Any]) -> DeliveryReport:
        report = given(recipient.report)
        status = None if report is None else given(report.status)
        group = None if status is None else given(status.group_name)
        word = str(given(recipient.state) or group or "")
        recipient_state, status_group = self.state_vocabularies
        state = self.spec.state(recipient_state, word)
        if state.state.value == "unknown" and group:
            state = self.spec.state(status_group, str(group))
        at = (
            _moment(recipient.timestamp_delivery)
            or (None if report is None else from_messaggi(given(report.done_at)))
            or _moment(recipient.timestamp_sent)
        )
        return DeliveryReport(
            vendor=Vendor.messaggi,
            message_id=str(given(recipient.message_id) or message_id),
            phone_number=normalise_reported(str(recipient.number or ""), self.default_region),
            state=state.state,
            vendor_state=word,
            final=state.final,
            at=at,
            stop=state.stop,
            raw=entry if isinstance(entry, dict) else {},
        )

    def find_sent(self, question: SentQuestion) -> Generator[Call[Any], Any, Verdicts]:
        """A campaign batch left unknown: among the messages made while its request could have been
        in flight (one list, then each candidate once), the one whose ``options.custom`` is the tag
        is the batch, and its recipients were received; no such message means none was."""
        try:
            reply = yield Call(list_messages)
        except NotFoundError as error:
            if error.vendor_code != "203":
                raise
            return Verdicts.listed(question, {})  # "no message found": an account with no message at all
        listing = answer_model(reply, MessageSummaryListResponse, "a message list", self.name)
        since, until = question.window_ms
        for summary in listing.data:
            made = _epoch_ms(given(summary.timestamp))
            if made is not None and not since <= made <= until:
                continue  # made when the batch could not have been (one without a time is looked at)
            reply = yield Call(get_message, (summary.id,))
            found = answer_model(reply, MessageListResponse, "a message", self.name).data  # a list of one
            options = given(found[0].options) if found else None
            if options is None or given(options.custom) != question.tag:
                continue
            reports = yield from self.status(summary.id, None)
            return Verdicts.listed(question, digits_found((report.phone_number for report in reports), summary.id))
        return Verdicts.listed(question, {})

    def cancel(self, message_id: str) -> Generator[Call[Any], Any, None]:
        yield Call(delete_message, (message_id,))

    def credits(self) -> Generator[Call[Any], Any, Credits]:
        # Messaggi reports the balance in the envelope of every answer; the message list is the
        # cheapest call that has one.
        try:
            reply = yield Call(list_messages)
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
        answer = answer_model(reply, MessageSummaryListResponse, "a message list", self.name)
        balance = as_decimal(given(answer.credit))
        if balance is None:
            raise ResponseFormatError("the answer carries no credit", vendor=self.name)
        return Credits(vendor=Vendor.messaggi, balance=balance, currency="EUR", raw=raw(reply))


def _epoch_ms(text: str | None) -> float | None:
    """A message list's ``timestamp`` (epoch milliseconds, as text); None when it has none."""
    try:
        return None if text is None else float(text)
    except ValueError:
        return None


def _moment(value: Any) -> datetime | None:
    """A Messaggi time: a MongoDate (``{"$date": {"$numberLong": ...}}``) or what the parser kept as it came."""
    value = given(value)
    if isinstance(value, MongoDate):
        return from_epoch_ms(value.date.number_long)
    return from_messaggi(value)
