"""Whose troops, in en/de/fr: a national contingent or army named after "contingent of", the army a demonym
names after a place preposition ("in der Schweizer Armee"), an army's size counted in its own country, Swiss and
Austrian institutions, and al-Shabaab's short names (sentences written here, after kinds of misses found on fresh
real news)."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def actors(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m.count_text, m.actor_code) for m in extract_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a national contingent or army after "contingent of" owns its troops
        ("Le contingent de la Swisscoy compte désormais 180 militaires.", "fr", [("180", "CHE")]),
        ("Das Kontingent des Bundesheeres umfasst derzeit 240 Soldaten.", "de", [("240", "AUT")]),
        ("Das Kontingent der SWISSCOY wird auf 170 Soldaten verkleinert.", "de", [("170", "CHE")]),
        # ... but a mission after it is only what the contingent serves in
        ("Die Beteiligung an KFOR umfasst derzeit 240 Soldaten.", "de", [("240", None)]),
        ("La participation à la FINUL mobilise 700 soldats.", "fr", [("700", None)]),
        # a mission's contingent under a national army's mandate, named in a compound or in the sentence before
        (
            "Das Kabinett verlängert den Bundeswehreinsatz bei der Kfor. Die Mandatsobergrenze liegt bei 800 Soldaten.",
            "de",
            [("800", "DEU")],
        ),
        (
            "Bei der Nato-Mission in Litauen führt die Bundeswehr den Verband. Das Kontingent zählt 600 Soldaten.",
            "de",
            [("600", "DEU")],
        ),
        ("Die Kfor umfasst heute rund 4.300 Soldaten aus 27 Staaten.", "de", [("rund 4.300", "NATO")]),
        # a demonym before an army noun, after a place preposition: whose army, not where
        ("In der Schweizer Armee dienen derzeit rund 140.000 Personen.", "de", [("rund 140.000", "CHE")]),
        ("Knapp 9.000 junge Männer rückten in die Schweizer Armee ein.", "de", [("Knapp 9.000", "CHE")]),
        ("About 12,000 recruits joined the Swiss army this spring.", "en", [("About 12,000", "CHE")]),
        # an army's size counted in one country, with no owner named: that country's
        ("In Schweden gibt es inzwischen rund 32.000 Reservisten.", "de", [("rund 32.000", "SWE")]),
        ("There are now some 25,000 conscripts in Norway.", "en", [("some 25,000", "NOR")]),
        ("En Espagne, l'armée compte environ 120 000 militaires.", "fr", [("environ 120 000", "ESP")]),
        # ... not troops deployed there, nor an army counted across two countries
        ("In Polen sind derzeit 9.000 Soldaten stationiert.", "de", [("9.000", None)]),
        ("In Lettland und Estland dienen zusammen 14.000 Wehrpflichtige.", "de", [("14.000", None)]),
        ("In Rumänien gibt es 3.000 US-Soldaten.", "de", [("3.000", "USA")]),
        ("Die Miliz zählt etwa 6.000 Kämpfer und kontrolliert Teile von Mali.", "de", [("etwa 6.000", None)]),
        ("Eine in Italien stationierte Eingreiftruppe umfasst 800 Soldaten.", "de", [("800", None)]),
        ("Avant la guerre en Syrie, le mouvement comptait 4 000 hommes.", "fr", [("4 000", None)]),
        # Swiss and Austrian institutions and nationwide call-ups
        ("Le Conseil fédéral a autorisé l'engagement de 400 militaires.", "fr", [("400", "CHE")]),
        ("Laut VBS standen bis zu 3500 Angehörige der Armee im Einsatz.", "de", [("bis zu 3500", "CHE")]),
        (
            "Das Eidgenössische Parlament bewilligte bis zu 2000 Armeeangehörige.",
            "de",
            [("bis zu 2000", "CHE")],
        ),
        ("Österreichweit werden rund 1800 Soldaten einberufen.", "de", [("rund 1800", "AUT")]),
        ("Rund 150 Bundesheersoldaten helfen bei den Aufräumarbeiten.", "de", [("Rund 150", "AUT")]),
        # American commands, department and leaders, and "U.S" without its last stop
        ("The DoD has ordered 1,200 personnel to get ready to deploy.", "en", [("1,200", "USA")]),
        ("Centcom said 350 troops had reached the base by Friday.", "en", [("350", "USA")]),
        ("President Bush wants 6,000 more troops sent in the spring.", "en", [("6,000", "USA")]),
        ("Some 700 U.S troops will leave the base next month.", "en", [("Some 700", "USA")]),
        # al-Shabaab under its short names
        ("Soldiers killed nine Shabab fighters near the river crossing.", "en", [("nine", "AL_SHABAAB")]),
        ("The army said 14 militants of al Shabaab died in the raid.", "en", [("14", "AL_SHABAAB")]),
    ],
)
def test_actor_kinds(text: str, lang: str, expected: list[tuple[str, str | None]]) -> None:
    assert actors(text, lang) == expected
