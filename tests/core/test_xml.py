"""SMS Partner's positional XML answers (``_format=xml``), read by ``smsgate._core.xml`` with the spec's layouts.

1. every XML example of the spec parses into a payload that validates against the response schema;
2. every JSON 200 example, rendered to XML here, parses back to itself: XML and JSON give equal results;
3. hostile or broken XML gives ``smsgate.ResponseFormatError``, never another exception, never a hang;
4. through ``smsgate.Client``, an XML answer gives the same unified results as the equivalent JSON.
"""

from __future__ import annotations

import dataclasses
import json
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import smsgate
from smsgate._base.spec import Route, VendorSpec, resolve_ref, vendor_spec
from smsgate._core import xml as _xml
from smsgate._core.http import Pipeline
from smsgate._core.response import xml_schema
from smsgate._core.retry import RetryPolicy
from smsgate._vendors.smspartner import SmsPartner
from smsgate.sandbox._xmlwrite import render_xml

from generator.specs import Example, Spec
from tests.support import spec_by_vendor

VENDOR = "smspartner"
XML_TYPE = "application/xml"
JSON_TYPE = "application/json"


def _runtime() -> VendorSpec:
    return vendor_spec(VENDOR)


def _resolver(node: Any) -> Any:
    return resolve_ref(_runtime().document, node)


def _pipeline() -> Pipeline:
    runtime = _runtime()
    return Pipeline(
        spec=runtime,
        hooks=SmsPartner(runtime),
        api_key="k",
        base_url=runtime.server,
        policy=RetryPolicy(max_retries=0),
    )


def _route(operation_id: str) -> Route:
    return _runtime().routes[operation_id]


def _layout(operation_id: str) -> dict[str, Any]:
    layout = _route(operation_id).xml_layout
    assert layout is not None, f"{operation_id} declares no XML layout"
    return layout


def _schema(operation_id: str) -> dict[str, Any]:
    schema = xml_schema(_runtime(), _route(operation_id))
    assert schema, f"{operation_id}: no XML schema found"
    return schema


def parse(content: bytes | str, operation_id: str) -> dict[str, Any]:
    """What the pipeline does with an XML answer of this operation."""
    raw = content.encode("utf-8") if isinstance(content, str) else content
    return _xml.parse(raw.strip(), _layout(operation_id), _schema(operation_id), _resolver)


def _spec() -> Spec:
    return spec_by_vendor(VENDOR)


XML_OPERATIONS = sorted(op_id for op_id, route in _runtime().routes.items() if route.xml_layout is not None)
XML_EXAMPLES = [example for example in _spec().examples() if example.media_type == XML_TYPE]
JSON_200_EXAMPLES = [
    example
    for example in _spec().examples()
    if example.media_type == JSON_TYPE
    and example.location == "200"
    and example.operation.operation_id in XML_OPERATIONS
]


def _example_id(example: Example) -> str:
    return f"{example.operation.operation_id}-{example.name}"


# -- schema helpers ----------------------------------------------------------------------------


def _properties(schema: Any) -> dict[str, Any]:
    schema = _resolver(schema)
    properties: dict[str, Any] = dict(schema.get("properties", {}))
    for keyword in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(keyword, []):
            properties.update(_properties(member))
    return properties


