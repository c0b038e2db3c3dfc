"""SQL of the news_ingest stages (pipeline/ingest_stages.py), as named constants; every value is a parameter.

Column lists come from warehouse/columns.py, the one place that names the columns a stage writes.
"""

from __future__ import annotations

from news_etl.warehouse.columns import (
    ARTICLE_COLUMNS,
    RAW_PAGE_COLUMNS,
    SHELL_API_FETCH_COLUMNS,
    STAGED_ARTICLE_COLUMNS,
    column_list,
    insert_sql,
    update_set,
)

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
# What earlier runs finished of one source, with the latest lastmod they saw: where an i24_api listing stops.
SEEN_BY_SOURCE_SQL = """
SELECT url, max(lastmod) FROM news.discovered_urls
WHERE source = %s AND run_id <> %s AND outcome IN ('loaded', 'unchanged', 'duplicate')
GROUP BY url
"""
INSERT_RAW_PAGE_SQL = insert_sql("news.raw_pages", RAW_PAGE_COLUMNS, on_conflict="(run_id, url) DO NOTHING")
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
                            etag, last_modified, encoding_decision)
SELECT DISTINCT ON (r.url) d.run_id, r.url, r.final_url, r.status, r.fetched_at, r.sha256, r.bytes,
       r.content_type, r.encoding, r.etag, r.last_modified, r.encoding_decision
FROM news.discovered_urls d JOIN news.raw_pages r ON r.url = d.url AND r.run_id <> d.run_id
WHERE d.run_id = %(run_id)s AND d.source = %(source)s AND d.outcome IS NULL
  AND r.status = 200 AND r.sha256 IS NOT NULL
ORDER BY r.url, r.fetched_at DESC
ON CONFLICT (run_id, url) DO NOTHING
"""
INSERT_SHELL_API_FETCH_SQL = insert_sql(
    "news.shell_page_api_fetches", SHELL_API_FETCH_COLUMNS, on_conflict="(run_id, url) DO NOTHING"
)
# The API documents a run fetched for its shell pages: what the parse stage reads instead of the empty page.
SHELL_API_DOCUMENTS_SQL = """
SELECT url, api_url, sha256, reject_reason, reject_detail FROM news.shell_page_api_fetches WHERE run_id = %s
"""
# reparse: the API document that went with each replayed page (the latest one fetched beside that page).
REPARSE_COPY_SHELL_SQL = """
INSERT INTO news.shell_page_api_fetches (run_id, url, api_url, fetched_at, status, sha256, bytes, content_type,
                                         reject_reason, reject_detail)
SELECT DISTINCT ON (s.url) r.run_id, s.url, s.api_url, s.fetched_at, s.status, s.sha256, s.bytes, s.content_type,
       s.reject_reason, s.reject_detail
FROM news.raw_pages r JOIN news.discovered_urls d ON d.run_id = r.run_id AND d.url = r.url
JOIN news.shell_page_api_fetches s ON s.url = r.url AND s.run_id <> r.run_id
WHERE r.run_id = %(run_id)s AND d.source = %(source)s
ORDER BY s.url, s.fetched_at DESC
ON CONFLICT (run_id, url) DO NOTHING
"""
PENDING_PARSE_SQL = """
SELECT r.url, r.final_url, r.sha256, r.content_type, r.fetched_at, d.source, d.language_hint
FROM news.raw_pages r JOIN news.discovered_urls d ON d.run_id = r.run_id AND d.url = r.url
WHERE r.run_id = %s AND r.status = 200 AND d.outcome IS NULL
  AND NOT EXISTS (SELECT 1 FROM news.articles_staging s WHERE s.run_id = r.run_id AND s.url = r.url)
