"""Where troops are when a sentence names a country's border, a capital without its accent or with a demonym's
ending, or refers back to a list of countries (sentences written for these tests)."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def fields(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.count_text, m.actor_code, m.location_country) for m in extract_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # troops massed at a country's border, named with its possessive, stand outside that country
        (
            "Moscow has gathered some 90,000 soldiers along Ukraine's borders this winter.",
            "en",
            [("some 90,000", "RUS", None)],
        ),
        (
            "Belarus moved 4,000 troops close to Lithuania’s western border on Monday.",
            "en",
            [("4,000", "BLR", None)],
        ),
        # ... and the possessive names no owner of the troops either
        (
            "About 3,500 troops were sent to Finland's long border last spring.",
            "en",
            [("About 3,500", None, None)],
        ),
        # the border of a country, named after the noun (French with its side, German in the genitive)
        (
            "Le Kremlin a rassemblé 70 000 soldats aux frontières occidentales de la Biélorussie.",
            "fr",
            [("70 000", "RUS", None)],
        ),
        (
            "Minsk hat rund 20.000 Soldaten an der Grenze der Ukraine aufgestellt.",
            "de",
            [("rund 20.000", "BLR", None)],
        ),
        ("Etwa 6000 Soldaten stehen an der Ostgrenze Finnlands.", "de", [("Etwa 6000", None, None)]),
        # a stretch of a country's own frontier, or its border area, is still inside it
        (
            "Russia pulled some 1,500 troops back from Georgia's border with Armenia.",
            "en",
            [("some 1,500", "RUS", "GEO")],
        ),
        (
            "Up to 6,000 Belarusian troops have moved into Russia's border area near Kharkiv.",
            "en",
            [("Up to 6,000", "BLR", "RUS")],
        ),
        # the country itself still places them
        (
            "Moscow has gathered some 90,000 soldiers in Belarus this winter.",
            "en",
            [("some 90,000", "RUS", "BLR")],
        ),
    ],
)
def test_a_countrys_border_is_not_inside_it(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a capital À written without its accent still puts the troops there
        (
            "A Abidjan, siège de la base française, 900 militaires sont stationnés.",
            "fr",
            [("900", "FRA", "CIV")],
        ),
        ("A Niamey, 1 200 soldats français attendent leur départ.", "fr", [("1 200", "FRA", "NER")]),
        # the verb "a" is no preposition
        ("Le Tchad a perdu 24 soldats dans cette embuscade.", "fr", [("24", "TCD", None)]),
    ],
)
def test_a_capital_a_without_its_accent(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "there" referring back to a list of countries places the troops in no one of them
        (
            "The ministry gave figures for its forces in Mali, Niger and Chad. Today there are roughly 3,000 "
            "soldiers in the three countries.",
            "en",
            [("roughly 3,000", None, None)],
        ),
        # ... while one country named before is where "there" puts them
        (
            "Canada sent a battle group to Latvia in 2017. About 1,000 Canadian soldiers serve there now.",
            "en",
            [("About 1,000", "CAN", "LVA")],
        ),
    ],
)
def test_a_reference_back_to_a_list_names_no_place(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a capital whose English name ends like a demonym ("-an", "-i") is a place, not an adjective
        ("Some 400 soldiers were deployed in Tripoli last week.", "en", [("Some 400", None, "LBY")]),
        ("About 250 Ugandan troops are based in Nairobi.", "en", [("About 250", "UGA", "KEN")]),
        ("Roughly 600 Russian marines landed in Tehran.", "en", [("Roughly 600", "RUS", "IRN")]),
        # ... and the capital's country is not the owner of troops stationed there
        (
            "Les contingents français comptent 350 soldats à Dakar et près de 900 à Abidjan.",
            "fr",
            [("350", "FRA", "SEN"), ("près de 900", "FRA", "CIV")],
        ),
        # a capital used as the state still owns troops
        ("Nairobi has sent 1,000 police officers and 600 soldiers to Haiti.", "en", [("600", "KEN", "HTI")]),
        # the demonym itself stays an adjective
        ("About 300 Kenyan soldiers were killed in Somalia.", "en", [("About 300", "KEN", "SOM")]),
    ],
)
def test_a_capital_ending_like_a_demonym_is_a_place(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # where a speaker or a staff sits is not where the troops are
        (
            "Die Behörden teilten am Montag in der Hauptstadt Tripolis mit, dass 35 Soldaten getötet wurden.",
            "de",
            [("35", None, None)],
        ),
        (
            "L'état-major des armées (EMA), à Paris, a confirmé la mort de 12 soldats maliens.",
            "fr",
            [("12", "MLI", None)],
        ),
        (
            "Le président a évoqué, lors d'un discours devant le Parlement à Nairobi, 80 soldats tués.",
            "fr",
            [("80", "KEN", None)],
        ),
    ],
)
def test_where_a_speaker_sits_is_no_place_of_the_troops(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # US states and bases are in the United States
        (
            "Roughly 300 soldiers at a base in Kansas were placed on alert.",
            "en",
            [("Roughly 300", None, "USA")],
        ),
        ("Up to 800 Guard members were deployed across New Mexico.", "en", [("Up to 800", None, "USA")]),
        # towns of the wars in Afghanistan, South Sudan and Nigeria
        ("Vier Soldaten wurden in der Provinz Tachar verwundet.", "de", [("Vier", None, "AFG")]),
        ("About 30 soldiers were killed near Dikwa on Sunday.", "en", [("About 30", None, "NGA")]),
        ("Drei Soldaten wurden in der Region Hakurk verwundet.", "de", [("Drei", None, "IRQ")]),
    ],
)
def test_more_places_of_their_countries(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # what a ministry reports is no seat: the place after it is where the troops are
        (
            "Nach Ministeriumsangaben sind in Litauen derzeit rund 900 deutsche Soldaten stationiert.",
            "de",
            [("rund 900", "DEU", "LTU")],
        ),
        (
            "Laut Ministeriumsinformationen in Mali sind 200 Soldaten verletzt worden.",
            "de",
            [("200", None, "MLI")],
        ),
        # the ministry's own seat still is no place of the troops
        ("Das Verteidigungsministerium in Kiew meldete 30 getötete Soldaten.", "de", [("30", "UKR", None)]),
    ],
)
def test_a_ministrys_report_is_no_seat(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "said the number of troops in X": what was said of, not where one spoke
        (
            "The minister said the number of troops in Estonia would drop to 1,200.",
            "en",
            [("1,200", None, "EST")],
        ),
        (
            "Le ministre a annoncé que le nombre de soldats au Mali passerait de 2 000 à 900.",
            "fr",
            [("2 000", None, "MLI"), ("900", None, "MLI")],
        ),
        # where one spoke stays no place of the troops
        (
            "Nine soldiers were killed, an army spokesman said on Monday in Bamako.",
            "en",
            [("Nine", "MLI", None)],
        ),
    ],
)
def test_what_one_spoke_of_is_no_place_of_speaking(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a relative "wo" / "where" / "où" after a verb ending the clause still refers to the country before it
        (
            "Washington erwägt, Truppen aus Japan abzuziehen, wo derzeit etwa 50.000 US-Soldaten stationiert sind.",
            "de",
            [("etwa 50.000", "USA", "JPN")],
        ),
        (
            "The Pentagon sent more jets to Qatar last year, where some 8,000 U.S. troops are based.",
            "en",
            [("some 8,000", "USA", "QAT")],
        ),
        # the relative clause refers to the last country, not to the one troops came from
        (
            "The battalion moved from Syria to Iraq, where 2,500 U.S. troops remain.",
            "en",
            [("2,500", "USA", "IRQ")],
        ),
    ],
)
def test_a_relative_where_after_the_clause_refers_to_its_country(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a date between the count and the place is no other count
        (
            "Neuf soldats nigériens ont été tués dans la nuit du lundi 3 au mardi 4 mars, lors d'une embuscade "
            "dans l'ouest du Niger.",
            "fr",
            [("Neuf", "NER", "NER")],
        ),
        (
            "Seven Malian soldiers were killed on 12 March during an ambush on their convoy in central Mali.",
            "en",
            [("Seven", "MLI", "MLI")],
        ),
        # another count between still keeps its own place
        (
            "Neuf soldats ont été tués lundi à l'aube, alors que 14 policiers ont été blessés dans une autre "
            "attaque au Mali.",
            "fr",
            [("Neuf", None, None)],
        ),
    ],
)
def test_a_date_between_is_no_other_count(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the count's own phrase puts the troops at a country's border: a country named earlier is not theirs
        (
            "Moscow denies any plan to attack Finland but has moved 20,000 troops close to Finland's border.",
            "en",
            [("20,000", "RUS", None)],
        ),
        (
            "Minsk a démenti vouloir entrer en Lituanie mais a massé 15 000 soldats à la frontière de la Lituanie.",
            "fr",
            [("15 000", "BLR", None)],
        ),
        # ... nor is a country named further on
        (
            "Moscow has moved 20,000 troops near Finland's border and vowed never to admit Helsinki into the alliance.",
            "en",
            [("20,000", "RUS", None)],
        ),
        # a country of its own before the border still places them
        (
            "Some 900 Canadian soldiers are stationed in Latvia near the border with Russia.",
            "en",
            [("Some 900", "CAN", "LVA")],
        ),
    ],
)
def test_a_border_in_the_counts_phrase_overrides_an_earlier_country(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the country troops go back to is not where they are trained, hurt or posted
        (
            "About 600 Georgian soldiers will train in the program for a month before heading back to Georgia.",
            "en",
            [("About 600", "GEO", None)],
        ),
        (
            "Some 150 wounded Chadian soldiers were repatriated to Chad on Friday.",
            "en",
            [("Some 150", "TCD", None)],
        ),
        # a country named as where they are stays theirs, even when they go home later
        (
            "Some 40 Ukrainian soldiers were killed in Ukraine before their unit could return home.",
            "en",
            [("Some 40", "UKR", "UKR")],
        ),
    ],
)
def test_where_troops_go_back_to_is_not_where_they_are(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a toll counted over years takes no place from the sentence before ...
        (
            "Im Frühjahr waren in Mali noch 900 deutsche Soldaten stationiert. 12 Bundeswehrsoldaten starben seit "
            "2013 bei dem Einsatz.",
            "de",
            [("900", "DEU", "MLI"), ("12", "DEU", None)],
        ),
        # ... while a loss of the day still does
        (
            "Im Frühjahr waren in Mali noch 900 deutsche Soldaten stationiert. Zwei Bundeswehrsoldaten wurden am "
            "Montag bei einem Anschlag verletzt.",
            "de",
            [("900", "DEU", "MLI"), ("Zwei", "DEU", "MLI")],
        ),
    ],
)
def test_a_toll_over_years_takes_no_place_from_before(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "österreichweit", "deutschlandweit": the whole country is where its own army serves
        ("Rund 2.000 Soldaten helfen österreichweit bei der Ernte.", "de", [("Rund 2.000", "AUT", "AUT")]),
        ("Deutschlandweit sind 900 Soldaten in Impfzentren im Einsatz.", "de", [("900", "DEU", "DEU")]),
    ],
)
def test_a_nationwide_word_places_the_troops_at_home(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected
