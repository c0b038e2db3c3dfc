from __future__ import annotations

from datetime import date, datetime, timezone

from lxml import html
from news_etl.ui.queries import Dashboard, ValidationRun, WeeklyCount
from news_etl.ui.render import render_page


def run(success: bool, suite: str = "deployment_mentions", **failed: int) -> ValidationRun:
    return ValidationRun(
        dag_id="deployment_mentions",
        run_id="2026-11-20T00:00:00+00:00",
        suite_name=suite,
        success=success,
        rows_validated=4,
        rows_quarantined=sum(failed.values()),
        failed_expectation_counts=failed,
        validated_at=datetime(2026, 11, 20, 6, 30, tzinfo=timezone.utc),
    )


def test_page_shows_runs_green_and_red_the_quarantine_count_and_the_chart() -> None:
    dashboard = Dashboard(
        validation_runs=[run(False, troop_count_plausible=1), run(True, suite="ingest_accounting")],
        quarantine_count=7,
        weekly=[WeeklyCount(date(2026, 11, 16), "PRK", 3), WeeklyCount(date(2026, 11, 16), "RUS", 1)],
    )
    doc = html.fromstring(render_page(dashboard, data_url="data.json"))

    assert doc.get_element_by_id("quarantine-count").text == "7"
    rows = doc.get_element_by_id("validation-runs").findall("tr")[1:]
    badges = [row.find("td/span") for row in rows]
    assert [(b.text, b.get("class")) for b in badges] == [("failed", "badge failed"), ("passed", "badge ok")]
    assert "troop_count_plausible (1)" in rows[0].text_content()
    svg = doc.get_element_by_id("weekly-chart")
    assert [t.text for t in svg.iter("title")] == ["PRK, week of 2026-11-16: 3", "RUS, week of 2026-11-16: 1"]


def test_empty_warehouse_says_so_instead_of_drawing_nothing() -> None:
    doc = html.fromstring(render_page(Dashboard([], 0, [])))
    assert doc.get_element_by_id("weekly-chart-empty") is not None
    assert "No validation has run yet." in doc.text_content()


def test_warehouse_text_is_escaped() -> None:
    hostile = run(False, **{"<script>alert(1)</script>": 1})
    page = render_page(Dashboard([hostile], 1, [WeeklyCount(date(2026, 11, 16), "<b>x</b>", 1)]))
    assert "<script>alert" not in page and "<b>x</b>" not in page
    assert "&lt;script&gt;" in page
