"""The API reference, made from the public names, and the build's checks on them (a MkDocs hook).

A reference page says which public names it documents with a marker on a line of its own::

    <!-- api: smsgate Client AsyncClient -->      these names of smsgate.__all__
    <!-- api: smsgate.testing -->                 the whole smsgate.testing.__all__

and the hook writes a ``::: module.Name`` block (mkdocstrings) for each. The public names are the
``__all__`` of ``PUBLIC_MODULES``, read from the source by griffe as mkdocstrings reads it. With
``mkdocs build --strict`` the build fails when a public name is on no page (or on two), a page
names one that is not public, or a public name, or a public method or property of a public class,
has no docstring: a new public name cannot be forgotten. ``python docs/_hooks/api.py`` runs the
same checks alone and prints the count.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import griffe

ROOT = Path(__file__).resolve().parents[2]
PUBLIC_MODULES = (
    "smsgate",
    "smsgate.primotexto",
    "smsgate.smspartner",
    "smsgate.messaggi",
    "smsgate.messaggi_v2",
    "smsgate.testing",
    "smsgate.sandbox",
    "smsgate.webhooks",
    "smsgate.cli",
)
# The other public modules of smsgate, and why they have no reference page: a new public module must
# be added to one of the two lists.
NOT_REFERENCED = {
    "smsgate.about": "`python -m smsgate.about`, a command (its tables are in the guides)",
    "smsgate.demo": "`nox -s demo`, a command",
    "smsgate.pytest_plugin": "the fixtures' entry point; the fixtures are smsgate.testing's, described in the guide",
}
MARKER = re.compile(r"^<!-- api: (?P<module>[\w.]+)(?P<names>(?: [\w]+)*) -->$", flags=re.M)
# Under "mkdocs", so that --strict counts the warnings and fails the build.
log = logging.getLogger("mkdocs.hooks.api")


@cache
def package() -> griffe.ModulesCollection:
    """smsgate and the generated package, loaded from the source tree, aliases resolved."""
    loader = griffe.GriffeLoader(search_paths=[str(ROOT / "overrides"), str(ROOT / "generated")])
    loader.load("smsgate")
    loader.load("_smsgate_generated")
    loader.resolve_aliases(external=False, implicit=False)
    return loader.modules_collection


def public_names() -> dict[str, list[str]]:
    """Each public module -> its ``__all__``."""
    return {module: list(package()[module].exports or ()) for module in PUBLIC_MODULES}


def _target(module: str, name: str) -> griffe.Object:
    found = package()[module][name]
    return found.final_target if isinstance(found, griffe.Alias) else found


def _members_of(obj: griffe.Object) -> Iterator[tuple[str, griffe.Object | griffe.Alias]]:
    """The public methods and properties of a class, its inherited ones included."""
    for name, member in obj.all_members.items():
        if name.startswith("_"):
            continue
        if member.is_function or (member.is_attribute and "property" in member.labels):
            yield name, member


def undocumented() -> list[str]:
    """Every public name, and public method or property of a public class, that has no docstring."""
    missing = []
    for module, names in public_names().items():
        for name in names:
            obj = _target(module, name)
            if not obj.docstring:
                missing.append(f"{module}.{name}")
            if obj.is_class:
                missing.extend(f"{module}.{name}.{member}" for member, m in _members_of(obj) if not m.docstring)
    return missing


def count_documented() -> int:
    """How many public names, methods and properties the reference documents."""
    total = 0
    for module, names in public_names().items():
        for name in names:
            obj = _target(module, name)
            total += 1 + (sum(1 for _ in _members_of(obj)) if obj.is_class else 0)
    return total


@dataclass
class Placement:
    """Where each public name is documented, from the pages' markers."""

    pages: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @classmethod
    def read(cls, docs: Path) -> Placement:
        placement = cls()
        public = public_names()
        for page in sorted(docs.rglob("*.md")):
            for marker in MARKER.finditer(page.read_text(encoding="utf-8")):
                module, names = marker["module"], marker["names"].split()
                where = page.relative_to(docs).as_posix()
                if module not in public:
                    placement.problems.append(f"{where}: {module} is not one of the public modules {PUBLIC_MODULES}")
                    continue
                for name in names or public[module]:
                    if name not in public[module]:
                        placement.problems.append(f"{where}: {module}.{name} is not in {module}.__all__")
                    placement.pages.setdefault((module, name), []).append(where)
        for module, names in public.items():
            for name in names:
                pages = placement.pages.get((module, name), [])
                if len(pages) != 1:
                    placement.problems.append(
                        f"{module}.{name} is on {len(pages)} reference pages {pages}: put it on exactly one "
                        f"(a `<!-- api: {module} ... -->` marker in docs/reference/)"
                    )
        return placement


def _module_listing(module: str, name: str, obj: griffe.Object) -> str:
    """A generated module (``operations``, ``models``, ``api``): its docstring and its names, not its code.

    Its names are what it defines or imports (an operation, a model); a package of modules only (``api``)
    lists its modules.
    """
    public = {member: value for member, value in obj.members.items() if not member.startswith("_")}
    names = sorted(member for member, value in public.items() if member != "TYPE_CHECKING" and not value.is_module)
    names = names or sorted(public)
    listed = ", ".join(f"`{member}`" for member in names)
    return f"::: {module}.{name}\n    options:\n      members: false\n\n{len(names)} names: {listed}.\n"


def expand(markdown: str) -> str:
    """The page with each marker replaced by the reference of the names it lists."""

    def blocks(marker: re.Match[str]) -> str:
        module, names = marker["module"], marker["names"].split() or public_names().get(marker["module"], [])
        parts = []
        for name in names:
            obj = _target(module, name)
            if obj.is_module:
                parts.append(_module_listing(module, name, obj))
            else:
                parts.append(f"::: {module}.{name}\n")
        return "\n".join(parts)

    return MARKER.sub(blocks, markdown)


def unlisted_modules() -> list[str]:
    """The public submodules of smsgate (no leading underscore) in neither list."""
    modules = [
        f"smsgate.{name}"
        for name, member in package()["smsgate"].members.items()
        if not member.is_alias and member.is_module
    ]
    listed = set(PUBLIC_MODULES) | set(NOT_REFERENCED)
    return sorted(module for module in modules if not module.split(".")[-1].startswith("_") and module not in listed)


def problems() -> list[str]:
    """What must fail the build, in words."""
    found = Placement.read(ROOT / "docs").problems
    found += [
        f"{module} is a public module: add it to PUBLIC_MODULES or NOT_REFERENCED" for module in unlisted_modules()
    ]
    found += [f"{name} has no docstring" for name in undocumented()]
    return found


# The MkDocs hooks.


def on_pre_build(config: Any) -> None:
    for problem in problems():
        log.warning("api reference: %s", problem)
    log.info("api reference: %d public names, methods and properties, each with a docstring", count_documented())


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    return expand(markdown) if MARKER.search(markdown) else markdown


if __name__ == "__main__":
    found = problems()
    print("\n".join(found) or f"{count_documented()} public names, methods and properties, each with a docstring")
    sys.exit(1 if found else 0)
