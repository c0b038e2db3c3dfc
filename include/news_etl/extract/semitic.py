"""Troop-count mentions in Arabic and Hebrew text: the same definition and output as assemble.py.

A rule grammar of its own, because the word order differs from en/de/fr: the demonym follows the noun
(جنود أمريكيين, חיילים אמריקאים), vague plurals stand in construct before it (عشرات الجنود, אלפי חיילים),
prefix letters are glued to numbers and names (بـ, لـ, ו-, ב-, כ-), duals are counts (جنديين = 2) and
"N of them" (ثلاثة منهم, 81 מהם) is a mention. Matching runs on folded text (semitic_text.fold); every span is
mapped back to the text as given. Word lists: data/lexicon_ar.yaml, lexicon_he.yaml, places_ar_he.yaml.

This module is the entry: it finds the counts of a text and assembles each into a mention. The rules live in
semitic_context.py (shared records and per-text context), semitic_counts.py (figures, ranges, qualifiers),
semitic_heads.py (what a figure counts), semitic_types.py (cue words and mention type), semitic_owners.py
(whose troops) and semitic_locations.py (where they are).
"""

from __future__ import annotations

import re

from news_etl.extract.guard import guard_patterns
from news_etl.extract.semitic_context import _Context, _Count, _grammar, _Head
from news_etl.extract.semitic_counts import _counts, _trailing_lower
from news_etl.extract.semitic_heads import (
    _CALL_UP_AFTER,
    _FOUGHT_IN_ARMY,
    _HOMELAND,
    _SERVE,
    _blocked,
    _head,
    _inside_previous,
    _own_country,
    _previous_near,
    _weekday,
    country_label,
)
from news_etl.extract.semitic_locations import _location_before, _location_next, _locations, _settled
from news_etl.extract.semitic_owners import _mention_actor, _own_demonym
from news_etl.extract.semitic_places import NOWHERE
from news_etl.extract.semitic_text import SemiticLanguage, fold_word
from news_etl.extract.semitic_types import _cues, _drill, _own_cue, _type
from news_etl.records import ATTRIBUTIONS, MENTION_TYPES, PRECISIONS, Mention, checked

# Written from the quotation mark on (the letter before it is looked at behind it), so that re skips to the next "
# at once instead of trying the lookbehind at every character.
_QUOTE_MARK = re.compile(r'"(?:(?<![\u05d0-\u05ea]")|(?![\u05d0-\u05ea]))')


def _quoted(ctx: _Context, start: int, end: int) -> bool:
    """Inside «...», “...” or "..." (a " between two Hebrew letters is gershayim, not a quotation mark)."""
    _, s, e = ctx.sentence_of(start)
    marks = [m.start() for m in _QUOTE_MARK.finditer(ctx.text[s:e])]
    inside = sum(1 for p in marks if s + p < start) % 2 == 1 and any(s + p >= end for p in marks)
    guillemets = ctx.text.rfind("«", s, start) > ctx.text.rfind("»", s, start)
    return inside or (guillemets and ctx.text.find("»", end, e) >= 0)


def _attribution(ctx: _Context, c: _Count, s: int, e: int) -> tuple[str, str | None]:
    if _quoted(ctx, c.start, c.end):
        attribution = "quoted"
    elif ctx.g.reported.search(ctx.text, s, e):
        attribution = "reported"
    else:
        return "stated", None
    m = ctx.g.source.search(ctx.text, s, e)
    return attribution, (m.group("name").strip() if m else None)


def _confidence(head: _Head, c: _Count, actor: str | None) -> float:
    score = {"noun": 0.85, "dual": 0.8, "anaphora": 0.6, "others": 0.6, "definite": 0.5, "bare": 0.55}
    value = score.get(head.rule, 0.55) - (0.1 if c.precision == "vague" else 0) - (0.15 if head.weak else 0)
    return round(max(0.05, value - (0.05 if actor is None else 0)), 2)


# "מתוך 2,569 חיילי צה\"ל שנהרגו": the whole is itself a toll
_FALLEN_AFTER = re.compile(r"\s+(?:ש|אשר\s+)?(?:נהרג|נפל|נפצע|חוסל|נשב|נעדר|נרצח)\w*")


