"""The analyst views and functions of migration 003 against the demo warehouse.

Changes a test makes (extra rows, settings) happen inside its transaction and are rolled back.
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.integration


def execute(conn, sql: str, params: Any = None) -> None:
    with conn.cursor() as cur:
        cur.execute(sql, params)


def rows(conn, sql: str, params: Any = None) -> list[tuple]:
    with conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()


def one(conn, sql: str, params: Any = None) -> Any:
    (row,) = rows(conn, sql, params)
    return row[0] if len(row) == 1 else row


@pytest.mark.parametrize(
    ("count_min", "count_max", "precision", "expected"),
    [
        (1500, 1500, "exact", 1500),
        (1500, 2000, "range", 1750),
        (1, 2, "range", 2),  # halves round away from zero
        (13_000, None, "lower_bound", 13_000),
        (None, 5000, "upper_bound", 5000),
        (2000, 9999, "vague", None),  # "thousands": the bounds are a reading of a word
        (None, None, "vague", None),
    ],
)
def test_best_estimate(demo_warehouse, count_min, count_max, precision, expected) -> None:
    sql = "SELECT news.best_estimate(%s::bigint, %s::bigint, %s)"
    assert one(demo_warehouse, sql, (count_min, count_max, precision)) == expected


def test_report_clock_defaults_to_now_and_follows_the_setting(demo_warehouse) -> None:
    assert one(demo_warehouse, "SELECT news.as_of() = now()") is True
    execute(demo_warehouse, "SET news.as_of = '2024-12-01T00:00:00Z'")
    assert one(demo_warehouse, "SELECT news.as_of() = '2024-12-01T00:00:00Z'::timestamptz") is True
    execute(demo_warehouse, "RESET news.as_of")
    assert one(demo_warehouse, "SELECT news.as_of() = now()") is True


def test_view_has_every_current_published_mention_once(demo_warehouse) -> None:
    published = one(demo_warehouse, "SELECT count(*) FROM news.deployment_mentions WHERE is_current")
    assert one(demo_warehouse, "SELECT count(*) FROM news.v_deployment_mentions") == published
    assert (
        one(demo_warehouse, "SELECT count(DISTINCT mention_id) FROM news.v_deployment_mentions") == published
    )
    assert one(demo_warehouse, "SELECT max(folded_rows) FROM news.v_deployment_mentions") == 1


def test_view_carries_the_article_and_country_names(demo_warehouse) -> None:
    found = rows(
        demo_warehouse,
        "SELECT title, source, language, actor_name, location_name, best_estimate, published_at::date::text"
        " FROM news.v_deployment_mentions WHERE count_text LIKE 'etwa 1.500%'",
    )
    assert found == [
        (
            "Videos zeigen nordkoreanische Soldaten bei der Ausrüstung in Russland",
            "demo",
            "de",
            "North Korea",
            "Russia",
            1500,
            "2024-10-21",
        )
    ]


def test_quarantined_mentions_stay_out_of_the_view(demo_warehouse) -> None:
    assert one(demo_warehouse, "SELECT count(*) FROM news.mentions_quarantine") == 1
    assert (
        one(
            demo_warehouse,
            "SELECT count(*) FROM news.v_deployment_mentions v"
            " JOIN news.mentions_quarantine q USING (mention_id)",
        )
        == 0
    )


def test_superseded_mentions_leave_the_view(demo_warehouse) -> None:
    mention_id = one(demo_warehouse, "SELECT mention_id FROM news.v_deployment_mentions ORDER BY 1 LIMIT 1")
    execute(
        demo_warehouse,
        "UPDATE news.deployment_mentions SET is_current = false WHERE mention_id = %s",
        (mention_id,),
    )
    assert (
        one(
            demo_warehouse,
            "SELECT count(*) FROM news.v_deployment_mentions WHERE mention_id = %s",
            (mention_id,),
        )
        == 0
    )


def test_the_same_claim_in_two_copies_of_a_story_counts_once(demo_warehouse) -> None:
    """Should a copy's mention ever be published (a canonical copy later found to duplicate another), the
    story still counts the claim once, and the canonical copy's row is the one shown."""
    canonical, copy, version = one(
        demo_warehouse,
        "SELECT story_id, article_id, version FROM news.articles WHERE duplicate_of IS NOT NULL AND is_current",
    )
    claims_before = one(demo_warehouse, "SELECT count(*) FROM news.v_deployment_mentions")
    execute(
        demo_warehouse,
        """
        INSERT INTO news.deployment_mentions
        SELECT %(copy)s || ':v' || %(version)s || ':' || char_start || '-' || char_end, %(copy)s, %(version)s,
               story_id, run_id, is_current, troop_count_min, troop_count_max, count_precision, count_text,
               char_start, char_end, actor_code, location_country, mention_type, attribution,
               attribution_source, confidence, sentence, language, extractor_version, actor_kind
        FROM news.deployment_mentions WHERE article_id = %(canonical)s AND is_current
        """,
        {"copy": copy, "version": version, "canonical": canonical},
    )
    assert one(demo_warehouse, "SELECT count(*) FROM news.v_deployment_mentions") == claims_before
    story = rows(
        demo_warehouse,
        "SELECT DISTINCT article_id, folded_rows FROM news.v_deployment_mentions WHERE story_id = %s",
        (canonical,),
    )
    assert story == [(canonical, 2)]


def test_monthly_view_adds_up_to_the_mention_view(demo_warehouse) -> None:
    totals = one(
        demo_warehouse,
        "SELECT sum(mentions), sum(estimated_mentions), sum(best_estimate_total)"
        " FROM news.v_deployments_by_actor_month",
    )
    expected = one(
        demo_warehouse,
        "SELECT count(*), count(best_estimate), sum(best_estimate) FROM news.v_deployment_mentions",
    )
    assert totals == expected


def test_monthly_view_groups_a_month(demo_warehouse) -> None:
    # February 2025, France -> Romania: "entre 1 500 et 2 000" (midpoint 1750) and "quelque 1 300".
    group = one(
        demo_warehouse,
        "SELECT mentions, stories, estimated_mentions, best_estimate_total, best_estimate_max, largest_reported"
        " FROM news.v_deployments_by_actor_month"
        " WHERE month = '2025-02-01' AND actor_code = 'FRA' AND location_country = 'ROU'"
        " AND mention_type = 'deployment'",
    )
    assert group == (2, 1, 2, 3050, 1750, 2000)


@pytest.mark.parametrize(
    ("table", "column"),
    [
        ("articles", "published_at"),
        ("deployment_mentions", "actor_code"),
        ("deployment_mentions", "location_country"),
        ("deployment_mentions", "mention_type"),
        ("deployment_mentions", "story_id"),
        ("mentions_quarantine", "run_id"),
        ("validation_runs", "validated_at"),
    ],
)
def test_usual_filters_are_indexed(demo_warehouse, table: str, column: str) -> None:
    """The column leads some index of the table, so a filter on it can use an index scan."""
    leading = rows(
        demo_warehouse,
        """
        SELECT a.attname FROM pg_index ix
        JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ix.indkey[0]
        WHERE n.nspname = 'news' AND t.relname = %s
        """,
        (table,),
    )
    assert (column,) in leading
