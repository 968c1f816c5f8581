"""The installed package: public surface, layout and the generated models."""

from __future__ import annotations

import dataclasses
import importlib
import subprocess
import sys
from decimal import Decimal
from importlib.resources import files

import pytest
import smsgate
from smsgate._base.spec import VENDORS
from smsgate.about import summary


def test_public_surface_is_pinned() -> None:
    assert smsgate.__all__ == [
        "APIError",
        "AsyncClient",
        "AsyncFailoverClient",
        "AuthenticationError",
        "Campaign",
        "CampaignReport",
        "CircuitBreaker",
        "Client",
        "ClientUsageError",
        "Credits",
        "DeliveryReport",
        "DeliveryState",
        "Encoding",
        "FailoverClient",
        "FailoverResult",
        "ForcingCharacter",
        "InsufficientCreditError",
        "InvalidArgumentError",
        "InvalidRequestError",
        "Journal",
        "JournalEntry",
        "JournalError",
        "MessaggiStatusCallback",
        "NotFoundError",
        "OptOut",
        "OptOutKind",
        "Preview",
        "RateLimit",
        "RateLimitError",
        "RecipientState",
        "Replacement",
        "Reply",
        "RequestTimeoutError",
        "ResolveReport",
        "ResponseFormatError",
        "SendOutcomeUnknown",
        "SendResult",
        "ServerError",
        "SmsGateError",
        "SuppressionEntry",
        "SuppressionList",
        "Transliteration",
        "TransportError",
        "UnsupportedOperationError",
        "Vendor",
        "WebhookAuthenticationError",
        "WebhookError",
        "WebhookFormatError",
        "__version__",
        "preview",
        "send_many",
        "send_many_async",
        "to_gsm7",
    ]
    for name in smsgate.__all__:
        assert hasattr(smsgate, name)


def _modules_after(statement: str) -> set[str]:
    """The modules a fresh interpreter holds after ``statement``."""
    code = f"import sys\n{statement}\nprint('\\n'.join(sys.modules))"
    return set(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split())


def test_import_loads_nothing_but_smsgate_beyond_httpx() -> None:
    """``import smsgate`` costs its own modules only (figure 4 of the bench): the generated code (the
    unified models, the vendor packages), the spec files and asyncio load with the first client."""
    extra = _modules_after("import smsgate") - _modules_after("import httpx")
    assert extra, "smsgate itself should be there"
    assert all(name == "smsgate" or name.startswith("smsgate.") for name in extra), sorted(extra)


def test_every_public_name_loads_on_first_use() -> None:
    """The unified models are loaded lazily: each public name still imports, as ``from smsgate import *`` too."""
    names = ", ".join(name for name in smsgate.__all__ if name != "__version__")
    code = (
        "import sys, smsgate\n"
        "assert '_smsgate_generated.unified' not in sys.modules\n"
        f"from smsgate import {names}\n"
        "assert smsgate.Credits is sys.modules['_smsgate_generated.unified'].Credits\n"
        "namespace = {}\n"
        "exec('from smsgate import *', namespace)\n"
        "assert set(smsgate.__all__) <= set(namespace) and set(smsgate.__all__) <= set(dir(smsgate))\n"
        "print(smsgate.DeliveryState.delivered.value)"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert completed.stdout.strip() == "delivered"
    with pytest.raises(AttributeError, match="NoSuchName"):
        smsgate.NoSuchName  # type: ignore[attr-defined]  # noqa: B018 - the lookup is the test


def test_vendor_modules_are_pinned() -> None:
    import smsgate.messaggi
    import smsgate.messaggi_v2
    import smsgate.primotexto
    import smsgate.smspartner

    assert smsgate.primotexto.__all__ == ["AsyncPrimotextoClient", "PrimotextoClient", "api", "models", "operations"]
    assert smsgate.smspartner.__all__ == ["AsyncSmsPartnerClient", "SmsPartnerClient", "api", "models", "operations"]
    assert smsgate.messaggi.__all__ == ["AsyncMessaggiClient", "MessaggiClient", "api", "models", "operations"]
    assert smsgate.messaggi_v2.__all__ == ["AsyncMessaggiV2Client", "MessaggiV2Client", "api", "models", "operations"]


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
    assert issubclass(smsgate.JournalError, smsgate.ClientUsageError)
    # A caller's own mistake is a ClientUsageError and a ValueError, never a vendor's answer.
    assert smsgate.InvalidArgumentError.__bases__ == (smsgate.ClientUsageError, ValueError)
    assert not issubclass(smsgate.InvalidArgumentError, smsgate.APIError)


def test_every_error_carries_a_status_code() -> None:
    """One base holds ``status_code``: None when no answer came with the error."""
    assert smsgate.TransportError("down", vendor="smspartner").status_code is None
    assert smsgate.ServerError("5xx", vendor="smspartner", status_code=503).status_code == 503
    unknown = smsgate.SendOutcomeUnknown("?", vendor="smspartner", operation="send_sms", status_code=502)
    assert unknown.status_code == 502


def test_the_error_module_imports_nothing_of_smsgate() -> None:
    """``smsgate._base.errors`` is the leaf every module imports: it imports none of them (no cycle through it)."""
    import ast
    from pathlib import Path

    import smsgate._base.errors

    tree = ast.parse(Path(smsgate._base.errors.__file__).read_text(encoding="utf-8"))
    runtime = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.level > 0 or (node.module or "").startswith("smsgate"))
    ]
    guarded = {  # imports under `if TYPE_CHECKING:` are annotations only
        id(child)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
        for child in ast.walk(node)
    }
    assert [ast.unparse(node) for node in runtime if id(node) not in guarded] == []


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
    for vendor in VENDORS:
        assert root.joinpath(vendor, "openapi.json").is_file()
        importlib.import_module(f"_smsgate_generated.{vendor}.api")


def test_about_lists_every_vendor() -> None:
    text = summary()
    for vendor in VENDORS:
        assert f"\n{vendor} " in text
    completed = subprocess.run([sys.executable, "-m", "smsgate.about"], capture_output=True, text=True, check=True)
    assert completed.stdout.strip() == text


def test_repr_of_generated_clients_hides_the_token() -> None:
    for vendor in ("primotexto", "messaggi", "messaggi_v2"):
        client_module = importlib.import_module(f"_smsgate_generated.{vendor}.client")
        client = client_module.AuthenticatedClient("https://example.invalid", token="s3cr3t-token")
        client.get_httpx_client()
        assert "s3cr3t-token" not in repr(client)
