"""The installed package: public surface, layout and the generated models."""

from __future__ import annotations

import dataclasses
import importlib
import subprocess
import sys
from decimal import Decimal
from importlib.resources import files

import smsgate
from smsgate.about import summary


def test_public_surface_is_pinned() -> None:
    assert smsgate.__all__ == [
        "APIError",
        "AsyncClient",
        "AuthenticationError",
        "Client",
        "ClientUsageError",
        "Credits",
        "DeliveryReport",
        "DeliveryState",
        "InsufficientCreditError",
        "InvalidRequestError",
        "MessaggiStatusCallback",
        "NotFoundError",
        "RateLimitError",
        "RequestTimeoutError",
        "ResponseFormatError",
        "SendOutcomeUnknown",
        "SendResult",
        "ServerError",
        "SmsGateError",
        "TransportError",
        "UnsupportedOperationError",
        "Vendor",
        "__version__",
    ]
    for name in smsgate.__all__:
        assert hasattr(smsgate, name)


def test_vendor_modules_are_pinned() -> None:
    import smsgate.messaggi
    import smsgate.primotexto
    import smsgate.smspartner

    assert smsgate.primotexto.__all__ == ["AsyncPrimotextoClient", "PrimotextoClient", "api", "models", "operations"]
    assert smsgate.smspartner.__all__ == ["AsyncSmsPartnerClient", "SmsPartnerClient", "api", "models", "operations"]
    assert smsgate.messaggi.__all__ == ["AsyncMessaggiClient", "MessaggiClient", "api", "models", "operations"]


def test_error_tree() -> None:
    api_errors = [
        smsgate.AuthenticationError,
        smsgate.NotFoundError,
        smsgate.InvalidRequestError,
        smsgate.InsufficientCreditError,
        smsgate.RateLimitError,
        smsgate.ServerError,
    ]
    assert all(issubclass(cls, smsgate.APIError) for cls in api_errors)
    assert issubclass(smsgate.UnsupportedOperationError, smsgate.InvalidRequestError)
    assert issubclass(smsgate.RequestTimeoutError, smsgate.TransportError)
    for cls in (smsgate.APIError, smsgate.TransportError, smsgate.SendOutcomeUnknown, smsgate.ResponseFormatError):
        assert cls.__bases__ == (smsgate.SmsGateError,)


def test_delivery_states_are_the_unified_vocabulary() -> None:
    assert [s.value for s in smsgate.DeliveryState] == [
        "queued",
        "sent",
        "delivered",
        "undelivered",
        "expired",
        "rejected",
        "canceled",
        "unknown",
    ]


def test_unified_models_are_frozen_keyword_only() -> None:
    credits = smsgate.Credits(vendor=smsgate.Vendor.smspartner, balance=Decimal("10.5"), currency="EUR", raw={})
    assert dataclasses.is_dataclass(credits)
    assert credits.balance == Decimal("10.5")
    try:
        credits.balance = Decimal(0)  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("Credits must be frozen")


def test_generated_package_is_typed_and_ships_the_specs() -> None:
    root = files("_smsgate_generated")
    assert root.joinpath("py.typed").is_file()
    for vendor in ("primotexto", "smspartner", "messaggi"):
        assert root.joinpath(vendor, "openapi.json").is_file()
        importlib.import_module(f"_smsgate_generated.{vendor}.api")


def test_about_lists_every_vendor() -> None:
    text = summary()
    for vendor in ("primotexto", "smspartner", "messaggi"):
        assert vendor in text
    completed = subprocess.run([sys.executable, "-m", "smsgate.about"], capture_output=True, text=True, check=True)
    assert completed.stdout.strip() == text


def test_repr_of_generated_clients_hides_the_token() -> None:
    for vendor in ("primotexto", "messaggi"):
        client_module = importlib.import_module(f"_smsgate_generated.{vendor}.client")
        client = client_module.AuthenticatedClient("https://example.invalid", token="s3cr3t-token")
        client.get_httpx_client()
        assert "s3cr3t-token" not in repr(client)
