"""Hearing the vendors back: ``smsgate.webhooks`` and ``send(..., callback_url=...)``.

- every documented webhook example of every spec round-trips through ``parse``, in each encoding
  the vendor may use (JSON, a form, the JSON in a form field, a form your framework decoded);
- the spec's mapping is checked by the generator (a webhook without one is an error);
- the token: missing, forged, another vendor, another purpose, another path, another secret;
- ``callback_url`` reaches the field each vendor takes, signed; Primotexto refuses it with the way forward;
- hypothesis-mutated bodies raise nothing but ``WebhookError`` (the count is printed).
"""

from __future__ import annotations

import copy
import json
import os
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any
from unittest import mock
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx
import pytest
import smsgate
import smsgate.webhooks as webhooks
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from smsgate.webhooks import DeliveryEvent, HlrResult, InboundMessage, OptOutEvent

from generator.specs import Example, Spec, check_spec
from tests.client.test_public_inputs import SpecVendor
from tests.fakes import API_KEYS
from tests.support import all_specs, spec_by_vendor

SECRET = "whsec-test-0123456789abcdef"
BASE = "https://hooks.example.com/sms/callbacks"
COUNTS: Counter[str] = Counter()

EVENT_CLASSES = {"delivery": DeliveryEvent, "inbound": InboundMessage, "opt_out": OptOutEvent, "hlr": HlrResult}


def url_for(vendor: str, purpose: webhooks.CallbackPurpose, base: str = BASE) -> str:
    return webhooks.signed_url(base, vendor=vendor, purpose=purpose, secret=SECRET)


def mapping_of(example: Example) -> dict[str, Any]:
    mapping: dict[str, Any] = example.operation.operation["x-smsgate-event"]
    return mapping


def expected_case(example: Example) -> dict[str, Any]:
    """The case of the webhook's x-smsgate-event that the example is (read from the spec, not from smsgate)."""
    mapping = mapping_of(example)
    cases: list[dict[str, Any]] = mapping.get("cases") or [mapping]
    payload = example.value
    if mapping.get("json-field") and isinstance(payload.get(mapping["json-field"]), str):
        payload = json.loads(payload[mapping["json-field"]])
    for case in cases:
        if all(str(payload.get(key, "")).lower() == str(value).lower() for key, value in case.get("when", {}).items()):
            return case
    raise AssertionError(f"{example.where}: no case holds")


def webhook_examples() -> Iterator[tuple[Spec, Example]]:
    for spec in all_specs():
        for example in spec.examples():
            if example.operation.webhook and not example.invalid_reason:
                yield spec, example


def encodings(example: Example) -> Iterator[tuple[str, Any, dict[str, str]]]:
    """The example as each encoding its webhook declares would carry it: (name, body, headers)."""
    declared = example.operation.operation["requestBody"]["content"]
    json_field = mapping_of(example).get("json-field")
    value = example.value
    nested = any(isinstance(item, dict | list) for item in value.values())
    if "application/json" in declared:
        if json_field and all(isinstance(item, str) for item in value.values()) and not nested:
            yield "json", json.dumps(json.loads(value[json_field])), {"Content-Type": "application/json"}
        else:
            yield "json", json.dumps(value).encode(), {"Content-Type": "application/json; charset=utf-8"}
    if "application/x-www-form-urlencoded" in declared:
        if json_field and nested:
            form = {json_field if json_field != "*" else "summary": json.dumps(value)}
        else:
            form = {key: str(item) for key, item in value.items()}
        yield "form", urlencode(form), {"Content-Type": "application/x-www-form-urlencoded"}
        yield "form without a content type", urlencode(form).encode(), {}
        yield "decoded form", {key: [item] for key, item in form.items()}, {}


ROUND_TRIPS = [
    pytest.param(
        spec, example, name, body, headers, id=f"{spec.vendor}-{example.operation.operation_id}-{example.name}-{name}"
    )
    for spec, example in webhook_examples()
    for name, body, headers in encodings(example)
]


