"""The page's queries against a real migrated warehouse."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from news_etl.ui.queries import (
    UNKNOWN,
    ActorLocation,
    Period,
    PeriodCount,
    latest_mentions,
    load_dashboard,
    quarantined_mentions,
)
from ui_rows import add_article, add_mention, add_validation

pytestmark = pytest.mark.integration

UTC = timezone.utc
MONDAY = datetime(2026, 11, 16, tzinfo=UTC)


def test_counts_use_current_mentions_per_actor_and_publication_week(warehouse: Any) -> None:
    add_article(warehouse, "a1", MONDAY + timedelta(days=2), MONDAY + timedelta(days=9))
    add_article(warehouse, "a2", MONDAY - timedelta(days=1), MONDAY)  # Sunday: the week before
    add_article(warehouse, "a3", None, MONDAY + timedelta(days=3))  # no date on the page: fetch time
    add_mention(warehouse, "a1", 0, "PRK", location="RUS")
    add_mention(warehouse, "a1", 10, "PRK", location="RUS")
    add_mention(warehouse, "a1", 20, None)
    add_mention(warehouse, "a1", 30, "PRK", current=False)  # superseded: not counted
    add_mention(warehouse, "a2", 0, "RUS")
    add_mention(warehouse, "a3", 0, "RUS", location="UKR")
    warehouse.commit()

    dashboard = load_dashboard(warehouse)

    assert dashboard.covered == Period(date(2026, 11, 15), date(2026, 11, 19))
    assert dashboard.counts == [
        PeriodCount(date(2026, 11, 9), "RUS", 1),
        PeriodCount(date(2026, 11, 16), "PRK", 2),
        PeriodCount(date(2026, 11, 16), "RUS", 1),
        PeriodCount(date(2026, 11, 16), UNKNOWN, 1),
    ]
    assert dashboard.actor_locations == [
        ActorLocation("PRK", "RUS", 2, date(2026, 11, 18)),
        ActorLocation("RUS", "UKR", 1, date(2026, 11, 19)),
        ActorLocation("RUS", UNKNOWN, 1, date(2026, 11, 15)),
        ActorLocation(UNKNOWN, UNKNOWN, 1, date(2026, 11, 18)),
    ]
    # A chosen range narrows the chart, not what the data covers.
    narrowed = load_dashboard(warehouse, date(2026, 11, 16), None)
    assert narrowed.covered == dashboard.covered and narrowed.shown == Period(
        date(2026, 11, 16), date(2026, 11, 19)
    )
    assert narrowed.counts == dashboard.counts[1:]


def test_the_whole_covered_period_is_charted_month_by_month_when_long(warehouse: Any) -> None:
    old, new = datetime(2022, 2, 11, tzinfo=UTC), datetime(2025, 2, 20, tzinfo=UTC)
    add_article(warehouse, "old", old, new)
    add_article(warehouse, "new", new, new)
    add_mention(warehouse, "old", 0, "USA")
    add_mention(warehouse, "new", 0, "FRA")
    warehouse.commit()

    dashboard = load_dashboard(warehouse)

    assert dashboard.shown is not None and dashboard.shown.bucket == "month"
    assert dashboard.counts == [
        PeriodCount(date(2022, 2, 1), "USA", 1),
        PeriodCount(date(2025, 2, 1), "FRA", 1),
    ]


def test_dashboard_lists_latest_validations_first_and_counts_quarantine(warehouse: Any) -> None:
    add_article(warehouse, "a1", MONDAY, MONDAY)
    add_mention(warehouse, "a1", 0, "PRK", quarantined=True, run_id="newer")
    add_mention(warehouse, "a1", 10, "PRK", quarantined=True, run_id="older", sentence="שלושה מיליון חיילים")
    add_validation(warehouse, "older", True, MONDAY)
    add_validation(warehouse, "newer", False, MONDAY + timedelta(hours=1), troop_count_plausible=2)
    warehouse.commit()

    dashboard = load_dashboard(warehouse)

    assert dashboard.quarantine_count == 2
    assert [(r.batch, r.success, r.failed_expectation_counts) for r in dashboard.validation_runs] == [
        ("newer", False, {"troop_count_plausible": 2}),
        ("older", True, {}),
    ]
    assert dashboard.counts == [] and dashboard.covered is None
    assert dashboard.as_json()["validation_runs"][0]["validated_at"] == "2026-11-16T01:00:00+00:00"
    # A validation's quarantined rows, found by its batch key.
    (row,) = quarantined_mentions(warehouse, "older")
    assert (row.batch, row.sentence, row.failed_expectations) == (
        "older",
        "שלושה מיליון חיילים",
        ["troop_count_plausible"],
    )
    assert [r.batch for r in quarantined_mentions(warehouse, None)] == ["older", "newer"]


def test_latest_mentions_are_the_newest_current_ones_of_every_language(warehouse: Any) -> None:
    for day in range(7):
        add_article(warehouse, f"en{day}", MONDAY + timedelta(days=day), MONDAY + timedelta(days=day))
        add_mention(warehouse, f"en{day}", 0, "PRK", language="en", sentence=f"english {day}")
    add_article(warehouse, "he0", MONDAY - timedelta(days=30), MONDAY)  # old, but its language's newest
    add_mention(warehouse, "he0", 0, "ISR", location="LBN", language="he", sentence="כ-3,000 חיילים")
    add_mention(warehouse, "he0", 10, "ISR", language="he", current=False)  # superseded: never shown
    warehouse.commit()

    rows = latest_mentions(warehouse, per_language=5)

    assert [(r.language, r.sentence) for r in rows] == [
        ("en", "english 6"), ("en", "english 5"), ("en", "english 4"), ("en", "english 3"), ("en", "english 2"),
        ("he", "כ-3,000 חיילים"),
    ]  # fmt: skip
    hebrew = rows[-1]
    assert (hebrew.actor, hebrew.location, hebrew.day) == ("ISR", "LBN", (MONDAY - timedelta(days=30)).date())
    assert hebrew.url == "http://example.test/he0"
    assert load_dashboard(warehouse).latest_mentions == rows
