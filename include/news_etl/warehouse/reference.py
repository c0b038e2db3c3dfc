"""Reference data shipped with the package (countries.csv: ISO codes plus NATO and UN; actors.csv: international
bodies and non-state armed groups; claimants.csv: who makes troop claims), upserted after migrations, then the
derived actor kinds brought in line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from news_etl.reference.codes import actor_rows, claimant_rows, country_rows

if TYPE_CHECKING:
    from psycopg2.extensions import connection as PgConnection

UPSERT_COUNTRY_SQL = """
INSERT INTO news.countries (code, alpha2, name_en, name_de, name_fr, kind)
VALUES (%(code)s, %(alpha2)s, %(name_en)s, %(name_de)s, %(name_fr)s, %(kind)s)
ON CONFLICT (code) DO UPDATE SET
    alpha2 = EXCLUDED.alpha2, name_en = EXCLUDED.name_en, name_de = EXCLUDED.name_de,
    name_fr = EXCLUDED.name_fr, kind = EXCLUDED.kind
WHERE (news.countries.alpha2, news.countries.name_en, news.countries.name_de, news.countries.name_fr,
       news.countries.kind)
      IS DISTINCT FROM (EXCLUDED.alpha2, EXCLUDED.name_en, EXCLUDED.name_de, EXCLUDED.name_fr, EXCLUDED.kind)
"""
UPSERT_ACTOR_SQL = """
INSERT INTO news.actors (code, kind, name_en, name_de, name_fr, name_ar, name_he)
VALUES (%(code)s, %(kind)s, %(name_en)s, %(name_de)s, %(name_fr)s, %(name_ar)s, %(name_he)s)
ON CONFLICT (code) DO UPDATE SET
    kind = EXCLUDED.kind, name_en = EXCLUDED.name_en, name_de = EXCLUDED.name_de, name_fr = EXCLUDED.name_fr,
    name_ar = EXCLUDED.name_ar, name_he = EXCLUDED.name_he
WHERE (news.actors.kind, news.actors.name_en, news.actors.name_de, news.actors.name_fr, news.actors.name_ar,
       news.actors.name_he)
      IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED.name_en, EXCLUDED.name_de, EXCLUDED.name_fr, EXCLUDED.name_ar,
                        EXCLUDED.name_he)
"""
UPSERT_CLAIMANT_SQL = """
INSERT INTO news.claimants (code, country, kind, name_en, aliases)
VALUES (%(code)s, %(country)s, %(kind)s, %(name_en)s, string_to_array(%(aliases)s, '|'))
ON CONFLICT (code) DO UPDATE SET
    country = EXCLUDED.country, kind = EXCLUDED.kind, name_en = EXCLUDED.name_en, aliases = EXCLUDED.aliases
WHERE (news.claimants.country, news.claimants.kind, news.claimants.name_en, news.claimants.aliases)
      IS DISTINCT FROM (EXCLUDED.country, EXCLUDED.kind, EXCLUDED.name_en, EXCLUDED.aliases)
"""
# Rows published before a code was listed (or whose code changed kind) get the kind the lists now say; a
# no-op when nothing changed, so migrating stays idempotent.
REFRESH_ACTOR_KIND_SQL = (
    "UPDATE news.{table} SET actor_kind = news.actor_kind(actor_code)"
    " WHERE actor_kind IS DISTINCT FROM news.actor_kind(actor_code)"
)
MENTION_TABLES = ("deployment_mentions", "mentions_quarantine", "mentions_staging")


def seed_reference_data(conn: PgConnection) -> int:
    countries, actors, claimants = country_rows(), actor_rows(), claimant_rows()
    with conn.cursor() as cur:
        cur.executemany(UPSERT_COUNTRY_SQL, countries)
        cur.executemany(UPSERT_ACTOR_SQL, actors)
        cur.executemany(UPSERT_CLAIMANT_SQL, claimants)
        for table in MENTION_TABLES:  # constants above, never input
            cur.execute(REFRESH_ACTOR_KIND_SQL.format(table=table))
    return len(countries) + len(actors) + len(claimants)
