"""German counts of bodies by head ("die 80-köpfige Kompanie"), armies named in any case as military words,
group names joined by a slash in a compound ("PKK/YPG-Kämpfer"), military observers written apart,
"-angehörige" of an army by name, and the families of troops or the room of a tent that stay no count:
on sentences written for this test."""

from __future__ import annotations

import pytest
from german_mentions import spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a military body named by its head count, in a story of an army
        ("Die 80-köpfige Pionierkompanie des Bundesheeres kehrte am Montag aus Bosnien zurück.", ["80"]),
        ("Die rund 230-köpfige Besatzung der Fregatte wurde am Marinestützpunkt empfangen.", ["rund 230"]),
        ("Ein Teil der 140-köpfigen Besatzung war schon zweimal bei der Marine im Einsatz.", ["140"]),
        ("Das 35-köpfige Vorauskommando der Bundeswehr landete in Niamey.", ["35"]),
    ],
)
def test_body_counted_by_heads(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a crew, family or delegation counted by heads outside a military story is no troop count
        "Die 21-köpfige Besatzung des Frachters wurde vor der Küste entführt.",
        "Die fünfköpfige Familie wohnt seit Jahren in der Stadt.",
        "Eine 12-köpfige Delegation des Stadtrats reiste nach Lyon.",
        # a body of the police or fire brigade, even beside an army
        "Die 60-köpfige Einheit der Bereitschaftspolizei unterstützte die Bundeswehr beim Hochwasser.",
    ],
)
def test_body_counted_by_heads_not_troops(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two names of a group joined by a slash before the noun of the compound
        ("Die Armee meldete, sie habe sieben PKK/YPG-Kämpfer im Grenzgebiet getötet.", ["sieben"]),
        ("Ankara meldet, dass zwölf weitere PKK/YPG-Terroristen gefasst worden seien.", ["zwölf"]),
    ],
)
def test_slash_joined_group_compound(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_slash_between_lower_case_words_joins_no_noun() -> None:
    # only capitalised group names are joined; "Zivilisten/Soldaten" stays a count of civilians first
    assert spans("Bei dem Angriff starben 14 Zivilisten/innen in der Stadt.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Österreich schickte damals sechs militärische Beobachter in den Irak.", ["sechs"]),
        ("Die UNO setzt rund 40 militärischen Beobachtern an der Grenze ein.", ["rund 40"]),
        # the members of an army by name, with or without a hyphen
        ("An der Grenze stehen derzeit 310 Bundesheer-Angehörige im Einsatz.", ["310"]),
        ("Rund 150 Heeresangehörige helfen bei den Aufräumarbeiten.", ["Rund 150"]),
    ],
)
def test_observers_and_members_of_an_army(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # relatives of troops, welcoming a warship home or mourning soldiers killed
        "Etwa 300 Angehörige und Kinder der Marinesoldaten warteten am Kai auf das Schiff.",
        "Rund 40 Angehörige der gefallenen Soldaten trafen den Minister in der Kaserne.",
        # the room of a tent or hall given by an army
        "Das Bundesheer stellte 30 Zelte für je 10 bis 20 Personen und eine Feldküche bereit.",
    ],
)
def test_relatives_and_room_stay_no_count(text: str) -> None:
    assert spans(text) == []
