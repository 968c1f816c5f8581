"""The breaking-change gate (``nox -s api_gate``, ``tests/api_gate.py``) and the release cut (``tests/release_cut.py``).

The end-to-end tests run the gate as the session does, on a scratch copy of the package and its
specs, against a snapshot of the working tree taken as the "last release": what a user of the gate
sees is its exit status and the message naming the object.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests import api_gate, release_cut

ROOT = api_gate.ROOT
CHANGELOG_HEAD = "# Changelog\n\n## [Unreleased]\n\n"
RELEASED = "\n## [0.1.0] - 2026-11-22\n\n- First version.\n"


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The working tree's surface, saved as if it were the last release."""
    snapshot = tmp_path_factory.mktemp("released") / "api.json"
    snapshot.write_text(json.dumps({"version": "0.1.0", "surface": api_gate.surface_of(ROOT)}), encoding="utf-8")
    return snapshot


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    """A copy of the package and the specs to break (the generated package is shared, read only)."""
    shutil.copytree(ROOT / "overrides", tmp_path / "overrides", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "specs", tmp_path / "specs")
    (tmp_path / "generated").symlink_to(ROOT / "generated")
    return tmp_path


def gate(root: Path, snapshot: Path, changelog: str) -> subprocess.CompletedProcess[str]:
    """``python -m tests.api_gate check``, as ``nox -s api_gate`` runs it, on the tree at ``root``."""
    path = root / "CHANGELOG.md"
    path.write_text(changelog, encoding="utf-8")
    command = [sys.executable, "-m", "tests.api_gate", "check", "--root", str(root), "--snapshot", str(snapshot)]
    return subprocess.run([*command, "--changelog", str(path)], capture_output=True, text=True, cwd=ROOT, check=False)


