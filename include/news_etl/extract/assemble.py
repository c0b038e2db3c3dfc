"""Assembly of troop-count mentions: number phrase + qualifier + troop noun, then actor, location, type.

A hand-written rule grammar: no maintained library extracts troop counts. Generic quantity parsers
(quantulum3) know neither troop nouns nor vague plurals such as "Tausende", and statistical NER models tag
numbers without the soldiers they count. This module merges numbers into ranges and qualified counts and
builds each mention; what a number counts is decided in heads.py, whose troops in owners.py, where in
locations.py. Lexicons live in data/*.yaml; numbers in numbers.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from news_etl.extract.attribution import attribution, in_quotation, source_name
from news_etl.extract.classify import mention_type
from news_etl.extract.context import _Context, _Count, _normal
from news_etl.extract.heads import _head, _place_named_before_bracket
from news_etl.extract.locations import (
    _carried_location,
    _heading_home,
    _implied_location,
    _left_before,
    _left_country,
    _location,
    _place_right_after,
    _referred_location,
    _settled_location,
)
from news_etl.extract.numbers import Atom, find_atoms, share_scale
from news_etl.extract.owners import _borrows_troops, _mention_actor, foreign_troops, home_army, victims_army
from news_etl.extract.sentences import CLOSING_QUOTES, OPENING_QUOTES
from news_etl.extract.type_cues import (
    _TYPE_ORDER,
    Cue,
    TypeContext,
    possessive_before,
    type_cues,
    withdrawing,
)
from news_etl.records import ATTRIBUTIONS, MENTION_TYPES, PRECISIONS, Mention, checked

_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥₽]|US\$|USD|EUR|CHF|GBP)\s?\Z")
# "zwischen 1967 und 1969 starben": two years, unless a noun follows ("zwischen 1500 und 2000 Soldaten")
_YEAR_PAIR_AFTER = re.compile(r"\s+(?i:und|bis|and|to|et)\s+(?:19|20)\d\d(?![\d.,’'])(?!\s+[A-ZÄÖÜ])")
_QUALIFIED_COUNT_AFTER = re.compile(
    r"\s+(?i:über|rund|etwa|knapp|fast|mindestens|mehr als|bis zu|circa|ca\.|nearly|about|some|over|more than|"
    r"at least|environ|plus de|près de)\s+\d"
)
_BETWEEN_BEFORE = re.compile(r"(?<![\w])(?i:zwischen|between|entre)\s+\Z")
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th|e|er|re|ère|ème|ᵉ)(?![\w])")
_YEAR_BEFORE = re.compile(
    r"(?<![\w])(?i:in|since|by|until|from|of|during|before|after|im|seit|bis|vor|nach|ab|jahr|jahre|en|depuis|"
    # "Bis Ende 2014", "early 2020", "fin 2022"
    r"ende|anfang|mitte|frühjahr|sommer|herbst|winter|early|late|mid|début|fin|"
    r"jusqu'en|jusqu’en|année|year|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|"
    r"juillet|août|septembre|octobre|novembre|décembre)\s+\Z"
)
# A year before 1900 (later ones are year-like already) after "depuis", "since", "en", "in"
_OLD_YEAR = re.compile(r"1[5-8]\d\d")
_SINCE_YEAR_BEFORE = re.compile(r"(?<![\w])(?i:depuis|since|en|in)\s+\Z")
# A verb of change before "de X à Y" makes the two numbers two counts (before and after), not a range.
_CHANGE_VERB_BEFORE = re.compile(
    # ("la semaine passée, elles comptaient de 3 000 à 5 000 combattants": a past week, no change)
    r"(?<![\w])(?i:rédui\w*|(?<!année )(?<!semaine )(?<!mois )(?<!décennie )pass(?:er|ée?s?|ant|e|ent|era|eront|ait|aient)|port(?:er|ée?s?|ant|e|ent|era|eront|ait)|"
    r"ramen\w*|abaiss\w*|augment\w*|diminu\w*|grimp\w*|baiss\w*|chut\w*|tomb\w*|gonfl\w*|"
    r"reduc\w*|cut|cutting|rais\w*|increas\w*|reduzier\w*|erhöh\w*|"
    r"senk\w*)(?![\w-])"
)
# "porter les effectifs de la force terrestre, son corps de bataille, de 60 000 à 66 000": the strength changed is
# named right after the verb, and an apposition may put the figures further away
_STRENGTH_CHANGED_BEFORE = re.compile(
    rf"{_CHANGE_VERB_BEFORE.pattern}\s+(?i:les|ses|leurs|son|leur|l['’]|le)\s*(?i:effectifs?|contingents?)"
    r"[^.;:!?\d]*\Z"
)
# "fera passer ses effectifs d'environ 300 à 500": "de" elided before the first count (and its qualifier)
_ELIDED_FROM_BEFORE = re.compile(r"(?<![\w])(?i:d['’])(?:[^\W\d]+\s+){0,2}\Z")
# ... but after a year "über" qualifies again: "die Armee verlor im Jahr 2023 über 40.000 Mann", "at its peak in
# 2009, over 90,000 troops" (also with a comma after the year)
_NOT_A_QUALIFIER_BEFORE = re.compile(
    r"(?:(?<![\d.,])(?!(?:1[89]|20)\d\d[,;]?\s)\d[\d.,]*|(?<![\w])(?i:verfüg\w*)"
    # "das Kommando über 5000 Soldaten", "die Befehlsgewalt über 300 Mann": command over a force
    r"|(?<![\w])(?i:\w*kommando|\w*befehl|befehlsgewalt|kontrolle|gewalt))\s+\Z"
)
# "verfügt die Armee über 1,2 Millionen Soldaten", "über 30 000 Kämpfer verfügte": "über" is the verb's preposition.
# "verfügt die chinesische Armee nur noch über 2,3 Millionen": the subject and adverbs may stand between
_VERB_OF_UEBER_BEFORE = re.compile(r"(?<![\w])(?i:verfüg\w*)(?:\s+[\w-]+){1,6}\s+\Z")
# ("über 9.000 Bewaffnete im Süden verfügen": a place phrase may stand before the verb)
_VERB_OF_UEBER_AFTER = re.compile(r"(?:\s+[\w-]+){1,5}?\s+(?i:verfüg\w*)(?![\w])")
_CHAIN_WORDS = frozenset({"über", "over"})
_VERB_OF_UM_BEFORE = re.compile(
    r"(?<![\w])(?i:kümmer\w*|handel\w*|geht|ging|gehe|bemüh\w*|sorg\w*|bitte\w*|bat|baten)"
    r"(?:\s+[\w-]+){0,6}\s+\Z"
)
_PURPOSE_AFTER = re.compile(r"[^,.;:!?()]{0,100}?\s(?i:zu)\s+[a-zäöüß]\w*(?:en|ern|eln)(?=[\s,.;:!?]|\Z)")
_MONTH_BEFORE = re.compile(
    r"(?<![\w])(?i:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+\Z"
)
# "Or Katz (20)": an age after a name.
_AGE = re.compile(r"\(\d{1,3}\)")
# "Jonathan Blair, 29, of Springfield": an age between commas after a name.
_AGE_AFTER_NAME = re.compile(r"[A-Z][\w'’.-]*\s+(?:[A-Z][\w'’.-]*\s+)?[A-Z][\w'’-]+,\s*\Z")
_AGE_END = re.compile(r",|\.(?!\d)")
_FROM_BEFORE = re.compile(r"(?<![\w])(?i:from)\s+\Z")
_QUOTED_NAME_COMPOUND_AFTER = re.compile(
    r"\s+[\"„“»«‚][^\"“”«»‘\n]{1,30}[\"“”«»‘]-(?:\d+-)?(?P<rest>[^\W\d][\w-]*)"
)
_GERMAN_DAY_OF_MONTH = re.compile(
    r"\.\s?(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?![\w])"
)
_CLOCK_AFTER = re.compile(r"\s?[:.]\s?[0-5]\d\s*(?i:uhr|h)(?![\w])")


def _years_joined(a: Atom, b: Atom, opener: re.Match[str] | None) -> bool:
    """ "2000 bis 2005" are years, "500 bis 2024" a count and a year; after "zwischen" a figure like a year may
    open a range of counts ("zwischen 900 und 2000 Mann", "zwischen 2000 und 5000 Soldaten")."""
    if opener is None:
        return a.year_like or b.year_like
    return a.year_like and b.year_like


def _date_before(text: str, a: Atom) -> bool:
    """ "since October 8 to 121", "le nombre de soldats morts depuis 1870 à 30 000": a date, then a count."""
    return bool(
        _MONTH_BEFORE.search(text, max(0, a.start - 12), a.start)
        or (
            _OLD_YEAR.fullmatch(text, a.start, a.end)
            and _SINCE_YEAR_BEFORE.search(text, max(0, a.start - 10), a.start)
        )
    )


def _range(ctx: _Context, a: Atom, b: Atom) -> _Count | None:
    """Two numbers joined into one range count ("between 10,000 and 11,000", "300 à 400"), or None."""
    text, g = ctx.text, ctx.g
    if "vague" in (a.kind, b.kind):
        return None
    if _date_before(text, a):
        return None
    joiner = g.range_joiner.fullmatch(text, a.end, b.start)
    if joiner is None:
        return None
    word = (joiner.group("word") or "").lower()
    opener = g.range_open_before.search(text, max(0, a.start - 12), a.start)
    if _years_joined(a, b, opener):
        return None
    if opener and opener.group().strip().lower() == "de" and word != "à":
        opener = None
    if word == "to" and _FROM_BEFORE.search(text, max(0, a.start - 8), a.start):
        return None  # "from 180,000 to 203,000" is a change between two counts, not a range
    from_to = (opener is not None and opener.group().strip().lower() == "de") or bool(
        _ELIDED_FROM_BEFORE.search(text, max(0, a.start - 20), a.start)
    )
    if from_to and (
        _CHANGE_VERB_BEFORE.search(text, max(0, a.start - 60), a.start)
        or _STRENGTH_CHANGED_BEFORE.search(text, max(0, a.start - 120), a.start)
    ):
        return None  # "réduire les effectifs de 2 000 à 1 700 hommes": a change, two counts
    low = share_scale(a.low or 0, b.low or 0)
    if (word in ("and", "und", "et") and not opener) or b.high is None:
        return None
    high = b.high
    if low >= high:
        if not (opener and word in ("and", "und", "et") and a.high is not None and low > high):
            return None
        low, high = (
            b.low or 0,
            a.high,
        )  # "somewhere between 13,000 and 12,000": the same range written downwards
    start = opener.start() if opener else a.start
    qualifier = g.qualifier_before.search(text, max(0, start - 30), start)
    if qualifier and g.qualifier_kind.get(_normal(qualifier.group("q"))) == "approximate":
        start = qualifier.start()  # "an estimated 40,000 to 50,000" is still a range
    return _Count(start, b.end, a.start, low, high, "range", False)


_IN_ADDITION_BEFORE = re.compile(r"(?<![\w])(?i:en)\s+\Z")


@dataclass(frozen=True)
class _PastAFigure:
    """A verb of going past a figure, right before it: the figure is then a lower bound with the bare number as span."""

    reach: int  # how far before the figure the verb may start
    stems: tuple[str, ...]  # (speed only) one of these stands in the window when the pattern can match
    lower: bool  # look for the stems in the lower-cased window
    pattern: re.Pattern[str]


_PAST_A_FIGURE: dict[str, _PastAFigure] = {
    # "Nun überschreitet die Zahl der gefangenen Soldaten beider Seiten 500": the number of troops is more than
    # the figure
    "de": _PastAFigure(
        130,
        ("berst", "berschr"),
        False,
        re.compile(
            r"(?<![\w])(?i:übersteigt|überstieg|übersteige|überschreitet|überschritt|überschreite)\s+(?i:die)\s+"
            r"\w*(?i:zahl)\s+(?i:der)\s+[^.;:!?\d]{3,100}?\s+\Z"
        ),
    ),
    # "losses surpassed 9,000"; a negation before the verb ("did not exceed") leaves the figure alone
    "en": _PastAFigure(
        50,
        ("surpass", "exceed", "topped"),
        True,
        re.compile(
            r"(?<![\w])(?<!not )(?<!n't )(?<!never )(?i:surpass(?:ed|es|ing)?|exceed(?:ed|s|ing)?|topped)"
            r"(?:\s+(?i:the))?(?:\s+(?i:mark|threshold|figure) of)?\s+\Z"
        ),
    ),
    # "dépasse 2.000", "a dépassé les 5 000"
    "fr": _PastAFigure(
        50,
        ("passe", "passé", "passa"),
        False,
        re.compile(
            r"(?<![\w'’])(?i:dépass(?:e|ent|ait|aient|é|er|era|eront|erait|eraient|ant))"
            # an adverb may stand between, set off by commas or not ("dépassent, apparemment, les")
            r"(?:,?\s+(?i:désormais|déjà|largement|maintenant|[a-zé]+ment)\s*,?)?"
            r"(?:\s+(?i:les|la barre des|la barre de|le cap des|le cap de|le seuil des|le seuil de))?\s+\Z"
        ),
    ),
}
# "n'a pas dépassé 500": the negation before a compound tense
_NEGATED_BEFORE_FR = re.compile(r"(?<![\w])(?i:pas|jamais|guère)\s+\Z")


def _past_a_figure_before(text: str, start: int, lang: str) -> bool:
    past = _PAST_A_FIGURE.get(lang)
    if past is None:
        return False
    window = text[max(0, start - past.reach) : start]
    seen = window.lower() if past.lower else window
    if not any(stem in seen for stem in past.stems):
        return False
    found = past.pattern.search(window)
    if found is None:
        return False
    return not (lang == "fr" and _NEGATED_BEFORE_FR.search(window, 0, found.start()))


def _single(ctx: _Context, a: Atom) -> _Count:
    """One number with the qualifier before it ("more than 5,000") or after it ("30,000 or more")."""
    text, g = ctx.text, ctx.g
    count = _Count(a.start, a.end, a.start, a.low, a.high, a.kind, a.year_like)
    qualifier = g.qualifier_before.search(text, max(0, a.start - 30), a.start)
    if (
        qualifier
        and _normal(qualifier.group("q")) in _CHAIN_WORDS
        and _NOT_A_QUALIFIER_BEFORE.search(text, max(0, qualifier.start() - 12), qualifier.start())
    ):
        # "von 370.000 über 340.000": a step of a change; "verfügt über 5.000": the verb's preposition.
        qualifier = None
    elif (
        qualifier
        and _normal(qualifier.group("q")) == "über"
        and (
            _VERB_OF_UEBER_BEFORE.search(text, max(0, qualifier.start() - 60), qualifier.start())
            or _VERB_OF_UEBER_AFTER.match(text, a.end)
        )
    ):
        qualifier = None
    if (
        qualifier
        and _normal(qualifier.group("q")) == "um die"
        and (
            _PURPOSE_AFTER.match(text, a.end)
            or _VERB_OF_UM_BEFORE.search(text, max(0, qualifier.start() - 80), qualifier.start())
        )
    ):
        # "landeten, um die 600 Mann ... zu sichern": "um ... zu" of purpose; "kümmern sich um die 140 Soldaten":
        # the preposition of a verb, not "about"
        qualifier = None
    if qualifier and _words_of_a_verb(text, qualifier):
        qualifier = None
    if qualifier:
        count.start = qualifier.start()
        if a.kind != "vague":
            kind = g.qualifier_kind.get(_normal(qualifier.group("q")), "approximate")
            count.precision = kind
            if kind == "lower_bound":
                count.high = None
            elif kind == "upper_bound":
                count.low = None
    if not qualifier and a.kind == "exact" and _past_a_figure_before(text, a.start, ctx.lang):
        count.precision, count.high = "lower_bound", None
    trailing = g.trailing_lower.match(text, count.end)
    if trailing and a.kind != "vague":
        count.end = trailing.end()
        count.precision, count.high = "lower_bound", None
    elif not qualifier and a.kind != "vague" and (approx := g.trailing_approx.match(text, count.end)):
        count.end = approx.end()
        count.precision = "approximate"
    return count


def _counts(ctx: _Context) -> list[_Count]:
    """Number atoms merged into ranges and extended by qualifiers and quotation marks."""
    text = ctx.text
    atoms = find_atoms(text, ctx.lang)
    out: list[_Count] = []
    i = 0
    while i < len(atoms):
        joined = _range(ctx, atoms[i], atoms[i + 1]) if i + 1 < len(atoms) else None
        out.append(joined or _single(ctx, atoms[i]))
        i += 2 if joined else 1
    for c in out:
        if (
            c.start > 0
            and c.end < len(text)
            and text[c.start - 1] in OPENING_QUOTES
            and text[c.end] in CLOSING_QUOTES
        ):
            c.start -= 1
            c.end += 1
        elif _SPACED_GUILLEMETS.fullmatch(text[max(0, c.start - 2) : c.start] + text[c.end : c.end + 2]):
            # "« 14 » soldats": French guillemets with their spaces around the number alone
            c.start -= 2
            c.end += 2
    return out


_SPACED_GUILLEMETS = re.compile(r"«[ \u00a0\u202f]{2}»")


_RATIO_AFTER = re.compile(r":\d")
_RATIO_BEFORE = re.compile(r"(?<![\d:])\d{1,2}:\Z")


def _not_a_head_count(ctx: _Context, c: _Count) -> bool:
    text = ctx.text
    young = c.low is not None and c.low < 120
    # "Jonathan Blair, 29, of", "sagte Aung Myo Htet, 32.": after a name, between commas or ending the sentence
    # (only a young count can be an age: the looks behind it are left out for the others, most counts)
    between_commas = (
        young and _AGE_END.match(text, c.end) and _AGE_AFTER_NAME.search(text, max(0, c.start - 40), c.start)
    )
    age = young and _AGE.match(text, c.start - 1) and not _place_named_before_bracket(text, c.start)
    if young and (age or between_commas):
        return True
    if _CURRENCY_BEFORE.search(text, max(0, c.num_start - 4), c.num_start):
        return True
    if ctx.g.unit_after.match(text, c.end) or _ORDINAL_AFTER.match(text, c.end):
        return True
    if young and _CLOCK_AFTER.match(text, c.end):
        return True  # "(Stand: Sonntag, 17: 27 Uhr)": a time of day
    if young and (
        _RATIO_AFTER.match(text, c.end) or _RATIO_BEFORE.search(text, max(0, c.start - 4), c.start)
    ):
        return True  # "by a ratio of 3:1", "a 2:1 advantage": a ratio or a score
    if young and ctx.lang == "de" and _GERMAN_DAY_OF_MONTH.match(text, c.end):
        return True  # "am Freitag, 12. Mai 2023": a day of the month
    if (named := _QUOTED_NAME_COMPOUND_AFTER.match(text, c.end)) and not ctx.g.follow.match(
        " " + named.group("rest")
    ):
        return True  # 'darunter 12 "Marder"-Schützenpanzer': a quoted model name glued to what is counted
    if c.year_like and text[c.start - 1 : c.start] == "(" and text.startswith(")", c.end):
        return True  # "Resolution 1386 (2001)": a year in brackets
    if c.year_like and _QUALIFIED_COUNT_AFTER.match(text, c.end):
        return True  # "verfügte 1990 über 495.000 Mann": a year before a qualified count
    if c.year_like and _YEAR_PAIR_AFTER.match(text, c.end):
        return bool(
            _BETWEEN_BEFORE.search(text, max(0, c.start - 12), c.start)
        )  # "zwischen 1967 und 1969 über"
    return c.year_like and bool(_YEAR_BEFORE.search(text, max(0, c.num_start - 15), c.num_start))


def _before(ctx: _Context, index: int) -> str:
    if index == 0:
        return ""
    s, e = ctx.sentences.spans[index - 1]
    return ctx.text[s:e]


def _after(ctx: _Context, index: int) -> str:
    if index + 1 >= len(ctx.sentences.spans):
        return ""
    s, e = ctx.sentences.spans[index + 1]
    return ctx.text[s:e]


def _confidence(rule: str, c: _Count, weak: bool, actor: str | None) -> float:
    score = {
        "noun": 0.9,
        "strong": 0.85,
        "force_of": 0.75,
        "casualty": 0.7,
        "bare": 0.65,
        "anaphora": 0.6,
        "ellipsis": 0.6,
    }[rule]
    if c.precision == "vague":
        score -= 0.1
    if weak:
        score -= 0.15
    if actor is None:
        score -= 0.05
    return round(max(0.05, min(0.99, score)), 2)


# A bare count listed right after a casualty count of its sentence ("..., 15 au nord et 25 au sud") splits the
# same losses, unless its own clause (up to the next comma or "and") has a cue word.
_CLAUSE_END = re.compile(r"[,;.:!?]|\s(?i:et|and|und|sowie)\s")
_LIST_AFTER = re.compile(r"\A[^.;:!?]*?(?:,|\s(?i:et|and|und|sowie))\s+\Z")


def _listed_after_losses(
    ctx: _Context, c: _Count, rule: str, previous: Mention | None, index: int, cues: list[Cue], s: int
) -> bool | str:
    """True: the count splits the losses before it; a type: its own clause's only kind of cue; else False."""
    if rule not in ("bare", "ellipsis") or previous is None or previous.mention_type != "casualties":
        return False
    if ctx.sentences.index_of(previous.char_start) != index or previous.char_end > c.start:
        return False
    if not _LIST_AFTER.match(ctx.text[previous.char_end : c.start]):
        return False
    end = _CLAUSE_END.search(ctx.text, c.end)
    clause_end = (end.start() if end else len(ctx.text)) - s
    kinds = {kind for start, _, kind in cues if c.start - s <= start < clause_end}
    if not kinds:
        return True
    return _TYPE_ORDER[kinds.pop()] if len(kinds) == 1 else False


