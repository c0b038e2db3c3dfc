"""Scratch warehouse databases on the embedded PostgreSQL: created and migrated for one benchmark run, emptied
before each measurement, dropped at the end. The warehouse the DAGs use is never touched."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from dev.paths import REPO_ROOT


@dataclass(frozen=True)
class ScratchDatabase:
    dsn: str  # libpq
    airflow_uri: str  # the same database as an Airflow connection URI


@contextmanager
def scratch_database(label: str) -> Iterator[ScratchDatabase]:
    """A freshly migrated database on the embedded server, dropped on exit."""
    from news_etl.warehouse.db import connect
    from news_etl.warehouse.migrate import migrate

    from dev import postgres

    pg = postgres.start(REPO_ROOT / ".local" / "pgdata")
    name = f"news_bench_{label}_{os.getpid()}"
    postgres.drop_database(pg, name)
    postgres.ensure_database(pg, name)
    dsn = pg.libpq_uri(name)
    try:
        conn = connect(dsn)
        try:
            migrate(conn)
        finally:
            conn.close()
        yield ScratchDatabase(dsn, pg.airflow_conn_uri(name))
    finally:
        postgres.drop_database(pg, name)


@contextmanager
def emptied_warehouse(dsn: str) -> Iterator:
    """A connection to the scratch warehouse with every pipeline table emptied."""
    from news_etl.warehouse.db import connect

    from dev.reset import truncate_pipeline_data

    conn = connect(dsn)
    try:
        truncate_pipeline_data(conn)
        yield conn
    finally:
        conn.close()
