"""Validate a news_ingest run's URL accounting (news.ingest_runs) and record it in news.validation_runs."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from psycopg2.extras import RealDictCursor

from news_etl.validate.accounting_suite import (
    ACCOUNTING_SUITE_NAME,
    ACCOUNTING_SUITE_VERSION,
    COUNT_COLUMNS,
    OUTCOME_COLUMNS,
)
from news_etl.validate.gx_context import quiet_great_expectations
from news_etl.validate.outcome import ValidationOutcome
from news_etl.validate.record import record_outcome
from news_etl.warehouse.db import transaction

if TYPE_CHECKING:
    import pandas as pd
    from psycopg2.extensions import connection as PgConnection

DEFAULT_INGEST_DAG_ID = "news_ingest"


def validate_ingest_accounting(
    conn: PgConnection,
    run_id: str,
    *,
    dag_id: str | None = None,
    data_docs_dir: str | None = None,
    data_docs_base_url: str | None = None,
) -> ValidationOutcome:
    """Check discovered = loaded + unchanged + duplicates + rejected for the run. Commits the validation_runs
    record (dag_id defaults to the one stored with the run); never raises on a failed check."""
    from news_etl.validate.checkpoint import build_accounting_checkpoint, run_checkpoint
    from news_etl.validate.gx_context import browsable_docs_url, data_docs_location, make_context

    with quiet_great_expectations(), transaction(conn):
        context = make_context(data_docs_dir)
        checkpoint = build_accounting_checkpoint(context)
        with conn.cursor(cursor_factory=RealDictCursor) as cur:
            cur.execute(
                f"""
                SELECT r.run_id, r.dag_id, {", ".join(f"r.{c}" for c in COUNT_COLUMNS)},
                       (SELECT count(*) FROM news.discovered_urls d
                        WHERE d.run_id = r.run_id AND d.outcome IS NULL) AS open_urls
                FROM news.ingest_runs r WHERE r.run_id = %s
                """,
                (run_id,),
            )
            rows = [dict(row) for row in cur.fetchall()]
        dag_id = dag_id or (rows[0]["dag_id"] if rows else DEFAULT_INGEST_DAG_ID)
        run = run_checkpoint(
            context, checkpoint, dataframe=accounting_frame(rows), parameters={}, run_name=run_id
        )
        docs_url = browsable_docs_url(
            run.data_docs_url, data_docs_location(data_docs_dir), data_docs_base_url
        )
        run = replace(run, data_docs_url=docs_url)
        return record_outcome(
            conn,
            run,
            dag_id=dag_id,
            run_id=run_id,
            suite_name=ACCOUNTING_SUITE_NAME,
            suite_version=ACCOUNTING_SUITE_VERSION,
            rows_validated=len(rows),
            rows_quarantined=0,
            sample_bad_rows=[]
            if run.success
            else [{k: v for k, v in r.items() if k != "dag_id"} for r in rows],
        )


def accounting_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    import pandas as pd

    counts = [*COUNT_COLUMNS, "open_urls"]
    frame = pd.DataFrame.from_records(rows, columns=["run_id", *counts])
    frame[counts] = frame[counts].astype("int64")
    frame["accounted"] = frame[list(OUTCOME_COLUMNS)].sum(axis=1).astype("int64")
    return frame
