"""Typing, as consumers see it: build the wheel, install it in a fresh virtual environment with
nothing but mypy, and run ``mypy --strict`` on examples/ and on ``reveal_types.py``, whose revealed
types must be the ``# expect:`` comments.

    python -m tests.typing_consumer.run [--keep]

Standard library only: it runs from any Python >= 3.11 with ``venv`` and network (or a local
index) for pip. The examples are copied out of the checkout, so mypy sees the installed package
only (not overrides/ or generated/, not the repo's mypy configuration). Exit status 0 when mypy is
clean and every revealed type is as expected.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
REVEAL_FILE = HERE / "reveal_types.py"
# `reveal_type(x)  # expect: T`, or `# expect: T` alone on the line before a long one.
EXPECT = re.compile(r"^(?P<code>\s*|.*reveal_type\(.*?)#\s*expect:\s*(?P<type>.+?)\s*(?:#\s*noqa\b.*)?$")
NOTE = re.compile(r'^(?P<file>[^:]+):(?P<line>\d+): note: Revealed type is "(?P<type>.*)"$')


def mypy_requirement() -> str:
    """The mypy the maintainers pin (pyproject's typecheck group), so both checks agree."""
    groups = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["dependency-groups"]
    return next(item for item in groups["typecheck"] if isinstance(item, str) and item.startswith("mypy"))


def expectations() -> dict[int, str]:
    found: dict[int, str] = {}
    for number, line in enumerate(REVEAL_FILE.read_text(encoding="utf-8").splitlines(), start=1):
        match = EXPECT.match(line)
        if match:
            found[number + (0 if match.group("code").strip() else 1)] = match.group("type")
    return found


def run(command: list[str | Path], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    print("$", " ".join(str(part) for part in command), flush=True)
    return subprocess.run([str(part) for part in command], cwd=cwd, text=True, capture_output=True, check=False)


def check(work: Path) -> int:
    env_dir = work / "venv"
    venv.create(env_dir, with_pip=True, clear=True)
    python = env_dir / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    built = run([python, "-m", "pip", "wheel", ROOT, "--no-deps", "--wheel-dir", work / "dist", "--quiet"])
    if built.returncode:
        print(built.stdout, built.stderr, sep="\n")
        return 1
    [wheel] = (work / "dist").glob("smsgate-*.whl")
    installed = run([python, "-m", "pip", "install", "--quiet", f"{wheel}[sandbox]", mypy_requirement()])
    if installed.returncode:
        print(installed.stdout, installed.stderr, sep="\n")
        return 1
    consumer = work / "consumer"
    consumer.mkdir()
    for source in sorted((ROOT / "examples").glob("*.py")):
        shutil.copy(source, consumer / source.name)
    shutil.copy(REVEAL_FILE, consumer / REVEAL_FILE.name)
    files = sorted(path.name for path in consumer.glob("*.py"))
    result = run([python, "-m", "mypy", "--strict", "--cache-dir", work / "mypy-cache", *files], cwd=consumer)
    output = result.stdout + result.stderr
    print(output.rstrip())
    revealed = {
        int(match.group("line")): match.group("type")
        for match in map(NOTE.match, output.splitlines())
        if match and Path(match.group("file")).name == REVEAL_FILE.name
    }
    failures = [line for line in output.splitlines() if ": error:" in line]
    for line, expected in sorted(expectations().items()):
        actual = revealed.get(line)
        verdict = "ok" if actual == expected else "MISMATCH"
        print(
            f"{verdict:8}  {REVEAL_FILE.name}:{line}  expected {expected}"
            + ("" if actual == expected else f", got {actual}")
        )
        if actual != expected:
            failures.append(f"line {line}: revealed {actual!r}, expected {expected!r}")
    print(
        f"\nmypy --strict ({mypy_requirement()}) on {', '.join(files)} against {wheel.name}: "
        f"{'clean' if not failures else f'{len(failures)} problem(s)'}"
    )
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="mypy --strict on examples/ against the built wheel")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (printed) for a look")
    arguments = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="smsgate-consumer-typing-"))
    try:
        return check(work)
    finally:
        if arguments.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
