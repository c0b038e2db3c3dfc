"""Troop-count mentions in English, German and French news text.

`extract_mentions(text, language)` is the one entry point; everything it needs is compiled on first use.
"""

from __future__ import annotations

from news_etl.extract.detect import detect_language
from news_etl.extract.lexicon import LANGUAGES
from news_etl.extract.mentions import find_mentions
from news_etl.records import Mention

# Bump when the grammar or lexicons change: the warehouse re-extracts rows of older versions on demand.
EXTRACTOR_VERSION = "1.0.0"

__all__ = ["EXTRACTOR_VERSION", "extract_mentions"]


def extract_mentions(text: str, language: str | None = None) -> list[Mention]:
    """Every troop count in `text`; `language` en/de/fr, or None to detect it (other languages fall back to en)."""
    if not text:
        return []
    lang = language if language in LANGUAGES else None
    if language is None:
        lang = detect_language(text)
    return find_mentions(text, lang or "en")