def gate_again(
    root: Path, surface: api_gate.Surface, snapshot: Path, changelog: str, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    """The same check on the surface already collected from ``root`` (each collection costs seconds)."""
    path = root / "CHANGELOG.md"
    path.write_text(changelog, encoding="utf-8")
    capsys.readouterr()
    code = api_gate.check(root, snapshot, path, surface=surface)
    out, err = capsys.readouterr()
    return code, out, err


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is not once in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.mark.generator_python
def test_the_committed_tree_passes_against_the_committed_snapshot() -> None:
    ran = subprocess.run([sys.executable, "-m", "tests.api_gate", "check"], capture_output=True, text=True, cwd=ROOT)
    assert ran.returncode == 0, ran.stderr
    assert re.fullmatch(
        r"api gate: \d+ breaking change\(s\) since \d+\.\d+\.\d+, each listed in CHANGELOG.md\n", ran.stdout
    )


@pytest.mark.generator_python
def test_a_removed_public_name_fails_until_the_changelog_lists_it(
    scratch: Path, released: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(scratch / "overrides" / "smsgate" / "__init__.py", '    "to_gsm7",\n', "")

    ran = gate(scratch, released, CHANGELOG_HEAD + "### Added\n\n- Something.\n" + RELEASED)
    assert ran.returncode == 1
    assert (
        "api gate: smsgate.to_gsm7: function removed (not listed in CHANGELOG.md's [Unreleased] section" in ran.stderr
    )
    assert "1 breaking change(s) since 0.1.0 not in the CHANGELOG" in ran.stderr

    surface = api_gate.surface_of(scratch)
    # Named in a released section, or under Added, it is still not listed for this release.
    elsewhere = (
        CHANGELOG_HEAD + "### Added\n\n- `smsgate.to_gsm7`\n" + RELEASED + "\n### Removed\n\n- `smsgate.to_gsm7`\n"
    )
    assert gate_again(scratch, surface, released, elsewhere, capsys)[0] == 1

    listed = CHANGELOG_HEAD + "### Removed\n\n- `smsgate.to_gsm7`: use `Preview.text`.\n" + RELEASED
    assert gate_again(scratch, surface, released, listed, capsys) == (
        0,
        "api gate: 1 breaking change(s) since 0.1.0, each listed in CHANGELOG.md\n",
        "",
    )


@pytest.mark.generator_python
def test_a_new_required_parameter_fails_naming_the_function(
    scratch: Path, released: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    definition = re.compile(r"^def preview\(\n\s*text: str,\n", re.MULTILINE)
    module = next(path for path in (scratch / "overrides").rglob("*.py") if definition.search(path.read_text("utf-8")))
    source = module.read_text(encoding="utf-8")
    module.write_text(definition.sub("def preview(\n    text: str,\n    mandatory: int,\n", source), encoding="utf-8")
    surface = api_gate.surface_of(scratch)

    code, _, err = gate_again(scratch, surface, released, CHANGELOG_HEAD + RELEASED, capsys)
    assert code == 1
    assert "api gate: smsgate.preview: new required parameter mandatory (not listed" in err
    listed = CHANGELOG_HEAD + "### Changed (breaking)\n\n- `smsgate.preview(text, mandatory)`.\n" + RELEASED
    assert gate_again(scratch, surface, released, listed, capsys)[0] == 0


@pytest.mark.generator_python
def test_an_added_name_and_an_added_spec_value_pass(
    scratch: Path, released: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    init = scratch / "overrides" / "smsgate" / "__init__.py"
    edit(init, '    "to_gsm7",\n', '    "to_gsm7",\n    "brand_new",\n')
    init.write_text(init.read_text(encoding="utf-8") + "\n\ndef brand_new(x: int) -> int:\n    return x\n")
    spec = scratch / "specs" / "primotexto.openapi.yaml"
    edit(spec, "enum: [notification, marketing]", "enum: [notification, marketing, otp]")
    surface = api_gate.surface_of(scratch)
    assert "smsgate.brand_new" in surface

    code, out, err = gate_again(scratch, surface, released, CHANGELOG_HEAD + RELEASED, capsys)
    assert (code, err) == (0, "")
    assert out.startswith("api gate: 0 breaking change(s)")


@pytest.mark.generator_python
def test_a_removed_spec_enum_value_or_operation_fails(
    scratch: Path, released: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = scratch / "specs" / "primotexto.openapi.yaml"
    edit(spec, "enum: [notification, marketing]", "enum: [notification]")
    text = spec.read_text(encoding="utf-8")
    operation = re.search(r"^      operationId: (\w+)\n", text, re.MULTILINE)
    assert operation
    spec.write_text(text.replace(operation.group(0), "      operationId: renamed_operation\n", 1), encoding="utf-8")
    surface = api_gate.surface_of(scratch)

    code, _, err = gate_again(scratch, surface, released, CHANGELOG_HEAD + RELEASED, capsys)
    assert code == 1
    removed_value = re.search(r"api gate: (primotexto:\S+=marketing): enum value removed", err)
    assert removed_value, err
    assert f"api gate: primotexto:{operation.group(1)}: operation removed" in err
    assert "2 breaking change(s)" in err

    listed = (
        f"### Removed\n\n- `{removed_value.group(1)}`\n- `primotexto:{operation.group(1)}` (now `renamed_operation`)\n"
    )
    assert gate_again(scratch, surface, released, CHANGELOG_HEAD + listed + RELEASED, capsys)[0] == 0


def test_a_missing_snapshot_is_said(tmp_path: Path) -> None:
    code = api_gate.check(ROOT, tmp_path / "api.json", ROOT / "CHANGELOG.md")
    assert code == 1


# The comparison, on surfaces written by hand.


def function(*parameters: list[str | None]) -> api_gate.Record:
    return {"kind": "function", "parameters": [list(parameter) for parameter in parameters]}


@pytest.mark.parametrize(
    ("before", "after", "problems"),
    [
        (function(["a", "POSITIONAL_OR_KEYWORD", None]), function(["a", "POSITIONAL_OR_KEYWORD", None]), []),
        (function(["a", "POSITIONAL_OR_KEYWORD", None]), function(), ["parameter a removed"]),
        (
            function(["a", "POSITIONAL_OR_KEYWORD", None], ["b", "POSITIONAL_OR_KEYWORD", "1"]),
            function(["b", "POSITIONAL_OR_KEYWORD", "1"], ["a", "POSITIONAL_OR_KEYWORD", None]),
            ["parameter a moved from position 1", "parameter b moved from position 2"],
        ),
        (
            function(["a", "POSITIONAL_OR_KEYWORD", None]),
            function(["a", "POSITIONAL_ONLY", None]),
            ["parameter a is now positional-only"],
        ),
        (
            function(["a", "KEYWORD_ONLY", "None"]),
            function(["a", "KEYWORD_ONLY", None]),
            ["parameter a is now required"],
        ),
        (
            function(["a", "KEYWORD_ONLY", "10"]),
            function(["a", "KEYWORD_ONLY", "20"]),
            ["parameter a defaults to 20 (was 10)"],
        ),
        (function(["a", "KEYWORD_ONLY", "None"]), function(["a", "KEYWORD_ONLY", "<optional>"]), []),
        (function(), function(["b", "KEYWORD_ONLY", "None"], ["k", "VAR_KEYWORD", None]), []),
        (function(), function(["b", "KEYWORD_ONLY", None]), ["new required parameter b"]),
        (function(["k", "VAR_KEYWORD", None]), function(), ["no longer takes **kwargs"]),
        (function(["a", "POSITIONAL_ONLY", None]), function(["a", "POSITIONAL_OR_KEYWORD", None]), []),
        (function(), {"kind": "async function", "parameters": []}, ["was a function, is now an async function"]),
        ({"kind": "class"}, {"kind": "function"}, ["was a class, is now a function"]),
    ],
)
def test_parameter_and_kind_rules(before: api_gate.Record, after: api_gate.Record, problems: list[str]) -> None:
    assert api_gate.breaking_changes({"smsgate.f": before}, {"smsgate.f": after}) == (
        {"smsgate.f": problems} if problems else {}
    )


def test_an_error_leaving_its_place_in_the_tree_is_breaking() -> None:
    old = {
        "smsgate.JournalError": {"kind": "class", "bases": ["ClientUsageError", "SmsGateError", "builtins.Exception"]}
    }
    new = {"smsgate.JournalError": {"kind": "class", "bases": ["SmsGateError", "builtins.Exception"]}}
    assert api_gate.breaking_changes(old, new) == {
        "smsgate.JournalError": ["is no longer a subclass of ClientUsageError"]
    }
    assert api_gate.breaking_changes(new, old) == {}  # a new ancestor breaks no `except`


def test_cli_exit_code_and_journal_rules() -> None:
    old: api_gate.Surface = {
        "smsgate send": {"kind": "command", "positionals": [["to", "*"]]},
        "smsgate send --purpose": {"kind": "option", "required": False, "choices": ["marketing", "transactional"]},
        "smsgate send --gsm7": {"kind": "option", "required": False},
        "smsgate campaign": {"kind": "command", "positionals": []},
        "smsgate campaign report": {"kind": "command", "positionals": []},
        "smsgate campaign report --limit": {"kind": "option", "required": False},
        "exit code 17": {"kind": "exit code", "error class": "JournalError"},
        "exit code 2": {"kind": "exit code", "error class": ""},
        "journal schema": {"kind": "journal schema", "version": 2},
    }
    new: api_gate.Surface = {
        "smsgate send": {"kind": "command", "positionals": [["to", "+"]]},
        "smsgate send --purpose": {"kind": "option", "required": True, "choices": ["transactional"]},
        "smsgate campaign": {"kind": "command", "positionals": []},
        "exit code 17": {"kind": "exit code", "error class": "ClientUsageError"},
        "journal schema": {"kind": "journal schema", "version": 3},
    }
    assert api_gate.breaking_changes(old, new) == {
        "smsgate send": ["positional to is now required"],
        "smsgate send --purpose": ["is now required", "no longer takes marketing"],
        "smsgate send --gsm7": ["option removed"],
        "smsgate campaign report": ["command removed"],  # its options go with it, unreported
        "exit code 17": ["meant JournalError, now ClientUsageError"],
        "exit code 2": ["exit code removed"],
        "journal schema": ["version 2 is now 3"],
    }


@pytest.mark.parametrize(
    ("name", "text", "listed"),
    [
        ("smsgate.Client.send", "- `smsgate.Client.send` takes ...", True),
        ("smsgate.Client.send", "- `smsgate.Client.send_many` ...", False),
        ("smsgate.Client.send", "- `smsgate.Client.send.x` ...", False),
        ("smsgate.Client.send", "- `smsgate.Client.send(to, text)` ...", True),
        ("smsgate.Client.send", "- ... is smsgate.Client.send. Then", True),
        ("smsgate.Client", "- `smsgate.Client.send` ...", False),
        ("exit code 1", "- exit code 10 (was 1)", False),
        ("exit code 1", "- exit code 1 is gone", True),
        ("smsgate send --file", "- `smsgate send --file-format`", False),
        ("smsgate send --file", "- `smsgate send --file` reads ...", True),
        ("messaggi:State=SENT", "- `messaggi:State=SENT_OK`", False),
        ("messaggi:State=SENT", "- `messaggi:State=SENT`", True),
    ],
)
def test_what_counts_as_listed(name: str, text: str, listed: bool) -> None:
    assert api_gate.is_listed(name, text) is listed


def test_only_the_unreleased_breaking_sections_list() -> None:
    changelog = (
        "# Changelog\n\n## [Unreleased]\n\n### Added\n\n- `a.added`\n\n### Changed (breaking)\n\n- `a.changed`\n\n"
        "### Fixed\n\n- `a.fixed`\n\n### Removed\n\n- `a.removed`\n\n"
        "## [0.1.0] - 2026-11-22\n\n### Removed\n\n- `a.old`\n"
    )
    text = api_gate.listed_text(changelog)
    assert [
        name for name in ("a.added", "a.changed", "a.fixed", "a.removed", "a.old") if api_gate.is_listed(name, text)
    ] == [
        "a.changed",
        "a.removed",
    ]


# The release cut and the version.


def test_the_cut_moves_the_unreleased_entries_under_the_version() -> None:
    changelog = (
        "# Changelog\n\nPolicy.\n\n## [Unreleased]\n\n### Added\n\n- A thing.\n\n## [0.1.0] - 2026-11-22\n\n- First.\n"
    )
    assert release_cut.moved_changelog(changelog, "0.2.0", "2026-12-07") == (
        "# Changelog\n\nPolicy.\n\n## [Unreleased]\n\n## [0.2.0] - 2026-12-07\n\n### Added\n\n- A thing.\n\n"
        "## [0.1.0] - 2026-11-22\n\n- First.\n"
    )
    with pytest.raises(ValueError, match="lists nothing"):
        release_cut.moved_changelog("# Changelog\n\n## [Unreleased]\n\n## [0.1.0]\n\n- First.\n", "0.2.0", "2026-12-07")


@pytest.mark.generator_python
def test_a_release_cut_bumps_moves_and_snapshots(scratch: Path, released: Path) -> None:
    shutil.copy(ROOT / "pyproject.toml", scratch / "pyproject.toml")
    (scratch / "release").mkdir()
    shutil.copy(released, scratch / "release" / "api.json")
    (scratch / "CHANGELOG.md").write_text(CHANGELOG_HEAD + "### Added\n\n- A thing.\n" + RELEASED, encoding="utf-8")

    refused = subprocess.run(
        [sys.executable, "-m", "tests.release_cut", "0.1.0", "--root", str(scratch)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert (refused.returncode, refused.stderr) == (1, "release: 0.1.0 is not newer than the last release, 0.1.0\n")

    command = [sys.executable, "-m", "tests.release_cut", "0.2.0", "--root", str(scratch), "--date", "2026-12-07"]
    ran = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    assert ran.returncode == 0, ran.stderr
    assert (
        (scratch / "CHANGELOG.md")
        .read_text(encoding="utf-8")
        .startswith("# Changelog\n\n## [Unreleased]\n\n## [0.2.0] - 2026-12-07\n\n### Added\n\n- A thing.\n")
    )
    assert tomllib.loads((scratch / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"] == "0.2.0"
    assert '\n__version__ = "0.2.0"\n' in (scratch / "overrides" / "smsgate" / "__init__.py").read_text(
        encoding="utf-8"
    )
    snapshot = json.loads((scratch / "release" / "api.json").read_text(encoding="utf-8"))
    assert snapshot["version"] == "0.2.0"
    assert snapshot["surface"] == json.loads(released.read_text(encoding="utf-8"))["surface"]


def test_the_version_is_said_once_everywhere() -> None:
    """pyproject.toml and smsgate.__version__ agree; the snapshot is a released version of the CHANGELOG."""
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    init = (ROOT / "overrides" / "smsgate" / "__init__.py").read_text(encoding="utf-8")
    assert f'\n__version__ = "{version}"\n' in init
    released = json.loads((ROOT / "release" / "api.json").read_text(encoding="utf-8"))["version"]
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## \[{re.escape(released)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", changelog, re.MULTILINE)
    assert release_cut._key(version) >= release_cut._key(released)
