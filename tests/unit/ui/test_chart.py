from __future__ import annotations

from datetime import date

from news_etl.ui.chart import OTHER, PALETTE, pivot, stacked_bars
from news_etl.ui.queries import WeeklyCount

W1, W2, W3 = date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16)


def test_pivot_fills_missing_weeks_with_zero() -> None:
    weeks, series = pivot([WeeklyCount(W1, "PRK", 2), WeeklyCount(W3, "PRK", 1)])
    assert weeks == [W1, W2, W3]
    assert [(s.actor, s.counts) for s in series] == [("PRK", (2, 0, 1))]


def test_pivot_ranks_actors_and_folds_the_tail_into_other() -> None:
    rows = [WeeklyCount(W1, f"A{i}", 10 - i) for i in range(8)] + [WeeklyCount(W2, "A7", 5)]
    _, series = pivot(rows, max_series=3)
    assert [s.actor for s in series] == ["A0", "A1", "A2", OTHER]
    # A3..A7 in week 1 (7+6+5+4+3) and A7 in week 2.
    assert series[-1].counts == (25, 5)
    assert series[-1].color == PALETTE[-1]


def test_pivot_does_not_fold_a_single_extra_actor() -> None:
    rows = [WeeklyCount(W1, name, 1) for name in ("A", "B", "C", "D")]
    _, series = pivot(rows, max_series=3)
    assert [s.actor for s in series] == ["A", "B", "C", "D"]


def test_stacked_bars_heights_add_up_to_the_week_total() -> None:
    chart = stacked_bars([WeeklyCount(W1, "PRK", 3), WeeklyCount(W1, "RUS", 1), WeeklyCount(W2, "PRK", 2)])
    assert chart.y_max == 4
    plot_height = chart.plot_bottom - chart.plot_top
    week1 = [bar for bar in chart.bars if "2026-11-02" in bar.title]
    assert sum(bar.height for bar in week1) == plot_height  # the tallest week fills the plot
    # Stacked: each bar starts where the one below it ends.
    assert week1[0].y + week1[0].height == chart.plot_bottom
    assert week1[1].y + week1[1].height == week1[0].y
    assert [label for _, label in chart.week_labels] == ["02 Nov 2026", "09 Nov"]


def test_week_labels_name_the_year_where_it_changes() -> None:
    chart = stacked_bars([WeeklyCount(date(2025, 12, 22), "PRK", 1), WeeklyCount(date(2026, 1, 5), "PRK", 1)])
    assert [label for _, label in chart.week_labels] == ["22 Dec 2025", "29 Dec", "05 Jan 2026"]


def test_empty_chart_has_no_bars() -> None:
    chart = stacked_bars([])
    assert chart.bars == [] and chart.legend == []
