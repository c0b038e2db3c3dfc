"""Stages of the deployment_mentions DAG: extract -> validate (Great Expectations) -> publish -> quality gate,
and build_claims (troop claims from the published mentions) after publish.

Each stage has the signature `stage(conn, ctx, settings, params, *xcom_inputs)`, like the ingest stages.

Mentions are extracted once per story, from the canonical copy (duplicate_of IS NULL) of each current article
version. news.extractions remembers which article versions went through which extractor version, including
those without any mention, so an article is extracted once; a re-run of the same run redoes its own work.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

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
from news_etl.reference.codes import actor_kind
from news_etl.settings import Settings

if TYPE_CHECKING:
    from psycopg2.extensions import connection as PgConnection
    from psycopg2.extensions import cursor as PgCursor

log = logging.getLogger(__name__)

MAX_PROBLEM_CHARS = 2000
MAX_SENTENCE_CHARS = 2000


def mention_id(article_id: str, version: int, char_start: int, char_end: int) -> str:
    return f"{article_id}:v{version}:{char_start}-{char_end}"


def evidence(sentence: str) -> str:
    """The evidence sentence as stored: a "sentence" without punctuation can be a whole page, copied into every
    mention of it (200 mentions of a 2 MB page would be 400 MB of rows)."""
    if len(sentence) <= MAX_SENTENCE_CHARS:
        return sentence
    return sentence[: MAX_SENTENCE_CHARS - 1] + "…"


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
        "actor_code": mention.actor_code,
        "actor_kind": actor_kind(mention.actor_code),
        "location_country": mention.location_country,
        "mention_type": mention.mention_type,
        "attribution": mention.attribution,
        "attribution_source": mention.attribution_source,
        "confidence": mention.confidence,
        "sentence": evidence(mention.sentence),
        "language": language,
        "extractor_version": EXTRACTOR_VERSION,
    }


def extract_stage(
    conn: PgConnection, ctx: RunContext, settings: Settings, params: MentionParams
) -> dict[str, int]:
    """Extract the pending articles one by one: an article the extractor (or the staging insert) cannot
    process, or whose extraction runs longer than settings.max_extract_seconds, is marked failed in
    news.extractions with its error, not picked again by this extractor version,
    and the batch goes on; an article with more mentions than settings.max_mentions_per_article keeps the
    first ones and says so (news.extractions.problem)."""
    from news_etl.extract import EXTRACTOR_VERSION

    with conn.cursor() as cur:
        cur.execute(
            ARTICLES_TO_EXTRACT_SQL,
            {"run_id": ctx.batch_key, "reextract": params.reextract, "extractor_version": EXTRACTOR_VERSION},
        )
        articles = cur.fetchall()
    counts = {"articles": len(articles), "mentions": 0, "failed": 0, "capped": 0}
    with conn.cursor() as cur:
        cur.execute(DELETE_STAGED_FOR_ARTICLES_SQL, ([a[0] for a in articles],))
        for article_id, version, story_id, language, body in articles:
            staged = _stage_article(cur, ctx, settings, article_id, version, story_id, language, body)
            if staged.failed:
                counts["failed"] += 1
                log.warning("extraction of %s v%s failed: %s", article_id, version, staged.problem)
            counts["mentions"] += staged.mentions
            counts["capped"] += staged.capped
    conn.commit()
    log.info("extracted %s (extractor %s)", counts, EXTRACTOR_VERSION)
    return counts


@dataclass(frozen=True)
class StagedArticle:
    mentions: int
    failed: bool = False
    capped: bool = False
    problem: str | None = None


def _stage_article(
    cur: PgCursor, ctx: RunContext, settings: Settings, article_id: str, version: int, story_id: str | None,
    language: str | None, body: str,
) -> StagedArticle:  # fmt: skip
    """Extract and stage one article inside a savepoint: whatever fails (the extractor on a hostile body, a
    value the insert refuses) rolls back this article only and is recorded as its failure."""
    import psycopg2

    from news_etl.deadline import deadline
    from news_etl.extract import EXTRACTOR_VERSION, extract_mentions

    cap = settings.max_mentions_per_article
    cur.execute("SAVEPOINT article")
    try:
        with deadline(settings.max_extract_seconds, "extraction"):
            found = extract_mentions(body, language)
        staged = StagedArticle(
            mentions=min(len(found), cap),
            capped=len(found) > cap,
            problem=f"{len(found)} mentions found, the first {cap} kept (max_mentions_per_article)"
            if len(found) > cap
            else None,
        )
        cur.executemany(
            INSERT_STAGED_MENTION_SQL,
            [mention_row(m, article_id, version, story_id, language, ctx) for m in found[:cap]],
        )
        status = "staged"
    except psycopg2.OperationalError:  # the database went away or cancelled: transient, the task is retried
        raise
    except Exception as error:  # one article must never stop the batch, nor every later run
        cur.execute("ROLLBACK TO SAVEPOINT article")
        staged = StagedArticle(mentions=0, failed=True, problem=_error_text(error))
        status = "failed"
    cur.execute(
        UPSERT_EXTRACTION_SQL,
        (article_id, version, EXTRACTOR_VERSION, ctx.batch_key, staged.mentions, status, staged.problem),
    )
    cur.execute("RELEASE SAVEPOINT article")
    return staged


def _error_text(error: BaseException) -> str:
    # str() of an error may itself be unprintable in full (a 400-digit value in a message): cap it.
    return f"{type(error).__name__}: {error}"[:MAX_PROBLEM_CHARS]


def validate_stage(
    conn: PgConnection, ctx: RunContext, settings: Settings, params: MentionParams, extracted: dict[str, int]
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


def publish_stage(
    conn: PgConnection, ctx: RunContext, settings: Settings, params: MentionParams
) -> dict[str, int]:
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


def build_claims_stage(
    conn: PgConnection, ctx: RunContext, settings: Settings, params: MentionParams
) -> dict[str, Any]:
    """Regroup the claims of the series whose published mentions changed (all of them after reextract, whose
    new extraction may move any mention), validate every claim, and fail when a claim breaks the suite."""
    from news_etl.claims.store import build_claims
    from news_etl.validate import raise_if_failed, validate_claims

    built = build_claims(conn, window_days=settings.claim_window_days, from_scratch=params.reextract)
    log.info(
        "claims: %d series regrouped into %d claims (%d mentions)", built.series, built.claims, built.mentions
    )
    outcome = validate_claims(
        conn,
        dag_id=ctx.dag_id,
        run_id=ctx.batch_key,
        plausible_max=params.plausible_max,
        data_docs_dir=settings.data_docs,
    )
    raise_if_failed(outcome)
    return {"series": built.series, "claims": built.claims, "mentions": built.mentions}


class ExtractionFailed(Exception):
    """Articles of the run the extractor could not process: recorded, not retried, and reported once."""


def quality_gate(validated: dict[str, Any], extracted: dict[str, int] | None = None) -> None:
    """Fails the run when validation failed, or when articles could not be extracted (after the rest was
    published): a failed article is not retried, so this run's alert is the one that says so."""
    from news_etl.validate import raise_if_failed

    raise_if_failed(validated)
    failed = (extracted or {}).get("failed", 0)
    if failed:
        raise ExtractionFailed(
            f"{failed} article(s) could not be extracted; the others were published. Why: SELECT article_id, "
            f"problem FROM news.extractions WHERE run_id = '{validated.get('run_id', '')}' AND status = 'failed'"
        )
