"""Whose troops an Arabic or Hebrew count are: the owner named around the noun, or the count's before."""

from __future__ import annotations

import re

from news_etl.extract.guard import guard_patterns
from news_etl.extract.semitic_context import _Context, _Count, _Head
from news_etl.extract.semitic_heads import _inside_previous, _previous_near
from news_etl.extract.semitic_places import NOWHERE, SemiticPlace, group_codes
from news_etl.extract.semitic_text import fold_word
from news_etl.records import Mention

# Reach of the owners around a count, in characters.
OWNER_REACH = 60
OWNER_AFTER_REACH = 80  # an owner named later in the sentence than this is about something else


# The noun phrase of a count ends at punctuation, a dash or a preposition of place.
_OWNER_STOP = re.compile(r"[،,.:;؛!?()\-–]|\s(?:في|الي|داخل|الى|بعد|قبل|منذ|خلال|ב\w+)\s")


def _owner_after(ctx: _Context, places: list[SemiticPlace], noun_end: int) -> SemiticPlace | None:
    end = noun_end + OWNER_REACH
    m = _OWNER_STOP.search(ctx.text, noun_end, end)
    # "חיילים בריטים": a demonym that begins with ב is the owner, not a preposition that ends the noun phrase;
    # so is one joined by a hyphen. The search restarts on the space after the word (it may open the next stop)
    # but never where it was: a one-character stop once made this loop forever.
    while m and any(p.start == m.start() + 1 and p.kind == "demonym" for p in places):
        m = _OWNER_STOP.search(ctx.text, max(m.end() - 1, m.start() + 1), end)
    if m:
        end = m.start()
    for p in places:
        if noun_end <= p.start < end and len(ctx.text[noun_end : p.start].split()) <= 4:
            return p
    return None


_FROM = re.compile(r"\s+(?:من\s+(?:طرف\s+|جانب\s+)?|מ-?)")  # "640 جنديا من طرف سيول"
# "3600 عسكري من كلا البلدين", "מיליון נפגעים לשני הצדדים": troops of both sides have no single owner.
_BOTH_SIDES = re.compile(
    r"\s+(?:من\s+(?:كلا\s+|كل\s+من\s+)?(?:البلدين|الجانبين|الطرفين|الدولتين|الجيشين)"
    r"|(?:[למ]|בקרב\s+|של\s+)?שני\s+הצדדים"
    # "3,500 חיילים מצבאות מדינות ערב": troops of several states' armies have no single owner
    r"|(?:[למ]|של\s+)?(?:ה?צבאות\s+)?(?:ה?מדינות|ארצות)\s+ערב"
    # "60 לוחמים של המשטר הסורי והמורדים", "من قوات النظام والمعارضة": the fighters of both sides of a civil war
    r"|(?:של\s+|[מ])ה?(?:משטר|צבא)(?:\s+\S+)?\s+וה?(?:מורדים|אופוזיציה|מתנגדיו)"
    r"|من\s+(?:قوات\s+)?(?:ال)?(?:نظام|جيش)(?:\s+\S+)?\s+و(?:ال)?(?:معارضة|معارضين|فصائل))(?!\w)"
)
# A relative pronoun opens a clause about something else ("في التدريبات التي ... تطالب بكين").
_RELATIVE = re.compile(r"(?<!\w)(?:الذي|التي|الذين)(?!\w)")


def _origin(ctx: _Context, places: list[SemiticPlace], head: _Head) -> SemiticPlace | None:
    """'12 ألف عسكري من كوريا الشمالية', 'חיילים מצרפת': the country the troops come from owns them."""
    m = _FROM.match(ctx.text, head.noun_end) if head.rule == "noun" and head.noun_end else None
    if m is None:
        return None
    for p in places:
        if p.start == m.end() and p.kind in ("name", "demonym") and p.code != "PSE" and not p.group:
            # "העבירה 1,200 חיילים מצ'אד לניז'ר": from one place to another is the way they go, not whose
            route = any(_TO_NEXT.fullmatch(ctx.text, p.end, q.start) for q in places if q.start > p.end)
            return None if route else p
    return None


_TO_NEXT = re.compile(r"\s+(?:ו?ל|אל\s+|(?:و?(?:إلى|الى))\s+)")


