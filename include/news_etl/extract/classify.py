"""Mention type (deployment, casualties ...), attribution (reported / quoted / stated) and the named source."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from news_etl.extract.lexicon import alternation, fragments_alternation, lexicon_data, literal_alternation
from news_etl.extract.places import group_codes, mission_names, place_forms

# "other" has cue words too (a parade): the nearest cue can say a count is none of the others.
_TYPE_ORDER = ("casualties", "withdrawal", "training", "deployment", "force_size", "other")
_CAPTIVITY = re.compile(
    r"(?i:gefangenschaft|kriegsgefangen|captivity|captivité|prisoners? of war|prisonniers de guerre)"
)
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


# "UK-based", "Russian-trained", "battle-hardened": in English and French a cue word glued to the word before
# by a hyphen is part of a compound modifier, not a verb about the troops. German compounds keep their cue
# ("Nato-Manöver", "US-Truppenabzug").
_CUE_START = {"en": r"(?<![\w-])", "fr": r"(?<![\w-])", "de": r"(?<![\w])"}


@cache
def _type_cues(lang: str) -> re.Pattern[str]:
    types = lexicon_data()[lang]["types"]
    groups = "|".join(f"(?P<{t}>{fragments_alternation(types[t])})" for t in _TYPE_ORDER)
    return re.compile(rf"{_CUE_START.get(lang, _CUE_START['en'])}(?i:{groups})(?![\w])")


def _found_anywhere(fragments: list[str], start: str) -> re.Pattern[str]:
    """A pattern that only says whether one of the fragments occurs. A fragment that begins with any word
    characters ("\\w*übung") matches wherever its tail does, so its tail is searched for unguarded: scanning
    every word start with a leading \\w* and backtracking costs far more."""
    tails = [f[3:] for f in fragments if f.startswith(r"\w*")]
    heads = [f for f in fragments if not f.startswith(r"\w*")]
    parts = [rf"{start}(?i:{fragments_alternation(heads)})"] if heads else []
    parts += [rf"(?i:{fragments_alternation(tails)})"] if tails else []
    return re.compile(rf"(?:{'|'.join(parts)})(?![\w])")


@cache
def _event_words(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Exercise and parade words: what a sentence that names such an event says of the troops counted in it."""
    raw = lexicon_data()[lang]
    start = _CUE_START.get(lang, _CUE_START["en"])
    return _found_anywhere(raw["exercise_words"], start), _found_anywhere(raw["parade_words"], start)


# "à l'issue d'un exercice", "after the drills", "nach dem Manöver": troops counted then are not taking part.
_AFTER_EVENT = re.compile(
    r"(?<![\w])(?i:after|following|à l['’]issue d['’]?\w*|au terme d['’]?\w*|après|nach|im anschluss an)"
    r"\s+(?:[\w'’-]+\s+){0,3}\Z"
)


@lru_cache(maxsize=16)
def _event_type(sentence: str, lang: str) -> str:
    """Cached for the few sentences at hand: a count's sentence and the one before are asked about for every
    count in them (not so large a cache that a benchmark repeating a whole set would hit it)."""
    exercise, parade = _event_words(lang)
    if any(
        not _AFTER_EVENT.search(sentence, max(0, m.start() - 40), m.start())
        for m in exercise.finditer(sentence)
    ):
        return "training"
    if parade.search(sentence):
        return "other"
    return ""


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
# A withdrawal or casualty word this close to the count phrase decides its type over nearer cue words.
DOMINANT_REACH = 90


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
_CASUALTIES = _TYPE_ORDER.index("casualties")
_DOMINANT = (_WITHDRAWAL, _CASUALTIES)
_FORCE_SIZE = _TYPE_ORDER.index("force_size")
_TRAINING = _TYPE_ORDER.index("training")
# A place phrase right after the noun phrase (a named place, known to the gazetteer or not).
_PLACED_AFTER = {
    # a border or a country's gates place the troops too ("massed along the border", "aux portes du Tchad")
    "en": re.compile(
        r"\s+(?:(?:in|into|inside|across|along|near|on|at|to)\s+(?:the\s+)?[A-Z]|"
        r"(?i:(?:at|along|near|on|to)\s+the\s+(?:\w+\s+)?border)\b)"
    ),
    # German capitalises every noun ("in Diensten der Bundeswehr"): a capital says nothing there, so only words
    # of an area or a front place the troops ("in dem Gebiet", "an der Grenze", "vor Ort").
    "de": re.compile(
        r"\s+(?i:(?:in|an|vor|nahe)\s+(?:der|dem|den|seiner|ihrer|unserer)\s+(?:[\w-]+\s+)?\w*(?:gebiet|region|grenze|"
        r"nähe|front|frontlinie|flanke|"
        r"küste|zone)\b|vor ort\b|im (?:land|gebiet|einsatzgebiet|osten|westen|norden|süden)\b)"
    ),
    "fr": re.compile(
        r"\s+(?:(?:en|au|aux|à|dans|sur|vers)\s+(?:la\s+|le\s+|les\s+|l['’])?[A-ZÉÈ]|"
        r"(?i:dans\s+(?:la\s+région|le\s+pays|la\s+zone)|sur\s+place|sur\s+le\s+terrain|sur\s+le\s+sol|"
        r"aux\s+portes\s+(?:de|du|des|d['’]\w+)|(?:à|le\s+long\s+de|près\s+de)\s+(?:la|leur|sa)\s+frontière)\b)"
    ),
}
# Reservists, conscripts and recruits, and the career categories an army counts its strength in ("170.000 Zeit-
# und Berufssoldaten", "15.000 freiwillig Wehrdienstleistende", "militaires d'active").
_RESERVES = re.compile(
    r"(?i:reserv|réserv|conscri|recru|rekrut|wehrpflicht|berufssoldat|zeitsoldat|wehrdienstleist|d['’]active\b)"
)
_RECRUITS = re.compile(r"(?i:recrue|recruit|rekrut|conscri|wehrpflichtig)")
_TRAINERS = re.compile(r"(?i:trainer|instructor|ausbilder|instrukteur|instructeur|formateur|mentor)")
# A mission, operation or contingent abroad: its strength is a deployment.
# (Compound heads are searched for as they stand: "kontingent" finds "Einsatzkontingent" without a slow \\w*.)
_MISSION = re.compile(
    r"(?i:\bcontingents?\b|\bmission\b|\bopération\b|\bdispositif\b|kontingent|einsatz\b|"
    r"\bmandat\b|\bmandats\w*|obergrenze|\bdétachement\b|\bdetachment\b|\bpeacekeeping\b|"
    r"\bmaintien de la paix\b|opérations? extérieures|\bopex\b|casques? bleus|blauhelm|\bpeacekeepers?\b|battle\s?group|"
    r"\bbeteiligung\b|"
    # a force several states send somewhere ("the multinational force there numbers 12,000")
    r"\b(?:international|multinational|coalition|stabili[sz]ation)\s+forces?\b|schutztruppe|friedenstruppe|"
    r"\b(?:internationale|multinationale)n?\s+(?:\w+)?truppe|\bforces?\s+(?:internationales?|multinationales?)\b|"
    # a base abroad or a camp counts the troops stationed there ("le sort des bases de Dakar et de Libreville, qui
    # comptaient 400 militaires chacune")
    r"\bbases?\s+(?:militaires?|aériennes?|navales?|françaises?|américaines?|russes?|de\s+[A-Z]|d['’][A-Z])|"
    r"\b(?:military|air|naval|army)\s+bases?\b|stützpunkt|feldlager|militärbasis|luftwaffenbasis)"
)


# Topping up: an army grows by it, but a force of a few hundred topped up is a contingent somewhere ("Die Truppe
# soll von 980 auf 1300 Soldaten aufgestockt werden").
_TOPPED_UP = re.compile(r"(?i:aufstock|aufgestockt|aufzustock)")


def _topped_up_contingent(cues: list[Cue], t: TypeContext, group: bool) -> bool:
    return (
        not group
        and _small(t)
        and not _WHOLE_ARMY.search(t.sentence)
        and any(kind == _FORCE_SIZE and _TOPPED_UP.match(t.sentence, c_start) for c_start, _, kind in cues)
    )


# A sentence about a mission or operation named in the sentence before: "Barkhane est la plus grosse opération
# extérieure. Elle compte 4 500 soldats."
_PRONOUN_START = re.compile(r"\s*(?:Elle|Il|Celle-ci|Celui-ci|Sie|Er|Diese|Dieser|It|This)\s")


def _mission_said_before(t: TypeContext) -> bool:
    if not t.before or not _PRONOUN_START.match(t.sentence):
        return False
    if _WHOLE_ARMY.search(t.sentence) or _WHOLE_ARMY.search(t.before):
        return False  # "Die Bundeswehr beteiligt sich an der Mission. Sie hat 180.000 Soldaten."
    return bool(_MISSION_NAMES.search(t.before) or _MISSION.search(t.before))


# Organisations whose troops are always a mission somewhere (NATO and the EU also have standing forces).
_MISSION_ACTORS = frozenset({"UN", "AU", "ECOWAS"})

# "grossir ses rangs ... afin d'atteindre un contingent de 700 000": an army's whole strength, not a mission.
_ARMY_CONTINGENT = re.compile(r"(?i:\barm(?:ée|y|ee)\b|\brangs\b|\branks\b|streitkräfte)")


