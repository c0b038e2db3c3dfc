"""Empty the pipeline's data tables while keeping the schema and the reference data (tests, benchmarks)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from psycopg2.extensions import connection as PgConnection

# Reference tables survive; every other table of schema news holds pipeline data.
KEPT_TABLES = ("countries", "actors", "claimants", "schema_migrations")

DATA_TABLES_SQL = """
SELECT string_agg(format('%%I.%%I', schemaname, tablename), ', ') FROM pg_tables
WHERE schemaname = 'news' AND NOT (tablename = ANY(%s))
"""


def truncate_pipeline_data(conn: PgConnection) -> None:
    """TRUNCATE every news table but the reference ones, and commit."""
    with conn.cursor() as cur:
        cur.execute(DATA_TABLES_SQL, (list(KEPT_TABLES),))
        (tables,) = cur.fetchone()
        cur.execute(f"TRUNCATE {tables}")  # names from the catalog, quoted by format(%I)
    conn.commit()
