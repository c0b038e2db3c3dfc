"""Accuracy thresholds on the hand-written gold set (tests/extract/gold), via the same scorer as `make eval`."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions

from evals.extract import DEFAULT_GOLD, FIELDS, load_gold, score

GOLD = DEFAULT_GOLD
THRESHOLD_FIELDS = ("min_max", "precision", "actor", "location", "type")


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return load_gold(GOLD)


@pytest.fixture(scope="module")
def result(gold: list[dict]):
    return score(gold, extract_mentions)


def test_gold_set_is_large_balanced_and_has_negatives(gold: list[dict]) -> None:
    assert len(gold) >= 250
    by_language = {lang: sum(r["language"] == lang for r in gold) for lang in ("en", "de", "fr")}
    assert min(by_language.values()) >= 0.25 * len(gold), by_language
    assert sum(not r["mentions"] for r in gold) >= 0.25 * len(gold)
    for record in gold:
        for m in record["mentions"]:
            assert record["text"][m["char_start"] : m["char_end"]] == m["count_text"], record["id"]


@pytest.mark.parametrize("language", ["en", "de", "fr", "all"])
def test_span_f1_at_least_095(result, language: str) -> None:
    assert result.spans[language].f1 >= 0.95, "\n".join(result.errors)


@pytest.mark.parametrize("field", THRESHOLD_FIELDS)
def test_field_accuracy_at_least_09(result, field: str) -> None:
    assert field in FIELDS
    assert result.field_accuracy(field) >= 0.9, "\n".join(e for e in result.errors if f" {field}:" in e)


def test_scorer_can_fail(gold: list[dict]) -> None:
    """An extractor that finds nothing, or shifts every span, must score badly: the thresholds mean something."""
    assert score(gold, lambda text, lang: []).spans["all"].f1 == 0.0

    def shifted(text: str, lang: str):
        out = extract_mentions(text, lang)
        for m in out:
            m.char_start += 1
        return out

    assert score(gold, shifted).spans["all"].f1 < 0.1
