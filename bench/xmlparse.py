"""Figures 3 and 8: SMS Partner bulk-status XML through ``smsgate._core.xml.parse``.

The document is what the sandbox (and the vendor) renders for ``/bulk-status?_format=xml``. smsgate
reads it with expat (its prolog checked for a DTD first), the route's positional layout and its JSON
Schema (types). Figure 3's baseline is ``xml.etree.ElementTree.fromstring`` and a walk that turns
every entry into a dict of texts; the two are timed in alternating batches of calls, so that a
busy machine's drift weighs on both alike. Figure 8 is the peak of Python's allocations
(tracemalloc) while a 100,000-entry document is parsed, its payload included, against the
document's size.
"""

from __future__ import annotations

import gc
import statistics
import time
import tracemalloc
from collections.abc import Callable
from functools import partial
from typing import Any
from xml.etree import ElementTree

from smsgate._base.spec import Route, resolve_ref, vendor_spec
from smsgate._core import xml as _xml
from smsgate.sandbox._xmlwrite import render_xml

from ._common import Row, Settings

SIZES = (100, 1_000, 10_000, 100_000)
RATIO = 1.5  # smsgate's time at most this times ElementTree's, at every size
LINEAR_SLACK = 1.5  # smsgate's per-entry growth at most this times the baseline's
BATCH_ENTRIES = 50_000  # a timed batch repeats the call until it has read about this many entries
MEMORY_ENTRIES = 100_000
MEMORY_FACTOR = 3.0  # figure 8: peak allocations at most this times the document's size


def route() -> Route:
    return vendor_spec("smspartner").routes["get_bulk_status"]


def schema(of: Route) -> dict[str, Any]:
    """The schema of the route's XML answer, found as the client's pipeline finds it."""
    document = vendor_spec("smspartner").document
    operation = document["paths"][of.template][of.method.lower()]
    for response in operation["responses"].values():
        media = resolve_ref(document, response).get("content", {}).get("application/xml")
        if media and "x-smsgate-xml" in media:
            found: dict[str, Any] = media["schema"]
            return found
    raise LookupError("get_bulk_status declares no XML answer")


def document(entries: int) -> bytes:
    layout = route().xml_layout
    assert layout is not None
    items = [
        {"phoneNumber": f"+336{i:08d}", "status": "Delivered", "stopSMS": False, "date": str(1_700_000_000 + i)}
        for i in range(entries)
    ]
    return render_xml({"success": True, "code": 200, "message_id": "308", "StatutResponse_List": items}, layout)


def smsgate_parse(content: bytes) -> dict[str, Any]:
    of = route()
    assert of.xml_layout is not None
    document_ = vendor_spec("smspartner").document
    return _xml.parse(content, of.xml_layout, schema(of), lambda node: resolve_ref(document_, node))


def etree_parse(content: bytes) -> list[dict[str, str]]:
    """What a hand-written reader does: find the list entry, one dict of texts per item."""
    layout = route().xml_layout
    assert layout is not None
    fields: list[Any] = layout["fields"]
    position, item_fields = next((i, f["items"]) for i, f in enumerate(fields) if isinstance(f, dict) and "items" in f)
    names = [name for name in item_fields if isinstance(name, str)]
    root = ElementTree.fromstring(content)
    return [
        {name: (entry.text or "").strip() for name, entry in zip(names, item, strict=False)} for item in root[position]
    ]


def paired_medians(
    ours: Callable[[], object], theirs: Callable[[], object], calls: int, repeats: int
) -> tuple[float, float]:
    """The median seconds per call of each, over ``repeats`` batches of ``calls``, batches alternating."""
    ours()
    theirs()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeats):
        for run, taken in ((ours, times[0]), (theirs, times[1])):
            started = time.perf_counter()
            for _ in range(calls):
                run()
            taken.append((time.perf_counter() - started) / calls)
    return statistics.median(times[0]), statistics.median(times[1])


def peak_bytes(parse: Callable[[bytes], object], content: bytes) -> int:
    """The peak of the allocations traced while ``parse(content)`` runs, its result included."""
    parse(document(10))  # warm-up: the spec's caches, compiled patterns
    gc.collect()
    tracemalloc.start()
    try:
        result = parse(content)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    del result
    return peak


def memory(settings: Settings) -> list[Row]:
    """Figure 8: peak memory of parsing a bulk-status of 100,000 entries, against the document's size."""
    entries = 2_000 if settings.quick else MEMORY_ENTRIES
    content = document(entries)
    ours = peak_bytes(smsgate_parse, content) / len(content)
    theirs = peak_bytes(etree_parse, content) / len(content)
    return [
        Row(
            "8",
            f"XML bulk-status peak memory / document size, {entries:,} entries ({len(content) / 1e6:.2f} MB)",
            ours,
            "x",
            theirs,
            "ElementTree + walk",
            f"<= {MEMORY_FACTOR:g}x the document",
            ours <= MEMORY_FACTOR,
        )
    ]


def run(settings: Settings) -> list[Row]:
    sizes = (10, 100) if settings.quick else SIZES
    rows: list[Row] = []
    per_entry: dict[int, float] = {}
    base_per_entry: dict[int, float] = {}
    for size in sizes:
        content = document(size)
        parsed = smsgate_parse(content)
        items = parsed["StatutResponse_List"]
        assert len(items) == size
        assert items[-1]["phoneNumber"] == f"+336{size - 1:08d}"
        assert items[0]["stopSMS"] is False
        assert len(etree_parse(content)) == size
        repeats = max(3, settings.repeats if size < 100_000 else 3)
        calls = 1 if settings.quick else max(1, BATCH_ENTRIES // size)
        ours, theirs = paired_medians(partial(smsgate_parse, content), partial(etree_parse, content), calls, repeats)
        per_entry[size] = ours / size
        base_per_entry[size] = theirs / size
        rows.append(
            Row(
                "3",
                f"XML bulk-status, {size:,} entries ({len(content) / 1e6:.2f} MB)",
                ours * 1e3,
                "ms",
                theirs * 1e3,
                "ElementTree",
                f"ratio <= {RATIO:g}",
                ours / theirs <= RATIO,
            )
        )
    # Linear: smsgate's cost per entry grows no faster than ElementTree's own (allocation and the
    # garbage collector make both grow a little with size), from 1,000 entries up.
    reference = 1_000 if 1_000 in per_entry else sizes[0]
    larger = [size for size in sizes if size > reference] or [reference]
    ours_growth = max(per_entry[size] / per_entry[reference] for size in larger)
    base_growth = max(base_per_entry[size] / base_per_entry[reference] for size in larger)
    rows.append(
        Row(
            "3",
            f"XML per-entry cost growth, worst size vs {reference:,} entries",
            ours_growth,
            "x",
            base_growth,
            "ElementTree's growth",
            f"linear (<= {LINEAR_SLACK}x the baseline's)",
            ours_growth <= LINEAR_SLACK * base_growth,
        )
    )
    return rows
