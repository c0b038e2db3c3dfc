"""Where the troops of an Arabic or Hebrew count are: the place named around them or in the sentences near."""

from __future__ import annotations

import re

from news_etl.extract.guard import guard_patterns
from news_etl.extract.semitic_context import _Context, _Count, _Head
from news_etl.extract.semitic_owners import _coordinated, _marked
from news_etl.extract.semitic_places import NOWHERE, SemiticPlace
from news_etl.extract.semitic_text import fold_word, semitic_places

# Reach of the places around a count, in characters.
PLACE_REACH = 150
NEAR_PLACE = 40  # a force's size is placed only by a place right after its noun: داخل قطاع غزة
_TOWARDS = re.compile(r"(?:(?<!\w)(?:الي|الى|نحو|אל)\s+|(?<![^\W\d])ל)ה?\Z")


LOOK_BACK = 3


# "הצטרפו לצבא שחרור סוריה, שבסיסו בטורקיה", "وانضموا إلى الجيش الحر ومقره في تركيا": the seat of the body named
# before, not where the troops counted are.
_SEAT_OF = re.compile(
    fold_word(
        r"(?<!\w)ש(?:בסיס|מרכז|מטה|מפקדת|מושב)(?:ו|ה|ם|ן|יו|יה)?\s+ב?\Z"
        r"|(?<!\w)و?(?:مقر|مقرات)(?:ه|ها|هم)\s+(?:في\s+|ب)\Z"
    )
)


def _seat_of(ctx: _Context, p: SemiticPlace) -> bool:
    return _SEAT_OF.search(ctx.text, max(0, p.start - 16), p.start) is not None


def _location_before(ctx: _Context, index: int, leaving: bool) -> str | None:
    """The place the sentence before names (where the troops it talks about are), if the sentence names none."""
    # Up to LOOK_BACK sentences back, the first that names a place: the setting of the passage.
    for back in range(index - 1, max(-1, index - 1 - LOOK_BACK), -1):
        # a target fired at ("רקטות לעבר אשקלון") is no setting of the troops counted after it
        places = [
            p
            for p in ctx.places(back)
            if p.can_locate and not _fired_at_or_taken_to(ctx.text, p.start) and not _seat_of(ctx, p)
        ]
        if places:
            marked = [p for p in places if _marked(p, leaving) and not _coordinated(places, p)]
            # "300 נחתו בגרמניה ועשרות נחתו בפולין": troops set in two countries give no one setting (a home town,
            # "בן 21 מאופקים", is no setting)
            if len({p.code for p in marked if not _left_region(ctx, p, leaving)} - {NOWHERE}) > 1:
                return None
            return marked[-1].code if marked else None
    return None


def _location_next(ctx: _Context, index: int, leaving: bool) -> str | None:
    """'قتل 150 مسلحا ... وكانت العناصر متواجدة في معسكر ... وسط الصومال': the place the next sentence gives them."""
    if index + 1 >= len(ctx.sentences.spans):
        return None
    s, e = ctx.sentences.spans[index + 1]
    if any(s <= start < e for start in ctx.count_starts):
        return None  # the next sentence counts troops of its own, and its place is theirs
    places = ctx.places(index + 1)
    marked = [p for p in places if _marked(p, leaving) and not _coordinated(places, p)]
    return marked[0].code if marked else None


def _aside(ctx: _Context, p: SemiticPlace, c: _Count) -> bool:
    """A place inside parentheses the count is not in: "(المحظور في روسيا)", "(רוסיים ממלחמת האזרחים בסוריה)"."""
    _, s, e = ctx.sentence_of(p.start)
    opening = ctx.text.rfind("(", s, p.start)
    if opening < 0 or ctx.text.rfind(")", s, p.start) > opening:
        return False
    closing = ctx.text.find(")", p.end, e)
    return not opening < c.start < (closing if closing >= 0 else e)


# "חיסלו 40 מחבלים ב-30 כפרים בדרום לבנון", "450 לוחמים ב-16 מעוזים לאורך התעלה": a figure of villages, towns
# or posts is where the troops were, not other troops.
_PLACES_COUNTED = re.compile(
    r"\s+(?:כפרים|יישובים|ישובים|ערים|עיירות|מוקדים|אתרים|מחנות|מעוזים|מוצבים|בסיסים|עמדות)(?!\w)"
)