_AND = re.compile(r"\s*(?:[,،]\s*[וو]?|[וو])\s*(?:حرك[ةه]|جماع[ةه]|تنظيم|ארגון|תנועת)?\s*")


def _single(ctx: _Context, places: list[SemiticPlace], p: SemiticPlace) -> str | None:
    """The owner's code, or None for troops of several countries or groups ("אמריקנים וישראלים", "ارה"ב, בריטניה,
    ספרד", "مقاتل من حماس وحركة الجهاد الإسلامي")."""

    def owner_kind(place: SemiticPlace) -> bool:
        return place.kind in ("name", "demonym") or (place.kind == "army" and place.group)

    if not owner_kind(p):
        return p.code
    for q in places:
        if q.code == p.code or not owner_kind(q) or not q.can_own:
            continue
        first, second = (p, q) if p.end <= q.start else (q, p)
        if second.start - first.end <= 10 and _AND.fullmatch(ctx.text, first.end, second.start):
            return None
    return p.code


def _owners(ctx: _Context, index: int, noun: str, count_start: int = -1) -> list[SemiticPlace]:
    """The places of a sentence that can own troops: only armed groups for militants (مسلحين, מחבלים), only
    states and international forces for soldiers (جنود, חיילים)."""
    if index < 0:
        return []
    militants = bool(noun) and bool(ctx.g.militant.fullmatch(noun))
    soldiers = bool(noun) and bool(ctx.g.soldiers.fullmatch(noun))
    # "أعلنت جماعة الحوثي مقتل خمسة من ضباطها": officers of the group named before them are its own
    own = ctx.lang == "ar" and noun.endswith(("ها", "ه", "هم"))
    return [
        p
        for p in ctx.places(index)
        if p.can_own
        and not (militants and not p.group)
        and not (
            soldiers
            and p.group
            and not (own and p.end <= count_start)
            and not _group_sends(ctx, p, count_start)
            and not _of_the_group(ctx, p, count_start)
        )
        and not _of_counted_things(ctx, p)
    ]


# "170 ضابطا تابعا لمليشيا الحوثي", "30 جنديا من جماعة الحوثي": soldiers or officers said to be of a group are its own.
_OF_GROUP_BEFORE = re.compile(
    fold_word(
        r"(?<!\w)(?:من\s+|(?:ال)?تابع\w*\s+ل|ينتمون\s+(?:الى|إلى)\s+)(?:(?:ال)?(?:جماعة|حركة|ميليشيا|مليشيا|ميليشيات|مليشيات|تنظيم)\s+)?\Z"
    )
)


def _of_the_group(ctx: _Context, p: SemiticPlace, count_start: int) -> bool:
    if ctx.lang != "ar" or count_start < 0 or not 0 < p.start - count_start <= 70:
        return False
    return _OF_GROUP_BEFORE.search(ctx.text, max(count_start, p.start - 40), p.start) is not None


# "دفعت جماعة الحوثي بـ 3600 جندي", "وأرسل حزب الله 500 جندي": the group that sends soldiers owns them.
_SENDS_BEFORE = re.compile(
    fold_word(
        r"(?<!\w)[وف]?(?:أرسل|ارسل|دفع|نشر|حشد|جند|زج)(?:ت|وا)?\s+(?:(?:جماعة|حركة|ميليشيا|مليشيا)\s+)?\Z"
    )
)


_BI_BETWEEN = re.compile(r"\s*(?:ب[ـ]?)?\s*")


def _group_sends(ctx: _Context, p: SemiticPlace, count_start: int) -> bool:
    if ctx.lang != "ar" or not 0 <= count_start - p.end <= 6:
        return False
    between = ctx.text[p.end : count_start]
    return _BI_BETWEEN.fullmatch(between) is not None and bool(
        _SENDS_BEFORE.search(ctx.text, max(0, p.start - 25), p.start)
    )


# "30 טנקים מצריים", "שישה מטוסי קרב ירדניים": the demonym of things counted (not troops) describes them.
_THINGS_BEFORE = re.compile(r"\s+\S+(?:\s+\S+)?\s+\Z")


