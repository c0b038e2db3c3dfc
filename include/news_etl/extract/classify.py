"""Mention type (deployment, casualties ...): the entry that decides it.

Sentence structure first (type_structure.py), then the nearest cue word of the count's clause (type_cues.py); over
those, what the troops do (an exercise, trainers, reservists raised), an army cut at home, a return from
captivity, a mission or troops abroad; with no cue word, what the neighbouring sentences say and who is where.
"""

from __future__ import annotations

import re

from news_etl.extract.places import group_codes, mission_names, place_forms
from news_etl.extract.type_cues import (
    _CAPTIVITY,
    _CASUALTIES,
    _CLAUSE_END,
    _DOMINANT,
    _FORCE_SIZE,
    _HABITUAL,
    _MISSION,
    _MISSION_NAMES,
    _PLACED_AFTER,
    _RESERVES,
    _TRAINING,
    _TYPE_ORDER,
    _WHOLE_ARMY,
    _WITHDRAWAL,
    CUE_REACH,
    DOMINANT_REACH,
    Cue,
    TypeContext,
    _carried_type,
    _coordinated_noun,
    _event_type,
    _event_words,
    _habitual_training,
    _job_area,
    _nearest_cue,
    _owner_word,
    _time_phrase,
    _trained_attribute,
    _type_cues,
)
from news_etl.extract.type_structure import (
    _AMONG_BEFORE,
    _LEAVING,
    _NOT_DIGIT,
    _PRISONERS,
    _RETURN,
    _SCALE_AFTER,
    _share_after,
    _structural_type,
)

_RECRUITS = re.compile(r"(?i:recrue|recruit|rekrut|conscri|wehrpflichtig)")
_DESERTERS = re.compile(r"(?i:desert|désert)")
_TRAINERS = re.compile(r"(?i:trainer|instructor|ausbilder|instrukteur|instructeur|formateur|mentor)")


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
_MISSION_ACTORS = frozenset({"UN", "AU", "ECOWAS", "SADC"})

# "grossir ses rangs ... afin d'atteindre un contingent de 700 000": an army's whole strength, not a mission.
_ARMY_CONTINGENT = re.compile(r"(?i:\barm(?:ée|y|ee)\b|\brangs\b|\branks\b|streitkräfte)")


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
        if t.lang in ("en", "fr") and _DESERTERS.search(t.noun):
            return "other"  # soldiers who left their army are no part of its strength or of a deployment
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
    reserves_counted = bool(_RESERVES.search(t.noun))
    reserves = reserves_counted and found != "training" and not _part_of_presence(t)
    if (
        reserves
        and not _dominant_before(cues, t)
        and (found == "" or _has(cues, _FORCE_SIZE))
        and not (found == "casualties" and _casualty_after(cues, t))
    ):
        return "force_size"
    if found == "force_size" and _raising(cues, t) and not (reserves_counted and _part_of_presence(t)):
        if _assigned(cues, t):
            return "deployment"  # "l'opération Barkhane mobilise 4 500 militaires", "mobilisés sur le territoire"
        return "force_size"  # "bringing the overall number of reservists to 52,000", "to mobilise 150,000"
    return ""


_MOBILISED = re.compile(r"(?i:mobili)")


def _casualty_after(cues: list[Cue], t: TypeContext) -> bool:
    """A casualty word after the count ("kamen zwölf Rekruten ums Leben"): the recruits died, they were not raised."""
    return any(
        kind == _CASUALTIES
        and t.end <= c_start <= t.end + CASUALTY_AFTER_REACH
        and not _CLAUSE_END.search(t.sentence, t.end, c_start)
        for c_start, _, kind in cues
    )


CASUALTY_AFTER_REACH = 80


def _part_of_presence(t: TypeContext) -> bool:
    """Reservists counted among troops somewhere ("... 1.200 Soldaten im Einsatzgebiet, darunter 90 Reservisten", "Zur
    Mission gehören 80 Reservisten"): a share of that presence, not a call-up."""
    return bool(
        _AMONG_BEFORE.search(t.sentence, max(0, t.start - 40), t.start)
        or _PRESENCE_WORD.search(t.sentence)
        or _MISSION_NAMES.search(t.sentence)
    )


# A mission or a theatre the troops are in (a ceiling or mandate only limits a number).
_PRESENCE_WORD = re.compile(
    r"(?i:\bmission\b|einsatzgebiet|\w*kontingent|\bcontingent|\bthéâtre\b|\btheat(?:er|re)\b)"
)
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


