"""Attribution of a mention (reported / quoted / stated) and the named source of its figure."""

from __future__ import annotations

import re
from functools import cache

from news_etl.extract.lexicon import alternation, fragments_alternation, lexicon_data, literal_alternation

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
