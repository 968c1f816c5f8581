"""The arguments of ``call()`` checked against the generated operation's own signature.

The generated ``_get_kwargs`` turns whatever it is given into URL text (``quote(str(x))``): a
``None`` path argument would become ``DELETE /messages/None``. Before a request is built, every
argument is checked against the type the generated signature declares (str, int, bool, an enum,
a request model, ``Unset``, a list of these), so garbage is refused with ``InvalidArgumentError``.
A whole number is accepted where a string is declared, as its decimal text.
"""

from __future__ import annotations

import enum
import inspect
import math
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any

from .._base.encoding import check_identifier
from .._base.errors import InvalidArgumentError, InvalidRequestError

Check = Callable[[Any], bool]


def _is_str(value: Any) -> bool:
    return isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool))


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_float(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _checker(annotation: Any) -> tuple[Check, str]:
    """A predicate for one declared type, and the type's name for the error message."""
    if annotation is inspect.Parameter.empty or annotation is Any:
        return (lambda value: True), "anything"
    if annotation is None or annotation is type(None):
        return (lambda value: value is None), "None"
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        members = [_checker(member) for member in typing.get_args(annotation)]
        checks = tuple(check for check, _ in members)

        def any_member(value: Any) -> bool:
            for check in checks:  # noqa: SIM110 - a loop, not any(<generator>): this runs on every call()
                if check(value):
                    return True
            return False

        return any_member, " or ".join(name for _, name in members)
    if origin in (list, tuple):
        (item_check, item_name), *_ = [_checker(arg) for arg in typing.get_args(annotation)] or [_checker(Any)]
        return (lambda value: isinstance(value, list | tuple) and all(item_check(item) for item in value)), (
            f"a list of {item_name}"
        )
    if origin is dict:
        return (lambda value: isinstance(value, dict)), "a dict"
    simple: dict[Any, tuple[Check, str]] = {
        str: (_is_str, "str"),
        int: (_is_int, "int"),
        float: (_is_float, "a finite number"),
        bool: (lambda value: isinstance(value, bool), "bool"),
    }
    if annotation in simple:
        return simple[annotation]
    if isinstance(annotation, type):
        if issubclass(annotation, enum.Enum):
            values = ", ".join(repr(member.value) for member in annotation)
            return (lambda value: isinstance(value, annotation)), f"{annotation.__name__} (one of {values})"
        return (lambda value: isinstance(value, annotation)), annotation.__name__
    return (lambda value: True), "anything"


@cache
def _signature(function: Callable[..., Any]) -> tuple[inspect.Signature, dict[str, tuple[Check, str]], frozenset[str]]:
    signature = inspect.signature(function)
    hints = typing.get_type_hints(function)
    checks = {name: _checker(hints.get(name, parameter.annotation)) for name, parameter in signature.parameters.items()}
    # Path parameters are the generated function's positional parameters (query and body are keyword-only).
    path = frozenset(
        name for name, parameter in signature.parameters.items() if parameter.kind is parameter.POSITIONAL_OR_KEYWORD
    )
    return signature, checks, path


def check_arguments(
    function: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any], *, operation: str, vendor: str
) -> None:
    """Raise InvalidArgumentError unless ``args``/``kwargs`` fit ``function``'s declared parameters."""
    signature, checks, path = _signature(function)
    try:
        bound = signature.bind(*args, **kwargs)
    except TypeError as error:
        raise InvalidArgumentError(f"{operation}: {error}", vendor=vendor) from None
    for name, value in bound.arguments.items():
        check, expected = checks[name]
        if not check(value):
            raise InvalidArgumentError(
                f"{operation}: {name} must be {expected}, not {type(value).__name__}", vendor=vendor
            )
        if name in path and not isinstance(value, enum.Enum):
            check_identifier(value, name=name, vendor=vendor)
        elif isinstance(value, str) and not value.strip():
            raise InvalidArgumentError(f"{operation}: {name} is blank", vendor=vendor)


# The JSON Schema keywords an ``x-smsgate-query-schema`` may use (the generator refuses others):
# enough for "exactly one of", "at least one of" and "not both", read here without jsonschema,
# which only the sandbox extra installs.
QUERY_RULE_KEYWORDS = frozenset({"required", "oneOf", "anyOf", "allOf", "not", "description"})


def query_rule_holds(rule: dict[str, Any], query: dict[str, Any]) -> bool:
    """Whether the query parameters (wire name -> value, unset ones absent) satisfy the operation's rule."""
    holds = all(name in query for name in rule.get("required", []))
    holds = holds and all(query_rule_holds(member, query) for member in rule.get("allOf", []))
    if "anyOf" in rule:
        holds = holds and any(query_rule_holds(member, query) for member in rule["anyOf"])
    if "oneOf" in rule:
        holds = holds and sum(query_rule_holds(member, query) for member in rule["oneOf"]) == 1
    if "not" in rule:
        holds = holds and not query_rule_holds(rule["not"], query)
    return holds


def check_query_rule(rule: dict[str, Any] | None, query: Any, *, operation: str, vendor: str) -> None:
    """InvalidRequestError, before any request, when the query breaks the operation's ``x-smsgate-query-schema``
    (a vendor's documented rule, kept in its spec)."""
    if rule is None:
        return
    given = dict(query) if isinstance(query, dict) else {}
    if not query_rule_holds(rule, given):
        what = rule.get("description", "the combination of query parameters the spec allows")
        passed = ", ".join(sorted(given)) or "none"
        raise InvalidRequestError(f"{operation}: needs {what} (given: {passed})", vendor=vendor)
