"""Embedded PostgreSQL for `make run` / `make test`, from the `pgserver` wheel (real PostgreSQL 16 binaries).

The server listens on a Unix socket only (no TCP port to collide with) inside its data directory and keeps
running between commands; `stop()` shuts it down cleanly with pg_ctl.
"""

from __future__ import annotations

import logging
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EmbeddedPostgres:
    datadir: Path
    socket_dir: str
    user: str = "postgres"

    def libpq_uri(self, database: str) -> str:
        """A libpq/psycopg2 URI for `database`."""
        return f"postgresql://{self.user}@/{database}?host={urllib.parse.quote(self.socket_dir)}"

    def sqlalchemy_uri(self, database: str) -> str:
        return f"postgresql+psycopg2://{self.user}@/{database}?host={urllib.parse.quote(self.socket_dir)}"

    def airflow_conn_uri(self, database: str) -> str:
        """Airflow connection URI: the socket directory, percent-encoded, stands in the host position."""
        return f"postgres://{self.user}@{urllib.parse.quote(self.socket_dir, safe='')}/{database}"


def start(datadir: Path) -> EmbeddedPostgres:
    """Start (or attach to) the embedded server in `datadir`; initialises the cluster on first use."""
    import pgserver  # deferred: only the dev tooling needs it

    datadir.mkdir(parents=True, exist_ok=True)
    server = pgserver.get_server(datadir, cleanup_mode=None)
    query = urllib.parse.urlparse(server.get_uri()).query
    socket_dir = urllib.parse.parse_qs(query)["host"][0]
    return EmbeddedPostgres(datadir=datadir.resolve(), socket_dir=socket_dir)


def ensure_database(pg: EmbeddedPostgres, name: str) -> None:
    import psycopg2

    conn = psycopg2.connect(pg.libpq_uri("postgres"))
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
            if cur.fetchone() is None:
                # Identifiers cannot be bound as parameters; the name comes from our own code, never from input.
                cur.execute(f'CREATE DATABASE "{name}"')
    finally:
        conn.close()


def drop_database(pg: EmbeddedPostgres, name: str) -> None:
    import psycopg2

    conn = psycopg2.connect(pg.libpq_uri("postgres"))
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        conn.close()


def stop(datadir: Path) -> bool:
    """Stop the server cleanly; False when none was running."""
    if not (datadir / "postmaster.pid").exists():
        return False
    import os

    from pgserver._commands import pg_ctl

    user = "pgserver" if os.geteuid() == 0 else None
    pg_ctl(["-w", "stop", "-m", "fast"], pgdata=datadir, user=user)
    return True
