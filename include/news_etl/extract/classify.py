"""Mention type (deployment, casualties ...), attribution (reported / quoted / stated) and the named source."""

from __future__ import annotations

import re
from functools import cache

from news_etl.extract.lexicon import alternation, fragments_alternation, lexicon_data, literal_alternation

_TYPE_ORDER = ("casualties", "withdrawal", "training", "deployment", "force_size")
_POW = re.compile(r"(?i:prisoners? of war|pows|kriegsgefangene\w*|prisonniers de guerre)")

_OUTLETS = (
    "CNN|Reuters|AFP|AP|Associated Press|dpa|DPA|BBC|Bloomberg|Yonhap|TASS|Tass|Interfax|RIA Novosti|RIA Nowosti|"
    "Ukrinform|Le Monde|Der Spiegel|Spiegel|Bild|ARD|ZDF|France 24|RFI|New York Times|Washington Post|"
    "Wall Street Journal|Financial Times|Kyiv Independent|ISW|Al Jazeera|i24 News"
)
_NAME = r"[A-ZÄÖÜÉ][\w'’.-]*"
_TITLES = (
    r"President|Präsident(?:in)?|président|Prime Minister|Premierminister|Premier ministre|[Mm]inister(?:in)?|"
    r"ministre|[Ss]pokes(?:man|woman|person)|Sprecher(?:in)?|porte-parole|General|général|Chancellor|Kanzler|"
    r"Secretary|secrétaire|[Cc]ommander|Kommandeur|chef|Chef|[Hh]ead|Gouverneur|Governor|gouverneur"
)
_TITLE_NAME = re.compile(rf"\b(?:{_TITLES})\s+(?P<name>(?:{_NAME}\s+){{0,2}}{_NAME})")
_OUTLET = re.compile(rf"\b(?P<name>{literal_alternation(_OUTLETS.split('|'))})(?![\w])")
# Capitalised words that stand next to speech verbs but name no one ("said Friday", "sagte am Montag").
_NOT_NAMES = frozenset(
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Januar",
        "Februar",
        "März",
        "Juni",
        "Juli",
        "Oktober",
        "Dezember",
        "Am",
        "On",
    ]
) | frozenset(
    [
        "The",
        "It",
        "He",
        "She",
        "They",
        "We",
        "Officials",
        "Er",
        "Sie",
        "Es",
        "Wir",
        "Il",
        "Elle",
        "Ils",
        "On",
        "Die",
        "Der",
        "Das",
        "Le",
        "La",
        "Les",
        "Ein",
        "Eine",
        "Un",
        "Une",
    ]
)


@cache
def _type_cues(lang: str) -> re.Pattern[str]:
    types = lexicon_data()[lang]["types"]
    groups = "|".join(f"(?P<{t}>{fragments_alternation(types[t])})" for t in _TYPE_ORDER)
    return re.compile(rf"(?<![\w])(?i:{groups})(?![\w])")


@cache
def _reported_cues(lang: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w])(?i:{fragments_alternation(lexicon_data()[lang]['reported_cues'])})(?![\w])"
    )


@cache
def _source_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    raw = lexicon_data()[lang]
    preps = alternation(raw["source_prepositions"])
    articles = r"(?:(?:the|der|dem|des|die|la|le|les)\s+|l['’])?(?:[a-zäöü]\w*\s+)?"
    according = re.compile(rf"(?<![\w])(?i:{preps})\s+{articles}(?P<name>{_NAME}(?:\s+{_NAME}){{0,3}})")
    verbs = re.compile(rf"(?<![\w])(?i:{fragments_alternation(raw['speech_verbs'])})(?![\w])")
    return according, verbs


# The speaker stands right before the speech verb ("Zelensky said") or right after it ("said Zelensky").
_NAME_BEFORE = re.compile(
    rf"(?P<name>{_NAME}(?:\s+{_NAME}){{0,3}})\s+(?:(?:has|had|hat|hatte|a|avait)\s+)?\Z"
)
_NAME_AFTER = re.compile(rf"\s+(?:(?:the|der|die|das|le|la)\s+)?(?P<name>{_NAME}(?:\s+{_NAME}){{0,2}})")


# "Hezbollah has 40,000 fighters": a verb of having right before the count states the size of a force.
_POSSESSIVE = {
    "en": r"has|have|had|keeps|maintains|fields",
    "de": r"hat|haben|hatte|verfügt über|unterhält",
    "fr": r"a|ont|avait|possède|dispose de|disposent de",
}


