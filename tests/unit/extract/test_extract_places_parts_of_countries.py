"""Where troops are when the place is a part of a country said by a compass word or a compass adjective, a town
measured from, a district the gazetteer lacked, or a state that only leads a coalition (en/de/fr; sentences
written here, after kinds of location misses found on fresh real news in round 8)."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def places(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m.count_text, m.location_country) for m in extract_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a state that leads or backs a coalition is not where the coalition fights
        (
            "Some 40 Houthi fighters were killed in raids by the Saudi-led coalition in Yemen's Hodeidah province.",
            "en",
            [("Some 40", "YEM")],
        ),
        (
            "About 25 Houthi fighters died when the Saudi-led coalition struck their convoy near Saada.",
            "en",
            [("About 25", "YEM")],
        ),
        # no place at all: the backer stays an owner, never a location
        (
            "Roughly 600 Russian-backed fighters are said to have joined the assault.",
            "en",
            [("Roughly 600", None)],
        ),
    ],
)
def test_a_state_leading_a_coalition_is_no_place(text, lang, expected):
    assert places(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a town the fighting is measured from lies in the country of that town
        (
            "Three soldiers were wounded in an ambush 20 miles south of Kandahar on Monday.",
            "en",
            [("Three", "AFG")],
        ),
        ("Two marines were killed northeast of Baghdad, the army said.", "en", [("Two", "IRQ")]),
        (
            "Vier Soldaten wurden bei einem Anschlag rund 100 Kilometer nördlich von Gao verletzt.",
            "de",
            [("Vier", "MLI")],
        ),
        (
            "Sechs Soldaten kamen südwestlich von Kandahar bei einem Gefecht ums Leben.",
            "de",
            [("Sechs", "AFG")],
        ),
        # a compass word and "of" with no place after it says nothing
        ("About 300 troops moved north of the river overnight.", "en", [("About 300", None)]),
    ],
)
def test_a_town_measured_from_is_the_place(text, lang, expected):
    assert places(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a compass adjective names a part of the country, so a place in it
        ("Im nordsyrischen Manbidsch wurden sieben Soldaten verletzt.", "de", [("sieben", "SYR")]),
        (
            "In der ostukrainischen Stadt kämpfen rund 2000 Soldaten um jede Straße.",
            "de",
            [("rund 2000", "UKR")],
        ),
        ("Bei Kämpfen im nordafghanischen Bergland starben zwölf Soldaten.", "de", [("zwölf", "AFG")]),
        # a compass part of the country written as one word, also with two compass points
        ("In Nordwestsyrien sind drei Soldaten getötet worden.", "de", [("drei", "SYR")]),
        ("In Südostnigeria wurden 40 Soldaten stationiert.", "de", [("40", "NGA")]),
        # a country adjective that is such a compound itself keeps its own country, as an owner
        (
            "In Russland kämpfen 10.000 nordkoreanische Soldaten.",
            "de",
            [("10.000", "RUS")],
        ),
        # the north of a continent is no part of a country
        (
            "Rund 500 Soldaten nahmen an dem nordamerikanischen Manöver teil.",
            "de",
            [("Rund 500", None)],
        ),
    ],
)
def test_german_compass_adjectives_and_compounds(text, lang, expected):
    assert places(text, lang) == expected


def test_north_korean_soldiers_keep_their_owner():
    (mention,) = extract_mentions("In Russland kämpfen 10.000 nordkoreanische Soldaten.", "de")
    assert mention.actor_code == "PRK"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the part of a country said before its name with the article elided onto it
        (
            "L'exercice s'est tenu dans le Nord-Est de l'Estonie avec plus de 800 soldats.",
            "fr",
            [("plus de 800", "EST")],
        ),
        (
            "Quelque 150 militaires sont déployés dans le sud-ouest d'Haïti.",
            "fr",
            [("Quelque 150", "HTI")],
        ),
        (
            "Environ 60 soldats patrouillent dans l'est de l'Ukraine.",
            "fr",
            [("Environ 60", "UKR")],
        ),
        # whose strike or whose request is no place
        (
            "Sur demande de l'Ukraine, les alliés formeront plus de 5 000 soldats.",
            "fr",
            [("plus de 5 000", None)],
        ),
    ],
)
def test_french_part_of_a_country_with_elided_article(text, lang, expected):
    assert places(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Four soldiers were killed in Kupwara district on Sunday.", "en", [("Four", "IND")]),
        (
            "Two soldiers died in a gunfight in the state of Jammu and Kashmir.",
            "en",
            [("Two", "IND")],
        ),
        (
            "At least 20 militants were killed in the Swat valley, the army said.",
            "en",
            [("At least 20", "PAK")],
        ),
        ("Bei Afrin wurden fünf türkische Soldaten getötet.", "de", [("fünf", "SYR")]),
        ("Rund 50 Blauhelme sind in Naqoura stationiert.", "de", [("Rund 50", "LBN")]),
        ("Huit soldats ont été tués dans la province du Yagha.", "fr", [("Huit", "BFA")]),
        (
            "Dix soldats nigériens ont été tués dans la région de Tillabéry.",
            "fr",
            [("Dix", "NER")],
        ),
        ("Rund 300 Blauhelme waren damals in Famagusta stationiert.", "de", [("Rund 300", "CYP")]),
        ("In Nuuk sind seit Montag 80 dänische Soldaten eingetroffen.", "de", [("80", "GRL")]),
        ("Quelque 500 militaires sont en manœuvre dans l'Aisne.", "fr", [("Quelque 500", "FRA")]),
        (
            "L'arrivée de 150 militaires en Nouvelle Calédonie est prévue lundi.",
            "fr",
            [("150", "NCL")],
        ),
        ("Im Bezirk Korneuburg helfen 60 Soldaten beim Hochwasser.", "de", [("60", "AUT")]),
    ],
)
def test_districts_and_towns_added_to_the_gazetteer(text, lang, expected):
    assert places(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a ship named after a region or a city sails in no country of that name
        (
            "Rund 180 Soldaten tun im Roten Meer Dienst an Bord der Fregatte «Thüringen».",
            "de",
            [("Rund 180", None)],
        ),
        ("An Bord der „Sachsen“ sind 230 Soldaten im Mittelmeer unterwegs.", "de", [("230", None)]),
        (
            "Some 4,000 sailors are serving aboard the USS New York in the Mediterranean.",
            "en",
            [("Some 4,000", None)],
        ),
        # a newspaper named after a city says nothing of where troops are
        (
            "The Washington Post reported that 700 soldiers had been sent to Poland.",
            "en",
            [("700", "POL")],
        ),
        (
            "Around 300 troops are stationed near the border, the New York Times said.",
            "en",
            [("Around 300", None)],
        ),
        # the city itself still is a place
        ("Rund 200 Soldaten helfen in Hamburg beim Hochwasser.", "de", [("Rund 200", "DEU")]),
    ],
)
def test_ships_and_newspapers_named_after_places(text, lang, expected):
    assert places(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a share placed after "dont" / "including" takes that place; the whole is where the sentence puts it
        (
            "Quelque 3 000 militaires sont engagés dans la bande sahélo-saharienne dont 1 200 au Niger.",
            "fr",
            [("Quelque 3 000", None), ("1 200", "NER")],
        ),
        (
            "About 5,000 troops serve in the Baltic states including 1,500 in Latvia.",
            "en",
            [("About 5,000", None), ("1,500", "LVA")],
        ),
        # with no share between, the place after the noun is the count's
        ("Quelque 800 militaires sont déployés au Niger.", "fr", [("Quelque 800", "NER")]),
        # a share set off by commas: the place after it is the whole's (and the share's)
        (
            "Gut 1.500 Soldaten, darunter 200 Sanitäter, wurden nach Litauen verlegt.",
            "de",
            [("Gut 1.500", "LTU"), ("200", "LTU")],
        ),
        (
            "About 4,000 troops, including 600 reservists, were flown to Poland.",
            "en",
            [("About 4,000", "POL"), ("600", "POL")],
        ),
    ],
)
def test_a_share_after_dont_keeps_its_place(text, lang, expected):
    assert places(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an English list of deployments: each country with its count in brackets
        (
            "The largest garrisons abroad are Japan (about 53,000 troops) and South Korea (roughly 24,000 troops).",
            "en",
            [("about 53,000", "JPN"), ("roughly 24,000", "KOR")],
        ),
        # a country heading the line about it
        ("Latvia: About 1,500 troops, most of them from Canada.", "en", [("About 1,500", "LVA")]),
        # a capital heading a dateline is no such heading
        ("Kyiv: Some 300 soldiers were wounded overnight.", "en", [("Some 300", None)]),
        # German lists of that shape rank armies by owner
        (
            "In der Rangliste steht Spanien hinter Italien (165.000 Soldaten) und Frankreich (203.000 Soldaten).",
            "de",
            [("165.000", None), ("203.000", None)],
        ),
    ],
)
def test_english_lists_of_countries_with_their_counts(text, lang, expected):
    assert places(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the host country is where the troops are, also with an apposition between it and the verb
        (
            "Le Gabon, ancien partenaire de la France, accueille encore 300 militaires français.",
            "fr",
            [("300", "GAB")],
        ),
        (
            "Qatar, a close ally of Washington, hosts about 8,000 American troops.",
            "en",
            [("about 8,000", "QAT")],
        ),
        # and with none
        (
            "Deutschland beherbergt rund 35.000 US-Soldaten.",
            "de",
            [("rund 35.000", "DEU")],
        ),
    ],
)
def test_a_host_country_with_an_apposition(text, lang, expected):
    assert places(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Kosovo has no ISO 3166-1 code: XKX, the EU's and the IMF's, in every language and by its towns
        ("Die Bundeswehr hält derzeit knapp 300 Soldaten im Kosovo bereit.", "de", [("knapp 300", "XKX")]),
        ("Roughly 600 American soldiers rotated into Kosovo last week.", "en", [("Roughly 600", "XKX")]),
        ("Paris enverra 150 militaires supplémentaires au Kosovo.", "fr", [("150", "XKX")]),
        ("Around 500 Italian troops are based near Prizren.", "en", [("Around 500", "XKX")]),
        ("أرسلت إيطاليا 200 جندي إلى كوسوفو.", "ar", [("200", "XKX")]),
        ("איטליה שלחה 200 חיילים לקוסובו.", "he", [("200", "XKX")]),
        # the mission alone only implies the place (ANNOTATION: null when only implied)
        ("Die KFOR zählt inzwischen wieder 4.500 Soldaten.", "de", [("4.500", None)]),
        ("About 4,000 troops of the Kosovo Force remain.", "en", [("About 4,000", None)]),
        # police are no troops, in Kosovo as anywhere
        ("Kosovo police detained 30 people after the clashes in Mitrovica.", "en", []),
    ],
)
def test_kosovo_has_the_code_xkx(text, lang, expected):
    assert places(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("About 4,000 troops of the Kosovo Force remain.", "en"),
        ("Bis zu 180 Armeeangehörige dienen zugunsten der Kosovo Force (KFOR).", "de"),
        ("Les soldats de la Force pour le Kosovo sont 4 500.", "fr"),
        ("Die Kosovo-Force zählt derzeit 4.600 Soldaten.", "de"),
    ],
)
def test_the_kosovo_force_by_its_long_name_is_natos(text, lang):
    assert [m.actor_code for m in extract_mentions(text, lang)] == ["NATO"]