# Missions and operations abroad named by their own names ("Die KFOR hat eine Stärke von 14.000 Soldaten").
_ACRONYM_MISSIONS = (
    "KFOR|SFOR|IFOR|EUFOR|ISAF|UNIFIL|FINUL|MINUSMA|MINUSCA|MONUSCO|UNMISS|UNAMID|AMISOM|ATMIS|MISCA|AFISMA|EUTM|"
    "EUMAM|EUNAVFOR|SWISSCOY"
)
# The French press writes these acronyms as names too ("la Kfor", "la Finul", "la Minusca"): all capitals or
# capitalised, never lower case ("serval" is an animal).
_MISSION_NAMES = re.compile(
    rf"\b(?:{_ACRONYM_MISSIONS}|{'|'.join(a.capitalize() for a in _ACRONYM_MISSIONS.split('|'))}|"
    r"Barkhane|Serval|Sangaris|Chammal|Takuba|Resolute Support)\b"
)


def _mission(t: TypeContext) -> bool:
    if _MISSION_NAMES.search(t.sentence):
        return True
    first = _MISSION.search(t.sentence)
    if first is None:
        return False
    if first.group().lower().startswith("contingent") and t.location is None:
        # a further mission word decides; else the army's rank and file
        return bool(_MISSION.search(t.sentence, first.end())) or not _ARMY_CONTINGENT.search(t.sentence)
    return True


@dataclass(frozen=True, slots=True)
class TypeContext:
    """What the type of one count depends on besides its cue words (offsets relative to the sentence)."""

    sentence: str
    lang: str
    start: int  # of the count phrase
    end: int  # of the noun phrase
    noun: str
    actor: str | None
    location: str | None
    owned: bool = False  # "Hezbollah has 40,000 fighters"
    rule: str = "noun"
    before: str = ""  # the sentence before: its cue words type a count whose own sentence has none
    after: str = (
        ""  # the sentence after: only the event it names ("Moskau bestätigte den Austausch am Abend")
    )
    # whether the sentence before puts troops in a place ("Die Bundeswehrtruppe in Litauen soll ..."), asked lazily
    before_placed: Callable[[], bool] = lambda: False


# Auxiliaries and adverbs that may stand between a count's noun phrase and the verb it is the subject of:
# "N troops are now deployed", "N Soldaten sind bereits stationiert", "N soldats ont été déployés".
_AUXILIARIES = re.compile(
    r"(?:\s+(?i:are|were|is|was|have|has|had|been|be|being|will|would|could|may|might|now|already|currently|"
    r"still|also|reportedly|sind|wurden|werden|waren|worden|seien|wären|haben|hatten|bereits|inzwischen|derzeit|"
    r"nun|jetzt|noch|auch|sont|ont|été|seront|seraient|étaient|sera|déjà|actuellement|désormais|aussi))*\s+\Z"
)


def _predicate_cue(cues: list[Cue], sentence: str, end: int) -> tuple[int, bool] | None:
    """The kind of a cue verb the count's noun phrase is the subject of ("N troops are deployed after heavy
    losses"): what the sentence says of these troops, whatever other cue words its later phrases hold. The flag
    says whether an auxiliary or adverb stands between: a bare participle right after the noun may be an
    attribute of it ("seven soldiers stationed at the base") rather than its predicate."""
    for c_start, _c_end, kind in cues:
        if c_start >= end and _AUXILIARIES.match(sentence[end:c_start] + " "):
            return kind, bool(sentence[end:c_start].strip())
    return None


# An auxiliary or modal right before a cue word makes it the verb of a clause rather than a noun.
_VERB_BEFORE = re.compile(
    r"(?<![\w])(?i:will|would|were|was|are|is|have|has|had|been|be|to|must|should|va|vont|doit|doivent|"
    r"devrait|devraient|sont|ont|été|seront|seraient|werden|wurden|worden|sind|waren|sollen|soll|sollten|"
    r"müssen|haben|hatten)(?:\s+\w+){0,2}\s+\Z"
)


# "Von den 3.000 entsandten Soldaten wurden 200 verwundet": the total a share is taken from is not the subject
# of the verb that follows.
_TOTAL_BEFORE = re.compile(
    r"(?<![\w])(?i:of the|of its|of their|among the|von den|unter den|sur les|parmi les)\s+(?:\S+\s+)?\Z"
)


def _lower_verb(t: TypeContext, at: int) -> bool:
    """German writes every noun with a capital: a lower-case cue word is a verb or participle."""
    return t.lang == "de" and t.sentence[at].islower()


# "le retrait de la brigade belge qui avait envoyé environ 700 soldats": a relative clause opened between a
# withdrawal or casualty word and the count, with a verb of its own before the count, is what is said of the count.
_RELATIVE = re.compile(r"(?<![\w])(?i:qui|welche\w*|which|who)(?![\w])")


_QUALIFIER_GAP = re.compile(r"\s*(?:[a-zà-ÿ'’-]+\s+){0,3}")


def _relative_between(cues: list[Cue], sentence: str, c_end: int, start: int) -> bool:
    rel = _RELATIVE.search(sentence, c_end, start)
    return rel is not None and any(
        rel.end() <= o_start
        and o_end <= start
        and kind not in _DOMINANT
        and _QUALIFIER_GAP.fullmatch(sentence, o_end, start) is not None
        for o_start, o_end, kind in cues
    )


def _clause_dominant(cues: list[Cue], t: TypeContext) -> str:
    """A withdrawal or casualty verb of the count's clause: before the count it governs the count as its object
    ("killed four soldiers on patrol", "coûtant la vie à sept soldats stationnés"), after it it is the verb the
    noun phrase is the subject of ("250 casques bleus déployés à Goma vont retourner à Kiev")."""
    for c_start, c_end, kind in cues:
        if kind not in _DOMINANT:
            continue
        if c_end <= t.start:
            if _relative_between(cues, t.sentence, c_end, t.start):
                continue
            span = (c_end, t.start)
        elif (
            c_start >= t.end
            and (
                _lower_verb(t, c_start) or _VERB_BEFORE.search(t.sentence, max(t.end, c_start - 40), c_start)
            )
            and not _TOTAL_BEFORE.search(t.sentence, max(0, t.start - 30), t.start)
        ):
            span = (
                t.end,
                c_start,
            )  # "... will return", "... wurden getötet", not "took part in the evacuation"
        else:
            continue
        if span[1] - span[0] <= DOMINANT_REACH and not _CLAUSE_END.search(
            _APPOSITIVE.sub(" ", t.sentence[span[0] : span[1]])
        ):
            return _TYPE_ORDER[kind]
    return ""


# A name set off by commas ("serving with the mission, MINUSMA, were injured") does not end the clause.
_APPOSITIVE = re.compile(r",\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*,")


def _attributive_cue(cues: list[Cue], t: TypeContext) -> str:
    """A participle between the number and its noun qualifies the troops counted ("5000 in Afrika
    stationierte Söldner"); the noun itself ("Armeeangehörige") is no cue."""
    head = t.end - len(t.noun) if t.noun and t.sentence.endswith(t.noun, 0, t.end) else t.end
    kinds = [kind for c_start, c_end, kind in cues if t.start <= c_start and c_end <= head]
    for kind in (*_DOMINANT, *range(len(_TYPE_ORDER))):
        if kind in kinds:
            # "Abzug von 3.500 in Polen stationierten Soldaten": the withdrawal governs the count
            governed = kind not in _DOMINANT and _clause_dominant(cues, t)
            return governed or _TYPE_ORDER[kind]
    return ""


def _nearest_cue(cues: list[Cue], sentence: str, start: int, end: int) -> str:
    """A withdrawal or casualty word in the phrase's clause decides (a clause about troops leaving or dying is
    about that, whatever else it says of them); else the cue word nearest to the phrase start..end. Words
    of the phrase itself are no cue."""
    near_cues = [
        (c_start, kind)
        for c_start, c_end, kind in cues
        if not (c_start < end and c_end > start)
        and c_end >= start - DOMINANT_REACH
        and c_start <= end + DOMINANT_REACH
        and not _CLAUSE_END.search(sentence, *((c_end, start) if c_end <= start else (end, c_start)))
        and not (kind in _DOMINANT and c_end <= start and _relative_between(cues, sentence, c_end, start))
    ]
    near = {kind for _, kind in near_cues}
    if any(kind == _CASUALTIES and _CAPTIVITY.match(sentence, c_start) for c_start, kind in near_cues):
        return (
            "casualties"  # prisoners of war, even when they return home ("aus Gefangenschaft zurückgekehrt")
        )
    for kind in _DOMINANT:
        if kind in near:
            return _TYPE_ORDER[kind]
    # A cue word of the count's own clause wins over a nearer one behind a comma ("mobilised 22 million
    # soldiers, of whom 8 million fell": the first count is the mobilised force).
    best: tuple[bool, int, int] | None = None
    for cue_start, cue_end, kind in cues:
        if cue_start < end and cue_end > start:
            continue  # words of the noun phrase itself ("Armeeangehörige") are no cue
        before = cue_end <= start
        distance = start - cue_end if before else cue_start - end
        crosses = bool(_CLAUSE_END.search(sentence, *((cue_end, start) if before else (end, cue_start))))
        if best is None or (crosses, distance, kind) < best:
            best = (crosses, distance, kind)
    return _TYPE_ORDER[best[2]] if best else ""


