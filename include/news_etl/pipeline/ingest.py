"""Stages of the news_ingest DAG: discover -> fetch -> parse/clean -> dedup -> load -> finalize.

Every stage reads its input from and writes its output to the warehouse, keyed by run_id, and returns counts.
A URL's journey is recorded in news.discovered_urls.outcome (loaded | unchanged | duplicate | rejected) so
that every discovered URL is accounted for. Stages skip work already done for the same run, which makes a
killed run resumable and a re-run of a finished run a no-op.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from news_etl.config import load_sources, parse_sources
from news_etl.pipeline.context import RunContext
from news_etl.records import DiscoveredUrl, Reject, Source

log = logging.getLogger(__name__)

UPSERT_RUN_SQL = """
INSERT INTO news.ingest_runs (run_id, dag_id, data_interval_start, data_interval_end)
VALUES (%(run_id)s, %(dag_id)s, %(start)s, %(end)s)
ON CONFLICT (run_id) DO NOTHING
"""
INSERT_DISCOVERED_SQL = """
INSERT INTO news.discovered_urls (run_id, url, source, lastmod, language_hint)
VALUES (%s, %s, %s, %s, %s)
ON CONFLICT (run_id, url) DO NOTHING
"""
UPSERT_REJECT_SQL = """
INSERT INTO news.ingest_rejects (run_id, url, stage, reason, detail)
VALUES (%s, %s, %s, %s, %s)
ON CONFLICT (run_id, url) DO UPDATE SET stage = EXCLUDED.stage, reason = EXCLUDED.reason, detail = EXCLUDED.detail
"""
SET_OUTCOME_SQL = """
UPDATE news.discovered_urls SET outcome = %s, article_id = COALESCE(%s, article_id)
WHERE run_id = %s AND url = %s
"""
# The run's URLs of one source not fetched yet, with what the last successful earlier run saw of each:
# the lastmod announced then (incremental skip) and the validators for a conditional GET.
PENDING_FETCH_SQL = """
SELECT d.url, d.lastmod, d.language_hint, prev.seen, prev.lastmod, raw.etag, raw.last_modified
FROM news.discovered_urls d
LEFT JOIN LATERAL (
    SELECT true AS seen, p.lastmod FROM news.discovered_urls p
    WHERE p.url = d.url AND p.run_id <> d.run_id AND p.outcome IN ('loaded', 'unchanged', 'duplicate')
    ORDER BY p.lastmod DESC NULLS LAST LIMIT 1
) prev ON true
LEFT JOIN LATERAL (
    SELECT r.etag, r.last_modified FROM news.raw_pages r
    WHERE r.url = d.url AND r.run_id <> d.run_id AND r.status = 200
    ORDER BY r.fetched_at DESC LIMIT 1
) raw ON true
WHERE d.run_id = %s AND d.source = %s AND d.outcome IS NULL
  AND NOT EXISTS (SELECT 1 FROM news.raw_pages r WHERE r.run_id = d.run_id AND r.url = d.url)
ORDER BY d.url
"""
INSERT_RAW_PAGE_SQL = """
INSERT INTO news.raw_pages (run_id, url, final_url, status, fetched_at, sha256, bytes, content_type, encoding,
                            etag, last_modified)
VALUES (%(run_id)s, %(url)s, %(final_url)s, %(status)s, %(fetched_at)s, %(sha256)s, %(bytes)s,
        %(content_type)s, %(encoding)s, %(etag)s, %(last_modified)s)
ON CONFLICT (run_id, url) DO NOTHING
"""
# reparse: replay the latest archived page of every URL ever fetched, as if this run had fetched it.
REPARSE_DISCOVER_SQL = """
INSERT INTO news.discovered_urls (run_id, url, source, lastmod, language_hint)
SELECT DISTINCT ON (d.url) %(run_id)s, d.url, d.source, d.lastmod, d.language_hint
FROM news.discovered_urls d JOIN news.raw_pages r ON r.run_id = d.run_id AND r.url = d.url
WHERE d.run_id <> %(run_id)s AND r.status = 200 AND r.sha256 IS NOT NULL AND d.source = ANY(%(sources)s)
ORDER BY d.url, r.fetched_at DESC
ON CONFLICT (run_id, url) DO NOTHING
"""
REPARSE_COPY_RAW_SQL = """
INSERT INTO news.raw_pages (run_id, url, final_url, status, fetched_at, sha256, bytes, content_type, encoding,
                            etag, last_modified)
