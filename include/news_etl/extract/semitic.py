"""Troop-count mentions in Arabic and Hebrew text: the same definition and output as assemble.py.

A rule grammar of its own, because the word order differs from en/de/fr: the demonym follows the noun
(جنود أمريكيين, חיילים אמריקאים), vague plurals stand in construct before it (عشرات الجنود, אלפי חיילים),
prefix letters are glued to numbers and names (بـ, لـ, ו-, ב-, כ-), duals are counts (جنديين = 2) and
"N of them" (ثلاثة منهم, 81 מהם) is a mention. Matching runs on folded text (semitic_text.fold); every span is
mapped back to the text as given. Word lists: data/lexicon_ar.yaml, lexicon_he.yaml, places_ar_he.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from news_etl.extract.semitic_numbers import Atom, find_atoms, share_scale
from news_etl.extract.semitic_places import (
    GENERIC,
    HOME_ARMY,
    NOWHERE,
    SemiticPlace,
    find_places,
    generic_group_default,
    group_codes,
    home_army,
    place_forms,
)
from news_etl.extract.semitic_text import (
    Folded,
    SemiticLanguage,
    fold,
    fold_word,
    semitic_lexicon,
    semitic_places,
    words_alternation,
)
from news_etl.extract.sentences import SentenceIndex
from news_etl.records import ATTRIBUTIONS, MENTION_TYPES, PRECISIONS, Mention, checked

_TYPE_PRIORITY = ("casualties", "withdrawal", "training", "deployment", "force_size", "other")
_PREFIX = {"ar": "(?:[وفبلك]|وب|ول|فل|فب|لل)?", "he": "(?:[ובלמהכש]{0,2}-?)"}
# The present and future tenses prefix a letter to the stem: تسحب, سيرسل, תשלח, ישלחו, נגייס.
_VERB_PREFIX = {"ar": "(?:س?[يتن](?=\\w{3}))?", "he": "(?:[תינא](?=\\w{3}))?"}
_QUALIFIER_GLUE = {"ar": "[وفبل]", "he": "[ולבמהש]"}
# Hebrew glues a number to a qualifier that ends in a preposition letter: כאלף, יותר מאלף, למעלה ממאה אלף, מעל ל7,500.
_QUALIFIER_GLUED = {"ar": "(?!)", "he": "(?<=[כמל])"}
_CLOSE = "\"'»”’"
_OPEN = "\"'«“‘"
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
_COORDINATED = {"ar": "(?!)", "he": "ו"}
_OF_WORD = {"ar": "", "he": "(?:של\\s+)?"}
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
    r"(?:[،,]\s*[وו]?|\s[وו]|\A[وו]|\s[-–]|بما في ذلك|منها|منهم|بينهم|מתוכם|בהם|מהם|מהן|ביניהם"
    r"|(?:فيما|بينما|في حين|لكن|ولكن|אך|אולם|ורק|רק|אך רק)(?:\s+\w+)?)-?\s*\Z"
)
_RELATIVE_BEFORE = re.compile(r"(?<!\w)(?:الذي|التي|الذين|اللذين|اللتين|اللواتي)\s+(?:\S+\s+)?\Z")
# A cue of a relative clause counts as this much farther than its distance: the main verb decides first.
RELATIVE_PENALTY = 60
# Reach of the cue words, owners and places around a count, in characters.
CUE_REACH = 110
OWNER_REACH = 60
OWNER_AFTER_REACH = 80  # an owner named later in the sentence than this is about something else
PLACE_REACH = 150
NEAR_PLACE = 40  # a force's size is placed only by a place right after its noun: داخل قطاع غزة
_TOWARDS = re.compile(r"(?:(?<!\w)(?:الي|الى|نحو|אל)\s+|(?<![^\W\d])ל)ה?\Z")


@dataclass(slots=True)
class _Count:
    start: int
    end: int
    num_start: int
    low: int | None
    high: int | None
    precision: str
    atom: Atom | None = None  # None for a dual noun (جنديين)
    dual_noun: str = ""


@dataclass(frozen=True, slots=True)
class _Grammar:
    qualifier: re.Pattern[str]
    qualifier_kind: dict[str, str]
    trailing: re.Pattern[str]
    range_open: re.Pattern[str]
    range_joiner: re.Pattern[str]
    label_before: re.Pattern[str]
    noun: re.Pattern[str]
    weak: frozenset[str]
    militant: re.Pattern[str]
    soldiers: re.Pattern[str]
    conscripts: frozenset[str]
    casualty_nouns: frozenset[str]
    mixed_casualties: re.Pattern[str]
    not_troops_nouns: re.Pattern[str]
    evacuation: re.Pattern[str]
    casualty_before: re.Pattern[str]
    mixed_after: re.Pattern[str]
    ceremony: re.Pattern[str]
    troop_verb_after: re.Pattern[str]
    conscription: re.Pattern[str]
    fighters: re.Pattern[str]
    troop_anywhere: re.Pattern[str]
    military: re.Pattern[str]
    anaphora: re.Pattern[str]
    others: re.Pattern[str]
    definite_after: re.Pattern[str]
    bare_trigger: re.Pattern[str]
    bare_end: re.Pattern[str]
    unit_after: re.Pattern[str]
    dual: re.Pattern[str]
    cues: re.Pattern[str]
    reported: re.Pattern[str]
    source: re.Pattern[str]
    candidate: re.Pattern[str]
    crew: frozenset[str]
    civil_vessel: re.Pattern[str]
    warship: re.Pattern[str]


@cache
def _army_name_words(lang: SemiticLanguage) -> frozenset[str]:
    """Every word of the names of armies and groups ("כוח", "الحشد"): a cue word among them may be a name."""
    return frozenset(
        w for form, (_, kind) in place_forms(lang).items() if kind == "army" for w in form.split()
    )


def _is_state(p: SemiticPlace) -> bool:
    """A state that can have an army (a country, its demonym, its leader), as against groups and the UN."""
    return p.kind in ("name", "demonym", "army") and not p.group and p.code not in ("UN", "NATO", "AU", "PSE")


def _words(lex: dict, key: str) -> str:
    return words_alternation(list(lex[key]))


@cache
def _grammar(lang: SemiticLanguage) -> _Grammar:
    lex = semitic_lexicon(lang)
    quals = lex["qualifiers"]
    kinds = {" ".join(w.split()): kind for kind, words in quals.items() for w in words}
    all_quals = words_alternation(list(kinds))
    pre = _PREFIX[lang]
    nouns = words_alternation(list(lex["troop_nouns"]) + list(lex["weak_troop_nouns"]))
    partitive = _words(lex, "partitive")
    article = "(?:ال)?" if lang == "ar" else "(?:ה)?"
    if lang == "ar":
        noun_lead = rf"(?:(?:{partitive}|من بين)\s+)?(?:[وبل])?"
    else:
        noun_lead = rf"(?:(?:של|מבין|מקרב|מן)\s+)?(?:{partitive})?"
    types = lex["types"]
    cue_groups = "|".join(f"(?P<{t}>{words_alternation(list(types[t]))})" for t in _TYPE_PRIORITY)
    return _Grammar(
        qualifier=re.compile(
            rf"(?:(?<!\w)|(?<={_QUALIFIER_GLUE[lang]}))(?P<open>[\"«“])?(?P<q>{all_quals})(?P<close>[\"»”])?"
            rf"(?:\s*[-–—]\s*|\s+|{_QUALIFIER_GLUED[lang]})\Z"
        ),
        qualifier_kind=kinds,
        trailing=re.compile(rf"\s*(?:{_words(lex, 'trailing_lower_bound')})(?!\w)"),
        range_open=re.compile(
            rf"(?:(?<!\w)|(?<=[بو]))(?:ما\s+(?:[يت]تراوح\s+)?)?(?:{_words(lex, 'range_open')})\s*\Z"
        ),
        label_before=re.compile(
            rf"(?<!\w){pre}(?:{_words(lex, 'label_before')})[\s-]*\Z|[A-Za-z](?:-|\s[-–]\s?)?\Z|\w{{3}}-\Z"
        ),
        range_joiner=re.compile(rf"\s*(?:[-–]|(?:{_words(lex, 'range_joiners')})-?)\s*"),
        noun=re.compile(
            # "כמאה (!) לוחמים": an exclamation in brackets may stand between the figure and its noun
            rf"(?:\s*\(\s*[!?]+\s*\))?\s*[\"»”«“]?\s*{noun_lead}[«“]?{article}(?P<noun>{nouns})(?!\w)"
            # "לוחמי ולוחמות מג\"ב", "לוחמים של משמר הגבול": a coordinated noun or "of" before the police force
            rf"(?P<not>(?:\s+{_COORDINATED[lang]}{article}(?:{nouns})(?!\w))?\s+{_OF_WORD[lang]}"
            rf"(?:{_words(lex, 'not_troops_after')}))?"
        ),
        weak=frozenset(lex["weak_troop_nouns"]),
        militant=re.compile(_words(lex, "militant_nouns")),
        fighters=re.compile(_words(lex, "fighter_nouns")),
        soldiers=re.compile(_words(lex, "soldier_nouns")),
        conscripts=frozenset(lex["conscript_nouns"]),
        casualty_nouns=frozenset(lex["casualty_nouns"]),
        mixed_casualties=re.compile(rf"(?<!\w){pre}(?:{_words(lex, 'mixed_casualties')})(?!\w)"),
        not_troops_nouns=re.compile(rf"(?<!\w){pre}(?:{_words(lex, 'not_troops_nouns')})(?!\w)"),
        evacuation=re.compile(rf"{_words(lex, 'evacuation')}(?!\w)"),
        ceremony=re.compile(rf"(?<!\w){pre}{article}(?:{_words(lex, 'ceremony')})(?!\w)"),
        mixed_after=re.compile(rf"[\s,،]+(?:و|ו)?(?:{_words(lex, 'mixed_after')})(?!\w)"),
        casualty_before=re.compile(
            rf"(?<!\w){pre}(?:{words_alternation(list(lex['casualty_before']) or ['(?!)'])})"
            # "נפלו בקרבות למעלה מ-10,000": a place or a battle may stand between the Hebrew verb and its figure
            + (r"(?:\s+ב\w{3,})?" if lang == "he" else "")
            + r"\s+\Z"
        ),
        troop_verb_after=re.compile(
            rf"(?:\s+(?:כבר|אכן|גם|אף|قد|بالفعل))?\s+(?:{_words(lex, 'troop_verbs')})(?!\w)"
        ),
        conscription=re.compile(rf"(?<!\w){pre}(?:{_words(lex, 'conscription')})(?!\w)"),
        troop_anywhere=re.compile(rf"(?<!\w){pre}{article}(?P<noun>{_words(lex, 'troop_nouns')})(?!\w)"),
        military=re.compile(rf"(?<!\w){pre}(?:{_words(lex, 'military_context')})(?!\w)"),
        anaphora=re.compile(rf"\s+(?:{_words(lex, 'anaphora')})(?!\w)"),
        others=re.compile(rf"\s+(?:{_words(lex, 'others')})(?!\w)"),
        definite_after=re.compile(
            rf"(?<!\w){pre}(?:{words_alternation(list(lex['definite_after']) or ['(?!)'])})\s+\Z"
        ),
        bare_trigger=re.compile(rf"(?<!\w){pre}{article}(?:{_words(lex, 'bare_triggers')})(?!\w)"),
        bare_end=re.compile(rf"\s*(?:[،,.;؛:!?()\"»”\-–]|\Z)|\s+{pre}(?:{_words(lex, 'bare_end')})(?!\w)"),
        unit_after=re.compile(rf"\s*(?:%|٪|{pre}(?:{_words(lex, 'unit_blockers')})(?!\w))"),
        dual=re.compile(
            rf"(?<!\w){pre}(?P<dual>{article}(?:{words_alternation(list(lex['dual_nouns']) or ['(?!)'])}))(?!\w)"
        ),
        cues=re.compile(rf"(?<!\w){pre}(?:{article}|{_VERB_PREFIX[lang]})(?:{cue_groups})(?!\w)"),
        reported=re.compile(rf"(?<!\w){pre}(?:{_words(lex, 'reported_words')})(?!\w)"),
        source=re.compile(
            rf"(?<!\w)(?:{_words(lex, 'source_words')})\s*(?P<name>(?:[^\s،,.:;؛]+\s*){{1,3}})"
        ),
        crew=frozenset(lex["crew_nouns"]),
        civil_vessel=re.compile(rf"(?<!\w){pre}(?:{_words(lex, 'civil_vessel')})(?!\w)"),
        warship=re.compile(rf"(?<!\w){pre}(?:{_words(lex, 'warship')})(?!\w)"),
        candidate=re.compile(
            rf"\d|(?<!\w){pre}{article}"
            + words_alternation(
                list(lex["number_words"])
                + list(lex["vague"])
                + list(lex["multipliers"])
                + list(lex["dual_nouns"])
            )
            + r"(?!\w)"
        ),
    )


class _Context:
    """Per-text state: the folded text, its sentences and the places of each sentence (built on demand)."""

    def __init__(self, text: str, lang: SemiticLanguage) -> None:
        self.original = text
        self.folded: Folded = fold(text)
        self.text = self.folded.text
        self.lang = lang
        self.g = _grammar(lang)
        self.sentences = SentenceIndex(self.text)
        self._places: dict[int, list[SemiticPlace]] = {}
        self.count_starts: list[int] = []
        self.figures: list[tuple[int, int]] = []  # figures in digits that are no label or unit
        self.numbers: list[
            _Count
        ] = []  # every figure, units and labels too: what a definite numeral refers to
        self._cues: dict[int, list[tuple[int, int, str, bool]]] = {}

    def places(self, index: int) -> list[SemiticPlace]:
        if index not in self._places:
            s, e = self.sentences.spans[index]
            found = find_places(self.text, self.lang, s, e)
            if self.lang == "ar" and any(p.code == "NGA" and p.kind == "demonym" for p in found):
                found = self._niger_not_nigeria(found)
            unresolved = any(p.code in (GENERIC, HOME_ARMY) for p in found)
            self._places[index] = self._resolved(index, found) if unresolved else found
        return self._places[index]

    def _niger_not_nigeria(self, places: list[SemiticPlace]) -> list[SemiticPlace]:
        """ "الأراضي النيجيرية" is often Niger's: so in a passage that names Niger and never Nigeria."""
        if _NIGER.search(self.text) is None or _NIGERIA.search(self.text) is not None:
            return places
        return [replace(p, code="NER") if p.code == "NGA" and p.kind == "demonym" else p for p in places]

    def _resolved(self, index: int, places: list[SemiticPlace]) -> list[SemiticPlace]:
        """'الحزب', 'الحركة', 'הארגון': the armed group named last before them in the passage (else a default)."""
        out: list[SemiticPlace] = []
        for p in places:
            if p.code == HOME_ARMY:
                state = next((q.code for q in reversed(out) if _is_state(q)), None) or self._state_before(
                    index
                )
                code = state or home_army(self.lang, self.text[p.start : p.end])
                if code:
                    out.append(replace(p, code=code))
                continue
            if p.code != GENERIC:
                out.append(p)
                continue
            code = next((q.code for q in reversed(out) if q.group), None) or self._group_before(index)
            code = code or generic_group_default(self.lang, self.text[p.start : p.end])
            if code:
                out.append(replace(p, code=code))
        return out

    def _state_before(self, index: int) -> str | None:
        if index > 0:
            states = [p.code for p in self.places(index - 1) if _is_state(p)]
            if states:
                return states[-1]
        return None

    def _group_before(self, index: int) -> str | None:
        for back in range(index - 1, max(-1, index - 6), -1):
            groups = [p.code for p in self.places(back) if p.code in group_codes()]
            if groups:
                return groups[-1]
        return None

    def cues(self, index: int) -> list[tuple[int, int, str, bool]]:
        """(start, end, type, in a relative clause) of every type cue word of sentence `index`."""
        if index not in self._cues:
            s, e = self.sentences.spans[index]
            matches = list(self.g.cues.finditer(self.text, s, e))
            # A cue word inside the name of a force ("כוח וגנר", "الحشد الشعبي") is part of a name, not a verb.
            name_words = _army_name_words(self.lang)
            if any(m.group(m.lastgroup or 0) in name_words for m in matches):
                names = [(p.start, p.end) for p in self.places(index) if p.kind == "army"]
                matches = [m for m in matches if not any(a < m.end() and m.start() < b for a, b in names)]
            self._cues[index] = [
                (m.start(), m.end(), m.lastgroup or "other", self._relative(m, s)) for m in matches
            ]
        return self._cues[index]

    def _relative(self, m: re.Match[str], sentence_start: int) -> bool:
        """A verb of a relative clause ("שנשלחו לסוריה", "التي نشرت"): it says what the troops did before."""
        if self.lang == "he":
            return "ש" in self.text[m.start() : m.start(m.lastgroup or 0)]
        window = self.text[max(sentence_start, m.start() - 20) : m.start()]
        return "ال" in window and bool(_RELATIVE_BEFORE.search(window))

    def sentence_of(self, offset: int) -> tuple[int, int, int]:
        index = self.sentences.index_of(offset)
        s, e = self.sentences.spans[index]
        return index, s, e


