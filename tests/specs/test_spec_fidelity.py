"""The specs say what the vendors document, no more and no less (issue 10's audit), and say it as data.

Each test here fails on the specs as they were before the audit's fixes.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import smsgate
import yaml
from _smsgate_generated.messaggi.models import MessageListResponse, RecipientCounts, SendMessageRequest
from _smsgate_generated.messaggi.operations import send_message
from _smsgate_generated.primotexto.models import MessageStatus
from _smsgate_generated.primotexto.operations import get_message_status
from _smsgate_generated.smspartner.models import HlrResult, LongNumberReply, ShortCodeReply
from jsonschema import Draft202012Validator
from smsgate._core.arguments import query_rule_holds
from smsgate.sandbox import Sandbox
from smsgate.sandbox._operations import operations, read_parameters
from smsgate.sandbox._problems import ProblemKind, RefusedRequestError
from smsgate.testing import sandbox_client

from generator.specs import Spec, check_spec
from tests.fakes import FakeVendor, Unified, answer, example
from tests.support import all_specs, spec_by_vendor

ROOT = Path(__file__).resolve().parents[2]
CONVENTIONS = (ROOT / "specs" / "CONVENTIONS.md").read_text(encoding="utf-8")


def _schema_validator(spec: Spec, name: str) -> Draft202012Validator:
    return spec.validator(f"/components/schemas/{name}")


def _request_examples(spec: Spec) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(where, example value, resolved request schema) for every JSON object request example."""
    found = []
    for vector in spec.examples():
        if vector.location == "request" and isinstance(vector.value, dict):
            schema = spec.resolve(spec.resolve(vector.media).get("schema", {}))
            found.append((vector.where, vector.value, schema))
    return found


@pytest.mark.parametrize("spec", all_specs(), ids=lambda s: s.vendor)
def test_no_request_example_hides_other_fields_inside_a_text(spec: Spec) -> None:
    # SMS Partner's dp_scheduled example once sent "..., sender: mycompany, scheduledDeliveryDate:
    # 21/10/2014, ..." as the message text, where the vendor page sends them as fields.
    for where, value, schema in _request_examples(spec):
        names = set(schema.get("properties", {}))
        for member, text in value.items():
            if isinstance(text, str):
                hidden = sorted(name for name in names - {member} if re.search(rf"\b{re.escape(name)}: ", text))
                assert not hidden, f"{where}: {member!r} holds {hidden} as text"


def test_the_scheduled_send_example_sends_the_schedule_as_fields() -> None:
    spec = spec_by_vendor("smspartner")
    (value,) = [e.value for e in spec.examples() if e.operation.operation_id == "send_sms" and e.name == "dp_scheduled"]
    assert value == {
        "apiKey": "YOUR_API_KEY",
        "phoneNumbers": "+336xxxxxxxx",
        "message": "This is your message",
        "sender": "mycompany",
        "scheduledDeliveryDate": "21/10/2014",
        "time": 9,
        "minute": 0,
    }


@pytest.mark.parametrize(
    ("members", "valid"),
    [
        ({"contact": {"phoneNumber": "0600000000"}}, True),
        ({"contactsList": [{"phoneNumber": "0600000000"}]}, True),
        ({}, False),
        ({"contact": {"phoneNumber": "0600000000"}, "contactsList": [{"phoneNumber": "0600000001"}]}, False),
    ],
    ids=["contact", "contactsList", "neither", "both"],
)
def test_adding_contacts_takes_exactly_one_of_contact_and_contacts_list(members: dict[str, Any], valid: bool) -> None:
    validator = _schema_validator(spec_by_vendor("smspartner"), "AddContactRequest")
    assert validator.is_valid({"apiKey": "k", "groupId": 1, **members}) is valid


@pytest.mark.parametrize("spec", all_specs(), ids=lambda s: s.vendor)
def test_other_meanings_of_an_error_code_are_in_also_not_in_the_message(spec: Spec) -> None:
    tables = [("root", spec.document.get("x-smsgate-error-codes", {}))]
    tables += [(op.operation_id, op.operation.get("x-smsgate-error-codes", {})) for op in spec.operations()]
    for where, table in tables:
        for code, entry in table.items():
            assert "also:" not in entry["message"], f"{spec.vendor} {where} code {code}: {entry['message']!r}"
            assert isinstance(entry.get("also", ""), str)


def test_smspartner_codes_with_other_meanings_list_them_in_also() -> None:
    table = spec_by_vendor("smspartner").document["x-smsgate-error-codes"]
    with_also = {code for code, entry in table.items() if "also" in entry}
    assert {"1", "2", "3", "4", "5", "6", "10", "13", "14", "15"} <= with_also


