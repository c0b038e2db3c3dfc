"""A load killed in the middle (SIGKILL inside its transaction) and re-run loses nothing and duplicates nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from news_etl.pipeline import ingest_stages
from news_etl.pipeline.context import RunContext
from news_etl.pipeline.inprocess import run_ingest
from news_etl.pipeline.params import ingest_params
from news_etl.settings import Settings
from news_etl.warehouse.db import connect

pytestmark = pytest.mark.integration

_LOAD_IN_SUBPROCESS = """
import sys
from news_etl.pipeline import ingest_stages
from news_etl.pipeline.context import RunContext
from news_etl.pipeline.params import IngestParams
from news_etl.settings import Settings
from news_etl.warehouse.db import connect
ingest_stages.load_stage(connect(sys.argv[1]), RunContext("news_ingest", "run-k"), Settings.from_env(), IngestParams(()))
"""


def _articles(conn) -> list[tuple]:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT article_id, version, body_sha256, duplicate_of, story_id FROM news.articles ORDER BY 1, 2"
        )
        return cur.fetchall()


def _wait_until_blocked(conn, pid: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with conn.cursor() as cur:
            cur.execute(
                "SELECT query FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE %s",
                ("%UPDATE news.discovered_urls d SET outcome%",),
            )
            if cur.fetchone():
                return
        conn.commit()
        time.sleep(0.1)
    raise AssertionError(f"load process {pid} never reached the outcome update")


def test_killed_load_rolls_back_and_rerun_completes(warehouse, warehouse_dsn, demo_params, raw_store_dir):
    ctx = RunContext("news_ingest", "run-k")
    settings = Settings.from_env()
    params = ingest_params(demo_params, settings)
    for source_name in ingest_stages.discover_stage(warehouse, ctx, settings, params):
        ingest_stages.fetch_stage(warehouse, ctx, settings, params, source_name)
    ingest_stages.parse_stage(warehouse, ctx, settings, params)
    ingest_stages.dedup_stage(warehouse, ctx, settings, params)

    # Hold a lock on the table the load writes last, so the load blocks with its article rows inserted
    # but not committed; then kill it.
    blocker = connect(warehouse_dsn)
    with blocker.cursor() as cur:
        cur.execute("LOCK TABLE news.discovered_urls IN EXCLUSIVE MODE")
    loader = subprocess.Popen([sys.executable, "-c", _LOAD_IN_SUBPROCESS, warehouse_dsn])
    try:
        _wait_until_blocked(warehouse, loader.pid)
        os.kill(loader.pid, signal.SIGKILL)
        loader.wait(timeout=10)
    finally:
        blocker.rollback()
        blocker.close()
    assert loader.returncode == -signal.SIGKILL
    time.sleep(0.2)  # the server notices the dead backend and rolls its transaction back
    assert _articles(warehouse) == [], "a killed load must leave nothing half-loaded"

    totals = run_ingest(warehouse, ctx, demo_params)  # the re-run of the same run
    after_resume = _articles(warehouse)

    # The same pages through one uninterrupted run, in a clean warehouse, give the same articles.
    with warehouse.cursor() as cur:
        cur.execute(
            "TRUNCATE news.articles, news.discovered_urls, news.raw_pages, news.ingest_rejects, news.ingest_runs"
        )
    warehouse.commit()
    clean = run_ingest(warehouse, ctx, demo_params)
    assert totals == clean
    assert after_resume == _articles(warehouse)
    assert len({row[0] for row in after_resume}) == len(after_resume), "no article twice"