# ---------------------------------------------------------------------------------------------- counts


_NIGER = re.compile(fold_word(r"(?<!\w)[وبلف]?(?:النيجر|نيامي)(?!\w)"))
_NIGERIA = re.compile(fold_word(r"نيجيريا|ابوجا|لاغوس"))


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


def _range(ctx: _Context, a: Atom, b: Atom) -> _Count | None:
    if "vague" in (a.kind, b.kind) or a.low is None or b.high is None:
        return None
    # "1500 إلى 2000 مرتزق": a four-digit end is a year only when no troop noun follows it.
    if a.year_like or (b.year_like and not ctx.g.noun.match(ctx.text, b.end)):
        return None
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
    from_word = re.search(r"(?<!\w)(?:من|מ)[\s-]*\Z", ctx.text[max(0, a.start - 5) : a.start])
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


def _borrowed_scale(ctx: _Context, a: Atom) -> int | None:
    """'من 300 إلى 350 ألف': the first figure of a change borrows the thousands of the second."""
    m = re.match(r"\s*(?:الي|حتى|אל|ל)-?\s*(\d+)\s*(?:الف|الاف|אלף)(?!\w)", ctx.text[a.end : a.end + 25])
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


def _trailing_lower(ctx: _Context, c: _Count, noun_end: int) -> None:
    """'300 قتيل على الأقل', '34 على الأقل': the bare number is a lower bound."""
    if c.precision != "exact":
        return
    if ctx.lang == "ar":
        split = _SPLIT_BOUND.search(ctx.text, max(0, c.start - 50), c.start)
        if split and not re.search(r"[.!?؟،,]", split.group()):
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


