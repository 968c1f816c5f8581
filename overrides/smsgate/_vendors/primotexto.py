"""Primotexto: one message per recipient, status by snapshotId or by number, no cancel API."""

from __future__ import annotations

from collections.abc import Generator, Sequence
from typing import Any

import httpx
from _smsgate_generated.primotexto.api.account import get_account_stats
from _smsgate_generated.primotexto.api.messages import get_message_status, send_message
from _smsgate_generated.primotexto.models import (
    AccountStats,
    ErrorResponse,
    MessageStatus,
    MessageType,
    SendMessageRequest,
    SendMessageResponse,
)

from .._base.callback_token import CallbackSigner
from .._base.errors import (
    InvalidArgumentError,
    NotFoundError,
    ResponseFormatError,
    SmsGateError,
    UnsupportedOperationError,
    error_from_table,
)
from .._base.models import Credits, DeliveryReport, DeliveryState, OptOut, OptOutKind, Reply, SendResult, Vendor
from .._base.spec import Route, StateEntry, VendorSpec
from .._base.time import from_epoch_ms
from .._core.failures import SendContext
from .._core.http import Call
from .._core.response import Answer
from .._text.phone import RECIPIENT_FORMS, normalise_reported, recipients_for, to_e164
from .._text.send_options import SendOptions
from .common import (
    ID_SEPARATOR,
    Accepted,
    ConsentPlansBase,
    SentQuestion,
    Verdicts,
    answer_identifier,
    answer_model,
    as_decimal,
    error_body,
    given,
    listed_numbers,
    object_id_time,
    raw,
    signed_callback,
)

NUMBER_MARK = "@"  # each id carries the number it went to: "<snapshotId>@<E.164 number>"


