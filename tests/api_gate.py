"""The breaking-change gate: what the last release promised, against the working tree.

    python -m tests.api_gate check [--root DIR] [--snapshot release/api.json] [--changelog CHANGELOG.md]
    python -m tests.api_gate snapshot VERSION [--root DIR] [--output release/api.json]

``snapshot`` writes the public surface of the tree at ``--root`` (the repository by default) to
``release/api.json``: the lead runs it when cutting a release (``nox -s release_snapshot -- X.Y.Z``),
so the file is the surface of the last released version, committed, and read in a fresh clone with
no tag and no network. ``check`` (``nox -s api_gate``) collects the working tree's surface the same
way, lists every breaking change since that snapshot, and exits 1 naming each one that the
CHANGELOG's ``[Unreleased]`` section does not list under "Changed (breaking)" or "Removed". A change
is listed when its name appears there as written in the gate's message (``smsgate.Client.send``,
``smsgate campaign resume --vendor``, ``exit code 17``, ``journal schema 3``, ``messaggi:send_message``).

The surface, one flat table of names:

- Python: every name of ``__all__`` in the public modules (``smsgate``, the vendor modules,
  ``smsgate.testing``, ``smsgate.sandbox``; ``smsgate.pytest_plugin``'s public definitions), and of
  each class its public members (methods, properties, attributes, the instance attributes its
  methods set, dataclass and attrs fields, enum members with their values), with each callable's
  parameters (name, kind, default) and each class's ancestors (the place of an error in the tree).
- The CLI: every subcommand of ``smsgate.cli.build_parser()``, its options (required or not,
  their choices) and positionals, and the documented exit codes (the table of ``smsgate --help``).
- The journal schema version (``SCHEMA_VERSION`` of the module defining ``smsgate.Journal``).
- Each spec (``specs/<vendor>.openapi.yaml``): its operations, their parameters, its named
  schemas, their properties and every enum value, named ``<vendor>:<operationId>.<parameter>``,
  ``<vendor>:<Schema>.<property>=<value>``.

Breaking: a name removed (only the outermost removed name is reported), a kind changed (a class
that became a function, a function that became async), a parameter removed, moved, made
positional-only or keyword-only, made required or given another default, a new required
parameter, a class that lost an ancestor, an enum member with another value, a CLI option that
lost a choice or became required, an exit code that names another error class, another journal
schema, a spec parameter that became required. Additions are never breaking.

The collection imports the tree at ``--root`` in a child process (``overrides/`` and
``generated/`` first on its path), so it reads that tree's package whatever is installed, and an
older tree (a checkout of a release) can be snapshotted with the same code.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import dataclasses
import enum
import importlib
import inspect
import json
import os
import re
import subprocess
import sys
import textwrap
import tomllib
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = Path("release") / "api.json"
CHANGELOG = Path("CHANGELOG.md")
PUBLIC_MODULES = (
    "smsgate",
    "smsgate.primotexto",
    "smsgate.smspartner",
    "smsgate.messaggi",
    "smsgate.messaggi_v2",
    "smsgate.testing",
    "smsgate.sandbox",
    "smsgate.webhooks",
    "smsgate.pytest_plugin",
)
OUR_PACKAGES = ("smsgate", "_smsgate_generated")
# Dunder methods that are part of how a class is used (`with`, `async with`, iteration, `len`).
PROTOCOL_METHODS = frozenset(
    [
        "__enter__",
        "__exit__",
        "__aenter__",
        "__aexit__",
        "__iter__",
        "__aiter__",
        "__len__",
        "__getitem__",
        "__contains__",
        "__call__",
        "__await__",
        "__bool__",
    ]
)
LISTING_SECTIONS = ("Changed (breaking)", "Removed")
Record = dict[str, Any]
Surface = dict[str, Record]


# ---------------------------------------------------------------------------------------------
# Collection (runs in the child process, importing the tree under test)


def collect() -> Surface:
    """The public surface of the ``smsgate`` importable here: its Python names, its CLI, its journal schema."""
    surface: Surface = {}
    for module_name in PUBLIC_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            continue  # a module this version does not have
        surface[module_name] = {"kind": "module"}
        for name in _module_names(module):
            _describe(surface, f"{module_name}.{name}", getattr(module, name))
    surface.update(_cli_surface())
    journal = getattr(importlib.import_module("smsgate"), "Journal", None)
    schema = getattr(sys.modules[journal.__module__], "SCHEMA_VERSION", None) if journal else None
    if schema is not None:
        surface["journal schema"] = {"kind": "journal schema", "version": schema}
    return surface


def _module_names(module: Any) -> list[str]:
    names = getattr(module, "__all__", None)
    if names is not None:
        return sorted(names)
    return sorted(  # a module without __all__ (the pytest plugin): what it defines under a public name
        name
        for name, value in vars(module).items()
        if not name.startswith("_") and getattr(value, "__module__", None) == module.__name__
    )


def _describe(surface: Surface, path: str, value: Any) -> None:
    if inspect.ismodule(value):
        surface[path] = {"kind": "module"}
    elif inspect.isclass(value):
        _describe_class(surface, path, value)
    elif _is_fixture(value):
        surface[path] = {"kind": "fixture"}
    elif callable(value):
        surface[path] = _callable(value, drop_first=False)
    else:
        surface[path] = {"kind": "attribute"}


def _is_fixture(value: Any) -> bool:
    return type(value).__name__ == "FixtureFunctionDefinition" or hasattr(value, "_pytestfixturefunction")


def _ours(klass: type) -> bool:
    return klass.__module__.split(".")[0] in OUR_PACKAGES


def _class_name(klass: type) -> str:
    # Our classes by name only: the private module that defines one may move without breaking anyone.
    return klass.__qualname__ if _ours(klass) else f"{klass.__module__}.{klass.__qualname__}"


def _describe_class(surface: Surface, path: str, klass: type) -> None:
    # Its public ancestors: a private base class may be renamed or merged without breaking anyone.
    bases = [
        _class_name(base) for base in klass.__mro__[1:] if not base.__name__.startswith("_") and base is not object
    ]
    record: Record = {"kind": "class", "bases": bases}
    if not issubclass(klass, enum.Enum):
        with contextlib.suppress(TypeError, ValueError):  # a builtin's constructor (an exception's) has none
            record["parameters"] = _parameters(inspect.signature(klass), drop_first=False, of=klass.__init__)
    surface[path] = record
    for name in sorted(_member_names(klass)):
        surface[f"{path}.{name}"] = _member(klass, name)


def _member_names(klass: type) -> set[str]:
    ours = [base for base in klass.__mro__ if _ours(base)]
    names = {name for base in ours for name in vars(base) if not name.startswith("_") or name in PROTOCOL_METHODS}
    for base in ours:
        names.update(name for name in getattr(base, "__annotations__", {}) if not name.startswith("_"))
        names.update(_instance_attributes(base))
    if dataclasses.is_dataclass(klass):
        names.update(field.name for field in dataclasses.fields(klass) if not field.name.startswith("_"))
    if hasattr(klass, "__attrs_attrs__"):
        names.update(field.name for field in klass.__attrs_attrs__ if not field.name.startswith("_"))
    return names


def _instance_attributes(klass: type) -> set[str]:
    """The public ``self.name = ...`` its methods set (an error's ``vendor``, ``retry_after``...)."""
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(klass)))
    except (OSError, TypeError, SyntaxError):
        return set()
    found = set()
    for node in ast.walk(tree):
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        for target in targets:
            if (
                isinstance(target, ast.Attribute)
                and isinstance(target.value, ast.Name)
                and target.value.id == "self"
                and not target.attr.startswith("_")
            ):
                found.add(target.attr)
    return found


