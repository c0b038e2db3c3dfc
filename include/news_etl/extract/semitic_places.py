"""Arabic and Hebrew names of countries, demonyms, armies, armed groups and regions in folded text.

The names come from data/places_ar_he.yaml; the glued prefix letters and the inflections of demonyms are
generated here. Each hit knows what it can be (an army is never a location, a region never an owner) and
whether a location preposition or prefix letter marks it as the place where troops are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from news_etl.extract.guard import guard_patterns, guarded, guarding, literals_finder, required_strings
from news_etl.extract.semitic_text import (
    SemiticLanguage,
    fold_word,
    semitic_lexicon,
    semitic_places,
    words_alternation,
)

Kind = Literal["name", "demonym", "army", "region"]
GENERIC = "*"  # "الحزب", "הארגון": resolved to the armed group named before (semitic.py)
HOME_ARMY = "~"  # "הצבא": the army of the state named before, else the home army (semitic.py)
NOWHERE = "-"  # "الشرق الأوسط", "הים האדום": a region in no one country (no location)

_PREFIX = {"ar": "(?:[وف]?[بلك]?)", "he": "(?:[ו]?[בלמהכש]{0,2})"}
# Scraped Arabic pages lose the space after a compass word: "في جنوبلبنان" is a place in Lebanon.
_GLUED_DIRECTION = {"ar": "(?P<dir>(?:جنوبي?|شمالي?|شرقي?|غربي?))?", "he": "(?P<dir>(?!))?"}
# "בקרבת הגבולות עם אוקראינה", "على الحدود مع لبنان": troops at a border with a country are not in it.
_BORDER_WITH_BEFORE = re.compile(
    fold_word(r"(?<!\w)(?:[وبل]?(?:ال)?حدود(?:ها|ه)?|[ובל]?ה?גבול(?:ות)?)\s+(?:مع|עם)\s+\Z")
)
# "الانفصاليين الموالين لروسيا": the state a force is loyal to is neither where it is nor whose it is.
# "بدولة جنوب السودان", "في جمهورية مالي": a state noun after a location preposition; the noun alone
# ("دولة الإمارات أرسلت") places nothing.
_IN_STATE_NOUN = re.compile(
    fold_word(r"(?<!\w)(?:[وف]?[بل]|[وف]?(?:في|إلى|الى|داخل)\s+)(?:ال)?(?:دولة|جمهورية|ولاية|إمارة)\s+\Z")
)
_LOYAL_BEFORE = re.compile(fold_word(r"(?<!\w)(?:ال)?موال(?:ي|ية|يه|ين|ون|يا)\s+\Z"))
_AMONG = frozenset({"بين", "בין"})
_LOCATION_LETTERS = {"ar": "بل", "he": "בל"}
# Rules searched over the window before every place whose words are as short as "من", "مع", "עם": without a guard
# re tries them at each of the window's forty positions, and a two-letter word is missing from most windows.
_SHORT_GUARD = 2
# "מצפון-מזרח סוריה": a compass direction with the prefix מ before a country is where troops leave.
_DEPARTURE = {
    # "من دولة النيجر", "من الأراضي السورية": a state noun may stand between "من" and the name
    "ar": guarded(
        re.compile(fold_word(r"(?<!\w)من\s+(?:(?:ال)?(?:دولة|جمهورية|اراضي|أراضي)\s+)?\Z")), _SHORT_GUARD
    ),
    "he": guarded(re.compile(r"(?<!\w)ו?מ(?:צפון|דרום|מזרח|מערב)(?:[\s-](?:מזרח|מערב))?\s+\Z"), _SHORT_GUARD),
}
_AR_SUFFIXES = ("", "ه", "ا", "ين", "ون", "ان", "تين", "تان", "ات")
_HE_SUFFIXES = ("", "ם", "ת", "ות", "ים")
# Nouns that turn a following demonym into a place: الجبهة الأوكرانية, الجنوب اللبناني, الأراضي السورية.
# Media and offices named with a demonym speak about troops, they do not own them: صحيفة "هآرتس" العبرية.
# (Written as in print and folded like the text: ة is matched as ه.)
_SPEAKER_BEFORE = re.compile(
    fold_word(
        r"(?<!\w)(?:[وبل]?(?:ال)?(?:صحيفة|مجلة|وكالة|شبكة|اعلام|اذاعة|قناة|منصة|موقع|مرصد|تقرير|توقعات|استخبارات|خبراء)"
        r"|(?:ב|ו|ה)?(?:ערוץ|עיתון|תקשורת|רשת|אתר|סוכנות))(?:\s+(?![وب]?ان\s)\S+){0,2}\s+\Z"
    )
)
# "..., כך מסר משרד ההגנה הבריטי": a country's office that says it, not the owner (an army that says it about its
# own troops, "כך הודיע דובר צה\"ל", still owns them).
_SAID_BY = re.compile(
    r"(?<!\w)כך\s+(?:מסר|מסרה|אמר|אמרה|דיווח|דיווחה|הודיע|הודיעה|נמסר|פרסם|פרסמה)(?:\s+\S+){0,2}\s+\Z"
)
# "غادر آخر 400 جندي فرنسي النيجر", "עזבו 2,000 חיילים את סוריה": the country left is the verb's object.
_LEFT_BEFORE = re.compile(
    fold_word(
        r"(?<!\w)(?:[وبل]?(?:غادر\w*|يغادر\w*|تغادر\w*|سيغادر\w*|ستغادر\w*|مغادرة)"
        r"|ו?(?:עזב\w*|יעזבו|תעזוב|לעזוב|עוזב\w*))\s+(?:\S+\s+){0,6}(?:את\s+)?\Z"
    )
)
# "נחתו באירופה – קרוב לרוסיה": near a country is outside it.
_PUBLISHED_BEFORE = re.compile(r"(?<!\w)ש?ה?(?:רואה|רואים|יוצא|יוצאת|יוצאים)\s+(?:ל)?אור\s+\Z")
_NEAR_BEFORE = re.compile(r"(?<!\w)(?:קרוב|קרובה|קרובים|קרובות|בקרבת)\s+\Z")
_HAVE_BEFORE = re.compile(r"(?<!\w)(?:היו|היה|הייתה|היתה|יש|אין|יהיו)\s+\Z")
_HE_ARMY_BEFORE = re.compile(r"(?<!\w)ה?צבא\s+\Z")
# An agency, paper or channel and up to two words before a place: it reports from there ("موقع" is also a site).
_REPORTER_BEFORE = re.compile(
    fold_word(
        r"(?<!\w)[وب]?(?:ال)?(?:صحيفة|مجلة|وكالة|شبكة|اذاعة|قناة|مرصد|استخبارات)(?:\s+(?![وب]?ان\s)\S+){0,2}\s+\Z"
        r"|(?<!\w)(?:ב|ו|ה)?(?:ערוץ|עיתון|רשת|סוכנות)(?:\s+\S+){0,2}\s+\Z"
    )
)
# "כך דווח בארצות הברית", "בקייב טוענים כי": where it is said, not where the troops are.
_SAID_THERE_BEFORE = re.compile(r"(?<!\w)(?:דווח|נמסר|פורסם|דיווחו|הודיעו|מסרו)\s+\Z")
_SAID_THERE_AFTER = re.compile(
    r"\s+(?:טוענים|טענו|אומרים|אמרו|מעריכים|העריכו|סבורים|חוששים|מדווחים|דיווחו|הודיעו|מסרו|מאשרים|אישרו"
    r"|החליטו|החליטה|החליט|מחליטים|הורו|הורה)(?!\w)"
)
# "ينحدرون من قرى في جنوبي لبنان", "שמוצאם מדרום לבנון": where the troops come from, not where they are.
_ORIGIN_BEFORE = re.compile(
    fold_word(r"(?<!\w)(?:ينحدر\w*|يتحدر\w*|تنحدر|مواليد|מוצא\w*|שמוצאם|יליד\w*)(?!\w)")
)
# "ניסו לתקוף את המורדים": the side attacked is the enemy of the troops counted, not their owner.
_TARGET_BEFORE = re.compile(
    r"(?<!\w)[ולכש]{0,2}(?:לתקוף|תקפו|תקף|תקפה|תוקפים|הפציצו|הפציץ|הפציצה|להפציץ|להילחם\s+ב|נלחמו\s+ב)\s+(?:את\s+)?\Z"
)
# "בעקבות הלחץ האמריקני אלפי חיילים יצאו", "بضغط أمريكي": the country that presses, mediates or asks is not the
# owner of the troops that move because of it.
_PRESSED_BY_BEFORE = re.compile(
    fold_word(
        r"(?<!\w)[ובלמש]?ה?(?:לחץ|לחצים|לחצי|דרישה|דרישת|בקשה|בקשת|תיווך|איום|איומי)\s+\Z"
        r"|(?<!\w)[وب]?(?:ال)?(?:ضغط|ضغوط|وساطة|طلب|تهديد|تهديدات)\s+\Z"
    )
)
# "דובר חמאס בעזה אמר כי", "גורם בכיר בחיזבאללה בביירות מסר": where the one who speaks sits, not where the troops are.
_SPOKESMAN_BEFORE = re.compile(
    r"(?<!\w)ו?ה?(?:דובר|דוברת|דוברי|נציג|נציגת|נציגי|בכיר|בכירה|בכירי|בכירים|גורם|גורמי|גורמים|מקור|מקורות|פקיד|פקידים"
    r"|מנהיג|מנהיגי|הנהגת|פעיל|פעילי)(?:\s+\S+){0,2}\s+\Z"
)
_SPEAKS_AFTER = re.compile(
    r"\s+(?:אמר|אמרה|אמרו|מסר|מסרה|מסרו|הודיע|הודיעה|הודיעו|טען|טענה|טענו|הבהיר|הבהירה|הבהירו|אישר|אישרה|אישרו"
    r"|הכחיש|הכחישה|הכחישו|ציין|ציינה|ציינו|הוסיף|הוסיפה|הוסיפו)(?!\w)"
)
# "ציר לבנון", "רחוב סוריה", "בגדוד בית חאנון": a road, a street or a unit named after the place.
_STREET_BEFORE = re.compile(r"(?<!\w)[ובלמהש]{0,2}(?:ציר|רחוב|שדרות|כיכר|גדוד|גדודי|פלוגת|חטיבת)\s+\Z")
# "סמ\"ר צור אברהם", "סמל ירדן כהן": a name after a military rank is a person, not Tyre or Jordan.
_RANK_BEFORE = re.compile(
    r"(?<!\w)[וה]?(?:טוראי|רב\"ט|סמל|סמ\"ר|רס\"ל|רס\"ר|רס\"ם|רס\"ב|רנ\"ג|סג\"מ|סגן|סרן|רס\"ן|סא\"ל|אל\"מ|תא\"ל|רא\"ל)"
    r"\s+(?:\(?במיל'\)?\s+)?\Z"
)
# "הטאליבן הודו שאיבדו", "הודו כי": the verb "they admitted" is spelled like India; its clause follows.
_ADMITTED_AFTER = re.compile(r"\s+(?:כי|בכך|באחריות|ש\w+ו)(?!\w)")
_PLACE_NOUN_BEFORE = re.compile(
    fold_word(
        r"(?<!\w)(?:ال)?(?:جبهة|جنوب|شمال|شرق|غرب|اراضي|ارض|حدود|منطقة|عاصمة|بلدة|مدينة|ساحة|داخل|قرية|مخيم)\s+\Z"
        r"|(?<!\w)[ובלמ]?ה?(?:חזית|גבול|שטח|אדמת|אזור|מחוז|כפר|עיירה|יישוב|ישוב)\s+\Z"
    )
)


# "בקהיר החליטו להגביר את הנוכחות", "בוושינגטון הודיעו כי": the capital or country says or decides, impersonally.
_DECIDED_AFTER = re.compile(
    r"\s+(?:החליטו|הודיעו|הבהירו|אישרו|הורו|שלחו|מתכננים|שוקלים|מסרו|מדגישים|מאשרים|הכריזו|מחליטים)(?!\w)"
)


# Not frozen: a frozen dataclass sets each of its eleven fields through object.__setattr__, which took about a tenth
# of the whole place lookup (callgrind). Nothing assigns to a place (dataclasses.replace makes a new one); the hash
# stays the frozen one's (of the fields).
@dataclass(slots=True, unsafe_hash=True)
class SemiticPlace:
    start: int
    end: int
    code: str
    kind: Kind
    located: bool  # after a location preposition or prefix: where troops are or go
    departure: bool  # after "من" / the prefix מ: where troops leave
    other_side: bool  # after "مع", "ضد", "נגד": the enemy, not the owner
    speaker: bool = False  # "وسائل إعلام إسرائيلية": who reports, not whose troops
    reporter: bool = False  # "وكالة التجسس في سيول": where the reporter sits, not where the troops are
    origin: bool = False  # "ينحدرون من قرى في جنوب لبنان": where the troops come from
    dateline: bool = False  # "איראן: ...": the country a headline starts with, a place and maybe the owner

    @property
    def group(self) -> bool:
        """A non-state armed group (HAMAS, PIJ, ISIS ...), as against a state, an alliance or the UN."""
        return self.code in group_codes()

    @property
    def can_own(self) -> bool:
        if self.kind == "army":
            return not self.other_side and not self.speaker
        # Palestinian fighters are counted under their group (HAMAS, PIJ), never under the state.
        plain = not (self.located or self.departure or self.other_side or self.speaker) or self.dateline
        return self.kind in ("name", "demonym") and plain and self.code != "PSE"

    @property
    def can_locate(self) -> bool:
        return self.kind != "army" and self.code not in ("UN", "NATO") and not (self.reporter or self.origin)


@cache
def generic_group_default(lang: SemiticLanguage, word: str) -> str | None:
    """The group a generic word stands for when the passage names none before it (الحزب -> HEZBOLLAH)."""
    return (semitic_places()["generic_groups"].get(lang) or {}).get(word)


@cache
def home_army(lang: SemiticLanguage, word: str) -> str | None:
    """The army "הצבא" stands for when the passage names no state before it."""
    return (semitic_places()["home_army"].get(lang) or {}).get(word)


@cache
def group_codes() -> frozenset[str]:
    """Codes of armies that are no state and no international force: the armed groups."""
    data = semitic_places()
    states = set(data["names"]) | set(data["demonyms"]) | {"UN", "NATO", "AU", "EU"}
    return frozenset(set(data["armies"]) - states)


def _inflect_demonym(stem: str, lang: SemiticLanguage) -> list[str]:
    words = stem.split()
    suffixes = _AR_SUFFIXES if lang == "ar" else _HE_SUFFIXES
    article = "ال" if lang == "ar" else "ה"
    forms = []
    for suffix in suffixes:
        # Arabic inflects every word of "كوري شمالي"; Hebrew only the adjective of "צפון קוריאני".
        inflected = [w + suffix for w in words] if lang == "ar" else [*words[:-1], words[-1] + suffix]
        forms += [" ".join(inflected), " ".join(article + w for w in inflected)]
    return forms


def _add_contracted(
    forms: dict[str, tuple[str, Kind]], word: str, code: str, lang: SemiticLanguage, kind: Kind
) -> None:
    """ב and ל swallow the Hebrew article: ב + הגליל העליון = בגליל העליון (a region needs no marker)."""
    if lang == "he" and kind == "region" and word.startswith("ה") and len(word) > 3:
        forms.setdefault("ב" + word[1:], (code, "region"))
        forms.setdefault("ל" + word[1:], (code, "region"))


@cache
def place_forms(lang: SemiticLanguage) -> dict[str, tuple[str, Kind]]:
    """Every surface form (without prefix letters) -> (code, kind); the first listing of a form wins."""
    data = semitic_places()
    forms: dict[str, tuple[str, Kind]] = {}
    sections: tuple[tuple[str, Kind], ...] = (
        ("armies", "army"),
        ("regions", "region"),
        ("names", "name"),
        ("irregular", "demonym"),
    )
    for section, kind in sections:
        for code, by_lang in data[section].items():
            for word in by_lang.get(lang) or []:
                forms.setdefault(word, (code, kind))
                if '"' in word:  # some pages write gershayim as two apostrophes: צה''ל
                    forms.setdefault(word.replace('"', "''"), (code, kind))
                if lang == "ar" and word.startswith("ال"):
                    forms.setdefault("ل" + word[1:], (code, kind))  # ل + العراق = للعراق
                _add_contracted(forms, word, code, lang, kind)
    for word in data["home_army"].get(lang) or {}:
        forms.setdefault(word, (HOME_ARMY, "army"))
    for word in data["nowhere"].get(lang) or []:
        forms.setdefault(word, (NOWHERE, "region"))
        _add_contracted(forms, word, NOWHERE, lang, "region")  # בים התיכון
    for word in data["generic_groups"].get(lang) or {}:
        forms.setdefault(word, (GENERIC, "army"))
    for code, by_lang in data["demonyms"].items():
        for stem in by_lang.get(lang) or []:
            for form in _inflect_demonym(stem, lang):
                forms.setdefault(form, (code, "demonym"))
    return forms


@cache
def _place_pattern(lang: SemiticLanguage) -> re.Pattern[str]:
    names = words_alternation(list(place_forms(lang)))
    return re.compile(rf"(?<!\w)(?P<pre>{_PREFIX[lang]}){_GLUED_DIRECTION[lang]}(?P<name>{names})(?!\w)")


@cache
@guarding
def _context_patterns(lang: SemiticLanguage) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = semitic_lexicon(lang)
    words = words_alternation(lex["location_words"])
    conj = "[وف]?" if lang == "ar" else "ו?"  # "وفي سوريا", "ومع إسرائيل", "ובמזרח סוריה"
    # "بغرب بولندا", "بمحافظة إدلب": a glued preposition before the place word
    glued = "[وف]?[بل]?" if lang == "ar" else conj
    location = re.compile(rf"(?<!\w){glued}{words}\s+(?:{words}\s+){{0,2}}\Z")
    # "بين" / "בין" is "between" right before a name ("بين إسرائيل وحماس") but "among" before a noun
    # ("بين الجنود الإسرائيليين"): only the other words may stand one word away from the name.
    among = [w for w in lex["not_owner_words"] if w in _AMONG]
    near = words_alternation([w for w in lex["not_owner_words"] if w not in _AMONG])
    other_side = re.compile(
        rf"(?<!\w){conj}(?:{near}\s+(?:[\w\"'-]+\s+)?|{words_alternation(among or ['(?!)'])}\s+)\Z"
    )
    # "לפי התוכנית, יישארו באפגניסטן": a comma closes the source phrase; the place after it is a place again
    source = re.compile(
        rf"(?<!\w){conj}{words_alternation(lex['source_words'])}\s+(?:[^\s,،]+\s+){{0,3}}[^\s,،]*\Z"
    )
    return guarded(location, _SHORT_GUARD), guarded(other_side, _SHORT_GUARD), source


# Levantine month names that are also place names, written beside the other calendar's name ("آب/ أغسطس").
_MONTH_NOT_PLACE = re.compile(r"اب")
_MONTH_AFTER = re.compile(r"\s*/")


def _departed(
    text: str,
    lang: SemiticLanguage,
    m: re.Match[str],
    prefix: str,
    start: int,
    located: bool,
    kind: str,
    source: re.Pattern[str],
) -> bool:
    """A place the troops leave ("מ" glued, "من", "غادروا")."""
    before = max(start, m.start() - 40)
    departure = (lang == "he" and "מ" in prefix) or bool(_DEPARTURE[lang].search(text, before, m.start()))
    if not (located or departure or prefix) and kind in ("name", "region"):
        departure = bool(_LEFT_BEFORE.search(text, max(start, m.start() - 60), m.start()))
    # "وفقا لمصادر استخباراتية من كوريا الجنوبية": where the sources are, not a place left
    return departure and not (lang == "ar" and source.search(text, before, m.start()))


def _hebrew_located(
    text: str,
    lang: SemiticLanguage,
    start: int,
    before: int,
    m: re.Match[str],
    kind: Kind,
    prefix: str,
    located: bool,
    quiet: bool,
) -> tuple[bool, bool]:
    """(located, dateline) after the Hebrew-only readings of a place's context. `quiet`: see _window_literals."""
    if lang != "he":
        return located, False
    # "מאלי: אנשי דאעש חיסלו 56 חיילים": a dateline names where it happened, and may name the owner too
    dateline = kind == "name" and text[m.end() : m.end() + 1] == ":" and not text[start : m.start()].strip()
    located = located or dateline
    if located and prefix.endswith("ל") and _HAVE_BEFORE.search(text, before, m.start()):
        located = False  # "היו לישראל מאות חיילים נעדרים": the country that has them, not where they go
    if located and kind == "name" and not quiet and _NEAR_BEFORE.search(text, before, m.start()):
        located = False  # "נחתו באירופה – קרוב לרוסיה"
    if located and not quiet and _PUBLISHED_BEFORE.search(text, before, m.start()):
        located = False  # "העיתון הרואה אור בפריז": where a paper comes out, not where the troops are
    if (
        located
        and not quiet
        and _SPEAKS_AFTER.match(text, m.end())
        and _SPOKESMAN_BEFORE.search(text, before, m.start())
    ):
        located = False  # "דובר חמאס בעזה אמר": where the spokesman sits
    return located, dateline


