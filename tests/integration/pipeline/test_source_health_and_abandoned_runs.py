"""A source silent for longer than NEWS_ETL_SOURCE_SILENCE_HOURS fails the run even when others deliver; an
abandoned run is visible in news.v_abandoned_runs and closed by the next run of the same source."""

from __future__ import annotations

from dataclasses import replace

import pytest
from news_etl.pipeline.context import RunContext
from news_etl.pipeline.ingest_stages import accounting_check_stage, discover_stage
from news_etl.pipeline.inprocess import run_ingest
from news_etl.pipeline.params import ingest_params
from news_etl.pipeline.source_health import SourceHealthFailed
from news_etl.settings import Settings

pytestmark = pytest.mark.integration


@pytest.fixture()
def settings(tmp_path, raw_store_dir) -> Settings:
    return replace(Settings.from_env(), data_docs=str(tmp_path / "docs"))


def test_a_source_silent_too_long_fails_the_run(warehouse, demo_params, settings):
    raw = {
        "extra_sources": [
            *demo_params["extra_sources"],
            {**demo_params["extra_sources"][0], "name": "gone", "url": "http://127.0.0.2:9/x"},
        ]
    }
    with warehouse.cursor() as cur:  # three days ago "gone" still delivered
        cur.execute(
            "INSERT INTO news.source_runs (run_id, source, status, urls_found, checked_at)"
            " VALUES ('old', 'gone', 'ok', 5, now() - interval '72 hours')"
        )
    warehouse.commit()
    ctx = RunContext("news_ingest", "day-1")
    run_ingest(warehouse, ctx, raw, settings)
    with pytest.raises(
        SourceHealthFailed, match=r"source gone has delivered nothing for 72\.\d h \(limit 48 h\)"
    ):
        accounting_check_stage(warehouse, ctx, settings, ingest_params(raw, settings))
    # Within the limit it is reported in news.source_runs but does not fail the run.
    accounting_check_stage(
        warehouse, ctx, replace(settings, source_silence_hours=100), ingest_params(raw, settings)
    )


def test_an_abandoned_run_is_visible_and_closed_by_the_next_run(warehouse, demo_params, settings, checksums):
    params = ingest_params(demo_params, settings)
    abandoned = RunContext("news_ingest", "day-1")
    discover_stage(warehouse, abandoned, settings, params)  # then killed for good: no fetch, no report
    with warehouse.cursor() as cur:
        cur.execute("SELECT run_id, open_urls > 0, abandoned_cleaned_by FROM news.v_abandoned_runs")
        assert cur.fetchall() == [("day-1", True, None)]

    next_run = RunContext("news_ingest", "day-2")
    totals = run_ingest(warehouse, next_run, demo_params, replace(settings, abandoned_after_hours=0))
    assert totals["loaded"] > 0
    accounting_check_stage(warehouse, next_run, settings, params)
    with warehouse.cursor() as cur:
        cur.execute(
            "SELECT run_id, open_urls, closed_as_abandoned > 0, abandoned_cleaned_by FROM news.v_abandoned_runs"
        )
        assert cur.fetchall() == [("day-1", 0, True, "day-2")]
        cur.execute("SELECT DISTINCT stage, reason FROM news.ingest_rejects WHERE run_id = 'day-1'")
        assert cur.fetchall() == [("abandoned", "abandoned")]
    # Idempotent: re-running the next run changes nothing.
    before = checksums(warehouse)
    run_ingest(warehouse, next_run, demo_params, replace(settings, abandoned_after_hours=0))
    assert checksums(warehouse) == before


def test_a_run_still_young_is_not_closed_by_a_run_beside_it(warehouse, demo_params, settings):
    params = ingest_params(demo_params, settings)
    discover_stage(warehouse, RunContext("news_ingest", "backfill"), settings, params)
    run_ingest(warehouse, RunContext("news_ingest", "day-2"), demo_params, settings)  # default: 6 h
    with warehouse.cursor() as cur:
        cur.execute("SELECT run_id, abandoned_cleaned_by FROM news.v_abandoned_runs")
        assert cur.fetchall() == [("backfill", None)]
