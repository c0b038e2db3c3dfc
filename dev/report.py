"""`news-etl report snapshot|show`: the short report `make run` prints.

`snapshot` records the warehouse row counts before the run; `show` prints what the run did and how the
counts moved, so a second `make run` visibly adds nothing.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from news_etl.warehouse.db import connect

COUNTED_TABLES = (
    "articles", "deployment_mentions", "mentions_quarantine", "ingest_rejects", "raw_pages", "troop_claims",
    "troop_claim_mentions",
)  # fmt: skip
SNAPSHOT = Path(".local") / "report-snapshot.json"

LATEST_INGEST_SQL = """
SELECT run_id, discovered, loaded, unchanged, duplicates, rejected, accounting_ok
FROM news.ingest_runs WHERE dag_id = 'news_ingest' ORDER BY data_interval_end DESC NULLS LAST, run_id DESC LIMIT 1
"""
SOURCE_RUNS_SQL = """
SELECT source, status, urls_found, reason, detail FROM news.source_runs WHERE run_id = %s ORDER BY source
"""
ABANDONED_RUNS_SQL = """
SELECT run_id, open_urls, closed_as_abandoned, abandoned_cleaned_by FROM news.v_abandoned_runs
WHERE run_id <> %(run_id)s AND (abandoned_cleaned_by IS NULL OR abandoned_cleaned_by = %(run_id)s)
ORDER BY started_at
"""
FAILED_EXTRACTIONS_SQL = """
SELECT article_id, article_version, status, problem FROM news.extractions WHERE problem IS NOT NULL
ORDER BY article_id, article_version
"""
REJECTS_SQL = "SELECT reason, stage, url FROM news.ingest_rejects WHERE run_id = %s ORDER BY reason, url"
LOADED_BY_SOURCE_SQL = """
SELECT source, count(*) FILTER (WHERE outcome = 'loaded'), count(*) FROM news.discovered_urls
WHERE run_id = %s GROUP BY source ORDER BY source
"""
SHELL_PAGES_SQL = "SELECT count(*), count(sha256) FROM news.shell_page_api_fetches WHERE run_id = %s"
LATEST_VALIDATION_SQL = """
SELECT run_id, suite_name, success, rows_validated, rows_quarantined, failed_expectation_counts, data_docs_url
FROM news.validation_runs WHERE dag_id = 'deployment_mentions' AND suite_name = 'deployment_mentions'
ORDER BY validated_at DESC LIMIT 1
"""
# The analyst query shown in the demo: whose troops, where, how many at most, in how many stories.
ANALYST_QUERY_SQL = """
SELECT m.actor_code, m.location_country, m.mention_type, m.count_precision, m.count_text,
       m.troop_count_min, m.troop_count_max, a.language, left(a.title, 50) AS title
FROM news.deployment_mentions m JOIN news.articles a ON a.article_id = m.article_id AND a.version = m.article_version
WHERE m.is_current
ORDER BY a.published_at, m.article_id, m.char_start
"""


# The series with the most claims (the demo's North Korean troops in Russia): its weekly estimates and claims.
BUSIEST_SERIES_SQL = """
SELECT actor_code, location_country, mention_type FROM news.troop_claims
GROUP BY 1, 2, 3 ORDER BY count(*) DESC, 1, 2, 3 LIMIT 1
"""
ESTIMATES_SQL = """
SELECT period_start AS week, low, high, best, n_claims, n_outlets, array_to_string(claimants, ',') AS claimants,
       CASE WHEN carried THEN 'carried' ELSE '' END AS carried
FROM news.v_troop_estimates
WHERE actor_code = %s AND location_country IS NOT DISTINCT FROM %s AND mention_type = %s
ORDER BY period_start
"""
CLAIMS_SQL = """
SELECT c.claim_id, c.first_seen::date AS first_seen, c.claimant, c.best, c.n_articles, c.n_outlets,
       c.revises_claim_id AS revises