@cache
def _structure(lang: str) -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...], re.Pattern[str]]:
    """Patterns of the sentence around a count that decide its type before any cue word.

    A casualty participle after the noun in its clause ("... soldiers deployed there were killed"); a change
    "from X to Y" (withdrawal when a reduction is named); "X of the Y troops": Y is the stationed total.
    """
    raw = lexicon_data()[lang]
    participles = fragments_alternation(raw["casualty_participles"])
    number = r"\d[\d.,'’\u202f\u00a0 ]*"
    passive = re.compile(rf"(?<![\w])(?i:{participles})(?![\w])")
    change = re.compile(
        rf"(?<![\w])(?i:{_CHANGE[lang][0]})\s+(?:\S+\s+){{0,2}}?(?P<x>{number}).{{0,25}}?\s(?i:{_CHANGE[lang][1]})\s+"
        rf"(?:\S+\s+){{0,2}}?(?P<y>{number})"
    )
    changes = (
        change,
        *(
            re.compile(p.format(number=number, was=was, now=now))
            for p in _INSTEAD_OF
            for was, now in _WAS_NOW.get(lang, ())
        ),
        re.compile(
            rf"(?P<y>{number})[^.;:]{{0,120}}?\s(?i:{_AGAINST[lang]})\s+(?:\S+\s+){{0,2}}?(?P<x>{number})"
        ),
    )
    share = rf"{number}\s*(?:%|(?i:percent|per cent|prozent|pour cent))?"
    partitive_total = re.compile(rf"{share}\s+(?i:{_PARTITIVE_BEFORE[lang]})\s+(?:[^\d\s,;:]+\s+){{0,5}}\Z")
    return passive, changes, partitive_total


# A figure until now set against the one to come, in either order: "anstatt wie bisher 2400 Soldaten eine
# Obergrenze von noch 1800", "nur noch 700 statt bisher 1.100 Soldaten".
_WAS_NOW = {
    "de": (
        (
            r"(?:an)?statt\s+(?:wie\s+)?(?:bisher|zuvor|derzeit)|anstelle\s+der\s+bisherigen",
            r"(?:nur\s+)?noch|künftig(?:\s+nur)?",
        ),
    ),
}
# A figure set against an earlier one ("309 militaires ... un recul par rapport aux quelque 600", "down from 2,000").
_AGAINST = {
    # "contre" only before a figure of another time ("resteront 400, contre 1 100 aujourd'hui"), not against a foe
    "fr": r"par\s+rapport\s+(?:aux?|à\s+la|à\s+l['’]|à)|contre(?=\s+(?:\S+\s+){0,2}?\d[\d.,\u202f\u00a0 ]*"
    r"(?:\s+\w+){0,2}?\s*(?:aujourd['’]hui|actuellement|auparavant|précédemment|jusqu['’]ici|jusqu['’]à\s+présent|"
    r"en\s+\d{4}|l['’]an\s+dernier|l['’]année\s+dernière|il\s+y\s+a))",
    "de": r"gegenüber|im\s+vergleich\s+zu(?:m|r)?",
    "en": r"down\s+from|compared\s+(?:with|to)",
}
_INSTEAD_OF = (
    r"(?<![\w])(?i:{was})\s+(?P<x>{number}).{{0,60}}?\s(?i:{now})\s+(?:\S+\s+){{0,2}}?(?P<y>{number})",
    r"(?<![\w])(?i:{now})\s+(?:\S+\s+){{0,2}}?(?P<y>{number}).{{0,40}}?\s(?i:{was})\s+(?P<x>{number})",
)


_SCALE_AFTER = re.compile(r"\s*(?i:million|mio|milliard|mille|tausend|thousand)")
_NOT_DIGIT = re.compile(r"\D")


# Troops leaving: they leave a place, so a cut they make is a withdrawal even with no place named ("a pullout
# bringing their number from X to Y"); a bare cut ("réduire les effectifs") may be an army shrinking at home.
_LEAVING = {
    "fr": re.compile(r"(?i:\bretrait\b|\bdésengagement\b|\brapatriement\b)"),
    "de": re.compile(r"(?i:abzug\w*|rückzug\w*|abziehen|abgezogen)"),
    "en": re.compile(r"(?i:\bwithdraw\w*|\bpull(?:ed|ing|s)?\s+out\b|\bpullout\b)"),
}


# A place said by an adverb ("le nombre de soldats y a été réduit", "die Truppe dort wurde verkleinert"): a cut
# somewhere, not an army shrinking.
_THERE = {
    "fr": re.compile(r"(?<![\w'’])(?i:y)\s+(?:a|ont|avait|avaient|sera|seront|est|sont|été|être)(?![\w])"),
    "de": re.compile(r"(?<![\w])(?i:dort|vor\s+ort)(?![\w])"),
}


def _falls(change: re.Match[str]) -> bool:
    """A change "from X to Y" to a smaller number (plain digits only: "1,3 Millionen" is not compared)."""
    x, y = change.group("x").strip(), change.group("y").strip()
    text = change.string
    if _SCALE_AFTER.match(text, change.start("x") + len(x)) or _SCALE_AFTER.match(
        text, change.start("y") + len(y)
    ):
        return False
    return int(_NOT_DIGIT.sub("", y) or 0) < int(_NOT_DIGIT.sub("", x) or 0)


# A casualty participle this close after the noun, in the same clause, makes the count a casualty figure.
PASSIVE_REACH = 100
PASSIVE_REACH_VERB_FINAL = 200
# A comma between digits groups thousands ("2,500"); only a comma before a word ends a clause.
_CLAUSE_END = re.compile(r"[;:]|,(?!\d)")
_CHANGE = {"en": ("from", "to"), "de": ("von", "auf"), "fr": ("de", "à")}
_PARTITIVE_BEFORE = {"en": "of", "de": "der|von", "fr": "des|de"}


# A relative clause or an apposition right after the noun phrase ("vier Soldaten, die in Bamako eingesetzt
# waren, ...", "250 soldats de la MONUSCO, la mission de l'ONU, ..."): its words say what the troops did or are,
# the verb after it what the sentence says of them.
_INSERTION = re.compile(
    r"(?:\s+[a-zà-ÿ][\w'’-]*){0,2}?"  # "2.100 soldats italiens, sur les 8.000 déployés, rentrent"
    r"(?:\s+(?i:de|des|du|d['’]|der|of|from)\s*[^,;:\s][^,;:]{0,50}?)?"  # "250 soldats de la MONUSCO, ..."
    r",\s+(?i:die|der|das|denen|welche\w*|qui|que|lesquel\w*|who|which|that|la|le|les|l['’]|une?|the|an?|"
    r"sur\s+les|parmi\s+les|von\s+den|unter\s+den|of\s+the)"  # "9.500 soldats, sur les 34.500 déployés, quittent"
    r"(?![\w])[^,;:]{1,140},"
)
# Modal and aspect verbs between a subject and its verb ("s'apprêtent à quitter", "vont rentrer", "are to leave").
_MODALS = re.compile(
    r"(?:\s+(?i:s['’]apprêt\w*\s+à|vont|va|doivent|doit|devraient|devront|pourraient|peuvent|sont\s+sur\s+le\s+point\s+d[e'’]|"
    r"are\s+to|is\s+to|are\s+set\s+to|are\s+about\s+to|sollen|sollten|werden|wollen|müssen|mussten))*\s*\Z"
)
# What may close a German clause after its verb: auxiliaries and modals ("verlassen werden sollen"), then a
# clause end.
_CLAUSE_TAIL = re.compile(
    r"(?:\s+(?i:werden|worden|wurden|wird|wurde|sind|ist|sein|seien|haben|hat|hatte|hatten|waren|war|wären|"
    r"sollen|soll|sollten|können|konnten|könnten|müssen|mussten|wollen|will|lassen|dürfen))*\s*(?:[.;:!?,]|\Z)"
)


# The comma of a list of nouns ("durch Minen, Hinterhalte und Unfälle") ends no clause.
_LIST_ITEM = re.compile(r"\s+[A-ZÄÖÜ][\w-]*(?:\s*,|\s+(?:und|oder|sowie)\s+[A-ZÄÖÜ])")


def _verb_final(cues: list[Cue], t: TypeContext, start: int) -> str:
    """German puts the verb of a subordinate or passive clause at its end ("... über 20.000 Angehörige der
    Streitkräfte in vielen Fachgebieten aus- und weitergebildet", "... das Land verlassen"): a lower-case cue
    word that closes the count's clause is the verb said of the troops, however far from the noun."""
    if t.lang != "de":
        return ""
    stop = _CLAUSE_END.search(t.sentence, start)
    while stop and _LIST_ITEM.match(t.sentence, stop.end()):
        stop = _CLAUSE_END.search(
            t.sentence, stop.end()
        )  # "durch Minen, Hinterhalte und Unfälle ... verloren"
    limit = stop.start() if stop else len(t.sentence)
    for c_start, c_end, kind in reversed(cues):
        if start <= c_start and c_end <= limit:
            if _lower_verb(t, c_start) and _CLAUSE_TAIL.match(t.sentence, c_end):
                return _TYPE_ORDER[kind]
            return ""
    return ""


def _after_insertion(cues: list[Cue], t: TypeContext) -> str:
    """The verb after a relative clause or an apposition that follows the noun phrase."""
    m = _INSERTION.match(t.sentence, t.end)
    if m is None:
        return ""
    if final := _verb_final(cues, t, m.end()):
        return final
    for c_start, _c_end, kind in cues:
        if c_start >= m.end():
            gap = t.sentence[m.end() : c_start]
            if _AUXILIARIES.match(gap + " ") or _MODALS.match(gap):
                return _TYPE_ORDER[kind]
            return ""
    return ""


# A cue noun that governs the count through "der", "von", "of", "de" ("die Verlegung der rund 4800 Soldaten
# umfassenden Brigade", "le déploiement de 5 100 soldats", "the withdrawal of 2,000 troops").
_GOVERNED = re.compile(
    r"\s*(?i:der|des|von|vom|of|de|du|d['’])(?:\s+(?i:the|its|their|den|seinen|ihren|les|ses|leurs))?\s*\Z"
)


# A total named first, its share after it ("Von den 60.000 Soldaten seien nur 41.000 einsatzbereit", "Sur les 900
# soldats présents, 350 resteront"): the total keeps what its own phrase says; what follows the share is said of it.
_TOTAL_FIRST = re.compile(
    r"(?:\A|[,;:(]\s*)(?i:von|sur|parmi|of|out of|unter)\s+(?i:den|les|the|derzeit|insgesamt|actuellement|currently)"
    r"(?:\s+(?i:derzeit|insgesamt|actuellement|currently))?\s+\Z"
)
_DIGIT = re.compile(r"\d")
SHARE_REACH = 120