SELECT DISTINCT ON (r.url) d.run_id, r.url, r.final_url, r.status, r.fetched_at, r.sha256, r.bytes,
       r.content_type, r.encoding, r.etag, r.last_modified
FROM news.discovered_urls d JOIN news.raw_pages r ON r.url = d.url AND r.run_id <> d.run_id
WHERE d.run_id = %(run_id)s AND d.source = %(source)s AND d.outcome IS NULL
  AND r.status = 200 AND r.sha256 IS NOT NULL
ORDER BY r.url, r.fetched_at DESC
ON CONFLICT (run_id, url) DO NOTHING
"""
PENDING_PARSE_SQL = """
SELECT r.url, r.final_url, r.sha256, r.content_type, r.fetched_at, d.source, d.language_hint
FROM news.raw_pages r JOIN news.discovered_urls d ON d.run_id = r.run_id AND d.url = r.url
WHERE r.run_id = %s AND r.status = 200 AND d.outcome IS NULL
  AND NOT EXISTS (SELECT 1 FROM news.articles_staging s WHERE s.run_id = r.run_id AND s.url = r.url)
ORDER BY r.url
"""
INSERT_STAGED_SQL = """
INSERT INTO news.articles_staging (run_id, url, article_id, canonical_url, source, language, language_declared,
    language_detected, language_mismatch, title, description, authors, published_at, modified_at, tags, body,
    body_raw, body_sha256, word_count, adapter, adapter_version, raw_sha256, fetched_at, minhash)
VALUES (%(run_id)s, %(url)s, %(article_id)s, %(canonical_url)s, %(source)s, %(language)s, %(language_declared)s,
    %(language_detected)s, %(language_mismatch)s, %(title)s, %(description)s, %(authors)s, %(published_at)s,
    %(modified_at)s, %(tags)s, %(body)s, %(body_raw)s, %(body_sha256)s, %(word_count)s, %(adapter)s,
    %(adapter_version)s, %(raw_sha256)s, %(fetched_at)s, %(minhash)s)
ON CONFLICT (run_id, url) DO NOTHING
"""
RUN_TOTALS_SQL = """
SELECT count(*),
       count(*) FILTER (WHERE outcome = 'loaded'),
       count(*) FILTER (WHERE outcome = 'unchanged'),
       count(*) FILTER (WHERE outcome = 'duplicate'),
       count(*) FILTER (WHERE outcome = 'rejected'),
       count(*) FILTER (WHERE outcome IS NULL)
FROM news.discovered_urls WHERE run_id = %s
"""
UPDATE_RUN_TOTALS_SQL = """
UPDATE news.ingest_runs SET discovered = %s, loaded = %s, unchanged = %s, duplicates = %s, rejected = %s,
       accounting_ok = %s
WHERE run_id = %s
"""


STAGED_FOR_DEDUP_SQL = """
SELECT url, article_id, canonical_url, body_sha256, minhash, published_at
FROM news.articles_staging WHERE run_id = %s ORDER BY url
"""
# Latest version of every article loaded by other runs: what the batch is compared against. Rows this run
# loaded itself are left out so that a re-run decides exactly as the first attempt did. Exact matches (URL, body
# hash) look at every article; MinHash signatures only of those published within the near-duplicate window
# before the batch's earliest article, because the LSH index costs ~10 KB of memory per article.
KNOWN_ARTICLES_SQL = """
SELECT DISTINCT ON (article_id) article_id, version, story_id, body_sha256, published_at, duplicate_kind,
       CASE WHEN %(since)s::timestamptz IS NULL OR published_at IS NULL OR published_at >= %(since)s
            THEN minhash END
FROM news.articles WHERE run_id <> %(run_id)s
ORDER BY article_id, version DESC
"""
EARLIEST_STAGED_SQL = "SELECT min(published_at) FROM news.articles_staging WHERE run_id = %s"
# Serializes article loads across concurrent runs (any constant shared by every loader).
_LOAD_LOCK_KEY = 7_240_012
NEAR_DUPLICATE_WINDOW = timedelta(days=int(os.environ.get("NEWS_ETL_NEAR_DUPLICATE_WINDOW_DAYS", "90")))
SET_DECISION_SQL = """
UPDATE news.articles_staging SET version = %s, outcome = %s, duplicate_of = %s, duplicate_kind = %s, story_id = %s
WHERE run_id = %s AND url = %s
"""
ARTICLE_COLUMNS = (
    "article_id", "version", "canonical_url", "url", "source", "language", "language_declared",
    "language_detected", "language_mismatch", "title", "description", "authors", "published_at", "modified_at",
    "tags", "body", "body_raw", "body_sha256", "word_count", "adapter", "adapter_version", "raw_sha256",
    "fetched_at", "run_id", "duplicate_of", "duplicate_kind", "story_id", "minhash",
)  # fmt: skip
RETIRE_OLD_VERSIONS_SQL = """
UPDATE news.articles a SET is_current = false
FROM news.articles_staging s
WHERE s.run_id = %(run_id)s AND s.version IS NOT NULL AND a.article_id = s.article_id AND a.version < s.version
  AND a.is_current
