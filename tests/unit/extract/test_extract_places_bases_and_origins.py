"""Where troops are when a base names the town it stands in ("la base de Djibouti"), when the next sentence only
says where the same troops come from ("Ces soldats viendront de ..."), and for a few base towns the gazetteer
lacked (en/de/fr; sentences written here, after kinds of location misses found on fresh real news in round 9)."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def places(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m.count_text, m.location_country) for m in extract_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a French base "de"/"d'" a town: the base is where its troops are
        (
            "Quelque 1 200 militaires français sont stationnés sur la base de Djibouti.",
            "fr",
            [("Quelque 1 200", "DJI")],
        ),
        (
            "Environ 400 aviateurs servent sur la base aérienne 101 de Niamey depuis le printemps.",
            "fr",
            [("Environ 400", "NER")],
        ),
        (
            "La France a affecté 250 militaires à la base navale d'Abou Dhabi l'an dernier.",
            "fr",
            [("250", "ARE")],
        ),
        # still no place: "de" after a base that names no country
        (
            "Près de 300 soldats ont quitté la base de l'OTAN en fin de semaine.",
            "fr",
            [("Près de 300", None)],
        ),
    ],
)
def test_a_base_names_where_its_troops_are(text, lang, expected):
    assert places(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # where the troops come from, in the next sentence, is not where they are going to serve
        (
            "Le nouveau camp ouvrira aux Émirats arabes unis en mai. L'armée y enverra 90 hommes. "
            "Ces soldats viendront d'abord de Djibouti.",
            "fr",
            [("90", "ARE")],
        ),
        (
            "Die neue Basis in Litauen wird im Herbst eröffnet. Das Heer schickt 200 Soldaten. "
            "Die Soldaten kommen zunächst aus Deutschland.",
            "de",
            [("200", "LTU")],
        ),
        # the next sentence still places the same troops when it says where they are
        (
            "L'état-major a désigné 120 hommes pour la mission. Ces soldats seront basés près de Gao.",
            "fr",
            [("120", "MLI")],
        ),
        # and a withdrawal still leaves the country its next sentence takes them out of
        (
            "Le retrait de 300 soldats a commencé lundi. Ces troupes quitteront le Niger par avion.",
            "fr",
            [("300", "NER")],
        ),
    ],
)
def test_where_the_same_troops_come_from_is_not_their_place(text, lang, expected):
    assert places(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("About 3,000 American airmen are based at Al Udeid.", "en", [("About 3,000", "QAT")]),
        ("Rund 400 französische Soldaten sind in Abu Dhabi stationiert.", "de", [("Rund 400", "ARE")]),
        (
            "Eleven soldiers were wounded in a blast at Hamid Karzai International Airport on Monday.",
            "en",
            [("Eleven", "AFG")],
        ),
    ],
)
def test_base_towns_the_gazetteer_lacked(text, lang, expected):
    assert places(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a sentence naming only whose troops they are stands between the country and the count
        (
            "Au printemps, 300 soldats belges sont arrivés en Roumanie. La mission de la Belgique a été prolongée "
            "d'un an. Le détachement passera ensuite à 450 soldats.",
            "fr",
            [("300", "ROU"), ("450", "ROU")],
        ),
        (
            "Im Sommer wurden 200 dänische Soldaten nach Lettland verlegt. Dänemark hat den Einsatz verlängert. "
            "Künftig sollen dort 350 Soldaten stehen.",
            "de",
            [("200", "LVA"), ("350", "LVA")],
        ),
        # a running toll after an attack is no count of that one place
        (
            "Deux soldats ont été tués lors d'une embuscade près de Gao. Le Mali a décrété un deuil national. "
            "Cela porte à 40 le nombre de soldats tués cette année.",
            "fr",
            [("Deux", "MLI"), ("40", None)],
        ),
    ],
)
def test_a_sentence_naming_only_the_owner_does_not_hide_the_country(text, lang, expected):
    assert places(text, lang) == expected
