"""French owners and places of tolls and drawdowns (round 16), on sentences written for these tests: the country
left after an elided "d'", a new subject before an elliptical count, the group named after its kind, the troops
named after "parmi", and the seat of a body that reports."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def fields(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (m.count_text, m.actor_code, m.location_country, m.mention_type) for m in extract_mentions(text, "fr")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le retrait de 4 000 soldats britanniques d'Irak s'achèvera au printemps.", "IRQ"),
        ("Washington a annoncé le retrait de 2 500 soldats américains d'Afghanistan avant l'été.", "AFG"),
    ],
)
def test_the_country_left_after_an_elided_de(text: str, expected: str) -> None:
    assert [(f[2], f[3]) for f in fields(text)] == [(expected, "withdrawal")]


def test_a_new_subject_before_an_elliptical_count_owns_it_and_keeps_the_verb() -> None:
    text = "Lors d'un échange de prisonniers, l'Ukraine a récupéré 95 de ses soldats et la Russie 60."
    assert [(f[0], f[1], f[3]) for f in fields(text)] == [
        ("95", "UKR", "casualties"),
        ("60", "RUS", "casualties"),
    ]


def test_a_new_subject_sending_troops() -> None:
    text = "Selon l'accord, la Pologne enverra 300 soldats et la Lituanie 150 dans la brigade commune."
    assert [(f[0], f[1]) for f in fields(text)] == [("300", "POL"), ("150", "LTU")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Des drones américains ont tué six éléments du groupe terroriste shebab près de Kismayo.",
            "AL_SHABAAB",
        ),
        ("L'armée nigériane a abattu onze membres du mouvement des Shebab selon la radio.", "AL_SHABAAB"),
        (
            "Les troupes israéliennes ont tué 20 combattants du mouvement islamiste Hamas dans la nuit.",
            "HAMAS",
        ),
    ],
)
def test_the_group_named_after_its_kind_owns_its_members(text: str, expected: str) -> None:
    assert [f[1] for f in fields(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'attentat de 1983 a fait 58 victimes parmi les soldats français stationnés là.", "FRA"),
        ("Les frappes de l'aviation tchadienne ont fait 35 morts parmi des jihadistes dans la forêt.", None),
        ("Les bombardements russes ont fait 14 morts parmi les combattants du Hezbollah.", "HEZBOLLAH"),
    ],
)
def test_losses_among_troops_belong_to_those_troops_not_to_the_striking_army(
    text: str, expected: str | None
) -> None:
    assert [f[1] for f in fields(text)] == [expected]


def test_losses_among_its_own_troops_stay_the_subjects() -> None:
    assert [f[1] for f in fields("Moscou a reconnu 900 décès parmi ses troupes depuis janvier.")] == ["RUS"]


@pytest.mark.parametrize(
    "text",
    [
        "Au moins 25 soldats ont été tués dans l'attaque, selon l'ONG qui siège à Londres.",
        "Quinze combattants ont péri, a indiqué l'organisation qui a son siège à Genève.",
    ],
)
def test_the_seat_of_a_reporting_body_is_neither_place_nor_owner(text: str) -> None:
    assert [(f[1], f[2]) for f in fields(text)] == [(None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Onze combattants des Unités de protection du peuple sont tombés lundi près de Manbij.", "YPG"),
    ],
)
def test_the_kurdish_militia_by_its_name(text: str, expected: str) -> None:
    assert [f[1] for f in fields(text)] == [expected]


def test_wounded_among_insurgents_belong_to_the_group_named_before() -> None:
    text = "Vingt Houthis ont été tués dans les raids. Les médecins ont aussi soigné 30 blessés parmi les insurgés."
    assert [f[1] for f in fields(text)] == ["HOUTHIS", "HOUTHIS"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Après l'offensive d'hiver, ses 900 fantassins blessés sont rapatriés en Corée du Nord par train.",
            ("PRK", None),
        ),
        ("Les 120 soldats français blessés au Mali ont été rapatriés en France par avion.", ("FRA", "MLI")),
    ],
)
def test_troops_brought_home_are_that_countrys_and_home_is_no_place_of_theirs(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert [(f[1], f[2]) for f in fields(text)] == [expected]


def test_a_troop_share_of_a_feminine_toll_of_people_is_a_casualty_count() -> None:
    text = "Selon l'hôpital, 75 personnes sont mortes, dont 40 combattants, dans la nuit."
    assert [(f[0], f[3]) for f in fields(text)] == [("40", "casualties")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Près de 300 combattants du Hamas se trouvent encore dans l'enclave palestinienne.",
            ("PSE", "deployment"),
        ),
        (
            "Une centaine de soldats français se trouvaient toujours à Niamey en décembre.",
            ("NER", "deployment"),
        ),
    ],
)
def test_troops_found_somewhere_are_deployed_there(text: str, expected: tuple[str, str]) -> None:
    assert [(f[2], f[3]) for f in fields(text)] == [expected]


def test_troops_found_among_the_victims_stay_a_toll() -> None:
    assert [f[3] for f in fields("Une vingtaine de soldats se trouvaient parmi les victimes du séisme.")] == [
        "casualties"
    ]