def _member(klass: type, name: str) -> Record:
    try:
        raw = inspect.getattr_static(klass, name)
    except AttributeError:
        return {"kind": "attribute"}  # an annotation, a field without default, an instance attribute
    if isinstance(raw, enum.Enum):
        return {"kind": "enum member", "value": _literal(raw.value)}
    if isinstance(raw, staticmethod):
        return _callable(raw.__func__, drop_first=False)
    if isinstance(raw, classmethod):
        return _callable(raw.__func__, drop_first=True)
    if inspect.isfunction(raw):
        return _callable(raw, drop_first=True)
    if inspect.isclass(raw):
        return {"kind": "class"}
    return {"kind": "attribute"}  # a property, a slot, a plain value: read the same way


def _callable(function: Callable[..., Any], *, drop_first: bool) -> Record:
    kind = (
        "async function"
        if inspect.iscoroutinefunction(function) or inspect.isasyncgenfunction(function)
        else "function"
    )
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError):
        return {"kind": kind}
    return {"kind": kind, "parameters": _parameters(signature, drop_first=drop_first, of=function)}


def _parameters(signature: inspect.Signature, *, drop_first: bool, of: Any) -> list[list[Any]]:
    """``[name, kind, default]`` each; default is None when the parameter has none.

    ``**options: Unpack[SendKwargs]`` counts as the TypedDict's keys, keyword-only: a key removed
    from it is a parameter removed from every function that takes it.
    """
    found = []
    for p in list(signature.parameters.values())[1 if drop_first else 0 :]:
        keys = _unpacked(p, of) if p.kind is inspect.Parameter.VAR_KEYWORD else None
        if keys is None:
            found.append([p.name, p.kind.name, None if p.default is inspect.Parameter.empty else _literal(p.default)])
        else:
            found += [[key, "KEYWORD_ONLY", None if required else "<optional>"] for key, required in keys.items()]
    return found


