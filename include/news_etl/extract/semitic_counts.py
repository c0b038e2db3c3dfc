"""The counts of an Arabic or Hebrew text: figures, ranges, qualifiers (نحو, כ-) and dual nouns (جنديين)."""

from __future__ import annotations

import re
from dataclasses import replace

from news_etl.extract.guard import guard_patterns
from news_etl.extract.semitic_context import _Context, _Count
from news_etl.extract.semitic_numbers import Atom, find_atoms, share_scale
from news_etl.extract.semitic_text import fold_word

_CLOSE = "\"'»”’"
_OPEN = "\"'«“‘"


def _counts(ctx: _Context) -> list[_Count]:
    atoms = _outside_places(ctx, find_atoms(ctx.text, ctx.original, ctx.lang, ctx.folded.positions))
    out: list[_Count] = []
    i = 0
    while i < len(atoms):
        merged = _range(ctx, atoms[i], atoms[i + 1]) if i + 1 < len(atoms) else None
        if merged is not None:
            out.append(merged)
            i += 2
            continue
        out.append(_qualified(ctx, atoms[i]))
        i += 1
    out += _dual_nouns(ctx)
    for c in out:
        _quotes_around(ctx.text, c)
    return sorted(out, key=lambda c: c.start)


def _outside_places(ctx: _Context, atoms: list[Atom]) -> list[Atom]:
    """Number words that are part of a place name ("באר שבע", "بئر السبع") count nothing; a number phrase that
    runs on after the name ("שבע וארבעה") keeps the figure after it."""
    out: list[Atom] = []
    for a in atoms:
        if a.spelled:
            places = ctx.places(ctx.sentences.index_of(a.start))
            place = next((p for p in places if p.start < a.end and a.start < p.end), None)
            if place is not None:
                rest = find_atoms(ctx.text[place.end : a.end], ctx.original, ctx.lang, None)
                out += [replace(b, start=b.start + place.end, end=b.end + place.end) for b in rest]
                continue
        out.append(a)
    return out


# "يبلغ عددهم بحسب الإحصاءات من 30 ألف إلى 40 ألف", "يتراوح عددهم من": an estimate, not a change.
_ESTIMATE_FROM = re.compile(
    fold_word(
        r"(?<!\w)[و]?(?:يتراوح|تتراوح|يبلغ|تبلغ|يقدر|تقدر|يقدّر|تقدّر|قدر\w*|تقديرات|ويتراوح)"
        r"(?:\s+(?!(?:من|ارتفع|انخفض|زاد|تراجع|تقلص)\s)[^\s.،,؟!]+){0,6}\s+من\s*\Z"
    )
)


_FROM_WORD_BEFORE = re.compile(r"(?<!\w)(?:من|מ)[\s-]*\Z")
_YEAR_WORD_BEFORE = re.compile(
    fold_word(r"(?<!\w)(?:[وفب]?(?:ال)?(?:عام|عامي|سنة|منذ)|ו?[במ]?שנת|ו?מאז)\s*[-־]?\Z")
)


def _range(ctx: _Context, a: Atom, b: Atom) -> _Count | None:
    if "vague" in (a.kind, b.kind) or a.low is None or b.high is None:
        return None
    # "1500 إلى 2000 مرتزق", "ما بين 2000 و3000 جندي": four-digit ends are years only when no troop noun follows.
    if (a.year_like or b.year_like) and not ctx.g.noun.match(ctx.text, b.end):
        return None
    if a.year_like and _YEAR_WORD_BEFORE.search(ctx.text, max(0, a.start - 12), a.start):
        return None  # "منذ ... في عام 2003 الى 4471 جنديا": a year, then the toll it rose to
    joiner = ctx.g.range_joiner.fullmatch(ctx.text, a.end, b.start)
    if joiner is None:
        return None
    # "بين نحو 160 الفا الى 170 الف": an "about" between the opener and the first figure
    inner = ctx.g.qualifier.search(ctx.text, max(0, a.start - 14), a.start)
    before = (
        inner.start("q") if inner and ctx.g.qualifier_kind.get(inner.group("q")) == "approximate" else a.start
    )
    opener = ctx.g.range_open.search(ctx.text, max(0, before - 14), before)
    word = joiner.group().strip(" -")
    if word in ("و", "ו", "ل", "ל") and opener is None:
        return None  # "X و Y" without "بين" is two counts
    from_word = _FROM_WORD_BEFORE.search(ctx.text[max(0, a.start - 5) : a.start])
    estimate = ctx.lang == "ar" and _ESTIMATE_FROM.search(ctx.text, max(0, a.start - 60), a.start)
    if from_word and not estimate:
        return None  # "من 300 إلى 350 ألف": a change between two counts
    low = share_scale(a.low, b.high)
    if low >= b.high:
        return None
    start = opener.start() if opener else a.start
    if from_word and estimate:
        start = max(0, a.start - 5) + from_word.start()  # "من 30 ألف إلى 40 ألف": the span opens with "من"
    qualifier = ctx.g.qualifier.search(ctx.text, max(0, start - 30), start)
    if qualifier:
        start = qualifier.start("q")  # "نحو", and a bound too: "ما لا يقل عن 1500 إلى 2000" is one range
    return _Count(start, b.end, a.start, low, b.high, "range", a)


