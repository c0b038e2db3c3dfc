"""German shares of a count (brackets after places, "mit N", "von den"), qualifiers before "noch"/"weitere",
"N Mann stark", mission names as places: on sentences written for this test."""

from __future__ import annotations

import pytest
from german_mentions import spans
from news_etl.extract import extract_mentions


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
        (
            "Die UNO hat 900 Blauhelme in die Demokratische Republik Kongo und 50 in der Zentralafrikanischen Republik.",
            ["COD", "CAF"],
        ),
        ("Die Bundeswehr hat 40 Soldaten in den Vereinigten Arabischen Emiraten stationiert.", ["ARE"]),
        ("Im Vereinigten Königreich sind rund 9.000 US-Soldaten stationiert.", ["GBR"]),
        # a country after a plural place noun
        ("In mehreren Provinzen Syriens wurden 40 Soldaten getötet.", ["SYR"]),
        # a mission named after its country, before or after the count
        ("Beim Mali-Einsatz sinkt die Obergrenze auf 900 Soldaten.", ["MLI"]),
        ("Der Libanon-Einsatz hat bisher fünf Soldaten das Leben gekostet.", ["LBN"]),
        ("Die Obergrenze für den Irak-Einsatz liegt bei 500 Soldaten.", ["IRQ"]),
        ("Die zwei Niger-Mandate des Parlaments erlauben bis zu 250 Soldaten.", ["NER"]),
        # outside a country is not in it
        ("Die Firma soll mehr als 2000 Söldner außerhalb Russlands einsetzen.", [None]),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's share of the troops counted before, in brackets after its name
        (
            "Rund 2100 Bundeswehr-Soldaten dienen heute fern der Heimat. Mehrheitlich in Litauen (900) oder "
            "Jordanien (250). Ein Teil auch im Mittelmeer (80).",
            [("Rund 2100", None), ("900", "LTU"), ("250", "JOR"), ("80", None)],
        ),
        # the armies of the countries named in brackets
        (
            "Die kleinsten Armeen der Union haben Zypern (12000) und Estland (7000).",
            [("12000", None), ("7000", None)],
        ),
    ],
)
def test_bracketed_share_after_a_place(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(m.count_text, m.location_country) for m in extract_mentions(text, "de")] == expected


def test_bracketed_army_share_is_each_countrys_own() -> None:
    ms = extract_mentions("Die kleinsten Armeen der Union haben Zypern (12000) und Estland (7000).", "de")
    assert [m.actor_code for m in ms] == ["CYP", "EST"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Exporte gingen vor allem nach Frankreich (1200) und Polen (900).",
        "Bei dem Angriff starb der Unteroffizier Jonas Berger (24).",
        "Die Armee war bereits in Mali (2013) und Niger (2019) im Einsatz.",
    ],
)
def test_bracketed_figures_that_count_no_troops(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the troops counted at the sentence start: "Von den N ... M"
        (
            "Von den 2021 eingezogenen 9.000 Rekruten haben 1.300 die Truppe vorzeitig verlassen.",
            ["9.000", "1.300"],
        ),
        (
            "Von derzeit 60 Bundeswehrsoldaten in Niger bilden nach Angaben des Ministeriums 14 einheimische Pioniere aus.",
            ["60", "14"],
        ),
        (
            "Von den 8 000 Soldaten, die das Nachbarland versprochen hatte, stehen bislang kaum 3 000 bereit.",
            ["8 000", "kaum 3 000"],
        ),
        # a share among the troops just counted: "allein N von der X", "darunter N US-Amerikaner"
        (
            "Am Manöver beteiligen sich 20.000 Soldaten aus zwölf Ländern, allein 4.500 von der Bundeswehr.",
            ["20.000", "4.500"],
        ),
        (
            "In dem Krieg fielen 40.000 Soldaten der Allianz, darunter über 9.000 US-Amerikaner.",
            ["40.000", "über 9.000"],
        ),
    ],
)
def test_parts_of_troops_counted_before(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Polizei nahm 300 Demonstranten fest, darunter 40 aus Hamburg.", []),
        ("Am Manöver nehmen 3000 Soldaten teil, allein 40 Fahrzeuge von der Bundeswehr.", ["3000"]),
        ("Von den 500 Flüchtlingen wurden 200 in Zelten untergebracht.", []),
    ],
)
def test_parts_of_other_people_stay_out(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_country_referred_to_is_not_an_owner_of_troops() -> None:
    text = (
        "Die Kanadier übergaben den Stützpunkt bei Kandahar an die US-Truppen. Ihre letzten 900 Soldaten im "
        "Westen des Landes kehren im März heim."
    )
    assert locations(text) == ["AFG"]


@pytest.mark.parametrize(
    "text",
    [
        "Köln/dpa. - Die größten Kontingente mit jeweils über 5000 Mann stellen Nepal und Ghana.",
        "Kabul/AFP - Bei einem Anschlag auf einen Konvoi starben 12 Soldaten.",
    ],
)
def test_dateline_with_agency_after_a_slash_is_no_location(text: str) -> None:
    assert locations(text) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shares of other places told with "mit", a bracketed date between them
        (
            "Die größten Blauhelm-Einsätze sind mit mehr als 15 000 Soldaten in Mali (seit 2013), mit rund 11 500 "
            "im Südsudan (seit 2011) und fast 10 000 im Libanon.",
            [("mehr als 15 000", "MLI"), ("rund 11 500", "SSD"), ("fast 10 000", "LBN")],
        ),
    ],
)
def test_shares_of_other_places_with_mit(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(m.count_text, m.location_country) for m in extract_mentions(text, "de")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Armee hat 5000 Soldaten, mit 200 Panzern und 90 Hubschraubern.", ["5000"]),
        ("Die Truppe zählte 3000 Soldaten (Stand 2019), mit einem Etat von 400 Millionen Euro.", ["3000"]),
    ],
)
def test_mit_before_other_things_is_no_share(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first of two shares told with "mit" takes the noun of the second
        (
            "Die größten Truppensteller sind Nepal mit fast 5000 und Ghana mit 3000 Blauhelmen.",
            ["fast 5000", "3000"],
        ),
        ("Am stärksten vertreten sind Polen mit 900 und Litauen mit rund 700 Soldaten.", ["900", "rund 700"]),
        # not when the noun counts something else
        ("Die größten Lieferanten sind Chile mit 5000 und Peru mit 3000 Tonnen.", []),
    ],
)
def test_first_of_two_shares_with_mit(text: str, expected: list[str]) -> None:
    assert spans(text) == expected
