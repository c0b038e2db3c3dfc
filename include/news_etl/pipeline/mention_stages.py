"""Stages of the deployment_mentions DAG: extract -> validate (Great Expectations) -> publish -> quality gate.

Each stage has the signature `stage(conn, ctx, settings, params, *xcom_inputs)`, like the ingest stages.

Mentions are extracted once per story, from the canonical copy (duplicate_of IS NULL) of each current article
version. news.extractions remembers which article versions went through which extractor version, including
those without any mention, so an article is extracted once; a re-run of the same run redoes its own work.
"""

from __future__ import annotations

import logging
from typing import Any

from news_etl.pipeline.context import RunContext
from news_etl.pipeline.mention_sql import (
    ARTICLES_TO_EXTRACT_SQL,
    CLEAR_STAGING_SQL,
    DELETE_STAGED_FOR_ARTICLES_SQL,
    INSERT_STAGED_MENTION_SQL,
    MARK_PUBLISHED_SQL,
    PUBLISH_SQL,
    SUPERSEDE_SQL,
    UPSERT_EXTRACTION_SQL,
)
from news_etl.pipeline.params import MentionParams
from news_etl.records import Mention
from news_etl.settings import Settings

log = logging.getLogger(__name__)


def mention_id(article_id: str, version: int, char_start: int, char_end: int) -> str:
    return f"{article_id}:v{version}:{char_start}-{char_end}"


def mention_row(
    mention: Mention,
    article_id: str,
    version: int,
    story_id: str | None,
    language: str | None,
    ctx: RunContext,
) -> dict[str, Any]:
    """The news.mentions_staging row of one mention, by column name (warehouse/columns.py MENTION_COLUMNS)."""
    from news_etl.extract import EXTRACTOR_VERSION

    return {
        "mention_id": mention_id(article_id, version, mention.char_start, mention.char_end),
        "article_id": article_id,
        "article_version": version,
        "story_id": story_id,
        "run_id": ctx.batch_key,
        "is_current": True,
        "troop_count_min": mention.troop_count_min,
        "troop_count_max": mention.troop_count_max,
        "count_precision": mention.count_precision,
        "count_text": mention.count_text,
        "char_start": mention.char_start,
        "char_end": mention.char_end,
        "actor_country": mention.actor_code,
        "location_country": mention.location_country,
        "mention_type": mention.mention_type,
        "attribution": mention.attribution,
        "attribution_source": mention.attribution_source,
        "confidence": mention.confidence,
        "sentence": mention.sentence,
        "language": language,
        "extractor_version": EXTRACTOR_VERSION,
    }


def extract_stage(conn, ctx: RunContext, settings: Settings, params: MentionParams) -> dict[str, int]:
    from news_etl.extract import EXTRACTOR_VERSION, extract_mentions

    with conn.cursor() as cur:
        cur.execute(
            ARTICLES_TO_EXTRACT_SQL,
            {"run_id": ctx.batch_key, "reextract": params.reextract},
        )
        articles = cur.fetchall()
    rows: list[dict[str, Any]] = []
    extractions: list[tuple[Any, ...]] = []
    for article_id, version, story_id, language, body in articles:
        found = extract_mentions(body, language)
        extractions.append((article_id, version, EXTRACTOR_VERSION, ctx.batch_key, len(found)))
        rows.extend(mention_row(m, article_id, version, story_id, language, ctx) for m in found)
    with conn.cursor() as cur:
        cur.execute(DELETE_STAGED_FOR_ARTICLES_SQL, ([a[0] for a in articles],))
        cur.executemany(INSERT_STAGED_MENTION_SQL, rows)
        cur.executemany(UPSERT_EXTRACTION_SQL, extractions)
    conn.commit()
    log.info(
        "extracted %d mentions from %d articles (extractor %s)", len(rows), len(articles), EXTRACTOR_VERSION
    )
    return {"articles": len(articles), "mentions": len(rows)}


def validate_stage(
    conn, ctx: RunContext, settings: Settings, params: MentionParams, extracted: dict[str, int]
) -> dict[str, Any]:
    """Great Expectations over the run's staged mentions; offending rows go to quarantine.

    "No mention at all although articles were loaded" means a broken extractor only for a batch large enough
    to expect troop counts (settings.min_articles_expecting_mentions): a quiet news day of a few economy
    stories legitimately has none, and must not page anyone."""
    from news_etl.validate import validate_batch

    articles = extracted["articles"]
    outcome = validate_batch(
        conn,
        dag_id=ctx.dag_id,
        run_id=ctx.batch_key,
        articles_loaded=articles if articles >= settings.min_articles_expecting_mentions else 0,
        plausible_max=params.plausible_max,
        data_docs_dir=settings.data_docs,
        data_docs_base_url=settings.data_docs_url,
    )
    return outcome.to_xcom()


def publish_stage(conn, ctx: RunContext, settings: Settings, params: MentionParams) -> dict[str, int]:
    """Publish the run's valid mentions in one transaction (the invalid ones are already in quarantine)."""
    batch = {"run_id": ctx.batch_key}
    with conn.cursor() as cur:
        cur.execute(SUPERSEDE_SQL, batch)
        superseded = cur.rowcount
        cur.execute(PUBLISH_SQL, batch)
        published = cur.rowcount
        cur.execute(CLEAR_STAGING_SQL, batch)
        cur.execute(MARK_PUBLISHED_SQL, batch)
    conn.commit()
    return {"published": published, "superseded": superseded}


def quality_gate(validated: dict[str, Any]) -> None:
    from news_etl.validate import raise_if_failed

    raise_if_failed(validated)
