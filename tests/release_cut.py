"""``python -m tests.release_cut X.Y.Z [--date YYYY-MM-DD]``: cut a release in the working tree.

Run by ``nox -s release -- X.Y.Z``; it changes files and commits nothing:

1. refuses unless X.Y.Z is newer than the last release (``release/api.json``), the CHANGELOG's
   ``[Unreleased]`` section holds entries, and the breaking-change gate passes (every breaking
   change since the last release is listed);
2. moves those entries under ``## [X.Y.Z] - date`` and leaves an empty ``[Unreleased]`` above;
3. writes X.Y.Z into ``pyproject.toml`` and ``smsgate.__version__``;
4. writes the new surface to ``release/api.json`` (``tests.api_gate snapshot``): the next changes
   are compared with this release.

Then ``nox -s build`` builds and checks the artifacts of X.Y.Z, and the lead commits and tags.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
from pathlib import Path

from tests import api_gate

ROOT = api_gate.ROOT
VERSION = re.compile(r"\d+\.\d+\.\d+")
PYPROJECT_VERSION = re.compile(r'^version = "[^"]*"$', re.MULTILINE)
PACKAGE_VERSION = re.compile(r'^__version__ = "[^"]*"$', re.MULTILINE)
UNRELEASED = re.compile(r"^## \[Unreleased\][^\n]*\n(?P<body>.*?)(?=^## |\Z)", re.MULTILINE | re.DOTALL)


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version)[:3])


def moved_changelog(changelog: str, version: str, date: str) -> str:
    """The CHANGELOG with the ``[Unreleased]`` entries under ``## [version] - date``."""
    found = UNRELEASED.search(changelog)
    if found is None:
        raise ValueError("the CHANGELOG has no '## [Unreleased]' section")
    body = found.group("body").strip("\n")
    if not re.search(r"^\s*[-*] ", body, re.MULTILINE):
        raise ValueError("the CHANGELOG's [Unreleased] section lists nothing: there is nothing to release")
    if re.search(rf"^## \[{re.escape(version)}\]", changelog, re.MULTILINE):
        raise ValueError(f"the CHANGELOG already has a section for {version}")
    section = f"## [Unreleased]\n\n## [{version}] - {date}\n\n{body}\n\n"
    return changelog[: found.start()] + section + changelog[found.end() :]


def set_version(text: str, pattern: re.Pattern[str], line: str, where: str) -> str:
    changed, count = pattern.subn(line, text, count=1)
    if count != 1:
        raise ValueError(f"no version line found in {where}")
    return changed


def cut(root: Path, version: str, date: str) -> list[str]:
    """Cut ``version``; the problems that stopped it (nothing is written then)."""
    snapshot = root / api_gate.SNAPSHOT
    released = json.loads(snapshot.read_text(encoding="utf-8"))["version"]
    if not VERSION.fullmatch(version):
        return [f"{version!r} is not a version X.Y.Z"]
    if _key(version) <= _key(released):
        return [f"{version} is not newer than the last release, {released}"]
    changelog_path = root / api_gate.CHANGELOG
    changelog = changelog_path.read_text(encoding="utf-8")
    try:
        new_changelog = moved_changelog(changelog, version, date)
    except ValueError as error:
        return [str(error)]
    if api_gate.check(root, snapshot, changelog_path) != 0:
        return [f"breaking changes since {released} are not all in the CHANGELOG (above)"]
    pyproject = root / "pyproject.toml"
    package = root / "overrides" / "smsgate" / "__init__.py"
    try:
        new_pyproject = set_version(
            pyproject.read_text(encoding="utf-8"), PYPROJECT_VERSION, f'version = "{version}"', "pyproject.toml"
        )
        new_package = set_version(
            package.read_text(encoding="utf-8"), PACKAGE_VERSION, f'__version__ = "{version}"', str(package)
        )
    except ValueError as error:
        return [str(error)]
    changelog_path.write_text(new_changelog, encoding="utf-8")
    pyproject.write_text(new_pyproject, encoding="utf-8")
    package.write_text(new_package, encoding="utf-8")
    api_gate.write_snapshot(root, version, snapshot)
    return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.release_cut", description=__doc__.split("\n")[0])
    parser.add_argument("version")
    parser.add_argument("--date", default=datetime.date.today().isoformat())
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args(argv)
    problems = cut(args.root, args.version, args.date)
    for problem in problems:
        print(f"release: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(
        f"release: {args.version} cut (CHANGELOG, pyproject.toml, smsgate.__version__, {api_gate.SNAPSHOT}); "
        f"now `nox -s build`, then commit and tag v{args.version}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
