"""Language of a text among the extractor's languages (en, de, fr), with lingua built once on first use."""

from __future__ import annotations

from functools import cache

_CODES = {"ENGLISH": "en", "GERMAN": "de", "FRENCH": "fr"}


@cache
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.GERMAN, Language.FRENCH).build()


def detect_language(text: str) -> str:
    """'en', 'de' or 'fr'; 'en' when lingua cannot tell. Only the first 1,000 characters are looked at."""
    found = _detector().detect_language_of(text[:1000])
    return _CODES.get(found.name, "en") if found is not None else "en"
