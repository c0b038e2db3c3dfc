"""The shared records and per-text context of the Arabic/Hebrew grammar (semitic.py).

The grammar built from the word lists (_Grammar), a count and its head (_Count, _Head) and the per-text
state (_Context: folded text, sentences, places and cue words of each sentence); every other semitic_*
rule module depends on this one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from news_etl.extract.guard import (
    guard_patterns,
    guarding,
    literal_start,
    remembered,
    wrapped_fields,
)
from news_etl.extract.semitic_numbers import Atom
from news_etl.extract.semitic_places import (
    GENERIC,
    HOME_ARMY,
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
    words_alternation,
)
from news_etl.extract.sentences import SentenceIndex

_TYPE_PRIORITY = ("casualties", "withdrawal", "training", "deployment", "force_size", "other")
_PREFIX = {"ar": "(?:[وفبلك]|وب|ول|فل|فب|لل)?", "he": "(?:[ובלמהכש]{0,2}-?)"}
# The present and future tenses prefix a letter to the stem: تسحب, سيرسل, תשלח, ישלחו, נגייס.
_VERB_PREFIX = {"ar": "(?:س?[يتن](?=\\w{3}))?", "he": "(?:[תינא](?=\\w{3}))?"}
_QUALIFIER_GLUE = {"ar": "[وفبل]", "he": "[ולבמהש]"}
# Hebrew glues a number to a qualifier that ends in a preposition letter: כאלף, יותר מאלף, למעלה ממאה אלף, מעל ל7,500.
_QUALIFIER_GLUED = {"ar": "(?!)", "he": "(?<=[כמל])"}
_COORDINATED = {"ar": "(?!)", "he": "ו"}
_OF_WORD = {"ar": "", "he": "(?:של\\s+)?"}
_RELATIVE_BEFORE = re.compile(r"(?<!\w)(?:الذي|التي|الذين|اللذين|اللتين|اللواتي)\s+(?:\S+\s+)?\Z")


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
    members: frozenset[str]  # weak nouns that count troops only with an armed force named right after
    wanted: frozenset[str]  # weak nouns that count troops only when killed right there (מבוקשים)
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
    # A text with a number word (a figure is looked for apart: a digit is found at once, see find_mentions)
    candidate_words: re.Pattern[str]
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
# asked again about the same place or sentence by the next rule or count (guard.py)
@wrapped_fields(
    noun=remembered, reported=remembered, source=remembered, ceremony=remembered, military=remembered
)
@guarding
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
    number_words = [*lex["number_words"], *lex["vague"], *lex["multipliers"], *lex["dual_nouns"]]
    cue_groups = "|".join(f"(?P<{t}>{words_alternation(list(types[t]))})" for t in _TYPE_PRIORITY)
    return _Grammar(
        qualifier=re.compile(
            # the last letter of an abbreviation ("סד\"כ 18,000") is no qualifier
            rf"(?:(?<!\w)(?<!\w[\"״])|(?<={_QUALIFIER_GLUE[lang]}))(?P<open>[\"«“])?(?P<q>{all_quals})(?P<close>[\"»”])?"
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
        # "בין 3,000 ל -4,000": a space may stand between the joiner and its hyphen
        range_joiner=re.compile(rf"\s*(?:[-–]|(?:{_words(lex, 'range_joiners')})(?:\s?-)?)\s*"),
        noun=re.compile(
            # "כמאה (!) לוחמים": an exclamation in brackets may stand between the figure and its noun
            rf"(?:\s*\(\s*[!?]+\s*\))?\s*[\"»”«“]?\s*{noun_lead}[«“]?{article}(?P<noun>{nouns})(?!\w)"
            # "לוחמי ולוחמות מג\"ב", "לוחמים של משמר הגבול": a coordinated noun or "of" before the police force
            rf"(?P<not>(?:\s+{_COORDINATED[lang]}{article}(?:{nouns})(?!\w))?\s+{_OF_WORD[lang]}"
            rf"(?:{_words(lex, 'not_troops_after')})(?!\w))?"
        ),
        weak=frozenset(lex["weak_troop_nouns"]),
        members=frozenset(lex.get("member_nouns", ())),
        wanted=frozenset(lex.get("wanted_nouns", ())),
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
            # "11 מבני הקיבוץ נפלו": members of a community who fell are its fallen soldiers
            rf"(?:\s+מבני\s+ה(?:קיבוץ|יישוב|ישוב|מושב|מחזור|שכונה|קהילה))?"
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
        cues=re.compile(_cue_pattern(lang, cue_groups)),
        reported=re.compile(rf"(?<!\w){pre}(?:{_words(lex, 'reported_words')})(?!\w)"),
        source=re.compile(
            rf"(?<!\w)(?:{_words(lex, 'source_words')})\s*(?P<name>(?:[^\s،,.:;؛]+\s*){{1,3}})"
        ),
        crew=frozenset(lex["crew_nouns"]),
        civil_vessel=re.compile(rf"(?<!\w){pre}(?:{_words(lex, 'civil_vessel')})(?!\w)"),
        warship=re.compile(rf"(?<!\w){pre}(?:{_words(lex, 'warship')})(?!\w)"),
        candidate_words=literal_start(
            re.compile(rf"(?<!\w){pre}{article}{words_alternation(number_words)}(?!\w)"),
            rf"(?<!\w){pre}{article}",
            number_words,
        ),
    )


def _cue_head(lang: SemiticLanguage) -> str:
    """The prefix letters, article or tense prefix before a cue word."""
    article = "(?:ال)?" if lang == "ar" else "(?:ה)?"
    return rf"(?<!\w){_PREFIX[lang]}(?:{article}|{_VERB_PREFIX[lang]})"


def _cue_pattern(lang: SemiticLanguage, words: str) -> str:
    """A cue word with its prefix letters, article or tense prefix: `words` is the six named groups of the types
    (the grammar's cue pattern) or all their words in one trie (_any_cue)."""
    return rf"{_cue_head(lang)}(?:{words})(?!\w)"


@cache
def _any_cue(lang: SemiticLanguage) -> re.Pattern[str]:
    """The cue pattern with the words of all types in one trie: it matches where the grammar's pattern matches (the
    same words, the same letters around them), and one trie tried at each word costs less than six (measured: the
    cue scan of the ar/he dev passages runs about 1.6x faster). Its scan starts near the first literal a cue word
    opens with (guard.py: callgrind, ar/he pass -5 %)."""
    types = semitic_lexicon(lang)["types"]
    words = [w for t in _TYPE_PRIORITY for w in types[t]]
    return literal_start(re.compile(_cue_pattern(lang, words_alternation(words))), _cue_head(lang), words)


def _cue_matches(g: _Grammar, lang: SemiticLanguage, text: str, s: int, e: int) -> list[re.Match[str]]:
    """The matches of g.cues.finditer(text, s, e): one trie finds where the next cue starts, the grammar's pattern
    then matches there and tells its type."""
    found: list[re.Match[str]] = []
    pos = s
    while (start := _any_cue(lang).search(text, pos, e)) is not None:
        m = g.cues.match(text, start.start(), e)
        if m is None or m.end() <= start.start():  # cannot happen; the grammar's own scan is the answer then
            return list(g.cues.finditer(text, s, e))
        found.append(m)
        pos = m.end()
    return found


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
            matches = _cue_matches(self.g, self.lang, self.text, s, e)
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


_NIGER = re.compile(fold_word(r"(?<!\w)[وبلف]?(?:النيجر|نيامي)(?!\w)"))
_NIGERIA = re.compile(fold_word(r"نيجيريا|ابوجا|لاغوس"))


@dataclass(frozen=True, slots=True)
class _Head:
    rule: str  # noun | dual | anaphora | others | definite | bare | ellipsis
    noun: str = ""
    noun_end: int = 0
    weak: bool = False
    extend_to: int = 0  # "ثلاثة منهم": the pronoun belongs to the span


def _state(code: str | None) -> bool:
    """A state or an international force, whose troops abroad are deployed (not an armed group at home)."""
    return code is not None and (len(code) <= 3 or code == "NATO")


# Every pattern of this module behind a look for the literals it must consume (guard.py): same answers, faster.
guard_patterns(globals())
