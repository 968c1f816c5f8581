"""Fixtures shared by every test module, and the figures the reliability suites print at the end of a run."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
import smsgate
from smsgate.pytest_plugin import NetworkGuard

# A folder whose sitecustomize guards every Python process the suite starts (see its docstring).
CHILD_GUARD = Path(__file__).parent / "network_guard"

# Test modules whose ``terminal_summary()`` gives the lines to print once the run is over (the fault
# matrices, fuzzing, public inputs, the secret sweep): their figures, counted while their tests ran.
SUMMARY_MODULES = pytest.StashKey[list[ModuleType]]()


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits between attempts the clients asked for; no unit test really waits."""
    recorded: list[float] = []

    async def async_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(smsgate.Client, "_sleep", staticmethod(recorded.append))
    monkeypatch.setattr(smsgate.AsyncClient, "_sleep", staticmethod(async_sleep))
    return recorded


CALLBACK_THREADS = ("smsgate-sandbox-callbacks", "smsgate-callback-receiver")


@pytest.fixture(autouse=True)
def no_callback_thread_left() -> Iterator[None]:
    """A test that made the sandbox call back closes it (and its receiver): no callback thread outlives it."""
    import threading

    before = {thread for thread in threading.enumerate() if thread.name in CALLBACK_THREADS}
    yield
    left = {thread for thread in threading.enumerate() if thread.name in CALLBACK_THREADS} - before
    if left:
        pytest.fail(
            "threads left running: "
            + ", ".join(sorted(thread.name for thread in left))
            + " (close the Sandbox: sandbox.close() or `with Sandbox() as sandbox:`; close the CallbackReceiver)",
            pytrace=False,
        )


@pytest.fixture(scope="session", autouse=True)
def child_network_guard(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every child process of the suite refuses the network and records its attempts in this file."""
    record = tmp_path_factory.mktemp("network") / "attempts.txt"
    record.touch()
    saved = {name: os.environ.get(name) for name in ("PYTHONPATH", "SMSGATE_NETWORK_ATTEMPTS")}
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(CHILD_GUARD), saved["PYTHONPATH"]]))
    os.environ["SMSGATE_NETWORK_ATTEMPTS"] = str(record)
    yield record
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(autouse=True)
def no_network(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, child_network_guard: Path
) -> Iterator[NetworkGuard]:
    """No test, and no process a test starts, opens a connection outside the machine unless it is
    marked ``network`` (none is today): an attempt fails the test, even when the code swallowed it."""
    guard = NetworkGuard()
    if request.node.get_closest_marker("network") is not None:
        yield guard
        return
    before = child_network_guard.stat().st_size
    guard.install(monkeypatch)
    yield guard
    with child_network_guard.open(encoding="utf-8") as record:
        record.seek(before)
        children = record.read().splitlines()
    attempts = guard.attempts + children
    if attempts:
        pytest.fail("the test reached for the network: " + "; ".join(attempts), pytrace=False)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Note the selected modules that keep figures: the very module objects whose tests will count them."""
    modules: dict[str, ModuleType] = {}
    for item in session.items:
        module = item.getparent(pytest.Module)
        if module is not None and callable(getattr(module.obj, "terminal_summary", None)):
            modules.setdefault(module.nodeid, module.obj)
    session.config.stash[SUMMARY_MODULES] = list(modules.values())


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    """Each suite's figures, when its tests ran (a suite that did not run, or not whole, prints nothing)."""
    for module in config.stash.get(SUMMARY_MODULES, []):
        summary: Callable[[], list[str]] = module.terminal_summary
        lines = summary()
        if lines:
            terminalreporter.write_line("")
            for line in lines:
                terminalreporter.write_line(line)