def _types(schema: Any) -> list[str]:
    kinds = _resolver(schema).get("type", [])
    return [kinds] if isinstance(kinds, str) else list(kinds)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _assert_typed(value: Any, schema: Any, where: str) -> None:
    """Every value's JSON type is one its schema allows (an integer also satisfies ``number``)."""
    allowed = _types(schema)
    kind = _json_type(value)
    if allowed:
        assert kind in allowed or (kind == "integer" and "number" in allowed), f"{where}: {value!r} is not {allowed}"
    if isinstance(value, dict):
        properties = _properties(schema)
        for name, member in value.items():
            assert name in properties, f"{where}.{name}: not a property of the schema"
            _assert_typed(member, properties[name], f"{where}.{name}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _assert_typed(item, _resolver(schema).get("items", {}), f"{where}[{index}]")


# -- rendering: the vendor's positional XML of a JSON payload ---------------------------------


def _text(value: Any) -> str:
    """How the vendor writes a scalar: bare booleans and numbers, strings in CDATA."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    assert isinstance(value, str), f"not a scalar: {value!r}"
    return "<![CDATA[" + value.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _error_fields(payload: dict[str, Any], layout: dict[str, Any]) -> list[Any]:
    """The error alternative a payload is written with: the list one when it carries a list."""
    wants_list = "errors" in payload
    for alternative in layout.get("error_fields", []):
        has_list = any(isinstance(field, dict) and "items" in field for field in alternative)
        if has_list == wants_list:
            fields: list[Any] = alternative
            return fields
    raise AssertionError(f"no error layout for {payload}")


def _fields_for(payload: dict[str, Any], layout: dict[str, Any]) -> list[Any]:
    if payload.get("success") is False:
        return _error_fields(payload, layout)
    fields: list[Any] = layout["fields"]
    return fields


def _carried(payload: dict[str, Any], fields: list[Any]) -> list[tuple[Any, Any]]:
    """(field, value) pairs that positional XML can carry: the layout's fields up to the first absent one.

    A position cannot be left out without shifting every later field, so a payload that lacks a
    middle field is only carried up to that gap (the JSON examples that omit ``solde`` or
    ``creditSmsECO`` from ``credits`` are compared on what precedes the gap).
    """
    pairs = []
    for field in fields:
        name = field if isinstance(field, str) else field["name"]
        if name not in payload:
            break
        pairs.append((field, payload[name]))
    return pairs


def _render_entries(payload: dict[str, Any], fields: list[Any]) -> str:
    out = []
    for field, value in _carried(payload, fields):
        if isinstance(field, str):
            out.append(f"<entry>{_text(value)}</entry>")
        elif "items" in field:
            items = "".join(f"<entry>{_render_entries(item, field['items'])}</entry>" for item in value)
            out.append(f"<entry>{items}</entry>")
        elif field.get("named"):
            named = "".join(f"<{key}>{_text(value[key])}</{key}>" for key in field["fields"] if key in value)
            out.append(f"<entry>{named}</entry>")
        else:
            out.append(f"<entry>{_render_entries(value, field['fields'])}</entry>")
    return "".join(out)


def render(payload: dict[str, Any], layout: dict[str, Any]) -> bytes:
    """The ``<result>`` document SMS Partner would send for this JSON payload."""
    root = layout.get("root", "result")
    body = _render_entries(payload, _fields_for(payload, layout))
    return f"<?xml version='1.0' encoding='UTF-8'?>\n<{root}>{body}</{root}>".encode()


def _project(payload: dict[str, Any], fields: list[Any]) -> dict[str, Any]:
    """The part of a payload the layout carries (members the layout does not name cannot travel in XML)."""
    projected: dict[str, Any] = {}
    for field, value in _carried(payload, fields):
        if isinstance(field, str):
            projected[field] = value
        elif "items" in field:
            projected[field["name"]] = [_project(item, field["items"]) for item in value]
        elif field.get("named"):
            projected[field["name"]] = {key: value[key] for key in field["fields"] if key in value}
        else:
            projected[field["name"]] = _project(value, field["fields"])
    return projected


def _plain(value: Any) -> str:
    """The text a scalar travels as in XML (no CDATA)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, float) else str(value)


