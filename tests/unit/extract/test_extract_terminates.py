"""The extractor ends on every input: random soups of troop words, numbers, places and punctuation.

A Hebrew owner search once looped forever when a one-character stop (a hyphen) was followed by a demonym; each
language's grammar has loops that must always move forward, so this throws thousands of awkward joins at them.
"""

from __future__ import annotations

import random

import pytest
from news_etl.extract import extract_mentions

# Words written for this test: counts, qualifiers, troop nouns, owners, places, verbs of each language.
WORDS = {
    "en": "about 2,000 more than troops soldiers U.S. American in Iraq killed of them 1.2 million up to fighters",
    "de": "etwa 1.500 rund Soldaten deutsche Bundeswehr in Mali getötet Tausende von auf bis zu Mann Truppen",
    "fr": "environ 1 500 soldats français au Mali tués plus de militaires des milliers entre et hommes",
    "ar": "نحو ١٥٠٠ 1,500 جندي جنود ألف آلاف الأمريكيين من في سوريا مقاتل حزب الله قتل عشرات",
    "he": 'כ-1,500 680 חיילים ארץ ישראלים בריטים נפלו צה"ל לוחמים בלבנון אלפי מ- כאלף חמאס של',
}
JOINS = (" ", " ", " ", "-", "–", ", ", ". ", "\n\n", " (", ") ", "״", '"', "׳", "،", "؛ ", ":")
SOUPS_PER_LANGUAGE = 1500


def _soups(lang: str) -> list[str]:
    rng = random.Random(f"soup-{lang}")
    words = WORDS[lang].split()
    soups = []
    for _ in range(SOUPS_PER_LANGUAGE):
        picked = [rng.choice(words) for _ in range(rng.randint(2, 16))]
        soups.append("".join(w + rng.choice(JOINS) for w in picked))
    return soups


@pytest.mark.timeout(120, method="signal")
@pytest.mark.parametrize("lang", sorted(WORDS))
def test_every_soup_ends_with_well_formed_mentions(lang: str) -> None:
    for soup in _soups(lang):
        for m in extract_mentions(soup, lang):
            assert soup[m.char_start : m.char_end] == m.count_text, soup


# A hyphen glued to a demonym right after the troop noun: the owner search found the same one-character stop
# again and again.
@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    ("text", "count", "actor"),
    [
        ("הגיעו 500 חיילים יוצאי-ישראלים לגבול.", "500", "ISR"),
        ("נשלחו 200 לוחמים דו-אמריקאים לבסיס.", "200", "USA"),
    ],
)
def test_hyphen_before_a_demonym_after_the_noun(text: str, count: str, actor: str) -> None:
    mentions = extract_mentions(text, "he")
    assert [(m.count_text, m.actor_code) for m in mentions] == [(count, actor)]