_LARGE_WORDS = re.compile(r"(?i:tausend|thousand|mille|millier|million|milliard|mio\b)")
_DIGITS = re.compile(r"\d[\d.,'’\u202f\u00a0 ]*")
SMALL = 2000


def _small(t: TypeContext) -> bool:
    """A count written in digits below SMALL (a decimal comma before a scale word is a large number)."""
    m = _DIGITS.search(t.sentence, t.start, t.end)
    if m is None:
        # a number in words is a small one ("Acht Soldaten", "douze militaires") unless it names thousands
        return not _LARGE_WORDS.search(t.sentence, t.start, t.end)
    if _SCALE_AFTER.match(t.sentence, m.end()):
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


# The ceiling of a mission or mandate: its troops are a presence abroad, whatever the mission does.
_CAP = re.compile(r"(?i:obergrenze|\bplafond|\bceiling\b|\bcap\b)")
_AMONG_TOTAL = re.compile(r"(?<![\w])(?i:parmi les|among the|unter den)\s+\Z")

# ... also when the unit's strength follows a participle ("a contingent, numbering about 3,000", "un détachement fort
# de 400 hommes", "ein Verband bestehend aus 900 Soldaten"); the French "contingent" of an army is its size
# ("atteindre un contingent de 1,2 million"), so only the English word counts as a unit
_UNIT_WITH = re.compile(
    r"(?<![\w-])(?i:\w*brigade|bataillon|battalion|\w*kontingent|contingents?(?=,?\s+(?:numbering|comprising|consisting|made|of|with)\s)|verband|einheit|\w*kompanie|regiment|"
    r"division|détachement|detachment|task force|einsatzz(?:ug|ügen|üge)|zug|zügen|züge)"
    r"(?:\s+(?i:mit|with|de|of)|,?\s+(?i:numbering|comprising|consisting\s+of|made\s+up\s+of|bestehend\s+aus|"
    r"forte?\s+de|composée?\s+de))\s+(?i:je\s+|jeweils\s+)?\Z"
)


# ... also troops said to belong to a unit ("Rund 3.000 Soldaten sollen der neuen Brigade angehören", "le bataillon
# compte 800 hommes"); an army is no unit, and "die Truppe" may be the whole army.
_UNIT_NOUN = re.compile(
    r"(?i:\w*brigade|\w*bataill?on|battalion|\w*verband|\w*kontingent|\bcontingent|\bdivision|\bregiment)(?![\w])"
)
_MEMBERSHIP = re.compile(
    r"(?<![\w])(?i:gehör\w*|angehör\w*|umfass\w*|belong\w*|compt\w*|compren\w*|numbers|number(?:ing|ed)|comprise\w*|"
    r"make\s+up|made\s+up)(?![\w])"
)
UNIT_REACH = 80


def _unit_member(t: TypeContext) -> bool:
    around = (max(0, t.start - UNIT_REACH), min(len(t.sentence), t.end + UNIT_REACH))
    return bool(_UNIT_NOUN.search(t.sentence, *around) and _MEMBERSHIP.search(t.sentence, *around))


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


def _habitual_exercise(t: TypeContext) -> bool:
    """Every exercise word of the sentence stands in such a habitual clause about the troops counted."""
    habit = _HABITUAL.match(t.sentence, t.end)
    if habit is None:
        return False
    exercise, _parade = _event_words(t.lang)
    return all(habit.start() <= e.start() < habit.end() for e in exercise.finditer(t.sentence))


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


# A part taken from a total right after it ("le retrait de 800 de ses 3 000 soldats déployés au Tchad", "600 of the
# 2,400 troops stationed in Kosovo"): the participle after the total's noun is said of the total, not the part.
_TOTAL_AFTER = {
    "fr": re.compile(r"\s+(?i:de\s+(?:ses|leurs|nos|ces)|des)\s+(?:[^\s\d,;:]+\s+){0,2}?(?=\d)"),
    "en": re.compile(r"\s+(?i:of\s+(?:the|its|their|our|these|those))\s+(?:[^\s\d,;:]+\s+){0,2}?(?=\d)"),
}
# ... up to the verb of the part, if the sentence goes on to one ("... stationnés en Côte d'Ivoire vont rentrer").
_TOTAL_PHRASE_END = re.compile(
    r"[,;:.]\s|\s(?i:sont|ont|vont|va|seront|doivent|devront|devraient|will|would|are|were|have|has|had|must|should)\s"
)


