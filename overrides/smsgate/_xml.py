"""SMS Partner's ``_format=xml`` answers, read by the positional layout declared in its spec.

The vendor renders a JSON answer as ``<result>`` holding anonymous ``<entry>`` elements in a fixed
order, so an answer can only be read with the order the spec declares (``x-smsgate-xml``). The
document is parsed with defusedxml: no DTD, no entity expansion, no external entities. The result
is the JSON payload the same request would have returned, so both formats give equal results.
"""

from __future__ import annotations

import math
import re
from typing import Any
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from ._errors import ResponseFormatError

Layout = list[Any]
# Only text that reads back the same becomes an int: "0123" or "+5" in a string-or-integer field stay text.
CANONICAL_INTEGER = re.compile(r"-?(0|[1-9][0-9]{0,17})")


def _is_canonical_integer(text: str) -> bool:
    return CANONICAL_INTEGER.fullmatch(text) is not None


def parse(content: bytes, layout: dict[str, Any], schema: dict[str, Any], resolve: Any) -> dict[str, Any]:
    """The JSON payload of an XML answer; ResponseFormatError when it does not fit the layout."""
    try:
        root = fromstring(content, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except (ParseError, DefusedXmlException, ValueError, LookupError) as error:  # LookupError: unknown encoding
        raise ResponseFormatError(f"the XML answer cannot be parsed safely: {error}") from error
    if root.tag != layout.get("root", "result"):
        raise ResponseFormatError(f"the XML answer's root is <{root.tag}>, expected <{layout.get('root', 'result')}>")
    entries = list(root)
    fields: Layout = layout["fields"]
    if entries and _text(entries[0]).lower() == "false":
        fields = next((alt for alt in layout.get("error_fields", []) if _fits(entries, alt)), fields)
    return _read(entries, fields, schema, resolve)


def _text(element: Element) -> str:
    return (element.text or "").strip()


def _fits(entries: list[Element], fields: Layout) -> bool:
    # Entries past the layout are ignored, as for success answers.
    if len(entries) < len(fields):
        return False
    for entry, field in zip(entries, fields, strict=False):
        nested = isinstance(field, dict) and ("items" in field or "fields" in field)
        if nested != (len(entry) > 0):
            return False
    return True


def _properties(schema: dict[str, Any], resolve: Any) -> dict[str, Any]:
    schema = resolve(schema)
    properties = dict(schema.get("properties", {}))
    for keyword in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(keyword, []):
            properties.update(_properties(member, resolve))
    return properties


def _read(
    entries: list[Element],
    fields: Layout,
    schema: dict[str, Any],
    resolve: Any,
    properties: dict[str, Any] | None = None,
    kinds: dict[str, list[str]] | None = None,
) -> dict[str, Any]:
    """``properties`` and ``kinds`` (each field's JSON types) are worked out once per list, not per item."""
    if properties is None:
        properties = _properties(schema, resolve)
    if kinds is None:
        kinds = {}
    payload: dict[str, Any] = {}
    # Entries past the declared layout are ignored: a vendor adding a field must not break parsing.
    for entry, field in zip(entries, fields, strict=False):
        if isinstance(field, str):
            if len(entry):
                raise ResponseFormatError(f"XML field {field!r} holds elements where a value was expected")
            field_kinds = kinds.get(field)
            if field_kinds is None:
                field_kinds = kinds[field] = _kinds(properties.get(field, {}), resolve)
            payload[field] = _convert(_text(entry), field_kinds)
            continue
        name = field["name"]
        _expect_elements(entry, name)
        child_schema = resolve(properties.get(name, {}))
        if "items" in field:
            item_schema = resolve(child_schema.get("items", {}))
            item_properties = _properties(item_schema, resolve)
            item_kinds: dict[str, list[str]] = {}
            items = []
            for item in entry:
                _expect_elements(item, "an item of", name)
                items.append(_read(list(item), field["items"], item_schema, resolve, item_properties, item_kinds))
            payload[name] = items
        elif field.get("named"):
            child_properties = _properties(child_schema, resolve)
            named: dict[str, Any] = {}
            for child in entry:
                if child.tag in field["fields"]:
                    if len(child):
                        raise ResponseFormatError(
                            f"XML field {name}.{child.tag} holds elements where a value was expected"
                        )
                    named[child.tag] = _scalar(_text(child), child_properties.get(child.tag, {}), resolve)
            payload[name] = named
        else:
            payload[name] = _read(list(entry), field["fields"], child_schema, resolve)
    return payload


def _expect_elements(entry: Element, name: str, item_of: str | None = None) -> None:
    """A structured field is elements (or nothing, for an empty list); text there is the wrong shape."""
    if not len(entry) and _text(entry):
        what = name if item_of is None else f"{name} {item_of}"
        raise ResponseFormatError(f"XML field {what} holds a value where elements were expected")


def _kinds(schema: dict[str, Any], resolve: Any) -> list[str]:
    """The JSON types a property's schema allows, its oneOf/anyOf members' included."""
    schema = resolve(schema)
    kinds = schema.get("type", [])
    kinds = [kinds] if isinstance(kinds, str) else list(kinds)
    for member in schema.get("oneOf", []) + schema.get("anyOf", []):
        member_type = resolve(member).get("type", [])
        kinds += [member_type] if isinstance(member_type, str) else member_type
    return kinds


def _scalar(text: str, schema: dict[str, Any], resolve: Any) -> Any:
    """Convert by the property's JSON Schema type: booleans, then integers, then numbers, else text."""
    return _convert(text, _kinds(schema, resolve))


def _convert(text: str, kinds: list[str]) -> Any:
    if "boolean" in kinds and text.lower() in ("true", "false"):
        return text.lower() == "true"
    if "integer" in kinds and _is_canonical_integer(text):
        return int(text)
    if "number" in kinds:
        try:
            number = float(text)
        except ValueError:
            pass
        else:
            if math.isfinite(number):
                return number
    if "null" in kinds and text == "":
        return None
    return text
