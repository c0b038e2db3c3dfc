"""German troop counts of historical wars and army sizes: the figure a count stood at before, after "nach
zuletzt" ("nur noch 800 nach zuletzt 950 Soldaten"), the colloquial "Zigtausende", soldiers' lives as a toll
("40.000 Soldatenleben"), a nation's side named before its dead ("auf russischer Seite 9.000 Tote"), a nation's men
taken prisoner ("9.000 Österreicher gingen in Gefangenschaft"), and a nation's millions who were "tot" (people,
not troops), people employed by an army ("9.000 Personen sind beim Heer beschäftigt": staff, civilians among them)
a number that sank, as an attribute ("die auf 900 gesunkene Zahl"), as a drawdown, lives lost by a nation at war
("Verluste ... auf 15.000 Menschenleben"), and a region's adjective before the country it describes ("im
zentralafrikanischen Land Kamerun": Cameroon, not the Central African Republic), and a demonym after "darunter" that is a part of the troops counted
right before it, though people were counted in the sentence before; "taiwanesisch" as well as "taiwanisch" names
Taiwan (sentences written for these tests)."""

from __future__ import annotations

import pytest
from german_mentions import spans
from news_etl.extract import extract_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Syrien sind nur noch 800 nach zuletzt 950 US-Soldaten stationiert.", ["800", "950"]),
        ("Die Marine hat jetzt 4.100 nach zuvor 4.600 Matrosen im Dienst.", ["4.100", "4.600"]),
        ("Damit bleiben 1200 nach bisher 2000 Soldaten im Land.", ["1200", "2000"]),
    ],
)
def test_figure_before_after_nach_zuletzt(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_nach_zuletzt_of_something_else() -> None:
    assert spans("Der Preis stieg auf 80 nach zuletzt 75 Euro.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Armee wurde im Sommer von Zigtausenden neuer Rekruten verstärkt.", ["Zigtausenden"]),
        ("Zigtausende Soldaten marschierten an die Grenze.", ["Zigtausende"]),
    ],
)
def test_zigtausende(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_soldiers_lives() -> None:
    assert spans("Der lange Stellungskrieg kostete 41.000 Soldatenleben.") == ["41.000"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Angriff forderte auf russischer Seite rund 9.000 Tote.", ["rund 9.000"]),
        (
            "Die Offensive kostete auf französischer Seite 2.300 Tote und 5.100 Verwundete.",
            ["2.300", "5.100"],
        ),
    ],
)
def test_side_named_before_the_dead(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_side_of_a_border_is_no_side_of_a_war() -> None:
    assert spans("Auf polnischer Seite der Grenze gab es 14 Tote bei einem Busunglück.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nach der Schlacht gingen 9.000 Österreicher in Gefangenschaft.", ["9.000"]),
        ("12.000 Italiener gerieten in sowjetische Kriegsgefangenschaft.", ["12.000"]),
    ],
)
def test_nation_taken_prisoner(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_nation_in_millions_dead_are_people() -> None:
    text = "Am Ende waren 7.000 britische Soldaten sowie zwischen 2 und 3 Millionen Vietnamesen tot."
    assert spans(text) == ["7.000"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Derzeit sind rund 12.500 Personen beim Heer beschäftigt, 9.500 Mann in der Truppe.", ["9.500"]),
        ("Bei der Marine sind 3.200 Personen angestellt.", []),
        ("In der Armee dienen 8.000 Personen.", ["8.000"]),
    ],
)
def test_people_employed_by_an_army_are_staff(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mit der auf unter 5 000 gesunkenen Zahl der in Syrien stationierten US-Soldaten ist der Plan umgesetzt.",
        "Die auf 700 gesenkte Zahl der in Mali eingesetzten Soldaten gilt ab Juni.",
    ],
)
def test_number_sunk_as_an_attribute_is_a_drawdown(text: str) -> None:
    mentions = extract_mentions(text, "de")
    assert [m.mention_type for m in mentions] == ["withdrawal"]


def test_lives_lost_by_a_nation_at_war() -> None:
    assert spans("Die britischen Verluste beliefen sich amtlich auf mehr als 9.000 Menschenleben.") == [
        "mehr als 9.000"
    ]


def test_lives_lost_in_a_storm_are_no_troops() -> None:
    assert spans("Der Wirbelsturm kostete im Herbst 300 Menschenleben.") == []


def test_adjective_describing_the_country_named_after_it() -> None:
    mentions = extract_mentions("Im zentralafrikanischen Land Kamerun fielen 14 Soldaten.", "de")
    assert [(m.actor_code, m.location_country) for m in mentions] == [(None, "CMR")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Im Feldzug starben 90.000 Soldaten und 40.000 Zivilisten. Bis Kriegsende wurden "
            "5.000 britische und 900 UN-Soldaten getötet, darunter über 300 US-Amerikaner.",
            ["90.000", "5.000", "900", "über 300"],
        ),
        (
            "Im Feldzug starben 90.000 Soldaten und 40.000 Zivilisten. Bis Kriegsende wurden "
            "5.000 Menschen getötet, darunter über 300 US-Amerikaner.",
            ["90.000"],
        ),
    ],
)
def test_demonym_among_troops_counted_right_before(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_taiwanesisch_names_taiwan() -> None:
    text = "Die taiwanesische Marine ist klein. Sie zählt derzeit rund 40.000 Matrosen."
    assert [m.actor_code for m in extract_mentions(text, "de")] == ["TWN"]
