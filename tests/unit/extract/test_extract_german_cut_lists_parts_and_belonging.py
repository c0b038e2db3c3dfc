"""German troop counts of round 17: a count before each cut word of a list whose last word carries an adjective
before the head ("4000 deutsch-, 900 französisch- und 70 rätoromanischsprachige Rekruten"), compounds of the basic
service ("Grundwehrdienstleistende") and the Swiss cadre ("Kaderpersonen"), a part of people counted as troops
("etwa 50.000 Menschen ... (davon bei den Seestreitkräften 8.000)"), people who belong to an army ("Menschen ... der
Armee angehören"), the size of a force as its extent ("der Truppenumfang ... um N"), the men an army lost put at a
figure ("die Ausfälle ... auf N geschätzt"), a bare count beside a count of "weitere" troops ("700, im April 450
weitere Rekruten"), a number of troops told before the verb of a subordinate clause ("dass die Zahl der ... Soldaten
N betrage"), an adjective of state between count and noun ("N im Dienst befindliche Soldaten", "N im Ausland tätige"), female marines and
the participants of an exercise ("Übungsteilnehmer", "Übende"); and what stays out: things, a firm's cadre, civil
drills, an army's employees ("Menschen bei der Marine beschäftigt"), places or missions counted before troops ("auf
vier Kontinenten Truppen"), a firm's losses, a part of lives lost (sentences written for these tests)."""

from __future__ import annotations

import pytest
from german_mentions import spans
from news_etl.extract import extract_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Im Frühjahr rücken 4000 deutsch-, 900 französisch- und 70 rätoromanischsprachige Rekruten ein.",
            ["4000", "900", "70"],
        ),
        ("Geplant sind 1.200 Heeres-, 400 Marine- und 300 Luftwaffensoldaten.", ["1.200", "400", "300"]),
        ("Die Kaserne nahm 80 See- und 60 Gebirgsjäger auf.", ["80", "60"]),
    ],
)
def test_a_count_before_each_cut_word_shares_the_head(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am Montag traten 63 Grundwehrdienstleistende in Hagenow ihren Dienst an.", ["63"]),
        ("Es sind sieben von 31 Grundwehrdienstleistenden der zweiten Kompanie.", ["sieben", "31"]),
        ("In Bière begannen 410 Rekruten und 95 Kaderpersonen die Ausbildung.", ["410", "95"]),
    ],
)
def test_basic_service_compounds_and_swiss_cadre_are_troops(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Damals dienten im Heer etwa 50.000 Menschen (davon bei den Seestreitkräften 8.000).",
            ["etwa 50.000", "8.000"],
        ),
        ("Laut dem Minister sollen künftig 90.000 Menschen der georgischen Armee angehören.", ["90.000"]),
        ("Schon in diesem Herbst soll der Truppenumfang im Kosovo um 600 sinken.", ["600"]),
        (
            "Im Frühjahr fielen Hunderte Soldaten. Die Zahl der feindlichen Ausfälle wurde auf 9.000 bis 11.000 "
            "geschätzt.",
            ["Hunderte", "9.000 bis 11.000"],
        ),
    ],
)
def test_parts_belonging_extent_and_men_out_of_action(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # employees of an army, civilians among them
        "Laut dem Bericht sind 71.000 Menschen bei der Marine beschäftigt.",
        "Damals waren gut 9.000 Menschen bei den Streitkräften angestellt.",
        # places and missions counted before the troops
        "Das Land stellt auf vier Kontinenten Truppen.",
        "Die Armee hat in elf Ländern Soldaten stationiert.",
        # a firm's losses and a contract's extent
        "Der Konzern schätzt die Ausfälle auf 40 Millionen Euro.",
        "Der Vertrag hat einen Personalumfang von 30 Stellen in der Verwaltung.",
        # people counted who were no troops, and a part of them
        "Bei dem Beben starben rund 40 Menschen, davon 12 in einem Hotel.",
    ],
)
def test_what_stays_out(text: str) -> None:
    assert spans(text) == []


def test_a_part_of_lives_lost_is_no_part_of_troops() -> None:
    text = "Die Kämpfe kosteten über 2 000 Menschenleben, davon allein in der Hauptstadt 900. Dort halfen 300 Soldaten."
    assert spans(text) == ["300"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bis Mai sollen 4.000, bis zum Herbst 2027 6.000 weitere Soldaten heimkehren.", ["4.000", "6.000"]),
        ("Im März rückten 700, im April 450 weitere Rekruten ein.", ["700", "450"]),
        # things, not troops, and money
        ("Die Armee bestellte 40, danach 60 weitere Kampfpanzer.", []),
        ("Der Staat zahlte 2019 300 Euro, 2020 500 weitere Euro.", []),
    ],
)
def test_a_bare_count_beside_more_troops(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Sprecher sagte, dass die Zahl der im Norden stationierten Soldaten 2.400 betrage.", ["2.400"]),
        ("Es hieß, weil die Zahl der eingesetzten Kämpfer rund 1.500 betrug.", ["rund 1.500"]),
        # a year after the number, and people who are no troops
        ("Er sagte, dass die Zahl der Soldaten 2023 gestiegen sei.", []),
        ("Laut Bericht sei die Zahl der getöteten Zivilisten 300 betragen.", []),
    ],
)
def test_a_number_of_troops_told_before_the_verb(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am Stützpunkt leben 2.000 im Dienst befindliche Soldaten.", ["2.000"]),
        ("Das Ministerium zählt 640 im Einsatz befindlichen Soldatinnen und Soldaten.", ["640"]),
        ("Im Sommer waren 380 im Ausland tätige Soldaten gemeldet.", ["380"]),
        ("Vor der Küste liegen 1.300 Marineinfanteristinnen und Marineinfanteristen.", ["1.300"]),
        ("Zum Manöver in der Heide kamen 4.100 Übungsteilnehmer aus neun Staaten.", ["4.100"]),
        ("Bei der Nato-Übung trainieren rund 900 Übende aus sechs Nationen.", ["rund 900"]),
    ],
)
def test_attributes_of_state_and_exercise_participants(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Im Hafen liegen 300 im Ausland befindliche Container.",
        "Die Versicherung beschäftigt 250 Kaderpersonen in Bern.",
        "Bei der Feuerwehrübung waren 120 Übungsteilnehmer dabei.",
        "Am Sprachkurs nahmen 30 Kursteilnehmer teil.",
    ],
)
def test_things_managers_and_civil_drills_stay_out(text: str) -> None:
    assert spans(text) == []


def test_a_half_after_any_thousand_word() -> None:
    found = extract_mentions("Fünfeinhalbtausend britische Soldaten lagen in der Garnison.", "de")
    assert [(m.count_text, m.troop_count_min) for m in found] == [("Fünfeinhalbtausend", 5500)]