def test_primotexto_status_rule_is_exactly_one_of_snapshot_id_and_identifier() -> None:
    (operation,) = [op for op in spec_by_vendor("primotexto").operations() if op.operation_id == "get_message_status"]
    rule = Draft202012Validator(operation.operation["x-smsgate-query-schema"])
    assert rule.is_valid({"snapshotId": "362891"})
    assert rule.is_valid({"identifier": "+33600000000"})
    assert not rule.is_valid({})
    assert not rule.is_valid({"snapshotId": "362891", "identifier": "+33600000000"})


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ({}, ProblemKind.MISSING_PARAMETER),
        ({"snapshotId": "1", "identifier": "+33600000000"}, ProblemKind.INVALID_PARAMETER),
    ],
    ids=["neither", "both"],
)
def test_the_sandbox_enforces_the_status_query_rule(query: dict[str, str], kind: ProblemKind) -> None:
    (operation,) = [op for op in operations("primotexto") if op.operation_id == "get_message_status"]
    with pytest.raises(RefusedRequestError) as refused:
        read_parameters(operation, {}, query)
    assert refused.value.kind is kind


def test_a_status_call_with_one_lookup_reaches_the_vendor() -> None:
    with sandbox_client("primotexto") as client:
        snapshot_id = client.send("+33612345678", "Bonjour").message_id.partition("@")[0]
        status = client.call(get_message_status, snapshot_id=snapshot_id)
        assert isinstance(status, MessageStatus)
        assert status.id == int(snapshot_id)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    "lookups", [{}, {"snapshot_id": "362891", "identifier": "+33600000000"}], ids=["neither", "both"]
)
def test_a_status_call_breaking_the_query_rule_is_refused_before_any_request(
    mode: str, lookups: dict[str, str]
) -> None:
    fake = FakeVendor({("GET", "/messages/status"): answer(example("primotexto", "get_message_status"))})
    with pytest.raises(smsgate.InvalidRequestError, match="Exactly one of `snapshotId` and `identifier`"):
        Unified("primotexto", fake, mode).call(get_message_status, **lookups)
    assert fake.requests == []


@pytest.mark.parametrize(
    ("query", "holds"),
    [
        ({"snapshotId": "1"}, True),
        ({"identifier": "+33600000000"}, True),
        ({}, False),
        ({"snapshotId": "1", "identifier": "+33600000000"}, False),
    ],
)
def test_the_run_time_reading_of_the_rule_agrees_with_json_schema(query: dict[str, str], holds: bool) -> None:
    (operation,) = [op for op in spec_by_vendor("primotexto").operations() if op.operation_id == "get_message_status"]
    rule = operation.operation["x-smsgate-query-schema"]
    assert query_rule_holds(rule, query) is holds is Draft202012Validator(rule).is_valid(query)


def test_a_bad_query_rule_is_reported_by_the_generator() -> None:
    spec = spec_by_vendor("primotexto")
    document = yaml.safe_load(yaml.safe_dump(spec.document))
    document["paths"]["/messages/status"]["get"]["x-smsgate-query-schema"] = {"oneOf": [{"required": ["snapshot"]}]}
    problems = check_spec(Spec(path=spec.path, vendor=spec.vendor, document=document))
    assert any("'snapshot' is not a query parameter" in problem for problem in problems), problems


def test_a_query_rule_keyword_the_client_cannot_read_is_reported_by_the_generator() -> None:
    spec = spec_by_vendor("primotexto")
    document = yaml.safe_load(yaml.safe_dump(spec.document))
    rule = {"if": {"required": ["snapshotId"]}, "then": {"required": ["identifier"]}}
    document["paths"]["/messages/status"]["get"]["x-smsgate-query-schema"] = rule
    problems = check_spec(Spec(path=spec.path, vendor=spec.vendor, document=document))
    assert any("keywords ['if', 'then'] are not read at run time" in problem for problem in problems), problems


def _declaring(spec: Spec, status: str) -> set[str]:
    return {op.operation_id for op in spec.operations() if status in op.operation.get("responses", {})}


def test_smspartner_declares_400_and_429_only_where_the_vendor_documents_them() -> None:
    # DP envois_smsp1, envois_smsp2 and envois_smsp3: an unescaped `"` in the text answers 400 (issue 17's audit).
    spec = spec_by_vendor("smspartner")
    assert _declaring(spec, "400") == {"send_sms", "send_bulk_sms", "send_virtual_number_sms"}
    assert _declaring(spec, "429") == {"verify_numbers", "lookup_numbers"}
    assert "`POST /send`, `POST /bulk-send` and `POST /vn/send`" in CONVENTIONS