def _joined_to_previous(
    text: str,
    lang: SemiticLanguage,
    previous: SemiticPlace,
    m: re.Match[str],
    prefix: str,
    kind: Kind,
    located: bool,
    side: bool,
) -> tuple[bool, bool]:
    """(located, side) of a place joined to the place right before it, which shares its role."""
    joined = m.start() - previous.end <= 2 and prefix[:1] in ("و", "ו")
    if joined and previous.located:
        located = True  # "בגרמניה ופולין", "في العراق وسوريا": both are places
    if lang == "ar" and kind == "name" and previous.located and 0 <= m.start() - previous.end <= 1:
        located = True  # "في العاصمة الليبية طرابلس": the city named after a place is that place
    if joined and previous.other_side:
        side = True  # "بين إسرائيل وحزب الله": both are the sides
    if lang == "he" and previous.other_side and text[previous.end : m.start()].strip() in (",", "،"):
        side = True  # "נפלו בשבי מצרים, סוריה ולבנון": every country of the list holds them
    return located, side


def _hebrew_form(
    text: str,
    forms: dict[str, tuple[str, Kind]],
    m: re.Match[str],
    name: str,
    prefix: str,
    before: int,
    quiet: bool,
) -> tuple[str, str] | None:
    """(form, prefix) of a Hebrew name, or None where the name is no place. `quiet`: see _window_literals."""
    if not quiet and (
        _STREET_BEFORE.search(text, before, m.start())
        or (not prefix and _RANK_BEFORE.search(text, before, m.start()))
    ):
        return None  # "ציר לבנון", "רחוב סוריה": a road or a street named after the place; a soldier's name
    if name == "הודו" and not prefix and _ADMITTED_AFTER.match(text, m.end()):
        return None
    if name == "קרים" and "מ" in prefix:
        return None  # "מקרים" (cases), "מבקרים" (visitors): words that end in Crimea's name after a glued מ
    if prefix.endswith("ה") and "ה" + name in forms:
        return "ה" + name, prefix[:-1]  # "הכוח הסיני": the article belongs to the form ("סיני" is Sinai)
    if prefix[-1:] in ("ב", "ל", "מ", "כ", "ש") and prefix[-1] + name in forms:
        return prefix[-1] + name, prefix[:-1]  # "בליטא", "ליטא": Lithuania with its prefix, not Yatta (יטא)
    return name, prefix


