"""The benchmark metric on hand-made examples (4-token shingles, per-page normalised tp/fp/fn)."""

from __future__ import annotations

import pytest
from news_etl.parse.scoring import PageScore, aggregate, score_corpus, score_page, shingles, tokenize


def test_tokens_are_unicode_word_runs() -> None:
    assert tokenize("Nordkorea: „Tausende“ – 1.500 Soldaten!") == [
        "Nordkorea",
        "Tausende",
        "1",
        "500",
        "Soldaten",
    ]


def test_shingles() -> None:
    assert shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert shingles("a b") == {("a", "b"): 1}  # shorter than 4 tokens: one short shingle
    assert shingles("a b c d a b c d") == {
        ("a", "b", "c", "d"): 2,
        ("b", "c", "d", "a"): 1,
        ("c", "d", "a", "b"): 1,
        ("d", "a", "b", "c"): 1,
    }
    assert shingles("  ...  ") == {}


def test_identical_text_is_perfect_whatever_the_punctuation() -> None:
    page = score_page("One two three four five.", "one two three four five".replace("one", "One") + "!")
    assert (page.tp, page.fp, page.fn) == (1.0, 0.0, 0.0)
    assert page.precision == page.recall == 1.0 and page.exact


def test_partial_prediction_is_normalised_per_page() -> None:
    # truth shingles: abcd, bcde; predicted: abcd -> tp 1, fp 0, fn 1 -> 1/2, 0, 1/2
    page = score_page("a b c d e", "a b c d")
    assert (page.tp, page.fp, page.fn) == (0.5, 0.0, 0.5)
    assert page.precision == 1.0 and page.recall == 0.5 and not page.exact


def test_multiset_counts() -> None:
    # truth has abcd twice, the prediction once: one tp, one fn among 5 truth shingles
    page = score_page("a b c d a b c d", "a b c d")
    assert page.tp == pytest.approx(1 / 5) and page.fn == pytest.approx(4 / 5) and page.fp == 0


def test_disjoint_text() -> None:
    page = score_page("a b c d", "w x y z")
    assert (page.tp, page.fp, page.fn) == (0.0, 0.5, 0.5)
    assert page.precision == 0.0 and page.recall == 0.0


def test_empty_prediction_counts_for_recall_only() -> None:
    page = score_page("a b c d", "")
    assert page.precision is None and page.recall == 0.0


def test_both_empty_is_perfect() -> None:
    page = score_page("", "")
    assert page.precision == page.recall == 1.0 and page.exact


def test_aggregate_means_then_f1() -> None:
    pages = [PageScore(0.5, 0.0, 0.5, False), PageScore(1.0, 0.0, 0.0, True), PageScore(0.0, 0.0, 1.0, False)]
    score = aggregate(pages)
    assert score.precision == pytest.approx(1.0)  # the empty prediction is left out of the precision mean
    assert score.recall == pytest.approx(0.5)  # (0.5 + 1 + 0) / 3
    assert score.f1 == pytest.approx(2 * 1.0 * 0.5 / 1.5)
    assert score.accuracy == pytest.approx(1 / 3)
    assert score.pages == 3


def test_score_corpus() -> None:
    score = score_corpus([("a b c d e", "a b c d"), ("same text here today", "same text here today")])
    assert (score.precision, score.recall, score.accuracy) == (1.0, 0.75, 0.5)