@pytest.mark.parametrize(("spec", "example", "encoding", "body", "headers"), ROUND_TRIPS)
def test_every_documented_webhook_example_round_trips(
    spec: Spec, example: Example, encoding: str, body: Any, headers: dict[str, str]
) -> None:
    case = expected_case(example)
    mapping = mapping_of(example)
    event = webhooks.parse(
        spec.vendor, body, headers=headers, url=url_for(spec.vendor, mapping["purpose"]), secret=SECRET
    )
    assert isinstance(event, EVENT_CLASSES[case["event"]]), (encoding, event)
    payload = example.value
    if mapping.get("json-field") and isinstance(payload.get(mapping["json-field"]), str):
        payload = json.loads(payload[mapping["json-field"]])

    def member(name: str) -> Any:
        paths = case["fields"].get(name)
        for path in paths if isinstance(paths, list) else [paths]:
            node: Any = payload
            for key in str(path).split("/"):
                node = node.get(key) if isinstance(node, dict) else None
            if node is not None:
                return node
        return None

    digits = "".join(ch for ch in str(member("phone_number") or "") if ch.isdigit())
    if event.phone_number is not None:
        assert "".join(ch for ch in event.phone_number if ch.isdigit()) == digits
    if member("message_id") is not None:
        assert event.message_id == str(member("message_id"))
    if isinstance(event, InboundMessage | OptOutEvent) and member("text") is not None:
        assert event.text == member("text")
    if isinstance(event, DeliveryEvent | HlrResult):
        assert event.vendor_state == str(member("state")).strip()
        assert event.state is not smsgate.DeliveryState.unknown, "every documented word is in a table"
    assert event.vendor == spec.vendor
    COUNTS[f"round trip {encoding}"] += 1
    COUNTS["round trip"] += 1


def test_the_round_trips_cover_every_webhook_of_every_spec() -> None:
    covered = {(spec.vendor, example.operation.operation_id) for spec, example in webhook_examples()}
    tested = {str(p.id).rsplit("-", 1)[0] for p in ROUND_TRIPS}
    assert tested == {f"{s.vendor}-{e.operation.operation_id}-{e.name}" for s, e in webhook_examples()}
    documented = {
        (spec.vendor, webhook.operation_id)
        for spec in all_specs()
        for webhook in spec.webhooks()
        if any(example.operation.operation_id == webhook.operation_id for _, example in webhook_examples())
    }
    assert covered == documented
    # SMS Partner (4 webhooks, 3 with examples) and Messaggi v2 (1): v1 and urlDlr document none.
    assert len(documented) == 4
    assert len(ROUND_TRIPS) >= 40


def test_the_short_code_stop_of_the_french_webhooks_page_is_an_opt_out() -> None:
    body = '{"type":"stop","phone_number":"+33612345678","text":"Stop","message_id":111111}'
    event = webhooks.parse("smspartner", body, url=url_for("smspartner", "reply"), secret=SECRET)
    assert event == OptOutEvent(vendor="smspartner", phone_number="+33612345678", text="Stop", message_id="111111")


def test_an_unknown_vendor_word_is_unknown_and_kept() -> None:
    body = json.dumps({"data": {"id": "633aabe3e4a9a0e69811ad7f", "state": "TELEPORTED", "recipient": "+393331234567"}})
    event = webhooks.parse("messaggi_v2", body, url=url_for("messaggi_v2", "delivery"), secret=SECRET)
    assert isinstance(event, DeliveryEvent)
    assert (event.state, event.vendor_state, event.final) == (smsgate.DeliveryState.unknown, "TELEPORTED", False)


def test_smspartner_receipts_are_read_under_the_status_and_operator_words() -> None:
    url = url_for("smspartner", "delivery")
    for word, state in (
        ("Delivered", "delivered"),
        ("DELIVRD", "delivered"),
        ("REJECTD", "rejected"),
        ("??", "unknown"),
    ):
        body = urlencode({"messageId": "1234", "phoneNumber": "+33612345678", "status": word, "date": "1700000000"})
        event = webhooks.parse("smspartner", body, url=url, secret=SECRET)
        assert isinstance(event, DeliveryEvent)
        assert (event.state.value, event.vendor_state, event.message_id) == (state, word, "1234")
        assert event.at is not None


