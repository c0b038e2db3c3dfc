"""docs/warehouse.md's data dictionary is exactly what the migrated schema's comments render to."""

from __future__ import annotations

from pathlib import Path

import pytest
from news_etl.warehouse.dictionary import BEGIN_MARKER, END_MARKER, main

pytestmark = pytest.mark.integration

DOC = Path(__file__).resolve().parents[3] / "docs" / "warehouse.md"
REGENERATE = "python -m news_etl.warehouse.dictionary --dsn <a migrated warehouse>"


def test_committed_dictionary_matches_the_schema(warehouse_dsn: str) -> None:
    assert main(["--dsn", warehouse_dsn, "--doc", str(DOC), "--check"]) == 0, (
        f"docs/warehouse.md is out of date with the migrations: run {REGENERATE}"
    )


def test_generator_rewrites_only_its_section(warehouse_dsn: str, tmp_path: Path) -> None:
    committed = DOC.read_text(encoding="utf-8")
    head, rest = committed.split(BEGIN_MARKER)
    tail = rest.split(END_MARKER)[1]
    stale = tmp_path / "warehouse.md"
    stale.write_text(f"{head}{BEGIN_MARKER}\nstale\n{END_MARKER}{tail}", encoding="utf-8")

    assert main(["--dsn", warehouse_dsn, "--doc", str(stale), "--check"]) == 1
    assert main(["--dsn", warehouse_dsn, "--doc", str(stale)]) == 0
    assert stale.read_text(encoding="utf-8") == committed