def _total_after(t: TypeContext) -> tuple[int, int] | None:
    pattern = _TOTAL_AFTER.get(t.lang)
    m = pattern.match(t.sentence, t.end) if pattern else None
    if m is None:
        return None
    stop = _TOTAL_PHRASE_END.search(t.sentence, m.end())
    return m.end(), stop.start() if stop else len(t.sentence)


# "Der Plan des Einsatzes sieht vor, dass 900 Soldaten ... geschult werden": a German "dass" clause that holds the
# count and a cue of its own says what happens to the troops; the main clause only frames it
_THAT_CLAUSE_DE = re.compile(r",\s*(?i:dass|daß)\s")


def _that_clause_cues(cues: list[Cue], t: TypeContext) -> list[Cue]:
    if t.lang != "de" or ("dass" not in t.sentence and "daß" not in t.sentence):
        return cues
    opened = [m.end() for m in _THAT_CLAUSE_DE.finditer(t.sentence, 0, t.start)]
    if not opened:
        return cues
    inside = [c for c in cues if c[0] >= opened[-1]]
    return inside or cues


def _cues_in_scope(cues: list[Cue], t: TypeContext) -> list[Cue]:
    cues = _that_clause_cues(cues, t)
    if _AMONG_TOTAL.search(t.sentence, max(0, t.start - 20), t.start):
        # "des pertes parmi les 3 000 soldats déployés": the losses are some of them, the total is not lost
        cues = [c for c in cues if not (c[2] in _DOMINANT and c[1] <= t.start)]
    if (share := _share_after(t)) is not None:
        cues = [c for c in cues if c[0] < share]  # what follows the share is said of the share
    if (total := _total_after(t)) is not None:
        cues = [c for c in cues if not total[0] <= c[0] < total[1]]
    return cues


# "Thousands of army troops were deployed": the army word inside the noun phrase says whose troops they are, not
# that a whole army is counted
_ARMY_ATTRIBUTE = re.compile(r"(?i:army|military)")


# "8 000 soldats (dont 2 000 en réserve) sont engagés": a cue inside a bracket that holds a count of its own types
# that count, not the one outside
_ASIDE_WITH_COUNT = re.compile(r"\([^()]*\d[^()]*\)")


def _in_aside_of_another_count(t: TypeContext, cue: Cue) -> bool:
    c_start = cue[0]
    if "(" not in t.sentence:
        return False
    return any(
        a.start() < c_start < a.end() and not a.start() <= t.start < a.end()
        for a in _ASIDE_WITH_COUNT.finditer(t.sentence)
    )


def _army_attribute(t: TypeContext, cue: Cue) -> bool:
    c_start, c_end, kind = cue
    return (
        kind == _FORCE_SIZE
        and t.start <= c_start
        and c_end < t.end
        and t.lang == "en"
        and bool(_ARMY_ATTRIBUTE.fullmatch(t.sentence, c_start, c_end))
    )


# "nur noch" before a mission's figure: its ceiling or strength lowered to it (an army "nur noch" N strong is a
# force size, and so stays without a mission word)
_ONLY_STILL_BEFORE = re.compile(r"(?<![\w])(?i:nur\s+noch)\s+(?:[\w-]+\s+){0,4}?\Z")
_MANDATE_WORD = re.compile(r"(?i:mandat\w*|obergrenze\w*|kontingent\w*|einsatz|mission\w*)")


