"""`python -m bench` at a tiny scale: every figure's code path runs and checks its answers.

Correctness only: no timing is asserted (the figures are for `nox -s bench`, not for CI).
"""

from __future__ import annotations

import pytest

from bench import imports, overhead, xmlparse
from bench.__main__ import main, run
from bench._common import Row, Settings, table

TINY = Settings(scale=0.02, repeats=1, quick=True)


def test_overhead_reports_one_row() -> None:
    (row,) = overhead.run(TINY)
    assert row.figure == "1"
    assert row.baseline is not None
    assert row.value > 0


def test_xml_parse_agrees_with_elementtree() -> None:
    content = xmlparse.document(25)
    ours = xmlparse.smsgate_parse(content)["StatutResponse_List"]
    theirs = xmlparse.etree_parse(content)
    assert [item["phoneNumber"] for item in ours] == [item["phoneNumber"] for item in theirs]
    assert all(item["stopSMS"] is False for item in ours)


def test_import_timing_parses_importtime() -> None:
    slowest = imports.slowest_imports("smsgate")
    assert slowest
    assert all(seconds >= 0 for _, seconds in slowest)


def test_every_figure_runs_at_a_tiny_scale() -> None:
    rows = run(TINY)
    assert {row.figure[0] for row in rows} == set("123456")
    counts = {row.figure: row.what for row in rows if row.figure.startswith("2")}
    # 4 messages x 10 recipients: one request per recipient for (a)/(b), one per message for smsgate.
    assert "40 requests" in counts["2a"]
    assert "40 requests" in counts["2b"]
    assert "4 requests" in counts["2c"]
    printed = table(rows)
    assert "ratio" in printed
    assert all(isinstance(row, Row) for row in rows)


def test_command_line_prints_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--quick", "--scale", "0.01", "--repeats", "1", "--only", "1,3"]) == 0
    out = capsys.readouterr().out
    assert "status() via smsgate.Client" in out
    assert "XML bulk-status" in out
    assert "targets:" in out
