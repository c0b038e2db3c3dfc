"""What an Arabic or Hebrew figure counts: its head noun, or the rules that let a bare figure stand for troops."""

from __future__ import annotations

import re

from news_etl.extract.guard import guard_patterns
from news_etl.extract.semitic_context import _Context, _Count, _Head, _state
from news_etl.extract.semitic_places import NOWHERE, place_forms
from news_etl.extract.semitic_text import fold_word, semitic_places
from news_etl.records import Mention

# A plural demonym as the head noun ("٣ امريكيين", "שלושה אמריקאים") in a sentence about troops or a base.
_DEMONYM_HEAD = {
    "ar": re.compile(r"\s*(?P<word>\w+(?:ين|يون))(?!\w)"),
    "he": re.compile(r"\s*(?P<word>\w+(?:ים))(?!\w)"),
}
# Demonyms that name civilians when they head a count: Palestinians in both languages, Israelis in Hebrew news.
_CIVILIAN_DEMONYMS = {"ar": ("PSE",), "he": ("PSE", "ISR")}
_DEMONYM_CONTEXT = {
    "ar": re.compile(
        fold_word(
            r"(?<!\w)[وبل]?(?:ال)?(?:قاعدة|جنود|جيش|عسكري(?:ين|ون)?|قوات|تجنيد|التجنيد|تعبئة|التعبئة|الاحتياط)(?!\w)"
        )
    ),
    "he": re.compile(
        r"(?<!\w)[ובלה]?(?:בסיס|צבא|חיילים|לוחמים|כוחות|צה\"ל|חזית|קרב|קרבות|צווי?|שבויים|גיוס\w*|גויי?ס\w*|התגייס\w*|מילואים)(?!\w)"
    ),
}
_DEFINITE_VAGUE_BEFORE = re.compile(r"(?:هؤلاء|ان|إن|أن)\s*\"?\s*\Z")
_WORD_AFTER = re.compile(r"\"?\s+(?!(?:من|في|الى|على|عن|بين|بينهم)(?!\w))[^\W\d]\w*")
# A plural verb right after a figure (past tense: נהרגו, قتلوا; future: ינחתו): the figure is its subject.
_PLURAL_VERB_AFTER = {
    "ar": re.compile(r"\s+(?:[يت]?\w{2,}(?:وا|ون))(?!\w)"),
    "he": re.compile(r"\s+(?:[יתנ]?\w{2,}ו)(?!\w)"),
}
_PAIR_BEFORE = re.compile(r"\d+\s?[-–]\s?\Z")
_JOINED_PAIR_BEFORE = {"ar": re.compile(r"(?!)"), "he": re.compile(r"\d+\s+(?:ל|עד)-?\s?\Z")}
# "N من <noun>": the figure counts that noun (troop nouns and armies are matched before a bare figure is tried).
_OF_NOUN_AFTER = re.compile(r"\s+من\s+(?:ال)?[^\W\d]")
_GENTILIC_PLURAL = re.compile(r"(?:ين|يون|يا|ים)\Z")
# "N of" right after a figure, before an army or group: من (Arabic), the prefix מ (Hebrew).
_OF_AFTER = {"ar": re.compile(r"\s+من\s+(?:[\"«]\s*)?"), "he": re.compile(r"\s+(?=מ)")}
_PUNCT_BEFORE = re.compile(r"[:(–—]\s*[\"«]?\s*\Z")
# A bare count that continues the one before: "و5200 في العراق", ", 2 באורח בינוני", "ו-4".
_ELLIPSIS_BEFORE = re.compile(
    # ", ובסוריה כ-900", ", ובשורות המורדים 450", "، وفي سوريا 900": the same count again in another place or side
    r"(?:[،,]\s*[وו](?:ב|في\s+|ب)[^\s\d,.;:،]+(?:\s+[^\s\d,.;:،]+)?\s"
    r"|[،,]\s*[وו]?|\s[وו]|\A[وו]|\s[-–]|بما في ذلك|منها|منهم|بينهم|מתוכם|בהם|מהם|מהן|ביניהם"
    r"|(?:فيما|بينما|في حين|لكن|ولكن|אך|אולם|ורק|רק|אך רק)(?:\s+\w+)?)-?\s*\Z"
)


def _military_sentence(ctx: _Context, offset: int) -> bool:
    """A military word, a troop noun, or an army or armed group (צה"ל, حماس) in the sentence."""
    index, s, e = ctx.sentence_of(offset)
    if ctx.g.military.search(ctx.text, s, e) or ctx.g.troop_anywhere.search(ctx.text, s, e):
        return True
    return any(p.kind == "army" for p in ctx.places(index))


def _noun_head(ctx: _Context, c: _Count) -> _Head | None:
    m = ctx.g.noun.match(ctx.text, c.end)
    # "נעצרו 16 מבוקשים": wanted men arrested are counted by no set (killed ones are fighters)
    if m is None or m.group("not") or _set_free(ctx, m) or _wanted_not_killed(ctx, c, m):
        return None
    noun = m.group("noun")
    weak = noun in ctx.g.weak
    if (
        weak
        and noun in ctx.g.casualty_nouns
        and ctx.g.mixed_casualties.search(ctx.text, *ctx.sentence_of(c.start)[1:])
    ):
        return None  # "15 אלף הרוגים" among civilians, "חללי צה\"ל" with standby squads or police: no troop count
    if noun in ctx.g.casualty_nouns and _MIXED_LIST_AFTER.match(ctx.text, m.end("noun")):
        return None  # "232 שבויים, מהם 51 קצינים ... ושני אזרחים": a total that counts civilians too
    army_end = _army_right_after(ctx, m.end("noun"))
    if ctx.g.mixed_after.match(ctx.text, army_end or m.end("noun")):
        return None  # "300 לוחמי חמאס ובני משפחותיהם": fighters counted with their families
    if army_end:
        return _Head("noun", noun, army_end, weak)  # "2,000 אנשי כוח רדואן": members of an armed force
    # "5 הרוגים" after a sentence about soldiers: a casualty noun takes its sense from the sentence before too.
    casualties = noun in ctx.g.casualty_nouns and (
        _troops_before(ctx, c, 2) or _battle_before(ctx, c) or _state_named_after(ctx, c, _SIDE_WORD)
    )
    # "... 200 אלף חיילים. מתוכם נפלו ארבעים אלף איש": a part of the troops counted before
    part = weak and _PART_BEFORE.search(ctx.text, max(0, c.start - 20), c.start) and _troops_before(ctx, c, 1)
    # "עשרות חברי כנסת", "בכירים במשטר": senior men or members of no armed force named right after them
    killed = noun in ctx.g.wanted  # checked above: wanted men killed right there need no other military word
    # "הכוח הרוסי בסוריה מונה כ-4,000 איש": the men of a state's force
    crew = noun in _PEOPLE and (_warship_crew(ctx, c) or _state_named_after(ctx, c, _FORCE_WORD))
    if weak and (
        noun in ctx.g.members
        or not (_military_sentence(ctx, c.start) or casualties or part or killed or crew)
    ):
        return None
    if weak and _POPULATION_BEFORE.search(ctx.text, max(0, c.start - 45), c.start):
        return None  # "מאוכלוסיית היישוב (650 אלף איש)": the people of a town or a country, not troops
    if noun in _PEOPLE and (_at_a_rally(ctx, c) or _toll_of_people(ctx, c)):
        return None  # "נהרגו בלחימה בסודאן כ-300 איש": a toll of people, with no troops named around it
    _, s, e = ctx.sentence_of(c.start)
    if noun in ctx.g.conscripts and not _enlisted(ctx, c, m, s, e):
        return None  # "135,000 אזרחים" are troops only when they are called up
    civilians = noun in ctx.g.conscripts and ctx.g.not_troops_nouns.fullmatch(noun)  # אזרחים, not חרדים
    if civilians and _troop_count_before(ctx, c, s):
        return None  # "6,000 לובשי מדים ועוד 1,500 אזרחים": civilians set beside the troops counted before
    if noun in ctx.g.crew and _merchant_crew(ctx, c, e):
        return None  # "ספינת משא ועליה 22 אנשי צוות": a merchant ship's crew, no troops
    return _Head("noun", noun, m.end("noun"), weak)


