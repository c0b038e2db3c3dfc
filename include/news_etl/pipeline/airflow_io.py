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
    """A psycopg2 connection to the Airflow connection `news_warehouse`.

    PostgresHook.get_conn() hands out psycopg 3 connections when psycopg 3 and SQLAlchemy 2 are installed (as
    Airflow 3 installs them); the stage functions are written and tested against psycopg2, so the hook is used
    to resolve the connection (secrets backends, env vars) and psycopg2 to open it."""
    import psycopg2
    from airflow.providers.postgres.hooks.postgres import PostgresHook

    airflow_conn = PostgresHook(postgres_conn_id=WAREHOUSE_CONN_ID).get_connection(WAREHOUSE_CONN_ID)
    conn = psycopg2.connect(
        host=airflow_conn.host or None,
        port=airflow_conn.port or None,
        user=airflow_conn.login or None,
        password=airflow_conn.password or None,
        dbname=airflow_conn.schema or None,
        application_name="news-etl",
    )
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


def migrate_warehouse() -> list[str]:
    """The `migrate` task every DAG run starts with: pending warehouse migrations, applied idempotently."""
    from news_etl.warehouse.migrate import migrate

    with warehouse_connection() as conn:
        return migrate(conn)
