"""The cue words of a mention type and their reach: which cue words of a sentence speak of the count.

Also the records every type rule reads (Cue, TypeContext), the exercise and parade words of a sentence, and the
place, mission and army words the rules of type_structure.py and classify.py share.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from news_etl.extract.lexicon import fragments_alternation, lexicon_data

# "other" has cue words too (a parade): the nearest cue can say a count is none of the others.
_TYPE_ORDER = ("casualties", "withdrawal", "training", "deployment", "force_size", "other")
_CAPTIVITY = re.compile(
    r"(?i:gefangenschaft|kriegsgefangen|captivity|captivité|prisoners? of war|prisonniers de guerre)"
)
_POW = re.compile(r"(?i:prisoners? of war|pows|kriegsgefangene\w*|prisonniers de guerre)")


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
        r"(?i:(?:at|along|near|on|to)\s+the\s+(?:\w+\s+)?border)\b|"
        # abroad, or in a number of countries ("280 soldiers abroad", "troops in 19 countries")
        r"(?i:(?:[\w-]+\s+){0,2}?(?:abroad|overseas)|in\s+\d+\s+(?:countries|nations))\b)"
    ),
    # German capitalises every noun ("in Diensten der Bundeswehr"): a capital says nothing there, so only words
    # of an area or a front place the troops ("in dem Gebiet", "an der Grenze", "vor Ort").
    "de": re.compile(
        r"\s+(?i:(?:in|an|vor|nahe)\s+(?:der|dem|den|seiner|ihrer|unserer)\s+(?:[\w-]+\s+)?\w*(?:gebiet|region|grenze|"
        r"nähe|front|frontlinie|flanke|"
        r"küste|zone)\b|vor ort\b|im (?:land|gebiet|einsatzgebiet|osten|westen|norden|süden|ausland)\b|ins\s+ausland\b|"
        r"in\s+\d+\s+(?:ländern|staaten)\b)"
    ),
    "fr": re.compile(
        r"\s+(?:(?:en|au|aux|à|dans|sur|vers)\s+(?:la\s+|le\s+|les\s+|l['’])?[A-ZÉÈ]|"
        r"(?i:dans\s+(?:la\s+région|le\s+pays|la\s+zone)|sur\s+place|sur\s+le\s+terrain|sur\s+le\s+sol|"
        # abroad, or in a number of countries ("sont expédiés à l'étranger", "280 militaires dans 19 pays")
        r"(?:[\w-]+\s+){0,3}?à\s+l['’]étranger|(?:[\w-]+\s+)?dans\s+\d+\s+pays|"
        r"aux\s+portes\s+(?:de|du|des|d['’]\w+)|(?:à|le\s+long\s+de|près\s+de)\s+(?:la|leur|sa)\s+frontière)\b)"
    ),
}
# Reservists, conscripts and recruits, and the career categories an army counts its strength in ("170.000 Zeit-
# und Berufssoldaten", "15.000 freiwillig Wehrdienstleistende", "militaires d'active").
_RESERVES = re.compile(
    r"(?i:reserv|réserv|conscri|recru|rekrut|wehrpflicht|berufssoldat|zeitsoldat|wehrdienstleist|d['’]active\b)"
)

# A mission, operation or contingent abroad: its strength is a deployment.
# (Compound heads are searched for as they stand: "kontingent" finds "Einsatzkontingent" without a slow \\w*.)
_MISSION = re.compile(
    r"(?i:\bcontingents?\b|\bmission\b|\bopération\b|\bdispositif\b|kontingent|einsatz\b|einsatzgebiet|"
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
    r"müssen|haben|hatten)(?:\s+\w+){0,2}\s+\Z|"
    # the French recent past: "les 150 soldats engagés au Liban viennent de rentrer"
    r"(?<![\w])(?i:vien(?:t|nent)|venai(?:t|ent))(?:\s+\w+){0,2}\s+d[e'’]\s*\Z"
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
    start, end, cues = _apposition(cues, sentence, start, end)
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


# A comma between digits groups thousands ("2,500"); only a comma before a word ends a clause.
_CLAUSE_END = re.compile(r"[;:]|,(?!\d)")

# The size of a unit told between commas ("a battalion, numbering 700 men, goes home next month", "a force,
# consisting of 2,000 marines, was sailing"): the apposition's word is no cue and its commas end no clause, so the
# verb of the unit decides.
_APPOSITION_OPEN = re.compile(
    r",\s+(?i:numbering|totall?ing|consisting\s+of|comprising|made\s+up\s+of)\s+"
    r"(?:(?i:some|about|around|roughly|nearly|almost|more\s+than|over|at\s+least|up\s+to|an\s+estimated)\s+)?\Z"
)
_APPOSITION_CLOSE = re.compile(r"\s*,\s+(?!(?i:and|or|but|while|whereas|who|which|of\s+whom)\s)")


def _apposition(cues: list[Cue], sentence: str, start: int, end: int) -> tuple[int, int, list[Cue]]:
    """The phrase widened to its apposition's commas, with the apposition's own word dropped from the cues."""
    opened = _APPOSITION_OPEN.search(sentence, max(0, start - 40), start)
    closed = _APPOSITION_CLOSE.match(sentence, end) if opened else None
    if opened is None or closed is None:
        return start, end, cues
    return opened.start(), closed.end(), [c for c in cues if not (opened.start() <= c[0] < start)]


# A cue noun that governs the count through "der", "von", "of", "de" ("die Verlegung der rund 4800 Soldaten
# umfassenden Brigade", "le déploiement de 5 100 soldats", "the withdrawal of 2,000 troops").
_GOVERNED = re.compile(
    r"\s*(?i:der|des|von|vom|of|de|du|d['’])(?:\s+(?i:the|its|their|den|seinen|ihren|les|ses|leurs))?\s*\Z"
)


def _carried_type(before: str, lang: str) -> str:
    """The type the sentence before is about: a withdrawal or casualty word in it, else the exercise or parade
    it names, else its last cue word."""
    kinds = [_TYPE_ORDER.index(m.lastgroup or "") for m in _type_cues(lang).finditer(before)]
    for kind in _DOMINANT:
        if kind in kinds:
            return _TYPE_ORDER[kind]
    return _event_type(before, lang) or (_TYPE_ORDER[kinds[-1]] if kinds else "")


# "8 000 soldats des forces armées roumaines", "Angehörige der litauischen Streitkräfte": an army named in the
# noun's complement says whose the troops are, not what they do.
# An elided article runs into its noun ("de l'armée"), other articles stand apart; "appartenant à" names the owner too.
_OWNER_COMPLEMENT = re.compile(
    r"\s+(?:(?i:der|des|de\s+la|du|de|of\s+the|of|of\s+its|of\s+their)\s+|(?i:de\s+l['’]|d['’])|"
    r"(?i:appartenant\s+(?:à\s+la\s+|aux?\s+|à\s+l['’])))"
    r"(?:[\w-]+\s+){0,2}\Z"
)

_WHOLE_ARMY = re.compile(r"(?i:\barm(?:ée|y|ee)\b|bundeswehr|streitkräfte|forces armées|armed forces)")


# "Nach dem Abzug der Panzerverbände bleiben 6.000 Soldaten im Land": a withdrawal or casualty noun in a phrase of time
# dates the clause; it is not what happens to the troops counted (unless it governs the count itself).
_TIME_PHRASE = re.compile(
    # "Trotz des Abzugs bleiben 900 Soldaten im Land": a concession is a frame of the clause as well
    r"(?<![\w])(?i:(?:nach|seit|vor|während|trotz|après|avant|depuis|pendant|durant|lors|malgré|after|since|before|"
    r"during|despite)\s+"
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
# the people counted, not a call-up ("soldats, officiers et réservistes": the last of a list joined by "et").
_COORDINATED = re.compile(
    r"\s*(?:,|\s(?:et|und|and|ou|oder|or))\s*(?:[\w-]+\s*(?:,|\s(?:et|und|and|ou|oder|or)(?=\s))\s*){0,2}"
)


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


def _habitual_training(t: TypeContext, cue: Cue) -> bool:
    c_start, _c_end, kind = cue
    return kind == _TRAINING and c_start > t.end and bool(_HABITUAL.fullmatch(t.sentence, t.end, c_start))


# ... also the first of a row of such attributes ("20.000 ausgebildete, bewaffnete und kampferprobte Kämpfer"):
# lower-case adjectives, with commas or "and" between them, then the noun.
_NOUN_ONLY = re.compile(
    r"(?:\s*,\s*[a-zà-ÿß][\w-]*|\s+(?:und|oder|and|or|et|ou)\s+[a-zà-ÿß][\w-]*)*(?:\s+[a-zà-ÿß][\w-]*)?\s+[\w-]+"
)
# A German relative clause about the troops closed by the state passive ("..., die dafür ausgebildet sind."),
# not by "werden" (a course under way).
_RELATIVE_OPENS = re.compile(r",\s+(?i:die|welche)\s+[^,;:]{0,80}?\s")
_STATE_CLOSES = re.compile(r"\s+(?i:sind|seien|waren)\s*(?:[.,;:]|\Z)")
_PHRASE_CLOSES = re.compile(r"\s*(?:[.;:)»”\"]|\Z)")
