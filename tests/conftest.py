"""Fixtures shared by every test module, and the figures the reliability suites print at the end of a run."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest
import smsgate

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