def _of_counted_things(ctx: _Context, p: SemiticPlace) -> bool:
    if ctx.lang != "he" or p.kind != "demonym":
        return False
    return any(
        n.end <= p.start <= n.end + 25
        and n.start not in ctx.count_starts
        and _THINGS_BEFORE.fullmatch(ctx.text, n.end, p.start) is not None
        and ctx.g.unit_after.match(ctx.text, n.end) is not None
        for n in ctx.numbers
    )


# "צבא פקיסטן הרג שני חיילים", "השוטר המצרי שהרג את שלושת הלוחמים": the one named as the subject of the
# killing, wounding or capture right before the figure is the attacker; the troops counted are the other side's.
_HARMED_BY = re.compile(
    r"(?:\s+\S+){0,3}?\s+ו?ש?(?:הרג|הרגו|הרגה|חיסל|חיסלו|חיסלה|פצע|פצעו|פצעה|חטף|חטפו|חטפה)"
    r"(?:\s+(?:היום|אתמול|הלילה|אמש|הבוקר))?\s+(?:את\s+)?\Z"
)


def _attacker(ctx: _Context, p: SemiticPlace, c: _Count) -> bool:
    return (
        ctx.lang == "he"
        and c.start - p.end <= 40
        and _HARMED_BY.fullmatch(ctx.text, p.end, c.start) is not None
    )


def _actor(ctx: _Context, c: _Count, head: _Head, index: int, leaving: bool) -> str | None:
    noun = head.noun or _antecedent_noun(ctx, c)
    places = ctx.places(index)
    owners = _owners(ctx, index, noun, c.start)
    # "سحب 1000 جندي من سوريا": in a withdrawal the country after من is the one left, not the owner.
    decided, code = _hebrew_owner(ctx, places, c, head)
    if decided:
        return code
    found = (None if leaving else _origin(ctx, places, head)) or _owner_after(ctx, owners, c.end)
    if found:
        return _single(ctx, places, found)
    if noun and ctx.g.fighters.fullmatch(noun):
        groups = [
            p
            for back in (0, 1, 2)
            for p in _not_attacking(ctx, _owners(ctx, index - back, noun), noun)
            if p.group
        ]
        if groups:
            return min(groups, key=lambda p: abs(p.start - c.start)).code
    before = [p for p in _not_attacking(ctx, owners, noun) if p.end <= c.start and not _attacker(ctx, p, c)]
    if before:
        return _single(ctx, places, before[-1])
    decided, code = _owner_later(ctx, places, owners, head)
    if decided:
        return code
    for back in (1, 2):
        if earlier := _not_attacking(ctx, _owners(ctx, index - back, noun), noun):
            # "מאות ישראלים ביקרו בנושאת המטוסים של הצי האמריקני": the army or navy named, not the visitors
            # "باشرت الفلبين والولايات المتحدة مناورات ... ويشارك 18 ألف جندي": troops of both, no one owner
            return _single(ctx, ctx.places(index - back), _earlier_owner(ctx, earlier))
    # An army named in the next sentence ("...נפצעו. בצה\"ל אמרו כי"): the troops are the ones it speaks of.
    for ahead in (1, 2):
        if index + ahead < len(ctx.sentences.spans):
            armies = [p for p in _owners(ctx, index + ahead, noun) if p.kind == "army" or _army_of(ctx, p)]
            if armies:
                return armies[0].code
    return None


def _earlier_owner(ctx: _Context, earlier: list[SemiticPlace]) -> SemiticPlace:
    """The owner taken from a sentence before: an army first; in Hebrew a headline's dateline last ("תימן: ...
    חיילים סודנים ... התגבור יגיע ל-10,000 חיילים": the dateline is where it happened)."""
    armed = [p for p in earlier if ctx.lang == "he" and (p.kind == "army" or _army_of(ctx, p))]
    if armed:
        return armed[0]
    if ctx.lang == "he":
        return next((p for p in earlier if not p.dateline), earlier[0])
    return earlier[0]


# "מחבלי חמאס ירו לעבר כוח צה\"ל", "איראן שיגרה טילים לעבר ישראל": the one who fires, right before the verb
_FIRES_AFTER = re.compile(
    r"(?:\s+[^\s.,]+)?,?\s+ו?(?:ירו|ירה|שיגר|שיגרה|שיגרו|תקף|תקפה|תקפו|הפגיז|הפגיזו|פתח|פתחו|הטמינו|ארבו)(?!\w)"
)


