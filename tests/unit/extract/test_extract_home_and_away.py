"""Where troops are when the text also names their home: a base they are stationed at or set out from, a home
port they come back to, the other state's side of "its border", a place two sentences back, and towns of the
theatres of peacekeeping in Africa (en/de/fr; sentences written here, after kinds of misses found on fresh real
news in round 12)."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def fields(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.count_text, m.actor_code, m.location_country) for m in extract_mentions(text, lang)]


def located(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m.count_text, m.location_country) for m in extract_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a base the troops are stationed at, when the sentence sends them on somewhere: home, not where they are
        (
            "Some 300 soldiers based in Iowa are due to fly to Qatar in March.",
            "en",
            [("Some 300", "QAT")],
        ),
        (
            "Some 450 troops based at a camp in Texas are bound for Kuwait this summer.",
            "en",
            [("Some 450", "KWT")],
        ),
        (
            "Quelque 600 soldats basés à Toulon partiront pour le Liban en mai.",
            "fr",
            [("Quelque 600", "LBN")],
        ),
        # ... but a base with nowhere else to go stays where they are
        ("About 4,000 US troops based in Poland took part in the drill.", "en", [("About 4,000", "POL")]),
        ("The 1,200 soldiers based in Estonia will stay there.", "en", [("1,200", "EST")]),
        # a capital troops leave for a theatre: where they go ("left Accra for Mali")
        (
            "Nearly 200 Ghanaian soldiers left Accra on Monday for Mali.",
            "en",
            [("Nearly 200", "MLI")],
        ),
        # ... while troops sent home leave where they served
        ("Some 90 French soldiers left Niamey for France on Friday.", "en", [("Some 90", "NER")]),
    ],
)
def test_home_base_on_the_way_elsewhere(text: str, lang: str, expected: list[tuple[str, str | None]]) -> None:
    assert located(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a home port ships sail from or come back to is no post
        (
            "Das Minenjagdboot ist mit 45 Soldaten vom Stützpunkt Hamburg aus ausgelaufen. Es soll in der Ostsee "
            "patrouillieren.",
            "de",
            [("45", None)],
        ),
        (
            "Der Tender ist nach vier Monaten in der Ägäis in seinen Heimathafen Hamburg zurückgekehrt. An Deck "
            "standen rund 150 Soldaten.",
            "de",
            [("rund 150", None)],
        ),
        (
            "Der Versorger ist aus dem Mittelmeer nach Hamburg zurückgekehrt. Die 180 Soldaten haben nun Urlaub.",
            "de",
            [("180", None)],
        ),
        # ... but troops back at a post they served at before are there again
        (
            "Seit Juni ist das Kontingent zurück in Bosnien. Bis zu 40 Soldaten leisten Dienst.",
            "de",
            [("Bis zu 40", "BIH")],
        ),
    ],
)
def test_home_port_is_no_post(text: str, lang: str, expected: list[tuple[str, str | None]]) -> None:
    assert located(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "its border with X": the subject's own side, not X
        (
            "Turkey will send up to 20,000 troops to guard its border with Syria.",
            "en",
            [("up to 20,000", "TUR", "TUR")],
        ),
        (
            "Minsk a posté quelque 5 000 militaires sur sa frontière avec la Pologne.",
            "fr",
            [("quelque 5 000", "BLR", "BLR")],
        ),
        # ... while "near the border with X" stays outside both
        ("Some 5,000 troops were massed near the border with Ukraine.", "en", [("Some 5,000", None, None)]),
    ],
)
def test_own_side_of_its_border(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a deployment two sentences after its country, with a sentence naming no place between
        (
            "Deutschland will eine Brigade in Litauen stationieren. Der Aufbau soll bis 2027 dauern. Insgesamt "
            "sollen bis zu 4000 Soldaten verlegt werden.",
            "de",
            [("bis zu 4000", "LTU")],
        ),
        (
            "Canada will lead a battlegroup in Latvia. The plan was approved on Monday. Up to 2,200 soldiers will "
            "be deployed.",
            "en",
            [("Up to 2,200", "LVA")],
        ),
        # ... not past a sentence that places troops of its own
        (
            "Deutschland will eine Brigade in Litauen stationieren. Ein ähnlicher Einsatz in Polen endete 2020. "
            "Insgesamt sollen bis zu 4000 Soldaten verlegt werden.",
            "de",
            [("bis zu 4000", "POL")],
        ),
        # ... nor for losses, which take no place from two sentences back
        (
            "Die Armee kämpft seit Monaten in Mali. Die Lage bleibt angespannt. Insgesamt wurden 30 Soldaten "
            "verwundet.",
            "de",
            [("30", None)],
        ),
    ],
)
def test_place_two_sentences_back(text: str, lang: str, expected: list[tuple[str, str | None]]) -> None:
    assert located(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # towns and regions of peacekeeping theatres map to their country; Darfur is a place, not an owner
        (
            "Some 300 peacekeepers guard a camp at Zalingei, in the west of Darfur.",
            "en",
            [("Some 300", "UN", "SDN")],
        ),
        ("About 120 troops patrol the roads around Koidu.", "en", [("About 120", None, "SLE")]),
        ("Nearly 80 soldiers were posted to Jonglei state last week.", "en", [("Nearly 80", None, "SSD")]),
        (
            "Au moins 12 casques bleus ont été blessés près de Foro Baranga.",
            "fr",
            [("Au moins 12", "UN", "SDN")],
        ),
        ("In Hardheim sollen ab 2026 rund 500 Panzersoldaten Dienst tun.", "de", [("rund 500", None, "DEU")]),
        # a town at the start of a German report, before its first sentence, is where it was filed
        (
            "Hamburg. Mit 120 Soldaten an Bord hat die Korvette den Hafen in Richtung Nordsee verlassen.",
            "de",
            [("120", None, None)],
        ),
    ],
)
def test_towns_of_peacekeeping_theatres(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a demonym's border the troops are near: beside that country, not in it
        ("Some 3,000 troops were deployed near the Afghan border.", "en", [("Some 3,000", None)]),
        (
            "About 40 rebels were killed in clashes along the rugged Sudanese border.",
            "en",
            [("About 40", None)],
        ),
        ("Quatre soldats ont été tués près de la frontière algérienne.", "fr", [("Quatre", None)]),
        # ... unless a place named after it says where
        (
            "Nine soldiers were ambushed close to the Iraqi border in Hasakah province.",
            "en",
            [("Nine", "SYR")],
        ),
        # ... and a border area stays in its country
        ("Some 2,000 troops were sent to the Polish border region.", "en", [("Some 2,000", "POL")]),
    ],
)
def test_near_a_demonyms_border(text: str, lang: str, expected: list[tuple[str, str | None]]) -> None:
    assert located(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # where troops leave for, with a home town and a date between
        (
            "A company of 250 Dutch soldiers is to leave Rotterdam next week for Lithuania.",
            "en",
            [("250", "LTU")],
        ),
        # a UN mission named after its country serves there
        (
            "About 900 Nepalese troops serve in the UN Mali peacekeeping mission.",
            "en",
            [("About 900", "MLI")],
        ),
        ("Some 700 Ghanaian soldiers belong to the U.N. Lebanon force.", "en", [("Some 700", "LBN")]),
    ],
)
def test_destination_and_mission_named_after_a_country(
    text: str, lang: str, expected: list[tuple[str, str | None]]
) -> None:
    assert located(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # troops coming home from a tour: the post they served at is the country left
        (
            "Some 300 soldiers flew home on Friday, back from a nine-month deployment in South Korea.",
            "en",
            [("Some 300", "KOR")],
        ),
        (
            "Une centaine de soldats belges sont rentrés jeudi après leur mission au Niger.",
            "fr",
            [("Une centaine", "NER")],
        ),
        (
            "Rund 250 Soldaten sind nach sechs Monaten Einsatz in Litauen heimgekehrt.",
            "de",
            [("Rund 250", "LTU")],
        ),
    ],
)
def test_back_home_from_a_tour(text: str, lang: str, expected: list[tuple[str, str | None]]) -> None:
    assert located(text, lang) == expected
