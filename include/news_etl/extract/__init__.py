"""Troop-count mentions in news text.

`extract_mentions(text, language)` is the one entry point; everything it needs is compiled on first use.
"""

from __future__ import annotations

from news_etl.extract.assemble import find_mentions
from news_etl.extract.lexicon import GRAMMAR_LANGUAGES
from news_etl.extract.semitic import find_mentions as find_semitic_mentions
from news_etl.extract.semitic_text import SEMITIC_LANGUAGES, semitic_language
from news_etl.language import detect_language, primary_language
from news_etl.records import Mention

# Bump when the grammar or lexicons change: the warehouse re-extracts rows of older versions on demand.
EXTRACTOR_VERSION = "2.11.0"

__all__ = ["EXTRACTION_LANGUAGES", "EXTRACTOR_VERSION", "extract_mentions"]

# Arabic and Hebrew have a grammar of their own (semitic.py): their word order and prefix letters differ.
EXTRACTION_LANGUAGES = (*GRAMMAR_LANGUAGES, *SEMITIC_LANGUAGES)


def extract_mentions(text: str, language: str | None = None) -> list[Mention]:
    """Every troop count in `text`, in text order.

    `language` is a language tag (a region suffix such as de-DE is ignored), or None to detect it among the
    grammar's languages (en, de, fr, ar, he); text in other languages is read with the English grammar.
    """
    if not text:
        return []
    lang = detect_language(text, EXTRACTION_LANGUAGES)[0] if language is None else primary_language(language)
    if semitic := semitic_language(lang):
        return find_semitic_mentions(text, semitic)
    return find_mentions(text, lang if lang in GRAMMAR_LANGUAGES else "en")