def _unpacked(parameter: inspect.Parameter, function: Any) -> dict[str, bool] | None:
    """``{key: required}`` of the TypedDict in ``**name: Unpack[TypedDict]``, or None."""
    annotation = parameter.annotation
    if isinstance(annotation, str):
        named = re.fullmatch(r"(?:typing\.|typing_extensions\.)?Unpack\[(\w+)\]", annotation.replace(" ", ""))
        annotation = getattr(function, "__globals__", {}).get(named.group(1)) if named else None
    elif getattr(annotation, "__origin__", None) is not None and getattr(annotation, "__args__", None):
        annotation = annotation.__args__[0]
    keys = getattr(annotation, "__annotations__", None)
    if not isinstance(annotation, type) or not hasattr(annotation, "__required_keys__") or keys is None:
        return None
    return {key: key in annotation.__required_keys__ for key in keys}


def _literal(value: Any) -> str:
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    if value is None or isinstance(value, (bool, int, float, str, bytes, Decimal)):
        return repr(value)
    if isinstance(value, (tuple, frozenset)) and all(isinstance(item, (bool, int, float, str)) for item in value):
        return repr(sorted(value, key=repr) if isinstance(value, frozenset) else value)
    return "<object>"  # an object has no stable text: only "has a default" is compared


def _cli_surface() -> Surface:
    from smsgate.cli import build_parser  # the console script's parser, as `smsgate --help` shows it

    parser = build_parser()
    surface: Surface = {}
    _walk_parser(surface, "smsgate", parser)
    lines = iter((parser.epilog or "").splitlines())
    for line in lines:  # the documented table: "  3  AuthenticationError  the API key is ..."
        if line.strip() == "exit codes:":
            break
    for line in lines:
        row = re.match(r"\s*(\d+)\s+(\S+)", line)
        if not row:
            break
        name = row.group(2) if re.fullmatch(r"[A-Z][A-Za-z0-9]+", row.group(2)) else ""
        surface[f"exit code {row.group(1)}"] = {"kind": "exit code", "error class": name}
    return surface


def _walk_parser(surface: Surface, command: str, parser: argparse.ArgumentParser) -> None:
    positionals = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, subparser in action.choices.items():
                _walk_parser(surface, f"{command} {name}", subparser)
        elif action.option_strings:
            for option in action.option_strings:
                record: Record = {"kind": "option", "required": action.required}
                if action.choices is not None:
                    record["choices"] = sorted(str(choice) for choice in action.choices)
                surface[f"{command} {option}"] = record
        else:
            positionals.append([action.dest, str(action.nargs)])
    surface[command] = {"kind": "command", "positionals": positionals}