# The DP error page (pages/docs/gestion-des-erreurs/erreurp1.md), verbatim: "Envoi de SMS" for 2, 11, 13, 40
# and 992 (printed above the table), "Annulation des SMS" / "Récupération des statuts" for 6.
SMSPARTNER_OWN_WORDS = {
    "2": "Le champ phoneNumbers est requis",
    "6": "Le format n\u2019est pas correct",
    "11": "Crédit insuffisant",
    "13": "Aucun prix par défaut n\u2019a été trouvé pour les numéros suivant",
    "40": "L\u2019accès à l\u2019API est refusé",
    "992": "Sender non autorisé",
}


@pytest.mark.parametrize(("code", "words"), sorted(SMSPARTNER_OWN_WORDS.items()))
def test_smspartner_error_messages_are_the_vendors_own_french(code: str, words: str) -> None:
    table = spec_by_vendor("smspartner").document["x-smsgate-error-codes"]
    assert table[code]["message"] == words


def test_the_sandbox_answers_smspartners_own_words_for_insufficient_credit() -> None:
    with (
        sandbox_client("smspartner", sandbox=Sandbox(initial_credits=0)) as client,
        pytest.raises(smsgate.InsufficientCreditError) as caught,
    ):
        client.send("+33612345678", "Bonjour")
    assert "Crédit insuffisant" in str(caught.value)


@pytest.mark.parametrize("spec", all_specs(), ids=lambda s: s.vendor)
def test_no_error_message_carries_an_endpoint_prefix(spec: Spec) -> None:
    # CONVENTIONS.md: another endpoint's meaning goes in `also` (SMS Partner's 7 and 8 said "message-cancel: ...").
    tables = [("root", spec.document.get("x-smsgate-error-codes", {}))]
    tables += [(op.operation_id, op.operation.get("x-smsgate-error-codes", {})) for op in spec.operations()]
    for where, table in tables:
        for code, entry in table.items():
            said = entry["message"]
            assert not re.match(r"[a-z][a-z/-]*: ", said), f"{spec.vendor} {where} {code}: {said!r}"


V2_SENDS = {"send_ww_message", "send_it_message", "send_es_message", "send_otp"}


def test_messaggi_v2_sends_declare_only_the_statuses_upstream_documents() -> None:
    # Upstream 1.2.7: the four sends document 201, 403 and 422; no 401 (issue 17's audit).
    spec = spec_by_vendor("messaggi_v2")
    for op in spec.operations():
        if op.operation_id in V2_SENDS:
            assert set(op.operation["responses"]) == {"201", "403", "422"}, op.operation_id


def test_messaggi_v2_says_nothing_upstream_does_not() -> None:
    spec = spec_by_vendor("messaggi_v2")
    message = spec.document["components"]["schemas"]["SendMessageRequest"]["properties"]["message"]
    assert "minLength" not in message  # upstream sets no bound on the text
    (listing,) = [op for op in spec.operations() if op.operation_id == "list_messages"]
    assert "newest" not in listing.operation["description"]  # upstream does not document the order
    (spain,) = [op for op in spec.operations() if op.operation_id == "send_es_message"]
    media = spain.operation["responses"]["201"]["content"]["application/json"]
    assert "examples" not in media  # no Spanish price is documented
    assert "example" not in media


def test_an_smspartner_error_body_says_success_false_and_has_a_code() -> None:
    validator = _schema_validator(spec_by_vendor("smspartner"), "ErrorResponse")
    assert validator.is_valid({"success": False, "code": 10, "message": "Clé API incorrecte"})
    assert not validator.is_valid({"success": True, "code": 200})  # what a mock server invented
    assert not validator.is_valid({"success": False})
    assert not validator.is_valid({})


def test_messaggi_takes_a_number_in_another_format_and_files_it_as_invalid() -> None:
    # Seed 003: any other format than +<cc>-<number> is counted as an invalid recipient, not refused.
    spec = spec_by_vendor("messaggi")
    assert _schema_validator(spec, "RecipientNumberString").is_valid("3491234567")
    with sandbox_client("messaggi") as client:
        body = SendMessageRequest(sender="ACME", body="Ciao", recipients=["+39-3491234567", "3491234567"])
        answer = client.call(send_message, body=body)
        assert isinstance(answer, MessageListResponse)
        assert isinstance(answer.data, list)
        counts = answer.data[0].recipients
        assert isinstance(counts, RecipientCounts)
        assert counts.to_dict() == {"valid": {"count": 1}, "invalid": {"total": 1, "list": ["3491234567"]}}


def test_send_still_refuses_a_number_it_cannot_read_before_any_request() -> None:
    with sandbox_client("messaggi") as client, pytest.raises(smsgate.InvalidArgumentError):
        client.send("not a number", "Ciao", sender="ACME")


