"""The cue words around an Arabic or Hebrew count and the mention type they give it."""

from __future__ import annotations

import re

from news_etl.extract.guard import guard_patterns
from news_etl.extract.semitic_context import _TYPE_PRIORITY, _Context, _Count, _state
from news_etl.extract.semitic_text import fold_word

# A cue of a relative clause counts as this much farther than its distance: the main verb decides first.
RELATIVE_PENALTY = 60
# Reach of the cue words around a count, in characters.
CUE_REACH = 110


def _plural_past(text: str, end: int) -> bool:
    """A verb in the plural past ("חוסלו", "قتلوا"), not a noun ("الإصابات")."""
    return text[end - 1 : end] == "ו" or text[max(0, end - 2) : end] == "وا"


# Words that open a clause about an earlier time ("بعد أن وصل عددهم إلى 4000"): its verb is no news of the count.
_EARLIER_CLAUSE = re.compile(fold_word(r"(?<!\w)(?:بعد\s+أن|بعدما|منذ\s+أن|قبل\s+أن)\s+(?:\S+\s+){0,1}\Z"))
# The strength or presence that a verb acts on ("خفض عديد", "ستخفض وجود", "تقليص حجم"): part of the verb's phrase.
_STRENGTH_NOUN = re.compile(fold_word(r"[وبل]?(?:ال)?(?:وجود|عديد|عدد|حجم|قوام\w*|تعداد\w*)"))
# Presence of an armed group's fighters is its strength at home ("وجود 70 ألف مسلح من الحركة"), not a deployment.
_PRESENCE_NOUN = re.compile(fold_word(r"[وبل]?وجود"))
# "من أصل 30 ألف مقاتل قد قتلوا": the whole that a part is counted out of; the event is the part's.
_OUT_OF_BEFORE = re.compile(fold_word(r"(?<!\w)من\s+(?:أصل|إجمالي|مجموع)\s+\Z"))
# A purpose after the noun ("استدعى 7000 جندي لتعزيز القوات") says why, the verb before says what happened.
PURPOSE_PENALTY = 10
# Active verbs of killing, wounding or capture: the troops before them did it.
_THEM_AFTER = re.compile(r"\s+אות(?:ם|ן)(?!\w)")  # "שני מחבלים ... וחיסל אותם": the figure is the object
_ACTIVE_HARM = re.compile(r"ו?(?:הרגו|הרג|הרגה|חיסלו|חיסל|חיסלה|פצעו|פצע|פצעה|חטפו|חטף|חטפה)")


def _cues(ctx: _Context, c: _Count, noun_end: int, fighters: bool = False) -> list[tuple[int, str]]:
    """(distance to the count phrase, type) of every cue word within CUE_REACH."""
    out = []
    total = ctx.lang == "ar" and _OUT_OF_BEFORE.search(ctx.text, max(0, c.start - 20), c.start) is not None
    near: list[tuple[int, str, bool, bool]] = []
    evacuations: list[tuple[int, str, bool, bool]] = []  # "إجلاء 17 جنديا ... بعد إصابتهم": the wounded moved
    starts: list[tuple[int, int, str]] = []
    for start, end, kind, relative in ctx.cues(ctx.sentences.index_of(c.start)):
        outside = start < c.start - CUE_REACH or end > noun_end + CUE_REACH
        if outside or (start < noun_end and end > c.start):
            continue  # too far, or a word of the count phrase itself
        after = start >= noun_end
        if _cue_not_this_counts(ctx, c, start, end, kind, noun_end, fighters, total):
            continue
        if after and kind == "casualties" and _harm_done(ctx, start, end, noun_end):
            kind = "deployment"  # "5,000 חיילים הרגו ...": troops in the fight who killed, not the killed
        cue = (c.start - end if end <= c.start else start - noun_end, kind, after, relative and after)
        near.append(cue)
        starts.append((start, end, kind))
        if ctx.g.evacuation.search(ctx.text, start, end):
            evacuations.append(cue)
    # A relative clause after the noun yields to the main verb that follows it ("חיילים שנשלחו לסוריה נהרגו").
    if any(kind == "casualties" for _, kind, _, _ in near):
        near = [cue for cue in near if not (cue[1] == "withdrawal" and cue in evacuations)]
    # Troops that moved and were killed ("חמישה מחבלים יצאו מן המנהרה ... וחוסלו"): the killing is the news, unless
    # another figure comes first (the killed are then others).
    killed = [
        start
        for start, end, kind in starts
        if kind == "casualties" and start >= noun_end and _plural_past(ctx.text, end)
    ]
    if killed and not any(noun_end <= other < killed[0] for other in ctx.count_starts):
        near = [cue for cue in near if not (cue[2] and cue[1] in ("withdrawal", "deployment"))]
    # a verb after a later figure is that figure's ("... 17 מחבלים יצאו"): no main verb of this count's sentence
    others = {
        start - noun_end
        for start, _, _ in starts
        if ctx.lang == "he" and start >= noun_end and _later_figures_verb(ctx, start, noun_end)
    }
    main_verbs = {kind for d, kind, after, relative in near if after and not relative and d not in others}
    # "تقليص عدد قواتها المنتشرة في سوريا من 2000": a participle with the article describes where the troops are;
    # the verb of the sentence says what happens to them.
    described = {d for d, kind, _, _ in near if kind == "deployment" and _adjectival(ctx, starts, c, d)}
    # "سحب قواته البالغ قوامها 2000": the strength describes the troops the verb moves.
    described |= {
        c.start - end
        for start, end, kind in starts
        if kind == "force_size" and end <= c.start and ctx.text[start:end].lstrip("و").startswith("قوام")
    }
    if ctx.lang == "ar":
        described |= _not_its_news(ctx, c, noun_end, starts)
    kinds = {kind for _, kind, _, _ in near}
    purposes = _purposes(ctx, starts, noun_end)
    for distance, kind, after, relative in near:
        # a relative clause after the noun says what the troops did before: the main verb, or any other cue, wins
        yields = (relative and (main_verbs or kinds) - {kind}) or (distance in described and kinds - {kind})
        purpose = after and distance in purposes
        out.append(
            (distance + (RELATIVE_PENALTY if yields else 0) + (PURPOSE_PENALTY if purpose else 0), kind)
        )
    return out