# "ירי לעבר שדרות", "إطلاق صواريخ باتجاه إسرائيل": the place fired at, not where the troops are.
_FIRED_AT = re.compile(
    fold_word(
        r"(?<!\w)(?:ו?ש?(?:ירי|ירו|יורים|שיגור|שיגורים|שיגרו|שוגרו|רקטות|טילים|פגזים)"
        r"|[وب]?(?:إطلاق|اطلاق|قصف|صواريخ|قذائف))\s+(?:\S+\s+){0,2}?(?:לעבר|אל\s+עבר|باتجاه)\s+\Z"
    )
)


# "פונו לחדר המיון במרכז הרפואי זיו בצפת": where the wounded were taken, not where the troops were (Hebrew news:
# a hospital at home; an Arabic "نقل ... إلى مستشفى في ألمانيا" moves them abroad, which is a place).
_TAKEN_TO = re.compile(
    fold_word(
        r"(?<!\w)ו?(?:פונו|פונה|הועברו|הובאו|הוטסו)\s+(?:\S+\s+){0,6}?"
        r"\S*(?:בית\s+(?:ה)?חולים|בתי\s+(?:ה)?חולים|מרכז\s+(?:ה)?רפואי|המרכז\s+הרפואי|חדר\s+(?:ה)?מיון)"
        r"\s+(?:\S+\s+){0,3}?\S{0,2}\Z"
    )
)


# "עצרו 100 מחבלים ... להמשך חקירה בישראל", "נלקחו לחקירת שב"כ בשטח ישראל": where the captured are questioned,
# not where they were caught.
_QUESTIONED_IN = re.compile(
    r"(?<!\w)(?:ל|להמשך\s+)(?:חקירה|חקירת|תחקור|תחקיר)(?!\w)\s+(?:\S+\s+){0,3}?\S{0,2}\Z"
)
_QUESTIONED_WORDS = ("חקיר", "תחקור", "תחקיר")


_FIRED_AT_WORDS = ("לעבר", "باتجاه")
_TAKEN_TO_WORDS = ("פונ", "הועברו", "הובאו", "הוטסו")


def _fired_at_or_taken_to(text: str, start: int) -> bool:
    # a substring test first: the patterns end at the place and are slow to try at every offset
    near = text[max(0, start - 60) : start]
    if any(w in near for w in _FIRED_AT_WORDS) and _FIRED_AT.search(text, max(0, start - 40), start):
        return True
    if any(w in near for w in _QUESTIONED_WORDS) and _QUESTIONED_IN.search(text, max(0, start - 40), start):
        return True
    return (
        any(w in near for w in _TAKEN_TO_WORDS)
        and _TAKEN_TO.search(text, max(0, start - 60), start) is not None
    )


# A verb of sending right before a place that the figure follows: the place is where the troops go.
_SENT_TO = re.compile(
    fold_word(
        r"(?<!\w)(?:ו?(?:שלח\w*|לשלוח|ישלח\w*|תשלח|נשלח\w*|שולח\w*|פרס\w*|לפרוס|יפרוס|תפרוס|הציב\w*|להציב)"
        r"|[وف]?(?:أرسل\w*|ارسل\w*|[يت]رسل|س[يت]رسل|إرسال|ارسال|نشر\w*|[يت]نشر))\s+(?:\S+\s+){0,2}?(?:[לב]|אל\s+|[لب]|إلى\s+|الى\s+)?\Z"
    )
)


# "242 חיילים שבו ממצרים", "ו־65 חזרו מסוריה": troops (or prisoners of war) who came back from a country were
# there; the place they left is theirs whatever the type of the count.
_CAME_BACK_FROM = re.compile(
    r"(?<!\w)ו?ש?(?:שבו|חזרו|הוחזרו|יוחזרו|ישובו|יחזרו|ששבו|שחזרו)\s+(?:(?:היום|אתמול|הלילה|הבוקר|אמש)\s+)?מה?\Z"
)


# "בישראל משרתים כיום", "בלבנון נמצאים": a place, a verb of serving or of presence, then the figure.
_SERVE_BETWEEN = re.compile(
    r"\s+(?:משרתים|משרתות|נמצאים|נמצאות|פרוסים|מוצבים|שוהים)\s+(?:(?:כיום|היום|כעת|עתה|עדיין)\s+)?"
    r"(?:(?:כ|מעל\s+ל|יותר\s+מ|למעלה\s+מ|לפחות|עוד)[-־]?\s*)?\Z"
)


def _served_at(ctx: _Context, p: SemiticPlace, c: _Count) -> bool:
    if ctx.lang != "he" or not 0 < c.start - p.end <= 40:
        return False
    return _SERVE_BETWEEN.match(ctx.text[p.end : c.start]) is not None


_BACK_TO = re.compile(r"(?<!\w)ו?(?:שבו|חזרו|הוחזרו|יוחזרו|ישובו|יחזרו)\s+ל\Z")


def _returned_from(ctx: _Context, p: SemiticPlace) -> bool:
    if ctx.lang != "he" or not p.departure or not p.can_locate or p.kind not in ("name", "region"):
        return False
    # the place starts after its prefix letters ("ממצרים"): the verb ends right before them
    return _CAME_BACK_FROM.search(ctx.text, max(0, p.start - 25), p.start) is not None


# "2 חיילים נהרגו וכ-20 נפצעו היום באפגניסטן": the killed and the wounded of one clause share its place; the
# figure joined by "ו" has no noun of its own, only a verb of harm.
_AND_BEFORE = re.compile(r"(?<!\w)ו[-־]?(?:כ[-־]?|עוד\s+)?\Z")
_HURT_VERB_AFTER = re.compile(r"\s+(?:נוספים\s+)?(?:נפצעו|נהרגו|נפלו|נפגעו|נשבו|חוסלו)(?!\w)")


def _also_hurt(ctx: _Context, a: int, b: int) -> bool:
    return (
        ctx.lang == "he"
        and _AND_BEFORE.search(ctx.text, max(0, a - 6), a) is not None
        and _HURT_VERB_AFTER.match(ctx.text, b) is not None
    )


def _left_region(ctx: _Context, p: SemiticPlace, leaving: bool) -> bool:
    """'למנוע יציאה של מחבלים מהרצועה', 'בן 19 מרעננה': a town or region after the prefix מ is where someone
    comes from, not where troops that are not leaving are (troops who came back from it were there)."""
    return (
        ctx.lang == "he" and p.kind == "region" and p.departure and not leaving and not _returned_from(ctx, p)
    )


# "צבא דרום לבנון:\n• 5,000 חיילים", "...\nישראל: 172 הרוגים": a table or list label with its colon names whose the
# figures are, not where the troops are (a headline's "איראן: ..." at the very start is a dateline, a place).
_LABEL_END = re.compile(r"[^\n:.,;!?]{0,30}?:[ \t]*(?P<rest>\n)?")


def _label(ctx: _Context, p: SemiticPlace, c: _Count) -> bool:
    m = _LABEL_END.match(ctx.text, p.end)
    if m is None or c.start < m.end():
        return False
    line = ctx.text.rfind("\n", 0, p.start) + 1
    if p.start - line > 30 or ":" in ctx.text[line : p.start]:
        return False
    if m.group("rest"):
        return True  # a heading over the lines that follow
    if "\n" in ctx.text[m.end() : c.start]:
        return False
    # at the very start a country and its colon is a dateline, unless a toll of several figures follows it
    return line > 0 or _TOLL_LIST.match(ctx.text, m.end()) is not None


# "ירדן: 700 הרוגים, 6,000 פצועים", "الأردن: 700 قتيل، 6000 جريح": a list of tolls after the country, no sentence.
_TOLL_LIST = re.compile(
    fold_word(
        r"\d[\d,.]*\s+(?:הרוגים|פצועים|שבויים|נעדרים|חללים|قتيلا|قتيل|قتلى|جريحا|جريح|جرحى|أسيرا|أسير|أسرى|مفقودا|مفقود)"
        r"(?!\w)[^\n.!?]{0,40}?[,،]\s*\d"
    )
)


# "המרכז יאויש בכ-200 חיילים, כאשר לא יוצבו חיילים אמריקנים בעזה", "ولن ترسل قوات إلى أوكرانيا": a place where
# troops will not go, said after the figure, is not where the figure's troops are.
_NOT_SENT = re.compile(
    fold_word(
        r"(?<!\w)(?:ו?ש?לא|ולא|[وف]?(?:لن|لا|لم))\s+(?:(?:עוד|יותר|عد\S*)\s+)?"
        r"(?:יוצבו|יוצב|יישלחו|ישלחו|יישלח|ישלח|תשלח|ייכנסו|יכנסו|ייפרסו|יפרסו|יפרוס|תפרוס|יציב|תציב|נשלחו|הוצבו"
        r"|לשלוח|להציב|לפרוס|להכניס"
        r"|[يت]رسل|[يت]نشر|[يت]دخل|[يت]تمركز)\s+(?:\S+\s+){0,4}?\S{0,4}\Z"
    )
)


def _not_sent_to(ctx: _Context, p: SemiticPlace, c: _Count) -> bool:
    if p.start <= c.end:
        return False
    m = _NOT_SENT.search(ctx.text, max(c.end, p.start - 45), p.start)
    return m is not None


