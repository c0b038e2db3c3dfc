"""German demonyms after a word of fate or age ("gefallene oder verwundete Georgier", "junge Deutsche" in
service), losses put at a bare number ("gibt die Verluste mit 900 an"), regional demonyms among troops just
counted ("davon 30 Steirer"), shares opened by a place ("In Tirol sind 60 im Einsatz") and the abbreviations and
time spans of agency copy ("rd.", "Tsd.", "binnen 24 Stunden"), "über" after a word of command, and the men
eligible for service that stay no count: on sentences written for this test."""

from __future__ import annotations

import pytest
from german_mentions import spans
from news_etl.extract import extract_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Im Krieg meldet Kiew seit Montag bis zu 5.000 getötete oder verwundete Russen.", ["bis zu 5.000"]),
        ("Nach der Schlacht zählte die Armee rund 700 gefangene Georgier.", ["rund 700"]),
        ("Jedes Jahr leisten rund 20.000 junge Deutsche ihren Präsenzdienst bei der Armee.", ["rund 20.000"]),
        # a city fought over makes a war story
        ("In der umkämpften Stadt seien mehr als 300 Georgier getötet worden.", ["mehr als 300"]),
    ],
)
def test_demonym_after_fate_or_age(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jedes Jahr besuchen 20.000 junge Deutsche das Musikfestival am See.",
        "Im Sommer reisten 5.000 junge Georgier zum Studium nach Berlin.",
    ],
)
def test_demonym_after_age_outside_service_is_no_count(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Armee meldet schwere Kämpfe. Tiflis gibt seine Verluste nun mit etwa 900 an.",
            ["etwa 900"],
        ),
        ("Im Krieg bezifferte die Führung in Baku ihre Verluste zuletzt auf 2.900.", ["2.900"]),
    ],
)
def test_losses_put_at_a_number(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a firm's losses, or losses in money or as a share, are no troop count
        "Die Firma gibt ihre Verluste im Quartal mit 900 an.",
        "Der Konzern bezifferte seine Verluste im Krieg auf 420 Millionen Euro.",
        "Im Krieg gab die Reederei ihre Verluste mit 12 Prozent an.",
    ],
)
def test_losses_of_firms_or_money_stay_no_count(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the men of a region among the troops just counted
        ("Das Bataillon stellt 140 Soldaten – davon 30 Steirer – für den Einsatz.", ["140", "30"]),
        ("Nach Bosnien gehen 210 Soldaten, darunter 45 Vorarlberger.", ["210", "45"]),
    ],
)
def test_regional_demonym_among_troops(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_vehicles_among_troops_stay_no_count() -> None:
    assert spans("Die Truppe rückte mit 300 Soldaten aus, darunter 20 Transporter.") == ["300"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Bundeswehr hat derzeit 900 Soldaten in Litauen. In Polen sind rund 150 stationiert.",
            ["900", "rund 150"],
        ),
        (
            "Das Bundesheer hat 400 Soldaten an der Grenze. In der Steiermark sind 90 beim Grenzübergang im Einsatz.",
            ["400", "90"],
        ),
    ],
)
def test_share_opened_by_a_place(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a year after the verb, or the share of the police
        "Die Bundeswehr hat derzeit 900 Soldaten in Litauen. In Polen sind 2023 stationiert worden.",
        "Die Polizei hat 300 Beamte geschickt. In Salzburg sind 85 im Einsatz.",
    ],
)
def test_share_opened_by_a_place_not_troops(text: str) -> None:
    assert [s for s in spans(text) if s not in {"900"}] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the abbreviations of agency copy: "rd." for rund, "Tsd." for Tausend
        ("Die Armee verlegte rd. 800 Soldaten an die Grenze.", ["rd. 800"]),
        (
            "Die Armee verlegte 25 Tsd. Soldaten an die Grenze. Weitere 400 Soldaten folgen.",
            ["25 Tsd.", "400"],
        ),
        # a span of time after the demonym of a daily report
        ("Der Generalstab meldete 310 getötete Georgier binnen 24 Stunden.", ["310"]),
        # troops massed at a border make a military story for "Mann"
        ("Nach Angaben aus Tiflis hat Moskau 40.000 Mann an der Grenze zusammengezogen.", ["40.000"]),
    ],
)
def test_agency_abbreviations_and_daily_reports(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "qualified"),
    [
        # "über" after a word of command is its preposition, not "more than"
        ("Die Generalin hat das Kommando über 6000 Soldaten in der Region.", ("6000", "exact")),
        ("Er übernahm im Mai den Oberbefehl über 35.000 Mann.", ("35.000", "exact")),
        ("Die Armee schickte über 3000 Soldaten an die Grenze.", ("über 3000", "lower_bound")),
    ],
)
def test_ueber_after_command_is_a_preposition(text: str, qualified: tuple[str, str]) -> None:
    (m,) = extract_mentions(text, "de")
    assert (m.count_text, m.count_precision) == qualified


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the men an army could call up are no troop count; the troops beside them are
        (
            "Das Land hat rund 4 Millionen Männer im wehrfähigen Alter, die Armee zählt 90.000 Soldaten.",
            ["90.000"],
        ),
        ("Georgien hat 20.000 Reservisten, aber 600.000 Georgier sind wehrfähig.", ["20.000"]),
        (
            "Im Krieg dienten 900.000 Soldaten von 9 Millionen Briten, die zum Wehrdienst tauglich waren.",
            ["900.000"],
        ),
        # a troop noun stays a count whatever follows it
        ("Die Armee hat 40.000 Wehrpflichtige im wehrfähigen Alter eingezogen.", ["40.000"]),
    ],
)
def test_men_eligible_for_service_are_no_count(text: str, expected: list[str]) -> None:
    assert spans(text) == expected