@cache
def _possessive(lang: str) -> re.Pattern[str]:
    adverbs = (
        r"now|currently|still|already|derzeit|aktuell|noch|inzwischen|désormais|actuellement|encore|toujours"
    )
    return re.compile(rf"(?<![\w])(?i:{_POSSESSIVE[lang]})\s+(?:(?i:{adverbs})\s+)?\Z")


def possessive_before(text: str, start: int, end: int, lang: str) -> bool:
    return bool(_possessive(lang).search(text, start, end))


Cue = tuple[int, int, int]  # start, end, index in _TYPE_ORDER


# Cue words further than this from the count phrase belong to another clause; not looking saves time.
CUE_REACH = 120


def type_cues(sentence: str, lang: str, start: int, end: int) -> list[Cue]:
    """The type cue words of a sentence within CUE_REACH characters of the phrase at start..end."""
    return [
        (m.start(), m.end(), _TYPE_ORDER.index(m.lastgroup or ""))
        for m in _type_cues(lang).finditer(sentence, max(0, start - CUE_REACH), end + CUE_REACH)
    ]


def withdrawing(cues: list[Cue]) -> bool:
    """A withdrawal sentence: 'from X' names where troops leave, not whose they are."""
    return any(kind == _WITHDRAWAL for _, _, kind in cues)


_WITHDRAWAL = _TYPE_ORDER.index("withdrawal")


def mention_type(
    cues: list[Cue],
    start: int,
    end: int,
    noun: str,
    actor: str | None,
    location: str | None,
    owned: bool = False,
) -> str:
    """The cue word nearest to the count phrase (sentence-relative offsets start..end) decides."""
    if _POW.search(noun):
        return "casualties"
    best: tuple[int, int] | None = None
    for cue_start, cue_end, kind in cues:
        if cue_start < end and cue_end > start:
            continue  # words of the noun phrase itself ("Armeeangehörige") are no cue
        distance = start - cue_end if cue_end <= start else cue_start - end
        if best is None or (distance, kind) < best:
            best = (distance, kind)
    best_type = _TYPE_ORDER[best[1]] if best else ""
    if best_type == "force_size" and actor and location and actor != location:
        return "deployment"  # the size of a contingent abroad is a deployment figure
    if best_type:
        return best_type
    if actor and location and actor != location:
        return "deployment"  # foreign troops somewhere are deployed there, cue word or not
    return "force_size" if owned else "other"


def in_quotation(quotes: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when the count stands inside a quoted utterance (not merely in scare quotes of its own)."""
    for q_start, q_end in quotes:
        if q_start <= start and end <= q_end and (q_end - q_start) > (end - start) + 2:
            return True
    return False


# The French conditional (seraient, compterait) reports a claim. Searched for by its literal ending, which
# is fast, and told apart from nouns such as "retrait" by the letter before it.
_CONDITIONAL = re.compile(r"rai(?:t|ent)(?![\w])")


def _conditional(sentence: str) -> bool:
    return any(
        m.start() > 1 and sentence[m.start() - 1] not in "t \n" for m in _CONDITIONAL.finditer(sentence)
    )


def attribution(sentence: str, lang: str, quoted: bool) -> str:
    if quoted:
        return "quoted"
    if _reported_cues(lang).search(sentence) or (lang == "fr" and _conditional(sentence)):
        return "reported"
    return "stated"


def _clean(name: str) -> str:
    """Drop a sentence's full stop from a name, but keep that of initials such as 'U.S.'."""
    return name if _INITIALS.search(name) else name.rstrip(".")


_INITIALS = re.compile(r"(?:\b[A-Z]\.){2,}\Z")


def source_name(sentence: str, lang: str) -> str | None:
    """Who the figure comes from: 'according to X', a titled speaker, 'X said', or a news outlet."""
    according, verbs = _source_patterns(lang)
    m = according.search(sentence)
    if m:
        return _clean(m.group("name"))
    m = _TITLE_NAME.search(sentence)
    if m:
        return _clean(m.group("name").split()[-1])
    for verb in verbs.finditer(sentence):
        m = _NAME_BEFORE.search(sentence, max(0, verb.start() - 60), verb.start()) or _NAME_AFTER.match(
            sentence, verb.end()
        )
        if m and m.group("name").split()[0] not in _NOT_NAMES:
            return _clean(m.group("name"))
    m = _OUTLET.search(sentence)
    return m.group("name") if m else None
