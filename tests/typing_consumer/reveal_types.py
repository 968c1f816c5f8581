"""The types a consumer's mypy infers for the main results; ``run.py`` asserts each ``# expect:``."""

from __future__ import annotations

from typing import reveal_type

import smsgate
from smsgate.messaggi_v2 import models as messaggi_v2_models
from smsgate.messaggi_v2 import operations as messaggi_v2_operations
from smsgate.primotexto import operations as primotexto_operations
from smsgate.testing import sandbox_client


def sync_results(client: smsgate.Client) -> None:
    sent = client.send("+33612345678", "hello")
    reveal_type(sent)  # expect: _smsgate_generated.unified.SendResult
    reports = client.status(sent.message_id)
    reveal_type(reports)  # expect: list[_smsgate_generated.unified.DeliveryReport]
    reveal_type(reports[0].state)  # expect: _smsgate_generated.unified.DeliveryState
    reveal_type(reports[0].at)  # expect: datetime.datetime | None
    reveal_type(client.credits())  # expect: _smsgate_generated.unified.Credits
    reveal_type(client.credits().balance)  # expect: decimal.Decimal
    reveal_type(client.cancel(sent.message_id))  # expect: None
    stats = client.call(primotexto_operations.get_category_stats, category="otp")
    # call() is typed as the generated operation: success model | error model | None (errors raise)
    # expect: _smsgate_generated.primotexto.models.category_stats.CategoryStats | _smsgate_generated.primotexto.models.error_response.ErrorResponse | None  # noqa: E501
    reveal_type(stats)
    # Messaggi v2's OTP goes through call(), typed the same way.
    otp = client.call(
        messaggi_v2_operations.send_otp, body=messaggi_v2_models.SendOTPRequest(recipient="+393491234567")
    )
    # expect: _smsgate_generated.messaggi_v2.models.error_response.ErrorResponse | _smsgate_generated.messaggi_v2.models.message_envelope.MessageEnvelope | None  # noqa: E501
    reveal_type(otp)


async def async_results(client: smsgate.AsyncClient) -> None:
    reveal_type(await client.send("+33612345678", "hello"))  # expect: _smsgate_generated.unified.SendResult
    reveal_type(await client.status("1"))  # expect: list[_smsgate_generated.unified.DeliveryReport]
    reveal_type(await client.credits())  # expect: _smsgate_generated.unified.Credits


def errors() -> None:
    try:
        with sandbox_client("smspartner") as client:
            reveal_type(client)  # expect: smsgate.testing.SandboxClient
    except smsgate.SendOutcomeUnknown as unknown:
        reveal_type(unknown.to)  # expect: tuple[str, ...]
    except smsgate.RateLimitError as limited:
        reveal_type(limited.retry_after)  # expect: float | None
    except smsgate.APIError as refused:
        reveal_type(refused.vendor_code)  # expect: str | None
