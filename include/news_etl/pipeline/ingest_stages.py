"""Stages of the news_ingest DAG: discover -> fetch -> parse -> dedup -> load -> report -> accounting_check.

Each stage has the signature `stage(conn, ctx, settings, params, *xcom_inputs)` (airflow_io.run_stage calls
them all alike), and is named after the task that calls it.

Every stage reads its input from and writes its output to the warehouse, keyed by the run's batch key (column
run_id), and returns counts. Settings and the run's typed params are handed in by the caller.
A URL's journey is recorded in news.discovered_urls.outcome (loaded | unchanged | duplicate | rejected) so
that every discovered URL is accounted for. Stages skip work already done for the same run, which makes a
killed run resumable and a re-run of a finished run a no-op.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from news_etl.pipeline.context import RunContext
from news_etl.pipeline.ingest_sql import (
    CLEAR_ARTICLE_STAGING_SQL,
    CLOSE_ABANDONED_SQL,
    EARLIEST_STAGED_SQL,
    INSERT_DISCOVERED_SQL,
    INSERT_RAW_PAGE_SQL,
    INSERT_SHELL_API_FETCH_SQL,
    INSERT_STAGED_SQL,
    KNOWN_ARTICLES_SQL,
    LOAD_ARTICLES_SQL,
    LOAD_LOCK_KEY,
    LOCK_LOADS_SQL,
    PENDING_FETCH_SQL,
    PENDING_PARSE_SQL,
    RECORD_OUTCOMES_SQL,
    REPARSE_COPY_RAW_SQL,
    REPARSE_COPY_SHELL_SQL,
    REPARSE_DISCOVER_SQL,
    RETIRE_OLD_VERSIONS_SQL,
    RUN_TOTALS_SQL,
    SEEN_BY_SOURCE_SQL,
    SET_DECISION_SQL,
    SET_OUTCOME_SQL,
    SHELL_API_DOCUMENTS_SQL,
    SOURCE_HEALTH_SQL,
    STAGED_FOR_DEDUP_SQL,
    UPDATE_RUN_TOTALS_SQL,
    UPSERT_REJECT_SQL,
    UPSERT_RUN_SQL,
    UPSERT_SOURCE_RUN_SQL,
)
from news_etl.pipeline.params import IngestParams
from news_etl.pipeline.source_health import SourceHealth, SourceHealthFailed, SourceRun, health_problems
from news_etl.records import DiscoveredUrl, Reject, Source
from news_etl.settings import Settings

if TYPE_CHECKING:
    from psycopg2.extensions import connection as PgConnection
    from psycopg2.extensions import cursor as PgCursor

    from news_etl.dedup import DedupDecision
    from news_etl.discover.i24_api import ApiWindow
    from news_etl.fetch import HttpClient
    from news_etl.fetch.outcome import FetchOutcome
    from news_etl.fetch.raw_store import RawStore

log = logging.getLogger(__name__)


def raw_store(settings: Settings) -> RawStore:
    from news_etl.fetch.raw_store import RawStore

    return RawStore(settings.raw_store)


@contextmanager
def http_client(settings: Settings, conn: PgConnection) -> Iterator[HttpClient]:
    """The HTTP client of a task. Its per-host pace is booked in the warehouse that `conn` is connected to,
    so fetch tasks running at once (mapped per source, on any worker) keep a shared host's rate together. No
    client-wide private-address allowance: each source's allowance goes with the requests it starts."""
    from news_etl.fetch import HttpClient
    from news_etl.fetch.rate_limit import HostRateLimiter
    from news_etl.fetch.shared_slots import WarehouseSlots, sibling_connection

    with sibling_connection(conn) as slots_conn:
        limiter = HostRateLimiter(reserve=WarehouseSlots(slots_conn).reserve)
        with HttpClient(raw_store=raw_store(settings), limiter=limiter) as client:
            yield client


