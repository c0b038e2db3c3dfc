"""Locations and owners on Asian, African and historical news: the side named before a French toll
("du côté du M23"), a count in brackets after the body it counts, two coordinated counts owned by the group named
after the second, troops called foreign, fighters of two sides, fighters who laid down their arms, the part of
Kashmir a country holds, and the place called the scene of the fighting. Sentences written here."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def fields(text: str, lang: str) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (m.count_text, m.actor_code, m.location_country, m.mention_type) for m in extract_mentions(text, lang)
    ]


def owners(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m.count_text, m.actor_code) for m in extract_mentions(text, lang)]


def places(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m.count_text, m.location_country) for m in extract_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the side named before the count owns the losses after it
        (
            "Selon l'état-major, les FARDC ont perdu 45 soldats. Du côté des rebelles du M23, on dénombre 312 morts.",
            "fr",
            [("45", "COD"), ("312", "M23")],
        ),
        (
            "Selon l'armée, les FARDC ont eu 40 morts, et côté M23 on dénombre 7 blessés.",
            "fr",
            [("40", "COD"), ("7", "M23")],
        ),
        ("Du côté ukrainien, 300 soldats ont été tués selon Moscou.", "fr", [("300", "UKR")]),
        # a count in brackets after the body it counts
        (
            "Das größte Kontingent stellen die Polen (1.800), danach folgen die Spanier (950) und die Niederländer (620).",
            "de",
            [("1.800", "POL"), ("950", "ESP"), ("620", "NLD")],
        ),
        # two coordinated counts: the group named after the second owns both
        (
            "Au total, 3 officiers et 17 combattants du Mouvement du 23 Mars ont été capturés près de Masisi.",
            "fr",
            [("3", "M23"), ("17", "M23")],
        ),
        (
            "Three officers and 19 fighters of the Taliban were captured in Helmand.",
            "en",
            [("Three", "TALIBAN"), ("19", "TALIBAN")],
        ),
        # foreign troops are no one state's; foreign fighters of a group stay the group's
        (
            "L'armée congolaise a combattu près de Bukavu: douze soldats étrangers ont été tués.",
            "fr",
            [("douze", None)],
        ),
        ("The Nigerian army said 40 foreign troops were wounded near Maiduguri.", "en", [("40", None)]),
        # plain fighters dead in fighting between two named sides are neither's alone
        (
            "Environ 300 combattants ont été tués dans les combats qui ont opposé en juin l'armée malienne et les rebelles du JNIM.",
            "fr",
            [("Environ 300", None)],
        ),
        (
            "Mehr als 500 Kämpfer starben bei Gefechten zwischen der sudanesischen Armee und den Milizen der RSF.",
            "de",
            [("Mehr als 500", None)],
        ),
        # ... but "de ses combattants" are the possessor's, whatever war the sentence names
        (
            "Le Hamas a annoncé que neuf de ses combattants ont été tués depuis le début du conflit entre Israël et le Hamas.",
            "fr",
            [("neuf", "HAMAS")],
        ),
    ],
)
def test_owners(text: str, lang: str, expected: list[tuple[str, str | None]]) -> None:
    assert owners(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Eleven Indian troops died when rebels ambushed a convoy in Indian-administered Kashmir.",
            "en",
            [("Eleven", "IND")],
        ),
        (
            "Four Pakistani troops died in Pakistani-controlled Kashmir, the army said.",
            "en",
            [("Four", "PAK")],
        ),
        # the place called the scene of the fighting, even in the speaker's clause
        (
            "« L'armée a eu 35 morts et 80 blessés », a dit le colonel, chef de la région qui comprend l'Ituri, théâtre des combats.",
            "fr",
            [("35", "COD"), ("80", "COD")],
        ),
        (
            "The army lost 45 soldiers, a spokesman said in the capital of the province, Idlib, the scene of the fighting.",
            "en",
            [("45", "SYR")],
        ),
    ],
)
def test_places(text: str, lang: str, expected: list[tuple[str, str | None]]) -> None:
    assert places(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Quatre officiers et 25 combattants du M23 ont déposé les armes près de Rutshuru, en RDC.",
            "fr",
            [("Quatre", "M23", "COD", "casualties"), ("25", "M23", "COD", "casualties")],
        ),
        (
            "Some 30 fighters of the Taliban laid down their arms in Kunduz.",
            "en",
            [("Some 30", "TALIBAN", "AFG", "casualties")],
        ),
        (
            "Rund 60 Kämpfer der Taliban haben die Waffen niedergelegt.",
            "de",
            [("Rund 60", "TALIBAN", None, "casualties")],
        ),
    ],
)
def test_laid_down_arms(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None, str]]
) -> None:
    assert fields(text, lang) == expected


def test_fighters_led_by_a_group_leader_are_the_groups() -> None:
    ms = extract_mentions("Une cinquantaine de combattants étaient menés par un chef du M23.", "fr")
    assert [(m.count_text, m.actor_code) for m in ms] == [("Une cinquantaine", "M23")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side the losses are among: unnamed, named, or a group named after the unnamed word
        (
            "Le colonel évoque trois blessés côté malien et une trentaine de morts chez les assaillants.",
            [("trois", "MLI"), ("une trentaine", None)],
        ),
        (
            "On compte 12 morts chez les Casques bleus et 30 morts chez les rebelles du M23.",
            [("12", "UN"), ("30", "M23")],
        ),
    ],
)
def test_losses_among_a_side(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert owners(text, "fr") == expected