def normalise(value: Any, schema: Any) -> Any:
    """What survives the trip through XML, so that JSON and XML payloads compare.

    XML text has no type; the reader types it by the schema. Where the schema allows one type the
    value must come back exactly (``0.038`` a float, ``200`` an int, ``false`` a bool; an integral
    ``number`` compares as float). Where it allows several (``message_id: [integer, string]``,
    ``stopSms: [boolean, string]``), which type the text lands in is the reader's choice (JSON
    ``"111"`` comes back as ``111``): those values compare by their text.
    """
    if isinstance(value, dict):
        properties = _properties(schema)
        return {key: normalise(member, properties.get(key, {})) for key, member in value.items()}
    if isinstance(value, list):
        items = _resolver(schema).get("items", {})
        return [normalise(item, items) for item in value]
    kinds = _types(schema)
    if len(kinds) > 1:
        return ["as text", _plain(value)]
    if kinds == ["number"] and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def _typed_json(value: Any) -> str:
    """A comparison key that tells ``True`` from ``1`` and ``1`` from ``1.0``."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


# -- 1. every XML example of the spec -----------------------------------------------------------


def test_the_spec_has_xml_examples_for_every_layout() -> None:
    assert XML_OPERATIONS == ["get_bulk_status", "get_credits", "get_message_status", "send_bulk_sms", "send_sms"]
    assert {example.operation.operation_id for example in XML_EXAMPLES} == set(XML_OPERATIONS)


@pytest.mark.parametrize("example", XML_EXAMPLES, ids=_example_id)
def test_runtime_layout_is_the_spec_layout(example: Example) -> None:
    # The runtime reads the generated openapi.json; it must carry the layout the YAML source declares.
    assert _layout(example.operation.operation_id) == example.media["x-smsgate-xml"]
    assert _schema(example.operation.operation_id) == example.media["schema"]


@pytest.mark.parametrize("example", XML_EXAMPLES, ids=_example_id)
def test_xml_example_parses_to_a_valid_typed_payload(example: Example) -> None:
    operation_id = example.operation.operation_id
    schema = _schema(operation_id)
    payload = parse(example.value, operation_id)

    assert isinstance(payload, dict)
    assert type(payload["success"]) is bool
    assert type(payload["code"]) is int
    _assert_typed(payload, schema, operation_id)
    errors = [error.message for error in _spec().validator(example.schema_pointer).iter_errors(payload)]
    assert errors == [], errors

    if payload["success"]:
        # Every declared field of the layout is read, and no error member appears.
        assert list(payload) == [f if isinstance(f, str) else f["name"] for f in _layout(operation_id)["fields"]]
        assert payload["code"] == 200
        assert "message" not in payload
        assert "errors" not in payload
    else:
        assert payload["code"] != 200
        assert ("message" in payload) != ("errors" in payload), "exactly one error alternative was used"
        if "message" in payload:
            assert list(payload) == ["success", "code", "message"]
            assert isinstance(payload["message"], str)
            assert payload["message"]
        else:
            assert list(payload) == ["success", "code", "errors"]
            assert payload["errors"]
            for item in payload["errors"]:
                assert set(item) == {"elementId", "message"}
                assert item["elementId"].startswith("children[")


def test_xml_example_values_are_read_exactly() -> None:
    by_name = {(e.operation.operation_id, e.name): e.value for e in XML_EXAMPLES}
    credits = parse(by_name["get_credits", "dp_xml"], "get_credits")
    assert credits == {
        "success": True,
        "code": 200,
        "user": {"username": "exemple@email.com", "firstname": "John", "lastname": "Doe"},
        "credits": {
            "creditSms": 269070,
            "creditSmsECO": 444551,
            "creditHlr": 2044937,
            "toSend": 0,
            "solde": "10224.688",  # a decimal string in the schema: CDATA stays text, not a float
            "currency": "EUR",
            "balance": "10224.688",
        },
    }
    status = parse(by_name["get_message_status", "s002_xml"], "get_message_status")
    assert status["stopSms"] is False
    assert status["number"] == "0600000000"  # a string field keeps its leading zero
    assert status["date"] == "2015-02-07 22:39:46"
    assert status["cost"] == pytest.approx(0.045)
    bulk = parse(by_name["get_bulk_status", "s001_xml"], "get_bulk_status")
    assert [item["date"] for item in bulk["StatutResponse_List"]] == ["1517989111", "1517989086"]
    assert bulk["StatutResponse_List"][0]["stopSMS"] is False
    error = parse(by_name["get_message_status", "s002_xml_error"], "get_message_status")
    assert error == {"success": False, "code": 10, "message": "Clé API incorrecte"}


# -- 2. the same answer in JSON and in XML gives the same payload ------------------------------


@pytest.mark.parametrize("example", JSON_200_EXAMPLES, ids=_example_id)
def test_json_example_rendered_as_xml_parses_back_to_itself(example: Example) -> None:
    operation_id = example.operation.operation_id
    layout = _layout(operation_id)
    schema = _schema(operation_id)
    payload = dict(example.value)
    if "error" in payload and "errors" not in payload:
        # XML carries no member names: a validation list always lands in `errors` (spec header, note 2).
        payload["errors"] = payload.pop("error")
    fields = _fields_for(payload, layout)
    expected = _project(payload, fields)
    # The projection keeps what every JSON example is about: the status and the success/error core.
    assert expected["success"] == payload["success"]
    assert expected["code"] == payload["code"]

    document = render(payload, layout)
    parsed = parse(document, operation_id)

    _assert_typed(parsed, schema, operation_id)
    assert _typed_json(normalise(parsed, schema)) == _typed_json(normalise(expected, schema))
    if not example.invalid_reason:
        assert list(_spec().validator(example.schema_pointer).iter_errors(parsed)) == []


def test_rendering_is_faithful_to_a_spec_xml_example() -> None:
    # The helper writes what the vendor writes: the JSON twin of the S002 XML example renders to a
    # document that parses exactly like the spec's own XML example.
    twin = {
        "success": True,
        "code": 200,
        "number": "0600000000",
        "messageId": "1111",
        "stopSms": False,
        "date": "2015-02-07 22:39:46",
        "statut": "Delivered",
        "cost": 0.045,
        "countryCode": "FR",
        "currency": "EUR",
    }
    example = next(e for e in XML_EXAMPLES if e.name == "s002_xml")
    assert parse(render(twin, _layout("get_message_status")), "get_message_status") == parse(
        example.value, "get_message_status"
    )


def test_multi_typed_fields_come_back_as_the_reader_types_them() -> None:
    # The normalisation above in one case: JSON "1111" in a [string, integer] field comes back as 1111,
    # and "true"/"false" in a [boolean, string] field as a bool; the text is the same.
    twin = {"success": True, "code": 200, "number": "0600000000", "messageId": "1111", "stopSms": "false"}
    parsed = parse(render(twin, _layout("get_message_status")), "get_message_status")
    assert parsed["messageId"] == 1111
    assert parsed["stopSms"] is False
    assert parsed["number"] == "0600000000"


# -- 3. hostile and broken XML -------------------------------------------------------------------

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE result [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<result><entry>false</entry><entry>10</entry><entry>&lol9;</entry></result>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE result [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<result><entry>false</entry><entry>10</entry><entry>&x;</entry></result>"""

PARAMETER_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE result [<!ENTITY % p SYSTEM "http://example.invalid/evil.dtd"> %p;]>
<result><entry>true</entry><entry>200</entry></result>"""

EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE result SYSTEM "http://example.invalid/result.dtd">
<result><entry>true</entry><entry>200</entry></result>"""

