"""What the German extractor finds in a sentence, in the views the German kind tests compare."""

from __future__ import annotations

from news_etl.extract import extract_mentions


def spans(text: str) -> list[str]:
    return [m.count_text for m in extract_mentions(text, "de")]


def owners(text: str) -> list[tuple[str, str | None]]:
    return [(m.count_text, m.actor_code) for m in extract_mentions(text, "de")]


def owners_and_places(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.count_text, m.actor_code, m.location_country) for m in extract_mentions(text, "de")]
