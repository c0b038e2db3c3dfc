"""A warehouse holding the demo data, built once per session by the real pipeline (in process, no Airflow).

It lives in its own database next to the session's test database, so the per-test TRUNCATE of the `warehouse`
fixture never empties it. Two runs, as an operator would see them:

- DEMO_RUN: the demo site (dev/demo_site/README.md): 18 URLs, 13 articles, 3 rejects; plus the 6 articles of the
  three demo outlets (dev/demo_site/site/outlets/README.md); every mention passes.
- BAD_RUN: the next day, the same site on the same address plus the `--bad` page (`make run-bad`), whose
  "50 million soldiers" fails the plausibility checks and is quarantined; that validation fails.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

DEMO_RUN = datetime(2025, 2, 20, tzinfo=timezone.utc)
# The three invented outlets repeating, revising and disputing one figure (dev/demo_site/site/outlets/).
DEMO_OUTLETS = ("harbor-post", "capital-wire", "northern-ledger")
BAD_RUN = DEMO_RUN + timedelta(days=1)


def _sibling_dsn(dsn: str, suffix: str) -> tuple[str, str]:
    from psycopg2.extensions import make_dsn, parse_dsn

    name = parse_dsn(dsn)["dbname"] + suffix
    return name, make_dsn(dsn, dbname=name)


def _recreate_database(admin_dsn: str, name: str, drop_only: bool = False) -> None:
    import psycopg2

    conn = psycopg2.connect(admin_dsn)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            # The name is built by this module from the test database's name, never from input.
            cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            if not drop_only:
                cur.execute(f'CREATE DATABASE "{name}"')
    finally:
        conn.close()


def _sources(base_url: str) -> dict:
    site = {"allow_private": True, "rate_limit_per_s": 100}
    return {
        "extra_sources": [
            {"name": "demo", "kind": "rss", "url": f"{base_url}/feed.xml", **site},
            {"name": "demo-sitemap", "kind": "sitemap", "url": f"{base_url}/sitemap.xml", **site},
            *(
                {"name": outlet, "kind": "rss", "url": f"{base_url}/outlets/{outlet}/feed.xml", **site}
                for outlet in DEMO_OUTLETS
            ),
        ]
    }


def _run_day(conn, day: datetime, bad: bool, port: int) -> int:
    from news_etl.pipeline.context import RunContext
    from news_etl.pipeline.inprocess import run_ingest, run_mentions
    from news_etl.validate import ValidationFailed

    from dev.demo_site.server import serve_in_thread

    # Same port both days: the host:port is part of every canonical URL, hence of every article id.
    server, base_url = serve_in_thread(port=port, bad=bad)
    try:
        end = day + timedelta(days=1)
        run_ingest(conn, RunContext("news_ingest", day.isoformat(), day, end), _sources(base_url))
        try:
            run_mentions(conn, RunContext("deployment_mentions", day.isoformat(), day, end))
        except ValidationFailed:
            if not bad:
                raise
        return server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def demo_warehouse_dsn(
    warehouse_dsn: str, tmp_path_factory: pytest.TempPathFactory, seed_article: Path
) -> Iterator[str]:
    """DSN of a database loaded with DEMO_RUN and BAD_RUN; read-only for the tests that use it. Its documented
    answers count the seed article, served from ../shared: skipped where that is absent (`seed_article`)."""
    from news_etl.warehouse.db import connect

    name, dsn = _sibling_dsn(warehouse_dsn, "_demo")
    _recreate_database(warehouse_dsn, name)
    scratch: Path = tmp_path_factory.mktemp("demo_warehouse")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("NEWS_ETL_RAW_STORE", str(scratch / "raw"))
        env.setenv("NEWS_ETL_DATA_DOCS", str(scratch / "data_docs"))
        conn = connect(dsn)
        try:
            port = _run_day(conn, DEMO_RUN, bad=False, port=0)
            _run_day(conn, BAD_RUN, bad=True, port=port)
        finally:
            conn.close()
    yield dsn
    _recreate_database(warehouse_dsn, name, drop_only=True)


@pytest.fixture(scope="session")
def demo_run_ids() -> dict[str, str]:
    """Batch keys of the two demo runs: {"demo": ..., "bad": ...}."""
    return {"demo": DEMO_RUN.isoformat(), "bad": BAD_RUN.isoformat()}


@pytest.fixture()
def demo_warehouse(demo_warehouse_dsn: str) -> Iterator:
    """A connection to the demo warehouse; whatever a test changes (settings, rows) is rolled back."""
    from news_etl.warehouse.db import connect

    conn = connect(demo_warehouse_dsn)
    yield conn
    conn.rollback()
    conn.close()