# A killing right at wanted men ("חיסול ארבעת המבוקשים", "שלושה מהמבוקשים נהרגו"), and no arrest nearer.
_KILLED = re.compile(
    r"(?<!\w)[ובלהש]{0,2}(?:חיסול\w*|חוסל\w*|חיסל\w*|נהרג\w*|הרגו|הרג|הרגה|הריגת\w*|נוטרל\w*|(?:ירו|נורו)\s+למוות)(?!\w)"
)
_ARRESTED = re.compile(r"(?<!\w)[ובלהש]{0,2}(?:נעצר\w*|עצר\w*|מעצר\w*|נלכד\w*|הסגיר\w*)(?!\w)")


def _wanted_not_killed(ctx: _Context, c: _Count, m: re.Match[str]) -> bool:
    return m.group("noun") in ctx.g.wanted and not _killed_here(ctx, c, m.end("noun"))


def _killed_here(ctx: _Context, c: _Count, noun_end: int) -> bool:
    _, s, e = ctx.sentence_of(c.start)
    start, end = max(s, c.start - 30), min(e, noun_end + 25)
    return bool(_KILLED.search(ctx.text, start, end)) and not _ARRESTED.search(
        ctx.text, max(s, c.start - 30), min(e, noun_end + 12)
    )


# "בצד הרוסי נרשמו כ-300 הרוגים": the dead on one side of a war; "הכוח הרוסי": a state's force.
_SIDE_WORD = re.compile(r"(?<!\w)[ובמ]{0,2}ה?צד\s+ה?\Z")
_FORCE_WORD = re.compile(r"(?<!\w)[ובלמ]{0,2}ה?כוח\s+ה?\Z")


def _state_named_after(ctx: _Context, c: _Count, word: re.Pattern[str]) -> bool:
    """A Hebrew word ("צד", "כוח") with a state's demonym right after it, earlier in the figure's sentence (not
    Israelis or Palestinians, the civilians of Hebrew news)."""
    if ctx.lang != "he":
        return False
    index, s, _ = ctx.sentence_of(c.start)
    return any(
        p.kind == "demonym"
        and p.code not in _CIVILIAN_DEMONYMS["he"]
        and s <= p.start
        and p.end <= c.start
        and word.search(ctx.text, max(s, p.start - 10), p.start)
        for p in ctx.places(index)
    )


_CREW_OF = re.compile(r"(?<!\w)ו?(?:ב|ו)?(?:צוות|הצוות|צוותה|צוותו)\s+(?:של\s+)?(?:\S+\s+)?\Z")


def _warship_crew(ctx: _Context, c: _Count) -> bool:
    """'נושאת המטוסים ... בעלת צוות של כמעט 4,600 איש': the crew of a warship named in this sentence or the one
    before are sailors."""
    index, s, e = ctx.sentence_of(c.start)
    if not _CREW_OF.search(ctx.text, max(s, c.start - 24), c.start):
        return False
    first = ctx.sentences.spans[max(0, index - 1)][0]
    return bool(ctx.g.warship.search(ctx.text, first, e))


def _set_free(ctx: _Context, m: re.Match[str]) -> bool:
    """'כ-40 מהמחבלים ששוחררו בעסקה': prisoners set free, not a force."""
    return (
        ctx.lang == "he"
        and bool(ctx.g.militant.fullmatch(m.group("noun")))
        and bool(_RELEASED_AFTER.match(ctx.text, m.end("noun")))
    )


def _enlisted(ctx: _Context, c: _Count, m: re.Match[str], s: int, e: int) -> bool:
    """People (אזרחים, יהודים, אנשיה) in the ranks: called up, counted as an army's strength, fighting in an army
    ("בצבא הבריטי לחמו 62,000 יהודים"), or a unit's own men in a military sentence ("35 מאנשיה יצאו ... ונפלו")."""
    if ctx.g.conscription.search(ctx.text, s, e) or _ARMY_TOTAL_BEFORE.search(
        ctx.text, max(s, c.start - 70), c.start
    ):
        return True
    if _FOUGHT_IN_ARMY.search(ctx.text, s, e):
        return True
    own_men = _OWN_MEN.fullmatch(m.group("noun")) and ctx.text[m.start("noun") - 1] == "מ"
    return bool(own_men) and _military_sentence(ctx, c.start)


def _battle_before(ctx: _Context, c: _Count) -> bool:
    """'תוצאות הקרב ... . המחיר: יותר ממיליון נפגעים': a military word in the sentence before makes a casualty
    noun a military toll (Hebrew; civilians in the toll still rule it out)."""
    if ctx.lang != "he" or ctx.text[c.end : c.end + 12].split()[:1] not in (
        ["נפגעים"],
        ["אבדות"],
        ["אבידות"],
    ):
        return False  # "הרוגים" after a report on strikes may be anyone's dead
    index = ctx.sentences.index_of(c.start)
    first = ctx.sentences.spans[max(0, index - 1)][0]
    return bool(_BATTLE.search(ctx.text, first, c.start))


_BATTLE = re.compile(r"(?<!\w)[ובלה]{0,2}(?:קרב|קרבות|מלחמה|מלחמת|מערכה|חזית)(?!\w)")


_PEOPLE = frozenset({"איש", "אנשים"})
_RALLY = re.compile(
    r"(?<!\w)[ובלהש]{0,2}(?:עצרת|עצרות|הפגנה|הפגנת|הפגנות|הפגינו|מפגינים|המפגינים|מחאה|המחאה|צעדת|צעדה)(?!\w)"
)
_PEOPLE_FIGURE = re.compile(r"\d[\d,.]*\s+(?:אלף\s+)?(?:איש|אנשים)(?!\w)")


def _at_a_rally(ctx: _Context, c: _Count) -> bool:
    """ "אלפי איש הפגינו נגד חוק הגיוס": people at a rally or a protest, whatever it is about."""
    return _RALLY.search(ctx.text, *ctx.sentence_of(c.start)[1:]) is not None


def _toll_of_people(ctx: _Context, c: _Count) -> bool:
    index, _, e = ctx.sentence_of(c.start)
    if not any(kind == "casualties" for _, _, kind, _ in ctx.cues(index)):
        return False
    first = ctx.sentences.spans[max(0, index - 1)][0]
    return not ctx.g.troop_anywhere.search(ctx.text, first, e)