# "300 אלף אנשי מילואים, רבים מהם נשלחו לעזה", "כשחלקם יפעל בעזה": the place of a part of them, not of the whole
_PART_OF_THEM = re.compile(r"(?<!\w)(?:ו|כש|ש)?(?:מהם|מהן|מתוכם|מתוכן|חלקם|חלקן|רובם|רובן)(?!\w)")


def _locations(
    ctx: _Context, c: _Count, head: _Head, index: int, leaving: bool, hurt: bool = False
) -> tuple[str | None, str | None, str | None]:
    """The places of the count's sentence named after its phrase, before it, and right after its noun."""
    # troops hurt "in the war on Jenin" were there; troops sent or pulled out "because of the war in X" were not
    places = [
        p
        for p in ctx.places(index)
        if not _aside(ctx, p, c)
        and (hurt or not _war_named(ctx, p))
        and not _since_war(ctx, p)
        and not _fired_at_or_taken_to(ctx.text, p.start)
        and not _label(ctx, p, c)
        and not _not_sent_to(ctx, p, c)
        and not _seat_of(ctx, p)
    ]
    joined = places  # a region left still joins the places named with it ("מחיפה ומהר חברון")
    places = [p for p in places if not _left_region(ctx, p, leaving)]
    after = None
    for p in places:
        if head.noun_end <= p.start < head.noun_end + PLACE_REACH and (
            _marked(p, leaving) or _returned_from(ctx, p)
        ):
            if p.code == NOWHERE and not _TOWARDS.search(ctx.text, max(0, p.start - 6), p.start):
                continue  # "في الشرق الأوسط ... في لبنان": a region in no country only blocks as the destination
            # a place right after another figure belongs to that figure ("14 ألفا في أفغانستان"); a date or ordinal
            # ("ביום ה-23 ללחימה בעזה") is no figure of anything
            if not any(
                head.noun_end <= a < p.start
                and b > p.start - 25
                and not _PLACES_COUNTED.match(ctx.text, b)
                and not _also_hurt(ctx, a, b)
                for a, b in ctx.figures
            ) and not _next_clause_figure(ctx, p):
                after = p
            break
    before = [p for p in places if p.end <= c.start and _marked(p, leaving)]
    # "לשלוח לירדן 100 אנשי צבא ... לגבול סוריה": sent to the place right before the figure
    if (
        before
        and not ctx.text[before[-1].end : c.start].strip()
        and _SENT_TO.search(ctx.text, max(0, before[-1].start - 45), before[-1].start)
    ):
        after = before[-1]
    # "שבו לאוקראינה 45 חיילים": the country troops came back to, when the sentence names no other place of theirs
    # ("הוחזרו לישראל 12 שבויים שנלקחו בחזית סוריה" were on the Syrian front)
    if (
        after is None
        and before
        and ctx.lang == "he"
        and not ctx.text[before[-1].end : c.start].strip()
        and _BACK_TO.search(ctx.text, max(0, before[-1].start - 25), before[-1].start)
    ):
        after = before[-1]
    near = (
        after
        if after is not None
        and after.start - head.noun_end <= NEAR_PLACE
        and not (ctx.lang == "he" and _PART_OF_THEM.search(ctx.text, head.noun_end, after.start))
        and not (ctx.lang == "he" and _HE_WAR_ON.search(ctx.text, max(0, after.start - 12), after.start))
        else None
    )
    if near is None and before and _served_at(ctx, before[-1], c):
        near = before[-1]  # "בישראל משרתים כיום מעל ל-7,000 חיילים": the place they serve in, told first
    found = (after, before[-1] if before else None, near)
    return tuple(None if p is None or _coordinated(joined, p, ctx.text) else p.code for p in found)  # type: ignore[return-value]


# "גויסו במסגרת הלחימה בלבנון": the place names the war the troops serve in, it does not place them.
_HE_WAR_ON = re.compile(r"(?<!\w)ה?(?:לחימה|מלחמה)\s+ב?\Z")


# ", ובסוריה כ-900", "، وفي سوريا 900": a place opening the next clause, its own figure right after it.
_NEXT_CLAUSE_OPENS = re.compile(r"[،,]\s*(?:ו|و)(?:ב|ל|في\s+|ب|ل)?\Z")
_FIGURE_RIGHT_AFTER = re.compile(r"\s+(?:כ-?|نحو\s+|حوالي\s+)?\d")