# ---------------------------------------------------------------------------------------------- heads


@dataclass(frozen=True, slots=True)
class _Head:
    rule: str  # noun | dual | anaphora | others | definite | bare | ellipsis
    noun: str = ""
    noun_end: int = 0
    weak: bool = False
    extend_to: int = 0  # "ثلاثة منهم": the pronoun belongs to the span


def _military_sentence(ctx: _Context, offset: int) -> bool:
    """A military word, a troop noun, or an army or armed group (צה"ל, حماس) in the sentence."""
    index, s, e = ctx.sentence_of(offset)
    if ctx.g.military.search(ctx.text, s, e) or ctx.g.troop_anywhere.search(ctx.text, s, e):
        return True
    return any(p.kind == "army" for p in ctx.places(index))


def _noun_head(ctx: _Context, c: _Count) -> _Head | None:
    m = ctx.g.noun.match(ctx.text, c.end)
    if m is None or m.group("not") or _set_free(ctx, m):
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
    casualties = noun in ctx.g.casualty_nouns and (_troops_before(ctx, c, 2) or _battle_before(ctx, c))
    # "... 200 אלף חיילים. מתוכם נפלו ארבעים אלף איש": a part of the troops counted before
    part = weak and _PART_BEFORE.search(ctx.text, max(0, c.start - 20), c.start) and _troops_before(ctx, c, 1)
    if weak and not (_military_sentence(ctx, c.start) or casualties or part):
        return None
    if weak and _POPULATION_BEFORE.search(ctx.text, max(0, c.start - 45), c.start):
        return None  # "מאוכלוסיית היישוב (650 אלף איש)": the people of a town or a country, not troops
    if noun in _PEOPLE and _toll_of_people(ctx, c):
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
_PEOPLE_FIGURE = re.compile(r"\d[\d,.]*\s+(?:אלף\s+)?(?:איש|אנשים)(?!\w)")


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
    first = ctx.sentences.spans[max(0, index - 2)][0]
    _, _, e = ctx.sentence_of(c.start)
    if (
        location is None
        and mention_type != "force_size"
        and _state(actor)
        and _THE_COUNTRY.search(ctx.text, first, e)
    ):
        location = actor  # "الجيش الأردني وسّع وجوده في شمال البلاد": the country is the army's own
    return actor, location


