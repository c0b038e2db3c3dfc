"""Decide an article's language from its declaration (html lang, URL, metadata) and its text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from news_etl.language import detect_language, primary_language
from news_etl.records import LANGUAGES

# Below this many letters lingua's guess is unreliable; the declaration is kept.
MIN_LETTERS_FOR_DETECTION = 20
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class LanguageDecision:
    language: str | None  # the language finally recorded (ISO 639-1)
    declared: str | None  # normalized declaration ("en-GB" -> "en"), as given even if unsupported
    detected: str | None  # lingua's answer, None when the text is too short or no supported language fits
    mismatch: bool  # the text (long enough to tell) does not confirm the declaration
    confidence: float | None = None  # lingua's confidence in the detected language


def decide_language(
    text: str, declared: str | None, supported: tuple[str, ...] = LANGUAGES
) -> LanguageDecision:
    """Trust the declaration only when the text agrees; otherwise record the detected language and flag it.

    Too little text to tell: the declaration is kept if it is a supported language. Enough text but no
    supported language fits (Cyrillic, CJK): no language, and a declaration is flagged as a mismatch. Text
    in an unsupported language written in a supported script (Spanish, Italian) comes out as the closest
    supported one: detection is restricted to ``supported``.
    """
    declared_code = primary_language(declared)
    if len(_LETTER.findall(text)) < MIN_LETTERS_FOR_DETECTION:
        return LanguageDecision(
            declared_code if declared_code in supported else None, declared_code, None, False
        )
    detected, confidence = detect_language(text, supported)
    if detected is None:  # no supported language fits (Cyrillic, CJK) or lingua cannot tell
        return LanguageDecision(None, declared_code, None, declared_code is not None)
    mismatch = declared_code is not None and declared_code != detected
    return LanguageDecision(detected, declared_code, detected, mismatch, confidence)