def _cue_not_this_counts(
    ctx: _Context, c: _Count, start: int, end: int, kind: str, noun_end: int, fighters: bool, total: bool
) -> bool:
    """A cue near the count that tells nothing of what happened to these troops."""
    after = start >= noun_end
    if ctx.lang == "ar":
        return (
            (fighters and bool(_PRESENCE_NOUN.fullmatch(ctx.text, start, end)))
            # a verb right before the next figure is that figure's ("عددهم 30 ألف مقاتل، حيث قتل أكثر من 9 آلاف")
            or (after and _next_figures_verb(ctx, c, start, end, noun_end))
            or (total and kind in ("casualties", "withdrawal", "training"))
            # "ويدربون المقاتلين العراقيين": the troops' mission is to train others
            or (kind == "training" and bool(_TRAINING_OTHERS.match(ctx.text, start)))
        )
    if ctx.lang == "he":
        return (
            # "ארבעה חיילים שלא נפגעו": unhurt
            (kind == "casualties" and bool(_NOT_BEFORE.search(ctx.text, max(0, start - 5), start)))
            # "62,000 חיילים ומהם נפלו 1,500": what befell a part of them, not the whole
            or (after and bool(_PART_OF_THEM.match(ctx.text, noun_end, start)))
            or (kind == "casualties" and _fall_of_a_place(ctx, start, end))
            # "מתוך 25 אלף מחבלים – 5,000 חוסלו, 9,000 יצאו": what befell a later figure right before the verb is
            # that part's news, not the whole's (troops sent still tell where the whole went)
            or (after and kind != "deployment" and _later_figures_verb(ctx, start, noun_end))
        )
    return False


# "נפילת המשטר", "נפילת קאבול": the fall of a state, a regime or a city, not of troops.
_FALL_OF = re.compile(r"(?<!\w)[ובלמהש]{0,2}נפילת(?!\w)")
_FALLEN_THING = re.compile(r"\s+(?:ה?משטר|ברית|ה?עיר|ה?ממשלה|ה?מדינה|ה?בירה|ה?חומה|חומת|ה?מוצב|ה?מעוז)(?!\w)")


def _fall_of_a_place(ctx: _Context, start: int, end: int) -> bool:
    if not _FALL_OF.fullmatch(ctx.text, start, end):
        return False
    if _FALLEN_THING.match(ctx.text, end):
        return True
    index = ctx.sentences.index_of(start)
    return any(p.start in (end + 1, end + 2) and p.kind in ("name", "region") for p in ctx.places(index))


_PUNCTUATION = re.compile(r"[,.;:!?]")


def _harm_done(ctx: _Context, start: int, end: int, noun_end: int) -> bool:
    """An active verb of killing or wounding right after the noun: the troops did it ("5,000 חיילים הרגו")."""
    return (
        start - noun_end <= 25
        and not _PUNCTUATION.search(ctx.text[noun_end:start])  # "שני מחבלים, הכוחות ירו וחיסלו"
        and bool(_ACTIVE_HARM.fullmatch(ctx.text, start, end))
        and not _THEM_AFTER.match(ctx.text, end)
    )


def _next_figures_verb(ctx: _Context, c: _Count, start: int, end: int, noun_end: int) -> bool:
    """A cue after the noun that is the verb of the next figure: nearer to it, and no other cue in between."""
    nxt = min((a for a in ctx.count_starts if a > end), default=None)
    if nxt is None or nxt - end >= start - noun_end:
        return False
    return not any(end <= s2 < nxt for s2, _, _, _ in ctx.cues(ctx.sentences.index_of(c.start)))


# A later figure this close before a verb is its subject ("5,000 חוסלו").
_SUBJECT_GAP = 12