# The rules asked about the forty characters before every place. Most places have none of their words there, yet
# each rule would look for its own words on its own (a call and a scan of the window each). One scan for all
# their literals (each rule's match must consume one of its own) tells when none of them can match.
def _window_rules() -> list[re.Pattern[str]]:
    return [
        _PLACE_NOUN_BEFORE,
        _IN_STATE_NOUN,
        _ORIGIN_BEFORE,
        _BORDER_WITH_BEFORE,
        _LOYAL_BEFORE,
        _SAID_THERE_BEFORE,
        _TARGET_BEFORE,
        _PRESSED_BY_BEFORE,
        _SPOKESMAN_BEFORE,
        _SPEAKER_BEFORE,
        _SAID_BY,
        _STREET_BEFORE,
        _RANK_BEFORE,
        _NEAR_BEFORE,
        _PUBLISHED_BEFORE,
        _context_patterns("ar")[2],
        _context_patterns("he")[2],
    ]


@cache
def _window_literals() -> re.Pattern[str]:
    """A search for any literal of the window rules (_window_rules): where it finds none in the window before a
    place, the window is `quiet` and every one of those rules would find no match there."""
    strings: set[str] = set()
    for rule in _window_rules():
        required = required_strings(getattr(rule, "compiled", rule))
        if not required:
            raise ValueError(f"a window rule with no literal to look for: {rule.pattern}")
        strings |= required
    return literals_finder(strings)


