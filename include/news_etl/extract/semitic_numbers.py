"""Arabic and Hebrew number phrases on folded text (semitic_text.fold), turned into values.

Digits with a thousands word (14 ألف, 20 אלף, 1.5 מיליון) and an addend (4 آلاف و700), spelled numbers with
their dual and construct forms (ألفي, خمسة آلاف, שלושת אלפים, אלפיים), and the vague plurals (عشرات الآلاف,
מאות). A glued prefix letter (بـ, لـ, و, ו-, ב-, ל-) stays outside the atom; the Hebrew approximate prefix כ
(כאלף) is inside it. text2num knows neither language, so the word grammar is written here from the lexicons.
"""

from __future__ import annotations

import re
from functools import cache

from news_etl.extract.guard import guard_patterns
from news_etl.extract.numbers import Atom
from news_etl.extract.semitic_text import SemiticLanguage, semitic_lexicon, words_alternation

# The Arabic comma also separates thousands on some pages (3،000).
# and a space or an apostrophe does on pages in the French style (2 500 جندي); scanned books set the comma
# apart (כ 15 , 000 חיילים).
_SEPARATED = r"\d{1,3}(?:(?:[,،']|\x20(?=\d{3}(?!\d))|\x20[,،]\x20(?=\d{3}(?![\d,.]|\x20[,،])))\d{3})+"
# Some pages group thousands with a dot (9.450 جندي, 1.082.990); a dot before a thousands word stays a decimal
# (1.5 מיליון). Egyptian and Gulf agencies write a decimal with ر and its digits reversed: 3ر1 مليون = 1.3 million.
_DOT_GROUPS = r"\d{1,3}(?:\.\d{3})+"
_REVERSED_DECIMAL = r"\d{1,2}ر\d{1,2}"
# The same agencies group thousands with ر, and the reversed rendering puts the zeros first: 000ر12 = 12,000.
_RA_THOUSANDS = r"(?:000ر\d{1,3}|\d{1,3}ر000)(?!\d)"
_DIGITS = rf"{_SEPARATED}(?![\d])|{_RA_THOUSANDS}|{_REVERSED_DECIMAL}|\d+(?:\.\d+)*"
_JOINER = {"ar": "و", "he": "ו"}
_APPROX_PREFIX = "כ"  # Hebrew "about", glued to a spelled number: כאלף
_TANWEEN_FATH = "\u064b"  # ألفاً (one thousand, accusative) as against ألفا عنصر (two thousand)
_FROM_AFTER = re.compile(r"\s+من(?!\w)")
# The construct "שני", "שתי" with the article is the ordinal "the second" (השני, השנייה); the definite two is השניים.
_ORDINAL_LIKE = frozenset({"שני", "שתי"})


def _openings(prefixes: list[str], vague: list[str], number_words: list[str], lang: SemiticLanguage) -> str:
    """A lookahead at the first three letters of a word phrase: a prefix letter, the article and the start of a
    number word (or of a vague plural) in every combination. Most words start with a letter that can open a phrase
    (و, ב, ה ...) but not with three such letters, and fail here before the prefixes and the number words are
    tried one by one (measured: the scan of the ar/he dev passages runs about 1.2x faster). Only positions where
    nothing can match fail."""
    articles = ["", "ال"] if lang == "ar" else [""]
    phrases = [p + w for p in ["", *prefixes] for w in vague] + [
        p + a + w for p in ["", *prefixes] for a in articles for w in number_words
    ]
    if not all(_PLAIN_WORDS.fullmatch(w) for w in [*prefixes, *vague, *number_words]):
        return ""  # a regex fragment among the words: its opening cannot be read off
    return f"(?={words_alternation(sorted({phrase[:3] for phrase in phrases}))})"


_PLAIN_WORDS = re.compile(r"[\w \"'-]+")


