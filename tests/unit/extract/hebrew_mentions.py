"""What the extractor finds in a Hebrew (or Arabic) sentence, in the two views the Hebrew kind tests compare."""

from __future__ import annotations

from news_etl.extract import extract_mentions


def rows(text: str, lang: str = "he") -> list[tuple[str, str | None, str | None, str]]:
    return [
        (m.count_text, m.actor_code, m.location_country, m.mention_type) for m in extract_mentions(text, lang)
    ]


def spans(text: str, lang: str = "he") -> list[str]:
    return [m.count_text for m in extract_mentions(text, lang)]