def test_messaggi_v1_summary_in_a_form_field_the_caller_named() -> None:
    summary = {"id": "5d3f05c29f2725610c2b4e60", "state": 0, "last_update": "1564411330117", "sender": "ACME"}
    url = url_for("messaggi", "delivery")
    for body in (json.dumps(summary), urlencode({"my_field": json.dumps(summary)})):
        event = webhooks.parse("messaggi", body, url=url, secret=SECRET)
        assert isinstance(event, DeliveryEvent)
        assert (event.message_id, event.state.value, event.phone_number) == (summary["id"], "queued", None)
        assert event.at is not None
        assert event.at.year == 2019


def test_a_long_reply_part_says_which_part_it_is() -> None:
    body = {
        "msisdn": "33612345678",
        "to": "33700000000",
        "messageId": "a",
        "concat": "true",
        "concat-ref": "171",
        "concat-total": "2",
        "concat-part": "2",
        "text": "...end",
        "type": "text",
    }
    event = webhooks.parse("smspartner", body, url=url_for("smspartner", "reply"), secret=SECRET)
    assert isinstance(event, InboundMessage)
    assert event.part == webhooks.ReplyPart(ref="171", number=2, total=2)
    body["concat-part"] = "3"
    with pytest.raises(webhooks.WebhookFormatError, match="part 3 of 2"):
        webhooks.parse("smspartner", body, url=url_for("smspartner", "reply"), secret=SECRET)


# -- the token -----------------------------------------------------------------------------------

STOP = '{"type":"stop","phone_number":"+33612345678","text":"Stop","message_id":1}'


@pytest.mark.parametrize(
    ("url", "why"),
    [
        (BASE, "no smsgate= token"),
        (url_for("smspartner", "reply")[:-3] + "AAA", "forged"),
        (url_for("smspartner", "reply").replace("/callbacks", "/other"), "another path"),
        (url_for("smspartner", "delivery"), "a receipt URL carrying a STOP"),
        (url_for("messaggi_v2", "delivery"), "another vendor's URL"),
        (
            webhooks.signed_url(BASE, vendor="smspartner", purpose="reply", secret="another-secret-0123456789"),
            "another secret",
        ),
        (None, "no URL"),
    ],
)
def test_a_missing_or_forged_token_is_refused(url: str | None, why: str) -> None:
    with pytest.raises(webhooks.WebhookAuthenticationError) as raised:
        webhooks.parse("smspartner", STOP, url=url, secret=SECRET)
    assert raised.value.status_code == 403, why
    assert SECRET not in str(raised.value)
    assert SECRET not in repr(raised.value)


def test_the_token_survives_the_callers_own_query_and_is_read_from_the_environment() -> None:
    with mock.patch.dict(os.environ, {"SMSGATE_WEBHOOK_SECRET": SECRET}):
        url = webhooks.signed_url(BASE + "?tenant=7&smsgate=old", vendor="smspartner", purpose="reply")
        assert dict(parse_qsl(urlsplit(url).query))["tenant"] == "7"
        assert isinstance(webhooks.parse("smspartner", STOP, url=url), OptOutEvent)


def test_no_secret_is_a_usage_error_that_names_both_ways() -> None:
    with mock.patch.dict(os.environ, {}, clear=True):
        with pytest.raises(smsgate.ClientUsageError, match="SMSGATE_WEBHOOK_SECRET") as raised:
            webhooks.parse("smspartner", STOP, url=BASE)
        assert "secret=" in str(raised.value)
        with pytest.raises(smsgate.ClientUsageError):
            webhooks.asgi_app(lambda event: None)
    assert isinstance(webhooks.parse("smspartner", STOP, verify=False), OptOutEvent)