def find_places(text: str, lang: SemiticLanguage, start: int, end: int) -> list[SemiticPlace]:
    forms = place_forms(lang)
    location, other_side, source = _context_patterns(lang)
    window_literals = _window_literals()
    out: list[SemiticPlace] = []
    for m in _place_pattern(lang).finditer(text, start, end):
        name = " ".join(m.group("name").split())
        if lang == "ar" and _MONTH_NOT_PLACE.fullmatch(name) and _MONTH_AFTER.match(text, m.end()):
            continue  # "نهاية آب/ أغسطس": the month, not the Yemeni city of Ibb
        prefix = m.group("pre")
        before = max(start, m.start() - 40)
        # None of the window rules' literals before this place (most places): each of them would say no
        quiet = window_literals.search(text, before, m.start()) is None
        if lang == "he":
            hebrew = _hebrew_form(text, forms, m, name, prefix, before, quiet)
            if hebrew is None:
                continue
            name, prefix = hebrew
        code, kind = forms[name]
        located = (
            bool(set(prefix) & set(_LOCATION_LETTERS[lang])) or name.startswith("لل") or bool(m.group("dir"))
        )
        if kind == "demonym":
            after_place = bool(out) and m.start() - out[-1].end <= 1 and out[-1].kind in ("name", "region")
            located = after_place or (not quiet and bool(_PLACE_NOUN_BEFORE.search(text, before, m.start())))
        elif not located:
            located = bool(location.search(text, before, m.start())) or (
                lang == "ar" and not quiet and bool(_IN_STATE_NOUN.search(text, before, m.start()))
            )
        located, dateline = _hebrew_located(text, lang, start, before, m, kind, prefix, located, quiet)
        if located and not quiet and source.search(text, before, m.start()):
            located = False  # "על פי גורמי ביטחון בישראל", "بحسب مصادر في": who says it, not where
        # "בקהיר החליטו", "בוושינגטון הודיעו": the government that decides, not a place nor a reporter's seat
        decided = (
            lang == "he"
            and prefix.endswith("ב")
            and kind == "name"
            and bool(_DECIDED_AFTER.match(text, m.end()))
        )
        located = located and not decided
        origin = not quiet and bool(_ORIGIN_BEFORE.search(text, before, m.start()))
        if located and not quiet and _BORDER_WITH_BEFORE.search(text, before, m.start()):
            located = False
        loyal = lang == "ar" and not quiet and bool(_LOYAL_BEFORE.search(text, before, m.start()))
        if (
            located
            and lang == "he"
            and kind != "army"
            and (
                (not quiet and _SAID_THERE_BEFORE.search(text, before, m.start()))
                or _SAID_THERE_AFTER.match(text, m.end())
            )
        ):
            located = False
        departure = _departed(text, lang, m, prefix, start, located, kind, source)
        side = (
            bool(other_side.search(text, before, m.start()))
            or loyal
            or (lang == "he" and not quiet and bool(_TARGET_BEFORE.search(text, before, m.start())))
            or (kind == "demonym" and not quiet and bool(_PRESSED_BY_BEFORE.search(text, before, m.start())))
        )
        if out:
            located, side = _joined_to_previous(text, lang, out[-1], m, prefix, kind, located, side)
        speaker = (
            not decided
            and not quiet  # both readings need a speaker word or "כך" + a verb of saying in the window
            and (
                bool(_SPEAKER_BEFORE.search(text, before, m.start()))
                or (
                    lang == "he"
                    and kind != "army"
                    and not _HE_ARMY_BEFORE.search(
                        text, before, m.start()
                    )  # "כך מסר צבא ניגריה": its own troops
                    and "כך" in text[before : m.start()]
                    and bool(_SAID_BY.search(text, before, m.start()))
                )
            )
        )
        reporter = speaker and bool(_REPORTER_BEFORE.search(text, before, m.start()))
        out.append(
            SemiticPlace(
                m.start("name"),
                m.end(),
                code,
                kind,
                located,
                departure,
                side,
                speaker,
                reporter,
                origin or loyal,
                dateline,
            )
        )
    if any(p.code == HOME_ARMY for p in out):
        out = [p for i, p in enumerate(out) if not _named_army(text, out, i)]
    return out


_THIS_AFTER = re.compile(r"\s+(?:הזה|ההוא|הזו|הזאת)(?!\w)")


def _named_army(text: str, places: list[SemiticPlace], i: int) -> bool:
    """'הצבא', 'בצבא' is the IDF in Israeli news, unless a country follows ("הצבא הרוסי", "צבא ארה\"ב") or it is
    the bare construct "צבא" (an army of someone)."""
    p = places[i]
    if p.code != HOME_ARMY:
        return False
    bare = p.start == 0 or not text[p.start - 1].isalpha()
    named = (
        i + 1 < len(places) and places[i + 1].start - p.end <= 3 and places[i + 1].kind in ("name", "demonym")
    )
    # "בצבא הזה", "הצבא ההוא": an army named before, not the IDF
    this = _THIS_AFTER.match(text[p.end : p.end + 8]) is not None
    return bare or named or this


# Every pattern of this module behind a look for the literals it must consume (guard.py): same answers, faster.
guard_patterns(globals())
