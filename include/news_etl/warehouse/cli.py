"""`news-etl migrate`: apply pending warehouse migrations."""

from __future__ import annotations

import argparse

from news_etl.warehouse.db import connect
from news_etl.warehouse.migrate import migrate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="news-etl migrate", description=__doc__)
    parser.add_argument("--dsn", help="libpq DSN (default: from AIRFLOW_CONN_NEWS_WAREHOUSE)")
    args = parser.parse_args(argv)
    conn = connect(args.dsn)
    try:
        applied = migrate(conn)
    finally:
        conn.close()
    print(f"applied {len(applied)} migration(s): {', '.join(applied)}" if applied else "warehouse up to date")
    return 0
