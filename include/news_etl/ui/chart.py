"""Geometry of the stacked weekly bar chart (mentions per actor per week), rendered as inline SVG by
`render`. Hand-written because the page must work offline inside an Airflow iframe: no charting library in
the lock renders a small SVG without pulling in a plotting stack, and a stacked bar is a few rectangles."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from news_etl.ui.queries import WeeklyCount

OTHER = "other"
# Colour-blind-safe palette (Okabe-Ito); the last colour is kept for OTHER.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#999999")


@dataclass(frozen=True)
class Series:
    actor: str
    color: str
    counts: tuple[int, ...]  # one per week


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    color: str
    title: str  # tooltip


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    plot_top: int
    plot_bottom: int
    plot_left: int
    y_max: int
    bars: list[Bar]
    week_labels: list[tuple[float, str]]  # (x centre, label)
    legend: list[Series]


def pivot(
    weekly: Sequence[WeeklyCount], max_series: int = len(PALETTE) - 1
) -> tuple[list[date], list[Series]]:
    """Weeks as a gap-free list from the first to the last, and one series per actor: the `max_series` actors
    with the most mentions, the rest folded into OTHER so the legend stays readable."""
    if not weekly:
        return [], []
    first, last = min(w.week for w in weekly), max(w.week for w in weekly)
    weeks = [first + timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]
    totals: dict[str, int] = defaultdict(int)
    for row in weekly:
        totals[row.actor] += row.mentions
    ranked = sorted(totals, key=lambda actor: (-totals[actor], actor))
    shown = ranked[:max_series] if len(ranked) > max_series + 1 else ranked
    counts = {actor: [0] * len(weeks) for actor in [*shown, OTHER]}
    index = {week: i for i, week in enumerate(weeks)}
    for row in weekly:
        counts[row.actor if row.actor in shown else OTHER][index[row.week]] += row.mentions
    series = [Series(actor, PALETTE[i], tuple(counts[actor])) for i, actor in enumerate(shown)]
    if any(counts[OTHER]):
        series.append(Series(OTHER, PALETTE[-1], tuple(counts[OTHER])))
    return weeks, series


def stacked_bars(
    weekly: Sequence[WeeklyCount], width: int = 720, height: int = 260, plot_left: int = 40
) -> Chart:
    weeks, series = pivot(weekly)
    plot_top, plot_bottom = 10, height - 30
    week_totals = [sum(s.counts[i] for s in series) for i in range(len(weeks))]
    y_max = max(week_totals, default=0) or 1
    slot = (width - plot_left - 10) / max(len(weeks), 1)
    scale = (plot_bottom - plot_top) / y_max
    bars: list[Bar] = []
    labels: list[tuple[float, str]] = []
    for i, week in enumerate(weeks):
        x = plot_left + i * slot + slot * 0.15
        base = float(plot_bottom)
        for s in series:
            if s.counts[i]:
                h = s.counts[i] * scale
                base -= h
                title = f"{s.actor}, week of {week.isoformat()}: {s.counts[i]}"
                bars.append(
                    Bar(round(x, 1), round(base, 1), round(slot * 0.7, 1), round(h, 1), s.color, title)
                )
        # The year only where it changes: old and backfilled weeks must not read as this year's.
        new_year = i == 0 or week.year != weeks[i - 1].year
        labels.append(
            (round(plot_left + (i + 0.5) * slot, 1), week.strftime("%d %b %Y" if new_year else "%d %b"))
        )
    return Chart(width, height, plot_top, plot_bottom, plot_left, y_max, bars, labels, series)
