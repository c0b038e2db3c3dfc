"""Versioned, re-runnable SQL migrations (files `migrations/NNN_name.sql`, applied in order).

Each file runs in its own transaction under an advisory lock, so concurrent DAG runs starting at once apply it
exactly once. Applied versions are recorded with a checksum; editing an applied migration is refused, because
the databases that already ran it would silently differ from new ones.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from psycopg2.extensions import connection as PgConnection

log = logging.getLogger(__name__)

# Arbitrary constant shared by every process that migrates this warehouse.
_ADVISORY_LOCK_KEY = 7_240_011

_BOOKKEEPING_SQL = """
CREATE SCHEMA IF NOT EXISTS news;
CREATE TABLE IF NOT EXISTS news.schema_migrations (
    version     integer PRIMARY KEY,
    name        text NOT NULL,
    checksum    text NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE news.schema_migrations IS 'Warehouse migrations applied to this database (news-etl migrate).';
COMMENT ON COLUMN news.schema_migrations.version IS 'Migration number (file prefix).';
COMMENT ON COLUMN news.schema_migrations.name IS 'Migration file name.';
COMMENT ON COLUMN news.schema_migrations.checksum IS 'sha256 of the migration file as applied.';
COMMENT ON COLUMN news.schema_migrations.applied_at IS 'When it was applied.';
"""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.sql.encode()).hexdigest()


class MigrationChecksumError(RuntimeError):
    pass


def available_migrations() -> list[Migration]:
    folder = resources.files("news_etl.warehouse") / "migrations"
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            version = int(entry.name.split("_", 1)[0])
            found.append(Migration(version, entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found, key=lambda m: m.version)


def migrate(conn: PgConnection) -> list[str]:
    """Apply pending migrations; returns the names applied now (empty when up to date)."""
    applied_now: list[str] = []
    with conn.cursor() as cur:
        cur.execute("SELECT pg_advisory_lock(%s)", (_ADVISORY_LOCK_KEY,))
    try:
        with conn.cursor() as cur:
            cur.execute(_BOOKKEEPING_SQL)
            conn.commit()
            cur.execute("SELECT version, checksum FROM news.schema_migrations")
            done = dict(cur.fetchall())
        for migration in available_migrations():
            if migration.version in done:
                if done[migration.version] != migration.checksum:
                    raise MigrationChecksumError(
                        f"{migration.name} was changed after it was applied; add a new migration instead"
                    )
                continue
            with conn.cursor() as cur:
                cur.execute(migration.sql)
                cur.execute(
                    "INSERT INTO news.schema_migrations (version, name, checksum) VALUES (%s, %s, %s)",
                    (migration.version, migration.name, migration.checksum),
                )
            conn.commit()
            log.info("applied migration %s", migration.name)
            applied_now.append(migration.name)
        from news_etl.warehouse.reference import seed_reference_data

        seed_reference_data(conn)
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    finally:
        with conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_unlock(%s)", (_ADVISORY_LOCK_KEY,))
        conn.commit()
    return applied_now