def test_smspartner_documents_its_inbound_payloads_as_webhooks() -> None:
    spec = spec_by_vendor("smspartner")
    webhooks = {webhook.operation_id: webhook for webhook in spec.webhooks()}
    documented = {"receive_long_number_reply", "receive_short_code_reply", "receive_hlr_result"}
    assert set(webhooks) == documented | {"receive_delivery_receipt"}
    walked = {e.operation.operation_id for e in spec.examples() if e.operation.webhook}
    assert walked == documented
    # urlDlr: a parameter the vendor documents, a payload it does not (no example, graded low).
    assert webhooks["receive_delivery_receipt"].operation["x-smsgate-confidence"] == "low"


def test_messaggi_documents_its_state_callback_as_a_webhook() -> None:
    assert [w.operation_id for w in spec_by_vendor("messaggi").webhooks()] == ["receive_message_status"]


def _webhook_example(operation_id: str, name: str) -> Any:
    spec = spec_by_vendor("smspartner")
    (value,) = [e.value for e in spec.examples() if e.operation.operation_id == operation_id and e.name == name]
    return value


def test_webhook_examples_parse_into_the_generated_payload_models() -> None:
    part = LongNumberReply.from_dict(_webhook_example("receive_long_number_reply", "dp_long_part_2"))
    assert (part.msisdn, part.concat_ref, part.concat_part, part.text) == ("33xxxxxxxxx", "171", "2", "....very long")
    reply = ShortCodeReply.from_dict(_webhook_example("receive_short_code_reply", "dp"))
    assert (reply.phone_number, reply.message_id) == ("+336XXXXXXX1", "123")
    hlr = HlrResult.from_dict(_webhook_example("receive_hlr_result", "dp"))
    assert (hlr.phone, hlr.error_grp_id, hlr.error_name.strip()) == ("+3300000000", 0, "NO_ERROR")


def test_a_webhook_example_that_does_not_fit_its_schema_stops_the_generator() -> None:
    spec = spec_by_vendor("smspartner")
    document = yaml.safe_load(yaml.safe_dump(spec.document))
    content = document["webhooks"]["hlr_result"]["post"]["requestBody"]["content"]["application/json"]
    content["examples"]["dp"]["value"].pop("phone")
    problems = check_spec(Spec(path=spec.path, vendor=spec.vendor, document=document))
    assert problems == [
        "webhook receive_hlr_result (POST hlr_result): request body application/json example 'dp': "
        "'phone' is a required property (at (root))"
    ]


def _extensions(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {key for key in node if isinstance(key, str) and key.startswith("x-smsgate-")}
        return found.union(*(_extensions(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(_extensions(item) for item in node))
    return set()


@pytest.mark.parametrize("spec", all_specs(), ids=lambda s: s.vendor)
def test_every_extension_a_spec_uses_is_documented_in_the_conventions(spec: Spec) -> None:
    # Named in code spans: `x-smsgate-sends: true`, `info.x-smsgate-vendor`.
    undocumented = sorted(name for name in _extensions(spec.document) if not re.search(rf"[`.]{name}\b", CONVENTIONS))
    assert not undocumented


@pytest.mark.parametrize("term", ["error_fields", "named: true", "`also`", "operation may carry its own"])
def test_the_conventions_document_the_nested_notation(term: str) -> None:
    assert term in CONVENTIONS


@pytest.mark.parametrize("ruleset", [".spectral.yaml", "redocly.yaml"])
def test_every_rule_the_linters_turn_off_is_justified_in_the_ruleset(ruleset: str) -> None:
    lines = (ROOT / ruleset).read_text(encoding="utf-8").splitlines()
    loaded = yaml.safe_load("\n".join(lines))
    relaxed = {
        name for name, level in loaded["rules"].items() if str(level).lower() in ("off", "false", "hint", "info")
    }
    assert relaxed
    for index, line in enumerate(lines):
        name = line.strip().split(":")[0]
        if name in relaxed:
            assert lines[index - 1].strip().startswith("#"), f"{ruleset}: {name} is turned off without a reason"


# A comment that only points elsewhere, a section banner, or a defect mark whose note is in
# info.x-smsgate-defects: anything else would be a fact the JSON copy loses.
POINTER_COMMENT = re.compile(r"^#\s*(-{3,}.*|.*\b[DV]\d+\b.*|.*CONVENTIONS\.md.*|\(.*said in .*\))$")


@pytest.mark.parametrize("spec", all_specs(), ids=lambda s: s.vendor)
def test_facts_are_not_in_yaml_comments_which_the_json_copy_loses(spec: Spec) -> None:
    lines = [line.strip() for line in spec.path.read_text(encoding="utf-8").splitlines()]
    # The file's opening comment (provenance, for editors) comes before the first key.
    body = lines[next(i for i, line in enumerate(lines) if line and not line.startswith("#")) :]
    facts = []
    for previous, line in zip(["", *body], body, strict=False):
        continued = previous.startswith("#") and previous not in facts  # the next line of an allowed comment
        if line.startswith("#") and not POINTER_COMMENT.match(line) and not continued:
            facts.append(line)
    assert not facts
