"""Reference data shipped with the package (ISO country codes plus NATO and UN), upserted after migrations."""

from __future__ import annotations

import csv
import io
from importlib import resources
from typing import TYPE_CHECKING

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


def country_rows() -> list[dict[str, str | None]]:
    text = (resources.files("news_etl.reference") / "countries.csv").read_text(encoding="utf-8")
    return [{k: (v or None) for k, v in row.items()} for row in csv.DictReader(io.StringIO(text))]


def seed_reference_data(conn: PgConnection) -> int:
    rows = country_rows()
    with conn.cursor() as cur:
        cur.executemany(UPSERT_COUNTRY_SQL, rows)
    return len(rows)