# A part told right after the total ("un régiment de 900 hommes, dont 150 seront instruits", "of whom 300 were
# wounded"): what the part's clause says is not said of the total.
_PART_AFTER = re.compile(
    r"(?:\s+(?i:in|im|en|au|aux|à|dans)\s+[^,;.\d]{1,40}?)?\s*,?\s*(?P<part>(?i:dont|darunter|davon|of\s+whom|of\s+which|including|among\s+them|parmi\s+eux))\s+"
    r"(?:[^\s\d,;]+\s+){0,2}?\d"
)


def _share_after(t: TypeContext) -> int | None:
    """Where the share of a total named first begins (the next number after it), or None."""
    if part := _PART_AFTER.match(t.sentence, t.end):
        return part.start("part")
    if not _TOTAL_FIRST.search(t.sentence, max(0, t.start - 30), t.start):
        return None
    share = _DIGIT.search(t.sentence, t.end, t.end + SHARE_REACH)
    return share.start() if share else None


_PARTIAL_GAP = re.compile(r"\s+(?i:partiel(?:le)?)\s+(?i:des|de\s+la|du|d['’])\s*\Z")
_PARTIAL_BEFORE = re.compile(r"(?i:partial|partiel(?:le)?)\s+\Z")


def _partial_of(cues: list[Cue], t: TypeContext) -> bool:
    """A partial withdrawal of the troops counted: they are the presence a part of which leaves."""
    for c_start, c_end, kind in reversed(cues):
        if c_end <= t.start:
            if kind != _WITHDRAWAL or t.start - c_end > 30:
                return False
            gap = t.sentence[c_end : t.start]
            before = _PARTIAL_BEFORE.search(t.sentence, max(0, c_start - 12), c_start)
            return bool(_PARTIAL_GAP.match(gap) or (before and _GOVERNED.match(gap)))
    return False


def _governing_noun(cues: list[Cue], t: TypeContext) -> str:
    for _c_start, c_end, kind in reversed(cues):
        if c_end <= t.start:
            if t.start - c_end <= 16 and _GOVERNED.match(t.sentence[c_end : t.start]):
                governing = _TYPE_ORDER[kind]
                if governing == "deployment" and (said := _verb_of_subject(cues, t)) in _LEAVING_OR_LOST:
                    return (
                        said  # "a rotation of 200 marines left the base": the presence named is what leaves
                    )
                return governing
            return ""
    return ""


_LEAVING_OR_LOST = ("withdrawal", "casualties")


# The auxiliary of a passive or of a compound past ("sont tombés", "were killed"): with it a casualty participle
# further on is still the verb of the count's noun phrase, after a long complement naming the troops' mission.
_AUXILIARY_BEFORE = re.compile(
    r"(?<![\w])(?i:sont|ont\s+été|avaient\s+été|auraient\s+été|seraient|étaient|were|have\s+been|had\s+been)\s+"
    r"(?:\w+\s+)?\Z"
)


def _far_participle(passive: re.Pattern[str], t: TypeContext, reach: int) -> re.Match[str] | None:
    if t.lang == "de":
        return None  # German already looks for its verb-final participle to the end of a long clause
    far = passive.search(t.sentence, t.end, t.end + 2 * reach)
    if far is None or not _AUXILIARY_BEFORE.search(t.sentence, max(t.end, far.start() - 25), far.start()):
        return None
    if _RELATIVE.search(t.sentence, t.end, far.start()):
        return None  # "... des 3 000 soldats qui ont été déployés ... ont été tués": another clause's verb
    return far


# A German relative clause after the noun, however long and with a "zu" clause of its own inside, closed by the
# auxiliary that opens the main verb group ("..., die am Abend versuchten, den Fluss zu queren, wurden ... getötet").
_RELATIVE_THEN_AUXILIARY = re.compile(
    r",\s+(?:die|welche)\s[^.;:]{1,200}?,\s+(?=(?:wurden|wurde|sind|waren|seien|wären|worden)\s)"
)


def _passive_after_relative(passive: re.Pattern[str], t: TypeContext) -> str:
    """The casualty participle of the main clause, after a relative clause too long for the cue words' reach."""
    rel = _RELATIVE_THEN_AUXILIARY.match(t.sentence, t.end) if t.lang == "de" else None
    if rel is None:
        return ""
    stop = _CLAUSE_END.search(t.sentence, rel.end())
    found = passive.search(t.sentence, rel.end(), stop.start() if stop else len(t.sentence))
    return "casualties" if found else ""


def _structural_type(cues: list[Cue], t: TypeContext) -> str:
    passive, change, partitive_total = _structure(t.lang)
    # German puts the participle of a passive at the end of the clause, however long the phrases before it
    # ("wurden mindestens 46 Angehörige der Regierungstruppen bei Attacken auf ... getötet").
    reach = PASSIVE_REACH_VERB_FINAL if t.lang == "de" else PASSIVE_REACH
    share = _share_after(t)
    participle = passive.search(t.sentence, t.end, t.end + reach if share is None else share)
    participle = participle or (_far_participle(passive, t, reach) if share is None else None)
    in_clause = participle is not None and not _CLAUSE_END.search(t.sentence, t.end, participle.start())
    # "30 Kämpfer, die versuchten, über den Fluss zu setzen, wurden ... getötet"
    if referred := _passive_after_relative(passive, t) or _own_or_continued(cues, t):
        return (
            referred  # "15 militaires ont été tués en Afghanistan, cinq autres au Liban", "400 davon bei ..."
        )
    withdrawing = any(kind == _WITHDRAWAL for _, _, kind in cues)
    for m in (m for pattern in change for m in pattern.finditer(t.sentence)):
        # the match may begin at the number of an approximate count ("environ 400 ..., contre 1 100 aujourd'hui")
        inside = m.start() <= t.start < m.end() or t.start <= m.start() < t.end
        if inside and (withdrawing or _falls(m)):
            # "reduce ... from 2,000 to 1,000", "will fall from 1,700 to 900": both counts; a force cut with no
            # place or mission named is an army shrinking ("die Zahl der Soldaten von 220 000 auf 185 000")
            # (or the sentence before: "Die Bundeswehrtruppe in Litauen soll verkleinert werden. ... von 1.200
            # auf 800")
            placed = (
                t.location is not None
                or (t.lang in _THERE and _THERE[t.lang].search(t.sentence))
                or (t.lang in _LEAVING and _LEAVING[t.lang].search(t.sentence))
                or _MISSION.search(t.sentence)
                or t.before_placed()
                or _MISSION.search(t.before)
            )
            return "withdrawal" if placed else "force_size"
    if partitive_total.search(t.sentence, max(0, t.start - 80), t.start):
        # "1,200 of the 9,000 troops stationed in Japan": the total is the presence; "20% of the group's
        # 100,000 fighters": the total is the group's force
        return "force_size" if t.actor in group_codes() else "deployment"
    if _partial_of(cues, t):
        return "deployment"  # "le départ partiel des quelque 2 300 soldats": the whole presence, not those leaving
    if governing := _governing_noun(cues, t):
        return governing  # "die Verlegung des etwa 900 Soldaten umfassenden Bataillons"
    if _residual(t) or _fewer_abroad(t) or _remaining_after_cut(cues, t):
        # "il n'y aura plus que 900 militaires d'ici fin juin", "gardera 120 soldats de moins en Estonie",
        # "... 120 soldats de moins. Il en restera 380": a cut and what is left after it
        return "withdrawal"
    if _LAST.search(t.sentence, max(0, t.start - 12), t.end) and not any(k in _DOMINANT for _, _, k in cues):
        return (
            "withdrawal"  # "Die letzten 142 Soldaten", "les 400 derniers militaires": the last ones to leave
        )
    if attributive := _attributive_cue(cues, t):
        return attributive  # "die 5000 in Afrika stationierten Söldner", "12.000 abgezogene Soldaten"
    if said := _verb_of_subject(cues, t):
        return said
    if in_clause:
        return "casualties"
    return _referred_type(cues, t)


# Troops fewer than before: a cut, whatever verb says it ("l'Espagne enverra 80 soldats de moins").
_FEWER_AFTER = re.compile(r"\s+(?i:de\s+moins|en\s+moins|weniger|fewer)(?![\w])")
_FEWER_IN = re.compile(r"(?<![\w])(?i:fewer)(?!\s+than)(?![\w])")


def _fewer_abroad(t: TypeContext) -> bool:
    """Troops fewer somewhere abroad; an army fewer than a year before or than another is its size."""
    after = _FEWER_AFTER.match(t.sentence, t.end)
    if not (after or _FEWER_IN.search(t.sentence, t.start, t.end)):
        return False
    if _FEWER_THAN.match(t.sentence, t.end) and not _MISSION.search(t.sentence):
        return False  # fewer than a year before, said of an army; troops fewer than a mission had before are a cut
    placed = (
        (t.location is not None and t.location != t.actor)
        or bool(_PLACED_AFTER[t.lang].match(t.sentence, after.end() if after else t.end))
        or bool(_MISSION.search(t.sentence))
    )
    return placed and not _WHOLE_ARMY.search(t.sentence)


