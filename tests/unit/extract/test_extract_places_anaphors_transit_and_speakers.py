"""Where troops are when a word refers back to a place (a region of the troops' own country, a country before a
second count), when a country is only passed through or names where troops come from, and when a city is only
where a statement was made (sentences written for these tests)."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def fields(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.count_text, m.actor_code, m.location_country) for m in extract_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "dort" refers back to a region of the troops' own country: losses at home are placed there
        (
            "Das ukrainische Militär meldet heftige Gefechte im Gebiet Belgorod. Russland habe dort bislang 2.300 "
            "Soldaten verloren.",
            "de",
            [("2.300", "RUS", "RUS")],
        ),
        # a count placed by "in dem Land" / "in the country" keeps the country named before; the country after the
        # next count is that count's
        (
            "Die Bundeswehr hat den Großteil ihrer Truppen aus Mali abgezogen. Derzeit sind noch 350 Soldaten in dem "
            "Land und 90 Soldaten im benachbarten Senegal im Einsatz.",
            "de",
            [("350", "DEU", "MLI"), ("90", "DEU", "SEN")],
        ),
        (
            "France has pulled most of its troops out of Chad. About 300 soldiers remain in the country and 150 "
            "soldiers in neighbouring Niger.",
            "en",
            [("About 300", "FRA", "TCD"), ("150", "FRA", "NER")],
        ),
        # a country passed through on the way out is no place of the troops
        (
            "Le retrait se poursuit : 600 soldats belges quitteront la région en passant par le Sénégal.",
            "fr",
            [("600", "BEL", None)],
        ),
        # where troops come from is not the country "in the country" refers to
        (
            "The UN is sending more peacekeepers. The new unit, made up of troops from Nepal, will join 9,000 blue "
            "helmets already deployed in the country.",
            "en",
            [("9,000", "UN", None)],
        ),
        # ... unless they are pulled out of it
        (
            "Washington withdrew its forces from Iraq in 2011 but later agreed to keep 2,000 troops in the country.",
            "en",
            [("2,000", "USA", "IRQ")],
        ),
        # the city of a press briefing (and the region that locates it) is where one spoke, not where troops fell
        (
            "Au moins 14 rebelles ont été tués dans les combats, a déclaré le porte-parole de l'armée lors d'un "
            "point de presse tenu ce lundi 3 juin à Bunia, en Ituri.",
            "fr",
            [("Au moins 14", None, None)],
        ),
        # "J&K" is Jammu and Kashmir
        ("Officials said 40 militants are still active in J&K this year.", "en", [("40", None, "IND")]),
    ],
)
def test_places_referred_to_passed_through_and_spoken_at(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a toll counted since a date is the whole war's: the place of the attack just told is not its place
        (
            "Trois soldats ont été tués lundi à Kidal, ce qui porte à 57 le nombre de militaires morts depuis le "
            "4 mars.",
            "fr",
            [("Trois", None, "MLI"), ("57", None, None)],
        ),
        (
            "Four soldiers died in Helmand on Sunday, bringing to 88 the number of troops killed since 12 June.",
            "en",
            [("Four", None, "AFG"), ("88", None, None)],
        ),
        # ... unless the toll's own phrase names the place before "since"
        (
            "Plus de 300 soldats ont été tués dans les combats au Mali depuis le 3 janvier.",
            "fr",
            [("Plus de 300", None, "MLI")],
        ),
    ],
)
def test_running_tolls_since_a_date_have_no_place_of_their_own(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a province named before the border it lies on: the neighbour ("zum", "zur" contract "zu dem/der") is not
        # where the troops died
        (
            "Im Bezirk Çukurca in der Provinz Hakkari nahe der Grenze zum Irak starben vier Soldaten.",
            "de",
            [("vier", None, "TUR")],
        ),
        # "Burkina" alone names Burkina Faso; the DR Congo also under its adjectival name
        ("Neuf soldats ont été tués mardi dans le nord du Burkina.", "fr", [("Neuf", None, "BFA")]),
        (
            "Une trentaine de miliciens ont été tués en République démocratique congolaise la semaine dernière.",
            "fr",
            [("Une trentaine", None, "COD")],
        ),
    ],
)
def test_province_at_a_border_and_short_country_names(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a town's name that is part of a person's name (after a title, or a three-word name set off by commas)
        (
            "Der Sprecher der Miliz, Scheich Gao Nuur, sagte, seine Kämpfer hätten 30 Soldaten getötet.",
            "de",
            [("30", None, None)],
        ),
        (
            "A local commander, Aden Yusuf Warsame, said 12 soldiers were killed in the ambush.",
            "en",
            [("12", None, None)],
        ),
        # ... but the town itself still places them
        (
            "Twelve soldiers were killed in an ambush near Gao, the army said.",
            "en",
            [("Twelve", None, "MLI")],
        ),
    ],
)
def test_town_names_inside_person_names(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected
