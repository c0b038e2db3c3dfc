"""news.troop_claims and news.v_troop_estimates on the demo warehouse: what the demo outlets were written to show
(dev/demo_site/site/outlets/README.md), links to every supporting mention, and rebuilds that change nothing."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.integration

UKR_MOD_SERIES = """
SELECT claim_id, best, n_articles, n_outlets, outlets, revises_claim_id
FROM news.troop_claims
WHERE actor_code = 'PRK' AND location_country = 'RUS' AND mention_type = 'deployment' AND claimant = 'UKR_MOD'
ORDER BY first_seen
"""
CLAIMS_SNAPSHOT = "SELECT * FROM news.troop_claims ORDER BY claim_id"
LINKS_SNAPSHOT = "SELECT * FROM news.troop_claim_mentions ORDER BY mention_id"


def fetch(conn, sql: str) -> list[tuple]:
    with conn.cursor() as cur:
        cur.execute(sql)
        return cur.fetchall()


def test_repeated_figure_is_one_claim_and_the_revision_links_to_it(demo_warehouse) -> None:
    repeated, revised = fetch(demo_warehouse, UKR_MOD_SERIES)
    assert repeated[1:5] == (11000, 3, 3, ["capital-wire", "harbor-post", "northern-ledger"])
    assert repeated[5] is None
    assert (revised[1], revised[5]) == (13000, repeated[0])


def test_every_claim_links_each_supporting_mention(demo_warehouse) -> None:
    mismatched = fetch(
        demo_warehouse,
        """
        SELECT c.claim_id FROM news.troop_claims c
        LEFT JOIN news.troop_claim_mentions l ON l.claim_id = c.claim_id
        LEFT JOIN news.deployment_mentions m ON m.mention_id = l.mention_id AND m.is_current
        GROUP BY c.claim_id, c.n_articles, c.n_outlets
        HAVING count(m.mention_id) = 0 OR count(DISTINCT l.article_id) <> c.n_articles
            OR count(DISTINCT l.outlet) <> c.n_outlets
        """,
    )
    assert mismatched == []
    # Every current claimable mention supports exactly one claim.
    unlinked = fetch(
        demo_warehouse,
        """
        SELECT m.mention_id FROM news.deployment_mentions m
        WHERE m.is_current AND m.actor_code IS NOT NULL AND m.count_precision <> 'vague'
          AND NOT EXISTS (SELECT 1 FROM news.troop_claim_mentions l WHERE l.mention_id = m.mention_id)
        """,
    )
    assert unlinked == []


def test_claims_were_validated(demo_warehouse, demo_run_ids) -> None:
    rows = fetch(
        demo_warehouse,
        "SELECT run_id, success, rows_validated FROM news.validation_runs WHERE suite_name = 'troop_claims'"
        " ORDER BY run_id",
    )
    claims = fetch(demo_warehouse, "SELECT count(*) FROM news.troop_claims")[0][0]
    assert [(run_id, success) for run_id, success, _ in rows] == [
        (demo_run_ids["demo"], True),
        (demo_run_ids["bad"], True),
    ]
    assert rows[-1][2] == claims


def test_rebuilds_change_nothing(demo_warehouse) -> None:
    """Incrementally nothing is stale; from scratch (as after reextract) the same rows come back."""
    from news_etl.claims.store import ClaimBuild, build_claims
    from news_etl.settings import Settings

    window = Settings().claim_window_days
    before = fetch(demo_warehouse, CLAIMS_SNAPSHOT), fetch(demo_warehouse, LINKS_SNAPSHOT)
    assert build_claims(demo_warehouse, window_days=window, from_scratch=False) == ClaimBuild(0, 0, 0)
    rebuilt = build_claims(demo_warehouse, window_days=window, from_scratch=True)
    assert rebuilt.claims == len(before[0]) and rebuilt.mentions == len(before[1])
    assert (fetch(demo_warehouse, CLAIMS_SNAPSHOT), fetch(demo_warehouse, LINKS_SNAPSHOT)) == before


def test_estimates_stay_within_their_bounds_and_weeks_are_mondays(demo_warehouse) -> None:
    bad = fetch(
        demo_warehouse,
        "SELECT * FROM news.v_troop_estimates WHERE NOT (low <= best AND best <= high)"
        " OR extract(isodow FROM period_start) <> 1 OR carried <> (estimate_week < period_start)",
    )
    assert bad == []


def test_troop_mentions_page_shows_the_demo_series_as_a_step_chart(demo_warehouse) -> None:
    """The page's estimate panel, read from the demo warehouse: the busiest series by default."""
    from news_etl.ui.estimate_panel import render_estimate_panel
    from news_etl.ui.estimates import load_estimate_panel

    panel = load_estimate_panel(demo_warehouse, None)
    assert panel.chosen is not None and panel.chosen.key == "PRK:RUS:deployment"
    assert load_estimate_panel(demo_warehouse, "PRK:RUS:deployment") == panel
    html = str(render_estimate_panel(panel))
    assert 'id="estimate-chart"' in html and 'class="estimate-step"' in html
    assert html.count('class="claim-point"') == len(panel.claims) >= 7
    assert "UKR_MOD: 11,000 on 2024-11-25; outlets: capital-wire, harbor-post, northern-ledger" in html
    assert '<a href="http' in html  # each claim links to an article