_FEWER_THAN = re.compile(r"\s+(?:[\w-]+\s+)?(?i:weniger\s+als|de\s+moins\s+que|fewer\s+than)(?![\w])")
_FEWER_TEXT = re.compile(
    r"\d[\d.,'’\u202f\u00a0 ]*\s+(?:[\w-]+\s+){0,2}(?i:de\s+moins|en\s+moins|weniger)(?![\w])(?!\s+als)|"
    r"(?<![\w])(?i:fewer)(?![\w])"
)
# Staying on: "il en restera 250", "90 soldats resteront", "700 Soldaten sollen bleiben", "1,000 will remain".
_REMAIN_BEFORE = re.compile(
    r"(?<![\w])(?i:(?:il\s+)?(?:en\s+)?rest(?:e|ent|era|eront|erait|eraient)|(?:es\s+)?(?:bleiben|blieben|bliebe|"
    r"verbleiben|verblieben)|remain|remains|remained|would\s+remain|will\s+remain)(?:\s+(?:encore|noch|only|seulement))?"
    r"\s+\Z"
)
_REMAIN_AFTER = re.compile(
    r"\s+(?:(?:[\w'’-]+\s+){0,2}?)(?i:rest(?:ent|eront|eraient|aient|ait)|(?:would|will|are\s+to|should)\s+remain|"
    r"remain|bleiben|verbleiben|sollen\s+bleiben)(?![\w])"
)


def _remaining_after_cut(cues: list[Cue], t: TypeContext) -> bool:
    """Troops that stay on, said after a cut in the same sentence or after troops fewer in the one before: what
    is left of a presence is a withdrawal figure (a cut only dating the clause, "Nach dem Abzug der Panzer
    bleiben ...", was dropped from the cues before)."""
    if not (
        _REMAIN_BEFORE.search(t.sentence, max(0, t.start - 40), t.start)
        or _REMAIN_AFTER.match(t.sentence, t.end)
    ):
        return False
    if any(kind == _WITHDRAWAL and c_end <= t.start for _, c_end, kind in cues):
        return True
    # a pull-out told in the sentence before leaves the rest present ("9.500 kehren zurück. Damit verbleiben
    # 25.000 dort"); only a count of troops fewer there makes the rest part of the cut
    return bool(_FEWER_TEXT.search(t.before))


# "cinq autres", "zwölf weitere", "400 davon", "des milliers d'entre eux": a count with no noun of its own that adds to
# or is part of troops counted before in the sentence.
_MORE_AFTER = re.compile(r"\s+(?i:autres|weitere|more|others|davon|von ihnen|d['’]entre eux|of them)(?![\w])")


def _own_or_continued(cues: list[Cue], t: TypeContext) -> str:
    """A casualty word or prisoners in the count's own phrase; else the withdrawal or casualty word said of the
    troops counted before, for a count that continues them."""
    if t.rule == "casualty" or _POW.search(t.noun):
        return "casualties"
    if any(kind == _CASUALTIES and t.start <= c_start < t.end for c_start, _, kind in cues):
        return "casualties"  # "15.000 während des Konflikts getöteten Soldaten"
    continued = t.rule in ("bare", "ellipsis", "anaphora") and _MORE_AFTER.match(t.sentence, t.end)
    if not (continued or (t.rule == "anaphora" and _MORE_AFTER.search(t.sentence, t.start, t.end))):
        return ""
    for _c_start, c_end, kind in reversed(cues):
        if kind in _DOMINANT and c_end <= t.start:
            return _TYPE_ORDER[kind]
    return ""


def _verb_of_subject(cues: list[Cue], t: TypeContext) -> str:
    """The verb the count's noun phrase is the subject of: after an inserted clause, right after the noun, or
    (German) at the end of the clause."""
    if inserted := _after_insertion(cues, t):
        return inserted  # "vier Soldaten, die in Bamako eingesetzt waren, sollten das Land verlassen"
    predicate = _predicate_cue(cues, t.sentence, t.end)
    if predicate is None:
        return _verb_final(cues, t, t.end)
    kind, auxiliary = predicate
    if auxiliary or kind in _DOMINANT:
        return _TYPE_ORDER[kind]  # "N troops have withdrawn despite attacks that wounded dozens"
    # a bare participle is an attribute of the troops ("250 soldiers deployed in Goma will return home",
    # "killed four soldiers stationed at the base"): a withdrawal or casualty verb of the clause decides;
    # "71 000 militaires entraînés" are trained soldiers, not trainees of a programme
    if dominant := _clause_dominant(cues, t):
        return dominant
    return _TYPE_ORDER[kind] if kind != _TRAINING else ""


# "among them 2,500 soldiers", "this figure includes 50,000 soldiers": the count is part of a figure given before,
# and has its type.
_AMONG_BEFORE = re.compile(
    r"(?<![\w])(?i:among them|of whom|including|parmi (?:eux|elles)|dont|darunter|davon|unter ihnen|von denen)\s+"
    r"(?:\S+\s+){0,5}\Z"
)
_FIGURE = re.compile(
    r"(?<![\w])(?i:this figure|the figure|that figure|this toll|the toll|ce chiffre|ce bilan|diese zahl|"
    r"die zahl umfasst)(?![\w])"
)


# Prisoners and their exchange: troops brought back home from it return from captivity.
_PRISONERS = re.compile(
    r"(?i:gefangen\w*|kriegsgefangen\w*|prisonniers?|prisoners?|pows|captivity|captivité|gefangenschaft|austausch\w*|"
    r"échanges?|exchanges?|swaps?|im gegenzug|en échange|in return)(?![\w])"
)
_RETURN = re.compile(r"(?i:zurück|heim|kehr|hol|rapatri|retour|rentr|ramen|return|home|brought back|back)")


def _referred_type(cues: list[Cue], t: TypeContext) -> str:
    if _AMONG_BEFORE.search(t.sentence, max(0, t.start - 40), t.start):
        for _c_start, c_end, kind in reversed(cues):
            if kind in _DOMINANT and c_end <= t.start:
                return _TYPE_ORDER[kind]
        if _PRISONERS.search(t.sentence, 0, t.start):
            return "casualties"  # "40 prisonniers russes ont été libérés, dont 25 soldats"
        earlier = [m.lastgroup for m in _type_cues(t.lang).finditer(t.sentence, 0, t.start)]
        if earlier and earlier[-1] in ("casualties", "withdrawal") and not cues:
            return (
                earlier[-1] or ""
            )  # "2 744 personnes ont été tuées ..., parmi elles figurent 2 500 soldats"
        carried = _carried_type(t.before, t.lang)
        if carried in ("casualties", "withdrawal") and not any(c_end <= t.start for _, c_end, _ in cues):
            return carried  # "Dabei starben 9 Menschen. Darunter seien drei Soldaten"
    if _FIGURE.search(t.sentence, 0, t.start) and not any(kind in _DOMINANT for _, _, kind in cues):
        carried = _carried_type(t.before, t.lang)
        if carried in ("casualties", "withdrawal"):
            return carried
    return ""


def _carried_type(before: str, lang: str) -> str:
    """The type the sentence before is about: a withdrawal or casualty word in it, else the exercise or parade
    it names, else its last cue word."""
    kinds = [_TYPE_ORDER.index(m.lastgroup or "") for m in _type_cues(lang).finditer(before)]
    for kind in _DOMINANT:
        if kind in kinds:
            return _TYPE_ORDER[kind]
    return _event_type(before, lang) or (_TYPE_ORDER[kinds[-1]] if kinds else "")


# Words of raising a force: mobilising, calling up or recruiting troops makes a force size wherever they serve.
_RAISING = re.compile(
    r"(?i:reserv|réserv|conscri|recru|rekrut|wehrpflicht|mobili|summon|call\w* up|einberuf|einzieh|eingezogen|"
    r"rappel|draft|enlist|enrôl|einzuberufen)"
)


def _dominant_before(cues: list[Cue], t: TypeContext) -> bool:
    return any(
        kind in _DOMINANT and c_end <= t.start and t.start - c_end <= DOMINANT_REACH
        for _, c_end, kind in cues
    )


def _has(cues: list[Cue], wanted: int) -> bool:
    return any(kind == wanted for _, _, kind in cues)


def _raising(cues: list[Cue], t: TypeContext) -> bool:
    return any(kind == _FORCE_SIZE and _RAISING.match(t.sentence, c_start) for c_start, _c_end, kind in cues)


# Words of taking part in something: in an exercise named in the sentence before, the troops train.
# ... or sent there for it, the adverb pointing back to the exercise ("Dafür sind 2000 Soldaten verlegt worden").
_PARTICIPATING = {
    "en": re.compile(r"(?i:take part|taking part|took part|involved|participat\w*|(?<![\w])for it)(?![\w])"),
    "de": re.compile(
        r"(?i:beteilig\w*|teilnehm\w*|teilgenommen|nehmen|nahmen|mitmach\w*|(?<![\w])(?:dafür|hierfür))(?![\w])"
    ),
    "fr": re.compile(r"(?i:particip\w*|engagés?|impliqués?|pour l['’]occasion)(?![\w])"),
}
# A purpose or role of training after the count: "seront engagés, pour s'entraîner", "pour une formation de quatre
# semaines", "als Ausbilderinnen und Ausbilder".
_TRAINING_ROLE = {
    "en": re.compile(
        r"(?i:as\s+(?:trainers|instructors)|to\s+(?:conduct|carry\s+out|provide|run)\s+(?:the\s+)?(?:training|drills))"
    ),
    "de": re.compile(
        # the purpose clause may name who is trained and why first ("um wegen der Lage dort kurdische Kräfte
        # auszubilden"), so its verb is looked for up to the clause's end
        r"(?i:zur\s+ausbildung|um\s+(?:[^.;:]{0,120}?\s)?(?:auszubilden|zu\s+trainieren|zu\s+üben)|als\s+ausbilder|"
        r"zu\s+(?:ausbildungs|trainings)zwecken)"
    ),
    "fr": re.compile(
        r"(?i:pour\s+(?:s['’]entra[iî]ner|(?:une|la|leur|sa|des)\s+formations?\b|être\s+formés|(?:les\s+)?former)|"
        # troops sent somewhere "pour y mener des entraînements" there
        r"pour\s+(?:y\s+)?(?:mener|conduire|dispenser|assurer)\s+(?:des|les|la|une|un)\s+(?:entra[iî]nements?|formations?)\b|"
        r"comme\s+(?:instructeurs|formateurs)|en\s+tant\s+qu['’](?:instructeurs|formateurs))"
    ),
}
ROLE_REACH = 150