class Primotexto:
    signer: CallbackSigner | None = None
    name = "primotexto"
    # The vocabularies of the spec's x-smsgate-delivery-states that status() reads.
    state_vocabularies: tuple[str, ...] = ("message_state",)
    default_region = RECIPIENT_FORMS["primotexto"].region

    def __init__(self, spec: VendorSpec) -> None:
        self.spec = spec

    def make_error(self, route: Route, status: int, payload: Any, headers: httpx.Headers) -> SmsGateError | None:
        if status < 400:
            return None
        error = error_body(self.spec, "ErrorResponse", ErrorResponse.from_dict, payload)
        if error is None:
            return error_from_table(self.spec, route, status, None, None, headers)
        # `error` is the text's name as WP-SMS reads it (Low); some answers are said to carry `message`.
        message = given(error.error) or error.additional_properties.get("message")
        return error_from_table(self.spec, route, status, given(error.code), message, headers)

    def send(
        self,
        to: Sequence[str],
        text: str,
        options: SendOptions,
    ) -> Generator[Call[Any], Any, SendResult]:
        numbers = recipients_for(self.name, list(to))  # sender and text rules: checked in the client
        if options.callback_url:
            signed_callback(self.name, self.signer, options.callback_url, "delivery")  # refused: no callbacks
        if options.dry_run:
            # Primotexto has no test mode: a dry run checks the input and sends nothing.
            return SendResult(vendor=Vendor.primotexto, message_id="", accepted=numbers, rejected=[], cost=None, raw={})
        # One request per recipient: what the vendor accepted so far travels with any error raised
        # later, so that a caller never sends it twice.
        accepted = Accepted(self.name)
        # The route is the purpose: marketing content is forbidden on `notification` (transactional).
        message_type = MessageType.MARKETING if options.purpose == "marketing" else MessageType.NOTIFICATION
        sender, reference, scheduled_at = options.sender_for(self.name), options.reference, options.scheduled_at
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
                reply = yield Call(send_message, (message_type,), {"body": body}, context)
                answer = answer_model(reply, SendMessageResponse, "a send answer", self.name)
                snapshot_id = answer_identifier(answer.snapshot_id, "snapshotId", self.name)
            except SmsGateError as error:
                if accepted.numbers:
                    error.partial = accepted.result()
                raise
            accepted.add(
                number, f"{snapshot_id}{NUMBER_MARK}{number}", as_decimal(given(answer.credits_used)), raw(reply)
            )
        return accepted.result()

    def status(
        self, message_id: str | None, phone_number: str | None
    ) -> Generator[Call[Any], Any, list[DeliveryReport]]:
        number = to_e164(phone_number, self.default_region, vendor=self.name) if phone_number else None
        reports = []
        if message_id is None:
            reply = yield Call(get_message_status, (), {"identifier": number})
            reports.append(self._report(reply, number, None))
            return reports
        for part, snapshot_id, sent_to in self._targets(message_id, number):
            reply = yield Call(get_message_status, (), {"snapshot_id": snapshot_id})
            reports.append(self._report(reply, sent_to, part))
        return reports

    def _targets(self, message_id: str, number: str | None) -> list[tuple[str, str, str | None]]:
        """(part of the message id, snapshotId, number it went to or None) for each message to ask about.

        A send's ``message_id`` names each recipient (``<snapshotId>@<number>``); a bare snapshotId
        (from Primotexto's own site) does not, and its reports say ``phone_number=None``.
        """
        targets = []
        for part in message_id.split(ID_SEPARATOR):
            snapshot_id, _, sent_to = part.strip().partition(NUMBER_MARK)
            if not snapshot_id.strip():
                raise InvalidArgumentError(f"message_id {message_id!r} has an empty part", vendor=self.name)
            targets.append((part.strip(), snapshot_id.strip(), sent_to.strip() or None))
        if number is None:
            return targets
        chosen = [target for target in targets if target[2] in (number, None)]
        if not chosen:
            raise NotFoundError(f"message {message_id} was not sent to {number}", vendor=self.name)
        return chosen

    def _report(self, reply: Answer, number: str | None, message_id: str | None) -> DeliveryReport:
        answer = answer_model(reply, MessageStatus, "a message status", self.name)
        word = given(answer.state)
        vendor_id = given(answer.id)
        if word is None and vendor_id is None:
            raise ResponseFormatError("the status answer names neither a message nor a state", vendor=self.name)
        if word is not None and not isinstance(word, str):
            raise ResponseFormatError(f"the status answer's state is a {type(word).__name__}", vendor=self.name)
        if word:
            entry = self.spec.state(self.state_vocabularies[0], word)
        else:  # Primotexto names no step before the first one is reached: the message waits to leave
            word, entry = "", StateEntry(DeliveryState.queued, final=False, stop=False)
        payload = raw(reply)
        return DeliveryReport(
            vendor=Vendor.primotexto,
            message_id=message_id or answer_identifier(vendor_id, "id", self.name),
            phone_number=number,
            state=entry.state,
            vendor_state=word,
            final=entry.final,
            at=from_epoch_ms(given(answer.state_date) or _moment_of(answer, word)),
            stop=entry.stop,
            raw=payload,
        )

    def find_sent(self, question: SentQuestion) -> Generator[Call[Any], Any, Verdicts]:
        """A campaign batch left unknown (one recipient a request), asked number by number: the
        last message sent to it, submitted after the batch started, was received; one submitted
        before (or none at all) means ours was not. Primotexto cannot tell whose message it is: one
        sent to the same number by someone else after the batch started is taken for ours."""
        received: dict[int, str | None] = {}
        absent: list[int] = []
        since, _ = question.window_ms
        for position, number in question.recipients:
            try:
                reply = yield Call(get_message_status, (), {"identifier": number})
            except NotFoundError:
                absent.append(position)
                continue
            answer = answer_model(reply, MessageStatus, "a message status", self.name)
            submitted = given(answer.submitted) or given(answer.sent)
            if not submitted:
                continue  # queued, with no time yet: the vendor cannot tell yet
            if submitted >= since:
                received[position] = f"{answer_identifier(given(answer.id), 'id', self.name)}{NUMBER_MARK}{number}"
            else:
                absent.append(position)
        return Verdicts(received, absent)

    def cancel(self, message_id: str) -> Generator[Call[Any], Any, None]:
        raise UnsupportedOperationError("Primotexto's API has no call to cancel a message", vendor=self.name)

    def credits(self) -> Generator[Call[Any], Any, Credits]:
        reply = yield Call(get_account_stats)
        answer = answer_model(reply, AccountStats, "the account stats", self.name)
        balance = as_decimal(given(answer.credits_))
        if balance is None:
            raise ResponseFormatError("the account stats carry no credits", vendor=self.name)
        # Primotexto counts credits, not money.
        return Credits(vendor=Vendor.primotexto, balance=balance, currency=None, raw=raw(reply))


