"""Number phrases in local forms, qualifiers, ranges and vague quantities."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions
from news_etl.extract.numbers import find_atoms, share_scale

NB = "\u202f"


@pytest.mark.parametrize(
    ("text", "lang", "count_text", "low", "high", "precision"),
    [
        ("Russia sent 1,500 troops.", "en", "1,500", 1500, 1500, "exact"),
        ("Russland schickte 1.500 Soldaten.", "de", "1.500", 1500, 1500, "exact"),
        ("La Russie a envoyé 1 500 soldats.", "fr", "1 500", 1500, 1500, "exact"),
        (f"La Russie a envoyé 1{NB}500 soldats.", "fr", f"1{NB}500", 1500, 1500, "exact"),
        ("Die Schweiz schickt 1'500 Soldaten.", "de", "1'500", 1500, 1500, "exact"),
        ("The army has 1.2 million soldiers.", "en", "1.2 million", 1_200_000, 1_200_000, "exact"),
        ("Die Armee hat 1,2 Millionen Soldaten.", "de", "1,2 Millionen", 1_200_000, 1_200_000, "exact"),
        ("L'armée compte 1,2 million de soldats.", "fr", "1,2 million", 1_200_000, 1_200_000, "exact"),
        ("Moscow sent 11k troops.", "en", "11k", 11_000, 11_000, "exact"),
        ("Two thousand troops arrived.", "en", "Two thousand", 2000, 2000, "exact"),
        ("Zweitausendfünfhundert Soldaten kamen an.", "de", "Zweitausendfünfhundert", 2500, 2500, "exact"),
        ("Deux mille cinq cents soldats sont arrivés.", "fr", "Deux mille cinq cents", 2500, 2500, "exact"),
        ("About 500 soldiers arrived.", "en", "About 500", 500, 500, "approximate"),
        ("Mehr als 500 Soldaten kamen an.", "de", "Mehr als 500", 500, None, "lower_bound"),
        ("Jusqu'à 500 soldats sont arrivés.", "fr", "Jusqu'à 500", None, 500, "upper_bound"),
        (
            "Between 10,000 and 12,000 troops arrived.",
            "en",
            "Between 10,000 and 12,000",
            10_000,
            12_000,
            "range",
        ),
        ("Russia sent 10,000-12,000 troops.", "en", "10,000-12,000", 10_000, 12_000, "range"),
        ("Russland schickte 10.000 bis 12.000 Soldaten.", "de", "10.000 bis 12.000", 10_000, 12_000, "range"),
        (
            "Entre 10 000 et 12 000 soldats sont arrivés.",
            "fr",
            "Entre 10 000 et 12 000",
            10_000,
            12_000,
            "range",
        ),
        ("The army has 10 to 12 million reservists.", "en", "10 to 12 million", 10**7, 12 * 10**6, "range"),
        ("Dozens of soldiers arrived.", "en", "Dozens", 24, 99, "vague"),
        ("Hunderte Soldaten kamen an.", "de", "Hunderte", 200, 999, "vague"),
        ("Des milliers de soldats sont arrivés.", "fr", "Des milliers", 2000, 9999, "vague"),
        ("Tens of thousands of troops arrived.", "en", "Tens of thousands", 20_000, 99_999, "vague"),
        ("Hunderttausende Soldaten wurden mobilisiert.", "de", "Hunderttausende", 200_000, 999_999, "vague"),
        ("Des millions de soldats ont servi.", "fr", "Des millions", 2_000_000, None, "vague"),
        (
            "Ten thousand or more fighters gathered.",
            "en",
            "Ten thousand or more",
            10_000,
            None,
            "lower_bound",
        ),
    ],
)
def test_number_forms(text: str, lang: str, count_text: str, low: int, high: int, precision: str) -> None:
    mentions = extract_mentions(text, lang)
    assert [(m.count_text, m.troop_count_min, m.troop_count_max, m.count_precision) for m in mentions] == [
        (count_text, low, high, precision)
    ]
    m = mentions[0]
    assert text[m.char_start : m.char_end] == m.count_text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In 2014 Russian troops seized Crimea.", "en"),
        ("The EU approved €50 billion for the army.", "en"),
        ("Die Front ist 1.000 Kilometer lang.", "de"),
        ("Seuls 30 % des soldats avaient un gilet.", "fr"),
        ("Russia fired 120 missiles at Kyiv.", "en"),
        ("Bei dem Angriff starben 12 Zivilisten.", "de"),
        ("The first F-16 fighters arrived.", "en"),
        ("La 155e brigade a été formée en France.", "fr"),
        ("Police arrested 30 men after the protest.", "en"),
    ],
)
def test_not_troop_counts(text: str, lang: str) -> None:
    assert extract_mentions(text, lang) == []


def test_language_is_detected_when_not_given() -> None:
    (m,) = extract_mentions("Die Bundeswehr schickt rund 1.500 Soldaten nach Litauen.")
    assert (m.count_text, m.troop_count_min, m.actor_code, m.location_country) == (
        "rund 1.500",
        1500,
        "DEU",
        "LTU",
    )


@pytest.mark.parametrize(
    ("low", "high", "expected"), [(10, 12_000_000, 10_000_000), (2, 3000, 2000), (500, 1000, 500), (0, 5, 0)]
)
def test_share_scale(low: int, high: int, expected: int) -> None:
    assert share_scale(low, high) == expected


def test_a_decimal_mark_before_a_scale_word_is_a_fraction() -> None:
    # one group of three after the language's decimal mark, then a scale word: a fraction of the scale
    assert [a.low for a in find_atoms("von 5,125 Millionen auf 4,75 Millionen", "de")] == [
        5_125_000,
        4_750_000,
    ]
    assert [a.low for a in find_atoms("some 2.125 million troops", "en")] == [2_125_000]
    assert [a.low for a in find_atoms("2,125 millions de soldats", "fr")] == [2_125_000]
    # the thousands separator of the language stays one: "1,500 million" in English, "1.500 Millionen" in German
    assert [a.low for a in find_atoms("1,500 million", "en")] == [1_500_000_000]
    assert [a.low for a in find_atoms("1.500 Millionen", "de")] == [1_500_000_000]