def _later_figures_verb(ctx: _Context, start: int, noun_end: int) -> bool:
    """A Hebrew verb after the noun that follows another figure of the sentence right before it."""
    return any(noun_end <= a and b <= start and start - b <= _SUBJECT_GAP for a, b in ctx.figures)


def _purposes(ctx: _Context, starts: list[tuple[int, int, str]], noun_end: int) -> set[int]:
    """Distances of Arabic cues after the noun that are a purpose ("لتعزيز", "للمشاركة", "لإرسال")."""
    if ctx.lang != "ar":
        return set()
    return {
        start - noun_end
        for start, _, _ in starts
        if start >= noun_end and ctx.text[start] == "ل" and ctx.text[start + 1 : start + 2] in "تانل"
    }


def _not_its_news(ctx: _Context, c: _Count, noun_end: int, starts: list[tuple[int, int, str]]) -> set[int]:
    """Distances of Arabic cues that say nothing of what happens to the count, though near it."""
    out = set()
    for start, end, kind in starts:
        d = c.start - end if end <= c.start else start - noun_end
        # the object of a verb right before it ("خفض عديد الجنود", "ستخفض وجود أفراد الجيش")
        strength = kind in ("deployment", "force_size") and _STRENGTH_NOUN.fullmatch(ctx.text, start, end)
        if strength and any(
            k != kind and 0 < start - e2 <= 2 and not ctx.text[e2:start].strip() for _, e2, k in starts
        ):
            out.add(d)
        if start < noun_end:
            continue
        # a participle with the article after the noun describes another noun ("نقل القوات المتبقية"); a cue of a
        # clause about an earlier time ("بعد أن وصل عددهم") is not news of the count
        article = ctx.text.startswith("ال", start + (1 if ctx.text[start] in "وفبل" else 0))
        if (kind == "deployment" and article) or _EARLIER_CLAUSE.search(ctx.text, max(0, start - 25), start):
            out.add(d)
    return out


_NOT_BEFORE = re.compile(r"(?<!\w)(?:ש|ו)?לא\s+\Z")
_PART_OF_THEM = re.compile(r"[\s,]+ו?(?:מהם|מהן|מתוכם|מתוכן|מביניהם)(?!\w)")  # right after the noun


def _adjectival(ctx: _Context, starts: list[tuple[int, int, str]], c: _Count, distance: int) -> bool:
    """An Arabic deployment participle with the article before the count ("المنتشرة", "المتمركزين")."""
    return ctx.lang == "ar" and any(
        kind == "deployment"
        and end <= c.start
        and c.start - end == distance
        and ctx.text.startswith("ال", start)
        for start, end, kind in starts
    )


def _type(
    cues: list[tuple[int, str]], casualty_noun: bool, actor: str | None, location: str | None, drill: bool
) -> str:
    if casualty_noun:
        return "casualties"  # "300 قتيل", "عشرات القتلى", "40 פצועים": the noun is the casualty
    abroad = _state(actor) and location is not None and actor != location
    best = min(cues, key=lambda cue: (cue[0], _TYPE_PRIORITY.index(cue[1])))[1] if cues else ""
    if drill and best in ("", "deployment", "force_size", "other"):
        return "training"  # troops sent or counted for an exercise named in the sentence (or the one before)
    if (best == "force_size" and abroad) or (best in ("", "force_size") and actor == "UN"):
        return (
            "deployment"  # the strength of a contingent abroad or of a UN mission (a UN force is always one)
        )
    if best:
        return best
    return "deployment" if abroad else "force_size"


OWN_CUE = 15  # a cue this close to an elliptical figure is its own ("و2 قتلوا"); farther ones belong to the count before


def _own_cue(cues: list[tuple[int, str]]) -> bool:
    return any(distance <= OWN_CUE for distance, _ in cues)


# "للمساعدة في محاربة داعش وتدريب القوات العراقية": training other forces is the purpose of a mission, not a drill.
_TRAINING_OTHERS = re.compile(
    fold_word(
        r"[وفل]{0,2}(?:(?:ال)?تدريب|[يت]?درب(?:ون|وا|ت)?|سيدرب\w*)\s+"
        r"(?:ال)?(?:قوات|جيش|جيوش|عناصر|مقاتلي|مقاتلين|جنود|وحدات|شرطة|أفراد)(?!\w)"
    )
)


def _drill(ctx: _Context, index: int) -> bool:
    """An exercise named in the sentence or the one before."""
    return any(
        kind == "training"
        and not _TRAINING_OTHERS.match(ctx.text, start)
        # "נותרו אלפי מחבלים, חלקם צעירים שאומנו": a Hebrew relative clause tells what some of them did before
        and not (relative and ctx.lang == "he")
        for i in {max(0, index - 1), index}
        for start, _, kind, relative in ctx.cues(i)
    )


# Every pattern of this module behind a look for the literals it must consume (guard.py): same answers, faster.
guard_patterns(globals())
