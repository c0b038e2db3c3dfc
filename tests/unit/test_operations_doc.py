"""docs/operations.md stays true: every row of the failure matrix names a test that exists."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "operations.md"
TEST_REF = re.compile(r"`(tests/[\w/]+\.py)::(\w+)`")


def matrix_rows() -> list[str]:
    text = DOC.read_text(encoding="utf-8")
    section = text.split("## Failure matrix", 1)[1].split("\n## ", 1)[0]
    return [
        line for line in section.splitlines() if line.startswith("| ") and not line.startswith("| injected")
    ]


def test_the_matrix_has_the_required_sections_and_rows() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert "## Failure matrix" in text and "## Recovering" in text
    assert len(matrix_rows()) >= 15


def test_every_row_names_an_existing_test() -> None:
    for row in matrix_rows():
        refs = TEST_REF.findall(row)
        assert refs, f"row names no test: {row[:80]}"
        for path, name in refs:
            source = ROOT / path
            assert source.exists(), f"{path} does not exist (row: {row[:60]})"
            functions = {
                node.name
                for node in ast.walk(ast.parse(source.read_text()))
                if isinstance(node, ast.FunctionDef)
            }
            assert name in functions, f"{path} has no test {name}"
