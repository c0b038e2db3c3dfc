"""English troop counts: South Asian scale words (`1.2 lakh soldiers`) and nouns (`jawans`), more
qualifiers (`a little over`), `comrades` of a war report, a force's strength with a modifier before its noun (`a
90-strong security detachment`), deaths told as lives given (`laid down their lives`), troops brought or arriving
home, and a country's possessive right before a count as the owner, not a place (sentences written for these
tests)."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions
from news_etl.records import Mention


def _one(text: str, span: str) -> Mention:
    found = [m for m in extract_mentions(text, "en") if m.count_text == span]
    assert found, [m.count_text for m in extract_mentions(text, "en")]
    return found[0]


def _owner_and_place(text: str, span: str) -> tuple[str | None, str | None]:
    m = _one(text, span)
    return (m.actor_code, m.location_country)


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "precision"),
    [
        (
            "The navy wants to add more than 1 lakh sailors by 2030.",
            "more than 1 lakh",
            100000,
            None,
            "lower_bound",
        ),
        (
            "The army faces a gap of nearly 1.4 lakh soldiers.",
            "nearly 1.4 lakh",
            140000,
            140000,
            "approximate",
        ),
        ("The army plans to enlist 1.15 lakh recruits next year.", "1.15 lakh", 115000, 115000, "exact"),
        (
            "There were a little over 700 Spanish troops in Latvia.",
            "a little over 700",
            700,
            None,
            "lower_bound",
        ),
        (
            "Slightly over 250 soldiers were wounded in the offensive.",
            "Slightly over 250",
            250,
            None,
            "lower_bound",
        ),
    ],
)
def test_lakh_and_qualifiers(text: str, span: str, low: int | None, high: int | None, precision: str) -> None:
    m = _one(text, span)
    assert (m.troop_count_min, m.troop_count_max, m.count_precision) == (low, high, precision)


def test_crore_of_people_is_no_count() -> None:
    assert extract_mentions("Nearly 14 crore people voted in the state.", "en") == []


@pytest.mark.parametrize(
    ("text", "span", "mtype"),
    [
        ("Three soldiers died in the blast, among them two jawans from Punjab.", "two", "casualties"),
        ("The guerrillas shot 11 troops after losing 6 comrades in the raid on the post.", "6", "casualties"),
        ("Spain keeps a 90-strong security detachment in Bamako.", "90", "deployment"),
        ("A 35-strong reinforcement unit of the army was ambushed near the pass.", "35", None),
        ("During the campaign, 2,100 Greek soldiers laid down their lives.", "2,100", "casualties"),
        (
            "A total of 40,000 volunteers joined the army, 3,850 of whom sacrificed their lives.",
            "3,850",
            "casualties",
        ),
        ("The senator pledged to bring Norway's 350 combat troops home.", "350", "withdrawal"),
        ("Some 420 Danish soldiers will arrive home from Estonia next month.", "Some 420", "withdrawal"),
    ],
)
def test_nouns_and_type_cues(text: str, span: str, mtype: str | None) -> None:
    m = _one(text, span)
    if mtype is not None:
        assert m.mention_type == mtype


@pytest.mark.parametrize(
    ("text", "span", "actor", "location"),
    [
        ("The minister vowed to withdraw Norway's 350 troops.", "350", "NOR", None),
        ("The premier wants to send Sweden's 600 soldiers to the exercise.", "600", "SWE", None),
        ("Sweden's 600 soldiers are stationed in Latvia.", "600", "SWE", "LVA"),
    ],
)
def test_possessive_before_a_count_is_the_owner(
    text: str, span: str, actor: str, location: str | None
) -> None:
    assert _owner_and_place(text, span) == (actor, location)


@pytest.mark.parametrize(
    ("text", "span", "actor", "location"),
    [
        # a body the troops' state is not part of owns nothing
        (
            "Chile is a leading contributor among non-NATO states, with about 700 troops in Cyprus.",
            "about 700",
            "CHL",
            "CYP",
        ),
        # a named alliance other than NATO
        ("Some 60 army soldiers surrendered to the Freedom Alliance on Sunday.", "Some 60", None, None),
        ("The Alliance has sent 3,000 troops to Estonia.", "3,000", "NATO", "EST"),
        # Pakistani English for the Pakistan Army
        ("Three Pak Army soldiers were martyred in an ambush, the military said.", "Three", "PAK", None),
        # the country invaded is where the troops were
        ("During the invasion of Kuwait, 90,000 Iraqi troops were engaged.", "90,000", "IRQ", "KWT"),
        ("On the anniversary of the invasion of Kuwait, the army trained 900 recruits.", "900", None, None),
    ],
)
def test_owners_and_places_of_named_bodies(
    text: str, span: str, actor: str | None, location: str | None
) -> None:
    assert _owner_and_place(text, span) == (actor, location)


@pytest.mark.parametrize(
    ("text", "span", "actor", "location"),
    [
        # an officer's rank before a name is a military word for weak nouns
        (
            "The scheme, drawn up by the late Gen Arjun Mehta, was to be tried on 3,000 personnel.",
            "3,000",
            None,
            None,
        ),
        ("Lt Col Ravi Sharma said 450 personnel would join the unit.", "450", None, None),
        # a nation's people serving or stationed somewhere are its troops
        ("By mid-1952, 260,000 Canadians were serving in Europe.", "260,000", "CAN", None),
        ("By 1990, 9,000 Belgians were stationed in Germany.", "9,000", "BEL", "DEU"),
    ],
)
def test_ranks_and_nations_serving(text: str, span: str, actor: str | None, location: str | None) -> None:
    assert _owner_and_place(text, span) == (actor, location)


@pytest.mark.parametrize(
    "text",
    [
        "The Gen Z survey asked 3,000 personnel managers about pay.",
        "About 800 Canadians were serving drinks at the festival.",
    ],
)
def test_no_troops_without_rank_or_service(text: str) -> None:
    assert extract_mentions(text, "en") == []


@pytest.mark.parametrize(
    ("text", "span", "mtype"),
    [
        # "last" before a time word dates the count; it does not make them the last ones to leave
        ("Last month, 5,240 Nepalese blue helmets served with two UN operations.", "5,240", "deployment"),
        ("The last 260 Belgian troops left Mali on Friday.", "260", "withdrawal"),
    ],
)
def test_last_year_is_a_time(text: str, span: str, mtype: str) -> None:
    assert _one(text, span).mention_type == mtype


@pytest.mark.parametrize(
    ("text", "span", "actor", "location", "mtype"),
    [
        # a state that has or contributes peacekeepers owns them; a withdrawal ruled out is none
        (
            "Nepal has some 1,100 peacekeepers in Lebanon and has pledged not to withdraw them.",
            "some 1,100",
            "NPL",
            "LBN",
            "deployment",
        ),
        # "recall" troops from a country
        (
            "The premier plans to recall 2,500 Italian troops from Iraq by May.",
            "2,500",
            "ITA",
            "IRQ",
            "withdrawal",
        ),
        # deaths told as the ultimate price
        (
            "Officials said 75 Ugandan soldiers paid the ultimate price in the raid on their camp.",
            "75",
            "UGA",
            None,
            "casualties",
        ),
    ],
)
def test_contingents_recalls_and_sacrifice(
    text: str, span: str, actor: str, location: str | None, mtype: str
) -> None:
    m = _one(text, span)
    assert (m.actor_code, m.location_country, m.mention_type) == (actor, location, mtype)


def test_returned_home_after_a_tour() -> None:
    m = _one(
        "About 150 soldiers from the 2nd Battalion returned to Darwin on Monday after their six-month tour in East Timor.",
        "About 150",
    )
    assert (m.mention_type, m.location_country) == ("withdrawal", "TLS")
