"""Scratch warehouse databases on the embedded PostgreSQL: created and migrated for one benchmark run, emptied
before each measurement, dropped at the end. The warehouse the DAGs use is never touched."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from news_etl.config import project_root

# Reference data and the migration log survive emptying; every other table of schema news is pipeline data.
KEPT_TABLES = ("countries", "schema_migrations")


@dataclass(frozen=True)
class ScratchDatabase:
    dsn: str  # libpq
    airflow_uri: str  # the same database as an Airflow connection URI


@contextmanager
def scratch_database(label: str) -> Iterator[ScratchDatabase]:
    """A freshly migrated database on the embedded server, dropped on exit."""
    from news_etl.devenv import postgres
    from news_etl.warehouse.db import connect
    from news_etl.warehouse.migrate import migrate

    pg = postgres.start(project_root() / ".local" / "pgdata")
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

    conn = connect(dsn)
    try:
        with conn.cursor() as cur:
            cur.execute(
                "SELECT string_agg(format('%%I.%%I', schemaname, tablename), ', ') FROM pg_tables"
                " WHERE schemaname = 'news' AND NOT (tablename = ANY(%s))",
                (list(KEPT_TABLES),),
            )
            (tables,) = cur.fetchone()
            cur.execute(f"TRUNCATE {tables}")  # names from the catalog, quoted by format(%I)
        conn.commit()
        yield conn
    finally:
        conn.close()