_GONE_BEFORE = re.compile(r"(?<![\w])(?i:gone|went)\s+\Z")


def _words_of_a_verb(text: str, qualifier: re.Match[str]) -> bool:
    """ "en plus de cinq autres blessés": "in addition to", not "more than"; "the toll had gone up to 36": a figure
    reached, not a ceiling ("may go up to" is one)."""
    q = _normal(qualifier.group("q"))
    if q.startswith("plus d"):
        return bool(_IN_ADDITION_BEFORE.search(text, max(0, qualifier.start() - 4), qualifier.start()))
    return q == "up to" and bool(_GONE_BEFORE.search(text, max(0, qualifier.start() - 8), qualifier.start()))


# "l'Ukraine a récupéré 95 de ses soldats et la Russie 60": a new subject right before an elliptical count, whose
# verb and noun are those of the count before; the subject is whose troops they are.
_GAPPED_SUBJECT_BEFORE = re.compile(r"\s(?i:et|and|und)\s+(?:(?i:la|le|les|the|die|der)\s+|(?i:l)['’]\s*)?\Z")


def _gapped_subject(ctx: _Context, index: int, c: _Count, rule: str, previous: Mention | None) -> str | None:
    if rule != "ellipsis" or previous is None or ctx.sentences.index_of(previous.char_start) != index:
        return None
    # only when the count before is of its own subject's troops ("l'Ukraine a récupéré 130 de ses militaires")
    if not any(
        i.place.end <= previous.char_start and i.place.site == previous.actor_code and not i.place.adjective
        for i in ctx.places(index)
    ):
        return None
    for info in ctx.places(index):
        p = info.place
        if (
            previous.char_end <= p.start
            and p.end < c.start
            and ctx.text[p.end : c.start].isspace()
            and p.code == p.site
            and not p.adjective
            and _GAPPED_SUBJECT_BEFORE.search(ctx.text, max(0, p.start - 12), p.start)
        ):
            return p.code
    return None


