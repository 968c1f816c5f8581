"""Read-only access to the vendor specs shipped inside the generated package.

The generator copies every spec as ``_smsgate_generated/<vendor>/openapi.json`` so that the
runtime can read the tables declared there (delivery states, error codes, XML field orders)
without a YAML parser and without the repo.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

VENDORS = ("primotexto", "smspartner", "messaggi")

HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@cache
def vendor_spec(vendor: str) -> dict[str, Any]:
    """The vendor's OpenAPI document, as a dict."""
    if vendor not in VENDORS:
        raise ValueError(f"unknown vendor {vendor!r}; expected one of {', '.join(VENDORS)}")
    text = files("_smsgate_generated").joinpath(vendor, "openapi.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


def operation_ids(vendor: str) -> list[str]:
    """Every operationId of the vendor's spec, in document order."""
    paths: dict[str, dict[str, Any]] = vendor_spec(vendor)["paths"]
    return [item[method]["operationId"] for item in paths.values() for method in HTTP_METHODS if method in item]