def test_a_short_secret_is_refused_and_never_shown() -> None:
    with pytest.raises(smsgate.ClientUsageError, match="at least 16"):
        webhooks.signed_url(BASE, vendor="smspartner", purpose="reply", secret="short")


def test_primotexto_calls_no_url_back() -> None:
    with pytest.raises(smsgate.UnsupportedOperationError, match=r"status\(\)"):
        webhooks.parse("primotexto", "{}", verify=False)


# -- the mapping in the specs ----------------------------------------------------------------------


def test_a_webhook_without_its_mapping_is_a_generator_error() -> None:
    spec = spec_by_vendor("smspartner")
    document = copy.deepcopy(spec.document)
    del document["webhooks"]["hlr_result"]["post"]["x-smsgate-event"]
    problems = check_spec(Spec(spec.path, spec.vendor, document))
    assert any("hlr_result" in p and "x-smsgate-event is missing" in p for p in problems), problems


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda m: m.update(event="receipt"), "is not one of"),
        (lambda m: m["fields"].update(phone_number="nope"), "no member 'nope'"),
        (lambda m: m.update(states="no_such_table"), "not in x-smsgate-delivery-states"),
        (lambda m: m.update(purpose="delivery"), "purpose is 'delivery'"),
        (lambda m: m["fields"].pop("state"), "needs 'state'"),
        (lambda m: m.update(time="rfc2822"), "time must be one of"),
    ],
)
def test_the_generator_checks_each_member_of_a_mapping(change: Any, expected: str) -> None:
    spec = spec_by_vendor("smspartner")
    document = copy.deepcopy(spec.document)
    change(document["webhooks"]["hlr_result"]["post"]["x-smsgate-event"])
    problems = check_spec(Spec(spec.path, spec.vendor, document))
    assert any(expected in p for p in problems), problems


def test_the_specs_as_shipped_have_a_mapping_on_every_webhook() -> None:
    for spec in all_specs():
        assert check_spec(spec) == []
        for webhook in spec.webhooks():
            assert "x-smsgate-event" in webhook.operation, webhook.where


# -- send(..., callback_url=...) -----------------------------------------------------------------


def _sent_request(vendor: str, **client_options: Any) -> httpx.Request:
    fake = SpecVendor(vendor)
    http = httpx.Client(transport=httpx.MockTransport(fake))
    with smsgate.Client(vendor, api_key=API_KEYS[vendor], http_client=http, **client_options) as client:
        client.send(
            "+393491234567" if vendor.startswith("messaggi") else "+33612345678",
            "Bonjour",
            sender="ACME",
            callback_url=BASE,
        )
    return fake.requests[-1]


@pytest.mark.parametrize(
    ("vendor", "places"),
    [
        ("smspartner", {"urlDlr": "delivery", "urlResponse": "reply"}),
        ("messaggi", {"options/callback_url": "delivery"}),
        ("messaggi_v2", {"callback/url": "delivery"}),
    ],
)
def test_callback_url_goes_where_each_vendor_takes_it_signed(vendor: str, places: dict[str, str]) -> None:
    request = _sent_request(vendor, webhook_secret=SECRET)
    body = json.loads(request.content)
    for place, purpose in places.items():
        node: Any = body
        for key in place.split("/"):
            node = node[key]
        assert node.startswith(BASE + "?smsgate=")
        assert node == url_for(vendor, purpose)  # type: ignore[arg-type]
    assert SECRET not in request.content.decode()


def test_callback_url_reads_the_secret_from_the_environment_when_the_client_has_none() -> None:
    with mock.patch.dict(os.environ, {"SMSGATE_WEBHOOK_SECRET": SECRET}):
        request = _sent_request("smspartner")
    assert json.loads(request.content)["urlDlr"] == url_for("smspartner", "delivery")


