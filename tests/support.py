"""Test helpers: the vendor specs as the generator loads them, and their generated modules."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from types import ModuleType

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