_MIXED_LIST_AFTER = re.compile(r"[\s,]*(?:מהם|מתוכם|ביניהם|בהם)[^.!?]{0,60}?(?<!\w)ו?(?:אזרחים|אזרח)(?!\w)")
_POPULATION_BEFORE = re.compile(r"(?<!\w)[ומבלה]{0,2}(?:אוכלוסי|תושבי)\w*(?!\w)[^.!?]*\Z")
_OWN_MEN = re.compile(r"אנשי(?:ו|ה|הם|הן)")
_RELEASED_AFTER = re.compile(r"\s+(?:ש|אשר\s+)(?:שוחררו|השתחררו|ישוחררו)(?!\w)")
# "בצבא הבריטי לחמו", "לחמו בצבאות בעלות הברית": people who fought in an army were its soldiers.
_FOUGHT_IN_ARMY = re.compile(
    r"(?<!\w)ו?(?:לחמו|נלחמו)(?!\w)[^.!?]{0,40}?(?<!\w)[ו]?ב(?:צבא|צבאות)(?!\w)"
    r"|(?<!\w)ו?ב(?:צבא|צבאות)(?!\w)[^.!?]{0,40}?(?<!\w)ו?(?:לחמו|נלחמו)(?!\w)"
)
_PART_BEFORE = re.compile(r"(?<!\w)(?:מתוכם|מהם|ביניהם|منهم|من بينهم)(?!\w)[^.!?؟]*\Z")


# "العدد الإجمالي للجيش الفرنسي في رومانيا سيبلغ 3 آلاف شخص", "מספר אנשי הצבא": people counted as an army's strength.
_ARMY_TOTAL_BEFORE = re.compile(
    fold_word(r"(?<!\w)(?:ال)?(?:عدد|تعداد|قوام)\s+(?:الإجمالي\s+|الكلي\s+)?(?:لل|ال)(?:جيش|قوات)(?!\w)")
)


def _own_country(
    ctx: _Context,
    c: _Count,
    index: int,
    actor: str | None,
    location: str | None,
    mention_type: str,
    call: bool,
) -> tuple[str | None, str | None]:
    """Reserves called up in a state are its own; "في جنوب البلاد" (this or the two sentences before) is the
    country of the army named."""
    if actor is None and mention_type == "force_size" and call:
        actor = _called_up_in(ctx, index, c)
    if location is None and mention_type != "force_size":
        location = _part_of_the_country(ctx, index)
    first = ctx.sentences.spans[max(0, index - 2)][0]
    _, _, e = ctx.sentence_of(c.start)
    if location is None and mention_type != "force_size" and _THE_COUNTRY.search(ctx.text, first, e):
        homes = semitic_places()["group_homes"].get(actor or "") or []
        if _state(actor):
            location = actor  # "الجيش الأردني وسّع وجوده في شمال البلاد": the country is the army's own
        elif len(homes) == 1 and ctx.lang == "ar" and _named_before(ctx, index, homes[0]):
            # "الجيش الصومالي قتل 15 مسلحا من حركة الشباب في غارة جنوب البلاد": the group's one country, named
            location = homes[0]
    return actor, location


def _named_before(ctx: _Context, index: int, code: str) -> bool:
    """The country is named (its name, demonym or army) in this sentence or the two before."""
    return any(p.code == code for back in range(max(0, index - 2), index + 1) for p in ctx.places(back))


def _called_up_in(ctx: _Context, index: int, c: _Count) -> str | None:
    """'ברוסיה גויסו 300 אלף אנשי מילואים': the one state where reserves are called up is the one calling them."""
    states = {
        p.code
        for p in ctx.places(index)
        if p.kind == "name" and p.located and _state(p.code) and p.end <= c.start
    }
    return states.pop() if len(states) == 1 else None


# "في جنوب البلاد", "شمال البلاد", "בדרום המדינה", "שבדרום-מזרח המדינה": the country of the army the sentence names.
_THE_COUNTRY = re.compile(
    fold_word(
        r"(?<!\w)(?:[وفب]?(?:جنوب|شمال|شرق|غرب|وسط|أنحاء|انحاء|داخل)(?:ي)?\s+البلاد"
        r"|ו?ש?ב(?:(?:דרום|צפון|מזרח|מערב|מרכז)(?:[\s-](?:מזרח|מערב))?|רחבי)\s+המדינה"
        # "סמוך לגבולה המערבי של המדינה": the army's own border, inside its country
        r"|[לב]?גבול(?:ה|ותיה)\s+(?:\S+\s+)?של\s+המדינה"
        r"|ו?ב(?:דרום|צפון|מזרח|מערב|מרכז)\s+הארץ)(?!\w)"
    )
)
_HOMELAND = re.compile(r"(?<!\w)ו?ב(?:דרום|צפון|מזרח|מערב|מרכז)\s+הארץ(?!\w)")
_SERVE = re.compile(r"[ובלה]{0,2}(?:משרתים|משרתות|שירתו|ישרתו|לשרת)")


def _merchant_crew(ctx: _Context, c: _Count, sentence_end: int) -> bool:
    """A ship named in the sentence or the one before, and no warship: the crew of a merchant ship."""
    index = ctx.sentences.index_of(c.start)
    first = ctx.sentences.spans[max(0, index - 1)][0]
    g = ctx.g
    return bool(g.civil_vessel.search(ctx.text, first, sentence_end)) and not g.warship.search(
        ctx.text, first, sentence_end
    )


def _troop_count_before(ctx: _Context, c: _Count, sentence_start: int) -> bool:
    """A figure of troops (a strong troop noun right after it) earlier in the sentence."""
    for n in ctx.numbers:
        if sentence_start <= n.start < c.start:
            m = ctx.g.noun.match(ctx.text, n.end)
            if m and not m.group("not") and m.group("noun") not in ctx.g.weak:
                return True
    return False


def _army_right_after(ctx: _Context, end: int) -> int:
    """The end of an army or armed group named right after a noun ("אנשי כוח רדואן"), else 0."""
    index = ctx.sentences.index_of(end - 1)
    return next((p.end for p in ctx.places(index) if p.kind == "army" and 0 < p.start - end <= 3), 0)


def _troops_before(ctx: _Context, c: _Count, sentences_back: int) -> bool:
    index = ctx.sentences.index_of(c.start)
    first = ctx.sentences.spans[max(0, index - sentences_back)][0]
    return bool(ctx.g.troop_anywhere.search(ctx.text, first, c.start))


def _previous_near(ctx: _Context, c: _Count, previous: list[Mention], sentences: int) -> Mention | None:
    if not previous:
        return None
    last = previous[-1]
    index = ctx.sentences.index_of(c.start)
    return last if index - ctx.sentences.index_of(last.extra["folded_start"]) <= sentences else None  # type: ignore[arg-type]


# A figure of people who need not be troops ("16 شخصا", "120 אנשים").
_PEOPLE_COUNT = re.compile(
    fold_word(
        r"\d[\d,.]*\s+(?:شخص\w*|أشخاص|مدني\w*|مواطن\w*|أطفال|نساء|فلسطيني\w*|אנשים|בני אדם|אזרחים|ילדים)(?!\w)"
    )
)


def _people_count_before(ctx: _Context, c: _Count, previous: list[Mention]) -> bool:
    _, s, _ = ctx.sentence_of(c.start)
    found = list(_PEOPLE_COUNT.finditer(ctx.text, s, c.start))
    if not found:
        return False
    last = found[-1]
    return not any(last.start() < int(p.extra["folded_start"]) < c.start for p in previous)  # type: ignore[call-overload]


