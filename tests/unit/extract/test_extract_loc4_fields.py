"""Round 4 of location/actor: 'the north of the country' named only by the troops' adjective."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


@pytest.mark.parametrize(
    ("text", "lang", "actor", "location"),
    [
        # The troops' own adjective is the only country named: "the north of the country" is theirs.
        (
            "Sept soldats nigériens ont péri mardi dans une embuscade dans l'ouest du pays, d'après l'état-major.",
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


@pytest.mark.parametrize(
    ("text", "actor", "location"),
    [
        # The country being invaded is where the troops fight, not their owner.
        ("Since the Israeli army began invading Gaza, 116 soldiers have been killed.", "ISR", "PSE"),
        (
            "Russia, which began to invade Ukraine in 2022, has lost 50,000 soldiers, the BBC said.",
            "RUS",
            "UKR",
        ),
        ("Iraq invaded Kuwait with 100,000 soldiers in 1990.", "IRQ", "KWT"),
    ],
)
def test_invading_names_the_place(text: str, actor: str, location: str) -> None:
    (m,) = extract_mentions(text, "en")
    assert (m.actor_code, m.location_country) == (actor, location)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Outlets hostile to Israel name its troops "Zionist" (as the Arabic lexicon's «صهيوني» already does).
        (
            "Four Zionist soldiers died on Friday during fighting near Khan Younis in the Gaza Strip, a channel reported.",
            "en",
        ),
        ("Cinq soldats sionistes ont péri jeudi lors de combats à Jabaliya, dans la bande de Gaza.", "fr"),
        ("Bei Gefechten im Gazastreifen wurden zwei zionistische Soldaten getötet.", "de"),
    ],
)
def test_zionist_troops_are_israeli(text: str, lang: str) -> None:
    (m,) = extract_mentions(text, lang)
    assert (m.actor_code, m.location_country) == ("ISR", "PSE")


def test_zionist_movement_members_are_no_troops() -> None:
    assert extract_mentions("The Zionist movement had 20,000 members in 1920.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        # Where the attackers came from does not own the troops they hit.
        ("Bei einem Überfall von Kämpfern aus dem Gazastreifen wurden 20 Soldaten getötet.", "de", None),
        ("In an attack by militants from Gaza, 20 soldiers were killed.", "en", None),
        ("Lors d'une attaque de combattants venus du Niger, 20 soldats ont été tués.", "fr", None),
        ("Bei einem Angriff aus dem Libanon wurden drei israelische Soldaten verletzt.", "de", "ISR"),
        # troops from a country, no attack: still its own
        ("5,000 soldiers from Ghana joined the mission after the attack.", "en", "GHA"),
    ],
)
def test_attackers_origin_is_not_the_owner(text: str, lang: str, actor: str | None) -> None:
    (m,) = extract_mentions(text, lang)
    assert m.actor_code == actor
