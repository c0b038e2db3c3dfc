"""German troop counts of round 16 (army strengths, tolls and their sources): a second count with a range or
thousands grouped by spaces between two adjectives that share one noun ("8 000 getötete und 15 000 bis 17 000
verwundete Soldaten"), a Swiss apostrophe printed with a space ("45' 000"), a side's toll put at a figure after a
compound number word ("die Gesamtzahl an Gefallenen oder Verwundeten ... auf N beziffert", "Damit lag die
Gesamtzahl der Gefallenen ... zwischen N und M"); and what stays out: things delivered to the troops ("gehen an die
Truppe, gefolgt von 24"), a figure put again on men who were no troops ("junge Männer leisteten Zivildienst, ...
waren es 40.000"), a year before the figure ("lag 2019 bei 900"), and where an estimate or a source sits ("wird in
Paris auf ... geschätzt", "unter Berufung auf US-Beamte") (sentences written for these tests)."""

from __future__ import annotations

import pytest
from german_mentions import spans
from news_etl.extract import extract_mentions


def _fields(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.count_text, m.actor_code, m.location_country) for m in extract_mentions(text, "de")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Quelle sprach von 8 000 getöteten und 15 000 bis 17 000 verwundeten Soldaten.",
            ["8 000", "15 000 bis 17 000"],
        ),
        ("Gemeldet wurden 300 getötete und 1.100 bis 1.400 verletzte Soldaten.", ["300", "1.100 bis 1.400"]),
        ("Die Armee zählte 4 500 gefallene und 9 800 vermisste Soldaten.", ["4 500", "9 800"]),
        ("Die Armee zählte 4 500 gefallene und etwa 9 800 verwundete Soldaten.", ["4 500", "etwa 9 800"]),
    ],
)
def test_second_count_with_a_range_or_spaced_thousands_shares_the_noun(
    text: str, expected: list[str]
) -> None:
    assert spans(text) == expected


def test_swiss_apostrophe_followed_by_a_space() -> None:
    found = extract_mentions("Seit 1990 haben rund 45' 000 Schweizer Soldaten im Ausland gedient.", "de")
    assert [(m.count_text, m.troop_count_min) for m in found] == [("rund 45' 000", 45000)]
    # a year in quotes is no number with its thousands
    assert spans("Die Übung 'Nordwind 2019' 300 Soldaten nahmen teil.") == ["300"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rund 9.000 Soldaten fielen im Osten. Die Gesamtzahl an Gefallenen oder Verwundeten der Division "
            "wurde im Herbst auf 40.000 bis 50.000 beziffert.",
            ["Rund 9.000", "40.000 bis 50.000"],
        ),
        (
            "Die Armee verlor 12.000 Mann. Damit lag die Gesamtzahl der Gefallenen bei den eigenen Truppen "
            "zwischen 30.000 und 35.000.",
            ["12.000", "zwischen 30.000 und 35.000"],
        ),
        (
            "Laut Ministerium beträgt die Zahl der aktiven Soldaten derzeit 58.000, im Jahr davor waren es weniger.",
            ["58.000"],
        ),
    ],
)
def test_a_sides_toll_put_at_a_figure_after_a_compound_number_word(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the population and a share, with the verb first
        "Damit liegt die Gesamtzahl der Einwohner zwischen 30.000 und 35.000.",
        "Die Gesamtzahl der Opfer liegt zwischen 10 und 20 Prozent.",
        # things delivered to the troops, year by year
        "Die Haubitzen gehen ab 2026 an die Truppe, die ersten acht im Jahr 2026, gefolgt von 24 im Jahr 2027, "
        "30 im Jahr 2028 und dann 12 im Jahr 2029.",
        # a figure put again on men who were no troops
        "Während 2001 mehr als 90.000 junge Männer Zivildienst leisteten, waren es 2009 gut 40.000.",
    ],
)
def test_no_troops_counted(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Zahl der Soldaten lag 2019 bei 900.", ["900"]),
        ("Damit lag die Zahl der Soldaten 2019 noch bei rund 900.", ["rund 900"]),
        # men counted as troops keep the figure put on them again
        ("Die Armee verlor 2022 rund 900 Mann, im Jahr darauf waren es 1.200.", ["rund 900", "1.200"]),
    ],
)
def test_a_year_before_the_figure_is_no_count(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_where_an_estimate_is_made_or_whose_word_it_is_is_no_place() -> None:
    assert _fields(
        "Rund 5.000 russische Soldaten fielen. Die Zahl der Verwundeten wird in Paris auf 20.000 Soldaten geschätzt."
    ) == [("Rund 5.000", "RUS", None), ("20.000", "RUS", None)]
    assert _fields(
        "Unter Berufung auf US-Beamte berichtete die Zeitung von 3.000 getöteten russischen Soldaten."
    ) == [("3.000", "RUS", None)]
    # a place where troops are stays one
    assert _fields("Die Nato hat rund 5000 Soldaten in Litauen stationiert.") == [
        ("rund 5000", "NATO", "LTU")
    ]


def test_the_army_that_trains_a_bare_figure_is_not_its_owner() -> None:
    assert _fields("Das Ziel lag bei 20 000. Die Bundeswehr hat davon bisher etwa 7 000 geschult.")[-1] == (
        "etwa 7 000",
        None,
        None,
    )
    # its own recruits, and trainees named by their demonym, keep their owner
    assert _fields("Die Bundeswehr will jedes Jahr rund 5.000 Rekruten ausbilden.") == [
        ("rund 5.000", "DEU", None)
    ]
    assert _fields("Die Bundeswehr hat etwa 4 000 ukrainische Soldaten geschult.") == [
        ("etwa 4 000", "UKR", None)
    ]


def _types(text: str) -> list[tuple[str, str]]:
    return [(m.count_text, m.mention_type) for m in extract_mentions(text, "de")]


def test_types_of_trainees_conscripts_and_tolls_broken_down() -> None:
    # prepared for their deployment: trained, not deployed
    assert _types("Mehr als 3.000 Rekruten wurden so auf ihren Einsatz an der Front vorbereitet.") == [
        ("Mehr als 3.000", "training")
    ]
    assert _types("Rund 800 Soldaten sind im Einsatz in Mali.") == [("Rund 800", "deployment")]
    # conscripts starting their service are raised
    assert _types("Am Montag haben rund 9 000 junge Männer ihren Grundwehrdienst angetreten.") == [
        ("rund 9 000", "force_size")
    ]
    # a toll broken down, the second part joined to the first
    assert _types(
        "Bis Mai starben rund 9 000 Angreifer. Es handelt sich dabei um 6 000 Berufssoldaten "
        "sowie 3 000 Söldner, sagte ein Sprecher."
    ) == [("rund 9 000", "casualties"), ("6 000", "casualties"), ("3 000", "casualties")]


def test_the_body_whose_strength_a_count_gives_owns_it() -> None:
    assert _fields(
        "Frankreich stellt 800 Soldaten der rund 6.000 Soldaten starken Nato-Truppe im Baltikum."
    ) == [
        ("800", "FRA", None),
        ("rund 6.000", "NATO", None),
    ]
    assert _fields("Eine 450 Mann starke UN-Truppe wurde entsandt.")[0][1] == "UN"
    # a body without an owner in its name leaves the owner to the rest of the sentence
    assert _fields("Die 4.000 Soldaten starke Truppe der Bundeswehr bleibt.") == [("4.000", "DEU", None)]


def test_the_state_troops_are_sent_to_with_an() -> None:
    assert _fields("Pjöngjang soll weitere 2.000 Soldaten an Russland geschickt haben.") == [
        ("2.000", "PRK", "RUS")
    ]
    # "an" of criticism or an appeal names no destination
    assert [f[2] for f in _fields("Die Kritik an Russland wächst, 300 Soldaten wurden geschickt.")] == [None]


def test_a_missions_ceiling_lowered_with_nur_noch() -> None:
    assert _types("Das verlängerte Mandat erlaubt nur noch eine Obergrenze von 650 Soldaten.") == [
        ("650", "withdrawal")
    ]
    # an army "nur noch" so strong is its size
    assert _types("Die Bundeswehr zählt inzwischen nur noch 178.000 Soldaten.") == [("178.000", "force_size")]
