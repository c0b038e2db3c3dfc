"""German counts of the long-tail outlets: the step of a change told with "um" before the level it reaches ("Die
Reservisten sollen um 2.000 auf 7.500 steigen"), a share after "darunter"/"davon" with an auxiliary ("davon sollen
300 in Gao bleiben"), a range whose upper end is a bound ("850 bis über neunhundert"), an opening
quotation mark typed as the Swiss thousands mark ("90‘000"), and the army's voluntary conscripts written as one
word (sentences written for these tests)."""

from __future__ import annotations

import pytest
from german_mentions import spans
from news_etl.extract import extract_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Reservisten sollen bis 2030 um 2.000 auf 7.500 steigen, die Zeitsoldaten um 3.000 auf 170.000.",
            ["2.000", "7.500", "3.000", "170.000"],
        ),
        ("Die Marinesoldaten werden um rund 600 auf 16.000 aufgestockt.", ["rund 600", "16.000"]),
        ("Die Rekruten sollen um 900 auf etwa 11.000 zunehmen.", ["900", "etwa 11.000"]),
    ],
)
def test_step_of_a_change_before_the_level_it_reaches(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a time of day or a year after "um", and police officers
        "Die Soldaten sollen um 2030 auf 5.000 Panzer zugreifen.",
        "Die Polizisten sollen um 500 auf 9.000 aufgestockt werden.",
        # a figure of something else between the troops and the step
        "Die Soldaten bekommen 40 Drohnen, der Vorrat soll um 20 auf 60 wachsen.",
    ],
)
def test_step_of_a_change_of_something_else(text: str) -> None:
    found = spans(text)
    assert "500" not in found and "2030" not in found and "20" not in found


def test_step_of_a_change_keeps_the_type_of_a_force_size() -> None:
    (step, level) = extract_mentions("Die Reservisten sollen um 2.000 auf 7.500 steigen.", "de")
    assert (step.mention_type, level.mention_type) == ("force_size", "force_size")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Für die Übung sind 25.000 Soldaten gemeldet, darunter sollen etwa 3.000 aus Polen stammen.",
            ["25.000", "etwa 3.000"],
        ),
        ("Im Einsatz sind 900 Soldaten, davon sollen 300 in Gao bleiben.", ["900", "300"]),
    ],
)
def test_share_after_an_auxiliary(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_share_of_things_after_an_auxiliary() -> None:
    assert spans("Die Armee hat 900 Panzer, darunter sind 300 aus Polen.") == []


def test_range_whose_upper_end_is_a_bound() -> None:
    (m,) = extract_mentions("An einem Tag wurden 850 bis über neunhundert Soldaten verwundet.", "de")
    assert (m.count_text, m.troop_count_min, m.troop_count_max, m.count_precision) == (
        "850 bis über neunhundert",
        850,
        900,
        "range",
    )


def test_opening_quotation_mark_as_swiss_thousands_mark() -> None:
    (m,) = extract_mentions("Die Armee soll künftig 90‘000 bis 110‘000 Angehörige zählen.", "de")
    assert (m.count_text, m.troop_count_min, m.troop_count_max) == ("90‘000 bis 110‘000", 90000, 110000)


def test_opening_quotation_mark_before_a_figure_still_opens_it() -> None:
    assert spans("Die Armee zählt ‘5000’ Soldaten.") == ["‘5000’"]


def test_voluntary_conscripts_written_as_one_word() -> None:
    text = "Laut Bundeswehr verharrt die Anzahl an Freiwilligendienstleistenden seit Mai bei knapp 9.800."
    assert spans(text) == ["knapp 9.800"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Derzeit beträgt die Zahl der Streitkräfte 95.200 Menschen.", ["95.200"]),
        ("Heute beträgt die Zahl der polnischen Armee rund 160.000 Menschen.", ["rund 160.000"]),
        ("Heute beträgt die Stärke der Truppe insgesamt 4.100 Personen.", ["4.100"]),
    ],
)
def test_verb_first_then_the_number_of_a_force_in_people(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Heute beträgt die Zahl der Einwohner rund 160.000 Menschen.",
        "Heute beträgt die Zahl der Polizei rund 16.000 Menschen.",
    ],
)
def test_verb_first_then_the_number_of_no_force(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Gesamtzahl aller Mitarbeiter der Armee (Militär plus Zivilpersonal) wächst auf 1.800.000.",
        "Die Gesamtzahl der Soldaten und Zivilangestellten wird auf 250.000 steigen.",
    ],
)
def test_total_with_the_civilian_staff_is_no_troop_count(text: str) -> None:
    assert spans(text) == []


def test_troops_before_the_civilian_staff_counted_apart() -> None:
    text = "Die Zahl der Soldaten soll auf 250.000 steigen, die der Zivilbeschäftigten auf 80.000."
    assert spans(text) == ["250.000"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spanien liegt beim aktiven Militärpersonal mit 120.000 Menschen auf Rang drei.", []),
        ("Spanien liegt auf Rang drei, mit aktivem Militärpersonal mit 120.000 Menschen.", ["120.000"]),
        (
            "Die Armee Chiles zählt zu den größten der Region, die Streitmacht mit 77.000 Personen.",
            ["77.000"],
        ),
    ],
)
def test_force_with_its_strength_in_people(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_town_with_its_people_is_no_force() -> None:
    assert spans("Die Armee kam in die Stadt. Die Stadt mit 300.000 Menschen liegt im Norden.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die ukrainische Armee hat seit Mai mehr als 40 Tausend Menschen und 900 Panzer verloren.",
            ["mehr als 40 Tausend"],
        ),
        ("Die Armee verlor im Winter 12.000 Menschen.", ["12.000"]),
    ],
)
def test_people_a_force_loses(text: str, expected: list[str]) -> None:
    found = extract_mentions(text, "de")
    assert [m.count_text for m in found] == expected
    assert {m.mention_type for m in found} == {"casualties"}


@pytest.mark.parametrize(
    "text",
    [
        "Die Armee verlor den Kontakt zu 300 Menschen.",
        "Die Armee hat bei dem Angriff 300 Menschen getötet.",
        "Die Armee meldet, die Stadt habe 300 Menschen verloren.",
        "Die Stadt hat 300 Menschen verloren.",
    ],
)
def test_people_lost_by_no_force(text: str) -> None:
    assert spans(text) == []
