"""French casualty reports and strengths (round 16), on sentences written for these tests: a bare share after
"dont" of a troop toll, a mixed toll whose troop share is given after it, thousands written after whole millions,
"leur nombre était de X à Y", a past year that is no change of strength, men of the police or gendarmerie keeping
order, a drawdown naming "nos hommes", and the spelling "Houtis"."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def spans(text: str) -> list[str]:
    return [m.count_text for m in extract_mentions(text, "fr")]


def values(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(m.count_text, m.troop_count_min, m.troop_count_max) for m in extract_mentions(text, "fr")]


# ------------------------------------------------------------------------------ "dont N" after a troop toll


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Huit soldats maliens ont été tués dans l'embuscade de la semaine dernière, dont deux jeudi matin.",
            ["Huit", "deux"],
        ),
        (
            "Le groupe a reconnu la mort de six de ses combattants, dont trois de Tyr, sans préciser où.",
            ["six", "trois"],
        ),
        (
            "L'armée déplore 14 morts dans ses rangs (dont quatre lors de la première attaque) et 30 blessés.",
            ["14", "quatre", "30"],
        ),
        (
            "Neuf militaires tchadiens ont péri depuis le 3 mai, dont cinq pendant la nuit de samedi.",
            ["Neuf", "cinq"],
        ),
    ],
)
def test_bare_share_after_dont_of_a_troop_toll(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the share names other people: no troop count
        ("Douze soldats ont été tués dans le village, dont trois enfants recrutés de force.", ["Douze"]),
        ("Sept militaires ont été blessés dans l'attaque, dont deux civils selon la police.", ["Sept"]),
        # no toll of troops before "dont"
        ("Le convoi transportait 40 camions, dont douze vendredi soir.", []),
    ],
)
def test_share_after_dont_stays_out_for_other_people(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


# ------------------------------------------------------------------------------ mixed tolls


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le bilan fait état de 12 soldats tués, 40 blessés dont 25 militaires, et de six civils tués.",
            ["12", "25"],
        ),
        (
            "L'état-major compte 9 militaires tombés et 33 blessés, dont 18 soldats, dans l'attaque.",
            ["9", "18"],
        ),
    ],
)
def test_a_toll_with_its_troop_share_after_it_is_not_counted(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_a_troop_toll_without_a_share_after_it_is_still_counted() -> None:
    assert spans("L'état-major compte 9 militaires tombés et 33 blessés dans l'attaque du camp.") == [
        "9",
        "33",
    ]


# ------------------------------------------------------------------------------ millions and thousands


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'armée de terre compte désormais 1 million 200 000 soldats.",
            [("1 million 200 000", 1_200_000, 1_200_000)],
        ),
        (
            "Le pays aligne 2 millions 450 000 militaires d'active.",
            [("2 millions 450 000", 2_450_000, 2_450_000)],
        ),
    ],
)
def test_thousands_after_whole_millions_read_as_one_number(
    text: str, expected: list[tuple[str, int, int]]
) -> None:
    assert values(text) == expected


def test_a_decimal_million_keeps_the_next_figure_apart() -> None:
    assert values("Le budget atteint 1,5 million d'euros pour 300 000 soldats.") == [
        ("300 000", 300_000, 300_000)
    ]


# ------------------------------------------------------------------------------ "leur nombre était de X à Y"


def test_their_number_was_from_x_to_y_is_a_range_of_the_troops_just_named() -> None:
    text = (
        "Les services estiment à 8 000 le nombre de combattants du groupe. "
        "L'année passée, leur nombre était de 6 000 à 9 000."
    )
    assert values(text)[-1] == ("de 6 000 à 9 000", 6000, 9000)


def test_their_number_of_other_people_stays_out() -> None:
    assert spans("Les visiteurs affluent chaque été. Leur nombre est de 5 000 en moyenne.") == []


def test_a_past_year_is_no_change_of_strength() -> None:
    text = "Les milices alignent 4 000 à 6 000 hommes armés. La semaine passée, elles comptaient de 3 000 à 5 000 combattants."
    assert values(text)[-1] == ("de 3 000 à 5 000", 3000, 5000)


def test_a_change_verb_still_makes_two_counts() -> None:
    assert spans("Paris va réduire les effectifs de la force de 3 000 à 2 000 soldats.") == ["3 000", "2 000"]


# ------------------------------------------------------------------------------ police and gendarmerie


@pytest.mark.parametrize(
    "text",
    [
        "Environ 6000 hommes seront mobilisés pour le sommet. Quelque 4000 policiers et gendarmes protégeront le parcours.",
        "Douze escadrons de gendarmerie mobile, soit environ 900 hommes, ont été envoyés en renfort à Nantes.",
        "Cette unité forte de 2 000 femmes et hommes assure le maintien de l'ordre dans la capitale.",
    ],
)
def test_men_of_the_police_or_gendarmerie_are_no_troop_count(text: str) -> None:
    assert spans(text) == []


def test_men_of_an_army_helping_the_police_are_still_troops() -> None:
    assert spans("L'armée a envoyé 800 hommes pour appuyer la police dans le nord du pays.") == ["800"]


# ------------------------------------------------------------------------------ drawdowns and spellings


def test_a_drawdown_of_our_men() -> None:
    found = [
        (m.count_text, m.mention_type)
        for m in extract_mentions(
            "Le plan de retrait prévoit que 600 de nos 1 400 hommes quittent la région avant l'hiver.", "fr"
        )
    ]
    assert found[0] == ("600", "withdrawal")
    assert [s for s, _ in found] == ["600", "1 400"]


def test_the_spelling_houtis_names_the_houthis() -> None:
    found = [
        (m.count_text, m.actor_code)
        for m in extract_mentions("Selon la coalition, 25 Houtis ont été tués.", "fr")
    ]
    assert found == [("25", "HOUTHIS")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quatre soldats ont été tués près de Tongo-Tongo lors d'une patrouille.", "NER"),
        ("Les 180 soldats autrichiens restent stationnés près de Suva Reka.", "XKX"),
        ("Une vingtaine de combattants ont été tués dans les combats autour de Kobané.", "SYR"),
        ("Le Tchad a envoyé 1 200 soldats à Gamboru pour reprendre la ville.", "NGA"),
    ],
)
def test_places_added_to_the_gazetteer(text: str, expected: str) -> None:
    assert [m.location_country for m in extract_mentions(text, "fr")] == [expected]


# ------------------------------------------------------------------------------ shares told after the toll


def test_shares_of_the_losses_just_told_after_parmi_ces_deces() -> None:
    text = (
        "Selon l'état-major, 90 soldats sont morts depuis janvier. "
        "Parmi ces décès, 12 sont dus à des accidents, trois à des tirs amis et cinq à des mines."
    )
    assert spans(text) == ["90", "12", "trois", "cinq"]


def test_a_share_of_other_people_after_parmi_ces_stays_out() -> None:
    assert spans("Les touristes étaient nombreux cet été. Parmi ces visiteurs, 18 sont venus de Lyon.") == []


def test_en_stands_for_the_troops_just_named() -> None:
    assert spans("La France a envoyé 4 000 soldats au Sahel et en a déjà retiré 1 500.") == ["4 000", "1 500"]


def test_en_with_goods_stays_out() -> None:
    assert spans("L'usine produit 300 voitures par jour et en a vendu 200 en mai.") == []


def test_an_adjective_before_the_noun() -> None:
    assert spans("Six dangereux terroristes ont été abattus par l'armée près de la frontière.") == ["Six"]