def collect_specs(root: Path) -> Surface:
    """Every operation, parameter, named schema, property and enum value of ``root/specs``."""
    import yaml  # a maintainer's dependency (the generate group), not smsgate's

    surface: Surface = {}
    for path in sorted((root / "specs").glob("*.openapi.yaml")):
        vendor = path.name.removesuffix(".openapi.yaml")
        spec = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        for name, schema in (spec.get("components", {}).get("schemas") or {}).items():
            surface[f"{vendor}:{name}"] = {"kind": "schema"}
            _walk_schema(surface, f"{vendor}:{name}", schema)
        for route, item, method, operation in _operations(spec):
            where = f"{vendor}:{operation.get('operationId') or f'{method.upper()} {route}'}"
            surface[where] = {"kind": "operation", "route": f"{method.upper()} {route}"}
            for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
                parameter = _resolve(spec, parameter)
                at = f"{where}.{parameter['name']}"
                surface[at] = {"kind": "parameter", "in": parameter["in"], "required": bool(parameter.get("required"))}
                _walk_schema(surface, at, parameter.get("schema", {}))
            body = _resolve(spec, operation.get("requestBody", {}))
            for media in (body.get("content") or {}).values():
                _walk_schema(surface, f"{where}.body", media.get("schema", {}))
            for status, answer in (operation.get("responses") or {}).items():
                for media in (_resolve(spec, answer).get("content") or {}).values():
                    _walk_schema(surface, f"{where}.{status}", media.get("schema", {}))
    return surface


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], str, dict[str, Any]]]:
    for section in ("paths", "webhooks"):
        for route, item in (spec.get(section) or {}).items():
            for method, operation in item.items():
                if method in ("get", "put", "post", "delete", "patch", "head", "options", "trace"):
                    yield route, item, method, operation


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _walk_schema(surface: Surface, at: str, schema: Any) -> None:
    """Properties (``at.name``) and enum values (``at=value``) of an inline schema; a $ref is named elsewhere."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return
    for value in schema.get("enum") or []:
        surface[f"{at}={value}"] = {"kind": "enum value"}
    if "const" in schema:
        surface[f"{at}={schema['const']}"] = {"kind": "enum value"}
    for name, sub in (schema.get("properties") or {}).items():
        surface[f"{at}.{name}"] = {"kind": "property"}
        _walk_schema(surface, f"{at}.{name}", sub)
    if isinstance(schema.get("items"), dict):
        _walk_schema(surface, f"{at}[]", schema["items"])
    if isinstance(schema.get("additionalProperties"), dict):
        _walk_schema(surface, f"{at}{{}}", schema["additionalProperties"])
    for keyword in ("allOf", "oneOf", "anyOf"):
        for sub in schema.get(keyword) or []:
            _walk_schema(surface, at, sub)


def surface_of(root: Path) -> Surface:
    """The whole surface of the tree at ``root``: its package, imported in a child process, and its specs."""
    # Before any inherited entry (the test suite's network guard stays, after them).
    path = os.pathsep.join(
        filter(None, [str(root / "overrides"), str(root / "generated"), str(ROOT), os.environ.get("PYTHONPATH")])
    )
    environment = {**os.environ, "PYTHONPATH": path, "PYTHONDONTWRITEBYTECODE": "1"}
    ran = subprocess.run(
        [sys.executable, "-m", "tests.api_gate", "collect"],
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        check=False,
    )
    if ran.returncode != 0:
        raise SystemExit(f"api gate: could not read the package of {root}:\n{ran.stderr}")
    surface: Surface = json.loads(ran.stdout)
    surface.update(collect_specs(root))
    return surface


# ---------------------------------------------------------------------------------------------
# Comparison


def breaking_changes(old: Surface, new: Surface) -> dict[str, list[str]]:
    """``{name: [what changed, ...]}`` for every breaking change from ``old`` to ``new``."""
    found: dict[str, list[str]] = {}
    for name, before in old.items():
        after = new.get(name)
        if after is None:
            if _parent(name) in old and _parent(name) not in new:
                continue  # reported with its parent
            found[name] = [f"{before['kind']} removed"]
            continue
        problems = _compare(before, after)
        if problems:
            found[name] = problems
    return found


def _parent(name: str) -> str | None:
    if "=" in name:
        return name.rsplit("=", 1)[0]
    if name.startswith("smsgate ") or name.startswith("exit code") or name == "journal schema":
        return name.rsplit(" ", 1)[0] if name.startswith("smsgate ") else None
    if ":" in name:
        vendor, rest = name.split(":", 1)
        return f"{vendor}:{rest.rsplit('.', 1)[0]}" if "." in rest else None
    return name.rsplit(".", 1)[0] if "." in name else None


def _compare(before: Record, after: Record) -> list[str]:
    kinds = {before["kind"], after["kind"]}
    if len(kinds) > 1:
        return [f"was {_a(before['kind'])}, is now {_a(after['kind'])}"]
    problems: list[str] = []
    if "parameters" in before and "parameters" in after:
        problems += _parameter_changes(before["parameters"], after["parameters"])
    lost = [base for base in before.get("bases", []) if base not in after.get("bases", [])]
    problems += [f"is no longer a subclass of {base}" for base in lost]
    if before.get("value") != after.get("value"):
        problems.append(f"value {before.get('value')} is now {after.get('value')}")
    if before.get("required") is False and after.get("required"):
        problems.append("is now required")
    lost_choices = [choice for choice in before.get("choices", []) if choice not in after.get("choices", [])]
    if lost_choices and "choices" in after:
        problems.append(f"no longer takes {', '.join(lost_choices)}")
    if "positionals" in before:
        problems += _positional_changes(before["positionals"], after.get("positionals", []))
    if before.get("error class") != after.get("error class"):
        problems.append(
            f"meant {before.get('error class') or 'no error class'}, now {after.get('error class') or 'none'}"
        )
    if before.get("version") != after.get("version"):
        problems.append(f"version {before.get('version')} is now {after.get('version')}")
    return problems


def _a(kind: str) -> str:
    return f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}"


OPTIONAL_NARGS = ("?", "*")  # argparse: a positional that may be left out


def _positional_changes(before: list[list[str]], after: list[list[str]]) -> list[str]:
    old, new = dict(before), dict(after)
    problems = [f"positional {name} removed" for name in old if name not in new]
    problems += [
        f"positional {name} is now required"
        for name, nargs in new.items()
        if nargs not in OPTIONAL_NARGS and old.get(name, "?") in OPTIONAL_NARGS
    ]
    return problems


POSITIONAL = ("POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD")
# Defaults with no comparable text: an object, or a TypedDict key that may be left out.
UNKNOWN_DEFAULTS = ("<object>", "<optional>")
KEYWORD = ("POSITIONAL_OR_KEYWORD", "KEYWORD_ONLY")


def _parameter_changes(before: list[list[Any]], after: list[list[Any]]) -> list[str]:
    new = {name: (kind, default) for name, kind, default in after}
    new_positions = [name for name, kind, _ in after if kind in POSITIONAL]
    old_positions = [name for name, kind, _ in before if kind in POSITIONAL]
    problems = []
    for name, kind, default in before:
        if kind in ("VAR_POSITIONAL", "VAR_KEYWORD"):
            if not any(other_kind == kind for _, other_kind, _ in after):
                problems.append(f"no longer takes {'*args' if kind == 'VAR_POSITIONAL' else '**kwargs'}")
            continue
        if name not in new:
            problems.append(f"parameter {name} removed")
            continue
        new_kind, new_default = new[name]
        if kind in POSITIONAL and new_kind not in POSITIONAL:
            problems.append(f"parameter {name} is now keyword-only")
        elif kind in KEYWORD and new_kind not in KEYWORD:
            problems.append(f"parameter {name} is now positional-only")
        elif kind in POSITIONAL and old_positions.index(name) != new_positions.index(name):
            problems.append(f"parameter {name} moved from position {old_positions.index(name) + 1}")
        if default is not None and new_default is None:
            problems.append(f"parameter {name} is now required")
        elif default != new_default and default not in UNKNOWN_DEFAULTS and new_default not in UNKNOWN_DEFAULTS:
            problems.append(f"parameter {name} defaults to {new_default} (was {default})")
    old_names = {name for name, _, _ in before}
    problems += [
        f"new required parameter {name}"
        for name, kind, default in after
        if name not in old_names and default is None and kind not in ("VAR_POSITIONAL", "VAR_KEYWORD")
    ]
    return problems


# ---------------------------------------------------------------------------------------------
# The CHANGELOG


def listed_text(changelog: str) -> str:
    """The "Changed (breaking)" and "Removed" subsections of ``## [Unreleased]``, joined."""
    unreleased = re.search(r"^## \[Unreleased\][^\n]*\n(.*?)(?=^## |\Z)", changelog, re.MULTILINE | re.DOTALL)
    if not unreleased:
        return ""
    parts = re.split(r"^### +(.+?)\s*$", unreleased.group(1), flags=re.MULTILINE)
    return "\n".join(
        body for title, body in zip(parts[1::2], parts[2::2], strict=True) if title.strip() in LISTING_SECTIONS
    )


