"""``python -m smsgate.about``: what this installation of smsgate holds, vendor by vendor."""

from __future__ import annotations

import importlib

from . import __version__
from ._specs import VENDORS, operation_ids, vendor_spec


def summary() -> str:
    lines = [f"smsgate {__version__}", "", f"{'vendor':<12} {'operations':>10} {'models':>7}  server"]
    for vendor in VENDORS:
        spec = vendor_spec(vendor)
        models = importlib.import_module(f"_smsgate_generated.{vendor}.models")
        server = spec["servers"][0]["url"]
        lines.append(f"{vendor:<12} {len(operation_ids(vendor)):>10} {len(models.__all__):>7}  {server}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(summary())
