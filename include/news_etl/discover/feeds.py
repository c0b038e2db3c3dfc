"""RSS 2.0 / Atom / RDF feeds via feedparser, after a defusedxml safety check."""

from __future__ import annotations

import io

import feedparser

from news_etl.discover.listing import Listed, from_struct_time
from news_etl.discover.safe_xml import XmlRejected, is_hostile_xml


def parse_feed(data: bytes, feed_url: str, content_type: str | None = None) -> list[Listed]:
    """Entries of a feed document. Raises XmlRejected for hostile XML (feedparser expands entities itself,
    so it must never see those) and for documents from which no feed could be read."""
    hostile = is_hostile_xml(data)
    if hostile:
        raise XmlRejected(hostile)
    headers = {"content-location": feed_url}
    if content_type:
        headers["content-type"] = content_type
    # A BytesIO, never bytes or str: feedparser treats a str as a URL or a file name to open.
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    if parsed.bozo and not parsed.entries:
        raise XmlRejected(f"not a readable feed: {parsed.get('bozo_exception')}")
    feed_language = parsed.feed.get("language")
    listed = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        stamps = [from_struct_time(entry.get(key)) for key in ("updated_parsed", "published_parsed")]
        dated = [stamp for stamp in stamps if stamp is not None]
        language = entry.get("language") or feed_language
        listed.append(Listed(link.strip(), max(dated) if dated else None, language))
    return listed
