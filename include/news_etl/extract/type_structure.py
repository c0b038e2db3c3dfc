"""What the structure of the count's clause says of its type, before any nearest cue word.

A casualty participle after the noun, a change "from X to Y", a share and its total, a verb the noun phrase is
the subject of (after an inserted clause, or German verb-final), a governing noun, troops fewer, remaining or
the last ones after a cut, and a count that refers to a figure given before.
"""

from __future__ import annotations

import re
from functools import cache

from news_etl.extract.lexicon import fragments_alternation, lexicon_data
from news_etl.extract.places import group_codes, place_forms
from news_etl.extract.type_cues import (
    _AUXILIARIES,
    _CASUALTIES,
    _CLAUSE_END,
    _DOMINANT,
    _GOVERNED,
    _MISSION,
    _MISSION_NAMES,
    _PLACED_AFTER,
    _POW,
    _RELATIVE,
    _TRAINING,
    _TYPE_ORDER,
    _WHOLE_ARMY,
    _WITHDRAWAL,
    Cue,
    TypeContext,
    _attributive_cue,
    _carried_type,
    _clause_dominant,
    _lower_verb,
    _predicate_cue,
    _type_cues,
)


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
    start = rf"(?i:{_CHANGE[lang][0]})\s+"
    if lang in _CHANGE_ELIDED:
        start = rf"(?:{start}|(?i:{_CHANGE_ELIDED[lang]}))"
    # the second figure may be a round one in words ("passeraient de 800 soldats cette année à une centaine"), the
    # first followed by its noun and a time ("de 2 600 hommes au premier semestre à 1 000"); the words before the
    # second figure hold no comma, or a list of places ("600 à Djibouti, une centaine à ...") reads as a change
    change = re.compile(
        rf"(?<![\w]){start}(?:\S+\s+){{0,2}}?(?P<x>{number}).{{0,40}}?\s(?i:{_CHANGE[lang][1]})\s+"
        rf"(?:[^\s,]+\s+){{0,2}}?(?P<y>{number}|{_ROUND_WORDS})"
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
    # the share ends on a digit: "dès 2009, de plus de 2.000" is a date and a comma, not "2009 of"
    share = r"\d(?:[\d.,'’\u202f\u00a0 ]*\d)?\s*(?:%|(?i:percent|per cent|prozent|pour cent))?"
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
    # a drawdown takes troops out of a theatre; an army at home is cut or reduced
    "en": re.compile(
        r"(?i:\bwithdraw\w*|\bpull(?:ed|ing|s)?\s+out\b|\bpullout\b|\bdrawdowns?\b|\bdr[ae]w(?:s|ing|n)?\s+down\b)"
    ),
}


# A place said by an adverb ("le nombre de soldats y a été réduit", "die Truppe dort wurde verkleinert"): a cut
# somewhere, not an army shrinking.
_THERE = {
    "fr": re.compile(r"(?<![\w'’])(?i:y)\s+(?:a|ont|avait|avaient|sera|seront|est|sont|été|être)(?![\w])"),
    "de": re.compile(r"(?<![\w])(?i:dort|vor\s+ort)(?![\w])"),
}


# A second figure of something else than troops: a share, countries, a distance, a time.
_OTHER_THAN_TROOPS = re.compile(
    r"\s*(?:%|(?i:pour\s*cent|per\s*cent|percent|prozent|pays|countries|nations|länder|staaten|km|kilom\w+|ans|years|jahre\w*|"
    r"jours|days|tage\w*|mois|months|monate\w*)(?![\w]))"
)
# An army named as a word of its own.
_ARMY_NAMED = re.compile(
    r"(?<![\w-])(?i:arm(?:ée|y|ee)s?|armies|bundeswehr|streitkräfte|armed\s+forces)(?![\w-])"
)
# A foreign country named in the sentence where the count's own place is left open ("Au Sénégal et au Gabon, les
# troupes passeraient de 350 soldats à une centaine"): a cut there, unless an army is named.
_PLACE_PHRASE = re.compile(
    r"(?<![\w])(?i:au|aux|en|in|from|im|aus)\s+(?:the\s+|der\s+|dem\s+)?(?P<name>[A-ZÄÖÜÉ][\w'’-]+)"
)


