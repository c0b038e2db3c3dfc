"""German troop counts missed on a fourth round of fresh real text, on sentences written for this test."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def spans(text: str) -> list[str]:
    return [m.count_text for m in extract_mentions(text, "de")]


def actors(text: str) -> list[str | None]:
    return [m.actor_code for m in extract_mentions(text, "de")]


@pytest.mark.parametrize(
    ("text", "expected", "actor"),
    [
        # demonym nouns of more nations, and the women of a people
        ("Im Osten des Landes kämpfen rund 2000 Kubaner an der Seite der Armee.", ["rund 2000"], "CUB"),
        ("Bei den Gefechten der Mission starben zwölf Burundier.", ["zwölf"], "BDI"),
        ("An der Front stehen inzwischen 3000 Ukrainerinnen.", ["3000"], "UKR"),
        ("Der Einsatz der Truppe kostete 40 Argentinier das Leben.", ["40"], "ARG"),
    ],
)
def test_demonym_nouns(text: str, expected: list[str], actor: str) -> None:
    assert spans(text) == expected
    assert actors(text) == [actor] * len(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # women, men or people serving in an army, said in the count's own clause
        ("In der polnischen Armee dienen heute knapp 9000 Frauen.", ["knapp 9000"]),
        ("Etwa 1200 Frauen leisten ihren Dienst in den Streitkräften des Landes.", ["Etwa 1200"]),
        ("Mehr als 600 Frauen sind an der Front im Kampfeinsatz, sagte der General.", ["Mehr als 600"]),
        ("Es gibt 300 Frauen im Offiziersrang.", ["300"]),
        # the army right after the noun, beside another figure of the clause
        ("Von den 20.000 Frauen im Militär dienen 15.000 als Soldatinnen.", ["20.000", "15.000"]),
        # a share of the troops just counted
        ("In der Armee dienen 40.000 Frauen, 4000 von ihnen an der Front.", ["40.000", "4000 von ihnen"]),
    ],
)
def test_people_serving_in_an_army(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In der Stadt demonstrierten 500 Frauen gegen die Armee.",
        "Die Armee hat 300 Frauen und Kinder aus der Stadt evakuiert.",
        "Bei der Bundeswehr haben sich 2000 Frauen beworben.",
        "Im Krieg wurden 900 Frauen in der Armee getötet und verletzt.",
        "Die Firma beschäftigt 400 Frauen, die Armee kauft ihre Stiefel.",
    ],
)
def test_women_not_serving_stay_out(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ones counted in civilian work are not troops
        (
            "Rund 8000 Soldaten waren im Einsatz, 90 fielen im Kampf, 30 weitere bei zivilen Bauarbeiten.",
            ["Rund 8000", "90"],
        ),
        # a nation's dead in millions are its people, soldiers and civilians together
        ("Im langen Krieg verloren drei Millionen Kubaner das Leben.", []),
        ("Nach Schätzungen starben bis zu zwei Millionen Kongolesen.", []),
    ],
)
def test_civilian_work_and_a_nations_dead_stay_out(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Kurdish forces of northern Iraq as a troop noun
        ("Bei den Kämpfen um die Stadt fielen 45 Peschmerga.", ["45"]),
        ("Rund 2000 Peschmerga rückten auf das Dorf vor.", ["Rund 2000"]),
        # their own losses, told after them
        ("Die Peschmerga hielten die Stellung. Es gab zwölf Verletzte in den eigenen Reihen.", ["zwölf"]),
        # the citizens of a nation among the troops just counted
        ("Im Krieg fielen 400 Soldaten der Koalition, unter ihnen 90 US-Bürger.", ["400", "90"]),
        ("Es starben 60 Blauhelme, darunter 12 Bürger Frankreichs.", ["60", "12"]),
        # armed members of a group
        ("Das Militär schätzt die Gruppe auf 3.000 bewaffnete Mitglieder.", ["3.000"]),
    ],
)
def test_peshmerga_citizens_among_troops_and_armed_members(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Partei zählt 3.000 Mitglieder.",
        "In der Stadt leben 400 US-Bürger, unter ihnen 90 Kinder.",
        "Die Polizei meldete 300 Festnahmen, unter ihnen 20 Bürger aus Polen.",
    ],
)
def test_members_and_citizens_stay_out(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # taken prisoner in a war, after the troops' dead and wounded
        (
            "Im Krieg fielen 900 Soldaten, 2000 wurden verwundet und 150 gerieten in Gefangenschaft.",
            ["900", "2000", "150"],
        ),
        # "wenige Hundert" as a vague count
        ("An der Grenze stehen derzeit nur wenige Hundert Soldaten.", ["wenige Hundert"]),
        ("Die Miliz hat wenige tausend Kämpfer.", ["wenige tausend"]),
        # the Tamil rebel army, militants and cadres in a fight with an army
        ("Die Armee meldete, 40 Tamilen-Tiger seien getötet worden.", ["40"]),
        ("Bei den Gefechten mit der Armee wurden 80 Militante verwundet.", ["80"]),
        ("Hunderte Kader und Soldaten kamen bei den Kämpfen ums Leben.", ["Hunderte"]),
        # plural brigades and formations are military words for "Mann"
        ("Die Brigaden umfassten etwa 20 000 Mann.", ["etwa 20 000"]),
        # members serving in brigades; women counted beside the troops of a mission
        ("Bis zu 9.000 Mitglieder haben in den Brigaden gedient.", ["Bis zu 9.000"]),
        ("Zum Kontingent gehören 80 Frauen und 120 Reservisten.", ["80", "120"]),
    ],
)
def test_prisoners_vague_few_rebel_armies_and_brigades(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people wounded beside the troops killed stay out
        ("Beim Anschlag wurden 30 Soldaten getötet und mehr als 100 weitere Menschen verletzt.", ["30"]),
        ("Die Partei hat 9.000 Mitglieder in den Städten.", []),
        ("Zur Feier kamen 80 Frauen und 120 Kinder.", []),
        ("Rund 500 Menschen gerieten in Gefangenschaft der Bande.", []),
    ],
)
def test_people_beside_troops_stay_out(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "das sind N" after the troops or an armed group's members of the clause before
        ("In Afrika gibt es viele Wagner-Anhänger, das sind rund 5000.", ["rund 5000"]),
        ("Die Miliz hat viele Mitglieder, das sind etwa 3000, sagte er.", ["etwa 3000"]),
        ("Die Armee schickt weitere Soldaten in den Osten, das sind knapp 800.", ["knapp 800"]),
    ],
)
def test_that_is_n_after_troops_or_members(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Partei hat viele Mitglieder, das sind 4000.",
        "Es gibt viele CDU-Mitglieder, das sind 4000.",
        "Die Soldaten bekommen mehr Sold, das sind 300 Euro.",
        "Die Soldaten marschierten weit, das sind 40 Kilometer.",
        "Die Polizei hat viele Beamte im Einsatz, das sind 3000.",
    ],
)
def test_that_is_n_of_others_stays_out(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare count after police officers named closer than any troops is theirs
        (
            "Die Zahl der Blauhelme sinkt von 9.000 auf 7.000, die der Polizisten von 2.000 auf 1.500.",
            ["9.000", "7.000"],
        ),
        ("Die Mission hat 4000 Soldaten und 300 Polizisten, davon 200 aus Afrika.", ["4000"]),
    ],
)
def test_counts_of_police_officers_stay_out(text: str, expected: list[str]) -> None:
    assert spans(text) == expected
