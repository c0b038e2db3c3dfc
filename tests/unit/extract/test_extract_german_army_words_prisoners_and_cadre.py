"""German troop counts whose owner is an army named in a word of its own or a compound near them ("nach
Bundeswehrangaben", "Dort ist die Bundeswehr im Einsatz"), prisoners where the passage speaks of prisoners of
war, demonyms listed with a count of troops, the cadre of a recruit school, figures put on a number after a
date or a belittling word, and "GI's": on sentences written for this test."""

from __future__ import annotations

import pytest
from german_mentions import spans
from news_etl.extract import extract_mentions


def found(text: str) -> list[tuple[str, str | None]]:
    return [(m.count_text, m.actor_code) for m in extract_mentions(text, "de")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the army in a compound of the same sentence
        ("Nach Bundeswehrangaben üben derzeit 410 Soldaten an der Ostseeküste.", [("410", "DEU")]),
        ("Der lange Bundesheereinsatz endete mit der Rückkehr von 120 Soldaten nach Wien.", [("120", "AUT")]),
        # the army named in the next sentence
        (
            "Zwölf Soldaten fliegen im März nach Prizren. Seit Jahren ist dort die Bundeswehr im Einsatz.",
            [("Zwölf", "DEU")],
        ),
        # or in the sentence before
        (
            "In Kärnten hilft das Heer nach dem Unwetter. Kräfte des Bundesheeres räumen Straßen. "
            "In Villach sind 80 Soldaten im Einsatz.",
            [("80", "AUT")],
        ),
    ],
)
def test_owner_from_an_army_word_nearby(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another owner named in the count's own phrase keeps it
        ("Nach Bundeswehrangaben wurden 300 afghanische Soldaten ausgebildet.", [("300", "AFG")]),
        # an army without a code beside the Bundeswehr leaves the count without an owner
        (
            "Die NVA hatte damals 90.000 Soldaten. Das Bundeswehrkommando Ost übernahm die Auflösung.",
            [("90.000", None)],
        ),
    ],
)
def test_army_word_does_not_override(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Delegationen einigten sich auf den Tausch von Kriegsgefangenen. Am Morgen überquerten 95 Gefangene die Brücke.",
            ["95"],
        ),
        ("Beim jüngsten Gefangenenaustausch kamen 40 Gefangene frei.", ["40"]),
        # joined to the fallen counted before
        ("Der Historiker nennt 30.000 Gefallene und 12.000 Gefangene.", ["30.000", "12.000"]),
    ],
)
def test_prisoners_of_war(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Im Gefängnis der Stadt sitzen derzeit 600 Gefangene.",
        "Die Regierung ließ am Sonntag 300 Gefangene frei.",
    ],
)
def test_prisoners_elsewhere_are_no_count(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An der Operation waren 140 Deutsche sowie 25 Soldaten der irakischen Armee beteiligt.",
            [("140", "DEU"), ("25", "IRQ")],
        ),
        (
            "Beim Gefecht starben neun Franzosen und drei Soldaten der malischen Armee.",
            [("neun", "FRA"), ("drei", "MLI")],
        ),
    ],
)
def test_demonym_listed_with_troops(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In der Altstadt wohnen 2000 Franzosen und 300 Italiener.",
        "Beim Konzert waren 200 Deutsche und 30 Polizisten.",
    ],
)
def test_demonym_listed_with_others_is_no_count(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Für die Ausbildung der neuen Armeeangehörigen sind 2500 Kaderleute zuständig.", ["2500"]),
        (
            "In der Rekrutenschule verdienen 40 Einheitskommandanten und 300 Zugführer ihren Grad ab.",
            ["40", "300"],
        ),
    ],
)
def test_cadre_of_a_recruit_school(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Bahn sucht für den Nahverkehr 300 Zugführer.",
        "Im ganzen Bezirk gibt es 40 Feuerwehrkommandanten.",
    ],
)
def test_cadre_words_elsewhere_are_no_count(text: str) -> None:
    assert spans(text) == []


