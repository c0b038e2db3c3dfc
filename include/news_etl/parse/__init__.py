"""Parse stage: HTML page -> ParsedArticle, with an i24NEWS adapter and a generic one for any other outlet.

from news_etl.parse import parse_page, ParseError
article = parse_page(html, url, source="demo")   # raises ParseError(reason, detail)
"""

from __future__ import annotations

from news_etl.parse import generic, i24
from news_etl.parse.errors import PARSE_REASONS, ParseError
from news_etl.parse.page import Page
from news_etl.records import ParsedArticle

__all__ = ["ADAPTERS", "PARSE_REASONS", "ParseError", "choose_adapter", "parse_page"]

ADAPTERS = {i24.NAME: i24.VERSION, generic.NAME: generic.VERSION}


def choose_adapter(url: str, page: Page) -> str:
    """i24 for an i24NEWS host or a page carrying i24NEWS markup; generic for everything else."""
    return i24.NAME if i24.matches(url, page) else generic.NAME


def parse_page(html: str, url: str, source: str = "", language_hint: str | None = None) -> ParsedArticle:
    page = Page(html, url)
    adapter = i24 if choose_adapter(url, page) == i24.NAME else generic
    return adapter.parse(page, source=source, language_hint=language_hint)
