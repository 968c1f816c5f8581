"""The provenance stamp written beside the generated tree, and the comparison the drift check prints."""

from __future__ import annotations

import hashlib
import json
from importlib.metadata import version
from pathlib import Path
from typing import Any

from . import CONFIG_DIR, GENERATOR_DIR, REPO_ROOT, SPECS_DIR

STAMP_NAME = "provenance.json"
TOOLS = ("openapi-python-client", "datamodel-code-generator", "ruff")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def input_files(specs_dir: Path = SPECS_DIR) -> list[Path]:
    """Everything whose change can change the output: specs, configs and the generator itself."""
    files = [p for p in specs_dir.iterdir() if p.suffix in (".yaml", ".json")]
    files += [p for p in CONFIG_DIR.iterdir() if p.is_file()]
    files += GENERATOR_DIR.glob("*.py")
    return sorted(files)


def _display(path: Path) -> str:
    return path.relative_to(REPO_ROOT).as_posix() if path.is_relative_to(REPO_ROOT) else path.name


def make_stamp(output_root: Path, specs_dir: Path = SPECS_DIR) -> dict[str, Any]:
    outputs = sorted(p for p in output_root.rglob("*") if p.is_file() and p.name != STAMP_NAME)
    return {
        "comment": "Written by `python -m generator`; do not edit. The drift check compares it.",
        "tools": {tool: version(tool) for tool in TOOLS},
        "inputs": {_display(p): sha256(p) for p in input_files(specs_dir)},
        "outputs": {p.relative_to(output_root).as_posix(): sha256(p) for p in outputs},
    }


def write_stamp(output_root: Path, specs_dir: Path = SPECS_DIR) -> dict[str, Any]:
    stamp = make_stamp(output_root, specs_dir)
    (output_root / STAMP_NAME).write_text(json.dumps(stamp, indent=2) + "\n", encoding="utf-8")
    return stamp


def read_stamp(output_root: Path) -> dict[str, Any] | None:
    try:
        loaded: dict[str, Any] = json.loads((output_root / STAMP_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return loaded


def explain_drift(committed: dict[str, Any] | None, fresh: dict[str, Any]) -> list[str]:
    """Which inputs or tools differ between the committed stamp and a fresh one."""
    if committed is None:
        return [f"generated/{STAMP_NAME} is missing or unreadable: run `nox -s generate`"]
    reasons = []
    for tool, fresh_version in fresh["tools"].items():
        old = committed.get("tools", {}).get(tool)
        if old != fresh_version:
            reasons.append(f"tool {tool}: {old} -> {fresh_version}")
    old_inputs: dict[str, str] = committed.get("inputs", {})
    for name, digest in fresh["inputs"].items():
        if name not in old_inputs:
            reasons.append(f"input added: {name}")
        elif old_inputs[name] != digest:
            reasons.append(f"input changed: {name}")
    reasons += [f"input removed: {name}" for name in old_inputs if name not in fresh["inputs"]]
    return reasons
