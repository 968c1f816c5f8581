"""Typing as consumers see it: ``python -m tests.typing_consumer.run`` (mypy on the built wheel)."""
