"""A parsed HTML page and the metadata signals every adapter reads: JSON-LD, Open Graph, meta tags, links."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cached_property
from typing import Any
from urllib.parse import urljoin

from bs4 import BeautifulSoup, Tag

from news_etl.parse.errors import ParseError
from news_etl.parse.text import clean_inline, unique

# schema.org types whose object describes the article itself (not the page, the site or a breadcrumb).
_ARTICLE_TYPES = frozenset(
    {"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
     "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report"}
)  # fmt: skip


class Page:
    """One HTML document. Raises ParseError(parse_failed) when there is no document body to read."""

    def __init__(self, html: str, url: str) -> None:
        if not html or not html.strip():
            raise ParseError("parse_failed", "empty document")
        if "\x00" in html:
            raise ParseError("parse_failed", "binary content, not HTML")
        self.html = html
        self.url = url
        self.soup = BeautifulSoup(html, "lxml")
        body = self.soup.body
        if body is None or not body.get_text(strip=True):
            raise ParseError("parse_failed", "no document body (truncated or not HTML)")

    # --- meta tags -----------------------------------------------------------------------------------------
    @cached_property
    def _meta(self) -> dict[str, list[str]]:
        """content of every <meta>, keyed by lower-cased property / name / itemprop."""
        found: dict[str, list[str]] = {}
        for tag in self.soup.find_all("meta"):
            content = tag.get("content")
            if not isinstance(content, str) or not content.strip():
                continue
            for attribute in ("property", "name", "itemprop"):
                key = tag.get(attribute)
                if isinstance(key, str) and key:
                    found.setdefault(key.strip().lower(), []).append(content.strip())
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
        for script in self.soup.find_all("script", type="application/ld+json"):
            try:
                data = json.loads(script.get_text(), strict=False)
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
        for link in self.soup.find_all("link", href=True):
            rel = link.get("rel") or []
            if "canonical" in [r.lower() for r in rel]:
                return str(link["href"]).strip() or None
        return None

    @property
    def html_lang(self) -> str | None:
        root = self.soup.find("html")
        lang = root.get("lang") if isinstance(root, Tag) else None
        return lang if isinstance(lang, str) and lang.strip() else None

    def first_text(self, selector: str) -> str | None:
        element = self.soup.select_one(selector)
        return clean_inline(element.get_text(" ")) or None if element else None

    def texts(self, selector: str) -> list[str]:
        return unique(element.get_text(" ") for element in self.soup.select(selector))

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
