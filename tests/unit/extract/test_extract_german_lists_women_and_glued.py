"""German troop counts with no noun of their own or an unusual one: contributors listed as "Land mit N", the rest of
a former strength ("400 von ehemals 1100"), women among recruits, a force's figure inside its clause, figures
glued to their noun in scraped text, lodging for troops (sentences written for these tests)."""

from __future__ import annotations

import pytest
from german_mentions import owners, spans
from news_etl.extract import extract_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of contributors after troops counted: each state "mit" a bare figure, its own troops
        (
            "Polen stellt mit 420 Soldaten das größte Kontingent, gefolgt von Rumänien mit 310 und Ungarn mit 95.",
            [("420", "POL"), ("310", "ROU"), ("95", "HUN")],
        ),
        (
            "Die Mission umfasst 2000 Soldaten. Italien stellt mit 700 Soldaten das größte Kontingent, "
            "gefolgt von Großbritannien mit 500 und den USA mit 350.",
            [("2000", None), ("700", "ITA"), ("500", "GBR"), ("350", "USA")],
        ),
        # another figure between: what the state adds may be the tanks
        (
            "Polen stellt 420 Soldaten und 30 Panzer, gefolgt von Rumänien mit 12.",
            [("420", "POL")],
        ),
    ],
)
def test_country_with_a_bare_figure(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert owners(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rest of a former strength: "N von ehemals M Soldaten" counts both
        ("In der Garnison dienen noch 250 von ehemals 900 Soldaten.", ["250", "900"]),
        ("Geblieben sind 60 von früher 400 Soldaten des Bataillons.", ["60", "400"]),
        ("Nur 12 von vormals 30 Panzern sind einsatzbereit.", []),
    ],
)
def test_part_of_a_former_strength(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # women among recruits or troops counted in this sentence or shortly before
        ("Am Montag rücken 9000 Rekruten ein. Unter ihnen sind 85 Frauen.", ["9000", "85"]),
        ("Unter den knapp 9000 Rekrutinnen und Rekruten sind 140 Frauen.", ["knapp 9000", "140"]),
        (
            "Die Armee erwartet rund 7000 Rekruten. Darunter werden rund 900 Durchdiener und 45 Frauen sein.",
            ["rund 7000", "rund 900", "45"],
        ),
        (
            "Rund 6000 Rekruten beginnen ihre Ausbildung. Erstmals ist die Kaserne voll. "
            "Unter den Einrückenden befinden sich auch 70 Frauen.",
            ["Rund 6000", "70"],
        ),
        # not the women among guests, nor among the dead after civilians were counted
        ("Das Bataillon zählt 600 Soldaten. Unter den Gästen waren 40 Frauen.", ["600"]),
        ("Es starben 12 Soldaten und 30 Zivilisten. Unter den Toten sind 10 Frauen.", ["12"]),
    ],
)
def test_women_among_the_troops(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure of a force, its clause going on after it
        ("Die Partei nahm den Vorschlag für eine Truppenstärke von 190.000 zur Kenntnis.", ["190.000"]),
        ("Eine Sollstärke von 203.000 bis 2031 gilt als ehrgeizig.", ["203.000"]),
        # an adjective before a noun of its own, a unit
        ("Das Land will ein Kontingent von 300 zusätzlichen Polizisten schicken.", []),
        ("Die Brigade hat eine Stärke von 40 km Frontlinie zu halten.", []),
    ],
)
def test_force_figure_inside_its_clause(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # scraped text glues the figure to its noun
        (
            "Im Norden sind rund 4 500UN-Soldaten stationiert, darunter 310deutsche Soldaten.",
            ["rund 4 500", "310"],
        ),
        ("Die Truppe verfügt über 40Panzer und 300 Soldaten.", ["300"]),
        ("Die Strecke ist 300km lang.", []),
        # uniformed staff named as employees, soldiers of old named as "Kriegsknechte"
        ("Die Marine beschäftigt auf ihren Stützpunkten rund 12 000 Militärangestellte.", ["rund 12 000"]),
        ("Das Heer verlor in der Schlacht 4000 Kriegsknechte.", ["4000"]),
        # the room of a barracks is no troop count
        ("Die Kaserne bietet Unterkünfte für rund 800 Soldaten.", []),
        ("Dort gibt es Betten für 300 Rekruten, derzeit sind 250 Soldaten stationiert.", ["250"]),
    ],
)
def test_glued_figures_new_nouns_and_lodging(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure of troops or of a strength in brackets right after its noun
        ("Die Reservisten (derzeit 4200) und Polizisten sollen aufgestockt werden.", ["4200"]),
        ("Damit liegt die Zahl über dem Sollbestand des Heeres (rund 60.000). Das ist neu.", ["rund 60.000"]),
        # a year, a share, a thing in brackets
        ("Die Soldaten (2019) kamen zurück.", []),
        ("Die Panzer (rund 300) stehen bereit.", []),
    ],
)
def test_figure_in_brackets_after_troops(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_encyclopedia_box_of_a_battle() -> None:
    box = (
        "Schlacht am Fluss\nTruppenstärke\n\n  21.000–25.000[3]\n\n  ca. 40.000\n\n"
        "Verluste\n  ca. 3.000\n\n  unbekannt\n\nFläche\n\n  300"
    )
    found = [(m.count_text, m.mention_type) for m in extract_mentions(box, "de")]
    assert found == [
        ("21.000–25.000", "force_size"),
        ("ca. 40.000", "force_size"),
        ("ca. 3.000", "casualties"),
    ]
    # figures under another heading are no troops
    assert spans("Gemeinde\nEinwohner\n\n  21.000\n\nFläche\n  300") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people the sentence itself says are troops
        ("Die 35 Personen im Bus waren keine Zivilisten, es handelte sich um Rekruten.", ["35"]),
        ("Unter den 35 getöteten Personen waren keine Soldaten, es handelte sich um Zivilisten.", []),
        # a sentence of a part and its whole alone, after troops counted
        ("Am Ende legten 22 Rekruten das Gelöbnis ab. 22 von anfangs 30.", ["22", "22", "30"]),
        ("Die Firma hat 22 Mitarbeiter entlassen. 22 von anfangs 30.", []),
        ("Am Ende legten 22 Rekruten das Gelöbnis ab. Es war der 3 von 5.", ["22"]),
    ],
)
def test_people_said_to_be_troops_and_part_of_whole_alone(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "jeweils N" after troops counted: the troops of each time
        (
            "Bis zu 4000 Armeeangehörige dürfen eingesetzt werden, gebraucht wurden zuletzt jeweils 2500.",
            ["Bis zu 4000", "2500"],
        ),
        ("Die Armee hat 300 Soldaten und 40 Panzer. Sie wurden je 20 Tage eingesetzt.", ["300"]),
        # the troops counted before, changed to a new figure
        (
            "Der Lehrgang startet mit 120 Rekruten. Er soll im Herbst auf 200 erhöht werden.",
            ["120", "200"],
        ),
        ("Das Kontingent umfasst 300 Soldaten und soll bis Juni auf 450 aufgestockt werden.", ["300", "450"]),
        ("Die Armee hat 300 Soldaten im Land. Die Miete wurde auf 600 erhöht.", ["300"]),
        # a space left after the hyphen of an abbreviation
        ("Künftig sollen rund 200 US- Soldaten in der Mission dienen.", ["rund 200"]),
    ],
)
def test_each_time_changed_to_and_abbreviation_gap(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the participants of an exercise are its troops, unless fire brigades, police or a conference
        ("An der Übung nehmen 3.000 Teilnehmer aus zehn Nationen teil.", ["3.000"]),
        ("An der Übung der Feuerwehr nahmen 300 Teilnehmer teil.", []),
        ("An der Übung der Polizei nahmen 300 Teilnehmer teil.", []),
        ("An der Konferenz nahmen 300 Teilnehmer teil.", []),
    ],
)
def test_participants_of_an_exercise(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nation's dead said to have "fallen" are its soldiers
        ("Laut Kiew sind in der Nacht 1.100 Russen gefallen.", ["1.100"]),
        ("Den 300 Ukrainern ist die Entscheidung schwer gefallen.", []),
        # recruits on the day they join, named by the participle (the adjective keeps the noun after it)
        ("Der Kommandant rechnet mit 2.000 Einrückenden.", ["2.000"]),
        # more troops following those counted
        ("Das Heer entsendet 60 Soldaten in den Libanon. Weitere 40 folgen im Mai.", ["60", "40"]),
        ("Die Armee kaufte 60 Panzer. Weitere 40 folgen im Mai.", []),
        # a verb of service opening the sentence after troops counted, then a list of places
        (
            "Das Bundesheer ist mit 450 Soldaten im Assistenzeinsatz. In Kärnten helfen derzeit 120, "
            "in der Steiermark 80.",
            ["450", "120", "80"],
        ),
        ("Die Stadt hat 450 Einwohner. In Kärnten helfen derzeit 120.", []),
    ],
)
def test_fallen_recruits_joining_more_following_and_service_by_place(text: str, expected: list[str]) -> None:
    assert spans(text) == expected
