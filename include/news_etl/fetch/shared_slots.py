"""Per-host request slots kept in the warehouse (news.host_fetch_slots), so that the fetch tasks of a run keep
each host's pace together, whichever worker or process they run in."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from psycopg2.extensions import connection as PgConnection

# One statement reserves the slot: the row lock serialises concurrent reservations for the same host, and the
# database clock is the one clock every worker shares. Returns the seconds to wait before the reserved slot.
RESERVE_SLOT_SQL = """
INSERT INTO news.host_fetch_slots AS s (host, next_slot)
VALUES (%(host)s, clock_timestamp() + make_interval(secs => %(interval)s))
ON CONFLICT (host) DO UPDATE
    SET next_slot = greatest(s.next_slot, clock_timestamp()) + make_interval(secs => %(interval)s)
RETURNING extract(epoch FROM s.next_slot - clock_timestamp())::float8 - %(interval)s
"""


class WarehouseSlots:
    """`reserve(host, interval)` for HostRateLimiter, on an autocommit connection of its own (a reservation
    must be seen by the other workers at once, whatever the fetch task's own transaction is doing)."""

    def __init__(self, conn: PgConnection) -> None:
        self._conn = conn
        self._lock = threading.Lock()  # one statement at a time on the shared connection

    def reserve(self, host: str, interval: float) -> float:
        with self._lock, self._conn.cursor() as cur:
            cur.execute(RESERVE_SLOT_SQL, {"host": host, "interval": interval})
            return float(cur.fetchone()[0])


@contextmanager
def sibling_connection(conn: PgConnection) -> Iterator[PgConnection]:
    """A second, autocommit connection to the database `conn` is connected to."""
    import psycopg2

    params = conn.get_dsn_parameters()
    kwargs = {key: params[key] for key in ("host", "port", "user", "dbname", "sslmode") if params.get(key)}
    sibling = psycopg2.connect(**kwargs, password=conn.info.password, application_name="news-etl host slots")
    sibling.autocommit = True
    try:
        yield sibling
    finally:
        sibling.close()