# Words that only say troops are out somewhere, not that they were sent there.
_PRESENCE = re.compile(
    r"(?i:unterwegs|im\s+einsatz|vor\s+ort|on\s+the\s+ground|in\s+the\s+field|sur\s+le\s+terrain|sur\s+place)"
)


def _exercise_before(cues: list[Cue], t: TypeContext) -> bool:
    """Troops taking part ("An ihr waren 51.000 Soldaten beteiligt") in the exercise the sentence before names,
    or sent to it for their training ("210 d'entre eux, qui terminent leur formation, seront déployés")."""
    deployment = _TYPE_ORDER.index("deployment")
    # troops an exercise named before "mobilises" ("Zapad 2017 mobilise 12 700 militaires") are its participants;
    # an army named as whose they are says nothing against it
    mobilised = [c for c in cues if c[2] == _FORCE_SIZE and _MOBILISED.match(t.sentence, c[0])]
    owners = [c for c in cues if c[2] == _FORCE_SIZE and _WHOLE_ARMY.match(t.sentence, c[0])]
    others = [c for c in cues if c not in mobilised and c not in owners]
    if not t.before or any(kind not in (deployment, _TRAINING) for _, _, kind in others):
        return False
    participating = _PARTICIPATING.get(t.lang, _PARTICIPATING["en"])
    # troops only said to be out and about ("sind 300 Soldaten unterwegs") at home, after the exercise was named
    present = (
        bool(others)
        and all(_PRESENCE.match(t.sentence, c_start) for c_start, _, _ in others)
        and t.location in (None, t.actor)
    )
    if not (participating.search(t.sentence) or _has(cues, _TRAINING) or mobilised or present):
        return False
    return _event_type(t.before, t.lang) == "training"


# Taking part in an event named by a capitalised name and its edition ("à Harfang 2030", "in Cold Response
# 2022", "an Steadfast Defender 24"): an exercise, unless the name is a place ("Paris 2024") or a mission.
_TAKING_PART = {
    "en": re.compile(r"(?i:take\w*\s+part|took\s+part|participat\w*)(?![\w])"),
    "de": re.compile(r"(?i:teilnehm\w*|teilgenommen|nahmen|nehmen|beteilig\w*)(?![\w])"),
    "fr": re.compile(r"(?i:particip\w*|pren\w*\s+part|pris\s+part)(?![\w])"),
}
_EDITION = re.compile(
    r"(?<![\w])(?:à|au|aux|in|an|am|at)\s+(?:l['’]exercice\s+|the\s+exercise\s+|der\s+Übung\s+)?"
    r"(?P<name>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)[\s-](?:19|20)?\d{2}(?![\w])"
)


def _named_exercise(t: TypeContext) -> bool:
    taking_part = _TAKING_PART.get(t.lang)
    if taking_part is None or not taking_part.search(t.sentence):
        return False
    places, missions = place_forms(), mission_names()
    return any(
        m.group("name") not in places and m.group("name") not in missions
        for m in _EDITION.finditer(t.sentence)
    )


def _what_the_troops_do(found: str, cues: list[Cue], t: TypeContext) -> str:
    """Who the troops are and what the sentence is about, over the cue word found: trainers, an exercise or a
    parade, reservists and recruits (unless a casualty or withdrawal word governs them from before)."""
    if found not in ("casualties", "withdrawal"):
        if _PART_OF_BEFORE.match(t.sentence) and (event := _event_type(t.before, t.lang)):
            return (
                event  # "71 Rekruten legten ihr Gelöbnis ab. Davon waren 24 Freiwillige ...": the same event
            )
        if _TRAINERS.search(t.noun):
            return (
                "training"  # trainers and instructors take part in a training programme wherever they serve
            )
        if (event := _event_type(t.sentence, t.lang)) and not (event == "training" and _habitual_exercise(t)):
            return event  # troops counted in a sentence about an exercise or a parade take part in it
        if _named_exercise(t):
            return (
                "training"  # "prendront part à Harfang 2030": an exercise named only by its name and edition
            )
        role = _TRAINING_ROLE.get(t.lang, _TRAINING_ROLE["en"]).search(t.sentence, t.end, t.end + ROLE_REACH)
        if (role and _share_after(t) is None) or _exercise_before(cues, t):
            return "training"
        if _RECRUITS.search(t.noun) and _has(cues, _TRAINING) and not _has(cues, _WITHDRAWAL):
            return "training"  # "140 Rekrutinnen und Rekruten durchliefen ihre Grundausbildung": their course
    # Reservists called up, recruits raised: the army grows, wherever it fights; unless a casualty or withdrawal
    # word governs them from before ("a perdu 24 soldats, dont 21 réservistes").
    reserves = bool(_RESERVES.search(t.noun)) and found != "training"
    if reserves and not _dominant_before(cues, t) and (found == "" or _has(cues, _FORCE_SIZE)):
        return "force_size"
    if found == "force_size" and _raising(cues, t):
        if _assigned(cues, t):
            return "deployment"  # "l'opération Barkhane mobilise 4 500 militaires", "mobilisés sur le territoire"
        return "force_size"  # "bringing the overall number of reservists to 52,000", "to mobilise 150,000"
    return ""


_MOBILISED = re.compile(r"(?i:mobili)")
# A sentence that opens on the parts of a total just given.
_PART_OF_BEFORE = re.compile(
    r"\s*(?:Davon|Darunter|Unter\s+ihnen|Of\s+(?:these|them|those)|Among\s+them|Parmi\s+(?:eux|elles|ceux-ci))\b"
)


def _assigned(cues: list[Cue], t: TypeContext) -> bool:
    """Troops mobilised for an operation or at a place are assigned to it, not raised: only where no word of
    calling up or recruiting is used and the troops are no reservists."""
    raising = [c for c in cues if c[2] == _FORCE_SIZE and _RAISING.match(t.sentence, c[0])]
    if not raising or not all(_MOBILISED.match(t.sentence, c_start) for c_start, _, _ in raising):
        return False
    if _MISSION.search(t.sentence) or _MISSION_NAMES.search(t.sentence):
        return True  # "Sangaris a mobilisé 1 800 soldats": a named operation's troops
    # English capitalises months ("mobilised in September"): there only a known place counts
    placed = t.location is not None or t.lang != "en"
    return placed and any(_PLACED_AFTER[t.lang].match(t.sentence, c_end) for _, c_end, _ in raising)


def _uncued_type(t: TypeContext, group: bool) -> str:
    """A count with no cue word: where the troops are and whose they are."""
    if group:
        return "force_size"
    if _PLACED_AFTER[t.lang].match(t.sentence, t.end):
        return "deployment"  # "has 40,000 troops in the Middle East": placed somewhere, not counted at home
    if t.owned:
        return "force_size"
    # With no cue at all, a count of troops is most often a deployment where a place is named, else a
    # force; "Millionen von ihnen hier" (an anaphora with no cue) stays unclassified.
    if t.rule == "anaphora":
        return "other"
    # An army's or a state's whole force runs to thousands: a small count with no cue word and no place is a
    # detachment somewhere ("Es geht um etwa 20 Soldaten", "ein Stab mit 150 Bundeswehrangehörigen").
    if t.location is not None or _small(t):
        return "deployment"
    return "force_size"


_DIGITS = re.compile(r"\d[\d.,'’\u202f\u00a0 ]*")
SMALL = 2000


def _small(t: TypeContext) -> bool:
    """A count written in digits below SMALL (a decimal comma before a scale word is a large number)."""
    m = _DIGITS.search(t.sentence, t.start, t.end)
    if m is None or _SCALE_AFTER.match(t.sentence, m.end()):
        return False
    digits = _NOT_DIGIT.sub("", m.group().split(",")[0] if "," in m.group() and t.lang != "en" else m.group())
    return bool(digits) and int(digits) < SMALL


def _back_from_captivity(cues: list[Cue], t: TypeContext) -> bool:
    """A return word only ("zurückgeholt", "rapatriés"), in a sentence about prisoners or next to one (an exchange
    confirmed in the sentence after: "95 Soldaten wurden zurückgeholt. Moskau bestätigte den Austausch")."""
    leaving = [c_start for c_start, _, kind in cues if kind == _WITHDRAWAL]
    if not leaving or not all(_RETURN.match(t.sentence, c_start) for c_start in leaving):
        return False
    return bool(_PRISONERS.search(t.sentence) or _PRISONERS.search(t.before) or _PRISONERS.search(t.after))


# "8 000 soldats des forces armées roumaines", "Angehörige der litauischen Streitkräfte": an army named in the
# noun's complement says whose the troops are, not what they do.
# An elided article runs into its noun ("de l'armée"), other articles stand apart; "appartenant à" names the owner too.
_OWNER_COMPLEMENT = re.compile(
    r"\s+(?:(?i:der|des|de\s+la|du|de|of\s+the|of|of\s+its|of\s+their)\s+|(?i:de\s+l['’]|d['’])|"
    r"(?i:appartenant\s+(?:à\s+la\s+|aux?\s+|à\s+l['’])))"
    r"(?:[\w-]+\s+){0,2}\Z"
)


