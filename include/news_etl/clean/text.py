"""Normalize an extracted article body for storage, hashing, dedup and mention extraction.

The caller keeps the raw body (news.articles.body_raw); mention offsets index the cleaned text.

Thousands separators: a no-break space (U+00A0), narrow no-break space (U+202F), figure space (U+2007) or
thin space (U+2009) between a digit and a group of exactly three digits ("1 500", "10 000") becomes
U+202F, the typographic thousands separator, which the number parser reads as part of the number. Everywhere
else every run of horizontal whitespace becomes one plain space, so "in 2024 500 soldiers" (plain space)
stays two numbers.
"""

from __future__ import annotations

import re
import unicodedata

from news_etl.clean.boilerplate import is_boilerplate

THOUSANDS_SEPARATOR = "\u202f"

# Invisible format characters that split words and numbers for every downstream matcher: soft hyphen,
# zero-width space/joiners, word joiner, BOM, and the bidi marks/embeddings common in he/ar pages.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff\u061c\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
_SPACES = re.compile(r"(?P<sep>(?<=\d)[\u00a0\u202f\u2007\u2009](?=\d{3}(?!\d)))|[^\S\n]+")
_BLANK_LINES = re.compile(r"\n\s*\n")


def clean_body(text: str) -> str:
    """NFC, normalized whitespace, boilerplate lines removed, paragraphs separated by one blank line."""
    text = _INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFC", _LINE_BREAKS.sub("\n", text))
    text = _SPACES.sub(lambda m: THOUSANDS_SEPARATOR if m.group("sep") else " ", text)
    paragraphs = []
    for block in _BLANK_LINES.split(text):
        lines = [line.strip() for line in block.split("\n")]
        kept = [line for line in lines if line and not is_boilerplate(line)]
        if kept:
            paragraphs.append("\n".join(kept))
    return "\n\n".join(paragraphs)
