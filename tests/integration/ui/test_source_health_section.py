"""The Troop mentions page shows each source's latest status, its reason and when it last delivered."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest
from news_etl.ui.queries import load_dashboard
from news_etl.ui.render import render_page

pytestmark = pytest.mark.integration

DAY = datetime(2026, 11, 16, tzinfo=timezone.utc)


def test_source_health_section_shows_the_latest_status_and_last_delivery(warehouse: Any) -> None:
    with warehouse.cursor() as cur:
        cur.executemany(
            "INSERT INTO news.source_runs (run_id, source, status, urls_found, reason, detail, checked_at)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s)",
            [
                ("r1", "feed-a", "ok", 12, None, "", DAY),
                ("r2", "feed-a", "failed", 0, "connection_error", "connection refused", DAY.replace(day=17)),
                ("r2", "feed-b", "ok", 3, None, "", DAY.replace(day=17)),
            ],
        )
    warehouse.commit()
    dashboard = load_dashboard(warehouse)
    assert [(s.source, s.status, s.reason, s.last_delivered_at) for s in dashboard.source_health] == [
        ("feed-a", "failed", "connection_error", DAY),
        ("feed-b", "ok", None, DAY.replace(day=17)),
    ]
    assert dashboard.as_json()["source_health"][0]["last_delivered_at"] == "2026-11-16T00:00:00+00:00"
    html = render_page(dashboard)
    assert 'id="source-health"' in html and "connection_error: connection refused" in html
