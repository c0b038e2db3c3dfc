"""Timestamps from page metadata, normalised to aware UTC datetimes."""

from __future__ import annotations

from datetime import datetime, timezone

from dateutil import parser as date_parser


def to_utc(value: str | None) -> datetime | None:
    """ISO 8601 first (what JSON-LD and Open Graph use), then the free forms some sites put in meta tags.

    A timestamp without an offset is taken as UTC: nothing on the page says otherwise.
    """
    if not value or not value.strip():
        return None
    text = value.strip()
    try:
        parsed = date_parser.isoparse(text)
    except (ValueError, OverflowError):
        try:
            parsed = date_parser.parse(text)
        except (ValueError, OverflowError):
            return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)