"""
LOAD_ARTICLES_SQL = f"""
INSERT INTO news.articles ({", ".join(ARTICLE_COLUMNS)}, is_current)
SELECT {", ".join(ARTICLE_COLUMNS)}, true FROM news.articles_staging
WHERE run_id = %(run_id)s AND version IS NOT NULL
ON CONFLICT (article_id, version) DO UPDATE SET
{", ".join(f"{c} = EXCLUDED.{c}" for c in ARTICLE_COLUMNS if c not in ("article_id", "version"))}, is_current = true
"""
RECORD_OUTCOMES_SQL = """
UPDATE news.discovered_urls d SET outcome = s.outcome, article_id = s.article_id
FROM news.articles_staging s
WHERE s.run_id = %(run_id)s AND d.run_id = s.run_id AND d.url = s.url
"""
CLEAR_ARTICLE_STAGING_SQL = "DELETE FROM news.articles_staging WHERE run_id = %(run_id)s"


def resolve_sources(params: Mapping[str, Any]) -> list[Source]:
    configured = params.get("sources") or []
    return parse_sources(configured) if configured else load_sources()


def raw_store():
    from news_etl.fetch.raw_store import RawStore

    return RawStore(os.environ.get("NEWS_ETL_RAW_STORE", ".local/raw"))


def http_client(sources: list[Source]):
    from news_etl.fetch import HttpClient

    private_hosts = sorted({host for s in sources if s.allow_private for host in _hosts_of(s)})
    return HttpClient(allow_private_hosts=private_hosts, raw_store=raw_store())


def _hosts_of(source: Source) -> set[str]:
    from urllib.parse import urlsplit

    return {urlsplit(u).hostname or "" for u in (source.url, *source.urls) if u}


def record_reject(cur, run_id: str, reject: Reject, count_as_url: bool = True) -> None:
    cur.execute(UPSERT_REJECT_SQL, (run_id, reject.url, reject.stage, reject.reason, reject.detail[:2000]))
    if count_as_url:
        cur.execute(SET_OUTCOME_SQL, ("rejected", None, run_id, reject.url))


# -- discover ----------------------------------------------------------------------------------------------


def discover_stage(conn, ctx: RunContext, params: Mapping[str, Any]) -> list[str]:
    """Record every URL the sources list (first source wins for a URL listed twice). Returns source names."""
    sources = resolve_sources(params)
    with conn.cursor() as cur:
        cur.execute(
            UPSERT_RUN_SQL,
            {
                "run_id": ctx.run_id,
                "dag_id": ctx.dag_id,
                "start": ctx.data_interval_start,
                "end": ctx.data_interval_end,
            },
        )
        if params.get("reparse"):
            cur.execute(REPARSE_DISCOVER_SQL, {"run_id": ctx.run_id, "sources": [s.name for s in sources]})
            conn.commit()
            log.info("reparse: %s archived URLs queued, no network", cur.rowcount)
            return [s.name for s in sources]
    from news_etl.discover import discover

    found: dict[str, DiscoveredUrl] = {}
    with http_client(sources) as client:
        for source in sources:
            urls, rejects = discover(source, client)
            with conn.cursor() as cur:
                for reject in rejects:
                    # A feed that fails is not a discovered article URL: recorded, but not in the URL accounting.
                    record_reject(cur, ctx.run_id, reject, count_as_url=False)
            for item in urls:
                found.setdefault(item.url, item)
            log.info("source %s: %d URLs, %d discovery errors", source.name, len(urls), len(rejects))
    with conn.cursor() as cur:
        cur.executemany(
            INSERT_DISCOVERED_SQL,
            [(ctx.run_id, d.url, d.source, d.lastmod, d.language_hint) for d in found.values()],
        )
    conn.commit()
    return [s.name for s in sources]


# -- fetch -------------------------------------------------------------------------------------------------


def fetch_stage(conn, ctx: RunContext, params: Mapping[str, Any], source_name: str) -> dict[str, int]:
    """Fetch the run's pending URLs of one source. Each URL is committed on its own, so a killed task resumes
    with the URLs it had not done yet."""
    sources = resolve_sources(params)
    source = next(s for s in sources if s.name == source_name)
    counts = {"fetched": 0, "not_modified": 0, "skipped_unchanged": 0, "rejected": 0}
    if params.get("reparse"):
        with conn.cursor() as cur:
            cur.execute(REPARSE_COPY_RAW_SQL, {"run_id": ctx.run_id, "source": source_name})
            counts["fetched"] = cur.rowcount
        conn.commit()
        return counts
    from news_etl.discover.incremental import select_for_fetch

    with conn.cursor() as cur:
        cur.execute(PENDING_FETCH_SQL, (ctx.run_id, source_name))
        pending = cur.fetchall()
    validators = {row[0]: (row[5], row[6]) for row in pending}
    to_fetch, unchanged = select_for_fetch(
        [DiscoveredUrl(url, source_name, lastmod, hint) for url, lastmod, hint, *_ in pending],
        {row[0]: row[4] for row in pending if row[3]},
        force=bool(params.get("force_refetch")),
    )
    with conn.cursor() as cur:
        for item in unchanged:
            cur.execute(SET_OUTCOME_SQL, ("unchanged", None, ctx.run_id, item.url))
    conn.commit()
    counts["skipped_unchanged"] = len(unchanged)
    force = bool(params.get("force_refetch"))
    with http_client(sources) as client:
        for item in to_fetch:
            etag, last_modified = (None, None) if force else validators[item.url]
            outcome = client.fetch_page(item.url, source, etag=etag, last_modified=last_modified)
            with conn.cursor() as cur:
                if outcome.reject is not None:
                    record_reject(cur, ctx.run_id, outcome.reject)
                    counts["rejected"] += 1
                else:
                    page = outcome.page
                    cur.execute(INSERT_RAW_PAGE_SQL, {"run_id": ctx.run_id, **page.__dict__})
                    if page.status == 304:
                        cur.execute(SET_OUTCOME_SQL, ("unchanged", None, ctx.run_id, item.url))
                        counts["not_modified"] += 1
                    else:
                        counts["fetched"] += 1
            conn.commit()
    log.info("fetch %s: %s", source_name, counts)
    return counts


# -- parse and clean ---------------------------------------------------------------------------------------


# A commit per page made the staging writes the slowest part of loading (bench: 29 s of 29.4 s at 10k pages);
# every 100 pages, a killed task redoes at most 100 parses.
PARSE_COMMIT_EVERY = 100


def parse_stage(conn, ctx: RunContext) -> dict[str, int]:
    """Parse and clean the run's fetched pages (from the raw archive) into news.articles_staging."""
    from news_etl.pipeline.transform import transform_page

    with conn.cursor() as cur:
        cur.execute(PENDING_PARSE_SQL, (ctx.run_id,))
        pending = cur.fetchall()
    store = raw_store()
    counts = {"parsed": 0, "rejected": 0}
    for done, (url, final_url, sha256, content_type, fetched_at, source, language_hint) in enumerate(
        pending, 1
    ):
        result = transform_page(
            body=store.get(sha256),
            url=final_url or url,
            content_type=content_type,
            source=source,
            language_hint=language_hint,
        )
        with conn.cursor() as cur:
            if isinstance(result, Reject):
                record_reject(cur, ctx.run_id, Reject(url, result.stage, result.reason, result.detail))
                counts["rejected"] += 1
            else:
                row = {
                    **result,
                    "run_id": ctx.run_id,
                    "url": url,
                    "raw_sha256": sha256,
                    "fetched_at": fetched_at,
                }
                cur.execute(INSERT_STAGED_SQL, row)
                counts["parsed"] += 1
        if done % PARSE_COMMIT_EVERY == 0:
            conn.commit()
    conn.commit()
    return counts


