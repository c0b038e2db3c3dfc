"""Per-article isolation of the deployment_mentions stages on the real warehouse (issue 16, docs/operations.md):
counts too large for the warehouse reach Great Expectations and the quarantine, an article the extractor
cannot process is marked failed with its error and does not block later runs, 10,000 mentions are capped."""

from __future__ import annotations

from dataclasses import replace

import pytest
from news_etl.pipeline.context import RunContext
from news_etl.pipeline.inprocess import run_mentions
from news_etl.pipeline.mention_stages import ExtractionFailed
from news_etl.settings import Settings
from news_etl.validate import ValidationFailed

pytestmark = pytest.mark.integration

HUGE = "9" * 400
TWO_TO_64 = str(2**64)
GOOD_BODY = "Some 1,500 North Korean soldiers arrived in Kursk, officials said."


def add_article(conn, article_id: str, body: str) -> None:
    with conn.cursor() as cur:
        cur.execute(
            """
            INSERT INTO news.articles (article_id, version, canonical_url, url, source, language, title, body,
                body_raw, body_sha256, word_count, adapter, adapter_version, run_id, story_id)
            VALUES (%(id)s, 1, %(url)s, %(url)s, 'test', 'en', 'title', %(body)s, %(body)s, md5(%(body)s),
                1, 'generic', '1', 'ingest-1', %(id)s)
            """,
            {"id": article_id, "url": f"http://127.0.0.1/{article_id}", "body": body},
        )
    conn.commit()


def extraction(conn, article_id: str) -> tuple:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT status, mentions_found, problem FROM news.extractions WHERE article_id = %s",
            (article_id,),
        )
        return cur.fetchone()


@pytest.fixture()
def settings(tmp_path) -> Settings:
    return replace(Settings.from_env(), data_docs=str(tmp_path / "docs"))


def test_counts_beyond_bigint_are_quarantined_and_the_batch_goes_on(warehouse, settings):
    add_article(warehouse, "a-huge", f"The army sent {HUGE} soldiers to the border, officials said.")
    add_article(warehouse, "a-2to64", f"The ministry said {TWO_TO_64} troops were deployed to the north.")
    add_article(warehouse, "a-good", GOOD_BODY)
    with pytest.raises(ValidationFailed) as failed:
        run_mentions(warehouse, RunContext("deployment_mentions", "m-1"), settings=settings)
    assert failed.value.outcome.rows_quarantined == 2
    with warehouse.cursor() as cur:
        cur.execute(
            "SELECT article_id, troop_count_min::text, failed_expectations FROM news.mentions_quarantine"
            " ORDER BY article_id"
        )
        quarantined = cur.fetchall()
        cur.execute("SELECT article_id, troop_count_min FROM news.deployment_mentions")
        published = cur.fetchall()
    assert [(a, c) for a, c, _ in quarantined] == [("a-2to64", TWO_TO_64), ("a-huge", HUGE)]
    assert all("troop_count_min_plausible" in broken for _, _, broken in quarantined)
    assert published == [("a-good", 1500)]

    # A later run processes new articles normally; the quarantined ones are not extracted again.
    add_article(warehouse, "a-next", "About 2,000 soldiers were moved to the front on Monday.")
    result = run_mentions(warehouse, RunContext("deployment_mentions", "m-2"), settings=settings)
    assert (result["articles"], result["mentions"]) == (1, 1)


