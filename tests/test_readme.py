"""The README as a newcomer meets it: its commands, its examples (run against the sandbox, each
print printing what its comment says), its state table (the specs')."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from smsgate.about import error_table, state_table
from smsgate.sandbox import Sandbox

from tests import readme_runner

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
TEXT = README.read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", TEXT, flags=re.S)
SANDBOX_KEYS = tuple(Sandbox().api_keys.values())


def _run_block(block: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "example.py"
    script.write_text(block, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "tests.readme_runner", str(script)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def test_the_readme_has_examples() -> None:
    assert len(BLOCKS) >= 6


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_readme_example_runs_and_prints_what_it_says(block: str, tmp_path: Path) -> None:
    completed = _run_block(block, tmp_path)
    # The runner checks each `print(...)  # comment` against what that line printed.
    assert completed.returncode == 0, completed.stderr
    # The README's promise, with its own logging advice: no key in any output, logs included.
    for key in SANDBOX_KEYS:
        assert key not in completed.stdout + completed.stderr


def test_the_first_example_shows_its_output(tmp_path: Path) -> None:
    """The block a newcomer reads first: every print commented, so the reader sees what comes back."""
    first = BLOCKS[0]
    prints = [line for line in first.splitlines() if line.strip().startswith("print(")]
    assert len(prints) == len(readme_runner.commented_prints(first)) >= 4
    # Only a scheduled message can be cancelled: the example cancels one it scheduled.
    assert "scheduled_at=" in first
    assert "cancel(" in first


@pytest.mark.parametrize(
    ("block", "said"),
    [
        ("from decimal import Decimal\nprint(Decimal('1.50'))  # Decimal('1.50')\n", "it printed '1.50'"),
        ("print(1 + 1)  # 3\n", "the README says '3', it printed '2'"),
        ("if False:\n    print('x')  # x\n", "never ran"),
        ("for n in (1, 2):\n    print(n)  # 2\n", "it printed '1'"),
        ("print(\n    'a',\n    'b',\n)  # a c\n", "line 4: the README says 'a c', it printed 'a b'"),
    ],
    ids=["repr-instead-of-str", "wrong-value", "never-ran", "first-of-a-loop", "multi-line-call"],
)
def test_the_runner_refuses_a_comment_that_is_not_the_output(block: str, said: str, tmp_path: Path) -> None:
    completed = _run_block(block, tmp_path)
    assert completed.returncode == 1
    assert said in completed.stderr


def test_the_runner_reads_only_comments_after_prints() -> None:
    source = "x = 1  # not a print\nprint(x)  # 1\nprint(x)\nprint(x); y = 2  # 1\n"
    assert readme_runner.commented_prints(source) == {(2, 2): "1"}


def _readme_commands() -> dict[str, str]:
    """The two commands at the top of the README, by what their comment says they are."""
    block = re.search(r"```bash\n(.*?)```", TEXT, flags=re.S)
    assert block is not None
    commands = {}
    for line in block.group(1).splitlines():
        command, _, comment = line.partition("#")
        commands[comment.strip().split(":")[0]] = command.strip()
    return commands


def test_the_first_commands_make_their_own_virtual_environment() -> None:
    # A system Python that refuses `pip install` (PEP 668) must not stop a newcomer.
    commands = _readme_commands()
    assert set(commands) == {"main job", "tests"}
    for command in commands.values():
        steps = [shlex.split(step) for step in command.split("&&")]
        assert steps[0] == ["python3", "-m", "venv", ".venv"]
        assert steps[1] == [".venv/bin/pip", "install", "nox[uv]"]
        assert steps[2][0] == ".venv/bin/nox"
    assert commands["main job"].endswith(".venv/bin/nox -s demo")
    assert commands["tests"].endswith(".venv/bin/nox")


def test_ci_runs_exactly_the_readme_test_command() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line for line in script.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    assert commands[-1] == _readme_commands()["tests"]


def test_state_table_is_the_specs() -> None:
    between = re.search(r"<!-- states:begin -->\n(.*?)\n<!-- states:end -->", TEXT, flags=re.S)
    assert between is not None
    assert between.group(1).strip() == state_table()


def test_error_tables_are_the_specs() -> None:
    tables = re.findall(r"<!-- errors:(\w+):begin -->\n(.*?)\n<!-- errors:\1:end -->", TEXT, flags=re.S)
    assert [vendor for vendor, _ in tables] == ["messaggi_v2"]
    for vendor, table in tables:
        assert table.strip() == error_table(vendor)