def _lowered_ceiling(found: str, t: TypeContext) -> bool:
    return (
        t.lang == "de"
        and found in ("deployment", "force_size", "")
        and bool(_ONLY_STILL_BEFORE.search(t.sentence, max(0, t.start - 50), t.start))
        and bool(_MANDATE_WORD.search(t.sentence))
    )


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
        and not _army_attribute(t, c)
        and not _in_aside_of_another_count(t, c)
    ]
    cues = _cues_in_scope(cues, t)
    if framed := _among_frame(cues, t) or _identified_before(t):
        # "Parmi les soldats blessés, 30 sont des conscrits": the wounded, whoever they are; "... wurden neun Menschen
        # verletzt. Es handelte sich um sieben Soldaten aus Lyon": those just counted
        return framed
    found = _structural_type(cues, t) or _nearest_cue(cues, t.sentence, t.start, t.end)
    if found == "withdrawal" and _back_from_captivity(cues, t):
        return "casualties"  # "63 russische Soldaten wurden zurückgeholt" after a prisoner exchange
    if found == "withdrawal" and _army_cut(cues, t):
        return (
            "force_size"  # "die Armee soll um 20.000 Soldaten verkleinert werden": an army shrinking at home
        )
    if (found in ("deployment", "training", "") and _staying_after_leaving(t)) or _lowered_ceiling(found, t):
        # "Après le retrait, 900 soldats resteront sur place": what a withdrawal leaves; "Das neue Mandat lässt nur
        # noch 900 Soldaten zu": a mission's ceiling lowered
        return "withdrawal"
    if found == "training" and _CAP.search(t.sentence) and not _TRAINERS.search(t.noun):
        return "deployment"  # "Die Obergrenze für die Ausbildungsmission soll von 450 auf 600 steigen": a ceiling
    if overriding := _what_the_troops_do(found, cues, t):
        return overriding
    # An armed group's fighters in a country are its force there; only a state's troops are "abroad".
    group = t.actor in group_codes()
    abroad = t.actor is not None and t.location is not None and t.actor != t.location and not group
    if found in ("force_size", "") and (
        _UNIT_WITH.search(t.sentence, max(0, t.start - 40), t.start) or _unit_member(t)
    ):
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
    if same := _same_troops_leaving(t) or _taken_up_after(t):
        return same
    if abroad or mission:
        return "deployment"  # foreign troops somewhere, or a mission's troops, are deployed, cue word or not
    return _context_type(t, group)


# A clause opening on the set the counts that follow belong to ("Parmi les soldats tués,", "Among those
# wounded,", "Unter den Gefallenen,"): a casualty or leaving word in it types every count of the next clause.
_AMONG_OPENING = re.compile(
    r"(?:^|[;:]\s*)(?i:parmi\s+(?:les|ces|ceux)|among\s+(?:the|those|them)|unter\s+(?:den|diesen))(?![\w])"
    r"(?P<set>[^,;:.]{1,60}),\s*(?P<rest>[^,;:]*)\Z"
)


def _among_frame(cues: list[Cue], t: TypeContext) -> str:
    frame = _AMONG_OPENING.search(t.sentence, 0, t.start)
    if frame is None:
        return ""
    kinds = [kind for c_start, _c_end, kind in cues if frame.start("set") <= c_start < frame.end("set")]
    for kind in _DOMINANT:
        if kind in kinds:
            return _TYPE_ORDER[kind]
    return ""


# The troops counted stay on ("soldats devraient rester au Niger", "troops will remain in Iraq") ...
_STAYING_AFTER = {
    "fr": re.compile(
        r"\s+(?:[^\s,;:.]+\s+){0,4}?(?:(?:devraient|doivent|devront|vont|pourraient|devaient|allaient)\s+)?"
        r"(?:rester|resteront|restent|resteraient|demeurer|demeureront)(?![\w])"
    ),
    "en": re.compile(
        r"\s+(?:[^\s,;:.]+\s+){0,4}?(?:(?:will|would|are\s+to|were\s+to|should|could|to|may|might)\s+)?"
        r"(?:remain|stay)(?:ed|ing)?(?![\w])(?!\s+(?:ready|on\s+alert|on\s+standby|anonymous))"
    ),
}
# ... after a withdrawal or cut told in their sentence or the one before: what the withdrawal leaves.
_LEAVING_WORD = {
    "fr": re.compile(
        r"(?i:\bretrait|\bdépart|désengag|\bréduction|\bréduire|\bréduit|rapatri|\bquitt|\bretir|\bdécrue|"
        r"\bbaisse|\brentr)"
    ),
    "en": re.compile(
        r"(?i:\bwithdr[ae]w|\bdrawdown|\bdr[ae]w(?:s|ing|n)?\s+down|\bpull(?:ed|ing|s)?\s+out|\bpullout|"
        r"\bleav(?:e|es|ing)\b|\bleft\b|\bcut(?:s|ting)?\b|\breduc|\bbring\w*\s+home|\bbrought\s+home)"
    ),
}


_LEFT_PLACE = re.compile(
    r"\w*\s+(?:[\w-]+\s+){0,2}?(?i:de|du|des|d['’]|from|of)\s*(?:(?i:la|le|les|the)\s+|(?i:l['’]))?"
    r"(?P<name>[A-ZÉ][\w'’-]+)"
)


