"""preview() and the rules send checks before any request: what a user sees, refusal by refusal."""

from __future__ import annotations

import asyncio
import traceback
from datetime import UTC, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import _smsgate_generated
import pytest
import smsgate
from smsgate.testing import async_sandbox_client, sandbox_client

PARIS = ZoneInfo("Europe/Paris")
NUMBER = "+33612345678"


def refusal(call: object, **kwargs: object) -> smsgate.InvalidRequestError:
    """A refusal by one of the vendor's rules."""
    assert callable(call)
    with pytest.raises(smsgate.InvalidRequestError) as caught:
        call(**kwargs)
    return caught.value


def mistake(call: object, **kwargs: object) -> smsgate.InvalidArgumentError:
    """A refusal of the caller's own argument, which no vendor rule is needed to judge."""
    assert callable(call)
    with pytest.raises(smsgate.InvalidArgumentError) as caught:
        call(**kwargs)
    return caught.value


def test_a_preview_says_encoding_parts_and_cost() -> None:
    seen = smsgate.preview("Votre code : 123456", vendor="primotexto", to=[NUMBER, "0698765432"])
    assert (seen.encoding, seen.parts, seen.length, seen.left, seen.recipients, seen.sms) == ("GSM-7", 1, 19, 141, 2, 2)
    assert (seen.cost, seen.cost_unit) == (Decimal(2), "credits")
    assert "creditsUsed" in seen.cost_source
    assert seen.summary() == "GSM-7, 1 part (19 septets, 141 left), cost 2 credits"


def test_the_character_that_forces_ucs2_is_shown() -> None:
    seen = smsgate.preview("C’est confirmé pour demain", vendor="smspartner")
    assert seen.encoding is smsgate.Encoding.UCS2
    assert [(found.position, found.character) for found in seen.forcing_ucs2] == [(1, "’")]
    assert (seen.cost, seen.cost_unit) == (None, "SMS")  # SMS Partner's price is per account
    assert "UCS-2 because of '’' (RIGHT SINGLE QUOTATION MARK) at 1" in seen.summary()


def test_gsm7_transliterates_and_reports_every_replacement() -> None:
    seen = smsgate.preview("C’est confirmé – à demain…", vendor="smspartner", gsm7=True)
    assert (seen.text, seen.encoding) == ("C'est confirmé - à demain...", "GSM-7")
    assert [(change.original, change.replacement) for change in seen.replacements] == [
        ("’", "'"),
        ("–", "-"),
        ("…", "..."),
    ]


def test_a_price_given_by_the_caller_prices_the_parts() -> None:
    seen = smsgate.preview("x" * 200, vendor="smspartner", price_per_part=Decimal("0.045"))
    assert (seen.parts, seen.cost, seen.cost_source) == (2, Decimal("0.090"), "price_per_part, given by the caller")
    for bad in (Decimal("-1"), Decimal("NaN"), "abc", 0.1):
        assert "price_per_part" in str(mistake(smsgate.preview, text="x", vendor="smspartner", price_per_part=bad))


def test_smspartner_markup_counts_as_the_vendor_counts_it() -> None:
    assert smsgate.preview("a" * 158 + ":br:", vendor="smspartner").length == 160  # :br: is two characters
    assert smsgate.preview("a" * 158 + ":br:", vendor="primotexto").length == 162  # elsewhere, four


@pytest.mark.parametrize(
    ("vendor", "sender", "code"),
    [
        ("primotexto", "Ma-Boutique", "20"),
        ("primotexto", "AB", "21"),
        ("primotexto", "MaBoutiqueParis", "22"),
        ("primotexto", "123456", "23"),
        ("smspartner", "Boutique!", "44"),
        ("smspartner", "BoutiqueParis", "9"),
        ("messaggi", "Negozio Roma", None),
        ("messaggi", "123456789012345", None),
        ("messaggi", None, None),
        ("messaggi_v2", "My-Shop", "2021"),
        ("messaggi_v2", "AB", "2021"),
        ("messaggi_v2", "NegozioRoma1", "2021"),
        ("messaggi_v2", "12 345", "2024"),
    ],
)
def test_sender_rules_name_the_rule_the_vendor_and_the_value(vendor: str, sender: str | None, code: str | None) -> None:
    error = refusal(smsgate.preview, text="Bonjour", vendor=vendor, sender=sender)
    assert (error.rule, error.vendor, error.value, error.vendor_code) == ("sender", vendor, sender, code)
    assert f"[{vendor}] sender rule" in str(error)


