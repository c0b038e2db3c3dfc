"""German troop counts of round 15 whose troop noun is not right after the figure: a second count between two
adjectives that share one noun with a qualifier of its own ("120 getötete und rund 400 verwundete Soldaten"), the
genitive plural of the fallen ("darunter 80 Gefallener"), a side's losses estimated at a bare figure ("Die Verluste
... werden auf 2.500 geschätzt"), a figure after the number of troops it exceeds ("übersteigt die Zahl der getöteten
Soldaten ... 900"), the members of paramilitary formations; and police left out: the police as the subject of a
gapped clause ("die Polizei weitere 700"), specialists of police units (sentences written for these tests)."""

from __future__ import annotations

import pytest
from german_mentions import spans
from news_etl.extract import extract_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Ministerium meldete 120 getötete und rund 400 verwundete Soldaten der Marine.",
            ["120", "rund 400"],
        ),
        ("Bisher gab es 35 gefallene und mehr als 90 verletzte Soldaten.", ["35", "mehr als 90"]),
        ("Im Norden stehen 700 polnische und etwa 300 litauische Soldaten.", ["700", "etwa 300"]),
    ],
)
def test_second_count_with_its_own_qualifier_shares_the_noun(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Brigade hatte bis zum Sommer rund 900 Verluste, darunter 80 Gefallener.", ["rund 900", "80"]),
        ("Das Regiment beklagte den Tod von zwölf Gefallener der ersten Kompanie.", ["zwölf"]),
    ],
)
def test_genitive_plural_of_the_fallen(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Armee schickte 5.000 Soldaten an die Front. Die Verluste, die Tote und Verwundete einschließen, "
            "werden auf 2.500 geschätzt.",
            ["5.000", "2.500"],
        ),
        (
            "Im Krieg um die Region kämpfen zwei Armeen. Westliche Dienste schätzen die Verluste der Angreifer auf "
            "rund 7.000.",
            ["rund 7.000"],
        ),
    ],
)
def test_losses_of_a_side_estimated_at_a_bare_figure(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Firma schätzt ihre Verluste im Ausland auf 4.000.",
        "Die Verluste des Konzerns werden auf 400 geschätzt.",
    ],
)
def test_losses_of_a_firm_stay_out(text: str) -> None:
    assert spans(text) == []


def test_figure_after_the_number_of_troops_it_exceeds() -> None:
    text = (
        "Laut dem Generalstab übersteigt die Zahl der getöteten feindlichen Soldaten im Osten 900, hieß es."
    )
    assert spans(text) == ["900"]


@pytest.mark.parametrize(
    "text",
    [
        "Inzwischen übersteigt die Zahl der Toten in der Stadt 3000.",
        "Im Sommer überstieg die Zahl der Flüchtlinge an der Grenze 12.000.",
    ],
)
def test_number_of_people_exceeding_a_figure_stays_out(text: str) -> None:
    assert spans(text) == []


def test_members_of_paramilitary_formations() -> None:
    text = "In Lettland stieg die Zahl der Mitglieder paramilitärischer Verbände bis zum Herbst auf 12.000."
    assert spans(text) == ["12.000"]


def test_members_of_trade_associations_stay_out() -> None:
    text = "In Lettland stieg die Zahl der Mitglieder großer Wirtschaftsverbände bis zum Herbst auf 45.000."
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Feuerwehr hatte 2000 Helfer im Einsatz, die Polizei weitere 700.", []),
        ("Die Armee schickte 400 Soldaten in das Tal, die Bundespolizei noch 150.", ["400"]),
        ("Die Bundeswehr schickte 300 Soldaten, die Marine weitere 200.", ["300", "200"]),
    ],
)
def test_police_as_the_subject_of_a_gapped_clause(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rund 300 Techniker der mobilen Einheiten der Landespolizei helfen beim Räumen.", []),
        ("Rund 250 Pioniere der mobilen Einheiten des Heeres räumen die Straßen.", ["Rund 250"]),
    ],
)
def test_members_of_police_units_stay_out(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Regierungstruppen haben über 400 Tote und etwa 900 Verwundete erlitten.",
            ["über 400", "etwa 900"],
        ),
        ("Die Rebellen hatten in der Schlacht 75 Tote verloren.", ["75"]),
    ],
)
def test_losses_a_force_suffered_with_the_verb_at_the_clause_end(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_losses_of_civilians_with_the_verb_at_the_clause_end_stay_out() -> None:
    assert spans("Die Armee meldete, die Zivilisten im Dorf hätten 40 Tote erlitten.") == []


def test_a_speakers_own_troops() -> None:
    text = "Der Sprecher des Generalstabs sagte, 240 unserer Kameraden seien verletzt worden."
    assert spans(text) == ["240"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Im Krieg lagen die Verluste der Armee zuletzt bei 4000.", ["4000"]),
        ('Im Krieg mit dem Nachbarn lägen die "Verluste" der Truppe bei 9.000.', ["9.000"]),
    ],
)
def test_losses_of_an_army_said_to_lie_at_a_figure(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_losses_of_a_firm_lying_at_a_figure_stay_out() -> None:
    assert spans("Die Verluste der Firma lagen im Sommer bei 400.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Bundeswehr hat 900 Soldaten im Land. 400 beteiligen sich an der Ausbildungsmission im Süden.",
            ["900", "400"],
        ),
        (
            "Die Armee hat 1200 Soldaten in der Region. 300 nehmen an dem Manöver im Norden teil.",
            ["1200", "300"],
        ),
    ],
)
def test_a_figure_opening_its_sentence_takes_part_in_an_operation(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Armee stellt 900 Soldaten. 300 beteiligen sich an den Kosten.",
        "Die Armee stellt 900 Soldaten. 300 nehmen am Fest im Dorf teil.",
        "Die Polizei hat 900 Beamte im Land. 300 nehmen an der Übung teil.",
    ],
)
def test_taking_part_in_something_else_stays_out(text: str) -> None:
    assert spans(text)[1:] == []


