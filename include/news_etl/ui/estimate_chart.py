"""Geometry of the estimate step chart: the weekly best estimate as a step line, the low-high span of each week
as a band, and each claim as a point at its first publication (inline SVG, like chart.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from news_etl.ui.estimates import EstimatePanel

LINE_COLOR = "#0072B2"
BAND_COLOR = "#56B4E9"
POINT_COLOR = "#D55E00"


@dataclass(frozen=True)
class Band:
    x: float
    y: float
    width: float
    height: float
    carried: bool
    title: str


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    title: str  # hover: claimant, figure, outlets
    url: str | None


@dataclass(frozen=True)
class StepChart:
    width: int
    height: int
    plot_top: int
    plot_bottom: int
    plot_left: int
    y_max: int
    step_path: str  # SVG path of the weekly best estimate
    bands: list[Band]
    points: list[Point]
    week_labels: list[tuple[float, str]]


def step_chart(panel: EstimatePanel, width: int = 720, height: int = 260, plot_left: int = 56) -> StepChart:
    plot_top, plot_bottom, right = 10, height - 30, width - 10
    weeks = panel.weeks
    if not weeks:
        return StepChart(width, height, plot_top, plot_bottom, plot_left, 0, "", [], [], [])
    first, last = weeks[0].period_start, weeks[-1].period_start + timedelta(weeks=1)
    values = [w.high for w in weeks] + [c.best for c in panel.claims]
    y_max = max(values) or 1
    span_days = (last - first).days or 7

    def x_of(day: date) -> float:
        return round(plot_left + (day - first).days / span_days * (right - plot_left), 1)

    def y_of(value: int) -> float:
        return round(plot_bottom - value / y_max * (plot_bottom - plot_top), 1)

    path: list[str] = []
    bands: list[Band] = []
    labels: list[tuple[float, str]] = []
    for i, week in enumerate(weeks):
        x0, x1 = x_of(week.period_start), x_of(week.period_start + timedelta(weeks=1))
        path.append(f"M {x0} {y_of(week.best)}" if i == 0 else f"V {y_of(week.best)}")
        path.append(f"H {x1}")
        state = "carried forward" if week.carried else f"{week.n_claims} claims, {week.n_outlets} outlets"
        bands.append(
            Band(x0, y_of(week.high), round(x1 - x0, 1), round(y_of(week.low) - y_of(week.high), 1), week.carried,
                 f"week of {week.period_start}: best {week.best:,} (low {week.low:,}, high {week.high:,}); "
                 f"{state}; {', '.join(week.claimants)}")
        )  # fmt: skip
        if i == 0 or week.period_start.month != weeks[i - 1].period_start.month:
            labels.append((x0, week.period_start.strftime("%b %Y")))
    points = [
        Point(
            x_of(claim.first_seen.date()),
            y_of(claim.best),
            f"{claim.claimant}: {claim.best:,} on {claim.first_seen.date()}; outlets: {', '.join(claim.outlets)}"
            + (" (revises an earlier claim)" if claim.revises_claim_id else ""),
            claim.url,
        )
        for claim in panel.claims
    ]
    return StepChart(
        width, height, plot_top, plot_bottom, plot_left, y_max, " ".join(path), bands, points, labels
    )
