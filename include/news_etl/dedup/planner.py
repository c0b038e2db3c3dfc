"""Decide, for a batch of new articles, which are duplicates of which, and which story each belongs to.

Nothing is deleted: every article keeps its row, duplicates point at the canonical copy of their story.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from news_etl.dedup.index import NearDuplicateIndex

DuplicateKind = Literal["exact_url", "exact_body", "near"]


@dataclass(frozen=True)
class Candidate:
    """A freshly parsed and cleaned article, before it is loaded."""

    article_id: str
    canonical_url: str
    body_sha256: str
    signature: bytes
    published_at: datetime | None


@dataclass(frozen=True)
class KnownArticle:
    """What the warehouse already holds about a current article (news.articles where is_current)."""

    article_id: str
    story_id: str
    body_sha256: str
    published_at: datetime | None
    duplicate_kind: DuplicateKind | None = None


@dataclass(frozen=True)
class DedupDecision:
    article_id: str
    duplicate_of: str | None  # canonical copy of the story; None when this article is the canonical one
    kind: DuplicateKind | None
    story_id: str  # article_id of the story's canonical copy (its own id when canonical)
    # Estimated Jaccard with the matched article (kind 'near'), for logs only: it is not stored, so a re-run
    # that finds the article already known cannot repeat it, and equality ignores it.
    similarity: float | None = field(default=None, compare=False)


def assign_duplicates(
    new: Sequence[Candidate], index: NearDuplicateIndex, known: Mapping[str, KnownArticle]
) -> list[DedupDecision]:
    """One decision per candidate, in the order given.

    ``known`` maps article_id to every current article whose signature is in ``index``. The batch is
    processed from the earliest published (then by article_id; undated last), so the earliest copy becomes
    the story's canonical one and a re-run gives the same answer. Candidates are added to ``index``.

    - A candidate whose article_id is already known is the same article (re-run or new version): it keeps
      its stored story.
    - A second candidate with the same canonical URL in the batch is kind 'exact_url' of the first (it has
      the same article_id: the caller records the URL as a duplicate, not a second row).
    - Same body sha256 as a known or earlier article: 'exact_body'. Estimated Jaccard >= the index
      threshold: 'near'. When several stories match, the one whose canonical copy was published first wins.
    - Stories already in the warehouse keep their canonical copy even when a copy published earlier arrives
      later: re-rooting would rewrite story ids that analysts have counted and mentions already extracted.
    """
    stories = _Stories(known)
    decisions: list[DedupDecision | None] = [None] * len(new)
    by_url: dict[str, DedupDecision] = {}
    for position in sorted(range(len(new)), key=lambda i: _order(new[i])):
        candidate = new[position]
        first = by_url.get(candidate.canonical_url)
        if first is not None:
            decisions[position] = DedupDecision(
                candidate.article_id, first.article_id, "exact_url", first.story_id
            )
            continue
        decision = _decide(candidate, index, known, stories)
        index.add(candidate.article_id, candidate.signature)
        stories.record(candidate, decision)
        by_url[candidate.canonical_url] = decision
        decisions[position] = decision
    return [decision for decision in decisions if decision is not None]


def _decide(
    candidate: Candidate, index: NearDuplicateIndex, known: Mapping[str, KnownArticle], stories: _Stories
) -> DedupDecision:
    article_id = candidate.article_id
    if article_id in known:
        stored = known[article_id]
        duplicate_of = None if stored.story_id == article_id else stored.story_id
        return DedupDecision(article_id, duplicate_of, stored.duplicate_kind, stored.story_id)
    story = stories.of_body(candidate.body_sha256)
    if story is not None:
        return DedupDecision(article_id, story, "exact_body", story)
    matches = index.similar(candidate.signature, exclude=article_id)
    if matches:
        similarity_of: dict[str, float] = {}
        for matched_id, similarity in matches:
            matched_story = stories.of_article(matched_id)
            similarity_of[matched_story] = max(similarity, similarity_of.get(matched_story, 0.0))
        story = min(similarity_of, key=stories.root_order)
        return DedupDecision(article_id, story, "near", story, similarity_of[story])
    return DedupDecision(article_id, None, None, article_id)


class _Stories:
    """Story membership of known and already decided articles, and the order of story roots."""

    def __init__(self, known: Mapping[str, KnownArticle]) -> None:
        self._known = known
        self._story_of: dict[str, str] = {}
        self._root_order: dict[str, tuple[bool, float, str]] = {}
        self._body_story: dict[str, str] = {}
        for article in sorted(known.values(), key=_order):
            self._body_story.setdefault(article.body_sha256, article.story_id)

    def record(self, candidate: Candidate, decision: DedupDecision) -> None:
        self._story_of[candidate.article_id] = decision.story_id
        self._body_story.setdefault(candidate.body_sha256, decision.story_id)
        if decision.story_id == candidate.article_id:
            self._root_order[candidate.article_id] = _order(candidate)

    def of_body(self, body_sha256: str) -> str | None:
        return self._body_story.get(body_sha256)

    def of_article(self, article_id: str) -> str:
        if article_id in self._story_of:
            return self._story_of[article_id]
        if article_id in self._known:
            return self._known[article_id].story_id
        return article_id  # indexed but not passed in ``known``: treat it as its own story

    def root_order(self, story_id: str) -> tuple[bool, float, str]:
        if story_id in self._root_order:
            return self._root_order[story_id]
        if story_id in self._known:
            return _order(self._known[story_id])
        return (True, 0.0, story_id)


def _order(article: Candidate | KnownArticle) -> tuple[bool, float, str]:
    published = article.published_at
    return (published is None, published.timestamp() if published else 0.0, article.article_id)
