"""The unified opt-out and reply operations, sync and async, through the sandbox."""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
import smsgate
from smsgate import OptOutKind, UnsupportedOperationError
from smsgate.sandbox import Sandbox
from smsgate.testing import async_sandbox_client, sandbox_client

from generator.specs import Spec, check_spec
from tests.support import spec_by_vendor

NUMBER = "+33612345601"
OTHER = "+33612345602"
LISTS = {"smspartner": ("stop",), "primotexto": ("stop", "bounce")}
CASES = [(vendor, kind) for vendor, kinds in LISTS.items() for kind in kinds]


def _sync_round(vendor: str, kind: str, sandbox: Sandbox) -> list[list[str]]:
    seen = []
    with sandbox_client(vendor, sandbox=sandbox) as client:
        seen.append([entry.phone_number for entry in client.opt_outs(kind)])
        client.add_opt_out(NUMBER, kind=kind)
        client.add_opt_out("06 12 34 56 02", kind=kind)  # national numbers are read in the vendor's region
        listed = client.opt_outs(kind)
        assert all(entry.kind is OptOutKind(kind) and entry.vendor.value == vendor for entry in listed)
        seen.append([entry.phone_number for entry in listed])
        client.remove_opt_out(NUMBER, kind=kind)
        seen.append([entry.phone_number for entry in client.opt_outs(kind)])
    return seen


async def _async_round(vendor: str, kind: str, sandbox: Sandbox) -> list[list[str]]:
    seen = []
    async with async_sandbox_client(vendor, sandbox=sandbox) as client:
        seen.append([entry.phone_number for entry in await client.opt_outs(kind)])
        await client.add_opt_out(NUMBER, kind=kind)
        await client.add_opt_out("06 12 34 56 02", kind=kind)
        seen.append([entry.phone_number for entry in await client.opt_outs(kind)])
        await client.remove_opt_out(NUMBER, kind=kind)
        seen.append([entry.phone_number for entry in await client.opt_outs(kind)])
    return seen


@pytest.mark.parametrize(("vendor", "kind"), CASES)
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_list_add_remove(vendor: str, kind: str, mode: str) -> None:
    sandbox = Sandbox()
    seen = _sync_round(vendor, kind, sandbox) if mode == "sync" else asyncio.run(_async_round(vendor, kind, sandbox))
    assert seen == [[], [NUMBER, OTHER], [OTHER]]
    assert sandbox.opt_outs(vendor, kind=kind) == [OTHER]


def test_smspartner_entries_carry_the_vendor_id_and_date() -> None:
    sandbox = Sandbox(clock=lambda: datetime(2026, 12, 7, 9, 0, tzinfo=UTC).timestamp())
    sandbox.preset_opt_outs("smspartner", [NUMBER])
    with sandbox_client("smspartner", sandbox=sandbox) as client:
        (entry,) = client.opt_outs()
        assert entry.id is not None
        assert entry.id.isdigit()
        assert entry.at == datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
        assert entry.raw["phoneNumber"] == NUMBER
        with pytest.raises(smsgate.InvalidRequestError, match="STOP"):  # code 3: already on the list
            client.add_opt_out(NUMBER)
        with pytest.raises(smsgate.NotFoundError):
            client.remove_opt_out(OTHER)


def test_a_simulated_stop_lands_on_the_vendor_list_and_syncs_into_the_suppression_list() -> None:
    with (
        Sandbox(callback_timeout=0.5, callback_retry_base=0.01) as sandbox,
        sandbox_client("smspartner", sandbox=sandbox) as client,
        smsgate.SuppressionList() as suppressions,
    ):
        client.send(NUMBER, "Bonjour")
        sandbox.simulate_stop(NUMBER, url="http://127.0.0.1:9/replies")
        assert sandbox.opt_outs("smspartner") == [NUMBER]
        assert suppressions.sync("smspartner", [e.phone_number for e in client.opt_outs()]) == (1, 0)
        assert suppressions.get(NUMBER) is not None
        assert suppressions.get(NUMBER).source == "smspartner"  # type: ignore[union-attr]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_primotexto_replies_by_reference_and_since(mode: str) -> None:
    moments = iter([1_800_000_000.0 + step * 60 for step in range(100)])
    sandbox = Sandbox(clock=lambda: next(moments))
    with sandbox_client("primotexto", sandbox=sandbox) as client:
        client.send(NUMBER, "Votre avis ?", reference="avis")
        client.send(OTHER, "Autre chose", reference="autre")
    assert sandbox.simulate_reply(NUMBER, "Très bien", vendor="primotexto") == []
    sandbox.simulate_reply(OTHER, "Non merci", vendor="primotexto")
    sandbox.simulate_stop(NUMBER, vendor="primotexto")
    assert sandbox.opt_outs("primotexto") == [NUMBER]

    async def pull() -> tuple[list[smsgate.Reply], list[smsgate.Reply]]:
        async with async_sandbox_client("primotexto", sandbox=sandbox) as client:
            return await client.replies("avis"), await client.replies("avis", since=later)

    later = datetime.fromtimestamp(1_800_000_000 + 10 * 60, UTC)
    if mode == "sync":
        with sandbox_client("primotexto", sandbox=sandbox) as client:
            every, recent = client.replies("avis"), client.replies("avis", since=later)
    else:
        every, recent = asyncio.run(pull())
    assert [(r.phone_number, r.text, r.reference) for r in every] == [
        (NUMBER, "Très bien", "avis"),
        (NUMBER, "STOP", "avis"),
    ]
    assert all(r.received_at is not None for r in every)
    assert recent == []