def _called_up_in(ctx: _Context, index: int, c: _Count) -> str | None:
    """'ברוסיה גויסו 300 אלף אנשי מילואים': the one state where reserves are called up is the one calling them."""
    states = {
        p.code
        for p in ctx.places(index)
        if p.kind == "name" and p.located and _state(p.code) and p.end <= c.start
    }
    return states.pop() if len(states) == 1 else None


# "في جنوب البلاد", "شمال البلاد", "בדרום המדינה": the country of the army the sentence names.
_THE_COUNTRY = re.compile(
    fold_word(
        r"(?<!\w)(?:[وفب]?(?:جنوب|شمال|شرق|غرب|وسط|أنحاء|انحاء|داخل)(?:ي)?\s+البلاد"
        r"|ו?ב(?:דרום|צפון|מזרח|מערב|מרכז|רחבי)\s+המדינה|ו?ב(?:דרום|צפון|מזרח|מערב|מרכז)\s+הארץ)(?!\w)"
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
        (among and _PEOPLE_AFTER.match(ctx.text, c.end)) or _OF_POLICE_OR_STAFF.match(ctx.text, c.end)
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


def _reference_head(ctx: _Context, c: _Count, previous: list[Mention]) -> _Head | None:
    g, text = ctx.g, ctx.text
    if m := g.anaphora.match(text, c.end):
        if _people_count_before(ctx, c, previous):
            return None  # "استشهاد 16 شخصا ... 9 منهم": part of a count of people, not of troops
        if _troops_before(ctx, c, 2) or previous:
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
    if toll and ctx.g.troop_anywhere.match(ctx.text, toll.end()):
        return _Head("bare", noun_end=c.end)
    return None


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
_CALL_UP_AFTER = re.compile(r"\s+(?:[^\s,.:;!?]+\s+)?(?:קיבלו\s+)?צו(?:וי)?\s+(?:8|שמונה|מילואים|גיוס)(?!\w)")


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
    # "352 נהרגו ..., מתוכם 14 ילדים": a toll of civilians too, not of troops
    if ctx.lang != "he":
        return False
    if g.mixed_casualties.search(text, s, e):
        return True
    # "משרד הבריאות מסר ... . לדבריו, מספר ההרוגים הגיע ל-60,000": the toll goes on from the sentence before
    first = ctx.sentences.spans[max(0, ctx.sentences.index_of(c.start) - 1)][0]
    return not g.troop_anywhere.search(text, s, e) and bool(g.mixed_casualties.search(text, first, s))


def _one_or_people(ctx: _Context, c: _Count, s: int) -> bool:
    if ctx.lang == "he" and c.low == 1 and c.high == 1:
        return True  # "1 קשה ו-3 קל": one soldier is no troop count
    # "נהרגו כ-300 איש ונפצעו יותר מ-2,600": the same toll of people goes on
    return bool(_PEOPLE_FIGURE.search(ctx.text, s, c.start)) and _toll_of_people(ctx, c)


def _bare_head(ctx: _Context, c: _Count, previous: list[Mention]) -> _Head | None:
    """A figure with no noun: it continues the count before it, or a trigger puts it on troops named before."""
    g, text = ctx.g, ctx.text
    if c.atom is None or c.atom.year_like:
        return None
    # "بينهم 21 جراحهم خطيرة", "מתוכם 127 במצב קשה": a part of the count before may run on into any word
    among = _AMONG_THEM.search(text, max(0, c.start - 12), c.start) is not None
    if not (among or _bare_figure_ends(ctx, c)):
        return None
    if _no_troops_after(ctx, c, among):
        return None
    if _continues(ctx, c, previous):
        return _Head("ellipsis", str(previous[-1].extra["noun"]), c.end)
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
    if punct and not c.atom.spelled and (_troops_before(ctx, c, 0) or _toll_before(ctx, punct.start())):
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
    if triggered and spelled_ok and (_troops_before(ctx, c, 1) or previous or context):
        return _Head("bare", noun_end=c.end)
    return _bare_by_verb(ctx, c)


def _bare_by_verb(ctx: _Context, c: _Count) -> _Head | None:
    """A bare figure that a verb after it puts on troops."""
    text = ctx.text
    troop_verb = ctx.g.troop_verb_after.match(text, c.end) and _military_sentence(ctx, c.start)
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


def _no_troops_after(ctx: _Context, c: _Count, among: bool) -> bool:
    """A time or a date; people, police or staff; "מתוך כ-700 ששוחררו": prisoners set free."""
    text = ctx.text
    return bool(
        re.match(r"[:/.]\d", text[c.end : c.end + 2])
        or (ctx.lang == "he" and _RELEASED_AFTER.match(text, c.end))
        or _people_after(ctx, c, among)
    )


_SENTENCE_END = re.compile(r"\s*(?:[.!?](?!\d)|\Z)")
_PEOPLE_AFTER = re.compile(
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


def _inside_previous(ctx: _Context, c: _Count, last: Mention) -> bool:
    """A count of "من بينهم" / "בהם" right after a count: part of that count, with its owner."""
    last_end = int(last.extra["folded_end"])  # type: ignore[call-overload]
    return (
        0 <= c.start - last_end <= 60
        and bool(_AMONG_THEM.search(ctx.text, max(last_end, c.start - 30), c.start))
        and bool(re.fullmatch(r"[^.!?؟]*", ctx.text[last_end : c.start]))
    )


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
    return bool(_ELLIPSIS_BEFORE.search(between)) and not re.search(r"[.!?؟]", between) and not other_count


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
    return bool(re.search(r"[$€£]\s?\Z|%\s?\Z", ctx.text[max(0, c.num_start - 3) : c.num_start]))


# ---------------------------------------------------------------------------------------------- fields


# The noun phrase of a count ends at punctuation, a dash or a preposition of place.
_OWNER_STOP = re.compile(r"[،,.:;؛!?()\-–]|\s(?:في|الي|داخل|الى|بعد|قبل|منذ|خلال|ב\w+)\s")


def _owner_after(ctx: _Context, places: list[SemiticPlace], noun_end: int) -> SemiticPlace | None:
    end = noun_end + OWNER_REACH
    m = _OWNER_STOP.search(ctx.text, noun_end, end)
    # "חיילים בריטים": a demonym that begins with ב is the owner, not a preposition that ends the noun phrase
    while m and any(p.start == m.start() + 1 and p.kind == "demonym" for p in places):
        m = _OWNER_STOP.search(ctx.text, m.end() - 1, end)
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
    r"|(?:[למ]|בקרב\s+|של\s+)?שני\s+הצדדים)(?!\w)"
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
            return p
    return None


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
        )
        and not _of_counted_things(ctx, p)
    ]


# "دفعت جماعة الحوثي بـ 3600 جندي", "وأرسل حزب الله 500 جندي": the group that sends soldiers owns them.
_SENDS_BEFORE = re.compile(
    fold_word(
        r"(?<!\w)[وف]?(?:أرسل|ارسل|دفع|نشر|حشد|جند|زج)(?:ت|وا)?\s+(?:(?:جماعة|حركة|ميليشيا|مليشيا)\s+)?\Z"
    )
)


def _group_sends(ctx: _Context, p: SemiticPlace, count_start: int) -> bool:
    if ctx.lang != "ar" or not 0 <= count_start - p.end <= 6:
        return False
    between = ctx.text[p.end : count_start]
    return re.fullmatch(r"\s*(?:ب[ـ]?)?\s*", between) is not None and bool(
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
        groups = [p for back in (0, 1, 2) for p in _owners(ctx, index - back, noun) if p.group]
        if groups:
            return min(groups, key=lambda p: abs(p.start - c.start)).code
    before = [p for p in owners if p.end <= c.start]
    if before:
        return _single(ctx, places, before[-1])
    after = [
        p
        for p in owners
        if head.noun_end <= p.start < head.noun_end + OWNER_AFTER_REACH
        and not (ctx.lang == "ar" and _RELATIVE.search(ctx.text, head.noun_end, p.start))
    ]
    if after:
        return _single(ctx, places, after[0])
    for back in (1, 2):
        if earlier := _owners(ctx, index - back, noun):
            # "باشرت الفلبين والولايات المتحدة مناورات ... ويشارك 18 ألف جندي": troops of both, no one owner
            return _single(ctx, ctx.places(index - back), earlier[0])
    # An army named in the next sentence ("...נפצעו. בצה\"ל אמרו כי"): the troops are the ones it speaks of.
    for ahead in (1, 2):
        if index + ahead < len(ctx.sentences.spans):
            armies = [p for p in _owners(ctx, index + ahead, noun) if p.kind == "army" or _army_of(ctx, p)]
            if armies:
                return armies[0].code
    return None


# "התנדבו לשרת בצבא הבריטי", "ששירתו בצבא הבריטי": people who joined an army are its troops, wherever they came from.
_JOIN = re.compile(
    r"(?<!\w)[ובלהש]{0,2}(?:התנדב\w*|להתנדב|משרתים|משרתות|שירתו|ישרתו|לשרת|התגייס\w*|להתגייס|גויסו)(?!\w)"
)


_ARMY_BEFORE_NAME = re.compile(r"(?<!\w)[ובל]?ה?צבא\s+ה?\Z")


_OF_ARMIES = re.compile(r"\s+מ(?:צבאות|כוחות)\s+")


def _hebrew_owner(
    ctx: _Context, places: list[SemiticPlace], c: _Count, head: _Head
) -> tuple[bool, str | None]:
    """(decided, owner): the army people joined, or no owner for Palestinians of an unnamed group."""
    if ctx.lang != "he":
        return False, None
    if joined := _army_joined(ctx, places, c, head):
        return True, joined
    if (m := _OF_ARMIES.match(ctx.text, head.noun_end)) and not any(p.start == m.end() for p in places):
        return True, None  # "8,000 חיילים מצבאות ערב": armies named, but no one country
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
_ARMY_WORD_BEFORE = re.compile(fold_word(r"(?<!\w)(?:[וב]?ה?צבא|[وب]?(?:ال)?جيش)\s+\Z"))


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
            0 <= q.start - p.end <= 3
            or 0 <= p.start - q.end <= 3
            or (
                bool(text)
                and _AND_PART_OF.fullmatch(text, min(p.end, q.end), max(p.start, q.start)) is not None
            )
        )
        for q in places
        if q is not p
    )