# People who are no troops, named right after a figure ("10 مدنيين", "16 شخصا", "9 فلسطينيين").
def _people_after(ctx: _Context, c: _Count, among: bool) -> bool:
    """Part of people ("منهم أكثر من مليون شخص"), police or civil staff ("و1500 من شرطة البعثة")."""
    if ctx.lang != "ar":
        return False
    return bool(
        (among and _PEOPLE_AMONG.match(ctx.text, c.end)) or _OF_POLICE_OR_STAFF.match(ctx.text, c.end)
    )


_PEOPLE_AFTER = re.compile(
    fold_word(
        r"\s+(?:مدني\w*|شخص\w*|أشخاص|فلسطيني\w*|طفل\w*|أطفال|مواطن\w*|نازح\w*|لاجئ\w*|شهيد\w*|شهداء|سيد\w*|نساء)(?!\w)"
    )
)


def _others_of_no_troops(ctx: _Context, c: _Count, previous: list[Mention]) -> bool:
    """The figure right before "N آخرين" in the sentence counts no troops."""
    _, s, _ = ctx.sentence_of(c.start)
    before = [n for n in ctx.numbers if s <= n.start and n.end <= c.start]
    if ctx.lang != "ar" or not before:
        return False
    last = before[-1]
    if not _PEOPLE_AFTER.match(ctx.text, last.end):
        return False
    return not any(int(p.extra["folded_start"]) <= last.start < int(p.extra["folded_end"]) for p in previous)  # type: ignore[call-overload]


def _others_of_a_rejected_figure(ctx: _Context, c: _Count, previous: list[Mention]) -> bool:
    """'12 שבויים וחטופים ... וגופות של ארבעה אחרים': more of a figure of the sentence that counts no troops."""
    if ctx.lang != "he":
        return False
    _, s, _ = ctx.sentence_of(c.start)
    before = [n for n in ctx.numbers if s <= n.start and n.end <= c.start]
    if not before:
        return False
    return not any(int(p.extra["folded_start"]) == before[-1].start for p in previous)  # type: ignore[call-overload]


_FIGURE_NEXT = re.compile(r"\s+\d")


def _reference_head(ctx: _Context, c: _Count, previous: list[Mention]) -> _Head | None:
    g, text = ctx.g, ctx.text
    if m := g.anaphora.match(text, c.end):
        if _people_count_before(ctx, c, previous):
            return None  # "استشهاد 16 شخصا ... 9 منهم": part of a count of people, not of troops
        if _troops_before(ctx, c, 2) or previous:
            if _FIGURE_NEXT.match(text, m.end()):
                # "745 من بينهم 353 جنديا": a total, and "among them" another figure
                return _Head("anaphora", noun_end=c.end)
            return _Head("anaphora", noun_end=m.end(), extend_to=m.end())
        return None
    if g.others.match(text, c.end):
        if _others_of_no_troops(ctx, c, previous) or _others_of_a_rejected_figure(ctx, c, previous):
            return None  # "10 مدنيين ... إضافة إلى 11 آخرين": more of the people just counted
        if _previous_near(ctx, c, previous, 2) or _troops_before(ctx, c, 0):
            return _Head("others", noun_end=c.end)
        return None
    if c.atom is not None and c.atom.definite and text[c.start : c.end] not in ("الاثنين", "השני"):
        after_noun = g.definite_after.search(text, max(0, c.start - 25), c.start)
        if after_noun or (ctx.lang == "he" and _last_counted(ctx, c, _previous_near(ctx, c, previous, 2))):
            return _Head("definite", noun_end=c.end)
        if ctx.lang == "he" and _single_troops_before(ctx, c):
            return _Head("definite", noun_end=c.end)
    return None


# A soldier or fighter named in the singular: "קצין ולוחם נפצעו ... השניים פונו".
_SINGLE_TROOP = re.compile(
    r"(?<!\w)[ובלהש]{0,2}(?:חייל|חיילת|לוחם|לוחמת|קצין|קצינה|מפקד|מחבל|טייס|נווט|צוער|סמל|סגן|סרן|רס\"ן|חובש)(?!\w)"
)


def _single_troops_before(ctx: _Context, c: _Count) -> bool:
    """A small definite numeral with no figure before it in its sentence and the one before, where soldiers
    were named one by one: it counts them."""
    if c.low is None or c.low > 10:
        return False
    index = ctx.sentences.index_of(c.start)
    first = ctx.sentences.spans[max(0, index - 1)][0]
    if any(first <= n.start < c.start for n in ctx.numbers):
        return False
    return len(_SINGLE_TROOP.findall(ctx.text, first, c.start)) >= 2


def _last_counted(ctx: _Context, c: _Count, last: Mention | None) -> bool:
    """A definite numeral refers back to the figure of its value ("שני מחבלים ... 16 מבוקשים. השניים"), else to
    the last thing counted ("שלושה בסיסים מתוך השמונה" counts bases): is that the troop count before it?"""
    if last is None:
        return False
    last_start = int(last.extra["folded_start"])  # type: ignore[call-overload]
    before = [n for n in ctx.numbers if last_start <= n.start < c.start]
    same = [n for n in before if n.low == c.low]
    return (same or before)[-1].start == last_start if before else False


_TOLL_AFTER = re.compile(fold_word(r"\s+(?:حصيلة|عدد|מניין|מספר)\s+"))


def _toll_head(ctx: _Context, c: _Count) -> _Head | None:
    """'ما يرفع إلى 9 حصيلة الجنود الذين قضوا': a figure before the toll of troops it gives."""
    if c.atom is None or c.atom.year_like:
        return None
    toll = _TOLL_AFTER.match(ctx.text, c.end)
    if toll and (ctx.g.troop_anywhere.match(ctx.text, toll.end()) or _army_dead(ctx, toll.end())):
        return _Head("bare", noun_end=c.end)
    return None


def _army_dead(ctx: _Context, start: int) -> bool:
    """'עלה ל-910 מספר חללי צה"ל': the casualties of an army or armed group named right after them."""
    m = ctx.g.noun.match(ctx.text, start)
    return bool(
        ctx.lang == "he"
        and m
        and m.group("noun") in ctx.g.casualty_nouns
        and _army_right_after(ctx, m.end("noun"))
    )


def _toll_before(ctx: _Context, end: int) -> bool:
    """A casualty noun right before ("מרבית ההרוגים (540)") after troops named in the sentence before."""
    m = _LAST_WORD.search(ctx.text, max(0, end - 20), end)
    noun = ctx.g.noun.fullmatch(ctx.text, m.start(), m.start() + len(m.group().rstrip())) if m else None
    if m is None or noun is None:
        return False
    index = ctx.sentences.index_of(end)
    first = ctx.sentences.spans[max(0, index - 1)][0]
    return noun.group("noun") in ctx.g.casualty_nouns and bool(
        ctx.g.troop_anywhere.search(ctx.text, first, m.start())
    )


_LAST_WORD = re.compile(r"\S+\s*\Z")
_AMONG_AFTER = re.compile(r"\s+(?:من بينهم|بينهم|منهم|בהם|מתוכם|ביניהם)")
# Call-up orders right after the noun: the count is of reservists called up.
# "צווי 8", "לאלפי לוחמי סדיר צו שמונה": call-up orders right after the noun (and a word of its construct)
_CALL_UP_AFTER = re.compile(
    r"\s+(?:(?:[^\s,.:;!?]+\s+)?(?:קיבלו\s+)?צו(?:וי)?\s+(?:8|שמונה|מילואים|גיוס)|(?:גויסו|זומנו|יגויסו|יזומנו)(?!\s+ונשלחו))(?!\w)"
)