def record_reject(cur: PgCursor, run_id: str, reject: Reject, count_as_url: bool = True) -> None:
    cur.execute(UPSERT_REJECT_SQL, (run_id, reject.url, reject.stage, reject.reason, reject.detail[:2000]))
    if count_as_url:
        cur.execute(SET_OUTCOME_SQL, ("rejected", None, run_id, reject.url))


# -- discover ----------------------------------------------------------------------------------------------


def discover_stage(
    conn: PgConnection, ctx: RunContext, settings: Settings, params: IngestParams
) -> list[str]:
    """Record every URL the sources list (first source wins for a URL listed twice) and what each source
    delivered (news.source_runs, with the reason when it failed); close the open URLs of this source's
    abandoned earlier runs. Returns source names."""
    sources = params.sources
    with conn.cursor() as cur:
        cur.execute(
            UPSERT_RUN_SQL,
            {
                "run_id": ctx.batch_key,
                "dag_id": ctx.dag_id,
                "start": ctx.data_interval_start,
                "end": ctx.data_interval_end,
            },
        )
        if params.reparse:
            cur.execute(REPARSE_DISCOVER_SQL, {"run_id": ctx.batch_key, "sources": [s.name for s in sources]})
            conn.commit()
            log.info("reparse: %s archived URLs queued, no network", cur.rowcount)
            return [s.name for s in sources]
    from news_etl.discover import discover

    found: dict[str, DiscoveredUrl] = {}
    with http_client(settings, conn) as client:
        for source in sources:
            _close_abandoned_runs(conn, ctx, settings, source.name)
            window = _api_window(conn, ctx, params, source) if source.kind == "i24_api" else None
            try:
                urls, rejects = discover(source, client, api_window=window)
            except Exception as error:  # one source's failure must not cost the other sources
                urls, rejects = [], [Reject(source.url or source.name, "discover", "feed_error", repr(error))]
            with conn.cursor() as cur:
                for reject in rejects:
                    # A feed that fails is not a discovered article URL: recorded, but not in the URL accounting.
                    record_reject(cur, ctx.batch_key, reject, count_as_url=False)
                health = SourceRun.of(source.name, len(urls), rejects)
                cur.execute(UPSERT_SOURCE_RUN_SQL, {"run_id": ctx.batch_key, **health.__dict__})
            for item in urls:
                found.setdefault(item.url, item)
            log.info(
                "source %s: %s, %d URLs, %d discovery errors",
                source.name,
                health.status,
                len(urls),
                len(rejects),
            )
    with conn.cursor() as cur:
        cur.executemany(
            INSERT_DISCOVERED_SQL,
            [(ctx.batch_key, d.url, d.source, d.lastmod, d.language_hint) for d in found.values()],
        )
    conn.commit()
    return [s.name for s in sources]


def _api_window(conn: PgConnection, ctx: RunContext, params: IngestParams, source: Source) -> ApiWindow:
    """What an i24_api source lists this run: new items since the earlier runs, or the backfill's date range."""
    from news_etl.discover.i24_api import ApiWindow

    with conn.cursor() as cur:
        cur.execute(SEEN_BY_SOURCE_SQL, (source.name, ctx.batch_key))
        seen = dict(cur.fetchall())
    return ApiWindow(seen=seen, backfill_from=params.backfill_from, backfill_to=params.backfill_to)


def _close_abandoned_runs(conn: PgConnection, ctx: RunContext, settings: Settings, source: str) -> None:
    with conn.cursor() as cur:
        cur.execute(
            CLOSE_ABANDONED_SQL,
            {"source": source, "run_id": ctx.batch_key, "after_s": settings.abandoned_after_hours * 3600},
        )
        closed = [run_id for (run_id,) in cur.fetchall()]
    conn.commit()
    if closed:
        log.warning("source %s: closed the open URLs of abandoned runs %s", source, ", ".join(closed))


# -- fetch -------------------------------------------------------------------------------------------------


