"""The newcomer's path through the Airflow UI, in a real browser: `make airflow` from a fresh copy of the
checkout as the README says, log in, trigger news_ingest with a source chosen in the form, see
deployment_mentions follow, and read the Troop mentions page.

Screenshots of the steps (and failure.png where a failing test left the browser) are saved under
test-artifacts/browser/, with `make airflow`'s console, the component logs and the task logs.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import pytest
import requests
from airflow_stack import AirflowStack

from dev.airflow_api import USERNAME, wait_for

pytestmark = [pytest.mark.browser, pytest.mark.integration, pytest.mark.timeout(900)]

TERMINAL = {"success", "failed"}
# Kept in the trigger form: the plain demo feed, and the i24-shaped pages with the Arabic and Hebrew editions.
KEPT_SOURCES = ("demo", "demo-i24-pages")
BAD_SOURCE = {"name": "typo", "kind": "rss", "url": "http://127.0.0.1:9/feed.xml", "rate_limit": 2}
# Elements whose words must never break across lines at 1280 px: headers, result badges, legend entries, the
# pieces of batch keys.
UNWRAPPED = "th, .badge, .legend span, .batch span"
# How many lines the longest text of each matching element spans (a Range over a text node has one rect per line;
# text nodes only, since an inline-block swatch beside the text sits at its own height).
LINES_JS = """els => els.map(el => {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let lines = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    const range = document.createRange(); range.selectNodeContents(node);
    lines = Math.max(lines, new Set([...range.getClientRects()].map(r => Math.round(r.top))).size);
  }
  return [el.textContent.trim(), lines];
})"""


def finished_run(stack: AirflowStack, dag_id: str, run_id: str, timeout: float) -> dict:
    def terminal() -> dict | None:
        stack.check_alive()
        run = stack.api("GET", f"dags/{dag_id}/dagRuns/{run_id}")
        return run if run["state"] in TERMINAL else None

    return wait_for(f"{dag_id} run {run_id} to finish", terminal, timeout=timeout, interval=2)


def failed_tasks(stack: AirflowStack, dag_id: str, run_id: str) -> list[str]:
    tis = stack.api("GET", f"dags/{dag_id}/dagRuns/{run_id}/taskInstances")["task_instances"]
    return [f"{ti['task_id']}[{ti['map_index']}]={ti['state']}" for ti in tis if ti["state"] != "success"]


def mentions_run_of(stack: AirflowStack, ingest_run_id: str) -> str:
    """The deployment_mentions run that the ingest run's Asset event created."""
    events = stack.api(
        "GET", "assets/events", params={"source_dag_id": "news_ingest", "source_run_id": ingest_run_id}
    )
    created = [
        r
        for e in events["asset_events"]
        for r in e["created_dagruns"]
        if r["dag_id"] == "deployment_mentions"
    ]
    assert len(created) == 1, events
    return created[0]["run_id"]