# "في شمال العراق وجنوب شرق تركيا": two countries joined with the part of each named.
_AND_PART_OF = re.compile(fold_word(r"\s*و(?:\s*(?:جنوب|شمال|شرق|غرب|وسط)(?:ي)?){1,2}\s+"))


LOOK_BACK = 3


def _location_before(ctx: _Context, index: int, leaving: bool) -> str | None:
    """The place the sentence before names (where the troops it talks about are), if the sentence names none."""
    # Up to LOOK_BACK sentences back, the first that names a place: the setting of the passage.
    for back in range(index - 1, max(-1, index - 1 - LOOK_BACK), -1):
        places = [p for p in ctx.places(back) if p.can_locate]
        if places:
            marked = [p for p in places if _marked(p, leaving) and not _coordinated(places, p)]
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


# "חיסלו 40 מחבלים ב-30 כפרים בדרום לבנון": a figure of villages or towns is where the troops were, not other troops.
_PLACES_COUNTED = re.compile(r"\s+(?:כפרים|יישובים|ישובים|ערים|עיירות|מוקדים|אתרים|מחנות)(?!\w)")


def _locations(
    ctx: _Context, c: _Count, head: _Head, index: int, leaving: bool, hurt: bool = False
) -> tuple[str | None, str | None, str | None]:
    """The places of the count's sentence named after its phrase, before it, and right after its noun."""
    # troops hurt "in the war on Jenin" were there; troops sent or pulled out "because of the war in X" were not
    places = [
        p
        for p in ctx.places(index)
        if not _aside(ctx, p, c) and (hurt or not _war_named(ctx, p)) and not _since_war(ctx, p)
    ]
    after = None
    for p in places:
        if head.noun_end <= p.start < head.noun_end + PLACE_REACH and _marked(p, leaving):
            if p.code == NOWHERE and not _TOWARDS.search(ctx.text, max(0, p.start - 6), p.start):
                continue  # "في الشرق الأوسط ... في لبنان": a region in no country only blocks as the destination
            # a place right after another figure belongs to that figure ("14 ألفا في أفغانستان"); a date or ordinal
            # ("ביום ה-23 ללחימה בעזה") is no figure of anything
            if not any(
                head.noun_end <= a < p.start and b > p.start - 25 and not _PLACES_COUNTED.match(ctx.text, b)
                for a, b in ctx.figures
            ):
                after = p
            break
    before = [p for p in places if p.end <= c.start and _marked(p, leaving)]
    near = after if after is not None and after.start - head.noun_end <= NEAR_PLACE else None
    found = (after, before[-1] if before else None, near)
    return tuple(None if p is None or _coordinated(places, p, ctx.text) else p.code for p in found)  # type: ignore[return-value]


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
    main_verbs = {kind for _, kind, after, relative in near if after and not relative}
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