def _not_attacking(ctx: _Context, owners: list[SemiticPlace], noun: str) -> list[SemiticPlace]:
    """Owners of a Hebrew sentence that are no attacker of the troops counted: a group or state that fires or attacks
    owns the militants it counts ("חמאס ירה ... 5 מחבלים חוסלו"), not the soldiers hit ("2 לוחמים נפצעו")."""
    if ctx.lang != "he" or not noun or ctx.g.militant.fullmatch(noun):
        return owners
    return [p for p in owners if not _FIRES_AFTER.match(ctx.text, p.end)]


def _owner_later(
    ctx: _Context, places: list[SemiticPlace], owners: list[SemiticPlace], head: _Head
) -> tuple[bool, str | None]:
    """(decided, code): an owner named within reach after the noun; else (Hebrew) the same troop noun told again later in the
    sentence with a demonym ('כ-200 חיילים ..., כאשר לא יוצבו חיילים אמריקנים')."""
    after = [
        p
        for p in owners
        if head.noun_end <= p.start < head.noun_end + OWNER_AFTER_REACH
        and not (ctx.lang == "ar" and _RELATIVE.search(ctx.text, head.noun_end, p.start))
    ]
    if after:
        return True, _single(ctx, places, after[0])
    if ctx.lang != "he" or not head.noun:
        return False, None
    for p in owners:
        if (
            p.kind == "demonym"
            and p.start >= head.noun_end + OWNER_AFTER_REACH
            and ctx.text[head.noun_end : p.start].rstrip().endswith(" " + head.noun)
        ):
            return True, p.code
    return False, None


# "התנדבו לשרת בצבא הבריטי", "ששירתו בצבא הבריטי": people who joined an army are its troops, wherever they came from.
_JOIN = re.compile(
    r"(?<!\w)[ובלהש]{0,2}(?:התנדב\w*|להתנדב|משרתים|משרתות|שירתו|ישרתו|לשרת|התגייס\w*|להתגייס|גויסו)(?!\w)"
)


_ARMY_BEFORE_NAME = re.compile(r"(?<!\w)[ובל]?ה?צבא\s+ה?\Z")


_OF_ARMIES = re.compile(r"\s+מ(?:צבאות|כוחות)\s+")
_INTERNATIONAL_AFTER = re.compile(r"\s+ה?(?:בינלאומיים|בין-לאומיים|בינ\"ל)(?!\w)")


def _hebrew_owner(
    ctx: _Context, places: list[SemiticPlace], c: _Count, head: _Head
) -> tuple[bool, str | None]:
    """(decided, owner): the army people joined, or no owner for Palestinians of an unnamed group."""
    if ctx.lang != "he":
        return False, None
    if joined := _army_joined(ctx, places, c, head):
        return True, joined
    if head.noun in ctx.g.members:
        # "שני בכירי חיזבאללה": senior men or members count only with the force named right after them, its own
        named = [p for p in places if p.kind == "army" and c.end < p.start < head.noun_end]
        if named:
            return True, named[0].code
    if (m := _OF_ARMIES.match(ctx.text, head.noun_end)) and not any(p.start == m.end() for p in places):
        return True, None  # "8,000 חיילים מצבאות ערב": armies named, but no one country
    if head.noun and _INTERNATIONAL_AFTER.match(ctx.text, head.noun_end):
        return True, None  # "אלפי חיילים בינלאומיים": troops of many countries, whoever plans their base
    # "15 אלף לוחמים פלסטינים": fighters of a Palestinian group the passage does not name
    palestinians = any(
        p.code == "PSE" and p.kind == "demonym" and 0 <= p.start - head.noun_end <= 3 for p in places
    )
    return palestinians, None


def _army_joined(ctx: _Context, places: list[SemiticPlace], c: _Count, head: _Head) -> str | None:
    for p in places:
        near = head.noun_end <= p.start <= head.noun_end + OWNER_AFTER_REACH
        army = p.kind in ("name", "demonym") and _ARMY_BEFORE_NAME.search(ctx.text, c.end, p.start)
        if near and army and _JOIN.search(ctx.text, c.end, p.start):
            return p.code
    return None


