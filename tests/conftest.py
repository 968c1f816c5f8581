"""Fixtures shared by every test module."""

from __future__ import annotations

import pytest
import smsgate


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits between attempts the clients asked for; no unit test really waits."""
    recorded: list[float] = []

    async def async_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(smsgate.Client, "_sleep", staticmethod(recorded.append))
    monkeypatch.setattr(smsgate.AsyncClient, "_sleep", staticmethod(async_sleep))
    return recorded
