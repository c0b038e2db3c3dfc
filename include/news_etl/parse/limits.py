"""Caps on what the parse stage reads and keeps, so one hostile page costs a reject, not the batch.

The HTML parsers' time grows faster than linearly with the page (trafilatura spent 6 minutes on a 50 MB page),
so a page over the size cap is refused before they see it, and a parse over the time cap is stopped; a title
or description beyond any real article's is a sign of a broken or hostile page, refused rather than stored.
(A gzip file is inflated with a cap by news_etl/inflate.py.)
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from news_etl.deadline import DeadlineExceeded, deadline
from news_etl.parse.errors import ParseError
from news_etl.records import ParsedArticle
from news_etl.settings import Settings


@dataclass(frozen=True)
class PageLimits:
    max_page_chars: int = Settings.max_page_chars
    max_title_chars: int = Settings.max_title_chars
    max_description_chars: int = Settings.max_description_chars
    max_parse_seconds: float = Settings.max_parse_seconds

    @classmethod
    def of(cls, settings: Settings) -> PageLimits:
        return cls(
            settings.max_page_chars,
            settings.max_title_chars,
            settings.max_description_chars,
            settings.max_parse_seconds,
        )


def check_page_size(html: str, max_chars: int) -> None:
    if len(html) > max_chars:
        raise ParseError("too_large", f"decoded page of {len(html):,} characters exceeds {max_chars:,}")


def check_field_lengths(article: ParsedArticle, max_title_chars: int, max_description_chars: int) -> None:
    for name, value, cap in (
        ("title", article.title, max_title_chars),
        ("description", article.description or "", max_description_chars),
    ):
        if len(value) > cap:
            raise ParseError("field_too_long", f"{name} of {len(value):,} characters exceeds {cap:,}")


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """ParseError(parse_timeout) when the block runs longer than `seconds` (see news_etl.deadline)."""
    try:
        with deadline(seconds, "parsing"):
            yield
    except DeadlineExceeded as expired:
        raise ParseError("parse_timeout", str(expired)) from None


DEFAULT_LIMITS = PageLimits()