# -- dedup and load --------------------------------------------------------------------------------------


def dedup_stage(conn, ctx: RunContext) -> dict[str, int]:
    """Decide, for every staged article of the run, whether it is new, a new version, unchanged or a duplicate.
    Recomputed whole on every attempt (one transaction), so it is deterministic and idempotent. The load
    decides again under the load lock, in case another run loaded articles in between."""
    counts = _decide_batch(conn, ctx)
    conn.commit()
    return counts


def _decide_batch(conn, ctx: RunContext) -> dict[str, int]:
    """Write the dedup decision of every staged article of the run (no commit)."""
    from news_etl.dedup import Candidate, KnownArticle, NearDuplicateIndex, assign_duplicates

    with conn.cursor() as cur:
        cur.execute(STAGED_FOR_DEDUP_SQL, (ctx.run_id,))
        staged = cur.fetchall()
        cur.execute(EARLIEST_STAGED_SQL, (ctx.run_id,))
        (earliest,) = cur.fetchone()
        since = earliest - NEAR_DUPLICATE_WINDOW if earliest else None
        cur.execute(KNOWN_ARTICLES_SQL, {"run_id": ctx.run_id, "since": since})
        known_rows = cur.fetchall()
    known = {
        row[0]: KnownArticle(article_id=row[0], story_id=row[2], body_sha256=row[3], published_at=row[4],
                             duplicate_kind=row[5])
        for row in known_rows
    }  # fmt: skip
    latest = {row[0]: (row[1], row[3]) for row in known_rows}  # article_id -> (version, body_sha256)
    index = NearDuplicateIndex.from_signatures((row[0], bytes(row[6])) for row in known_rows if row[6])
    candidates = [
        Candidate(
            article_id=aid, canonical_url=canon, body_sha256=sha, signature=bytes(sig), published_at=pub
        )
        for _url, aid, canon, sha, sig, pub in staged
    ]
    decisions = assign_duplicates(candidates, index, known)
    counts = {"loaded": 0, "unchanged": 0, "duplicate": 0}
    with conn.cursor() as cur:
        for (url, aid, _canon, sha, _sig, _pub), decision in zip(staged, decisions, strict=True):
            version, outcome = _version_and_outcome(aid, sha, decision, latest)
            counts[outcome] += 1
            cur.execute(
                SET_DECISION_SQL,
                (version, outcome, decision.duplicate_of, decision.kind, decision.story_id, ctx.run_id, url),
            )
    return counts