def test_senders_the_vendors_accept() -> None:
    accepted = [
        ("primotexto", "Boutique"),
        ("smspartner", "Shop42"),
        ("messaggi", "12345678901234"),
        ("messaggi_v2", "Negozio 42"),  # spaces allowed
        ("messaggi_v2", None),  # optional: the vendor sends as "Openapi"
    ]
    for vendor, sender in accepted:
        assert smsgate.preview("Bonjour", vendor=vendor, sender=sender).parts == 1


def test_smspartner_refuses_more_than_ten_parts() -> None:
    assert smsgate.preview("a" * 1530, vendor="smspartner").parts == 10
    error = refusal(smsgate.preview, text="a" * 1531, vendor="smspartner")
    assert (error.rule, error.value, error.vendor_code) == ("parts", 11, "52")
    assert smsgate.preview("a" * 1531, vendor="primotexto").parts == 11


def test_recipients_are_checked_in_the_vendors_form() -> None:
    assert mistake(smsgate.preview, text="x", vendor="smspartner", to="12").vendor == "smspartner"
    error = refusal(smsgate.preview, text="x", vendor="smspartner", to=[NUMBER] * 501)
    assert (error.rule, error.value) == ("recipients", 501)


def paris(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=PARIS)


@pytest.mark.parametrize(
    ("moment", "next_allowed", "code"),
    [
        (paris(2055, 6, 6, 10, 0), paris(2055, 6, 8, 8, 0), "23"),  # a Sunday, then Whit Monday
        (paris(2055, 7, 14, 10, 0), paris(2055, 7, 15, 8, 0), "23"),  # Bastille Day, a Wednesday
        (paris(2055, 6, 5, 21, 0), paris(2055, 6, 8, 8, 0), "22"),  # Saturday night: Sunday, then Whit Monday
        (paris(2055, 6, 8, 7, 0), paris(2055, 6, 8, 8, 0), "22"),  # before opening
    ],
)
def test_the_marketing_window_holds_marketing_and_says_when(
    moment: datetime, next_allowed: datetime, code: str
) -> None:
    text = "Soldes -20% ce week-end ! STOP au 36111"
    error = refusal(smsgate.preview, text=text, vendor="smspartner", scheduled_at=moment, purpose="marketing")
    assert (error.rule, error.vendor_code, error.value) == ("marketing_window", code, moment)
    assert next_allowed.isoformat() in str(error)
    allowed = smsgate.preview(text, vendor="smspartner", scheduled_at=next_allowed, purpose="marketing")
    assert allowed.sends_at == next_allowed
    # A transactional text (an OTP) is never held.
    assert smsgate.preview("Code : 123456", vendor="smspartner", scheduled_at=moment).sends_at is None


def test_marketing_hours_are_configurable() -> None:
    late = paris(2055, 6, 8, 21, 0)
    text = "Nouveautés en boutique. STOP au 36111"
    refusal(smsgate.preview, text=text, vendor="smspartner", scheduled_at=late, purpose="marketing")
    hours = (time(8), time(22))
    assert (
        smsgate.preview(
            text, vendor="smspartner", scheduled_at=late, purpose="marketing", marketing_hours=hours
        ).sends_at
        == late
    )
    with sandbox_client("smspartner", marketing_hours=hours) as client:
        assert client.preview(text, scheduled_at=late, purpose="marketing").sends_at == late
    for bad in ((time(22), time(8)), (8, 22), "8-22"):
        assert "marketing_hours" in str(mistake(smsgate.Client, vendor="smspartner", api_key="k", marketing_hours=bad))
    assert "unknown option" in str(mistake(smsgate.Client, vendor="primotexto", api_key="k", marketing_hours=hours))