def fetch_stage(
    conn: PgConnection, ctx: RunContext, settings: Settings, params: IngestParams, source_name: str
) -> dict[str, int]:
    """Fetch the run's pending URLs of one source. Each URL is committed on its own, so a killed task resumes
    with the URLs it had not done yet."""
    source = params.source(source_name)
    counts = {"fetched": 0, "not_modified": 0, "skipped_unchanged": 0, "rejected": 0, "shell_pages": 0}
    if params.reparse:
        with conn.cursor() as cur:
            cur.execute(REPARSE_COPY_RAW_SQL, {"run_id": ctx.batch_key, "source": source_name})
            counts["fetched"] = cur.rowcount
            cur.execute(REPARSE_COPY_SHELL_SQL, {"run_id": ctx.batch_key, "source": source_name})
        conn.commit()
        return counts
    from news_etl.discover.incremental import select_for_fetch
    from news_etl.pipeline.shell_pages import fetch_shell_text

    with conn.cursor() as cur:
        cur.execute(PENDING_FETCH_SQL, (ctx.batch_key, source_name))
        pending = cur.fetchall()
    validators = {row[0]: (row[5], row[6]) for row in pending}
    to_fetch, unchanged = select_for_fetch(
        [DiscoveredUrl(url, source_name, lastmod, hint) for url, lastmod, hint, *_ in pending],
        {row[0]: row[4] for row in pending if row[3]},
        force=params.force_refetch,
    )
    with conn.cursor() as cur:
        for item in unchanged:
            cur.execute(SET_OUTCOME_SQL, ("unchanged", None, ctx.batch_key, item.url))
    conn.commit()
    counts["skipped_unchanged"] = len(unchanged)
    force = params.force_refetch
    with http_client(settings, conn) as client:
        for item in to_fetch:
            etag, last_modified = (None, None) if force else validators[item.url]
            outcome = _fetch_isolated(client, item.url, source, etag, last_modified)
            with conn.cursor() as cur:
                if outcome.reject is not None:
                    record_reject(cur, ctx.batch_key, outcome.reject)
                    counts["rejected"] += 1
                else:
                    page = outcome.page
                    assert page is not None  # no reject: a page
                    cur.execute(INSERT_RAW_PAGE_SQL, {"run_id": ctx.batch_key, **page.__dict__})
                    if page.status == 304:
                        cur.execute(SET_OUTCOME_SQL, ("unchanged", None, ctx.batch_key, item.url))
                        counts["not_modified"] += 1
                    else:
                        counts["fetched"] += 1
                        # an i24NEWS shell page (meta tags only): its text from the API, archived now for parse
                        shell = fetch_shell_text(client, source, ctx.batch_key, page, outcome.text)
                        if shell is not None:
                            cur.execute(INSERT_SHELL_API_FETCH_SQL, shell)
                            counts["shell_pages"] += 1
            conn.commit()
    log.info("fetch %s: %s", source_name, counts)
    return counts


def _fetch_isolated(
    client: HttpClient, url: str, source: Source, etag: str | None, last_modified: str | None
) -> FetchOutcome:
    """The client turns every network failure into a reject; anything else it raises on one URL (a bug on
    hostile headers or bytes) would fail the task on every retry and every later run: that URL is rejected
    (fetch_failed) instead. An OSError (the raw archive unwritable) is transient and stays an error."""
    from news_etl.fetch.outcome import FetchOutcome

    # an i24_api source lists API items (JSON); every other source lists pages
    fetch = client.fetch_json if source.kind == "i24_api" else client.fetch_page
    try:
        return fetch(url, source, etag=etag, last_modified=last_modified)
    except OSError:
        raise
    except Exception as error:
        return FetchOutcome(reject=Reject(url, "fetch", "fetch_failed", f"{type(error).__name__}: {error}"))


# -- parse and clean ---------------------------------------------------------------------------------------


# A commit per page made the staging writes the slowest part of loading (bench: 29 s of 29.4 s at 10k pages);
# every 100 pages, a killed task redoes at most 100 parses.
PARSE_COMMIT_EVERY = 100


