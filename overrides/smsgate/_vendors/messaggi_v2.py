"""Messaggi v2 (openapi.com Gateway SMS v2, sms.openapi.com): bearer token, one recipient per message.

The API takes one recipient per request, on a route chosen by the recipient's country (the spec's
``x-smsgate-send-regions``: IT-messages, ES-messages, WW-messages for the rest). A send to several
numbers is therefore several messages, each on its own route, so a list mixing countries is split
per recipient, never refused; the ``message_id`` names each message, joined by commas. What the
vendor accepted before a later request failed travels with the error as ``partial``: nothing is
ever sent twice. No scheduling, no reference field, no cancel and no balance call exist in v2.
"""

from __future__ import annotations

import importlib
from collections.abc import Generator, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from functools import cached_property
from typing import Any

import httpx
from _smsgate_generated.messaggi_v2.api.messages import get_message
from _smsgate_generated.messaggi_v2.models import (
    CallbackOptions,
    ErrorResponse,
    MessageEnvelope,
    MessageOptions,
    MessageResponse,
    SendMessageRequest,
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
from .._base.models import Credits, DeliveryReport, SendResult, Vendor
from .._base.spec import Route, VendorSpec
from .._core.failures import SendContext
from .._core.http import Call
from .._core.response import Answer
from .._text.phone import RECIPIENT_FORMS, normalise_reported, recipients_for, region_of, to_e164
from .._text.send_options import SendOptions
from .common import (
    ID_SEPARATOR,
    Accepted,
    SentQuestion,
    answer_identifier,
    answer_model,
    as_decimal,
    error_body,
    given,
    raw,
    signed_callback,
)

ANY_REGION = "*"


class MessaggiV2:
    signer: CallbackSigner | None = None
    name = "messaggi_v2"
    # The vocabularies of the spec's x-smsgate-delivery-states that status() reads.
    state_vocabularies: tuple[str, ...] = ("message_state",)
    default_region = RECIPIENT_FORMS["messaggi_v2"].region

    def __init__(self, spec: VendorSpec) -> None:
        self.spec = spec

    @cached_property
    def _routes(self) -> dict[str, Route]:
        """The send route for each region the spec names, ``*`` for every other region."""
        return {region: route for route in self.spec.routes.values() for region in route.send_regions}

    def route_for(self, number: str) -> Route:
        region = region_of(number)
        return self._routes.get(region or "", self._routes[ANY_REGION])

    def make_error(self, route: Route, status: int, payload: Any, headers: httpx.Headers) -> SmsGateError | None:
        if status < 400:
            return None
        error = error_body(self.spec, "ErrorResponse", ErrorResponse.from_dict, payload)
        if error is None:
            return error_from_table(self.spec, route, status, None, None, headers)
        message = error.message if isinstance(error.message, str) else None
        return error_from_table(self.spec, route, status, error.code, message, headers)

    def send(
        self,
        to: Sequence[str],
        text: str,
        options: SendOptions,
    ) -> Generator[Call[Any], Any, SendResult]:
        numbers = recipients_for(self.name, list(to))  # sender and text rules: checked in the client
        sender = options.sender_for(self.name)
        operations = importlib.import_module("_smsgate_generated.messaggi_v2.operations")
        # One request per recipient, each on its region's route: what the vendor accepted so far
        # travels with any error raised later, so that a caller never sends it twice.
        accepted = Accepted(self.name)
        callback = None
        if options.callback_url:  # the JSON as the body (callback.method JSON, the default)
            callback = signed_callback(self.name, self.signer, options.callback_url, "delivery")
        for number in numbers:
            body = SendMessageRequest(recipient=number, message=text)
            if callback is not None:
                body.callback = CallbackOptions(url=callback)
            if sender:
                body.sender = sender
            if options.dry_run:
                body.options = MessageOptions(dry_run=True)
            route = self.route_for(number)
            endpoint = getattr(operations, route.operation_id)
            context = SendContext(to=(number,), reference=None)
            try:
                reply = yield Call(endpoint, (), {"body": body}, context)
                message = self._message(reply)
                message_id = answer_identifier(message.id, "message id", self.name)
            except SmsGateError as error:
                if accepted.numbers:
                    error.partial = accepted.result()
                raise
            accepted.add(number, message_id, _known_cost(message, route), raw(reply))
        return accepted.result()

    def _message(self, reply: Answer) -> MessageResponse:
        envelope = answer_model(reply, MessageEnvelope, "a message answer", self.name)
        if not isinstance(envelope.data, MessageResponse):
            raise ResponseFormatError("the answer carries no message", vendor=self.name)
        return envelope.data

    def status(
        self, message_id: str | None, phone_number: str | None
    ) -> Generator[Call[Any], Any, list[DeliveryReport]]:
        number = to_e164(phone_number, self.default_region, vendor=self.name) if phone_number else None
        if message_id is None:  # after the number's own check: the caller's mistake is said first
            raise InvalidRequestError("Messaggi v2 needs the message_id to report a status", vendor=self.name)
        parts = [part.strip() for part in message_id.split(ID_SEPARATOR)]
        if not all(parts):
            raise InvalidArgumentError(f"message_id {message_id!r} has an empty part", vendor=self.name)
        reports = []
        for part in parts:
            reply = yield Call(get_message, (part,))
            report = self._report(self._message(reply), raw(reply))
            if number is None or report.phone_number == number:
                reports.append(report)
        if not reports:
            raise NotFoundError(f"message {message_id} was not sent to {number}", vendor=self.name)
        return reports

    def _report(self, message: MessageResponse, payload: dict[str, Any]) -> DeliveryReport:
        word = message.state
        if not isinstance(word, str):
            raise ResponseFormatError(f"the message's state is a {type(word).__name__}", vendor=self.name)
        entry = self.spec.state(self.state_vocabularies[0], word)
        # When the state was reached: delivery when delivered, else the last change the vendor saw.
        moments = (message.delivered_at, message.updated_at, message.sent_at, message.created_at)
        at = next((_utc(moment) for moment in moments if isinstance(moment, datetime)), None)
        entry_payload = payload.get("data")
        return DeliveryReport(
            vendor=Vendor.messaggi_v2,
            message_id=answer_identifier(message.id, "message id", self.name),
            phone_number=normalise_reported(str(message.recipient), self.default_region),
            state=entry.state,
            vendor_state=word,
            final=entry.final,
            at=at,
            stop=entry.stop,
            raw=entry_payload if isinstance(entry_payload, dict) else payload,
        )

    def find_sent(self, question: SentQuestion) -> None:
        """Messaggi v2 has no reference field: a campaign batch left unknown cannot be found again,
        and stays unknown (never resent)."""
        return None

    def cancel(self, message_id: str) -> Generator[Call[Any], Any, None]:
        raise UnsupportedOperationError("Messaggi v2's API has no call to cancel a message", vendor=self.name)

    def credits(self) -> Generator[Call[Any], Any, Credits]:
        raise UnsupportedOperationError("Messaggi v2's API has no call that reports the balance", vendor=self.name)


def _known_cost(message: MessageResponse, route: Route) -> Decimal | None:
    """What the message cost, when the vendor knows already.

    A worldwide message is priced after sending: its price says 0 until the provider accepted
    it, and 0 then means "not known yet", not "free".
    """
    total = as_decimal(given(message.total_price))
    if total == 0 and ANY_REGION in route.send_regions:
        return None
    return total


def _utc(moment: datetime) -> datetime:
    """The vendor's ISO 8601 times in UTC; one without an offset is taken as UTC (the API's own zone)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
