"""Who made a claim: the speaker the extractor found (Mention.attribution_source, e.g. "Pentagon",
"South Korea's National Intelligence") normalised to a claimant code of reference/claimants.csv, or the outlet
itself when the article states the figure in its own voice.

A speaker matches an alias when the alias appears in it as whole words, case-insensitively. A named body beats
its country's unspecified government, and a longer alias a shorter one, so "South Korea's National Intelligence
Service" and "South Korea's NIS" are KOR_NIS, not KOR_GOV. Aliases of
three letters or fewer ("UN", "NIS", "IDF") match only a word written in capitals, so the French article "un"
is not the United Nations.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Literal, cast, get_args

from news_etl.reference.codes import claimant_rows

ClaimantKind = Literal[
    "ministry", "intelligence", "armed_forces", "head_of_state", "government", "international", "media", "outlet",
    "unlisted",
]  # fmt: skip
# media: a news organisation cited by another; outlet: the article's own reporting (claimant = the outlet);
# unlisted: a named speaker not in the list (claimant = the name as written), kept apart rather than guessed
# into a listed claimant.
SHORT_ALIAS = 3


@dataclass(frozen=True)
class Claimant:
    code: str
    kind: ClaimantKind


@dataclass(frozen=True)
class _Alias:
    pattern: re.Pattern[str]
    length: int
    claimant: Claimant


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").casefold()
    return " ".join(text.split())


def _pattern(alias: str) -> re.Pattern[str]:
    if len(alias) <= SHORT_ALIAS:
        return re.compile(rf"(?<!\w){re.escape(alias.upper())}(?!\w)")
    return re.compile(rf"(?<!\w){re.escape(alias)}(?!\w)")


def _kind(kind: str | None) -> ClaimantKind:
    if kind not in get_args(ClaimantKind):
        raise ValueError(f"claimants.csv: unknown kind {kind!r}")
    return cast("ClaimantKind", kind)


@cache
def _aliases() -> tuple[_Alias, ...]:
    found = []
    for row in claimant_rows():
        claimant = Claimant(row["code"] or "", _kind(row["kind"]))
        for alias in (row["aliases"] or "").split("|"):
            alias = normalise(alias)
            if alias:
                found.append(_Alias(_pattern(alias), len(alias), claimant))
    return tuple(sorted(found, key=lambda a: (a.claimant.kind == "government", -a.length)))


def listed_claimant(speaker: str) -> Claimant | None:
    normalised = normalise(speaker)
    for alias in _aliases():
        text = speaker if alias.length <= SHORT_ALIAS else normalised
        if alias.pattern.search(text):
            return alias.claimant
    return None


def claimant_of(attribution: str, speaker: str | None, outlet: str) -> Claimant:
    """The claimant of a mention: its listed speaker, else the speaker as written, else the outlet (a figure
    stated in the article's own voice, or reported without a named source)."""
    if attribution != "stated" and speaker and speaker.strip():
        return listed_claimant(speaker) or Claimant(" ".join(speaker.split()), "unlisted")
    return Claimant(outlet, "outlet")
