"""Article-body scoring as the article-extraction benchmark defines it (../shared/benchmarks/article-extraction).

Hand-written because the benchmark ships only data: 4-token shingles compared as multisets, tp/fp/fn normalised
per page so every page weighs the same, then mean precision and recall over pages and F1 of the two means.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

SHINGLE_SIZE = 4
_TOKEN = re.compile(r"\w+")


def tokenize(text: str) -> list[str]:
    return _TOKEN.findall(text)


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Multiset of consecutive `size`-token n-grams; a shorter (non-empty) text is one short shingle."""
    tokens = tokenize(text)
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


@dataclass(frozen=True)
class PageScore:
    tp: float  # normalised: tp + fp + fn == 1 unless all three are 0
    fp: float
    fn: float
    exact: bool  # token lists equal

    @property
    def precision(self) -> float | None:
        """None when nothing was predicted but the truth has text: the page stays out of the precision mean."""
        if self.fp == self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp > 0 else None

    @property
    def recall(self) -> float | None:
        if self.fp == self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn > 0 else None


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    accuracy: float
    pages: int


def score_page(truth: str, predicted: str) -> PageScore:
    true_shingles, pred_shingles = shingles(truth), shingles(predicted)
    tp = sum((true_shingles & pred_shingles).values())
    fp = sum((pred_shingles - true_shingles).values())
    fn = sum((true_shingles - pred_shingles).values())
    total = tp + fp + fn
    if total:
        return PageScore(tp / total, fp / total, fn / total, tokenize(truth) == tokenize(predicted))
    return PageScore(0.0, 0.0, 0.0, tokenize(truth) == tokenize(predicted))


def _mean(values: Iterable[float | None]) -> float:
    kept = [v for v in values if v is not None]
    return sum(kept) / len(kept) if kept else 0.0


def aggregate(pages: list[PageScore]) -> Score:
    precision = _mean(p.precision for p in pages)
    recall = _mean(p.recall for p in pages)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = sum(p.exact for p in pages) / len(pages) if pages else 0.0
    return Score(precision, recall, f1, accuracy, len(pages))


def score_corpus(pairs: Iterable[tuple[str, str]]) -> Score:
    """Score (truth, predicted) body pairs."""
    return aggregate([score_page(truth, predicted) for truth, predicted in pairs])
