"""`python -m bench` at a tiny scale: every figure's code path runs and checks its answers.

Correctness only: no timing is asserted (the figures are for `nox -s bench`, not for CI).
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
import smsgate
from _smsgate_generated.smspartner.api.account import get_credits
from _smsgate_generated.smspartner.client import Client as GeneratedClient
from _smsgate_generated.smspartner.models import CreditsResponse

from bench import imports, overhead, preview, send, webhooks, xmlparse
from bench.__main__ import FIGURES, main, run
from bench._common import Row, Settings, interleaved, table

pytestmark = pytest.mark.generator_python  # `nox -s bench` runs on the generator's Python

TINY = Settings(scale=0.02, repeats=1, quick=True)


def test_overhead_reports_figures_1_and_1b() -> None:
    rows = overhead.run(TINY)
    assert [row.figure for row in rows] == ["1", "1b"]
    assert all(row.baseline is not None and row.value > 0 for row in rows)


def test_figure_1b_compares_the_same_request_and_answer() -> None:
    """``call()`` and the bare generated ``sync_detailed()`` send the same request and parse the same model."""
    seen: list[httpx.Request] = []
    body = json.dumps(overhead.CREDITS).encode()

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    http = httpx.Client(transport=httpx.MockTransport(answer), base_url=overhead.BASE_URL, params={"apiKey": "k"})
    generated = GeneratedClient(base_url=overhead.BASE_URL).set_httpx_client(http)
    ours = smsgate.Client(
        "smspartner",
        api_key="k",
        base_url=overhead.BASE_URL,
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )
    with ours, http:
        ours_answer = ours.call(get_credits)
        theirs_answer = overhead.generated_call(generated)
    assert isinstance(ours_answer, CreditsResponse)
    assert isinstance(theirs_answer, CreditsResponse)
    assert ours_answer.to_dict() == theirs_answer.to_dict()
    assert [(r.method, str(r.url)) for r in seen] == [("GET", f"{overhead.BASE_URL}/me?apiKey=k")] * 2


def test_send_reports_figures_1c_and_1d() -> None:
    rows = send.run(TINY)
    assert [row.figure for row in rows] == ["1c", "1d"]
    assert all(row.baseline is not None and row.baseline > 0 for row in rows)
    assert rows[0].value > 0


def test_figure_1c_compares_the_same_request() -> None:
    """smsgate's send and the raw post send the same method, URL and JSON body."""
    seen: list[httpx.Request] = []
    with send.smsgate_client(seen) as client, httpx.Client(transport=send.transport(seen)) as raw:
        ours = send.smsgate_send(client)
        theirs = send.raw_send(raw)
    assert ours.raw == theirs
    (mine, hand_written) = seen
    assert (mine.method, mine.url) == (hand_written.method, hand_written.url)
    assert json.loads(mine.content) == json.loads(hand_written.content)


def test_figure_1d_runs_twilio_without_a_request() -> None:
    """twilio-python's own work only: its HTTP client is the fake, which is asked once per create."""
    client = send.twilio_client()
    message = send.twilio_send(client)
    assert (message.to, message.body, message.status) == (send.NUMBER, send.TEXT, "queued")
    assert client.http_client.requests == 1


def test_interleaved_measures_each_run_in_turns() -> None:
    order: list[str] = []
    times = interleaved({"a": lambda: order.append("a"), "b": lambda: order.append("b")}, calls=2, repeats=3)
    assert set(times) == {"a", "b"}
    assert all(seconds >= 0 for seconds in times.values())
    assert order == ["a", "a", "b", "b"] * 4  # a warm-up round, then three


def test_xml_parse_agrees_with_elementtree() -> None:
    content = xmlparse.document(25)
    ours = xmlparse.smsgate_parse(content)["StatutResponse_List"]
    theirs = xmlparse.etree_parse(content)
    assert [item["phoneNumber"] for item in ours] == [item["phoneNumber"] for item in theirs]
    assert all(item["stopSMS"] is False for item in ours)


def test_figure_8_reports_the_peak_against_the_document() -> None:
    (row,) = xmlparse.memory(TINY)
    assert row.figure == "8"
    assert row.unit == "x"
    assert row.baseline is not None
    assert 0 < row.value < row.baseline  # read while parsing: below ElementTree's whole tree


def test_import_timing_parses_importtime(tmp_path: Path) -> None:
    slowest = imports.slowest_imports("smsgate", env=imports.environment(str(tmp_path)))
    assert slowest
    assert all(seconds >= 0 for _, seconds in slowest)
    # Only smsgate's own modules: httpx (which smsgate imports) is the baseline, not smsgate's cost.
    assert all(name.startswith("smsgate.") for name, _ in slowest), slowest


def test_import_timing_runs_with_and_without_bytecode(tmp_path: Path) -> None:
    with_bytecode = imports.environment(str(tmp_path / "cache"))
    assert "PYTHONDONTWRITEBYTECODE" not in with_bytecode
    assert with_bytecode["PYTHONPYCACHEPREFIX"] == str(tmp_path / "cache")
    assert imports.environment(str(tmp_path / "none"), bytecode=False)["PYTHONDONTWRITEBYTECODE"] == "1"
    httpx_seconds, own_seconds = imports.import_seconds("smsgate", with_bytecode)
    assert httpx_seconds > 0
    assert own_seconds > 0
    assert any((tmp_path / "cache").rglob("*.pyc"))


def test_every_figure_runs_at_a_tiny_scale() -> None:
    rows = run(TINY)
    assert {row.figure[0] for row in rows} == set(FIGURES)
    assert {"1b", "1c", "1d"} <= {row.figure for row in rows}
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
    assert "call(get_credits) via smsgate.Client" in out
    assert "send() of one recipient via smsgate.Client" in out
    assert "XML bulk-status" in out
    assert "targets:" in out


def test_preview_reports_figures_9_and_9b() -> None:
    rows = preview.run(TINY)
    assert [row.figure for row in rows] == ["9", "9b"]
    assert all(row.baseline is not None and row.value > 0 for row in rows)


def test_figure_7_parses_each_event_kind_and_serves_the_receiver() -> None:
    rows = webhooks.parse_rows(TINY)
    assert [row.figure for row in rows] == ["7"] * len(webhooks.EXAMPLES)
    assert all(row.baseline is not None and row.value > 0 for row in rows)
    served = webhooks.server_rows(TINY)
    assert [row.figure for row in served] == ["7b", "7c"]
    assert all(row.value > 0 and row.baseline for row in served), [row.what for row in served]
    assert all("each once" in row.notes[0] for row in served)
