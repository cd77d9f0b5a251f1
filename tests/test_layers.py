"""The layout shows the layers: no package imports one that imports it back.

Imports are read from the source (function-level ones too: a lazy import is still a
dependency), and each top-level part of ``composer`` (a package, or a module at its
root) is one node.
"""

from __future__ import annotations

import ast
from pathlib import Path

import composer

PACKAGE = Path(composer.__file__).parent


def _part(module: str) -> str | None:
    """``composer.policy.model`` -> ``policy``; None outside the package or for a name."""
    parts = module.split(".")
    if len(parts) < 2 or parts[0] != "composer":
        return None
    real = (PACKAGE / parts[1]).is_dir() or (PACKAGE / f"{parts[1]}.py").is_file()
    return parts[1] if real else None


def import_graph() -> dict[str, set[str]]:
    """Top-level part -> the parts it imports."""
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        source = _part(".".join(relative.parts).removesuffix(".__init__"))
        if source is None:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            else:
                continue
            for name in names:
                target = _part(name)
                if target is not None and target != source:
                    graph.setdefault(source, set()).add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected parts with more than one member (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            members = []
            while True:
                member = stack.pop()
                members.append(member)
                if member == node:
                    break
            if len(members) > 1:
                found.append(sorted(members))

    for node in list(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_is_read() -> None:
    graph = import_graph()
    assert "policy" in graph["compose"] and "ui" in graph["cli"]


def test_no_package_cycle() -> None:
    assert cycles(import_graph()) == []


def test_a_cycle_would_be_found() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_ui_never_imports_the_command_line_layer() -> None:
    assert "commands" not in import_graph()["ui"]


def test_no_two_modules_share_a_file_name_across_layers_of_one_kind() -> None:
    """A name may repeat only as the same concept in two layers (``commands/check.py`` is
    the command line's side of checking); never twice inside the core."""
    core = [p for p in PACKAGE.rglob("*.py")
            if p.name != "__init__.py" and p.relative_to(PACKAGE).parts[0]
            not in ("commands", "ui")]
    names = [p.name for p in core]
    assert sorted({n for n in names if names.count(n) > 1}) == []
