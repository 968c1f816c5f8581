"""Hear the vendors back: delivery receipts, replies, STOP requests and HLR results as typed events.

    import smsgate.webhooks as webhooks

    event = webhooks.parse("smspartner", body, url=request_url, headers=headers)  # secret: $SMSGATE_WEBHOOK_SECRET
    match event:
        case webhooks.DeliveryEvent(): ...      # a receipt: event.state, event.final
        case webhooks.InboundMessage(): ...     # a reply: event.phone_number, event.text
        case webhooks.OptOutEvent(): ...        # a STOP: send nothing more to event.phone_number
        case webhooks.HlrResult(): ...          # a number verified: event.state, event.network

``send(..., callback_url=...)`` gives each vendor your URL with a token (``?smsgate=...``, an
HMAC keyed by your webhook secret over the vendor, the path and what the URL is for); ``parse``
and the receivers (``asgi_app``, ``wsgi_app``, ``Receiver``) check it in constant time.
``signed_url`` signs a URL you paste into a vendor's dashboard (SMS Partner's reply URL).

The token proves the URL was made with your secret for that vendor, path and purpose. It does not
prove that a body is new: a genuine callback replayed is still genuine (the receivers deliver an
equal event once per window), and whoever sees the URL (in the vendor's logs, in yours) can post to it.
"""

from __future__ import annotations

from ._base.callback_token import PURPOSES, SECRET_ENV_VAR, CallbackPurpose, missing_secret, signer_of
from ._base.errors import ClientUsageError, WebhookAuthenticationError, WebhookError, WebhookFormatError
from ._base.redact import hides_secrets
from ._webhooks.consent import suppressing
from ._webhooks.events import DeliveryEvent, HlrResult, InboundMessage, OptOutEvent, ReplyPart, WebhookEvent
from ._webhooks.payloads import parse
from ._webhooks.receiver import DEFAULT_MAX_BODY, DEFAULT_WINDOW, Receiver, Reply, asgi_app, wsgi_app

__all__ = [
    "DEFAULT_MAX_BODY",
    "DEFAULT_WINDOW",
    "PURPOSES",
    "SECRET_ENV_VAR",
    "CallbackPurpose",
    "DeliveryEvent",
    "HlrResult",
    "InboundMessage",
    "OptOutEvent",
    "Receiver",
    "Reply",
    "ReplyPart",
    "WebhookAuthenticationError",
    "WebhookError",
    "WebhookEvent",
    "WebhookFormatError",
    "asgi_app",
    "parse",
    "signed_url",
    "suppressing",
    "wsgi_app",
]


@hides_secrets
def signed_url(url: str, *, vendor: str, purpose: CallbackPurpose, secret: str | bytes | None = None) -> str:
    """``url`` with the ``smsgate=`` token that ``parse`` and the receivers accept for ``vendor``
    and ``purpose`` (``"delivery"``, ``"reply"`` or ``"hlr"``), signed with ``secret`` (default:
    ``$SMSGATE_WEBHOOK_SECRET``). ``send(..., callback_url=...)`` does this itself; use it for a
    URL you set elsewhere: SMS Partner's reply URL in its dashboard (``purpose="reply"``), the
    ``notifyUrl`` of an HLR check (``purpose="hlr"``)."""
    from ._base.errors import InvalidArgumentError
    from ._base.spec import VENDORS

    if vendor not in VENDORS:
        raise InvalidArgumentError(f"unknown vendor {vendor!r}; expected one of {', '.join(VENDORS)}")
    if purpose not in PURPOSES:
        raise InvalidArgumentError(f"purpose must be one of {', '.join(PURPOSES)}, not {purpose!r}", vendor=vendor)
    signer = signer_of(secret)
    if signer is None:
        raise ClientUsageError(missing_secret("smsgate.webhooks.signed_url"))
    return signer.sign(url, vendor=vendor, purpose=purpose)