def _harm_done(ctx: _Context, start: int, end: int, noun_end: int) -> bool:
    """An active verb of killing or wounding right after the noun: the troops did it ("5,000 חיילים הרגו")."""
    return (
        start - noun_end <= 25
        and not re.search(r"[,.;:!?]", ctx.text[noun_end:start])  # "שני מחבלים, הכוחות ירו וחיסלו"
        and bool(_ACTIVE_HARM.fullmatch(ctx.text, start, end))
        and not _THEM_AFTER.match(ctx.text, end)
    )


def _next_figures_verb(ctx: _Context, c: _Count, start: int, end: int, noun_end: int) -> bool:
    """A cue after the noun that is the verb of the next figure: nearer to it, and no other cue in between."""
    nxt = min((a for a in ctx.count_starts if a > end), default=None)
    if nxt is None or nxt - end >= start - noun_end:
        return False
    return not any(end <= s2 < nxt for s2, _, _, _ in ctx.cues(ctx.sentences.index_of(c.start)))


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


def _state(code: str | None) -> bool:
    """A state or an international force, whose troops abroad are deployed (not an armed group at home)."""
    return code is not None and (len(code) <= 3 or code == "NATO")


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
        kind == "training" and not _TRAINING_OTHERS.match(ctx.text, start)
        for i in {max(0, index - 1), index}
        for start, _, kind, _ in ctx.cues(i)
    )


