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
    """Every troop count in `text`, in text order.

    `language` is en, de or fr (a region suffix such as de-DE is ignored), or None to detect it; other
    languages are read with the English grammar.
    """
    if not text:
        return []
    # A region suffix or capitals ("de-DE", "EN") do not matter.
    lang = detect_language(text) if language is None else language[:2].lower()
    return find_mentions(text, lang if lang in LANGUAGES else "en")