def _whole_of_the_fallen(ctx: _Context, c: _Count, head: _Head, s: int, previous: list[Mention]) -> bool:
    return (
        bool(_WHOLE_BEFORE[ctx.lang].search(ctx.text, max(s, c.start - 12), c.start))
        and _previous_near(ctx, c, previous, 0) is not None
        and not _FALLEN_AFTER.match(ctx.text, head.noun_end)
    )


# A battalion, company or corps that numbers (or has serving in it) the figure.
_UNIT_STRENGTH = re.compile(
    r'(?<!\w)[הב]?(?:גדוד|פלוגה|פלוגת|פלגה|יחידה|יחידת|מחלקה|נח"ל)(?!\w)[^.!?]{0,45}?'
    r"(?<!\w)(?:מונה|מנה|מנתה|מונים|משרתים|משרתות|שירתו)(?!\w)[^.!?]{0,12}\Z"
)
_UNIT_OF = re.compile(r"(?<!\w)[הב]?(?:גדוד|פלוגה|מחלקה|סוללה)(?!\w)(?:\s+[^\s,.:;!?]+){0,2}\s+של\s*\Z")
_RELEASE_BEFORE = re.compile(r"(?<!\w)[ו]?(?:לשחרר|שחרר\w*|שחרור\w*|ישחררו|תשחרר)(?!\w)[^.!?]{0,12}\Z")
_CAPTIVE = re.compile(r"(?<!\w)[ושה]{0,2}(?:בשבי|שבוי\w*|נשבו|שנשבו|ששבו(?!\s+[מל]\S)|כלואים)(?!\w)")


def _released_captives(ctx: _Context, c: _Count, s: int, e: int) -> bool:
    """Troops set free ('לשחרר ... חיילים') in a sentence that says they were held captive."""
    if ctx.lang != "he" or not _RELEASE_BEFORE.search(ctx.text, max(s, c.start - 30), c.start):
        return False
    return bool(_CAPTIVE.search(ctx.text, s, e))


# "60 אלף צווי המילואים נכנסו לתוקף": call-up orders count reservists called up, whatever the verb.
_CALL_UP_ORDERS = frozenset({"צווי מילואים", "צווי המילואים"})
_GOING_HOME = re.compile(r"(?<!\w)(?:למולדת\w*|לארצ(?:ם|ן|ו|ה)|לבתיהם)(?!\w)")
_GRADUATES = frozenset({"בוגרים", "בוגרות", "בוגרים ובוגרות", "צוערים", "חניכים", "טירונים", "טייסים"})
_WHOLE_BEFORE = {"he": re.compile(r"(?<!\w)(?:מתוך|מבין)\s+\Z"), "ar": re.compile(r"(?!)")}


# "2000 جندي كوري شمالي مصاب": wounded troops, whatever moves them.
_HURT_AFTER = re.compile(
    fold_word(r"(?:\s+(?!و)\w+){0,2}?\s+(?:ال)?(?:مصاب|مصابا|مصابين|مصابون|جريح|جريحا|جرحى)(?!\w)")
)


