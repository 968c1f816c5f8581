"""``python -m tests.release_check DIST VERSION``: is this sdist and wheel what a release should ship?

Run by ``nox -s build`` after the build and ``twine check --strict``:

1. the wheel holds the two packages (``smsgate``, ``_smsgate_generated``), both ``py.typed``, the
   JSON copy of each vendor's spec that the runtime reads, the console script and the pytest
   plugin entry point; and nothing that is not for consumers (tests, bench, generator, caches);
2. the sdist holds what rebuilding needs (specs, generator, overrides, generated, pyproject);
3. the wheel, installed in a fresh virtual environment with its ``sandbox`` extra, imports, sends
   one SMS through the sandbox, and ``smsgate --version`` names the version.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
import venv
import zipfile
from collections.abc import Iterable
from pathlib import Path

from smsgate._base.spec import VENDORS

REQUIRED_IN_WHEEL = (
    "smsgate/__init__.py",
    "smsgate/py.typed",
    "smsgate/cli.py",
    "_smsgate_generated/__init__.py",
    "_smsgate_generated/py.typed",
    *(f"_smsgate_generated/{vendor}/openapi.json" for vendor in VENDORS),
)
NOT_FOR_CONSUMERS = ("tests", "bench", "generator", "specs", ".nox", ".venv")  # top-level folders
ENTRY_POINTS = ("smsgate = smsgate.cli:main", "smsgate = smsgate.pytest_plugin")
REQUIRED_IN_SDIST = ("pyproject.toml", "README.md", "specs/", "generator/", "overrides/smsgate/", "generated/")
SMOKE = """
import smsgate
from smsgate.testing import sandbox_client

with sandbox_client("smspartner") as client:
    sent = client.send("+33612345678", "Votre code : 123456")
    assert sent.accepted == ["+33612345678"], sent
    assert client.status(sent.message_id)[0].state is smsgate.DeliveryState.delivered
print("smoke: import, sandbox send and status ok")
"""


def wheel_problems(names: Iterable[str], entry_points: str) -> list[str]:
    """What is wrong with a wheel holding ``names`` (its paths) and ``entry_points`` (its entry_points.txt)."""
    names = list(names)
    problems = [f"the wheel lacks {required}" for required in REQUIRED_IN_WHEEL if required not in names]
    problems += [f"the wheel holds {name}, which is not for consumers" for name in names if _not_for_consumers(name)]
    problems += [f"the wheel's entry points lack {line!r}" for line in ENTRY_POINTS if line not in entry_points]
    return problems


def _not_for_consumers(name: str) -> bool:
    return (
        name.split("/")[0] in NOT_FOR_CONSUMERS or "__pycache__" in name.split("/") or name.endswith((".pyc", ".pyo"))
    )


def sdist_problems(names: Iterable[str]) -> list[str]:
    relative = [name.split("/", 1)[1] if "/" in name else "" for name in names]
    return [
        f"the sdist lacks {required}"
        for required in REQUIRED_IN_SDIST
        if not any(name == required or name.startswith(required) for name in relative)
    ]


def check(dist: Path, version: str) -> list[str]:
    wheels = sorted(dist.glob("smsgate-*.whl"))
    sdists = sorted(dist.glob("smsgate-*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        return [f"expected one wheel and one sdist in {dist}, found {[p.name for p in dist.iterdir()]}"]
    wheel, sdist = wheels[0], sdists[0]
    problems = []
    if f"-{version}-" not in wheel.name:
        problems.append(f"the wheel {wheel.name} is not version {version}")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        entry = next((name for name in names if name.endswith(".dist-info/entry_points.txt")), None)
        entry_points = archive.read(entry).decode() if entry else ""
    problems += wheel_problems(names, entry_points)
    with tarfile.open(sdist) as archive:
        problems += sdist_problems(archive.getnames())
    if not problems:
        problems += smoke(wheel, version)
    return problems


def smoke(wheel: Path, version: str) -> list[str]:
    """Install the wheel (with its sandbox extra) in a fresh environment and use it as a consumer would."""
    with tempfile.TemporaryDirectory() as folder:
        environment = Path(folder) / "venv"
        venv.create(environment, with_pip=True)
        python = environment / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
        install = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", f"{wheel}[sandbox]"]
        subprocess.run(install, check=True)
        ran = subprocess.run([str(python), "-c", SMOKE], capture_output=True, text=True, check=False, cwd=folder)
        if ran.returncode != 0:
            return [f"the installed wheel failed its smoke test:\n{ran.stdout}{ran.stderr}"]
        print(ran.stdout.strip())
        script = environment / ("Scripts/smsgate.exe" if sys.platform == "win32" else "bin/smsgate")
        shown = subprocess.run([str(script), "--version"], capture_output=True, text=True, check=False)
        if shown.stdout.strip() != f"smsgate {version}":
            return [f"`smsgate --version` says {shown.stdout.strip()!r}, not 'smsgate {version}'"]
        print(f"smoke: {shown.stdout.strip()}")
    return []


def main() -> None:
    dist, version = Path(sys.argv[1]), sys.argv[2]
    problems = check(dist, version)
    for problem in problems:
        print(f"release check: {problem}", file=sys.stderr)
    if problems:
        sys.exit(1)
    print(f"release check: {', '.join(path.name for path in sorted(dist.iterdir()))} are sound")


if __name__ == "__main__":
    main()