def test_marketing_needs_the_stop_mention() -> None:
    error = refusal(
        smsgate.preview, text="Soldes !", vendor="smspartner", purpose="marketing", scheduled_at=paris(2055, 6, 8, 10)
    )
    assert (error.rule, error.value) == ("stop_mention", "Soldes !")
    mistake(smsgate.preview, text="x", vendor="smspartner", purpose="promo")  # no rule: the caller's mistake


def test_send_refuses_before_any_request() -> None:
    with sandbox_client("smspartner") as client:
        for kwargs in ({"sender": "Bad Sender!"}, {"purpose": "marketing"}):
            with pytest.raises(smsgate.InvalidRequestError):
                client.send(NUMBER, "a" * 200, **kwargs)  # type: ignore[arg-type]
        with pytest.raises(smsgate.InvalidRequestError, match="parts rule"):
            client.send(NUMBER, "€" * 800)
        assert client.sandbox.sends_received() == 0


def test_send_with_gsm7_sends_the_transliterated_text() -> None:
    with sandbox_client("primotexto") as client:
        shown = client.preview("C’est prêt", NUMBER, gsm7=True)
        sent = client.send(NUMBER, "C’est prêt", gsm7=True)
        assert sent.raw["creditsUsed"] == shown.sms == 1
        assert [message.text for message in client.sandbox.messages("primotexto")] == ["C'est pret"]


def test_the_async_client_previews_without_awaiting() -> None:
    async def main() -> None:
        async with async_sandbox_client("messaggi") as client:
            shown = client.preview("Ciao 😀", "+393491234567", sender="Negozio")
            sent = await client.send("+393491234567", "Ciao 😀", sender="Negozio")
            assert shown.encoding is smsgate.Encoding.UCS2
            assert sent.raw["data"][0]["statistics"]["sms_total"] == shown.sms

    asyncio.run(main())


def test_unknown_vendor_and_bad_inputs_are_typed() -> None:
    assert "unknown vendor" in str(mistake(smsgate.preview, text="x", vendor="nope"))
    assert "must be a str" in str(mistake(smsgate.preview, text=b"x", vendor="smspartner"))
    assert "gsm7" in str(mistake(smsgate.preview, text="x", vendor="smspartner", gsm7="yes"))
    assert "in the past" in str(
        mistake(smsgate.preview, text="x", vendor="smspartner", scheduled_at=datetime(2020, 1, 1, tzinfo=UTC))
    )


def docs_table_rows() -> list[list[str]]:
    page = (Path(__file__).resolve().parents[2] / "docs" / "preview.md").read_text(encoding="utf-8")
    section = page.split("A dozen real messages", 1)[1]
    lines = [line for line in section.split("\n\n", 2)[1].splitlines() if line.startswith("| ")]
    return [[cell.strip() for cell in line.strip("|").split(" | ")] for line in lines[1:]]


def test_the_docs_table_is_what_preview_says() -> None:
    rows = docs_table_rows()
    assert len(rows) == 12
    assert {row[1] for row in rows} == {"OTP", "reminder", "marketing"}
    for number, _kind, vendor, text, characters, encoding, parts, forced, transliterated in rows:
        sender = "Negozio" if vendor == "messaggi" else None
        seen = smsgate.preview(text, vendor=vendor, sender=sender)
        plain = smsgate.preview(text, vendor=vendor, sender=sender, gsm7=True)
        first = seen.forcing_ucs2[0] if seen.forcing_ucs2 else None
        assert (characters, encoding, parts) == (str(len(text)), seen.encoding, str(seen.parts)), number
        assert forced == (f"`{first.character}` ({first.name.lower()})" if first else "—"), number
        kept = f" (`{plain.forcing_ucs2[0].character}` stays)" if plain.forcing_ucs2 else ""
        assert transliterated == f"{plain.encoding}, {plain.parts}{kept}", number


# smsgate's own code, wherever it is installed: a file's path says whether it is in one of these
# folders, not whether its name contains "smsgate" (so does a checkout folder named smsgate).
SMSGATE_PACKAGES = [Path(smsgate.__file__).resolve().parent, Path(_smsgate_generated.__file__).resolve().parent]


