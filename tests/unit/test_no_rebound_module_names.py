"""A module-level name bound twice silently replaces the first binding: after merging work of parallel branches,
a second pattern of the same name once shadowed the first, and the rule written for the first lost its words
without any test failing. Ruff's F811 sees redefined functions and imports, not reassigned constants."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "include" / "news_etl"


def _bound_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
    return names


def test_no_module_level_name_is_bound_twice() -> None:
    rebound = {
        str(path.relative_to(PACKAGE)): sorted(
            n for n, k in _bound_names(ast.parse(path.read_text())).items() if k > 1
        )
        for path in sorted(PACKAGE.rglob("*.py"))
    }
    assert {path: names for path, names in rebound.items() if names} == {}


def test_the_check_sees_a_rebound_constant() -> None:
    tree = ast.parse("import re\n_A = re.compile('x')\n\ndef f():\n    return _A\n\n_A = re.compile('y')\n")
    assert _bound_names(tree)["_A"] == 2
