"""Warehouse side of validation: read a run's batch, move offending rows to quarantine, record the run.

The caller wraps these in one transaction (news_etl.warehouse.db.transaction): rows are either all moved or
none, and the validation_runs record always matches the tables.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from psycopg2 import sql
from psycopg2.extras import Json, RealDictCursor

if TYPE_CHECKING:
    from psycopg2.extensions import connection as PgConnection

STAGING = sql.Identifier("news", "mentions_staging")
QUARANTINE = sql.Identifier("news", "mentions_quarantine")


def location_codes(conn: PgConnection) -> list[str]:
    with conn.cursor() as cur:
        cur.execute("SELECT code FROM news.countries ORDER BY code")
        return [code for (code,) in cur.fetchall()]


def actor_codes(conn: PgConnection) -> list[str]:
    """States and organisations (news.countries) plus international bodies and armed groups (news.actors)."""
    with conn.cursor() as cur:
        cur.execute("SELECT code FROM news.countries UNION SELECT code FROM news.actors ORDER BY code")
        return [code for (code,) in cur.fetchall()]


def mention_columns(conn: PgConnection) -> list[str]:
    """Columns shared by staging and quarantine, read from the catalog so later migrations that add a mention
    column to both tables need no change here."""
    with conn.cursor() as cur:
        cur.execute(
            """
            SELECT s.column_name FROM information_schema.columns s
            JOIN information_schema.columns q
              ON q.table_schema = 'news' AND q.table_name = 'mentions_quarantine'
             AND q.column_name = s.column_name
            WHERE s.table_schema = 'news' AND s.table_name = 'mentions_staging'
            ORDER BY s.ordinal_position
            """
        )
        return [name for (name,) in cur.fetchall()]


def load_run_batch(conn: PgConnection, run_id: str, columns: list[str]) -> list[dict[str, Any]]:
    """All mentions of the run, including those an earlier attempt of this validation quarantined: they are put
    back into staging first so that a re-run judges the whole batch again (idempotent, and a corrected suite
    releases rows it wrongly held)."""
    cols = sql.SQL(", ").join(map(sql.Identifier, columns))
    with conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(
            sql.SQL(
                "INSERT INTO {staging} ({cols}) SELECT {cols} FROM {quarantine} WHERE run_id = %s"
                " ON CONFLICT (run_id, mention_id) DO NOTHING"
            ).format(staging=STAGING, quarantine=QUARANTINE, cols=cols),
            (run_id,),
        )
        cur.execute(sql.SQL("DELETE FROM {} WHERE run_id = %s").format(QUARANTINE), (run_id,))
        cur.execute(
            sql.SQL("SELECT {cols} FROM {staging} WHERE run_id = %s ORDER BY mention_id FOR UPDATE").format(
                cols=cols, staging=STAGING
            ),
            (run_id,),
        )
        return [dict(row) for row in cur.fetchall()]


def quarantine_rows(conn: PgConnection, run_id: str, broken: dict[str, list[str]], columns: list[str]) -> int:
    """Move the run's rows named in `broken` (mention_id -> failed expectation names) from staging to
    quarantine. Upsert on mention_id: the latest verdict on a mention wins."""
    if not broken:
        return 0
    cols = sql.SQL(", ").join(map(sql.Identifier, columns))
    staged_cols = sql.SQL(", ").join(sql.Identifier("s", c) for c in columns)
    updates = sql.SQL(", ").join(
        sql.SQL("{c} = EXCLUDED.{c}").format(c=sql.Identifier(c)) for c in [*columns, "failed_expectations"]
    )
    with conn.cursor() as cur:
        cur.execute(
            sql.SQL(
                """
                INSERT INTO {quarantine} ({cols}, failed_expectations)
                SELECT {staged_cols}, ARRAY(SELECT jsonb_array_elements_text(f.failed))
                FROM {staging} s JOIN jsonb_each(%s::jsonb) AS f(mention_id, failed)
                  ON f.mention_id = s.mention_id
                WHERE s.run_id = %s
                ON CONFLICT (mention_id) DO UPDATE SET {updates}
                """
            ).format(
                quarantine=QUARANTINE, staging=STAGING, cols=cols, staged_cols=staged_cols, updates=updates
            ),
            (json.dumps(broken), run_id),
        )
        moved = cur.rowcount
        cur.execute(
            sql.SQL("DELETE FROM {} WHERE run_id = %s AND mention_id = ANY(%s)").format(STAGING),
            (run_id, list(broken)),
        )
    return moved


def record_validation_run(
    conn: PgConnection,
    *,
    dag_id: str,
    run_id: str,
    suite_name: str,
    suite_version: str,
    success: bool,
    rows_validated: int,
    rows_quarantined: int,
    evaluated_expectations: int,
    failed_counts: dict[str, int],
    result_json: dict[str, Any],
    data_docs_url: str | None,
) -> str | None:
    """Upsert the run's record and return the Data Docs URL it holds. A re-run that reaches the same verdict
    leaves the record as it was (first validation time, its result and Data Docs page), so re-running a DAG run
    leaves the warehouse unchanged; a different verdict replaces it."""
    with conn.cursor() as cur:
        cur.execute(
            """
            INSERT INTO news.validation_runs AS v (dag_id, run_id, suite_name, suite_version, success,
                rows_validated, rows_quarantined, evaluated_expectations, failed_expectations,
                failed_expectation_counts, result_json, data_docs_url, validated_at)
            VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
            ON CONFLICT (dag_id, run_id, suite_name) DO UPDATE SET
                suite_version = EXCLUDED.suite_version, success = EXCLUDED.success,
                rows_validated = EXCLUDED.rows_validated, rows_quarantined = EXCLUDED.rows_quarantined,
                evaluated_expectations = EXCLUDED.evaluated_expectations,
                failed_expectations = EXCLUDED.failed_expectations,
                failed_expectation_counts = EXCLUDED.failed_expectation_counts,
                result_json = EXCLUDED.result_json, data_docs_url = EXCLUDED.data_docs_url,
                validated_at = EXCLUDED.validated_at
            WHERE (v.suite_version, v.success, v.rows_validated, v.rows_quarantined, v.evaluated_expectations,
                   v.failed_expectation_counts)
                  IS DISTINCT FROM
                  (EXCLUDED.suite_version, EXCLUDED.success, EXCLUDED.rows_validated, EXCLUDED.rows_quarantined,
                   EXCLUDED.evaluated_expectations, EXCLUDED.failed_expectation_counts)
            """,
            (
                dag_id,
                run_id,
                suite_name,
                suite_version,
                success,
                rows_validated,
                rows_quarantined,
                evaluated_expectations,
                len(failed_counts),
                Json(failed_counts),
                Json(result_json),
                data_docs_url,
                datetime.now(timezone.utc),
            ),
        )
        cur.execute(
            "SELECT data_docs_url FROM news.validation_runs WHERE dag_id = %s AND run_id = %s AND suite_name = %s",
            (dag_id, run_id, suite_name),
        )
        (recorded_url,) = cur.fetchone()
    return recorded_url
