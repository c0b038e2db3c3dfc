"""Decide an article's language from its declaration (html lang, URL, metadata) and its text."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from news_etl.records import LANGUAGES

if TYPE_CHECKING:
    from lingua import LanguageDetector

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


def normalize_language_tag(tag: str | None) -> str | None:
    """'en-US', 'EN_gb', ' fr ' -> 'en', 'en', 'fr'; empty -> None."""
    if not tag or not tag.strip():
        return None
    return re.split(r"[-_]", tag.strip().lower(), maxsplit=1)[0] or None


# Characters of the text the detector reads; an article's language is settled well before.
DETECTION_SAMPLE_CHARS = 1000


def decide_language(
    text: str, declared: str | None, supported: tuple[str, ...] = LANGUAGES
) -> LanguageDecision:
    """Trust the declaration only when the text agrees; otherwise record the detected language and flag it.

    Too little text to tell: the declaration is kept if it is a supported language. Enough text but no
    supported language fits (Cyrillic, CJK): no language, and a declaration is flagged as a mismatch. Text
    in an unsupported language written in a supported script (Spanish, Italian) comes out as the closest
    supported one: detection is restricted to ``supported``.
    """
    declared_code = normalize_language_tag(declared)
    if len(_LETTER.findall(text)) < MIN_LETTERS_FOR_DETECTION:
        return LanguageDecision(
            declared_code if declared_code in supported else None, declared_code, None, False
        )
    detector = _detector(tuple(sorted(supported)))
    # One pass over the opening of the text gives the answer and its confidence: detecting on the whole body
    # and then scoring it again cost 18 % of the parse stage (bench profile), for the same answers.
    values = detector.compute_language_confidence_values(text[:DETECTION_SAMPLE_CHARS])
    # No supported language fits (all zero), or the top two tie: lingua's own rule for "no answer".
    if not values or values[0].value == 0 or (len(values) > 1 and values[0].value == values[1].value):
        return LanguageDecision(None, declared_code, None, declared_code is not None)
    detected = values[0].language.iso_code_639_1.name.lower()
    confidence = values[0].value
    mismatch = declared_code is not None and declared_code != detected
    return LanguageDecision(detected, declared_code, detected, mismatch, confidence)


@functools.cache
def _detector(supported: tuple[str, ...]) -> LanguageDetector:
    # Imported here: the language models are large and only this stage needs them. High-accuracy mode is
    # kept: on the 181 bodies of ../shared/benchmarks/article-extraction it took 2.1 ms per article (low
    # accuracy mode 2.8 ms, same answers), after a one-off ~0.5 s model load.
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in supported]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()