def is_listed(name: str, text: str) -> bool:
    return re.search(rf"(?<![\w.:-]){re.escape(name)}(?![\w-]|[.=:][\w])", text) is not None


# ---------------------------------------------------------------------------------------------
# Commands


def check(root: Path, snapshot: Path, changelog: Path, surface: Surface | None = None) -> int:
    """Exit status 1, each unlisted change said on stderr, when a breaking change is not in the CHANGELOG.

    ``surface`` is the tree's, when already collected (``surface_of(root)`` otherwise).
    """
    if not snapshot.exists():
        print(
            f"api gate: no snapshot of the last release at {snapshot} (`nox -s release -- X.Y.Z` writes it)",
            file=sys.stderr,
        )
        return 1
    released = json.loads(snapshot.read_text(encoding="utf-8"))
    changes = breaking_changes(released["surface"], surface_of(root) if surface is None else surface)
    listed = listed_text(changelog.read_text(encoding="utf-8"))
    unlisted = {name: problems for name, problems in changes.items() if not is_listed(name, listed)}
    where = f'{changelog.name}\'s [Unreleased] section, under "Changed (breaking)" or "Removed"'
    for name, problems in sorted(unlisted.items()):
        print(f"api gate: {name}: {'; '.join(problems)} (not listed in {where})", file=sys.stderr)
    version = released["version"]
    if unlisted:
        print(
            f"api gate: {len(unlisted)} breaking change(s) since {version} not in the CHANGELOG: list each name "
            f"above in {where}, or undo the change",
            file=sys.stderr,
        )
        return 1
    print(f"api gate: {len(changes)} breaking change(s) since {version}, each listed in {changelog.name}")
    return 0