def _next_clause_figure(ctx: _Context, p: SemiticPlace) -> bool:
    """The place belongs to the figure of the clause it opens, not to the count before it."""
    return bool(
        _NEXT_CLAUSE_OPENS.search(ctx.text, max(0, p.start - 8), p.start)
        and _FIGURE_RIGHT_AFTER.match(ctx.text, p.end)
    )


# "بسبب الحرب في أوكرانيا", "منذ بدء الحرب على غزة": the place names a war, not where these troops are.
_WAR_ON = re.compile(
    fold_word(r"(?<!\w)[وبل]?(?:ال)?(?:حرب|صراع|نزاع|ازمة|أزمة|عدوان|غزو)\s+(?:(?:في|على|ضد)\s+)?\Z")
)


def _war_named(ctx: _Context, p: SemiticPlace) -> bool:
    return ctx.lang == "ar" and _WAR_ON.search(ctx.text, max(0, p.start - 25), p.start) is not None


# "منذ بداية الحرب في قطاع غزة", "ومنذ هجوم حماس في إسرائيل": a place that dates the count, not where troops are.
_SINCE_WAR = re.compile(
    fold_word(
        r"(?<!\w)[و]?منذ\s+(?:(?:بدء|بداية|اندلاع)\s+)?(?:ال)?(?:حرب|هجوم|هجمات|عدوان|غزو|صراع|نزاع)"
        r"\s+(?:\S+\s+)?(?:في|على|ضد)\s+\Z"
    )
)


def _since_war(ctx: _Context, p: SemiticPlace) -> bool:
    return ctx.lang == "ar" and _SINCE_WAR.search(ctx.text, max(0, p.start - 45), p.start) is not None


# Words of presence before the figure: "يتواجد في سوريا", "بها الآن", "פרוסים בלבנון", "נמצאים ברצועה".
_PRESENCE_BEFORE = re.compile(
    fold_word(
        r"(?<!\w)(?:[و]?(?:يتواجد\w*|تتواجد\w*|متواجد\w*|يوجد|توجد|موجود\w*|ينتشر\w*|تنتشر\w*|منتشر\w*|بها|به)"
        r"|ו?(?:נמצאים|פרוסים|שוהים|פועלים))(?!\w)"
    )
)


def _settled(
    ctx: _Context,
    c: _Count,
    index: int,
    actor: str | None,
    mention_type: str,
    location: str | None,
    placed: str | None,
) -> tuple[str, str | None]:
    """A group's fighters present at home are its strength; troops killed on the way have no destination."""
    home = _home_presence(ctx, c, actor, mention_type, placed)
    if home:
        return "force_size", home
    if mention_type == "casualties" and location and _en_route(ctx, index, location):
        return (
            mention_type,
            None,
        )  # "בדרכם לפעילות בלבנון ... נהרגו": killed on the way, not where they were going
    return mention_type, location


def _home_presence(
    ctx: _Context, c: _Count, actor: str | None, mention_type: str, place: str | None
) -> str | None:
    """The home country of an armed group whose fighters the sentence says are present there, else None."""
    homes = semitic_places()["group_homes"].get(actor or "") or []
    if mention_type not in ("deployment", "force_size"):
        return None
    index, s, _ = ctx.sentence_of(c.start)
    presence = _PRESENCE_BEFORE.search(ctx.text, max(s, c.start - 40), c.start)
    if presence is None:
        return None
    if place in homes:
        return place
    # "أن سوريا وحدها بها الآن 14 ألف داعشي": the home named right before the word of presence
    named = [p.code for p in ctx.places(index) if p.code in homes and 0 <= presence.start() - p.end <= 12]
    return named[-1] if named else None


# "שעשו דרכם ללבנון", "בדרכם לפעילות מבצעית בלבנון", "في طريقهم إلى": a destination not yet reached.
_EN_ROUTE = re.compile(
    fold_word(
        r"(?<!\w)(?:ש?עש(?:ו|ה|תה)\s+(?:את\s+)?דרכ(?:ם|ו|ה|ן)|בדרכ(?:ם|ו|ה|ן)|בדרך|في\s+طريق\w*)\s+(?:\S+\s+){0,3}\S{0,4}\Z"
    )
)


def _en_route(ctx: _Context, index: int, code: str) -> bool:
    _, s, _ = ctx.sentence_of(ctx.sentences.spans[index][0])
    places = [p for p in ctx.places(index) if p.code == code]
    return bool(places) and all(_EN_ROUTE.search(ctx.text, max(s, p.start - 50), p.start) for p in places)


# Every pattern of this module behind a look for the literals it must consume (guard.py): same answers, faster.
guard_patterns(globals())