def _quoted(ctx: _Context, start: int, end: int) -> bool:
    """Inside «...», “...” or "..." (a " between two Hebrew letters is gershayim, not a quotation mark)."""
    _, s, e = ctx.sentence_of(start)
    marks = [m.start() for m in re.finditer(r'(?<![\u05d0-\u05ea])"|"(?![\u05d0-\u05ea])', ctx.text[s:e])]
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


def _mention_actor(
    ctx: _Context, c: _Count, head: _Head, index: int, leaving: bool, previous: list[Mention]
) -> str | None:
    both_sides = head.noun_end and _BOTH_SIDES.match(ctx.text, head.noun_end)
    actor = None if both_sides else _actor(ctx, c, head, index, leaving)
    if ctx.lang == "he" and actor == "ISR" and head.noun and ctx.g.militant.fullmatch(head.noun):
        actor = None  # "מחבלים" in Hebrew news are the enemy's fighters, never the IDF's
    if previous and _inside_previous(ctx, c, previous[-1]):
        actor = previous[-1].actor_code  # "8 آلاف عسكري من إيران، من بينهم نحو 300 ضابط"
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
    return actor


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


def _clause_start(ctx: _Context, sentence_start: int, start: int) -> bool:
    """The sentence or a clause after a comma begins here."""
    return not ctx.text[sentence_start:start].strip() or ctx.text[sentence_start:start].rstrip().endswith(",")


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
    actor = _mention_actor(ctx, c, head, index, leaving, previous)
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
        mention_type in ("deployment", "withdrawal") and _CALL_UP_AFTER.match(ctx.text, head.noun_end)
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
    mention_type = _inherited_type(ctx, c, head, cues, previous) or mention_type
    continued = _total_after_change(ctx, c, previous)
    # The size of a force has a place only when the passage places the force (right after its noun).
    location = (
        near
        if mention_type == "force_size"
        else after or before or _location_before(ctx, index, leaving) or _location_next(ctx, index, leaving)
    )
    if location == NOWHERE:
        location = None  # sent to the Middle East, a sea: no country
    if continued is not None and location is None:
        location = continued.location_country
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


