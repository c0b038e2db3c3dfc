"""The deployment_mentions stages in process: extract once per story, validate, publish; re-runs change nothing."""

from __future__ import annotations

import pytest
from news_etl.pipeline.context import RunContext
from news_etl.pipeline.inprocess import run_ingest, run_mentions

pytestmark = pytest.mark.integration


@pytest.fixture()
def ingested(warehouse, demo_params, raw_store_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWS_ETL_DATA_DOCS", str(tmp_path / "docs"))
    run_ingest(warehouse, RunContext("news_ingest", "day-1"), demo_params)
    return warehouse


def _mentions(conn) -> list[tuple]:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT mention_id, troop_count_min, troop_count_max, count_precision, is_current"
            " FROM news.deployment_mentions ORDER BY mention_id"
        )
        return cur.fetchall()


def test_mentions_come_only_from_canonical_copies(ingested, demo_expectations):
    result = run_mentions(ingested, RunContext("deployment_mentions", "m-1"))
    expected_total = sum(
        len(page["mentions"]) for page in demo_expectations["pages"] if page["outcome"] == "loaded"
    )
    assert result["mentions"] == expected_total
    with ingested.cursor() as cur:
        cur.execute(
            "SELECT count(*) FROM news.deployment_mentions m JOIN news.articles a"
            " ON a.article_id = m.article_id AND a.version = m.article_version WHERE a.duplicate_of IS NOT NULL"
        )
        assert cur.fetchone()[0] == 0
        cur.execute("SELECT count(*), bool_and(status = 'published') FROM news.extractions")
        extracted, all_published = cur.fetchone()
    assert extracted == sum(1 for page in demo_expectations["pages"] if page["outcome"] == "loaded")
    assert all_published


def test_rerun_of_the_same_mentions_run_is_identical(ingested, checksums):
    ctx = RunContext("deployment_mentions", "m-1")
    run_mentions(ingested, ctx)
    before = checksums(ingested)
    run_mentions(ingested, ctx)
    assert checksums(ingested) == before


def test_a_later_run_extracts_nothing_new(ingested):
    run_mentions(ingested, RunContext("deployment_mentions", "m-1"))
    published = _mentions(ingested)
    result = run_mentions(ingested, RunContext("deployment_mentions", "m-2"))
    assert (result["articles"], result["mentions"]) == (0, 0)
    assert _mentions(ingested) == published


def _claims(conn) -> list[tuple]:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT c.*, array_agg(l.mention_id ORDER BY l.mention_id) FROM news.troop_claims c"
            " JOIN news.troop_claim_mentions l ON l.claim_id = c.claim_id GROUP BY c.claim_id ORDER BY c.claim_id"
        )
        return cur.fetchall()


def test_reextract_replaces_in_place(ingested):
    run_mentions(ingested, RunContext("deployment_mentions", "m-1"))
    published, claims = _mentions(ingested), _claims(ingested)
    result = run_mentions(ingested, RunContext("deployment_mentions", "m-2"), {"reextract": True})
    # Same extractor version: re-extraction is asked for explicitly and yields the same rows, nothing superseded.
    assert result["articles"] > 0 and result["superseded"] == 0
    assert _mentions(ingested) == published
    # The claims are rebuilt from scratch and come back identical.
    assert claims and result["claims"]["claims"] == len(claims)
    assert _claims(ingested) == claims


def test_new_article_version_supersedes_old_mentions(ingested):
    run_mentions(ingested, RunContext("deployment_mentions", "m-1"))
    with ingested.cursor() as cur:
        cur.execute(
            # An article with a mention after its first paragraph, so that the next version keeps one (article
            # ids hash the URL, which carries the demo site's port: the first article by id varies by run).
            "SELECT article_id, version FROM news.articles a WHERE EXISTS"
            " (SELECT 1 FROM news.deployment_mentions m WHERE m.article_id = a.article_id"
            "  AND m.char_start > strpos(a.body, E'\\n\\n') + 1) ORDER BY 1 LIMIT 1"
        )
        article_id, version = cur.fetchone()
        # A second version of the article whose text lost its first paragraph (as an update would).
        cur.execute(
            """
            CREATE TEMP TABLE next_version AS SELECT * FROM news.articles WHERE article_id = %(id)s AND version = %(v)s;
            UPDATE next_version SET version = version + 1, run_id = 'day-2', body_sha256 = 'changed',
                   body = substr(body, strpos(body, E'\\n\\n') + 2);
            UPDATE news.articles SET is_current = false WHERE article_id = %(id)s;
            INSERT INTO news.articles SELECT * FROM next_version;
            """,
            {"id": article_id, "v": version},
        )
        cur.execute("SELECT count(*) FROM news.troop_claim_mentions WHERE article_id = %s", (article_id,))
        (claimed,) = cur.fetchone()
    ingested.commit()
    result = run_mentions(ingested, RunContext("deployment_mentions", "m-2"))
    assert result["articles"] == 1 and result["superseded"] >= 1
    # The claims resting on the old version were regrouped: none rests on a superseded mention any more.
    assert result["claims"]["series"] >= 1 or not claimed
    with ingested.cursor() as cur:
        cur.execute(
            "SELECT count(*) FROM news.troop_claim_mentions l"
            " JOIN news.deployment_mentions m ON m.mention_id = l.mention_id WHERE NOT m.is_current"
        )
        assert cur.fetchone()[0] == 0
    with ingested.cursor() as cur:
        cur.execute(
            "SELECT article_version, bool_and(is_current), count(*) FROM news.deployment_mentions"
            " WHERE article_id = %s GROUP BY 1 ORDER BY 1",
            (article_id,),
        )
        rows = cur.fetchall()
    assert rows[0][:2] == (version, False)
    assert rows[-1][:2] == (version + 1, True)
