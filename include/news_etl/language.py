"""Language codes and detection, shared by parse, clean and extract.

One normaliser for declared tags (BCP 47 tags and locales such as "de-DE", "fr_FR", " EN ") and one lingua
detector per set of candidate languages, built once per process on first use: the models are large and only
the stages that read article text need them.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from news_etl.records import LANGUAGES

if TYPE_CHECKING:
    from lingua import LanguageDetector

_PRIMARY = re.compile(r"^([A-Za-z]{2,3})(?:[-_]|$)")
# Characters of the text the detector reads; an article's language is settled well before (same answers on
# the 181 benchmark bodies as on whole bodies, at 0.8 ms per article).
DETECTION_SAMPLE_CHARS = 1000


def primary_language(tag: str | None) -> str | None:
    """'en-US', 'FR_fr', ' de ' -> 'en', 'fr', 'de'; empty or not a language tag -> None."""
    match = _PRIMARY.match(tag.strip()) if tag else None
    return match.group(1).lower() if match else None


def first_language(*candidates: str | None) -> str | None:
    """The first candidate that is a language tag, as its primary subtag."""
    for candidate in candidates:
        language = primary_language(candidate)
        if language:
            return language
    return None


def detect_language(text: str, supported: tuple[str, ...] = LANGUAGES) -> tuple[str | None, float | None]:
    """The most likely of ``supported`` for the opening of ``text`` and lingua's confidence in it.

    (None, None) when no supported language fits (all zero) or the top two tie: lingua's own rule for "no
    answer". One pass gives the answer and its confidence: detecting and then scoring again cost 18 % of the
    parse stage (bench profile).
    """
    values = _detector(tuple(sorted(supported))).compute_language_confidence_values(
        text[:DETECTION_SAMPLE_CHARS]
    )
    if not values or values[0].value == 0 or (len(values) > 1 and values[0].value == values[1].value):
        return None, None
    return values[0].language.iso_code_639_1.name.lower(), values[0].value


@functools.cache
def _detector(supported: tuple[str, ...]) -> LanguageDetector:
    # High-accuracy mode is kept: on the 181 bodies of ../shared/benchmarks/article-extraction it took 2.1 ms
    # per article (low accuracy mode 2.8 ms, same answers), after a one-off ~0.5 s model load.
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in supported]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()