def _foreign_place_named(t: TypeContext) -> bool:
    if _ARMY_NAMED.search(t.sentence):
        return False
    forms = place_forms()
    for m in _PLACE_PHRASE.finditer(t.sentence):
        place = forms.get(m.group("name"))
        if place is not None and place.site is not None and place.site != t.actor:
            return True
    return False


# No state's army is cut to a few hundred or a thousand men: a cut to fewer is a detachment somewhere, even where
# the sentence does not say where ("leur nombre passera de 1 800 à 1 100").
DETACHMENT_AFTER_CUT = 2000


def _detachment_cut(change: re.Match[str]) -> bool:
    y = change.group("y").rstrip(
        ".,'’\u202f\u00a0 "
    )  # the number may run on into a comma or a space after it
    if _SCALE_AFTER.match(change.string, change.start("y") + len(y)) or _ARMY_NAMED.search(change.string):
        return False
    digits = _NOT_DIGIT.sub("", y)
    return bool(digits) and int(digits) < DETACHMENT_AFTER_CUT


def _falls(change: re.Match[str]) -> bool:
    """A change "from X to Y" to a smaller number (plain digits only: "1,3 Millionen" is not compared)."""
    x, y = change.group("x").strip(), change.group("y").strip()
    text = change.string
    if _SCALE_AFTER.match(text, change.start("x") + len(x)) or _SCALE_AFTER.match(
        text, change.start("y") + len(y)
    ):
        return False
    word = _ROUND_VALUES.get(y.split()[-1].lower())
    return (word or int(_NOT_DIGIT.sub("", y) or 0)) < int(_NOT_DIGIT.sub("", x) or 0)


_ROUND_WORDS = r"(?i:une\s+centaine|un\s+millier|une\s+dizaine|a\s+hundred|a\s+thousand)"
_ROUND_VALUES = {"centaine": 100, "millier": 1000, "dizaine": 10, "hundred": 100, "thousand": 1000}


# A casualty participle this close after the noun, in the same clause, makes the count a casualty figure.
PASSIVE_REACH = 100
PASSIVE_REACH_VERB_FINAL = 200

_CHANGE = {"en": ("from", "to"), "de": ("von", "auf"), "fr": ("de", "à")}
# French elides "de" before a vowel: the first count of "passant d'environ 2 500 hommes à 1 200" follows "d'".
_CHANGE_ELIDED = {"fr": r"d['’]"}
_PARTITIVE_BEFORE = {"en": "of", "de": "der|von", "fr": "des|de"}