def parse_stage(
    conn: PgConnection, ctx: RunContext, settings: Settings, params: IngestParams
) -> dict[str, int]:
    """Parse and clean the run's fetched pages (from the raw archive) into news.articles_staging."""
    from news_etl.parse.limits import PageLimits
    from news_etl.pipeline.transform import transform_page

    with conn.cursor() as cur:
        cur.execute(PENDING_PARSE_SQL, (ctx.batch_key,))
        pending = cur.fetchall()
        cur.execute(SHELL_API_DOCUMENTS_SQL, (ctx.batch_key,))
        shells = {row[0]: row[1:] for row in cur.fetchall()}
    store = raw_store(settings)
    limits = PageLimits.of(settings)
    counts = {"parsed": 0, "rejected": 0}
    for done, (url, final_url, sha256, content_type, fetched_at, source, language_hint) in enumerate(
        pending, 1
    ):
        api_url, api_sha256, api_reason, api_detail = shells.get(url, (None, None, None, None))
        # Outside the isolation: an unreachable archive is transient, retried.
        body = store.get(sha256)
        api_document = store.get(api_sha256) if api_sha256 else None
        try:
            result = transform_page(
                body=body,
                url=final_url or url,
                content_type=content_type,
                source=source,
                language_hint=language_hint,
                api_document=api_document,
                api_note=f"API {api_url}: {api_reason} {api_detail or ''}".strip() if api_reason else "",
                limits=limits,
            )
        except Exception as error:  # a bug on one hostile page costs that page, never the batch
            result = Reject(url, "parse", "parse_failed", f"{type(error).__name__}: {error}")
        with conn.cursor() as cur:
            reject = (
                result
                if isinstance(result, Reject)
                else _stage_article(
                    cur,
                    {
                        **result,
                        "run_id": ctx.batch_key,
                        "url": url,
                        "raw_sha256": sha256,
                        "fetched_at": fetched_at,
                    },
                )
            )
            if reject is not None:
                record_reject(cur, ctx.batch_key, Reject(url, reject.stage, reject.reason, reject.detail))
                counts["rejected"] += 1
            else:
                counts["parsed"] += 1
        if done % PARSE_COMMIT_EVERY == 0:
            conn.commit()
    conn.commit()
    return counts


def _stage_article(cur: PgCursor, row: dict[str, Any]) -> Reject | None:
    """Insert one parsed article into staging inside a savepoint; a value PostgreSQL refuses (a NUL character,
    an invalid date) rejects this page only."""
    import psycopg2

    cur.execute("SAVEPOINT page")
    try:
        cur.execute(INSERT_STAGED_SQL, row)
    except (ValueError, psycopg2.DataError) as error:
        cur.execute("ROLLBACK TO SAVEPOINT page")
        return Reject(row["url"], "parse", "parse_failed", f"staging refused the article: {error}")
    cur.execute("RELEASE SAVEPOINT page")
    return None


# -- dedup and load --------------------------------------------------------------------------------------


def dedup_stage(
    conn: PgConnection, ctx: RunContext, settings: Settings, params: IngestParams
) -> dict[str, int]:
    """Decide, for every staged article of the run, whether it is new, a new version, unchanged or a duplicate.
    Recomputed whole on every attempt (one transaction), so it is deterministic and idempotent. The load
    decides again under the load lock, in case another run loaded articles in between."""
    counts = _decide_batch(conn, ctx, timedelta(days=settings.near_duplicate_window_days))
    conn.commit()
    return counts


def _decide_batch(conn: PgConnection, ctx: RunContext, near_duplicate_window: timedelta) -> dict[str, int]:
    """Write the dedup decision of every staged article of the run (no commit)."""
    from news_etl.dedup import Candidate, KnownArticle, NearDuplicateIndex, assign_duplicates

    with conn.cursor() as cur:
        cur.execute(STAGED_FOR_DEDUP_SQL, (ctx.batch_key,))
        staged = cur.fetchall()
        cur.execute(EARLIEST_STAGED_SQL, (ctx.batch_key,))
        (earliest,) = cur.fetchone()
        since = earliest - near_duplicate_window if earliest else None
        cur.execute(KNOWN_ARTICLES_SQL, {"run_id": ctx.batch_key, "since": since})
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
                (
                    version,
                    outcome,
                    decision.duplicate_of,
                    decision.kind,
                    decision.story_id,
                    ctx.batch_key,
                    url,
                ),
            )
    return counts


