"""Fixtures of the browser test: Debian's Chromium driven by Playwright, `make airflow` run in a fresh copy of
the checkout on its own metadata database (same PostgreSQL server as `make test`'s) and the test warehouse;
and, for the backfill test, Airflow's components started one by one with the demo news site."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from airflow_stack import (
    AirflowStack,
    airflow_environment,
    fresh_copy,
    generated_password,
    make_airflow,
    newcomer_environment,
    surviving_components,
)

from dev.airflow_api import free_port, wait_for

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "browser"
CHROMIUM = os.environ.get("NEWS_ETL_CHROMIUM", "/usr/bin/chromium")
# Flags for a quiet, offline, throw-away browser: no GPU, sandbox (root in CI), sync, updates or QUIC probes.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


FAILED = pytest.StashKey[bool]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[pytest.TestReport]:
    """Remember a failed test body, so the `page` fixture can screenshot where the browser was left."""
    report = yield
    if report.when == "call" and report.failed:
        item.stash[FAILED] = True
    return report


def _skip_loudly(reason: str) -> None:
    message = f"BROWSER TEST SKIPPED: {reason}"
    print(f"\n{'!' * len(message)}\n{message}\n{'!' * len(message)}", file=sys.stderr)
    pytest.skip(message)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        _skip_loudly(
            f"no Chromium at {CHROMIUM}: run scripts/install_browser.sh (Debian: apt-get install chromium)"
        )
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _skip_loudly("the playwright package is not installed in the venv")
    return CHROMIUM


@pytest.fixture()
def page(chromium_path: str, artifacts: Path, request: pytest.FixtureRequest) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as profile:
        # A persistent context on a fresh profile directory is the only way to give Chromium its own
        # --user-data-dir; executable_path means Playwright never needs (or downloads) a browser of its own.
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=chromium_path,
            args=CHROMIUM_ARGS,
            headless=True,
            timezone_id="UTC",
            viewport={"width": 1280, "height": 900},  # the width the page must not wrap at
        )
        context.set_default_timeout(30_000)
        page = context.new_page()
        try:
            yield page
        finally:
            if request.node.stash.get(FAILED, False):
                page.screenshot(path=str(artifacts / "failure.png"), full_page=True)
            context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    ARTIFACTS.mkdir(parents=True)
    return ARTIFACTS


@pytest.fixture()
def metadata_db_uri() -> Iterator[str]:
    """A fresh Airflow metadata database on the server `make test` set up, so this Airflow sees no runs or
    pause states left by `make run` or other tests, and its scheduler runs nothing but this test's DAG runs."""
    configured = os.environ.get("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN")
    if not configured:
        _skip_loudly("Airflow metadata DB not configured: run through `make test` (it sources .local/env.sh)")
    import psycopg2
    from sqlalchemy.engine import make_url

    url = make_url(configured)
    name = f"airflow_browser_{os.getpid()}"
    admin = url.set(database="postgres")
    connect_args = {**admin.translate_connect_args(username="user", database="dbname"), **admin.query}

    def execute(statement: str) -> None:
        conn = psycopg2.connect(**connect_args)
        conn.autocommit = True
        try:
            with conn.cursor() as cur:
                cur.execute(statement)  # the name is built above from the pid, never from input
        finally:
            conn.close()

    execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    execute(f'CREATE DATABASE "{name}"')
    yield url.set(database=name).render_as_string(hide_password=False)
    execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture()
def demo_site() -> Iterator[str]:
    from dev.demo_site.server import serve_in_thread

    server, base_url = serve_in_thread()
    yield base_url
    server.shutdown()


