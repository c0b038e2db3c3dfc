"""Incremental claim builds on a small hand-made warehouse: new, superseded and moved mentions."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from news_etl.claims.store import ClaimBuild, build_claims

pytestmark = pytest.mark.integration

WINDOW = 14


def add_article(conn, article_id: str, day: int, source: str) -> None:
    with conn.cursor() as cur:
        cur.execute(
            """
            INSERT INTO news.articles (article_id, version, canonical_url, url, source, title, body, body_raw,
                body_sha256, word_count, adapter, adapter_version, run_id, story_id, published_at)
            VALUES (%(id)s, 1, %(url)s, %(url)s, %(source)s, 't', 'b', 'b', %(id)s, 1, 'generic', '1', 'r1', %(id)s,
                %(published)s)
            """,
            {"id": article_id, "url": f"http://example.test/{article_id}", "source": source,
             "published": datetime(2024, 11, day, tzinfo=timezone.utc)},
        )  # fmt: skip


def add_mention(conn, article_id: str, value: int, actor: str = "PRK", speaker: str = "Pentagon") -> str:
    mention_id = f"{article_id}:v1:0-5"
    with conn.cursor() as cur:
        cur.execute(
            """
            INSERT INTO news.deployment_mentions (mention_id, article_id, article_version, story_id, run_id,
                troop_count_min, troop_count_max, count_precision, count_text, char_start, char_end, actor_code,
                actor_kind, location_country, mention_type, attribution, attribution_source, confidence, sentence,
                extractor_version)
            VALUES (%(mid)s, %(aid)s, 1, %(aid)s, 'r1', %(v)s, %(v)s, 'approximate', 'about', 0, 5, %(actor)s,
                'state', 'RUS', 'deployment', 'reported', %(speaker)s, 0.9, 's', 'x')
            """,
            {"mid": mention_id, "aid": article_id, "v": value, "actor": actor, "speaker": speaker},
        )
    return mention_id


def claims(conn) -> list[tuple]:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT actor_code, claimant, best, n_outlets, revises_claim_id IS NOT NULL,"
            " (SELECT count(*) FROM news.troop_claim_mentions l WHERE l.claim_id = c.claim_id)"
            " FROM news.troop_claims c ORDER BY actor_code, first_seen"
        )
        return cur.fetchall()


def test_new_superseded_and_moved_mentions(warehouse) -> None:
    for article, day, source in [("a1", 1, "x"), ("a2", 2, "y"), ("a3", 20, "x")]:
        add_article(warehouse, article, day, source)
    add_mention(warehouse, "a1", 11000)
    add_mention(warehouse, "a2", 11000)
    warehouse.commit()
    assert build_claims(warehouse, window_days=WINDOW, from_scratch=False) == ClaimBuild(1, 1, 2)
    assert claims(warehouse) == [("PRK", "USA_DOD", 11000, 2, False, 2)]
    assert build_claims(warehouse, window_days=WINDOW, from_scratch=False) == ClaimBuild(0, 0, 0)

    # A later, different figure: a revision.
    add_mention(warehouse, "a3", 12000)
    warehouse.commit()
    build_claims(warehouse, window_days=WINDOW, from_scratch=False)
    assert claims(warehouse) == [
        ("PRK", "USA_DOD", 11000, 2, False, 2),
        ("PRK", "USA_DOD", 12000, 1, True, 1),
    ]

    # One repeat superseded (a new article version dropped it): the claim loses that outlet.
    with warehouse.cursor() as cur:
        cur.execute("UPDATE news.deployment_mentions SET is_current = false WHERE article_id = 'a2'")
    warehouse.commit()
    build_claims(warehouse, window_days=WINDOW, from_scratch=False)
    assert claims(warehouse)[0] == ("PRK", "USA_DOD", 11000, 1, False, 1)

    # A mention whose series changed in place (as a re-extraction may): both series are regrouped.
    with warehouse.cursor() as cur:
        cur.execute("UPDATE news.deployment_mentions SET actor_code = 'RUS' WHERE article_id = 'a3'")
    warehouse.commit()
    build_claims(warehouse, window_days=WINDOW, from_scratch=False)
    assert claims(warehouse) == [
        ("PRK", "USA_DOD", 11000, 1, False, 1),
        ("RUS", "USA_DOD", 12000, 1, False, 1),
    ]
    assert build_claims(warehouse, window_days=WINDOW, from_scratch=False) == ClaimBuild(0, 0, 0)