def _mention(ctx: _Context, c: _Count, previous: list[Mention]) -> Mention | None:
    head = _head(ctx, c, previous)
    if head is None:
        return None
    if head.extend_to:
        c.end = head.extend_to
    _trailing_lower(ctx, c, head.noun_end)
    index, s, e = ctx.sentence_of(c.start)
    cues = _cues(ctx, c, head.noun_end, bool(head.noun and ctx.g.fighters.fullmatch(head.noun)))
    # Troops sent home ("חיילים מנפאל חזרו לארצם"): the country they come from owns them, it is no place left.
    leaving = any(kind == "withdrawal" for _, kind in cues) and not (
        ctx.lang == "he" and _GOING_HOME.search(ctx.text, s, e)
    )
    # "תימן: אלפי חיילים סודנים": a demonym right after the noun owns the troops, not the line's heading country
    label = None if _own_demonym(ctx, head, index) else country_label(ctx, c)
    actor = label or _mention_actor(ctx, c, head, index, leaving, previous)
    casualty_noun = head.noun in ctx.g.casualty_nouns or (
        ctx.lang == "ar" and _HURT_AFTER.match(ctx.text, head.noun_end) is not None
    )
    hurt = casualty_noun or any(kind == "casualties" for _, kind in cues)
    after, before, near = _locations(ctx, c, head, index, leaving, hurt)
    mention_type = _type(cues, casualty_noun, actor, near or before, _drill(ctx, index))
    # A call-up before the figure ("باستدعاء نحو 40 ألف جندي ... لاحتلال مدينة غزة") or call-up orders after its noun
    # ("מאות אלפי ישראלים צווי 8 ויצאו לקרבות"): reserves called up, wherever they go.
    call = ctx.g.conscription.search(ctx.text, max(s, c.start - 25), c.start)
    called_up = (
        call
        and mention_type == "deployment"
        and actor != "UN"  # "בכוח יוניפי\"ל משרתים": peacekeepers serve in a mission, nobody calls them up
        and not _SERVE.fullmatch(call.group().strip())  # "משרתים בסוריה כ-900 חיילים אמריקנים": serving there
    )
    if called_up or (
        mention_type in ("deployment", "withdrawal")
        and (_CALL_UP_AFTER.match(ctx.text, head.noun_end) or head.noun in _CALL_UP_ORDERS)
    ):
        mention_type = "force_size"
    if mention_type in ("deployment", "force_size", "other") and ctx.g.ceremony.search(ctx.text, s, e):
        # graduates, cadets or new pilots at their ceremony finish a training; anyone else marches in a parade
        mention_type = (
            "training" if head.noun in _GRADUATES else "other"
        )  # "احتشد الآلاف ... في ميدان السبعين لتخليد الذكرى": a rally, not a deployment
    if (
        mention_type == "deployment"
        and not (near or before or after)
        and _FOUGHT_IN_ARMY.search(ctx.text, s, e)
    ):
        mention_type = (
            "force_size"  # "בצבא הבריטי לחמו כ-62,000 יהודים": the men an army had, nowhere in particular
        )
    if (
        mention_type == "force_size"
        and ctx.lang == "he"
        and (
            _UNIT_STRENGTH.search(ctx.text, max(s, c.start - 70), c.start)
            or _UNIT_OF.search(ctx.text, max(s, c.start - 40), c.start)
        )
    ):
        mention_type = (
            "other"  # "גדוד נצח יהודה מונה מעל ל-500 חיילים": the strength of a unit, not of an army
        )
    if mention_type == "withdrawal" and _released_captives(ctx, c, s, e):
        mention_type = "casualties"  # "לשחרר עשרות חיילים סורים ... ששבו": captured troops set free
    if mention_type == "casualties" and not casualty_noun and _whole_of_the_fallen(ctx, c, head, s, previous):
        mention_type = "deployment"  # "נהרגו 20 מתוך 300 החיילים": the whole force the fallen were part of
    mention_type = _inherited_type(ctx, c, head, cues, previous) or _aboard(ctx, index, mention_type)
    mention_type = _placed_before(ctx, c, index, bool(cues), mention_type)
    continued = _total_after_change(ctx, c, previous)
    # The size of a force has a place only when the passage places the force (right after its noun).
    location = (
        near
        if mention_type == "force_size"
        else after or before or _location_before(ctx, index, leaving) or _location_next(ctx, index, leaving)
    )
    if location == NOWHERE:
        # sent to the Middle East, a sea: no country; a region told before the figure ("הבסיס הגדול במזרח התיכון,
        # וכ-10,000 חיילים שוהים בו") leaves the country of the setting
        setting = None if after or mention_type == "force_size" else _location_before(ctx, index, leaving)
        location = None if setting == NOWHERE else setting
    if continued is not None and location is None:
        location = continued.location_country
    location = location or _where_the_whole_is(ctx, c, s, previous)
    mention_type, location = _settled(ctx, c, index, actor, mention_type, location, near or before)
    if (
        ctx.lang == "he"
        and actor is None
        and location is None
        and mention_type in ("casualties", "deployment")
        and not ctx.g.militant.fullmatch(head.noun)
        and _HOMELAND.search(ctx.text, s, e)
    ):
        actor = location = "ISR"  # "לוחמים נפצעו ... בצפון הארץ": Hebrew news, the country is Israel
    actor, location = _own_country(ctx, c, index, actor, location, mention_type, bool(call))
    attribution, source = _attribution(ctx, c, s, e)
    start, end = ctx.folded.span(c.start, c.end)
    s_start, s_end = ctx.folded.span(s, e)
    return Mention(
        count_text=ctx.original[start:end],
        char_start=start,
        char_end=end,
        troop_count_min=c.low,
        troop_count_max=c.high,
        count_precision=checked(c.precision, PRECISIONS),
        actor_code=actor,
        location_country=location,
        mention_type=checked(mention_type, MENTION_TYPES),
        attribution=checked(attribution, ATTRIBUTIONS),
        attribution_source=source,
        confidence=_confidence(head, c, actor),
        sentence=ctx.original[s_start:s_end],
        extra=_extra(head, c),
    )