# The ceiling of a mission or mandate: its troops are a presence abroad, whatever the mission does.
_CAP = re.compile(r"(?i:obergrenze|\bplafond|\bceiling\b|\bcap\b)")
_AMONG_TOTAL = re.compile(r"(?<![\w])(?i:parmi les|among the|unter den)\s+\Z")
# What is left after a cut: "ne comptera plus qu'entre 600 et 900 soldats", "il n'y aura plus que 900 militaires",
# "nur noch 4400 Soldaten". Said of an army itself it is the force that is left.
_RESIDUAL_BEFORE = re.compile(
    r"(?<![\w])(?i:plus\s+qu(?:e\s+|['’]\s*)|nur\s+noch\s+|il\s+restera\s+|restera\s+qu(?:e\s+|['’]\s*)|"
    # "pour ne maintenir qu'une présence légère d'environ quatre cents militaires", "to keep only about 300 troops"
    r"ne\s+(?:\w+\s+)?(?:mainten\w*|gard\w*|conserv\w*|laiss\w*)\s+qu(?:e\s+|['’]\s*)(?:[\w'’-]+\s+){0,3}"
    r"(?:de\s+|d['’]\s*)?|(?:keep|keeping|leave|leaving|retain\w*)\s+only\s+)\Z"
)
# ... also when the unit's strength follows a participle ("a contingent, numbering about 3,000", "un détachement fort
# de 400 hommes", "ein Verband bestehend aus 900 Soldaten"); the French "contingent" of an army is its size
# ("atteindre un contingent de 1,2 million"), so only the English word counts as a unit
_UNIT_WITH = re.compile(
    r"(?<![\w-])(?i:\w*brigade|bataillon|battalion|\w*kontingent|contingents?(?=,?\s+(?:numbering|comprising|consisting|made|of|with)\s)|verband|einheit|\w*kompanie|regiment|"
    r"division|détachement|detachment|task force|einsatzz(?:ug|ügen|üge)|zug|zügen|züge)"
    r"(?:\s+(?i:mit|with|de|of)|,?\s+(?i:numbering|comprising|consisting\s+of|made\s+up\s+of|bestehend\s+aus|"
    r"forte?\s+de|composée?\s+de))\s+(?i:je\s+|jeweils\s+)?\Z"
)
_LAST = re.compile(r"(?<![\w])(?i:letzten|derniers|dernières|last)(?![\w])")
_WHOLE_ARMY = re.compile(r"(?i:\barm(?:ée|y|ee)\b|bundeswehr|streitkräfte|forces armées|armed forces)")


def _residual(t: TypeContext) -> bool:
    return bool(
        _RESIDUAL_BEFORE.search(t.sentence, max(0, t.start - 60), t.start)
    ) and not _WHOLE_ARMY.search(t.sentence)


# "Nach dem Abzug der Panzerverbände bleiben 6.000 Soldaten im Land": a withdrawal or casualty noun in a phrase of time
# dates the clause; it is not what happens to the troops counted (unless it governs the count itself).
_TIME_PHRASE = re.compile(
    r"(?<![\w])(?i:(?:nach|seit|vor|während|après|avant|depuis|pendant|durant|lors|after|since|before|during)\s+"
    r"(?:dem|der|den|des|le|la|les|l['’]|du|de\s+la|de\s+l['’]|the|its|their|"
    # several steps of a cut date the clause just as well ("after several rounds of cuts, 900 are still there")
    r"mehreren|einigen|zahlreichen|several|successive|repeated|plusieurs|de\s+multiples)|beim|au\s+cours\s+du)\s*\Z"
)


# ... also through the start or end of it ("se trouvaient sur place jusqu'à la fin du désengagement").
_TIME_PHRASE_OF = re.compile(
    r"(?<![\w])(?i:avant|après|depuis|lors|jusqu['’]à|before|after|since|until|vor|nach|seit|bis\s+zum)\s+"
    r"(?i:le|la|l['’]|du|the|dem|der|den)?\s*(?i:début|fin|lancement|beginning|start|end|beginn|ende|anfang)\s+"
    r"(?i:des|du|de\s+la|de\s+l['’]|de|d['’]|of\s+the|of|der|des)\s*(?:[\w-]+\s+(?i:de|d['’]|of|der)\s*)?\Z"
)


def _time_phrase(t: TypeContext, cue: Cue) -> bool:
    c_start, c_end, kind = cue
    # before the count or after its noun ("comptait 6 000 hommes lors du retrait des troupes étrangères")
    return (
        kind in _DOMINANT
        and (c_end <= t.start or c_start >= t.end)
        and bool(
            _TIME_PHRASE.search(t.sentence, max(0, c_start - 20), c_start)
            or _TIME_PHRASE_OF.search(t.sentence, max(0, c_start - 50), c_start)
        )
        and not (c_end <= t.start and t.start - c_end <= 16 and _GOVERNED.match(t.sentence[c_end : t.start]))
    )


# "41 soldats, réservistes et gardes-frontières sont morts": reservists listed beside the noun are more of
# the people counted, not a call-up.
_COORDINATED = re.compile(r"\s*(?:,|\s(?:et|und|and|ou|oder|or))\s*(?:[\w-]+\s*,\s*){0,2}")


def _coordinated_noun(t: TypeContext, cue: Cue) -> bool:
    c_start, _c_end, kind = cue
    return (
        kind == _FORCE_SIZE
        and c_start > t.end
        and bool(_RESERVES.match(t.sentence, c_start))
        and bool(_COORDINATED.fullmatch(t.sentence, t.end, c_start))
    )


def _owner_word(t: TypeContext, cue: Cue) -> bool:
    """An army named in the noun's complement; in English and French also a capitalised cue word there, which is
    part of a name ("72 combattants du Front al-Nosra")."""
    c_start, _c_end, kind = cue
    named = t.lang != "de" and t.sentence[c_start : c_start + 1].isupper()
    return (
        (kind == _FORCE_SIZE or named)
        and c_start >= t.end
        and c_start - t.end <= 40
        and bool(_OWNER_COMPLEMENT.match(t.sentence[t.end : c_start]))
    )


def _placed_state_troops(t: TypeContext, group: bool) -> bool:
    """A state's troops counted at a place ("avait compté jusqu'à 5 500 militaires dans la région"): a presence,
    where an armed group's fighters somewhere are its force."""
    if t.actor is None or group:
        return False
    if _PLACED_AFTER[t.lang].match(t.sentence, t.end):
        return True
    # "die Zahl der Soldaten im Norden um 600 erhöhen": the troops counted are placed before the count
    number_of = _NUMBER_OF.search(t.sentence, max(0, t.start - 80), t.start)
    return number_of is not None and bool(_PLACED_AFTER[t.lang].match(t.sentence, number_of.end()))


_NUMBER_OF = re.compile(r"(?i:zahl|nombre|number|effectifs?)\s+(?:der|des|de|d['’]|of\s+the|of)\s*[\w-]+")


def _trained_attribute(t: TypeContext, cue: Cue) -> bool:
    """A training participle right before the noun says what kind of troops they are ("100.000 ausgebildete
    Kämpfer", "5,000 trained soldiers"), and so does one closing the phrase right after it ("71 000 militaires
    entraînés."), not that they are being trained ("soldats formés par la France" still are)."""
    c_start, c_end, kind = cue
    if kind != _TRAINING:
        return False
    if t.start <= c_start and c_end < t.end:
        return bool(_NOUN_ONLY.fullmatch(t.sentence, c_end, t.end))
    if (
        t.lang == "de"
        and c_start > t.end
        and _RELATIVE_OPENS.fullmatch(t.sentence, t.end, c_start)
        and _STATE_CLOSES.match(t.sentence, c_end)
    ):
        return (
            True  # "80 000 Soldaten, die für den Häuserkampf ausgebildet sind": what they are, not a course
        )
    return (
        t.lang != "de"
        and c_start > t.end
        and t.sentence[t.end : c_start].isspace()
        and bool(_PHRASE_CLOSES.match(t.sentence, c_end))
    )


# Training as the troops' job ("12.000 waren für Ausbildung und Logistik zuständig"), not a course they take.
_FOR_BEFORE = re.compile(r"(?i:für|for)\s+(?:die\s+|the\s+)?\Z")
_IN_CHARGE_AFTER = re.compile(r"(?i:[^.;]{0,40}?\b(?:zuständig|verantwortlich|responsible|in charge))")


def _job_area(t: TypeContext, cue: Cue) -> bool:
    c_start, c_end, kind = cue
    return (
        kind == _TRAINING
        and bool(_FOR_BEFORE.search(t.sentence, max(0, c_start - 12), c_start))
        and bool(_IN_CHARGE_AFTER.match(t.sentence, c_end))
    )


# What the troops do as a habit, in a relative clause after the noun (reservists who drill every year): who they
# are, not an exercise they are counted in.
_HABITUAL = re.compile(
    r",?\s+(?i:die|welche|who|which|that|qui)\s+[^,;:]{0,40}?(?<![\w])"
    r"(?i:regelmäßig|regularly|routinely|régulièrement|jedes\s+jahr|every\s+year|chaque\s+année)(?![\w])[^,;:]{0,60}"
)


def _habitual_exercise(t: TypeContext) -> bool:
    """Every exercise word of the sentence stands in such a habitual clause about the troops counted."""
    habit = _HABITUAL.match(t.sentence, t.end)
    if habit is None:
        return False
    exercise, _parade = _event_words(t.lang)
    return all(habit.start() <= e.start() < habit.end() for e in exercise.finditer(t.sentence))


def _habitual_training(t: TypeContext, cue: Cue) -> bool:
    c_start, _c_end, kind = cue
    return kind == _TRAINING and c_start > t.end and bool(_HABITUAL.fullmatch(t.sentence, t.end, c_start))


