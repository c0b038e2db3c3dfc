"""Migration 004 (actor_country -> actor_code + actor_kind) keeps the rows of a warehouse migrated before it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from news_etl.warehouse.migrate import available_migrations, migrate

pytestmark = pytest.mark.integration

INSERT_OLD_MENTION = """
INSERT INTO news.deployment_mentions (mention_id, article_id, article_version, story_id, run_id, count_precision,
    count_text, char_start, char_end, actor_country, mention_type, attribution, confidence, sentence,
    extractor_version)
VALUES (%s, 'a1', 1, 'a1', 'r0', 'exact', '1,000', 0, 5, %s, 'deployment', 'stated', 0.9, 's', 'old')
"""


def _seed_countries_only(conn) -> None:
    """The reference seeding of a release before 004 (news.actors does not exist yet)."""
    from news_etl.reference.codes import country_rows
    from news_etl.warehouse.reference import UPSERT_COUNTRY_SQL

    with conn.cursor() as cur:
        cur.executemany(UPSERT_COUNTRY_SQL, country_rows())


@pytest.fixture()
def fresh_dsn(warehouse_dsn: str) -> Iterator[str]:
    import psycopg2
    from psycopg2.extensions import make_dsn, parse_dsn

    name = parse_dsn(warehouse_dsn)["dbname"] + "_actors"
    admin = psycopg2.connect(warehouse_dsn)
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # name built here, not input
        cur.execute(f'CREATE DATABASE "{name}"')
    yield make_dsn(warehouse_dsn, dbname=name)
    with admin.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


def test_existing_mentions_keep_their_actor_and_get_its_kind(fresh_dsn: str, monkeypatch) -> None:
    from news_etl.warehouse.db import connect

    conn = connect(fresh_dsn)
    try:
        before_004 = [m for m in available_migrations() if m.version < 4]
        monkeypatch.setattr("news_etl.warehouse.migrate.available_migrations", lambda: before_004)
        monkeypatch.setattr("news_etl.warehouse.reference.seed_reference_data", _seed_countries_only)
        migrate(conn)
        with conn.cursor() as cur:
            for mention_id, actor in [("m1", "PRK"), ("m2", "HAMAS"), ("m3", "NATO"), ("m4", None)]:
                cur.execute(INSERT_OLD_MENTION, (mention_id, actor))
        conn.commit()
        monkeypatch.undo()
        migrate(conn)
        with conn.cursor() as cur:
            cur.execute("SELECT mention_id, actor_code, actor_kind FROM news.deployment_mentions ORDER BY 1")
            assert cur.fetchall() == [
                ("m1", "PRK", "state"),
                ("m2", "HAMAS", "non_state"),
                ("m3", "NATO", "international"),
                ("m4", None, None),
            ]
            cur.execute("SELECT name_he FROM news.actors WHERE code = 'HAMAS'")
            assert cur.fetchone() == ("חמאס",)
    finally:
        conn.close()
