"""SMS Partner's ``_format=xml`` answers: the inverse of ``smsgate._core.xml``.

A JSON payload is written as ``<result>`` holding anonymous ``<entry>`` elements in the order the
spec declares (``x-smsgate-xml``); an error payload uses the layout of the declared
``error_fields`` that fits it. Reading the output with ``smsgate._core.xml`` gives the payload back.
"""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element, SubElement, tostring

__all__ = ["render_xml"]


def render_xml(payload: dict[str, Any], layout: dict[str, Any]) -> bytes:
    fields: list[Any] = layout["fields"]
    if payload.get("success") is False:
        alternatives: list[list[Any]] = layout.get("error_fields", [])
        fields = next((alt for alt in alternatives if all(_name(f) in payload for f in alt)), alternatives[0])
    root = Element(layout.get("root", "result"))
    _write(root, payload, fields)
    document: bytes = tostring(root, encoding="utf-8", xml_declaration=True)
    return document


def _name(field: Any) -> str:
    return field if isinstance(field, str) else str(field["name"])


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _write(parent: Element, payload: dict[str, Any], fields: list[Any]) -> None:
    for field in fields:
        entry = SubElement(parent, "entry")
        if isinstance(field, str):
            entry.text = _text(payload.get(field))
            continue
        value = payload.get(field["name"])
        if "items" in field:
            for item in value or []:
                _write(SubElement(entry, "entry"), item, field["items"])
        elif field.get("named"):
            named: dict[str, Any] = value or {}
            for name in field["fields"]:
                if name in named:
                    SubElement(entry, name).text = _text(named[name])
        else:
            _write(entry, value or {}, field["fields"])
