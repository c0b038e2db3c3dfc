"""Grouping mentions into claims: repeats fold, revisions link, windows and claimants split."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from news_etl.claims.claimants import Claimant
from news_etl.claims.grouping import ClaimMention, group_claims, overlaps

WINDOW = timedelta(days=14)
DOD = Claimant("USA_DOD", "ministry")
NIS = Claimant("KOR_NIS", "intelligence")
DAY0 = datetime(2024, 11, 1, tzinfo=timezone.utc)


def mention(key: str, day: int, low: int | None, high: int | None, claimant: Claimant = DOD, outlet: str = "a",
            precision: str = "approximate", location: str | None = "RUS") -> ClaimMention:  # fmt: skip
    return ClaimMention(
        mention_id=f"{key}:v1:0-5", article_id=key, outlet=outlet, published_at=DAY0 + timedelta(days=day),
        actor_code="PRK", actor_kind="state", location_country=location, mention_type="deployment",
        low=low, high=high, precision=precision, claimant=claimant,
    )  # fmt: skip


def test_overlap_with_open_bounds() -> None:
    assert overlaps(11000, 11000, 10000, None)  # about 11,000 / more than 10,000
    assert not overlaps(11000, 11000, None, 5000)  # about 11,000 / up to 5,000
    assert overlaps(None, None, 1, 1)


def test_the_same_figure_from_three_outlets_is_one_claim() -> None:
    (claim,) = group_claims(
        [mention("m1", 0, 11000, 11000, outlet="a"), mention("m2", 1, 11000, 11000, outlet="b"),
         mention("m3", 2, 10000, None, outlet="c", precision="lower_bound")],
        WINDOW,
    )  # fmt: skip
    assert (claim.low, claim.high, claim.precision, claim.outlets, claim.n_articles) == (
        11000, 11000, "approximate", ["a", "b", "c"], 3,
    )  # fmt: skip
    assert claim.first_seen == DAY0 and claim.last_seen == DAY0 + timedelta(days=2)


def test_a_new_value_revises_the_claimants_previous_claim() -> None:
    first, second = group_claims([mention("m2", 20, 13000, 13000), mention("m1", 0, 11000, 11000)], WINDOW)
    assert (first.low, second.low) == (11000, 13000)
    assert second.revises_claim_id == first.claim_id and first.revises_claim_id is None


def test_claimants_disagreeing_are_two_claims_revising_nothing() -> None:
    claims = group_claims([mention("m1", 0, 12000, 12000, DOD), mention("m2", 1, 8000, 8000, NIS)], WINDOW)
    assert sorted(c.founder.claimant.code for c in claims) == ["KOR_NIS", "USA_DOD"]
    assert all(c.revises_claim_id is None for c in claims)


def test_the_same_figure_after_the_window_is_a_new_claim_but_no_revision() -> None:
    first, again = group_claims([mention("m1", 0, 11000, 11000), mention("m2", 30, 11000, 11000)], WINDOW)
    assert first.claim_id != again.claim_id and again.revises_claim_id is None


def test_claim_ids_are_stable_and_independent_of_input_order() -> None:
    mentions = [mention(f"m{i}", i * 3, 11000 + (i // 2) * 1000, 11000 + (i // 2) * 1000) for i in range(6)]
    forward = group_claims(mentions, WINDOW)
    backward = group_claims(list(reversed(mentions)), WINDOW)
    assert [(c.claim_id, c.revises_claim_id, [m.mention_id for m in c.mentions]) for c in forward] == [
        (c.claim_id, c.revises_claim_id, [m.mention_id for m in c.mentions]) for c in backward
    ]
    assert len(forward) == 3