PLAIN_DTD = b"<!DOCTYPE result><result><entry>true</entry><entry>200</entry></result>"

INTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE result [<!ENTITY e "hello">]>
<result><entry>false</entry><entry>10</entry><entry>&e;</entry></result>"""

# The DTD where a byte scan for "<!DOCTYPE" would miss it: expat decodes before it reads.
UTF16_ENTITY = INTERNAL_ENTITY.decode().replace('"1.0"?>', '"1.0" encoding="utf-16"?>').encode("utf-16")
BOM_DTD = b"\xef\xbb\xbf" + EXTERNAL_DTD
# Behind a prolog longer than both the prolog reader's step and the parser's chunk.
LONG_PROLOG_DTD = b"<!--" + b"c" * 100_000 + b"--><?pi " + b"p" * 10_000 + b"?>" + INTERNAL_ENTITY.split(b"?>", 1)[1]

SEND_OK = (
    b"<?xml version='1.0' encoding='UTF-8'?>\n<result><entry>true</entry><entry>200</entry><entry>306</entry>"
    b"<entry>1</entry><entry>0.038</entry><entry><![CDATA[EUR]]></entry></result>"
)


def _deep(levels: int) -> bytes:
    return b"<entry>" * levels + b"x" + b"</entry>" * levels


# Every document with a DTD: refused before the C parser sees it.
DTD_DOCUMENTS = [
    pytest.param(BILLION_LAUGHS, id="billion-laughs"),
    pytest.param(EXTERNAL_ENTITY, id="external-entity"),
    pytest.param(PARAMETER_ENTITY, id="parameter-entity"),
    pytest.param(EXTERNAL_DTD, id="external-dtd"),
    pytest.param(PLAIN_DTD, id="any-dtd"),
    pytest.param(INTERNAL_ENTITY, id="internal-entity"),
    pytest.param(UTF16_ENTITY, id="internal-entity-utf16"),
    pytest.param(BOM_DTD, id="external-dtd-after-bom"),
    pytest.param(LONG_PROLOG_DTD, id="internal-entity-after-long-prolog"),
]

HOSTILE = [
    *DTD_DOCUMENTS,
    pytest.param(b"<result><entry>true</entry><entry>200</entry></result><!DOCTYPE r>", id="dtd-after-root"),
    pytest.param(b"<result><!DOCTYPE r><entry>true</entry></result>", id="dtd-inside-root"),
    pytest.param(b"<result><entry>false</entry><entry>10</entry><entry>&e;</entry></result>", id="undeclared-entity"),
    pytest.param(b'<result><!ENTITY e "x"><entry>true</entry></result>', id="entity-declaration-without-dtd"),
    pytest.param(SEND_OK[: len(SEND_OK) // 2], id="truncated"),
    pytest.param(SEND_OK[:-3], id="truncated-close-tag"),
    pytest.param(b"", id="empty"),
    pytest.param(b'{"success": true, "code": 200}', id="json"),
    pytest.param(b"Internal Server Error", id="plain-text"),
    pytest.param(b"<html><body>502 Bad Gateway</body></html>", id="html-root"),
    pytest.param(b"\x00\xff\xfe garbage \x89PNG", id="binary"),
    pytest.param(b"<results><entry>true</entry><entry>200</entry></results>", id="wrong-root"),
    pytest.param(b"<r:result xmlns:r='urn:x'><entry>true</entry></r:result>", id="namespaced-root"),
    pytest.param(b"<result><entry>true</entry></result><result/>", id="two-roots"),
    pytest.param(b"<result><entry>true</entry><entry>200</result>", id="mismatched-tags"),
    pytest.param(b"<result><entry>\xff\xfe</entry></result>", id="not-utf8"),
    pytest.param(
        b'<?xml version="1.0" encoding="x-no-such-codec"?><result><entry>true</entry></result>',
        id="unknown-encoding",
    ),
    pytest.param(b"<result>" + _deep(100_000) + b"</result>", id="deep-100000-at-root"),
    pytest.param(
        b"<result><entry>true</entry><entry>200</entry><entry>1</entry><entry>" + _deep(100_000) + b"</entry></result>",
        id="deep-100000-in-list",
    ),
    pytest.param(b"<result><entry><entry>true</entry></entry><entry>200</entry></result>", id="element-in-success"),
    pytest.param(b"<result><entry>true</entry><entry><code>200</code></entry></result>", id="element-in-code"),
]


@pytest.mark.parametrize("operation_id", XML_OPERATIONS)
@pytest.mark.parametrize("content", HOSTILE)
def test_hostile_xml_is_a_response_format_error(content: bytes, operation_id: str) -> None:
    started = time.perf_counter()
    with pytest.raises(smsgate.ResponseFormatError):
        _xml.parse(content, _layout(operation_id), _schema(operation_id), _resolver)
    assert time.perf_counter() - started < 10


@pytest.mark.parametrize(
    ("operation_id", "document"),
    [
        ("send_sms", b"<result><entry>true</entry><entry>200</entry><entry><entry>306</entry></entry></result>"),
        ("send_bulk_sms", b"<result><entry>true</entry><entry>200</entry><entry><id>306</id></entry></result>"),
        ("get_message_status", b"<result><entry>true</entry><entry>200</entry><entry>0600<b/></entry></result>"),
        ("get_bulk_status", b"<result><entry>true</entry><entry>200</entry><entry><entry>11</entry></entry></result>"),
        (
            "get_credits",
            b"<result><entry>true</entry><entry>200</entry><entry><username>u</username></entry>"
            b"<entry><entry><entry>269070</entry></entry></entry></result>",
        ),
        (
            "get_bulk_status",
            b"<result><entry>true</entry><entry>200</entry><entry>11</entry><entry><entry>"
            b"<entry>+33600000001</entry><entry><status>Delivered</status></entry></entry></entry></result>",
        ),
        (
            "send_sms",
            b"<result><entry>false</entry><entry>9</entry><entry><entry>"
            b"<entry>children[message].data</entry><entry>x<b>y</b></entry></entry></entry></result>",
        ),
    ],
    ids=[
        "send_sms-message_id",
        "send_bulk_sms-message_id",
        "get_message_status-number",
        "get_bulk_status-message_id",
        "get_credits-credits.creditSms",
        "get_bulk_status-item.status",
        "send_sms-errors.message",
    ],
)
def test_elements_where_a_scalar_is_expected(operation_id: str, document: bytes) -> None:
    with pytest.raises(smsgate.ResponseFormatError, match="holds elements where a value was expected"):
        parse(document, operation_id)


@pytest.mark.parametrize("content", DTD_DOCUMENTS)
def test_a_dtd_is_refused_before_the_document_is_parsed(content: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    # The prolog reader refuses the DOCTYPE itself: the parser that would build the tree never starts,
    # so no declaration in it is ever processed, whatever the encoding or the prolog's length.
    def no_parser(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the document reached the parser")

    monkeypatch.setattr(_xml, "XMLParser", no_parser)
    with pytest.raises(smsgate.ResponseFormatError, match="declares a DTD") as caught:
        parse(content, "get_message_status")
    assert "hello" not in str(caught.value)
    assert "root:" not in str(caught.value)


def test_predefined_entities_and_character_references_are_read() -> None:
    # Refusing every DTD leaves XML's own five entities and character references working.
    document = SEND_OK.replace(b"<![CDATA[EUR]]>", b"AT&amp;T &lt;&gt;&quot;&apos; &#233;&#x20AC;")
    assert parse(document, "send_sms")["currency"] == "AT&T <>\"' \u00e9\u20ac"


@pytest.mark.parametrize("encoding", ["utf-16", "iso-8859-15", "windows-1252"])
def test_a_declared_encoding_is_read(encoding: str) -> None:
    text = SEND_OK.decode().replace("UTF-8", encoding).replace("EUR", "\u20acUR")
    assert parse(text.encode(encoding), "send_sms")["currency"] == "\u20acUR"


def test_a_byte_order_mark_is_read() -> None:
    assert parse(b"\xef\xbb\xbf" + SEND_OK, "send_sms")["currency"] == "EUR"


def test_entity_expansion_never_reaches_the_payload() -> None:
    # Not only an error: the error says why, and nothing of /etc/passwd leaks into it.
    with pytest.raises(smsgate.ResponseFormatError) as caught:
        parse(EXTERNAL_ENTITY, "get_message_status")
    assert "root:" not in str(caught.value)
    assert "DTD" in str(caught.value) or "entit" in str(caught.value).lower()


@pytest.mark.parametrize(
    ("operation_id", "document"),
    [
        # text where a list of objects is expected: each item would silently become {}
        (
            "get_bulk_status",
            b"<result><entry>true</entry><entry>200</entry><entry>1</entry>"
            b"<entry><entry>+33600000001</entry><entry>Delivered</entry></entry></result>",
        ),
        # text where the positional credits object is expected: silently {}
        (
            "get_credits",
            b"<result><entry>true</entry><entry>200</entry><entry><username>u</username></entry>"
            b"<entry>269070</entry></result>",
        ),
        # text where the named user object is expected: silently {}
        ("get_credits", b"<result><entry>true</entry><entry>200</entry><entry>john</entry></result>"),
        # elements inside a named scalar (<username>): silently ""
        (
            "get_credits",
            b"<result><entry>true</entry><entry>200</entry><entry><username><b>u</b></username></entry></result>",
        ),
    ],
    ids=["text-as-list-item", "text-as-positional-object", "text-as-named-object", "element-in-named-scalar"],
)
def test_wrong_shape_is_a_response_format_error(operation_id: str, document: bytes) -> None:
    with pytest.raises(smsgate.ResponseFormatError):
        parse(document, operation_id)


def test_empty_list_entry_is_an_empty_list() -> None:
    # The legitimate counterpart of the shape check: an empty <entry/> where a list goes is [].
    parsed = parse(
        b"<result><entry>true</entry><entry>200</entry><entry>11</entry><entry/></result>", "get_bulk_status"
    )
    assert parsed == {"success": True, "code": 200, "message_id": 11, "StatutResponse_List": []}


@pytest.mark.parametrize("field", ["message_id", "currency"])
def test_huge_text_parses_within_a_normal_test_time(field: str) -> None:
    huge = "9" * 5_000_000  # 5 MB, under the 10 MB answer limit
    payload = {"success": True, "code": 200, "message_id": 306, "nb_sms": 1, "cost": 0.038, "currency": "EUR"}
    payload[field] = huge
    started = time.perf_counter()
    parsed = parse(render(payload, _layout("send_sms")), "send_sms")
    assert time.perf_counter() - started < 10
    # Too many digits for int() (Python's 4300-digit limit): an [integer, string] field stays text.
    assert parsed[field] == huge
    assert parsed["nb_sms"] == 1


def test_huge_integer_text_in_an_integer_field_is_not_a_crash() -> None:
    document = b"<result><entry>true</entry><entry>" + b"1" * 3_000_000 + b"</entry></result>"
    started = time.perf_counter()
    parsed = parse(document, "send_sms")
    assert time.perf_counter() - started < 10
    # An integer field that cannot be an int is left as text; schema validation (pipeline) refuses it.
    assert isinstance(parsed["code"], str)
    assert len(parsed["code"]) == 3_000_000


def test_extra_trailing_entries_are_ignored_on_success() -> None:
    parsed = parse(SEND_OK.replace(b"</result>", b"<entry>new field</entry></result>"), "send_sms")
    assert parsed == {"success": True, "code": 200, "message_id": 306, "nb_sms": 1, "cost": 0.038, "currency": "EUR"}


def test_extra_trailing_entries_are_ignored_on_error() -> None:
    document = "<result><entry>false</entry><entry>10</entry><entry>Clé API incorrecte</entry><entry>x</entry></result>"
    assert parse(document, "send_sms") == {"success": False, "code": 10, "message": "Clé API incorrecte"}


# -- large answers: read while they are parsed ------------------------------------------------


def _bulk_payload(count: int) -> dict[str, Any]:
    statuses = ["Delivered", "Not delivered", "Waiting"]
    items = [
        {
            "phoneNumber": f"+336{index:08d}",
            "status": statuses[index % 3],
            "stopSMS": [False, True, "unknown"][index % 3],
            "date": str(1_700_000_000 + index),
        }
        for index in range(count)
    ]
    return {"success": True, "code": 200, "message_id": "308", "StatutResponse_List": items}


def _bulk_document(count: int) -> bytes:
    return render_xml(_bulk_payload(count), _layout("get_bulk_status"))


def _expected_bulk(count: int) -> dict[str, Any]:
    expected = _bulk_payload(count)
    expected["message_id"] = 308  # a [string, integer] field: its text comes back as an int
    return expected


def test_a_list_longer_than_a_chunk_is_read_whole() -> None:
    count = 5_000  # more than ten of the parser's chunks
    assert len(_bulk_document(count)) > 10 * _xml.CHUNK
    assert parse(_bulk_document(count), "get_bulk_status") == _expected_bulk(count)


@pytest.mark.parametrize("chunk", [1, 7, 100])
def test_the_chunk_size_never_changes_a_result(chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    documents = [(e.operation.operation_id, str(e.value).encode()) for e in XML_EXAMPLES]
    documents.append(("get_bulk_status", _bulk_document(300)))
    documents.append(("get_bulk_status", _bulk_document(300).replace(b"<entry>", b"\n  <entry>")))
    expected = [parse(content, operation_id) for operation_id, content in documents]
    monkeypatch.setattr(_xml, "CHUNK", chunk)
    assert [parse(content, operation_id) for operation_id, content in documents] == expected


def _break_item(document: bytes, index: int) -> bytes:
    """The document with the ``index``-th item's phone number holding an element."""
    phone = f"+336{index:08d}".encode()
    return document.replace(phone, phone + b"<b/>")


