"""The Airflow edge of the stage functions: settings, the warehouse connection, the run identity and the
run's typed params, each built once per task. Every DAG task goes through `run_stage`.

Imported only inside running tasks, never at DAG-parse time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

from news_etl.pipeline.context import RunContext
from news_etl.settings import Settings
from news_etl.warehouse.db import WAREHOUSE_CONN_ID, connect_kwargs

T = TypeVar("T")
P = TypeVar("P")


@contextmanager
def warehouse_connection() -> Iterator[Any]:
    """A psycopg2 connection to the Airflow connection `news_warehouse`.

    PostgresHook.get_conn() hands out psycopg 3 connections when psycopg 3 and SQLAlchemy 2 are installed (as
    Airflow 3 installs them); the stage functions are written and tested against psycopg2, so the hook is used
    to resolve the connection (secrets backends, env vars) and psycopg2 to open it."""
    import psycopg2
    from airflow.providers.postgres.hooks.postgres import PostgresHook

    airflow_conn = PostgresHook(postgres_conn_id=WAREHOUSE_CONN_ID).get_connection(WAREHOUSE_CONN_ID)
    conn = psycopg2.connect(**connect_kwargs(airflow_conn))
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
        batch_key=logical_date.isoformat() if logical_date else dag_run.run_id,
        data_interval_start=context.get("data_interval_start"),
        data_interval_end=context.get("data_interval_end"),
        airflow_run_id=dag_run.run_id,
    )


def run_stage(
    stage: Callable[..., T], parse_params: Callable[[Mapping[str, Any], Settings], P], *args: Any
) -> T:
    """Call `stage(conn, ctx, settings, params, *args)` for the running task: the one place a task gets its
    settings (once, from the environment), its typed params (parsed once), its warehouse connection and its
    run identity.

    Deterministic errors (a configuration mistake, in the params or found by a stage; a silent source) fail
    the task at once instead of being retried: a retry would fail the same way, only later."""
    from airflow.sdk import get_current_context
    from airflow.sdk.exceptions import AirflowFailException

    from news_etl.config import ConfigError
    from news_etl.pipeline.source_health import SourceHealthFailed

    context = get_current_context()
    try:
        settings = Settings.from_env()  # NEWS_ETL_MAX_PAGE_CHARS=abc is as deterministic as a bad source
    except ValueError as error:
        raise AirflowFailException(f"settings refused: {error}") from error
    try:
        params = parse_params(context["params"], settings)
        with warehouse_connection() as conn:
            return stage(conn, run_context(context), settings, params, *args)
    except ConfigError as error:
        raise AirflowFailException(f"configuration refused: {error}") from error
    except SourceHealthFailed as error:
        raise AirflowFailException(f"source health: {error}") from error


def migrate_warehouse() -> list[str]:
    """The `migrate` task every DAG run starts with: pending warehouse migrations, applied idempotently. An
    applied migration that was edited fails at once (a retry would find the same file)."""
    from airflow.sdk.exceptions import AirflowFailException

    from news_etl.warehouse.migrate import MigrationChecksumError, migrate

    with warehouse_connection() as conn:
        try:
            return migrate(conn)
        except MigrationChecksumError as error:
            raise AirflowFailException(str(error)) from error
