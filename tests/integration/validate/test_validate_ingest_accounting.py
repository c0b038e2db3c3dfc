"""validate_ingest_accounting against a real PostgreSQL: discovered = loaded + unchanged + duplicates + rejected."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from news_etl.validate import validate_ingest_accounting

pytestmark = pytest.mark.integration


def ingest_run(
    conn: Any, run_id: str, discovered: int, loaded: int, unchanged: int, dups: int, rej: int
) -> None:
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO news.ingest_runs (run_id, dag_id, discovered, loaded, unchanged, duplicates, rejected)"
            " VALUES (%s, 'news_ingest', %s, %s, %s, %s, %s)",
            (run_id, discovered, loaded, unchanged, dups, rej),
        )
    conn.commit()


def recorded(conn: Any, run_id: str) -> tuple:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT dag_id, success, failed_expectation_counts FROM news.validation_runs"
            " WHERE run_id = %s AND suite_name = 'ingest_accounting'",
            (run_id,),
        )
        row = cur.fetchone()
    conn.rollback()
    return row


def test_accounting(warehouse: Any, tmp_path: Any) -> None:
    tag = uuid.uuid4().hex[:8]
    balanced, unbalanced, missing, open_ = f"ok_{tag}", f"bad_{tag}", f"missing_{tag}", f"open_{tag}"
    ingest_run(warehouse, balanced, 10, 5, 2, 1, 2)
    ingest_run(warehouse, unbalanced, 10, 5, 2, 1, 1)
    ingest_run(warehouse, open_, 2, 2, 0, 0, 0)
    with warehouse.cursor() as cur:
        cur.execute(
            "INSERT INTO news.discovered_urls (run_id, url, source, outcome) VALUES"
            " (%(r)s, 'https://a.example/1', 'demo', 'loaded'), (%(r)s, 'https://a.example/2', 'demo', NULL)",
            {"r": open_},
        )
    warehouse.commit()

    def check(run_id: str) -> Any:
        return validate_ingest_accounting(warehouse, run_id, data_docs_dir=str(tmp_path))

    ok, bad, absent, unfinished = check(balanced), check(unbalanced), check(missing), check(open_)

    assert ok.success and ok.failed_counts == {} and ok.rows_validated == 1
    assert recorded(warehouse, balanced) == ("news_ingest", True, {})

    assert not bad.success
    assert bad.failed_counts == {"discovered_equals_accounted": 1}
    assert bad.sample_bad_rows[0]["discovered"] == 10
    assert recorded(warehouse, unbalanced) == ("news_ingest", False, {"discovered_equals_accounted": 1})
    assert bad.data_docs_url and (tmp_path / "index.html").is_file()

    assert not absent.success and absent.rows_validated == 0
    assert absent.failed_counts == {"ingest_run_recorded": 0}

    assert not unfinished.success
    assert unfinished.failed_counts == {"every_url_has_outcome": 1}


def test_accounting_expectations_are_documented() -> None:
    from pathlib import Path

    from news_etl.validate.accounting_suite import build_accounting_suite

    names = [e.meta["name"] for e in build_accounting_suite().expectations]
    docs = (Path(__file__).resolve().parents[3] / "docs" / "validation.md").read_text(encoding="utf-8")
    assert len(names) == len(set(names))
    assert [name for name in names if f"`{name}`" not in docs] == []
