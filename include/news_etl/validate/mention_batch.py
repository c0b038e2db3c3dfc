"""Validate one deployment_mentions run's staged mentions and quarantine the rows that break the suite."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from news_etl.settings import DEFAULT_PLAUSIBLE_MAX
from news_etl.validate.gx_context import quiet_great_expectations
from news_etl.validate.mention_suite import (
    ID_COLUMN,
    SUITE_NAME,
    SUITE_VERSION,
    suite_parameters,
)
from news_etl.validate.outcome import MAX_SAMPLE_ROWS, ValidationOutcome
from news_etl.validate.record import record_outcome
from news_etl.validate.results import offending_rows
from news_etl.validate.staging import (
    actor_codes,
    load_run_batch,
    location_codes,
    mention_columns,
    quarantine_rows,
)
from news_etl.warehouse.db import transaction

if TYPE_CHECKING:
    import pandas as pd
    from psycopg2.extensions import connection as PgConnection

# Troop counts reach GX as Python ints and None (object dtype): pandas would otherwise make them float64, and its
# nullable Int64 makes GX's column-pair comparisons raise on NA ("boolean value of NA is ambiguous").
_COUNT_COLUMNS = ("troop_count_min", "troop_count_max")
SAMPLE_FIELDS = ("mention_id", "count_text", "troop_count_min", "troop_count_max", "sentence")


def validate_batch(
    conn: PgConnection,
    *,
    dag_id: str,
    run_id: str,
    articles_loaded: int,
    plausible_max: int = DEFAULT_PLAUSIBLE_MAX,
    data_docs_dir: str | None = None,
    data_docs_base_url: str | None = None,
) -> ValidationOutcome:
    """Validate the run's rows in news.mentions_staging, move the offending ones to news.mentions_quarantine,
    record the run in news.validation_runs and build Data Docs. Commits; never raises on failed expectations
    (the caller publishes the remaining rows, then fails the task with ValidationFailed). The Data Docs link
    it records and logs is under `data_docs_base_url` when given (see browsable_docs_url)."""
    from news_etl.validate.checkpoint import build_checkpoint, run_checkpoint
    from news_etl.validate.gx_context import browsable_docs_url, data_docs_location, make_context

    with quiet_great_expectations(), transaction(conn):
        context = make_context(data_docs_dir)
        checkpoint = build_checkpoint(context)
        columns = mention_columns(conn)
        rows = [whole_counts(row) for row in load_run_batch(conn, run_id, columns)]
        parameters = suite_parameters(
            plausible_max=plausible_max,
            actor_codes=actor_codes(conn),
            location_codes=location_codes(conn),
            articles_loaded=articles_loaded,
        )
        run = run_checkpoint(
            context,
            checkpoint,
            dataframe=mentions_frame(rows, columns),
            parameters=parameters,
            run_name=run_id,
        )
        docs_url = browsable_docs_url(
            run.data_docs_url, data_docs_location(data_docs_dir), data_docs_base_url
        )
        run = replace(run, data_docs_url=docs_url)
        broken = offending_rows(run.result, ID_COLUMN)
        return record_outcome(
            conn,
            run,
            dag_id=dag_id,
            run_id=run_id,
            suite_name=SUITE_NAME,
            suite_version=SUITE_VERSION,
            rows_validated=len(rows),
            rows_quarantined=quarantine_rows(conn, run_id, broken, columns),
            sample_bad_rows=sample_bad_rows(rows, broken),
        )


def whole_counts(row: dict[str, Any]) -> dict[str, Any]:
    """Staging stores counts as numeric (migration 005: a count too large for bigint must reach the checks,
    not crash the insert); psycopg2 reads them as Decimal, the checks and the alert compare Python ints."""
    for column in _COUNT_COLUMNS:
        if row.get(column) is not None:
            row[column] = int(row[column])
    return row


def sample_bad_rows(rows: list[dict[str, Any]], broken: dict[str, list[str]]) -> list[dict[str, Any]]:
    """Up to MAX_SAMPLE_ROWS offending rows, in batch order, with the expectations each broke."""
    return [
        {**{name: row.get(name) for name in SAMPLE_FIELDS}, "failed_expectations": broken[row[ID_COLUMN]]}
        for row in rows
        if row[ID_COLUMN] in broken
    ][:MAX_SAMPLE_ROWS]


def mentions_frame(rows: list[dict[str, Any]], columns: list[str]) -> pd.DataFrame:
    import pandas as pd

    frame = pd.DataFrame.from_records(rows, columns=columns)
    for column in _COUNT_COLUMNS:
        frame[column] = pd.Series([row[column] for row in rows], index=frame.index, dtype=object)
    return frame