@pytest.fixture()
def airflow_stack(
    tmp_path: Path,
    artifacts: Path,
    metadata_db_uri: str,
    warehouse: Any,
    warehouse_airflow_uri: str,
    demo_site: str,
) -> Iterator[AirflowStack]:
    """Airflow's components started one by one (the backfill test), healthy, with both DAGs parsed, the pool
    news_ingest needs, and deployment_mentions unpaused whatever the environment says about new DAGs. Ingest
    sources come from a temporary sources.yaml: the demo site's feed."""
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        yaml.safe_dump(
            {"sources": [{"name": "demo", "kind": "rss", "url": f"{demo_site}/feed.xml", "allow_private": True,
                          "rate_limit_per_s": 100}]}
        )
    )  # fmt: skip
    home = tmp_path / "airflow"
    home.mkdir()
    password = secrets.token_urlsafe(12)
    env = airflow_environment(
        home,
        metadata_db_uri,
        free_port(),
        password,
        {
            "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
            "AIRFLOW__CORE__PLUGINS_FOLDER": str(ROOT / "plugins"),
            "AIRFLOW__LOGGING__BASE_LOG_FOLDER": str(artifacts / "airflow-task-logs"),
            "AIRFLOW_CONN_NEWS_WAREHOUSE": warehouse_airflow_uri,
            "NEWS_ETL_SOURCES": str(sources),
            "NEWS_ETL_RAW_STORE": str(tmp_path / "raw"),
            "NEWS_ETL_DATA_DOCS": str(tmp_path / "data_docs"),
        },
    )
    stack = AirflowStack(env, artifacts / "airflow-logs", password)
    started = time.monotonic()
    stack.airflow("db", "migrate")
    stack.start()
    try:
        wait_for("the api-server to answer", stack.healthy, timeout=150)
        wait_for(
            "both DAGs to be parsed",
            lambda: stack.check_alive() or stack.api("GET", "dags")["total_entries"] >= 2,
            timeout=90,
        )
        stack.api(
            "POST", "pools", json={"name": "news_http", "slots": 4, "description": "news_ingest fetches"}
        )
        stack.api("PATCH", "dags/deployment_mentions", json={"is_paused": False})
        print(f"\nAirflow up in {time.monotonic() - started:.0f}s at {stack.base_url}", file=sys.stderr)
        yield stack
    finally:
        stack.stop()


@pytest.fixture()
def newcomer_airflow(
    tmp_path: Path, artifacts: Path, metadata_db_uri: str, warehouse: Any, warehouse_airflow_uri: str
) -> Iterator[AirflowStack]:
    """`make airflow` as the README says, from a fresh copy of the checkout, nothing activated; the README's
    own-PostgreSQL exports point it at a fresh metadata database and the test warehouse. Healthy, logged in
    through the API, both DAGs parsed; stopped as Ctrl-C stops it."""
    checkout = fresh_copy(ROOT, tmp_path / "checkout")
    env = newcomer_environment(
        os.environ,
        ROOT,
        {
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": metadata_db_uri,
            "AIRFLOW_CONN_NEWS_WAREHOUSE": warehouse_airflow_uri,
            # Test pace: a finished task is noticed within 1 s instead of up to 5 s.
            "AIRFLOW__WORKERS__MIN_HEARTBEAT_INTERVAL": "1",
            "AIRFLOW__SCHEDULER__SCHEDULER_IDLE_SLEEP_TIME": "0.5",
        },
    )
    started = time.monotonic()
    stack = make_airflow(checkout, env, free_port(), free_port(), artifacts / "make-airflow.log")
    try:
        wait_for("`make airflow` to serve a healthy UI", stack.healthy, timeout=300)
        healthy_after = time.monotonic() - started
        stack.password = generated_password(checkout)
        wait_for(
            "both DAGs to be parsed",
            lambda: stack.check_alive() or stack.api("GET", "dags")["total_entries"] >= 2,
            timeout=120,
        )
        print(f"\n`make airflow` healthy after {healthy_after:.0f}s at {stack.base_url}", file=sys.stderr)
        yield stack
    finally:
        stop_started = time.monotonic()
        stack.stop(timeout=60)
        print(f"`make airflow` stopped in {time.monotonic() - stop_started:.0f}s", file=sys.stderr)
        left = surviving_components(artifacts / "make-airflow.log")
        for kept, name in (("components", "airflow-logs"), ("logs", "airflow-task-logs")):
            if (checkout / ".local" / "airflow" / kept).is_dir():
                shutil.copytree(checkout / ".local" / "airflow" / kept, artifacts / name, dirs_exist_ok=True)
        for _, pid in left:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)
        if left:
            names = ", ".join(f"{name} (pid {pid})" for name, pid in left)
            pytest.fail(f"`make airflow` left components running after it was stopped: {names}")
