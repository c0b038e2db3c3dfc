"""The i24NEWS adapter reads every field from i24 markup (tests/fixtures/parse/i24_*.html)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from news_etl.parse import choose_adapter, parse_page
from news_etl.parse.i24 import body_paragraphs, url_language
from news_etl.parse.page import Page

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "parse"
EN_URL = "https://www.i24news.tv/en/news/israel/defense/1700000000-navy-frigate-docks-in-haifa"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_every_field_of_an_i24_article() -> None:
    article = parse_page(fixture("i24_en_article.html"), EN_URL + "?utm_source=feed", source="i24-en")

    assert article.url == EN_URL + "?utm_source=feed"
    assert article.canonical_url == EN_URL
    assert article.source == "i24-en"
    assert article.language == "en"
    assert (
        article.title == "Navy frigate docks in Haifa after Red Sea patrol"
    )  # og:title, not JSON-LD headline
    assert article.description == "The frigate spent six weeks escorting merchant ships."
    assert article.authors == ["Ruth Katz", "Omer Levi"]  # .author__name, whitespace cleaned, deduplicated
    assert article.published_at == datetime(2023, 11, 14, 22, 13, 20, tzinfo=timezone.utc)
    assert article.modified_at == datetime(2023, 11, 15, 7, 30, tzinfo=timezone.utc)  # +02:00 -> UTC
    assert article.tags == ["Navy", "Red Sea"]
    assert article.body == (
        "HAIFA — A navy frigate returned to Haifa on Tuesday after six weeks in the Red Sea, the military said."
        "\n\nThe ship, with a crew of about\u00a090 sailors, escorted merchant vessels near the Bab el-Mandeb strait."
        "\n\nLonger deployments"
        "\n\n“We were ready for anything,” the commander said."
        "\n\nFirst item of a list"
        "\n\nSecond\u00a0item on two lines"
        "\n\nOfficials said Q&A sessions with families would follow."
    )
    assert article.word_count == len(article.body.split())
    assert (article.adapter, article.adapter_version) == ("i24news", "2.0.0")


def test_dates_are_aware_utc() -> None:
    article = parse_page(fixture("i24_en_article.html"), EN_URL)
    for moment in (article.published_at, article.modified_at):
        assert (
            moment is not None and moment.utcoffset() is not None and moment.utcoffset().total_seconds() == 0
        )


def test_falls_back_to_json_ld_when_the_i24_markup_is_missing() -> None:
    url = "https://www.i24news.tv/fr/actu/france/1717480800-greve"
    article = parse_page(fixture("i24_fr_jsonld_only.html"), url)

    assert article.adapter == "i24news"
    assert article.language == "fr"
    assert article.title == "Grève des contrôleurs aériens à Marseille"
    assert article.description == "Des vols annulés mardi."
    assert article.authors == ["Anne Roche", "Paul Martin"]  # the URL-only author is not a name
    assert article.published_at == datetime(2024, 6, 4, 6, 0, tzinfo=timezone.utc)
    assert article.modified_at == datetime(2024, 6, 4, 8, 0, tzinfo=timezone.utc)
    assert article.tags == ["Transport", "Grève"]
    assert article.canonical_url == url
    assert article.body == "Plusieurs dizaines de vols ont été annulés mardi à l'aéroport de Marseille."


def test_hebrew_page_on_another_host_is_recognised_by_its_markup() -> None:
    article = parse_page(
        fixture("i24_he_article.html"), "http://127.0.0.1:8765/he/news/israel/1702000000-rain"
    )

    assert article.adapter == "i24news"
    assert article.language == "he"
    assert article.title == "גשם כבד צפוי בצפון"
    assert (
        article.canonical_url == "http://127.0.0.1:8765/he/news/israel/1702000000-rain"
    )  # relative link resolved
    assert article.tags == ["מזג אוויר"]
    assert article.body == "השירות המטאורולוגי צופה גשם כבד בצפון הארץ מחר."
    assert article.authors == [] and article.published_at is None and article.description is None


@pytest.mark.parametrize(
    ("url", "language"),
    [
        ("https://www.i24news.tv/en/news/international/europe/1-x", "en"),
        ("https://www.i24news.tv/fr/actu/international/1-x", "fr"),
        ("https://www.i24news.tv/he/news/israel/1-x", "he"),
        ("https://www.i24news.tv/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/artc-40d078de", "ar"),
        ("http://127.0.0.1:8765/de/nachrichten/international/1-x/", "de"),
        ("https://www.i24news.tv/news/1-x", None),
        ("https://www.i24news.tv/es/noticias/1-x", None),
    ],
)
def test_language_from_url(url: str, language: str | None) -> None:
    assert url_language(url) == language


def test_url_language_wins_over_html_lang() -> None:
    html = fixture("i24_en_article.html")  # html lang="en-GB"
    article = parse_page(html, "https://www.i24news.tv/fr/actu/international/1700000000-x")
    assert article.language == "fr"


@pytest.mark.parametrize(
    ("fixture_name", "url", "adapter"),
    [
        ("i24_en_article.html", "https://example.org/copy", "i24news"),  # markup alone
        ("generic_article.html", "https://www.i24news.tv/en/news/x", "i24news"),  # host alone
        ("generic_article.html", "https://I24NEWS.tv/en/news/x", "i24news"),
        ("generic_article.html", "https://gazette.example.com/news/x", "generic"),
        ("i24_fr_jsonld_only.html", "https://example.org/fr/actu/x", "generic"),  # no og:site_name
    ],
)
def test_adapter_choice(fixture_name: str, url: str, adapter: str) -> None:
    assert choose_adapter(url, Page(fixture(fixture_name), url)) == adapter


def test_reading_the_body_leaves_the_page_intact() -> None:
    page = Page(fixture("i24_en_article.html"), EN_URL)
    assert body_paragraphs(page)[0].startswith("HAIFA")
    assert page.texts("div.tags a") == ["Navy", "Red Sea"]
    assert page.soup.select_one(".article__body .share") is not None


def test_a_rendered_page_with_hashed_class_names() -> None:
    """What the browser shows once the app has rendered: no known container, hashed classes, no byline."""
    url = "https://www.i24news.tv/fr/actu/israel/artc-exercice-naval-au-large-de-haifa"
    article = parse_page(fixture("i24_rendered_hashed_classes.html"), url)
    assert article.title == "Exercice naval au large de Haïfa"
    assert article.description == "La marine teste ses nouvelles vedettes."
    assert article.published_at == datetime(2025, 5, 20, 6, 45, tzinfo=timezone.utc)  # time[datetime]
    assert article.tags == ["Marine", "Haïfa"]
    assert article.authors == []
    assert article.language == "fr"
    assert article.body.startswith("La marine israélienne a mené mardi")
    assert article.body.endswith("avant l'été.")
    assert "droits réservés" not in article.body and "Accueil" not in article.body
