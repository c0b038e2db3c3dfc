"""Arabic and Hebrew text folded for matching, with a map back to the offsets of the text as given.

Real pages carry direction marks (U+200E, U+200F, U+061C), Arabic-Indic digits and separators, diacritics,
tatweel, several spellings of alef with hamza, and Hebrew gershayim/geresh/maqaf. Matching on the folded
text keeps every pattern short; spans are mapped back so that `count_text` is exactly the original text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

import yaml

from news_etl.extract.lexicon import literal_alternation

SemiticLanguage = Literal["ar", "he"]
SEMITIC_LANGUAGES: tuple[SemiticLanguage, ...] = ("ar", "he")


def semitic_language(lang: str | None) -> SemiticLanguage | None:
    """'ar' or 'he' as the grammar's language type; None for any other language."""
    for semitic in SEMITIC_LANGUAGES:
        if lang == semitic:
            return semitic
    return None


# Same-length replacements: one character for one, so offsets do not move.
_BASE_FOLD = str.maketrans(
    {
        **{chr(0x660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        **{chr(0x6F0 + i): str(i) for i in range(10)},  # Extended Arabic-Indic (Persian) digits
        "٬": ",",  # Arabic thousands separator
        "٫": ".",  # Arabic decimal separator
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",  # many pages write ta marbuta as ha: ثلاثه, عشره
        "״": '"',  # gershayim
        "”": '"',  # typographic quotes also stand for gershayim and geresh (צה”ל, ג’נין)
        "“": '"',
        "’": "'",
        "׳": "'",  # geresh
        "־": "-",  # maqaf
        "\u00a0": " ",
        "\u202f": " ",
    }
)


def _presentation_forms() -> dict[int, str]:
    """Arabic presentation forms (ﺟﻧدي, from PDF and old pages) folded to the letters they show; the lam-alef
    ligatures stand for two letters and stay as they are, to keep offsets."""
    forms = {}
    for code in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)):
        letter = unicodedata.normalize("NFKC", chr(code))
        if len(letter) == 1 and letter != chr(code):
            forms[code] = letter.translate(_BASE_FOLD)
    return forms


_FOLD = {**_BASE_FOLD, **_presentation_forms()}
# str.translate looks every character of Arabic or Hebrew text up in the table (12x slower than the replacements
# below, measured on the ar/he dev passages): the few common characters are replaced one by one, the presentation
# forms (rare) by the table. The same result, since no replacement is itself a character that is replaced.
_BASE_PAIRS = tuple((chr(code), letter) for code, letter in _BASE_FOLD.items())
_PRESENTATION_RANGE = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
if any(ord(letter) in _FOLD for _, letter in _BASE_PAIRS):
    raise ValueError("a replacement is itself replaced: one by one would then differ from the table")
# Characters dropped before matching: direction and joiner marks, Arabic diacritics and tatweel, Hebrew points.
_DROP = "\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff\u0640\u064b-\u065f\u0670\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
_DROP_RE = re.compile(f"[{_DROP}]")
_DROP_RUNS = re.compile(f"[{_DROP}]+")
_MARKS_AFTER = re.compile("[\u064b-\u065f\u0670\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]+")