# A relative clause or an apposition right after the noun phrase ("vier Soldaten, die in Bamako eingesetzt
# waren, ...", "250 soldats de la MONUSCO, la mission de l'ONU, ..."): its words say what the troops did or are,
# the verb after it what the sentence says of them.
_INSERTION = re.compile(
    r"(?:\s+[a-zà-ÿ][\w'’-]*){0,2}?"  # "2.100 soldats italiens, sur les 8.000 déployés, rentrent"
    r"(?:\s+(?i:de|des|du|d['’]|der|of|from)\s*[^,;:\s][^,;:]{0,50}?)?"  # "250 soldats de la MONUSCO, ..."
    r",\s+(?i:die|der|das|denen|welche\w*|qui|que|lesquel\w*|who|which|that|la|le|les|l['’]|une?|the|an?|"
    r"sur\s+les|parmi\s+les|von\s+den|unter\s+den|of\s+the|"  # "9.500 soldats, sur les 34.500 déployés, quittent"
    # a part named in between ("Sieben Soldaten, darunter ein General, wurden getötet")
    r"darunter|davon|dont|including|among\s+them|unter\s+ihnen)"
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
                if kind == _DEPLOYMENT and _ELSEWHERE.search(t.sentence, start, c_start):
                    return "withdrawal"  # "... 4.000 Soldaten an andere Standorte zu verlegen": moved out
                return _TYPE_ORDER[kind]
            return ""
    return ""


# Moved on to other places: the troops leave where they are.
_ELSEWHERE = re.compile(r"(?<![\w])(?i:(?:in|nach|an)\s+andere)(?![\w])")
_DEPLOYMENT = _TYPE_ORDER.index("deployment")


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


# "le départ d'une partie de ses 1 500 militaires déployés", "the pullout of half of its 900 troops stationed
# there": a share named by a word, the count the whole presence it is taken from
_SHARE_WORD_BEFORE = {
    "en": re.compile(
        r"(?<![\w])(?i:part|half|a\s+third|a\s+quarter|some|most|a\s+portion|a\s+fraction)\s+(?i:of)\s+"
        r"(?i:its|their|our|the|his|her)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:(?i:some|about|around|roughly|nearly|almost|over|more than|estimated)\s+)?\Z"
    ),
    "fr": re.compile(
        r"(?<![\w])(?i:une\s+partie|la\s+moitié|le\s+tiers|le\s+quart|la\s+plupart|une\s+fraction|certains)\s+"
        r"(?i:de\s+ses|de\s+leurs|de\s+nos|des)\s+(?:(?i:quelque|environ|près\s+de|plus\s+de)\s+)?\Z"
    ),
}
_PRESENCE_PARTICIPLE_AFTER = re.compile(
    r"(?:\s+[\w’'-]+){0,2}?\s+(?i:stationed|deployed|based|present|garrisoned|déployés|stationnés|basés|présents|"
    r"engagés|positionnés)(?![\w])"
)


def _share_of_a_presence(t: TypeContext) -> bool:
    share = _SHARE_WORD_BEFORE.get(t.lang)
    return bool(
        share
        and share.search(t.sentence, max(0, t.start - 60), t.start)
        and _PRESENCE_PARTICIPLE_AFTER.match(t.sentence, t.end)
    )


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
_RELATIVE_OPEN = re.compile(r"(?:\s+[a-zäöüß][\w-]*){0,2},\s+(?i:die|welche)\s")


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


# "a cut in British troop levels from 4,100 to 2,800", "sa présence militaire ... de 1 200 à 800": a level or a
# presence is troops posted somewhere, even when the place is named only before the passage
_PRESENCE_WORD = re.compile(r"(?<![\w-])(?i:troop\s+levels?|footprint|presence|présence)(?![\w-])")


def _change_type(cues: list[Cue], t: TypeContext, change: tuple[re.Pattern[str], ...]) -> str:
    """A change "from X to Y" the count is part of, when troops leave or the number falls."""
    withdrawing = any(kind == _WITHDRAWAL for _, _, kind in cues)
    for m in (m for pattern in change for m in pattern.finditer(t.sentence)):
        # the match may begin at the number of an approximate count ("environ 400 ..., contre 1 100 aujourd'hui")
        inside = m.start() <= t.start < m.end() or t.start <= m.start() < t.end
        if inside and _OTHER_THAN_TROOPS.match(t.sentence, m.end()):
            continue  # "une force d'environ 4 200 hommes fournis par 19 pays": no second count of troops
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
                or _MISSION_NAMES.search(t.sentence)
                or _foreign_place_named(t)
                or t.before_placed()
                or _MISSION.search(t.before)
                or _detachment_cut(m)
                or _PRESENCE_WORD.search(t.sentence)
            )
            return "withdrawal" if placed else "force_size"
    return ""


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
    if changed := _change_type(cues, t, change):
        return changed
    if partitive_total.search(t.sentence, max(0, t.start - 80), t.start):
        # "1,200 of the 9,000 troops stationed in Japan": the total is the presence; "20% of the group's
        # 100,000 fighters": the total is the group's force
        return "force_size" if t.actor in group_codes() else "deployment"
    if _partial_of(cues, t) or _share_of_a_presence(t):
        return "deployment"  # "le départ partiel des quelque 2 300 soldats": the whole presence, not those leaving
    if governing := _governing_noun(cues, t):
        return governing  # "die Verlegung des etwa 900 Soldaten umfassenden Bataillons"
    if _residual(t, cues) or _fewer_abroad(t) or _remaining_after_cut(cues, t):
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
OWN_CASUALTY_REACH = 30
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
    for c_start, _c_end, kind in cues:
        if c_start >= t.end:
            # "..., mehr als 50 von ihnen schwer verletzt": the part's own casualty word, not the verb of the whole
            if (
                kind == _CASUALTIES
                and c_start - t.end <= OWN_CASUALTY_REACH
                and not _CLAUSE_END.search(t.sentence, t.end, c_start)
            ):
                return "casualties"
            break
    for _c_start, c_end, kind in reversed(cues):
        if kind in _DOMINANT and c_end <= t.start:
            return _TYPE_ORDER[kind]
    return ""


