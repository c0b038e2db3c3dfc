"""Where troops are, on sentences written for these tests (round 17, en/de/fr): towns and provinces of Afghanistan,
Pakistan, Burkina Faso, Nigeria, Norway and Iraq; a toll whose next sentence tells where the attack struck; a town
alone before a spaced dash that opens a text (where the story was filed); a place where a result was announced
("teilte ... in Genf mit"); and a stretch between two towns."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def places(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m.count_text, m.location_country) for m in extract_mentions(text, lang)]


# ------------------------------------------------------------------------------ gazetteer


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Five soldiers died when their convoy hit a mine in Jawzjan province on Monday.",
            "en",
            [("Five", "AFG")],
        ),
        ("Militants stormed a checkpoint in Sar-i-Pul, killing seven soldiers.", "en", [("seven", "AFG")]),
        ("In der Stadt Zhob starben am Morgen vier Soldaten bei einem Anschlag.", "de", [("vier", "PAK")]),
        (
            "Three soldiers were killed near Miran Shah late on Sunday, officials said.",
            "en",
            [("Three", "PAK")],
        ),
        ("Six militaires ont été tués dans une attaque contre le poste de Koumbri.", "fr", [("Six", "BFA")]),
        (
            "Eleven soldiers were killed when jihadists overran a base in Buni Yadi.",
            "en",
            [("Eleven", "NGA")],
        ),
        (
            "Rund 1.500 Soldaten üben seit Montag bei Setermoen den Winterkampf.",
            "de",
            [("Rund 1.500", "NOR")],
        ),
    ],
)
def test_towns_and_provinces_place_their_troops(
    text: str, lang: str, expected: list[tuple[str, str | None]]
) -> None:
    assert places(text, lang) == expected


# ------------------------------------------------------------------------------ the attack's site in the next sentence


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Au moins quatre soldats ont été tués mardi dans une attaque jihadiste. L'attaque a visé le poste "
            "militaire de Koumbri, à une dizaine de kilomètres de la frontière.",
            "fr",
            [("Au moins quatre", "BFA")],
        ),
        (
            "Trois soldats ont été tués et six blessés dans l'embuscade. Quant aux blessés, ils ont été "
            "évacués vers l'hôpital de Gao.",
            "fr",
            [("Trois", "MLI"), ("six", "MLI")],
        ),
        (
            "Two soldiers were killed in an ambush on Friday. The attack took place on a road outside Bannu "
            "at about 10 pm.",
            "en",
            [("Two", "PAK")],
        ),
        (
            "Bei dem Angriff kamen fünf Soldaten ums Leben. Der Anschlag ereignete sich 20 Kilometer "
            "südlich von Kandahar.",
            "de",
            [("fünf", "AFG")],
        ),
    ],
)
def test_a_toll_takes_the_attack_site_of_the_next_sentence(
    text: str, lang: str, expected: list[tuple[str, str | None]]
) -> None:
    assert places(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the next sentence counts other people: its place is theirs
        (
            "Deux soldats ont été tués dans une attaque. Une autre attaque à Gao a fait 12 morts parmi les civils.",
            "fr",
            [("Deux", None)],
        ),
        # no attack named in the toll's sentence, and the next one does not go on about the victims
        (
            "Four soldiers died on Tuesday. A separate attack hit a market in Kandahar.",
            "en",
            [("Four", None)],
        ),
        # placed at a border by the toll's own sentence
        (
            "Lors d'une attaque de roquettes, trois militaires ont péri le long de la frontière syrienne. "
            "L'attaque la plus grave a frappé Sderot.",
            "fr",
            [("trois", None)],
        ),
    ],
)
def test_no_attack_site_borrowed_from_another_report(
    text: str, lang: str, expected: list[tuple[str, str | None]]
) -> None:
    assert places(text, lang) == expected


# ------------------------------------------------------------------------------ datelines and announcements


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Genf – Bei Kämpfen im Osten des Kongo sind drei Blauhelmsoldaten getötet worden. Sieben weitere "
            "Soldaten seien verletzt, teilte die UNO am Abend in Genf mit.",
            "de",
            [("drei", "COD"), ("Sieben", "COD")],
        ),
        (
            "Paris – Zwei Soldaten der Fremdenlegion sind bei einem Unfall verletzt worden.",
            "de",
            [("Zwei", None)],
        ),
    ],
)
def test_a_dateline_or_the_place_of_an_announcement_is_no_location(
    text: str, lang: str, expected: list[tuple[str, str | None]]
) -> None:
    assert places(text, lang) == expected


def test_dort_refers_back_to_a_town_opening_the_text() -> None:
    text = "Gao – die größte Stadt im Norden – ist seit Jahren umkämpft. Dort wurden am Montag drei Soldaten verletzt."
    assert places(text, "de") == [("drei", "MLI")]


# ------------------------------------------------------------------------------ a stretch between two towns


def test_an_ambush_between_two_towns_names_no_one_town() -> None:
    text = "Au moins neuf militaires sont tombés dans une embuscade entre Oursi et Déou, samedi."
    assert places(text, "fr") == [("Au moins neuf", None)]


def test_an_ambush_at_one_town_places_it() -> None:
    text = "Au moins neuf militaires sont tombés dans une embuscade près de Déou, samedi."
    assert places(text, "fr") == [("Au moins neuf", "BFA")]


# ------------------------------------------------------------------------------ a post before its place (German)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zurzeit sind am Flughafen der Hauptstadt Niamey rund 90 deutsche Soldaten stationiert.",
            [("rund 90", "NER")],
        ),
        ("Im Feldlager von Gao leben derzeit 850 Soldaten der Bundeswehr.", [("850", "MLI")]),
        ("Die 40 Soldaten im Militärkomplex Tadschi wurden nach Kuwait verlegt.", [("40", "IRQ")]),
    ],
)
def test_a_post_before_its_town_places_the_troops(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert places(text, "de") == expected


def test_a_post_of_a_coalition_led_by_a_state_is_not_in_that_state() -> None:
    text = (
        "Bei einem Angriff auf einen Stützpunkt der von Frankreich geführten Mission starben zwölf Soldaten."
    )
    assert places(text, "de") == [("zwölf", None)]


def test_the_same_toll_without_a_border_takes_the_attack_site() -> None:
    text = (
        "Lors d'une attaque de roquettes, trois militaires ont péri. L'attaque la plus grave a frappé Sderot."
    )
    assert places(text, "fr") == [("trois", "ISR")]


# ------------------------------------------------------------------------------ the same troops placed in the next sentence


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "La Suède enverra 120 soldats. Ces troupes seront stationnées à Tapa, à 90 kilomètres de la capitale.",
            "fr",
            [("120", "EST")],
        ),
        (
            "Cairo will send 800 troops. The troops are expected to be based in Baidoa by the end of 2026.",
            "en",
            [("800", "SOM")],
        ),
        # the next sentence counts others
        (
            "La Suède enverra 120 soldats. Ces troupes rejoindront 300 Danois à Tapa.",
            "fr",
            [("120", None), ("300", "EST")],
        ),
    ],
)
def test_distances_and_years_in_the_next_sentence_count_nobody(
    text: str, lang: str, expected: list[tuple[str, str | None]]
) -> None:
    assert places(text, lang) == expected
