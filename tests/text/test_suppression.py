"""The local suppression list: over any interleaving of its sources, it says what they say."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from smsgate import InvalidArgumentError, SuppressionList

NUMBERS = ["+33612345601", "+33612345602", "+33612345603", "+33612345604"]
VENDORS = ["smspartner", "primotexto"]
START = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)

number = st.sampled_from(NUMBERS)
operation = st.one_of(
    st.tuples(st.just("add"), number, st.sampled_from(["manual", "crm"])),
    st.tuples(st.just("remove"), number),
    st.tuples(st.just("stop"), number, st.sampled_from(VENDORS)),
    st.tuples(st.just("start"), number, st.sampled_from(VENDORS)),
    st.tuples(st.just("sync"), st.sampled_from(VENDORS), st.frozensets(number)),
)


def model_apply(model: dict[str, tuple[str, datetime]], op: tuple[Any, ...], at: datetime) -> None:
    """What the sources say, as a plain dict: number -> (source, since)."""
    kind = op[0]
    if kind in ("add", "stop"):
        model.setdefault(op[1], (op[2], at))
    elif kind in ("remove", "start"):
        model.pop(op[1], None)
    else:
        vendor, listed = op[1], op[2]
        for n in sorted(listed):
            model.setdefault(n, (vendor, at))
        for n in [n for n, (source, _) in model.items() if source == vendor and n not in listed]:
            del model[n]


def list_apply(suppressions: SuppressionList, op: tuple[Any, ...], at: datetime) -> None:
    kind = op[0]
    if kind == "add":
        suppressions.add(op[1], source=op[2], at=at)
    elif kind == "remove":
        suppressions.remove(op[1], at=at)
    elif kind in ("stop", "start"):
        suppressions.record(op[1], kind, source=op[2], at=at)
    else:
        suppressions.sync(op[1], op[2], at=at)


@settings(max_examples=150, deadline=None)
@given(st.lists(operation, max_size=25))
def test_the_list_equals_what_the_sources_say(operations: list[tuple[Any, ...]]) -> None:
    model: dict[str, tuple[str, datetime]] = {}
    with SuppressionList() as suppressions:
        for step, op in enumerate(operations):
            at = START + timedelta(minutes=step)
            model_apply(model, op, at)
            list_apply(suppressions, op, at)
            assert {e.number: (e.source, e.at) for e in suppressions.entries()} == model
            assert all(n in suppressions for n in model)
            assert all(n not in suppressions for n in NUMBERS if n not in model)


def test_each_entry_says_where_it_came_from_and_when(tmp_path: Path) -> None:
    path = tmp_path / "consent.sqlite"
    with SuppressionList(path) as suppressions:
        entry = suppressions.record("06 12 34 56 01", "stop", source="smspartner", at=START)
        assert entry is not None
        assert (entry.number, entry.kind, entry.source, entry.at) == (
            "+33612345601",
            "stop",
            "smspartner",
            START,
        )
        suppressions.add("+33612345602", kind="bounce", source="primotexto", at=START)
    with SuppressionList(path) as again:  # kept on disk
        assert [e.number for e in again] == ["+33612345601", "+33612345602"]
        assert again.get("+33612345602").kind == "bounce"  # type: ignore[union-attr]
        again.record("+33612345601", "start", source="smspartner")
        assert "+33612345601" not in again
        assert [action for _, action, _, _ in again.history("+33612345601")] == ["stop", "start"]


def test_sync_skips_numbers_it_cannot_read_and_counts_what_it_changed() -> None:
    with SuppressionList() as suppressions:
        assert suppressions.sync("smspartner", ["+33xxxxxxxxx", "+33612345601"], at=START) == (1, 0)
        assert suppressions.sync("smspartner", [], at=START) == (0, 1)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: s.record("+33612345601", "unsubscribe", source="x"), "kind must be"),
        (lambda s: s.record("+33612345601", "stop", source=""), "source must be"),
        (lambda s: s.add("+33612345601", at=datetime(2026, 1, 1)), "timezone-aware"),
        (lambda s: s.add("not a number"), "not a phone number"),
        (lambda s: s.add("+33612345601", kind="npai"), "kind must be"),
    ],
)
def test_bad_arguments_are_invalid_argument_errors(call: object, message: str) -> None:
    with SuppressionList() as suppressions, pytest.raises(InvalidArgumentError, match=message):
        call(suppressions)  # type: ignore[operator]