def test_callback_url_without_any_secret_is_refused_before_any_request() -> None:
    fake = SpecVendor("smspartner")
    with (
        mock.patch.dict(os.environ, {}, clear=True),
        smsgate.Client(
            "smspartner", api_key=API_KEYS["smspartner"], http_client=httpx.Client(transport=httpx.MockTransport(fake))
        ) as client,
        pytest.raises(smsgate.InvalidArgumentError, match="webhook_secret="),
    ):
        client.send("+33612345678", "Bonjour", callback_url=BASE)
    assert fake.requests == []


@pytest.mark.parametrize("bad", ["/relative/path", "ftp://example.com/x", "https://", 42, "https://a b.com/"])
def test_a_callback_url_that_no_vendor_can_call_is_refused(bad: Any) -> None:
    with pytest.raises(smsgate.InvalidArgumentError, match="callback_url"):
        smsgate.preview("Bonjour", vendor="smspartner", callback_url=bad)


def test_primotexto_refuses_callback_url_and_names_status() -> None:
    with pytest.raises(smsgate.UnsupportedOperationError, match=r"client\.status\(message_id\)"):
        smsgate.preview("Bonjour", vendor="primotexto", callback_url=BASE)
    fake = SpecVendor("primotexto")
    http = httpx.Client(transport=httpx.MockTransport(fake))
    client = smsgate.Client("primotexto", api_key=API_KEYS["primotexto"], http_client=http, webhook_secret=SECRET)
    with client, pytest.raises(smsgate.UnsupportedOperationError):
        client.send("+33612345678", "Bonjour", callback_url=BASE)
    assert fake.requests == []


def test_the_webhook_secret_shows_in_no_repr_and_no_error() -> None:
    fake = SpecVendor("smspartner")
    http = httpx.Client(transport=httpx.MockTransport(fake))
    client = smsgate.Client("smspartner", api_key=API_KEYS["smspartner"], http_client=http, webhook_secret=SECRET)
    seen = [repr(client), repr(client._vendor), repr(client._vendor.signer), repr(vars(client))]
    with pytest.raises(smsgate.ClientUsageError) as raised:
        smsgate.Client("smspartner", api_key=API_KEYS["smspartner"], webhook_secret="too-short")
    seen += [str(raised.value), repr(raised.value)]
    assert not [text for text in seen if SECRET in text or "too-short" in text]
    client.close()


def test_a_campaign_and_send_many_take_callback_url_through_the_one_contract() -> None:
    from smsgate._text.send_options import OPTION_NAMES, SendKwargs

    assert "callback_url" in OPTION_NAMES
    assert "callback_url" in SendKwargs.__annotations__
    fake = SpecVendor("smspartner")
    http = httpx.Client(transport=httpx.MockTransport(fake))
    with smsgate.Client("smspartner", api_key=API_KEYS["smspartner"], http_client=http, webhook_secret=SECRET) as c:
        smsgate.send_many(c, ["+33612345678", "+33612345679"], "Bonjour", callback_url=BASE)
    sends = [json.loads(r.content) for r in fake.requests if r.url.path.endswith("/send")]
    assert sends
    assert all(body["urlDlr"] == url_for("smspartner", "delivery") for body in sends)


# -- hypothesis: mutated bodies ------------------------------------------------------------------

SEEDS = [(spec.vendor, example) for spec, example in webhook_examples()]
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
CONTENT_TYPES = st.sampled_from(
    [
        None,
        "application/json",
        "application/x-www-form-urlencoded",
        "text/plain",
        "multipart/form-data",
        "application/xml",
    ]
)


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, Any, str | None, str]:
    vendor, example = draw(st.sampled_from(SEEDS))
    purpose = draw(st.sampled_from(["delivery", "reply", "hlr"]))
    value = copy.deepcopy(example.value)
    for _ in range(draw(st.integers(0, 3))):
        key = draw(st.sampled_from(sorted(value) or ["x"]))
        action = draw(st.sampled_from(["drop", "replace", "add"]))
        if action == "drop":
            value.pop(key, None)
        elif action == "replace":
            value[key] = draw(VALUES)
        else:
            value[draw(st.text(max_size=6))] = draw(VALUES)
    form = draw(st.booleans())
    try:
        body: Any = (
            urlencode({k: v if isinstance(v, str) else json.dumps(v) for k, v in value.items()})
            if form
            else json.dumps(value)
        )
    except (TypeError, ValueError):
        body = "{}"
    raw = body.encode("utf-8", "surrogatepass")
    if draw(st.booleans()):  # byte mutations
        data = bytearray(raw)
        for _ in range(draw(st.integers(1, 4))):
            if data and draw(st.booleans()):
                del data[draw(st.integers(0, len(data) - 1))]
            else:
                data.insert(draw(st.integers(0, len(data))), draw(st.integers(0, 255)))
        raw = bytes(data)
    return vendor, raw, draw(CONTENT_TYPES), purpose


