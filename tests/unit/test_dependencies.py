"""The runtime package needs only the runtime lock: what the production image installs (requirements.txt) holds
no test, benchmark or development tool, and nothing under include/news_etl imports one."""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "include" / "news_etl"
TOOLS = (
    "pytest",
    "playwright",
    "ruff",
    "matplotlib",
    "newspaper4k",
    "quantulum3",
    "pgserver",
    "mypy",
    "aiosmtpd",
)
_PIN = re.compile(r"^([A-Za-z0-9_.\-\[\]]+)==([^\s;]+)", re.M)


def _pins(name: str) -> dict[str, str]:
    text = (ROOT / name).read_text(encoding="utf-8")
    return {_normalize(n): v for n, v in _PIN.findall(text)}


def _normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name.split("[")[0]).lower()


def _imported_top_level_modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], path)
    return found


def test_runtime_lock_has_no_tools() -> None:
    runtime = _pins("requirements.txt")
    assert not [tool for tool in TOOLS if tool in runtime]


def test_runtime_pins_are_the_same_in_both_locks() -> None:
    runtime, dev = _pins("requirements.txt"), _pins("requirements-dev.txt")
    assert runtime["apache-airflow"] == "3.3.2"
    assert {name: dev.get(name) for name in runtime} == runtime


def test_runtime_package_imports_only_the_runtime_lock() -> None:
    runtime = _pins("requirements.txt")
    distributions = packages_distributions()
    outside = {}
    for module, path in _imported_top_level_modules().items():
        if module == "news_etl" or module in sys.stdlib_module_names or module == "__future__":
            continue
        dists = {_normalize(d) for d in distributions.get(module, [])}
        if not dists:
            pytest.fail(
                f"{path.relative_to(ROOT)} imports {module!r}, which no installed distribution provides"
            )
        if not dists & runtime.keys():
            outside[module] = (sorted(dists), str(path.relative_to(ROOT)))
    assert outside == {}, f"imported by the runtime package but not in requirements.txt: {outside}"