def _version_and_outcome(article_id: str, body_sha256: str, decision, latest: dict) -> tuple[int | None, str]:
    """The row to write (version, or None for no new row) and the URL's outcome."""
    if decision.kind == "exact_url":  # same canonical URL as another URL of the batch: that one is the row
        return None, "duplicate"
    if article_id in latest:
        version, known_sha = latest[article_id]
        return (None, "unchanged") if known_sha == body_sha256 else (version + 1, "loaded")
    return 1, ("duplicate" if decision.duplicate_of else "loaded")


def load_stage(conn, ctx: RunContext) -> dict[str, int]:
    """Load the run's articles in one transaction and record every URL's outcome.

    Runs of news_ingest may overlap (a backfill beside the scheduled run): loads take a lock and decide the
    batch again inside their transaction, so a story loaded by the other run in the meantime is seen as
    known, never loaded twice."""
    params = {"run_id": ctx.run_id}
    with conn.cursor() as cur:
        cur.execute("SELECT pg_advisory_xact_lock(%s)", (_LOAD_LOCK_KEY,))
    _decide_batch(conn, ctx)
    with conn.cursor() as cur:
        cur.execute(RETIRE_OLD_VERSIONS_SQL, params)
        retired = cur.rowcount
        cur.execute(LOAD_ARTICLES_SQL, params)
        written = cur.rowcount
        cur.execute(RECORD_OUTCOMES_SQL, params)
        cur.execute(CLEAR_ARTICLE_STAGING_SQL, params)
    conn.commit()
    return {"article_rows_written": written, "versions_retired": retired}


# -- finalize ----------------------------------------------------------------------------------------------


def finalize_stage(conn, ctx: RunContext) -> dict[str, int]:
    with conn.cursor() as cur:
        cur.execute(RUN_TOTALS_SQL, (ctx.run_id,))
        discovered, loaded, unchanged, duplicates, rejected, open_ = cur.fetchone()
        accounting_ok = open_ == 0 and discovered == loaded + unchanged + duplicates + rejected
        cur.execute(
            UPDATE_RUN_TOTALS_SQL,
            (discovered, loaded, unchanged, duplicates, rejected, accounting_ok, ctx.run_id),
        )
    conn.commit()
    totals = {
        "discovered": discovered,
        "loaded": loaded,
        "unchanged": unchanged,
        "duplicates": duplicates,
        "rejected": rejected,
    }
    # The gate on accounting_ok is the Great Expectations check of the next task, which records it.
    log.info("run %s: %s (%d without outcome)", ctx.run_id, totals, open_)
    return totals