# "צבא מצרים מסר", "כך מסר צבא ניגריה", "وقال الجيش المصري": a state named as the army that speaks.
_ARMY_WORD_BEFORE = re.compile(fold_word(r"(?<!\w)(?:[וב]?ה?צבא\s+ה?|[וב]?ה?צי\s+ה?|[وب]?(?:ال)?جيش\s+)\Z"))


def _army_of(ctx: _Context, p: SemiticPlace) -> bool:
    return p.kind in ("name", "demonym") and bool(
        _ARMY_WORD_BEFORE.search(ctx.text, max(0, p.start - 8), p.start)
    )


def _antecedent_noun(ctx: _Context, c: _Count) -> str:
    """The troop noun that "منهم", "מהם" or a bare figure refers back to (in this sentence or the one before)."""
    index = ctx.sentences.index_of(c.start)
    first = ctx.sentences.spans[max(0, index - 1)][0]
    last = ""
    for m in ctx.g.troop_anywhere.finditer(ctx.text, first, c.start):
        last = m.group("noun")
    return last


def _marked(p: SemiticPlace, leaving: bool) -> bool:
    return p.can_locate and (p.kind == "region" or p.located or (leaving and p.departure))


def _coordinated(places: list[SemiticPlace], p: SemiticPlace, text: str = "") -> bool:
    """'בגרמניה ופולין', 'في سوريا والعراق': troops spread over several countries have no one location."""
    return any(
        q.code not in (p.code, NOWHERE)  # "בורקינה פאסו שבאפריקה": a continent only says where the country is
        and q.kind in ("name", "region")
        and (
            (0 <= q.start - p.end <= 3 and _joined(text, p.start, p.end, q.start))
            or (0 <= p.start - q.end <= 3 and _joined(text, q.start, q.end, p.start))
            or (
                bool(text)
                and _AND_PART_OF.fullmatch(text, min(p.end, q.end), max(p.start, q.start)) is not None
            )
        )
        for q in places
        if q is not p
    )


# "בגרמניה ופולין", "في سوريا، العراق", "בין סוריה ללבנון": joined by "and", a comma or the "ל" of "בין";
# "עבור רוסיה באוקראינה" has a preposition of its own; a line break ends a list line, it joins nothing.
_JOINER = re.compile(r"[^\S\n,،]*[,،]?[^\S\n]*(?:[וو]\S?)?[^\S\n,،]*[,،]?[^\S\n]*")
_BETWEEN = re.compile(r"(?<!\w)[וש]{0,2}בין\s+\Z")


def _joined(text: str, first: int, end: int, second: int) -> bool:
    if not text or _JOINER.fullmatch(text, end, second):
        return True
    return text[end:second].strip() == "ל" and _BETWEEN.search(text, max(0, first - 6), first) is not None


# "في شمال العراق وجنوب شرق تركيا": two countries joined with the part of each named.
_AND_PART_OF = re.compile(fold_word(r"\s*و(?:\s*(?:جنوب|شمال|شرق|غرب|وسط)(?:ي)?){1,2}\s+"))


def _more_of_previous(ctx: _Context, c: _Count, head: _Head, previous: list[Mention]) -> bool:
    """'400 جندي آخرين', '300 חיילים נוספים' after a count of the same sentence that has an owner."""
    if not previous or previous[-1].actor_code is None or _previous_near(ctx, c, previous, 0) is None:
        return False
    if ctx.g.others.match(ctx.text, head.noun_end) is None:
        return False
    # "فرنسا سترسل 300 جندي، وأن الدنمارك سترسل 250 جنديا آخرين": an owner named in between owns the others
    last_end = int(previous[-1].extra["folded_end"])  # type: ignore[call-overload]
    index = ctx.sentences.index_of(c.start)
    return not any(last_end <= p.start < c.start and p.can_own for p in ctx.places(index))


_REBELS_AFTER = re.compile(
    fold_word(r"\s+(?:ה?(?:אופוזיציה|מורדים|מחתרת)|מתנגדי\s+המשטר|(?:من\s+)?(?:ال)?(?:معارضة|متمردين))(?!\w)")
)


