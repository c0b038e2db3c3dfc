"""Recognise boilerplate lines (share prompts, read-more links, newsletter calls, photo credits) in en/de/fr.

Main-text extraction (trafilatura) already drops page chrome; what survives are lines inside the article
container. No library classifies single lines like these, so the patterns are kept here as data.
A line is boilerplate only when the whole line matches; lines longer than MAX_BOILERPLATE_CHARS are
always kept, so a real paragraph that happens to start with "Photo" is never lost.
"""

from __future__ import annotations

import re

MAX_BOILERPLATE_CHARS = 200

# A cue followed by the end of the line or a separator and anything (the linked headline, the credit).
# A dash counts only with spaces around it, so compounds like "Foto-Ausstellung" are not cues.
_CUE_THEN_ANYTHING = r"(?:\s*(?:[:|>»›]|\s[–—-]\s|$).*)"

_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        r"read more",
        r"read also",
        r"also read",
        r"related(?: articles?| stories| coverage| content)?",
        r"more on this(?: story| topic)?",
        r"recommended(?: for you)?",
        r"watch(?: the video)?",
        r"photo(?:graph)?s?(?: credit)?",
        r"photo by",
        r"image(?: credit| source)?s?",
        r"picture",
        r"credits?",
        r"advertisement",
    ),
    "de": (
        r"lesen sie (?:auch|mehr|hier)",
        r"auch interessant",
        r"mehr zum thema",
        r"weiterlesen",
        r"das könnte sie auch interessieren",
        r"fotos?",
        r"bild(?:quelle|rechte)?",
        r"anzeige",
        r"werbung",
    ),
    "fr": (
        r"(?:à |a )?lire aussi",
        r"lire la suite",
        r"voir aussi",
        r"en savoir plus",
        r"sur le même sujet",
        r"crédits?(?: photo)?",
        r"publicité",
    ),
}

_WHOLE_LINES: dict[str, tuple[str, ...]] = {
    "en": (
        r"share(?: this)?(?: article| story| page| post)?(?: on \w+| via \w+)?",
        r"click here to .*",
        r"follow us on .*",
        r"(?:sign up|subscribe|register)\b.*\bnewsletters?\b.*",
        r"(?:get|receive) (?:our|the) .*\bnewsletters?\b.*",
        r".*\bnewsletters?\b.*\b(?:sign up|subscribe|inbox)\b.*",
        r"copyright\b.*",
        r".*\ball rights reserved\.?",
        r".*\bvia getty images\b.*",
    ),
    "de": (
        r"(?:artikel |jetzt |beitrag )?teilen(?: auf \w+| per \w+)?",
        r"(?:auf|per) \w+ teilen",
        r".*\bnewsletter\b.*\b(?:abonnieren|anmelden|bestellen)\b.*",
        r"(?:jetzt )?(?:abonnieren|anmelden)\b.*\bnewsletter\b.*",
        r"melden sie sich\b.*\bnewsletter\b.*",
        r".*\balle rechte vorbehalten\.?",
    ),
    "fr": (
        r"partager(?: cet article| l'article| sur \w+| par \w+)?",
        r"(?:inscrivez-vous|abonnez-vous|recevez)\b.*\b(?:newsletter|lettre d'information)\b.*",
        r".*\b(?:newsletter|lettre d'information)\b.*\b(?:inscri\w*|abonne\w*)\b.*",
        r".*\btous droits réservés\.?",
        r"suivez-nous sur .*",
    ),
    "any": (
        r"[©ⓒ]\s*.*",
        r"\(c\)\s.*",
        r"\((?:photo|foto|bild|image|crédit)s?\s*:.*\)",
        # A row of share buttons flattened into text: only network names and separators.
        r"(?:(?:facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail|reddit|pinterest|messenger|threads"
        r"|bluesky|copy link|drucken|print|imprimer|mail)\s*[|·•,/]?\s*){2,}",
    ),
}


def _compile() -> re.Pattern[str]:
    alternatives = [f"(?:{cue}){_CUE_THEN_ANYTHING}" for cues in _CUES.values() for cue in cues]
    alternatives += [pattern for patterns in _WHOLE_LINES.values() for pattern in patterns]
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


_BOILERPLATE = _compile()


def is_boilerplate(line: str) -> bool:
    """True when a single stripped line is a share prompt, read-more link, newsletter call or credit."""
    return bool(line) and len(line) <= MAX_BOILERPLATE_CHARS and _BOILERPLATE.fullmatch(line) is not None
