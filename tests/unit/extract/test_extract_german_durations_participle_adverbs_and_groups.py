"""German troop counts of round 20: a duration counted before a troop noun is no count ("vor neun Wochen Rekrut
wurde"), a present participle used as an adverb before the adjective of the troops ("fünf lebend gefasste
Soldaten"), and armed groups named in an inflected or compound form (sentences written for these tests)."""

from __future__ import annotations

import pytest
from german_mentions import owners, spans


@pytest.mark.parametrize(
    "text",
    [
        "Seit sie vor neun Wochen Soldatin wurde, hat sie kaum geschlafen.",
        "Seit er vor vier Monaten Soldat ist, schreibt er selten.",
        "Nach sieben Jahren Soldat zog sie in eine andere Stadt.",
        "Er war erst vor drei Monaten Offizier geworden.",
    ],
)
def test_a_duration_before_a_troop_noun_is_no_count(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Miliz zeigte ein Video mit fünf lebend gefassten Soldaten.", ["fünf"]),
        ("Am Fluss wurden 14 fliehend gestellte Kämpfer entwaffnet.", ["14"]),
        # the durations stay barred, the counts after them are still read
        ("Vor zwei Wochen kamen 300 Soldaten an.", ["300"]),
    ],
)
def test_a_present_participle_as_adverb_before_the_adjective(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laut der Armee wurden neun Maute-Kämpfer im Süden getötet.", [("neun", "MAUTE")]),
        ("Nahe Rakka starben 17 Milizionäre der Syrischen Demokratischen Kräfte.", [("17", "SDF")]),
    ],
)
def test_armed_groups_in_inflected_and_compound_forms(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert owners(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one side of a war named by a hyphenated pair owns nothing
        ("Im italienisch-türkischen Krieg verlor die Armee 3400 Mann.", [("3400", None)]),
        ("Im russisch-japanischen Krieg 1905 zählte das japanische Heer 300.000 Mann.", [("300.000", "JPN")]),
        # the state an army is in conflict with is not its owner
        (
            "Das Bundesheer setzte sich wegen der Konflikte mit Serbien das Ziel, bis 2030 rund 24.000 Soldaten zu haben.",
            [("rund 24.000", "AUT")],
        ),
    ],
)
def test_war_sides_and_opponents_own_nothing(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert owners(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a force's strength told in people at the end of its clause
        (
            "Im Herbst war die Zahl der Streitkräfte Polens geschrumpft und betrug nur 95,2 Tausend Menschen.",
            ["95,2 Tausend"],
        ),
        ("Die Truppe umfasst inzwischen 8.700 Personen.", ["8.700"]),
    ],
)
def test_a_force_strength_told_in_people(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # people of another subject after a comma, or of no force at all
        "Die Zahl der Soldaten ist gestiegen, die Bevölkerung beträgt 95.200 Menschen.",
        "Im Herbst war die Zahl der Einwohner Polens geschrumpft und betrug nur 95,2 Tausend Menschen.",
    ],
)
def test_people_of_something_else_are_no_force(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plain "von" before the whole: opening the sentence or after a verb of fate
        ("Von 6.400 Rekruten kehrten nur 310 heim.", ["6.400", "310"]),
        ("Auf dem Marsch starben von 41.000 Mann 7.250, viele an Typhus.", ["41.000", "7.250"]),
        # a change from one figure to another is no part of a whole
        ("Von 6.400 Soldaten auf 5.100 wurde das Regiment verkleinert.", ["6.400", "5.100"]),
    ],
)
def test_a_part_after_a_whole_with_plain_von(text: str, expected: list[str]) -> None:
    assert spans(text) == expected