@cache
def atom_pattern(lang: SemiticLanguage) -> re.Pattern[str]:
    lex = semitic_lexicon(lang)
    scale = words_alternation(list(lex["scales"]))
    prefix_words = list(lex["prefixes"]) + (
        [_APPROX_PREFIX, "וכ", "בכ", "לכ", "מכ", "שכ", "ובכ"] if lang == "he" else []
    )
    prefixes = words_alternation(prefix_words)
    number_words = (
        list(lex["fixed_phrases"]) + list(lex["number_words"]) + list(lex["multipliers"]) + list(lex["teen"])
    )
    word = words_alternation(number_words)
    joiner = _JOINER[lang]
    article = "(?P<article>ال)?" if lang == "ar" else ""
    # A figure starts with a digit, a word phrase with a letter that starts a prefix, the article or a number
    # word: one look at the first character skips every other position, and the digit branch is only tried at a
    # digit (the order of the branches does not matter, as no two can start at the same character). Measured:
    # the scan runs about 2.3x faster on the Arabic and Hebrew dev passages.
    firsts = {w[0] for w in (*prefix_words, *lex["vague"], *number_words) if w} | (
        {"ا"} if lang == "ar" else set()
    )
    if any(ch.isdigit() for ch in firsts):  # the branches could then start at one character: keep them apart
        raise ValueError(f"a {lang} number word or prefix starts with a digit")
    letters = "".join(re.escape(ch) for ch in sorted(firsts))
    return re.compile(
        rf"(?=[\d{letters}])(?:"
        rf"(?=\d)(?<![\d.,])(?P<digits>{_DIGITS})"
        rf"(?:\s*(?P<scale>{scale})(?!\w)(?:\s*{joiner}\s?(?P<add>\d{{1,3}})(?![\d,.]|\s*{scale}))?)?"
        rf"|(?<!\w){_openings(prefix_words, list(lex['vague']), number_words, lang)}(?:"
        rf"(?P<vpre>{prefixes})?(?P<vague>{words_alternation(list(lex['vague']))})(?!\w)"
        rf"|(?P<wpre>{prefixes})?{article}"
        rf"(?P<words>{word}(?:(?:\s+|\s*-\s*){joiner}?{word})*)(?!\w)"
        rf"(?:\s*{joiner}\s?(?P<wadd>\d{{1,3}})(?![\d,.]))?"
        rf"))"
    )


_WORD_GAP = re.compile(r"\s*-\s*|\s+")


def words_value(phrase: str, lang: SemiticLanguage) -> int | None:
    """'خمسة آلاف' -> 5000, 'ثلاثة وعشرون' -> 23, 'אחד-עשר' -> 11, 'שלוש מאות אלף' -> 300000."""
    lex = semitic_lexicon(lang)
    units, multipliers, teen = lex["number_words"], lex["multipliers"], lex["teen"]
    if phrase in lex["fixed_phrases"]:
        return int(lex["fixed_phrases"][phrase])
    total = current = 0
    for i, raw in enumerate(_WORD_GAP.split(phrase)):
        token = raw
        if i and token not in units and token not in multipliers and token[:1] == _JOINER[lang]:
            token = token[1:]
        if token in teen and 0 < current < 10:
            current += 10
        elif token in units:
            value = units[token]
            if value == 100 and 0 < current < 10:
                current *= 100  # "خمس مئة", written in two words: 500
            elif value >= 1000:
                total += value
            else:
                current += value
        elif token in multipliers:
            factor = multipliers[token]
            if factor < 1000:
                current = (current or 1) * factor
            else:
                total, current = total + (current or 1) * factor, 0
        else:
            return None
    return total + current


def coordination_split(phrase: str, lang: SemiticLanguage) -> tuple[int, int] | None:
    """Where a spelled number joined by "and" is a second number, not an addend: (end of the first, start of the
    second, at its joiner). In a compound every later part is smaller than the last scale before it (ألفين
    وخمسمائة = 2,500, מיליון ומאתיים אלף = 1,200,000); ألفين وأربعة آلاف (2,000 and 4,000) repeats the scale."""
    joiner = _JOINER[lang]
    gaps = list(_WORD_GAP.finditer(phrase))
    for gap in gaps:
        second = gap.end()
        if phrase[second : second + 1] != joiner:
            continue
        head, tail = words_value(phrase[: gap.start()], lang), words_value(phrase[second + 1 :], lang)
        if head is None or tail is None or head < 1000:
            continue
        scale = 1000
        while head % (scale * 1000) == 0:
            scale *= 1000
        if head % scale == 0 and tail >= scale:
            return gap.start(), second
    return None


def find_atoms(folded: str, original: str, lang: SemiticLanguage, positions: list[int] | None) -> list[Atom]:
    """Every number phrase of the folded text, left to right."""
    lex = semitic_lexicon(lang)
    atoms: list[Atom] = []
    pattern = atom_pattern(lang)
    pos = 0
    while (m := pattern.search(folded, pos)) is not None:
        pos = m.end()
        if m.group("words") and (split := coordination_split(m.group("words"), lang)) is not None:
            # "بين ألفين وأربعة آلاف": two numbers joined by "and", read one at a time so the range sees both
            first_end = m.start("words") + split[0]
            m = pattern.match(folded, m.start(), first_end) or m
            pos = m.start("words") + split[1] if m.end() == first_end else pos
        if m.group("vague"):
            low, high = lex["vague"][" ".join(m.group("vague").split())]
            atoms.append(Atom(m.start("vague"), m.end("vague"), low, high, "vague"))
        elif m.group("digits"):
            atom = _digits_atom(m, lex)
            if atom is not None:
                atoms.append(_definite_digits(folded, atom) if lang == "ar" else atom)
        else:
            atom = _words_atom(m, original, lang, positions)
            if atom is not None:
                atoms.append(atom)
    return atoms


