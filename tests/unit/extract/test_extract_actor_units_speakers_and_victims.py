"""Whose troops, in en/de/fr: owners implied only by a unit, a base or an institution (a brigade, an airborne
division, a fort, a leader of the past), an army or ministry that speaks of troops when nobody else
is named, and soldiers that insurgents or a group kill in a country, who are that country's army (sentences written
here, after kinds of misses found on fresh real news)."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def actors(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m.count_text, m.actor_code) for m in extract_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a unit, a base or an institution that belongs to one army
        ("Nine Golani soldiers were wounded in the clash on Tuesday.", "en", [("Nine", "ISR")]),
        ("Drei Soldaten der Golani-Brigade wurden bei dem Gefecht verletzt.", "de", [("Drei", "ISR")]),
        ("Selon Tsahal, 4 soldats ont été blessés par un tir de roquette.", "fr", [("4", "ISR")]),
        (
            "Some 2,000 paratroopers of the 82nd Airborne Division flew out on Sunday.",
            "en",
            [("Some 2,000", "USA")],
        ),
        ("About 900 soldiers left Fort Bragg for the Gulf on Monday.", "en", [("About 900", "USA")]),
        (
            "Lloyd Austin approved sending 1,200 more troops to the region.",
            "en",
            [("1,200", "USA")],
        ),
        (
            "Artillery fire hit a Hashd al-Shaabi post and three of its fighters died.",
            "en",
            [("three", "PMF")],
        ),
        ("En 1805, Napoléon dispose de 200 000 soldats sur le Rhin.", "fr", [("200 000", "FRA")]),
        ("Napoleon führte rund 600.000 Soldaten nach Russland.", "de", [("rund 600.000", "FRA")]),
        ("Les pertes de l'armée napoléonienne atteignent 400 000 hommes.", "fr", [("400 000", "FRA")]),
    ],
)
def test_unit_or_institution_names_the_owner(
    text: str, lang: str, expected: list[tuple[str, str | None]]
) -> None:
    assert actors(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an army or a ministry that speaks, with nobody else named: its own troops
        (
            "A Pentagon spokeswoman said 2,500 soldiers would stay through the winter.",
            "en",
            [("2,500", "USA")],
        ),
        ("An IDF spokesman said 40 soldiers were hurt overnight.", "en", [("40", "ISR")]),
        # ... but a speaker named by a demonym may count anyone's troops
        ("A Ukrainian official said 300 soldiers were killed in the strike.", "en", [("300", None)]),
        # ... and a state named beside the troops still owns them
        ("A Pentagon spokesman said 5,000 Russian troops had massed there.", "en", [("5,000", "RUS")]),
    ],
)
def test_an_army_speaking_of_troops(text: str, lang: str, expected: list[tuple[str, str | None]]) -> None:
    assert actors(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # soldiers that insurgents or a group kill in a country: the victims' army, not the killers'
        ("Jihadists killed 14 soldiers in an ambush in western Niger on Friday.", "en", [("14", "NER")]),
        ("Militants attacked a base in Somalia, killing nine soldiers.", "en", [("nine", "SOM")]),
        (
            "Bei einem Anschlag von Islamisten in Mali wurden zwölf Soldaten getötet.",
            "de",
            [("zwölf", "MLI")],
        ),
        ("Des jihadistes ont tué 11 militaires au Burkina Faso dimanche.", "fr", [("11", "BFA")]),
        # an ambush or a roadside bomb tells the attack, and the country and attack may stand in the sentence before
        ("Eight soldiers died in an ambush in northern Mali on Tuesday.", "en", [("Eight", "MLI")]),
        (
            "Des djihadistes ont attaqué un poste au Niger. Une vingtaine de soldats ont été tués.",
            "fr",
            [("Une vingtaine", "NER")],
        ),
        # not troops stationed there, nor deaths with no attacker, nor the attackers' own fighters
        ("Insurgents killed three soldiers stationed in Mali.", "en", [("three", None)]),
        ("Five soldiers died when their truck overturned in Chad.", "en", [("Five", None)]),
        ("Soldiers killed 20 militants in Nigeria on Sunday.", "en", [("20", None)]),
        # ... nor soldiers struck in a province, where another state's troops may be fighting
        ("Rebels ambushed a patrol in Kandahar province, killing six soldiers.", "en", [("six", None)]),
    ],
)
def test_soldiers_killed_by_insurgents_are_the_country_army(
    text: str, lang: str, expected: list[tuple[str, str | None]]
) -> None:
    assert actors(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an owner two sentences back, when the sentence between names no body at all
        (
            "Berlin schickt eine Brigade nach Polen. Der Vertrag steht. Bald sollen 3.000 Soldaten dort sein.",
            "de",
            [("3.000", "DEU")],
        ),
        (
            "Canada will station a battle group in Latvia. The plan was agreed last year. "
            "Up to 2,200 soldiers are to serve there.",
            "en",
            [("Up to 2,200", "CAN")],
        ),
        # ... but not when that sentence names several states
        (
            "Frankreich und Deutschland planen eine gemeinsame Brigade. Der Vertrag steht. "
            "Bald sollen 3.000 Soldaten bereitstehen.",
            "de",
            [("3.000", None)],
        ),
    ],
)
def test_owner_two_sentences_back(text: str, lang: str, expected: list[tuple[str, str | None]]) -> None:
    assert actors(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # troops from a part of their own country: a state, province or city they come from
        ("Rund 200 Soldaten aus Niedersachsen waren dort beteiligt.", "de", [("Rund 200", "DEU")]),
        ("About 300 troops from Texas arrived at the border.", "en", [("About 300", "USA")]),
        # ... not a part of a country the troops leave
        ("Rund 200 Soldaten wurden aus Bayern abgezogen.", "de", [("Rund 200", None)]),
        # the French services by their own names, and a demonym written without its cedilla
        (
            "Quelque 2 400 soldats de l'armée de terre partent en Guyane.",
            "fr",
            [("Quelque 2 400", "FRA")],
        ),
        ("Les 18.000 militaires francais seront mobilisés à Paris.", "fr", [("18.000", "FRA")]),
        # ... while a demonym after the army's name still names another state's
        ("L'armée de terre malienne compte 8 000 hommes.", "fr", [("8 000", "MLI")]),
        # the US Marine Corps by a unit of it
        (
            "About 2,200 Marines of the 15th Marine Expeditionary Unit sailed on Monday.",
            "en",
            [("About 2,200", "USA")],
        ),
        ("Some 300 Royal Marines arrived in Norway.", "en", [("Some 300", "GBR")]),
        ("About 200 marines were killed, the Ukrainian navy said.", "en", [("About 200", "UKR")]),
    ],
)
def test_home_regions_service_names_and_marines(
    text: str, lang: str, expected: list[tuple[str, str | None]]
) -> None:
    assert actors(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # fighters of a private military company are its state's (Wagner, Africa Corps: RUS)
        (
            "Der Chef der Söldner-Gruppe Wagner will bis Mai rund 30.000 neue Kämpfer anwerben.",
            "de",
            [("rund 30.000", "RUS")],
        ),
        ("Africa Corps now has some 2,000 fighters in the Sahel.", "en", [("some 2,000", "RUS")]),
        # ... not a group's fighters fought near them
        ("The Islamic State lost 200 fighters near Wagner positions.", "en", [("200", "ISIS")]),
    ],
)
def test_private_military_company_fighters(
    text: str, lang: str, expected: list[tuple[str, str | None]]
) -> None:
    assert actors(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the demonym of a captivity names the captor, not whose soldiers are held
        (
            "Rund 40.000 Mann kamen in britische Kriegsgefangenschaft.",
            "de",
            [("Rund 40.000", None)],
        ),
        ("Nearly 3,000 soldiers remain in Iranian captivity.", "en", [("Nearly 3,000", None)]),
        # ... while a demonym of the troops themselves still owns them
        (
            "Rund 40.000 deutsche Soldaten kamen in britische Kriegsgefangenschaft.",
            "de",
            [("Rund 40.000", "DEU")],
        ),
        # whose account it is ("nach ukrainischer Darstellung") is no owner: the state named before is
        (
            "Die Verluste Russlands stiegen nach ukrainischer Darstellung auf 150.000 Soldaten.",
            "de",
            [("150.000", "RUS")],
        ),
        # the army named beside its troops in the sentence before owns the count, not the one that struck them
        (
            "Die russische Armee beschoss eine Kaserne der ukrainischen Landstreitkräfte. Vier Soldaten starben.",
            "de",
            [("Vier", "UKR")],
        ),
    ],
)
def test_captors_accounts_and_struck_troops(
    text: str, lang: str, expected: list[tuple[str, str | None]]
) -> None:
    assert actors(text, lang) == expected


def test_an_alliance_two_sentences_back_owns_nothing() -> None:
    text = (
        "Die Nato hat ihre Eingreiftruppe zu einer Übung gerufen. Mehrere Verbände machten sich bereit. "
        "Nach Bundeswehrangaben sind 600 Soldaten beteiligt."
    )
    assert actors(text, "de") == [("600", "DEU")]
