"""The generator: clear errors on bad specs, template patches, determinism and the drift check."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from smsgate._base.spec import VENDORS

from generator import GENERATED_DIR, REPO_ROOT, SPECS_DIR, GenerationError
from generator.build import build, check, compare
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


def test_committed_generated_tree_is_up_to_date() -> None:
    drift = check()
    assert not drift, drift.report()


def test_cli_check_reports_drift(tmp_path: Path) -> None:
    copy = tmp_path / "generated"
    shutil.copytree(GENERATED_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "_smsgate_generated" / "unified.py").write_text("# hand edit\n", encoding="utf-8")
    completed = _run_generator("--check", "--output", copy)
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


# Fields of the generated models that the overrides read, and what reads them: a send's answer, a
# status, the balance, and the resolution of a campaign's unknown outcomes (whose misreading would
# send a message twice). (vendor, schema, property as the spec names it, attribute as generated.)
FIELDS_READ = [
    ("primotexto", "AccountStats", "credits", "credits_"),
    ("primotexto", "MessageStatus", "submitted", "submitted"),
    ("primotexto", "MessageStatus", "sent", "sent"),
    ("smspartner", "BulkStatusByTagResponse", "StatutResponse_List", "statut_response_list"),
    ("messaggi", "MessageSummary", "timestamp", "timestamp"),
    ("messaggi", "Message", "options", "options"),
    ("messaggi_v2", "MessageResponse", "totalPrice", "total_price"),
]
# Read through one of the fields above (``message.options.custom``): renamed in a build of its own,
# or mypy, having lost the outer type, could not see the inner read.
FIELDS_READ_THROUGH_ANOTHER = [("messaggi", "MessageOptions", "custom", "custom")]
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


@pytest.mark.reliability  # a regeneration and a cold mypy run (about a minute): on one Python per nox run
def test_a_renamed_field_in_a_spec_breaks_mypy_on_the_override_that_reads_it(tmp_path: Path) -> None:
    """The overrides read the generated models' typed attributes: renaming a field they read in a
    spec must make mypy --strict fail on the override that reads it, not a user at run time (nor a
    resolve that takes an unread list for "nothing received" and sends twice)."""
    for round_, fields in enumerate((FIELDS_READ, FIELDS_READ_THROUGH_ANOTHER)):
        folder = tmp_path / f"round{round_}"
        specs = _renamed_specs(folder, [(vendor, schema, name) for vendor, schema, name, _ in fields])
        staging = folder / "generated"
        build(staging, specs)
        result = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(folder / "cache"), "-p", "smsgate"],
            capture_output=True,
            text=True,
            check=False,
            cwd=folder,
            env={**os.environ, "MYPYPATH": f"{REPO_ROOT / 'overrides'}{os.pathsep}{staging}"},
        )
        assert result.returncode == 1, result.stdout + result.stderr
        missed = [
            (schema, attribute)
            for _, schema, _, attribute in fields
            if f'"{schema}" has no attribute "{attribute}"' not in result.stdout
        ]
        assert not missed, f"renamed, yet mypy did not see these reads: {missed}\n{result.stdout}"
