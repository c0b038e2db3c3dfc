"""What the Troop mentions page shows, read from the warehouse: recent validations, the quarantine, current
mentions per actor over a period (the whole period the data covers unless one is chosen), mentions per
actor and location, and the latest mentions of each language with their evidence sentences.

Every run is named by its batch key (`run_id` in the warehouse: the logical date of a scheduled or backfilled
run, the Airflow run id of a triggered one), the key that ties a validation to its quarantined rows.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any, Literal

UNKNOWN = "unknown"
Bucket = Literal["week", "month"]
# Up to half a year is drawn week by week; a longer period month by month, so the bars stay readable.
WEEKLY_UP_TO_DAYS = 183
LATEST_VALIDATIONS = 10
ACTOR_LOCATION_ROWS = 40
QUARANTINE_ROWS = 200
# Per language, so that the Arabic and Hebrew editions are never pushed off the page by busier ones.
LATEST_MENTIONS_PER_LANGUAGE = 5

# The publication date of a mention's article version; the fetch time when the page gave no date.
_MENTION_DATES_SQL = """
SELECT (coalesce(a.published_at, a.fetched_at) AT TIME ZONE 'UTC')::date AS day, m.actor_code,
       m.location_country
FROM news.deployment_mentions m
JOIN news.articles a ON a.article_id = m.article_id AND a.version = m.article_version
WHERE m.is_current AND coalesce(a.published_at, a.fetched_at) IS NOT NULL
"""


@dataclass(frozen=True)
class ValidationRun:
    dag_id: str
    batch: str  # the batch key: news.validation_runs.run_id
    suite_name: str
    success: bool
    rows_validated: int
    rows_quarantined: int
    failed_expectation_counts: dict[str, int]
    validated_at: datetime
    data_docs_url: str | None


@dataclass(frozen=True)
class Period:
    first: date
    last: date

    @property
    def bucket(self) -> Bucket:
        return "week" if (self.last - self.first).days <= WEEKLY_UP_TO_DAYS else "month"


@dataclass(frozen=True)
class PeriodCount:
    start: date  # first day of the week (Monday) or month
    actor: str  # actor_code code, or UNKNOWN
    mentions: int


@dataclass(frozen=True)
class ActorLocation:
    actor: str
    location: str
    mentions: int
    latest: date


@dataclass(frozen=True)
class LatestMention:
    """A current mention as the reader checks it: the count as written, what it was read as, and its sentence."""

    language: str
    day: date
    count_text: str
    troop_count_min: int | None
    troop_count_max: int | None
    precision: str
    actor: str
    location: str
    mention_type: str
    sentence: str
    url: str


@dataclass(frozen=True)
class QuarantinedMention:
    mention_id: str
    batch: str
    count_text: str
    troop_count_min: int | None
    troop_count_max: int | None
    actor: str
    location: str
    failed_expectations: list[str]
    sentence: str
    language: str | None


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
    covered: Period | None  # what the current mentions cover
    shown: Period | None  # the chart's period: `covered`, or the range asked for
    counts: list[PeriodCount]
    actor_locations: list[ActorLocation]
    source_health: list[SourceHealthRow] = field(default_factory=list)
    latest_mentions: list[LatestMention] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for run in data["validation_runs"]:
            run["validated_at"] = run["validated_at"].isoformat()
        for key in ("covered", "shown"):
            if data[key]:
                data[key] = {k: v.isoformat() for k, v in data[key].items()}
        data["bucket"] = self.shown.bucket if self.shown else None
        for row in data["counts"]:
            row["start"] = row["start"].isoformat()
        for row in data["actor_locations"]:
            row["latest"] = row["latest"].isoformat()
        for row in data["latest_mentions"]:
            row["day"] = row["day"].isoformat()
        for row in data["source_health"]:
            for key in ("checked_at", "last_delivered_at"):
                row[key] = row[key].isoformat() if row[key] else None
        return data


def latest_validation_runs(conn: Any, limit: int = LATEST_VALIDATIONS) -> list[ValidationRun]:
    with conn.cursor() as cur:
        cur.execute(
            """
            SELECT dag_id, run_id, suite_name, success, rows_validated, rows_quarantined,
                   failed_expectation_counts, validated_at, data_docs_url
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


def covered_period(conn: Any) -> Period | None:
    with conn.cursor() as cur:
        cur.execute(f"SELECT min(day), max(day) FROM ({_MENTION_DATES_SQL}) d")
        first, last = cur.fetchone()
    return Period(first, last) if first else None


