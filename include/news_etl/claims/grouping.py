"""Group published mentions into distinct claims (pure; the warehouse side is claims/store.py).

A claim is one figure for one series (actor, location, mention type) from one claimant. A mention joins a claim
of its series and claimant when its value overlaps the claim's (intervals, open bounds included: "about 11,000"
and "more than 10,000" agree) and it was published within `window` of the claim's last supporting mention;
otherwise it founds a new claim, which revises the claimant's latest claim of the series when that one said
something else. Mentions are taken in publication order, so the result depends only on the mentions.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from news_etl.claims.claimants import Claimant

# The most informative precision among a claim's supporting mentions names the claim's precision.
PRECISION_RANK = ("exact", "approximate", "range", "lower_bound", "upper_bound")

SeriesKey = tuple[str, str | None, str]  # actor_code, location_country, mention_type


@dataclass(frozen=True)
class ClaimMention:
    """A published mention as claims see it: its series, its value and who claimed it where and when."""

    mention_id: str
    article_id: str
    outlet: str  # news.articles.source
    published_at: datetime
    actor_code: str
    actor_kind: str | None
    location_country: str | None
    mention_type: str
    low: int | None
    high: int | None
    precision: str
    claimant: Claimant

    @property
    def series(self) -> SeriesKey:
        return (self.actor_code, self.location_country, self.mention_type)


def overlaps(a_low: int | None, a_high: int | None, b_low: int | None, b_high: int | None) -> bool:
    lows = [v for v in (a_low, b_low) if v is not None]
    highs = [v for v in (a_high, b_high) if v is not None]
    return not lows or not highs or max(lows) <= min(highs)


def _narrow(a: int | None, b: int | None, pick: Callable[[list[int]], int]) -> int | None:
    values = [v for v in (a, b) if v is not None]
    return pick(values) if values else None


@dataclass
class Claim:
    claim_id: str
    founder: ClaimMention
    low: int | None
    high: int | None
    mentions: list[ClaimMention] = field(default_factory=list)
    revises_claim_id: str | None = None

    @property
    def first_seen(self) -> datetime:
        return self.mentions[0].published_at

    @property
    def last_seen(self) -> datetime:
        return self.mentions[-1].published_at

    @property
    def precision(self) -> str:
        return min((m.precision for m in self.mentions), key=PRECISION_RANK.index)

    @property
    def outlets(self) -> list[str]:
        return sorted({m.outlet for m in self.mentions})

    @property
    def n_articles(self) -> int:
        return len({m.article_id for m in self.mentions})

    def admits(self, mention: ClaimMention, window: timedelta) -> bool:
        return mention.published_at - self.last_seen <= window and overlaps(
            self.low, self.high, mention.low, mention.high
        )

    def add(self, mention: ClaimMention) -> None:
        """The claim's value is what all its mentions allow (their intersection, never empty: see admits)."""
        self.low = _narrow(self.low, mention.low, max)
        self.high = _narrow(self.high, mention.high, min)
        self.mentions.append(mention)


def claim_id(founder: ClaimMention) -> str:
    """Stable id: the same mentions give the same claims, so rebuilding a series rewrites identical rows."""
    key = "|".join([*(str(part) for part in founder.series), founder.claimant.code, founder.mention_id])
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def group_claims(mentions: Iterable[ClaimMention], window: timedelta) -> list[Claim]:
    """Claims in founding order per series and claimant (a revised claim always precedes its revision)."""
    by_key: dict[tuple[SeriesKey, str], list[ClaimMention]] = defaultdict(list)
    for mention in mentions:
        by_key[(mention.series, mention.claimant.code)].append(mention)
    claims: list[Claim] = []
    for key in sorted(by_key, key=repr):
        own: list[Claim] = []
        for mention in sorted(by_key[key], key=lambda m: (m.published_at, m.mention_id)):
            joined = next((c for c in reversed(own) if c.admits(mention, window)), None)
            if joined:
                joined.add(mention)
                continue
            claim = Claim(claim_id(mention), mention, mention.low, mention.high)
            latest = max(own, key=lambda c: (c.last_seen, c.first_seen), default=None)
            if latest and not overlaps(latest.low, latest.high, mention.low, mention.high):
                claim.revises_claim_id = latest.claim_id
            claim.add(mention)
            own.append(claim)
        claims.extend(own)
    return claims