def test_newcomer_triggers_news_ingest_from_the_form_and_reads_troop_mentions(
    chromium_path: str,  # first: without a browser, skip before starting Airflow
    newcomer_airflow: AirflowStack,
    page: Any,
    artifacts: Path,
    warehouse: Any,
) -> None:
    stack = newcomer_airflow
    base = stack.base_url
    started = time.monotonic()

    def shot(name: str) -> None:
        page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)

    # Unpaused at creation (.local/env.sh), so nothing waits on a pause toggle.
    assert not stack.api("GET", "dags/news_ingest")["is_paused"]
    assert not stack.api("GET", "dags/deployment_mentions")["is_paused"]

    # A source object with an unknown key is refused when the run is asked for, naming the key.
    asked = time.monotonic()
    refused = requests.post(
        f"{base}/api/v2/dags/news_ingest/dagRuns",
        headers={"Authorization": f"Bearer {stack.token()}"},
        json={"logical_date": None, "conf": {"sources": [], "extra_sources": [BAD_SOURCE]}},
        timeout=30,
    )
    refused_after = time.monotonic() - asked
    assert refused.status_code == 400 and "'rate_limit' was unexpected" in refused.text, refused.text
    assert refused_after < 5

    # The plugin page refuses anonymous visitors: the browser is sent to the login, with the page as `next`.
    page.goto(f"{base}/troop-mentions/")
    assert "/auth/login" in page.url and "troop-mentions" in page.url
    assert requests.get(f"{base}/troop-mentions/data.json", timeout=10).status_code == 401
    page.get_by_label("Username").fill(USERNAME)
    page.get_by_label("Password").fill(stack.password)
    shot("01-login")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/troop-mentions/")

    # The trigger form: keep only the `demo` feed and the i24-shaped pages of the configured sources (these
    # bring the Arabic and Hebrew editions), no JSON typed anywhere.
    from news_etl.pipeline.source_choices import configured_source_names
    from news_etl.settings import PACKAGED_SOURCES

    page.goto(f"{base}/dags/news_ingest")
    page.get_by_role("button", name="Trigger").first.click()
    form = page.get_by_role("dialog").filter(has_text="Trigger Dag - news_ingest")
    form.wait_for()
    for name in configured_source_names(PACKAGED_SOURCES):
        if name not in KEPT_SOURCES:
            form.get_by_label(f"Remove {name}").click()  # the x on its chip
    shot("02-trigger-form")
    form.get_by_role("button", name="Trigger").click()

    runs = wait_for(
        "the triggered news_ingest run",
        lambda: stack.api("GET", "dags/news_ingest/dagRuns", params={"run_type": "manual"})["dag_runs"],
        timeout=30,
    )
    assert len(runs) == 1
    ingest_id = runs[0]["dag_run_id"]
    assert sorted(runs[0]["conf"]["sources"]) == sorted(KEPT_SOURCES), runs[0]["conf"]

    # The scheduled run the first unpause started (catchup=False: just one) goes first; the manual one follows.
    ingest = finished_run(stack, "news_ingest", ingest_id, timeout=480)
    page.goto(f"{base}/dags/news_ingest/runs/{ingest_id}")
    page.get_by_text(ingest_id).first.wait_for()
    shot("03-news-ingest-run")
    assert ingest["state"] == "success", failed_tasks(stack, "news_ingest", ingest_id)
    scheduled = stack.api("GET", "dags/news_ingest/dagRuns", params={"run_type": "scheduled"})["dag_runs"]
    assert len(scheduled) <= 1, scheduled

    # Every successful ingest run's Asset event started a deployment_mentions run; ours succeeds.
    mentions_id = mentions_run_of(stack, ingest_id)
    mentions = finished_run(stack, "deployment_mentions", mentions_id, timeout=300)
    for run in scheduled:
        finished_run(stack, "deployment_mentions", mentions_run_of(stack, run["dag_run_id"]), timeout=300)
    page.goto(f"{base}/dags/deployment_mentions/runs/{mentions_id}")
    page.get_by_text(mentions_id).first.wait_for()
    shot("04-deployment-mentions-run")
    assert mentions["state"] == "success", failed_tasks(stack, "deployment_mentions", mentions_id)

    # The validate log: Great Expectations' registration noise is gone, the Data Docs link opens in a browser.
    log = stack.api(
        "GET", f"dags/deployment_mentions/dagRuns/{mentions_id}/taskInstances/validate/logs/1",
        params={"full_content": "true"},
    )  # fmt: skip
    lines = [json.dumps(line) for line in log["content"]]
    assert not [line for line in lines if "great_expectations._docs_decorators" in line]
    (summary,) = [line for line in lines if "validation passed" in line]
    assert f"data docs: {base.replace('127.0.0.1', 'localhost')}/troop-mentions/data-docs/" in summary, (
        summary
    )

    with warehouse.cursor() as cur:
        cur.execute("SELECT count(*) FROM news.mentions_quarantine")
        (quarantined,) = cur.fetchone()
        cur.execute(
            "SELECT DISTINCT coalesce(actor_code, 'unknown') FROM news.deployment_mentions WHERE is_current"
        )
        actors = {actor for (actor,) in cur.fetchall()}
    warehouse.rollback()
    assert actors

    # The plugin's page, reached the way a user does: the Browse menu, shown in the UI's iframe.
    page.goto(f"{base}/")
    page.get_by_role("button", name="Browse").click()
    page.get_by_role("menuitem", name="Troop mentions").click()
    page.wait_for_url(f"{base}/plugin/troop-mentions")
    troop = page.frame_locator("iframe")
    assert troop.locator("#quarantine-count").inner_text() == str(quarantined)
    runs_table = troop.locator("#validation-runs")
    # Two validations per mentions run: its mentions (suite deployment_mentions) and the claims they build.
    badges = runs_table.locator("tr", has_text=mentions_id).locator(".badge").all_inner_texts()
    assert len(badges) == 2 and set(badges) == {"passed"}, badges
    legend = troop.locator("#chart-legend span")
    assert {legend.nth(i).get_attribute("data-actor") for i in range(legend.count())} == actors
    troop.locator("#actor-locations").wait_for()
    wrapped = [(text, n) for text, n in troop.locator(UNWRAPPED).evaluate_all(LINES_JS) if n > 1]
    assert not wrapped, f"broken across lines at 1280 px: {wrapped}"
    overflow = troop.locator("#validation-runs").evaluate("t => t.scrollWidth - t.parentElement.clientWidth")
    assert overflow <= 0, f"the validation runs table is {overflow}px wider than the page at 1280 px"
    assert troop.locator("#estimate-chart .estimate-step").count() == 1  # the troop estimate step chart
    assert troop.locator("#estimate-chart .claim-point").count() > 0
    # The latest mentions of each language: the Arabic or Hebrew ones are there and read right to left.
    rtl_rows = troop.locator(
        "#latest-mentions tr[data-language='he'], #latest-mentions tr[data-language='ar']"
    )
    assert rtl_rows.count() > 0, troop.locator("#latest-mentions").inner_text()
    rtl_sentence = rtl_rows.first.locator("td.text")
    assert rtl_sentence.evaluate("td => getComputedStyle(td).direction") == "rtl"
    assert re.search("[\u0590-\u06ff]", rtl_sentence.inner_text()), rtl_sentence.inner_text()
    overflow = troop.locator("#latest-mentions").evaluate("t => t.scrollWidth - t.parentElement.clientWidth")
    assert overflow <= 0, f"the latest mentions table is {overflow}px wider than the page at 1280 px"
    shot("05-troop-mentions")
    # The page alone at 1280 px, all of it (the UI's iframe cuts it at the window's height).
    alone = page.context.new_page()
    alone.goto(f"{base}/troop-mentions/")
    alone.locator("#actor-locations").wait_for()
    assert not [(t, n) for t, n in alone.locator(UNWRAPPED).evaluate_all(LINES_JS) if n > 1]
    alone.screenshot(path=str(artifacts / "05b-troop-mentions-page.png"), full_page=True)
    alone.close()

    # The Data Docs of that validation open from the page, behind the same login.
    report = runs_table.locator("tr", has_text=mentions_id).get_by_role("link", name="report").first
    with page.expect_event(
        "framenavigated", predicate=lambda frame: "/troop-mentions/data-docs/" in frame.url
    ) as navigated:
        report.click()
    docs = navigated.value
    # A locator waits out the frame's own later navigations, where reading content() at once may race them.
    docs.get_by_text("Expectation Validation Result").first.wait_for(timeout=30_000)
    shot("06-data-docs")

    # A mistake the schema cannot see (an unset ${NAME}) fails discover at once: no retry, the run red in seconds.
    asked = time.monotonic()
    unset = {"name": "unset", "kind": "rss", "url": "${NEWS_ETL_NOT_SET}/feed.xml"}
    bad_run = stack.api(
        "POST", "dags/news_ingest/dagRuns",
        json={"logical_date": None, "conf": {"sources": [], "extra_sources": [unset]}},
    )["dag_run_id"]  # fmt: skip
    assert finished_run(stack, "news_ingest", bad_run, timeout=120)["state"] == "failed"
    red_after = time.monotonic() - asked
    discover = stack.api("GET", f"dags/news_ingest/dagRuns/{bad_run}/taskInstances/discover")
    assert (discover["state"], discover["try_number"]) == ("failed", 1)
    print(f"\nbrowser test: login to Data Docs in {asked - started:.0f}s; bad source key refused in "
          f"{refused_after:.2f}s; unset ${{NAME}} run red in {red_after:.1f}s; screenshots in {artifacts}")  # fmt: skip
