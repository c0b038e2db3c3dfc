from __future__ import annotations

import unicodedata

import pytest
from news_etl.clean.text import THOUSANDS_SEPARATOR, clean_body


def test_soft_hyphens_and_zero_width_characters_removed() -> None:
    assert (
        clean_body("Bundes\u00adwehr\u200b ent\u00adsendet Sol\u200ddaten\ufeff.")
        == "Bundeswehr entsendet Soldaten."
    )


def test_bidi_marks_removed() -> None:
    assert clean_body("\u200f1\u200e500 جندي") == "1500 جندي"


def test_output_is_nfc() -> None:
    decomposed = "Re\u0301gion de\u0301ploye\u0301e"
    cleaned = clean_body(decomposed)
    assert cleaned == unicodedata.normalize("NFC", decomposed)
    assert unicodedata.is_normalized("NFC", cleaned)


@pytest.mark.parametrize("separator", ["\u00a0", "\u202f", "\u2009", "\u2007"])
def test_thousands_separator_between_digits_survives(separator: str) -> None:
    cleaned = clean_body(f"Environ 1{separator}500 soldats et 10{separator}000{separator}000 euros.")
    sep = THOUSANDS_SEPARATOR
    assert cleaned == f"Environ 1{sep}500 soldats et 10{sep}000{sep}000 euros."


def test_no_break_space_elsewhere_becomes_plain_space() -> None:
    # Not a digit group (two digits follow) and not between digits: ordinary spaces.
    assert clean_body("Seite\u00a012\u00a034 «\u202fbonjour\u202f»") == "Seite 12 34 « bonjour »"


def test_plain_space_between_numbers_is_kept_single() -> None:
    assert clean_body("In 2024   500 soldiers\tarrived.") == "In 2024 500 soldiers arrived."


def test_paragraphs_separated_by_one_blank_line_and_line_breaks_normalized() -> None:
    raw = "  First para.  \r\n\r\n\r\n\n Second\u2028line two.\x0c\n\n\n\nThird.  "
    assert clean_body(raw) == "First para.\n\nSecond\nline two.\n\nThird."


@pytest.mark.parametrize(
    "line",
    [
        # en
        "Share this article",
        "Share on Facebook",
        "Facebook Twitter WhatsApp Email",
        "Read more",
        "READ MORE: Nato allies agree on new battlegroups",
        "Related: Troops arrive in Romania",
        "Sign up for our daily politics newsletter",
        "Photo: Reuters",
        "Photo by John Smith/AFP via Getty Images",
        "(Photo: AP)",
        "Copyright 2026 Example News",
        "© AFP 2026",
        # de
        "Lesen Sie auch: Nato verlegt Truppen nach Litauen",
        "Mehr zum Thema",
        "Artikel teilen",
        "Newsletter jetzt kostenlos abonnieren",
        "Foto: dpa",
        "Bildquelle: picture alliance",
        # fr
        "Lire aussi : La France renforce sa présence en Estonie",
        "À lire aussi",
        "Partager cet article",
        "Inscrivez-vous à notre newsletter quotidienne",
        "Crédit photo : AFP",
        "Photo : Ludovic Marin / AFP",
    ],
)
def test_boilerplate_line_removed(line: str) -> None:
    body = f"Soldiers arrived on Monday.\n{line}\n\nThey will stay for months."
    assert clean_body(body) == "Soldiers arrived on Monday.\n\nThey will stay for months."


@pytest.mark.parametrize(
    "line",
    [
        "Foto-Ausstellung über die Bundeswehr eröffnet in Berlin.",
        "Photographers were not allowed near the base, officials said.",
        "Read more than 100 pages of the report and you find 2,000 troops mentioned.",
        "Les soldats vont partager leur base avec les forces roumaines.",
        "Share prices of defence companies rose after the announcement of 5,000 troops.",
    ],
)
def test_article_lines_resembling_boilerplate_are_kept(line: str) -> None:
    assert clean_body(line) == line


def test_long_line_starting_with_cue_is_kept() -> None:
    caption_like = "Photo: " + "soldiers on parade " * 15
    assert clean_body(caption_like) == caption_like.strip()


def test_only_boilerplate_gives_empty_body() -> None:
    assert clean_body("Share\n\nRead more\n\n") == ""
