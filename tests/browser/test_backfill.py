"""`airflow backfill create` over several days on a real Airflow (api-server, scheduler, dag-processor): each
day becomes its own batch in the warehouse, and every URL of every day is accounted for.

Lives beside the browser test because it shares its Airflow stack fixture; it needs no browser."""

from __future__ import annotations

import time

import pytest

pytestmark = [pytest.mark.integration, pytest.mark.airflow]

DAYS = ["2026-11-02", "2026-11-03"]


def test_backfill_two_days(airflow_stack, warehouse) -> None:
    stack = airflow_stack
    # Backfill runs of a paused DAG stay queued. Unpaused, the scheduler may also start the latest scheduled
    # interval: the assertions below hold whichever run loads the demo site first.
    stack.api("PATCH", "dags/news_ingest", json={"is_paused": False})
    stack.airflow(
        "backfill", "create", "--dag-id", "news_ingest", "--from-date", DAYS[0], "--to-date", DAYS[-1],
        "--max-active-runs", "1",
    )  # fmt: skip
    deadline = time.monotonic() + 420
    states: dict[str, str] = {}
    while time.monotonic() < deadline:
        stack.check_alive()
        runs = stack.api("GET", "dags/news_ingest/dagRuns", params={"run_type": "backfill"})["dag_runs"]
        states = {run["logical_date"][:10]: run["state"] for run in runs}
        if len(states) == len(DAYS) and all(s in ("success", "failed") for s in states.values()):
            break
        time.sleep(3)
    assert states == dict.fromkeys(DAYS, "success"), f"backfill runs: {states}; logs in {stack.log_dir}"

    with warehouse.cursor() as cur:
        cur.execute("SELECT run_id, loaded, accounting_ok FROM news.ingest_runs ORDER BY run_id")
        rows = cur.fetchall()
        cur.execute(
            "SELECT count(*) FROM news.articles WHERE duplicate_of IS NULL"
        )  # duplicates are not "loaded"
        (articles,) = cur.fetchone()
    by_day = {run_id[:10]: (loaded, ok) for run_id, loaded, ok in rows}
    assert set(DAYS) <= set(by_day), f"one batch per backfilled day, keyed by its logical date: {by_day}"
    assert all(ok for _, ok in by_day.values())
    # Every article was loaded by exactly one of the runs: the others found it unchanged.
    assert articles > 0 and sum(loaded for loaded, _ in by_day.values()) == articles
