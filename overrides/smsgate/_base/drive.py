"""The one driver pair of every sans-IO plan in smsgate: retries (``_core.retry.attempts``), vendor
plans (``_vendors``), campaign runs (``_campaigns.engine``) and the questions asked after them.

A plan is a generator that yields an action and is sent its outcome; it returns its result. The
driver performs each action (``perform`` does the I/O: an HTTP request, a sleep, a batch's send)
and nothing else, so the same plan runs under ``drive`` and ``adrive``: the httpx ``auth_flow``
pattern taken to its end.

- An exception ``perform`` raises of one of the ``thrown`` classes is thrown into the plan, which
  may handle it and go on; any other stops the plan and propagates.
- An exception of one of the ``unreadable`` classes that the plan raises while reading an outcome
  is handed, with the action whose outcome it was, to ``explain``, whose error is raised instead
  (a vendor plan misreading an answer: the error names the request, and a write's outcome is unknown).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator
from typing import TypeVar

__all__ = ["adrive", "drive"]

A = TypeVar("A")  # what the plan asks for
T = TypeVar("T")  # what it is told happened
R = TypeVar("R")  # what it returns

Explain = Callable[[A, Exception], BaseException]
Classes = type[BaseException] | tuple[type[BaseException], ...]


def drive(
    plan: Generator[A, T, R],
    perform: Callable[[A], T],
    *,
    thrown: Classes = (),
    unreadable: tuple[type[Exception], ...] = (),
    explain: Explain[A] | None = None,
) -> R:
    """Run ``plan`` to its end with ``perform`` doing each of its actions; returns what it returns."""
    try:
        action = next(plan)
        while True:
            try:
                outcome = perform(action)
            except thrown as error:
                action = plan.throw(error)
                continue
            try:
                action = plan.send(outcome)
            except unreadable as error:
                raise _explained(explain, action, error)  # noqa: B904 - explain chains it (or it is the error)
    except StopIteration as stop:
        result: R = stop.value
        return result
    finally:
        plan.close()  # a plan stopped by an error runs its own clean-up (its finally blocks) now


async def adrive(
    plan: Generator[A, T, R],
    perform: Callable[[A], Awaitable[T]],
    *,
    thrown: Classes = (),
    unreadable: tuple[type[Exception], ...] = (),
    explain: Explain[A] | None = None,
) -> R:
    """``drive`` for a ``perform`` that is a coroutine function."""
    try:
        action = next(plan)
        while True:
            try:
                outcome = await perform(action)
            except thrown as error:
                action = plan.throw(error)
                continue
            try:
                action = plan.send(outcome)
            except unreadable as error:
                raise _explained(explain, action, error)  # noqa: B904 - explain chains it (or it is the error)
    except StopIteration as stop:
        result: R = stop.value
        return result
    finally:
        plan.close()


def _explained(explain: Explain[A] | None, action: A, error: Exception) -> BaseException:
    return error if explain is None else explain(action, error)