_DEFINITE_NOUN = re.compile(r"\s+ה(?:חיילים|לוחמים|כוחות|חיילות|לוחמות)(?!\w)")


def _placed_before(ctx: _Context, c: _Count, index: int, cued: bool, mention_type: str) -> str:
    """A Hebrew count of "the" troops with no cue of its own ("מבני מגורים עבור אלפי החיילים"), after a sentence that
    sends or places troops ("השטח להצבת הכוחות"): the troops placed there, not the size of a force."""
    if (
        mention_type != "force_size"
        or cued
        or ctx.lang != "he"
        or index == 0
        or not _DEFINITE_NOUN.match(ctx.text, c.end)
    ):
        return mention_type
    placed = any(kind == "deployment" for _, _, kind, _ in ctx.cues(index - 1))
    return "deployment" if placed else mention_type


def _aboard(ctx: _Context, index: int, mention_type: str) -> str:
    """The men on board a warship named in this sentence or the one before are a force at sea, deployed ("על סיפון
    נושאת המטוסים משרתים כ-4,000 מלחים"), not the size of an army."""
    if mention_type != "force_size" or ctx.lang != "he":
        return mention_type
    first, e = ctx.sentences.spans[max(0, index - 1)][0], ctx.sentences.spans[index][1]
    return "deployment" if ctx.g.warship.search(ctx.text, first, e) else mention_type


def _inherited_type(
    ctx: _Context, c: _Count, head: _Head, cues: list[tuple[int, str]], previous: list[Mention]
) -> str | None:
    """The type of the count before, when this figure is part of it or what it brings the troops to."""
    if not previous:
        return None
    if not _own_cue(cues) and (head.rule == "ellipsis" or _inside_previous(ctx, c, previous[-1])):
        # "بينهم 10 قتلوا ...، و6 في قصف ...", "بلغت 254 ألف جندي، بينهم 530 خلال الـ24 ساعة": the same toll, split up
        return previous[-1].mention_type
    if ctx.lang == "he" and not _own_cue(cues) and _part_of_the_last(ctx, c, head, previous):
        # "שמונה לוחמים נפצעו ... מצבם של ארבעה מהם מוגדר קשה": a part of the troops just counted, as they were
        return previous[-1].mention_type
    # "ناشرا 1500 جندي إضافي ... ليصل العدد الإجمالي إلى 6 آلاف": the total after the change is the change's kind
    continued = _total_after_change(ctx, c, previous)
    if continued is None:
        return None
    if continued.mention_type == "deployment" and _HE_LOWERED_TO.search(
        ctx.text, max(0, c.start - 60), c.start
    ):
        return "withdrawal"  # "יקטן המספר ל-5,500": a presence lowered to this figure
    return continued.mention_type


# "ليصل العدد الإجمالي إلى", "لزيادة العدد إلى", "ليرتفع عددهم إلى": the total that a change brings the troops to.
_TOTAL_AFTER_CHANGE = re.compile(
    fold_word(
        r"(?<!\w)(?:ليصل|ليرتفع|ليبلغ|لينخفض|ليتراجع|ليصبح|لزيادة|زيادة|لرفع|رفع|لخفض)\s+(?:\S+\s+){0,2}(?:إلى|الى)\s+\Z"
    )
)


