"""The i24 seed article (German) must give exactly its four troop counts."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions

from dev.paths import SEED_ARTICLE as SEED


@pytest.fixture(scope="module")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED} (../shared is not laid out beside the repo)")
    return SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize("language", ["de", None])
def test_seed_article_gives_exactly_four_mentions(seed_text: str, language: str | None) -> None:
    mentions = extract_mentions(seed_text, language)
    got = [
        (
            m.count_text,
            m.troop_count_min,
            m.troop_count_max,
            m.count_precision,
            m.actor_code,
            m.location_country,
            m.mention_type,
            m.attribution,
        )
        for m in mentions
    ]
    assert got == [
        ("etwa 1.500", 1500, 1500, "approximate", "PRK", "RUS", "deployment", "stated"),
        ("Millionen von ihnen", 2_000_000, None, "vague", "PRK", None, "other", "quoted"),
        ("„Tausende“", 2000, 9999, "vague", "PRK", "RUS", "deployment", "reported"),
        ("1,2 Millionen", 1_200_000, 1_200_000, "exact", "PRK", None, "force_size", "stated"),
    ]
    for m in mentions:
        assert seed_text[m.char_start : m.char_end] == m.count_text
        assert m.count_text in m.sentence
        assert 0.0 <= m.confidence <= 1.0
    assert mentions[2].attribution_source == "Selenskyj"
