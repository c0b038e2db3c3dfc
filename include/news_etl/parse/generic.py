"""Generic adapter for any outlet: metadata from JSON-LD, Open Graph and meta tags; main text by trafilatura."""

from __future__ import annotations

from news_etl.language import first_language
from news_etl.parse.article import build_article
from news_etl.parse.dates import to_utc
from news_etl.parse.main_text import main_text_paragraphs
from news_etl.parse.page import Page
from news_etl.parse.text import unique
from news_etl.records import ParsedArticle

NAME = "generic"
VERSION = "1.0.0"

_PUBLISHED_META = (
    "article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate",
    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.created", "date",
)  # fmt: skip
_MODIFIED_META = (
    "article:modified_time",
    "datemodified",
    "og:updated_time",
    "dcterms.modified",
    "last-modified",
)


def without_headline(paragraphs: list[str], title: str | None) -> list[str]:
    """trafilatura keeps the <h1> when it sits inside the article element; the headline is not body text."""
    if paragraphs and title and paragraphs[0].strip().casefold() == title.strip().casefold():
        return paragraphs[1:]
    return paragraphs


def parse(page: Page, source: str = "", language_hint: str | None = None) -> ParsedArticle:
    title = page.jsonld_text("headline") or page.meta("og:title") or page.first_text("h1") or page.title_tag
    return build_article(
        page.url,
        source=source,
        canonical_url=page.canonical_link or page.meta("og:url") or page.jsonld_url,
        language=first_language(
            page.html_lang, page.meta("og:locale"), page.jsonld_text("inLanguage"), language_hint
        ),
        title=title,
        description=page.meta("description")
        or page.meta("og:description")
        or page.jsonld_text("description"),
        authors=page.jsonld_authors
        or unique(a for a in page.metas("author") if "://" not in a)
        or page.rel_authors,
        published_at=to_utc(page.jsonld_text("datePublished") or page.meta(*_PUBLISHED_META)),
        modified_at=to_utc(page.jsonld_text("dateModified") or page.meta(*_MODIFIED_META)),
        tags=unique(page.metas("article:tag"))
        or page.jsonld_keywords
        or unique((page.meta("news_keywords", "keywords") or "").split(",")),
        paragraphs=without_headline(main_text_paragraphs(page.html), title),
        adapter=NAME,
        adapter_version=VERSION,
    )
