"""``python -m smsgate.about``: what this installation of smsgate holds, vendor by vendor."""

from __future__ import annotations

import importlib

from . import __version__
from ._spec import VENDORS, operation_ids, raw_document


def summary() -> str:
    lines = [f"smsgate {__version__}", "", f"{'vendor':<12} {'operations':>10} {'models':>7}  server"]
    for vendor in VENDORS:
        spec = raw_document(vendor)
        models = importlib.import_module(f"_smsgate_generated.{vendor}.models")
        server = spec["servers"][0]["url"]
        lines.append(f"{vendor:<12} {len(operation_ids(vendor)):>10} {len(models.__all__):>7}  {server}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(summary())