def _moment_of(answer: MessageStatus, word: str) -> int | None:
    """When the state ``word`` was reached, from the field of that name (epoch milliseconds), where
    the answer has one and no ``stateDate``."""
    moments = {"sent": answer.sent, "submitted": answer.submitted, "delivered": answer.delivered}
    return given(moments.get(word))


class PrimotextoConsent(ConsentPlansBase):
    """Primotexto's blacklists (``unsubscribers`` = STOP, ``bounces`` = NPAI) and replies."""

    name = "primotexto"

    def opt_outs(self, kind: str) -> Generator[Call[Any], Any, list[OptOut]]:
        from _smsgate_generated.primotexto.api.blacklists import list_bounces, list_unsubscribers

        reply = yield Call(list_unsubscribers if kind == "stop" else list_bounces)
        return [
            OptOut(
                vendor=Vendor.primotexto,
                kind=OptOutKind(kind),
                phone_number=normalise_reported(number, self.region),
                id=identifier,
                at=at,
                raw=raw,
            )
            for number, identifier, at, raw in listed_numbers(reply.payload)
        ]

    def add_opt_out(self, number: str, kind: str) -> Generator[Call[Any], Any, None]:
        from _smsgate_generated.primotexto.api.blacklists import add_bounce, add_unsubscriber
        from _smsgate_generated.primotexto.models import IdentifierRequest

        endpoint = add_unsubscriber if kind == "stop" else add_bounce
        yield Call(endpoint, (), {"body": IdentifierRequest(identifier=number)})

    def remove_opt_out(self, number: str, kind: str) -> Generator[Call[Any], Any, None]:
        from _smsgate_generated.primotexto.api.blacklists import delete_bounce, delete_unsubscriber

        yield Call(delete_unsubscriber if kind == "stop" else delete_bounce, (), {"identifier": number})

    def replies(self, by: str, value: str) -> Generator[Call[Any], Any, list[Reply]]:
        from _smsgate_generated.primotexto.api.campaigns import list_campaign_replies
        from _smsgate_generated.primotexto.api.messages import list_category_replies
        from _smsgate_generated.primotexto.models import Reply as VendorReply

        if by == "campaign":
            answer = yield Call(list_campaign_replies, (value,), {})
        else:
            answer = yield Call(list_category_replies, (), {"category": value})
        items = answer.model
        if not isinstance(items, list):
            raise ResponseFormatError("the replies are not a list", vendor=self.name)
        payloads = answer.payload if isinstance(answer.payload, list) else [{} for _ in items]
        found: list[Reply] = []
        for item, payload in zip(items, payloads, strict=False):
            if not isinstance(item, VendorReply):
                continue
            number = given(item.identifier)
            if not number:
                continue
            identifier = given(item.id)
            found.append(
                Reply(
                    vendor=Vendor.primotexto,
                    id=identifier,
                    phone_number=normalise_reported(number, self.region),
                    text=given(item.message) or "",
                    received_at=object_id_time(identifier),
                    reference=value,
                    raw=payload if isinstance(payload, dict) else {},
                )
            )
        return found
