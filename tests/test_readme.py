"""The README's examples run, print what they say they print, and its state table is the specs'."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from smsgate.about import state_table

README = Path(__file__).resolve().parent.parent / "README.md"
TEXT = README.read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", TEXT, flags=re.S)


def test_the_readme_has_examples() -> None:
    assert len(BLOCKS) >= 6


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_readme_example_runs(block: str, tmp_path: Path) -> None:
    script = tmp_path / "example.py"
    script.write_text(block, encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, "-m", "tests.readme_runner", str(script)],
        capture_output=True,
        text=True,
        cwd=README.parent,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    # What a comment says a line prints is what it prints.
    for printed in re.findall(r"print\(.*?\)\s+# (.+)", block):
        if not printed.startswith(("same", "Decimal")):
            assert printed in completed.stdout, f"README says {printed!r}; got {completed.stdout!r}"
    for decimal in re.findall(r"# Decimal\('([^']+)'\)", block):
        assert decimal in completed.stdout


def test_state_table_is_the_specs() -> None:
    between = re.search(r"<!-- states:begin -->\n(.*?)\n<!-- states:end -->", TEXT, flags=re.S)
    assert between is not None
    assert between.group(1).strip() == state_table()
