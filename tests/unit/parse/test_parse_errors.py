"""Pages that cannot become articles raise ParseError with the reject reason the pipeline stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from news_etl.parse import ParseError, parse_page
from news_etl.records import REJECT_REASONS

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "parse"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("html", "url"),
    [
        (fixture("truncated.html"), "https://www.i24news.tv/en/news/x"),
        (fixture("truncated.html"), "https://other.example.com/x"),
        ("", "https://other.example.com/x"),
        ("  \n ", "https://other.example.com/x"),
        ("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "https://other.example.com/image"),
    ],
    ids=["truncated-i24", "truncated-generic", "empty", "blank", "binary"],
)
def test_unreadable_documents_fail_to_parse(html: str, url: str) -> None:
    with pytest.raises(ParseError) as raised:
        parse_page(html, url)
    assert raised.value.reason == "parse_failed"
    assert raised.value.detail


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("i24_empty_body.html", "https://www.i24news.tv/en/news/x"),
        ("generic_no_article.html", "https://other.example.com/section"),
    ],
)
def test_pages_without_article_text_have_an_empty_body(name: str, url: str) -> None:
    with pytest.raises(ParseError) as raised:
        parse_page(fixture(name), url)
    assert raised.value.reason == "empty_body"


def test_i24_page_with_an_empty_body_container_does_not_fall_back_to_boilerplate() -> None:
    # the related headline and footer would be "text" to a main-text extractor
    with pytest.raises(ParseError, match="empty_body"):
        parse_page(fixture("i24_empty_body.html"), "http://127.0.0.1:8765/en/news/x/")


def test_reasons_are_reject_codes() -> None:
    assert ParseError("empty_body", "x").reason in REJECT_REASONS
    assert ParseError("parse_failed").reason in REJECT_REASONS
    with pytest.raises(ValueError):
        ParseError("http_error", "not a parse reason")
