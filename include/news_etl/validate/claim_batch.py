"""Validate news.troop_claims (all claims: the table is small and a rebuilt series can touch any of them) and
record the run in news.validation_runs. Claims are derived rows: a failure is reported, nothing is quarantined."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from psycopg2.extras import RealDictCursor

from news_etl.claims.claim_sql import CLAIMS_TO_VALIDATE_SQL
from news_etl.validate.claim_suite import (
    CLAIM_ID_COLUMN,
    CLAIM_SUITE_NAME,
    CLAIM_SUITE_VERSION,
    PLAUSIBLE_MAX,
    VALUE_COLUMNS,
)
from news_etl.validate.outcome import MAX_SAMPLE_ROWS, ValidationOutcome
from news_etl.validate.record import record_outcome
from news_etl.validate.results import offending_rows
from news_etl.warehouse.db import transaction

if TYPE_CHECKING:
    import pandas as pd
    from psycopg2.extensions import connection as PgConnection

COLUMNS = (CLAIM_ID_COLUMN, *VALUE_COLUMNS, "n_articles", "n_outlets", "supporting_mentions")


def validate_claims(
    conn: PgConnection, *, dag_id: str, run_id: str, plausible_max: int, data_docs_dir: str | None = None
) -> ValidationOutcome:
    """Commits the validation_runs record; never raises on failed expectations."""
    from news_etl.validate.checkpoint import register_checkpoint, run_checkpoint
    from news_etl.validate.claim_suite import build_claim_suite
    from news_etl.validate.gx_context import make_context

    context = make_context(data_docs_dir)
    checkpoint = register_checkpoint(context, build_claim_suite(), CLAIM_ID_COLUMN)
    with transaction(conn):
        with conn.cursor(cursor_factory=RealDictCursor) as cur:
            cur.execute(CLAIMS_TO_VALIDATE_SQL)
            rows = [dict(row) for row in cur.fetchall()]
        run = run_checkpoint(
            context,
            checkpoint,
            dataframe=claims_frame(rows),
            parameters={PLAUSIBLE_MAX: plausible_max},
            run_name=run_id,
        )
        broken = offending_rows(run.result, CLAIM_ID_COLUMN)
        return record_outcome(
            conn,
            run,
            dag_id=dag_id,
            run_id=run_id,
            suite_name=CLAIM_SUITE_NAME,
            suite_version=CLAIM_SUITE_VERSION,
            rows_validated=len(rows),
            rows_quarantined=0,
            sample_bad_rows=[
                {**row, "failed_expectations": broken[row[CLAIM_ID_COLUMN]]}
                for row in rows
                if row[CLAIM_ID_COLUMN] in broken
            ][:MAX_SAMPLE_ROWS],
        )


def claims_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Values stay Python ints and None (object dtype), as for mentions: GX pair comparisons raise on pandas NA."""
    import pandas as pd

    frame = pd.DataFrame.from_records(rows, columns=list(COLUMNS))
    for column in VALUE_COLUMNS:
        frame[column] = pd.Series([row[column] for row in rows], index=frame.index, dtype=object)
    return frame
