"""The README and the documentation's pages as a newcomer meets them: the README's commands, every
page's examples (run against the sandbox, each print printing what its comment says), the tables
made from the specs (delivery states, error codes).

A fenced block marked ```python runs; any other block (```bash, an output block with no language)
is shown, not run."""

from __future__ import annotations

import ast
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from smsgate.about import error_table, state_table
from smsgate.sandbox import Sandbox

from tests import readme_runner

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
TEXT = README.read_text(encoding="utf-8")
DOCS = ROOT / "docs"
# Every page a reader meets: the README (the front page) and each page of the site, by its path.
PAGES = {
    path.relative_to(ROOT).as_posix(): path.read_text(encoding="utf-8")
    for path in [README, *sorted(DOCS.rglob("*.md"))]
}


def python_blocks(text: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


def page(name: str) -> str:
    return PAGES[f"docs/{name}"]


BLOCKS = [(name, block) for name, text in PAGES.items() for block in python_blocks(text)]
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


def _block_ids() -> list[str]:
    ids, seen = [], dict.fromkeys(PAGES, 0)
    for name, _ in BLOCKS:
        ids.append(f"{name}:block{seen[name]}")
        seen[name] += 1
    return ids


def test_the_pages_have_examples() -> None:
    assert len(python_blocks(TEXT)) >= 1
    assert len(BLOCKS) >= 15
    # Each page about a job shows it in code that runs.
    for name in ["getting-started", "sending", "preview", "errors", "campaigns", "vendors", "sandbox"]:
        assert python_blocks(page(f"{name}.md")), name


@pytest.mark.parametrize("name", list(PAGES))
def test_every_block_is_run_or_marked_as_not_run(name: str) -> None:
    """A block runs (```python) or says it is a shell's (```bash) or an output (no language): a block in
    any other language (```py, ```pycon) would be skipped silently."""
    opening = re.findall(r"^ *```(\S*)\n(?:.*?\n)? *```$", PAGES[name], flags=re.M | re.S)
    assert set(opening) <= {"python", "bash", ""}, name


@pytest.mark.parametrize(("name", "block"), BLOCKS, ids=_block_ids())
def test_every_example_runs_and_prints_what_it_says(name: str, block: str, tmp_path: Path) -> None:
    completed = _run_block(block, tmp_path)
    # The runner checks each `print(...)  # comment` against what that line printed.
    assert completed.returncode == 0, completed.stderr
    # The README's promise, with its own logging advice: no key in any output, logs included.
    for key in SANDBOX_KEYS:
        assert key not in completed.stdout + completed.stderr


def _prints(block: str) -> list[str]:
    return [line for line in block.splitlines() if line.strip().startswith("print(")]


def test_the_first_examples_show_their_output() -> None:
    """The blocks a newcomer reads first (the README's, the first of getting started and of sending):
    every print commented, so the reader sees what comes back."""
    firsts = [python_blocks(TEXT)[0], *(python_blocks(page(name))[0] for name in ["getting-started.md", "sending.md"])]
    for first in firsts:
        assert len(_prints(first)) == len(readme_runner.commented_prints(first)) >= 2
    # Only a scheduled message can be cancelled: the sending page's example cancels one it scheduled.
    assert "scheduled_at=" in firsts[-1]
    assert "cancel(" in firsts[-1]


@pytest.mark.parametrize(
    ("block", "said"),
    [
        ("from decimal import Decimal\nprint(Decimal('1.50'))  # Decimal('1.50')\n", "it printed '1.50'"),
        ("print(1 + 1)  # 3\n", "the page says '3', it printed '2'"),
        ("if False:\n    print('x')  # x\n", "never ran"),
        ("for n in (1, 2):\n    print(n)  # 2\n", "it printed '1'"),
        ("print(\n    'a',\n    'b',\n)  # a c\n", "line 4: the page says 'a c', it printed 'a b'"),
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


def _first_bash_block(text: str) -> str:
    block = re.search(r"```bash\n(.*?)```", text, flags=re.S)
    assert block is not None
    return block.group(1)


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


def test_the_readme_starts_with_its_two_commands() -> None:
    assert TEXT.startswith("# smsgate\n\n```bash\n")
    assert len(TEXT.splitlines()) <= 200


def test_getting_started_shows_the_readme_commands() -> None:
    assert _first_bash_block(page("getting-started.md")) == _first_bash_block(TEXT)


def test_the_readme_links_to_every_guide() -> None:
    guides = {path.relative_to(ROOT).as_posix() for path in DOCS.glob("*.md")} - {"docs/index.md", "docs/changelog.md"}
    linked = set(re.findall(r"\]\((docs/[\w-]+\.md)", TEXT))
    assert guides <= linked
    assert "](CHANGELOG.md)" in TEXT
    assert "](CONTRIBUTING.md)" in TEXT
    section = TEXT.split("\n## How it fits together\n", 1)[1].split("\n## ", 1)[0]
    assert len(section.strip().splitlines()) <= 15


def test_state_table_is_the_specs() -> None:
    between = re.search(r"<!-- states:begin -->\n(.*?)\n<!-- states:end -->", page("sending.md"), flags=re.S)
    assert between is not None
    assert between.group(1).strip() == state_table()


def test_error_tables_are_the_specs() -> None:
    tables = re.findall(r"<!-- errors:(\w+):begin -->\n(.*?)\n<!-- errors:\1:end -->", page("vendors.md"), flags=re.S)
    assert [vendor for vendor, _ in tables] == ["messaggi_v2"]
    for vendor, table in tables:
        assert table.strip() == error_table(vendor)


def _nox_sessions() -> set[str]:
    tree = ast.parse((ROOT / "noxfile.py").read_text(encoding="utf-8"))
    return {
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef)
        for decorator in node.decorator_list
        if "nox.session" in ast.unparse(decorator)
    }


@pytest.mark.parametrize("where", ["docs/sessions.md", "CONTRIBUTING.md"])
def test_every_nox_session_is_in_the_session_tables(where: str) -> None:
    text = (ROOT / where).read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| (`\w+`(?:, `\w+`)*) \|", text, flags=re.M))
    names = {name for cell in listed for name in re.findall(r"`(\w+)`", cell)}
    assert _nox_sessions() - names == set()
