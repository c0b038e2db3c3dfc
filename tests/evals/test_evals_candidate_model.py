"""The learned candidate-filter experiment (evals/candidate_model.py): what it collects, scores and trains on."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from evals.candidate_model import (
    Passage,
    compare,
    main,
    miss_kinds,
    probability,
    rule_passages,
    span_counts,
)

NAVY = "The ministry said the navy had 1,200 sailors at sea and expected 800 to return next week."


def _passage(text: str, lang: str = "en", mentions: list[tuple[int, int]] = ()) -> dict:  # type: ignore[assignment]
    return {
        "language": lang,
        "text": text,
        "source_url": f"https://example.org/{abs(hash(text))}",
        "mentions": [{"char_start": s, "char_end": e, "count_text": text[s:e]} for s, e in mentions],
    }


def test_only_counts_the_rules_reject_are_candidates() -> None:
    (row,) = rule_passages([_passage(NAVY)])
    sailors, returning = NAVY.index("1,200"), NAVY.index("800")
    assert row.accepted == {(sailors, sailors + 5)}  # the rules' mention stays theirs
    assert [span for span, _ in row.rejected] == [(returning, returning + 3)]
    features = row.rejected[0][1]
    assert {
        "l1:expect",
        "r1:to",
        "r:return",
        "military_sentence",
        "bias_lang=en",
        "size=3",
    } <= features.keys()
    assert "troop_noun:ailors" in features  # the nearest troop noun of the sentence, by its ending


def test_a_count_far_from_any_military_word_is_no_candidate() -> None:
    text = "The bakery sold 800 loaves on Saturday. The mayor thanked 300 volunteers."
    (gated,) = rule_passages([_passage(text)])
    (ungated,) = rule_passages([_passage(text)], gate=False)
    assert gated.rejected == []
    assert [text[s:e] for (s, e), _ in ungated.rejected] == ["800", "300"]


def test_the_next_sentence_is_not_context() -> None:
    text = "Die Armee verlegte 2.000 Soldaten. Bis Mai sollen es 3.500 werden. Danach folgt die Marine."
    (row,) = rule_passages([_passage(text, "de")])
    for _, features in row.rejected:
        assert not any(name.endswith((":danach", ":armee")) for name in features)


def test_probability_is_a_logistic_of_the_weights_in_pure_python() -> None:
    weights = {"intercept": -1.0, "weights": {"l1:expect": 3.0, "r1:to": -0.5}}
    assert probability(weights, {"l1:expect": 1.0}) == pytest.approx(1 / (1 + 2.718281828**-2.0))
    assert probability(weights, {"unknown": 1.0}) < 0.5
    assert probability({"intercept": 500.0, "weights": {}}, {}) == pytest.approx(1.0)  # no overflow


def test_an_accepted_candidate_moves_a_miss_to_a_hit_and_a_wrong_one_adds_a_false_positive() -> None:
    row = Passage("u", "en", gold={(0, 3), (10, 13)}, accepted={(0, 3)})
    row.rejected = [((10, 13), {}), ((20, 23), {})]
    assert span_counts([row], {})["en"] == Counter(tp=1, fn=1)
    assert span_counts([row], {(0, (10, 13)): True})["all"] == Counter(tp=2)
    assert span_counts([row], {(0, (20, 23)): True})["all"] == Counter(tp=1, fp=1, fn=1)
    lines = compare([row], {(0, (10, 13)): True}, 0.5)
    assert lines[1].split()[:4] == ["en", "1.000", "0.500", "0.667"] and "+1/+0" in lines[1]


def test_one_command_trains_prints_and_writes_a_loadable_weights_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("sklearn")
    lines = []
    for i in range(6):
        text = f"The army sent {i + 2},000 soldiers north. Officers said {i + 3}00 would follow within days."
        start = text.index(f"{i + 3}00")
        # half of the bare counts are annotated as troops, so the toy set has both labels
        lines.append(_passage(text, mentions=[(14, 19), *([(start, start + 3)] if i % 2 else [])]))
    sets = tmp_path / "toy.jsonl"
    sets.write_text("\n".join(json.dumps(p) for p in lines) + "\n", encoding="utf-8")
    held = tmp_path / "held.jsonl"
    held.write_text(json.dumps(_passage(NAVY, mentions=[(31, 36)])) + "\n", encoding="utf-8")
    out = tmp_path / "weights.json"
    assert main(["--train", str(sets), "--folds", "2", "--write", str(out), "--evaluate", str(held)]) == 0
    printed = capsys.readouterr().out
    assert "training candidates: 6 (3 troop counts)" in printed
    assert "evaluated on 1 en/de/fr passages not trained on" in printed
    weights = json.loads(out.read_text(encoding="utf-8"))
    assert {"intercept", "weights", "threshold", "trained_on", "positives"} <= weights.keys()
    assert weights["positives"] == 3
    assert 0.0 <= probability(weights, {"l1:said": 1.0}) <= 1.0


def test_misses_are_sorted_by_why_the_rules_missed_them() -> None:
    returning, sailors = NAVY.index("800"), NAVY.index("1,200")
    text = "The general said a handful of scouts crossed the river."
    kinds = miss_kinds(
        [
            _passage(NAVY, mentions=[(sailors, sailors + 5), (returning, returning + 3)]),
            _passage(
                NAVY, mentions=[(sailors - 4, sailors + 5)]
            ),  # "had 1,200": other bounds than the rules'
            _passage(text, mentions=[(text.index("a handful"), text.index(" of scouts"))]),
        ]
    )
    assert kinds["en"] == Counter(
        {
            "no head, military passage": 1,
            "boundary: a mention with other bounds": 1,
            "never a number": 1,
        }
    )
    assert kinds["all"] == kinds["en"]
