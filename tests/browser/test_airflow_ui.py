"""The Airflow UI in a real browser: log in, trigger news_ingest from its trigger form with a param, see it
succeed, check the deployment_mentions run its Asset triggered, and open the Troop mentions page.

Screenshots of the steps (and failure.png where a failing test left the browser) are saved under
test-artifacts/browser/, with the Airflow component and task logs.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
import requests
from airflow_stack import USERNAME, AirflowStack, wait_for

pytestmark = [pytest.mark.browser, pytest.mark.integration, pytest.mark.timeout(600)]

TERMINAL = {"success", "failed"}


def finished_run(stack: AirflowStack, dag_id: str, run_id: str, timeout: float) -> dict:
    def terminal() -> dict | None:
        stack.check_alive()
        run = stack.api("GET", f"dags/{dag_id}/dagRuns/{run_id}")
        return run if run["state"] in TERMINAL else None

    return wait_for(f"{dag_id} run {run_id} to finish", terminal, timeout=timeout, interval=2)


def failed_tasks(stack: AirflowStack, dag_id: str, run_id: str) -> list[str]:
    tis = stack.api("GET", f"dags/{dag_id}/dagRuns/{run_id}/taskInstances")["task_instances"]
    return [f"{ti['task_id']}[{ti['map_index']}]={ti['state']}" for ti in tis if ti["state"] != "success"]


def test_trigger_news_ingest_from_the_ui_and_open_troop_mentions(
    chromium_path: str,  # first: without a browser, skip before starting Airflow
    airflow_stack: AirflowStack,
    page: Any,
    artifacts: Path,
    warehouse: Any,
) -> None:
    stack, base = airflow_stack, airflow_stack.base_url
    started = time.monotonic()

    def shot(name: str) -> None:
        page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)

    # The plugin page refuses anonymous visitors: the browser is sent to the login, with the page as `next`.
    page.goto(f"{base}/troop-mentions/")
    assert "/auth/login" in page.url and "troop-mentions" in page.url
    assert requests.get(f"{base}/troop-mentions/data.json", timeout=10).status_code == 401
    page.get_by_label("Username").fill(USERNAME)
    page.get_by_label("Password").fill(stack.password)
    shot("01-login")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/troop-mentions/")

    page.goto(f"{base}/dags/news_ingest")
    page.get_by_role("button", name="Trigger").first.click()
    form = page.get_by_role("dialog").filter(has_text="Trigger Dag - news_ingest")
    form.wait_for()
    # Trigger the interval the scheduler would start by itself once the DAG is unpaused, and unpause only
    # after the run exists: the scheduler then finds it and schedules nothing else. (Unpausing on trigger,
    # the form's default, races the scheduler into creating the same interval's run too.)
    when = stack.api("GET", "dags/news_ingest")["next_dagrun_logical_date"]
    form.get_by_test_id("datetime-input").click()
    picker = page.locator("[data-scope=popover][data-part=content][data-state=open]")
    picker.get_by_placeholder("YYYY/MM/DD").fill(when[:10].replace("-", "/"))
    picker.get_by_placeholder("HH:mm").fill(when[11:16])
    page.keyboard.press("Escape")
    unpause = form.get_by_label("Unpause news_ingest on trigger")
    form.get_by_text("Unpause news_ingest on trigger").click()
    assert not unpause.is_checked()
    force_refetch = form.get_by_label("force_refetch")
    # Click the switch: its checkbox is visually hidden. (`has` is matched inside each label, hence `page`.)
    form.locator("label", has=page.get_by_label("force_refetch")).click()
    assert force_refetch.is_checked()
    shot("02-trigger-form")
    form.get_by_role("button", name="Trigger").click()

    runs = wait_for(
        "the triggered news_ingest run",
        lambda: stack.api("GET", "dags/news_ingest/dagRuns", params={"run_type": "manual"})["dag_runs"],
        timeout=30,
    )
    assert len(runs) == 1
    ingest_id = runs[0]["dag_run_id"]
    assert runs[0]["conf"]["force_refetch"] is True
    assert runs[0]["logical_date"].startswith(when[:16])
    stack.api("PATCH", "dags/news_ingest", json={"is_paused": False})

    ingest = finished_run(stack, "news_ingest", ingest_id, timeout=240)
    page.goto(f"{base}/dags/news_ingest/runs/{ingest_id}")
    page.get_by_text(ingest_id).first.wait_for()
    shot("03-news-ingest-run")
    assert ingest["state"] == "success", failed_tasks(stack, "news_ingest", ingest_id)

    # The run's load task updated the Asset news_articles; that event created the deployment_mentions run.
    events = stack.api(
        "GET", "assets/events", params={"source_dag_id": "news_ingest", "source_run_id": ingest_id}
    )
    created = [
        r
        for e in events["asset_events"]
        for r in e["created_dagruns"]
        if r["dag_id"] == "deployment_mentions"
    ]
    assert len(created) == 1, events
    mentions_id = created[0]["run_id"]
    mentions = finished_run(stack, "deployment_mentions", mentions_id, timeout=240)
    page.goto(f"{base}/dags/deployment_mentions/runs/{mentions_id}")
    page.get_by_text(mentions_id).first.wait_for()
    shot("04-deployment-mentions-run")
    assert mentions["state"] == "success", failed_tasks(stack, "deployment_mentions", mentions_id)

    with warehouse.cursor() as cur:
        cur.execute("SELECT count(*) FROM news.deployment_mentions WHERE run_id = %s", (mentions_id,))
        (published,) = cur.fetchone()
        cur.execute("SELECT count(*) FROM news.mentions_quarantine")
        (quarantined,) = cur.fetchone()
    warehouse.rollback()
    assert published > 0

    # The plugin's page, reached the way a user does: the Browse menu, shown in the UI's iframe.
    page.goto(f"{base}/")
    page.get_by_role("button", name="Browse").click()
    page.get_by_role("menuitem", name="Troop mentions").click()
    page.wait_for_url(f"{base}/plugin/troop-mentions")
    troop = page.frame_locator("iframe")
    assert troop.locator("#quarantine-count").inner_text() == str(quarantined)
    runs_table = troop.locator("#validation-runs")
    assert runs_table.locator("tr", has_text=mentions_id).locator(".badge").inner_text() == "passed"
    assert troop.locator("#weekly-chart rect").count() > 0
    assert troop.locator("#estimate-chart .estimate-step").count() == 1  # the troop estimate step chart
    assert troop.locator("#estimate-chart .claim-point").count() > 0
    shot("05-troop-mentions")
    print(f"\nbrowser test: trigger to page in {time.monotonic() - started:.0f}s; screenshots in {artifacts}")
