"""The learned-type experiment (evals/type_model.py) on the project's own gold set: its features and its table."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions

from evals.extract import DEFAULT_GOLD, load_gold, score
from evals.type_model import THRESHOLDS, context_features, cross_validate, matched_mentions


def test_context_features_keep_sides_and_nearness_apart() -> None:
    text = "Gestern wurden in der Stadt etwa 300 Soldaten bei einem Angriff getötet. Danach kam Ruhe."
    (mention,) = extract_mentions(text, "de")
    features = context_features(text, mention)
    assert {"l2:der", "l:gester", "r2:soldat", "r:getöte", "precision=approximate"} <= features.keys()
    assert not any(word.endswith(":danach") for word in features)  # the next sentence is not context
    assert "r2:getöte" not in features  # fourth word to the right: not among the nearest two


def test_table_rows_and_rules_figure_agree_with_the_scorer() -> None:
    gold = [p for p in load_gold(DEFAULT_GOLD) if p["language"] == "en"]
    rows = matched_mentions(gold)
    lines = cross_validate(rows, folds=3, c=1.0)
    assert [line.split()[0] for line in lines[1:]] == [
        "rules",
        "learned",
        "stacked",
        *(f"override>{t}" for t in THRESHOLDS),
    ]
    scored = score(gold, extract_mentions)
    rules_all = float(lines[1].split()[1])
    assert rules_all == pytest.approx(scored.field_hits["type"] / scored.matched, abs=0.0005)