_NOUN_ONLY = re.compile(r"\s+[\w-]+")
# A German relative clause about the troops closed by the state passive ("..., die dafür ausgebildet sind."),
# not by "werden" (a course under way).
_RELATIVE_OPENS = re.compile(r",\s+(?i:die|welche)\s+[^,;:]{0,80}?\s")
_STATE_CLOSES = re.compile(r"\s+(?i:sind|seien|waren)\s*(?:[.,;:]|\Z)")
_PHRASE_CLOSES = re.compile(r"\s*(?:[.;:)»”\"]|\Z)")
# Peacekeepers named in the sentence before: the troops counted next with no cue word are the mission's.
_PEACEKEEPING = re.compile(
    r"(?i:maintien de la paix|casques? bleus|blauhelm|peacekeep|friedenstruppe|friedensmission)"
)
# French "il y a", "il y en a", "il y aurait": troops that are somewhere (a presence), unless an army is counted.
_THERE_ARE = re.compile(
    r"(?<![\w])(?i:il\s+y\s+(?:en\s+)?(?:a|avait|aura|aurait|aurait\s+eu))\s+(?:[^\s,]+\s+){0,3}\Z"
)
# The same presence said in German and English (troops that are still, or now, somewhere; troops that "befinden
# sich" somewhere). German "sind" needs a word of time or of still being there next to it: a bare "sind" before a
# count says nothing of a presence.
# Troops left over ("übrig", "left"): the rest of a cut, not a presence told for itself.
_LEFT_OVER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?i:übrig|left|restants?)(?![\w])")
_NOW = r"(?:noch|immer\s+noch|derzeit|aktuell|gegenwärtig|zurzeit|momentan|heute)"
_PRESENT_BEFORE = {
    "fr": _THERE_ARE,
    "de": re.compile(
        rf"(?<![\w])(?i:(?:befinden|befanden|befänden)\s+sich|(?:{_NOW})\s+(?:sind|waren|seien)|"
        rf"(?:sind|waren|seien)\s+(?:{_NOW}))\s+(?:(?:{_NOW}|nur|nach\s+wie\s+vor|insgesamt)\s+)*"
        r"(?:[^\s,\d]+\s+)?\Z"
    ),
    "en": re.compile(
        r"(?<![\w])(?i:there\s+(?:are|were|remain|remained)(?:\s+(?:still|now|currently|only))?)\s+(?:[^\s,\d]+\s+){0,2}\Z"
    ),
}


def mention_type(cues: list[Cue], t: TypeContext) -> str:
    """Sentence structure first, then the nearest cue word, then who is where."""
    cues = [
        c
        for c in cues
        if not _owner_word(t, c)
        and not _coordinated_noun(t, c)
        and not _time_phrase(t, c)
        and not _trained_attribute(t, c)
        and not _job_area(t, c)
        and not _habitual_training(t, c)
    ]
    if _AMONG_TOTAL.search(t.sentence, max(0, t.start - 20), t.start):
        # "des pertes parmi les 3 000 soldats déployés": the losses are some of them, the total is not lost
        cues = [c for c in cues if not (c[2] in _DOMINANT and c[1] <= t.start)]
    if (share := _share_after(t)) is not None:
        cues = [c for c in cues if c[0] < share]  # what follows the share is said of the share
    found = _structural_type(cues, t) or _nearest_cue(cues, t.sentence, t.start, t.end)
    if found == "withdrawal" and _back_from_captivity(cues, t):
        return "casualties"  # "63 russische Soldaten wurden zurückgeholt" after a prisoner exchange
    if found == "withdrawal" and _army_cut(cues, t):
        return (
            "force_size"  # "die Armee soll um 20.000 Soldaten verkleinert werden": an army shrinking at home
        )
    if found == "training" and _CAP.search(t.sentence) and not _TRAINERS.search(t.noun):
        return "deployment"  # "Die Obergrenze für die Ausbildungsmission soll von 450 auf 600 steigen": a ceiling
    if overriding := _what_the_troops_do(found, cues, t):
        return overriding
    # An armed group's fighters in a country are its force there; only a state's troops are "abroad".
    group = t.actor in group_codes()
    abroad = t.actor is not None and t.location is not None and t.actor != t.location and not group
    if found in ("force_size", "") and _UNIT_WITH.search(t.sentence, max(0, t.start - 40), t.start):
        return "deployment"  # "eine Kampfbrigade mit 4800 Soldaten für Litauen": a unit's strength, not an army's
    mission = (
        _mission(t)
        or t.actor in _MISSION_ACTORS
        or _topped_up_contingent(cues, t, group)
        or _mission_said_before(t)
    )
    if found == "force_size" and (abroad or mission or _placed_state_troops(t, group)):
        return "deployment"  # the size of a contingent or mission abroad is a deployment figure
    if found:
        return found
    if same := _same_troops_leaving(t):
        return same
    if abroad or mission:
        return "deployment"  # foreign troops somewhere, or a mission's troops, are deployed, cue word or not
    return _context_type(t, group)


def _same_troops_leaving(t: TypeContext) -> str:
    """A count with a definite article and no cue of its own names the troops the sentence before told leaving or
    lost ("... haben Niger verlassen. Die 90 Soldaten wurden nach Abidjan geflogen"), wherever they are now."""
    if not _DEFINITE_BEFORE.search(t.sentence, max(0, t.start - 6), t.start):
        return ""
    carried = _carried_type(t.before, t.lang)
    return carried if carried in ("withdrawal", "casualties") else ""


# Words of cutting a number down, as against troops leaving a place.
_REDUCING = re.compile(
    r"(?i:verringer|reduz|verklein|abbau|abgebaut|kürz|gekürzt|senk|gesenkt|schrumpf|réduir|rédui|réduction|diminu|"
    r"baiss|compress|cut|reduc|shrink|downsiz|trim)"
)


# Leaving the army itself, not a place: "haben 500 die Bundeswehr wieder verlassen", "left the army early".
_LEFT_THE_ARMY = re.compile(
    r"(?i:\b(?:die|der)\s+(?:bundeswehr|armee|streitkräfte|truppe)\s+(?:\w+\s+){0,2}verl(?:assen|ieß\w*|ässt)|"
    r"\b(?:left|leave|leaving|leaves|quit)\s+the\s+(?:army|armed\s+forces|military|service)\b)"
)


def _army_cut(cues: list[Cue], t: TypeContext) -> bool:
    """A cut of a whole army with no place or mission named: the army's size, not troops leaving somewhere."""
    if t.location is None and _LEFT_THE_ARMY.search(t.sentence):
        return True
    leaving = [c_start for c_start, _, kind in cues if kind == _WITHDRAWAL]
    if not leaving or not all(_REDUCING.match(t.sentence, c_start) for c_start in leaving):
        return False
    if (
        t.location is not None
        or _MISSION.search(t.sentence)
        or _PLACED_AFTER[t.lang].match(t.sentence, t.end)
    ):
        return False
    return bool(_ARMY_WORD.search(t.sentence)) and not (
        t.lang in _LEAVING and _LEAVING[t.lang].search(t.sentence)
    )


# An army named as a word of its own ("die Armee", "the armed forces"), not inside a compound ("Bundeswehrsoldaten"
# of a multinational force).
_ARMY_WORD = re.compile(
    r"(?<![\w-])(?i:arm(?:ée|y|ee)|armées|armies|armeen|bundeswehr|streitkräfte|forces armées|armed forces)(?![\w-])"
)


def _context_type(t: TypeContext, group: bool) -> str:
    """A count with no cue word of its own: a presence said of it, the sentence before, then who is where."""
    # an army named as a word of its own counts its whole force; a compound naming whose troops they are does not
    present = not group and not _ARMY_WORD.search(t.sentence)
    if _CAPTIVITY.search(t.sentence, t.end, t.end + CUE_REACH):
        return "casualties"  # troops still held in captivity are prisoners of war
    if (
        present
        and _PRESENT_BEFORE[t.lang].search(t.sentence, max(0, t.start - 40), t.start)
        and not _LEFT_OVER.match(t.sentence, t.end)
    ):
        return "deployment"  # "il y avait plus de 10 000 soldats ... Aujourd'hui, il y en a moins de 5 000"
    carried = _carried_type(t.before, t.lang)
    placed = bool(_PLACED_AFTER[t.lang].match(t.sentence, t.end))
    if carried in ("", "force_size", "other") and not group and placed:
        return "deployment"  # "Il resterait encore quelque 500 paramilitaires dans la région", after a group's size
    if carried:
        return carried  # "Die Übung beginnt. Insgesamt nehmen 90.000 Soldaten teil."
    if _PEACEKEEPING.search(t.before):
        return "deployment"  # "l'ONU a doté de casques bleus ses forces ... les quelque six mille militaires"
    if _PLURAL_PRONOUN_START.match(t.after) and (event := _event_after(t)):
        return event  # "... die 8.000 beteiligten Soldaten. Sie üben drei Wochen lang in Estland."
    return _uncued_type(t, group)


def _event_after(t: TypeContext) -> str:
    """The event the next sentence names (an exercise, a ceremony), or training told by its verb alone."""
    return _event_type(t.after, t.lang) or ("training" if _TRAINING_VERB.search(t.after) else "")


# The troops just counted, taken up by a pronoun opening the next sentence.
_PLURAL_PRONOUN_START = re.compile(r"\s*(?:Sie|They|Ils|Elles|Diese|These)\s")
# "die 140 Soldaten", "the 250 troops": troops already spoken of.
_DEFINITE_BEFORE = re.compile(r"(?<![\w])(?i:die|the|les|ces|diese|these|those)\s+\Z")
_TRAINING_VERB = re.compile(
    r"(?<![\w])(?i:train\w*|üb(?:en|t|ten)|trainier\w*|s['’]entra[iî]n\w*|exerc\w*)(?![\w])"
)


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
