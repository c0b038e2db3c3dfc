"""English kinds seen in round 16's casualty- and drawdown-rich fresh text, on sentences written for these tests:
member phrases with a group's acronym or a long country name, loyalists, captives and neutralised fighters,
presences that drop below a figure, the country a drawdown leaves named earlier in its sentence, countries
opening a sentence with their own counts, and provinces of Turkey's south-east."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def rows(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (m.count_text, m.actor_code, m.location_country, m.mention_type) for m in extract_mentions(text, "en")
    ]


def spans(text: str) -> list[str]:
    return [m.count_text for m in extract_mentions(text, "en")]


# ------------------------------------------------------------------------------ member phrases


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At a river crossing a patrol stopped six Allied Democratic Forces (ADF) members.", ["six"]),
        ("Troops said they took 14 Allied Democratic Forces (ADF) members prisoner near Beni.", ["14"]),
        (
            "At least nine members of the Republic of Korea’s military were hurt when a shell misfired.",
            ["At least nine"],
        ),
        (
            "Four members of the Central African Republic's armed forces died when their truck hit a mine.",
            ["Four"],
        ),
    ],
)
def test_members_of_a_named_group_or_a_long_named_army(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Twelve members of the city council's budget committee voted against it.",
        "The club said 40 Rotary (RCI) members attended the dinner.",
        "About 2,000 Trump loyalists gathered outside the courthouse.",
        "Some 300 party loyalists attended the rally in the capital.",
    ],
)
def test_members_and_loyalists_of_no_armed_force_stay_out(text: str) -> None:
    assert spans(text) == []


def test_loyalists_dying_in_fighting_are_fighters() -> None:
    assert spans("Medics said 30 rebels were killed, while at least five loyalists fell in the clashes.") == [
        "30",
        "at least five",
    ]
    assert [r[3] for r in rows("Seven loyalists and 12 rebels died in street battles near the port.")] == [
        "casualties",
        "casualties",
    ]


# ------------------------------------------------------------------------------ casualty and drawdown verbs


@pytest.mark.parametrize(
    "text",
    [
        "The brigade closed the operation by neutralizing 14 insurgents in the hills.",
        "The militia let go 40 sailors held captive since March.",
        "The 85 soldiers spent two years in captivity in the rebel camps.",
    ],
)
def test_neutralising_and_captivity_are_casualty_words(text: str) -> None:
    assert [r[3] for r in rows(text)] == ["casualties"]


@pytest.mark.parametrize(
    "text",
    [
        "The number of Belgian troops in Niger had dropped below 300 by the autumn.",
        "The number of marines on the island fell to 1,200 last spring.",
    ],
)
def test_a_presence_dropping_below_a_figure_is_a_withdrawal(text: str) -> None:
    assert [r[3] for r in rows(text)] == ["withdrawal"]


# ------------------------------------------------------------------------------ the country a drawdown leaves


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spain will withdraw about 200 soldiers from Lebanon this year, cutting its contingent to 450.",
            [("about 200", "ESP", "LBN", "withdrawal"), ("450", "ESP", "LBN", "withdrawal")],
        ),
        (
            "Canada is pulling its soldiers out of Latvia, cutting the battlegroup to 300.",
            [("300", "CAN", "LVA", "withdrawal")],
        ),
        (
            "The US will end its pull-out from Iraq within a year, with forces going from 5,000 to 2,500"
            " happening by spring.",
            [("5,000", "USA", "IRQ", "withdrawal"), ("2,500", "USA", "IRQ", "withdrawal")],
        ),
    ],
)
def test_a_drawdown_leaves_the_country_named_earlier_in_its_sentence(
    text: str, expected: list[tuple[str, str | None, str | None, str]]
) -> None:
    assert rows(text) == expected


def test_an_army_shrinking_stays_a_force_size() -> None:
    assert [r[3] for r in rows("The army will shrink to 400,000 soldiers by 2030.")] == ["force_size"]


def test_the_country_a_drawdown_leaves_owns_none_of_the_troops() -> None:
    assert rows("Its troop withdrawal from Syria will see forces cut from 2,000 to 900.") == [
        ("2,000", None, "SYR", "withdrawal"),
        ("900", None, "SYR", "withdrawal"),
    ]


def test_troops_arriving_from_a_country_do_not_leave_it() -> None:
    assert rows("Soldiers from Germany arrived in Lithuania, bringing the total to 1,500.") == [
        ("1,500", "DEU", "LTU", "deployment")
    ]


# ------------------------------------------------------------------------------ countries opening with their counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway (about 300 troops) and Spain (450 troops) are bringing their units home in stages.",
            [("about 300", "NOR", None), ("450", "ESP", None)],
        ),
        ("The United Kingdom (about 900 troops) will be gone by June.", [("about 900", "GBR", None)]),
        (
            "Poland (2,500 soldiers) and Romania (900 soldiers) lead the new battlegroups.",
            [("2,500", "POL", None), ("900", "ROU", None)],
        ),
    ],
)
def test_countries_opening_a_sentence_with_their_counts_own_them(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert [r[:3] for r in rows(text)] == expected


def test_a_list_of_host_countries_still_places_the_troops() -> None:
    text = "The main host nations are Japan (around 50,000 troops) and South Korea (about 28,000 troops)."
    assert [r[2] for r in rows(text)] == ["JPN", "KOR"]


# ------------------------------------------------------------------------------ Turkey's south-east


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers died when their patrol was ambushed in rural Sirnak province on Tuesday.",
        "Three Turkish soldiers were hurt by a mine near a village in Hakkari.",
        "Four militants surrendered to the army in Şırnak, the governor's office said.",
    ],
)
def test_provinces_of_the_south_east_are_in_turkey(text: str) -> None:
    assert [r[2] for r in rows(text)] == ["TUR"]


def test_a_common_word_is_no_turkish_place() -> None:
    assert [r[2] for r in rows("After the march, 20 soldiers were checked for lice in the barracks.")] == [
        None
    ]


# ------------------------------------------------------------------------------ counts over two sides


@pytest.mark.parametrize(
    "text",
    [
        "At least 120 fighters died in clashes between the Sudanese army and RSF units near the river.",
        "Some 70 fighters were killed in battles between Somali troops and al-Shabaab militants.",
        "At least 60 Houthi fighters and Yemeni government soldiers were killed over the weekend.",
        "Some 300 Hamas fighters and Israeli troops were seen along the fence.",
    ],
)
def test_a_count_over_both_sides_has_no_owner(text: str) -> None:
    assert [r[1] for r in rows(text)] == [None]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Israeli troops killed 30 Hamas fighters in the raid.", "HAMAS"),
        (
            "A dozen Hezbollah fighters lay dead after a night of shelling between the group and Israeli units.",
            "HEZBOLLAH",
        ),
    ],
)
def test_one_sides_fighters_keep_their_group(text: str, actor: str) -> None:
    assert [r[1] for r in rows(text)] == [actor]


def test_two_counts_of_two_sides_keep_their_owners() -> None:
    text = "Some 12 Kenyan soldiers and four Ugandan troops died when their convoy was hit near the border."
    assert [r[1] for r in rows(text)] == ["KEN", "UGA"]


def test_a_german_von_is_no_country_left() -> None:
    text = "Die von der Türkei bezahlten Söldner verließen Syrien, bis zu 300 sollen es sein."
    assert all(m.location_country != "TUR" for m in extract_mentions(text, "de"))


# ------------------------------------------------------------------------------ a place and its "where" clause


@pytest.mark.parametrize(
    ("text", "lang", "location"),
    [
        (
            "The allies would keep up the fight in Syria — where there are about 700 US troops — and move staff to"
            " Jordan.",
            "en",
            "SYR",
        ),
        (
            "The army will stay in Niger, where some 1,500 French soldiers are based, and leave Mali.",
            "en",
            "NER",
        ),
        (
            "Most units stay in Estonia, where 800 British troops serve, rather than move to Latvia.",
            "en",
            "EST",
        ),
        (
            "La France reste au Niger, où quelque 1 500 soldats français sont basés, et quitte le Mali.",
            "fr",
            "NER",
        ),
        (
            "Frankreich bleibt in Niger, wo rund 1500 französische Soldaten stationiert sind, und verlässt Mali.",
            "de",
            "NER",
        ),
    ],
)
def test_a_where_clause_places_its_troops_in_the_place_before_it(text: str, lang: str, location: str) -> None:
    assert [m.location_country for m in extract_mentions(text, lang)] == [location]


def test_a_place_far_before_the_count_is_no_where_clause() -> None:
    text = "After talks in Chad the minister said 400 soldiers would go to Niger."
    assert [r[2] for r in rows(text)] == ["NER"]


# ------------------------------------------------------------------------------ losses in an invaded land


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Some 200 soldiers have died since the invasion of Ukraine began.", "UKR"),
        ("Russia says it lost 5,000 soldiers since its invasion of Ukraine.", "UKR"),
        ("The ministry says 70 soldiers were lost in the incursion into Lebanon last autumn.", "LBN"),
    ],
)
def test_losses_since_an_invasion_are_placed_in_the_land_invaded(text: str, location: str) -> None:
    assert [r[2] for r in rows(text)] == [location]


@pytest.mark.parametrize(
    "text",
    [
        "At least 9,000 militants have been killed since the invasion of Iraq and Syria by the alliance.",
        "About 300 soldiers were sent to Poland after the invasion of Ukraine.",
    ],
)
def test_an_invasion_of_two_lands_or_a_deployment_gets_no_place_from_it(text: str) -> None:
    assert all(r[2] != "UKR" and r[2] != "IRQ" for r in rows(text))


def test_a_side_of_a_pact_named_after_between_is_no_place() -> None:
    text = (
        "Spain will withdraw its 600 soldiers from Iraq under the accord reached between Washington and Baghdad"
        " last week."
    )
    assert [r[2] for r in rows(text)] == ["IRQ"]
    text = "The pull-out from Mali cuts the force to 300, under a pact signed between Paris and the junta in Bamako."
    assert [r[2] for r in rows(text)] == ["MLI"]


# ------------------------------------------------------------------------------ a weapons sentence after a troops one


@pytest.mark.parametrize(
    "text",
    [
        "The militia now has 30,000 fighters. Its stock of rockets rose from 9,000 to 60,000 in a decade.",
        "The army shrank to 80,000 soldiers. Its fleet of tanks fell from 1,200 to 700 over the same years.",
        "The group counts 5,000 gunmen. Its budget grew from 40 to 90 in a year.",
    ],
)
def test_figures_of_weapons_after_a_troop_count_are_not_troops(text: str) -> None:
    assert len(spans(text)) == 1


def test_troops_named_with_weapons_keep_their_figures() -> None:
    assert spans("The drawdown of troops and tanks from 5,000 to 3,000 will take a year.") == [
        "5,000",
        "3,000",
    ]


# ------------------------------------------------------------------------------ a toll that has gone up to a figure


@pytest.mark.parametrize(
    "text",
    [
        "The number of soldiers killed in the week had gone up to 36 by Sunday.",
        "The toll of dead marines went up to 52 after the second blast.",
    ],
)
def test_a_toll_gone_up_to_a_figure_is_that_figure(text: str) -> None:
    found = extract_mentions(text, "en")
    assert [(m.count_precision, m.mention_type) for m in found] == [("exact", "casualties")]


def test_up_to_before_a_count_stays_a_ceiling() -> None:
    found = extract_mentions("The ministry will send up to 400 soldiers next month.", "en")
    assert [(m.count_text, m.count_precision) for m in found] == [("up to 400", "upper_bound")]


def test_the_enclave_refers_to_the_territory_named_before() -> None:
    text = "Tanks rolled into Gaza on Friday. Six soldiers died when a mine went off in the south of the enclave."
    assert [r[2] for r in rows(text)] == ["PSE"]
    assert [r[2] for r in rows("Six soldiers died when a mine went off in the south of the enclave.")] == [
        None
    ]
