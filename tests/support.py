"""Test helpers: the vendor specs as the generator loads them, and their generated modules."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from types import ModuleType
from typing import Any

from smsgate._core.arguments import query_rule_holds

from generator.specs import Operation, Spec, load_specs


@cache
def all_specs() -> tuple[Spec, ...]:
    return tuple(load_specs())


def spec_by_vendor(vendor: str) -> Spec:
    return next(spec for spec in all_specs() if spec.vendor == vendor)


@cache
def operation_modules(vendor: str) -> dict[str, ModuleType]:
    """operationId -> the generated endpoint module of that operation."""
    api = importlib.import_module(f"_smsgate_generated.{vendor}.api")
    modules = {}
    for info in pkgutil.walk_packages(api.__path__, prefix=f"{api.__name__}."):
        if not info.ispkg:
            modules[info.name.rsplit(".", 1)[1]] = importlib.import_module(info.name)
    return modules


def all_operations() -> list[tuple[Spec, Operation]]:
    return [(spec, operation) for spec in all_specs() for operation in spec.operations()]


def operation_id(param: object) -> str:
    if isinstance(param, tuple) and len(param) == 2 and isinstance(param[1], Operation):
        return f"{param[0].vendor}.{param[1].operation_id}"
    return str(param)


def left_out_by_query_rule(operation: Operation, query: dict[str, Any]) -> set[str]:
    """The query parameters (wire names) to leave out of a call that fills every parameter, so that
    the operation's ``x-smsgate-query-schema`` holds: the last ones first (Primotexto's status keeps
    ``snapshotId`` and drops ``identifier``)."""
    rule = operation.operation.get("x-smsgate-query-schema")
    if rule is None or query_rule_holds(rule, query):
        return set()
    for name in reversed(list(query)):
        if query_rule_holds(rule, {key: value for key, value in query.items() if key != name}):
            return {name}
    raise AssertionError(f"{operation.where}: no single parameter left out satisfies x-smsgate-query-schema")
