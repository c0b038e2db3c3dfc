"""German troop counts of round 21 from the prose of long-tail outlets (blogs, forums, translated copy): an army's
or a unit's size told in people ("eine Armee von einer Million Menschen"), people taking part in the fighting or
drafted into an army ("an Kampfhandlungen", "pro Monat in die Streitkräfte"), a range whose upper end is a bound
("640 bis über eintausend"), an adverb of part before the participle ("teils bewaffnete"), casualties counted among
the troops named right before ("unter den Soldaten", "bei den Streitkräften") or with the degree in the noun
("Schwerverletzte"), a share after a quoted total ("„... unter Waffen“, davon 500.000") and "unter Waffen" as
people, not weapons; and what stays out (sentences written for these tests)."""

from __future__ import annotations

import pytest
from german_mentions import spans
from news_etl.extract import extract_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Schon heute stützt sich Warschau auf eine Armee von 400.000 Menschen.", ["400.000"]),
        ("Das Kommando schickte eine Brigade von rund 3500 Personen an die Küste.", ["rund 3500"]),
        (
            "Die Rebellen sagen, nur etwa 20.000-30.000 Menschen nähmen an den Gefechten teil.",
            ["etwa 20.000-30.000"],
        ),
        (
            "Laut dem Minister holt Warschau etwa 13.000 Menschen je Jahr in die polnische Armee.",
            ["etwa 13.000"],
        ),
    ],
)
def test_people_of_an_army_or_in_its_fighting(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Etwa 2000 Menschen flohen vor den Kämpfen in die Berge.",
        "In der Stadt leben 400.000 Menschen, die Armee ist abgezogen.",
    ],
)
def test_people_without_an_army_frame_stay_out(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected", "low", "high"),
    [
        (
            "An einem Tag wurden 640 bis über eintausend Soldaten getötet.",
            "640 bis über eintausend",
            640,
            1000,
        ),
        ("Verlegt werden sollen 80 bis mehr als 120 Soldaten.", "80 bis mehr als 120", 80, 120),
    ],
)
def test_range_whose_upper_end_is_a_bound(text: str, expected: str, low: int, high: int) -> None:
    (m,) = extract_mentions(text, "de")
    assert (m.count_text, m.troop_count_min, m.troop_count_max, m.count_precision) == (
        expected,
        low,
        high,
        "range",
    )


def test_change_to_a_bound_stays_two_counts() -> None:
    assert spans("Die Zahl der Soldaten stieg von 640 auf über 800.") == ["640", "über 800"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Armee verlegt mehr als 4100 teils bewaffnete Soldaten an die Grenze.", ["mehr als 4100"]),
        ("Gemeldet wurden 37 teilweise schwer verletzte Soldaten.", ["37"]),
    ],
)
def test_adverb_of_part_before_the_participle(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Feldzug forderte unter den Soldaten fast zwölf Millionen Todesopfer.",
            ["fast zwölf Millionen"],
        ),
        ("Bei den britischen Streitkräften waren 12.345 Schwerverletzte zu beklagen.", ["12.345"]),
        ("Unter den russischen Soldaten gab es 310 Tote.", ["310"]),
    ],
)
def test_casualties_among_troops_named_before(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bei den Angriffen der Truppen gab es 40 Tote.",
        "Unter den Soldaten, so der Bericht, ist die Stimmung schlecht; im Dorf gab es 40 Tote.",
    ],
)
def test_dead_not_counted_among_troops_stay_out(text: str) -> None:
    assert spans(text) == []


def test_share_after_a_quoted_total_under_arms() -> None:
    text = "Ein Sprecher berichtete im Winter von „zwei Millionen Polen unter Waffen“, davon allein 500.000 in der Armee."
    assert spans(text) == ["zwei Millionen", "500.000"]


def test_weapons_counted_still_keep_a_bare_share_out() -> None:
    assert spans("Die Armee hat 300 Panzer und Waffen, davon 50 in Litauen.") == []


