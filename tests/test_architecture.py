"""The package's shape: no import cycles, layers that only look down, modules small enough to read.

Imports are read from the source (module level and inside functions alike, since a deferred
import is still a cycle a reader has to untangle), so these tests need no model and run in a
second.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "extract"
MAX_LINES = 500

# Which packages a layer may import from (besides the leaf modules errors, types, paths,
# extensions, resources): the data flows readers -> rules -> components -> pipeline ->
# tables -> batch / evaluation / resolve -> cli.
FORBIDDEN = {
    "extract.rules": ("extract.components", "extract.pipeline", "extract.tables", "extract.batch",
                      "extract.evaluation", "extract.resolve", "extract.readers",
                      "extract.train", "extract.cli", "extract.analysis", "extract.show"),
    "extract.readers": ("extract.rules", "extract.components", "extract.pipeline",
                        "extract.tables", "extract.batch", "extract.evaluation",
                        "extract.resolve"),
    "extract.components": ("extract.pipeline", "extract.tables", "extract.batch",
                           "extract.evaluation", "extract.resolve", "extract.cli"),
    "extract.tables": ("extract.pipeline", "extract.batch", "extract.evaluation",
                       "extract.resolve", "extract.cli"),
    "extract.resolve": ("extract.evaluation", "extract.batch", "extract.cli"),
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _package_of(name: str) -> str:
    path = MODULES[name]
    return name if path.name == "__init__.py" else name.rpartition(".")[0]


def _imports(name: str) -> set[str]:
    """The package's own modules that ``name`` imports (a name imported from a package counts
    as its submodule when there is one, else as the package's ``__init__``)."""
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = _package_of(name).split(".")
                base = base[:len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            targets = [f"{module}.{alias.name}" if f"{module}.{alias.name}" in MODULES else module
                       for alias in node.names]
        else:
            continue
        found.update(t for t in targets if t in MODULES and t != name)
    return found


GRAPH = {name: _imports(name) for name in MODULES}


def _cycles() -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in GRAPH[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in GRAPH:
        if v not in index:
            visit(v)
    return found


def test_the_import_graph_is_read_from_the_source():
    # The checker itself: it sees the package's modules and their real imports.
    assert "extract.pipeline" in MODULES and "extract.components.dates" in MODULES
    assert "extract.rules.dates" in GRAPH["extract.components.dates"]


def test_no_import_cycles():
    assert _cycles() == []


def test_the_checker_finds_a_cycle(monkeypatch):
    monkeypatch.setitem(GRAPH, "extract.rules.dates", GRAPH["extract.rules.dates"]
                        | {"extract.components.dates"})
    assert ["extract.components.dates", "extract.rules.dates"] in _cycles()


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layers_only_import_downwards(layer):
    wrong = sorted(f"{name} -> {target}" for name, targets in GRAPH.items()
                   if name == layer or name.startswith(layer + ".")
                   for target in targets
                   if any(target == f or target.startswith(f + ".") for f in FORBIDDEN[layer]))
    assert wrong == []


def test_no_module_over_500_lines():
    long = {name: n for name, path in MODULES.items()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


@pytest.mark.parametrize("first", ["extract.rules.actions", "extract.tables",
                                   "extract.evaluation", "extract.resolve", "extract.batch.run",
                                   "extract.components.structure", "extract.cli"])
def test_each_part_imports_first_in_a_fresh_interpreter(first):
    # A cycle that only bites in one import order shows up as an ImportError here.
    code = f"import {first}; import extract; print('ok')"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=PACKAGE.parent, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