def _staying_after_leaving(t: TypeContext) -> bool:
    staying = _STAYING_AFTER.get(t.lang)
    if staying is None or not staying.match(t.sentence, t.end):
        return False
    leaving = _LEAVING_WORD[t.lang]
    said = [(m, t.sentence) for m in leaving.finditer(t.sentence)] or [
        (m, t.before) for m in leaving.finditer(t.before)
    ]
    if not said or _ARMY_WORD.search(t.sentence):
        return False
    # "Après le retrait de Kaboul, 2 000 soldats resteront stationnés au Qatar": they stay elsewhere
    for m, text in said:
        origin = _LEFT_PLACE.match(text, m.end())
        left = place_forms().get(origin.group("name")) if origin else None
        if left is not None and t.location is not None and left.site not in (None, t.location):
            return False
    return True


# A sentence that only says who the people just counted were ("Es handelte sich um sieben Soldaten aus Lyon", "Il
# s'agit de 12 soldats"), or that the same holds for more ("Idem pour 300 des 900 soldats au Tchad"): the count is
# the casualties or the leavers the sentence before told.
_IDENTIFIED_BEFORE = {
    "de": re.compile(
        # ("Dabei handelt es sich um 900 Soldaten sowie 300 Söldner": a second count joined to the first)
        r"(?<![\w])(?i:handel\w*\s+(?:es\s+)?sich\s+(?:[^,.;:]{0,40}?\s)?um"
        r"(?:\s+\d(?:[^.;:!?]|\.(?=\d)){0,60}?\s(?:und|sowie))?|"
        # the same said of more troops ("Ebenso für 500 der 900 Soldaten in Mali")
        r"\Aebenso(?:\s+für)?|\Agleiches\s+gilt\s+für)\s+(?:[^\s\d]+\s+){0,2}\Z"
    ),
    "fr": re.compile(
        r"(?<![\w])(?i:il\s+s['’]agi\w*\s+(?:de|d['’])|\Aidem\s+pour|\A(?:de\s+même|même\s+chose)\s+pour)"
        r"\s*(?:[^\s\d]+\s+){0,2}\Z"
    ),
    "en": re.compile(
        r"(?<![\w])(?i:(?:they|those|these)\s+(?:were|are)(?:\s+identified\s+as)?|\Athe\s+same\s+goes\s+for|"
        r"\Alikewise(?:\s+for)?)\s+(?:[^\s\d]+\s+){0,2}\Z"
    ),
}


def _identified_before(t: TypeContext) -> str:
    pattern = _IDENTIFIED_BEFORE.get(t.lang)
    if pattern is None or not pattern.search(t.sentence, max(0, t.start - 130), t.start):
        return ""
    carried = _carried_type(t.before, t.lang)
    return carried if carried in ("withdrawal", "casualties") else ""


# The troops just counted, taken up by a pronoun that opens the next sentence and is at once the subject of a
# casualty or leaving verb ("Betroffen sind elf belgische Soldaten. Sie wurden verwundet, zwei davon schwer.").
TAKEN_UP_REACH = 40


def _taken_up_after(t: TypeContext) -> str:
    opening = _PLURAL_PRONOUN_START.match(t.after)
    if opening is None:
        return ""
    for m in _type_cues(t.lang).finditer(t.after, opening.end(), opening.end() + TAKEN_UP_REACH):
        kind = m.lastgroup or ""
        return kind if kind in ("withdrawal", "casualties") else ""
    return ""


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
    r"baiss|compress|cut|reduc|shrink|downsiz|trim|go(?:es|ing|ne)?\s+down|went\s+down|com(?:e|es|ing)\s+down|"
    r"came\s+down)"
)


# Leaving the army itself, not a place: "haben 500 die Bundeswehr wieder verlassen", "left the army early".
_LEFT_THE_ARMY = re.compile(
    r"(?i:\b(?:die|der)\s+(?:bundeswehr|armee|streitkräfte|truppe)\s+(?:\w+\s+){0,2}verl(?:assen|ieß\w*|ässt)|"
    r"\b(?:left|leave|leaving|leaves|quit)\s+the\s+(?:army|armed\s+forces|military|service)\b|"
    # "some 3,100 soldiers departed active duty last year": leaving the active army, wherever they served
    r"\b(?:left|leave|leaving|leaves|quit|departed|depart|departing)\s+active(?:\s+|-)(?:duty|service)\b)"
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
    r"(?<![\w-])(?i:arm(?:ée|y|ee)|armées|armies|armeen|bundeswehr|streitkräfte|forces armées|armed forces|"
    # the active part of an army ("the active force was reduced by 8,000 soldiers over two years")
    r"active(?:\s+|-)(?:force|duty\s+force|component))(?![\w-])"
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
