"""Number phrases in their local written forms, turned into values.

Digits with any thousands separator (1,500 / 1.500 / 1 500 / 1 500 / 1'500), decimals with a scale
word (1.2 million / 1,2 Millionen / 11k), spelled-out numbers (text2num) and vague plurals (thousands,
Tausende, des milliers). Generic quantity parsers do not know the vague plurals or the German/French
separators, so the digit shapes are written here; number words are left to text2num.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from text_to_num import text2num

from news_etl.extract.lexicon import alternation, lexicon_data, literal_alternation

# Spelled-out number words text2num understands; listed so that a regex can find candidate phrases.
_NUMBER_WORDS = {
    "en": "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
    "million millions",
    "de": "eins ein zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn "
    "sechzehn siebzehn achtzehn neunzehn zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig "
    "hundert tausend und eine einer einem einen",
    "fr": "un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    # Belgian and Swiss tens as well: "septante-deux"
    "vingt vingts trente quarante cinquante soixante septante huitante octante nonante cent cents mille million "
    "millions",
}

# "185´000": an acute accent typed for the Swiss apostrophe; "100‘000": an opening quotation mark typed for it
# ("45' 000": a Swiss apostrophe with a space after it, as some pages print it)
_SEPARATED = r"\d{1,3}(?:(?:[,.'’‘´\u202f\u00a0\u2009]|['’]?\x20(?=\d{3}(?!\d)))\d{3})+"
_DECIMAL = r"\d+(?:[.,]\d+)?"
# "3,25,000 soldiers", "12,00,000": Indian digit grouping (lakh), pairs of digits above the thousands
_LAKH = r"\d{1,2}(?:,\d\d)+,\d{3}"


@dataclass(frozen=True, slots=True)
class Atom:
    """One number phrase: a value (exact or approximate) or a vague range."""

    start: int
    end: int
    low: int | None
    high: int | None
    kind: str  # exact | approximate | vague
    year_like: bool = False  # a bare four-digit 19xx/20xx
    spelled: bool = False  # written in words (Arabic and Hebrew grammar: no bare spelled count after a colon)
    definite: bool = False  # الأربعة, השניים: a numeral that refers back to a group


def _spelled_pattern(lang: str) -> str:
    words = _NUMBER_WORDS[lang].split()
    if lang == "de":
        # German writes a whole number as one word (zweitausendfünfhundert), millions as a second word;
        # "fünf Tausend" (a thousand apart, often capitalised) is one number, not five and a thousand.
        morph = literal_alternation(words)
        thousands_apart = rf"(?!und\s){morph}+\s+tausend{morph}*"  # not "getötet und tausend verletzt"
        return rf"\b(?i:(?:{thousands_apart}|{morph}+)(?:\s+million(?:en)?(?:\s+{morph}+)?)?)\b"
    first = literal_alternation([w for w in words if w != "und"])
    joiner = r"(?:\s+|-)(?:and\s+|et\s+|et-)?" if lang != "de" else r"\s+"
    # "a thousand troops", "a hundred Marines": the article is the number one
    article = r"(?:a\s+(?=(?:hundred|thousand|million)\b))?" if lang == "en" else ""
    return rf"\b(?i:{article}{first}(?:{joiner}{first})*)\b"


def _first_strings(words: list[str]) -> list[str]:
    firsts = (
        {w[0] for w in words if w} | {w[0].upper() for w in words if w} | {w[0].lower() for w in words if w}
    )
    return sorted(firsts)


def _first_characters(words: list[str]) -> str:
    """A character class of every character a number phrase can start with, in both cases."""
    return "[0-9" + "".join(re.escape(c) for c in _first_strings(words)) + "]"


def _opening_filter(lang: str, words: list[str] | None = None) -> str:
    """A lookahead at the first three letters of every number phrase (or a digit, or the article "a"): "the",
    "that", "troops" and "said" start with a letter of a number word but fail here, before the alternatives are
    tried one by one (measured: the scan of English news runs about 1.4x faster). It rules out only positions where
    no alternative can match: the openings are read off the same word lists.

    With `words` (the atom pattern's, whose character class of first characters stands right before this lookahead),
    the first letter is matched in its exact case, one branch per character of that class, and only the rest of the
    opening case-insensitively: re skips a branch whose first character is a plain literal at one comparison but
    enters every case-insensitive one (measured: 18 % fewer instructions in the scan of English news). A character
    of the class has one of these cases exactly when it is the first letter up to case, so the same positions pass."""
    raw = lexicon_data()[lang]
    openings = set()
    for word in [*raw["vague"], *raw["approximate_words"], *_NUMBER_WORDS[lang].split()]:
        literal = word.removesuffix("\\w*")
        if not _LITERAL_WORD.fullmatch(literal):
            raise ValueError(f"{lang} number word {word!r} is no literal: its opening cannot be read off")
        openings.add(literal[:3])
    article = r"|a\s" if lang == "en" else ""  # "a thousand troops", "A thousand troops"
    if words is None:
        return rf"(?=\d|(?i:{literal_alternation(openings)}{article}))"
    starts = set("".join(_first_strings(words)))
    by_first: dict[str, list[str]] = {}
    for opening in openings:
        by_first.setdefault(opening[0], []).append(opening[1:])
    branches = [
        f"{re.escape(c)}(?i:{literal_alternation(rests)})"
        for first, rests in sorted(by_first.items())
        for c in sorted(starts)
        if re.fullmatch(f"(?i:{re.escape(first)})", c)
    ]
    cased_article = r"|(?i:a\s)" if article else ""
    return rf"(?=\d|{'|'.join(branches)}{cased_article})"


_LITERAL_WORD = re.compile(r"[\w' ’-]+")


@cache
def atom_pattern(lang: str) -> re.Pattern[str]:
    raw = lexicon_data()[lang]
    scales = alternation(raw["scales"])
    words = [*raw["vague"], *raw["approximate_words"], *_NUMBER_WORDS[lang].split(), "a"]
    # The leading \b lets the engine reject positions inside words before trying the alternatives, and the
    # lookahead at the characters a phrase can start with lets it skip most positions at once: most of a news
    # text holds no number (measured: the scan runs about 1.6x faster on English news).
    return re.compile(
        rf"(?={_first_characters(words)})\b{_opening_filter(lang, words)}(?:(?P<vague>(?<![\w])(?i:{literal_alternation(raw['vague'])})(?![\w]))"
        rf"|(?P<approx>(?<![\w])(?i:{literal_alternation(raw['approximate_words'])})(?![\w]))"
        # "Oslo.50 000 Soldaten": a dateline glued to the number; a dot after a digit is a decimal point
        # (the figure starts with a digit: the lookahead skips its three lookbehinds at every word, 15 % of the scan)
        rf"|(?=\d)(?<![\w,'’´\u202f])(?:(?<!\.)|(?<=[^\W\d_]\.))(?<![^\W\d]-)(?P<digits>{_LAKH}(?![\d]|[.,]\d)|{_SEPARATED}|{_DECIMAL})(?![\d]|[.,]\d)"
        # "12-thousand peacekeepers": the scale word may be hyphenated to the digits
        rf"(?:[\s-]?(?P<scale>(?i:{scales}))(?![\w])|(?P<suffix>[kK]|(?<=[.,]\d)[mM])(?![\w]))?"
        rf"|(?P<spelled>{_spelled_pattern(lang)}))"
    )


@cache
def _word_values(lang: str) -> tuple[dict[str, list], dict[str, int]]:
    raw = lexicon_data()[lang]
    return {k.lower(): v for k, v in raw["vague"].items()}, {
        k.lower(): v for k, v in raw["approximate_words"].items()
    }


_SEPARATED_RE = re.compile(f"{_SEPARATED}|{_LAKH}")
_DECIMAL_BEFORE_SCALE = {
    "en": re.compile(r"\d{1,3}\.\d{3}"),
    "de": re.compile(r"\d{1,3},\d{3}"),
    "fr": re.compile(r"\d{1,3},\d{3}"),
}
_FRACTION = re.compile(r"\d+[.,]\d{1,2}")
# What joins "1,9 million" to a decimal that shares its scale ("à 2,04", "to 2.1", "auf 1,3", "-2,5").
_SCALE_SHARED = re.compile(r"\s*(?:[-–]|(?i:à|a|to|and|or|et|ou|bis|auf|und|oder))\s*")
_NON_DIGIT = re.compile(r"\D")


@cache
def _scale_ahead(lang: str) -> re.Pattern[str]:
    """A number with a scale word right after a fraction and a word of change or range ("auf 1,5 Millionen")."""
    scales = alternation(lexicon_data()[lang]["scales"])
    return re.compile(
        _SCALE_SHARED.pattern + rf"\d{{1,3}}(?:[.,]\d{{1,3}})?\s?(?P<scale>(?i:{scales}))(?![\w])"
    )


@cache
def _scale_values(lang: str) -> dict[str, int]:
    return {k.replace("\\", "").lower(): v for k, v in lexicon_data()[lang]["scales"].items()}


def digits_value(digits: str, scale: int = 1) -> int | None:
    """'1.500' -> 1500, '1,2' with scale 10**6 -> 1200000; None for a fraction with no scale."""
    # the common case, without a regex: only decimal digits, which int() reads as they are
    if digits.isdecimal():
        return int(digits) * scale
    if digits.isdigit() or _SEPARATED_RE.fullmatch(
        digits
    ):  # whole numbers as int: a float overflows at 309 digits
        return int(_NON_DIGIT.sub("", digits)) * scale
    value = float(digits.replace(",", "."))
    total = value * scale
    return round(total) if total == int(total) or scale > 1 else None


_DE_ONE = frozenset({"eine", "einer", "einem", "einen", "eines"})


@lru_cache(maxsize=4096)
def spelled_value(phrase: str, lang: str) -> int | None:
    words = phrase.lower().split()
    if lang == "en" and words[0] == "a":
        words[0] = "one"
    if lang == "de" and words[0] in _DE_ONE:  # "eine Million", "von einer Million": text2num knows only "ein"
        words[0] = "ein"
    try:
        return text2num(" ".join(words), lang)
    except ValueError:
        return None


@cache
def _scans_after(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The atom pattern behind the character before it: a space, or any other character but an ASCII letter or
    digit. A phrase starts at a word boundary with a word character (the pattern opens with a lookahead at its
    first characters, all word characters, then `\\b`), so the character before it is no word character: a space
    or outside [ a-zA-Z0-9], exactly one of the two. re skips along the text to a space at a few instructions a
    character and to a character of a class at a few dozen, but tries the plain pattern, which opens with a
    lookahead, at every position (measured: about half of the scan's instructions in English news)."""
    body = atom_pattern(lang).pattern
    opening = re.match(r"\(\?=\[0-9([^]\\]*)\]\)\\b", body)
    if opening is None or not re.fullmatch(r"\w*", opening.group(1)):
        raise ValueError(f"{lang} atom pattern no longer opens with its first characters and a word boundary")
    return (
        re.compile(rf" (?P<atom>{body})"),
        re.compile(rf"[^ a-zA-Z0-9](?P<atom>{body})"),
        re.compile(rf"(?P<atom>{body})"),  # at the very start: no character before it
    )


def _atom_matches(text: str, lang: str, start: int, end: int) -> list[re.Match[str]]:
    """atom_pattern(lang).finditer(text, start, end), each phrase as group 1: the leftmost phrase of the two scans
    of `_scans_after`, then the next one from its end. A phrase at the very start has no character before it."""
    spaced, other, alone = _scans_after(lang)
    found: list[re.Match[str]] = []
    pos = start
    if start == 0 and (first := alone.match(text, 0, end)):
        pos = first.end()
        found.append(first)
    after_space = spaced.finditer(text, max(pos - 1, 0), end)
    after_other = other.finditer(text, max(pos - 1, 0), end)
    a, b = next(after_space, None), next(after_other, None)
    while a is not None or b is not None:
        m: re.Match[str]
        if b is None or (a is not None and a.start(1) < b.start(1)):
            m, a = a, next(after_space, None)  # type: ignore[assignment]  # a is a match here
        else:
            m, b = b, next(after_other, None)
        e = m.end(1)
        found.append(m)
        # Each scan goes on from e: a phrase right there would need the phrase's own last character before it.
        # That character is a word character in practice; should it be none, or should the other scan's next
        # phrase overlap this one, that scan starts again at e - 1 (re's finditer goes on from e).
        last = text[e - 1]
        restart = not (last.isalnum() or last == "_")
        if restart or (a is not None and a.start(1) < e):
            after_space = spaced.finditer(text, e - 1, end)
            a = next(after_space, None)
        if restart or (b is not None and b.start(1) < e):
            after_other = other.finditer(text, e - 1, end)
            b = next(after_other, None)
    return found


# The two scans pay off over an article; over a passage of a few sentences their start and the merging cost more
# than they save (callgrind: the gold passages, all under 500 characters, +0.15 % with the two scans; the scan of
# the news articles the same with this bound as with none, and 3 % dearer with a bound of 3000).
_SPLIT_SCAN_FROM = 500


def find_atoms(text: str, lang: str, start: int = 0, end: int | None = None) -> list[Atom]:
    """Every number phrase in text[start:end], left to right."""
    vague, approx = _word_values(lang)
    atoms: list[Atom] = []
    last_scale = (0, 1)  # end of the last number with a scale word, and that scale
    end = len(text) if end is None else end
    split = end - start >= _SPLIT_SCAN_FROM
    phrase = 1 if split else 0  # the group of the whole phrase
    for m in (
        _atom_matches(text, lang, start, end) if split else atom_pattern(lang).finditer(text, start, end)
    ):
        s, e = m.span(phrase)
        digits, word = m.group("digits", "vague")
        if word:
            low, high = vague[" ".join(word.lower().split())]
            atoms.append(Atom(s, e, low, high, "vague"))
        elif word := m.group("approx"):
            value = approx[" ".join(word.lower().split())]
            atoms.append(Atom(s, e, value, value, "approximate"))
        elif digits:
            scale_word = m.group("scale") or m.group("suffix")
            if scale_word:
                scale = 1000 if scale_word in "kK" else _scale_values(lang).get(scale_word.lower(), 10**6)
            elif (
                last_scale[0]
                and _FRACTION.fullmatch(digits)
                and _SCALE_SHARED.fullmatch(text, last_scale[0], s)
            ):
                scale = last_scale[
                    1
                ]  # "de 1,9 million à 2,04": the second number keeps the first one's scale
            else:
                scale = 1
            decimal = _DECIMAL_BEFORE_SCALE.get(lang)
            if scale_word and decimal and decimal.fullmatch(digits):
                # "4,238 Millionen", "3.235 million": one group of three after the language's decimal mark is a
                # fraction of the scale, not thousands
                read: int | None = round(float(digits.replace(",", ".")) * scale)
            else:
                read = digits_value(digits, scale)
            if read is None and not scale_word and (ahead := _scale_ahead(lang).match(text, e)):
                # "von 1,15 auf 1,5 Millionen", "1,2 bis 1,4 Millionen": a fraction before a number with a scale
                # takes that scale (the forward case, "1,9 million à 2,04", is read above)
                scale = _scale_values(lang).get(ahead.group("scale").lower(), 10**6)
                read = round(float(digits.replace(",", ".")) * scale)
            if read is None:
                continue
            if scale_word:
                last_scale = (e, scale)
            year_like = scale == 1 and len(digits) == 4 and digits.isdigit() and 1900 <= read <= 2100
            atoms.append(Atom(s, e, read, read, "exact", year_like))
        else:
            spelled = spelled_value(m.group("spelled"), lang)
            if spelled is not None and spelled >= 2:
                atoms.append(Atom(s, e, spelled, spelled, "exact"))
    return _millions_and_thousands(text, atoms) if lang == "fr" and len(atoms) > 1 else atoms


# "1 million 200 000 soldats", "2 millions 450 000 militaires": French writes the thousands after a whole number of
# millions; the two read as one number.
_WHOLE_MILLIONS = re.compile(r"\d{1,3}\s?(?i:millions?)")
_THOUSANDS_AFTER_MILLIONS = re.compile(r"\d{1,3}[\s\u202f\u00a0.]\d{3}")


def _millions_and_thousands(text: str, atoms: list[Atom]) -> list[Atom]:
    merged: list[Atom] = []
    for atom in atoms:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.kind == "exact"
            and atom.kind == "exact"
            and atom.start == last.end + 1
            and text[last.end].isspace()
            and last.low is not None
            and atom.low is not None
            and _WHOLE_MILLIONS.fullmatch(text, last.start, last.end)
            and _THOUSANDS_AFTER_MILLIONS.fullmatch(text, atom.start, atom.end)
        ):
            value = last.low + atom.low
            merged[-1] = Atom(last.start, atom.end, value, value, "exact")
            continue
        merged.append(atom)
    return merged


def share_scale(low: int, high: int) -> int:
    """'10 to 12 million': the first number borrows the scale of the second."""
    if low <= 0 or low >= 1000 or high < low * 1000:
        return low
    factor = 1000
    while low * factor * 1000 <= high:
        factor *= 1000
    return low * factor
