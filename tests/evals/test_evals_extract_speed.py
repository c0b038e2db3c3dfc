"""The corpora that `make eval` times the extractor on (evals/extract.py)."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions

import evals.extract as ev


def _passage(language: str, text: str) -> dict:
    return {"language": language, "text": text, "mentions": []}


def test_mixed_corpus_adds_only_arabic_and_hebrew_of_the_dev_split(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[object] = []
    dev = [
        _passage("ar", "نشرت الدولة 300 جندي."),
        _passage("en", "The army sent 300 soldiers."),
        _passage("he", "נשלחו 300 חיילים."),
        _passage("de", "Die Armee schickte 300 Soldaten."),
    ]

    def fake_load(split: str | None = None) -> list[dict]:
        asked.append(split)
        return dev

    monkeypatch.setattr(ev, "load_real_text", fake_load)
    news = [_passage("fr", "L'armée a envoyé 300 soldats.")]
    mixed = ev.mixed_speed_passages(news)
    assert asked == ["dev"]  # the frozen test split is never loaded, not even to be timed
    assert [p["language"] for p in mixed] == ["fr", "ar", "he"]


def test_sentences_per_second_counts_every_sentence_of_every_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    passages = [_passage("en", "One sentence here. And a second one."), _passage("he", "משפט אחד בלבד.")]
    clock = iter([10.0, 12.0])  # the timed passes start at 10 s and end at 12 s of CPU time
    monkeypatch.setattr(ev.time, "process_time", lambda: next(clock))
    assert ev.sentences_per_second(passages, extract_mentions, 2) == 3 * 2 / 2.0
