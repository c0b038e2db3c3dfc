"""The i24NEWS API adapter over fixtures in the API's two shapes (tests/fixtures/i24_api/, written for this
project): parsedBody blocks and older body HTML, dates with and without offset, all four editions."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from news_etl.parse import ParseError, i24_api, parse_api_document, parse_page
from news_etl.parse.i24 import is_shell, shell_api_url
from news_etl.parse.page import Page

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
API = "https://api.i24news.tv"
SHELL_URL = "https://www.i24news.tv/en/news/international/europe/artc-navy-ships-join-baltic-patrol"


def fixture(name: str) -> str:
    return (FIXTURES / "i24_api" / name).read_text(encoding="utf-8")


def test_parsed_body_article_every_field() -> None:
    url = f"{API}/v2/en/contents/artc-navy-ships-join-baltic-patrol"
    article = parse_api_document(fixture("en_parsed_body.json"), url, source="i24-api-en")

    assert article.url == url
    assert article.canonical_url == SHELL_URL  # frontendUrl, not the API URL
    assert article.language == "en"
    assert article.title == "Navy ships join a Baltic patrol"
    assert article.description == "Two frigates sail north for a month-long mission."  # inline HTML reduced
    assert article.authors == ["Yael Mizrahi"]
    assert article.published_at == datetime(2025, 6, 3, 11, 5, tzinfo=timezone.utc)  # +03:00 -> UTC
    assert article.modified_at == datetime(2025, 6, 3, 12, 40, tzinfo=timezone.utc)
    assert article.section == "Europe"
    assert article.tags == ["NATO", "Baltic Sea"]
    assert (article.adapter, article.adapter_version) == (i24_api.NAME, i24_api.VERSION)
    assert (
        article.body
        == (
            "Two frigates left Kiel on Tuesday to join an allied patrol in the Baltic Sea, the navy said."
            "\n\nThe mission, planned since spring, follows damage to undersea cables last winter."
            "\n\nCrews of about 400 sailors"
            "\n\n\u201cWe will stay as long as needed,\u201d the commander said."
            "\n\nFrigate one"
            "\n\nFrigate two"
        )
    )  # images, tweets, videos and the cover caption dropped; the unsupported block's list kept, its script not


def test_older_body_html_shape_with_naive_dates_and_signature() -> None:
    url = f"{API}/v2/fr/contents/1690000000-des-casques-bleus-quittent-le-nord"
    article = parse_api_document(fixture("fr_body_html.json"), url)

    # a relative frontendUrl is on the site, and keeps the legacy /<unix-ts>-<slug> form
    assert (
        article.canonical_url
        == "https://www.i24news.tv/fr/actu/international/afrique/1690000000-des-casques-bleus-quittent-le-nord"
    )
    assert article.language == "fr"
    assert article.authors == ["i24NEWS - AFP"]
    # no zone = UTC: the same second as the Unix timestamp of the legacy URL
    assert article.published_at == datetime.fromtimestamp(1690000000, tz=timezone.utc)
    assert article.modified_at == datetime(2023, 7, 22, 6, 0, tzinfo=timezone.utc)
    assert article.section == "Afrique"
    assert article.body == (
        "Un premier contingent de Casques bleus a quitté sa base du nord lundi."
        "\n\nLe départ des autres unités est prévu d'ici la fin de l'année."
        "\n\nUn calendrier serré"
        "\n\nLa mission doit remettre ses camps aux autorités locales."
    )


def test_arabic_article_without_author() -> None:
    url = (
        f"{API}/v2/ar/contents/artc-%D9%85%D9%86%D8%A7%D9%88%D8%B1%D8%A7%D8%AA-%D8%A8%D8%AD%D8%B1%D9%8A%D8%A9"
    )
    article = parse_api_document(fixture("ar_parsed_body_no_author.json"), url)

    assert article.authors == []
    assert article.language == "ar"
    assert article.tags == []
    assert article.published_at == datetime(2025, 2, 11, 9, 0, tzinfo=timezone.utc)
    assert (
        article.body
        == "بدأت سفن حربية من عدة دول مناورات مشتركة في البحر الأحمر يوم الثلاثاء.\n\nوتستمر المناورات أسبوعاً كاملاً."
    )


def test_hebrew_article_empty_author_name_falls_back_to_the_signature() -> None:
    article = parse_api_document(fixture("he_body_html.json"), f"{API}/v2/he/contents/artc-480a381d")

    assert article.authors == ["i24NEWS"]
    assert article.language == "he"
    assert article.canonical_url == "https://www.i24news.tv/he/news/israel/artc-480a381d"
    assert article.body.split("\n\n") == [
        "פיקוד העורף יקיים ביום שלישי תרגיל ארצי.",
        "במהלך התרגיל יופעלו אזעקות ניסיון בכל הערים.",
    ]


def test_an_article_of_embeds_only_has_no_text() -> None:
    with pytest.raises(ParseError) as raised:
        parse_api_document(fixture("en_no_text.json"), f"{API}/v2/en/contents/artc-video-only-report")
    assert raised.value.reason == "empty_body"


@pytest.mark.parametrize("document", ["[]", "{not json", '"a string"'])
def test_what_is_not_an_article_object_is_not_json(document: str) -> None:
    with pytest.raises(ParseError) as raised:
        parse_api_document(document, f"{API}/v2/en/contents/x")
    assert raised.value.reason == "not_json"


@pytest.mark.parametrize(
    ("url", "content_type", "expected"),
    [
        (f"{API}/v2/he/contents/artc-480a381d", None, True),
        ("http://127.0.0.1:8765/mirror/v2/ar/contents/artc-x", "text/plain", True),
        ("https://www.i24news.tv/en/news/x/artc-y", "application/json; charset=utf-8", True),
        ("https://www.i24news.tv/en/news/x/artc-y", "text/html", False),
        (f"{API}/v2/de/contents/x", None, False),  # no German edition in the API
    ],
)
def test_api_documents_are_recognised_by_content_type_or_url(
    url: str, content_type: str | None, expected: bool
) -> None:
    assert i24_api.is_api_document(url, content_type) is expected


def test_a_shell_page_is_never_read_for_its_boilerplate() -> None:
    shell = fixture("shell_page.html")
    with pytest.raises(ParseError) as raised:
        parse_page(shell, SHELL_URL, api_note="API https://api.i24news.tv/...: http_error HTTP 404")
    assert raised.value.reason == "shell_page"
    assert "HTTP 404" in raised.value.detail


def test_a_shell_page_takes_its_article_from_the_api_document() -> None:
    article = parse_page(fixture("shell_page.html"), SHELL_URL + "/", api_json=fixture("en_parsed_body.json"))
    assert article.url == SHELL_URL + "/"
    assert article.canonical_url == SHELL_URL
    assert article.body.startswith("Two frigates left Kiel")
    assert "privacy policy" not in article.body and "JavaScript" not in article.body
    assert article.adapter == i24_api.NAME


def test_an_api_document_without_text_leaves_the_shell_page_rejected() -> None:
    with pytest.raises(ParseError) as raised:
        parse_page(fixture("shell_page.html"), SHELL_URL, api_json=fixture("en_no_text.json"))
    assert raised.value.reason == "shell_page"


def test_shell_detection_and_the_api_item_it_points_to() -> None:
    shell = Page(fixture("shell_page.html"), SHELL_URL)
    rendered = Page((FIXTURES / "parse" / "i24_en_article.html").read_text(encoding="utf-8"), SHELL_URL)
    assert is_shell(shell) and not is_shell(rendered)
    assert shell_api_url(shell, API) == f"{API}/v2/en/contents/artc-navy-ships-join-baltic-patrol"
    assert shell_api_url(rendered, API) is None
    # Arabic path segments: the slug is sent percent-encoded, whichever way the page URL spelled it
    arabic = "https://www.i24news.tv/ar/news/دولي/artc-مناورات-بحرية"
    assert shell_api_url(Page(fixture("shell_page.html"), arabic), "http://mirror.test/api/") == (
        "http://mirror.test/api/v2/ar/contents/artc-%D9%85%D9%86%D8%A7%D9%88%D8%B1%D8%A7%D8%AA-%D8%A8%D8%AD%D8%B1%D9%8A%D8%A9"
    )
    # an edition the API does not serve: no API item, the page stays a shell_page reject
    assert shell_api_url(Page(fixture("shell_page.html"), "https://www.i24news.tv/de/x/artc-y"), API) is None


def test_hostile_nesting_is_not_json_or_a_parse_failure_never_a_crash() -> None:
    from news_etl.pipeline.transform import transform_page

    nested = (
        '{"title": "x", "parsedBody": [' + '{"type": "paragraph", "children": [' * 5000 + "]}" * 5000 + "]}"
    )
    for document in ("[" * 100_000 + "]" * 100_000, nested):
        result = transform_page(document.encode(), f"{API}/v2/en/contents/x", "application/json", "s", None)
        assert getattr(result, "reason", None) in ("not_json", "parse_failed")


def test_a_quote_of_two_paragraphs_stays_two_paragraphs() -> None:
    def paragraph(text: str) -> dict:
        return {"type": "paragraph", "children": [{"type": "text", "text": text}]}

    blocks = [
        {"type": "quote", "children": [paragraph("First line."), {"type": "tweet", "props": {"id": "1"}}, paragraph("Second line.")]},
        {"type": "paragraph", "children": [{"type": "text", "text": "Plain "}, {"type": "unsupported", "props": {"html": "<b>inline</b>"}}, {"type": "text", "text": " text."}]},
    ]  # fmt: skip
    assert i24_api.parsed_body_paragraphs(blocks) == ["First line.", "Second line.", "Plain inline text."]
