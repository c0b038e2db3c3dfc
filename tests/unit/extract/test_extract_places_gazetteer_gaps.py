"""Names the word lists lacked (round 13): regions and towns of conflict countries (Myanmar, Mexico, Kashmir, the
Philippines, Syria, Iraq, Yemen, the Horn of Africa, the Caucasus), armed groups and African missions, and
initials written with a space ("U. S."). Sentences written here; negatives keep ordinary words and family names
out of the lists."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions
from news_etl.extract.places import place_forms
from news_etl.extract.sentences import sentence_spans


def fields(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.count_text, m.actor_code, m.location_country) for m in extract_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Myanmar: regions and states, named with their kind where the bare word is a people
        (
            "At least 30 junta soldiers were killed in fighting in Sagaing Region on Monday.",
            "en",
            [("At least 30", None, "MMR")],
        ),
        ("Rebels said 12 soldiers died in an ambush in Chin State last week.", "en", [("12", None, "MMR")]),
        ("The army flew 400 troops into Mandalay and Magway.", "en", [("400", None, "MMR")]),
        ("Im Kachin-Staat sollen 40 Soldaten getötet worden sein.", "de", [("40", None, "MMR")]),
        ("Une vingtaine de soldats ont été tués dans l'État Karen.", "fr", [("Une vingtaine", None, "MMR")]),
        # Mexico, Kashmir, the Philippines
        ("The government sent 2,000 troops to Guanajuato.", "en", [("2,000", None, "MEX")]),
        ("Two soldiers were killed in a gunfight in Srinagar.", "en", [("Two", None, "IND")]),
        ("Near Cotabato, 35 soldiers were wounded.", "en", [("35", None, "PHL")]),
        # Syria, Iraq, Yemen, Ethiopia, the Caucasus
        ("Around 1,500 fighters were massed near Sweida.", "en", [("Around 1,500", None, "SYR")]),
        ("About 500 militants were killed near Hawija.", "en", [("About 500", None, "IRQ")]),
        ("Houthi forces deployed 3,000 fighters around Hajjah.", "en", [("3,000", "HOUTHIS", "YEM")]),
        ("Environ 300 soldats ont été déployés à Hodeïda.", "fr", [("Environ 300", None, "YEM")]),
        ("Some 5,000 soldiers were sent to Gondar.", "en", [("Some 5,000", None, "ETH")]),
        ("Rund 800 Soldaten wurden nach Grosny verlegt.", "de", [("Rund 800", None, "RUS")]),
        # the UN zone on the Golan, as German writes it
        ("Österreich hatte 380 Soldaten am Golan stationiert.", "de", [("380", "AUT", "SYR")]),
    ],
)
def test_regions_of_conflict_countries(text, lang, expected):
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Troops killed 14 Abu Sayyaf fighters on Jolo island.", "en", [("14", "ABU_SAYYAF", "PHL")]),
        ("Die Armee tötete 14 Kämpfer der Abu Sayyaf auf Jolo.", "de", [("14", "ABU_SAYYAF", "PHL")]),
        (
            "About 60 soldiers of the Maute group were captured in Lanao del Norte.",
            "en",
            [("About 60", "MAUTE", "PHL")],
        ),
        ("Quelque 500 combattants du JNIM ont attaqué la ville.", "fr", [("Quelque 500", "JNIM", None)]),
        ("The TPLF mobilised 200,000 fighters.", "en", [("200,000", "TPLF", None)]),
        ("The SADC sent 3,000 soldiers to Mozambique.", "en", [("3,000", "SADC", "MOZ")]),
        ("La SADC a envoyé 3 000 soldats au Mozambique.", "fr", [("3 000", "SADC", "MOZ")]),
        # an African mission's name gives its owner, not a place (like KFOR)
        ("Les 5 000 hommes de la Misca constituent le noyau de la force.", "fr", [("5 000", "AU", None)]),
    ],
)
def test_armed_groups_and_african_organisations(text, lang, expected):
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 2,000 U. S. Marines arrived in Darwin.", [("About 2,000", "USA", "AUS")]),
        ("Some 300 U. S. troops are based in Niger.", [("Some 300", "USA", "NER")]),
    ],
)
def test_spaced_initials_name_the_state(text, expected):
    assert fields(text, "en") == expected


def test_spaced_initials_end_no_sentence_but_a_single_letter_still_can():
    assert len(sentence_spans("Some 300 U. S. troops are based in Niger.")) == 1
    assert len(sentence_spans("He chose plan B. Then 300 soldiers left.")) == 2


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a people, a family name or a plain word is no place nor group
        ("The Chin fighters said 25 soldiers were killed.", "en", [("25", None, None)]),
        ("Herr Maute sagte, 200 Soldaten seien in Ulm stationiert.", "de", [("200", None, "DEU")]),
        # French and Israeli news call the Israeli-held side "le Golan": no Syrian place from the word alone
        ("Sur le Golan occupé, 12 soldats ont été blessés.", "fr", [("12", None, None)]),
    ],
)
def test_ambiguous_words_stay_out(text, lang, expected):
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    "word", ["Chin", "Shan", "Karen", "Mon", "Muse", "Kaya", "Maute", "Uri", "Golan", "Boni"]
)
def test_ambiguous_bare_words_are_not_listed(word):
    assert word not in place_forms()


def test_kosovars_are_a_people():
    form = place_forms()["Kosovars"]
    assert (form.code, form.adjective) == ("XKX", True)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # French plural demonyms that German also writes as a genitive ("Italiens" = of Italy)
        (
            "La Légion comptait dans ses rangs 4 000 Italiens, 3 000 Espagnols et 900 Belges.",
            "fr",
            [("4 000", "ITA", None), ("3 000", "ESP", None), ("900", "BEL", None)],
        ),
        (
            "Il y a sur cette base 800 militaires français, 300 Italiens et 200 Roumains.",
            "fr",
            [("800", "FRA", None), ("300", "ITA", None), ("200", "ROU", None)],
        ),
        # the German genitive stays a place
        ("Im Norden Syriens sind 900 US-Soldaten stationiert.", "de", [("900", "USA", "SYR")]),
        ("Im Süden Italiens übten 1200 Soldaten der Nato.", "de", [("1200", "NATO", "ITA")]),
    ],
)
def test_french_plural_demonyms_shadowed_by_german_genitives(text, lang, expected):
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # spellings of states the CLDR names lack
        (
            "Quelque 2 000 soldats français sont stationnés en Côte-d’Ivoire.",
            "fr",
            [("Quelque 2 000", "FRA", "CIV")],
        ),
        ("Environ 400 militaires ont été envoyés au Sud-Soudan.", "fr", [("Environ 400", None, "SSD")]),
        ("The junta sent 500 troops to northern Burma.", "en", [("500", None, "MMR")]),
        ("Rund 300 Kfor-Soldaten bezogen in Zvecan Stellung.", "de", [("Rund 300", "NATO", "XKX")]),
        # German demonym nouns, while a state's name that is also its people stays a place
        (
            "Die Nato schickte 200 Bosnier und 150 Albaner.",
            "de",
            [("200", "BIH", None), ("150", "ALB", None)],
        ),
        ("In Ungarn sind 300 Soldaten der Nato stationiert.", "de", [("300", "NATO", "HUN")]),
    ],
)
def test_spellings_and_demonym_nouns(text, lang, expected):
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # battlefields and bases named alone
        ("Some 2,400 soldiers died on Omaha Beach that morning.", "en", [("Some 2,400", None, "FRA")]),
        ("Près de Passchendaele, 300 soldats canadiens ont été tués.", "fr", [("300", "CAN", "BEL")]),
        ("Two Royal Marines were wounded at Camp Bastion.", "en", [("Two", "GBR", "AFG")]),
    ],
)
def test_battlefields_and_bases(text, lang, expected):
    assert fields(text, lang) == expected