def is_smsgate_code(file: Path) -> bool:
    return any(file.is_relative_to(package) for package in SMSGATE_PACKAGES)


def test_a_clients_preview_masks_its_key_in_a_refusal() -> None:
    with sandbox_client("smspartner") as client:
        key = client.sandbox.api_keys["smspartner"]
        with pytest.raises(smsgate.InvalidArgumentError) as caught:
            client.preview("Bonjour", key)  # a key pasted where the number goes
        assert key not in str(caught.value)
        frames = [Path(frame.filename).resolve() for frame in traceback.extract_tb(caught.value.__traceback__)]
        # The public call's own frame stays (its arguments are the caller's); none of smsgate's inner ones.
        assert [frame.name for frame in frames if is_smsgate_code(frame)] == ["_client.py"]


@pytest.mark.parametrize("purpose", ["transactional", "marketing"])
def test_primotexto_sends_on_the_route_of_its_purpose(purpose: str) -> None:
    """Primotexto forbids marketing content on `notification`: a marketing send goes to `marketing`."""
    import httpx

    paths: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.path)
        return httpx.Response(200, json={"snapshotId": "5c3f1e", "creditsUsed": 1.0})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with smsgate.Client("primotexto", api_key="k", http_client=http) as client:
        client.send("+33612345678", "Soldes -20 % ce week-end. STOP au 36180", purpose=purpose)  # type: ignore[arg-type]
    assert paths == [f"/v2/{'marketing' if purpose == 'marketing' else 'notification'}/messages/send"]


def test_smspartner_low_cost_takes_one_sms_only() -> None:
    """SMS Partner's Low Cost range (gamme=2) is limited to 160 characters: error 42, before any request."""
    assert smsgate.preview("a" * 160, vendor="smspartner", sms_range="low_cost").sms_range == "low_cost"
    error = refusal(smsgate.preview, text="a" * 161, vendor="smspartner", sms_range="low_cost")
    assert (error.rule, error.value, error.vendor_code) == ("sms_range", 2, "42")
    assert smsgate.preview("a" * 161, vendor="smspartner").parts == 2  # Premium, the default
    with pytest.raises(smsgate.InvalidArgumentError, match="sms_range is not an option of primotexto"):
        smsgate.preview("a", vendor="primotexto", sms_range="low_cost")
    with pytest.raises(smsgate.InvalidArgumentError, match="sms_range must be one of 'premium', 'low_cost'"):
        smsgate.preview("a", vendor="smspartner", sms_range="cheap")


def test_a_low_cost_client_sends_gamme_2_and_refuses_a_long_text_unsent() -> None:
    with sandbox_client("smspartner", sms_range="low_cost") as client:
        client.send("+33612345678", "Votre colis arrive demain")
        assert client.sandbox.messages()[-1].text == "Votre colis arrive demain"
        with pytest.raises(smsgate.InvalidRequestError) as refused:
            client.send("+33612345678", "a" * 161)
        assert refused.value.vendor_code == "42"
        assert client.sandbox.sends_received() == 1
    with pytest.raises(smsgate.InvalidArgumentError, match="sms_range must be one of"):
        smsgate.Client("smspartner", api_key="k", sms_range=2)
    with pytest.raises(smsgate.InvalidArgumentError, match="unknown option"):
        smsgate.Client("primotexto", api_key="k", sms_range="low_cost")


@pytest.mark.parametrize(("gamme", "text", "code"), [(2, "a" * 161, 42), (1, "a" * 1531, 52), (None, "a" * 1531, 52)])
def test_the_sandbox_refuses_what_smspartner_refuses(gamme: int | None, text: str, code: int) -> None:
    """call() bypasses preview's rules: the emulator answers the vendor's own codes 42 and 52."""
    from smsgate.smspartner import models, operations

    with sandbox_client("smspartner") as client:
        body = models.SendSmsRequest(api_key="", phone_numbers="+33612345678", message=text)
        if gamme is not None:
            body.gamme = gamme
        with pytest.raises(smsgate.InvalidRequestError) as refused:
            client.call(operations.send_sms, body=body)
        assert refused.value.vendor_code == str(code)
        assert client.sandbox.sends_received() == 0


