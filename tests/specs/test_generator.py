"""The generator: clear errors on bad specs, template patches, determinism and the drift check."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from smsgate._base.spec import VENDORS

from generator import GENERATED_DIR, REPO_ROOT, SPECS_DIR, GenerationError
from generator.build import build, compare
from generator.specs import load_specs
from generator.templates import PATCHES, write_patched_templates

pytestmark = pytest.mark.generator_python  # the generator runs on one Python (noxfile.GENERATOR_PYTHON)

# A small spec that follows every convention; each test breaks one thing in a copy of it.
GOOD_SPEC = """\
openapi: 3.1.0
info: {title: Toy, version: "1", x-smsgate-vendor: primotexto}
servers: [{url: "https://api.example.invalid/v2", description: production}]
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key}
  schemas:
    Status:
      type: object
      required: [state]
      properties:
        state: {type: string}
        date: {type: [integer, "null"]}
    ErrorResponse:
      type: object
      required: [code]
      properties: {code: {type: integer}}
security: [{key: []}]
paths:
  /items/{itemId}/status:
    get:
      operationId: get_item_status
      tags: [items]
      summary: Status of one item
      x-smsgate-confidence: high
      parameters:
        - {name: itemId, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: the status
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Status'}
              examples:
                seed: {summary: S000, value: {state: delivered, date: 1423344000000}}
        "401":
          description: bad key
          content:
            application/json:
              schema: {$ref: '#/components/schemas/ErrorResponse'}
"""


def _specs_dir(tmp_path: Path, text: str) -> Path:
    specs = tmp_path / "specs"
    specs.mkdir()
    # Named like a real vendor so that its generator configuration exists.
    (specs / "primotexto.openapi.yaml").write_text(text, encoding="utf-8")
    shutil.copy(SPECS_DIR / "unified.schema.json", specs)
    return specs


def _run_generator(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *map(str, args)], capture_output=True, text=True, cwd=REPO_ROOT, check=False
    )


def test_good_spec_loads(tmp_path: Path) -> None:
    (spec,) = load_specs(_specs_dir(tmp_path, GOOD_SPEC))
    assert [op.operation_id for op in spec.operations()] == ["get_item_status"]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param(
            "value: {state: delivered, date: 1423344000000}",
            "value: {state: delivered, date: 'yesterday'}",
            "primotexto.openapi.yaml: operation get_item_status (GET /items/{itemId}/status): response 200 "
            "application/json example 'seed': 'yesterday' is not of type 'integer', 'null' (at date)",
            id="example-violates-schema",
        ),
        pytest.param(
            "        - {name: itemId, in: path, required: true, schema: {type: string}}\n",
            "        - {name: other, in: query, schema: {type: string}}\n",
            "primotexto.openapi.yaml: operation get_item_status (GET /items/{itemId}/status): "
            "path parameter {itemId} is not declared",
            id="undeclared-path-parameter",
        ),
        pytest.param(
            "operationId: get_item_status",
            "operationId: getItemStatus",
            "operationId 'getItemStatus' is not snake_case",
            id="operation-id-style",
        ),
        pytest.param(
            "      x-smsgate-confidence: high\n",
            "",
            "(GET /items/{itemId}/status): x-smsgate-confidence must be one of",
            id="missing-confidence",
        ),
        pytest.param(
            "state: {type: string}",
            "state: {type: string, enum: [delivered, sent]}",
            "closed enum ['delivered', 'sent'] in a response schema",
            id="closed-response-enum",
        ),
        pytest.param(
            "description: the status",
            "description: the status\n          description: twice",
            "duplicate key 'description'",
            id="duplicate-key",
        ),
        pytest.param(
            "description: bad key",
            "description: no",  # YAML 1.1 reads a bare `no` as false
            "document paths['/items/{itemId}/status'].get.responses['401'].description: False is not of type 'string'",
            id="yaml-boolean-trap",
        ),
        pytest.param(
            "              schema: {$ref: '#/components/schemas/ErrorResponse'}",
            "              schema: {type: object}",
            "response 401 application/json schema must $ref a named component schema",
            id="inline-schema",
        ),
    ],
)
def test_bad_spec_fails_with_file_operation_and_reason(tmp_path: Path, old: str, new: str, expected: str) -> None:
    assert old in GOOD_SPEC
    specs = _specs_dir(tmp_path, GOOD_SPEC.replace(old, new))
    with pytest.raises(GenerationError) as raised:
        load_specs(specs)
    assert expected in str(raised.value)
    # The command line says the same and exits non-zero without touching the output folder.
    completed = _run_generator("--specs", specs, "--output", tmp_path / "out")
    assert completed.returncode == 2
    assert expected in completed.stderr
    assert not (tmp_path / "out").exists()


def test_every_template_patch_applies_once(tmp_path: Path) -> None:
    written = write_patched_templates(tmp_path)
    for patch in PATCHES:
        text = (written / patch.template).read_text(encoding="utf-8")
        assert patch.new in text
        assert patch.old not in text


def test_patched_behaviour_is_in_the_committed_output() -> None:
    for vendor in VENDORS:
        package = GENERATED_DIR / "_smsgate_generated" / vendor
        assert "status_code: int" in (package / "types.py").read_text(encoding="utf-8")
        assert "token: str = field(repr=False)" in (package / "client.py").read_text(encoding="utf-8")
        assert not any("HTTPStatus(" in p.read_text(encoding="utf-8") for p in package.rglob("*.py"))


def test_generation_is_deterministic_and_drift_is_explained(tmp_path: Path) -> None:
    specs = _specs_dir(tmp_path, GOOD_SPEC)
    first, second = tmp_path / "first", tmp_path / "second"
    build(first, specs)
    build(second, specs)
    assert not compare(first, second)

    # A hand edit is found, and no input explains it.
    edited = first / "_smsgate_generated" / "primotexto" / "client.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    drift = compare(first, second)
    assert drift.changed == ["_smsgate_generated/primotexto/client.py"]
    assert "was generated/ edited by hand?" in drift.report()

    # A spec change is named as the cause.
    spec_file = specs / "primotexto.openapi.yaml"
    spec_file.write_text(GOOD_SPEC.replace("Status of one item", "Status of an item"), encoding="utf-8")
    third = tmp_path / "third"
    build(third, specs)
    drift = compare(second, third)
    assert "input changed: primotexto.openapi.yaml" in drift.reasons


def test_cli_check_reports_drift(tmp_path: Path) -> None:
    """``--check`` names the file that moved (on a one-operation spec: the committed tree's own check
    is ``nox -s check_generated``, run once in the default run, not again here)."""
    specs = _specs_dir(tmp_path, GOOD_SPEC)
    made = tmp_path / "generated"
    build(made, specs)
    assert _run_generator("--check", "--specs", specs, "--output", made).returncode == 0
    (made / "_smsgate_generated" / "unified.py").write_text("# hand edit\n", encoding="utf-8")
    completed = _run_generator("--check", "--specs", specs, "--output", made)
    assert completed.returncode == 1
    assert "changed: _smsgate_generated/unified.py" in completed.stderr


def test_generated_parsers_read_only_what_the_decoded_answer_offers() -> None:
    """The pipeline hands each generated ``_parse_response`` a ``DecodedAnswer`` (the body decoded once),
    not an httpx.Response: a template that starts reading anything else of the response must be seen."""
    import ast

    from smsgate._core.response import DecodedAnswer

    offered = {name for name in ("status_code", "json", "content") if hasattr(DecodedAnswer, name)}
    read: set[str] = set()
    modules = sorted(p for p in (GENERATED_DIR / "_smsgate_generated").glob("*/api/*/*.py") if p.stem != "__init__")
    assert modules
    for module in modules:
        tree = ast.parse(module.read_text(encoding="utf-8"))
        (parse,) = (node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == "_parse_response")
        read |= {
            node.attr
            for node in ast.walk(parse)
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "response"
        }
    assert read <= offered, f"generated parsers read {sorted(read - offered)} of the response"


# Every field of the generated models that the overrides use, by the vendor module that uses it: the
# answers read (a send, a status, the balance, an error's code and text, and the resolution of a
# campaign's unknown outcomes, whose misreading would send a message twice) and the requests built.
# A use that leaves this table was made untyped (a string key, a getattr), which mypy cannot follow
# through a renamed spec; a new one is added here (the test below says which).
FIELDS_USED: dict[str, set[tuple[str, str]]] = {
    "messaggi": {
        ("SendOptions", "callback_url"),
        ("ErrorResponse", "error"),
        ("ErrorResponse", "message"),
        ("InvalidRecipients", "list_"),
        ("Message", "id"),
        ("Message", "options"),
        ("Message", "price"),
        ("Message", "recipients"),
        ("MessageOptions", "custom"),
        ("MessageSummary", "id"),
        ("MessageSummary", "timestamp"),
        ("MessageSummaryListResponse", "credit"),
        ("MongoDate", "date"),
        ("MongoNumberLong", "number_long"),
        ("Recipient", "message_id"),
        ("Recipient", "number"),
        ("Recipient", "report"),
        ("Recipient", "state"),
        ("Recipient", "timestamp_delivery"),
        ("Recipient", "timestamp_sent"),
        ("RecipientCounts", "invalid"),
        ("Report", "done_at"),
        ("Report", "status"),
        ("ReportStatus", "group_name"),
        ("SendMessageRequest", "body"),
        ("SendMessageRequest", "options"),
        ("SendMessageRequest", "recipients"),
        ("SendMessageRequest", "sender"),
        ("SendMessageRequest", "test"),
        ("SendOptions", "custom"),
        ("SendOptions", "timestamp_send"),
    },
    "messaggi_v2": {
        ("SendMessageRequest", "callback"),
        ("CallbackOptions", "url"),
        ("ErrorResponse", "code"),
        ("ErrorResponse", "message"),
        ("MessageEnvelope", "data"),
        ("MessageOptions", "dry_run"),
        ("MessageResponse", "created_at"),
        ("MessageResponse", "delivered_at"),
        ("MessageResponse", "id"),
        ("MessageResponse", "recipient"),
        ("MessageResponse", "sent_at"),
        ("MessageResponse", "state"),
        ("MessageResponse", "total_price"),
        ("MessageResponse", "updated_at"),
        ("SendMessageRequest", "message"),
        ("SendMessageRequest", "options"),
        ("SendMessageRequest", "recipient"),
        ("SendMessageRequest", "sender"),
    },
    "primotexto": {
        ("AccountStats", "credits_"),
        ("IdentifierRequest", "identifier"),
        ("Reply", "id"),
        ("Reply", "identifier"),
        ("Reply", "message"),
        ("ErrorResponse", "code"),
        ("ErrorResponse", "error"),
        ("MessageStatus", "delivered"),
        ("MessageStatus", "id"),
        ("MessageStatus", "sent"),
        ("MessageStatus", "state"),
        ("MessageStatus", "state_date"),
        ("MessageStatus", "submitted"),
        ("SendMessageRequest", "category"),
        ("SendMessageRequest", "date"),
        ("SendMessageRequest", "message"),
        ("SendMessageRequest", "number"),
        ("SendMessageRequest", "sender"),
        ("SendMessageResponse", "credits_used"),
        ("SendMessageResponse", "snapshot_id"),
    },
    "smspartner": {
        ("SendSmsRequest", "url_response"),
        ("SendSmsRequest", "url_dlr"),
        ("AccountCredits", "balance"),
        ("AddStopSmsRequest", "api_key"),
        ("AddStopSmsRequest", "phone_number"),
        ("StopEntry", "created_at"),
        ("StopEntry", "id"),
        ("StopEntry", "phone_number"),
        ("StopListResponse", "data"),
        ("AccountCredits", "currency"),
        ("AccountCredits", "solde"),
        ("BulkStatusByTagResponse", "statut_response_list"),
        ("BulkStatusItem", "date"),
        ("BulkStatusItem", "phone_number"),
        ("BulkStatusItem", "status"),
        ("BulkStatusItem", "stop_sms"),
        ("BulkStatusResponse", "message_id"),
        ("BulkStatusResponse", "statut_response_list"),
        ("CreditsResponse", "credits_"),
        ("ErrorResponse", "code"),
        ("ErrorResponse", "error"),
        ("ErrorResponse", "errors"),
        ("ErrorResponse", "message"),
        ("FieldError", "element_id"),
        ("FieldError", "message"),
        ("MessageStatusResponse", "date"),
        ("MessageStatusResponse", "number"),
        ("MessageStatusResponse", "phone_number"),
        ("MessageStatusResponse", "statut"),
        ("MessageStatusResponse", "stop_sms"),
        ("SendSmsRequest", "api_key"),
        ("SendSmsRequest", "gamme"),
        ("SendSmsRequest", "message"),
        ("SendSmsRequest", "minute"),
        ("SendSmsRequest", "phone_numbers"),
        ("SendSmsRequest", "sandbox"),
        ("SendSmsRequest", "scheduled_delivery_date"),
        ("SendSmsRequest", "sender"),
        ("SendSmsRequest", "tag"),
        ("SendSmsRequest", "time"),
        ("SendSmsResponse", "cost"),
        ("SendSmsResponse", "message_id"),
    },
}
# The extensions that name a schema's properties (a state vocabulary, an XML answer's positions):
# left out of the copies whose properties are renamed, where the Python reads are the point (renaming
# a property an extension names is refused by the generator, before any code: the test after this one).
PROPERTY_NAMING_EXTENSIONS = ("x-smsgate-xml", "x-smsgate-delivery-states")
# Fields that the specs' own extensions name too (a state vocabulary, an XML answer's positions):
# renaming one alone is refused by the generator, before any code is made from it.
FIELDS_NAMED_BY_EXTENSIONS = [
    ("primotexto", "MessageStatus", "state"),
    ("smspartner", "CreditsResponse", "credits"),
    ("smspartner", "BulkStatusItem", "phoneNumber"),
    ("smspartner", "BulkStatusItem", "status"),
    ("messaggi_v2", "MessageResponse", "deliveredAt"),  # x-smsgate-event of the message_state webhook
    ("smspartner", "HlrResult", "errorName"),
]


def _rename(spec: Path, schema: str, name: str) -> None:
    """``schema``'s property ``name`` becomes ``<name>Renamed`` in this copy of the spec."""
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    target = document["components"]["schemas"][schema]
    properties = target["properties"]
    assert name in properties, f"{schema} has no property {name}: the table is out of date"
    target["properties"] = {(key + "Renamed" if key == name else key): value for key, value in properties.items()}
    if name in target.get("required", []):
        target["required"] = [key + "Renamed" if key == name else key for key in target["required"]]
    spec.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _renamed_specs(folder: Path, fields: list[tuple[str, str, str]]) -> Path:
    specs = folder / "specs"
    shutil.copytree(SPECS_DIR, specs)
    for vendor, schema, name in fields:
        _rename(specs / f"{vendor}.openapi.yaml", schema, name)
    return specs


def test_a_renamed_field_that_an_extension_names_is_refused_by_the_generator(tmp_path: Path) -> None:
    specs = _renamed_specs(tmp_path, FIELDS_NAMED_BY_EXTENSIONS)
    with pytest.raises(GenerationError) as refused:
        build(tmp_path / "generated", specs)
    for vendor, _, name in FIELDS_NAMED_BY_EXTENSIONS:
        assert any(vendor in line and f"'{name}'" in line for line in str(refused.value).splitlines()), name


def _rename_everything(specs: Path, keep: set[tuple[str, str]]) -> None:
    """Every property of every schema (but those of the ``keep`` (vendor, schema)s) gets ``Renamed``
    appended, in this copy of the specs; nothing is required any more (the examples stay valid)."""

    def strip(node: object) -> None:
        if isinstance(node, dict):
            for key in PROPERTY_NAMING_EXTENSIONS:
                node.pop(key, None)
            for value in node.values():
                strip(value)
        elif isinstance(node, list):
            for value in node:
                strip(value)

    for spec in specs.glob("*.openapi.yaml"):
        vendor = spec.name.split(".")[0]
        document = yaml.safe_load(spec.read_text(encoding="utf-8"))
        strip(document)
        # The webhooks name their payloads' properties too (x-smsgate-event), and no generated code
        # comes of them (their payload schemas, under components, stay and are renamed).
        document.pop("webhooks", None)
        for name, schema in document["components"]["schemas"].items():
            if (vendor, name) in keep or not schema.get("properties"):
                continue
            schema["properties"] = {key + "Renamed": value for key, value in schema["properties"].items()}
            schema.pop("required", None)
        spec.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")


# Third-party stubs (jsonschema's) are the typecheck session's business, not this test's.
MYPY_OPTIONS = ("--disable-error-code", "import-untyped")
MYPY_READ = re.compile(r'_vendors/(\w+)\.py:\d+: error: "(\w+)" has no attribute "(\w+)"')
MYPY_BUILT = re.compile(r'_vendors/(\w+)\.py:\d+: error: Unexpected keyword argument "(\w+)" for "(\w+)"')


def _fields_mypy_names(folder: Path, keep: set[tuple[str, str]]) -> set[tuple[str, str, str]]:
    """(vendor, schema, attribute) of every use mypy --strict refuses once the properties are renamed."""
    specs = folder / "specs"
    shutil.copytree(SPECS_DIR, specs)
    _rename_everything(specs, keep)
    build(folder / "generated", specs)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            *MYPY_OPTIONS,
            "--cache-dir",
            str(folder / "cache"),
            "-p",
            "smsgate",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=folder,
        env={**os.environ, "MYPYPATH": f"{REPO_ROOT / 'overrides'}{os.pathsep}{folder / 'generated'}"},
    )
    found: set[tuple[str, str, str]] = set()
    for line in result.stdout.splitlines():
        if read := MYPY_READ.search(line):
            found.add((read.group(1), read.group(2), read.group(3)))
        elif built := MYPY_BUILT.search(line):
            found.add((built.group(1), built.group(3), built.group(2)))
        elif ": error:" in line:
            raise AssertionError(f"mypy refused something else than a renamed field: {line}")
    return found


@pytest.mark.reliability  # a regeneration and a cold mypy run a round (about 15 s each): on one Python per nox run
def test_every_generated_field_the_overrides_use_is_typed(tmp_path: Path) -> None:
    """Every property of every spec renamed, regenerated: mypy --strict must refuse each use the
    overrides make of a generated field (a read by string would pass, and misread at run time: a
    renamed list read as "nothing received" sends a campaign twice). A read through another field
    (``message.options.custom``) is hidden while the outer one is renamed: each round keeps the
    schemas the earlier rounds found used, until a round finds nothing new."""
    found: set[tuple[str, str, str]] = set()
    for round_ in range(6):
        keep = {(vendor, schema) for vendor, schema, _ in found}
        new = _fields_mypy_names(tmp_path / f"round{round_}", keep) - found
        if not new:
            break
        found |= new
    used = {(vendor, schema, attribute) for vendor, fields in FIELDS_USED.items() for schema, attribute in fields}
    assert not used - found, f"no longer typed (read by string?), or no longer used: {sorted(used - found)}"
    assert not found - used, f"used, typed, and missing from FIELDS_USED: {sorted(found - used)}"