def _counts_others(ctx: _Context, c: _Count) -> bool:
    """A bare figure that counts things or people named next to it, or a toll that mixes in civilians."""
    g, text = ctx.g, ctx.text
    if _OF_NOUN_AFTER.match(text, c.end):
        return True  # "7 آلاف و512 من المركبات": a count of something named, not of troops
    _, s, e = ctx.sentence_of(c.start)
    if g.not_troops_nouns.search(text, max(s, c.start - 70), c.start) or g.not_troops_nouns.match(
        text, c.end + 1
    ):
        return True  # "מספר המשתמטים עלה מכ-13 אלף", "16 מבוקשים": the figure counts other people
    among = _AMONG_AFTER.match(text, c.end)
    if among and g.mixed_after.match(text, among.end()):
        return True  # "مقتل العشرات بينهم أطفال": a toll that counts children or civilians too
    if _number_of_things(ctx, c, s) or _out_of_things(ctx, c, s):
        return True  # "عدد الصواريخ بلغ 15", "3 قواعد من أصل 8": the number of something that is no troops
    # "352 נהרגו ..., מתוכם 14 ילדים": a toll of civilians too, not of troops
    if ctx.lang != "he":
        return False
    if g.mixed_casualties.search(text, s, e):
        return True
    # "משרד הבריאות מסר ... . לדבריו, מספר ההרוגים הגיע ל-60,000": the toll goes on from the sentence before
    first = ctx.sentences.spans[max(0, ctx.sentences.index_of(c.start) - 1)][0]
    return not g.troop_anywhere.search(text, s, e) and bool(g.mixed_casualties.search(text, first, s))


# "إن عدد الصواريخ بلغ 15": "the number of" and the noun it counts, a few words before a bare figure.
_NUMBER_OF = re.compile(
    fold_word(
        r"(?<!\w)[وب]?عدد\s+(?P<noun>\S+)(?:\s+\S+){0,2}?\s+(?:بلغ|وصل\s+إلى|وصل\s+الى|ارتفع\s+إلى|ارتفع\s+الى)\s+\Z"
    )
)


def _number_of_things(ctx: _Context, c: _Count, s: int) -> bool:
    if ctx.lang != "ar" or not (m := _NUMBER_OF.search(ctx.text, max(s, c.start - 50), c.start)):
        return False
    noun = m.start("noun")
    g = ctx.g
    return not (
        g.troop_anywhere.match(ctx.text, noun)
        or g.military.match(ctx.text, noun)
        # a toll with its pronoun too ("عدد قتلاه"): the stem of a casualty noun, or losses and victims
        or any(
            ctx.text.startswith(w[:-1], noun) or ctx.text.startswith("ال" + w[:-1], noun)
            for w in g.casualty_nouns
        )
        or _TOLL_WORDS.match(ctx.text, noun) is not None
    )


_TOLL_WORDS = re.compile(fold_word(r"(?:ال)?(?:خسائر|ضحايا|شهداء|قتل|جرح|اصاب|إصاب)"))


_OUT_OF = re.compile(fold_word(r"(?<!\w)(?:من\s+أصل|من\s+اصل|מתוך)\s+(?:ה[-־]?)?\Z"))


def _out_of_things(ctx: _Context, c: _Count, s: int) -> bool:
    """'أغلق 3 قواعد من أصل 8': the whole that a figure of things is taken out of counts the same things."""
    if not (m := _OUT_OF.search(ctx.text, max(s, c.start - 12), c.start)):
        return False
    before = [n for n in ctx.numbers if s <= n.start and n.end <= m.start() and m.start() - n.end <= 60]
    return bool(before) and not ctx.g.troop_anywhere.search(ctx.text, before[-1].end, m.start())


_ATTACK_TOLL = re.compile(
    r"(?<!\w)ה?(?:מניין|מספר)\s+ה?(?:הרוגים|נפגעים|פצועים|קורבנות)\s+(?:\S+\s+)?[בשמ]?ה?(?:פיגוע|פיצוץ|אסון|תאונה|רעידת)"
)


def _one_or_people(ctx: _Context, c: _Count, s: int) -> bool:
    if ctx.lang == "he" and c.low == 1 and c.high == 1:
        return True  # "1 קשה ו-3 קל": one soldier is no troop count
    if ctx.lang == "he" and _ATTACK_TOLL.search(ctx.text, s, c.start):
        return True  # "מניין ההרוגים בפיגוע עלה ל-31": the toll of an attack or a disaster counts people
    # "נהרגו כ-300 איש ונפצעו יותר מ-2,600": the same toll of people goes on
    return bool(_PEOPLE_FIGURE.search(ctx.text, s, c.start)) and _toll_of_people(ctx, c)


def _bare_head(ctx: _Context, c: _Count, previous: list[Mention]) -> _Head | None:
    """A figure with no noun: it continues the count before it, or a trigger puts it on troops named before."""
    g, text = ctx.g, ctx.text
    if c.atom is None or (c.atom.year_like and not _from_to_troops(ctx, c)) or c.high == 0:
        return None  # a year; a stray zero ("مهمته هناك0") counts nobody
    # "بينهم 21 جراحهم خطيرة", "מתוכם 127 במצב קשה": a part of the count before may run on into any word
    among = _AMONG_THEM.search(text, max(0, c.start - 12), c.start) is not None
    if not (among or _bare_figure_ends(ctx, c)):
        return None
    if _no_troops_after(ctx, c, among):
        return None
    if _continues(ctx, c, previous):
        return _Head("ellipsis", str(previous[-1].extra["noun"]), c.end)
    if _from_to_troops(ctx, c):
        return _Head("bare", noun_end=c.end)  # "מ-2000 ל-1,400 חיילים": the same troops before the change
    if _counts_others(ctx, c):
        return None
    _, s, _ = ctx.sentence_of(c.start)
    if _one_or_people(ctx, c, s):
        return None
    if g.casualty_before.search(text, max(s, c.start - (26 if ctx.lang == "he" else 14)), c.start) and (
        _troops_before(ctx, c, 0) or (ctx.lang == "he" and _previous_near(ctx, c, previous, 0) is not None)
    ):
        return _Head("bare", noun_end=c.end)  # "חטיפת שני חיילים והריגת ארבעה": the troops named before
    triggered = g.bare_trigger.search(text, max(s, c.start - 70), c.start) is not None
    punct = _PUNCT_BEFORE.search(text, max(s, c.start - 4), c.start)
    if (
        punct
        and not c.atom.spelled
        and (_troops_before(ctx, c, 0) or _toll_before(ctx, punct.start()) or _side_toll(ctx, c, s))
    ):
        return _Head(
            "bare", noun_end=c.end
        )  # "מספר החיילים שנפצעו: 12", "عدد القوات (5000)", "ההרוגים (540)"
    # A figure in digits may take its military sense from anywhere in the sentence; a vague plural
    # ("سقوط المئات") only from troops or a military word named before it.
    context = (
        _military_sentence(ctx, c.start) if c.atom.kind != "vague" else g.military.search(text, s, c.start)
    )
    # A spelled figure after a trigger is a count only from twenty up ("بلغ سبعة وعشرين"): small spelled
    # numbers after these verbs are mostly days, times or ranks.
    spelled_ok = not c.atom.spelled or ((c.atom.low or 0) >= 20 and not c.atom.definite)
    if _troop_toll_rises_to(ctx, c, s):
        return _Head("bare", noun_end=c.end)  # "ارتفع عدد قتلى الجنود ... إلى تسعة": the toll it reaches
    if (
        triggered
        and spelled_ok
        and (_troops_before(ctx, c, 1) or previous or context or _side_toll(ctx, c, s))
    ):
        return _Head("bare", noun_end=c.end)
    return _bare_by_verb(ctx, c)


