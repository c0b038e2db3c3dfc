"""German troop counts of force sizes, targets and training: an adverb of time before the participle
phrase of a count ("800 bislang in Litauen stationierte Soldaten"), a part and its whole with no noun
("300 von 900 zurückgekehrt"), the troops needed as a figure told after the troops counted before ("Dieser Bedarf
wächst ... auf 14.000"); and age limits left out ("das Höchstalter ... von 30 auf 28 gesenkt")
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from german_mentions import owners, owners_and_places, spans
from news_etl.extract import extract_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Marine will 800 bislang in Litauen stationierte Soldaten abziehen.", ["800"]),
        ("Geplant ist der Abzug von 650 bislang in dem baltischen Staat stationierten Soldaten.", ["650"]),
        ("Das Heer holt 420 zurzeit in Estland eingesetzte Soldaten zurück.", ["420"]),
        ("Die Regierung will 500 zunächst nach Lettland verlegte Soldaten zurückholen.", ["500"]),
        ("Die Armee zählt 1.700 inzwischen im Ausland tätige Soldaten.", ["1.700"]),
    ],
)
def test_adverb_of_time_before_a_participle_phrase(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Armee schickte 1400 Soldaten. Inzwischen sind 350 von 800 zurückgekehrt.",
            ["1400", "350", "800"],
        ),
        (
            "Die Marine entsandte 1400 Matrosen, von denen bislang 350 von 800 heimgekehrt sind.",
            ["1400", "350", "800"],
        ),
        ("Von den 1400 Soldaten sind 350 von 800 bereits abgezogen.", ["1400", "350", "800"]),
    ],
)
def test_part_and_whole_with_no_noun_of_their_own(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised noun after the whole counts something else
        (
            "Die Armee hat 1400 Soldaten. Laut einer Umfrage halten 4 von 10 Befragten das für zu wenig.",
            ["1400"],
        ),
        # a count of things between the troops and the part
        ("Die Armee hat 1400 Soldaten und 90 Panzer. Davon sind 30 von 50 einsatzbereit.", ["1400"]),
    ],
)
def test_part_and_whole_of_something_else(text: str, expected: list[str]) -> None:
    assert spans(text)[: len(expected)] == expected
    assert "30" not in spans(text) and "4" not in spans(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Im Heer dienen derzeit etwa 8.000 Reservisten. Dieser Bedarf wächst bis 2029 auf rund 13.000.",
            ["etwa 8.000", "rund 13.000"],
        ),
        ("Die Marine hat 7.000 Reservisten. Der Bedarf liegt bei 11.000.", ["7.000", "11.000"]),
        ("Die Armee hat 8.000 Soldaten. Der Bedarf an Soldaten steigt auf 12.500.", ["8.000", "12.500"]),
    ],
)
def test_troops_needed_told_after_the_troops_counted(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Armee hat 8.000 Soldaten. Der Bedarf an Panzern steigt auf 300.", ["8.000"]),
        ("Die Armee hat 8.000 Soldaten. Der Finanzbedarf liegt bei 300 Millionen Euro.", ["8.000"]),
    ],
)
def test_need_of_something_else(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Regierung hatte das Höchstalter für Rekruten von 32 auf 29 gesenkt.", []),
        ("Per Dekret sinkt das Einzugsalter der Wehrpflichtigen von 28 auf 24.", []),
        ("Das Mindestalter der Freiwilligen liegt künftig bei 17.", []),
        # a figure of troops after an age word in another clause stays
        ("Das Alter der Rekruten spielt keine Rolle, 45 Soldaten wurden verletzt.", ["45"]),
        ("Die Altersgrenze wurde gesenkt. Nun rücken 70 Rekruten ein, weitere 30 folgen.", ["70", "30"]),
    ],
)
def test_age_limits_of_troops_are_not_counts(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An dem Manöver nehmen rund 9.000 Teilnehmende aus 14 Nationen teil.", ["rund 9.000"]),
        ("Zur Übung reisen 700 Teilnehmende aus Polen an.", ["700"]),
        # participants of something that is not an exercise
        ("An der Konferenz nehmen rund 900 Teilnehmende aus 14 Nationen teil.", []),
    ],
)
def test_participants_of_an_exercise_named_with_the_participle(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die EU-Ausbildungsmission beginnt. Zunächst sollen bis zu 7.000 Georgier in Italien ausgebildet werden.",
            ["bis zu 7.000"],
        ),
        (
            "Die Trainingsmission läuft seit März. Bisher wurden 2.400 Georgier in Spanien geschult.",
            ["2.400"],
        ),
    ],
)
def test_a_military_course_makes_a_demonym_troops(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aus Furcht vor China will die japanische Regierung aufrüsten. Die Streitkräfte sollen 260.000 Soldaten "
            "zählen.",
            [("260.000", "JPN")],
        ),
        ("Japan will aus Sorge vor China 260.000 Soldaten unter Waffen haben.", [("260.000", "JPN")]),
        # the state feared owns nothing; with nobody else named the owner stays open
        (
            "Aus Angst vor China rüstet die Regierung auf. Die Armee soll 260.000 Soldaten zählen.",
            [("260.000", None)],
        ),
    ],
)
def test_the_state_feared_is_not_the_owner(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert owners(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nach Angaben aus Kiew verliert Russland täglich über 900 Mann.", ["über 900"]),
        ("Die Armee verliert derzeit pro Woche mehr als 400 Mann.", ["mehr als 400"]),
    ],
)
def test_losing_men_in_the_present_tense(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def _types(text: str) -> list[tuple[str, str]]:
    return [(m.count_text, m.mention_type) for m in extract_mentions(text, "de")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Plan des Einsatzes sieht vor, dass anfangs 6.000 moldauische Soldaten in Spanien, Portugal und "
            "weiteren Ländern geschult werden.",
            [("6.000", "training")],
        ),
        (
            "Der Beschluss zur Ausbildungsmission sieht vor, dass 300 Soldaten aus Mali abgezogen werden.",
            [("300", "withdrawal")],
        ),
        # a "dass" clause with no cue of its own keeps the main clause's
        ("Beim Einsatz zeigte sich, dass 400 Soldaten zu wenig sind.", [("400", "deployment")]),
    ],
)
def test_a_that_clause_with_its_own_cue_types_its_count(text: str, expected: list[tuple[str, str]]) -> None:
    assert _types(text) == expected


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(m.count_text, m.location_country) for m in extract_mentions(text, "de")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Zahl der britischen Soldaten in Zypern soll um 700 sinken: Etwa 450 Soldaten sollen nach "
            "Großbritannien heimkehren, weitere 250 werden in andere Nato-Staaten verlegt.",
            [("700", "CYP"), ("Etwa 450", "CYP"), ("250", "CYP")],
        ),
    ],
)
def test_parts_of_a_drawdown_leave_the_same_country(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _places(text) == expected


def _values(text: str, lang: str = "de") -> list[tuple[str, int | None, int | None]]:
    return [(m.count_text, m.troop_count_min, m.troop_count_max) for m in extract_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Der Präsident will die Zahl der Soldaten von 1,25 auf 1,6 Millionen anheben.",
            "de",
            [("1,25", 1_250_000, 1_250_000), ("1,6 Millionen", 1_600_000, 1_600_000)],
        ),
        (
            "The army is to grow from 1.2 to 1.4 million troops.",
            "en",
            [("1.2", 1_200_000, 1_200_000), ("1.4 million", 1_400_000, 1_400_000)],
        ),
    ],
)
def test_a_fraction_before_a_scaled_number_takes_its_scale(
    text: str, lang: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    assert _values(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Marine zählte 31.400 Soldaten, was einen Rückgang von 900 zum Vorjahr bedeutet.",
            ["31.400", "900"],
        ),
        (
            "Das Heer meldete zum Jahresende 52.000 aktive Mitglieder, was ein Zuwachs um 640 gegenüber 2023 ist.",
            ["52.000", "640"],
        ),
        # a change of something else named after the troops
        ("Die Marine zählt 31.400 Soldaten. Der Etat verzeichnete einen Anstieg um 900.", ["31.400"]),
    ],
)
def test_a_change_of_the_troops_named_before_its_figure(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_over_as_the_preposition_of_a_later_verb_after_a_place_phrase() -> None:
    text = "Die Miliz Hamas soll laut Experten noch über Tausende Bewaffnete im Süden des Gebiets verfügen."
    assert owners(text) == [("Tausende", "HAMAS")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laut Umjerow stehen derzeit 870.000 Soldaten unter Waffen.", [("870.000", "UKR")]),
        ("Saluschnyi forderte zuletzt bis zu 350.000 zusätzliche Rekruten.", [("bis zu 350.000", "UKR")]),
        ("Minister Blaszczak will die Truppe auf 280.000 Soldaten ausbauen.", [("280.000", "POL")]),
        ("Beloussow kündigte 190.000 neue Vertragssoldaten an.", [("190.000", "RUS")]),
    ],
)
def test_defence_ministers_and_commanders_name_their_country(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert owners(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ein Geburtsjahrgang umfasst rund 290.000 junge Männer. Die Armee will sie alle anschreiben.", []),
        (
            "Der Jahrgang 2009 zählt etwa 310.000 Männer und Frauen, die Marine braucht davon 8.000.",
            ["8.000"],
        ),
        # conscripts drafted from a year of birth are troops
        ("Aus dem Jahrgang 2006 wurden 14.000 Männer zur Armee eingezogen.", ["14.000"]),
    ],
)
def test_the_men_of_a_year_of_birth_are_people(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Heer hat 64.000 Soldaten, davon 1.800 in Estland.",
            [("64.000", None, None), ("1.800", None, "EST")],
        ),
        (
            "Die Armee zählt 21.000 Soldaten – allein 2.700 davon in Niger.",
            [("21.000", None, None), ("2.700", None, "NER")],
        ),
        # a share closed by a comma leaves the place after it to the whole
        (
            "1.600 Soldaten, darunter 250 Reservisten, wurden nach Lettland verlegt.",
            [("1.600", None, "LVA"), ("250", None, "LVA")],
        ),
    ],
)
def test_the_place_of_a_share_is_not_the_whole_s(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert owners_and_places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Im Vorjahr verzeichnete das Heer 9.300 Neuzugänge.", ["9.300"]),
        ("Die Luftwaffe zählte zuletzt rund 2.700 Dienstanfänger.", ["rund 2.700"]),
        ("Der Fußballverein meldete 12 Neuzugänge.", []),
    ],
)
def test_newcomers_of_an_army(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Es dürfen bis zu 450 Soldaten nach Zypern bzw. bis zu 250 nach Malta verlegt werden.",
            ["bis zu 450", "bis zu 250"],
        ),
        (
            "Der Beschluss erlaubt bis zu 450 Soldaten in der Mission X (Zypern) bzw. bis zu 250 in der Mission Y.",
            ["bis zu 450", "bis zu 250"],
        ),
        ("Es werden 450 Soldaten nach Zypern beziehungsweise 250 nach Malta verlegt.", ["450", "250"]),
        ("Es werden 450 Soldaten nach Zypern oder 250 nach Malta verlegt.", ["450", "250"]),
    ],
)
def test_counts_joined_by_respectively_or_or(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rund 2700 Milizsoldaten rückten am Montag zum Wiederholungskurs ein.", [("Rund 2700", "training")]),
        ("Am WK im Herbst nehmen 1900 Armeeangehörige teil.", [("1900", "training")]),
    ],
)
def test_the_swiss_refresher_course_is_training(text: str, expected: list[tuple[str, str]]) -> None:
    assert _types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laut Lagebild meldete die Armee elf getötete und neun verletzte Soldaten.", ["elf", "neun"]),
        ("Laut Lagebild meldete die Armee 11 getötete und neun verletzte Soldaten.", ["11", "neun"]),
    ],
)
def test_a_spelled_second_count_between_two_adjectives(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Marine will rund 580.000 Personen eines Jahrgangs anschreiben.", []),
        ("Die Armee hat 7.000 Soldaten des Jahrgangs 2005 eingezogen.", ["7.000"]),
    ],
)
def test_the_people_of_a_year_of_birth_named_after_the_count(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_roughly_after_a_group_is_no_estimate_it_makes() -> None:
    text = "Berichten zufolge soll die Hamas schätzungsweise über 9.000 Bewaffnete verfügen."
    assert owners(text) == [("9.000", "HAMAS")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nach dem Gefecht meldete die Armee 14 leicht verwundete Soldaten.", ["14"]),
        ("Gemeldet wurden vier tote und neun schwer verletzte Soldaten.", ["vier", "neun"]),
        ("Gemeldet wurden 4 getötete und 9 leicht verletzte Soldaten.", ["4", "9"]),
    ],
)
def test_an_adverb_of_degree_before_the_participle(text: str, expected: list[str]) -> None:
    assert spans(text) == expected