def _version_and_outcome(
    article_id: str, body_sha256: str, decision: DedupDecision, latest: dict[str, tuple[int, str]]
) -> tuple[int | None, str]:
    """The row to write (version, or None for no new row) and the URL's outcome."""
    if decision.kind == "exact_url":  # same canonical URL as another URL of the batch: that one is the row
        return None, "duplicate"
    if article_id in latest:
        version, known_sha = latest[article_id]
        return (None, "unchanged") if known_sha == body_sha256 else (version + 1, "loaded")
    return 1, ("duplicate" if decision.duplicate_of else "loaded")


def load_stage(
    conn: PgConnection, ctx: RunContext, settings: Settings, params: IngestParams
) -> dict[str, int]:
    """Load the run's articles in one transaction and record every URL's outcome.

    Runs of news_ingest may overlap (a backfill beside the scheduled run): loads take a lock and decide the
    batch again inside their transaction, so a story loaded by the other run in the meantime is seen as
    known, never loaded twice."""
    batch = {"run_id": ctx.batch_key}
    with conn.cursor() as cur:
        cur.execute(LOCK_LOADS_SQL, (LOAD_LOCK_KEY,))
    _decide_batch(conn, ctx, timedelta(days=settings.near_duplicate_window_days))
    with conn.cursor() as cur:
        cur.execute(RETIRE_OLD_VERSIONS_SQL, batch)
        retired = cur.rowcount
        cur.execute(LOAD_ARTICLES_SQL, batch)
        written = cur.rowcount
        cur.execute(RECORD_OUTCOMES_SQL, batch)
        cur.execute(CLEAR_ARTICLE_STAGING_SQL, batch)
    conn.commit()
    return {"article_rows_written": written, "versions_retired": retired}


# -- report ------------------------------------------------------------------------------------------------


def report_stage(
    conn: PgConnection, ctx: RunContext, settings: Settings, params: IngestParams
) -> dict[str, int]:
    """The run's totals in news.ingest_runs: every discovered URL by outcome."""
    with conn.cursor() as cur:
        cur.execute(RUN_TOTALS_SQL, (ctx.batch_key,))
        discovered, loaded, unchanged, duplicates, rejected, open_ = cur.fetchone()
        accounting_ok = open_ == 0 and discovered == loaded + unchanged + duplicates + rejected
        cur.execute(
            UPDATE_RUN_TOTALS_SQL,
            (discovered, loaded, unchanged, duplicates, rejected, accounting_ok, ctx.batch_key),
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
    log.info("run %s: %s (%d without outcome)", ctx.batch_key, totals, open_)
    return totals


def accounting_check_stage(
    conn: PgConnection, ctx: RunContext, settings: Settings, params: IngestParams
) -> None:
    """Great Expectations: discovered = loaded + unchanged + duplicates + rejected; then source health (no
    source delivered, or one silent for too long). Raises (the run turns red and alerts) when either fails."""
    from news_etl.validate import raise_if_failed, validate_ingest_accounting

    raise_if_failed(
        validate_ingest_accounting(
            conn,
            ctx.batch_key,
            dag_id=ctx.dag_id,
            data_docs_dir=settings.data_docs,
            data_docs_base_url=settings.data_docs_url,
        )
    )
    if params.reparse:  # no source was asked
        return
    with conn.cursor() as cur:
        cur.execute(SOURCE_HEALTH_SQL, (ctx.batch_key,))
        sources = [
            SourceHealth(source, status, reason, detail, float(silent_hours))
            for source, status, reason, detail, silent_hours in cur.fetchall()
        ]
    problems = health_problems(sources, settings.source_silence_hours)
    if problems:
        raise SourceHealthFailed("; ".join(problems))