@pytest.mark.parametrize(
    ("option", "gamme"), [({"sms_range": "low_cost"}, 2), ({"sms_range": "premium"}, 1), ({}, None)]
)
def test_the_range_goes_on_the_wire_as_gamme(option: dict[str, Any], gamme: int | None) -> None:
    import json

    import httpx

    bodies: list[dict[str, object]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(200, json={"success": True, "code": 200, "message_id": 1, "nb_sms": 1, "cost": 0.038})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with smsgate.Client("smspartner", api_key="k", http_client=http, **option) as client:
        client.send("+33612345678", "Votre colis arrive demain")
    assert bodies[0].get("gamme") == gamme


# -- once per send ------------------------------------------------------------------------------

ONCE_NUMBERS = {"primotexto": NUMBER, "smspartner": NUMBER, "messaggi": "+393491234567", "messaggi_v2": "+393491234567"}


@pytest.fixture
def weighings(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How many times the rules ran (``checked``, their one place) and the text was measured."""
    from smsgate._text import preview as rules_module

    counts = {"checked": 0, "measure": 0}
    for name in counts:
        real = getattr(rules_module, name)

        def counting(*args: Any, _real: Any = real, _name: str = name, **kwargs: Any) -> Any:
            counts[_name] += 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(rules_module, name, counting)
    return counts


@pytest.mark.parametrize("vendor", sorted(ONCE_NUMBERS))
def test_a_send_runs_the_rules_and_weighs_its_text_once(vendor: str, weighings: dict[str, int]) -> None:
    with sandbox_client(vendor) as client:
        client.send(ONCE_NUMBERS[vendor], "Votre code : 123456", sender="ACME")
        assert weighings == {"checked": 1, "measure": 1}
        client.preview("Votre code : 123456", ONCE_NUMBERS[vendor], sender="ACME")
        assert weighings == {"checked": 2, "measure": 2}

    async def send_async() -> None:
        async with async_sandbox_client(vendor) as client:
            await client.send(ONCE_NUMBERS[vendor], "Votre code : 123456", sender="ACME")

    asyncio.run(send_async())
    assert weighings == {"checked": 3, "measure": 3}


def test_the_command_line_send_weighs_its_text_once(
    weighings: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    """``smsgate send`` shows the preview, then sends what it weighed: the rules run once, not twice."""
    from smsgate import cli

    sandbox = None

    def make_client(vendor: str, options: cli.ClientOptions) -> smsgate.Client:
        nonlocal sandbox
        client = sandbox_client(vendor)
        sandbox = client.sandbox
        return client

    argv = ["send", "--vendor", "smspartner", NUMBER, "--text", "Votre code : 123456"]
    code = cli.main(argv, make_client=make_client)
    assert code == 0, capsys.readouterr()
    assert weighings == {"checked": 1, "measure": 1}
    assert sandbox is not None
    assert sandbox.sends_received() == 1


def test_a_failover_send_checks_each_vendor_once_then_the_batch_it_sends(weighings: dict[str, int]) -> None:
    """Every vendor's rules run once before anything leaves (a refusal by any refuses the send), then
    the vendor that sends runs them for its batch (the batch's own options): 2 + 1, sync and async.
    The run that follows create() at once does not check the same texts a second time (it did: 5)."""
    from smsgate.sandbox import Sandbox

    sandbox = Sandbox()
    with (
        sandbox_client("smspartner", sandbox=sandbox) as first,
        sandbox_client("primotexto", sandbox=sandbox) as second,
    ):
        result = smsgate.FailoverClient([first, second]).send(NUMBER, "Votre code : 123456", sender="ACME")
    assert result.complete
    assert weighings == {"checked": 3, "measure": 3}

    async def send_async() -> None:
        async with (
            async_sandbox_client("smspartner", sandbox=sandbox) as first,
            async_sandbox_client("primotexto", sandbox=sandbox) as second,
        ):
            await smsgate.AsyncFailoverClient([first, second]).send(NUMBER, "Votre code : 123456", sender="ACME")

    asyncio.run(send_async())
    assert weighings == {"checked": 6, "measure": 6}
