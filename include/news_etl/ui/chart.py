"""Geometry of the stacked bar chart (mentions per actor per week or month), rendered as inline SVG by
`render`. Hand-written because the page must work offline inside an Airflow iframe: no charting library in
the lock renders a small SVG without pulling in a plotting stack, and a stacked bar is a few rectangles."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from news_etl.ui.queries import Bucket, Period, PeriodCount

OTHER = "other"
# Okabe-Ito, then Paul Tol's muted scheme: fourteen distinguishable colours, so that every actor of a normal
# period gets its own; the last colour is kept for OTHER.
PALETTE = (
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442",
    "#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#AA4499", "#882255", "#999999",
)  # fmt: skip
MAX_LABELS = 14


@dataclass(frozen=True)
class Series:
    actor: str
    color: str
    counts: tuple[int, ...]  # one per period
    total: int


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
    plot_right_x: int  # where the plot ends
    y_max: int
    bars: list[Bar]
    labels: list[tuple[float, str]]  # (x centre, label)
    legend: list[Series]


def bucket_starts(period: Period) -> list[date]:
    """Every week (Monday) or month (1st) from the one holding period.first to the one holding period.last."""
    if period.bucket == "week":
        start = period.first - timedelta(days=period.first.weekday())
        return [start + timedelta(weeks=i) for i in range((period.last - start).days // 7 + 1)]
    months = (period.last.year - period.first.year) * 12 + period.last.month - period.first.month
    return [date(period.first.year + (period.first.month - 1 + i) // 12, (period.first.month - 1 + i) % 12 + 1, 1)
            for i in range(months + 1)]  # fmt: skip


def pivot(
    counts: Sequence[PeriodCount], period: Period, max_series: int = len(PALETTE) - 1
) -> tuple[list[date], list[Series]]:
    """Periods as a gap-free list over `period`, and one series per actor: the `max_series` actors with the
    most mentions, the rest folded into OTHER so the legend stays readable."""
    if not counts:
        return [], []
    starts = bucket_starts(period)
    totals: dict[str, int] = defaultdict(int)
    for row in counts:
        totals[row.actor] += row.mentions
    ranked = sorted(totals, key=lambda actor: (-totals[actor], actor))
    shown = ranked[:max_series] if len(ranked) > max_series + 1 else ranked
    by_actor = {actor: [0] * len(starts) for actor in [*shown, OTHER]}
    index = {start: i for i, start in enumerate(starts)}
    for row in counts:
        by_actor[row.actor if row.actor in shown else OTHER][index[row.start]] += row.mentions
    series = [Series(a, PALETTE[i], tuple(by_actor[a]), sum(by_actor[a])) for i, a in enumerate(shown)]
    if any(by_actor[OTHER]):
        series.append(Series(OTHER, PALETTE[-1], tuple(by_actor[OTHER]), sum(by_actor[OTHER])))
    return starts, series


def _label(start: date, bucket: Bucket, new_year: bool) -> str:
    # The year only where it changes: old and backfilled periods must not read as this year's.
    if bucket == "month":
        return start.strftime("%b %Y" if new_year else "%b")
    return start.strftime("%d %b %Y" if new_year else "%d %b")


def stacked_bars(
    counts: Sequence[PeriodCount],
    period: Period,
    width: int = 960,
    height: int = 280,
    plot_left: int = 40,
    plot_right: int = 30,  # room for half of the last label
) -> Chart:
    starts, series = pivot(counts, period)
    plot_top, plot_bottom = 10, height - 30
    totals = [sum(s.counts[i] for s in series) for i in range(len(starts))]
    y_max = max(totals, default=0) or 1
    slot = (width - plot_left - plot_right) / max(len(starts), 1)
    scale = (plot_bottom - plot_top) / y_max
    every = -(-len(starts) // MAX_LABELS) or 1  # label every n-th bar so labels never overlap
    what = "week of" if period.bucket == "week" else "month of"
    bars: list[Bar] = []
    labels: list[tuple[float, str]] = []
    for i, start in enumerate(starts):
        x = plot_left + i * slot + slot * 0.15
        base = float(plot_bottom)
        for s in series:
            if s.counts[i]:
                h = s.counts[i] * scale
                base -= h
                title = f"{s.actor}, {what} {start.isoformat()}: {s.counts[i]}"
                bars.append(
                    Bar(round(x, 1), round(base, 1), round(slot * 0.7, 1), round(h, 1), s.color, title)
                )
        if i % every == 0:
            new_year = not labels or start.year != starts[i - every].year
            labels.append((round(plot_left + (i + 0.5) * slot, 1), _label(start, period.bucket, new_year)))
    return Chart(
        width, height, plot_top, plot_bottom, plot_left, width - plot_right, y_max, bars, labels, series
    )
