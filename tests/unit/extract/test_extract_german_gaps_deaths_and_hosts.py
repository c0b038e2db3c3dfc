"""German troop counts of round 14: a gapped clause whose figure follows an adverb of degree ("Frankreich sogar
1500"), the troops of the sentence before dying or taken prisoner with an intransitive verb ("Rund 300 kamen ums
Leben"), an army of old told as a host ("ein Heer von 40 000"), and a number of units after the troops that is
not a troop count ("die Zahl der Brigaden von sechs auf neun") (sentences written for these tests)."""

from __future__ import annotations

import pytest
from german_mentions import owners, spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Briten haben rund 900 Soldaten im Land, Frankreich sogar 1400.",
            [("rund 900", "GBR"), ("1400", "FRA")],
        ),
        (
            "Kanada hat 600 Soldaten nach Lettland geschickt, Spaniens nur 350.",
            [("600", "CAN"), ("350", "ESP")],
        ),
        (
            "Die Niederlande stellen 250 Soldaten, Belgien immerhin 180.",
            [("250", "NLD"), ("180", "BEL")],
        ),
    ],
)
def test_gapped_clause_with_an_adverb_of_degree(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert owners(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a figure of something else after the state: money, vehicles
        "Die Briten haben rund 900 Soldaten im Land, Frankreich sogar 1400 Fahrzeuge.",
        "Die Briten haben rund 900 Soldaten im Land, Frankreich zahlt sogar 1400 Euro pro Kopf.",
    ],
)
def test_gapped_clause_keeps_other_figures_out(text: str) -> None:
    assert spans(text) == ["rund 900"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Im Winter gerieten etwa 90.000 Soldaten in Gefangenschaft. Mehr als 60.000 kamen in den Lagern ums Leben.",
            ["etwa 90.000", "Mehr als 60.000"],
        ),
        (
            "Bei den Kämpfen wurden 40 Soldaten verwundet. Rund zwölf starben später im Lazarett.",
            ["40", "Rund zwölf"],
        ),
        (
            "Das Regiment verlor im Herbst 800 Soldaten. Weitere 300 gerieten beim Rückzug in Gefangenschaft.",
            ["800", "300"],
        ),
    ],
)
def test_troops_of_the_sentence_before_die(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # people, not troops, counted before
        "Bei dem Unglück wurden 40 Menschen verletzt. Rund zwölf starben später im Krankenhaus.",
        # police named with the count before
        "Bei der Razzia wurden 30 Polizisten verletzt. Zwei starben später.",
    ],
)
def test_deaths_after_people_stay_out(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Herzog zog mit einem Heer von 40 000 gegen die Stadt.", ["40 000"]),
        (
            "Die Preußen schlugen ein sächsisches Heer von 25 000 unter dem Kommando des Kronprinzen.",
            ["25 000"],
        ),
        ("Das Heer umfasst heute rund 14.000 Berufssoldaten.", ["rund 14.000"]),
    ],
)
def test_an_army_told_as_a_host(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ein Heer von 5000 Helfern räumte nach dem Sturm auf.",
        "Das Heer wurde 1955 gegründet und hatte damals 20 Bataillone.",
    ],
)
def test_a_host_of_something_else(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bis 2030 wächst die Zahl der Reservisten von 90.000 auf 150.000, zugleich die Zahl der "
            "Reservisten-Kompanien von sechs auf neun.",
            ["90.000", "150.000"],
        ),
        (
            "Die Zahl der Soldaten im Land sinkt von 3000 auf 2000, die Zahl der Stützpunkte von zwölf auf acht.",
            ["3000", "2000"],
        ),
        # volunteers, attackers, the wounded: still people of the troops named before
        (
            "Etwa 50.000 Soldaten gelten als gefallen, die Zahl der Verwundeten schätzt man auf bis zu 90.000.",
            ["Etwa 50.000", "bis zu 90.000"],
        ),
    ],
)
def test_a_number_of_units_after_the_troops(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Auf Seiten der Armee gab es nach den Gefechten 40 Tote.", ["40"]),
        ('Auch auf Seiten der Regierungstruppen gebe es "dutzende Tote", sagte ein Arzt.', ["dutzende"]),
        ("Aufseiten der Rebellen gab es nach Angaben der Miliz 15 Tote und 25 Verletzte.", ["15", "25"]),
    ],
)
def test_dead_on_the_side_of_an_army(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Auf Seiten der Demonstranten gab es 30 Tote.",
        "Auf Seiten der Zivilbevölkerung gab es mindestens 30 Tote.",
        "Auf Seiten der Polizei gab es vier Tote.",
    ],
)
def test_dead_on_another_side_stay_out(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Front bewegt sich kaum. Kiew zufolge beliefen sich die russischen Opferzahlen zuletzt auf etwa 900 "
            "pro Tag.",
            [("etwa 900", "RUS")],
        ),
        ("Im Krieg beliefen sich die Verluste der Armee zuletzt auf 400 pro Woche.", [("400", None)]),
    ],
)
def test_a_toll_put_at_a_figure_per_day(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert owners(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Verluste des Konzerns belaufen sich auf 300 Millionen.",
        "Die Opferzahlen des Erdbebens belaufen sich auf rund 1000.",
    ],
)
def test_a_toll_of_no_war_stays_out(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Polen schickt 400, Litauen 250 und Estland 120 Soldaten an die Grenze.",
            [("400", "POL"), ("250", "LTU"), ("120", "EST")],
        ),
        (
            "Derzeit sind in Gao 700, in Bamako 90 und - für eine Übung - in Niamey 60 Soldaten im Einsatz.",
            [("700", None), ("90", None), ("60", None)],
        ),
    ],
)
def test_figures_listed_before_the_troop_noun(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert owners(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Preise stiegen 2020, im Jahr 2021 um 300 Euro und 2022 um 400 Euro.",
        "Bayern meldete 300, Hessen 400 und Sachsen 200 Polizisten für den Einsatz.",
        "In Berlin wurden 300, in Hamburg 200 und in München 150 Fahrzeuge kontrolliert.",
        "Der Verein hat 300, der Club 400 und die Gruppe 200 Mitglieder.",
    ],
)
def test_figures_listed_before_another_noun_stay_out(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zwei Millionen Mann lagen zu Beginn des Sommers noch in Südengland bereit.", ["Zwei Millionen"]),
        ("Über 80.000 Mann, Schotten, Iren und Waliser, gingen an jenem Morgen an Land.", ["Über 80.000"]),
        ("Beobachter rechnen inzwischen mit etwa 15.000 bis 18.000 Mann.", ["etwa 15.000 bis 18.000"]),
    ],
)
def test_a_large_host_of_men(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a small number of men with no military word: not enough
        "Etwa 300 Mann warteten vor dem Tor.",
        # a workforce, a crowd or police
        "Die Werft beschäftigt heute 12.000 Mann in drei Werken.",
        "Vor dem Stadion standen 15.000 Mann und warteten auf Einlass.",
        "Beim Gipfel sicherten 20.000 Mann Polizei die Innenstadt.",
    ],
)
def test_men_of_a_workforce_or_crowd_stay_out(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spanien stellt mit 900 etwa genauso viele Soldaten wie Portugal.",
            [("900", "ESP")],
        ),
        (
            "Die Niederlande schicken mit 400 doppelt so viele Soldaten wie im Vorjahr.",
            [("400", "NLD")],
        ),
    ],
)
def test_as_many_troops_as_another(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert owners(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Der Verein hat mit 900 genauso viele Mitglieder wie im Vorjahr.",
        "Die Stadt hat mit 900 genauso viele Polizisten wie im Vorjahr.",
    ],
)
def test_as_many_of_something_else(text: str) -> None:
    assert spans(text) == []


