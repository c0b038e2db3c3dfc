"""Sitemaps (sitemaps.org 0.9, Google News extension) and sitemap indexes, parsed with defusedxml."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from news_etl import inflate
from news_etl.discover.listing import Listed, parse_w3c_datetime
from news_etl.discover.safe_xml import XmlRejected, child_text, local_name, parse_untrusted_xml


@dataclass(frozen=True)
class Sitemap:
    is_index: bool
    entries: list[Listed]  # child sitemaps for an index, pages for a urlset


def gunzip_capped(data: bytes, max_bytes: int) -> bytes:
    """Undo a .xml.gz sitemap (served as application/gzip, so HTTP did not decode it), refusing to inflate
    past ``max_bytes``: a gzip bomb costs us max_bytes of memory at most."""
    try:
        return inflate.gunzip_capped(data, max_bytes)
    except inflate.InflateRefused as refused:
        raise XmlRejected(f"sitemap: {refused.detail}") from refused


def _news_fields(url_element: Iterable[Any]) -> tuple[str | None, str | None]:
    """(publication_date, language) from a <news:news> block, if present."""
    for child in url_element:
        if local_name(child) != "news":
            continue
        language = None
        for part in child:
            if local_name(part) == "publication":
                language = child_text(part, "language")
        return child_text(child, "publication_date"), language
    return None, None


def parse_sitemap(data: bytes) -> Sitemap:
    root = parse_untrusted_xml(data)
    kind = local_name(root)
    if kind not in ("urlset", "sitemapindex"):
        raise XmlRejected(f"not a sitemap: root element <{kind}>")
    entries = []
    for element in root:
        loc = child_text(element, "loc")
        if local_name(element) not in ("url", "sitemap") or not loc:
            continue
        published, language = _news_fields(element)
        lastmod = parse_w3c_datetime(child_text(element, "lastmod")) or parse_w3c_datetime(published)
        entries.append(Listed(loc, lastmod, language))
    return Sitemap(kind == "sitemapindex", entries)