Read = Callable[[Any], Any]
DOCUMENTED: dict[
    tuple[str, str], tuple[Read, Read]
] = {  # operationId -> the unified call it serves, and what it gives for the documented answer
    ("smspartner", "list_stop_sms"): (lambda c: c.opt_outs(), lambda got: [(e.id, e.raw["phoneNumber"]) for e in got]),
    ("smspartner", "add_stop_sms"): (lambda c: c.add_opt_out(NUMBER), lambda got: got),
    ("primotexto", "add_unsubscriber"): (lambda c: c.add_opt_out(NUMBER), lambda got: got),
    ("primotexto", "add_bounce"): (lambda c: c.add_opt_out(NUMBER, kind="bounce"), lambda got: got),
    ("primotexto", "list_category_replies"): (
        lambda c: c.replies("promo"),
        lambda got: [(r.phone_number, r.text, r.received_at) for r in got],
    ),
}
EXPECTED = {
    "list_stop_sms": [("19", "+33xxxxxxxxx")],
    "list_category_replies": [("+33600000000", "Réponse 1", datetime(2015, 2, 25, 14, 51, 40, tzinfo=UTC))],
}


def _answer(payload: Any) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=payload)

    return answer


@pytest.mark.parametrize(("vendor", "operation_id"), list(DOCUMENTED), ids=lambda v: str(v))
def test_the_documented_payloads_read(vendor: str, operation_id: str) -> None:
    """Each tagged operation's documented 200 answer (the spec's examples), replayed."""
    spec = spec_by_vendor(vendor)
    (operation,) = [op for op in spec.operations() if op.operation.get("operationId") == operation_id]
    content = spec.resolve(operation.operation["responses"]["200"])["content"]["application/json"]
    for example in content["examples"].values():
        payload = example["value"]
        transport = httpx.MockTransport(_answer(payload))
        call, read = DOCUMENTED[(vendor, operation_id)]
        with smsgate.Client(vendor, api_key="k", http_client=httpx.Client(transport=transport)) as client:
            assert read(call(client)) == EXPECTED.get(operation_id)


@pytest.mark.parametrize(
    ("vendor", "call"),
    [
        ("messaggi", lambda c: c.opt_outs()),
        ("messaggi_v2", lambda c: c.add_opt_out(NUMBER)),
        ("messaggi", lambda c: c.remove_opt_out(NUMBER)),
        ("messaggi_v2", lambda c: c.replies("x")),
        ("smspartner", lambda c: c.opt_outs("bounce")),
        ("smspartner", lambda c: c.replies("x")),
    ],
)
def test_a_vendor_without_the_operation_refuses_before_any_request(vendor: str, call: Any) -> None:
    requests: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(500)

    transport = httpx.MockTransport(record)
    with (
        smsgate.Client(vendor, api_key="k", http_client=httpx.Client(transport=transport)) as client,
        pytest.raises(UnsupportedOperationError) as caught,
    ):
        call(client)
    assert "what it has: " + ("none" if vendor.startswith("messaggi") else "list stop") in str(caught.value)
    assert requests == []


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.opt_outs("npai"),
        lambda c: c.add_opt_out(33612345601),
        lambda c: c.add_opt_out("not a number"),
        lambda c: c.replies(),
        lambda c: c.replies("a", campaign="b"),
        lambda c: c.replies("a", since=datetime(2026, 1, 1)),
    ],
)
def test_argument_mistakes_are_invalid_argument_errors(call: Any) -> None:
    with sandbox_client("primotexto") as client, pytest.raises(smsgate.InvalidArgumentError):
        call(client)


@pytest.mark.smsgate_opt_outs(smspartner=[NUMBER])
def test_the_pytest_plugin_presets_a_list(smsgate_sandbox: Sandbox, smsgate_client: Any) -> None:
    client = smsgate_client("smspartner")
    assert [entry.phone_number for entry in client.opt_outs()] == [NUMBER]


@pytest.mark.parametrize(
    "tag",
    [
        {"list": "stop", "action": "send"},
        {"list": "optin", "action": "list"},
        {"list": "reply", "action": "list"},
        {"list": "stop", "action": "list", "by": "reference"},
        "stop",
    ],
)
def test_the_generator_refuses_a_bad_consent_tag(tag: object) -> None:
    original = spec_by_vendor("smspartner")
    document = copy.deepcopy(original.document)
    document["paths"]["/stop-sms/list"]["get"]["x-smsgate-consent"] = tag
    problems = check_spec(Spec(original.path, original.vendor, document))
    assert any("x-smsgate-consent" in problem for problem in problems), problems


def test_the_generator_refuses_a_consent_tag_on_two_operations() -> None:
    original = spec_by_vendor("smspartner")
    document = copy.deepcopy(original.document)
    document["paths"]["/stop-sms/delete"]["get"]["x-smsgate-consent"] = {"list": "stop", "action": "list"}
    problems = check_spec(Spec(original.path, original.vendor, document))
    assert any("also on" in problem for problem in problems), problems