# "les 300 blessés ont été rapatriés au Tchad": troops brought home are that country's, and their
# home is not where they are counted
_BROUGHT_HOME_BEFORE = re.compile(
    r"(?<![\w])(?i:rapatrié\w*|repatriated)\s+(?i:en|au|aux|vers|to)\s+(?:(?i:la|le|les|the)\s+|(?i:l)['’]\s*)?\Z"
)


def _brought_home_to(ctx: _Context, index: int) -> str | None:
    s, e = ctx.sentences.spans[index]
    if "patri" not in ctx.text[s:e]:
        return None  # (speed only: most sentences bring nobody home)
    for info in ctx.places(index):
        p = info.place
        if (
            p.code == p.site
            and not p.adjective
            and _BROUGHT_HOME_BEFORE.search(ctx.text, max(0, p.start - 30), p.start)
        ):
            return p.site
    return None


def _continued_type(
    ctx: _Context, index: int, c: _Count, rule: str, previous: Mention | None, gapped: bool, mtype: str
) -> str:
    """The type of a count that continues the count before: a gapped verb's, or a share's with no cue of its own."""
    if previous is None:
        return mtype
    if gapped:
        return previous.mention_type  # the verb left out is the count before's
    if mtype == "other" and rule == "anaphora" and _share_of(ctx, index, c, previous):
        return previous.mention_type  # "ein Verband von 800 Mann, 300 davon aus Belgien"
    return mtype