def _mention_actor(
    ctx: _Context, c: _Count, head: _Head, index: int, leaving: bool, previous: list[Mention]
) -> str | None:
    both_sides = head.noun_end and _BOTH_SIDES.match(ctx.text, head.noun_end)
    actor = None if both_sides else _actor(ctx, c, head, index, leaving)
    if ctx.lang == "he" and actor == "ISR" and head.noun and ctx.g.militant.fullmatch(head.noun):
        actor = None  # "מחבלים" in Hebrew news are the enemy's fighters, never the IDF's
    if (
        actor
        and head.noun_end
        and _REBELS_AFTER.match(ctx.text, head.noun_end)
        and actor not in group_codes()
    ):
        actor = (
            None  # "להרוג כ-1,000 לוחמי אופוזיציה", "مقاتلي المعارضة": a state's opponents are not its troops
        )
    if previous and _inside_previous(ctx, c, previous[-1]):
        # "8 آلاف عسكري من إيران، من بينهم نحو 300 ضابط"; a part named with its own demonym is that
        # country's ("חמישה חיילי נאט\"ו, ביניהם שני חיילים בריטים", "بينهم 300 جندي بريطاني")
        actor = _own_demonym(ctx, head, index) or previous[-1].actor_code
    if head.rule in ("ellipsis", "others") and previous:
        actor = previous[-1].actor_code  # "و5200 في العراق", "عشرات آخرين": the troops counted before
    elif head.rule == "definite" and ctx.lang == "he" and _previous_near(ctx, c, previous, 1):
        actor = previous[-1].actor_code  # "2 המחבלים ... חוסלו השניים": the same troops, whoever owns them
    elif head.rule in ("anaphora", "definite") and previous and (actor is None or ctx.lang == "ar"):
        # "שלושה מהם", "השניים", "خمسة منهم": part of the troops counted before
        actor = previous[-1].actor_code
    elif head.rule == "noun" and _more_of_previous(ctx, c, head, previous):
        actor = previous[
            -1
        ].actor_code  # "غادر 282 جنديا فرنسيا ... إعادة 400 جندي آخرين": more of the same troops
    if actor is None and ctx.lang == "ar" and head.noun and ctx.g.soldiers.fullmatch(head.noun):
        actor = _army_in_country(ctx, index)
    if (
        actor is None
        and ctx.lang == "he"
        and head.noun
        and (ctx.g.soldiers.fullmatch(head.noun) or head.noun in _CALL_UP_NOUNS)
    ):
        actor = _one_army_in_sentence(ctx, index)
    return actor


_CALL_UP_NOUNS = frozenset({"צווי מילואים", "צווי המילואים"})


def _one_army_in_sentence(ctx: _Context, index: int) -> str | None:
    """'20 אלף אנשי מילואים ... לקראת הפעילות של צה\"ל': soldiers of the one army the sentence names."""
    armies = {p.code for p in ctx.places(index) if p.kind == "army" and p.can_own and not p.group}
    return armies.pop() if len(armies) == 1 else None


_PLAIN_GAP = re.compile(r"[^\d,،.:;()]{0,20}")


def _own_demonym(ctx: _Context, head: _Head, index: int) -> str | None:
    if not head.noun_end:
        return None
    for p in ctx.places(index):
        if (
            p.kind == "demonym"
            and p.can_own
            and 0 <= p.start - head.noun_end <= 20
            and _PLAIN_GAP.fullmatch(ctx.text, head.noun_end, p.start)
        ):
            return p.code
    return None


# "أعلن الجيش في مالي عن مقتل 16 جندي", "قاعدة للجيش في شمال أفغانستان ... وقتلوا 10 جنود": the army of the
# country it is said to be in owns the soldiers.
_ARMY_IN = re.compile(
    fold_word(r"(?<!\w)[وبل]?(?:ال|لل)جيش\s+(?:(?:في|ب)\s*)?(?:(?:شمال|جنوب|شرق|غرب|وسط)ي?\s+)?\Z")
)


def _army_in_country(ctx: _Context, index: int) -> str | None:
    for p in ctx.places(index):
        home = p.kind in ("name", "region") and p.code not in ("PSE", "ISR") and p.can_locate and not p.group
        if home and _ARMY_IN.search(ctx.text, max(0, p.start - 30), p.start):
            return p.code
    return None


# Every pattern of this module behind a look for the literals it must consume (guard.py): same answers, faster.
guard_patterns(globals())
