"""The vendor specs as the runtime reads them: routes and the tables declared as data.

The generator ships every spec as ``_smsgate_generated/<vendor>/openapi.json``; this module turns
the parts the override layer needs into small typed tables, once per vendor. Nothing here is a
second description of the APIs: a vendor quirk that is data (a state word, an error code, an XML
field order) is read from the spec.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # loaded with the first spec read, not at ``import smsgate``
    from ._models import DeliveryState

VENDORS = ("primotexto", "smspartner", "messaggi")
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class StateEntry:
    state: DeliveryState
    final: bool
    stop: bool


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
    # x-smsgate-query-schema: a rule across query parameters ("exactly one of snapshotId and identifier").
    query_rule: dict[str, Any] | None = None


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

    def state(self, vocabulary: str, word: str) -> StateEntry:
        """The unified reading of a vendor word; unknown for a word no table has (kept verbatim elsewhere)."""
        entry = self.states.get(vocabulary, {}).get(word)
        if entry is None:
            entry = self.states.get(vocabulary, {}).get(word.strip())
        if entry is None:
            from ._models import DeliveryState

            entry = StateEntry(DeliveryState.unknown, final=False, stop=False)
        return entry

    def error_class_name(self, operation_id: str | None, code: str) -> str | None:
        route = self.routes.get(operation_id or "")
        if route is not None and code in route.error_codes:
            return route.error_codes[code]
        return self.error_codes.get(code)


def _resolve(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _xml_layout(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    for response in operation.get("responses", {}).values():
        media = _resolve(document, response).get("content", {}).get("application/xml", {})
        layout = media.get("x-smsgate-xml")
        if layout:
            return dict(layout)
    return None


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
    from ._models import DeliveryState

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
                query_rule=operation.get("x-smsgate-query-schema"),
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


def operation_ids(vendor: str) -> list[str]:
    """Every operationId of the vendor's spec, in document order."""
    return list(vendor_spec(vendor).routes)