ORDER BY r.url
"""
INSERT_STAGED_SQL = insert_sql(
    "news.articles_staging", STAGED_ARTICLE_COLUMNS, on_conflict="(run_id, url) DO NOTHING"
)
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
LOAD_LOCK_KEY = 7_240_012
LOCK_LOADS_SQL = "SELECT pg_advisory_xact_lock(%s)"
SET_DECISION_SQL = """
UPDATE news.articles_staging SET version = %s, outcome = %s, duplicate_of = %s, duplicate_kind = %s, story_id = %s
WHERE run_id = %s AND url = %s
"""
RETIRE_OLD_VERSIONS_SQL = """
UPDATE news.articles a SET is_current = false
FROM news.articles_staging s
WHERE s.run_id = %(run_id)s AND s.version IS NOT NULL AND a.article_id = s.article_id AND a.version < s.version
  AND a.is_current
"""
LOAD_ARTICLES_SQL = f"""
INSERT INTO news.articles ({column_list(ARTICLE_COLUMNS)}, is_current)
SELECT {column_list(ARTICLE_COLUMNS)}, true FROM news.articles_staging
WHERE run_id = %(run_id)s AND version IS NOT NULL
ON CONFLICT (article_id, version) DO UPDATE SET {update_set(ARTICLE_COLUMNS, ("article_id", "version"))}, is_current = true
"""
RECORD_OUTCOMES_SQL = """
UPDATE news.discovered_urls d SET outcome = s.outcome, article_id = s.article_id
FROM news.articles_staging s
WHERE s.run_id = %(run_id)s AND d.run_id = s.run_id AND d.url = s.url
"""
CLEAR_ARTICLE_STAGING_SQL = "DELETE FROM news.articles_staging WHERE run_id = %(run_id)s"

# -- source health and abandoned runs (docs/operations.md) ---------------------------------------------------
# A re-run of the run updates what the source answered but keeps checked_at: re-runs leave the warehouse as one.
UPSERT_SOURCE_RUN_SQL = """
INSERT INTO news.source_runs (run_id, source, status, urls_found, reason, detail)
VALUES (%(run_id)s, %(source)s, %(status)s, %(urls_found)s, %(reason)s, %(detail)s)
ON CONFLICT (run_id, source) DO UPDATE SET status = EXCLUDED.status, urls_found = EXCLUDED.urls_found,
    reason = EXCLUDED.reason, detail = EXCLUDED.detail
"""
# Every source of the run, with how long it has been silent: since its last run that listed URLs, or since it
# was first asked when it never did.
SOURCE_HEALTH_SQL = """
SELECT s.source, s.status, s.reason, s.detail,
       extract(epoch FROM now() - coalesce(
           (SELECT max(o.checked_at) FROM news.source_runs o WHERE o.source = s.source AND o.status = 'ok'),
           (SELECT min(o.checked_at) FROM news.source_runs o WHERE o.source = s.source))) / 3600.0
FROM news.source_runs s WHERE s.run_id = %s ORDER BY s.source
"""
# The open URLs of earlier runs of a source that stopped before their report (null accounting verdict) and
# started long enough ago not to be merely running beside this one: closed as rejected, reason abandoned.
CLOSE_ABANDONED_SQL = """
WITH closed AS (
    UPDATE news.discovered_urls d SET outcome = 'rejected'
    FROM news.ingest_runs r
    WHERE d.run_id = r.run_id AND d.source = %(source)s AND d.outcome IS NULL AND d.run_id <> %(run_id)s
      AND r.accounting_ok IS NULL AND r.started_at < now() - make_interval(secs => %(after_s)s)
    RETURNING d.run_id, d.url
), rejected AS (
    INSERT INTO news.ingest_rejects (run_id, url, stage, reason, detail)
    SELECT run_id, url, 'abandoned', 'abandoned', 'the run stopped before its report; closed by run ' || %(run_id)s
    FROM closed
    ON CONFLICT (run_id, url) DO UPDATE SET stage = EXCLUDED.stage, reason = EXCLUDED.reason, detail = EXCLUDED.detail
), unstaged AS (
    DELETE FROM news.articles_staging s USING closed c WHERE s.run_id = c.run_id AND s.url = c.url
)
UPDATE news.ingest_runs r SET abandoned_cleaned_by = %(run_id)s
WHERE r.run_id IN (SELECT run_id FROM closed)
RETURNING r.run_id
"""
