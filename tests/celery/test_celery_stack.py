"""CeleryExecutor for real: two workers, runs triggered through the REST API, a worker killed mid-task, the
broker restarted mid-run; the warehouse must end as a LocalExecutor run of the same sources leaves it."""

from __future__ import annotations

import itertools
from datetime import datetime, timezone
from typing import Any

import pytest
from scenario import POOL_SLOTS, RATE_PER_S, REFERENCE_DATE

from dev.airflow_api import wait_for
from dev.celery_stack import QUEUES, WORKERS, CeleryStack
from dev.warehouse_snapshot import differences, snapshot

pytestmark = [pytest.mark.celery, pytest.mark.integration, pytest.mark.airflow, pytest.mark.timeout(1800)]

WORKER_NAMES = {w.name for w in WORKERS}
CLEAN_DATE = datetime.fromisoformat(REFERENCE_DATE).replace(tzinfo=timezone.utc)
CHAOS_DATE = datetime(2026, 11, 21, tzinfo=timezone.utc)
SITE_FILES = ("/robots.txt", "/feed.xml", "/sitemap.xml")


@pytest.fixture(scope="module")
def clean_run(celery_stack: CeleryStack, warehouse_dsn: str, demo_requests: list) -> dict[str, Any]:
    """Both DAGs once through the stack on an empty warehouse: their task instances and the demo site's
    article requests during the run."""
    from news_etl.warehouse.db import connect

    from dev.reset import truncate_pipeline_data

    conn = connect(warehouse_dsn)
    truncate_pipeline_data(conn)
    conn.close()
    first_request = len(demo_requests)
    runs = celery_stack.run_both_dags(CLEAN_DATE, timeout=900)
    assert {dag: state for dag, (_, state) in runs.items()} == {
        "news_ingest": "success",
        "deployment_mentions": "success",
    }
    return {
        "task_instances": {
            dag: celery_stack.task_instances(dag, run_id) for dag, (run_id, _) in runs.items()
        },
        "article_requests": [(t, p) for t, p in demo_requests[first_request:] if p not in SITE_FILES],
    }


def test_one_run_lands_on_both_workers_and_matches_local_executor(
    clean_run: dict[str, Any], warehouse_dsn: str, reference_snapshot: dict
) -> None:
    from news_etl.warehouse.db import connect

    tis = [ti for dag_tis in clean_run["task_instances"].values() for ti in dag_tis]
    assert {ti["hostname"] for ti in tis} == WORKER_NAMES, "every task ran, and on both workers"
    for ti in tis:
        expected_queue = "fetch" if ti["task_id"] == "fetch" else "default"
        assert ti["queue"] == expected_queue in QUEUES, ti
    conn = connect(warehouse_dsn)
    try:
        assert not differences(reference_snapshot, snapshot(conn))
    finally:
        conn.close()


def test_fetches_respect_the_pool_and_the_host_rate_across_workers(clean_run: dict[str, Any]) -> None:
    fetches = [ti for ti in clean_run["task_instances"]["news_ingest"] if ti["task_id"] == "fetch"]
    assert len(fetches) == 3 and all(ti["pool"] == "news_http" for ti in fetches)
    events = sorted(
        [(datetime.fromisoformat(ti["start_date"]), 1) for ti in fetches]
        + [(datetime.fromisoformat(ti["end_date"]), -1) for ti in fetches]
    )
    running = peak = 0
    for _, step in events:
        running += step
        peak = max(peak, running)
    assert peak == POOL_SLOTS, f"{peak} fetch tasks ran at once; the pool has {POOL_SLOTS} slots"
    times = [t for t, _ in clean_run["article_requests"]]
    assert len(times) >= 15
    gaps = [b - a for a, b in itertools.pairwise(times)]
    # Requests are spaced by the limiter before they are sent; the server logs them when it answers, so
    # allow a little scheduling jitter on a busy machine.
    assert min(gaps) >= 1 / RATE_PER_S - 0.05, (
        f"requests to one host {min(gaps):.3f}s apart (limit {RATE_PER_S}/s)"
    )


def test_a_killed_worker_and_a_restarted_broker_lose_and_double_nothing(
    celery_stack: CeleryStack, warehouse: Any, reference_snapshot: dict
) -> None:
    run_id = celery_stack.trigger("news_ingest", CHAOS_DATE)

    def fetch_running() -> dict[str, Any] | None:
        tis = celery_stack.task_instances("news_ingest", run_id)
        return next((ti for ti in tis if ti["task_id"] == "fetch" and ti["state"] == "running"
                     and ti["hostname"] in WORKER_NAMES), None)  # fmt: skip

    victim_ti = wait_for("a running fetch task", fetch_running, timeout=300, interval=0.3)
    victim = victim_ti["hostname"]
    celery_stack.kill_worker(victim)
    try:
        celery_stack.restart_broker(down_seconds=3)
        assert celery_stack.wait_run("news_ingest", run_id, timeout=900) == "success"
        mentions = celery_stack.trigger("deployment_mentions", CHAOS_DATE)
        assert celery_stack.wait_run("deployment_mentions", mentions, timeout=600) == "success"
        tries = celery_stack.tries("news_ingest", run_id, "fetch", victim_ti["map_index"])
        assert tries[0]["hostname"] == victim and tries[-1]["state"] == "success"
        assert tries[-1]["hostname"] in WORKER_NAMES - {victim}, "the retry ran on the surviving worker"
        assert not differences(reference_snapshot, snapshot(warehouse))
    finally:
        celery_stack.start_worker(next(w for w in WORKERS if w.name == victim))