def _verb_of_subject(cues: list[Cue], t: TypeContext) -> str:
    """The verb the count's noun phrase is the subject of: after an inserted clause, right after the noun, or
    (German) at the end of the clause."""
    if inserted := _after_insertion(cues, t):
        return inserted  # "vier Soldaten, die in Bamako eingesetzt waren, sollten das Land verlassen"
    # "... 120 Soldaten empfangen, die aus dem Einsatz zurückgekehrt sind": the verb closing the relative clause says
    # the troops left or fell, whatever mission its phrases name
    if (
        t.lang == "de"
        and (rel := _RELATIVE_OPEN.match(t.sentence, t.end))
        and (final := _verb_final(cues, t, rel.end())) in _LEAVING_OR_LOST
    ):
        return final
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


# What is left after a cut: "ne comptera plus qu'entre 600 et 900 soldats", "il n'y aura plus que 900 militaires",
# "nur noch 4400 Soldaten". Said of an army itself it is the force that is left.
_RESIDUAL_BEFORE = re.compile(
    r"(?<![\w])(?i:plus\s+qu(?:e\s+|['’]\s*)|nur\s+noch\s+|il\s+restera\s+|restera\s+qu(?:e\s+|['’]\s*)|"
    # "pour ne maintenir qu'une présence légère d'environ quatre cents militaires", "to keep only about 300 troops"
    r"ne\s+(?:\w+\s+)?(?:mainten\w*|gard\w*|conserv\w*|laiss\w*)\s+(?:[\w'’-]+\s+){0,2}?qu(?:e\s+|['’]\s*)(?:[\w'’-]+\s+){0,3}"
    r"(?:de\s+|d['’]\s*)?|(?:keep|keeping|leave|leaving|retain\w*)\s+only\s+)\Z"
)

# ("Last year, 7,000 troops were deployed", "im letzten Jahr": a time, not the last ones)
_LAST = re.compile(
    r"(?<![\w])(?i:letzten|derniers|dernières|last)(?![\w])"
    r"(?!\s+(?i:years?|months?|weeks?|decades?|century|summer|winter|spring|autumn|fall|night|weekend|time|"
    r"jahr|jahren|jahres|monat|monaten|woche|wochen|jahrzehnt\w*|sommer|winter|herbst|frühjahr)\b)"
)


# The same frame further back, opening a list of places and figures ("ne compte garder qu'environ 200 soldats au
# Gabon (contre 400 aujourd'hui), 150 au Sénégal (contre 350) ...").
_RESIDUAL_FRAME = re.compile(
    r"(?<![\w])(?i:plus\s+qu(?:e\b|['’])|nur\s+noch\b|"
    r"ne\s+(?:\w+\s+)?(?:mainten\w*|gard\w*|conserv\w*|laiss\w*)\s+(?:[\w'’-]+\s+){0,2}?qu(?:e\b|['’])|"
    r"(?:keep|keeping|leave|leaving|retain\w*)\s+only\b)"
)
RESIDUAL_LIST_REACH = 250


def _residual(t: TypeContext, cues: list[Cue]) -> bool:
    # an army named: what it has left is its size, unless the troops left are abroad ("Die Bundeswehr soll sich nur
    # noch mit maximal 500 Soldaten an dem Einsatz in Mali beteiligen")
    abroad = t.location is not None and t.actor is not None and t.location != t.actor
    if _WHOLE_ARMY.search(t.sentence) and not abroad:
        return False
    if _RESIDUAL_BEFORE.search(t.sentence, max(0, t.start - 60), t.start):
        return True
    frames = list(_RESIDUAL_FRAME.finditer(t.sentence, max(0, t.start - RESIDUAL_LIST_REACH), t.start))
    if not frames:
        return False
    frame_end = frames[-1].end()
    between = t.sentence[frame_end : t.start]
    # a later item of the list (after a comma or in brackets), with no verb and no clause of its own between
    return (
        bool(_LIST_GAP.search(between))
        and not _CLAUSE_STOP.search(between)
        and not any(frame_end <= c_start < t.start for c_start, _, _ in cues)
    )


# ... or the figure it is set against ("ne comptera plus que 700 soldats à l'automne contre 1 500 aujourd'hui")
_LIST_GAP = re.compile(r"[,(]|(?<![\w])(?i:contre|statt|anstatt|instead\s+of)(?![\w])")
_CLAUSE_STOP = re.compile(r"[;:.](?!\d)")
