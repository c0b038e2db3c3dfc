"""English and French tolls and drawdowns, on sentences written for these tests: the members of a body
named in the sentence before, and the kinds below."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def fields(text: str, lang: str) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (m.count_text, m.actor_code, m.location_country, m.mention_type) for m in extract_mentions(text, lang)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La Finul surveille la Ligne bleue depuis 1978. Depuis sa création, 317 de ses membres ont été tués.",
            ("317", "UN", "casualties"),
        ),
        (
            "Le Hezbollah a revendiqué plusieurs tirs de roquettes. Quatre de ses membres ont été tués mardi.",
            ("Quatre", "HEZBOLLAH", "casualties"),
        ),
    ],
)
def test_its_members_are_those_of_the_body_named_in_the_sentence_before(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert [(f[0], f[1], f[3]) for f in fields(text, "fr")] == [expected]


def test_its_members_of_a_party_are_no_troops() -> None:
    assert fields("Le parti a tenu son congrès à Lyon. Trente de ses membres ont démissionné.", "fr") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level or a presence cut "from X to Y" is troops posted somewhere, though no place is named
        (
            "Officials said the plan is a reduction of British troop levels from 4,100 to roughly 2,800 by spring.",
            [("4,100", "withdrawal"), ("roughly 2,800", "withdrawal")],
        ),
        # a presence downsized, a footprint brought down
        (
            "Canada intends to downsize its naval presence to 450 sailors next year.",
            [("450", "withdrawal")],
        ),
        (
            "The decision will bring the Dutch contingent in Mali down to fewer than 300 soldiers.",
            [("fewer than 300", "withdrawal")],
        ),
    ],
)
def test_a_presence_cut_or_brought_down_is_a_withdrawal(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f[0], f[3]) for f in fields(text, "en")] == expected


def test_a_whole_army_downsized_stays_a_force_size() -> None:
    text = "The army will downsize its ranks from 470,000 to 440,000 soldiers over five years."
    assert [f[3] for f in fields(text, "en")] == ["force_size", "force_size"]


def test_a_running_toll_whose_number_is_named_far_before_the_figure() -> None:
    text = (
        "The number of Canadian soldiers killed since the battle group arrived in Kandahar province "
        "in early 2006 has climbed to 131, officials said."
    )
    assert [(f[0], f[1], f[3]) for f in fields(text, "en")] == [("131", "CAN", "casualties")]


def test_reservists_last_in_a_list_of_troops_killed_are_part_of_the_toll() -> None:
    text = "Au total, 83 soldats, sous-officiers et réservistes tchadiens ont été tués depuis janvier."
    assert [(f[0], f[3]) for f in fields(text, "fr")] == [("83", "casualties")]


def test_a_demonym_dead_in_a_toll_of_troops() -> None:
    text = "Environ 9 000 soldats serbes tués et 14 000 blessés. Environ 6 500 Croates décédés et 11 000 blessés."
    assert [(f[0], f[1], f[3]) for f in fields(text, "fr")] == [
        ("Environ 9 000", "SRB", "casualties"),
        ("14 000", "SRB", "casualties"),
        ("Environ 6 500", "HRV", "casualties"),
        ("11 000", "HRV", "casualties"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tony Blair told MPs he would send 1,200 more troops to the south.", "GBR"),
        ("President Museveni said 19 soldiers had been wounded in the raid.", "UGA"),
    ],
)
def test_leaders_name_whose_troops_they_are(text: str, expected: str) -> None:
    assert [f[1] for f in fields(text, "en")] == [expected]


def test_taliban_in_a_story_about_pakistan_are_the_pakistani_taliban() -> None:
    text = (
        "Three Pakistani soldiers died in a Taliban raid on a post in Bajaur, and 11 militants were killed."
    )
    assert [(f[0], f[1]) for f in fields(text, "en")] == [("Three", "PAK"), ("11", "TTP")]


def test_taliban_in_afghanistan_stay_the_afghan_taliban() -> None:
    text = "Near the Pakistani border, Afghan troops killed 14 Taliban fighters in Kunar province."
    assert [(f[0], f[1]) for f in fields(text, "en")] == [("14", "TALIBAN")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington sent 21,000 surge troops to Baghdad in early 2007.", "21,000"),
        ("Some 3,200 rotational troops arrived in Lithuania this week.", "Some 3,200"),
        ("The 650 residual soldiers would guard the embassy.", "650"),
    ],
)
def test_a_presence_told_by_its_kind_before_the_troop_noun(text: str, expected: str) -> None:
    assert [f[0] for f in fields(text, "en")] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Un premier groupe de 250 militaires rentrera en mars, puis les 600 autres du camp de Gao en avril.",
            "fr",
            ["250", "600"],
        ),
        (
            "About 150 troops flew home on Monday; the 420 others at the camp will follow.",
            "en",
            ["About 150", "420"],
        ),
    ],
)
def test_others_told_by_their_post_after_troops(text: str, lang: str, expected: list[str]) -> None:
    assert [f[0] for f in fields(text, lang)] == expected


def test_a_share_of_the_forces_of_public_order_is_no_troop_count() -> None:
    text = "En 2019, 35 membres des forces de l'ordre ont été blessés lors des manifestations. Neuf d'entre eux gravement."
    assert fields(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "La bataille de la ville a coûté à Kiev près de 4 000 soldats en un mois.",
            "fr",
            ("près de 4 000", "UKR", "casualties"),
        ),
        (
            "The siege has cost Russia about 7,500 troops since March.",
            "en",
            ("about 7,500", "RUS", "casualties"),
        ),
    ],
)
def test_the_troops_a_fight_cost_a_side_are_its_losses(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert [(f[0], f[1], f[3]) for f in fields(text, lang)] == [expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("L'envoi de 2 000 soldats coûtera à l'Etat 90 millions d'euros par an.", "fr"),
        ("Keeping 2,000 troops there will cost Washington 3 billion dollars a year.", "en"),
    ],
)
def test_what_sending_troops_costs_is_no_toll(text: str, lang: str) -> None:
    assert [f[3] for f in fields(text, lang)] != ["casualties"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Le plan de réduire les soldats britanniques stationnés en Estonie de 1 800 à 900 a surpris Tallinn.",
            "fr",
            ["1 800", "900"],
        ),
        ("The order to cut Dutch troops in Mali from 450 to 250 was a surprise.", "en", ["450", "250"]),
    ],
)
def test_both_steps_of_a_cut_whatever_follows_the_second(text: str, lang: str, expected: list[str]) -> None:
    assert [f[0] for f in fields(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Environ 800 soldats sur les 2 100 rapatriés du Tchad iront en Corse.",
            "fr",
            ["Environ 800", "2 100"],
        ),
        (
            "Some 700 troops out of the 1,900 withdrawn from Niger will stay in Chad.",
            "en",
            ["Some 700", "1,900"],
        ),
    ],
)
def test_the_whole_a_share_is_taken_from_told_by_a_participle(
    text: str, lang: str, expected: list[str]
) -> None:
    assert [f[0] for f in fields(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le camp a été attaqué par plus d'une centaine de combattants.",
            ("plus d'une centaine", 100, None, "lower_bound"),
        ),
        (
            "Le camp a été attaqué par plus d’une trentaine de rebelles.",
            ("plus d’une trentaine", 30, None, "lower_bound"),
        ),
        (
            "Pas moins d'une quinzaine de soldats ont été blessés.",
            ("Pas moins d'une quinzaine", 15, None, "lower_bound"),
        ),
        (
            "Moins d'un millier de militaires resteront dans le pays.",
            ("Moins d'un millier", None, 1000, "upper_bound"),
        ),
    ],
)
def test_elided_qualifiers_give_their_bound(
    text: str, expected: tuple[str, int | None, int | None, str]
) -> None:
    found = [
        (m.count_text, m.troop_count_min, m.troop_count_max, m.count_precision)
        for m in extract_mentions(text, "fr")
    ]
    assert found == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le ministre a parlé de « 27 » militaires blessés lors de l'exercice.", "« 27 »"),
        ("Paris compte envoyer « quelques centaines » de ses soldats en Lituanie.", "« quelques centaines »"),
    ],
)
def test_spaced_guillemets_around_the_number_alone_join_the_count(text: str, expected: str) -> None:
    assert [f[0] for f in fields(text, "fr")] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Lors de l'offensive, la brigade perd 350 hommes en trois jours.",
        "En 1916, le bataillon perdit près de 600 soldats devant Douaumont.",
    ],
)
def test_an_army_losing_its_men_in_any_tense_is_a_toll(text: str) -> None:
    assert [f[3] for f in fields(text, "fr")] == ["casualties"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "D'après un responsable, la milice aurait perdu près de 700 membres depuis l'été.",
            "fr",
            "près de 700",
        ),
        ("Officials believe the group has lost about 1,300 members since January.", "en", "about 1,300"),
    ],
)
def test_an_armed_group_named_by_its_kind_losing_members(text: str, lang: str, expected: str) -> None:
    assert [(f[0], f[3]) for f in fields(text, lang)] == [(expected, "casualties")]


def test_a_party_losing_members_is_no_toll() -> None:
    assert fields("Le parti a perdu 300 membres en un an.", "fr") == []


def test_the_lebanese_shiite_party_is_hezbollah() -> None:
    text = "Le parti chiite libanais a annoncé la mort de cinq de ses combattants."
    assert [(f[0], f[1]) for f in fields(text, "fr")] == [("cinq", "HEZBOLLAH")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Le gouvernement veut ramener de 2 400 à 1 600 le nombre de militaires belges au Sahel.",
            "fr",
            ["2 400", "1 600"],
        ),
        (
            "London will bring down from 5,500 to 4,000 the number of its soldiers in Basra.",
            "en",
            ["5,500", "4,000"],
        ),
    ],
)
def test_the_first_step_of_a_change_of_the_number_named_after_it(
    text: str, lang: str, expected: list[str]
) -> None:
    assert [f[0] for f in fields(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("About 1,100 troops leaving Kosovo will be sent to Romania instead.", "en"),
        ("Around 300 of the 2,000 soldiers leaving Lebanon are engineers.", "en"),
    ],
)
def test_the_country_troops_leave_is_not_their_owner(text: str, lang: str) -> None:
    found = fields(text, lang)
    assert found and all(f[1] is None for f in found)


def test_soldiers_killed_in_a_jihadist_attack_in_a_named_country_are_its_army() -> None:
    text = "Neuf militaires ont été tués dans une attaque terroriste contre un poste de l'armée dans le nord du Bénin."
    assert [(f[0], f[1]) for f in fields(text, "fr")] == [("Neuf", "BEN")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of the U.S. Marines stationed in Japan, about 4,000 will leave by 2028.", "JPN"),
        ("Of the Dutch soldiers posted in Mali, 250 will fly home before Christmas.", "MLI"),
    ],
)
def test_a_count_opening_its_clause_after_the_placed_whole_is_placed_there(text: str, expected: str) -> None:
    assert [(f[2], f[3]) for f in fields(text, "en")] == [(expected, "withdrawal")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Selon le communiqué, côté ami, on déplore 6 morts et 11 blessés.", ["6", "11"]),
        ("Le bilan côté militaire s'établit à 13 morts.", ["13"]),
        ("Côté ennemi, l'état-major fait état de 42 morts.", ["42"]),
    ],
)
def test_the_dead_of_a_side_told_by_its_side(text: str, expected: list[str]) -> None:
    assert [(f[0], f[3]) for f in fields(text, "fr")] == [(n, "casualties") for n in expected]


def test_the_dead_on_the_civilian_side_are_no_troops() -> None:
    assert fields("Côté civils, les secours ont compté 25 morts.", "fr") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le convoi de l'armée a été pris pour cible. Les militaires ont perdu quatre des leurs.",
            "quatre des leurs",
        ),
        ("Attaqué à l'aube, le régiment a perdu deux des siens.", "deux des siens"),
    ],
)
def test_comrades_of_the_troops_named_are_a_toll(text: str, expected: str) -> None:
    assert [(f[0], f[3]) for f in fields(text, "fr")] == [(expected, "casualties")]


def test_comrades_of_people_who_are_no_troops_are_no_toll() -> None:
    assert fields("Les supporters du club ont vu deux des leurs blessés.", "fr") == []
