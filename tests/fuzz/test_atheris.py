"""Runs the atheris harness briefly in a subprocess (libFuzzer exits its process); skipped without atheris."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

HARNESS = Path(__file__).with_name("atheris_answers.py")


@pytest.mark.skipif(importlib.util.find_spec("atheris") is None, reason="atheris is not installed")
def test_atheris_harness() -> None:
    ran = subprocess.run(
        [sys.executable, str(HARNESS), "-runs=2000", "-max_len=4096"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr[-3000:]
