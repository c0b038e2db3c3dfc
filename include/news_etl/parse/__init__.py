"""Parse stage: HTML page or i24NEWS API document -> ParsedArticle, with i24NEWS adapters (rendered pages, API
JSON) and a generic one for any other outlet.

from news_etl.parse import parse_page, ParseError
article = parse_page(html, url, source="demo")   # raises ParseError(reason, detail)
"""

from __future__ import annotations

from news_etl.parse import generic, i24, i24_api
from news_etl.parse.errors import PARSE_REASONS, ParseError
from news_etl.parse.page import Page
from news_etl.records import ParsedArticle

__all__ = ["ADAPTERS", "PARSE_REASONS", "ParseError", "choose_adapter", "parse_api_document", "parse_page"]

ADAPTERS = {i24.NAME: i24.VERSION, i24_api.NAME: i24_api.VERSION, generic.NAME: generic.VERSION}


def choose_adapter(url: str, page: Page) -> str:
    """i24 for an i24NEWS host or a page carrying i24NEWS markup; generic for everything else."""
    return i24.NAME if i24.matches(url, page) else generic.NAME


def parse_page(
    html: str,
    url: str,
    source: str = "",
    language_hint: str | None = None,
    *,
    api_json: str | None = None,
    api_note: str = "",
) -> ParsedArticle:
    """``api_json``: the API document fetched for this page when it was an i24NEWS shell (its text is there);
    ``api_note`` says why there is none (the fetch's reject), for the shell_page reject."""
    page = Page(html, url)
    if choose_adapter(url, page) == generic.NAME:
        return generic.parse(page, source=source, language_hint=language_hint)
    if not i24.is_shell(page):
        return i24.parse(page, source=source, language_hint=language_hint)
    if api_json is None:
        raise ParseError("shell_page", f"client-rendered page without text; {api_note or 'no API document'}")
    try:
        return i24_api.parse(api_json, url, source=source, language_hint=language_hint)
    except ParseError as error:
        raise ParseError("shell_page", f"client-rendered page; its API document: {error}") from error


def parse_api_document(
    text: str, url: str, source: str = "", language_hint: str | None = None
) -> ParsedArticle:
    """An archived i24NEWS API item (kind i24_api)."""
    return i24_api.parse(text, url, source=source, language_hint=language_hint)
