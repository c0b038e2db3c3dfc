"""Timestamps from page metadata, normalised to aware UTC datetimes."""

from __future__ import annotations

import warnings
from datetime import datetime, timezone

from dateutil import parser as date_parser


def to_utc(value: str | None) -> datetime | None:
    """ISO 8601 first (what JSON-LD and Open Graph use), then the free forms some sites put in meta tags.

    A timestamp without an offset (or with a zone abbreviation dateutil cannot resolve) is taken as UTC:
    nothing on the page says otherwise.
    """
    if not value or not value.strip():
        return None
    text = value.strip()
    try:
        parsed = date_parser.isoparse(text)
    except (ValueError, OverflowError):
        try:
            with warnings.catch_warnings():
                # "Nov 5, 2024 9:00 EST": an unknown zone name is dropped and the time read as UTC (below)
                warnings.simplefilter("ignore", date_parser.UnknownTimezoneWarning)
                parsed = date_parser.parse(text)
        except (ValueError, OverflowError):
            return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)
