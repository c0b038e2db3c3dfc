"""Stages of the deployment_mentions DAG: extract -> validate (Great Expectations) -> publish -> quality gate.

Mentions are extracted once per story, from the canonical copy (duplicate_of IS NULL) of each current article
version. news.extractions remembers which article versions went through which extractor version, including
those without any mention, so an article is extracted once; a re-run of the same run redoes its own work.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from news_etl.pipeline.context import RunContext

log = logging.getLogger(__name__)

# Current canonical article versions not yet published by another run's extraction (a re-run of this run
# redoes its own work identically), or all of them when re-extraction is asked for.
ARTICLES_TO_EXTRACT_SQL = """
SELECT a.article_id, a.version, a.story_id, a.language, a.body
FROM news.articles a
WHERE a.is_current AND a.duplicate_of IS NULL
  AND (%(reextract)s OR NOT EXISTS (
      SELECT 1 FROM news.extractions e
      WHERE e.article_id = a.article_id AND e.article_version = a.version AND e.status = 'published'
        AND e.run_id <> %(run_id)s))
ORDER BY a.article_id
"""
DELETE_STAGED_FOR_ARTICLES_SQL = "DELETE FROM news.mentions_staging WHERE article_id = ANY(%s)"
UPSERT_EXTRACTION_SQL = """
INSERT INTO news.extractions (article_id, article_version, extractor_version, run_id, mentions_found, status)
VALUES (%s, %s, %s, %s, %s, 'staged')
ON CONFLICT (article_id, article_version, extractor_version)
DO UPDATE SET run_id = EXCLUDED.run_id, mentions_found = EXCLUDED.mentions_found, status = 'staged'
"""
MENTION_COLUMNS = (
    "mention_id", "article_id", "article_version", "story_id", "run_id", "is_current", "troop_count_min",
    "troop_count_max", "count_precision", "count_text", "char_start", "char_end", "actor_country",
    "location_country", "mention_type", "attribution", "attribution_source", "confidence", "sentence",
    "language", "extractor_version",
)  # fmt: skip
_COLUMN_LIST = ", ".join(MENTION_COLUMNS)
INSERT_STAGED_MENTION_SQL = (
    f"INSERT INTO news.mentions_staging ({_COLUMN_LIST}) VALUES ({', '.join(['%s'] * len(MENTION_COLUMNS))})"
)
# Mentions of this run's articles that the new extraction no longer produces are superseded (kept, not current).
SUPERSEDE_SQL = """
UPDATE news.deployment_mentions m SET is_current = false
FROM news.extractions e
WHERE e.run_id = %(run_id)s AND e.status = 'staged' AND m.article_id = e.article_id AND m.is_current
  AND NOT EXISTS (SELECT 1 FROM news.mentions_staging s WHERE s.run_id = %(run_id)s AND s.mention_id = m.mention_id)
"""
PUBLISH_SQL = f"""
INSERT INTO news.deployment_mentions ({_COLUMN_LIST})
SELECT {_COLUMN_LIST} FROM news.mentions_staging WHERE run_id = %(run_id)s
ON CONFLICT (mention_id) DO UPDATE SET
{", ".join(f"{c} = EXCLUDED.{c}" for c in MENTION_COLUMNS if c != "mention_id")}
"""
CLEAR_STAGING_SQL = "DELETE FROM news.mentions_staging WHERE run_id = %(run_id)s"
MARK_PUBLISHED_SQL = (
    "UPDATE news.extractions SET status = 'published' WHERE run_id = %(run_id)s AND status = 'staged'"
)


def mention_id(article_id: str, version: int, char_start: int, char_end: int) -> str:
    return f"{article_id}:v{version}:{char_start}-{char_end}"


def extract_stage(conn, ctx: RunContext, reextract: bool = False) -> dict[str, int]:
    from news_etl.extract import EXTRACTOR_VERSION, extract_mentions

    with conn.cursor() as cur:
        cur.execute(
            ARTICLES_TO_EXTRACT_SQL,
            {"run_id": ctx.run_id, "reextract": reextract},
        )
        articles = cur.fetchall()
    rows: list[tuple[Any, ...]] = []
    extractions: list[tuple[Any, ...]] = []
    for article_id, version, story_id, language, body in articles:
        found = extract_mentions(body, language)
        extractions.append((article_id, version, EXTRACTOR_VERSION, ctx.run_id, len(found)))
        for m in found:
            rows.append((
                mention_id(article_id, version, m.char_start, m.char_end), article_id, version, story_id,
                ctx.run_id, True, m.count_min, m.count_max, m.precision, m.count_text, m.char_start, m.char_end,
                m.actor, m.location, m.type, m.attribution, m.source, m.confidence, m.sentence, language,
                EXTRACTOR_VERSION,
            ))  # fmt: skip
    with conn.cursor() as cur:
        cur.execute(DELETE_STAGED_FOR_ARTICLES_SQL, ([a[0] for a in articles],))
        cur.executemany(INSERT_STAGED_MENTION_SQL, rows)
        cur.executemany(UPSERT_EXTRACTION_SQL, extractions)
    conn.commit()
    log.info(
        "extracted %d mentions from %d articles (extractor %s)", len(rows), len(articles), EXTRACTOR_VERSION
    )
    return {"articles": len(articles), "mentions": len(rows)}


# "No mention at all although articles were loaded" means a broken extractor only for a batch large enough to
# expect troop counts: a quiet news day of a few economy stories legitimately has none, and must not page anyone.
MIN_ARTICLES_EXPECTING_MENTIONS = int(os.environ.get("NEWS_ETL_MIN_ARTICLES_EXPECTING_MENTIONS", "10"))


def validate_stage(conn, ctx: RunContext, extracted: dict[str, int], plausible_max: int) -> dict[str, Any]:
    from news_etl.validate import validate_batch

    articles = extracted["articles"]
    outcome = validate_batch(
        conn,
        dag_id=ctx.dag_id,
        run_id=ctx.run_id,
        articles_loaded=articles if articles >= MIN_ARTICLES_EXPECTING_MENTIONS else 0,
        plausible_max=plausible_max,
    )
    return outcome.to_xcom()


def publish_stage(conn, ctx: RunContext) -> dict[str, int]:
    """Publish the run's valid mentions in one transaction (the invalid ones are already in quarantine)."""
    params = {"run_id": ctx.run_id}
    with conn.cursor() as cur:
        cur.execute(SUPERSEDE_SQL, params)
        superseded = cur.rowcount
        cur.execute(PUBLISH_SQL, params)
        published = cur.rowcount
        cur.execute(CLEAR_STAGING_SQL, params)
        cur.execute(MARK_PUBLISHED_SQL, params)
    conn.commit()
    return {"published": published, "superseded": superseded}


def quality_gate(validated: dict[str, Any]) -> None:
    from news_etl.validate import raise_if_failed

    raise_if_failed(validated)