def test_troops_of_the_sentence_before_die_in_the_present_tense() -> None:
    text = "Bei zwei Anschlägen im Norden werden fünf Soldaten getötet. Drei sterben durch eine Sprengfalle."
    assert spans(text) == ["fünf", "Drei"]
    assert spans("Bei dem Brand wurden 40 Menschen verletzt. Drei sterben später im Krankenhaus.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Im Land sind noch Soldaten der Nato stationiert - zuletzt etwa 1.200 in zwei Lagern.",
            [("etwa 1.200", "NATO")],
        ),
        ("Die Briten haben weiterhin Truppen in Estland – derzeit rund 900.", [("rund 900", "GBR")]),
    ],
)
def test_a_figure_after_the_troops_named(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert owners(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Soldaten kamen am Montag an - 2020 waren es noch mehr.",
        "Die Polizei schickte Beamte: 300 insgesamt.",
    ],
)
def test_a_figure_after_a_dash_of_something_else(text: str) -> None:
    assert spans(text) == []


def test_a_share_among_the_troops_after_an_adverb() -> None:
    text = "Rund 8.000 Soldaten sollen bis Juli abziehen, unter ihnen auch rund 900 aus Italien."
    assert spans(text) == ["Rund 8.000", "rund 900"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die EU entsandte 1800 europäische Soldaten in den Tschad.", ["1800"]),
        ("Rund 900 europäischen Soldaten droht der Abzug.", ["Rund 900"]),
        ("Zuletzt sollen 600 Mitglieder russischer Spezialeinheiten an der Front gewesen sein.", ["600"]),
    ],
)
def test_european_troops_and_members_of_units_named_by_adjective(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Der Einsatz kostet 2400 Euro pro Soldat und Monat.",
        "300 Mitglieder deutscher Sportvereine trafen sich in Berlin.",
    ],
)
def test_money_and_club_members_stay_out(text: str) -> None:
    assert spans(text) == []


def test_troops_present_where_they_support_the_police() -> None:
    text = (
        "In der Steiermark leisten 70 Soldaten Assistenzdienst. In Graz sind 45 am Hauptbahnhof im Einsatz, "
        "wo sie die Polizei bei Kontrollen unterstützen."
    )
    assert spans(text) == ["70", "45"]
    # police counted before: the figure may be theirs
    assert spans("In Tirol sind 120 Polizisten an der Grenze. In Kärnten sind 60 im Einsatz.") == []
