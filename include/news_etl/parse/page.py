"""A parsed HTML page and the metadata signals every adapter reads: JSON-LD, Open Graph, meta tags, links.

The document is parsed once with lxml; CSS selectors run on that tree (cssselect compiles each to XPath once).
No adapter builds a second, BeautifulSoup tree of the page any more: it cost about ten times the lxml parse.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

import lxml.html
from lxml.cssselect import CSSSelector
from lxml.etree import ParserError, XPath
from lxml.html import HtmlElement

from news_etl.parse.errors import ParseError
from news_etl.parse.text import clean_inline, unique

if TYPE_CHECKING:
    from bs4 import BeautifulSoup

# lxml refuses a str that still declares its byte encoding; the text is already decoded, so the declaration is moot
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")

# schema.org types whose object describes the article itself (not the page, the site or a breadcrumb).
_ARTICLE_TYPES = frozenset(
    {"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
     "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report"}
)  # fmt: skip

# Text inside these is not reader-visible text; BeautifulSoup's get_text, which the adapters were built on, skips
# it the same way (comments are not text() nodes, so they are skipped too).
_VISIBLE_TEXT = XPath(
    ".//text()[not(ancestor::script or ancestor::style or ancestor::template or ancestor::rt or ancestor::rp)]",
    smart_strings=False,
)


@cache
def css(selector: str) -> CSSSelector:
    """A CSS selector compiled once per process: compiling costs more than matching it against a page."""
    return CSSSelector(selector, translator="html")


def element_text(element: HtmlElement, separator: str = "") -> str:
    """The element's visible text, its text nodes joined by `separator`."""
    return separator.join(_VISIBLE_TEXT(element))


class Page:
    """One HTML document. Raises ParseError(parse_failed) when there is no document body to read."""

    def __init__(self, html: str, url: str) -> None:
        if not html or not html.strip():
            raise ParseError("parse_failed", "empty document")
        if "\x00" in html:
            raise ParseError("parse_failed", "binary content, not HTML")
        try:
            self.tree = lxml.html.document_fromstring(_XML_DECLARATION.sub("", html, count=1))
        except (ParserError, ValueError) as error:
            raise ParseError("parse_failed", f"not an HTML document: {error}") from error
        if self.tree.find("body") is None:
            raise ParseError("parse_failed", "no document body (truncated or not HTML)")
        self.html = html
        self.url = url

    @cached_property
    def soup(self) -> BeautifulSoup:
        """The page as BeautifulSoup, for callers that want its API; the adapters read `tree` (10x cheaper)."""
        from bs4 import BeautifulSoup

        return BeautifulSoup(self.html, "lxml")

    # --- meta tags -----------------------------------------------------------------------------------------
    @cached_property
    def _meta(self) -> dict[str, list[str]]:
        """content of every <meta>, keyed by lower-cased property / name / itemprop."""
        found: dict[str, list[str]] = {}
        for tag in self.tree.iter("meta"):
            content = (tag.get("content") or "").strip()
            if not content:
                continue
            for attribute in ("property", "name", "itemprop"):
                key = (tag.get(attribute) or "").strip().lower()
                if key:
                    found.setdefault(key, []).append(content)
        return found

    def meta(self, *keys: str) -> str | None:
        """First non-empty content among `keys`, in the order given."""
        for key in keys:
            values = self._meta.get(key.lower())
            if values:
                return values[0]
        return None

    def metas(self, key: str) -> list[str]:
        return list(self._meta.get(key.lower(), []))

    # --- JSON-LD -------------------------------------------------------------------------------------------
    @cached_property
    def jsonld_article(self) -> dict[str, Any]:
        """The first schema.org Article-like object of the page's JSON-LD blocks ({} when none)."""
        for script in self.tree.xpath('//script[@type="application/ld+json"]'):
            try:
                data = json.loads(script.text or "", strict=False)
            except ValueError:
                continue  # a broken block on an otherwise good page is common; the other signals remain
            for node in _walk(data):
                types = node.get("@type")
                type_names = types if isinstance(types, list) else [types]
                if any(isinstance(t, str) and t in _ARTICLE_TYPES for t in type_names):
                    return node
        return {}

    def jsonld_text(self, key: str) -> str | None:
        value = self.jsonld_article.get(key)
        if isinstance(value, list):
            value = next((v for v in value if isinstance(v, str)), None)
        return clean_inline(value) or None if isinstance(value, str) else None

    @property
    def jsonld_authors(self) -> list[str]:
        return unique(_names(self.jsonld_article.get("author")))

    @property
    def jsonld_keywords(self) -> list[str]:
        keywords = self.jsonld_article.get("keywords")
        if isinstance(keywords, str):
            return unique(keywords.split(","))
        if isinstance(keywords, list):
            return unique(k for k in keywords if isinstance(k, str))
        return []

    @property
    def jsonld_url(self) -> str | None:
        main = self.jsonld_article.get("mainEntityOfPage")
        if isinstance(main, dict):
            main = main.get("@id") or main.get("url")
        candidate = main if isinstance(main, str) else self.jsonld_article.get("url")
        return candidate if isinstance(candidate, str) and candidate.strip() else None

    # --- document --------------------------------------------------------------------------------------------
    @property
    def canonical_link(self) -> str | None:
        for link in self.tree.iter("link"):
            href = (link.get("href") or "").strip()
            if href and "canonical" in (link.get("rel") or "").lower().split():
                return href
        return None

    @property
    def html_lang(self) -> str | None:
        return (self.tree.get("lang") or self.tree.get("xml:lang") or "").strip() or None

    @property
    def title_tag(self) -> str | None:
        return clean_inline(self.tree.findtext(".//title") or "") or None

    @property
    def rel_authors(self) -> list[str]:
        return unique(
            link.text_content()
            for link in self.tree.xpath('//a[contains(concat(" ", @rel, " "), " author ")]')
        )

    def select(self, selector: str) -> list[HtmlElement]:
        """Elements matching the CSS `selector`, in document order."""
        return css(selector)(self.tree)

    def first_text(self, selector: str) -> str | None:
        elements = self.select(selector)
        return clean_inline(element_text(elements[0], " ")) or None if elements else None

    def texts(self, selector: str) -> list[str]:
        return unique(element_text(element, " ") for element in self.select(selector))

    def absolute(self, link: str | None) -> str | None:
        return urljoin(self.url, link) if link else None


def _walk(data: Any) -> Iterator[dict[str, Any]]:
    """Every object of a JSON-LD document, depth first, looking into lists and @graph."""
    if isinstance(data, list):
        for item in data:
            yield from _walk(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _walk(data["@graph"])


def _names(value: Any) -> Iterator[str]:
    """Person / organisation names from a schema.org author value (string, object or list of either)."""
    if isinstance(value, str):
        if not value.startswith(("http://", "https://")):
            yield value
    elif isinstance(value, dict):
        yield from _names(value.get("name"))
    elif isinstance(value, list):
        for item in value:
            yield from _names(item)
