"""smsgate's tasks. `nox` alone runs check_generated, lint, spec_lint, typecheck, tests, consumer_typing, peer, build,
docs,
api_gate.

`nox -s bench` (performance figures), `nox -s generate` and `nox -s docs_browser` run on demand.

Every session installs what it needs from pyproject.toml's dependency groups, so a fresh machine
needs only Python and `pip install 'nox[uv]'`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import nox

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = [
    "check_generated",
    "lint",
    "spec_lint",
    "typecheck",
    "tests",
    "consumer_typing",
    "peer",
    "build",
    "docs",
    "api_gate",
]

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")
# The generator runs on one Python so that its output does not depend on which one ran it.
GENERATOR_PYTHON = "3.11"
SUPPORTED_PYTHONS = ["3.11", "3.12", "3.13"]
TYPED_PATHS = [
    "generated/_smsgate_generated",
    "overrides/smsgate",
    "generator",
    "tests",
    "examples",
    "bench",
    "noxfile.py",
]


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
    # The reliability suites (fault matrix, fuzzing, secret sweep, crash test, failover matrix: about
    # two minutes) test smsgate's own logic, not the interpreter, and the generator and the bench are
    # pinned to the generator's Python: all run there only, to keep the default run short.
    selection = [] if session.python == GENERATOR_PYTHON else ["-m", "not reliability and not generator_python"]
    session.run("pytest", *selection, *session.posargs, env={"PYTHONDONTWRITEBYTECODE": "1"})


@nox.session(python=GENERATOR_PYTHON)
def bench(session: nox.Session) -> None:
    """Print the performance figures with their baselines and targets (not in the default run).

    Extra arguments go to `python -m bench`: `nox -s bench -- --scale 0.1 --only 1,3`.
    """
    install_group(session, "bench")
    session.install(".[sandbox]")
    session.run("python", "-m", "bench", *session.posargs)


@nox.session(python=GENERATOR_PYTHON)
def build(session: nox.Session) -> None:
    """The sdist and the wheel as a release ships them, checked: `twine check --strict`, the wheel's
    contents, and the wheel installed in a fresh venv (import, a sandbox send, `smsgate --version`)."""
    install_group(session, "release")
    dist = Path(session.create_tmp()) / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    session.run("python", "-m", "build", "--outdir", str(dist), silent=True)
    session.run("twine", "check", "--strict", *sorted(str(path) for path in dist.iterdir()))
    session.install(".")  # tests.release_check reads the vendor list from smsgate itself
    session.run("python", "-m", "tests.release_check", str(dist), PYPROJECT["project"]["version"])


def install_gate(session: nox.Session) -> None:
    """What the breaking-change gate needs: smsgate's dependencies, not smsgate (it reads the working tree)."""
    project = PYPROJECT["project"]
    session.install(
        *project["dependencies"],
        *project["optional-dependencies"]["sandbox"],
        *nox.project.dependency_groups(PYPROJECT, "api_gate"),
    )


@nox.session(python=GENERATOR_PYTHON)
def api_gate(session: nox.Session) -> None:
    """Fail on a breaking change since the last release (release/api.json) that CHANGELOG.md does not list.

    Compares the public API, the CLI's flags and exit codes, the journal schema and every spec's
    operations, parameters and enum values (tests/api_gate.py says what counts).
    """
    install_gate(session)
    session.run("python", "-m", "tests.api_gate", "check", env={"PYTHONDONTWRITEBYTECODE": "1"})


@nox.session(python=GENERATOR_PYTHON, default=False)
def release(session: nox.Session) -> None:
    """Cut a release in the working tree: `nox -s release -- 0.2.0`, then `nox -s build`, commit and tag.

    Moves the CHANGELOG's [Unreleased] entries under the version and today's date, writes the
    version into pyproject.toml and smsgate.__version__, and the new surface into release/api.json;
    refuses when a breaking change is not listed (tests/release_cut.py).
    """
    if len(session.posargs) != 1:
        session.error("usage: nox -s release -- X.Y.Z")
    install_gate(session)
    session.run("python", "-m", "tests.release_cut", *session.posargs, env={"PYTHONDONTWRITEBYTECODE": "1"})


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


