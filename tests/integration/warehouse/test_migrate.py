"""Migrations against a real PostgreSQL: re-runnable, tamper-evident, fully commented."""

from __future__ import annotations

import pytest
from news_etl.warehouse.migrate import Migration, MigrationChecksumError, available_migrations, migrate

pytestmark = pytest.mark.integration


def test_second_migrate_applies_nothing(warehouse) -> None:
    assert migrate(warehouse) == []
    with warehouse.cursor() as cur:
        cur.execute("SELECT version FROM news.schema_migrations ORDER BY version")
        assert [v for (v,) in cur.fetchall()] == [m.version for m in available_migrations()]


def test_editing_an_applied_migration_is_refused(warehouse, monkeypatch: pytest.MonkeyPatch) -> None:
    first = available_migrations()[0]
    tampered = [Migration(first.version, first.name, first.sql + "\n-- edited"), *available_migrations()[1:]]
    monkeypatch.setattr("news_etl.warehouse.migrate.available_migrations", lambda: tampered)
    with pytest.raises(MigrationChecksumError, match=first.name):
        migrate(warehouse)


def test_every_table_view_and_column_is_commented(warehouse) -> None:
    with warehouse.cursor() as cur:
        cur.execute(
            """
            SELECT c.relname, a.attname
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE n.nspname = 'news' AND c.relkind IN ('r', 'v', 'm')
              AND (obj_description(c.oid, 'pg_class') IS NULL
                   OR (a.attname IS NOT NULL AND col_description(c.oid, a.attnum) IS NULL))
            ORDER BY 1, 2
            """
        )
        missing = cur.fetchall()
    assert missing == [], f"undocumented: {missing}"


def test_reference_countries_are_seeded(warehouse) -> None:
    with warehouse.cursor() as cur:
        cur.execute(
            "SELECT code, name_de FROM news.countries WHERE code IN ('PRK', 'RUS', 'NATO', 'UN') ORDER BY code"
        )
        rows = dict(cur.fetchall())
    assert set(rows) == {"PRK", "RUS", "NATO", "UN"}
    assert rows["RUS"] == "Russland"
