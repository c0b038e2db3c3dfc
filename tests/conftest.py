"""Shared fixtures: a real PostgreSQL warehouse for integration tests.

The server is the embedded one (`.local/pgdata`, started if needed), or the one named by NEWS_ETL_TEST_DSN.
Each test session gets its own freshly migrated database; each test that asks for `warehouse` starts from empty
data tables (reference data and migrations kept).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from dev.paths import SEED_ARTICLE

ROOT = Path(__file__).resolve().parents[1]

# pgserver logs from an atexit hook, after pytest has closed the streams it captured.
logging.getLogger("pgserver").setLevel(logging.WARNING)


@pytest.fixture(scope="session")
def warehouse_dsn() -> Iterator[str]:
    from news_etl.warehouse.db import connect
    from news_etl.warehouse.migrate import migrate

    external = os.environ.get("NEWS_ETL_TEST_DSN")
    if external:
        dsn, cleanup = external, None
    else:
        from dev import postgres

        pg = postgres.start(ROOT / ".local" / "pgdata")
        name = f"news_test_{os.getpid()}"
        postgres.drop_database(pg, name)
        postgres.ensure_database(pg, name)
        dsn = pg.libpq_uri(name)

        def cleanup() -> None:
            postgres.drop_database(pg, name)

    conn = connect(dsn)
    try:
        migrate(conn)
    finally:
        conn.close()
    yield dsn
    if cleanup:
        cleanup()


@pytest.fixture(scope="session")
def warehouse_airflow_uri(warehouse_dsn: str) -> str:
    """The same database as an Airflow connection URI (for AIRFLOW_CONN_NEWS_WAREHOUSE in subprocesses), written
    by Airflow's own Connection so that socket directories and passwords are encoded as Airflow reads them."""
    from airflow.sdk import Connection
    from news_etl.warehouse.db import WAREHOUSE_CONN_ID, connect

    conn = connect(warehouse_dsn)
    try:
        params, password = conn.get_dsn_parameters(), conn.info.password
    finally:
        conn.close()
    socket = params.get("host", "").startswith("/")
    return Connection(
        conn_id=WAREHOUSE_CONN_ID,
        conn_type="postgres",
        host=params.get("host", "localhost"),
        login=params["user"],
        password=password or None,
        port=None if socket or not params.get("port") else int(params["port"]),
        schema=params["dbname"],
    ).get_uri()


@pytest.fixture()
def warehouse(warehouse_dsn: str) -> Iterator:
    """A psycopg2 connection to an empty (but migrated) warehouse."""
    from news_etl.warehouse.db import connect

    from dev.reset import truncate_pipeline_data

    conn = connect(warehouse_dsn)
    truncate_pipeline_data(conn)
    yield conn
    conn.rollback()
    conn.close()


@pytest.fixture(scope="session")
def seed_article() -> Path:
    """The seed article in ../shared (read where it lies); skips, saying why, where it is absent. The demo site
    answers the seed's page with 404 then, so the documented demo totals (which count it) need this too."""
    if not SEED_ARTICLE.is_file():
        pytest.skip(
            f"seed article not found at {SEED_ARTICLE} (../shared is absent in a standalone clone): "
            "the demo site's seed page is a 404 without it"
        )
    return SEED_ARTICLE


@pytest.fixture(scope="session")
def seed_text(seed_article: Path) -> str:
    return seed_article.read_text(encoding="utf-8")
