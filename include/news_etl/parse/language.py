"""Language codes from BCP 47 tags and locales ("de-DE", "fr_FR") reduced to ISO 639-1 primary subtags."""

from __future__ import annotations

import re

_PRIMARY = re.compile(r"^([A-Za-z]{2,3})(?:[-_]|$)")


def primary_language(tag: str | None) -> str | None:
    match = _PRIMARY.match(tag.strip()) if tag else None
    return match.group(1).lower() if match else None


def first_language(*candidates: str | None) -> str | None:
    for candidate in candidates:
        language = primary_language(candidate)
        if language:
            return language
    return None
