"""What a feed, sitemap or URL list announces, before filtering and dedup."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, datetime, timezone


@dataclass(frozen=True)
class Listed:
    url: str
    lastmod: datetime | None = None  # UTC
    language: str | None = None  # as announced (feed / news sitemap), not normalised


def parse_w3c_datetime(value: str | None) -> datetime | None:
    """W3C datetime as used by sitemaps ("2024-05-01", "2024-05-01T10:00:00+02:00", "...Z") in UTC;
    None when absent or unparsable. A time without a zone is taken as UTC."""
    if not value:
        return None
    text = value.strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return datetime(day.year, day.month, day.day, tzinfo=timezone.utc)
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def from_struct_time(value: time.struct_time | None) -> datetime | None:
    """feedparser's *_parsed fields are struct_time already normalised to UTC."""
    if value is None:
        return None
    return datetime(*value[:6], tzinfo=timezone.utc)