def test_a_wrong_item_in_a_long_list_is_a_response_format_error() -> None:
    with pytest.raises(smsgate.ResponseFormatError, match="'phoneNumber' holds elements"):
        parse(_break_item(_bulk_document(5_000), 10), "get_bulk_status")


def test_a_document_that_is_not_well_formed_is_reported_before_a_wrong_item() -> None:
    # A whole-tree reading reports the parser's verdict first; reading while parsing keeps that order.
    document = _break_item(_bulk_document(5_000), 10).replace(b"</result>", b"</resul>")
    with pytest.raises(smsgate.ResponseFormatError, match="cannot be parsed safely: mismatched tag"):
        parse(document, "get_bulk_status")


def test_a_wrong_field_before_the_list_is_reported_before_a_wrong_item() -> None:
    document = _break_item(_bulk_document(5_000), 10).replace(b"<entry>200</entry>", b"<entry><c>200</c></entry>", 1)
    with pytest.raises(smsgate.ResponseFormatError, match="'code' holds elements"):
        parse(document, "get_bulk_status")


def test_an_error_answer_with_a_long_list_is_read_by_its_error_layout() -> None:
    errors = [{"elementId": f"children[{index}].to", "message": "invalid"} for index in range(3_000)]
    payload = {"success": False, "code": 9, "errors": errors}
    assert parse(render(payload, _layout("send_sms")), "send_sms") == payload