def write_snapshot(root: Path, version: str, output: Path) -> None:
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    if project != version:
        raise SystemExit(f"api gate: pyproject.toml says version {project}, not {version}: bump it first")
    surface = surface_of(root)
    lines = ",\n".join(
        f"    {json.dumps(name)}: {json.dumps(surface[name], ensure_ascii=False)}" for name in sorted(surface)
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(
        f'{{\n  "version": {json.dumps(version)},\n  "surface": {{\n{lines}\n  }}\n}}\n', encoding="utf-8"
    )
    print(f"api gate: {output} holds the surface of {version} ({len(surface)} names)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.api_gate", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("collect", help="print the package's surface as JSON (the child process)")
    check_parser = commands.add_parser("check", help="fail on a breaking change the CHANGELOG does not list")
    check_parser.add_argument("--root", type=Path, default=ROOT)
    check_parser.add_argument("--snapshot", type=Path, default=ROOT / SNAPSHOT)
    check_parser.add_argument("--changelog", type=Path, default=ROOT / CHANGELOG)
    snapshot_parser = commands.add_parser("snapshot", help="write the surface of a release")
    snapshot_parser.add_argument("version")
    snapshot_parser.add_argument("--root", type=Path, default=ROOT)
    snapshot_parser.add_argument("--output", type=Path, default=ROOT / SNAPSHOT)
    args = parser.parse_args(argv)
    if args.command == "collect":
        json.dump(collect(), sys.stdout)
        return 0
    if args.command == "check":
        return check(args.root, args.snapshot, args.changelog)
    write_snapshot(args.root, args.version, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
