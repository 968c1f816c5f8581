"""The vendor specs as the runtime reads them: routes and the tables declared as data.

The generator ships every spec as ``_smsgate_generated/<vendor>/openapi.json``; this module turns
the parts the override layer needs into small typed tables, once per vendor. Nothing here is a
second description of the APIs: a vendor quirk that is data (a state word, an error code, an XML
field order) is read from the spec.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # loaded with the first spec read, not at ``import smsgate``
    from .models import DeliveryState

# Every vendor smsgate speaks, in the order tables and listings show them: the one list the
# runtime, the CLI, the sandbox and the tests read (each name is a spec in specs/ and a module in
# _vendors/).
VENDORS = ("primotexto", "smspartner", "messaggi", "messaggi_v2")
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
# An integer as JSON writes it (no sign +, no leading zero), small enough for every vendor's ids.
CANONICAL_INTEGER = re.compile(r"-?(0|[1-9][0-9]{0,17})")


@dataclass(frozen=True)
class StateEntry:
    state: DeliveryState
    final: bool
    stop: bool


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # "path", "query" or "header"
    required: bool
    schema: dict[str, Any]


@dataclass(frozen=True)
class Route:
    operation_id: str
    method: str
    template: str
    idempotent: bool
    body_auth: str | None  # the JSON body member that carries the key (SMS Partner POST/DELETE)
    error_codes: dict[str, str]  # operation-level overrides of the vendor table
    xml_layout: dict[str, Any] | None
    # The 2xx statuses the operation declares. An answer with one of them that parses to None (no
    # body declared, e.g. Primotexto's DELETEs, or a JSON `null` where any value is allowed) is None.
    success_statuses: frozenset[int] = frozenset()
    sends: bool = False  # x-smsgate-sends: a duplicate of this request is an SMS sent twice
    parameters: tuple[Parameter, ...] = ()  # path-item and operation parameters, resolved
    json_body_pointer: str | None = None  # JSON pointer of the application/json request body schema
    # x-smsgate-send-regions: the recipients' regions (ISO 3166 codes) this send route serves;
    # "*" for any region no other route names (Messaggi v2's IT-, ES- and WW-messages).
    send_regions: tuple[str, ...] = ()
    # x-smsgate-query-schema: a rule across query parameters ("exactly one of snapshotId and identifier").
    query_rule: dict[str, Any] | None = None
    # x-smsgate-consent: the opt-out or reply list this operation serves, as (list, action, by).
    consent: tuple[str, str, str | None] | None = None


@dataclass(frozen=True)
class VendorSpec:
    vendor: str
    document: dict[str, Any]
    routes: dict[str, Route]
    states: dict[str, dict[str, StateEntry]]
    error_codes: dict[str, str]
    server: str
    query_auth: str | None = None
    header_auth: str | None = None
    bearer: bool = False

    def consent_operation(self, kind: str, action: str, by: str | None = None) -> str | None:
        """The operationId tagged ``x-smsgate-consent`` for this list and action, or None."""
        for route in self.routes.values():
            if route.consent == (kind, action, by):
                return route.operation_id
        return None

    def consent_summary(self) -> str:
        """What the vendor's API has for opt-outs and replies, in words (``"none"`` when nothing)."""
        tags = [route.consent for route in self.routes.values() if route.consent is not None]
        words = [f"{action} {kind}" + (f" by {by}" if by else "") for kind, action, by in tags]
        return ", ".join(words) or "none"

    def state(self, vocabulary: str, word: str) -> StateEntry:
        """The unified reading of a vendor word; unknown for a word no table has (kept verbatim elsewhere)."""
        entry = self.states.get(vocabulary, {}).get(word)
        if entry is None:
            entry = self.states.get(vocabulary, {}).get(word.strip())
        if entry is None:
            from .models import DeliveryState

            entry = StateEntry(DeliveryState.unknown, final=False, stop=False)
        return entry

    def error_class_name(self, operation_id: str | None, code: str) -> str | None:
        route = self.routes.get(operation_id or "")
        if route is not None and code in route.error_codes:
            return route.error_codes[code]
        return self.error_codes.get(code)


def scalar_from_text(text: str, kinds: list[str]) -> Any:
    """A text value read by its schema's types: booleans, then integers, then finite numbers, else text.

    The one reading of typed text, for SMS Partner's XML fields and the sandbox's query and path
    parameters alike: "" is None only where the schema allows null.
    """
    if "boolean" in kinds and text.lower() in ("true", "false"):
        return text.lower() == "true"
    if "integer" in kinds and CANONICAL_INTEGER.fullmatch(text) is not None:
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