def test_repeated_texts_of_a_list_are_kept_once() -> None:
    items = parse(_bulk_document(3_000), "get_bulk_status")["StatutResponse_List"]
    assert len({id(item["status"]) for item in items}) == 3
    assert len({id(item["phoneNumber"]) for item in items}) == 3_000


def test_a_large_answer_never_holds_its_whole_tree() -> None:
    # The tree of 20,000 items alone weighs about five times the document; read while parsing,
    # the peak stays within the payload plus a small part of the document.
    document = _bulk_document(20_000)
    parse(_bulk_document(10), "get_bulk_status")  # warm-up: caches, compiled patterns
    tracemalloc.start()
    try:
        payload = parse(document, "get_bulk_status")
        payload_bytes, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(payload["StatutResponse_List"]) == 20_000
    assert peak - payload_bytes < len(document) / 4


# -- 4. through the real client ------------------------------------------------------------------


def _xml_example(operation_id: str, name: str) -> str:
    value = next(e.value for e in XML_EXAMPLES if e.operation.operation_id == operation_id and e.name == name)
    assert isinstance(value, str)
    return value


# The spec's XML examples, with the JSON each one stands for (written by hand from the XML).
ANSWERS: dict[str, tuple[str, dict[str, Any]]] = {
    "/v1/me": (
        _xml_example("get_credits", "dp_xml"),
        {
            "success": True,
            "code": 200,
            "user": {"username": "exemple@email.com", "firstname": "John", "lastname": "Doe"},
            "credits": {
                "creditSms": 269070,
                "creditSmsECO": 444551,
                "creditHlr": 2044937,
                "toSend": 0,
                "solde": "10224.688",
                "currency": "EUR",
                "balance": "10224.688",
            },
        },
    ),
    "/v1/send": (
        _xml_example("send_sms", "dp_xml"),
        {"success": True, "code": 200, "message_id": 306, "nb_sms": 1, "cost": 0.038, "currency": "EUR"},
    ),
    "/v1/message-status": (
        _xml_example("get_message_status", "s002_xml"),
        {
            "success": True,
            "code": 200,
            "number": "0600000000",
            "messageId": "1111",
            "stopSms": False,
            "date": "2015-02-07 22:39:46",
            "statut": "Delivered",
            "cost": 0.045,
            "countryCode": "FR",
            "currency": "EUR",
        },
    ),
    "/v1/bulk-status": (
        _xml_example("get_bulk_status", "s001_xml"),
        {
            "success": True,
            "code": 200,
            "message_id": "11",
            "StatutResponse_List": [
                {"phoneNumber": "+336XXXXXXX1", "status": "Delivered", "stopSMS": False, "date": "1517989111"},
                {"phoneNumber": "+336XXXXXXX2", "status": "Delivered", "stopSMS": False, "date": "1517989086"},
            ],
        },
    ),
}
OPERATION_OF_PATH = {
    "/v1/me": "get_credits",
    "/v1/send": "send_sms",
    "/v1/message-status": "get_message_status",
    "/v1/bulk-status": "get_bulk_status",
}


