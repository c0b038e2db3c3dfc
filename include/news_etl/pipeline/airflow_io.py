"""The few Airflow touch points of the stage functions: the warehouse connection and the run identity.

Imported only inside running tasks, never at DAG-parse time.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from news_etl.pipeline.context import RunContext
from news_etl.warehouse.db import WAREHOUSE_CONN_ID


@contextmanager
def warehouse_connection() -> Iterator[Any]:
    from airflow.providers.postgres.hooks.postgres import PostgresHook

    conn = PostgresHook(postgres_conn_id=WAREHOUSE_CONN_ID).get_conn()
    try:
        yield conn
    finally:
        conn.close()


def run_context(context: Mapping[str, Any]) -> RunContext:
    """The batch key is the run's logical date when it has one, so that every attempt at the same interval
    (a cleared run, a second `airflow dags test` for the same date, a backfill) writes the same rows; runs
    without a logical date (asset-triggered, manual without a date) are keyed by their run id."""
    dag_run = context["dag_run"]
    logical_date = context.get("logical_date")
    return RunContext(
        dag_id=dag_run.dag_id,
        run_id=logical_date.isoformat() if logical_date else dag_run.run_id,
        data_interval_start=context.get("data_interval_start"),
        data_interval_end=context.get("data_interval_end"),
    )
