"""Turn a checkpoint run into the news.validation_runs record and the ValidationOutcome the DAG sees."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from news_etl.validate.outcome import ValidationOutcome
from news_etl.validate.results import errored_expectations, evaluated_expectations, failed_counts
from news_etl.validate.staging import record_validation_run

if TYPE_CHECKING:
    from psycopg2.extensions import connection as PgConnection

    from news_etl.validate.checkpoint import CheckpointRun

log = logging.getLogger(__name__)


def record_outcome(
    conn: PgConnection,
    run: CheckpointRun,
    *,
    dag_id: str,
    run_id: str,
    suite_name: str,
    suite_version: str,
    rows_validated: int,
    rows_quarantined: int,
    sample_bad_rows: list[dict[str, Any]],
) -> ValidationOutcome:
    """Upsert the validation_runs row (inside the caller's transaction) and return the outcome, which links the
    Data Docs page the record holds."""
    counts = failed_counts(run.result)
    evaluated = evaluated_expectations(run.result)
    recorded_docs_url = record_validation_run(
        conn,
        dag_id=dag_id,
        run_id=run_id,
        suite_name=suite_name,
        suite_version=suite_version,
        success=run.success,
        rows_validated=rows_validated,
        rows_quarantined=rows_quarantined,
        evaluated_expectations=evaluated,
        failed_counts=counts,
        result_json=run.result,
        data_docs_url=run.data_docs_url,
    )
    outcome = ValidationOutcome(
        success=run.success,
        rows_validated=rows_validated,
        rows_quarantined=rows_quarantined,
        failed_counts=counts,
        data_docs_url=recorded_docs_url,
        sample_bad_rows=sample_bad_rows,
        suite_name=suite_name,
        suite_version=suite_version,
        dag_id=dag_id,
        run_id=run_id,
        evaluated_expectations=evaluated,
    )
    errored = errored_expectations(run.result)
    if errored:
        log.error(
            "expectations raised instead of evaluating (a suite bug, not bad data): %s", ", ".join(errored)
        )
    log.info("%s", outcome.summary())
    return outcome