def _format_sent(request: httpx.Request) -> str | None:
    if request.method == "GET":
        assert request.url.params.get("apiKey") == "k"
        sent = request.url.params.get("_format")
        return None if sent is None else str(sent)
    body = json.loads(request.content)
    assert body["apiKey"] == "k"
    assert "_format" not in request.url.params
    value = body.get("_format")
    return None if value is None else str(value)


def _handler(response_format: str, seen: list[str]) -> Callable[[httpx.Request], httpx.Response]:
    def handle(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        assert path in ANSWERS, f"unexpected request {request.method} {path}"
        seen.append(path)
        xml_text, json_payload = ANSWERS[path]
        if response_format == "xml":
            assert _format_sent(request) == "xml"
            return httpx.Response(
                200, content=xml_text.encode("utf-8"), headers={"Content-Type": "application/xml; charset=UTF-8"}
            )
        assert _format_sent(request) is None
        return httpx.Response(200, json=json_payload)

    return handle


def _client(response_format: str, seen: list[str]) -> smsgate.Client:
    transport = httpx.MockTransport(_handler(response_format, seen))
    return smsgate.Client(
        VENDOR,
        api_key="k",
        max_retries=0,
        response_format=response_format,
        http_client=httpx.Client(transport=transport),
    )


def _without_raw(result: Any) -> dict[str, Any]:
    return {field.name: getattr(result, field.name) for field in dataclasses.fields(result) if field.name != "raw"}


def _calls() -> dict[str, Callable[[smsgate.Client], Any]]:
    return {
        "credits": lambda client: client.credits(),
        "send": lambda client: client.send("+33612345678", "Hello"),
        "status": lambda client: client.status("11"),
        "status-phone": lambda client: client.status("1111", phone_number="0600000000"),
    }


def test_the_json_twins_validate_against_the_schemas() -> None:
    for path, (_, payload) in ANSWERS.items():
        example = next(e for e in XML_EXAMPLES if e.operation.operation_id == OPERATION_OF_PATH[path])
        assert list(_spec().validator(example.schema_pointer).iter_errors(payload)) == [], path


@pytest.mark.parametrize("call", list(_calls()))
def test_client_xml_and_json_give_the_same_unified_results(call: str) -> None:
    xml_seen: list[str] = []
    json_seen: list[str] = []
    with _client("xml", xml_seen) as xml_client, _client("json", json_seen) as json_client:
        from_xml = _calls()[call](xml_client)
        from_json = _calls()[call](json_client)
    assert xml_seen == json_seen
    assert len(xml_seen) == 1
    results_xml = from_xml if isinstance(from_xml, list) else [from_xml]
    results_json = from_json if isinstance(from_json, list) else [from_json]
    assert results_xml
    assert [_without_raw(r) for r in results_xml] == [_without_raw(r) for r in results_json]
    # raw is the payload each format gave: equal but for the types XML cannot carry.
    schema = _schema(OPERATION_OF_PATH[xml_seen[0]])
    for r_xml, r_json in zip(results_xml, results_json, strict=True):
        item_schema = schema
        if OPERATION_OF_PATH[xml_seen[0]] == "get_bulk_status":
            item_schema = _properties(schema)["StatutResponse_List"]["items"]
        assert _typed_json(normalise(r_xml.raw, item_schema)) == _typed_json(normalise(r_json.raw, item_schema))


def test_client_xml_results_carry_the_example_values() -> None:
    seen: list[str] = []
    with _client("xml", seen) as client:
        credits = client.credits()
        sent = client.send(["+33612345678"], "Hello")
        bulk = client.status("11")
        single = client.status("1111", phone_number="0600000000")
    assert str(credits.balance) == "10224.688"
    assert credits.currency == "EUR"
    assert sent.message_id == "306"
    assert str(sent.cost) == "0.038"
    assert sent.accepted == ["+33612345678"]
    assert [(r.message_id, r.phone_number, r.vendor_state, r.final) for r in bulk] == [
        ("11", "+336XXXXXXX1", "Delivered", True),
        ("11", "+336XXXXXXX2", "Delivered", True),
    ]
    assert {r.state for r in bulk} == {smsgate.DeliveryState.delivered}
    assert [(r.message_id, r.phone_number, r.state, r.stop) for r in single] == [
        ("1111", "+33600000000", smsgate.DeliveryState.delivered, False)
    ]
    assert seen == ["/v1/me", "/v1/send", "/v1/bulk-status", "/v1/message-status"]


ERROR_XML = "<result><entry>false</entry><entry>10</entry><entry>Clé API incorrecte</entry></result>"


@pytest.mark.parametrize("call", list(_calls()))
def test_client_xml_error_answer_is_an_authentication_error(call: str) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        assert _format_sent(request) == "xml"
        return httpx.Response(200, content=ERROR_XML.encode("utf-8"), headers={"Content-Type": "application/xml"})

    client = smsgate.Client(
        VENDOR,
        api_key="k",
        max_retries=0,
        response_format="xml",
        http_client=httpx.Client(transport=httpx.MockTransport(handle)),
    )
    with pytest.raises(smsgate.AuthenticationError) as caught:
        _calls()[call](client)
    assert caught.value.vendor_code == "10"
    assert caught.value.vendor_message == "Clé API incorrecte"
    assert caught.value.status_code == 200
    assert caught.value.vendor == VENDOR


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(BILLION_LAUGHS, id="billion-laughs"),
        pytest.param(EXTERNAL_ENTITY, id="external-entity"),
        pytest.param(b"<result>" + _deep(100_000) + b"</result>", id="deep"),
        pytest.param(SEND_OK[:40], id="truncated"),
        pytest.param(
            b'<?xml version="1.0" encoding="x-no-such-codec"?><result><entry>true</entry></result>',
            id="unknown-encoding",
        ),
    ],
)
def test_client_hostile_xml_answer_is_a_response_format_error(content: bytes) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=content, headers={"Content-Type": "application/xml"})

    client = smsgate.Client(
        VENDOR,
        api_key="k",
        max_retries=0,
        response_format="xml",
        http_client=httpx.Client(transport=httpx.MockTransport(handle)),
    )
    with pytest.raises(smsgate.ResponseFormatError) as caught:
        client.credits()
    assert caught.value.vendor == VENDOR
