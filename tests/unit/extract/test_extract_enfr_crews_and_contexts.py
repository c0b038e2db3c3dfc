"""Recall in en/fr (round 10): the people of an army named by their trade (medics, engineers, crews, trainers), the
warships, bases, patrols and battles that make a sentence military so that "men" or "marins" count, an army
telling its own losses under its acronym, and the troops a withdrawal leaves or a force fell from (sentences
written here, after kinds of misses found on fresh real news); and their look-alikes that stay uncounted."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def spans(text: str, lang: str) -> list[str]:
    return [m.count_text for m in extract_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the trades of an army's mission, counted in a military sentence
        ("The army flew 40 medics and 25 engineers to its base in Chad.", "en", ["40", "25"]),
        ("The navy frigate left Portsmouth with 180 crew members aboard.", "en", ["180"]),
        ("The mission now has some 60 trainers and 300 troops in the north.", "en", ["some 60", "300"]),
        ("La frégate et ses 190 membres d'équipage ont appareillé de Toulon.", "fr", ["190"]),
        ("La mission militaire européenne compte 210 formateurs à Bamako.", "fr", ["210"]),
        (
            "La réserve opérationnelle des armées doit compter 90 000 femmes et hommes en 2030.",
            "fr",
            ["90 000"],
        ),
        # ... not in a hospital, a firm or a ferry
        ("The hospital hired 40 medics and 25 engineers last year.", "en", []),
        ("The ferry sank with 180 crew members aboard.", "en", []),
        ("L'entreprise emploie 210 formateurs dans toute la région.", "fr", []),
    ],
)
def test_trades_of_an_army(text: str, lang: str, expected: list[str]) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a warship, a naval or air base, a patrol or a battle makes "hommes" or "marins" troops
        ("La France y déploie 1 200 hommes au service d'une base navale.", "fr", ["1 200"]),
        (
            "Le bâtiment et son équipage de quelque 140 marins ont rejoint la frégate Surcouf.",
            "fr",
            ["quelque 140"],
        ),
        ("La patrouille attaquée comptait une cinquantaine d'hommes.", "fr", ["une cinquantaine"]),
        ("Lors de la bataille de la Somme, 20 000 hommes tombèrent le premier jour.", "fr", ["20 000"]),
        ("The National Guard said about 600 men would stay at the camp.", "en", ["about 600"]),
        # ... but a port, a team or a crowd does not
        ("Le port emploie 1 200 hommes et femmes.", "fr", []),
        ("L'équipe de France compte 23 hommes pour le tournoi.", "fr", []),
        ("The factory said about 600 men would stay at the plant.", "en", []),
    ],
)
def test_military_settings(text: str, lang: str, expected: list[str]) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an army named by its acronym tells losses of its own
        (
            "Selon leur porte-parole, les FARDC ont eu au moins 12 morts et 30 blessés depuis lundi.",
            "fr",
            ["au moins 12", "30"],
        ),
        ("Tsahal a déploré 4 morts et 9 blessés dans ses rangs.", "fr", ["4", "9"]),
        # ... a ministry of health does not
        (
            "Selon le ministère de la Santé, les hôpitaux ont eu 12 morts et 30 blessés depuis lundi.",
            "fr",
            [],
        ),
    ],
)
def test_army_acronym_losses(text: str, lang: str, expected: list[str]) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the troops a withdrawal leaves behind, the peak a force fell from
        (
            "The army will bring 9,000 troops home next year, leaving about 40,000 in the country.",
            "en",
            ["9,000", "about 40,000"],
        ),
        (
            "Only 12,000 British troops were left in the region (down from a high of 45,000 in 2003).",
            "en",
            ["12,000", "45,000"],
        ),
        # ... a sum of money or a share left is not troops
        ("The army will cut 9,000 troops next year, leaving $40 million in savings.", "en", ["9,000"]),
    ],
)
def test_left_behind_and_peaks(text: str, lang: str, expected: list[str]) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a relative pronoun after a share of the troops stays outside the count, as "of which" does
        (
            "The army lost six soldiers on Monday, two of whom were killed by a roadside bomb.",
            "en",
            ["six", "two"],
        ),
        (
            "Some 40,000 troops crossed the river, 3,100 of whom never came back.",
            "en",
            ["Some 40,000", "3,100"],
        ),
        # ... while "of them" belongs to it
        (
            "Some 40,000 troops crossed the river; thousands of them drowned.",
            "en",
            ["Some 40,000", "thousands of them"],
        ),
    ],
)
def test_of_whom_outside_the_count(text: str, lang: str, expected: list[str]) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # deaths of an army named in the sentence
        ("The army said its 41 deaths this year included 30 killed in combat.", "en", ["41", "30"]),
        # ... not the deaths of a flu season
        ("The hospital said 41 deaths this year were caused by the flu.", "en", []),
    ],
)
def test_deaths_of_an_army(text: str, lang: str, expected: list[str]) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # people counted as the size of a unit, a detachment or a force
        (
            "Le ministre a salué le détachement de quelque 300 personnes parti pour l'Estonie.",
            "fr",
            ["quelque 300"],
        ),
        ("Le contingent, fort de 450 personnes, rentrera en mars.", "fr", ["450"]),
        ("A Navy task force of about 4,000 people is heading to the Gulf.", "en", ["about 4,000"]),
        # ... not the people a mission rescues, nor a police unit's
        ("La mission de l'ONU a évacué 300 personnes vers Goma.", "fr", []),
        ("L'unité de gendarmerie compte 300 personnes.", "fr", []),
        ("The rescue unit of 40 people saved the villagers.", "en", []),
    ],
)
def test_people_of_a_force(text: str, lang: str, expected: list[str]) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Dans le nord, 300 rangers américains appuient les forces locales.", "fr", ["300"]),
        ("Three peshmergas were wounded when the mortar round hit the outpost.", "en", ["Three"]),
        ("Les instructeurs de l'armée forment chaque année 800 homologues sénégalais.", "fr", ["800"]),
        # counterparts of a minister or a firm are no troops
        ("Le ministre a reçu ses 27 homologues européens à Bruxelles.", "fr", []),
    ],
)
def test_rangers_peshmergas_counterparts(text: str, lang: str, expected: list[str]) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a force named by its strength, with the kind of force between
        ("Kenya is sending a 600-strong joint force to the border.", "en", ["600"]),
        ("Paris keeps a 3,000-man strong counter-terrorism mission in the Sahel.", "en", ["3,000"]),
        ("NATO set up a 5,000-strong multinational brigade in Romania.", "en", ["5,000"]),
        # ... not a crowd of that strength
        ("A 2,000-strong crowd marched past the army base.", "en", []),
        # a share of the troops named before, the pronoun outside the count
        (
            "Ghana will send 700 soldiers to Lebanon. About 250 of those will come from the Congo mission.",
            "en",
            ["700", "About 250"],
        ),
        ("The plant built 700 trucks. About 250 of those went abroad.", "en", []),
    ],
)
def test_strong_kinds_and_shares(text: str, lang: str, expected: list[str]) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # members of an armed service named after them
        ("Ottawa a envoyé 90 membres de l'Aviation royale en Pologne.", "fr", ["90"]),
        ("Some 250 members of the Air National Guard flew to Kuwait.", "en", ["Some 250"]),
        # ... not of a club or an association
        ("Le club compte 90 membres de l'association des anciens de l'armée.", "fr", []),
        # "such troops", Navy SEALs, combatant commands
        (
            "In May there were 9,000 troops in the region; by June there were 12,000 such troops.",
            "en",
            ["9,000", "12,000"],
        ),
        ("Four Navy SEALs took part in the raid.", "en", ["Four"]),
        ("Four seals were seen on the beach.", "en", []),
        ("The Pentagon keeps 30,000 personnel in Africa Command and Central Command.", "en", ["30,000"]),
    ],
)
def test_services_such_troops_seals_commands(text: str, lang: str, expected: list[str]) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a country's men in brackets after its name
        ("La Chine (2 000 hommes) et l'Italie ont aussi des bases dans le pays.", "fr", ["2 000"]),
        ("Both France (1,450 men) and Italy keep bases near the port.", "en", ["1,450"]),
        # ... not a town's or a firm's
        ("L'usine de Lyon (300 hommes) ferme ses portes.", "fr", []),
        ("The Boeing plant (1,450 men) will close next year.", "en", []),
    ],
)
def test_men_in_brackets_after_a_country(text: str, lang: str, expected: list[str]) -> None:
    assert spans(text, lang) == expected