def test_recruit_school_is_training() -> None:
    [m] = extract_mentions("Am Montag sind 5200 Rekruten in die Winter-RS eingerückt.", "de")
    assert m.mention_type == "training"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Zahl der Soldatinnen lag 2015 bei nur 14.000.", ["14.000"]),
        ("Die Zahl der Soldaten soll auf nur noch 1800 sinken.", ["1800"]),
        ("Die Zahl der Soldaten betrug Ende des Jahres 2019 etwa 2.700.", ["etwa 2.700"]),
    ],
)
def test_number_of_troops_after_a_date_or_a_belittling_word(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_number_of_tanks_stays_no_count() -> None:
    assert spans("Die Zahl der Panzer lag bei nur 300.") == []


def test_gis_with_apostrophe() -> None:
    assert found("Im Dschungel kämpften damals 500.000 GI’s.") == [("500.000", "USA")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a low end that looks like a year still opens a range after "zwischen"
        ("Bei dem Sturm auf die Stadt fielen zwischen 2000 und 4000 Soldaten.", ["zwischen 2000 und 4000"]),
        (
            "Die Armee schickte nach Angaben des Ministeriums bis zu maximal 3000 Soldaten.",
            ["bis zu maximal 3000"],
        ),
        (
            "Im Herbst rückten mehrere Zehntausende Reservisten in die Depots ein.",
            ["mehrere Zehntausende"],
        ),
    ],
)
def test_range_ceiling_and_vague_forms(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_years_between_stay_years() -> None:
    assert spans("Zwischen 2015 und 2019 dienten 400 Soldaten im Land.") == ["400"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nach dem Aufruf meldeten sich 1200 Freiwillige in den Kasernen des Nordens.", ["1200"]),
        ("Die Regierung will die Reserve auf 50.000 Mann aufstocken.", ["50.000"]),
        (
            "Am Wochenende üben die Freiwilligen in Gruppen von 20 Mann Aufgaben der Landesverteidigung.",
            ["20"],
        ),
    ],
)
def test_barracks_reserve_and_defence_make_weak_nouns_troops(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Zum Stadtfest kamen am Samstag 1200 Freiwillige als Helfer.",
        "Die Bank hält Reserven von 50.000 Euro für das Projekt.",
    ],
)
def test_weak_nouns_outside_the_army_stay_no_count(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Stellungskrieg kostete bis zum Winter 80.000 Tote und Verwundete auf beiden Seiten.",
            ["80.000"],
        ),
        ("An der Front gab es auf allen Seiten zusammen rund 4000 Gefallene.", ["rund 4000"]),
    ],
)
def test_losses_of_both_sides(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_both_sides_of_a_border_are_no_side_of_a_fight() -> None:
    assert spans("Nach dem Erdbeben zählten die Behörden auf beiden Seiten der Grenze 300 Tote.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bei schweren Gefechten gegen die Hamas im Süden des Gazastreifens starben drei Soldaten.",
            [("drei", "ISR")],
        ),
        ("In den Kämpfen mit der Hisbollah wurden seit Oktober 45 Soldaten verwundet.", [("45", "ISR")]),
    ],
)
def test_soldiers_fighting_hamas_or_hezbollah(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group's own men are not its enemy's
        ("Die Miliz Hisbollah kämpfte im Nachbarland mit 6000 Mann.", [("6000", None)]),
        # a state named in the phrase keeps its soldiers
        ("Im Kampf gegen die Hamas fielen auch zwei ägyptische Soldaten.", [("zwei", "EGY")]),
    ],
)
def test_fight_with_a_group_leaves_other_owners(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nach dem Sturm waren im ganzen Land 4 000 THW-Kräfte bei Hochwassereinsätzen gefordert.",
        "Am Deich arbeiten seit Freitag 250 Feuerwehr-Einsatzkräfte im Hochwassereinsatz.",
    ],
)
def test_civil_protection_forces_with_a_hyphen_are_no_troops(text: str) -> None:
    assert spans(text) == []


def test_army_forces_with_a_hyphen_in_a_flood_stay_troops() -> None:
    assert found("Im Hochwassergebiet sind seit Sonntag 300 Bundeswehr-Kräfte im Einsatz.") == [
        ("300", "DEU")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Heer plant für den Herbst eine große Übung. Erwartet werden dort rund 9000 Teilnehmer aus zwölf Armeen.",
            ["rund 9000"],
        ),
        ("Beim Manöver an der Küste rechnet die Marine mit bis zu 4000 Beteiligten.", ["bis zu 4000"]),
    ],
)
def test_participants_of_an_exercise(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Zur Sicherheitskonferenz des Verteidigungsministeriums kamen 450 Teilnehmer aus 40 Ländern.",
        "An der Kundgebung vor der Kaserne beteiligten sich am Samstag 3000 Teilnehmer.",
    ],
)
def test_participants_of_other_events_are_no_count(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Pasdaran verfügen nach Schätzungen über 150.000 Soldaten.", [("150.000", "IRN")]),
        (
            "Westliche Dienste schreiben der Revolutionsgarde rund 190.000 Angehörige zu.",
            [("rund 190.000", "IRN")],
        ),
        ("Prigoschin will bis zum Sommer 25.000 neue Söldner anwerben.", [("25.000", "RUS")]),
    ],
)
def test_revolutionary_guards_and_wagners_chief_name_their_state(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Armee verlegt in diesem Monat 900 Soldaten nach Norden. In Vilnius trafen inzwischen 250 ein.",
            ["900", "250"],
        ),
        (
            "Das Heer schickt 600 Soldaten an die Küste. In Danzig kamen bereits 150 an.",
            ["600", "150"],
        ),
    ],
)
def test_arrivals_of_the_troops_counted_before(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Armee verlegt in diesem Monat 900 Soldaten. In Vilnius kamen 250 Panzer an.",
        "Am Flughafen landeten am Abend 300 Touristen. In Berlin kamen später 200 an.",
    ],
)
def test_arrivals_of_other_things_are_no_troops(text: str) -> None:
    assert spans(text)[1:] == []


def test_selenskij_spelling_names_ukraine() -> None:
    assert found("Selenskij sagte am Abend, die Armee brauche 400.000 neue Soldaten.") == [("400.000", "UKR")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ausgebildete Reservisten gibt es derzeit etwa 35.000.", ["etwa 35.000"]),
        ("Aktive Soldaten gibt es heute rund 170.000.", ["rund 170.000"]),
        ("Kampfpanzer gibt es derzeit 300.", []),
    ],
)
def test_troop_noun_before_gibt_es(text: str, expected: list[str]) -> None:
    assert spans(text) == expected
