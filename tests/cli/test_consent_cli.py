"""``smsgate opt-outs list|add|remove|sync`` and ``smsgate replies``, against one sandbox."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import smsgate
from smsgate import cli
from smsgate.sandbox import Sandbox
from smsgate.testing import async_sandbox_client, sandbox_client

NUMBER = "+33612345601"


def _run(sandbox: Sandbox, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    def make_client(vendor: str, options: Any) -> smsgate.Client:
        return sandbox_client(vendor, sandbox=sandbox)

    def make_async_client(vendor: str, options: Any) -> smsgate.AsyncClient:
        return async_sandbox_client(vendor, sandbox=sandbox)

    code = cli.main(list(argv), make_client=make_client, make_async_client=make_async_client)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(autouse=True)
def _keys(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("SMSPARTNER_API_KEY", "PRIMOTEXTO_API_KEY", "MESSAGGI_TOKEN", "MESSAGGI_V2_TOKEN"):
        monkeypatch.setenv(variable, "k" * 20)


@pytest.mark.parametrize(("vendor", "kind"), [("smspartner", "stop"), ("primotexto", "stop"), ("primotexto", "bounce")])
def test_list_add_remove(vendor: str, kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    sandbox = Sandbox()
    common = ("--vendor", vendor, "--kind", kind)
    assert _run(sandbox, capsys, "opt-outs", "add", NUMBER, *common)[0] == 0
    code, out, _ = _run(sandbox, capsys, "opt-outs", "list", *common)
    assert code == 0
    assert NUMBER in out
    assert "number" in out.splitlines()[0]
    code, out, _ = _run(sandbox, capsys, "opt-outs", "list", *common, "--json")
    assert [entry["phone_number"] for entry in json.loads(out)] == [NUMBER]
    assert json.loads(out)[0]["kind"] == kind
    code, out, _ = _run(sandbox, capsys, "opt-outs", "remove", NUMBER, *common, "--json")
    assert (code, json.loads(out)["action"]) == (0, "remove")
    assert sandbox.opt_outs(vendor, kind=kind) == []


def test_sync_into_a_local_list_then_a_marketing_send_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sandbox = Sandbox()
    sandbox.preset_opt_outs("primotexto", [NUMBER])
    consent = str(tmp_path / "consent.db")
    code, out, err = _run(sandbox, capsys, "opt-outs", "sync", "--vendor", "primotexto", "--list", consent, "--json")
    assert code == 0, err
    assert json.loads(out) | {"list": None} == {
        "vendor": "primotexto", "kind": "stop", "listed": 1, "added": 1, "lifted": 0, "suppressed": 1, "list": None,
    }  # fmt: skip
    text = "Soldes -20 %. STOP au 36180"
    argv = ("send", NUMBER, "--vendor", "primotexto", "--text", text, "--purpose", "marketing")
    code, _, err = _run(sandbox, capsys, *argv, "--suppression", consent)
    assert code == 4
    assert "suppression rule" in err
    assert sandbox.sends_received("primotexto") == 0
    assert (
        _run(
            sandbox, capsys, "send", NUMBER, "--vendor", "primotexto", "--text", "Code 4829", "--suppression", consent
        )[0]
        == 0
    )


def test_replies_and_a_vendor_without_them(capsys: pytest.CaptureFixture[str]) -> None:
    sandbox = Sandbox()
    with sandbox_client("primotexto", sandbox=sandbox) as client:
        client.send(NUMBER, "Votre avis ?", reference="avis")
    sandbox.simulate_reply(NUMBER, "Parfait", vendor="primotexto")
    code, out, _ = _run(sandbox, capsys, "replies", "--vendor", "primotexto", "--reference", "avis")
    assert code == 0
    assert "Parfait" in out
    code, out, _ = _run(sandbox, capsys, "replies", "--vendor", "primotexto", "--reference", "avis", "--json")
    assert json.loads(out)[0]["text"] == "Parfait"
    code, _, err = _run(sandbox, capsys, "replies", "--vendor", "smspartner", "--reference", "avis")
    assert code == 12  # UnsupportedOperationError
    assert "what it has: list stop" in err
    code, _, err = _run(sandbox, capsys, "opt-outs", "list", "--vendor", "messaggi")
    assert code == 12
    assert "what it has: none" in err
    assert _run(sandbox, capsys, "replies", "--vendor", "primotexto")[0] == 2  # --reference or --campaign