# Prism 5.15+ needs Node >= 24 (DESIGN.md section 5); 5.14.2 is the newest that runs on Node 20.
PRISM_VERSION = "5.14.2"
PRISM_DIR = ROOT / ".nox" / "prism"


@nox.session(python=GENERATOR_PYTHON)
def peer(session: nox.Session) -> None:
    """Prism (an OpenAPI mock we did not write) validates every request smsgate sends, per spec."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        session.skip("Prism needs Node.js >= 18.20 and npm: install them (https://nodejs.org) to run this check")
    version = subprocess.run([node, "--version"], capture_output=True, text=True, check=False).stdout.strip()
    if tuple(int(part) for part in version.lstrip("v").split(".")[:2]) < (18, 20):
        session.skip(f"Prism {PRISM_VERSION} needs Node.js >= 18.20, found {version}")
    prism = PRISM_DIR / "node_modules" / ".bin" / "prism"
    installed = PRISM_DIR / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
    if not installed.exists() or f'"version": "{PRISM_VERSION}"' not in installed.read_text(encoding="utf-8"):
        session.run(
            npm,
            "install",
            "--prefix",
            str(PRISM_DIR),
            "--no-audit",
            "--no-fund",
            "--save-exact",
            f"@stoplight/prism-cli@{PRISM_VERSION}",
            external=True,
        )
    install_group(session, "test")  # the runner reuses the tests' helpers and the generator's spec loader
    session.install(".[sandbox]")
    session.run("python", "-m", "tests.peer.prism_check", "--prism", str(prism), *session.posargs)


# Pinned linters that run on Node 20 (Redocly CLI 2.x asks for Node >= 20.19, Spectral 6.16 for >= 20.17).
SPECTRAL_VERSION = "6.16.3"
REDOCLY_VERSION = "2.77.0"
SPEC_LINT_DIR = ROOT / ".nox" / "spec_lint_tools"
SPEC_LINT_NODE = (20, 19)


def _node_version(node: str) -> tuple[int, int]:
    """(major, minor) of `node --version` ("v20.20.2"); (0, 0) when it says nothing readable."""
    text = subprocess.run([node, "--version"], capture_output=True, text=True, check=False).stdout
    found = re.search(r"(\d+)\.(\d+)", text)
    return (int(found.group(1)), int(found.group(2))) if found else (0, 0)


def _installed_version(package_dir: Path) -> str | None:
    manifest = package_dir / "package.json"
    if not manifest.exists():
        return None
    version: str = json.loads(manifest.read_text(encoding="utf-8"))["version"]
    return version


@nox.session(python=False)
def spec_lint(session: nox.Session) -> None:
    """Spectral (spectral:oas) and Redocly (recommended) on every specs/*.openapi.yaml: 0 errors allowed.

    The rules turned off, each with its reason, are in .spectral.yaml and redocly.yaml.
    """
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        session.skip(
            "the spec linters need Node.js >= 20.19 and npm: install them (https://nodejs.org) to run this check"
        )
    if _node_version(node) < SPEC_LINT_NODE:
        session.skip(
            f"Redocly CLI {REDOCLY_VERSION} needs Node.js >= 20.19, found {'.'.join(map(str, _node_version(node)))}"
        )
    modules = SPEC_LINT_DIR / "node_modules"
    wanted = {"@stoplight/spectral-cli": SPECTRAL_VERSION, "@redocly/cli": REDOCLY_VERSION}
    if any(_installed_version(modules / name) != version for name, version in wanted.items()):
        packages = [f"{name}@{version}" for name, version in wanted.items()]
        session.run(
            npm,
            "install",
            "--prefix",
            str(SPEC_LINT_DIR),
            "--no-audit",
            "--no-fund",
            "--save-exact",
            *packages,
            external=True,
        )
    specs = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "specs").glob("*.openapi.yaml"))
    binaries = modules / ".bin"
    session.run(
        str(binaries / "spectral"),
        "lint",
        "--ruleset",
        ".spectral.yaml",
        "--fail-severity",
        "error",
        *specs,
        external=True,
    )
    session.run(
        str(binaries / "redocly"),
        "lint",
        "--config",
        "redocly.yaml",
        "--format",
        "summary",
        *specs,
        external=True,
        env={"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"},
    )


@nox.session(python=GENERATOR_PYTHON)
def consumer_typing(session: nox.Session) -> None:
    """Build the wheel, install it with only mypy in a fresh venv, mypy --strict examples/ and assert revealed types."""
    # The runner is standard library only: it makes its own venv (the wheel with [sandbox] and the pinned
    # mypy), so nothing from this session's environment can leak into what a consumer's mypy sees.
    session.run("python", "-m", "tests.typing_consumer.run", *session.posargs)


@nox.session(python=GENERATOR_PYTHON, default=False)
def fuzz(session: nox.Session) -> None:
    """The fuzzing suite at a longer budget: `nox -s fuzz -- 20000` runs 20,000 examples per target."""
    install_group(session, "test")
    session.install(".[sandbox]")
    examples = session.posargs[0] if session.posargs else "5000"
    session.run("pytest", "-m", "reliability", "tests/package/test_fuzz.py", env={"SMSGATE_FUZZ_EXAMPLES": examples})


@nox.session(python=GENERATOR_PYTHON, default=False)
def crash(session: nox.Session) -> None:
    """Bulk sends of 2,000 recipients killed with SIGKILL, then resumed: `nox -s crash -- 1000` runs (default)."""
    install_group(session, "test")
    session.install(".[sandbox]")
    runs = session.posargs[0] if session.posargs else "1000"
    session.run("pytest", "-s", "tests/campaigns/test_campaign_crash.py", env={"SMSGATE_CRASH_RUNS": runs})


@nox.session(python=GENERATOR_PYTHON, default=False)
def failover_matrix(session: nox.Session) -> None:
    """Every fault on the first vendor x every fault on the second x 1/10/1,000 recipients: 26,244 runs.

    `nox -s failover_matrix -- 2000` runs 2,000 combinations drawn at random instead.
    """
    install_group(session, "test")
    session.install(".[sandbox]")
    runs = session.posargs[0] if session.posargs else "all"
    session.run("pytest", "-s", "tests/campaigns/test_failover_matrix.py", env={"SMSGATE_FAILOVER_RUNS": runs})


# The site is built here (git-ignored, like the screenshots of docs_browser).
SITE_DIR = ROOT / "build" / "site"
SCREENSHOTS_DIR = ROOT / "build" / "screenshots"
# Material prints a banner about its successor on every build; the build's own messages are enough.
MKDOCS_ENV = {"NO_MKDOCS_2_WARNING": "1"}


@nox.session(python=GENERATOR_PYTHON)
def docs(session: nox.Session) -> None:
    """Build the documentation site into build/site, strict: a broken link, a missing reference or a
    public name without a docstring fails (the checks are docs/_hooks/api.py, run by the build)."""
    install_group(session, "docs")
    # The reference is read from the source (griffe): no install of smsgate needed here.
    session.run("mkdocs", "build", "--strict", "--site-dir", str(SITE_DIR), env=MKDOCS_ENV)


@nox.session(python=GENERATOR_PYTHON, default=False)
def docs_browser(session: nox.Session) -> None:
    """Open the built pages in headless Chromium (Debian's, installed with apt-get when missing) and check
    that the home page and the Client reference render with no failed local request and no console error;
    screenshots go to build/screenshots/."""
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        if shutil.which("apt-get") is None or os.geteuid() != 0:
            session.error(f"{chromium} is missing and cannot be installed here: run `apt-get install chromium` as root")
        session.run("apt-get", "update", external=True)
        session.run("apt-get", "install", "-y", "chromium", external=True)
    install_group(session, "docs-browser")
    session.run("mkdocs", "build", "--strict", "--site-dir", str(SITE_DIR), env=MKDOCS_ENV)
    session.run("python", "docs/_hooks/browser.py", str(SITE_DIR), str(SCREENSHOTS_DIR), str(chromium))
