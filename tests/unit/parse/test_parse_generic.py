"""The generic adapter: metadata from JSON-LD / Open Graph / meta tags, body from trafilatura."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from news_etl.parse import parse_page
from news_etl.parse.generic import without_headline

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "parse"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_json_ld_article() -> None:
    article = parse_page(
        fixture("generic_article.html"), "https://gazette.example.com/news/x", source="gazette"
    )

    assert (article.adapter, article.adapter_version) == ("generic", "1.0.0")
    assert article.source == "gazette"
    assert article.canonical_url == "https://gazette.example.com/news/2024/03/harbour-bridge-reopens"
    assert article.language == "en"
    assert article.title == "Harbour bridge reopens after repairs"  # JSON-LD headline, no site suffix
    assert article.description == "The bridge was closed for eight months."
    assert article.authors == ["Jane Holloway", "Sam Ortiz"]
    assert article.published_at == datetime(2024, 3, 2, 12, 30, tzinfo=timezone.utc)
    assert article.modified_at == datetime(2024, 3, 2, 14, 0, tzinfo=timezone.utc)
    assert article.tags == ["Transport", "Infrastructure"]

    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("The harbour bridge reopened to traffic on Saturday morning")
    assert paragraphs[-1].startswith("Cyclists will have a separate lane")
    for boilerplate in ("Reader comment", "All rights reserved", "About us", "Sport", "By Jane Holloway"):
        assert boilerplate not in article.body
    assert article.word_count == len(article.body.split())


def test_open_graph_and_meta_tags_only() -> None:
    article = parse_page(
        fixture("generic_opengraph_only.html"), "https://journal.example.fr/x?utm_medium=rss"
    )

    assert article.canonical_url == "https://journal.example.fr/ville/marche-couvert"  # og:url
    assert article.language == "fr"  # html lang="fr-FR"
    assert article.title == "Le marché couvert rouvre ses portes"
    assert article.description == "Après deux ans de travaux."  # og:description
    assert article.authors == ["Marie Lenoir"]
    assert article.published_at == datetime(2024, 9, 7, 4, 0, tzinfo=timezone.utc)
    assert article.modified_at is None
    assert article.tags == ["Ville", "Commerce", "Marché"]
    assert article.body.split("\n\n")[0].startswith("Le marché couvert du centre-ville a rouvert samedi")
    assert "Accueil" not in article.body


def test_language_hint_is_the_last_resort() -> None:
    html = fixture("generic_article.html").replace('lang="en-US"', "").replace("en_US", "")
    assert parse_page(html, "https://gazette.example.com/x", language_hint="de").language == "de"
    assert (
        parse_page(fixture("generic_article.html"), "https://g.example.com/x", language_hint="de").language
        == "en"
    )


def test_without_headline() -> None:
    assert without_headline(["Big News", "Body."], "big news ") == ["Body."]
    assert without_headline(["Body starts here.", "More."], "Big News") == ["Body starts here.", "More."]
    assert without_headline([], "Big News") == []
    assert without_headline(["Body."], None) == ["Body."]


def test_xhtml_with_an_xml_declaration() -> None:
    paragraph = (
        "Ein Absatz mit genug Text, damit er als Haupttext erkannt und nicht als Rauschen verworfen wird."
    )
    html = (
        '<?xml version="1.0" encoding="iso-8859-1"?>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="de" lang="de"><head><title>Titel</title></head>'
        f"<body><article><h1>Titel</h1><p>{paragraph}</p><p>{paragraph}</p></article></body></html>"
    )
    article = parse_page(html, "https://example.de/a")
    assert article.language == "de"
    assert article.title == "Titel"
    assert article.body.startswith("Ein Absatz mit genug Text")
