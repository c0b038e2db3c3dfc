"""The `make run` report shows source health, abandoned runs and extraction problems (docs/operations.md)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.integration


def test_report_shows_source_health_abandoned_runs_and_extraction_problems(demo_warehouse: Any) -> None:
    from dev.report import show

    with demo_warehouse.cursor() as cur:
        cur.execute("INSERT INTO news.ingest_runs (run_id, dag_id) VALUES ('stuck', 'news_ingest')")
        cur.execute(
            "INSERT INTO news.discovered_urls (run_id, url, source) VALUES ('stuck', 'http://127.0.0.1/x', 'demo')"
        )
        cur.execute(
            "INSERT INTO news.extractions (article_id, article_version, extractor_version, run_id, mentions_found,"
            " status, problem) VALUES ('a-x', 1, 'v', 'r', 0, 'failed', 'RecursionError: too deep')"
        )
    report = show(demo_warehouse)
    assert "source demo             ok" in report and "source demo-sitemap     ok" in report
    assert "abandoned run stuck: 1 URLs still open" in report
    assert "extraction failed for a-x v1: RecursionError: too deep" in report
