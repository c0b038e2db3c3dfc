"""The warehouse's contents minus what differs between two runs of the same sources: when a page was fetched or
a batch validated, Airflow's run ids, the run's interval and Data Docs paths. Two executors (LocalExecutor,
CeleryExecutor) or two attempts that processed the same sources must leave equal snapshots."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from psycopg2.extensions import connection as PgConnection

# Reference tables are the migrations' doing, not the pipeline's.
REFERENCE_TABLES = ("countries", "actors", "claimants", "schema_migrations")
RUN_SPECIFIC_COLUMNS = frozenset(
    {
        "run_id",  # the batch key: the run's logical date
        "fetched_at",
        "validated_at",
        "result_json",  # Great Expectations' result, with its run id and timestamps
        "data_docs_url",
        "data_interval_start",
        "data_interval_end",
        "next_slot",  # news.host_fetch_slots: when the host may next be hit
        "started_at",  # news.ingest_runs: when the run first recorded itself
        "checked_at",  # news.source_runs: when the source was asked
    }
)
COLUMNS_SQL = """
SELECT c.table_name, array_agg(c.column_name::text ORDER BY c.ordinal_position)
FROM information_schema.columns c JOIN pg_tables t ON t.schemaname = c.table_schema AND t.tablename = c.table_name
WHERE c.table_schema = 'news' AND NOT (c.table_name = ANY(%s)) AND NOT (c.column_name = ANY(%s))
GROUP BY c.table_name ORDER BY c.table_name
"""


def snapshot(conn: PgConnection) -> dict[str, list[tuple[Any, ...]]]:
    """Every pipeline table of schema news as a sorted list of rows (run-specific columns left out)."""
    with conn.cursor() as cur:
        cur.execute(COLUMNS_SQL, (list(REFERENCE_TABLES), sorted(RUN_SPECIFIC_COLUMNS)))
        tables = cur.fetchall()
        contents = {}
        for table, columns in tables:
            # Names come from the catalog; quote_ident-equivalent quoting keeps odd names safe.
            column_list = ", ".join('"' + name.replace('"', '""') + '"' for name in columns)
            cur.execute(f'SELECT {column_list} FROM news."{table}"')
            contents[table] = sorted((tuple(_comparable(v) for v in row) for row in cur.fetchall()), key=repr)
    conn.rollback()
    return contents


def differences(left: dict[str, list[tuple[Any, ...]]], right: dict[str, list[tuple[Any, ...]]]) -> list[str]:
    """Human-readable differences between two snapshots (empty when equal)."""
    problems = []
    for table in sorted(set(left) | set(right)):
        a, b = left.get(table, []), right.get(table, [])
        if a != b:
            only_a = [row for row in a if row not in b][:3]
            only_b = [row for row in b if row not in a][:3]
            problems.append(
                f"news.{table}: {len(a)} vs {len(b)} rows; only left {only_a!r}; only right {only_b!r}"
            )
    return problems


def _comparable(value: Any) -> Any:
    return bytes(value) if isinstance(value, memoryview) else value