@settings(
    max_examples=int(os.environ.get("SMSGATE_FUZZ_EXAMPLES") or 0) or 1500,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(mutated())
def test_mutated_bodies_raise_only_webhook_errors(case: tuple[str, Any, str | None, str]) -> None:
    vendor, body, content_type, purpose = case
    headers = {"Content-Type": content_type} if content_type else None
    try:
        event = webhooks.parse(vendor, body, headers=headers, url=url_for(vendor, purpose), secret=SECRET)  # type: ignore[arg-type]
    except webhooks.WebhookError:
        COUNTS["mutated: refused (WebhookError)"] += 1
    except Exception as error:
        COUNTS["mutated: untyped exception"] += 1
        raise AssertionError(f"untyped {type(error).__name__}: {error}") from error
    else:
        assert isinstance(event, DeliveryEvent | InboundMessage | OptOutEvent | HlrResult)
        COUNTS["mutated: parsed"] += 1
    COUNTS["mutated"] += 1


# -- arbitrary Python values into every public entry point -----------------------------------------

ANYTHING = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=30),
    st.binary(max_size=30),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=3),
    st.tuples(st.text(max_size=5), st.text(max_size=5)),
    st.sampled_from(["smspartner", "messaggi", "primotexto", BASE, SECRET, "http://[::1", "reply"]),
)


@settings(max_examples=int(os.environ.get("SMSGATE_FUZZ_EXAMPLES") or 0) or 600, deadline=None)
@given(vendor=ANYTHING, body=ANYTHING, url=ANYTHING, headers=ANYTHING, secret=ANYTHING, verify=ANYTHING)
def test_any_value_into_parse_is_an_smsgate_error_or_an_event(
    vendor: Any, body: Any, url: Any, headers: Any, secret: Any, verify: Any
) -> None:
    try:
        webhooks.parse(vendor, body, url=url, headers=headers, secret=secret, verify=verify)
    except smsgate.SmsGateError:
        COUNTS["arbitrary inputs: refused"] += 1
    else:
        COUNTS["arbitrary inputs: parsed"] += 1


@settings(max_examples=int(os.environ.get("SMSGATE_FUZZ_EXAMPLES") or 0) or 300, deadline=None)
@given(url=ANYTHING, vendor=ANYTHING, purpose=ANYTHING, secret=ANYTHING, number=ANYTHING)
def test_any_value_into_signed_url_and_the_receivers_is_an_smsgate_error(
    url: Any, vendor: Any, purpose: Any, secret: Any, number: Any
) -> None:
    calls: list[Callable[[], object]] = [
        lambda: webhooks.signed_url(url, vendor=vendor, purpose=purpose, secret=secret),
        lambda: webhooks.Receiver(secret=secret, window=number, max_events=number, max_body=number),
        lambda: webhooks.asgi_app(print, secret=secret, max_body=number),
        lambda: webhooks.wsgi_app(print, secret=secret, window=number),
    ]
    for call in calls:
        try:
            call()
        except smsgate.SmsGateError:
            COUNTS["arbitrary inputs: refused"] += 1


def test_zz_report_counts(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        print("\nwebhooks:", dict(sorted(COUNTS.items())))
    assert COUNTS["mutated: untyped exception"] == 0
