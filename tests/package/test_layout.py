"""The package's layout is its architecture: groups by concern, layered, with no import cycle.

Read from the source (every import, the lazy ones inside functions included), so that a cycle or a
reach into another group's private names fails here, not in a user's traceback.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import smsgate

PACKAGE = Path(smsgate.__file__).resolve().parent

# Each group and the groups it may import, lowest first. A public module (``smsgate.cli``,
# ``smsgate.testing``...) sits above them all; ``_client`` is the facade the campaigns stand on.
GROUPS: dict[str, frozenset[str]] = {
    "_base": frozenset(),
    "_text": frozenset({"_base"}),
    "_core": frozenset({"_base"}),
    "_vendors": frozenset({"_base", "_text", "_core"}),
    "_client": frozenset({"_base", "_text", "_core", "_vendors"}),
    "_campaigns": frozenset({"_base", "_text", "_core", "_vendors", "_client", "_webhooks"}),
    "_cli": frozenset({"_base", "_text", "_core", "_vendors", "_client", "_campaigns", "_webhooks"}),
    "sandbox": frozenset({"_base", "_text"}),
    "_webhooks": frozenset({"_base", "_text"}),
}
PUBLIC = "(public)"  # the package root and its public modules, which may import any group


@dataclass(frozen=True)
class Import:
    importer: str  # dotted module name
    target: str  # the module imported (or whose names are)
    names: tuple[str, ...]  # names taken from it ("*" for a plain ``import``)
    line: int
    type_only: bool  # under ``if TYPE_CHECKING:``: a type's name, no import at run time


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in PACKAGE.rglob("*.py")}


def imports_of(module: str) -> Iterator[Import]:
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    type_only_lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            type_only_lines |= {n.lineno for stmt in node.body for n in ast.walk(stmt) if hasattr(n, "lineno")}
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            for alias in node.names:  # ``from . import journal`` imports a module, not a name
                submodule = f"{target}.{alias.name}"
                if submodule in MODULES:
                    yield Import(module, submodule, ("*",), node.lineno, node.lineno in type_only_lines)
                elif target in MODULES:
                    yield Import(module, target, (alias.name,), node.lineno, node.lineno in type_only_lines)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in MODULES:
                    yield Import(module, alias.name, ("*",), node.lineno, node.lineno in type_only_lines)
        elif isinstance(node, ast.Call) and ast.unparse(node.func).endswith("import_module") and node.args:
            # importlib.import_module(f".{name}", __name__): the package's lazy names, read from its table
            yield from lazy_imports(module, tree, node.lineno)


def lazy_imports(module: str, tree: ast.Module, line: int) -> Iterator[Import]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("_"):
            target = f"{module}.{node.value}"
            if target in MODULES:
                yield Import(module, target, ("*",), line, False)


IMPORTS = [imp for module in MODULES for imp in imports_of(module)]


def group_of(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1 or parts[1] not in GROUPS:
        return PUBLIC
    return parts[1]


def runtime_graph() -> dict[str, set[str]]:
    """Module -> modules it imports when it runs (a submodule's import of its parent package,
    implied by Python, is left out: it is how packages work, not a dependency)."""
    graph: dict[str, set[str]] = {module: set() for module in MODULES}
    for imp in IMPORTS:
        if not imp.type_only and imp.target != imp.importer:
            graph[imp.importer].add(imp.target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_module_imports_itself_back_lazy_imports_included() -> None:
    assert cycles(runtime_graph()) == []


def test_the_cycle_finder_finds_a_cycle_through_a_lazy_import() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_reader_sees_lazy_imports() -> None:
    lazy = [imp for imp in IMPORTS if imp.importer == "smsgate._core.response" and imp.target == "smsgate._core.xml"]
    assert lazy, "the XML parser is imported inside a function: the reader must see it"
    root = {imp.target for imp in IMPORTS if imp.importer == "smsgate"}
    assert "smsgate._campaigns.bulk" in root, "the package's lazy table (importlib) must be read"


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_a_group_imports_only_the_groups_below_it(group: str) -> None:
    reaching_up = sorted(
        f"{imp.importer}:{imp.line} imports {imp.target}"
        for imp in IMPORTS
        if group_of(imp.importer) == group
        and group_of(imp.target) not in {group, *GROUPS[group]}
        and imp.target != "smsgate"  # a submodule's own package root (its __version__)
    )
    assert reaching_up == []


def test_no_private_name_is_used_across_groups() -> None:
    """Inside a group, a module's ``_name`` is the group's business; another group takes only what
    the module offers (a name without a leading underscore)."""
    private = sorted(
        f"{imp.importer}:{imp.line} takes {imp.target}.{name}"
        for imp in IMPORTS
        for name in imp.names
        if name.startswith("_") and not name.startswith("__") and group_of(imp.importer) != group_of(imp.target)
    )
    assert private == []


def test_every_module_belongs_to_a_group_or_is_public() -> None:
    strays = sorted(
        module
        for module in MODULES
        if group_of(module) == PUBLIC and module.rpartition(".")[2].startswith("_") and "__" not in module
    )
    assert strays == [], "a new private module goes into a group"


# The test folders: one per group of the package (``client`` for the facade and the vendors' plans
# through it), ``specs`` for the specs and the generator, ``package`` for what ships (the public
# surface, this layout, the documentation, the release), ``fuzz`` for the fuzzing harness.
TEST_GROUPS = {"text", "core", "client", "campaigns", "cli", "sandbox", "webhooks", "specs", "package", "fuzz"}


def test_the_tests_are_split_as_the_package_is() -> None:
    tests = Path(__file__).resolve().parents[1]
    assert sorted(path.name for path in tests.glob("test_*.py")) == [], "a test file goes into its group's folder"
    assert {path.parent.name for path in tests.rglob("test_*.py")} <= TEST_GROUPS
