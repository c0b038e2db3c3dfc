from __future__ import annotations

from datetime import date

from news_etl.ui.chart import OTHER, PALETTE, bucket_starts, pivot, stacked_bars
from news_etl.ui.queries import Period, PeriodCount

W1, W2, W3 = date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16)
NOVEMBER = Period(date(2026, 11, 3), date(2026, 11, 18))  # a Tuesday to a Wednesday: weeks W1..W3


def test_periods_cover_the_whole_range_week_by_week_or_month_by_month() -> None:
    assert NOVEMBER.bucket == "week" and bucket_starts(NOVEMBER) == [W1, W2, W3]
    five_months = Period(date(2024, 10, 20), date(2025, 2, 20))
    assert five_months.bucket == "week" and len(bucket_starts(five_months)) == 19
    long = Period(date(2022, 2, 11), date(2025, 2, 20))
    assert long.bucket == "month"
    starts = bucket_starts(long)
    assert starts[0] == date(2022, 2, 1) and starts[-1] == date(2025, 2, 1) and len(starts) == 37


def test_pivot_fills_missing_periods_with_zero() -> None:
    weeks, series = pivot([PeriodCount(W1, "PRK", 2), PeriodCount(W3, "PRK", 1)], NOVEMBER)
    assert weeks == [W1, W2, W3]
    assert [(s.actor, s.counts, s.total) for s in series] == [("PRK", (2, 0, 1), 3)]


def test_every_actor_of_a_normal_period_gets_its_own_colour() -> None:
    rows = [PeriodCount(W1, f"A{i:02}", 20 - i) for i in range(len(PALETTE) - 1)]
    _, series = pivot(rows, NOVEMBER)
    assert [s.actor for s in series] == [f"A{i:02}" for i in range(len(PALETTE) - 1)]
    assert len({s.color for s in series}) == len(series)


def test_pivot_ranks_actors_and_folds_the_tail_into_other() -> None:
    rows = [PeriodCount(W1, f"A{i}", 10 - i) for i in range(8)] + [PeriodCount(W2, "A7", 5)]
    _, series = pivot(rows, NOVEMBER, max_series=3)
    assert [s.actor for s in series] == ["A0", "A1", "A2", OTHER]
    # A3..A7 in week 1 (7+6+5+4+3) and A7 in week 2.
    assert series[-1].counts == (25, 5, 0)
    assert series[-1].color == PALETTE[-1]


def test_pivot_does_not_fold_a_single_extra_actor() -> None:
    rows = [PeriodCount(W1, name, 1) for name in ("A", "B", "C", "D")]
    _, series = pivot(rows, NOVEMBER, max_series=3)
    assert [s.actor for s in series] == ["A", "B", "C", "D"]


def test_stacked_bars_heights_add_up_to_the_period_total() -> None:
    rows = [PeriodCount(W1, "PRK", 3), PeriodCount(W1, "RUS", 1), PeriodCount(W2, "PRK", 2)]
    chart = stacked_bars(rows, NOVEMBER)
    assert chart.y_max == 4
    plot_height = chart.plot_bottom - chart.plot_top
    week1 = [bar for bar in chart.bars if "2026-11-02" in bar.title]
    assert sum(bar.height for bar in week1) == plot_height  # the tallest week fills the plot
    # Stacked: each bar starts where the one below it ends.
    assert week1[0].y + week1[0].height == chart.plot_bottom
    assert week1[1].y + week1[1].height == week1[0].y
    assert [label for _, label in chart.labels] == ["02 Nov 2026", "09 Nov", "16 Nov"]


def test_labels_name_the_year_where_it_changes_and_never_crowd() -> None:
    turn = Period(date(2025, 12, 22), date(2026, 1, 5))
    chart = stacked_bars(
        [PeriodCount(date(2025, 12, 22), "PRK", 1), PeriodCount(date(2026, 1, 5), "PRK", 1)], turn
    )
    assert [label for _, label in chart.labels] == ["22 Dec 2025", "29 Dec", "05 Jan 2026"]
    long = Period(date(2022, 2, 11), date(2025, 2, 20))
    chart = stacked_bars(
        [PeriodCount(date(2022, 2, 1), "USA", 1), PeriodCount(date(2025, 2, 1), "FRA", 1)], long
    )
    assert len(chart.labels) <= 14 and chart.labels[0][1] == "Feb 2022"
    assert [b.title for b in chart.bars] == ["USA, month of 2022-02-01: 1", "FRA, month of 2025-02-01: 1"]


def test_empty_chart_has_no_bars() -> None:
    chart = stacked_bars([], NOVEMBER)
    assert chart.bars == [] and chart.legend == []
