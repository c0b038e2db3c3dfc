"""Which announced URLs a source may yield, and one entry per URL."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urldefrag, urlsplit

from courlan import is_external

from news_etl.discover.listing import Listed
from news_etl.records import RejectReason, Source


class UrlFilter:
    """``allowed_url_patterns`` are regexes searched in the URL; without patterns, a URL must be on one of
    the source's own sites (same registered domain as the feed/sitemap URL or a listed URL)."""

    def __init__(self, source: Source) -> None:
        self._patterns = [re.compile(pattern) for pattern in source.allowed_url_patterns]
        self._references = [ref for ref in (source.url, *source.urls) if ref]

    def rejection(self, url: str) -> tuple[RejectReason, str] | None:
        """(reason, detail) when ``url`` must not be fetched for this source, else None."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return "bad_url", "not an absolute http(s) URL"
        if self._patterns:
            if any(pattern.search(url) for pattern in self._patterns):
                return None
            return "url_not_allowed", "matches none of allowed_url_patterns"
        if self._references and all(is_external(url, ref, ignore_suffix=False) for ref in self._references):
            return "url_not_allowed", "not on the source's own site"
        return None


def dedup(listed: Iterable[Listed]) -> list[Listed]:
    """One entry per URL (fragment dropped, first position kept), with the latest lastmod announced."""
    by_url: dict[str, Listed] = {}
    for entry in listed:
        url = urldefrag(entry.url.strip()).url
        previous = by_url.get(url)
        if previous is None:
            by_url[url] = Listed(url, entry.lastmod, entry.language)
        elif entry.lastmod is not None and (previous.lastmod is None or entry.lastmod > previous.lastmod):
            by_url[url] = Listed(url, entry.lastmod, previous.language or entry.language)
    return list(by_url.values())
