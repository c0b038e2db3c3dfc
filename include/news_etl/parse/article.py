"""Assembly of the ParsedArticle record, the same for every adapter."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from urllib.parse import urljoin

from news_etl.parse.errors import ParseError
from news_etl.parse.text import clean_inline, join_paragraphs, word_count
from news_etl.records import ParsedArticle


def build_article(
    url: str,
    *,
    source: str,
    canonical_url: str | None,
    language: str | None,
    title: str | None,
    description: str | None,
    authors: list[str],
    published_at: datetime | None,
    modified_at: datetime | None,
    tags: list[str],
    paragraphs: Iterable[str],
    adapter: str,
    adapter_version: str,
    section: str | None = None,
) -> ParsedArticle:
    """``canonical_url`` may be relative to ``url``."""
    body = join_paragraphs(paragraphs)
    if not body:
        raise ParseError("empty_body", f"{adapter} adapter found no article text")
    return ParsedArticle(
        url=url,
        canonical_url=urljoin(url, canonical_url) if canonical_url else url,
        source=source,
        language=language,
        title=clean_inline(title or ""),
        description=clean_inline(description) or None if description else None,
        authors=authors,
        published_at=published_at,
        modified_at=modified_at,
        tags=tags,
        body=body,
        word_count=word_count(body),
        adapter=adapter,
        adapter_version=adapter_version,
        section=clean_inline(section) or None if section else None,
    )
