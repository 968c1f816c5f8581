"""smsgate's tasks. `nox` alone runs check_generated, lint, typecheck and tests.

Every session installs what it needs from pyproject.toml's dependency groups, so a fresh machine
needs only Python and `pip install 'nox[uv]'`.
"""

from __future__ import annotations

import os
from pathlib import Path

import nox

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["check_generated", "lint", "typecheck", "tests"]

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")
# The generator runs on one Python so that its output does not depend on which one ran it.
GENERATOR_PYTHON = "3.11"
SUPPORTED_PYTHONS = ["3.11", "3.12", "3.13"]
TYPED_PATHS = ["generated/_smsgate_generated", "overrides/smsgate", "generator", "tests", "examples", "noxfile.py"]


def install_group(session: nox.Session, *groups: str) -> None:
    for group in groups:
        session.install(*nox.project.dependency_groups(PYPROJECT, group))


@nox.session(python=GENERATOR_PYTHON)
def generate(session: nox.Session) -> None:
    """Validate specs/ and regenerate generated/ from them."""
    install_group(session, "generate")
    session.run("python", "-m", "generator", *session.posargs)


@nox.session(python=GENERATOR_PYTHON)
def check_generated(session: nox.Session) -> None:
    """Regenerate into a temp dir and compare byte for byte with generated/; say which input moved."""
    install_group(session, "generate")
    session.run("python", "-m", "generator", "--check")


@nox.session(python=GENERATOR_PYTHON)
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check on the hand-written code (generated/ is the generator's)."""
    install_group(session, "lint")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python=GENERATOR_PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on generated/, overrides/, the generator, the tests and this file."""
    install_group(session, "typecheck")
    session.install("-e", ".[sandbox]")
    session.run("mypy", *TYPED_PATHS)


@nox.session(python=SUPPORTED_PYTHONS)
def tests(session: nox.Session) -> None:
    """pytest against the package installed as a wheel (not the source tree)."""
    install_group(session, "test")
    session.install(".[sandbox]")
    session.run("pytest", *session.posargs, env={"PYTHONDONTWRITEBYTECODE": "1"})


@nox.session(python=GENERATOR_PYTHON)
def fetch_upstream(session: nox.Session) -> None:
    """Download the vendors' official spec files into .cache/upstream/ (or copy $SMSGATE_UPSTREAM_DIR)."""
    install_group(session, "generate")
    session.run(
        "python", "-m", "generator.upstream", env={"SMSGATE_UPSTREAM_DIR": os.environ.get("SMSGATE_UPSTREAM_DIR")}
    )


@nox.session(python=GENERATOR_PYTHON)
def demo(session: nox.Session) -> None:
    """Install smsgate as a consumer would, then send through each vendor against the local sandbox."""
    session.install(".[sandbox]")
    session.run("python", "-m", "smsgate.demo", silent=False)
