"""Paragraph text: whitespace clean-up, the body layout shared by all adapters, word counts."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Only ASCII whitespace is collapsed: no-break spaces are meaningful inside numbers ("1\u00a0500" in French).
_ASCII_SPACE = re.compile(r"[ \t\r\n\f\v]+")
PARAGRAPH_SEPARATOR = "\n\n"


def clean_inline(text: str) -> str:
    return _ASCII_SPACE.sub(" ", text).strip()


def join_paragraphs(paragraphs: Iterable[str]) -> str:
    return PARAGRAPH_SEPARATOR.join(p for p in (clean_inline(p) for p in paragraphs) if p)


def word_count(body: str) -> int:
    return len(body.split())


def unique(values: Iterable[str]) -> list[str]:
    """Cleaned, non-empty values in first-seen order."""
    seen: dict[str, None] = {}
    for value in values:
        cleaned = clean_inline(value)
        if cleaned:
            seen.setdefault(cleaned, None)
    return list(seen)