@dataclass(frozen=True, slots=True)
class Folded:
    """The folded text and, when characters were dropped, where each of its characters stands in the original."""

    text: str
    original: str
    positions: list[int] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of folded text[start:end]; a letter keeps the diacritics written after it (ألفاً)."""
        if self.positions is None:
            return start, end
        last = self.positions[end - 1] + 1
        following = _MARKS_AFTER.match(self.original, last)
        return self.positions[start], following.end() if following else last


def fold(text: str) -> Folded:
    folded = text
    for char, letter in _BASE_PAIRS:
        if char in folded:
            folded = folded.replace(char, letter)
    if _PRESENTATION_RANGE.search(folded):
        folded = folded.translate(_FOLD)
    if not _DROP_RE.search(folded):
        return Folded(folded, text)
    positions: list[int] = []
    kept = 0  # start of the run of kept characters
    for run in _DROP_RUNS.finditer(folded):
        positions.extend(range(kept, run.start()))
        kept = run.end()
    positions.extend(range(kept, len(folded)))
    return Folded(_DROP_RUNS.sub("", folded), text, positions)


def fold_word(word: str) -> str:
    """A lexicon entry folded like the text."""
    return _DROP_RE.sub("", word.translate(_FOLD))


def _load(name: str) -> dict[str, Any]:
    text = resources.files("news_etl.extract").joinpath("data", name).read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)


@cache
def semitic_lexicon(lang: SemiticLanguage) -> dict[str, Any]:
    """lexicon_ar.yaml / lexicon_he.yaml with every word folded like the text (Hebrew: with its variants)."""
    lex = _fold_tree(_load(f"lexicon_{lang}.yaml"))
    return _with_hebrew_variants(lex) if lang == "he" else _with_arabic_possessives(lex)


# Noun lists that get generated forms: possessives; in Hebrew also construct forms and defective spellings.
_NOUN_LISTS = (
    "troop_nouns",
    "weak_troop_nouns",
    "soldier_nouns",
    "militant_nouns",
    "fighter_nouns",
    "conscript_nouns",
)


_BROKEN_PLURALS = frozenset({"جنود", "عناصر", "ضباط", "افراد", "قاده", "مجندين", "قوات"})


def _with_arabic_possessives(lex: dict[str, Any]) -> dict[str, Any]:
    """Plural troop nouns with a possessive suffix: جنوده, عناصرها, مقاتليهم, جنودنا (مقاتلين -> مقاتلي + ه)."""
    for key in _NOUN_LISTS:
        words = list(lex[key])
        # Only plurals: sound ones in -ين (مقاتلين -> مقاتلي + ه) and the common broken ones; a singular + ه
        # would read ta marbuta as a pronoun (مقاتلة, a fighter jet).
        stems = [w[:-1] for w in words if w.endswith("ين") and " " not in w] + [
            w for w in words if w in _BROKEN_PLURALS
        ]
        lex[key] = sorted({*words, *(stem + suffix for stem in stems for suffix in ("ه", "ها", "هم", "نا"))})
    return lex


# Defective spellings of number words that are mostly other words: שנים (years, from שניים).
_NOT_NUMBERS = frozenset({"שנים"})


def _with_hebrew_variants(lex: dict[str, Any]) -> dict[str, Any]:
    """Construct forms of plural nouns (חיילים -> חיילי, טירונים -> טירוני) and the defective spellings that
    drop a vav or yod (שלושה -> שלשה, חמישים -> חמשים), unless the variant already means something else."""
    taken = {w for key in ("number_words", "multipliers", "vague", "scales") for w in lex[key]}
    for key in _NOUN_LISTS:
        words = list(lex[key])
        construct = [w[:-2] + "י" for w in words if w.endswith("ים") and " " not in w]
        # possessives of the construct stem: לוחמיו, חייליה, אנשיהם, לוחמינו
        construct += [w + suffix for w in construct for suffix in ("ו", "ה", "הם", "נו")]
        lex[key] = sorted({*words, *construct, *(v for w in words + construct for v in defective(w))} - taken)
    numbers = dict(lex["number_words"])
    for word, value in lex["number_words"].items():
        for variant in defective(word):
            if variant not in taken and variant not in _NOT_NUMBERS:
                numbers.setdefault(variant, value)
    lex["number_words"] = numbers
    return lex


def defective(word: str) -> set[str]:
    """Hebrew spellings of `word` without one of its inner matres lectionis (ו, י)."""
    return {
        word[:i] + word[i + 1 :] for i in range(1, len(word) - 1) if word[i] in "וי" and word[i - 1] != " "
    }


@cache
def semitic_places() -> dict[str, Any]:
    return _fold_tree(_load("places_ar_he.yaml"))


def _fold_tree(node: Any) -> Any:
    if isinstance(node, str):
        return fold_word(node)
    if isinstance(node, list):
        return [_fold_tree(item) for item in node]
    if isinstance(node, dict):
        return {fold_word(k) if isinstance(k, str) else k: _fold_tree(v) for k, v in node.items()}
    return node


def words_alternation(words: list[str]) -> str:
    """Alternation of folded lexicon words: plain words (and stems ending in \\w*) factored into a trie, which
    keeps a list of hundreds of names fast; other regex fragments as they are, longest first."""
    unique = set(words)
    plain = [w for w in unique if _PLAIN.fullmatch(w)]
    rest = sorted(unique - set(plain), key=len, reverse=True)
    parts = ([literal_alternation(plain)] if plain else []) + rest
    return "(?:" + "|".join(parts) + ")"


# Words, spaces, hyphens, quotes and gershayim (צה"ל), optionally ending in \w*: no other regex syntax.
_PLAIN = re.compile(r"[\w \"'-]+(?:\\w\*)?")