def _inherited_type(
    ctx: _Context, c: _Count, head: _Head, cues: list[tuple[int, str]], previous: list[Mention]
) -> str | None:
    """The type of the count before, when this figure is part of it or what it brings the troops to."""
    if not previous:
        return None
    if not _own_cue(cues) and (head.rule == "ellipsis" or _inside_previous(ctx, c, previous[-1])):
        # "بينهم 10 قتلوا ...، و6 في قصف ...", "بلغت 254 ألف جندي، بينهم 530 خلال الـ24 ساعة": the same toll, split up
        return previous[-1].mention_type
    # "ناشرا 1500 جندي إضافي ... ليصل العدد الإجمالي إلى 6 آلاف": the total after the change is the change's kind
    continued = _total_after_change(ctx, c, previous)
    return continued.mention_type if continued is not None else None


# "ليصل العدد الإجمالي إلى", "لزيادة العدد إلى", "ليرتفع عددهم إلى": the total that a change brings the troops to.
_TOTAL_AFTER_CHANGE = re.compile(
    fold_word(
        r"(?<!\w)(?:ليصل|ليرتفع|ليبلغ|لينخفض|ليتراجع|ليصبح|لزيادة|زيادة|لرفع|رفع|لخفض)\s+(?:\S+\s+){0,2}(?:إلى|الى)\s+\Z"
    )
)


def _total_after_change(ctx: _Context, c: _Count, previous: list[Mention]) -> Mention | None:
    """The troop count of the same sentence whose change brings the troops to this figure, if any."""
    if (
        ctx.lang != "ar"
        or not previous
        or not _TOTAL_AFTER_CHANGE.search(ctx.text, max(0, c.start - 45), c.start)
    ):
        return None
    last = _previous_near(ctx, c, previous, 0)
    if last is None or last.mention_type not in ("deployment", "withdrawal"):
        return None
    return last


def _extra(head: _Head, c: _Count) -> dict[str, object]:
    return {"rule": head.rule, "noun": head.noun, "folded_start": c.start, "folded_end": c.end}


def find_mentions(text: str, lang: SemiticLanguage) -> list[Mention]:
    """Every troop count of an Arabic or Hebrew text, in text order."""
    g = _grammar(lang)
    ctx = _Context(text, lang)
    if not g.candidate.search(ctx.text):
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