# A casualty noun of one side ("מספר ההרוגים הרוסים עומד על", "הרוגי צה\"ל"): its dead or wounded are troops.
_SIDE_TOLL = re.compile(
    r"(?<!\w)ו?ה?(?:הרוגי|הרוגים|פצועי|פצועים|חללי|חללים|אבדות|אבידות|נפגעי|נפגעים)\s+(?:ה?צבא\s+|ה?כוחות\s+)?"
)


_ARMY_OF = re.compile(r"(?<!\w)[ובלה]{0,2}(?:צבא|הצבא|כוחות|הכוחות|חיילי|לוחמי)\s+ה?\Z")


def _side_toll(ctx: _Context, c: _Count, s: int) -> bool:
    """A Hebrew toll of a side at war before the figure: the casualty noun named with an army, or with the demonym
    of a state whose army is named in this sentence or the one before (not Israelis or Palestinians, the civilians
    of Hebrew news)."""
    if ctx.lang != "he":
        return False
    index = ctx.sentences.index_of(c.start)
    ends = {m.end() for m in _SIDE_TOLL.finditer(ctx.text, max(s, c.start - 60), c.start)}
    armies = {
        p.code
        for i in {max(0, index - 1), index}
        for p in ctx.places(i)
        if p.kind == "army" or _ARMY_OF.search(ctx.text, max(0, p.start - 12), p.start)
    }
    return any(
        (p.start in ends or p.start - 1 in ends)  # the demonym's article may or may not be in the place
        and p.end <= c.start
        # "ההרוגים הסורים" of a whole war are mostly people; after "צבא רוסיה" "ההרוגים הרוסים" are its soldiers
        and (p.kind == "army" or (p.kind == "demonym" and p.code in armies))
        and p.code not in _CIVILIAN_DEMONYMS["he"]
        for p in ctx.places(index)
    )


# "من 2000 إلى 1400 جندي", "מ-2000 ל-1,400 חיילים": a change from a figure to a troop count.
_FROM_BEFORE = re.compile(fold_word(r"(?<!\w)(?:من|מ-?)\s*\Z"))
_CHANGE_TO_FIGURE = re.compile(fold_word(r"\s+(?:إلى|الى|ל-?)\s*\d[\d,.]*"))


def _from_to_troops(ctx: _Context, c: _Count) -> bool:
    """A figure that looks like a year is the troops' number before a change to a troop count named right after."""
    to = _CHANGE_TO_FIGURE.match(ctx.text, c.end)
    return bool(
        to
        and _FROM_BEFORE.search(ctx.text, max(0, c.start - 4), c.start)
        and ctx.g.troop_anywhere.match(ctx.text, to.end() + 1)
    )


# "بريطانيا: 7100 ينتشرون": a list line headed by a country and a colon, the figure right after it.
_LINE_HEAD = re.compile(r"(?:\A|\n)[ \t]*(?:[-•*–][ \t]*)?\Z")
_COLON_BEFORE = re.compile(r"[ \t]*:[ \t]*\Z")


def country_label(ctx: _Context, c: _Count) -> str | None:
    """The country heading the figure's list line ("إسبانيا: 650 ينتشرون"): the owner of its troops."""
    colon = _COLON_BEFORE.search(ctx.text, max(0, c.start - 6), c.start)
    if colon is None:
        return None
    index = ctx.sentences.index_of(c.start)
    for p in ctx.places(index):
        if (
            p.end == colon.start()
            and p.kind in ("name", "army")
            and p.code != "PSE"
            and _LINE_HEAD.search(ctx.text, max(0, p.start - 12), p.start) is not None
        ):
            return p.code
    return None


def _bare_by_verb(ctx: _Context, c: _Count) -> _Head | None:
    """A bare figure that a verb after it puts on troops."""
    text = ctx.text
    troop_verb = ctx.g.troop_verb_after.match(text, c.end) and (
        _military_sentence(ctx, c.start) or country_label(ctx, c) is not None
    )
    if troop_verb or (_PLURAL_VERB_AFTER[ctx.lang].match(text, c.end) and _troops_before(ctx, c, 1)):
        return _Head("bare", noun_end=c.end)  # "3 נהרגו", "עשרות נפצעו", "5 قتلوا": the troops named before
    if ctx.lang == "he" and text[c.start : c.end] == "אלפים" and _military_sentence(ctx, c.start):
        return _Head("bare", noun_end=c.end)  # "עוד אלפים ינחתו": the absolute plural stands alone
    return None


def _bare_figure_ends(ctx: _Context, c: _Count) -> bool:
    """The figure ends where a bare count can: the sentence's end in Hebrew ("נפלו בקרבות למעלה מ-10,000."),
    a word that closes a bare figure, or a plural verb."""
    text = ctx.text
    return bool(
        (ctx.lang == "he" and _SENTENCE_END.match(text, c.end))
        or ctx.g.bare_end.match(text, c.end)
        or _PLURAL_VERB_AFTER[ctx.lang].match(text, c.end)
    )


_DIGIT_AFTER_MARK = re.compile(r"[:/.]\d")


def _no_troops_after(ctx: _Context, c: _Count, among: bool) -> bool:
    """A time or a date; people, police or staff; "מתוך כ-700 ששוחררו": prisoners set free."""
    text = ctx.text
    return bool(
        _DIGIT_AFTER_MARK.match(text[c.end : c.end + 2])
        or (ctx.lang == "he" and _RELEASED_AFTER.match(text, c.end))
        or _people_after(ctx, c, among)
    )


_SENTENCE_END = re.compile(r"\s*(?:[.!?](?!\d)|\Z)")
# People of whom a part is counted ("منهم أكثر من مليون شخص"): no troops. (Its own name: it once shadowed
# _PEOPLE_AFTER, the wider list the figure before "N آخرين" is checked against.)
_PEOPLE_AMONG = re.compile(
    fold_word(
        r"\s+(?:شخص|أشخاص|اشخاص|نسمة|مواطن\w*|مدني\w*|طفل|أطفال|اطفال|امرأة|نساء|لاجئ\w*|نازح\w*)(?!\w)"
    )
)
_OF_POLICE_OR_STAFF = re.compile(
    fold_word(r"\s+من\s+(?:رجال\s+)?(?:ال)?(?:شرطة|شرطيين|موظفين|موظفي|مدنيين|عناصر\s+الشرطة)(?!\w)")
)


def _troop_toll_rises_to(ctx: _Context, c: _Count, sentence_start: int) -> bool:
    if ctx.lang != "ar":
        return False
    toll = _TOLL_RISES_TO.search(ctx.text, max(sentence_start, c.start - 120), c.start)
    return toll is not None and bool(
        ctx.g.troop_anywhere.search(ctx.text, toll.start(), c.start)
        or _ARMY_WORD.search(ctx.text, toll.start(), c.start)
    )


