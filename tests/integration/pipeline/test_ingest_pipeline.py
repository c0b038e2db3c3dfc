"""The news_ingest stages in process, against the demo site over real HTTP and a real PostgreSQL."""

from __future__ import annotations

import pytest
from news_etl.pipeline.context import RunContext
from news_etl.pipeline.inprocess import run_ingest

pytestmark = pytest.mark.integration


def _outcomes(conn, run_id: str) -> dict[str, str]:
    with conn.cursor() as cur:
        cur.execute("SELECT url, outcome FROM news.discovered_urls WHERE run_id = %s", (run_id,))
        return dict(cur.fetchall())


def test_every_demo_url_gets_its_expected_outcome(
    warehouse, demo_site, demo_params, raw_store_dir, demo_expectations
):
    totals = run_ingest(warehouse, RunContext("news_ingest", "run-1"), demo_params)
    expected = {demo_site + page["path"]: page["outcome"] for page in demo_expectations["pages"]}
    outcomes = _outcomes(warehouse, "run-1")
    assert outcomes == expected
    assert totals["discovered"] == len(expected)
    assert (
        totals["discovered"]
        == totals["loaded"] + totals["unchanged"] + totals["duplicates"] + totals["rejected"]
    )
    with warehouse.cursor() as cur:
        cur.execute("SELECT url, reason FROM news.ingest_rejects WHERE run_id = 'run-1'")
        reasons = dict(cur.fetchall())
    for page in demo_expectations["pages"]:
        if page["outcome"] == "rejected":
            assert reasons[demo_site + page["path"]] == page["reject_reason"], page["path"]


def test_duplicates_keep_their_rows_and_point_to_the_canonical_copy(warehouse, demo_params, raw_store_dir):
    run_ingest(warehouse, RunContext("news_ingest", "run-1"), demo_params)
    with warehouse.cursor() as cur:
        cur.execute(
            "SELECT a.title, c.title, a.duplicate_kind, a.story_id = c.article_id FROM news.articles a"
            " JOIN news.articles c ON c.article_id = a.duplicate_of"
        )
        rows = cur.fetchall()
    assert len(rows) == 1
    copy_title, canonical_title, kind, same_story = rows[0]
    assert copy_title.startswith("North Korean soldiers fighting")
    assert kind == "near" and same_story
    assert canonical_title.startswith("Pentagon")  # published two hours before the re-headlined copy


def test_rerun_of_the_same_run_leaves_every_table_identical(warehouse, demo_params, raw_store_dir, checksums):
    ctx = RunContext("news_ingest", "run-1")
    first = run_ingest(warehouse, ctx, demo_params)
    before = checksums(warehouse)
    again = run_ingest(warehouse, ctx, demo_params)
    assert again == first
    assert checksums(warehouse) == before


def test_a_later_run_finds_nothing_new(warehouse, demo_params, raw_store_dir):
    run_ingest(warehouse, RunContext("news_ingest", "run-1"), demo_params)
    with warehouse.cursor() as cur:
        cur.execute("SELECT count(*) FROM news.articles")
        (articles_before,) = cur.fetchone()
    totals = run_ingest(warehouse, RunContext("news_ingest", "run-2"), demo_params)
    assert totals["loaded"] == 0
    assert totals["discovered"] == totals["unchanged"] + totals["duplicates"] + totals["rejected"]
    with warehouse.cursor() as cur:
        cur.execute("SELECT count(*) FROM news.articles")
        assert cur.fetchone()[0] == articles_before


def test_reparse_uses_the_archive_only(warehouse, demo_params, raw_store_dir):
    run_ingest(warehouse, RunContext("news_ingest", "run-1"), demo_params)
    # An unreachable source URL proves the network is not touched.
    offline = {
        "extra_sources": [{**s, "url": "http://127.0.0.1:9/"} for s in demo_params["extra_sources"]],
        "reparse": True,
    }
    totals = run_ingest(warehouse, RunContext("news_ingest", "reparse-1"), offline)
    assert totals["discovered"] > 0
    assert totals["loaded"] == 0  # same parser, same archive: every article is unchanged
    assert totals["unchanged"] + totals["duplicates"] + totals["rejected"] == totals["discovered"]


def test_overlapping_runs_load_each_story_once(warehouse, demo_params, raw_store_dir):
    """Two runs (e.g. a backfill beside the scheduled run) decide before either loads: the second load sees the
    first run's articles and records them as unchanged instead of loading them again."""
    from news_etl.pipeline import ingest_stages
    from news_etl.pipeline.params import ingest_params
    from news_etl.settings import Settings

    settings = Settings.from_env()
    params = ingest_params(demo_params, settings)
    runs = [RunContext("news_ingest", "day-a"), RunContext("news_ingest", "day-b")]
    for ctx in runs:
        for source_name in ingest_stages.discover_stage(warehouse, ctx, settings, params):
            ingest_stages.fetch_stage(warehouse, ctx, settings, params, source_name)
        ingest_stages.parse_stage(warehouse, ctx, settings, params)
        assert (
            ingest_stages.dedup_stage(warehouse, ctx, settings, params)["loaded"] > 0
        )  # both see new stories
    for ctx in runs:
        ingest_stages.load_stage(warehouse, ctx, settings, params)
    totals = [ingest_stages.report_stage(warehouse, ctx, settings, params) for ctx in runs]
    with warehouse.cursor() as cur:
        cur.execute("SELECT count(*) FROM news.articles WHERE duplicate_of IS NULL")
        (stories,) = cur.fetchone()
    assert totals[0]["loaded"] == stories and totals[1]["loaded"] == 0