# Compiled once, like every pattern of the hot path: a call of re.fullmatch(str, ...) looks its cache up each time.
_RA_THOUSANDS_RE = re.compile(_RA_THOUSANDS)
_SEPARATED_RE = re.compile(_SEPARATED)
_DOT_GROUPS_RE = re.compile(_DOT_GROUPS)
_NOT_DIGIT = re.compile(r"\D")


def _digits_atom(m: re.Match[str], lex: dict) -> Atom | None:
    digits, scale_word, add = m.group("digits", "scale", "add")
    scale = lex["scales"][" ".join(scale_word.split())] if scale_word else 1
    if _RA_THOUSANDS_RE.fullmatch(digits):
        digits = str(int(digits.replace("000", "", 1).replace("ر", "")) * 1000)
    elif "ر" in digits:
        if not scale_word:
            return None
        fraction, whole = digits.split("ر")
        digits = f"{whole}.{fraction}"
    if _SEPARATED_RE.fullmatch(digits) or (not scale_word and _DOT_GROUPS_RE.fullmatch(digits)):
        value = int(_NOT_DIGIT.sub("", digits)) * scale
    elif digits.count(".") > 1:
        return None
    else:
        number = float(digits) * scale
        if number != int(number):
            return None
        value = int(number)
    if add:
        value += int(add)
    year_like = scale == 1 and len(digits) == 4 and digits.isdigit() and 1900 <= value <= 2100
    return Atom(m.start("digits"), m.end(), value, value, "exact", year_like)


def _definite_digits(folded: str, atom: Atom) -> Atom:
    """'الجنود الـ16': the article glued to a figure (the tatweel is folded away) makes it a definite numeral."""
    start = atom.start
    if start >= 2 and folded[start - 2 : start] == "ال" and (start == 2 or not folded[start - 3].isalnum()):
        return Atom(start - 2, atom.end, atom.low, atom.high, atom.kind, atom.year_like, definite=True)
    return atom


def _words_atom(
    m: re.Match[str], original: str, lang: SemiticLanguage, positions: list[int] | None
) -> Atom | None:
    phrase = m.group("words")
    value = words_value(phrase, lang)
    if value is None:
        return None
    if (
        phrase == "الفا"
        and not _has_tanween(m, original, positions)
        and not _FROM_AFTER.match(m.string, m.end())
    ):
        value = 2000  # ألفا عنصر: the dual in construct (but ألفا من: one thousand, accusative)
    if m.group("wadd"):
        value += int(m.group("wadd"))
    if value < 2:
        return None
    prefix = m.group("wpre") or ""
    start = m.start("words")
    approximate_words = semitic_lexicon(lang).get("approximate_words") or ()
    kind = "approximate" if phrase in approximate_words else "exact"  # "תריסר": a dozen
    if lang == "he" and prefix.endswith(_APPROX_PREFIX):
        start, kind = m.end("wpre") - 1, "approximate"
    definite = (
        bool(m.groupdict().get("article"))
        or (lang == "he" and prefix.endswith("ה"))
        or phrase in (semitic_lexicon(lang).get("definite_words") or ())
    )
    if definite and lang == "he" and phrase in _ORDINAL_LIKE:
        return None  # "והשני בינוני": the second one, not a count
    if definite and lang == "ar":
        start = m.start("article")
    elif definite and prefix.endswith("ה"):
        start = m.end("wpre") - 1
    return Atom(start, m.end(), value, value, kind, spelled=True, definite=definite)


def _has_tanween(m: re.Match[str], original: str, positions: list[int] | None) -> bool:
    if positions is None:
        return False
    start, end = positions[m.start("words")], positions[m.end("words") - 1] + 1
    return _TANWEEN_FATH in original[start : end + 2]


def share_scale(low: int, high: int) -> int:
    """'بين 60 و80 ألف': the first number borrows the thousands of the second."""
    if low <= 0 or low >= 1000 or high < low * 1000:
        return low
    factor = 1000
    while low * factor * 1000 <= high:
        factor *= 1000
    return low * factor


# Every pattern of this module behind a look for the literals it must consume (guard.py): same answers, faster.
guard_patterns(globals())