_ARMY_WORD = re.compile(fold_word(r"(?<!\w)(?:ال)?(?:جيش|قوات)(?!\w)"))
_TOLL_RISES_TO = re.compile(
    fold_word(
        r"(?<!\w)(?:عدد|حصيلة)\s+(?:ال)?(?:قتلى|جرحى|ضحايا|اسرى|أسرى)\s+(?:[^.!?؟]{0,90}?)\s(?:إلى|الى)\s*\Z"
    )
)
_AMONG_THEM = re.compile(r"[\s,،(\"«“-]*(?:من بينهم|بينهم|منهم|ومنهم|בהם|מתוכם|ביניהם|מהם)[\s:\"«“(]*\Z")


_NO_STOP = re.compile(r"[^.!?؟]*")


def _inside_previous(ctx: _Context, c: _Count, last: Mention) -> bool:
    """A count of "من بينهم" / "בהם" right after a count: part of that count, with its owner."""
    last_end = int(last.extra["folded_end"])  # type: ignore[call-overload]
    return (
        0 <= c.start - last_end <= 60
        and bool(_AMONG_THEM.search(ctx.text, max(last_end, c.start - 30), c.start))
        and bool(_NO_STOP.fullmatch(ctx.text[last_end : c.start]))
    )


_STOP_MARK = re.compile(r"[.!?؟]")


def _continues(ctx: _Context, c: _Count, previous: list[Mention]) -> bool:
    """'و5200 في العراق', ', 2 באורח בינוני': a figure right after a troop count of the same sentence."""
    last = _previous_near(ctx, c, previous, 0)
    if last is None:
        return False
    last_end = int(last.extra["folded_end"])  # type: ignore[call-overload]
    if not 0 <= c.start - last_end <= 90:
        return False
    between = ctx.text[last_end : c.start]
    other_count = any(last_end < start < c.start for start in ctx.count_starts)
    return bool(_ELLIPSIS_BEFORE.search(between)) and not _STOP_MARK.search(between) and not other_count


def _head(ctx: _Context, c: _Count, previous: list[Mention]) -> _Head | None:
    if c.atom is None:
        return _Head("dual", c.dual_noun, c.end)
    noun = ctx.g.noun.match(ctx.text, c.end)
    if noun is not None and noun.group("not"):
        return None  # "חמישה לוחמי מג\"ב": Border Police, not troops
    return (
        _noun_head(ctx, c)
        or _out_of_head(ctx, c)
        or _demonym_head(ctx, c)
        or _group_head(ctx, c)
        or _reference_head(ctx, c, previous)
        or _definite_vague_head(ctx, c, previous)
        or _toll_head(ctx, c)
        or _among_troops_head(ctx, c)
        or _bare_head(ctx, c, previous)
    )


# "מבין הלוחמים הפצועים, 40 איבדו גפה, 12 עיוורים": a sentence that opens on the troops it then splits up.
_AMONG_INTRO = re.compile(
    r"(?<!\w)(?:מקרב|מבין|מתוך)\s+(?:[\d,.]+\s+)?(?P<noun>[^\s,\d]+)(?:\s+[^\s,]+){0,5}\s*,"
)


def _among_troops_head(ctx: _Context, c: _Count) -> _Head | None:
    if ctx.lang != "he" or c.atom is None or c.atom.year_like:
        return None
    _, s, _ = ctx.sentence_of(c.start)
    m = next(
        (m for m in _AMONG_INTRO.finditer(ctx.text, s, c.start) if _clause_start(ctx, s, m.start())), None
    )
    if m is None:
        return None
    return (
        _Head("bare", noun_end=c.end) if ctx.g.troop_anywhere.fullmatch(ctx.text, *m.span("noun")) else None
    )


# "470 מתוך 2,569 חיילי צה\"ל", "15 من أصل 40 جنديا": a part of a troop count named right after it.
_OUT_OF_AFTER = {
    "he": re.compile(r"\s+(?:מתוך|מבין)\s+(?:כ-?)?(?=\d|\w)"),
    "ar": re.compile(r"\s+من\s+(?:أصل|اصل|اجمالي|إجمالي)\s+"),
}


def _out_of_head(ctx: _Context, c: _Count) -> _Head | None:
    m = _OUT_OF_AFTER[ctx.lang].match(ctx.text, c.end)
    if m is None or c.atom is None or c.low is None:
        return None
    whole = next((n for n in ctx.numbers if n.start <= m.end() < n.end), None)
    if whole is None or whole.low is None or whole.low <= c.low:
        return None  # "שלושה בסיסים מתוך השמונה", a ratio: no part of a larger count
    head = _noun_head(ctx, whole)
    # only a count of a troop noun proper: "10 מתוך 13 החללים" may count the bodies of hostages
    # the noun phrase of the whole (its owner and place after it) is the part's too: it ends at the whole's figure
    return _Head("noun", head.noun, whole.end) if head and head.rule == "noun" and not head.weak else None


def _group_head(ctx: _Context, c: _Count) -> _Head | None:
    """'قتل 20 من حماس', '15 מחמאס': N of an army or armed group named right after the figure; '12 حوثيا':
    the plural of a group's name as the head noun."""
    m = _OF_AFTER[ctx.lang].match(ctx.text, c.end)
    index = ctx.sentences.index_of(c.start)
    for p in ctx.places(index):
        if p.kind != "army":
            continue
        if m is not None and m.end() <= p.start <= m.end() + 3:
            return _Head("noun", ctx.text[p.start : p.end], p.end)
        if p.start == c.end + 1 and _GENTILIC_PLURAL.search(ctx.text, p.start, p.end):
            return _Head("noun", ctx.text[p.start : p.end], p.end)
    return None


# "ארבעת הישראלים שנפצעו ... הם חיילים", "4 הישראלים שנפצעו - חיילים": the text says they are troops.
_ARE_TROOPS = re.compile(r"(?:\s(?:הם|היו|הינם)\s+|\s[-–]\s*)(?:חיילים|לוחמים|חיילי צה\"ל)(?!\w)")


def _demonym_head(ctx: _Context, c: _Count) -> _Head | None:
    """'مقتل ٣ امريكيين' at a base: a demonym as the head noun of a military count (not Palestinians)."""
    m = _DEMONYM_HEAD[ctx.lang].match(ctx.text, c.end)
    if m is None or not _DEMONYM_CONTEXT[ctx.lang].search(ctx.text, *ctx.sentence_of(c.start)[1:]):
        return None
    # A vague or approximate figure ("מאות אלפי רוסים") heads a count only before a verb troops are the subject of
    # ("גויסו", "قتلوا"): "آلاف الأمريكيين" alone may be anyone.
    # A call-up just before the figure makes them troops too ("גיוס של למעלה מחצי מיליון רוסים").
    # People who get call-up orders ("מאות אלפי ישראלים צווי 8") are reservists, Israelis in Hebrew news too.
    called_up = bool(ctx.g.conscription.search(ctx.text, m.end(), m.end() + 25))
    if (
        c.precision != "exact"
        and not ctx.g.troop_verb_after.match(ctx.text, m.end())
        and not ctx.g.conscription.search(ctx.text, max(0, c.start - 12), c.start)
        and not called_up
    ):
        return None
    place = place_forms(ctx.lang).get(m.group("word"))
    if place is None or place[1] != "demonym" or place[0] == "PSE":
        return None
    said_troops = ctx.lang == "he" and _ARE_TROOPS.search(ctx.text, m.end(), ctx.sentence_of(c.start)[2])
    if place[0] in _CIVILIAN_DEMONYMS[ctx.lang] and not (called_up or said_troops):
        return None
    return _Head("noun", m.group("word"), m.end("word"))