_PART_BEFORE = re.compile(r"(?<!\w)ו?(?:מתוכם|מתוכן|מהם|מהן|ביניהם|ובהם)\s+\Z")


def _part_of_the_last(ctx: _Context, c: _Count, head: _Head, previous: list[Mention]) -> bool:
    """'ארבעה מהם', 'מתוכם 3': a part of the last troop count, of this sentence or the one before."""
    part = head.rule == "anaphora" or bool(_PART_BEFORE.search(ctx.text, max(0, c.start - 12), c.start))
    return part and _previous_near(ctx, c, previous, 1) is previous[-1]


def _where_the_whole_is(ctx: _Context, c: _Count, s: int, previous: list[Mention]) -> str | None:
    """'7,000 חיילים בישראל, מתוכם 3,700 עולים': the part is where the whole it is part of is."""
    if ctx.lang != "he" or not previous or not _PART_BEFORE.search(ctx.text, max(s, c.start - 12), c.start):
        return None
    whole = _previous_near(ctx, c, previous, 0)
    return whole.location_country if whole is not None else None


# "כך יגדל מספרם בגזרה ל-", "יקטן המספר ל-": the total the change of the sentence
# before brings the troops to (Hebrew reports a change, then the total in a sentence of its own).
_HE_TOTAL_AFTER_CHANGE = re.compile(
    r"(?<!\w)(?:יעלה|תעלה|עלה|עלתה|יגיע|הגיע|ירד|יירד|יקטן|קטן|יצטמצם|הצטמצם|יגדל|גדל)\s+"
    r"(?:ה?מספר|מספרם|ה?היקף)\s+(?:\S+\s+){0,4}?ל[-־]?\Z"
)


_HE_LOWERED_TO = re.compile(r"(?<!\w)(?:ירד|יירד|יקטן|קטן|יצטמצם|הצטמצם)\s+(?:\S+\s+){1,5}?ל[-־]?\Z")


def _total_after_change(ctx: _Context, c: _Count, previous: list[Mention]) -> Mention | None:
    """The troop count whose change brings the troops to this figure, if any (of the same sentence; in Hebrew
    also of the sentence before)."""
    if not previous:
        return None
    if ctx.lang == "he":
        if not _HE_TOTAL_AFTER_CHANGE.search(ctx.text, max(0, c.start - 60), c.start):
            return None
        last = _previous_near(ctx, c, previous, 1)
    elif _TOTAL_AFTER_CHANGE.search(ctx.text, max(0, c.start - 45), c.start):
        last = _previous_near(ctx, c, previous, 0)
    else:
        return None
    if last is None or last.mention_type not in ("deployment", "withdrawal"):
        return None
    return last


_DIGIT = re.compile(r"\d")


def _extra(head: _Head, c: _Count) -> dict[str, object]:
    return {"rule": head.rule, "noun": head.noun, "folded_start": c.start, "folded_end": c.end}


def find_mentions(text: str, lang: SemiticLanguage) -> list[Mention]:
    """Every troop count of an Arabic or Hebrew text, in text order."""
    g = _grammar(lang)
    ctx = _Context(text, lang)
    # A figure or a number word, else no count. Asked apart: `\d` alone is a scan re skips along on the class.
    if not (_DIGIT.search(ctx.text) or g.candidate_words.search(ctx.text)):
        return []
    mentions: list[Mention] = []
    counts = [c for c in _counts(ctx) if not _weekday(ctx, c)]
    ctx.numbers = counts
    # Labels and units (البرج 22, גדוד 101) are no counts: a sentence with only those counts no troops of its own.
    counts = [c for c in counts if not _blocked(ctx, c)]
    ctx.count_starts = [c.start for c in counts]
    ctx.figures = [(c.start, c.end) for c in counts if c.atom is not None and not c.atom.spelled]
    for count in counts:
        mention = _mention(ctx, count, mentions)
        if mention is not None:
            mentions.append(mention)
    return mentions


__all__ = ["find_mentions"]


# Every pattern of this module behind a look for the literals it must consume (guard.py): same answers, faster.
guard_patterns(globals())