def test_chiefs_of_units_are_counted_with_the_commanders() -> None:
    text = "Hinzu kämen mehr als 40 Kompaniechefs, 12 Bataillons- und drei Brigadekommandeure der Miliz."
    assert spans(text) == ["mehr als 40", "12", "drei"]


def test_heads_of_government_are_no_unit_chiefs() -> None:
    assert spans("Bei dem Treffen in der Kaserne sprachen 30 Regierungschefs mit den Soldaten.") == []


def test_fighters_who_infiltrate_are_deployed() -> None:
    (m,) = extract_mentions("Am Morgen infiltrierten 2.000 Rebellen-Kämpfer die Stadt.", "de")
    assert (m.count_text, m.mention_type) == ("2.000", "deployment")


@pytest.mark.parametrize(
    "text",
    [
        "Am Morgen drangen 2.000 Kämpfer der Miliz in die Stadt. Fast 900 Polen wurden ermordet.",
        "Die Armee meldet, 300 Dänen seien verschleppt worden, die Truppen suchen sie.",
    ],
)
def test_a_nations_people_murdered_or_abducted_are_not_its_troops(text: str) -> None:
    assert all(not m.count_text.endswith(("900", "300")) for m in extract_mentions(text, "de"))


def test_a_nations_fallen_are_still_its_troops() -> None:
    assert spans("In der Nacht sind 900 Russen gefallen.") == ["900"]


@pytest.mark.parametrize(
    ("text", "expected", "low", "high"),
    [
        (
            "Der Landtag billigte die Stationierung mehrerer Tausend polnischer Soldaten in Estland.",
            "mehrerer Tausend",
            2000,
            9999,
        ),
        ("Der Abzug einiger Hundert Soldaten aus Niger begann am Montag.", "einiger Hundert", 200, 999),
    ],
)
def test_vague_plurals_in_the_genitive(text: str, expected: str, low: int, high: int) -> None:
    (m,) = extract_mentions(text, "de")
    assert (m.count_text, m.troop_count_min, m.troop_count_max, m.count_precision) == (
        expected,
        low,
        high,
        "vague",
    )


def test_more_of_the_civilians_is_no_troop_count() -> None:
    text = "Im Konflikt fielen 40.000 Soldaten. Bei den zivilen Opfern rechnet man mit weiteren 70.000."
    assert spans(text) == ["40.000"]


def test_more_of_an_armys_losses_is_still_counted() -> None:
    text = (
        "Der Krieg forderte 40.000 tote Soldaten. Die Verluste der Armee werden auf weitere 70.000 geschätzt."
    )
    assert spans(text) == ["40.000", "70.000"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Armee sucht dringend neue Soldaten. 1,2 Millionen wehrpflichtige Männer in Firmen der "
            "Energiebranche sind vom Kriegsdienst freigestellt.",
            [],
        ),
        (
            "Die Armee hat 300.000 Männer einberufen, 20.000 wurden als untauglich heimgeschickt.",
            ["300.000", "20.000"],
        ),
        ("Im Herbst rückten 5000 Wehrpflichtige in die Kasernen ein.", ["5000"]),
    ],
)
def test_men_exempted_from_service_are_no_troops(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Heute gibt es auf dem Territorium Polens mehrere tausend ausländische Söldner.", "POL"),
        ("Auf dem Staatsgebiet von Mali operieren rund 1.000 russische Söldner.", "MLI"),
    ],
)
def test_troops_on_a_states_territory(text: str, place: str) -> None:
    (m,) = extract_mentions(text, "de")
    assert m.location_country == place


def test_troops_marching_off_are_withdrawn() -> None:
    (m,) = extract_mentions("Im Mai sollen 4.300 britische Soldaten aus Estland abrücken.", "de")
    assert (m.count_text, m.mention_type, m.location_country) == ("4.300", "withdrawal", "EST")