FROM news.troop_claims c
WHERE actor_code = %s AND location_country IS NOT DISTINCT FROM %s AND mention_type = %s
ORDER BY c.first_seen, c.claim_id
"""


def _series(cur) -> list[str]:
    cur.execute(BUSIEST_SERIES_SQL)
    series = cur.fetchone()
    if not series:
        return ["== troop estimates: no claims yet =="]
    actor, location, mention_type = series
    out = [f"== troop estimates: {actor} -> {location or '?'} ({mention_type}), news.v_troop_estimates =="]
    cur.execute(ESTIMATES_SQL, series)
    out.append(_table([d.name for d in cur.description], cur.fetchall()))
    out.append("-- its claims (news.troop_claims) --")
    cur.execute(CLAIMS_SQL, series)
    out.append(_table([d.name for d in cur.description], cur.fetchall()))
    return out


def _counts(cur) -> dict[str, int]:
    counts = {}
    for table in COUNTED_TABLES:
        cur.execute(f"SELECT count(*) FROM news.{table}")  # table names are constants above
        counts[table] = cur.fetchone()[0]
    return counts


def _table(header: list[str], rows: list[tuple]) -> str:
    cells = [header] + [["" if v is None else str(v) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = [" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)) for r in cells]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def show(conn) -> str:
    out: list[str] = []
    with conn.cursor() as cur:
        counts = _counts(cur)
        before = json.loads(SNAPSHOT.read_text()) if SNAPSHOT.exists() else {}
        cur.execute(LATEST_INGEST_SQL)
        run = cur.fetchone()
        out.append("== news_ingest ==")
        if run:
            run_id, discovered, loaded, unchanged, duplicates, rejected, ok = run
            out.append(f"run {run_id}")
            out.append(
                f"URLs discovered {discovered} = loaded {loaded} + unchanged {unchanged} + duplicates {duplicates}"
                f" + rejected {rejected}   ({'accounted for' if ok else 'NOT ACCOUNTED FOR'})"
            )
            cur.execute(LOADED_BY_SOURCE_SQL, (run_id,))
            by_source = ", ".join(f"{source} {n_loaded}/{n}" for source, n_loaded, n in cur.fetchall())
            out.append(f"  loaded/discovered by source: {by_source}")
            cur.execute(SHELL_PAGES_SQL, (run_id,))
            shells, with_text = cur.fetchone()
            if shells:
                out.append(
                    f"  client-rendered i24NEWS pages: {shells}, article text from the API for {with_text}"
                )
            cur.execute(REJECTS_SQL, (run_id,))
            for reason, stage, url in cur.fetchall():
                out.append(f"  rejected at {stage}: {reason:<18} {url}")
            out += _source_health(cur, run_id)
            cur.execute(ABANDONED_RUNS_SQL, {"run_id": run_id})  # still open, or closed by this run
            for old_run, open_urls, closed, cleaned_by in cur.fetchall():
                state = (
                    f"closed by run {cleaned_by} ({closed} URLs)"
                    if cleaned_by
                    else f"{open_urls} URLs still open"
                )
                out.append(f"  abandoned run {old_run}: {state}")
        cur.execute(LATEST_VALIDATION_SQL)
        validation = cur.fetchone()
        out.append("== deployment_mentions ==")
        if validation:
            run_id, suite, success, validated, quarantined, failed, docs = validation
            verdict = "PASSED" if success else f"FAILED {json.dumps(failed)}"
            out.append(
                f"validation ({suite}) of run {run_id}: {verdict}; {validated} mentions validated, "
                f"{quarantined} quarantined; Data Docs: {docs}"
            )
        cur.execute(FAILED_EXTRACTIONS_SQL)
        for article_id, version, status, problem in cur.fetchall():
            out.append(f"  extraction {status} for {article_id} v{version}: {problem}")
        out.append("== warehouse rows (before -> after) ==")
        for table, n in counts.items():
            out.append(f"  news.{table:<22} {before.get(table, '?')!s:>6} -> {n}")
        if before and before == counts:
            out.append("This run added no rows: the warehouse already had everything (idempotent re-run).")
        cur.execute(ANALYST_QUERY_SQL)
        rows = cur.fetchall()
        header = [d.name for d in cur.description]
        out.append("== analyst query: troop mentions (news.deployment_mentions) ==")
        out.append(_table(header, rows))
        out.extend(_series(cur))
    return "\n".join(out)


def _source_health(cur, run_id: str) -> list[str]:
    cur.execute(SOURCE_RUNS_SQL, (run_id,))
    lines = []
    for source, status, urls_found, reason, detail in cur.fetchall():
        why = f"  {reason}: {detail}" if reason else ""
        lines.append(f"  source {source:<16} {status:<6} {urls_found} URLs{why}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="news-etl report", description=__doc__)
    parser.add_argument("action", choices=["snapshot", "show"])
    args = parser.parse_args(argv)
    conn = connect()
    try:
        if args.action == "snapshot":
            with conn.cursor() as cur:
                SNAPSHOT.parent.mkdir(parents=True, exist_ok=True)
                SNAPSHOT.write_text(json.dumps(_counts(cur)))
        else:
            print(show(conn))
    finally:
        conn.close()
    return 0
