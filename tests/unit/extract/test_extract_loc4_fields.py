"""Round 4 of location/actor: Kosovo as a place, and 'the north of the country' named only by the troops' adjective."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


@pytest.mark.parametrize(
    ("text", "lang", "actor", "location"),
    [
        # Kosovo has no ISO 3166 code; the user-assigned XKX is what the annotated sets use.
        ("Die Kfor-Truppe wurde im Kosovo von 9000 auf 4500 Soldaten verkleinert.", "de", "NATO", "XKX"),
        ("Around 3,800 NATO troops serve in Kosovo today.", "en", "NATO", "XKX"),
        ("Environ 200 soldats français sont déployés au Kosovo au sein de la KFOR.", "fr", "FRA", "XKX"),
        ("Derzeit leisten 350 deutsche Soldaten ihren Dienst bei der Kfor.", "de", "DEU", "XKX"),
        # The troops' own adjective is the only country named: "the north of the country" is theirs.
        (
            "Onze soldats nigériens ont été tués lors d'une attaque dans le nord du pays, selon l'armée.",
            "fr",
            "NER",
            "NER",
        ),
        (
            "Twelve Malian soldiers were killed in an ambush in the centre of the country on Sunday.",
            "en",
            "MLI",
            "MLI",
        ),
        (
            "Bei einem Anschlag wurden 14 nigerianische Soldaten im Nordosten des Landes getötet.",
            "de",
            "NGA",
            "NGA",
        ),
        # Another country named: that one is meant.
        ("Trois soldats français ont été tués au Mali, dans le nord du pays.", "fr", "FRA", "MLI"),
        ("Nine Kenyan soldiers were killed in Somalia, in the south of the country.", "en", "KEN", "SOM"),
    ],
)
def test_actor_and_location(text: str, lang: str, actor: str, location: str) -> None:
    matches = [m for m in extract_mentions(text, lang) if m.actor_code == actor]
    assert matches
    assert all(m.location_country == location for m in matches)


def test_kosovo_is_no_troop_count_by_itself() -> None:
    assert extract_mentions("Der Kosovo hat rund 1,8 Millionen Einwohner.", "de") == []
