"""Build news.troop_claims from the published mentions: incrementally (only the series whose mentions changed)
or from scratch (after reextract). Each rebuilt series is deleted and regrouped whole in one transaction; the
grouping is deterministic and claim ids are stable, so a re-run rewrites identical rows or, with nothing
changed, touches none."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from news_etl.claims.claim_sql import (
    ALL_SERIES_SQL,
    DELETE_SERIES_CLAIMS_SQL,
    INSERT_CLAIM_MENTION_SQL,
    INSERT_CLAIM_SQL,
    SERIES_MENTIONS_SQL,
    STALE_SERIES_SQL,
)
from news_etl.claims.claimants import claimant_of
from news_etl.claims.grouping import Claim, ClaimMention, SeriesKey, group_claims

if TYPE_CHECKING:
    from psycopg2.extensions import connection as PgConnection


@dataclass(frozen=True)
class ClaimBuild:
    series: int  # series (actor, location, type) regrouped
    claims: int  # claims written for them
    mentions: int  # supporting mentions linked


def claim_mention(row: tuple[Any, ...]) -> ClaimMention:
    (mention_id, article_id, outlet, published_at, actor, actor_kind, location, mention_type, low, high,
     precision, attribution, speaker) = row  # fmt: skip
    return ClaimMention(
        mention_id=mention_id,
        article_id=article_id,
        outlet=outlet,
        published_at=published_at,
        actor_code=actor,
        actor_kind=actor_kind,
        location_country=location,
        mention_type=mention_type,
        low=low,
        high=high,
        precision=precision,
        claimant=claimant_of(attribution, speaker, outlet),
    )


def claim_row(claim: Claim, window_days: int) -> dict[str, Any]:
    founder = claim.founder
    return {
        "claim_id": claim.claim_id,
        "actor_code": founder.actor_code,
        "actor_kind": founder.actor_kind,
        "location_country": founder.location_country,
        "mention_type": founder.mention_type,
        "claimant": founder.claimant.code,
        "claimant_kind": founder.claimant.kind,
        "value_low": claim.low,
        "value_high": claim.high,
        "count_precision": claim.precision,
        "first_seen": claim.first_seen,
        "last_seen": claim.last_seen,
        "n_articles": claim.n_articles,
        "n_outlets": len(claim.outlets),
        "outlets": claim.outlets,
        "revises_claim_id": claim.revises_claim_id,
        "window_days": window_days,
    }


def _series_params(series: list[SeriesKey]) -> dict[str, list[str | None]]:
    return {
        "actors": [s[0] for s in series],
        "locations": [s[1] for s in series],
        "types": [s[2] for s in series],
    }


def build_claims(conn: PgConnection, *, window_days: int, from_scratch: bool) -> ClaimBuild:
    """Regroup the stale series (all of them when from_scratch) and commit."""
    with conn.cursor() as cur:
        cur.execute(ALL_SERIES_SQL if from_scratch else STALE_SERIES_SQL)
        series: list[SeriesKey] = sorted(set(cur.fetchall()), key=repr)
        if not series:
            conn.commit()
            return ClaimBuild(0, 0, 0)
        params = _series_params(series)
        cur.execute(SERIES_MENTIONS_SQL, params)
        mentions = [claim_mention(row) for row in cur.fetchall()]
        claims = group_claims(mentions, timedelta(days=window_days))
        cur.execute(DELETE_SERIES_CLAIMS_SQL, params)
        cur.executemany(INSERT_CLAIM_SQL, [claim_row(c, window_days) for c in claims])
        cur.executemany(
            INSERT_CLAIM_MENTION_SQL,
            [
                {"claim_id": c.claim_id, "mention_id": m.mention_id, "article_id": m.article_id,
                 "outlet": m.outlet, "published_at": m.published_at}
                for c in claims
                for m in c.mentions
            ],
        )  # fmt: skip
    conn.commit()
    return ClaimBuild(len(series), len(claims), len(mentions))
