"""Warehouse connections outside Airflow (CLI, tests, benchmarks).

Inside Airflow the tasks get their connection from PostgresHook("news_warehouse"); everywhere else the same
connection is read from the environment, so one setting serves both.
"""

from __future__ import annotations

import os
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from psycopg2.extensions import connection as PgConnection

WAREHOUSE_CONN_ID = "news_warehouse"


def libpq_dsn_from_airflow_uri(uri: str) -> str:
    """Turn an Airflow connection URI (`postgres://user:pw@host:port/db`, host may be a percent-encoded socket
    directory) into a libpq URI psycopg2 accepts."""
    parts = urllib.parse.urlsplit(uri)
    host = urllib.parse.unquote(parts.hostname or "") if parts.hostname else ""
    # urlsplit lower-cases hostnames; a socket directory is case-sensitive, so re-read it from the netloc.
    netloc_host = parts.netloc.rsplit("@", 1)[-1]
    if netloc_host.startswith("%2F") or netloc_host.startswith("%2f"):
        host = urllib.parse.unquote(netloc_host.split(":")[0])
    user = urllib.parse.unquote(parts.username or "")
    password = urllib.parse.unquote(parts.password or "")
    database = parts.path.lstrip("/")
    params = {"dbname": database, "user": user}
    if password:
        params["password"] = password
    if host:
        params["host"] = host
    if parts.port and not host.startswith("/"):
        params["port"] = str(parts.port)
    return " ".join(f"{k}='{v}'" for k, v in params.items())


def warehouse_dsn_from_env() -> str:
    """The warehouse DSN: NEWS_ETL_WAREHOUSE_DSN (libpq) or the Airflow connection env var."""
    dsn = os.environ.get("NEWS_ETL_WAREHOUSE_DSN")
    if dsn:
        return dsn
    uri = os.environ.get("AIRFLOW_CONN_" + WAREHOUSE_CONN_ID.upper())
    if uri:
        return libpq_dsn_from_airflow_uri(uri)
    raise RuntimeError(
        "No warehouse configured: set AIRFLOW_CONN_NEWS_WAREHOUSE (Airflow URI) or NEWS_ETL_WAREHOUSE_DSN (libpq)"
    )


def connect(dsn: str | None = None) -> PgConnection:
    import psycopg2

    return psycopg2.connect(dsn or warehouse_dsn_from_env())


@contextmanager
def transaction(conn: PgConnection) -> Iterator[PgConnection]:
    """Commit on success, roll back on any error: a batch is loaded whole or not at all."""
    try:
        yield conn
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
