"""The page's queries against a real migrated warehouse."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from news_etl.ui.queries import UNKNOWN_ACTOR, WeeklyCount, load_dashboard, weekly_mentions_by_actor
from ui_rows import add_article, add_mention, add_validation

pytestmark = pytest.mark.integration

UTC = timezone.utc
MONDAY = datetime(2026, 11, 16, tzinfo=UTC)


def test_weekly_counts_use_current_mentions_per_actor_and_publication_week(warehouse: Any) -> None:
    add_article(warehouse, "a1", MONDAY + timedelta(days=2), MONDAY + timedelta(days=9))
    add_article(warehouse, "a2", MONDAY - timedelta(days=1), MONDAY)  # Sunday: the week before
    add_article(warehouse, "a3", None, MONDAY + timedelta(days=3))  # no date on the page: fetch time
    add_mention(warehouse, "a1", 0, "PRK")
    add_mention(warehouse, "a1", 10, "PRK")
    add_mention(warehouse, "a1", 20, None)
    add_mention(warehouse, "a1", 30, "PRK", current=False)  # superseded: not counted
    add_mention(warehouse, "a2", 0, "RUS")
    add_mention(warehouse, "a3", 0, "RUS")
    warehouse.commit()

    assert weekly_mentions_by_actor(warehouse) == [
        WeeklyCount(date(2026, 11, 9), "RUS", 1),
        WeeklyCount(date(2026, 11, 16), "PRK", 2),
        WeeklyCount(date(2026, 11, 16), "RUS", 1),
        WeeklyCount(date(2026, 11, 16), UNKNOWN_ACTOR, 1),
    ]
    # The window ends at the latest week with data, not today.
    assert weekly_mentions_by_actor(warehouse, weeks=1) == weekly_mentions_by_actor(warehouse)[1:]


def test_dashboard_lists_latest_validations_first_and_counts_quarantine(warehouse: Any) -> None:
    add_article(warehouse, "a1", MONDAY, MONDAY)
    add_mention(warehouse, "a1", 0, "PRK", quarantined=True)
    add_mention(warehouse, "a1", 10, "PRK", quarantined=True)
    add_validation(warehouse, "older", True, MONDAY)
    add_validation(warehouse, "newer", False, MONDAY + timedelta(hours=1), troop_count_plausible=2)
    warehouse.commit()

    dashboard = load_dashboard(warehouse)

    assert dashboard.quarantine_count == 2
    assert [(r.run_id, r.success, r.failed_expectation_counts) for r in dashboard.validation_runs] == [
        ("newer", False, {"troop_count_plausible": 2}),
        ("older", True, {}),
    ]
    assert dashboard.weekly == []
    assert dashboard.as_json()["validation_runs"][0]["validated_at"] == "2026-11-16T01:00:00+00:00"
