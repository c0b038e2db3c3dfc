"""The estimate series panel of the Troop mentions page: one actor -> location series of news.v_troop_estimates
with the claims behind it (news.troop_claims), read from the warehouse."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

SERIES_SEPARATOR = ":"

SERIES_CHOICES_SQL = """
SELECT actor_code, coalesce(location_country, ''), mention_type, count(*)::int AS claims
FROM news.troop_claims
GROUP BY 1, 2, 3
ORDER BY claims DESC, 1, 2, 3
LIMIT 50
"""
ESTIMATES_SQL = """
SELECT period_start, low, high, best, n_claims, n_outlets, claimants, carried
FROM news.v_troop_estimates
WHERE actor_code = %(actor)s AND coalesce(location_country, '') = %(location)s AND mention_type = %(type)s
ORDER BY period_start
"""
# Each claim with the first article that carried it (the link a hover offers).
CLAIMS_SQL = """
SELECT c.claim_id, c.claimant, c.best, c.value_low, c.value_high, c.first_seen, c.outlets, c.revises_claim_id,
       (SELECT a.canonical_url FROM news.troop_claim_mentions l
        JOIN news.articles a ON a.article_id = l.article_id AND a.is_current
        WHERE l.claim_id = c.claim_id ORDER BY l.published_at, l.mention_id LIMIT 1) AS url
FROM news.troop_claims c
WHERE c.actor_code = %(actor)s AND coalesce(c.location_country, '') = %(location)s AND c.mention_type = %(type)s
ORDER BY c.first_seen, c.claim_id
"""


@dataclass(frozen=True)
class SeriesChoice:
    actor: str
    location: str  # "" when the claims name no location
    mention_type: str
    claims: int

    @property
    def key(self) -> str:
        return SERIES_SEPARATOR.join((self.actor, self.location, self.mention_type))

    @property
    def label(self) -> str:
        return f"{self.actor} -> {self.location or '?'} ({self.mention_type}, {self.claims} claims)"


@dataclass(frozen=True)
class EstimateWeek:
    period_start: date
    low: int
    high: int
    best: int
    n_claims: int
    n_outlets: int
    claimants: list[str]
    carried: bool


@dataclass(frozen=True)
class ClaimPoint:
    claim_id: str
    claimant: str
    best: int
    low: int | None
    high: int | None
    first_seen: datetime
    outlets: list[str]
    revises_claim_id: str | None
    url: str | None


@dataclass(frozen=True)
class EstimatePanel:
    choices: list[SeriesChoice]
    chosen: SeriesChoice | None
    weeks: list[EstimateWeek]
    claims: list[ClaimPoint]


def load_estimate_panel(conn: Any, series_key: str | None) -> EstimatePanel:
    """The chosen series (`actor:location:type`), or the one with the most claims when none or an unknown
    one is asked for."""
    try:
        with conn.cursor() as cur:
            cur.execute(SERIES_CHOICES_SQL)
            choices = [SeriesChoice(*row) for row in cur.fetchall()]
            chosen = next((c for c in choices if c.key == series_key), choices[0] if choices else None)
            if chosen is None:
                return EstimatePanel(choices, None, [], [])
            params = {"actor": chosen.actor, "location": chosen.location, "type": chosen.mention_type}
            cur.execute(ESTIMATES_SQL, params)
            weeks = [EstimateWeek(*row) for row in cur.fetchall()]
            cur.execute(CLAIMS_SQL, params)
            claims = [ClaimPoint(*row) for row in cur.fetchall()]
        return EstimatePanel(choices, chosen, weeks, claims)
    finally:
        conn.rollback()  # read-only: end the transaction so the connection holds no snapshot
