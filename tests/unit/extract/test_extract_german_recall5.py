"""German troop counts missed on a fifth round of fresh real text, on sentences written for this test."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def spans(text: str) -> list[str]:
    return [m.count_text for m in extract_mentions(text, "de")]


def precisions(text: str) -> list[str]:
    return [m.count_precision for m in extract_mentions(text, "de")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Armee zählt vielleicht 40.000 aktive Soldaten.", ["vielleicht 40.000"]),
        ("Nach Schätzung der Analysten stehen vielleicht 3000 Kämpfer an der Front.", ["vielleicht 3000"]),
    ],
)
def test_a_guess_is_an_approximate_count(text: str, expected: list[str]) -> None:
    assert spans(text) == expected
    assert precisions(text) == ["approximate"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation mark opening before the adjective of the quoted phrase
        ("Die Rebellen meldeten 60 „feindliche Kämpfer“ in ihrer Gewalt.", ["60"]),
        ("Der Sender zeigte bis zu 12 getötete „ausländische Söldner“.", ["bis zu 12"]),
        ('Die Miliz führte 25 "gefangene Soldaten" vor.', ["25"]),
        # negatives: quoted phrases that name no troops
        ("Er sprach von 60 „kleinen Fehlern“ der Planung.", []),
        ("Die Zeitung zählte 40 „offene Fragen“ zum Einsatz.", []),
    ],
)
def test_quote_before_an_adjective(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the troops counted right after it, joined by a demonstrative or with an adverb of time
        ("300 dieser 900 Soldaten wurden verwundet.", ["300", "900"]),
        ("Rund 40 der ursprünglich 250 Kämpfer sind gefallen.", ["Rund 40", "250"]),
        ("Nur 75 dieser anfangs 600 Rekruten blieben bei der Truppe.", ["75", "600"]),
        # negative: a year before the demonstrative is no part of the troops
        ("Im Jahr 2019 dieser Krise schickte das Land 900 Soldaten.", ["900"]),
    ],
)
def test_part_of_the_troops_after_a_demonstrative(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Von N Mio. ... M Mio.": a part of a count in abbreviated millions
        (
            "Von rund 8 Mio. Soldaten, die dort dienten, gerieten etwa 2 Mio. in Gefangenschaft.",
            ["rund 8 Mio.", "etwa 2 Mio."],
        ),
        ("Von 4 Mio. Rekruten fielen 1 Mio. im Krieg.", ["4 Mio.", "1 Mio."]),
        # negative: people who are not troops
        ("Von 4 Mio. Einwohnern flohen 1 Mio. ins Ausland.", []),
    ],
)
def test_part_of_a_count_in_abbreviated_millions(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # foreigners or volunteers said to serve in an army, with or without an article before it
        ("Derzeit dienen 500 bis 900 Ausländer in finnischen Streitkräften.", ["500 bis 900"]),
        ("Nach der Reform stehen 400 Ausländer in französischen Verbänden.", ["400"]),
        ("In der Armee dienen 800 Ausländer.", ["800"]),
        ("600 Freiwillige dienen im Heer.", ["600"]),
        # negatives: foreigners or volunteers with no army in their clause
        ("Rund 300 Ausländer leben in der Stadt.", []),
        ("Im Verein helfen 50 Freiwillige.", []),
        ("Rund 300 Ausländer arbeiten in deutschen Firmen.", []),
    ],
)
def test_foreigners_and_volunteers_serving(text: str, expected: list[str]) -> None:
    assert spans(text) == expected