def _definite_vague_head(ctx: _Context, c: _Count, previous: list[Mention]) -> _Head | None:
    """'هؤلاء الآلاف', 'إن "المئات غزوا"', 'وأصابوا المئات': a definite vague plural standing for troops."""
    text = ctx.text
    if c.atom is None or c.atom.kind != "vague" or not text.startswith("ال", c.atom.start):
        return None
    if not _military_sentence(ctx, c.start) or ctx.g.not_troops_nouns.match(text, c.end + 1):
        return None  # "وآلاف المتعاقدين": the plural has a noun of its own, of other people
    _, s, _ = ctx.sentence_of(c.start)
    before = _DEFINITE_VAGUE_BEFORE.search(text, max(s, c.start - 8), c.start)
    verb_after = _WORD_AFTER.match(text, c.end)
    if before or verb_after or _previous_near(ctx, c, previous, 0):
        return _Head("bare", noun_end=c.end)
    return None


# "ביום שני", "יום שני" is Monday; "היום שני לוחמים" is "today two fighters".
_MONDAY_BEFORE = re.compile(r"(?<!\w)(?:ו?[בל])?יום\s\Z")


def _weekday(ctx: _Context, c: _Count) -> bool:
    """'הבוקר (שני)', 'ביום שני': Monday, the one weekday that is also a number word."""
    if ctx.lang != "he" or ctx.text[c.start : c.end] != "שני":
        return False
    return ctx.text[c.start - 1 : c.end + 1] == "(שני)" or bool(
        _MONDAY_BEFORE.search(ctx.text, max(0, c.start - 6), c.start)
    )


# "עד פי 4 חיילים": a multiple (times four), not a count ("על פי" is "according to").
_TIMES_BEFORE = re.compile(r"(?<!\S)(?<!על )(?<!על-)פי\s+\Z")
_TO_FIGURE = re.compile(fold_word(r"\s*(?:-|–|إلى|الى|حتى|و)\s*\d+"))
_ORDINAL_UNITS_BEFORE = re.compile(
    fold_word(r"(?<!\w)(?:ال)?(?:حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع)(?:ة)?\s+و\Z")
)


# "גדוד הסיור 143", "חטיבת הצנחנים 55", "מחזור 190": a unit or a class named by a word and a number.
_UNIT_NAME_BEFORE = re.compile(
    r"(?<!\w)[ובלמהש]{0,2}(?:גדוד|חטיבת|אוגדת|טייסת|פלוגת|יחידת|סיירת|שייטת|להקת)\s+ה[^\W\d]{2,}\s+\Z"
    r"|(?<!\w)[ובלמהש]{0,2}מחזור\s+\Z"
)


_MONEY_OR_SHARE_BEFORE = re.compile(r"[$€£]\s?\Z|%\s?\Z")


def _blocked(ctx: _Context, c: _Count) -> bool:
    if c.atom is None:
        return False
    if ctx.lang == "he" and _TIMES_BEFORE.search(ctx.text, max(0, c.num_start - 8), c.num_start):
        return True
    if ctx.lang == "he" and _UNIT_NAME_BEFORE.search(ctx.text, max(0, c.num_start - 24), c.num_start):
        return True
    if ctx.g.unit_after.match(ctx.text, c.end):
        return True
    pair_end = _TO_FIGURE.match(ctx.text, c.end) if ctx.lang == "ar" else None
    if pair_end and ctx.g.unit_after.match(ctx.text, pair_end.end()):
        return True  # "من 22 إلى 27 يوليو", "بين 23 و25 كيلومترا": the first figure shares the unit
    if ctx.g.label_before.search(ctx.text, max(0, c.num_start - 16), c.num_start):
        return True
    if ctx.lang == "ar" and _ORDINAL_UNITS_BEFORE.search(ctx.text, max(0, c.num_start - 12), c.num_start):
        return True  # "السادس والعشرين من فبراير": the tens of an ordinal (a date, a rank)
    # "בני 26-22", "גילאי 18-30", "הגילאים שבין 21 ל-26": the second figure of a labelled pair is labelled too.
    near = ctx.text[max(0, c.num_start - 2) : c.num_start]
    pair = (
        _PAIR_BEFORE.search(ctx.text, max(0, c.num_start - 8), c.num_start)
        if "-" in near or "–" in near
        else None
    ) or _JOINED_PAIR_BEFORE[ctx.lang].search(ctx.text, max(0, c.num_start - 10), c.num_start)
    if pair and ctx.g.label_before.search(ctx.text, max(0, pair.start() - 16), pair.start()):
        return True
    return bool(_MONEY_OR_SHARE_BEFORE.search(ctx.text[max(0, c.num_start - 3) : c.num_start]))


def _clause_start(ctx: _Context, sentence_start: int, start: int) -> bool:
    """The sentence or a clause after a comma begins here."""
    return not ctx.text[sentence_start:start].strip() or ctx.text[sentence_start:start].rstrip().endswith(",")


# "במחוז ביטליס שבדרום-מזרח המדינה", "בצפון המדינה": a part of "the country" is in the state the passage speaks of.
# A place told by a common noun: "בצפון המדינה", "המוצבים כעת במדינה", "في الجزء الجنوبي من البلاد".
_PART_OF_THE_COUNTRY = {
    "he": re.compile(
        r"(?<!\w)ו?ש?(?:ב(?:(?:צפון|דרום|מזרח|מערב|מרכז)(?:[\s-](?:מזרח|מערב))?\s+|רחבי\s+)?המדינה"
        # "בשטח המדינה", "לתוך המדינה", "בגבולות המדינה", "במדינה": inside the country spoken of
        r"|[בל](?:שטח|תוך|גבולות)\s+המדינה|במדינה)(?!\w)"
    ),
    "ar": re.compile(
        fold_word(
            r"(?<!\w)(?:في|من)\s+(?:(?:الجزء|القسم|المناطق|المنطقة|الاجزاء|الأجزاء)\s+\S+\s+من\s+)?البلاد(?!\w)"
        )
    ),
}
# "الجيش الأردني": an Arabic army told by its adjective names its state.
_ARMY_BEFORE = re.compile(fold_word(r"(?<!\w)(?:ال)?(?:جيش|قوات)\s+\Z"))


def _part_of_the_country(ctx: _Context, index: int) -> str | None:
    """The state a sentence's "part of the country" is in: the country or army named last before it."""
    _, s, e = ctx.sentence_of(ctx.sentences.spans[index][0])
    m = _PART_OF_THE_COUNTRY[ctx.lang].search(ctx.text, s, e)
    if m is None:
        return None
    first = ctx.sentences.spans[max(0, index - 1)][0]
    # a demonym describes the people counted ("חיילים בריטים ... במזרח המדינה"), not the country spoken of
    named = [
        p.code
        for back in range(max(0, index - 1), index + 1)
        for p in ctx.places(back)
        if first <= p.start < m.start()
        and (
            p.kind in ("name", "army")
            or (
                ctx.lang == "ar"
                and p.kind == "demonym"
                and _ARMY_BEFORE.search(ctx.text, max(0, p.start - 8), p.start)
            )
        )
        and p.code != NOWHERE
        and not p.group
    ]
    return named[-1] if named else None


# Every pattern of this module behind a look for the literals it must consume (guard.py): same answers, faster.
guard_patterns(globals())
