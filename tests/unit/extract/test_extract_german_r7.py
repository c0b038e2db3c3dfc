"""German kinds missed on round-7 fresh text (spans and places), on sentences written for this test."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def spans(text: str) -> list[str]:
    return [m.count_text for m in extract_mentions(text, "de")]


def locations(text: str) -> list[str | None]:
    return [m.location_country for m in extract_mentions(text, "de")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a qualifier with "noch" or "weitere" between it and its number
        (
            "Bis zum Sommer soll das Kontingent auf maximal noch 250 Soldaten schrumpfen.",
            ["maximal noch 250"],
        ),
        ("Im Frühjahr zählte die Division kaum noch 8.000 Mann.", ["kaum noch 8.000"]),
        (
            "Drei Soldaten starben bei dem Angriff. Mindestens weitere zwölf Soldaten wurden verwundet.",
            ["Drei", "Mindestens weitere zwölf"],
        ),
        # a misspelled "mindestens"
        ("Bei dem Anschlag wurden mindesten neun Soldaten verletzt.", ["mindesten neun"]),
    ],
)
def test_qualifier_before_noch_or_weitere(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_qualifier_step_keeps_its_precision() -> None:
    (m,) = extract_mentions("Die Truppe soll auf höchstens noch 400 Soldaten verkleinert werden.", "de")
    assert (m.count_text, m.count_precision, m.troop_count_min, m.troop_count_max) == (
        "höchstens noch 400",
        "upper_bound",
        None,
        400,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N Mann stark" names the strength of whatever body follows, in any sentence
        ("Die 45 Mann starke Besatzung kehrte am Freitag in den Heimathafen zurück.", ["45"]),
        ("Die Insel unterhält eine 3 000 Mann starke Küstenwache.", ["3 000"]),
        ("Ein 700-Mann starkes Bataillon soll die Grenze sichern.", ["700"]),
    ],
)
def test_strength_in_mann_stark(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Eine 30 Mann starke Polizeieinheit räumte den Platz.",
        "Ein 20 Mann starkes Team der Feuerwehr bekämpfte den Brand.",
        "Die 11 Mann starke Mannschaft gewann das Finale.",
    ],
)
def test_strength_of_police_or_teams_is_no_count(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's name led by adjectives, in its weak form after an article
        ("In der Demokratischen Republik Kongo sind 900 Blauhelmsoldaten stationiert.", ["COD"]),
        ("Die Bundeswehr hat 40 Soldaten in den Vereinigten Arabischen Emiraten stationiert.", ["ARE"]),
        ("Im Vereinigten Königreich sind rund 9.000 US-Soldaten stationiert.", ["GBR"]),
        # a country after a plural place noun
        ("In mehreren Provinzen Syriens wurden 40 Soldaten getötet.", ["SYR"]),
        # a mission named after its country, before or after the count
        ("Beim Mali-Einsatz sinkt die Obergrenze auf 900 Soldaten.", ["MLI"]),
        ("Der Libanon-Einsatz hat bisher fünf Soldaten das Leben gekostet.", ["LBN"]),
        ("Die Obergrenze für den Irak-Einsatz liegt bei 500 Soldaten.", ["IRQ"]),
        # outside a country is not in it
        ("Mehr als 2000 Söldner kämpfen in Konfliktgebieten außerhalb Russlands.", [None]),
    ],
)
def test_places(text: str, expected: list[str | None]) -> None:
    assert locations(text) == expected


def test_mission_name_in_a_compound_still_owns_its_troops() -> None:
    (m,) = extract_mentions("Das UNIFIL-Mandat erlaubt den Einsatz von bis zu 300 Soldaten.", "de")
    assert m.actor_code == "UN"


def test_country_compound_that_is_no_mission_names_no_place() -> None:
    (m,) = extract_mentions(
        "Nach dem Polen-Besuch des Ministers wurden 200 Soldaten nach Rumänien verlegt.", "de"
    )
    assert m.location_country == "ROU"
