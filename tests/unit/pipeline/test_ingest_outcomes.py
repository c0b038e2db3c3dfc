"""Which row a staged URL writes and which outcome it records, from the dedup decision."""

from __future__ import annotations

from news_etl.dedup import DedupDecision
from news_etl.pipeline.ingest_stages import _version_and_outcome

KNOWN = {"a1": (3, "sha-old")}  # article_id -> (latest version, body sha256)


def test_new_canonical_article_is_version_one() -> None:
    assert _version_and_outcome("b2", "sha", DedupDecision("b2", None, None, "b2"), KNOWN) == (1, "loaded")


def test_new_duplicate_keeps_its_own_row() -> None:
    decision = DedupDecision("b2", "a1", "near", "a1")
    assert _version_and_outcome("b2", "sha", decision, KNOWN) == (1, "duplicate")


def test_known_article_with_same_body_is_unchanged() -> None:
    assert _version_and_outcome("a1", "sha-old", DedupDecision("a1", None, None, "a1"), KNOWN) == (
        None,
        "unchanged",
    )


def test_known_article_with_changed_body_is_a_new_version() -> None:
    assert _version_and_outcome("a1", "sha-new", DedupDecision("a1", None, None, "a1"), KNOWN) == (
        4,
        "loaded",
    )


def test_second_url_of_a_changed_known_article_writes_no_second_row() -> None:
    # Two URLs with the same canonical URL in one batch: only the first may create version 4.
    decision = DedupDecision("a1", "a1", "exact_url", "a1")
    assert _version_and_outcome("a1", "sha-new", decision, KNOWN) == (None, "duplicate")
