"""Accuracy thresholds on the hand-written gold set (tests/extract/gold), via the same scorer as `make eval`."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from news_etl.extract import extract_mentions

from dev.paths import SEED_ARTICLE
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


# -- the seed-* passages: cited by line and offsets, read from ../shared at load time ----------------------------

SEED_IDS = [f"seed-{n}" for n in range(316, 321)]


def test_seed_passages_are_cited_not_stored() -> None:
    raw = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    cited = [r for r in raw if "seed_line" in r]
    assert [r["id"] for r in cited] == SEED_IDS
    assert all("text" not in r for r in cited)


def test_load_gold_reads_the_seed_passages_with_their_offsets() -> None:
    if not SEED_ARTICLE.is_file():
        pytest.skip(f"seed article not found at {SEED_ARTICLE} (../shared is not laid out beside the repo)")
    lines = SEED_ARTICLE.read_text(encoding="utf-8").split("\n")
    passages = {r["id"]: r for r in load_gold(GOLD) if r["id"].startswith("seed-")}
    assert list(passages) == SEED_IDS
    for record in passages.values():
        assert record["text"] and record["text"] in lines[record["seed_line"] - 1]
        for m in record["mentions"]:
            assert record["text"][m["char_start"] : m["char_end"]] == m["count_text"], record["id"]
    assert [m["count_text"] for r in passages.values() for m in r["mentions"]] == [
        "etwa 1.500",
        "Millionen von ihnen",
        "„Tausende“",
        "1,2 Millionen",
    ]


def test_load_gold_leaves_the_seed_passages_out_loudly_without_the_seed(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    missing = tmp_path / "absent" / "seed.txt"
    with caplog.at_level(logging.WARNING, logger="evals.extract"):
        passages = load_gold(GOLD, seed_path=missing)
    assert not [r for r in passages if r["id"].startswith("seed-")]
    assert all("text" in r for r in passages) and len(passages) >= 250
    assert any(str(missing) in r.getMessage() for r in caplog.records)


def test_load_gold_refuses_a_citation_that_no_longer_fits(tmp_path: Path) -> None:
    seed = tmp_path / "seed.txt"
    seed.write_text("Eine erfundene Zeile ohne die erwartete Zahl.\n", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    mention = {"count_text": "etwa 1.500", "char_start": 5, "char_end": 15}
    cited = {"id": "seed-x", "language": "de", "seed_line": 1, "seed_start": 0, "seed_end": 45}
    gold.write_text(json.dumps({**cited, "mentions": [mention]}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="seed-x"):
        load_gold(gold, seed_path=seed)


def test_only_extra_scores_that_set_and_never_the_frozen_split(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from evals.extract import main

    text = "Rund 800 Soldaten wurden verlegt, dazu 40 Panzer."
    mention = {
        "count_text": "Rund 800",
        "char_start": 0,
        "char_end": 8,
        "count_min": 800,
        "count_max": 800,
        "precision": "approximate",
        "actor": None,
        "location": None,
        "type": "deployment",
    }
    extra = tmp_path / "written.jsonl"
    extra.write_text(json.dumps({"id": "x1", "language": "de", "text": text, "mentions": [mention]}) + "\n")
    assert main(["--only", "extra", "--extra", str(extra), "--errors", "extra"]) == 0
    printed = capsys.readouterr().out
    assert "# extra set written.jsonl (1 passages)" in printed
    assert "spans de   P 1.000  R 1.000" in printed
    assert "FROZEN" not in printed and "speed" not in printed