def test_strength_since_when() -> None:
    assert spans("Die Stärke der Truppe betrug seither 4.000.") == ["4.000"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Laut Kiew sind bislang 9.000 Soldaten gefallen. Nach westlichen Angaben sind es eher 20.000 Tote.",
            ["9.000", "20.000"],
        ),
        (
            "Offiziell sollen 4.000 Kämpfer gefallen sein, doch Beobachter meinen, dass es wohl 7.000 Tote und "
            "bis zu 15.000 Verletzte sein dürften.",
            ["4.000", "7.000", "bis zu 15.000"],
        ),
    ],
)
def test_toll_of_the_troops_just_counted_put_again_with_es(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_toll_with_es_after_a_civilian_count_stays_out() -> None:
    text = "Bei dem Beben starben 300 Menschen. Nach anderen Angaben sind es eher 500 Tote."
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reservisten wurden bis zum Herbst rund 6.000 einberufen.", ["rund 6.000"]),
        ("Milizsoldaten sind wegen des Hochwassers (ab 3. Juni) knapp 900 eingerückt.", ["knapp 900"]),
        ("Soldaten wurden bei dem Angriff auf den Stützpunkt 14 verletzt.", ["14"]),
    ],
)
def test_troop_noun_put_first_with_the_figure_later_in_its_clause(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Polizisten wurden bis zum Sommer rund 800 eingestellt.",
        "Männer wurden im Dorf 20 festgenommen.",
        "Soldaten haben im Sommer 20 Häuser gebaut.",
    ],
)
def test_other_nouns_put_first_stay_out(text: str) -> None:
    assert spans(text) == []


def test_figure_exceeded_is_a_lower_bound() -> None:
    text = (
        "Laut dem Generalstab übersteigt die Zahl der getöteten feindlichen Soldaten im Osten 900, hieß es."
    )
    (mention,) = extract_mentions(text, "de")
    assert (mention.count_precision, mention.troop_count_min, mention.troop_count_max) == (
        "lower_bound",
        900,
        None,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bei dem Angriff starben 40 Soldaten und vier Zivilisten, Dutzende wurden verletzt.", ["40"]),
        ("Im Süden kamen 25 Soldaten und zwei Zivilisten ums Leben, 70 wurden verwundet.", ["25"]),
        ("Im Süden kamen 25 Soldaten ums Leben, 70 wurden verwundet.", ["25", "70"]),
    ],
)
def test_wounded_after_troops_and_civilians_killed_together_stay_out(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Bundeswehr hat 1.200 Soldaten in Litauen. Die übrigen 300 sind in Polen stationiert.",
            ["1.200", "300"],
        ),
        (
            "Von den 900 Soldaten sollen 400 abgezogen werden, die übrigen 500 bleiben im Land.",
            ["900", "400", "500"],
        ),
        (
            "Rund 3.000 Soldaten sind im Land. Die restlichen 800 kehren im Sommer zurück.",
            ["Rund 3.000", "800"],
        ),
    ],
)
def test_the_rest_of_the_troops_just_counted(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Von den 900 Flüchtlingen wurden 400 verlegt, die übrigen 500 bleiben im Lager.",
    ],
)
def test_the_rest_of_people_stays_out(text: str) -> None:
    assert spans(text) == []
