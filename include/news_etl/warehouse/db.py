"""Warehouse connections outside Airflow (CLI, tests, benchmarks).

Inside Airflow the tasks get their connection from PostgresHook("news_warehouse"); everywhere else the same
connection is read from the environment, so one setting serves both.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from airflow.sdk import Connection
    from psycopg2.extensions import connection as PgConnection

    from news_etl.settings import Settings

WAREHOUSE_CONN_ID = "news_warehouse"


def connect_kwargs(airflow_conn: Connection) -> dict[str, Any]:
    """psycopg2.connect() arguments for an Airflow connection (host may be a Unix socket directory).

    Airflow's own Connection parses the URI (percent-encoded socket directories, passwords, extras), so the
    package never parses connection URIs itself."""
    kwargs: dict[str, Any] = {
        "host": airflow_conn.host or None,
        "port": airflow_conn.port or None,
        "user": airflow_conn.login or None,
        "password": airflow_conn.password or None,
        "dbname": airflow_conn.schema or None,
        "application_name": "news-etl",
    }
    for key in ("sslmode", "sslrootcert", "connect_timeout"):
        if key in airflow_conn.extra_dejson:
            kwargs[key] = airflow_conn.extra_dejson[key]
    return {k: v for k, v in kwargs.items() if v is not None}


def warehouse_connect_kwargs(settings: Settings) -> dict[str, Any]:
    """The warehouse outside a task: settings.warehouse_dsn (libpq) or the Airflow connection URI."""
    if settings.warehouse_dsn:
        return {"dsn": settings.warehouse_dsn}
    if settings.warehouse_airflow_uri:
        from airflow.sdk import Connection

        return connect_kwargs(Connection.from_uri(settings.warehouse_airflow_uri, conn_id=WAREHOUSE_CONN_ID))
    raise RuntimeError(
        "No warehouse configured: set AIRFLOW_CONN_NEWS_WAREHOUSE (Airflow URI) or NEWS_ETL_WAREHOUSE_DSN (libpq)"
    )


def connect(dsn: str | None = None) -> PgConnection:
    """A psycopg2 connection to `dsn`, or to the warehouse the environment names (Settings.from_env())."""
    import psycopg2

    if dsn:
        return psycopg2.connect(dsn)
    from news_etl.settings import Settings

    return psycopg2.connect(**warehouse_connect_kwargs(Settings.from_env()))


@contextmanager
def transaction(conn: PgConnection) -> Iterator[PgConnection]:
    """Commit on success, roll back on any error: a batch is loaded whole or not at all."""
    try:
        yield conn
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