def resolve_ref(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _xml_layout(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    for response in operation.get("responses", {}).values():
        media = resolve_ref(document, response).get("content", {}).get("application/xml", {})
        layout = media.get("x-smsgate-xml")
        if layout:
            return dict(layout)
    return None


def _pointer(*parts: str) -> str:
    return "/" + "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


def _parameters(document: dict[str, Any], item: dict[str, Any], operation: dict[str, Any]) -> tuple[Parameter, ...]:
    resolved = (resolve_ref(document, raw) for raw in [*item.get("parameters", []), *operation.get("parameters", [])])
    return tuple(Parameter(p["name"], p["in"], bool(p.get("required", False)), p.get("schema", {})) for p in resolved)


def _json_body_pointer(document: dict[str, Any], template: str, method: str, operation: dict[str, Any]) -> str | None:
    if "application/json" not in resolve_ref(document, operation.get("requestBody", {})).get("content", {}):
        return None
    return _pointer("paths", template, method, "requestBody", "content", "application/json", "schema")


def _success_statuses(operation: dict[str, Any]) -> frozenset[int]:
    return frozenset(
        int(status) for status in operation.get("responses", {}) if status.isdigit() and 200 <= int(status) < 300
    )


@cache
def raw_document(vendor: str) -> dict[str, Any]:
    from importlib.resources import files  # on first use: it is not free at ``import smsgate``

    text = files("_smsgate_generated").joinpath(vendor, "openapi.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


@cache
def vendor_spec(vendor: str) -> VendorSpec:
    """The tables of one vendor's spec. ``vendor`` must be one of VENDORS (callers check)."""
    from .models import DeliveryState

    document = raw_document(vendor)
    schemes = document.get("components", {}).get("securitySchemes", {})
    global_security = document.get("security", [])
    routes: dict[str, Route] = {}
    for template, item in document["paths"].items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            auth = operation.get("x-smsgate-auth")
            routes[operation["operationId"]] = Route(
                operation_id=operation["operationId"],
                method=method.upper(),
                template=template,
                idempotent=operation.get("x-smsgate-idempotent", method in ("get", "head")),
                body_auth=auth["name"] if auth and auth.get("in") == "body" else None,
                error_codes={code: e["error"] for code, e in operation.get("x-smsgate-error-codes", {}).items()},
                xml_layout=_xml_layout(document, operation),
                success_statuses=_success_statuses(operation),
                sends=bool(operation.get("x-smsgate-sends", False)),
                parameters=_parameters(document, item, operation),
                json_body_pointer=_json_body_pointer(document, template, method, operation),
                send_regions=tuple(operation.get("x-smsgate-send-regions", ())),
                query_rule=operation.get("x-smsgate-query-schema"),
                consent=_consent(operation.get("x-smsgate-consent")),
            )
    states = {
        vocabulary: {
            word: StateEntry(DeliveryState(e["state"]), final=bool(e["final"]), stop=bool(e.get("stop", False)))
            for word, e in table["states"].items()
        }
        for vocabulary, table in document.get("x-smsgate-delivery-states", {}).items()
    }
    query_auth = header_auth = None
    bearer = False
    for requirement in global_security:
        for name in requirement:
            scheme = schemes[name]
            if scheme["type"] == "http" and scheme.get("scheme") == "bearer":
                bearer = True
            elif scheme["type"] == "apiKey" and scheme["in"] == "query":
                query_auth = scheme["name"]
            elif scheme["type"] == "apiKey" and scheme["in"] == "header":
                header_auth = scheme["name"]
    return VendorSpec(
        vendor=vendor,
        document=document,
        routes=routes,
        states=states,
        error_codes={code: e["error"] for code, e in document.get("x-smsgate-error-codes", {}).items()},
        server=document["servers"][0]["url"],
        query_auth=query_auth,
        header_auth=header_auth,
        bearer=bearer,
    )


@cache
def callback_purposes(vendor: str) -> frozenset[str]:
    """The purposes of the URLs ``vendor`` calls back (the ``x-smsgate-event`` of its webhooks:
    ``delivery``, ``reply``, ``hlr``); empty for a vendor that calls no URL (Primotexto)."""
    webhooks = raw_document(vendor).get("webhooks", {})
    return frozenset(
        operation["x-smsgate-event"]["purpose"] for item in webhooks.values() for operation in item.values()
    )


def _consent(tag: Any) -> tuple[str, str, str | None] | None:
    return None if not isinstance(tag, dict) else (tag["list"], tag["action"], tag.get("by"))


def operation_ids(vendor: str) -> list[str]:
    """Every operationId of the vendor's spec, in document order."""
    return list(vendor_spec(vendor).routes)
