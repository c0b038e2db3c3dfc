"""The estimate step chart's geometry and HTML, from a hand-made panel."""

from __future__ import annotations

from datetime import date, datetime, timezone

from news_etl.ui.estimate_chart import step_chart
from news_etl.ui.estimate_panel import render_estimate_panel
from news_etl.ui.estimates import ClaimPoint, EstimatePanel, EstimateWeek, SeriesChoice

CHOICE = SeriesChoice("PRK", "RUS", "deployment", 2)


def week(day: int, best: int, carried: bool = False) -> EstimateWeek:
    return EstimateWeek(date(2024, 11, day), best, best, best, 1, 1, ["UKR_MOD"], carried)


def claim(day: int, best: int, url: str | None) -> ClaimPoint:
    seen = datetime(2024, 11, day, tzinfo=timezone.utc)
    return ClaimPoint(f"c{day}", "UKR_MOD", best, best, best, seen, ["a", "b"], None, url)


PANEL = EstimatePanel(
    [CHOICE], CHOICE, [week(4, 10000), week(11, 10000, carried=True), week(18, 20000)],
    [claim(5, 10000, "http://x/1"), claim(19, 20000, None)],
)  # fmt: skip


def test_step_line_goes_up_where_the_estimate_does() -> None:
    chart = step_chart(PANEL)
    assert chart.y_max == 20000
    commands = chart.step_path.split()
    assert commands[0] == "M" and commands.count("H") == 3 and commands.count("V") == 2
    assert [b.carried for b in chart.bands] == [False, True, False]
    high, low = (p.y for p in sorted(chart.points, key=lambda p: p.y))
    assert high < low  # the larger claim is drawn higher


def test_panel_links_claims_and_marks_the_chosen_series() -> None:
    html = str(render_estimate_panel(PANEL))
    assert '<option value="PRK:RUS:deployment" selected>' in html
    assert html.count('class="claim-point"') == 2 and html.count('<a href="http://x/1"') == 1
    assert "UKR_MOD: 10,000 on 2024-11-05; outlets: a, b" in html


def test_empty_panel() -> None:
    assert 'id="estimate-chart-empty"' in str(render_estimate_panel(EstimatePanel([], None, [], [])))
