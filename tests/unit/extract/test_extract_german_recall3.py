"""German troop counts missed on a third round of fresh real text, on sentences written for this test."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def spans(text: str) -> list[str]:
    return [m.count_text for m in extract_mentions(text, "de")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present participle after a place phrase: "N aus dem Süden kommende Kämpfer"
        ("Die Armee stoppte 40 aus dem Süden kommende Kämpfer der Miliz.", ["40"]),
        ("Rund 300 an der Grenze wartende Soldaten wurden abgezogen.", ["Rund 300"]),
        ("Die Luftwaffe traf 25 nach Norden fliehende Rebellen.", ["25"]),
        # more prepositions before a past participle
        ("Das Ministerium holt 500 nach Litauen verlegte Soldaten zurück.", ["500"]),
        ("Die 1200 mit der Mission entsandten Blauhelme bleiben bis Juni.", ["1200"]),
    ],
)
def test_participle_phrases_before_the_noun(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei nahm 30 aus Syrien kommende Männer fest.",
        "Etwa 40 an der Grenze wartende Flüchtlinge wurden versorgt.",
        "Die Behörde zählte 800 nach Deutschland kommende Migranten.",
    ],
)
def test_participle_phrases_before_other_people_stay_out(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a militia named is a military context for demonyms and weak nouns
        (
            "Bei Angriffen auf Lager der Terrormiliz sollen 30 Extremisten getötet worden sein, darunter fünf Briten.",
            ["30", "fünf"],
        ),
        ("Nach Angaben der Miliz wurden 14 Angreifer getötet, darunter drei Tschetschenen.", ["14", "drei"]),
    ],
)
def test_militias_are_a_military_context(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_demonyms_among_civilians_stay_out() -> None:
    assert spans("Bei dem Unglück starben 30 Touristen, darunter fünf Briten.") == []