def mentions_by_actor(conn: Any, period: Period) -> list[PeriodCount]:
    """Current mentions per actor and week or month (period.bucket) of publication, within `period`."""
    with conn.cursor() as cur:
        cur.execute(
            f"""
            SELECT date_trunc(%(bucket)s, day)::date AS start, coalesce(actor_code, %(unknown)s), count(*)::int
            FROM ({_MENTION_DATES_SQL}) d
            WHERE day BETWEEN %(first)s AND %(last)s
            GROUP BY 1, 2
            ORDER BY 1, 2
            """,
            {"bucket": period.bucket, "unknown": UNKNOWN, "first": period.first, "last": period.last},
        )
        return [PeriodCount(*row) for row in cur.fetchall()]


def mentions_by_actor_and_location(
    conn: Any, period: Period, limit: int = ACTOR_LOCATION_ROWS
) -> list[ActorLocation]:
    with conn.cursor() as cur:
        cur.execute(
            f"""
            SELECT coalesce(actor_code, %(unknown)s), coalesce(location_country, %(unknown)s),
                   count(*)::int, max(day)
            FROM ({_MENTION_DATES_SQL}) d
            WHERE day BETWEEN %(first)s AND %(last)s
            GROUP BY 1, 2
            ORDER BY 3 DESC, 1, 2
            LIMIT %(limit)s
            """,
            {"unknown": UNKNOWN, "first": period.first, "last": period.last, "limit": limit},
        )
        return [ActorLocation(*row) for row in cur.fetchall()]


def latest_mentions(conn: Any, per_language: int = LATEST_MENTIONS_PER_LANGUAGE) -> list[LatestMention]:
    """The newest current mentions of each language (by publication day), languages in alphabetical order."""
    with conn.cursor() as cur:
        cur.execute(
            """
            SELECT language, day, count_text, troop_count_min, troop_count_max, count_precision, actor,
                   location, mention_type, sentence, url
            FROM (
                SELECT coalesce(m.language, %(unknown)s) AS language,
                       (coalesce(a.published_at, a.fetched_at) AT TIME ZONE 'UTC')::date AS day,
                       m.count_text, m.troop_count_min, m.troop_count_max, m.count_precision,
                       coalesce(m.actor_code, %(unknown)s) AS actor,
                       coalesce(m.location_country, %(unknown)s) AS location, m.mention_type, m.sentence,
                       a.canonical_url AS url, m.mention_id,
                       row_number() OVER (
                           PARTITION BY m.language
                           ORDER BY coalesce(a.published_at, a.fetched_at) DESC, m.mention_id
                       ) AS rank
                FROM news.deployment_mentions m
                JOIN news.articles a ON a.article_id = m.article_id AND a.version = m.article_version
                WHERE m.is_current AND coalesce(a.published_at, a.fetched_at) IS NOT NULL
            ) ranked
            WHERE rank <= %(per_language)s
            ORDER BY language, rank
            """,
            {"unknown": UNKNOWN, "per_language": per_language},
        )
        return [LatestMention(*row) for row in cur.fetchall()]


def quarantined_mentions(
    conn: Any, batch: str | None, limit: int = QUARANTINE_ROWS
) -> list[QuarantinedMention]:
    """The quarantined rows of one batch (all batches when None), newest batch first."""
    try:
        with conn.cursor() as cur:
            cur.execute(
                """
                SELECT mention_id, run_id, count_text, troop_count_min, troop_count_max,
                       coalesce(actor_code, %(unknown)s), coalesce(location_country, %(unknown)s),
                       failed_expectations, sentence, language
                FROM news.mentions_quarantine
                WHERE %(batch)s::text IS NULL OR run_id = %(batch)s
                ORDER BY run_id DESC, mention_id
                LIMIT %(limit)s
                """,
                {"unknown": UNKNOWN, "batch": batch, "limit": limit},
            )
            return [QuarantinedMention(*row) for row in cur.fetchall()]
    finally:
        conn.rollback()


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


def load_dashboard(conn: Any, first: date | None = None, last: date | None = None) -> Dashboard:
    """The page's data; the chart covers first..last when given, else the whole covered period."""
    try:
        covered = covered_period(conn)
        shown = None
        if covered:
            shown = Period(first or covered.first, last or covered.last)
        return Dashboard(
            validation_runs=latest_validation_runs(conn),
            quarantine_count=quarantine_count(conn),
            covered=covered,
            shown=shown,
            counts=mentions_by_actor(conn, shown) if shown else [],
            actor_locations=mentions_by_actor_and_location(conn, shown) if shown else [],
            source_health=source_health(conn),
            latest_mentions=latest_mentions(conn),
        )
    finally:
        conn.rollback()  # read-only: end the transaction so the connection holds no snapshot