def _share_of(ctx: _Context, index: int, c: _Count, previous: Mention | None) -> bool:
    """A count of some of the troops the count before in its sentence counts ("900 Mann, 300 davon aus Belgien")."""
    return (
        previous is not None
        and previous.char_end <= c.start
        and ctx.sentences.index_of(previous.char_start) == index
        and previous.mention_type != "other"
    )


def _mention(ctx: _Context, c: _Count, previous: Mention | None) -> Mention | None:
    head = _head(ctx, c, previous)
    if head is None:
        return None
    text, noun, noun_end, antecedent = ctx.text, head.noun, head.noun_end, head.antecedent
    index = ctx.sentences.index_of(c.start)
    s, e = ctx.sentences.spans[index]
    sentence = text[s:e]
    cues = type_cues(sentence, ctx.lang, c.start - s, noun_end - s)
    leaving = withdrawing(cues)
    borrowed = _borrows_troops(ctx, index, head.rule, sentence, previous)
    actor = _mention_actor(ctx, index, c, head, previous, sentence, leaving, borrowed)
    gapped = _gapped_subject(ctx, index, c, head.rule, previous)
    if gapped is not None:
        actor = gapped
    # A bare count's troops are where its antecedent noun puts them ("US troops in Syria from 2,000 to 1,000").
    near = antecedent is not None and ctx.sentences.index_of(antecedent.start()) == index
    left_from = leaving and _left_country(ctx, index, c.start, c.end)
    location = (
        head.site
        or (antecedent is not None and _place_right_after(ctx, index, c.end))
        or (
            near
            and antecedent is not None
            and _location(ctx, index, antecedent.start(), antecedent.end(), leaving, count_start=c.start)
        )
        or _location(ctx, index, c.start, noun_end, leaving, c.end)
        or _referred_location(ctx, index, c, actor)
        or _implied_location(ctx, index)
    )
    if location is None and leaving and head.rule in ("bare", "force_of", "ellipsis", "noun", "strong"):
        # "withdraw US troops from Iraq. ... a reduction of troop levels from 5,200 to 3,500": the country left
        location = _left_before(ctx, index, c.start, actor) or _carried_location(ctx, index, leaving)
    owned = actor is not None and possessive_before(text, max(s, c.start - 40), c.start, ctx.lang)
    mtype = mention_type(
        cues,
        TypeContext(
            sentence,
            ctx.lang,
            c.start - s,
            noun_end - s,
            noun,
            actor,
            location,
            owned,
            head.rule,
            _before(ctx, index),
            _after(ctx, index),
            lambda: index > 0 and any(i.location for i in ctx.places(index - 1)),
        ),
    )
    listed = _listed_after_losses(ctx, c, head.rule, previous, index, cues, s)
    if listed is True:
        mtype = "casualties"  # "40 soldats tués, 15 au nord et 25 au sud": the same dead, split
    elif listed and mtype == "casualties":
        mtype = listed  # "9 soldats tués et 40 renvoyés chez eux": the others, doing what their clause says
    mtype = _continued_type(ctx, index, c, head.rule, previous, gapped is not None, mtype)
    if mtype == "deployment" and actor is not None and _heading_home(ctx, index, actor, noun_end):
        mtype = "withdrawal"  # "150 soldats français ont décollé de Niamey à destination de la France"
        if location == actor:
            location = None  # home is not where they withdraw from
    foreign = foreign_troops(ctx, c, noun, noun_end)
    if actor is None and mtype == "force_size" and not foreign:
        actor = home_army(ctx, index, noun)
    location = _settled_location(
        ctx, index, c, head, previous, sentence, mtype, location, actor, bool(left_from), borrowed
    )
    if actor is None and mtype == "casualties" and not foreign:
        actor = victims_army(ctx, index, noun, location)
    if (home := _brought_home_to(ctx, index)) is not None:
        actor = actor or home
        location = None if location == home else location
    quoted = in_quotation(ctx.quotes, c.start, c.end)
    attrib = attribution(sentence, ctx.lang, quoted)
    return Mention(
        count_text=text[c.start : c.end],
        char_start=c.start,
        char_end=c.end,
        troop_count_min=c.low,
        troop_count_max=c.high,
        count_precision=checked(c.precision, PRECISIONS),
        actor_code=actor,
        location_country=location,
        mention_type=checked(mtype, MENTION_TYPES),
        attribution=checked(attrib, ATTRIBUTIONS),
        attribution_source=source_name(sentence, ctx.lang) if attrib != "stated" else None,
        confidence=_confidence(head.rule, c, head.weak, actor),
        sentence=sentence,
        extra={"rule": head.rule, "noun": noun or (antecedent.group() if antecedent else "")},
    )


def find_mentions(text: str, lang: str) -> list[Mention]:
    ctx = _Context(text, lang)
    mentions: list[Mention] = []
    for count in _counts(ctx):
        if _not_a_head_count(ctx, count):
            continue
        mention = _mention(ctx, count, mentions[-1] if mentions else None)
        if mention is not None:
            mentions.append(mention)
    return mentions
