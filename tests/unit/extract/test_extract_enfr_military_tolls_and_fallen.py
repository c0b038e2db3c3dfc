"""English and French tolls, on sentences written for these tests: losses an adjective makes an
army's, a nation's people killed in action, missing servicemen, and the dead of an army or camp named after them."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def spans(text: str, lang: str) -> list[tuple[str, str]]:
    return [(m.count_text, m.mention_type) for m in extract_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway sustained 12,345 military casualties in the campaign.", [("12,345", "casualties")]),
        ("The two armies counted 7,820 battle deaths over the winter.", [("7,820", "casualties")]),
        ("Over the decade the regiment recorded 611 combat fatalities.", [("611", "casualties")]),
    ],
)
def test_losses_that_an_adjective_makes_military(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text, "en") == expected


def test_losses_without_a_military_adjective_stay_out() -> None:
    assert spans("The flu season caused 4,300 deaths in the region.", "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "In all, 4,210 Canadians were killed in action in Italy.",
        "A total of 1,907 Norwegians gave their lives in that campaign.",
    ],
)
def test_a_nations_people_fallen_in_action_are_its_troops(text: str) -> None:
    assert [s[1] for s in spans(text, "en")] == ["casualties"]


def test_a_nations_people_killed_without_action_stay_out() -> None:
    assert spans("The earthquake killed 212 Chileans and 14 Peruvians.", "en") == []


def test_servicemen_missing_in_action() -> None:
    assert spans("Decades later there are still 2,417 MIAs from that war.", "en") == [("2,417", "casualties")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La campagne a fait 41 000 morts dans l'armée belge.", "41 000"),
        ("Le siège aurait fait 2.600 tués et disparus dans le camp hollandais.", "2.600"),
        ("Cette guerre a coûté 9 500 morts dans les rangs de son armée.", "9 500"),
    ],
)
def test_the_dead_of_an_army_or_camp_named_after_them(text: str, expected: str) -> None:
    assert spans(text, "fr") == [(expected, "casualties")]


def test_the_dead_of_a_refugee_camp_stay_out() -> None:
    assert spans("L'incendie a fait 37 morts dans le camp de réfugiés.", "fr") == []


def test_a_time_phrase_after_a_count_put_back_on_troops_with_en() -> None:
    text = "Les renforts partent. L'Irlande, qui avait 2.400 hommes au Liban, en a déjà rapatrié 350 l'an dernier."
    assert spans(text, "fr") == [("2.400", "withdrawal"), ("350", "withdrawal")]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Au soir du combat : environ 700 morts, 1 900 blessés côté danois.", "environ 700"),
        (
            "Le bilan fut lourd. Plus de 1 200 tués et disparus, 5 600 prisonniers dont 700 blessés côté suédois.",
            "Plus de 1 200",
        ),
    ],
)
def test_a_list_of_losses_that_ends_with_their_side(text: str, first: str) -> None:
    found = spans(text, "fr")
    assert found[0] == (first, "casualties")
    assert found[-1][1] == "casualties"


def test_a_list_of_losses_with_no_side_stays_out() -> None:
    assert spans("L'incendie a fait 14 morts, 61 blessés dans le quartier.", "fr") == []


def test_over_after_a_year_and_a_comma_is_a_qualifier() -> None:
    found = extract_mentions(
        "At the height of the mission in 2014, over 6,300 Estonian troops were based abroad.", "en"
    )
    assert [(m.count_text, m.count_precision) for m in found] == [("over 6,300", "lower_bound")]


def test_losses_out_of_the_strength_of_a_force() -> None:
    found = spans(
        "Le registre compte 2 750 tués, blessés et disparus sur son effectif de 41 000 soldats.", "fr"
    )
    assert found[0] == ("2 750", "casualties")


def test_losses_out_of_a_body_that_is_no_force_stay_out() -> None:
    assert spans("Le lycée a eu 52 absents et 12 blessés sur un effectif de 900 élèves.", "fr") == []
