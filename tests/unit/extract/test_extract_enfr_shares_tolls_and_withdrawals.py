"""English and French kinds of troop counts seen in round 14's fresh text, on sentences written for these tests."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def found(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(m.count_text, m.mention_type) for m in extract_mentions(text, lang)]


def spans(text: str, lang: str = "en") -> list[str]:
    return [m.count_text for m in extract_mentions(text, lang)]


def values(text: str, lang: str = "en") -> list[int | None]:
    return [m.troop_count_min for m in extract_mentions(text, lang)]


# ------------------------------------------------------------------------------ Indian digit grouping


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army has a strength of 12,37,000 soldiers, the ministry said.", [1237000]),
        ("Nearly 1,50,000 troops were moved to the northern sector last winter.", [150000]),
        ("The state raised 2,25,500 reservists and 40,000 recruits.", [225500, 40000]),
    ],
)
def test_lakh_grouped_digits_are_one_number(text: str, expected: list[int]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The scores were 3,45 and 2,10 in the last two rounds.",
        "The budget of 1,20,000 rupees was cleared for the school.",
    ],
)
def test_lakh_grouped_digits_of_other_things_stay_out(text: str) -> None:
    assert spans(text) == []


# ------------------------------------------------------------------------ a time phrase after a bare count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry will trim its troops in Iraq from 4,100 to 2800 this month.",
            [("4,100", "withdrawal"), ("2800", "withdrawal")],
        ),
        (
            "London finished the drawdown of its forces in the province to 6,000 ahead of the spring deadline.",
            [("6,000", "withdrawal")],
        ),
        (
            "The garrison will be reduced from 900 to 650 next month.",
            [("900", "withdrawal"), ("650", "withdrawal")],
        ),
    ],
)
def test_second_count_of_a_change_before_a_time_phrase(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------------------------ adjectives in front


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rescuers carried 17 dead soldiers from the ambush site.", [("17", "casualties")]),
        ("The army said 60 slain militants were buried near the pass.", [("60", "casualties")]),
        (
            "Of the 140 Hezbollah terrorist operatives who were killed, most fell near the border.",
            [("140", "casualties")],
        ),
        ("Officials said 35 jihadist fighters were captured in the raid.", [("35", "casualties")]),
    ],
)
def test_dead_or_terrorist_between_count_and_troop_noun(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The strike left 40 dead or wounded civilians in the market, the army said after the raid on the fighters.",
        "Militants ambushed the convoy; rescuers counted 25 dead and injured villagers.",
        "The group claimed 30 terrorist attacks on the army last year.",
        "Rescuers found 12 dead sheep near the army post.",
    ],
)
def test_dead_of_people_and_terrorist_of_other_things_stay_out(text: str) -> None:
    assert spans(text) == []


# ------------------------------------------------------------------------------------------- type cues


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The prime minister will order 3,000 soldiers back home next spring.", [("3,000", "withdrawal")]),
        ("Paris wants to send 700 troops back home from the Sahel by June.", [("700", "withdrawal")]),
        ("About 400 marines left the island and will not be replaced.", [("About 400", "withdrawal")]),
    ],
)
def test_back_home_and_no_rotation_are_withdrawals(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Au moins 800 soldats gouvernementaux sont entre les mains des rebelles depuis la bataille.",
            "fr",
            [("Au moins 800", "casualties")],
        ),
        (
            "Some 300 soldiers are still in the hands of the insurgents after the siege.",
            "en",
            [("Some 300", "casualties")],
        ),
    ],
)
def test_troops_held_by_the_enemy_are_casualties(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, lang) == expected


# ---------------------------------------------------------------- shares after "dont", members, votes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'exercice réunira 30 000 soldats, dont 2 500 alliés, dans le sud du pays.", ["30 000", "2 500"]),
        ("La force compte 11 000 hommes, dont plus de 4 000 Européens.", ["11 000", "plus de 4 000"]),
        ("L'opération mobilise 6 000 militaires - dont 200 belges - dans le nord.", ["6 000", "200"]),
    ],
)
def test_allies_continents_and_lower_case_nationals_after_dont(text: str, expected: list[str]) -> None:
    assert spans(text, "fr") == expected


def test_refugees_of_a_continent_after_dont_stay_out() -> None:
    assert spans("Le pays a accueilli 9 000 réfugiés, dont 2 000 européens.", "fr") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven members of the Nigerian forces were killed in the ambush.", [("Seven", "casualties")]),
        ("Three members of the Pakistani military were wounded near the border.", [("Three", "casualties")]),
        (
            "The Ohio National Guard is sending about 250 members to the flooded counties.",
            [("about 250", "deployment")],
        ),
    ],
)
def test_members_of_a_nations_forces_or_sent_by_a_guard(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Three members of the Russian forces' families were hurt in the fire.",
        "The Navy sent 12 members of its band to the parade.",
        "The army will have 2.4 million members, the decree says.",
        "The army has 40 members of parliament on its side.",
    ],
)
def test_members_of_other_things_stay_out(text: str) -> None:
    assert spans(text) == []


def test_wounded_told_by_sustaining_injuries() -> None:
    text = "Eleven soldiers were hurt in the blast, with four sustaining severe injuries."
    assert found(text) == [("Eleven", "casualties"), ("four", "casualties")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La France a 2 800 militaires au Sahel et 900 contre l'EI en Irak.", ["2 800", "900"]),
        ("Sur l'envoi de 300 soldats, 320 députés ont voté pour, 200 contre.", ["300"]),
    ],
)
def test_contre_ends_a_vote_only_before_a_figure_or_the_clause(text: str, expected: list[str]) -> None:
    assert spans(text, "fr") == expected


# ------------------------------------------------------------------- elements, tolls on their way to a figure


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 1,800 elements of the federal forces arrived in Sinaloa last week.",
            ["About 1,800"],
        ),
        ("Some 400 elements of the army arrived in the port city on Monday.", ["Some 400"]),
    ],
)
def test_elements_of_a_named_force_are_troops(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The plan has 300 elements of surprise, the general said.",
        "Police said 40 elements of the gang were arrested.",
    ],
)
def test_elements_of_other_things_stay_out(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army's casualties were fast approaching 40,000 by the winter.",
            [("40,000", "casualties")],
        ),
        ("The army's losses have surpassed 9,000 soldiers since the spring.", [("9,000", "casualties")]),
    ],
)
def test_a_toll_on_its_way_to_a_figure(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The troops are approaching 300 meters from the line.",
        "The number of refugees is nearing 300,000, said officials at the army base.",
    ],
)
def test_approaching_distances_and_other_tolls_stay_out(text: str) -> None:
    assert spans(text) == []


# ------------------------------------------------------------------------------ withdrawal or deployment


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 600 soldiers will leave Fort Drum on Monday for Kosovo.", [("About 600", "deployment")]),
        (
            "Some 300 Kenyan troops departed for the African Union mission in Somalia.",
            [("Some 300", "deployment")],
        ),
        (
            "Some 450 Ghanaian soldiers departed on Tuesday for a year-long tour in Lebanon.",
            [("Some 450", "deployment")],
        ),
        ("About 800 troops left Kabul on Friday.", [("About 800", "withdrawal")]),
        ("A rotation of 500 marines left Okinawa for Guam on Sunday.", [("500", "withdrawal")]),
    ],
)
def test_leaving_for_a_place_named_after_it_is_a_deployment(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Pentagon plans to decrease its presence in Iraq to under 2,000 troops.",
            [("under 2,000", "withdrawal")],
        ),
        (
            "The coalition said it was sending home more than 300 Marines from Syria.",
            [("more than 300", "withdrawal")],
        ),
        (
            "Three battalions of about 1,500 soldiers each were to be drawn down.",
            [("about 1,500", "withdrawal")],
        ),
    ],
)
def test_decrease_sending_home_and_drawn_down_are_withdrawals(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------------ ranks among troops, men posted


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Un convoi de 38 militaires, dont trois capitaines, a été pris en embuscade.",
            "fr",
            ["38", "trois"],
        ),
        ("Il ne reste que 120 soldats sur la base, dont 45 logisticiens.", "fr", ["120", "45"]),
        ("The battalion lost 31 soldiers, including four officers, in the assault.", "en", ["31", "four"]),
    ],
)
def test_ranks_and_trades_after_dont_or_including(text: str, lang: str, expected: list[str]) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les 1 900 hommes affectés au Sénégal seront réduits de moitié.", ["1 900"]),
        (
            "Quelque 700 hommes stationnés en Côte d'Ivoire assurent la sécurité de l'aéroport.",
            ["Quelque 700"],
        ),
    ],
)
def test_men_posted_somewhere_are_troops(text: str, expected: list[str]) -> None:
    assert spans(text, "fr") == expected


def test_men_affected_by_something_stay_out() -> None:
    assert spans("Quelque 10 000 hommes affectés par la crise ont perdu leur emploi.", "fr") == []


# ------------------------------------------------------- a sentence opening on a part of the troops before


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Washington will move about 9,000 soldiers out of Italy. Out of those, 4,000 will go to Spain.",
            "en",
            ["about 9,000", "4,000"],
        ),
        ("The brigade sent 2,400 troops to the border. Of them, 800 are reservists.", "en", ["2,400", "800"]),
        (
            "Madrid a envoyé 1 500 soldats en Lettonie. Parmi eux, 300 sont des réservistes.",
            "fr",
            ["1 500", "300"],
        ),
    ],
)
def test_part_of_the_troops_counted_in_the_sentence_before(text: str, lang: str, expected: list[str]) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The army has 40,000 soldiers. Of these, 2019 was a hard year.",
        "The city hosts 3,000 soldiers. Of its schools, 40 were closed.",
    ],
)
def test_years_and_other_things_after_of_these_stay_out(text: str) -> None:
    assert spans(text)[1:] == []


def test_guardsman_after_a_plural_count_and_not_to_exceed() -> None:
    assert spans("The 220 Ohio Guardsman will join another 90 who are already at the border.") == [
        "220",
        "90",
    ]
    assert spans("The mission may grow to a ceiling of troops not to exceed 3,000 soldiers.") == [
        "not to exceed 3,000"
    ]


# ------------------------------------------------------------------------------------------------ deserters


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("L'armée enregistra 2 150 désertions en 1917.", "fr", [("2 150", "other")]),
        ("Les historiens recensent 940 cas de désertion dans ce régiment.", "fr", [("940", "other")]),
        (
            "The army recorded about 700 deserters in the last year of the war.",
            "en",
            [("about 700", "other")],
        ),
        ("Eleven deserters were executed by the regime.", "en", [("Eleven", "casualties")]),
    ],
)
def test_deserters_and_desertions_are_troop_counts_of_their_own_kind(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, lang) == expected


def test_a_desert_is_no_desertion() -> None:
    assert spans("Le désert compte 300 oasis et 40 000 nomades.", "fr") == []


def test_a_presence_that_dropped_by_a_figure_is_a_withdrawal() -> None:
    text = "The general said the force in Iraq had dropped by 1,500 this year, to roughly 4,000 troops."
    assert found(text) == [("1,500", "withdrawal"), ("roughly 4,000", "withdrawal")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Villagers said they counted 25 dead Taliban after the strike.", [("25", "casualties")]),
        ("The army said it found 14 dead Houthis in the trench.", [("14", "casualties")]),
    ],
)
def test_dead_of_an_armed_group(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_dead_of_a_nation_need_a_troop_noun() -> None:
    assert spans("Rescuers counted 30 dead Americans at the embassy.") == []
