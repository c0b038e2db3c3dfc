"""What the Troop mentions page shows, read from the warehouse: recent validations, quarantine size, and
current mentions per actor per week."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

UNKNOWN_ACTOR = "unknown"
CHART_WEEKS = 12


@dataclass(frozen=True)
class ValidationRun:
    dag_id: str
    run_id: str
    suite_name: str
    success: bool
    rows_validated: int
    rows_quarantined: int
    failed_expectation_counts: dict[str, int]
    validated_at: datetime


@dataclass(frozen=True)
class WeeklyCount:
    week: date  # Monday of the ISO week
    actor: str  # actor_code code, or UNKNOWN_ACTOR
    mentions: int


@dataclass(frozen=True)
class SourceHealthRow:
    """A source as its latest news_ingest run saw it (news.source_runs)."""

    source: str
    status: str  # ok | empty | failed
    reason: str | None
    detail: str
    checked_at: datetime
    last_delivered_at: datetime | None  # latest run in which it listed URLs


@dataclass(frozen=True)
class Dashboard:
    validation_runs: list[ValidationRun]
    quarantine_count: int
    weekly: list[WeeklyCount]
    source_health: list[SourceHealthRow] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for run in data["validation_runs"]:
            run["validated_at"] = run["validated_at"].isoformat()
        for row in data["weekly"]:
            row["week"] = row["week"].isoformat()
        for row in data["source_health"]:
            for key in ("checked_at", "last_delivered_at"):
                row[key] = row[key].isoformat() if row[key] else None
        return data


def latest_validation_runs(conn: Any, limit: int = 10) -> list[ValidationRun]:
    with conn.cursor() as cur:
        cur.execute(
            """
            SELECT dag_id, run_id, suite_name, success, rows_validated, rows_quarantined,
                   failed_expectation_counts, validated_at
            FROM news.validation_runs
            ORDER BY validated_at DESC, dag_id, run_id, suite_name
            LIMIT %s
            """,
            (limit,),
        )
        return [ValidationRun(*row) for row in cur.fetchall()]


def quarantine_count(conn: Any) -> int:
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM news.mentions_quarantine")
        (count,) = cur.fetchone()
    return count


def weekly_mentions_by_actor(conn: Any, weeks: int = CHART_WEEKS) -> list[WeeklyCount]:
    """Current mentions per actor and publication week, over the `weeks` weeks up to the latest one with data
    (not up to today: the demo and backfilled data can be old, and an empty chart helps nobody)."""
    with conn.cursor() as cur:
        cur.execute(
            """
            WITH dated AS (
                SELECT date_trunc('week', coalesce(a.published_at, a.fetched_at) AT TIME ZONE 'UTC')::date AS week,
                       coalesce(m.actor_code, %(unknown)s) AS actor
                FROM news.deployment_mentions m
                JOIN news.articles a ON a.article_id = m.article_id AND a.version = m.article_version
                WHERE m.is_current AND coalesce(a.published_at, a.fetched_at) IS NOT NULL
            )
            SELECT week, actor, count(*)::int
            FROM dated
            WHERE week > (SELECT max(week) FROM dated) - 7 * %(weeks)s
            GROUP BY week, actor
            ORDER BY week, actor
            """,
            {"unknown": UNKNOWN_ACTOR, "weeks": weeks},
        )
        return [WeeklyCount(*row) for row in cur.fetchall()]


def source_health(conn: Any) -> list[SourceHealthRow]:
    with conn.cursor() as cur:
        cur.execute(
            """
            SELECT DISTINCT ON (s.source) s.source, s.status, s.reason, s.detail, s.checked_at,
                   (SELECT max(o.checked_at) FROM news.source_runs o WHERE o.source = s.source AND o.status = 'ok')
            FROM news.source_runs s
            ORDER BY s.source, s.checked_at DESC
            """
        )
        return [SourceHealthRow(*row) for row in cur.fetchall()]


def load_dashboard(conn: Any) -> Dashboard:
    try:
        return Dashboard(
            validation_runs=latest_validation_runs(conn),
            quarantine_count=quarantine_count(conn),
            weekly=weekly_mentions_by_actor(conn),
            source_health=source_health(conn),
        )
    finally:
        conn.rollback()  # read-only: end the transaction so the connection holds no snapshot