def _qualified(ctx: _Context, a: Atom) -> _Count:
    low = a.low
    if a.kind != "vague" and not a.spelled and a.low is not None:
        low = _borrowed_scale(ctx, a)
    count = _Count(a.start, a.end, a.start, low, low if a.kind != "vague" else a.high, a.kind, a)
    if a.kind == "exact":
        _qualify(ctx, count)
    return count


def _qualify(ctx: _Context, count: _Count) -> None:
    """The qualifier words before a figure, two deep ("עד כ-5,000", "أكثر من نحو"): a bound wins over about."""
    kinds = []
    for _ in range(2):
        qualifier = ctx.g.qualifier.search(ctx.text, max(0, count.start - 30), count.start)
        if qualifier is None:
            break
        quoted = qualifier.group("open") and qualifier.group("close")
        count.start = qualifier.start("open") if quoted else qualifier.start("q")
        kinds.append(ctx.g.qualifier_kind.get(" ".join(qualifier.group("q").split()), "approximate"))
    if not kinds:
        return
    bounds = [k for k in kinds if k != "approximate"]
    count.precision = bounds[0] if bounds else "approximate"
    if count.precision == "lower_bound":
        count.high = None
    elif count.precision == "upper_bound":
        count.low = None


_TO_THOUSANDS_AFTER = re.compile(r"\s*(?:الي|حتى|אל|ל)-?\s*(\d+)\s*(?:الف|الاف|אלף)(?!\w)")


def _borrowed_scale(ctx: _Context, a: Atom) -> int | None:
    """'من 300 إلى 350 ألف': the first figure of a change borrows the thousands of the second."""
    m = _TO_THOUSANDS_AFTER.match(ctx.text[a.end : a.end + 25])
    if a.low is None or m is None:
        return a.low
    return share_scale(a.low, int(m.group(1)) * 1000)


# "مسؤولان عسكريان", "مصدرين عسكريين": a dual adjective after a dual noun describes it, it counts no troops.
_DUAL_NOUN_BEFORE = re.compile(r"(?<!\w)\w{3,}(?:ان|ين)\s+\Z")


def _dual_nouns(ctx: _Context) -> list[_Count]:
    return [
        _Count(m.start("dual"), m.end("dual"), m.start("dual"), 2, 2, "exact", None, m.group("dual"))
        for m in ctx.g.dual.finditer(ctx.text)
        if not (
            ctx.lang == "ar"
            and m.group("dual").startswith(("عسكري", "العسكري"))
            and _DUAL_NOUN_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
        )
    ]


def _quotes_around(text: str, c: _Count) -> None:
    if c.start > 0 and c.end < len(text) and text[c.start - 1] in _OPEN and text[c.end] in _CLOSE:
        c.start -= 1
        c.end += 1


_CLAUSE_MARK = re.compile(r"[.!?؟،,]")


def _trailing_lower(ctx: _Context, c: _Count, noun_end: int) -> None:
    """'300 قتيل على الأقل', '34 على الأقل': the bare number is a lower bound."""
    if c.precision != "exact":
        return
    if ctx.lang == "ar":
        split = _SPLIT_BOUND.search(ctx.text, max(0, c.start - 50), c.start)
        if split and not _CLAUSE_MARK.search(split.group()):
            if split.group("low"):
                c.precision, c.high = "lower_bound", None
            else:
                c.precision, c.low = "upper_bound", None
            return
    if ctx.g.trailing.match(ctx.text, c.end) or (
        noun_end > c.end
        and (
            ctx.g.trailing.match(ctx.text, noun_end)
            or ((g := _GENTILIC_AFTER.match(ctx.text, noun_end)) and ctx.g.trailing.match(ctx.text, g.end()))
        )
    ):
        c.precision, c.high = "lower_bound", None


# "لن يقل عدد القوات المرسلة عن 1500", "لا يتجاوز عددهم حاليا 800": a bound split from its figure by the subject.
_SPLIT_BOUND = re.compile(
    fold_word(
        r"(?<!\w)[و]?(?:لن|لا|ولن|ولا)\s+(?:(?P<low>يقل|تقل)|يزيد|تزيد|يتجاوز|تتجاوز|يتعدى|تتعدى)"
        r"(?:\s+\S+){1,5}?\s+(?(low)عن|(?:عن|على)?)\s*\Z"
    )
)


# A gentilic adjective or the army named between the noun and a trailing qualifier: "400 عسكري إيراني على الأقل",
# "تسعة جنود في الجيش المصري على الأقل".
_GENTILIC_AFTER = re.compile(
    fold_word(r"(?:\s+(?:في|من)\s+(?:ال)?(?:جيش|قوات)(?:\s+ال\w+)?|\s+\w+(?:يا|ية|يين|يون|ي|ים|ית))(?!\w)")
)


# Every pattern of this module behind a look for the literals it must consume (guard.py): same answers, faster.
guard_patterns(globals())
