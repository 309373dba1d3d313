"""The house: imports flow one way, from the command line down to the errors, with no circles.

The graph is read from the source with `ast` (every import, top-level or inside a
function), so a lazy import that climbs a layer is caught as surely as a top-level one.
Layers, bottom to top: errors/schema < rules < the steps of extraction, one package each, in the
order the data flows (read < repair < split < find < classify < context < metrics < tables) < run
(the pipeline of one document, the runner of many) < check (it runs the pipeline on the rules'
examples) < publish < api, text, evaluate, explain < cli, docs (the README generator) < __main__.
A module may import its own layer's package and anything below: a step sees only the steps before it.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

STATS = Path(__file__).resolve().parent.parent / "stats"

LAYERS: dict[str, int] = {
    "stats": 0, "stats.errors": 0, "stats.schema": 0,
    "stats.rules": 1,
    "stats.read": 2, "stats.repair": 3, "stats.split": 4, "stats.find": 5,
    "stats.classify": 6, "stats.context": 7, "stats.metrics": 8, "stats.tables": 9,
    "stats.run": 10, "stats.check": 11,
    "stats.publish": 12,
    "stats.api": 13, "stats.text": 13, "stats.evaluate": 13, "stats.explain": 13,
    "stats.cli": 14, "stats.docs": 14,
    "stats.__main__": 15,
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(STATS.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> list[str]:
    """The stats modules an `from X import a, b` names: X itself, or X.a where that is a module."""
    if node.level:
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[:len(base) - (node.level - 1)]
        target = ".".join([*base, *([node.module] if node.module else [])])
    else:
        target = node.module or ""
    names = [f"{target}.{a.name}" for a in node.names]
    return [n for n in names if n in MODULES] or [target]


MODULES: dict[str, Path] = {_module_name(p): p for p in STATS.rglob("*.py")}


@functools.cache
def _tree(path: Path) -> ast.Module:
    """A module's syntax tree, parsed once per process (the tests below each walk every module: 3 MB of source)."""
    return ast.parse(path.read_text(encoding="utf-8"))


def import_graph() -> dict[str, set[str]]:
    """{module: the stats modules it imports}, from every import statement in its source."""
    graph: dict[str, set[str]] = {}
    for name, path in MODULES.items():
        deps: set[str] = set()
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.Import):
                deps.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                deps.update(_resolve(name, path.name == "__init__.py", node))
        graph[name] = {d for d in deps if d == "stats" or d.startswith("stats.")} - {name}
    return graph


def layer_of(module: str) -> tuple[str, int]:
    """The layer a module belongs to: its own entry, else its package's (stats.repair.layout → stats.repair)."""
    parts = module.split(".")
    for k in range(len(parts), 0, -1):
        key = ".".join(parts[:k])
        if key in LAYERS:
            return key, LAYERS[key]
    raise AssertionError(f"{module} is in no layer: add it to LAYERS")


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one node (Tarjan), as sorted lists."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_every_module_has_a_layer() -> None:
    for module in MODULES:
        layer_of(module)


def test_no_module_imports_upward() -> None:
    graph = import_graph()
    upward = []
    for module, deps in sorted(graph.items()):
        home, level = layer_of(module)
        for dep in sorted(deps):
            dep_home, dep_level = layer_of(dep)
            if dep_home == "stats" and dep == "stats":
                continue  # the package itself: version and lazy names only
            if dep_level > level or (dep_level == level and dep_home != home):
                upward.append(f"{module} ({home}, layer {level}) imports {dep} ({dep_home}, layer {dep_level})")
    assert upward == []


def test_no_import_circles_between_modules() -> None:
    assert _cycles(import_graph()) == []


def test_no_import_circles_between_packages() -> None:
    packages: dict[str, set[str]] = {}
    for module, deps in import_graph().items():
        home = layer_of(module)[0]
        packages.setdefault(home, set()).update(layer_of(d)[0] for d in deps if layer_of(d)[0] != home)
    assert _cycles(packages) == []


def test_the_graph_sees_lazy_and_relative_imports() -> None:
    """The checks above would pass on an empty graph: prove the reader finds the edges it must."""
    graph = import_graph()
    assert "stats.run.runner" in graph["stats.cli"]  # imported inside the extract command
    assert "stats.find.quantities" in graph["stats.run.pipeline"]  # from .quantities import …
    assert "stats.rules.lexicon" in graph["stats.classify.roles"]
    assert layer_of("stats.repair.layout") == ("stats.repair", 3)
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_only_the_command_line_modules_speak_click() -> None:
    """The library raises StatsError; printing and exit codes belong to the CLI's one error path."""
    users = set()
    for name, path in MODULES.items():
        for node in ast.walk(_tree(path)):
            if (isinstance(node, ast.Import) and any(a.name.split(".")[0] == "click" for a in node.names)) or \
                    (isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "click"):
                users.add(name)
    assert users == {"stats.cli", "stats.publish.cli"}