def test_an_article_the_extractor_fails_on_is_recorded_and_not_retried(warehouse, settings, monkeypatch):
    import news_etl.extract as extract

    real = extract.extract_mentions

    def flaky(text: str, language: str | None):
        if "POISON" in text:
            raise RecursionError("maximum recursion depth exceeded (injected)")
        return real(text, language)

    monkeypatch.setattr(extract, "extract_mentions", flaky)
    add_article(warehouse, "a-poison", "POISON 3,000 soldiers")
    add_article(warehouse, "a-good", GOOD_BODY)
    with pytest.raises(ExtractionFailed, match=r"1 article\(s\) could not be extracted"):
        run_mentions(warehouse, RunContext("deployment_mentions", "m-1"), settings=settings)
    assert extraction(warehouse, "a-good")[0] == "published"  # the rest of the batch went on
    status, found, problem = extraction(warehouse, "a-poison")
    assert status == "failed" and found == 0
    assert problem.startswith("RecursionError: maximum recursion depth exceeded")

    add_article(warehouse, "a-next", "About 2,000 soldiers were moved to the front on Monday.")
    second = run_mentions(warehouse, RunContext("deployment_mentions", "m-2"), settings=settings)
    assert (second["articles"], second["failed"], second["mentions"]) == (1, 0, 1)
    assert extraction(warehouse, "a-poison")[0] == "failed"


def test_a_value_the_staging_insert_refuses_fails_only_its_article(warehouse, settings, monkeypatch):
    from news_etl.pipeline import mention_stages

    real = mention_stages.mention_row

    def with_nul(mention, article_id, *args):
        row = real(mention, article_id, *args)
        return {**row, "sentence": "NUL\x00byte"} if article_id == "a-nul" else row

    monkeypatch.setattr(mention_stages, "mention_row", with_nul)
    add_article(warehouse, "a-nul", "Some 3,000 soldiers crossed the river on Sunday.")
    add_article(warehouse, "a-good", GOOD_BODY)
    with pytest.raises(ExtractionFailed):
        run_mentions(warehouse, RunContext("deployment_mentions", "m-1"), settings=settings)
    assert extraction(warehouse, "a-good")[0] == "published"
    assert extraction(warehouse, "a-nul")[0] == "failed"
    assert "NUL" in extraction(warehouse, "a-nul")[2]


def test_an_extraction_over_its_time_bound_fails_that_article_only(warehouse, settings):
    from news_etl.extract import extract_mentions

    extract_mentions(GOOD_BODY, "en")  # compile the grammar before the clock matters
    add_article(
        warehouse, "a-endless", " ".join(f"Some {1000 + i} soldiers left on day {i}." for i in range(20_000))
    )
    add_article(warehouse, "a-good", GOOD_BODY)
    with pytest.raises(ExtractionFailed):
        run_mentions(
            warehouse,
            RunContext("deployment_mentions", "m-1"),
            settings=replace(settings, max_extract_seconds=0.05),
        )
    assert extraction(warehouse, "a-good")[0] == "published"
    status, found, problem = extraction(warehouse, "a-endless")
    assert (status, found) == ("failed", 0)
    assert problem == "DeadlineExceeded: extraction took longer than 0.05 s"


def test_ten_thousand_mentions_are_capped_with_a_recorded_reason(warehouse, settings):
    body = " ".join(f"Some {1000 + i} soldiers arrived in Kursk on day {i}." for i in range(10_000))
    add_article(warehouse, "a-flood", body)
    result = run_mentions(
        warehouse,
        RunContext("deployment_mentions", "m-1"),
        settings=replace(settings, max_mentions_per_article=50),
    )
    assert (result["mentions"], result["capped"]) == (50, 1)
    status, found, problem = extraction(warehouse, "a-flood")
    assert (status, found) == ("published", 50)
    assert problem.startswith("10000 mentions found, the first 50 kept")


def test_a_sentence_as_long_as_a_page_is_stored_cut(warehouse, settings):
    add_article(warehouse, "a-run-on", "Some 1,500 soldiers arrived " + "and waited " * 5_000)
    run_mentions(warehouse, RunContext("deployment_mentions", "m-1"), settings=settings)
    with warehouse.cursor() as cur:
        cur.execute("SELECT length(sentence), right(sentence, 1) FROM news.deployment_mentions")
        assert cur.fetchall() == [(2000, "…")]
