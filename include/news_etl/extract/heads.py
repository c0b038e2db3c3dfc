"""What makes a number a troop count: the noun, member, unit, demonym, casualty, bare and ellipsis heads.

A number is a troop count only if something says it counts troops: a troop noun right after it, a group or
unit named as its owner, a casualty word, or a count of troops named earlier that it refers back to. Each
_*_head rule tries one such reading and _head picks the first that holds, so the choice of what a number
counts stays apart from whose troops they are (owners.py) and where they serve (locations.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from news_etl.extract.context import (
    _CLAUSE_BREAK,
    _DIGIT,
    _MORE_BEFORE,
    _OTHERS_AFTER,
    _antecedent,
    _Context,
    _Count,
    _Head,
    _mission_before,
    _normal,
)
from news_etl.extract.guard import fold_guard_patterns
from news_etl.extract.lexicon import grammar
from news_etl.extract.people_words import (
    CIVIL,
    CIVILIANS,
    FRAUEN_KINDER,
    HOSTAGES,
    MEN,
    MENSCHEN,
    NOT_TROOPS,
    NOT_TROOPS_DE,
    PEOPLE,
    POLICE,
    POLIZEI,
    REFUGEES,
    WOMEN_CHILDREN,
)
from news_etl.extract.places import (
    Place,
    compound_actor,
    french_people_shadowed,
    group_codes,
    mission_names,
    place_forms,
    place_pattern,
)
from news_etl.records import Mention

_MANN_STARK = re.compile(r"-?\s*(?i:mann)[\s-]+(?i:stark)")
# "die 75-köpfige Jägerkompanie", "die gut 250-köpfige Besatzung" of a warship: a military body named by its
# head count (a family, jury or delegation is counted the same way, so only such bodies, in a military story)
_HEADS_STRONG = re.compile(
    r"-?(?i:köpfig)(?:e|en|er|es|em)?\s+(?:[a-zäöüß][\w-]*\s+){0,2}"
    r"(?P<noun>(?=[A-ZÄÖÜ])[\w-]*(?i:kompanie|bataillon|kontingent|truppe|verband|zug|trupp|kommando|staffel|"
    r"detachement|regiment|brigade|einheit|garde|streitmacht|vorhut|besatzung|crew))(?![\w-])"
)
_CIVIL_BODY_AFTER = re.compile(
    r"\s+(?i:der|des|von der)\s+\w*(?i:polizei|feuerwehr|rettungs\w*|bergwacht)(?![\w])"
)
_NOT_TROOP_BODY = re.compile(r"(?i:\w*(?:polizei|feuerwehr|rettung|zivil|hilfs|bahn|flug|schiffs)\w*)")
# Adverbs of reference that stay outside the count phrase ("96'065 davon waren ...").
_ANAPHORA_OUTSIDE = frozenset({"davon", "of which"})
# "four of whom were killed", "350 of those": a relative or demonstrative pronoun after a share stays outside the
# count phrase, as "of which" does
_RELATIVE_OUTSIDE = frozenset({"of whom", "of those", "of these"})
# "Von drei Millionen gefangenen Rekruten ... kehrten 1,4 Millionen heim": no article before a count in millions
# (also abbreviated: "Von 4 Mio. Rekruten ... fielen 1 Mio.")
_PARTITIVE_OPEN_MILLIONS = {"de": re.compile(r"(?<![\w])(?i:von)\s+\Z")}
_MILLIONS = re.compile(r"(?i:millionen|tausend|mio\.?)(?![\w])")
# "Von den etwa 800 belgischen Soldaten ... sind 650 in Mali": a part of the count before.
_PARTITIVE_OPEN = {
    "de": re.compile(
        r"(?<![\w])(?:(?i:von den|unter den)\s+(?:(?i:derzeit|zurzeit|insgesamt|ursprünglich|bisher)\s+)?"
        # "Von derzeit 25 Soldaten im Irak werden sechs ...": an adverb of time instead of the article
        r"|(?i:von)\s+(?i:derzeit|zurzeit|insgesamt|ursprünglich|bisher|aktuell)\s+"
        # "Von den 2023 eingestellten 18.000 Soldaten haben 5.000 ...": a year and a participle before the count
        r"|(?i:von den)\s+(?:(?:19|20)\d\d\s+)?[a-zäöüß]\w*(?:te|ten|ene|enen)\s+)\Z"
    )
}
# "Von den 16 000 Soldaten, die X zugesagt hat, sind nur 10 000 ...": the partitive opening its sentence keeps
# its reach across a relative clause about the whole
_PARTITIVE_SENTENCE_START = re.compile(r"\s*(?:[„“\"»«]\s*)?\Z")
# "8000 bei der Polizei": a count that shares the noun of the one before it, but for police or spies.
_NOT_TROOPS_AFTER = re.compile(
    rf"(?:\s+[\w-]+){{0,3}}?\s+(?i:{POLIZEI}|police|{POLICE}|\w*geheimdienst\w*|\w*nachrichtendienst\w*|"
    r"intelligence|renseignement\w*)(?![\w])"
    # "61 andere für zivile Dienste im Lager": the ones counted in civilian work
    r"|(?:\s+[\w-]+){0,4}?\s+(?i:zivil\w*|civilian\w*|civils)(?![\w])"
)
# "58 Geiseln ..., 34 von ihnen": "of them" refers to the people counted before, not to the fighters named.
_PEOPLE_COUNTED = re.compile(
    r"\d[\d.,]*\s+(?:\w+\s+)?"
    rf"(?i:geiseln|{CIVILIANS}|menschen|{FRAUEN_KINDER}|häftlinge|flüchtlinge|{HOSTAGES}|{PEOPLE}|{WOMEN_CHILDREN}|"
    r"detainees)(?![\w])"
)
# "Im Herbst dürfte ihre Zahl auf 7.000 fallen": the number of the troops of the sentence before.
_THEIR_NUMBER = re.compile(
    r"(?<![\w])(?i:ihre|seine|deren|dessen|their|its|leur)\s+\w*(?i:zahl|stärke|number|nombre)"
)
# "Die Kämpfer sollen rund 2.000 an der Zahl sein": the troops named before
_IN_NUMBER_AFTER = re.compile(r"\s+(?i:an der zahl)(?![\w])")
# "Die Verluste der Armee belaufen sich auf 3.000 Tote": the dead of an army whose losses are told
_DEAD_AFTER = re.compile(r"\s+(?P<noun>(?i:tote|toten|dead|morts))(?![\w])")
# The dead, wounded or missing counted without a troop noun of their own.
_CASUALTY_WORDS = (
    # ("12.345 Schwerverletzte", "40 Leichtverwundete": the degree written into the noun)
    r"(?i:tote|toten|(?:schwer|leicht)?(?:verletzte|verletzten|verwundete|verwundeten)|gefallene|gefallenen|"
    r"todesopfer|todesopfern|vermisste|vermissten|gefangennahmen|gefangene|gefangenen|kriegsgefangene|kriegsgefangenen|opfer|"
    # "Die russischen Verluste belaufen sich auf 15.000 Menschenleben": lives lost, counted like the dead
    r"todesfälle|todesfällen|menschenleben)(?![\w])"
)
_WOUNDED = re.compile(r"(?i:verwundete|verwundeten)")
# Prisoners are troops' losses where the passage speaks of prisoners of war or of their exchange.
_PRISONERS = re.compile(r"(?i:gefangene|gefangenen)")
_WAR_PRISONERS = re.compile(r"(?i:kriegsgefangen\w*|gefangenenaustausch\w*)")
_CASUALTY_WORD_AFTER = re.compile(rf"\s+(?P<noun>{_CASUALTY_WORDS})")
# "5.000 Leichen chinesischer Soldaten", "die Gebeine von 400 Soldaten": remains of troops
_REMAINS_OF = re.compile(r"\s+(?i:leichen|leichname|gebeine|überreste|särge)(?=\s)")
# ", 13 Gefangennahmen und ": the items of a list between troops named and a casualty count
# ("Verluste der Truppe: 1.200 Tote, 340 Vermisste": or after a colon)
_LIST_GAP = re.compile(r"(?:\s*(?:,|:|und|sowie)\s+\d[\d.]*\s+[A-ZÄÖÜ]\w*)*\s*(?:,|:|und|sowie)\s+")
# "12.000 Tote und Verwundete, fast alle Soldaten": troops named in an apposition after the casualty word
_CASUALTY_APPOSITION = re.compile(
    rf"(?:\s+(?i:und|oder)\s+{_CASUALTY_WORDS})?\s*,"
    r"(?:\s+(?i:fast alle|alle|allesamt|meist|zumeist|überwiegend|vor allem|vorwiegend))?(?=\s)"
)
# "etwa 13.500 Tote aufseiten Moskaus": the dead of one side of a war
_SIDE_AFTER = re.compile(
    # "300 Tote und Verwundete auf allen Seiten": after a list of the dead and wounded too
    rf"(?:\s*(?:,|\s(?i:und|oder|sowie))\s+{_CASUALTY_WORDS})*"
    r"\s+(?:(?i:aufseiten|auf seiten|auf der seite|auf \w+(?:er|en) seite)(?![\w])"
    r"|(?i:auf (?:allen|beiden) seiten|beider seiten)(?![\w])(?!\s+(?i:der|des|von)(?![\w])))"
)
# "Auf beiden Seiten gab es 10 000 Tote": the losses of both sides of a fight, told before the count
# (not "auf beiden Seiten der Grenze": the sides of a border or a river)
_BOTH_SIDES_BEFORE = re.compile(
    r"(?<![\w])(?i:auf (?:allen|beiden) seiten|beider seiten"
    # "Die Schlacht fordert auf russischer Seite 9.000 Tote": one nation's side, named by its adjective
    r"|auf [a-zäöüß]\w*(?:er|en) seite)(?![\w])(?!\s+(?i:der|des|von)(?![\w]))"
)
# "14 dieser Toten": a part of the dead counted before
_OF_THE_CASUALTIES = re.compile(rf"\s+(?i:dieser|der|von den|unter den)\s+{_CASUALTY_WORDS}")
# "Der Krieg forderte unter den Soldaten zwölf Millionen Todesopfer", "bei den britischen Streitkräften 80 Tote": the
# casualties counted among troops named right before the count, in its clause (adjectives only between: "bei den
# Angriffen der Truppen" names the attackers, not the dead)
_AMONG_BEFORE = re.compile(r"(?<![\w])(?i:unter|bei)\s+(?i:den|der)\s+(?:[a-zäöüß][\w-]*\s+){0,2}\Z")


def _among_troops_before(ctx: _Context, c: _Count, s: int) -> bool:
    text, g = ctx.text, ctx.g
    window = max(s, c.start - 80)
    troops = _last(g.troop_anywhere.finditer(text, window, c.start))
    if (
        troops is None
        or g.weak_noun.match(troops.group())
        or _CLAUSE_SEPARATOR.search(text, troops.end(), c.start)
    ):
        return False
    return _AMONG_BEFORE.search(text, max(window, troops.start() - 40), troops.start()) is not None


# "hat die französische Truppe 17 Tote zu beklagen", "zählt die Armee ... Verletzte im Einsatz": an
# army that suffers losses of its own (an army that only reports deaths may report those of civilians)
_OWN_LOSSES_VERB = re.compile(r"(?<![\w])(?i:beklagt\w*|erlitt\w*|verlor\w*)(?![\w])")
_OWN_LOSSES_VERB_LATER = re.compile(r"(?:[^.;:!?]|\.(?=\d)){0,60}?\s(?i:erlitten|verloren)\s*(?:[.;,]|\Z)")
_OWN_LOSSES_AFTER = re.compile(
    r"\s+(?i:zu beklagen|im dienst|im einsatz|in den eigenen reihen|in (?:ihren|seinen) reihen)(?![\w])"
)
# "31 Soldaten erlitten schwere, 12 leichte Verletzungen": degrees of injury shared by a list of counts
_DEGREE_AFTER = re.compile(r"\s+[a-zäöüß][\w-]*(?:e|en)(?=\s*,|\s+(?:und|oder|sowie)\s|\s+[A-ZÄÖÜ])")
_DEGREE_JOINED_BEFORE = re.compile(r"[a-zäöüß][\w-]*(?:e|en)\s*(?:,|\s(?:und|oder|sowie))\s+\Z")
_INJURIES = re.compile(r"(?i:verletzungen|verwundungen|verbrennungen)")
# "48 getötete Soldaten und etwa 900 Verletzte": a casualty count joined to the one before
_JOINED_BEFORE = re.compile(r"\s(?i:und|sowie|and|et)\s+\Z|,\s+\Z")
# "Belgien beteiligt sich mit 600 Soldaten, Portugal mit 250": the share of a country named in a list
_LIST_ITEM_BEFORE = re.compile(
    r",\s+(?:(?i:die|der|the|les?|la)\s+)?(?:(?i:der|des|of)\s+)?[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?(?:\s+(?i:mit|with|avec))?"
    # "Die Briten haben 900 Soldaten im Land, Frankreich sogar 1400": an adverb of degree may stand before the figure
    r"(?:\s+(?i:sogar|nur|lediglich|noch|immerhin|bereits|schon|even|only|just|already|même|seulement|déjà))?\s+\Z"
    # "300 Soldaten im Norden stationiert, in der Hauptstadt rund 700": the share of another place
    r"|,\s+(?i:in|im|an|am|auf|bei|at|à|au|en|dans)\s+(?:(?i:der|dem|den|die|the|la|le|les)\s+)?"
    r"[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?\s+\Z"
    # "Germany hosts 30,000 U.S. troops and Italy 12,500" (not "und des Jägerbataillons 17": a unit's number)
    r"|\s(?i:and|et)\s+(?:(?i:the|les?|la)\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+\Z"
    # "1,200 troops, ahead of Norway's 900 and Sweden's 650": the share of another country
    r"|(?:,|\s(?i:and|ahead of|behind|followed by|than))\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?['’]s\s+\Z"
)
# "der fast 3.000 nach Kursk entsandten Nordkoreaner": a participle before the demonym
_PARTICIPLE_BEFORE_DEMONYM = re.compile(
    r"\s+(?i:in|im|nach|aus|an|auf)\s+(?:(?i:der|dem|den|des|die)\s+)?(?:[\w-]+\s+){1,2}?"
    r"[a-zäöüß]\w*(?:te|ten|ne|nen)\s+"
)
# "an die 9.000 gefallene oder verwundete Georgier", "12.000 junge Deutsche im Wehrdienst": the
# fate or age of the nation's men before the demonym (a story of war or service still has to make them troops)
_FATE = r"(?i:getötete|getöteten|verletzte|verletzten|verwundete|verwundeten|gefallene|gefallenen|gefangene|gefangenen)"
_FATE_BEFORE_DEMONYM = re.compile(rf"\s+(?:{_FATE}(?:\s+(?i:oder|und)\s+{_FATE})?|(?i:junge|jungen))\s+")
_ADJECTIVE_LIST_AFTER = re.compile(r",\s*[a-zäöüß][\w-]{2,}(?:e|en)(?=[\s,])")
# "some 30 dead Taliban": the dead of an armed group (not of a nation, whose dead may be civilians)
_DEAD_BEFORE_GROUP = re.compile(r"\s+(?i:dead|slain)\s+")
_MORE_BEFORE_DEMONYM = re.compile(
    r"\s+(?i:weitere|weiteren|zusätzliche|zusätzlichen|more|additional|autres)\s+"
)
# "rund 200.000 Menschen im Land unter Waffen": people under arms are troops
_UNDER_ARMS = re.compile(
    # "knapp 9.000 Sträflinge aus Lagern rekrutiert": prisoners recruited as fighters
    rf"(?:\s+[a-zäöüß]\w*(?:e|en))?\s+(?P<noun>(?i:{MENSCHEN}|{PEOPLE}|{MEN}|"
    # "12.150 junge Leute eingezogen"
    r"leute|häftlinge|sträflinge))(?:\s+[\w-]+){0,4}?"
    r"\s+(?i:unter waffen|under arms|sous les armes|in uniform|"
    # "11.000 junge Leute leisten Dienst an der Waffe", "1,4 Millionen junge Menschen zur Armee gemeldet"
    r"dienst an der waffe|"
    # "künftig sollen 90.000 Menschen der georgischen Armee angehören": people who belong to an army
    r"(?:der|dem)\s+(?:[a-zäöüß]\w*\s+){0,2}(?:armee|truppe|bundeswehr|streitkräften|bundesheer|heer|marine|luftwaffe)"
    r"\s+(?:angehören|angehörten|angehört|angehöre|angehörte)|"
    r"(?:zur|zum|in die)\s+(?:[a-zäöüß]\w*\s+){0,2}(?:armee|truppe|bundeswehr|streitkräften|"
    r"militärdienst|wehrdienst)(?![\w-])(?:\s+[\w-]+){0,2}?\s+(?:gemeldet|eingezogen|einberufen|eingetreten)|"
    # "pro Jahr bis zu 250.000 Menschen mobilisieren": people raised as troops
    r"(?:zu\s+)?(?:mobilisieren|mobilisiert|einberufen|einzuberufen|eingezogen|einzuziehen|rekrutieren|rekrutiert|"
    r"angeworben|anzuwerben)|"
    # "90 000 personnes ont été recrutées par l'armée", "des milliers de personnes enrôlées dans la garde"
    r"recruté(?:e|es|s)?|enrôlé(?:e|es|s)?|incorporé(?:e|es|s)?|"
    # "5 000 personnes appelées au service militaire", "sous les drapeaux"; "9,000 men drafted", "people called
    # up for military service"
    r"au\s+service\s+militaire|sous\s+les\s+drapeaux|drafted|conscripted|for\s+military\s+service|"
    r"dans\s+(?:l['’]armée|les\s+rangs|les\s+forces\s+armées))(?![\w])"
)
_PEOPLE_WORD = re.compile(rf"(?i:{MENSCHEN}|{PEOPLE})")
# "20 dead rebels and some 30 dead or injured villagers": the casualty word is an adjective of people
# who are no troops
_PEOPLE_NOUN_NEXT = re.compile(
    rf"(?:\s+(?i:or|and|et|ou)\s+[\w-]+)?\s+(?i:civilians?|civils?|{PEOPLE}|persons|villagers|"
    r"policemen|police\w*|gendarmes?)(?![\w])"
)
_SUBSET_AFTER = re.compile(
    r"\s*,?\s*(?i:darunter|davon|insbesondere|von denen|including|among them|dont)\s+\S*\d"
)
# "tausende Russen als Söldner": a demonym whose role follows.
_AS = re.compile(r"\s+(?i:als|as|comme)(?=\s)")
# Members of an armed group not named: "sechs Mitglieder von Terrorgruppen", "Mitgliedern für diese Miliz";
# or of an army or its units: "900.000 Mitglieder der irakischen Armee", "6.000 Mitglieder von Spezialeinheiten".
_GENERIC_GROUP = re.compile(
    r"(?i:\w*terror\w*|\w*(?:miliz|milizen)|\w*rebellengruppe\w*|\w*dschihadistengruppe\w*|\w*islamistengruppe\w*|"
    r"\w*einheit(?:en)?|\w*truppen?|\w*armee|streitkräfte|bundeswehr|"
    # "Acht Mitglieder des Tzabar-Bataillons": members of a unit of an army
    r"[\w-]*(?:bataillon|brigade|regiment|division|kompanie|korps)\w*|"
    # "dix membres de groupes armés", "12 members of armed groups"
    r"groupes?\s+armés?|armed\s+groups?|milices?)(?![\w])"
)
# "auf rund 8 000 gestiegenen Zahl der in Polen stationierten US-Soldaten": the number of the troops named after it.
_NUMBER_OF_TROOPS_AFTER = {
    "de": re.compile(r"\s+(?:[a-zäöüß]\w*(?:en|e)\s+){1,2}\w*(?i:zahl|stärke)\s+(?i:der|an)(?=\s)"),
}
_NUMBER_WORD = re.compile(r"\w*(?i:zahl|stärke|bestand|ziel|bedarf)(?![\w])")
# "... auf 25 000 erhöht. Die Bundeswehr hat davon rund 6 000 geschult.": troops named after the count
_REFERS_BACK = re.compile(r"(?<![\w])(?i:davon|von ihnen|darunter|unter ihnen)(?![\w])")
# "die Zahl der Toten": the number has a noun of its own, not the troops of the sentence before.
_NUMBER_OF_OWN_NOUN = re.compile(
    r"\w*(?i:zahl|stärke|bestand|bedarf)\s+(?i:der|des|an|von|of|de|d['’])(?![\w])"
)
# Police named in or right after the noun phrase ("16 Police personnel", "350 Kräfte der Bundespolizei").
_POLICE = re.compile(
    rf"(?i:police|{POLICE}|{POLIZEI}|{CIVIL}|security forces|"
    r"sicherheitskräfte\w*|forces de sécurité|forces de l['’]ordre|ordnungskräfte\w*)"
)
_POLICE_PERSONNEL = re.compile(
    r"(?<![\w-])(?:[\w]+-)*(?i:\w*polizisten|\w*polizistinnen|policemen|police officers|policiers|gendarmes)(?![\w])"
)
_POLICE_AFTER = re.compile(
    r"\s+(?i:of the|of|der|des|de la|de)\s+\w*(?i:polizei|police)"
    # "200 Techniker der mobilen Einheiten der Landespolizei": the units they belong to are the police's
    r"|\s+(?i:der|des)\s+(?:[a-zäöüß][\w-]*\s+)?[A-ZÄÖÜ][\w-]*\s+(?i:der|des)\s+\w*(?i:polizei)"
    # "800 agents des forces de l'ordre": the police and gendarmes of a state
    r"|\s+(?i:des\s+forces\s+de\s+(?:sécurité\s+intérieure|l['’]ordre))"
    # "600 membres des forces de l'ordre": the noun "membres des forces" ends before the police's name
    r"|\s+(?i:de\s+l['’]ordre|de\s+sécurité\s+intérieure)(?![\w])"
)
_CIVILIAN_FIGHTERS = re.compile(r"(?i:civilian\s+(?:resistance\s+)?fighters)")
# "neuf supplétifs civils": auxiliaries named civilian are no troops
_CIVIL_ADJECTIVE_AFTER = re.compile(r"\s+(?i:civils|civiles|civilians?)(?![\w])")
# "90 armoured personnel carriers", "troop transporters": vehicles named after the people they carry
_VEHICLE_AFTER = re.compile(r"\s+(?i:carriers?|transporters?|transports)(?![\w])")
# "160.000 Soldaten und Zivilangehörige": a total that mixes troops with civilians is no troop count.
# "8000 Männer und Jungen ermordet": men named with boys or children are civilians
_CIVILIANS_JOINED = re.compile(
    rf"\s+(?i:und|sowie|oder|and|or|et|ou)\s+(?i:{CIVIL}|jungen|knaben|kinder|boys|children|enfants|"
    # "197.653 Soldaten und Wanderarbeiter": workers or families counted with them
    r"\w*arbeiter|\w*arbeitern|\w*arbeiterinnen|familienangehörige|familienangehörigen)(?![\w])"
)
# "135 Einsatzkräfte", "4.000 Kräfte": firefighters and rescuers as often as troops; in a story about fire
# brigades, floods or police with no army named they are no troop count.
# (also a compound with a hyphen: "12 000 THW-Kräfte")
_FORCES_WORD = re.compile(r"(?i:(?:[\w]+-)*(?:\w*kräfte\w*|helfer\w*))")
_CIVIL_PROTECTION = re.compile(
    r"(?i:\w*feuerwehr\w*|thw|\w*katastroph\w*|rettungs\w*|\w*unwetter\w*|\w*hochwasser\w*|\w*brand\w*|"
    r"\w*polizei\w*|drk|rotes kreuz|hilfsorganisation\w*)"
)
_ARMY_NAMED = re.compile(
    r"(?i:\w*soldat\w*|\w*truppe\w*|\w*militär\w*|\w*armee\w*|\w*streitkräfte\w*|bundeswehr\w*|bundesheer\w*|nato)"
)
# Participants are troops only in an exercise or a march of troops, told in the sentence or the one before.
_PARTICIPANTS = re.compile(r"(?i:teilnehmer\w*|teilnehmende\w*|beteiligte\w*)")
_EXERCISE = re.compile(r"(?i:\w*übung\w*|\w*manöver\w*|\w*marsch\b|\w*märsche\w*)")


# "Personen" is a troop noun only where a force's strength is told, never for people killed or civilians.
_PEOPLE = re.compile(r"(?i:personen)")
_RELATIVES = re.compile(r"(?i:angehörige|angehörigen)")
_RELATIVES_AFTER = re.compile(
    r"\s+(?i:und|sowie)\s+(?i:freunde|familien\w*|bekannte|kinder|partner\w*)(?![\w])"
    # "vier Angehörige einer Familie", "rund 900 Angehörige betroffen": relatives, bare of any army
    r"|\s+(?i:einer|der|seiner|ihrer|derselben)\s+(?i:familie\w*)(?![\w])"
    r"|\s+(?:(?i:sind|seien|wären|waren|wurden|ebenfalls|mit)\s+)?(?i:betroffen|mitbetroffen)(?![\w])"
    r"|\s+(?i:der|von)\s+(?:[a-zäöüß]\w*\s+)?(?i:\w*soldat\w*|besatzung|gefallenen|getöteten|toten|opfer\w*|geiseln|"
    r"vermissten|verstorbenen)(?![\w])"
)
_CAPACITY_BEFORE = re.compile(r"(?<![\w])(?i:für)\s+(?:(?i:je|jeweils|bis zu|maximal|rund|etwa)\s+)?\Z")
# "Die Kaserne hat Betten für etwa 900 Rekruten": the room of a building, not troops counted
_LODGING_FOR_BEFORE = re.compile(
    r"(?<![\w])(?i:unterkünfte|unterkunft|betten|quartiere|stuben|zimmer|wohnungen|kapazitäten|kapazität)"
    r"\s+(?:[\w-]+\s+){0,2}?(?i:für)\s+(?:(?i:je|jeweils|bis zu|maximal|rund|etwa|gut|knapp|über|mehr als)\s+)?\Z"
)
# ... nor for applicants ("51.200 Personen haben sich beworben").
_PEOPLE_NOT_TROOPS = re.compile(
    # civilians ("Zivilisten", "zivile Opfer"), not the civil bodies troops help ("zivile Einrichtungen")
    r"(?i:getötet|tot|tote\w*|verletzt\w*|verwundet\w*|starben|ums leben|opfer|"
    r"zivil(?!e\w*\s+(?:einrichtung|behörde|stelle|verwaltung|dienst|organisation|institution))\w*|flüchtling\w*|"
    r"geisel\w*|festgenommen|verhaftet|evakuiert|polizei\w*|beworben|\w*bewerb\w*|ausgeflogen|in sicherheit gebracht|"
    # "1,5 Millionen Personen entziehen sich der Einberufung": people evading the draft
    r"entzieh\w*|entzogen)"
)
# "900 troops in Syria and 2,500 in Iraq": a second count that shares the noun of the one before it.
# ... or the second count of a change ("from 2,500 to 2,000", "von 980 auf 1300", "von 34.500 Soldaten um 9.500",
# "sollen es noch 2100 sein, Ende Mai nur noch 1700").
# "5 100 soldats, dont 600 ...", "860 soldiers died, including 400 in Gaza": a share of the troops just counted.
# An adverb of time or doubt may stand before it: "203.000 Soldaten, später möglicherweise 240.000".
_DATE_BRACKET = re.compile(r"\s*\((?:(?i:seit|ab|bis|von|stand:?|im|jahr)\s+)?(?:1[89]|20)\d\d\)")
_ELLIPSIS_BEFORE = re.compile(
    r"(?:[,–—]|\s(?i:and|und|et|sowie|as well as|while|während|tandis que|to|auf|bis auf|à|um|noch|dont|including|"
    # "bis zu 500 nach Estland bzw. bis zu 200 nach Lettland": the alternative of a mandate
    r"bzw\.?|beziehungsweise|oder|"
    # "..., unter ihnen auch rund 900 aus Italien"
    r"unter ihnen|"
    # "(soit 1400 sur les 2500 de la force)": a sum and the whole it is part of
    r"of whom|among them|darunter|davon|soit|sur les|out of the))\s+"
    # "davon sollen 300 in Gao bleiben": an auxiliary after the word of a share
    r"(?:(?:(?<=(?i:darunter)\s)|(?<=(?i:davon)\s))(?i:werden|würden|sollen|sollten|dürften|sind|waren|seien|wären)\s+)?"
    # ", mit rund 18 500 im Sudan": the share of another place, told with "mit" like the count before
    r"(?:(?i:mit)\s+)?"
    r"(?:(?i:später|möglicherweise|dann|danach|anschließend|zuletzt|heute|inzwischen|mittlerweile|jetzt|nun|bald|"
    r"künftig|langfristig|eventuell|vielleicht|sogar|schon|bereits|zunächst|later|eventually|possibly|perhaps|"
    # "600 000 aktive Militärs, aber nur 150.000 waren im Einsatz"
    r"doch|aber|jedoch|nicht einmal|lediglich|nur|kaum|immerhin|allerdings|auch|allein|alleine|"
    r"then|now|plus tard|puis|ensuite|"
    # "600 au Tchad, déjà 400 en Guinée"
    r"déjà|encore|aussi|seulement|already|still|also|only)\s+){0,2}"
    # "rund 90 Soldaten versorgt, seit Jahresbeginn über 400": a time phrase before it
    r"(?:(?i:seit|bis|ab|im|nach|since|until|depuis)\s+[\w-]+\s+)?"
    # "30 000 US-Soldaten, fünf Jahre danach 21 000": a span of time before it
    r"(?:[\w-]+\s+(?i:jahre|jahren|monate|monaten|wochen|tage|tagen|years|months|ans|mois)\s+"
    r"(?i:später|danach|darauf|zuvor|davor|later|after|plus tard)\s+)?[\"“«„]?\Z"
)
# "600 au Tchad (soit 1 400 ...)", "(dont 200 ...)": a bracket opened on a share of the troops just counted
_BRACKETED_SHARE_OPEN = re.compile(r"\(\s*(?=(?i:soit|dont|including|of whom|i\.e\.)\s+\Z)")
# ... or before the word that joins the next count: "in die KFOR (Kosovo) bzw. bis zu 400 in ..."
_BRACKET_ASIDE = re.compile(
    r"\s*\([^()\d]*\)(?=\s*,|\s+(?i:und|oder|sowie|bzw\.|beziehungsweise|and|or|et|ou)\s)"
)
# the full stop of "bzw." ends no clause
_ABBREVIATED_OR = re.compile(r"(?<![\w])(?i:bzw)\.")
_BRACKET_CLOSED_BEFORE_LIST = re.compile(r"\A([^()]*)\)(?=\s*,)")
# How far after the count before it an elliptical count may stand ("600 militaires belges, selon le plan,
# en Roumanie et quelque 300 en Estonie").
_ELLIPSIS_REACH = 120
# "darunter 869 Frauen": the women among the troops just counted
_SUBSET_BEFORE = re.compile(
    r"(?:(?<![\w])(?i:darunter|davon|unter ihnen)(?:\s+(?i:auch|allein))?|[,–—-]\s*(?i:allein|darunter auch))\s+\Z"
)
# "darunter 300 aus Italien", "allein 2.500 von der Marine": the share of a country
# or an army among the troops just counted
_FROM_AFTER = re.compile(r"\s+(?i:aus|von der|von den|vom)\s+(?:(?i:dem|der|den)\s+)?[A-ZÄÖÜ][\w-]+")
_WOMEN_OR_MEN_AFTER = re.compile(
    # "87 Soldaten fielen, unter ihnen 12 EU-Bürger": the citizens of a nation among them
    r"\s+(?:(?i:frauen|männer|mitglieder|angehörige|häftlinge|sträflinge|[\w-]*bürger|[\w-]*bürgerinnen)"
    # "123 Soldaten des Bataillons – davon 49 Tiroler": the men of a region among them (not vehicles in -er)
    r"|(?!(?:Panzer|Hubschrauber|Transporter|Container|Bomber|Kipper|Laster|Schlepper)\b)[A-ZÄÖÜ][a-zäöü]{2,}er(?:innen)?)"
    r"(?![\w-])"
)
# "ungefähr 10.000 Vertragssoldaten ... und weitere 10.000 Häftlinge": more fighters, recruited from prisons
_MORE_PRISONERS = re.compile(r"(?<![\w])(?i:weitere|weiteren)\s+\Z")
_PRISONERS_AFTER = re.compile(r"\s+(?i:häftlinge|sträflinge)(?![\w-])")
# "die Zahl der gefallenen Argentinier": the fallen of a nation
_NUMBER_OF_FALLEN = re.compile(
    r"(?<![\w])(?i:zahl)\s+(?i:der)\s+(?i:gefallenen|getöteten|toten|verwundeten|verletzten|vermissten)\s+"
    r"(?P<who>[A-ZÄÖÜ]\w+)"
)
# "Etwa 45.000 wurden ...": a count opening a sentence as the subject of its verb
_SUBJECT_VERB_AFTER = re.compile(
    r"\s+(?i:wurden|sind|waren|seien|sollen|sollten|werden|haben|hatten|kehrten|kamen|stehen|standen|bleiben|"
    r"blieben|dienen|dienten|befinden|befanden)(?![\w])"
)
_BRACKET_OPEN = re.compile(r"\s*(?:[\w-]+\s+)?\(\s*(?:[A-ZÄÖÜa-zäöü][\w.-]*\s+){0,2}")
_BRACKET_CLOSE = re.compile(r"\s*\)")
# "(Stand: 2020)", "zwischen 1979 und 1989", "von 2014 bis 2021": what makes a four-digit number a year
_YEAR_CUE_BEFORE = re.compile(
    r"(?:(?<![\w])(?i:stand|stichtag|jahr|jahres|jahresende|ende|anfang|mitte|seit|bis|ab|im|in|from|since|until|"
    # "de 20 000 à 35 000 d'ici à 2030": a deadline
    r"in the year|en|depuis|jusqu['’]en|d['’]ici|d['’]ici à|l['’]horizon)\s*:?\s*|(?<![\d.,])(?:19|20)\d\d\s*(?:[-–]|(?i:und|bis|and|to|et|à))\s*"
    # "by January 15, 2021,", "le 24 janvier 2013": the year of a date
    r"|(?<![\w])(?i:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:\s+\d{1,2})?,?\s+)\Z"
)
_DATE_WORD_BEFORE = re.compile(
    r"(?<![\w])(?i:datum|termin|frist|zeitpunkt|zieldatum|stichtag)\b[^.;:!?]{0,60}\Z"
)
_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?i:die|den)\s+\Z")
_VERB_IT_AFTER = re.compile(
    r"\s+(?i:waren|sind|sollen|sollten|werden|würden|wären|dürften|könnten|seien|war|ist|soll|wird|lag|liegt)"
    r"\s+(?i:es|sie|dies|das)(?![\w])"
)
_VOTES_AFTER = re.compile(
    r"\s+(?i:dagegen|dafür|enthielten|enthielt|stimmten|votierten|in favou?r|abstained)(?![\w])"
    # "300 pour, 200 contre": a vote ends on the next figure or the clause; "1 500 contre l'EI" is a share of troops
    r"|\s+(?i:against|contre|pour)(?=\s*(?:\d|[,;.]|\Z))"
)
_CASUALTY_AND_COUNT = re.compile(r"\s+(?i:und|sowie)\s+\d[\d.,]*(?=\s)")
_CHANGE_FROM_BEFORE = re.compile(r"(?<![\w])(?i:von|from|de|zwischen|between)\s+(?:\w+\s+)?\Z")
_AMONG = re.compile(r"(?<![\w])(?i:darunter|unter ihnen|among them|including|dont|parmi eux)(?![\w])")
_PEOPLE_COUNT = re.compile(
    rf"\d[\d.,\u202f\u00a0 ]*\s+(?i:{MENSCHEN}|{CIVILIANS}|{PEOPLE})(?![\w])"
    # "still hold 25 hostages, including nine Filipinos": the demonyms count captives
    rf"|\d[\d.,\u202f\u00a0 ]*\s+(?:[^\W\d_]+\s+){{0,2}}?(?i:{HOSTAGES}|geiseln)(?![\w])"
)
_CIVIL_NOUN = re.compile(
    r"(?i:zivil\w*|polizist\w*|\w*mitarbeiter\w*|\w*angestellte\w*|\w*beschäftigte\w*|familienangehörige\w*|"
    rf"{MENSCHEN}|civilians|police\w*|staff|civils)"
)
# ... the dead as the noun, not a total of a whole war ("Gesamtzahl der Toten des Konflikts") nor an adjective
# ("die Zahl der getöteten Palästinenser")
# ("die Gesamtzahl an Gefallenen und Verwundeten der Brigade": a compound, "an", the dead and the wounded)
_DEAD_WORD = r"(?i:getöteten|toten|gefallenen|verwundeten|verletzten|todesopfer|opfer)"
_NUMBER_OF_THE_DEAD = re.compile(
    r"(?<![\w])(?i:zahl|anzahl|gesamtzahl)\s+(?i:der|an)\s+(?:[a-zäöüß]\w*\s+)?"
    rf"{_DEAD_WORD}(?:\s+(?i:oder|und)\s+{_DEAD_WORD})?(?![\w])"
    r"(?!\s+[A-ZÄÖÜ]|\s+(?i:des|der|im|in)\s)"
)
_UM_BEFORE = re.compile(r"\s(?i:um)\s+\Z")
# "Truppenzahl", "Soldatenzahl", "Mannschaftsstärke": a number word that names the troops it counts
_TROOP_NUMBER_WORD = re.compile(
    r"(?i:truppen|soldaten|mannschafts|heeres|armee|kämpfer|streitkräfte)(?:zahl|anzahl|stärke|bestand|umfang)\w*(?![\w])"
)
_NOUN_THEN_BRACKET = re.compile(r"([A-ZÄÖÜ][\w-]*)\s*\(\s*\Z")
_NOUN_THEN_SEMICOLON = re.compile(r"\s+[\w-]+\s*;\s+")
_OPENING_QUOTE_END = re.compile(r"[\"“«„]\s*\Z")
# "the number of drones intercepted ... : 508": a figure put on something other than troops.
_NUMBER_OF = re.compile(
    r"(?<![\w])(?i:number|nombre|total|bilan|toll|tally|figure|chiffre)\s+(?i:of(?:\s+the)?|de|d['’]|des)\s*"
    r"(?P<what>(?:[\w.'’-]+\s+){0,2}[\w.'’-]+)"
)
_NUMBER_OF_DE = re.compile(r"(?<![\w])(?i:zahl|anzahl|gesamtzahl)\s+(?i:der|an|von)\s+(?P<what>[\w-]+)")
# what such a number counts when it is not people: units, vehicles, places, operations (people of any name, the
# volunteers, attackers or members of a force, are left to the troops named before)
_UNITS_OR_THINGS = re.compile(
    r"(?:[\w]+-)*\w*(?i:brigaden|bataillone|divisionen|kompanien|regimenter|einheiten|verbände|panzer|fahrzeuge|"
    r"flugzeuge|hubschrauber|schiffe|drohnen|raketen|stützpunkte|standorte|kasernen|missionen|einsätze|angriffe)"
)
# "le nombre de morts parmi les soldats", "the number of casualties": a figure of troop losses.
_LOSSES = re.compile(
    r"(?i:morts?|tués|victimes|pertes|décès|blessés|dead|killed|deaths|casualties|losses|wounded|tote\w*|opfer|"
    r"verluste|gefallene\w*|verletzte\w*)(?![\w])"
)
_PERSONS = re.compile(rf"(?i:membres?|members?|mitglieder\w*|{PEOPLE}|personen|{MEN})(?![\w])")
# A count of people who are no troops before this one ("12 000 policiers ... dont 5 000"): a bare count
# refers to it.
_OTHER_COUNT = re.compile(
    r"(?<![\d.,])\d(?:[\d.,\u202f\u00a0 ]*\d)?\s+(?:[^\W\d_]+\s+){0,2}?"
    rf"(?i:{POLICE}|civil\w*|{PEOPLE}|{NOT_TROOPS_DE}|{REFUGEES}|"
    rf"manifestants|protesters|demonstrant\w*|{HOSTAGES}|geisel\w*|détenus|detainees|häftling\w*|"
    rf"{WOMEN_CHILDREN}|"
    # "7000 deutsche Ortskräfte ..., es sollen 12 000 sein": civilian staff of an army
    r"ortskräfte|zivilbeschäftigte\w*|\w*arbeiter|\w*arbeitern|angestellte|angestellten|mitarbeiter\w*)(?![\w])"
)
_COPULA_ES = re.compile(r"(?<![\w])(?i:es|they|ils|elles)(?![\w])")
_OTHER_LOSSES = re.compile(
    # ("64 Soldaten und drei Zivilisten ..., Hunderte wurden verletzt": a German number word before the others)
    r"(?:\d[\d.,\u202f\u00a0 ]*|(?<![\w])(?i:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf))\s+"
    rf"(?i:morts|tués|blessés|dead|killed|wounded|tote|{PEOPLE}|menschen|{CIVILIANS})(?![\w])"
)
_COPULA_AFTER = re.compile(
    r"\s+(?i:were|was|are|being|étaient|sont|était|waren|sind|war)(?:\s+(?i:des|les|de|d['’]))?(?=\s|(?<=['’]))"
)
# A sentence whose subject refers back ("Ce nombre est passé à ...", "These troops ..."): troops of the one before.
_MORE_START = re.compile(r"[\s«“\"]*(?:Weitere|Zusätzliche)\b")
_ANAPHORIC_START = re.compile(
    # "Weitere 500 sollen folgen": more of the troops of the sentence before
    r"[\s«“\"]*(?:Ce|Cet|Cette|Ces|Leur|Leurs|Ses|This|That|These|Those|Their|Its|Dieser?|Diese|Ihre?|Weitere|Zusätzliche)\b"
)
# "members of the 3rd Infantry Division", "Dozens more from the 10th Mountain Division": a unit as the head.
_UNIT_NAME = (
    r"(?:(?:U\.?S\.?|US)\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w.-]*\s+){0,3}?"
    r"(?:Division|Brigade|Regiment|Battalion|Corps|Airborne|Infantry|Marines?|Fleet|Legion|Army|Navy|Guard)\b"
)
_UNIT_HEAD = re.compile(
    rf"(?:\s+(?i:more|others?|additional))?\s+(?:of|from|off)\s+the\s+{_UNIT_NAME}"
    r"|(?:\s+autres)?\s+(?:du|de la)\s+\d+(?:e|ème|er)\s+(?i:régiment|bataillon|brigade|division|escadron)\b"
)
_UNIT_AFTER_OF = re.compile(_UNIT_NAME)
# "Three other Kenyans", "300 autres Britanniques": words that may stand between a count and a demonym head.
_OF_BEFORE = re.compile(r"(?i:of|de|d['’])\s*\Z")
_DEMONYM_GAP = re.compile(
    r"\s+(?:(?i:other|more|additional|further|autres|weitere|andere)\s+)?(?:(?i:of|de|d['’])(?:\s+|(?<=['’])))?"
)
_CASUALTY_WORD = re.compile(
    r"(?i:kill\w*|dead|died|die|deaths?|wounded|injur\w*|hurt|casualt\w*|captured|missing|tué\w*|mort\w*|"
    r"bless\w*|victimes?|décè\w*|décéd\w*|péri\w*|captur\w*|disparu\w*)"
)
# Organisations of armed forces named in a member phrase: "375 Air Guard members", "800,000 reserve members".
_MILITARY_ORG = re.compile(
    r"(?i:\b(?:guard|army|navy|marines?|air force|military|reserves?|armed forces|armée|militaires?|réserve)\b)"
)
# "340 weniger als im Vorjahr": a difference in the troops of the sentence before (no number follows "als")
_DIFFERENCE_AFTER = re.compile(r"\s+(?i:mehr|weniger)\s+(?i:als)(?!\s+(?:\w+\s+)?\d)")
# "knapp 18.800 zur Truppe stießen", "5.000 in der Armee": people counted as they join or serve in an army
_ARMY_WORDS_AFTER = r"(?i:truppe|armee|bundeswehr|streitkräften?|bundesheer|heer|marine|luftwaffe)(?![\w-])"
_ARMY_NOUN = re.compile(_ARMY_WORDS_AFTER)
_INTO_ARMY_AFTER = re.compile(
    rf"\s+(?i:zur|zum|in die|in der|in den|bei der|beim|im)\s+(?P<noun>{_ARMY_WORDS_AFTER})"
)
# "von der Armee 95 zur Armee XXI": a number naming an army or a unit, not counting its soldiers
_ARMY_NAMED_BY_NUMBER = re.compile(r"(?i:armee|heer|korps|division|brigade|regiment|bataillon)\s+\Z")
# "rund 4.200 Menschen bei Heer und Marine": people of an army are its troops
_PEOPLE_IN_ARMY = re.compile(
    rf"\s+(?P<noun>(?i:{MENSCHEN}))\s+(?i:bei|in|zur|zum)\s+(?:(?i:der|dem|den|die)\s+)?{_ARMY_WORDS_AFTER}"
    # ("gut 9.000 Menschen sind bei den Streitkräften angestellt": employees, civilians among them)
    r"(?!\s+(?:\w+\s+)?(?i:beschäftigt|angestellt)(?![\w-]))"
)

# "In der ukrainischen Armee dienen 40.000 Frauen", "5000 Frauen seien an vorderster Front": people named as serving
# in an army in their own clause are its troops (women, men, a people's women).
_PEOPLE_SERVING_NOUN = re.compile(
    # "800 Ausländer in der Armee", "600 Freiwillige im Heer": foreigners or volunteers serving
    rf"(?:\s+[a-zäöüß]\w*(?:e|en))?\s+(?P<noun>(?i:frauen|männer|{MENSCHEN}|mitglieder|ausländer|freiwillige)|"
    r"[A-ZÄÖÜ]\w+innen)"
    r"(?![\w-])"
)
# "gut 9.000 Menschen sind bei den Streitkräften angestellt": employees, civilians among them, not troops
_EMPLOYED = re.compile(r"(?<![\w-])(?i:beschäftigt|angestellt)(?![\w-])")
_EMPLOYED_AFTER = re.compile(r"(?:\s+[\w-]+){0,4}?\s+(?i:beschäftigt|angestellt)(?![\w-])")
_SERVING = re.compile(
    # "in finnischen Streitkräften": the article may be left out before an adjective
    r"(?<![\w-])(?i:(?:in|bei)\s+(?:(?:der|den|dem)\s+|(?=[a-zäöüß]\w*en\s))(?:[\w-]+\s+){0,2}?"
    r"(?:armee|streitkräften|bundeswehr|truppe|truppen|heer|marine|luftwaffe|militär|verteidigungskräften|"
    r"\w*brigaden?|\w*milizen|verbänden)|"
    # "Zur Mission gehören 190 Frauen": of a mission or contingent
    r"(?:zur|zum)\s+(?:[\w-]+\s+){0,2}?(?:mission|kontingent|truppe|einsatz)|"
    r"im\s+(?:[\w-]+\s+){0,2}?(?:militär|heer|kampfeinsatz|fronteinsatz|offiziersrang|militärdienst|wehrdienst)|"
    r"an\s+(?:der|vorderster)\s+front|"
    # "200.000 Menschen nehmen an Kampfhandlungen teil": people taking part in the fighting
    r"an\s+(?:den\s+)?(?:kampfhandlungen|kämpfen|gefechten|kampfeinsätzen)|"
    # "27.000 Menschen im Monat in die Streitkräfte mobilisieren": people drafted into an army
    r"in\s+die\s+(?:[\w-]+\s+){0,2}?(?:armee|streitkräfte|truppe|truppen|reihen\s+der\s+armee))(?![\w-])"
)
# "..., das sind rund 5000": a figure put on what the clause before named
_THAT_IS_BEFORE = re.compile(r"(?<![\w])(?i:das|dies)\s+(?i:sind|seien|wären|waren)\s+\Z")
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.;!?)]|,\s|\Z)")
_MEMBER_WORD = re.compile(r"(?<![\w-])(?:[\w]+-)*(?i:mitglieder\w*|anhänger\w*)(?![\w])")
_JOINED_COUNT_AFTER = re.compile(r"\s+(?i:und|sowie)\s+\d[\d.,]*")
_CLAUSE_SEPARATOR = re.compile(r"[,;:!?()\"“”„«»–—]|(?<!\d)\.")


def _military(ctx: _Context, start: int, named: bool = True) -> bool:
    """A military word near the count (two sentences before it to the one after) licenses weak nouns such as
    "men" or "Mann": a news story about an army names it once, not in every sentence."""
    g, spans = ctx.g, ctx.sentences.spans
    index = ctx.sentences.index_of(start)
    s, e = spans[max(0, index - 2)][0], spans[min(len(spans) - 1, index + 1)][1]
    if g.military_context.search(ctx.text, s, e) or g.troop_anywhere.search(ctx.text, s, e):
        return True
    if not named:
        return False
    # A mission or an armed group named nearby is a military word too ("la Finul compte 2 000 hommes").
    names = mission_names()
    return any(
        info.place.armed_group or ctx.text[info.place.start : info.place.end] in names
        for i in range(max(0, index - 2), min(len(spans), index + 2))
        for info in ctx.places(i)
    )


# Men exempted or rejected from service in the count's clause are no troops
_EXEMPT_AFTER = re.compile(
    r"(?:[^.;:!?,]|\.(?=\d)){0,80}?\s(?i:freigestellt|befreit|ausgemustert|untauglich|zurückgestellt|exempted|exemptés?)"
    r"(?![\w])"
)


def _civil_protection(ctx: _Context, start: int) -> bool:
    """Fire brigades, rescue or police named in the sentence or the one before, and no army."""
    spans = ctx.sentences.spans
    index = ctx.sentences.index_of(start)
    s, e = spans[max(0, index - 1)][0], spans[index][1]
    text = ctx.text
    return bool(_CIVIL_PROTECTION.search(text, s, e)) and not _ARMY_NAMED.search(text, s, e)


def _noun_head(ctx: _Context, c: _Count, at: int, noun_end: int | None = None) -> _Head | None:
    """A troop noun after the count (or after `at`): "5,000 soldiers", "4,500 of the 28,500 troops"."""
    follow = ctx.g.follow.match(ctx.text, at)
    if follow is None:
        return None
    partitive = at != c.end or _OF_IN_MODIFIERS.search(follow.group("mods"))
    if partitive and _POSSESSIVE_AFTER.match(ctx.text, follow.end()):
        return None  # "three of the rebels' camps": the count is of what the troops own
    noun = follow.group("noun")
    # "three civilian fighters": the noun names armed men; "civilian" is only barred before it
    police_end = follow.start("noun") if _CIVILIAN_FIGHTERS.fullmatch(noun) else follow.end()
    if (
        _POLICE.search(ctx.text, c.end, police_end)
        or _POLICE_AFTER.match(ctx.text, follow.end())
        or _CIVILIANS_JOINED.match(ctx.text, follow.end())
        or _CIVIL_ADJECTIVE_AFTER.match(ctx.text, follow.end())
        or _VEHICLE_AFTER.match(ctx.text, follow.end())
    ):
        return None
    weak = bool(ctx.g.weak_noun.match(noun))
    if weak and (
        _weak_out_of_context(ctx, c, noun, follow.end())
        or _cohort(ctx, c, follow.end())
        # "1,2 Millionen wehrpflichtige Männer ... sind vom Kriegsdienst freigestellt": men exempted
        or _EXEMPT_AFTER.match(ctx.text, follow.end())
    ):
        return None
    if _FORCES_WORD.fullmatch(noun) and _civil_protection(ctx, c.start):
        return None
    if _PEOPLE_WORD.fullmatch(noun) and (
        _SUBSET_AFTER.match(ctx.text, follow.end())
        # "9.000 Personen sind beim Heer beschäftigt": its employees, civilians among them
        or _EMPLOYED_AFTER.match(ctx.text, follow.end())
    ):
        return None  # "870 500 Personen, insbesondere 600.000 Soldaten": a total of staff, not of troops
    if _police_story(ctx, c, noun):
        return None
    if _RELATIVES.fullmatch(noun) and _RELATIVES_AFTER.match(ctx.text, follow.end()):
        return None  # "400 Angehörige und Kinder der Matrosen": the families of troops, not troops
    if _room_for(ctx, c, noun):
        return None  # "Zelte für je 20 bis 40 Personen": the room of a thing, not people counted
    if _people_not_troops(ctx, c, noun):
        return None  # "20 Personen getötet": people killed are no troop count unless the text says they were
    if _PARTICIPANTS.fullmatch(noun) and not _named_nearby(ctx, c.start, _EXERCISE):
        return None  # "300 Teilnehmer der Sicherheitskonferenz": the participants of something else
    return _Head("noun", noun, follow.end() if noun_end is None else noun_end, weak)


# "Die 35 Personen im Bus waren keine Zivilisten, es handelte sich um Rekruten": the text says the people are troops
_SAID_TO_BE = re.compile(
    r"(?<![\w])(?i:handel\w*)\s+(?:(?i:es)\s+)?(?i:sich)\s+(?:[\w-]+\s+){0,4}?(?i:um)\s+"
)


def _people_not_troops(ctx: _Context, c: _Count, noun: str) -> bool:
    if not _PEOPLE.fullmatch(noun):
        return False
    sentence = ctx.sentence_text(c.start)
    if not _PEOPLE_NOT_TROOPS.search(sentence):
        return False
    said = _SAID_TO_BE.search(sentence)
    troops = said and ctx.g.troop_anywhere.match(sentence, said.end())
    return not (troops and not ctx.g.weak_noun.match(troops.group()))


_HOST_OF_MEN = re.compile(r"(?i:mann)")
_WORKFORCE_OR_CROWD = re.compile(
    r"(?<![\w])(?i:beschäftig\w*|belegschaft\w*|firma|firmen|konzern\w*|unternehmen\w*|werk|werken|stadion\w*|"
    r"fans?|zuschauer\w*|publikum|demonstr\w*|kundgebung\w*)(?![\w])"
)


# "4 000 hommes seront mobilisés pour le défilé. Les policiers ...", "dix escadrons de gendarmerie, soit 800 hommes":
# men of the police or the gendarmerie keeping order, named in the sentence or the next
_KEEPING_ORDER_FR = re.compile(
    rf"(?<![\w])(?i:{POLICE}|forces de l['’]ordre|maintien de l['’]ordre|ordre public|CRS|"
    r"compagnies républicaines)"
)


# ... unless soldiers or an army's body are named with them ("dont 28 soldats et 4 policiers", "le contingent
# tchadien compte 1 400 hommes. Vingt policiers ...")
_ARMY_BODY_FR = re.compile(
    r"(?<![\w])(?i:contingents?|bataillons?|régiments?|brigades?|détachements?|armées?|soldats?|troupes|"
    r"casques bleus|légionnaires|parachutistes)(?![\w])"
)


def _order_forces_fr(ctx: _Context, c: _Count) -> bool:
    index = ctx.sentences.index_of(c.start)
    s, e = ctx.sentences.spans[index]
    after = ctx.sentences.spans[min(index + 1, len(ctx.sentences.spans) - 1)][1]
    return bool(_KEEPING_ORDER_FR.search(ctx.text, s, after)) and not (
        ctx.g.army_named.search(ctx.text, s, e) or _ARMY_BODY_FR.search(ctx.text, s, e)
    )


# "Ein Jahrgang umfasst rund 280.000 junge Männer": the men of a year of birth or of a population, whom an army may
# draft, are people, not troops
# (the subject of a verb of size: "Aus dem Jahrgang wurden 9.000 Männer eingezogen" counts conscripts)
_COHORT = re.compile(
    r"(?<![\w-])(?i:\w*jahrgang|\w*jahrgänge|bevölkerung|einwohnerschaft)(?:\s+\d{4})?\s+"
    r"(?i:umfasst|umfassen|umfasste|zählt|zählen|zählte|hat|haben|hatte)\s+(?:[\w-]+\s+){0,2}?\Z"
)


# ... or named after them: "rund 600.000 Personen eines Jahrgangs"
_OF_COHORT_AFTER = re.compile(
    r"\s+(?i:eines|des|dieses|jedes|der|aus dem|aus den)\s+(?:[\w-]+\s+)?(?i:\w*jahrgangs|\w*jahrgänge)"
)


def _cohort(ctx: _Context, c: _Count, noun_end: int) -> bool:
    return ctx.lang == "de" and bool(
        _COHORT.search(ctx.text, max(0, c.start - 70), c.start) or _OF_COHORT_AFTER.match(ctx.text, noun_end)
    )


def _weak_out_of_context(ctx: _Context, c: _Count, noun: str, noun_end: int) -> bool:
    """A weak noun ("Mann", "Teilnehmer") counts troops only in a military sentence, or as the participants of an
    exercise named nearby ("An der Übung nehmen 3.000 Teilnehmer aus zehn Nationen teil")."""
    if ctx.lang == "fr" and _order_forces_fr(ctx, c):
        return True
    if _military(ctx, c.start) or _bracket_after_country(ctx, c, noun_end):
        return False
    if _HOST_OF_MEN.fullmatch(noun) and max(c.low or 0, c.high or 0) >= 10_000:
        # "Drei Millionen Mann standen bereit": "Mann" after a figure this large is the strength of an army
        # (unless police, a workforce or a crowd: "beschäftigt 12.000 Mann", "15.000 Mann vor dem Stadion")
        sentence = ctx.sentence_text(c.start)
        return bool(
            _POLICE.search(sentence) or _CIVIL_NOUN.search(sentence) or _WORKFORCE_OR_CROWD.search(sentence)
        )
    exercise = _PARTICIPANTS.fullmatch(noun) and _named_nearby(ctx, c.start, _EXERCISE)
    return not (
        exercise and not _civil_protection(ctx, c.start) and not _POLICE.search(ctx.sentence_text(c.start))
    )


def _room_for(ctx: _Context, c: _Count, noun: str) -> bool:
    if _PEOPLE.fullmatch(noun) and _CAPACITY_BEFORE.search(ctx.text, max(0, c.start - 24), c.start):
        return True
    return ctx.lang == "de" and bool(_LODGING_FOR_BEFORE.search(ctx.text, max(0, c.start - 60), c.start))


# "Les États-Unis (4 000 hommes) et le Japon", "la base américaine (900 men)": a country's men given in brackets
# after its name are its troops
_OPEN_BRACKET_BEFORE = re.compile(r"\s*\(\s*\Z")
_CLOSE_BRACKET_AFTER = re.compile(r"\s*\)")


def _bracket_after_country(ctx: _Context, c: _Count, noun_end: int) -> bool:
    if ctx.lang not in ("en", "fr") or not _CLOSE_BRACKET_AFTER.match(ctx.text, noun_end):
        return False
    bracket = _OPEN_BRACKET_BEFORE.search(ctx.text, max(0, c.start - 4), c.start)
    if bracket is None:
        return False
    index = ctx.sentences.index_of(c.start)
    return any(info.place.end == bracket.start() and not info.place.region for info in ctx.places(index))


_OFFICERS = re.compile(r"(?i:officers)")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s+[a-z]")
_OF_IN_MODIFIERS = re.compile(r"(?<![\w])(?i:of|de|des|d['’])(?![\w])")


def _named_nearby(ctx: _Context, start: int, words: re.Pattern[str]) -> bool:
    """Words named in the count's sentence or the one before it (police, an exercise)."""
    index = ctx.sentences.index_of(start)
    s, e = ctx.sentences.spans[max(0, index - 1)][0], ctx.sentences.spans[index][1]
    return bool(words.search(ctx.text, s, e))


def _group_at(ctx: _Context, start: int, end: int) -> Place | None:
    index = ctx.sentences.index_of(start)
    for info in ctx.places(index):
        p = info.place
        if start <= p.start < end and p.actor_only:
            return p
    return None


def _member_head(ctx: _Context, c: _Count, at: int | None = None) -> _Head | None:
    """Members of a group named in the phrase ("228 Hezbollah members", "1 046 membres du groupe EI") or
    before it in the sentence ("Hamas has 25,000 members", "le Hezbollah ... deux de ses membres")."""
    member = ctx.g.member.match(ctx.text, c.end if at is None else at)
    if member is None:
        return None
    noun = member.group("noun")
    noun_end = member.end() if at is None else c.end
    index = ctx.sentences.index_of(c.start)
    named_before = _group_before(ctx, index, c.start) or _mission_before(ctx, index, c.start)
    if named_before is None and index > 0 and _POSSESSIVE_MODS.search(member.group("mods")):
        # "La Minusma compte 12 000 soldats. Depuis 2013, 186 de ses membres sont morts": "its members" of the
        # mission or armed group the sentence before is about
        end = ctx.sentences.spans[index - 1][1]
        body = _group_before(ctx, index - 1, end) or _mission_before(ctx, index - 1, end)
        if body is not None:
            # the body named before is whose members they are
            named = re.compile(re.escape(ctx.text[body.start : body.end])).match(ctx.text, body.start)
            return _Head(
                "noun", member.group("noun"), member.end() if at is None else c.end, antecedent=named
            )
    if named_before is None and at is None and _group_lost_members(ctx, c, index):
        return _Head("noun", member.group("noun"), member.end())
    if military := _MILITARY_ORG.search(member.group("mods")):
        # "375 Air Guard members": members of an armed force, whose owner is found like any soldiers'
        return _Head("noun", military.group(), noun_end)
    if _group_at(ctx, c.end, member.start("noun")) or compound_actor(noun) or named_before:
        return _Head("noun", noun, noun_end)
    # ("The Navy has 40 members of Congress on its side": members of something else)
    if (
        at is None
        and _army_has(ctx, c)
        and (ctx.lang == "de" or not ctx.g.member_of.match(ctx.text, member.end()))
    ):
        return _Head("noun", noun, noun_end)
    if armed := _ARMED_GROUP_AFTER.match(ctx.text, member.end()):
        return _Head("noun", noun, armed.end() if at is None else c.end)
    of = ctx.g.member_of.match(ctx.text, member.end())
    if of and (unit := _UNIT_AFTER_OF.match(ctx.text, of.end())):
        # "40 members of the 2nd Cavalry Regiment": a unit's members are soldiers
        return _Head("noun", unit.group().split()[-1], unit.end() if at is None else c.end)
    group = of and _group_at(ctx, of.end(), of.end() + 1)
    if group:
        return _Head("noun", noun, group.end if at is None else c.end)
    generic = of and (
        _GENERIC_GROUP.match(ctx.text, of.end())
        or _GENERIC_GROUP.search(ctx.text, of.start(), of.end())
        or (ctx.lang in ("en", "fr") and _ARMED_SERVICE.match(ctx.text, of.end()))
        or (ctx.lang == "en" and _NATION_FORCES_AFTER.match(ctx.text, member.end()))
    )
    return _Head("noun", noun, generic.end() if at is None else c.end) if generic else None


_POSSESSIVE_MODS = re.compile(r"(?<![\w])(?i:ses|leurs|its|their)(?![\w])")


# "le groupe ... aurait perdu jusqu'à 4 000 membres", "the militia has lost some 900 members": an armed group named
# by its kind, the subject of losing its members
_LOST_BEFORE = re.compile(r"(?<![\w])(?i:perdu|perd|perdait|perdrait|perdit|lost|loses|losing)\s+\Z")
_GROUP_SUBJECT = re.compile(
    r"(?<![\w])(?i:le\s+groupe|la\s+milice|le\s+mouvement|la\s+formation|the\s+group|the\s+militia|"
    r"the\s+movement)(?![\w])"
)


def _group_lost_members(ctx: _Context, c: _Count, index: int) -> bool:
    if ctx.lang not in ("en", "fr") or not _LOST_BEFORE.search(ctx.text, max(0, c.start - 12), c.start):
        return False
    s = ctx.sentences.spans[index][0]
    return bool(_GROUP_SUBJECT.search(ctx.text, max(s, c.start - 160), c.start))


# "trente membres du groupe armé ougandais ADF": French puts the group's kind after its noun
_ARMED_GROUP_AFTER = re.compile(
    r"\s+(?i:du|des|d['’]un|d['’]une|de\s+ce|de\s+ces)\s+(?i:groupes?|mouvements?|organisations?)\s+"
    r"(?i:armés?|jihadistes?|djihadistes?|islamistes?|terroristes?|rebelles?|insurgés?)(?![\w])"
)


# "135 membres de l'Aviation royale", "300 members of the Air Force": members of an armed service are troops
_ARMED_SERVICE = re.compile(
    r"(?i:army|navy|air force|armed forces|national guard|marine corps|armée|aviation|marine nationale|"
    r"garde nationale|forces armées|federal forces|forces fédérales)(?![\w])"
)
# "seven members of the Nigerian forces": the forces of a nation named by its adjective
_NATION_FORCES_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:an|ese|ish|i|ch)\s+(?:forces|military|troops)(?![\w'’])"
)


# "Die Armee verfügt heute über ca 600.000 Leute": the people an army has are its troops
_HAS_BEFORE = re.compile(
    r"(?<![\w])(?i:verfügt\w*\s+(?:[\w-]+\s+){0,5}?über|(?:zählt|umfasst)\w*"
    r"(?:\s+(?:derzeit|zurzeit|aktuell|heute|nun|jetzt|insgesamt|inzwischen|mittlerweile))?|besteht\s+aus|bestand\s+aus)\s+\Z"
)


# "The Ohio National Guard sent 250 members to the flooded counties": the members an army sends
_SENDS_OR_HAS_BEFORE = {
    "en": re.compile(
        r"(?<![\w])(?i:(?:is|are|was|were|will be) sending|sends|sent|will send|to send|deploy(?:s|ed|ing)?|"
        # (no "has": an army's members may count its civilian staff as well)
        r"dispatch(?:es|ed|ing)?)\s+\Z"
    ),
    "fr": re.compile(
        r"(?<![\w])(?i:envoie|envoient|envoyé|envoyait|envoyer|enverra|déploie|déploient|déployé|déployer|"
        r"compte|comptent|comptait|comptaient)\s+\Z"
    ),
}


def _army_has(ctx: _Context, c: _Count) -> bool:
    if ctx.lang in _SENDS_OR_HAS_BEFORE:
        has = _SENDS_OR_HAS_BEFORE[ctx.lang].search(ctx.text, max(0, c.start - 30), c.start)
    elif ctx.lang != "de":
        return False
    else:
        has = _HAS_BEFORE.search(ctx.text, max(0, c.start - 80), c.start)
    if has is None:
        return False
    s = ctx.sentences.spans[ctx.sentences.index_of(c.start)][0]
    army = _last(ctx.g.army_named.finditer(ctx.text, s, has.start()))
    if army is None and ctx.lang != "de":
        army = _last(_ARMED_SERVICE.finditer(ctx.text, s, has.start()))
    return army is not None and not _POLICE.search(ctx.text, s, c.start)


def _unit_head(ctx: _Context, c: _Count) -> _Head | None:
    """'Dozens more from the 10th Mountain Division': a military unit named as what the count is of."""
    unit = _UNIT_HEAD.match(ctx.text, c.end)
    return _Head("noun", "", unit.end()) if unit else None


def _demonym_head(ctx: _Context, c: _Count) -> _Head | None:
    """A demonym or armed group as the head: "300 Britanniques", "12 Taliban were killed"."""
    text = ctx.text
    # "500.000 weitere Ukrainer", "300 zusätzliche Briten", "Three other Kenyans": a word of more before the demonym
    dead = _DEAD_BEFORE_GROUP.match(text, c.end) if ctx.lang == "en" else None
    space = (
        dead
        or _MORE_BEFORE_DEMONYM.match(text, c.end)
        or (ctx.lang == "de" and _PARTICIPLE_BEFORE_DEMONYM.match(text, c.end))
        or (ctx.lang == "de" and _FATE_BEFORE_DEMONYM.match(text, c.end))
        or _DEMONYM_GAP.match(text, c.end)
    )
    found = space and place_pattern().match(text, space.end())
    if not found:
        return None
    form = place_forms()[found.group()]
    armed_group = form.code in group_codes()
    people_named_as_country = (ctx.lang == "de" and found.group() in _COUNTRY_NAMED_AS_PEOPLE) or (
        ctx.lang == "fr" and found.group() in french_people_shadowed()
    )
    if not (armed_group or form.adjective or people_named_as_country) or (dead and not armed_group):
        return None
    if ctx.lang == "de" and _ADJECTIVE_LIST_AFTER.match(text, found.end()):
        return None  # "12.000 serbische, kroatische und bosnische Zivilisten": one of a list of adjectives
    if not (
        ctx.g.demonym_end.match(text, found.end())
        or _SERVING_IN_ARMY_AFTER.match(text, found.end())
        or (ctx.lang == "en" and _IN_ACTION_AFTER.match(text, found.end()))
        or (ctx.lang == "de" and _joined_to_troops(ctx, found.end()))
        or (ctx.lang == "de" and _FELL_AFTER.match(text, found.end()))
    ):
        # "tausende Russen als Söldner": a demonym whose role follows
        as_role = _AS.match(text, found.end())
        role = as_role and ctx.g.follow.match(text, as_role.end())
        return _Head("noun", role.group("noun"), role.end()) if role else None
    if armed_group:
        return _Head("noun", found.group(), found.end())
    return _demonym_of_troops(ctx, c, space.group() if space else "", found, form.code)


# "Fast 900 Polen wurden ermordet", "300 Dänen verschleppt": people murdered, massacred or taken hostage are victims
# of the armed men, whose story names them, not soldiers of their nation
_MURDERED_AFTER = re.compile(
    r"\s+(?:(?i:wurden|werden|sind|seien|waren|wären|sollen)\s+)?(?:[a-zäöüß]\w*\s+){0,2}?"
    r"(?i:ermordet|massakriert|verschleppt|entführt|als\s+geiseln)(?![\w])"
)


# "In der Nacht sind 900 Russen gefallen": a nation's dead "fallen" are its soldiers
_FELL_AFTER = re.compile(
    r"\s+(?:(?i:sind|seien|waren|wären|sollen)\s+)?(?:[a-zäöüß]\w*\s+){0,2}?(?i:gefallen)(?:\s+(?i:sein))?\s*(?:[,.;:!?]|\Z)"
    # "Danach gingen 9.000 Österreicher in Gefangenschaft": a nation's men taken prisoner in a war are its soldiers
    r"|\s+(?i:gehen|gingen|geraten|gerieten|kamen|kommen)\s+(?:[a-zäöüß]\w*\s+){0,2}?"
    r"(?i:in\s+(?:[a-zäöüß]\w*\s+)?(?:kriegs)?gefangenschaft)(?![\w])"
)


# "120,000 Dutchmen were serving in the Indies", "9,000 Belgians stationed in Germany": a nation's people
# serving or stationed somewhere are its troops
_STATIONED_AFTER = re.compile(
    r"\s+(?:(?:were|are|was|is|had been|have been|remained|remain|still)\s+){0,2}(?:serving|stationed|garrisoned)"
    r"\s+(?:in|on|at|across|abroad|overseas)\b"
)


def _demonym_of_troops(ctx: _Context, c: _Count, gap: str, found: re.Match[str], code: str) -> _Head | None:
    """A state's demonym as the head, when the passage makes them troops rather than people."""
    if _OF_BEFORE.search(gap):
        return None  # "des milliers de Palestiniens", "thousands of Israelis": people, unless a group
    in_action = ctx.lang == "en" and _IN_ACTION_AFTER.match(ctx.text, found.end())
    if not (
        in_action
        or _military(ctx, c.start, named=False)
        or (ctx.lang == "de" and _FELL_AFTER.match(ctx.text, found.end()))
        or (ctx.lang == "en" and _STATIONED_AFTER.match(ctx.text, found.end()))
    ):
        return None  # a war story names its armed groups beside the civilians they kill: not enough here
    if _among_people_counted(ctx, c) or _SUBSET_COUNTED_AFTER.match(ctx.text, found.end()):
        return None  # "5347 Menschen in Sicherheit gebracht. Darunter waren ... rund 4000 Afghanen": people
    if ctx.lang == "de" and _EVACUATED.search(ctx.sentence_text(c.start)):
        return None  # "300 Deutsche haben die Soldaten ausgeflogen": citizens evacuated by troops
    if ctx.lang == "de" and _MURDERED_AFTER.match(ctx.text, found.end()):
        return (
            None  # "Fast 900 Polen wurden ermordet": a nation's people murdered or abducted, not its troops
        )
    # English plural demonyms ("10 Palestinians were killed") count civilians as often as troops: a casualty count
    # of them is one of troops only when troops of that country were just named ("four Ugandan
    # peacekeepers ... Four other Ugandans were injured").
    casualty = ctx.lang == "en" and _CASUALTY_WORD.search(ctx.sentence_text(c.start))
    if casualty and not (
        in_action
        or _troops_of(ctx, c, code)
        or _listed_after_troops(ctx, c)
        or _SERVING_IN_ARMY_AFTER.match(ctx.text, found.end())
    ):
        return None
    # "starben drei bis vier Millionen Koreaner": a nation's dead in millions are its people, soldiers
    # and civilians together
    if (
        ctx.lang == "de"
        and max(c.low or 0, c.high or 0) >= 1_000_000
        and _NATION_DEAD.search(ctx.sentence_text(c.start))
    ):
        return None
    return _Head("noun", found.group(), found.end())


# "140 Deutsche sowie 25 Soldaten der irakischen Armee": a demonym listed with a count of troops counts troops too
_JOINED_TO_COUNT = re.compile(
    r"\s*(?:,|\s(?i:und|sowie))\s+(?:(?i:rund|etwa|knapp|gut|über|mehr als)\s+)?\d[\d.,]*(?=\s)"
)


def _joined_to_troops(ctx: _Context, at: int) -> bool:
    joined = _JOINED_TO_COUNT.match(ctx.text, at)
    noun = ctx.g.follow.match(ctx.text, joined.end()) if joined else None
    return noun is not None and not ctx.g.weak_noun.match(noun.group("noun"))


# "1,200 Belgians killed in action", "400 Danes gave their lives": only troops fall in action
_IN_ACTION_AFTER = re.compile(
    r"\s+(?:(?i:were|was|had been|have been)\s+)?(?i:killed|wounded|missing|died)\s+(?i:in action|in combat)(?![\w])|"
    r"\s+(?i:gave|had given|have given)\s+their\s+lives(?![\w])"
)
# "30 Belgians serving with the Belgian army": people said to serve in an army
_SERVING_IN_ARMY_AFTER = re.compile(
    r"\s+(?i:serving|who served|who were serving|deployed)\s+(?i:with|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?i:army|forces?|defen[cs]e forces?|military|contingent|mission|corps|navy)(?![\w])"
)
# "210 Dutch troops and 1,500 Americans": a demonym joined to a count of troops is another army's share
_JOINED_AFTER_TROOPS = re.compile(r"(?:,|\s(?i:and|as well as|plus))\s+\Z")


def _listed_after_troops(ctx: _Context, c: _Count) -> bool:
    text = ctx.text
    joined = _JOINED_AFTER_TROOPS.search(text, max(0, c.start - 16), c.start)
    if joined is None:
        return False
    s = ctx.sentences.spans[ctx.sentences.index_of(c.start)][0]
    numbers = list(_NUMBER_BEFORE.finditer(text, max(s, c.start - 70), joined.start()))
    if not numbers:
        return False
    noun = ctx.g.follow.match(text, numbers[-1].end())
    # the troops before are named by their nation too ("Dutch troops"), so the list is one of armies
    return (
        noun is not None
        and noun.end() == joined.start()
        and place_pattern().search(text, numbers[-1].end(), noun.end()) is not None
    )


# "90.000 Polen", "400 Schweden": countries whose German name is also their people's plural; right after a count
# they are the people, not the place
_COUNTRY_NAMED_AS_PEOPLE = frozenset({"Polen", "Schweden"})


# Citizens flown out or rescued by troops: "300 Deutsche haben die Soldaten ausgeflogen"
_EVACUATED = re.compile(
    r"(?i:ausgeflogen|auszufliegen|ausfliegen|ausflog\w*|evakuier\w*|gerettet|in sicherheit gebracht|krisenliste)"
)
_NUMBER_BEFORE = re.compile(r"(?<![\w.,])\d[\d.,]*(?![\w.,]*\d)")


# "etwa 90 Franzosen starben, darunter 14 Angehörige der Sicherheitskräfte": people, among
# whom the troops are counted apart
_SUBSET_COUNTED_AFTER = re.compile(
    r"[^.;!?]{0,80}?,\s+(?i:darunter|unter ihnen|including|among them|dont)\s+(?:[^\W\d]+\s+){0,2}?\d[^.;!?]{0,40}?"
    r"(?i:soldat|soldier|militär|militaire|military|angehörige|sicherheitskräft|security|troops)"
)


_NATION_DEAD = re.compile(
    r"(?<![\w])(?i:das leben|ihr leben|ums leben|getötet|tote|tot|starben|gestorben|umgekommen|opfer)(?![\w])"
)


def _among_people_counted(ctx: _Context, c: _Count) -> bool:
    """The demonym counts part of the people (not troops) counted in this sentence or the one before."""
    text = ctx.text
    index = ctx.sentences.index_of(c.start)
    s = ctx.sentences.spans[max(0, index - 1)][0]
    sentence_start = ctx.sentences.spans[index][0]
    among = _last(_AMONG.finditer(text, sentence_start, c.start))
    if among is None:
        return False
    # "... und 900 UN-Soldaten getötet, darunter 300 Briten": a part of the troops counted right before it
    troops = _last(_NUMBER_BEFORE.finditer(text, sentence_start, among.start()))
    if (
        troops
        and ctx.g.follow.match(text, troops.end())
        and not _PEOPLE_COUNT.search(text, troops.start(), among.start())
    ):
        return False
    return bool(_PEOPLE_COUNT.search(text, s, c.start))


def _troops_of(ctx: _Context, c: _Count, code: str) -> bool:
    """Troops of country `code` named before the count, in its sentence or the one before."""
    index = ctx.sentences.index_of(c.start)
    for i in (index - 1, index) if index > 0 else (index,):
        for info in ctx.places(i):
            p = info.place
            if p.code == code and p.end <= c.start and ctx.g.follow.match(ctx.text, p.end):
                return True
    return False


# "«Ils sont 9.000 (Nord-Coréens) sur place»", "on parle de 30 (militaires) tués": the noun a quotation
# leaves out, added in brackets after the count
_BRACKET_NOUN_OPEN = re.compile(r"\s*\(\s*")
_BRACKET_NOUN_CLOSE = re.compile(r"\s*\)")


def _bracketed_noun_head(ctx: _Context, c: _Count) -> _Head | None:
    if ctx.lang not in ("en", "fr") or c.year_like:
        return None
    text = ctx.text
    bracket = _BRACKET_NOUN_OPEN.match(text, c.end)
    if bracket is None:
        return None
    noun = ctx.g.troop_anywhere.match(text, bracket.end())
    if noun is None:
        found = place_pattern().match(text, bracket.end())
        form = place_forms()[found.group()] if found else None
        if found is None or form is None or not form.adjective or not _military(ctx, c.start, named=False):
            return None
        noun = found
    if not _BRACKET_NOUN_CLOSE.match(text, noun.end()):
        return None
    return _Head("noun", noun.group(), c.end)


# "in Mali (1141) und Afghanistan (994)", "Malta (1700)": a country's share given in brackets after its name
_NAME_BRACKET_BEFORE = re.compile(r"(?P<name>[A-ZÄÖÜ][\w-]+)\s*\(\s*\Z")
_BRACKET_ONLY_CLOSE = re.compile(r"\s*\)")
_BRACKETED_COUNT_AFTER = re.compile(r"\s*\)")
_PLACE_PREPOSITION_BEFORE = re.compile(r"(?<![\w])(?i:im|in|am|nach)\s+(?:[\w-]+\s+){0,2}\Z")
_ARMIES = re.compile(r"(?<![\w])(?i:\w*armeen?|\w*streitkräften?|\w*truppen|\w*kontingente?|heere?)(?![\w])")


def _place_named_before_bracket(text: str, start: int) -> bool:
    """'Malta (1700)': a place, not a person whose age is given ("Or Katz (20)"), opens the bracket."""
    found = _NAME_BRACKET_BEFORE.search(text, max(0, start - 40), start)
    if found is None:
        return False
    form = place_forms().get(found.group("name"))
    # "im Kosovo (398)", "am Horn von Afrika (79)": a name after a preposition of place is a place
    return (form is not None and not form.adjective and form.site is not None) or bool(
        _PLACE_PREPOSITION_BEFORE.search(text, max(0, found.start() - 30), found.start())
    )


def _place_bracket_head(ctx: _Context, c: _Count, previous: Mention | None) -> _Head | None:
    """'Die meisten sind in Mali (1141) und Afghanistan (994)': a bare figure in brackets after a place, in a
    sentence that counts troops or right after one that did, is that place's share of them."""
    if ctx.lang != "de" or c.year_like or not _BRACKET_ONLY_CLOSE.match(ctx.text, c.end):
        return None
    text = ctx.text
    found = _NAME_BRACKET_BEFORE.search(text, max(0, c.start - 40), c.start)
    if found is None:
        return None
    form = place_forms().get(found.group("name"))
    index = ctx.sentences.index_of(c.start)
    site = form.site if form is not None and not form.adjective else None
    s = ctx.sentences.spans[index][0]
    same_sentence = previous is not None and ctx.sentences.index_of(previous.char_start) == index
    # "Die kleinsten Armeen haben Malta (1700) und Luxemburg (410)": each country's own army
    army = _ARMIES.search(text, s, found.start()) if site is not None else None
    if army and (
        not same_sentence or (previous is not None and _ARMIES.fullmatch(str(previous.extra["noun"])))
    ):
        return _Head("noun", army.group(), c.end)
    if (
        previous is not None
        and ctx.sentences.index_of(previous.char_start) >= index - 1
        and (site is not None or _BRACKETED_COUNT_AFTER.match(text, previous.char_end))
    ):
        # the share of a place in the troops counted before; a place the country list does not hold ("im
        # Mittelmeer (392)") continues a list of bracketed shares
        return _Head("ellipsis", str(previous.extra["noun"]), c.end, site=site)
    return None


# "Bangladesch mit fast 8000 und Indien mit 7000 Blauhelmen": the first of two shares told with "mit" takes the
# noun of the second
_WITH_BEFORE = re.compile(r"[A-ZÄÖÜ][\w-]+\s+(?i:mit)\s+\Z")
_NEXT_SHARE_AFTER = re.compile(
    r"\s+(?i:und|sowie|oder)\s+(?:(?i:der|die|das|dem|den)\s+)?[A-ZÄÖÜ][\w-]+\s+(?i:mit)\s+"
    r"(?:(?i:rund|etwa|fast|knapp|gut|über|mehr als|bis zu|ca\.|circa)\s+)?\d(?:[\d.,’' ]*\d)?(?=\s)"
)


def _borrowed_head(ctx: _Context, c: _Count) -> _Head | None:
    """The noun of a count further on: "4,500 of the 28,500 troops", "von 370.000 über 340.000 auf 185.000 Soldaten"."""
    g, text = ctx.g, ctx.text
    number_of = _NUMBER_OF_TROOPS_AFTER.get(ctx.lang)
    shares = (
        _NEXT_SHARE_AFTER.match(text, c.end)
        if ctx.lang == "de" and _WITH_BEFORE.search(text, max(0, c.start - 40), c.start)
        else None
    )
    step = (
        shares
        or g.partitive.match(text, c.end)
        or g.change_chain.match(text, c.end)
        or g.partitive_noun.match(text, c.end)
        or g.number_of_after.match(text, c.end)
        or (number_of and number_of.match(text, c.end))
    )
    if step is None:
        return None
    if (
        c.year_like
        and step.re is g.change_chain
        and not _CHANGE_FROM_BEFORE.search(text, max(0, c.start - 20), c.start)
    ):
        return (
            None  # "bis Ende des Golfkrieges 1988 auf 300.000 Mann": a year, not the first step of a change
        )
    head = _noun_head(ctx, c, step.end(), c.end) or _member_head(ctx, c, step.end())
    if (
        head is None
        and step.re is g.change_chain
        and (number_of_chain := g.number_of_after.match(text, step.end()))
    ):
        # "ramener de 36 000 à 25 000 le nombre de soldats": the first step of a change of the number named after it
        head = _noun_head(ctx, c, number_of_chain.end(), c.end)
    losses = g.casualty_noun.match(text, step.end()) if step.re is g.number_of_after else None
    if head is None and losses and _of_an_army(ctx, c.start):
        # "porte à 8 le total des pertes de l'armée": losses of an army named in the sentence
        return _Head("casualty", losses.group("noun"), c.end)
    return head


# "40 blessés dont 25 militaires": a toll whose troop share is given after it counts other people too; the share
# is the troop count.
_TROOP_SHARE_AFTER_FR = re.compile(
    r"\s*,?\s*(?i:dont|parmi lesquels|parmi eux)\s+(?:(?i:au moins|plus de|près de|environ)\s+)?(?:\d[\d.,\s]*|[\w-]+)\s+"
)


def _mixed_toll_fr(ctx: _Context, c: _Count) -> bool:
    noun = ctx.g.casualty_noun.match(ctx.text, c.end) or ctx.g.casualty_after.match(ctx.text, c.end)
    share = noun and _TROOP_SHARE_AFTER_FR.match(ctx.text, noun.end())
    return bool(share and ctx.g.troop_anywhere.match(ctx.text, share.end()))


# "Le bilan côté ami est de 4 morts", "côté militaire, 9 morts et 14 blessés", "dans nos rangs, 3 morts",
# "côté ennemi, 30 morts": the dead of a side of the fighting, told by its side
_FRIENDLY_SIDE_FR = re.compile(
    r"(?<![\w])(?i:c[oô]t[ée]s?\s+(?:ami|amis|militaire|de\s+l['’]armée|armée|des\s+(?:forces\s+armées|"
    r"forces\s+de\s+défense|fds|militaires|assaillants|terroristes|rebelles)|ennemi|assaillants|terroristes|adverse)|"
    r"dans\s+(?:nos|ses|leurs)\s+rangs|"
    # "« Nos pertes à ce jour sont de 800 morts », a dit le ministre": a side's own losses, in its words
    r"(?:nos|leurs|ses)\s+pertes(?!\s+(?:civiles|économiques|financières|matérielles))|"
    # "Nous avons un bilan provisoire de 6 morts": the side speaking counts its own dead
    r"(?:nous\s+avons|nous\s+déplorons|nous\s+enregistrons)\s+(?:eu\s+)?(?:un|le)\s+bilan|notre\s+bilan)(?![\w])"
)


def _friendly_side_toll_fr(ctx: _Context, c: _Count) -> _Head | None:
    dead = _DEAD_AFTER.match(ctx.text, c.end) if ctx.lang == "fr" else None
    if dead is None:
        return None
    s = ctx.sentences.spans[ctx.sentences.index_of(c.start)][0]
    if not _FRIENDLY_SIDE_FR.search(ctx.text, max(s, c.start - 80), c.start):
        return None
    return _Head("casualty", dead.group("noun"), dead.end())


# "suffered 41,200 military casualties", "9,300 battle deaths": losses that the adjective makes an army's
_MILITARY_LOSSES_EN = re.compile(
    r"\s+(?P<noun>(?i:military|combat|battle|battlefield)\s+(?i:casualties|deaths|fatalities|losses|dead))(?![\w])"
)
# ... and in French, the adjective after the noun: "près de 2 millions de victimes militaires", "900 pertes militaires"
_MILITARY_LOSSES_FR = re.compile(
    r"\s+(?:(?i:de|d['’])\s*)?(?P<noun>(?i:victimes|pertes|morts|tués|blessés)\s+(?i:militaires))(?![\w])"
)
_MILITARY_LOSS_NOUN_AFTER = {"en": _MILITARY_LOSSES_EN, "fr": _MILITARY_LOSSES_FR}
# "8 000 morts dans l'armée belge", "900 tués et disparus dans le camp allié", "plus 5 000 morts dans les rangs
# de son armée": the losses of the army or side named right after them
_ARMY_SIDE_AFTER_FR = re.compile(
    r"(?:\s+(?i:et|ou)\s+(?i:morts?|tués?|blessés?|disparus))?\s+(?i:dans|chez)\s+(?:"
    r"(?i:l['’]armée|les\s+armées)|(?i:le\s+camp)\s+(?!de\s|d['’]|des\s)[a-zàâçéèêëîïôûùüÿœ][\w-]*|"
    r"(?i:les\s+rangs)\s+(?i:de\s+l['’]armée|de\s+(?:son|leur|notre)\s+armée|des\s+armées))(?![\w-])"
)

# "1 200 morts et disparus sur l'effectif de 9 000 hommes": losses out of the strength of a force
_OUT_OF_A_STRENGTH_FR = re.compile(
    r"(?:\s*,?\s+(?:(?i:et|ou)\s+)?(?i:morts?|tués?|blessés?|disparus)){0,3}\s+(?i:sur)\s+"
    r"(?i:un|l['’]|les|son|leur)\s*(?i:effectifs?)\s+(?i:de|d['’])\s*(?:(?i:quelque|environ|près de|plus de)\s+)?"
    r"\d[\d .,]*(?<=\d)\s+(?i:hommes|soldats|militaires|combattants)(?![\w])"
)


def _army_losses_head(ctx: _Context, c: _Count) -> _Head | None:
    """Losses that their own words make an army's: "12,000 military casualties", "900 morts dans l'armée"."""
    text = ctx.text
    if (military := _MILITARY_LOSS_NOUN_AFTER.get(ctx.lang)) and (found := military.match(text, c.end)):
        return _Head("casualty", found.group("noun"), found.end())
    if (
        ctx.lang == "fr"
        and (loss := _LOSS_WORD_AFTER["fr"].match(text, c.end))
        and (_ARMY_SIDE_AFTER_FR.match(text, loss.end()) or _OUT_OF_A_STRENGTH_FR.match(text, loss.end()))
    ):
        return _Head("casualty", loss.group("noun"), loss.end())
    return None


def _casualty_head(ctx: _Context, c: _Count, previous: Mention | None) -> _Head | None:
    """A casualty figure of troops named elsewhere: "and 14 wounded", "sieben weitere verletzt",
    "1351 décès parmi ses troupes", "has killed 8,000 Hamas members ... and 2,000 in the past weeks"."""
    g, text = ctx.g, ctx.text
    if head := _army_losses_head(ctx, c) or (
        _german_casualty_head(ctx, c, previous) if ctx.lang == "de" else _friendly_side_toll_fr(ctx, c)
    ):
        return head
    if among := g.casualty_among.match(text, c.end):
        return _Head("casualty", among.group().split()[-1], among.end())
    if (noun := g.casualty_noun.match(text, c.end)) and _of_an_army(ctx, c.start):
        return _Head("casualty", noun.group("noun"), noun.end())
    if (
        (dead := _DEAD_AFTER.match(text, c.end))
        and g.losses_anywhere.search(text, ctx.sentences.spans[ctx.sentences.index_of(c.start)][0], c.start)
        and _of_an_army(ctx, c.start)
        and not _CIVIL_IN_TOLL.search(text, ctx.sentences.spans[ctx.sentences.index_of(c.start)][0], c.start)
    ):
        return _Head("casualty", dead.group("noun"), dead.end())
    after = g.casualty_after.match(text, c.end)
    if after and (
        _PEOPLE_WORD.search(text, c.end, after.end()) or _PEOPLE_NOUN_NEXT.match(text, after.end())
    ):
        return None  # "41 Militärs tot und rund 90 andere Menschen verwundet": people, not the troops
    killed_before = g.casualty_before.search(text, max(0, c.start - 12), c.start) and g.bare_end.match(
        text, c.end
    )
    if not (after or killed_before):
        return None
    index = ctx.sentences.index_of(c.start)
    recent = previous is not None and ctx.sentences.index_of(previous.char_start) >= index - (
        1 if after else 0
    )
    if recent and previous is not None and not _OTHER_LOSSES.search(text, previous.char_end, c.start):
        # ... unless losses of others stand between: "près de 800 morts et 3000 blessés"
        return _Head("casualty", str(previous.extra["noun"]), c.end)
    if not after:
        return None
    antecedent = _antecedent(ctx, c.start, 1, g.force_anywhere) or _losses_before(ctx, c.start)
    if antecedent is None:
        group = _group_before(ctx, index, c.start)
        if group is None or _DIGIT.search(text, group.end, c.start):
            return None  # another count between: "die Hamas ... 20 400 Menschen getötet und 54 000 weitere verletzt"
        return _Head("casualty", text[group.start : group.end], c.end)
    if (
        _POLICE.search(text, max(0, antecedent.start() - 20), c.start)
        # "les pertes ukrainiennes parmi les civils ... 12 000 morts": the losses named are civilians
        or _CIVIL_IN_TOLL.search(text, antecedent.start(), c.start)
        or _DIGIT.search(text, antecedent.end(), c.start)
        or (_OFFICERS.fullmatch(antecedent.group()) and _named_nearby(ctx, c.start, _POLICE))
    ):
        return None  # police or civilians named, or another count between: "40 Zivilisten getötet und 100 verletzt"
    return _Head("casualty", noun_end=c.end, antecedent=antecedent)


# The dead, wounded or missing named right after a count ("8 morts et 21 blessés", "20 dead"), also after a word
# count ("une dizaine de tués").
_LOSS_WORD_AFTER = {
    "en": re.compile(r"\s+(?P<noun>(?i:dead|killed|wounded|injured|missing|casualties))(?![\w])"),
    "fr": re.compile(
        # "40 fusillés dans les rangs de l'armée": executed, in the ranks named after them
        r"(?:\s+(?i:de))?\s+(?P<noun>(?i:morts?|tués?|blessés?|décès|disparus|victimes|pertes|fusillés))(?![\w])"
    ),
}
# "les troupes ont déploré 3 morts", "l'armée a eu 52 tués", "the army suffered 20 dead": an army
# that tells losses of its own (one that only reports deaths may report those of civilians).
_OWN_LOSSES_BEFORE = {
    "en": re.compile(r"(?<![\w])(?i:suffered|sustained|lost|has lost|had lost)(?![\w])"),
    "fr": re.compile(
        r"(?<![\w])(?i:enregistr\w*|déplor\w*|subi|subissent|subissait|perdu|compt(?:e|ent|ait|aient)|"
        r"(?:a|ont|avoir|avait|avaient|aurait|auraient) eu)(?![\w])"
    ),
}
# "l'embuscade contre la patrouille a fait 6 morts": losses of troops an attack was aimed at
_ATTACK_ON_TROOPS_FR = re.compile(
    r"(?<![\w])(?i:attaques?|embuscades?|attentats?|assauts?)(?:\s+[\w'’-]+){0,3}?\s+(?i:contre|visant)\s+"
    r"(?i:le|la|les|l['’]|un|une|des|leur|leurs|son|sa|ses)(?:\s+|(?<=['’]))(?:[\w'’-]+\s+){0,2}?"
    r"(?P<target>[\w'’-]+)[^.;:!?]{0,60}?\s(?i:a|ont|avait|avaient|aurait|auraient)\s+(?i:fait)\s+\Z"
)
_PATROL = re.compile(r"(?i:patrouilles?|convois? militaires?)")
# "neuf tués du côté russe", "3 morts côté ennemi": the losses of one side of a fight
# (a side named by an adjective or an army's acronym, not by a country: "morts côté Liban" are its people)
_SIDE_AFTER_FR = re.compile(
    # "3 morts (coté malien)": also in brackets, and with the accent left out
    r"\s+(?:\(\s*)?(?:(?i:du|de|des)\s+)?(?i:côté|coté)\s+(?:[a-zàâçéèêëîïôûùüÿœ][\w-]*|[\w-]*[A-Z][\w-]*[A-Z][\w-]*)(?![\w-])"
)
# "Plus de 900 morts, 2 100 blessés côté belge": a list of losses that ends with the side they are of
_LOSS_WORD_FR = r"(?i:morts?|tués?|blessés?|disparus)"
_SIDE_AFTER_LIST_FR = re.compile(
    # ("300 morts et disparus, ...": a second loss word after the first)
    rf"(?:\s+(?i:et|ou)\s+{_LOSS_WORD_FR})?"
    # ("900 morts, 3 000 prisonniers dont 800 blessés côté belge": prisoners taken are losses too)
    rf"(?:\s*,?\s+(?:(?i:et|dont)\s+)?\d[\d .,]*(?<=\d)\s+(?:{_LOSS_WORD_FR}|(?i:prisonniers|capturés))"
    rf"(?:\s+(?i:et)\s+{_LOSS_WORD_FR})?){{1,3}}"
    r"\s+(?:\(\s*)?(?:(?i:du|de|des)\s+)?(?i:côté|coté)\s+[a-zàâçéèêëîïôûùüÿœ][\w-]*(?![\w-])"
)
# "Côté FAR : 5 morts"
_SIDE_BEFORE_FR = re.compile(r"(?<![\w])(?i:côté)\s+[\w-]+(?:\s+[\w-]+)?\s*:\s*\Z")
# People who are not troops named between two casualty counts ("3 soldats tués ... et 20 civils"): the second
# count is theirs, or a total of both
_NOT_TROOPS_BETWEEN = re.compile(rf"(?i:{NOT_TROOPS}|au total|in total|total|bilan|toll)")


# "4 morts et 6 blessés dans l'attaque contre ses Casques bleus", "losses ... among its soldiers": the troops
# the losses were struck among, named after them in the clause
_STRUCK_TROOPS_AFTER = re.compile(
    # ("7 morts et 9 blessés chez les rebelles": other losses may stand between)
    r"(?:(?:[^.;:!?\d]|\d[\d.,]*\s+(?i:morts?|tués?|blessés?|disparus|dead|killed|wounded|injured|missing)(?![\w]))"
    r"{0,60}?\s)?(?i:contre|visant|chez|parmi|au sein d[eu]s?|dans les rangs d[eu]s?|against|among|"
    r"in the ranks of)\s+(?:(?i:le|la|les|l['’]|ses|leurs?|son|sa|nos|the|its|their|our)(?:\s+|(?<=['’])))?"
)
_TWO_WORDS = re.compile(r"(?:[\w'’-]+\s+){0,2}\Z")
# "meurtrière pour les soldats belges, avec 9 morts", "a deadly year for the troops, with 16 dead"
_COMMA_WITH_BEFORE = re.compile(r",\s+(?i:avec|with)\s+\Z")
_NOT_TROOPS_IN_CLAUSE = re.compile(
    rf"(?i:{NOT_TROOPS}|manifestants|protesters|demonstrators|foule|crowd|{WOMEN_CHILDREN}|"
    r"passants|bystanders|fidèles|worshippers|migrants)"
)
# the troops the year or the attack was costly for, not the ones who fired
_COSTLY_FOR_BEFORE = re.compile(r"(?<![\w])(?i:pour|for)\s+(?:[\w'’-]+\s+){0,2}\Z")
# a count before "avec" (a year is no count: "l'année 2012 a été meurtrière pour les soldats, avec 9 morts")
_COUNT_NOT_YEAR = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d(?![\d.,]))\d")


def _losses_of_troops_named_after(ctx: _Context, at: int, end: int) -> bool:
    text = ctx.text
    struck = _STRUCK_TROOPS_AFTER.match(text, at, end)
    if struck is None:
        return False
    noun = ctx.g.force_anywhere.search(text, struck.end(), min(end, struck.end() + 40))
    return (
        noun is not None
        and _TWO_WORDS.match(text[struck.end() : noun.start()]) is not None
        # "31 morts parmi les éléments du M23": a weak noun is the troops when an armed group owns it
        and (not ctx.g.weak_noun.match(noun.group()) or _group_owns(ctx, noun.end()))
        and not _NOT_TROOPS_IN_CLAUSE.search(text, at, noun.end())
    )


_GENDARMERIE = re.compile(r"(?i:gendarmerie)")
_ARMED_FORCES_FR = re.compile(r"(?<![\w])(?i:armées?|armée de terre|forces armées|opération|opex)(?![\w])")


def _police_story(ctx: _Context, c: _Count, noun: str) -> bool:
    """Police named near the count: "two officers dead" in a story about the police; "la gendarmerie engage 900
    militaires": gendarmes are militaires too, and police."""
    if _OFFICERS.fullmatch(noun) and _named_nearby(ctx, c.start, _POLICE):
        return True
    return ctx.lang == "fr" and noun.lower() == "militaires" and _gendarmes_as_militaires(ctx, c.start)


def _gendarmes_as_militaires(ctx: _Context, start: int) -> bool:
    s = ctx.sentences.spans[ctx.sentences.index_of(start)][0]
    return bool(_GENDARMERIE.search(ctx.text, s, start)) and not _ARMED_FORCES_FR.search(ctx.text, s, start)


_OF_GROUP = re.compile(r"\s+(?i:de|du|des|of)\s+(?:(?i:la|le|l['’]|the)\s*)?|\s+(?i:de\s+l|d)['’]")


def _group_owns(ctx: _Context, at: int) -> bool:
    of = _OF_GROUP.match(ctx.text, at)
    return of is not None and _group_at(ctx, of.end(), of.end() + 1) is not None


def _troops_then_with(ctx: _Context, c: _Count, s: int) -> bool:
    text = ctx.text
    with_ = _COMMA_WITH_BEFORE.search(text, max(s, c.start - 10), c.start)
    e = ctx.sentences.spans[ctx.sentences.index_of(c.start)][1]
    if (
        with_ is None
        or _COUNT_NOT_YEAR.search(text, s, with_.start())
        or _NOT_TROOPS_IN_CLAUSE.search(text, s, e)
    ):
        return False
    return any(
        not ctx.g.weak_noun.match(m.group())
        and _COSTLY_FOR_BEFORE.search(text, max(s, m.start() - 30), m.start())
        for m in ctx.g.force_anywhere.finditer(text, s, with_.start())
    )


# The losses of a side at war, named by its demonym or as military: "Kiev compte 42.000 pertes russes", "Western
# officials put Russian losses at 60,000 dead", "le bilan des morts militaires syriens ... Près de 900 victimes".
# The civilian dead of a nation look the same ("15 morts ukrainiens"), so only "pertes"/"losses"/"casualties" take
# the demonym, and no civilian word may stand in the sentences.
_SIDE_LOSS_NOUN = {
    "en": re.compile(r"\s+(?:(?i:military|troop|army)\s+)?(?i:losses|casualties|death toll)(?![\w])"),
    "fr": re.compile(r"(?<![\w])(?i:pertes)\Z"),
}
_MILITARY_LOSSES = {
    "en": re.compile(r"(?<![\w])(?i:military|troop|army)\s+(?i:losses|casualties|deaths|dead)(?![\w])"),
    "fr": re.compile(r"(?<![\w])(?i:pertes|morts|tués|décès)\s+(?i:militaires)(?![\w])"),
}
# "les estimations pour l'Ukraine", "les pertes de la Russie": a country as the owner of the losses counted
_ESTIMATE_FOR_FR = re.compile(
    r"(?<![\w])(?i:estimations?|pertes)\s+(?i:pour|de|du côté de)\s+(?:(?i:la|le|l['’])\s*)?(?=[A-ZÉ])"
)
_LOSSES_WORD_FR = re.compile(r"(?<![\w])(?i:pertes)(?![\w])")
_CIVIL_IN_TOLL = re.compile(rf"(?i:{NOT_TROOPS}|{WOMEN_CHILDREN}|{HOSTAGES}|{REFUGEES})")


def _side_named_at(ctx: _Context, at: int) -> bool:
    """A demonym used as an adjective right at `at` ("russes", "Ukrainian")."""
    found = place_pattern().match(ctx.text, at)
    form = place_forms()[found.group()] if found else None
    return form is not None and form.adjective


def _side_losses_in(ctx: _Context, start: int, end: int) -> bool:
    text, lang = ctx.text, ctx.lang
    if _MILITARY_LOSSES[lang].search(text, start, end):
        return True
    if lang == "fr":
        return any(
            text[m.end() : m.end() + 1] == " " and _side_named_at(ctx, m.end() + 1)
            for m in _LOSSES_WORD_FR.finditer(text, start, end)
        )
    return any(
        _side_named_at(ctx, p.start()) and _SIDE_LOSS_NOUN["en"].match(text, p.end())
        for p in place_pattern().finditer(text, start, end)
    )


def _losses_of_a_side(ctx: _Context, c: _Count, noun: str, noun_end: int, index: int) -> bool:
    if ctx.lang not in ("en", "fr"):
        return False
    text = ctx.text
    s, e = ctx.sentences.spans[index]
    first = ctx.sentences.spans[max(0, index - 1)][0]
    if _CIVIL_IN_TOLL.search(text, first, e):
        return False
    if (
        ctx.lang == "fr"
        and _SIDE_LOSS_NOUN["fr"].search(noun)
        and text[noun_end : noun_end + 1] == " "
        and _side_named_at(ctx, noun_end + 1)
    ):
        return True  # "42.000 pertes russes"
    if ctx.lang == "fr" and (owner := _ESTIMATE_FOR_FR.search(text, max(s, c.start - 80), c.start)):
        found = place_pattern().match(text, owner.end())
        if (
            found
            and not place_forms()[found.group()].adjective
            and not _DIGIT.search(text, found.end(), c.start)
        ):
            return True  # "les estimations pour la Russie s'élevaient à 50.000 morts"
    if _DIGIT.search(text, s, c.start):
        return False  # another count before it in the sentence: its losses, not the side's
    return _side_losses_in(ctx, first, c.start)


def _own_losses_head(ctx: _Context, c: _Count, previous: Mention | None) -> _Head | None:
    """Dead or wounded counted without a troop noun: the losses an army tells of its own ('les forces ont enregistré
    5 morts'), those of one side ('neuf tués du côté russe'), or the next count of a list of losses that began
    with troops ('7 morts parmi les soldats de la paix, ..., avec 3 morts')."""
    text = ctx.text
    word = _LOSS_WORD_AFTER[ctx.lang].match(text, c.end) if ctx.lang in _LOSS_WORD_AFTER else None
    if word is None or c.year_like:
        return None
    noun = word.group("noun")
    index = ctx.sentences.index_of(c.start)
    s, e = ctx.sentences.spans[index]
    if _POLICE.search(text, s, e):
        return None
    if ctx.lang == "fr" and (
        _SIDE_AFTER_FR.match(text, word.end())
        or _SIDE_BEFORE_FR.search(text, max(s, c.start - 40), c.start)
        or _SIDE_AFTER_LIST_FR.match(text, word.end())
    ):
        return _Head("casualty", noun, word.end())
    if _losses_of_a_side(ctx, c, noun, word.end(), index):
        return _Head("casualty", noun, word.end())
    attack = _ATTACK_ON_TROOPS_FR.search(text, s, c.start) if ctx.lang == "fr" else None
    if attack and not _DIGIT.search(text, attack.start(), c.start):
        target = attack.group("target")
        aimed_at_troops = bool(ctx.g.force_anywhere.fullmatch(target)) and not ctx.g.weak_noun.match(target)
        if aimed_at_troops or _PATROL.match(text, attack.start("target")):
            return _Head("casualty", noun, word.end())
    if _losses_of_troops_named_after(ctx, word.end(), e) or _troops_then_with(ctx, c, s):
        return _Head("casualty", noun, word.end())
    window = max(s, c.start - 80)
    own = _last(_OWN_LOSSES_BEFORE[ctx.lang].finditer(text, window, c.start))
    if own and not _DIGIT.search(text, own.end(), c.start):
        troops = [
            m
            for m in ctx.g.force_anywhere.finditer(text, window, own.start())
            if not ctx.g.weak_noun.match(m.group())
        ]
        if (
            troops
            or ctx.g.army_named.search(text, window, own.start())
            or _group_before(ctx, index, own.start())
        ):
            return _Head("casualty", noun, word.end())
    if (
        previous is not None
        and previous.mention_type == "casualties"
        and ctx.sentences.index_of(previous.char_start) == index
        and not _DIGIT.search(text, previous.char_end, c.start)
        and not _NOT_TROOPS_BETWEEN.search(text, previous.char_end, c.start)
    ):
        return _Head("casualty", noun, word.end())
    return None


# "das Korps zählte 9000 Mann, es fielen am ersten Tag 120 und im Lazarett starben 40": a verb of dying before a
# bare count, in a sentence about troops
_FELL_BEFORE = re.compile(
    r"(?<![\w])(?i:fielen|starben|verstarben|erlagen)(?:\s+(?!und\b|oder\b)[\w-]+){0,4}?\s+\Z"
)
_FELL_COUNT_END = re.compile(
    r"\s*(?:[,.;:]|\Z)|\s+(?i:an|am|und|in|im|bei|beim|während|durch|infolge|nach|ihren|seinen)(?![\w])"
)
_NOT_TROOPS_DYING = re.compile(rf"(?i:{NOT_TROOPS_DE}|einwohner\w*|bewohner\w*)")


def _fell_head(ctx: _Context, c: _Count, s: int, previous: Mention | None) -> _Head | None:
    """Only of troops counted or said to have losses in the sentence: after "die Soldaten beschossen das Dorf,
    es starben 40" the dead are the villagers."""
    text = ctx.text
    if c.year_like or not _FELL_COUNT_END.match(text, c.end):
        return None
    counted = previous is not None and previous.char_start >= s
    if not counted and not ctx.g.losses_anywhere.search(text, s, c.start):
        return None
    verb = _FELL_BEFORE.search(text, max(s, c.start - 60), c.start)
    if verb is None or _NOT_TROOPS_DYING.search(text, max(s, verb.start() - 40), c.start):
        return None
    troops = _last(ctx.g.force_anywhere.finditer(text, s, verb.start()))
    return _Head("casualty", noun_end=c.end, antecedent=troops) if troops else None


def _german_casualty_head(ctx: _Context, c: _Count, previous: Mention | None) -> _Head | None:
    """'Tote', 'Verletzte', 'Todesopfer' of troops: of one side of a war, a part of the dead counted before,
    the losses an army tells of its own, or the second count of a pair after 'N getötete Soldaten'."""
    text = ctx.text
    index = ctx.sentences.index_of(c.start)
    s, e = ctx.sentences.spans[index]
    if _POLICE.search(text, s, e):
        return None
    if _injury_degree(ctx, c, previous, e) and previous is not None:
        return _Head("ellipsis", str(previous.extra["noun"]), c.end)
    if head := _fell_head(ctx, c, s, previous):
        return head
    if _OF_THE_CASUALTIES.match(text, c.end):
        antecedent = _antecedent(ctx, c.start, 1, ctx.g.force_anywhere)
        return _Head("casualty", noun_end=c.end, antecedent=antecedent) if antecedent else None
    if head := _remains_head(ctx, c):
        return head
    word = _CASUALTY_WORD_AFTER.match(text, c.end)
    if word is None:
        return None
    noun = word.group("noun")
    if (
        _listed_with_troops(ctx, c, s)
        or _SIDE_AFTER.match(text, word.end())
        or _BOTH_SIDES_BEFORE.search(text, s, c.start)
        or _army_side_before(ctx, c, s)
        or _among_troops_before(ctx, c, s)
        or _troops_in_apposition(ctx, word.end())
        # "Die russischen Verluste ... mit 1.173 Toten, 53 Vermissten": the losses of a nation at war
        or _losses_before(ctx, c.start)
    ):
        return _Head("casualty", noun, word.end())
    window = max(s, c.start - 80)
    own = (
        _OWN_LOSSES_VERB.search(text, window, c.start)
        or _OWN_LOSSES_AFTER.match(text, word.end())
        # "Die Truppen haben 40 Tote und 90 Verwundete erlitten": the verb of the perfect at the clause's end
        or _OWN_LOSSES_VERB_LATER.match(text, word.end())
    )
    if own and (
        ctx.g.force_anywhere.search(text, window, c.start)
        or ctx.g.army_named.search(text, window, c.start)
        # "... 949 Soldaten ... Spanien hat 23 Todesopfer zu beklagen": the troops told of before
        or _antecedent(ctx, c.start, 2, ctx.g.force_anywhere)
    ):
        return _Head("casualty", noun, word.end())
    if _PRISONERS.fullmatch(noun) and _WAR_PRISONERS.search(
        text, ctx.sentences.spans[max(0, index - 1)][0], e
    ):
        return _Head(
            "casualty", noun, word.end()
        )  # "Kriegsgefangene getauscht. Beide Seiten übergaben je 95 Gefangene"
    if _WOUNDED.fullmatch(noun) and index > 0 and _army_in(ctx, index - 1):
        return _Head(
            "casualty", noun, word.end()
        )  # "Israel hat 295.000 Reservisten einberufen. ... 970 Verwundete"
    return (
        _Head("casualty", noun, word.end())
        if _joined_to_losses_before(ctx, c, previous, word.end())
        else None
    )


def _joined_to_losses_before(ctx: _Context, c: _Count, previous: Mention | None, word_end: int) -> bool:
    """The casualty word's count goes on from the troops' losses counted just before it."""
    text = ctx.text
    if (
        previous is None
        or previous.mention_type != "casualties"
        or _DIGIT.search(text, previous.char_end, c.start)
    ):
        return False
    index = ctx.sentences.index_of(c.start)
    before = ctx.sentences.index_of(previous.char_start)
    if before >= index - 1 and _toll_told_with_it(ctx, c, word_end):
        return True
    return (
        before == index - 1
        or (  # "... mehr als 60.000 getötete Soldaten. Hinzu kämen fast 50.000 Verletzte"
            before == index
            and 0 <= c.start - previous.char_end <= 60
            and not _CLAUSE_BREAK.search(text, previous.char_end, c.start)
            and bool(_JOINED_BEFORE.search(text, previous.char_end, c.start))
        )
    )


# "... sollen 9.000 Soldaten gefallen sein, doch es dürften eher 20.000 Tote sein": the toll of the troops just counted,
# put again with "es" and a copula (before the figure or at the clause's end)
_IT_BEFORE_TOLL = re.compile(
    r"(?:(?<![\w])(?i:es)\s+(?:(?i:sind|seien|waren|wären|sollen|dürften|könnten|müssten)\s+)?"
    r"|(?<![\w])(?i:sind|seien|waren|wären)\s+(?i:es)\s+)"
    r"(?:(?i:tatsächlich|wohl|eher|sogar|bereits|schon|inzwischen|mittlerweile|insgesamt|vermutlich|wahrscheinlich|"
    r"realistischer(?:weise)?|eigentlich)\s+){0,2}\Z"
)
_COPULA_IN_IT_BEFORE = re.compile(r"(?i:sind|seien|waren|wären)\s")
_BE_AFTER_TOLL = re.compile(r"(?:[^.;:!?]|\.(?=\d)){0,80}?\s(?i:sein|gewesen)(?![\w])")


def _toll_told_with_it(ctx: _Context, c: _Count, noun_end: int) -> bool:
    text = ctx.text
    it = _IT_BEFORE_TOLL.search(text, max(0, c.start - 50), c.start)
    if it is None:
        return False
    return bool(_COPULA_IN_IT_BEFORE.search(it.group()) or _BE_AFTER_TOLL.match(text, noun_end))


# "Auf Seiten der Armee gab es 40 Tote": the side of a fight named by its army or troops before the count
_SIDE_BEFORE = re.compile(
    r"(?<![\w])(?i:aufseiten|auf seiten|auf der seite)\s+(?:(?i:der|des)\s+)?(?:[a-zäöüß][\w-]*\s+)?(?=[A-ZÄÖÜ])"
)


def _army_side_before(ctx: _Context, c: _Count, s: int) -> bool:
    text = ctx.text
    side = _last(_SIDE_BEFORE.finditer(text, max(s, c.start - 80), c.start))
    if side is None:
        return False
    # ('gebe es "dutzende Tote"': a quote may open right before the count)
    between = _OPENING_QUOTE_END.sub("", text[side.end() : c.start])
    if _CLAUSE_BREAK.search(between) or _DIGIT.search(between):
        return False
    return bool(ctx.g.force_anywhere.match(text, side.end()) or ctx.g.army_named.match(text, side.end()))


def _remains_head(ctx: _Context, c: _Count) -> _Head | None:
    """'5.000 Leichen chinesischer Soldaten', 'die Gebeine von 200 Soldaten': the remains of troops."""
    remains = _REMAINS_OF.match(ctx.text, c.end)
    troops = remains and ctx.g.follow.match(ctx.text, remains.end())
    if not troops or ctx.g.weak_noun.match(troops.group("noun")):
        return None
    return _Head("casualty", troops.group("noun"), troops.end())


def _troops_in_apposition(ctx: _Context, at: int) -> bool:
    """'12.000 Tote und Verwundete, fast alle Soldaten': the casualties named as troops after a comma; 'drei Tote und
    18 verletzte Soldaten': or as the noun of the count joined to them."""
    apposition = _CASUALTY_APPOSITION.match(ctx.text, at) or _CASUALTY_AND_COUNT.match(ctx.text, at)
    troops = ctx.g.follow.match(ctx.text, apposition.end()) if apposition else None
    return troops is not None and not ctx.g.weak_noun.match(troops.group("noun"))


def _listed_with_troops(ctx: _Context, c: _Count, sentence_start: int) -> bool:
    """'meldete zwei tote Soldaten, 5 Gefangene und 9 Vermisste': a casualty count in a list that
    names the troops (killed soldiers) just before it."""
    text = ctx.text
    window = max(sentence_start, c.start - 70)
    troops = [
        m
        for m in ctx.g.force_anywhere.finditer(text, window, c.start)
        if not ctx.g.weak_noun.match(m.group())
    ]
    return bool(troops) and bool(_LIST_GAP.fullmatch(text, troops[-1].end(), c.start))


def _army_in(ctx: _Context, index: int) -> bool:
    """Troops or an army named in sentence `index`, and no police or civilians; weak nouns ("die Angehörigen der
    12 Opfer") name no army."""
    s, e = ctx.sentences.spans[index]
    text, g = ctx.text, ctx.g
    troops = any(not g.weak_noun.match(m.group()) for m in g.force_anywhere.finditer(text, s, e))
    return (troops or bool(g.army_named.search(text, s, e))) and not _POLICE.search(text, s, e)


def _injury_degree(ctx: _Context, c: _Count, previous: Mention | None, sentence_end: int) -> bool:
    """'31 Soldaten erlitten schwere, 12 mittlere und 40 leichte Verletzungen': a count of the troops
    before it, told by the degree of their injuries."""
    text = ctx.text
    return (
        previous is not None
        and ctx.sentences.index_of(previous.char_start) == ctx.sentences.index_of(c.start)
        and 0 <= c.start - previous.char_end <= 60
        and not _CLAUSE_BREAK.search(text, previous.char_end, c.start)
        and bool(_DEGREE_JOINED_BEFORE.search(text, previous.char_end, c.start))
        and bool(_DEGREE_AFTER.match(text, c.end))
        and bool(_INJURIES.search(text, c.end, sentence_end))
    )


def _losses_before(ctx: _Context, start: int) -> re.Match[str] | None:
    """'Les pertes russes ... 15 000 tués', 'Russian losses ... at 300,000': losses of a named army."""
    index = ctx.sentences.index_of(start)
    places = [i.place for i in ctx.places(index) if not i.place.region]
    last = None
    for m in ctx.g.losses_anywhere.finditer(ctx.text, ctx.sentences.spans[index][0], start):
        if any(p.end >= m.start() - 20 and p.start <= m.end() + 20 for p in places):
            last = m
    return last


def _of_an_army(ctx: _Context, start: int) -> bool:
    """'Die Streitkräfte haben Tausende Opfer erlitten': losses of an army, with no civilians named."""
    return _army_in(ctx, ctx.sentences.index_of(start))


def _group_before(ctx: _Context, index: int, start: int) -> Place | None:
    """An armed group named before `start` in the sentence: the fighters a bare casualty count is of."""
    groups = [i.place for i in ctx.places(index) if i.place.armed_group and i.place.end <= start]
    return groups[-1] if groups else None


def _antecedent_after(ctx: _Context, start: int) -> re.Match[str] | None:
    """The troops of the next sentence when it refers back to the counts ("Die Bundeswehr hat davon ...")."""
    index = ctx.sentences.index_of(start) + 1
    if index >= len(ctx.sentences.spans):
        return None
    s, e = ctx.sentences.spans[index]
    if not _REFERS_BACK.search(ctx.text, s, e):
        return None
    return ctx.g.force_anywhere.search(ctx.text, s, e)


_RECRUITED_END = re.compile(r"(?i:recrut|enrôl|incorpor)\w*\Z")


def _under_arms(ctx: _Context, c: _Count) -> re.Match[str] | None:
    """People under arms, called up or in uniform; police wear uniforms too, so a uniform alone needs a military
    word nearby."""
    found = _UNDER_ARMS.match(ctx.text, c.end)
    if found and found.group().lower().endswith("uniform") and not _military(ctx, c.start):
        return None
    if found and _RECRUITED_END.search(found.group()) and not _military(ctx, c.start):
        return None  # "300 personnes recrutées par la mairie": staff hired, not troops
    return found


def _people_in_army(ctx: _Context, c: _Count) -> re.Match[str] | None:
    found = _PEOPLE_IN_ARMY.match(ctx.text, c.end)
    if found is None or _PEOPLE_NOT_TROOPS.search(ctx.sentence_text(c.start)):
        return None
    return found


def _people_serving(ctx: _Context, c: _Count) -> _Head | None:
    """'In der Armee dienen 40.000 Frauen': women, men or people serving in an army, said in the count's own clause."""
    if ctx.lang != "de":
        return None
    text = ctx.text
    found = _PEOPLE_SERVING_NOUN.match(text, c.end)
    if found is None:
        return None
    noun = found.group("noun")
    if noun[0].isupper() and noun.endswith("innen") and noun[1:].islower():
        form = place_forms().get(noun)
        if form is None or not form.adjective:
            return (
                None  # "Soldatinnen" and the like have their own rule; other nouns in -innen are not people
            )
    s, e = ctx.sentences.spans[ctx.sentences.index_of(c.start)]
    breaks = [m.end() for m in _CLAUSE_SEPARATOR.finditer(text, s, c.start)]
    start = breaks[-1] if breaks else s
    stop = _CLAUSE_SEPARATOR.search(text, found.end(), e)
    end = stop.start() if stop else e
    clause = text[start:end]
    if _PEOPLE_NOT_TROOPS.search(clause) or _EMPLOYED.search(clause):
        return None
    # "Im Kontingent dienen 75 Frauen und 410 Reservisten": women counted beside the troops of the same clause
    joined = _JOINED_COUNT_AFTER.match(text, found.end())
    if joined and ctx.g.follow.match(text, joined.end()) and _SERVING.search(clause):
        return _Head("noun", noun, found.end("noun"))
    # "50.000 Frauen im ukrainischen Militär": the army right after the noun, whatever else the clause counts
    if not _SERVING.match(text, found.end() + 1) or not text[found.end() : found.end() + 1].isspace():
        if _DIGIT.search(text, start, c.start) or _DIGIT.search(text, found.end(), end):
            return None  # another figure in the clause may be the one the army is said of
        if not _SERVING.search(clause):
            return None
    return _Head("noun", noun, found.end("noun"))


# "un détachement d'environ 300 personnes", "a naval task force of 4,000 people": people whose number is the size
# of a force or a unit (not of a mission: a UN mission's people are police and civilians too)
_FORCE_OF_PEOPLE_BEFORE = {
    "fr": re.compile(
        r"(?<![\w'’-])(?i:détachement|contingent|force|unité|bataillon|brigade|régiment|garnison|"
        r"corps expéditionnaire)(?:[^.;:!?\d«»\"“”()]{0,80}?\s(?i:compte|comptait|comptera|comprend|comprenait|réunit|"
        r"réunissait)|,?\s+(?:(?i:composée?|constituée?|forte?)\s+)?)\s*(?i:de\s+|d['’])?\Z"
    ),
    # "auf eine Armee von 400.000 Menschen", "ein Kontingent von 300 Personen"
    "de": re.compile(
        r"(?<![\w-])(?i:armee|streitmacht|heer|kontingent|einheit|bataillon|brigade|division|garnison|truppe)"
        r"\s+(?i:von)\s+\Z"
    ),
    "en": re.compile(
        r"(?<![\w-])(?i:detachment|contingent|force|unit|battalion|brigade|regiment|garrison|task force)"
        r"(?:[^.;:!?\d\"“”()]{0,80}?\s(?i:has|had|numbers|numbered|comprises|comprised|of)|"
        r"\s+(?i:of|numbering|comprising|made up of))\s+\Z"
    ),
}
_PEOPLE_AFTER = {
    "fr": re.compile(r"\s+(?P<noun>(?i:personnes))(?![\w])"),
    "en": re.compile(r"\s+(?P<noun>(?i:people))(?![\w])"),
    "de": re.compile(rf"\s+(?P<noun>(?i:{MENSCHEN}))(?![\w])"),
}


# "die ukrainische Armee hat seit Mai mehr als 66 Tausend Menschen und 900 Panzer verloren", "Die Armee verlor 40.000
# Menschen": the people a force loses are its troops (one clause: no comma between the force and the count)
_FORCE_LOSING_BEFORE = re.compile(
    r"(?<![\w-])[\w-]*(?i:armee|streitkräfte|truppe|truppen|streitmacht|bundeswehr|heer)(?![\w-])"
    r"(?P<verb>\s+(?i:verlor|verliert))?[^.,;:!?\d«»\"“”()]{0,80}?\s+\Z"
)
_PEOPLE_LOST_AFTER = re.compile(
    r"\s+(?P<noun>(?i:menschen))(?:\s+(?i:und|sowie)\s+[\d.,]+\s+[\w-]+)?"
    r"(?P<verb>\s+(?:[a-zäöüß]\w*\s+)?(?i:verloren)(?![\w]))?"
)


_PREPOSITION_BEFORE = re.compile(r"(?<![\w])(?i:zu|mit|von|für|an|bei|unter|gegen|um|nach|aus)\s+\Z")


def _people_lost_by_a_force(ctx: _Context, c: _Count) -> _Head | None:
    people = _PEOPLE_LOST_AFTER.match(ctx.text, c.end)
    if people is None or c.year_like:
        return None
    force = _FORCE_LOSING_BEFORE.search(ctx.text, max(0, c.start - 120), c.start)
    if force is None or not (force.group("verb") or people.group("verb")):
        return None
    if (
        _POLICE.search(force.group())
        or _CIVIL_NOUN.search(force.group())
        or _PREPOSITION_BEFORE.search(ctx.text, max(0, c.start - 8), c.start)
    ):
        return None  # "verlor den Kontakt zu 300 Menschen": people the force deals with
    return _Head("noun", people.group("noun"), people.end("noun"))


def _people_of_a_force(ctx: _Context, c: _Count) -> _Head | None:
    if ctx.lang == "de":
        return _people_lost_by_a_force(ctx, c)
    if ctx.lang not in _PEOPLE_AFTER or not (people := _PEOPLE_AFTER[ctx.lang].match(ctx.text, c.end)):
        return None
    s = ctx.sentences.spans[ctx.sentences.index_of(c.start)][0]
    force = _FORCE_OF_PEOPLE_BEFORE[ctx.lang].search(ctx.text, max(s, c.start - 110), c.start)
    if force is None or _POLICE.search(ctx.sentence_text(c.start)) or not _military(ctx, c.start):
        return None
    return _Head("noun", people.group("noun"), people.end())


def _serving_as_troops(ctx: _Context, c: _Count) -> _Head | None:
    """'dienten 38.000 als Soldatinnen': a count whose role as troops follows it."""
    if ctx.lang != "de":
        return None
    as_role = _AS.match(ctx.text, c.end)
    return _noun_head(ctx, c, as_role.end()) if as_role else None


def _share_of_count_before(ctx: _Context, c: _Count, previous: Mention | None) -> _Head | None:
    """'rund 8.000 Frauen, etwa 900 von ihnen im Einsatz': a share of the troops just counted."""
    anaphora = ctx.g.anaphora.match(ctx.text, c.end)
    if (
        anaphora is None
        or previous is None
        or ctx.sentences.index_of(previous.char_start) != ctx.sentences.index_of(c.start)
        or not 0 <= c.start - previous.char_end <= 60
        or _DIGIT.search(ctx.text, previous.char_end, c.start)
        or _normal(anaphora.group()) in _ANAPHORA_OUTSIDE
    ):
        return None
    if _normal(anaphora.group()) not in _RELATIVE_OUTSIDE:
        c.end = anaphora.end()
    return _Head("ellipsis", str(previous.extra["noun"]), c.end)


# The forces of public order: police and gendarmes, whatever their number
_ORDER_FORCES = re.compile(r"\s+(?i:de\s+l['’]ordre|de\s+police|of\s+law\s+and\s+order)(?![\w])")


def _anaphora_head(ctx: _Context, c: _Count) -> _Head | None:
    """'thousands of them' (the pronoun joins the count), 'four of them soldiers' (the noun is the head)."""
    g = ctx.g
    anaphora = g.anaphora.match(ctx.text, c.end)
    if anaphora is None:
        return None
    if head := _noun_head(ctx, c, anaphora.end()):
        return head
    copula = _COPULA_AFTER.match(ctx.text, anaphora.end())
    if copula and (head := _noun_head(ctx, c, copula.end())):
        return head  # "30 people, 12 of whom were soldiers"
    antecedent = _antecedent(ctx, c.start, 2, g.force_anywhere)
    if antecedent is None or _ORDER_FORCES.match(ctx.text, antecedent.end()):
        return None  # "20 membres des forces de l'ordre ... Onze d'entre eux": police, not troops
    sentence_start = ctx.sentences.spans[ctx.sentences.index_of(c.start)][0]
    if _PEOPLE_COUNTED.search(ctx.text, sentence_start, c.start):
        return None
    counted = _last(_NUMBER_BEFORE.finditer(ctx.text, sentence_start, antecedent.start()))
    if counted and not ctx.g.follow.match(ctx.text, counted.end()):
        return None  # "300 Deutsche ... haben die Soldaten ausgeflogen, 100 von ihnen": of the people counted first
    if _normal(anaphora.group()) not in _ANAPHORA_OUTSIDE | _RELATIVE_OUTSIDE:
        c.end = anaphora.end()  # "Millionen von ihnen": the reference belongs to the count phrase
    return _Head("anaphora", noun_end=c.end, antecedent=antecedent)


# "..., was einen Rückgang von 1.300 zum Vorjahr bedeutet": a change in the troops named before, its figure ending
# its phrase
_DIFFERENCE_BEFORE = re.compile(
    r"(?<![\w])(?i:rückgang|anstieg|zuwachs|zunahme|abnahme|aufwuchs|plus|minus)\s+(?i:von|um)\s+\Z"
)
_CAPITAL = re.compile(r"(?<![\w-])[A-ZÄÖÜ]")
_DIFFERENCE_END = re.compile(
    r"\s*(?:[.,;:!?)]|\Z)|\s+(?i:zum|gegenüber|im|seit|verglichen|binnen|innerhalb|bedeutet|darstellt)(?![\w])"
)


def _joining_or_difference_head(ctx: _Context, c: _Count) -> _Head | None:
    """'knapp 18.800 zur Truppe stießen': people joining an army; '340 weniger als im Vorjahr': a difference
    in the troops named before."""
    text = ctx.text
    if c.year_like:
        return None
    army = _INTO_ARMY_AFTER.match(text, c.end)
    if army and not _ARMY_NAMED_BY_NUMBER.search(text, max(0, c.start - 12), c.start):
        return _Head("bare", noun_end=c.end, antecedent=_ARMY_NOUN.match(text, army.start("noun")))
    after = _DIFFERENCE_AFTER.match(text, c.end)
    change = (
        None
        if after or ctx.lang != "de" or not _DIFFERENCE_END.match(text, c.end)
        else _DIFFERENCE_BEFORE.search(text, max(0, c.start - 24), c.start)
    )
    if not (after or change):
        return None
    # (a change named before its figure is one of the troops of its own sentence, with no other noun between)
    antecedent = _antecedent(ctx, c.start, 1 if after else 0, ctx.g.force_anywhere)
    if antecedent is None or _POLICE.search(text, max(0, antecedent.start() - 25), antecedent.end()):
        return None
    if change and _CAPITAL.search(
        text, max(antecedent.end(), text.rfind(",", 0, change.start())), change.start()
    ):
        return None
    return _Head("bare", noun_end=c.end, antecedent=antecedent)


def _year_or_vote(text: str, c: _Count) -> bool:
    """A bare number that is a year or a vote, not a count of troops."""
    if _VOTES_AFTER.match(text, c.end):
        return True  # "436 Abgeordnete stimmten dafür, 226 dagegen, 10 enthielten sich": votes
    # "2022 waren es 200", "2031 sollen es 203.000 sein": the year of the count after it;
    # "(Stand: 2020)", "zwischen 1979 und 1989", "das Datum auf 2027": a year, not a count
    return c.year_like and bool(
        _VERB_IT_AFTER.match(text, c.end)
        or _YEAR_CUE_BEFORE.search(text, max(0, c.start - 30), c.start)
        or _DATE_WORD_BEFORE.search(text, max(0, c.start - 70), c.start)
    )


def _that_is_head(ctx: _Context, c: _Count) -> _Head | None:
    """'Wagner hat viele Anhänger in Afrika, das sind rund 5000': a figure put on the troops or members just named."""
    if ctx.lang != "de" or c.year_like:
        return None
    text = ctx.text
    s = ctx.sentences.spans[ctx.sentences.index_of(c.start)][0]
    if not _THAT_IS_BEFORE.search(text, max(s, c.start - 20), c.start) or not _CLAUSE_END_AFTER.match(
        text, c.end
    ):
        return None
    antecedent = _antecedent(ctx, c.start, 0, ctx.g.force_anywhere)
    if antecedent is None:
        # members of an armed group or army: in a military passage, or named in the compound ("Wagner-Anhänger")
        member = _last(_MEMBER_WORD.finditer(text, s, c.start))
        if member and (_military(ctx, c.start) or compound_actor(member.group())):
            antecedent = member
    if antecedent is None or _DIGIT.search(text, antecedent.end(), c.start):
        return None
    if _POLICE.search(text, max(s, antecedent.start() - 20), antecedent.end()):
        return None
    return _Head("bare", noun_end=c.end, antecedent=antecedent)


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    last = None
    for m in matches:
        last = m
    return last


# "Die Feuerwehr schickte 900 Helfer, die Polizei weitere 400": the police as the subject of a gapped clause
_POLICE_GAPPED_SUBJECT = re.compile(
    r"(?:,|\s(?i:und|sowie))\s+(?i:die|der)\s+(?:[\w-]+\s+)?\w*(?i:polizei)\s+"
    r"(?:(?i:weitere|weiteren|noch|nochmals|zusätzlich|zusätzliche|sogar|nur)\s+)?\Z"
)


def _police_named_last(ctx: _Context, c: _Count) -> bool:
    """'Blauhelme von 9.120 auf 7.640 und ausländische Polizisten von 1.210 auf 980':
    a bare count after police officers named closer than any troops is theirs."""
    if ctx.lang == "de" and _POLICE_GAPPED_SUBJECT.search(ctx.text, max(0, c.start - 50), c.start):
        return True
    # None in the 60 characters before the count is none in the sentence's part of them either; looked at first,
    # as finding the sentence splits the whole text, which most news texts need for nothing else.
    if not _POLICE_PERSONNEL.search(ctx.text, max(0, c.start - 60), c.start):
        return False
    s = ctx.sentences.spans[ctx.sentences.index_of(c.start)][0]
    police = _last(_POLICE_PERSONNEL.finditer(ctx.text, max(s, c.start - 60), c.start))
    if police is None:
        return False
    troops = _antecedent(ctx, c.start, 0, ctx.g.force_anywhere)
    return troops is None or troops.start() < police.start()


_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w-]*")
_DASH_THEN_FIGURE = re.compile(
    r"(?:\s[-–—]|:)\s+(?:(?i:zuletzt|derzeit|aktuell|zurzeit|heute|damals|insgesamt|mittlerweile|inzwischen|noch)\s+)?\Z"
)


def _figure_after_dash(ctx: _Context, c: _Count) -> _Head | None:
    """'in dem Großbritannien noch Soldaten unterhält - zuletzt etwa 600': the figure of the troops just named, given
    after a dash or a colon (no other noun between, a place aside: 'Soldaten bekamen Fahrzeuge: 300' counts the
    vehicles)."""
    text, g = ctx.text, ctx.g
    if (
        ctx.lang != "de"
        or c.year_like
        or not g.bare_end.match(text, c.end)
        or not _DASH_THEN_FIGURE.search(text, max(0, c.start - 30), c.start)
    ):
        return None
    troops = _antecedent(ctx, c.start, 0, g.troop_anywhere)
    if (
        troops is None
        or g.weak_noun.match(troops.group())
        or _DIGIT.search(text, troops.end(), c.start)
        or not all(place_pattern().fullmatch(w) for w in _CAPITALISED.findall(text, troops.end(), c.start))
    ):
        return None
    return _Head("bare", noun_end=c.end, antecedent=troops)


# "most of the troops will fly home, with about 800 left behind", "the navy mobilised its reservists, with 12,000
# ready to sail": the part of the troops just named that stays, waits or is ready
_WITH_BEFORE_ENFR = re.compile(
    r",\s+(?i:with|avec)\s+(?:(?i:only|just|still|some|seulement|encore|quelque)\s+)?\Z"
)
_FIGURE_NOT_YEAR = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d(?!\d))\d")
_REST_AFTER_ENFR = re.compile(
    r"\s+(?i:left(?:\s+behind)?|remaining|ready|on standby|on alert|to remain|to stay|staying|restants?|"
    r"restant|prêts?|en réserve|en alerte|qui resteront|qui restent)(?![\w])"
)


def _rest_with_troops(ctx: _Context, c: _Count) -> _Head | None:
    if ctx.lang not in ("en", "fr") or c.year_like or not _REST_AFTER_ENFR.match(ctx.text, c.end):
        return None
    text = ctx.text
    s = ctx.sentences.spans[ctx.sentences.index_of(c.start)][0]
    with_ = _WITH_BEFORE_ENFR.search(text, max(s, c.start - 20), c.start)
    if with_ is None or _POLICE.search(text, s, c.start) or _NOT_TROOPS_IN_CLAUSE.search(text, s, c.start):
        return None
    troops = _antecedent(ctx, with_.start(), 0, ctx.g.force_anywhere)
    if troops is None or _FIGURE_NOT_YEAR.search(text, troops.end(), c.start):
        return None
    return _Head("bare", noun_end=c.end, antecedent=troops)


# "the army confirmed the death of a sergeant and the wounding of 9 others", "la mort d'un caporal et la blessure
# de 4 autres": more losses of the troops the army reports, one of whom was just named
_LOSS_OF_BEFORE = re.compile(
    r"(?<![\w])(?i:(?:the\s+)?(?:wounding|injuring|killing|deaths?|capture)\s+of|"
    r"(?:la\s+)?(?:mort|blessure|capture)\s+de|(?:le\s+)?décès\s+de)\s+\Z"
)
_ONE_CIVILIAN = re.compile(
    r"(?<![\w])(?i:child|enfant|civilian|civile?|woman|femme|person|personne|resident|habitant|girl|boy|fille|"
    r"garçon|journalist\w*|passer-by|passant)(?![\w])"
)
_OTHERS_ONLY_AFTER = re.compile(r"\s+(?i:others|more|autres)(?![\w])")


def _loss_of_others_enfr(ctx: _Context, c: _Count) -> _Head | None:
    others = _OTHERS_ONLY_AFTER.match(ctx.text, c.end) if ctx.lang in ("en", "fr") else None
    if others is None:
        return None
    text = ctx.text
    s = ctx.sentences.spans[ctx.sentences.index_of(c.start)][0]
    if not _LOSS_OF_BEFORE.search(text, max(s, c.start - 20), c.start) or _CIVIL_IN_TOLL.search(
        text, s, c.start
    ):
        return None
    if (
        _POLICE.search(text, s, c.start)
        or _DIGIT.search(text, s, c.start)
        or _ONE_CIVILIAN.search(text, s, c.start)
    ):
        return None
    if not (ctx.g.army_named.search(text, s, c.start) or _antecedent(ctx, c.start, 0, ctx.g.force_anywhere)):
        return None
    return _Head("casualty", "others", others.end())


# "les combattants du groupe étaient 240 à être tués": the fighters named before, counted by "être N à" and a verb
# of dying or being hurt
_WERE_BEFORE_FR = re.compile(r"(?<![\w])(?i:étaient|sont|seraient|furent|ont été|avaient été)\s+\Z")
_TO_DIE_AFTER_FR = re.compile(
    r"\s+à\s+(?:(?i:être|avoir été)\s+(?i:tués|morts|blessés|capturés|faits prisonniers|portés disparus)|"
    r"(?i:mourir|périr|avoir péri|être morts|être tombés|avoir perdu la vie))(?![\w])"
)


def _were_n_to_die_fr(ctx: _Context, c: _Count) -> _Head | None:
    if ctx.lang != "fr" or not _TO_DIE_AFTER_FR.match(ctx.text, c.end):
        return None
    text = ctx.text
    index = ctx.sentences.index_of(c.start)
    s = ctx.sentences.spans[index][0]
    if not _WERE_BEFORE_FR.search(text, max(s, c.start - 16), c.start) or _CIVIL_IN_TOLL.search(
        text, s, c.start
    ):
        return None
    troops = _antecedent(ctx, c.start, 0, ctx.g.force_anywhere)
    if troops is not None and not _DIGIT.search(text, troops.end(), c.start):
        return _Head("casualty", noun_end=c.end, antecedent=troops)
    group = _group_before(ctx, index, c.start)
    if group is None or _DIGIT.search(text, group.end, c.start):
        return None
    return _Head("casualty", text[group.start : group.end], c.end)


# "avant les 1 000 autres de la base aérienne", "the 300 others at the camp": more troops told by their post
_OTHERS_OF_A_POST = re.compile(
    r"\s+(?i:de\s+la|du|des|de\s+l['’]|from\s+the|at\s+the|of\s+the)\s*"
    r"(?:[\w-]+\s+){0,2}?(?i:bases?|camps?|casernes?|garnisons?|garrisons?|contingents?|détachements?|detachments?|"
    r"postes?|outposts?|missions?)(?![\w])"
)


# "réduire les troupes ... de 36 000 à 24 000 est ...", "from 5,000 to 3,000 is": the step a change goes to,
# whatever follows it, right after the step it comes from
_FROM_STEP_BEFORE = re.compile(r"(?<![\w])(?i:de|d['’]|from)\s*\Z")
_TO_STEP_GAP = re.compile(r"\s+(?i:à|to)\s+\Z")


# "800 soldats sur les 2 100 rapatriés du Tchad", "700 troops of the 1,900 pulled out of Niger": the whole a
# share of troops is taken from, told by a participle rather than a noun of its own
_SHARE_OF_GAP = re.compile(r"\s+(?i:sur\s+les|of\s+the|out\s+of\s+the)\s+\Z")
_PARTICIPLE_AFTER = re.compile(
    r"\s+(?:[a-zéèêàâîôûç]+(?:és|ées|ing|ed|wn)|sent|left|kept|held|(?i:still|encore|déjà|already))(?![\w])"
)


_AFTER_PARTICIPLE = re.compile(
    r"\s*[,.;:)]|\s+(?:d['’]|[A-Z]|(?i:de|du|des|en|au|aux|à|dans|vers|depuis|from|in|to|at|by|since|for|are|were|"
    r"will|would|have|had|sont|seront|resteront|ont|étaient|avaient)(?![\w]))"
)


def _whole_of_a_share(ctx: _Context, c: _Count, previous: Mention | None) -> _Head | None:
    if ctx.lang not in ("en", "fr") or previous is None or c.year_like or previous.char_end > c.start:
        return None
    text = ctx.text
    if not _SHARE_OF_GAP.search(
        text, max(previous.char_end, c.start - 14), c.start
    ) or not previous.extra.get("noun"):
        return None
    gap = text[previous.char_end : c.start]
    participle = _PARTICIPLE_AFTER.match(text, c.end)
    if (
        _DIGIT.search(gap)
        or len(gap) > 40
        or not participle
        or not _AFTER_PARTICIPLE.match(text, participle.end())
    ):
        return None  # ("5 soldiers of the 20 wounded civilians": a participle of another noun)
    return _Head("ellipsis", str(previous.extra["noun"]), c.end)


def _second_step_of_change(ctx: _Context, c: _Count, previous: Mention | None) -> _Head | None:
    if ctx.lang not in ("en", "fr") or previous is None or c.year_like or previous.char_end > c.start:
        return None
    text = ctx.text
    if not (
        _TO_STEP_GAP.fullmatch(text, previous.char_end, c.start)
        and _FROM_STEP_BEFORE.search(text, max(0, previous.char_start - 6), previous.char_start)
    ):
        return None
    return _Head("ellipsis", str(previous.extra["noun"]), c.end)


def _force_strength_in_people(ctx: _Context, c: _Count) -> _Head | None:
    """German: "die Zahl der Streitkräfte ... beträgt heute 95.200 Menschen": the force's strength told in people,
    the word ending the clause."""
    text, g = ctx.text, ctx.g
    people = _PEOPLE_CLOSING.match(text, c.end)
    if people is None:
        return None
    force_of = g.force_before.search(text, max(0, c.start - 60), c.start)
    if force_of and not _not_a_change_of_troops(ctx, c, force_of):
        return _Head("force_of", noun_end=people.end())
    inverted = _VERB_THEN_NUMBER_OF_FORCE.search(
        text, max(0, c.start - 100), c.start
    ) or _FORCE_WITH_BEFORE.search(text, max(0, c.start - 40), c.start)
    if (
        inverted
        and g.force_anywhere.fullmatch(inverted.group("force"))
        and not _POLICE.search(inverted.group())
        and _military(ctx, c.start)  # "Der Verband mit 3.000 Personen": a trade association
    ):
        return _Head("force_of", noun_end=people.end())
    if _STRENGTH_VERB_BEFORE.search(text, max(0, c.start - 30), c.start):
        sentence_start = ctx.sentences.spans[ctx.sentences.index_of(c.start)][0]
        number_of = _NUMBER_OF_IN_SENTENCE.search(text, sentence_start, c.start)
        troops = number_of and g.troop_anywhere.match(text, number_of.end())
        # one clause: no figure and no comma between the troops and the verb ("die Zahl der Soldaten stieg,
        # die Bevölkerung beträgt 9.000 Menschen" is no count)
        between = text[troops.end() : c.start] if troops else ""
        if troops and len(between) < 90 and not _DIGIT.search(between) and "," not in between:
            return _Head("force_of", noun_end=people.end())
    return None


def _bare_head(ctx: _Context, c: _Count, previous: Mention | None) -> _Head | None:
    """A count with no noun of its own, ending its phrase: "an army of 5,000", "numbering 1,000"."""
    text, g = ctx.text, ctx.g
    if head := (
        _joining_or_difference_head(ctx, c)
        or _rest_with_troops(ctx, c)
        or _were_n_to_die_fr(ctx, c)
        or _loss_of_others_enfr(ctx, c)
        or _it_is_head(ctx, c)
        or _subject_of_troop_verb(ctx, c)
        or _troops_put_first(ctx, c)
        or _present_now_head(ctx, c, previous)
        or _country_with_head(ctx, c, previous)
        or _bracket_after_troops(ctx, c)
        or _infobox_head(ctx, c)
        or _part_of_whole_alone(ctx, c, previous)
        or _each_or_changed_to(ctx, c, previous)
        or _listed_before_troops(ctx, c)
        or _as_many_troops_as(ctx, c)
        or _figure_after_dash(ctx, c)
        or _second_step_of_change(ctx, c, previous)
        or _whole_of_a_share(ctx, c, previous)
    ):
        return head
    # "13 weitere in der Nähe": "weitere" after the number stays outside the count
    others = _OTHERS_AFTER.match(text, c.end)
    of_a_post = others is not None and _OTHERS_OF_A_POST.match(text, others.end())
    if not (
        g.bare_end.match(text, others.end() if others else c.end) or of_a_post
    ) or _NOT_TROOPS_AFTER.match(text, c.end):
        return _force_figure_in_clause(ctx, c)
    if _year_or_vote(text, c):
        return None
    if _police_named_last(ctx, c):
        return None
    if (
        ctx.lang == "de"
        and not c.year_like
        and _ARTICLE_BEFORE.search(text, max(0, c.start - 8), c.start)
        and (troops := _antecedent(ctx, c.start, 0, g.troop_anywhere))
        and not _DIGIT.search(text, troops.end(), c.start)
    ):
        # "viel mehr Reservisten ..., als die etwa 25.000, die wir jetzt einplanen": the troops named before
        return _Head("bare", noun_end=c.end, antecedent=troops)
    noun_before = _NOUN_THEN_BRACKET.search(text, max(0, c.start - 40), c.start)
    if noun_before and _BRACKET_CLOSE.match(text, c.end) and _CIVIL_NOUN.fullmatch(noun_before.group(1)):
        return None  # "5.000 Soldaten und Zivilisten (ca. 300)": a figure put on the noun before the bracket
    if force_of := g.force_before.search(text, max(0, c.start - 60), c.start):
        return None if _not_a_change_of_troops(ctx, c, force_of) else _Head("force_of", noun_end=c.end)
    if ctx.lang == "de" and (fallen := _fallen_of_a_people(ctx, c)):
        return fallen
    if _IN_NUMBER_AFTER.match(text, c.end) and (antecedent := _antecedent(ctx, c.start, 1, g.force_anywhere)):
        return _Head("bare", noun_end=c.end, antecedent=antecedent)
    found, head = _triggered_bare_head(ctx, c, previous)
    if found:
        return head
    more = others and _antecedent(ctx, c.start, 1, g.troop_anywhere)
    if more and not _DIGIT.search(text, max(more.end(), previous.char_end if previous else 0), c.start):
        # "Quelque 1 000 soldats sont arrivés. 300 à 400 autres seraient envoyés": more of the troops before,
        # unless another count stands between ("killing 11 people and injuring 23 others")
        return _Head("bare", noun_end=c.end, antecedent=more)
    return _ellipsis_head(ctx, c, previous)


# "Die Reservisten sollen bis 2030 um 1.000 auf 4.500 steigen": the step of a change of the troops named before it,
# told with "um" and followed by the level the change reaches ("um 2030" alone is a year, "um 15 Uhr" a time)
_LEVEL_REACHED_AFTER = re.compile(
    r"\s+(?i:auf)\s+(?:(?i:rund|etwa|ca\.|circa|knapp|gut|über|mehr als|insgesamt|nur noch|noch)\s+)?\d"
)
_FIGURE = re.compile(r"\d[\d.,\u202f\u00a0]*")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _step_of_a_change(ctx: _Context, c: _Count) -> _Head | None:
    text = ctx.text
    if (
        ctx.lang != "de"
        or c.year_like
        or not _LEVEL_REACHED_AFTER.match(text, c.end)
        or not _UM_BEFORE.search(text, max(0, c.start - 5), c.start)
    ):
        return None
    troops = _antecedent(ctx, c.start, 0, ctx.g.troop_anywhere)
    if troops is None or _POLICE.search(text, troops.start(), c.start):
        return None
    # only years between the troops and the step ("bis 2025"): another figure would be what changes
    if any(not _YEAR.fullmatch(f.group()) for f in _FIGURE.finditer(text, troops.end(), c.start)):
        return None
    return _Head("bare", noun_end=c.end, antecedent=troops)


# "Polen schickt 400, Litauen 250 und Estland 120 Soldaten", "in Gao 700, in Bamako 90 und in Niamey 60 Soldaten":
# figures listed with the states or places they belong to share the troop noun of the last one
_LIST_NEXT = re.compile(
    r"(?:\s*,\s*(?:(?i:und|sowie)\s+)?|\s+(?i:und|sowie)\s+)"
    # ("und - für eine Übung - in Kundus 40 Soldaten": an aside between dashes)
    r"(?:[-–—][^-–—\d.;:!?]{1,50}[-–—]\s+)?"
    r"(?:(?i:in|im|nach|aus|bei|an|am|auf)\s+(?:(?i:der|dem|den|die)\s+)?)?"
    r"[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?\s+"
    r"(?:(?i:rund|etwa|knapp|gut|fast|nur|noch|sogar|weitere|bis zu|mehr als|über|mindestens)\s+)?"
    r"\d{1,3}(?:[.\u202f\u00a0 ]\d{3})*(?![\d,.]\d)"
)
_LIST_FIGURE_END = re.compile(r"\s*,|\s+(?i:und|sowie)\s")


def _listed_before_troops(ctx: _Context, c: _Count) -> _Head | None:
    text = ctx.text
    if ctx.lang != "de" or c.year_like or not _LIST_FIGURE_END.match(text, c.end):
        return None
    pos = c.end
    for _ in range(4):
        listed = _LIST_NEXT.match(text, pos)
        if listed is None:
            return None
        pos = listed.end()
        head = _noun_head(ctx, c, pos)
        if head is not None and not head.weak:
            return _Head("ellipsis", head.noun, c.end)
        if not _LIST_FIGURE_END.match(text, pos):
            return None
    return None


# "Spanien stellt mit 900 etwa genauso viele Soldaten wie Portugal", "mit 400 doppelt so viele Soldaten": the count
# compared with another's, its troop noun after the comparison
_AS_MANY_AFTER = re.compile(
    r"\s+(?:(?i:etwa|ungefähr|fast|nahezu|beinahe|rund|in etwa)\s+)?"
    r"(?i:genauso|ebenso|gleich|so|doppelt so|dreimal so|halb so|fast so|nicht so)\s+(?i:viele)(?=\s)"
)


def _as_many_troops_as(ctx: _Context, c: _Count) -> _Head | None:
    if ctx.lang != "de" or c.year_like:
        return None
    as_many = _AS_MANY_AFTER.match(ctx.text, c.end)
    head = as_many and _noun_head(ctx, c, as_many.end())
    if not head or head.weak:
        return None
    return _Head("noun", head.noun, c.end)


# "Immer mehr Soldaten stoßen dazu. Bis zu 1.800 sollen es sein": a figure opening its sentence, put on the troops
# of the sentence before by "es" after its verb
_IT_AFTER = re.compile(
    r"\s+(?i:sollen|sollten|werden|würden|dürften|könnten|sind|waren|seien|wären)\s+(?i:es)(?![\w])"
)


# "Die Bundeswehr verstärkt ihre Präsenz. 300 wurden bereits verlegt": a figure opening its sentence as the subject of a
# verb said of troops, the army or troops named in the sentence before being its noun; casualties only of troops named
_DEPLOYED_AFTER = re.compile(
    r"\s+(?i:wurden|werden|sind|sollen|sollten|seien|waren)\s+(?:[\w-]+\s+){0,3}?"
    r"(?i:verlegt|entsandt|stationiert|abgezogen|geschickt|eingesetzt|zurückgeholt|ausgeflogen|mobilisiert|"
    r"einberufen|eingezogen|ausgebildet)(?![\w])"
    # "Die Bundeswehr hat 900 Soldaten im Land. 400 beteiligen sich an der Ausbildungsmission": an active verb of
    # taking part in an operation
    r"|\s+(?:(?i:beteiligen|beteiligten)\s+(?i:sich)|(?i:nehmen|nahmen))\s+(?:(?i:noch|bereits|derzeit|zudem)\s+)?"
    r"(?i:an|am)\s+(?:[\w-]+\s+){0,3}?[\w-]*(?i:operation|mission|einsatz|übung|manöver|kämpfe|kampf|offensive|angriff|ausbildung)[\w-]*(?![\w-])"
)
_KILLED_AFTER = re.compile(
    r"\s+(?i:wurden|sind|seien|waren)\s+(?:[\w-]+\s+){0,3}?(?i:getötet|verwundet|verletzt|gefallen|vermisst)(?![\w])"
    # "Rund 60.000 kamen in den Lagern ums Leben", "Rund 300 starben bei den Kämpfen": the
    # death of the troops just named told with an intransitive verb
    r"|\s+(?i:kamen|sind|seien|waren)\s+(?:[\w-]+\s+){0,4}?(?i:ums\s+leben)(?![\w])"
    r"|\s+(?i:starben|sterben|fielen|gerieten\s+(?:[\w-]+\s+){0,3}?in\s+(?:kriegs)?gefangenschaft)(?![\w])"
)


def _subject_of_troop_verb(ctx: _Context, c: _Count) -> _Head | None:
    if ctx.lang != "de" or c.year_like:
        return None
    index = ctx.sentences.index_of(c.start)
    if index == 0 or ctx.sentences.spans[index][0] != c.start:
        return None
    text, g = ctx.text, ctx.g
    s = ctx.sentences.spans[index - 1][0]
    if _POLICE.search(text, s, ctx.sentences.spans[index][1]):
        return None
    if _DEPLOYED_AFTER.match(text, c.end):
        antecedent = _antecedent(ctx, c.start, 1, g.force_anywhere) or _last(
            g.army_named.finditer(text, s, c.start)
        )
    elif _KILLED_AFTER.match(text, c.end):
        troops = [m for m in g.troop_anywhere.finditer(text, s, c.start) if not g.weak_noun.match(m.group())]
        antecedent = troops[-1] if troops else None
    else:
        return None
    if antecedent is None or _DIGIT.search(text, antecedent.end(), c.start):
        return None
    return _Head("bare", noun_end=c.end, antecedent=antecedent)


# "Reservisten wurden bis zum Sommer rund 8.000 einberufen": the troop noun put first, the figure later in its clause
# before the participle that ends it
_AUX_AFTER_TOPIC = re.compile(
    r"\s+(?i:sind|wurden|waren|seien|werden|sollen|sollten|haben|hatten)\s+(?:[^\W\d][\w-]*[,]?\s+|\([^()\d]*\d*[^()]*\)\s+){0,6}?\Z"
)
_PARTICIPLE_ENDS_CLAUSE = re.compile(
    r"\s+(?:(?i:ein|aus|ab|zu|an)?[a-zäöüß]\w*(?:t|en))(?:\s+(?i:worden|sein))?\s*(?:[.;,]|\Z)"
)


def _troops_put_first(ctx: _Context, c: _Count) -> _Head | None:
    if ctx.lang != "de" or c.year_like or not _PARTICIPLE_ENDS_CLAUSE.match(ctx.text, c.end):
        return None
    text, g = ctx.text, ctx.g
    s = ctx.sentences.spans[ctx.sentences.index_of(c.start)][0]
    noun = g.troop_anywhere.match(text, s)
    if (
        noun is None
        or _POLICE.search(text, s, c.start)
        or not _AUX_AFTER_TOPIC.match(text[noun.end() : c.start])
    ):
        return None
    if g.weak_noun.fullmatch(noun.group()) and not _military(ctx, c.start):
        return None
    return _Head("bare", noun_end=c.end, antecedent=noun)


_CLAUSE_END_AFTER_WHOLE = re.compile(r"\s*(?:[.;!?]|\Z)")


# "Die Brigade soll auf 3000 Soldaten wachsen. Derzeit sind 700 vor Ort": a figure right after "now there are" opening
# its sentence, said to be present (on site, deployed, stationed somewhere), counts the troops of the sentence before
_NOW_ARE = re.compile(
    r"(?:(?i:derzeit|zurzeit|zur\s+zeit|aktuell|momentan|gegenwärtig|inzwischen|mittlerweile|jetzt|heute|noch|davon)"
    # "In Tirol sind 60 an der Grenze im Einsatz": the share of another place, opening its sentence
    r"|(?i:in|im)\s+(?:(?i:der|dem|den)\s+)?[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)\s+"
    # "In Deutschland kamen bereits 300 an": or arrived there
    r"(?i:sind|seien|waren|wären|kamen|trafen|landeten|(?P<serve>helfen|halfen|dienen|dienten|arbeiten|unterstützen))\s+"
    r"(?:(?i:noch|bereits|schon|nur\s+noch|erst|derzeit|zurzeit|aktuell|inzwischen|nun)\s+)?"
)
_PRESENT_AFTER = re.compile(
    r"\s+(?:(?i:noch|bereits|schon|dort|fest)\s+)?"
    r"(?:(?i:in|im|auf|an|am|beim|bei)\s+[\w-]+(?:\s+[\w-]+){0,2}?\s+)?"
    r"(?i:vor\s+Ort|im\s+Einsatz|im\s+Land|einsatzbereit|stationiert|eingesetzt)(?![\w])"
    # the particle of an arrival ending the clause ("kamen 300 an.", "trafen 120 ein,")
    r"|\s+(?i:an|ein)(?=\s*(?:[.,;:!?]|\Z))"
)


# "In Graz helfen 45 bei Kontrollen, mit denen sie die Polizei entlasten": police named only as those the troops help
_SUPPORTING = re.compile(r"(?<![\w])(?i:unterstütz\w*|assistenz\w*|entlast\w*)")


def _present_now_head(ctx: _Context, c: _Count, previous: Mention | None) -> _Head | None:
    if ctx.lang != "de" or c.year_like:
        return None
    index = ctx.sentences.index_of(c.start)
    start, end = ctx.sentences.spans[index]
    opening = _NOW_ARE.match(ctx.text, start)
    if index == 0 or opening is None or opening.end() != c.start:
        return None
    # "In Tirol helfen derzeit 120, in Salzburg 80": a verb of service needs no word of presence after the figure
    served = opening.group("serve") and _CLAUSE_END_AFTER.match(ctx.text, c.end)
    if not (served or _PRESENT_AFTER.match(ctx.text, c.end)):
        return None
    if any(
        not _SUPPORTING.search(ctx.text, max(0, m.start() - 40), min(end, m.end() + 150))
        for m in _POLICE.finditer(ctx.text, ctx.sentences.spans[index - 1][0], end)
    ):
        return None
    antecedent = _antecedent(ctx, c.start, 1, ctx.g.force_anywhere)
    if antecedent is None:
        return None
    # another figure in between counts something else ("300 Panzer"), unless it was the troops' own count
    if _DIGIT.search(ctx.text, max(antecedent.end(), previous.char_end if previous else 0), c.start):
        return None
    return _Head("bare", noun_end=c.end, antecedent=antecedent)


def _it_is_head(ctx: _Context, c: _Count) -> _Head | None:
    if ctx.lang != "de" or c.year_like or not _IT_AFTER.match(ctx.text, c.end):
        return None
    index = ctx.sentences.index_of(c.start)
    if index == 0 or ctx.sentences.spans[index][0] != c.start:
        return None
    antecedent = _antecedent(ctx, c.start, 1, ctx.g.troop_anywhere)
    if antecedent is None or _DIGIT.search(ctx.text, antecedent.end(), c.start):
        return None
    return _Head("bare", noun_end=c.end, antecedent=antecedent)


# "die Haubitzen gehen an die Truppe, acht 2026, danach 30 im Jahr 2027": the force receives what is counted
_FORCE_AS_RECIPIENT_BEFORE = re.compile(r"(?<![\w])(?i:an)\s+(?i:die|das|den)\s+\Z")


def _not_a_change_of_troops(ctx: _Context, c: _Count, force_of: re.Match[str]) -> bool:
    """'die Truppe soll um 2030 bereit sein': about a year; 'die Landespolizei stockt ihren Bestand um zwölf auf':
    a change of a police force; 'an die Truppe, danach 30 im Jahr 2027': the force as a recipient."""
    if ctx.lang == "de" and (
        _FORCE_AS_RECIPIENT_BEFORE.search(ctx.text, max(0, force_of.start() - 8), force_of.start())
        or _CIVIL_STAFF.search(
            ctx.text, force_of.start(), c.start
        )  # "Armee (Militär plus Zivilpersonal) auf"
    ):
        return True
    return bool(_UM_BEFORE.search(force_of.group())) and bool(
        c.year_like or _POLICE.search(ctx.sentence_text(c.start))
    )


# men and women, who are troops only where the count put on them was taken as troops
_PLAIN_MEN = re.compile(r"(?i:männer|männern|frauen|mann)")


# "Die Zahl der Soldaten lag 2019 bei 900": a year, then the figure it was told with
_YEAR_THEN_FIGURE = re.compile(
    r"\s+(?:(?i:noch|nur|erst|schon|bereits|etwa|rund)\s+)?(?i:bei|auf|um|mit)\s+(?:[\w.-]+\s+){0,2}?\d"
)


def _year_then_figure(ctx: _Context, c: _Count) -> bool:
    return ctx.lang == "de" and c.year_like and bool(_YEAR_THEN_FIGURE.match(ctx.text, c.end))


def _bare_on(ctx: _Context, c: _Count, antecedent: re.Match[str], previous: Mention | None) -> _Head | None:
    """The troops named before, unless men whose own count was no troop count ("Als 90.000 junge Männer
    Zivildienst taten, waren es später 40.000": neither is the figure put on them again)."""
    if (
        ctx.lang == "de"
        and _PLAIN_MEN.fullmatch(antecedent.group())
        and _DIGIT.search(ctx.text, max(0, antecedent.start() - 30), antecedent.start())
        and (previous is None or previous.char_end < antecedent.start() - 40)
    ):
        return None
    return _Head("bare", noun_end=c.end, antecedent=antecedent)


def _people_counted_not_as_troops(ctx: _Context, start: int, end: int, previous: Mention | None) -> bool:
    """People counted before a bare part of them, unless their count was itself taken as troops ("im Heer dienten
    etwa 50.000 Menschen (davon bei den Seestreitkräften 8.000)")."""
    for m in _PEOPLE_COUNTED.finditer(ctx.text, start, end):
        if previous is None or not previous.char_start <= m.start() < previous.char_end:
            return True
    return False


def _triggered_bare_head(ctx: _Context, c: _Count, previous: Mention | None) -> tuple[bool, _Head | None]:
    """A bare count after a word that puts a figure on troops ("numbering", "an army of", a copula): whether
    such a word stands before it, and the head it gets (None: it counts something else)."""
    text, g = ctx.text, ctx.g
    for trigger, back in ((g.bare_trigger_before, 0), (g.copula_before, 2)):
        found = trigger.search(text, max(0, c.start - 130), c.start)
        if not found or _year_then_figure(ctx, c):
            continue
        # only now: finding the sentence splits the whole text, which most news texts need for nothing else
        index = ctx.sentences.index_of(c.start)
        if _ANAPHORIC_START.match(text, ctx.sentences.spans[index][0]):
            back = max(back, 1)  # "Ce nombre est passé à 1,15 million": the troops of the sentence before
        antecedent = _antecedent(ctx, c.start, back, g.force_anywhere)
        their = _THEIR_NUMBER.search(text, max(0, found.start() - 12), c.start)
        bare_number = _NUMBER_WORD.match(text, found.start()) and not _NUMBER_OF_OWN_NOUN.match(
            text, found.start()
        )
        if (
            antecedent is None
            and back == 0
            and (troops_word := _TROOP_NUMBER_WORD.match(text, found.start()))
        ):
            antecedent = troops_word  # "die Truppenzahl wurde auf 2,4 Millionen reduziert"
        if antecedent is None and back == 0 and (their or bare_number):
            # "Damit stieg die Gesamtzahl auf 4529": the number of the troops of the sentence before
            antecedent = _antecedent(ctx, c.start, 1, g.force_anywhere) or _antecedent_after(ctx, c.start)
        # ("... 40,000 fighters. Its stock of rockets grew from 9,000 to 60,000": the rockets' figures)
        if _arms_counted(ctx, c) or (antecedent and _counts_something_else(ctx, antecedent, c, previous)):
            return True, None
        if (
            antecedent
            and _MORE_START.match(text, ctx.sentences.spans[index][0])
            and _DIGIT.search(text, antecedent.end(), c.start)
        ):
            return (
                True,
                None,
            )  # "Die Armee hat 300 Panzer geliefert. Weitere 200": more of what was counted last
        if back and _people_counted_not_as_troops(ctx, ctx.sentences.spans[index][0], c.start, previous):
            return (
                True,
                None,
            )  # "rund 30 Menschen, darunter 8 in einem Lastwagen": part of the people counted
        if antecedent:
            return True, _bare_on(ctx, c, antecedent, previous)
        if (losses := _losses_before(ctx, c.start)) and not _CIVIL_IN_TOLL.search(
            text, losses.start(), c.start
        ):
            return True, _Head("casualty", noun_end=c.end, antecedent=losses)
        worded = any(ch.isalpha() for ch in found.group())  # a word, not a mere comma or colon
        if worded and not c.year_like and previous is not None and _last_troops_counted(ctx, c, previous):
            # "184,000 Americans were in the field ... the number exceeded 538,000": the troops counted last
            return True, _Head("ellipsis", str(previous.extra["noun"]), c.end)
    return False, None


# "Der Plan sieht eine Truppenstärke von 150.000 vor": the clause goes on after the figure of a force, with no
# noun of its own after it (not an adjective before one: "ein Kontingent von 70 weiteren Polizisten")
_FORCE_FIGURE_AFTER = re.compile(r"\s+(?![a-zäöüß]\w*(?:e|en|er|es|em)\s+[A-ZÄÖÜ])[a-zäöüß]\w*(?![\w-])")


def _force_figure_in_clause(ctx: _Context, c: _Count) -> _Head | None:
    text, g = ctx.text, ctx.g
    if ctx.lang == "de" and not c.year_like and (people_head := _force_strength_in_people(ctx, c)):
        return people_head
    if ctx.lang != "de" or c.year_like or not _FORCE_FIGURE_AFTER.match(text, c.end):
        return None
    if g.unit_after.match(text, c.end) or _NOT_TROOPS_AFTER.match(text, c.end) or _police_named_last(ctx, c):
        return None
    force_of = g.force_before.search(text, max(0, c.start - 60), c.start)
    if force_of is None or _not_a_change_of_troops(ctx, c, force_of):
        return None
    return _Head("force_of", noun_end=c.end)


# "Polen schickt 420 Soldaten, Rumänien ist mit 310 dabei": a state and "mit" before a bare figure, in a list of
# contributors after troops counted (a verb may stand between the state and "mit")
_COUNTRY_WITH_BEFORE = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÄÖÜ][\w-]+)\s+(?:(?:ist|sind|war|waren|stellt|stellte|folgt|folgen)\s+)?mit\s+\Z"
)


# "Die Reservisten (derzeit 4200) sollen ...", "der Sollbestand des Heeres (rund 60.000)": the figure of troops or of
# a force's strength in brackets right after its noun, an adverb of time or a qualifier may open the bracket
_BRACKET_OPEN_AFTER_NOUN = re.compile(
    r"(?P<noun>[\w-]+)(?:\s+(?i:des|der)\s+[^\s\d(),.;:!?]+){0,3}\s*\(\s*"
    r"(?:(?i:derzeit|aktuell|zurzeit|heute|damals|zuletzt|bisher|bislang|insgesamt)\s+)?\Z"
)
_STRENGTH_WORD = re.compile(r"\w*(?i:bestand|bestandes|stärke)")
_RESERVE = re.compile(r"(?i:reservisten)")


def _bracket_after_troops(ctx: _Context, c: _Count) -> _Head | None:
    if ctx.lang != "de" or c.year_like or not _BRACKET_CLOSE.match(ctx.text, c.end):
        return None
    found = _BRACKET_OPEN_AFTER_NOUN.search(ctx.text, max(0, c.start - 80), c.start)
    if found is None:
        return None
    noun = found.group("noun")
    troops = ctx.g.troop_anywhere.fullmatch(noun) and (
        not ctx.g.weak_noun.match(noun) or _RESERVE.fullmatch(noun)
    )
    if not (troops or _STRENGTH_WORD.fullmatch(noun)) or _POLICE.search(noun):
        return None
    return _Head("bare", noun_end=c.end, antecedent=ctx.g.troop_anywhere.fullmatch(noun))


# An encyclopedia's box of a war or battle: a heading line ("Truppenstärke", "Verluste") and under it one line of
# figures per side, each line holding a figure alone ("ca. 20.000–25.000", "12.000[4]", "unbekannt")
_BOX_HEADING = re.compile(r"\s*(?i:truppenstärke|stärke|verluste|truppen)\s*")
_BOX_FIGURE_LINE_END = re.compile(r"[ \t]*(?:\[\d+\][ \t]*)*(?:\n|\Z)")
_BOX_OTHER_LINE = re.compile(
    r"\s*(?:(?i:ca\.|etwa|rund|über|mindestens|mehr als)\s*)?\d[\d.,’' –-]*(?:\[\d+\])*\s*|\s*(?i:unbekannt)\s*"
)


def _infobox_head(ctx: _Context, c: _Count) -> _Head | None:
    if ctx.lang != "de" or c.year_like or not _BOX_FIGURE_LINE_END.match(ctx.text, c.end):
        return None
    text = ctx.text
    line_start = text.rfind("\n", 0, c.start) + 1
    if line_start == 0 or text[line_start : c.start].strip():
        return None
    end = line_start - 1
    for _ in range(8):  # the lines above: other sides' figures or blank, up to the heading
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if _BOX_HEADING.fullmatch(line):
            losses = "verluste" in line.lower()
            return _Head("casualty", line.strip(), c.end) if losses else _Head("force_of", noun_end=c.end)
        if start == 0 or not (line.strip() == "" or _BOX_OTHER_LINE.fullmatch(line)):
            return None
        end = start - 1
    return None


# "Am Ende legten 22 Rekruten das Gelöbnis ab. 22 von anfangs 30.": a sentence of a part and its whole alone, both
# figures of the troops counted in the sentence before
_WHOLE_ALONE_AFTER = re.compile(
    r"\s+(?i:von)\s+(?:(?i:ursprünglich|einst|ehemals|anfangs|zunächst|zuvor|damals|insgesamt|früher)\s+)?"
    r"\d[\d.,’']*(?=\s*(?:[.;!?]|\Z))"
)
_PART_ALONE_BEFORE = re.compile(
    r"\s+(?i:von)\s+(?:(?i:ursprünglich|einst|ehemals|anfangs|zunächst|zuvor|damals|insgesamt|früher)\s+)?\Z"
)


# "Inzwischen sind 300 von 900 zurückgekehrt": a part and its whole with no noun of their own, the clause going on
# with a verb or ending (a capitalised noun after the whole, or an adjective before one, counts something else)
# ("Es war der 3 von 5": a rank in a row, not a part of the troops)
_RANK_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?i:der|die|das|den|dem|des|ein|eine|einer|eines)\s+\Z")
_VERB_AFTER_WHOLE = re.compile(r"\s+[a-zäöüß]\w*(?:\s*(?:[.;,!?]|\Z)|\s+[a-zäöüß])")
_WHOLE_BARE_AFTER = re.compile(
    r"\s+(?i:von)\s+(?:(?i:ursprünglich|einst|ehemals|anfangs|zunächst|zuvor|damals|insgesamt|früher|derzeit|bisher|"
    r"bislang)\s+)?\d[\d.,’']*(?:\s*(?:[.;,!?]|\Z)|\s+[a-zäöüß]\w*(?:\s*(?:[.;,!?]|\Z)|\s+[a-zäöüß]))"
)


def _part_of_whole_alone(ctx: _Context, c: _Count, previous: Mention | None) -> _Head | None:
    if ctx.lang != "de" or previous is None or c.year_like:
        return None
    text = ctx.text
    index = ctx.sentences.index_of(c.start)
    if _PART_ALONE_BEFORE.fullmatch(text, previous.char_end, c.start) and _CLAUSE_END_AFTER_WHOLE.match(
        text, c.end
    ):
        # the whole, after its part just counted
        return _Head("ellipsis", str(previous.extra["noun"]), c.end)
    if (
        _PART_ALONE_BEFORE.fullmatch(text, previous.char_end, c.start)
        and ctx.sentences.index_of(previous.char_start) == index
        and _VERB_AFTER_WHOLE.match(text, c.end)
    ):
        # ... or going on with a verb: "300 von 900 zurückgekehrt"
        return _Head("ellipsis", str(previous.extra["noun"]), c.end)
    if (
        _WHOLE_BARE_AFTER.match(text, c.end)
        and not _RANK_ARTICLE_BEFORE.search(text, max(0, c.start - 8), c.start)
        and ctx.sentences.index_of(previous.char_start) >= index - 1
        and not _DIGIT.search(text, previous.char_end, c.start)
        and not _POLICE.search(text, previous.char_start, c.start)
    ):
        # the part, before its whole with no noun: the troops counted just before
        return _Head("ellipsis", str(previous.extra["noun"]), c.end)
    if (
        index == 0
        or ctx.sentences.spans[index][0] != c.start
        or not _WHOLE_ALONE_AFTER.match(text, c.end)
        or ctx.sentences.index_of(previous.char_start) != index - 1
        or _DIGIT.search(text, previous.char_end, c.start)
    ):
        return None
    return _Head("ellipsis", str(previous.extra["noun"]), c.end)


# "Bis zu 4000 können kommen, gebraucht wurden jeweils 2500": the troops of each time; "Der Lehrgang startet mit 120
# Rekruten. Er soll im Herbst auf 200 erhöht werden": the troops counted before, changed to a new figure
_PRONOUN_START = re.compile(r"[\s„“\"»«]*(?i:sie|diese|dieses|es|er|ihre\s+zahl|deren\s+zahl)(?![\w])")
_EACH_BEFORE = re.compile(r"(?<![\w])(?i:jeweils|je)\s+\Z")
_CHANGED_TO_BEFORE = re.compile(
    r"(?<![\w])(?i:auf)\s+(?:(?i:bis zu|maximal|höchstens|rund|etwa|knapp)\s+)?\Z"
)
_CHANGED_AFTER = re.compile(
    r"\s+(?:[a-zäöüß]\w*\s+)?(?i:aufgestockt|erhöht|reduziert|verringert|gesenkt|verkleinert|vergrößert|"
    r"verdoppelt|angehoben|abgesenkt|zurückgefahren|heruntergefahren)(?![\w])"
)


def _each_or_changed_to(ctx: _Context, c: _Count, previous: Mention | None) -> _Head | None:
    if ctx.lang != "de" or previous is None or c.year_like:
        return None
    text = ctx.text
    each = _EACH_BEFORE.search(text, max(0, c.start - 10), c.start) and ctx.g.bare_end.match(text, c.end)
    changed = _CHANGED_TO_BEFORE.search(text, max(0, c.start - 25), c.start) and _CHANGED_AFTER.match(
        text, c.end
    )
    if not (each or changed) or _NOT_TROOPS_AFTER.match(text, c.end):
        return None
    start = ctx.sentences.spans[ctx.sentences.index_of(c.start)][0]
    if changed and not (
        _PRONOUN_START.match(text, start) or ctx.g.force_anywhere.search(text, start, c.start)
    ):
        return None  # "Die Miete wurde auf 600 erhöht": something else changed
    if ctx.sentences.index_of(previous.char_start) < ctx.sentences.index_of(c.start) - 1:
        return None
    if _DIGIT.search(text, previous.char_end, c.start) or _POLICE.search(text, previous.char_start, c.start):
        return None
    return _Head("ellipsis", str(previous.extra["noun"]), c.end)


def _country_with_head(ctx: _Context, c: _Count, previous: Mention | None) -> _Head | None:
    if ctx.lang != "de" or previous is None or c.year_like or not ctx.g.bare_end.match(ctx.text, c.end):
        return None
    if _NOT_TROOPS_AFTER.match(ctx.text, c.end):
        return None
    found = _COUNTRY_WITH_BEFORE.search(ctx.text, max(0, c.start - 60), c.start)
    form = place_forms().get(found.group("name")) if found else None
    if found is None or form is None or form.region or form.adjective:
        return None
    # the troops counted last, in this sentence or the one before, with no other figure between
    if ctx.sentences.index_of(previous.char_start) < ctx.sentences.index_of(c.start) - 1:
        return None
    if _DIGIT.search(ctx.text, previous.char_end, c.start) or _POLICE.search(
        ctx.text, previous.char_start, c.start
    ):
        return None
    return _Head("ellipsis", str(previous.extra["noun"]), c.end)


def _last_troops_counted(ctx: _Context, c: _Count, previous: Mention) -> bool:
    """The troops of the count just before (this sentence or the one before) are what a bare figure counts:
    nothing else was counted in between ("300 Soldaten und 40 Panzer. Weitere 200") and the figure has no noun
    of its own ("die Zahl der Toten unter den Zivilisten stieg auf 40")."""
    index = ctx.sentences.index_of(c.start)
    if ctx.sentences.index_of(previous.char_start) < index - 1:
        return False
    if _DIGIT.search(ctx.text, previous.char_end, c.start):
        return False
    own = _NUMBER_OF_OWN_NOUN.search(ctx.text, ctx.sentences.spans[index][0], c.start)
    # "... verlor die Truppe viele Männer. Die Zahl der Gefallenen wuchs auf 300": the dead among the troops
    # whose losses were just counted
    return own is None or (
        previous.mention_type == "casualties"
        and bool(_NUMBER_OF_THE_DEAD.match(ctx.text, own.start()))
        and not _POLICE.search(
            ctx.text, ctx.sentences.spans[index - 1 if index else 0][0], ctx.sentences.spans[index][1]
        )
    )


def _arms_counted(ctx: _Context, c: _Count) -> bool:
    """The count's sentence is about weapons, vehicles or money and names no troops before the count."""
    start = ctx.sentences.spans[ctx.sentences.index_of(c.start)][0]
    return bool(_ARMS_SUBJECT.search(ctx.text, start, c.start)) and not ctx.g.troop_anywhere.search(
        ctx.text, start, c.start
    )


# Weapons, vehicles or money a sentence counts after one that counted troops ("unter Waffen", "under arms",
# "sous les armes" name people who bear them)
_ARMS_SUBJECT = re.compile(
    r"(?<![\w-])(?<!(?i:unter) )(?<!(?i:under) )(?<!(?i:sous les) )(?i:arsenal|stockpiles?|stocks?\s+of|missiles|rockets|drones|tanks|aircraft|warplanes|jets|weapons|"
    r"budget|spending|raketen|drohnen|panzer|flugzeuge|waffen|etat|roquettes|chars|avions|armes)(?![\w-])"
)
_A_YEAR = re.compile(r"(?<![\d.,])(?:1[89]|20)\d\d(?![\d.,])")
# "... 9,000 soldiers out of Italy. Out of those, 4,000 will ...", "Parmi eux, 300 ...": a sentence that opens on a
# part of the troops counted at the end of the sentence before
_PART_OF_OPENING = {
    "en": re.compile(r"\s*(?i:(?:out\s+)?of\s+(?:these|those|them)|among\s+them)\s*,?\s*\Z"),
    "fr": re.compile(r"\s*(?i:parmi\s+(?:eux|elles|ceux-ci|celles-ci)|sur\s+ce\s+total)\s*,?\s*\Z"),
}


def _part_opening_sentence(ctx: _Context, c: _Count, previous: Mention | None) -> _Head | None:
    opening = _PART_OF_OPENING.get(ctx.lang)
    if opening is None or previous is None or c.year_like:
        return None
    index = ctx.sentences.index_of(c.start)
    start = ctx.sentences.spans[index][0]
    if (
        ctx.sentences.index_of(previous.char_start) == index - 1
        and opening.fullmatch(ctx.text, start, c.start)
        and not _DIGIT.search(_A_YEAR.sub("", ctx.text[previous.char_end : start]))
    ):
        return _Head("ellipsis", str(previous.extra["noun"]), c.end)
    return None


def _listed_gap(gap: str) -> str:
    """The text between two counts of a list, without the asides and brackets a list goes on over, and with the full
    stop of "bzw." taken out (it ends no clause)."""
    listed = _BRACKET_ASIDE.sub(" ", _BRACKETED_SHARE_OPEN.sub(" ", _BRACKET_CLOSED_BEFORE_LIST.sub("", gap)))
    return _ABBREVIATED_OR.sub("bzw", listed) if "bzw." in listed else listed


_CIVILIANS_BETWEEN = re.compile(rf"(?<![\w-])(?i:{CIVIL}|bevölkerung|einwohner\w*)(?![\w-])")
_QUOTE_OPEN_BEFORE = re.compile(r"[„“\"«]\s*\Z")
_QUOTE_CLOSE_IN_GAP = re.compile(r"\A([^„“”\"«»\d]*?)[“”\"»](?=\s*,)")


def _unquoted(text: str, previous: Mention, listed: str) -> str:
    """„von 30.000 Soldaten im Feld“, davon 9.000 im Osten": the quote that opened on the count before closes after
    its noun; the share goes on after it."""
    if _QUOTE_OPEN_BEFORE.search(text, max(0, previous.char_start - 3), previous.char_start):
        return _QUOTE_CLOSE_IN_GAP.sub(r"\1", listed, count=1)
    return listed


def _ellipsis_head(ctx: _Context, c: _Count, previous: Mention | None) -> _Head | None:
    """A bare count sharing the noun of the count before it: "900 in Syria and 2,500 in Iraq", "Weitere 1000"."""
    text = ctx.text
    if c.year_like and _YEAR_CUE_BEFORE.search(text, max(0, c.start - 30), c.start):
        return None
    # (_step_of_a_change is German only: None at once for any other language)
    if head := (
        _part_of_troops_before(ctx, c, previous)
        or _part_opening_sentence(ctx, c, previous)
        or _step_of_a_change(ctx, c)
        or _reserve_of_a_force_before(ctx, c, previous)
    ):
        return head
    if (
        previous is not None
        and _MORE_BEFORE.search(text, max(0, c.start - 12), c.start)
        and ctx.sentences.index_of(previous.char_start) >= ctx.sentences.index_of(c.start) - 1
        and not _DIGIT.search(text, previous.char_end, c.start)
        # "Bei den zivilen Opfern rechnet man mit weiteren 70.000": more of the civilians named between
        and not _CIVILIANS_BETWEEN.search(text, previous.char_end, c.start)
    ):
        return _Head("ellipsis", str(previous.extra["noun"]), c.end)
    if (
        previous is None
        or ctx.sentences.index_of(previous.char_start) != ctx.sentences.index_of(c.start)
        or _NOT_TROOPS_AFTER.match(text, c.end)
    ):
        return None
    gap = text[previous.char_end : c.start]
    if ctx.lang == "de":
        # "mit 900 Soldaten in Mali (seit 2014), mit 300 in Niger": a bracketed date between the counts
        gap = _DATE_BRACKET.sub("", gap)
    # "rund 900 Kämpfer; weitere 300 seien ... gestorben": a semicolon right after the noun
    # joins two parallel counts
    if _NOUN_THEN_SEMICOLON.fullmatch(gap) and not c.year_like:
        return _Head("ellipsis", str(previous.extra["noun"]), c.end)
    if _BRACKET_OPEN.fullmatch(gap) and _BRACKET_CLOSE.match(text, c.end):
        # "von bisher 90.000 (IST rund 84.000) auf 110.000": a second figure of the same troops in brackets
        return _Head("ellipsis", str(previous.extra["noun"]), c.end)
    partitive = _PARTITIVE_OPEN.get(ctx.lang)
    opened = (
        partitive.search(text, max(0, previous.char_start - 30), previous.char_start) if partitive else None
    )
    if (
        opened
        and _PARTITIVE_SENTENCE_START.fullmatch(
            text, ctx.sentences.spans[ctx.sentences.index_of(c.start)][0], opened.start()
        )
        and not _DIGIT.search(gap)
        and not c.year_like
    ):
        return _Head("ellipsis", str(previous.extra["noun"]), c.end)
    # A list of shares goes on over an aside in brackets, a bracketed sum ("(soit 1400 sur les 2500), déjà 400")
    # or the bracket that closes after the count before it.
    listed = _unquoted(text, previous, _listed_gap(gap))
    if _CLAUSE_BREAK.search(_OPENING_QUOTE_END.sub("", listed)):
        return None
    if (
        0 <= c.start - previous.char_end <= _ELLIPSIS_REACH
        and (_ELLIPSIS_BEFORE.search(listed) or (not c.year_like and _LIST_ITEM_BEFORE.search(listed)))
    ) or opened:
        return _Head("ellipsis", str(previous.extra["noun"]), c.end)
    if _partitive_without_article(ctx, c, previous, gap):
        return _Head("ellipsis", str(previous.extra["noun"]), c.end)
    return None


# "Egypt has 1 million in reserves as well", "with about 40,000 on active reserve", "et 20 000 en réserve": the
# reserve of the force whose size was just given, in its sentence or the next
_IN_RESERVE_AFTER = {
    "en": re.compile(
        r"\s+(?:(?i:more|others?)\s+)?(?i:in\s+(?:the\s+)?reserves?|on\s+(?:active\s+)?reserves?|"
        r"in\s+(?:the\s+)?(?:active\s+)?reserve\s+(?:forces?|components?))(?![\w])"
    ),
    "fr": re.compile(r"\s+(?:(?i:autres)\s+)?(?i:en\s+réserve|dans\s+la\s+réserve|de\s+réserve)(?![\w])"),
}


def _reserve_of_a_force_before(ctx: _Context, c: _Count, previous: Mention | None) -> _Head | None:
    after = _IN_RESERVE_AFTER.get(ctx.lang)
    if (
        previous is None
        or after is None
        or previous.mention_type != "force_size"
        or c.year_like
        or ctx.sentences.index_of(previous.char_start) < ctx.sentences.index_of(c.start) - 1
        or _DIGIT.search(ctx.text, previous.char_end, c.start)
    ):
        return None
    found = after.match(ctx.text, c.end)
    return _Head("ellipsis", str(previous.extra["noun"]), c.end) if found else None


def _partitive_without_article(ctx: _Context, c: _Count, previous: Mention, gap: str) -> bool:
    text = ctx.text
    if ctx.lang == "de" and not c.year_like and _plain_partitive(ctx, c, previous, gap):
        return True
    millions = _PARTITIVE_OPEN_MILLIONS.get(ctx.lang)
    return bool(
        millions
        and millions.search(text, max(0, previous.char_start - 10), previous.char_start)
        and _MILLIONS.search(text, previous.char_start, previous.char_end)
        and _MILLIONS.search(text, c.start, c.end)
    )


# "Von 12.000 Soldaten kehrten nur 900 zurück", "es starben von 52.000 Mann 8.300": a plain "von" before the whole,
# opening the sentence or after a verb of fate, and the part after it in the same clause
_PLAIN_PARTITIVE_OPEN = re.compile(
    r"(?<![\w])(?i:starben|fielen|kehrten|überlebten|blieben|verlor|verloren|überlebte|kamen)\s+(?i:von)\s+\Z"
)
_PLAIN_PARTITIVE_AT_START = re.compile(r"(?i:von)\s+\Z")
_CHANGE_OR_CLAUSE_IN_GAP = re.compile(r"(?<![\w])(?i:auf|bis|zu|über|nach|und|oder|pro|je)(?![\w])|[,;:()]")


def _plain_partitive(ctx: _Context, c: _Count, previous: Mention, gap: str) -> bool:
    text = ctx.text
    if _DIGIT.search(gap) or _CHANGE_OR_CLAUSE_IN_GAP.search(gap) or len(gap) > 60:
        return False
    if _PLAIN_PARTITIVE_OPEN.search(text, max(0, previous.char_start - 20), previous.char_start):
        return True
    sentence_start = ctx.sentences.spans[ctx.sentences.index_of(c.start)][0]
    opened = _PLAIN_PARTITIVE_AT_START.search(text, sentence_start, previous.char_start)
    if opened is None:
        return False
    return _PARTITIVE_SENTENCE_START.fullmatch(text, sentence_start, opened.start()) is not None


# "Bis Ende 1948 kamen rund 400.000 zurück": a verb in second place, the count its subject after it,
# closing the clause
_INVERTED_VERB_BEFORE = re.compile(
    r"\A[A-ZÄÖÜ][^,;:!?\d]{0,40}?(?:(?<![\d.,])(?:1[89]|20)\d\d(?:er)?(?:-?(?i:jahre|jahren))?[^,;:!?\d]{0,15}?)?\s"
    r"(?i:kamen|kehrten|starben|fielen|blieben|waren|wurden|gerieten)\s+\Z"
)
_RETURN_AFTER = re.compile(r"\s+(?i:zurück|heim|frei|nach hause)\s*[.;]")
_INVERTED_CLAUSE_END = re.compile(
    r"(?:\s+(?i:zurück|heim|frei|nach hause|in gefangenschaft|ums leben))?\s*[.;]"
)


def _part_of_troops_before(ctx: _Context, c: _Count, previous: Mention | None) -> _Head | None:
    """'Polen hat 80.000 Reservisten einberufen. Rund 12.000 wurden ... entlassen': a bare count opening a
    sentence, the subject of its verb, counts the troops of the count that ended the sentence before."""
    if ctx.lang != "de" or previous is None or c.year_like:
        return None
    index = ctx.sentences.index_of(c.start)
    start = ctx.sentences.spans[index][0]
    inverted = (
        start != c.start
        and _INVERTED_VERB_BEFORE.search(ctx.text[start : c.start])
        and _INVERTED_CLAUSE_END.match(ctx.text, c.end)
    )
    if (
        index == 0
        or (start != c.start and not inverted)
        or ctx.sentences.index_of(previous.char_start) != index - 1
        # "... Kriegsgefangene in Lagern. Bis 1955 kamen 2000 zurück": prisoners who come home are troops again
        or (previous.mention_type == "casualties" and not (inverted and _RETURN_AFTER.match(ctx.text, c.end)))
        or _DIGIT.search(ctx.text, previous.char_end, start if inverted else c.start)
        # "300 Panzer und 4000 Soldaten. 50 sind defekt": only troops were counted before
        or _DIGIT.search(ctx.text, ctx.sentences.spans[index - 1][0], previous.char_start)
        or not (inverted or _SUBJECT_VERB_AFTER.match(ctx.text, c.end))
    ):
        return None
    return _Head("ellipsis", str(previous.extra["noun"]), c.end)


# "Die Armee betreibt 300 Standorte, bis 2030 soll diese Zahl auf 250 sinken": "diese Zahl" is the number of the
# things counted last, not of the troops named before them
_THIS_NUMBER_DE = re.compile(r"(?<![\w])(?i:diese|dieser|deren)\s+\w*(?i:zahl)(?![\w])")
_THING_COUNT_DE = re.compile(r"(?<![\d.,])\d[\d.,]*\s+(?:[a-zäöüß][\w-]*\s+)?(?P<what>[A-ZÄÖÜ][\w-]*)")


def _this_number_of_things(text: str, start: int, end: int) -> bool:
    """A demonstrative number ("diese Zahl") after a count of units or things between the troop noun and the count."""
    things = [
        m for m in _THING_COUNT_DE.finditer(text, start, end) if _UNITS_OR_THINGS.fullmatch(m.group("what"))
    ]
    return bool(things) and bool(_THIS_NUMBER_DE.search(text, things[-1].end(), end))


# the civilian staff of an army, counted in one total with its troops
_CIVIL_STAFF = re.compile(
    r"(?<![\w])(?i:zivilpersonal\w*|zivilangestellt\w*|zivilbeschäftigt\w*|zivilbedienstet\w*|"
    r"zivile[nr]?\s+(?:mitarbeiter|beschäftigte|angestellte|bedienstete)\w*)(?![\w])"
)


def _counts_something_else(
    ctx: _Context, antecedent: re.Match[str], c: _Count, previous: Mention | None
) -> bool:
    """The troop noun before a bare count is not what it counts: police or civilians are named with it
    ("Die Polizei nahm 30 Personen fest, 12 wurden verletzt"), a count of something else stands between
    ("12 000 policiers et gendarmes ... dont 5 000"), or the figure is put on something else ("le nombre
    d'engins interceptés par l'armée : 508")."""
    text = ctx.text
    if _POLICE.search(text, max(0, antecedent.start() - 25), antecedent.end()):
        return True
    after_previous = previous.char_end if previous is not None else 0
    if any(m.start() >= after_previous for m in _OTHER_COUNT.finditer(text, antecedent.end(), c.start)):
        return True
    if ctx.lang == "de" and _OTHER_LOSSES.search(text, antecedent.end(), c.start):
        return True  # "40 Soldaten und vier Zivilisten starben, Dutzende wurden verletzt": the losses of both
    if ctx.lang == "de" and _this_number_of_things(text, antecedent.end(), c.start):
        return True
    if ctx.lang == "de" and _CIVIL_STAFF.search(text, max(0, antecedent.start() - 60), c.start):
        return True  # "Militär plus Zivilpersonal", "Soldaten und Zivilangestellte": a total with the civilian staff
    s = ctx.sentences.spans[ctx.sentences.index_of(c.start)][0]
    others = list(_OTHER_COUNT.finditer(text, max(s, after_previous), c.start))
    if others and _COPULA_ES.search(text, others[-1].end(), c.start):
        return True  # "3000 afghanische Ortskräfte ..., insgesamt sollen es 5 000 sein": more of them
    # "die Zahl der Reservisten von 90.000 auf 150.000 und die Zahl der Brigaden von sechs auf neun": a German
    # number put on a noun after the troops (or on a compound holding the troop noun), not a troop noun itself
    counted = (
        _last(_NUMBER_OF_DE.finditer(text, max(0, antecedent.start() - 30), c.start))
        if ctx.lang == "de"
        else None
    )
    if counted and counted.end() < antecedent.end():
        counted = None
    if counted and _UNITS_OR_THINGS.fullmatch(counted.group("what")):
        return True
    named = list(_NUMBER_OF.finditer(text, s, c.start))
    if not named:
        return False
    what = named[-1].group("what")
    people = _PERSONS.search(what) or place_pattern().search(what)  # "le nombre de Russes tués"
    return not (ctx.g.force_anywhere.search(what) or _LOSSES.match(what) or people)


# "1 500 soldats, dont 80 femmes", "600 troops, including 45 women", "dont 75 Belges": the women, men or
# nationals among the troops just counted
_SUBSET_BEFORE_ENFR = re.compile(
    r"\A[^\d.;:!?]{0,60}?(?:,|\(|\s)\s*(?i:dont|including|among them|parmi eux|parmi lesquels)\s+\Z"
)
_AND_GAP = re.compile(r"[^\d.;:!?,]{0,40}?\s(?i:et|and)\s+")
_SUBSET_OPEN = re.compile(r"(?<![\w])(?i:dont|including)\s+\Z")
# ... or the allies or the people of a continent among them ("30 000 soldats, dont 2 500 alliés", "dont plus de
# 900 Européens")
_WOMEN_OR_MEN_AFTER_ENFR = re.compile(
    r"\s+(?i:femmes|women|hommes|men|alliés|allies|européens|europeans|africains|africans|asiatiques|asians|"
    # ... or the ranks and trades among them ("38 militaires, dont trois capitaines", "including 12 officers")
    r"officiers|sous-officiers|lieutenants|capitaines|commandants|colonels|généraux|sergents|caporaux|"
    r"officers|captains|majors|generals|sergeants|corporals|logisticiens|logisticians|médecins|medics)(?![\w-])"
)


# "douze soldats blessés, dont quatre grièvement", "14 blessés, dont 5 graves": the share of the wounded just
# counted told by how badly they are hurt
_SHARE_OF_WOUNDED_GAP_FR = re.compile(r"(?:\s+(?:(?i:de|d['’])\s*)?[\w-]+)?\s*,?\s*(?i:dont)\s+")
_DEGREE_AFTER_FR = re.compile(
    r"\s+(?i:grièvement|gravement|sérieusement|légèrement|graves?|dans un état (?:grave|critique|sérieux))(?![\w])"
)


# "Huit soldats sont morts depuis lundi, dont deux jeudi", "six de ses combattants, dont trois de Tyr": a bare
# share after "dont" of the troops whose toll was just given; what follows the share names no other kind of people.
_SHARE_GAP_FR = re.compile(r"[^.;:!?]{0,90}?[\s,(]\s*(?i:dont)\s+\Z")
_SHARE_END_FR = re.compile(
    r"\s*(?:[,.;:!?)]|\Z)|\s+(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|cette|ce|lors|dans|à|au|aux|"
    r"en|près|pendant|depuis|sur|ayant|originaires?|de|d['’]|du)(?![\w])"
)


def _bare_share_fr(ctx: _Context, c: _Count, previous: Mention | None) -> _Head | None:
    text = ctx.text
    if (
        ctx.lang != "fr"
        or previous is None
        or previous.mention_type != "casualties"
        or previous.char_end > c.start
        or ctx.sentences.index_of(previous.char_start) != ctx.sentences.index_of(c.start)
        or not _SHARE_GAP_FR.fullmatch(text, previous.char_end, c.start)
        or not _SHARE_END_FR.match(text, c.end)
        or _CIVIL_IN_TOLL.search(text, previous.char_end, min(len(text), c.end + 40))
    ):
        return None
    return _Head("ellipsis", str(previous.extra.get("noun", "")), c.end)


def _share_of_wounded_fr(ctx: _Context, c: _Count, previous: Mention) -> _Head | None:
    if (
        ctx.lang != "fr"
        or previous.mention_type != "casualties"
        or previous.char_end > c.start
        or ctx.sentences.index_of(previous.char_start) != ctx.sentences.index_of(c.start)
        or not _SHARE_OF_WOUNDED_GAP_FR.fullmatch(ctx.text, previous.char_end, c.start)
        or not _DEGREE_AFTER_FR.match(ctx.text, c.end)
    ):
        return None
    return _Head("ellipsis", str(previous.extra.get("noun", "")), c.end)


def _subset_enfr(ctx: _Context, c: _Count, previous: Mention | None) -> _Head | None:
    if previous is not None and not c.year_like and (share := _share_of_wounded_fr(ctx, c, previous)):
        return share
    if previous is None or c.year_like or previous.extra.get("rule") not in ("noun", "ellipsis"):
        return None
    text = ctx.text
    if (
        ctx.sentences.index_of(previous.char_start) != ctx.sentences.index_of(c.start)
        or previous.char_end > c.start
    ):
        return None
    gap = text[previous.char_end : c.start]
    # "dont 193 formateurs et 75 Belges": the next share of the same list
    next_share = _AND_GAP.fullmatch(gap) and _SUBSET_OPEN.search(
        text, max(0, previous.char_start - 16), previous.char_start
    )
    if not (_SUBSET_BEFORE_ENFR.match(gap) or next_share):
        return None
    who = _WOMEN_OR_MEN_AFTER_ENFR.match(text, c.end)
    if who is None:
        found = place_pattern().match(text, c.end + 1) if text[c.end : c.end + 1] == " " else None
        form = place_forms()[found.group()] if found else None
        # French writes the nationals after "dont" in lower case as well ("dont 300 belges")
        capital = found is not None and (found.group()[:1].isupper() or ctx.lang == "fr")
        if found is None or form is None or not form.adjective or not capital:
            return None
        who = found
    return _Head("ellipsis", str(previous.extra["noun"]), who.end())


def _subset_head(ctx: _Context, c: _Count, previous: Mention | None) -> _Head | None:
    """'etwa 4'300 Armeeangehörige, darunter 210 Frauen': the women or men among the troops just counted."""
    if ctx.lang in ("en", "fr"):
        return _subset_enfr(ctx, c, previous)
    if ctx.lang != "de" or previous is None:
        return None
    text = ctx.text
    who = _WOMEN_OR_MEN_AFTER.match(text, c.end) or _FROM_AFTER.match(text, c.end)
    more_prisoners = _MORE_PRISONERS.search(text, previous.char_end, c.start) and _PRISONERS_AFTER.match(
        text, c.end
    )
    if who is not None and _women_among_before(ctx, c, previous):
        return _Head("ellipsis", str(previous.extra["noun"]), who.end())
    if (
        who is None
        # "Rund 8.000 Soldaten sollen bis Juli abziehen, unter ihnen auch 900 aus Deutschland": a verb may stand between
        or not 0 <= c.start - previous.char_end <= 100
        or ctx.sentences.index_of(previous.char_start) != ctx.sentences.index_of(c.start)
        or not (_SUBSET_BEFORE.search(text, previous.char_end, c.start) or more_prisoners)
        or _DIGIT.search(text, previous.char_end, c.start)
        or _CLAUSE_BREAK.search(text, previous.char_end, c.start)
    ):
        return None
    # the country of "aus Deutschland" is whose share it is, not a place inside the count's phrase
    return _Head(
        "ellipsis", str(previous.extra["noun"]), c.end if _FROM_AFTER.match(text, c.end) else who.end()
    )


# "Unter den Neulingen der Schule sind 40 Frauen", "Unter ihnen befinden sich 75 Frauen": a sentence opening on the
# group the women belong to, then a copula
_AMONG_OPENING = re.compile(
    r"[\s„“\"»«]*(?:(?i:unter)\s+(?:(?i:ihnen|diesen)|(?i:den)(?P<group>(?:\s+[^\s,.;:!?]+){1,6}?))"
    r"|(?i:darunter|davon))\s+"
    r"(?i:sind|waren|seien|befinden\s+sich|befanden\s+sich|werden|wurden)(?:\s+(?i:auch|zudem|ebenfalls|erstmals))?"
    r"(?:\s+(?:[^\s\d,.;:!?]+\s+){0,3}?\d[^\s]*\s+[^\s,.;:!?]+\s+(?i:und|sowie))?\s+"
    r"(?:(?i:rund|etwa|knapp|gut|über|mehr als)\s+)?\Z"
)
_WOMEN_OR_MEN = re.compile(r"\s+(?i:frauen|männer|soldatinnen)(?![\w-])")
# the group named after "unter den": troops, or those entering or in a military school
_ENLISTED_GROUP = re.compile(r"(?i:\w*(?:militär|schüler|rekrut|einrückend|dienstleistend|wehrpflichtig)\w*)")


def _women_among_before(ctx: _Context, c: _Count, previous: Mention) -> bool:
    """'Für die Schule rücken 9000 Rekruten ein. Unter ihnen sind 85 Frauen': the women among the troops counted in
    this sentence or one of the two before, nothing else counted between ("darunter rund 900 Durchdiener und 45
    Frauen": after the share of another kind of troops)."""
    if not _WOMEN_OR_MEN.match(ctx.text, c.end):
        return False
    index = ctx.sentences.index_of(c.start)
    start = ctx.sentences.spans[index][0]
    opening = _AMONG_OPENING.fullmatch(ctx.text, start, c.start)
    if opening is None:
        return False
    group = opening.group("group")
    if group and not (ctx.g.force_anywhere.search(group) or _ENLISTED_GROUP.search(group)):
        return False  # "Unter den Gästen waren 40 Frauen"
    if ctx.sentences.index_of(previous.char_start) < index - 2:
        return False
    between_start = previous.char_end if previous.char_end <= start else start
    # the troops' own count may stand inside the opening ("Unter den etwa 9000 Rekruten sind 140 Frauen")
    return not _DIGIT.search(
        ctx.text, between_start, previous.char_start if previous.char_start > start else start
    )


def _fallen_of_a_people(ctx: _Context, c: _Count) -> _Head | None:
    """'betrug die Zahl der gefallenen Iraker 310': a figure put on the fallen of a nation at war."""
    text = ctx.text
    s = ctx.sentences.spans[ctx.sentences.index_of(c.start)][0]
    matches = list(_NUMBER_OF_FALLEN.finditer(text, max(s, c.start - 80), c.start))
    found = matches[-1] if matches else None
    if found is None or _DIGIT.search(text, found.end(), c.start):
        return None
    who = place_pattern().fullmatch(found.group("who"))
    if who is None or not place_forms()[who.group()].adjective:
        return None
    return _Head("casualty", found.group("who"), c.end)


# "11 Millionen Männer im wehrfähigen Alter", "26 Millionen Amerikaner, die zum Wehrdienst zugelassen waren": the men
# an army could call up, not its troops
_ELIGIBLE_AFTER = re.compile(
    r"(?:,\s+(?i:die|welche))?(?:\s+[\w-]+){0,5}?\s+(?i:im\s+(?:wehr|dienst|kampf)fähigen\s+alter|wehrfähig\w*|"
    r"wehrpflichtigen\s+alters|im\s+wehrpflichtigen\s+alter|"
    r"(?:zum|für\s+den)\s+(?:militär|wehr)dienst\s+(?:zugelassen|tauglich|geeignet|in\s+frage))(?![\w])"
)


def _eligible_only(ctx: _Context, head: _Head) -> bool:
    if ctx.lang != "de" or head.rule != "noun" or not head.noun_end:
        return False
    if ctx.g.troop_anywhere.fullmatch(head.noun) and not head.weak:
        return False  # "Soldaten", "Rekruten" are troops whatever follows
    end = _CLAUSE_END.search(ctx.text, head.noun_end)
    stop = end.start() if end else len(ctx.text)
    return bool(_ELIGIBLE_AFTER.match(ctx.text[:stop], head.noun_end))


_CLAUSE_END = re.compile(r"[.;!?]|\d")


# "das Höchstalter der Rekruten sinkt von 30 auf 28": an age limit of the troops named before,
# not a count of them (a figure under 100 with no noun of its own, an age word before it in its clause)
_AGE_BEFORE = re.compile(
    r"(?<![\w-])(?i:(?:mindest|höchst|einberufungs|einzugs|eintritts|dienst|wehrpflicht)?alter|"
    r"(?:mindest|höchst)?altersgrenze|lebensjahr\w*)(?![\w-])[^.;:!?,\d]{0,80}\Z"
)


def _age_figure(ctx: _Context, c: _Count, head: _Head) -> bool:
    if ctx.lang != "de" or head.rule == "noun" or c.high is None or c.high >= 100 or c.year_like:
        return False
    return bool(_AGE_BEFORE.search(ctx.text, max(0, c.start - 110), c.start))


def _head(ctx: _Context, c: _Count, previous: Mention | None) -> _Head | None:
    head = _head_of(ctx, c, previous)
    return None if head is not None and (_eligible_only(ctx, head) or _age_figure(ctx, c, head)) else head


# Speed only, same answers: for an English count with no count before it in its passage (`previous` None), every
# route of _head_of below returns None unless one pattern of _EN_ROUTE_STARTS matches right after the count (or
# the demonym route's gap and place do). Route by route (de-only and fr-only routes and sub-routes return None for
# English; routes that need `previous` return None without it):
#   _noun_head: follow; strong: strong; follow: returns None; _under_arms / _people_in_army: _UNDER_ARMS /
#   _PEOPLE_IN_ARMY; _subset_head -> _subset_enfr, _share_of_count_before, _gapped_object_head: need previous;
#   _people_serving, _serving_as_troops, _place_bracket_head, _that_is_head, _losses_put_at: de;
#   _demonym_subject_head: fr; _people_of_a_force: _PEOPLE_AFTER; _anaphora_head: anaphora; _member_head: member;
#   _unit_head: _UNIT_HEAD; _demonym_head: _MORE_BEFORE_DEMONYM or _DEMONYM_GAP, then place_pattern() after it
#   (checked apart, the place pattern being too large to join); _bracketed_noun_head: _BRACKET_NOUN_OPEN;
#   _borrowed_head: partitive, change_chain, partitive_noun, number_of_after (its German steps are de);
#   _own_losses_head: _LOSS_WORD_AFTER; _casualty_head: _MILITARY_LOSSES_EN, casualty_among, casualty_noun,
#   _DEAD_AFTER, casualty_after, or bare_end (its casualty word before the count needs bare_end after it);
#   _predicate_noun_head: _PREDICATE_NOUN; _bare_head: _joining_or_difference_head needs _INTO_ARMY_AFTER or
#   _DIFFERENCE_AFTER, _rest_with_troops needs _REST_AFTER_ENFR, _second_step_of_change and _whole_of_a_share
#   need previous, its other sub-routes are de, and everything
#   after them needs bare_end after the count or
#   after _OTHERS_AFTER (its _force_figure_in_clause is de, its _ellipsis_head needs previous).
# A match of an alternation at one place is a match of one of its alternatives there, so the joined pattern
# (named groups unnamed; none of them is referred back to) fails exactly where every route's first step fails.
# tests/unit/extract/test_extract_speedups.py lists the routes: a new one fails it until it is checked here.
def _route_start_patterns(lang: str) -> list[re.Pattern[str]]:
    g = grammar(lang)
    return [
        g.follow, g.strong, _UNDER_ARMS, _PEOPLE_IN_ARMY, _PEOPLE_AFTER[lang], g.anaphora, g.member, _UNIT_HEAD,
        _BRACKET_NOUN_OPEN, g.partitive, g.change_chain, g.partitive_noun, g.number_of_after,
        _LOSS_WORD_AFTER[lang], g.casualty_among, g.casualty_noun, _DEAD_AFTER, g.casualty_after, g.bare_end,
        _OTHERS_AFTER, _INTO_ARMY_AFTER, _DIFFERENCE_AFTER, _REST_AFTER_ENFR, _PREDICATE_NOUN[lang],
        _MILITARY_LOSSES_EN,
    ]  # fmt: skip


def _joined(patterns: list[re.Pattern[str]]) -> re.Pattern[str]:
    parts = []
    for pattern in patterns:
        compiled = getattr(pattern, "compiled", pattern)  # the pattern under a guard or a memory
        if not isinstance(compiled, re.Pattern) or compiled.flags != re.UNICODE or "(?P=" in compiled.pattern:
            raise ValueError(f"cannot join {compiled!r}")
        parts.append("(?:" + re.sub(r"\(\?P<\w+>", "(?:", compiled.pattern) + ")")
    joined = re.compile("|".join(parts))
    if joined.groupindex:
        raise ValueError("a named group was left in the joined pattern")
    return joined


@cache
def _en_route_starts() -> re.Pattern[str]:
    return _joined(_route_start_patterns("en"))


def _no_route_starts(ctx: _Context, c: _Count) -> bool:
    """True only where no route of _head_of can find a head (see above)."""
    text = ctx.text
    if _en_route_starts().match(text, c.end):
        return False
    space = _MORE_BEFORE_DEMONYM.match(text, c.end) or _DEMONYM_GAP.match(text, c.end)
    return not (space and place_pattern().match(text, space.end()))


def _head_of(ctx: _Context, c: _Count, previous: Mention | None) -> _Head | None:
    if previous is None and ctx.lang == "en" and _no_route_starts(ctx, c):
        return None
    if head := _noun_head(ctx, c, c.end):
        return head
    strong = ctx.g.strong.match(ctx.text, c.end)
    if strong and ctx.lang == "de" and _MANN_STARK.match(ctx.text, c.end):
        # "die 45 Mann starke Besatzung": a body named by its strength is counted wherever the sentence stands
        return _Head("strong", noun_end=strong.end())
    heads = ctx.lang == "de" and _HEADS_STRONG.match(ctx.text, c.end)
    if heads and _CIVIL_BODY_AFTER.match(ctx.text, heads.end()):
        return None  # "die 60-köpfige Einheit der Bereitschaftspolizei"
    if (
        heads
        and not _NOT_TROOP_BODY.fullmatch(heads.group("noun"))
        and _military(ctx, c.start)
        and not _civil_protection(ctx, c.start)
    ):
        return _Head("strong", noun_end=heads.end())
    if ctx.g.follow.match(ctx.text, c.end):
        return None  # a troop noun of police, civilians or a non-military sentence ("30 hommes" arrested)
    if strong and ctx.lang == "de" and _CIVIL_BODY_AFTER.match(ctx.text, strong.end()):
        return None
    if strong:
        return _Head("strong", noun_end=strong.end())
    if under_arms := _under_arms(ctx, c) or _people_in_army(ctx, c):
        return _Head("noun", under_arms.group("noun"), under_arms.end("noun"))
    if ctx.lang == "fr" and _mixed_toll_fr(ctx, c):
        return None
    return (
        _subset_head(ctx, c, previous)
        or _people_serving(ctx, c)
        or _people_of_a_force(ctx, c)
        or _serving_as_troops(ctx, c)
        or _share_of_count_before(ctx, c, previous)
        or _anaphora_head(ctx, c)
        or _member_head(ctx, c)
        or _unit_head(ctx, c)
        or _demonym_head(ctx, c)
        or _bracketed_noun_head(ctx, c)
        or _place_bracket_head(ctx, c, previous)
        or _borrowed_head(ctx, c)
        or _own_losses_head(ctx, c, previous)
        or _casualty_head(ctx, c, previous)
        or _that_is_head(ctx, c)
        or _losses_put_at(ctx, c)
        or _more_of_the_same_after(ctx, c)
        or _number_of_troops_then_verb(ctx, c)
        or _bare_head(ctx, c, previous)
        or _gapped_object_head(ctx, c, previous)
        or _predicate_noun_head(ctx, c)
        or _demonym_subject_head(ctx, c)
        or _bare_share_fr(ctx, c, previous)
    )


# "En Estonie, Britanniques et Danois seront 1 100": nations' troops as the subject of a copula with the count
_DEMONYM_COPULA_BEFORE = re.compile(
    r"(?:(?i:les)\s+)?(?P<first>[A-Z][\w-]+)(?:\s+(?i:et)\s+(?P<second>[A-Z][\w-]+))?\s+"
    r"(?i:seront|sont|étaient|seraient)(?:\s+(?i:désormais|actuellement|encore|environ|déjà))?\s+\Z"
)


def _demonym_subject_head(ctx: _Context, c: _Count) -> _Head | None:
    if ctx.lang != "fr" or c.year_like or not ctx.g.bare_end.match(ctx.text, c.end):
        return None
    found = _DEMONYM_COPULA_BEFORE.search(ctx.text, max(0, c.start - 60), c.start)
    if found is None:
        return None
    for name in (found.group("first"), found.group("second")):
        if name is None:
            continue
        form = place_pattern().fullmatch(name) and place_forms().get(name)
        if form is None or not form.adjective:
            return None
    if not _military(ctx, c.start, named=False):
        return None
    return _Head("noun", found.group("first"), c.end)


# "sur les 90 détenus relâchés, 61 sont des militaires", "of the 75 dead, 48 were soldiers": the troop noun
# is what the count is said to be
_PREDICATE_NOUN = {
    "en": re.compile(r"\s+(?i:were|are)\s+(?:(?i:all)\s+)?(?=\S)"),
    # (with its article: "60 000 sont contractuels" tells a status, not what they are)
    "fr": re.compile(r"\s+(?i:sont|étaient|seraient)\s+(?i:des|tous\s+des)\s+"),
}


def _predicate_noun_head(ctx: _Context, c: _Count) -> _Head | None:
    if ctx.lang not in ("en", "fr") or c.year_like:
        return None
    copula = _PREDICATE_NOUN[ctx.lang].match(ctx.text, c.end)
    noun = copula and ctx.g.troop_anywhere.match(ctx.text, copula.end())
    if not noun or ctx.g.weak_noun.fullmatch(noun.group()):
        return None
    return _Head("noun", noun.group(), c.end)


# "Bis Mai gehen 4.000, bis Herbst 6.000 weitere Soldaten": a bare count that "weitere" after it puts beside a count
# of troops (a time phrase, with its year, may stand between)
_MORE_OF_THE_SAME_AFTER = re.compile(
    r",\s+(?:[^\W\d][\w.-]*\s+|(?:19|20)\d\d\s+){0,4}?(?!(?:19|20)\d\d(?![\d.,]))\d[\d.,’']*"
    r"(?=\s+(?i:weitere|weiteren)\s)"
)


_PEOPLE_CLOSING = re.compile(rf"\s+(?i:{MENSCHEN})(?=\s*(?:[.;!?)]|,\s|\Z))")
_STRENGTH_VERB_BEFORE = re.compile(
    r"(?<![\w])(?i:beträgt|betrug|betragen|umfasst|umfasste|liegt bei|lag bei)"
    r"(?:\s+(?i:derzeit|zurzeit|aktuell|heute|nun|jetzt|insgesamt|inzwischen|mittlerweile|nur|noch|zuletzt|damals)){0,2}"
    r"\s+\Z"
)
# "Derzeit beträgt die Zahl der Streitkräfte 95.200 Menschen": the verb first, then the number of the force
_VERB_THEN_NUMBER_OF_FORCE = re.compile(
    r"(?<![\w])(?i:beträgt|betrug|betrage|umfasst|umfasste)\s+(?i:die)\s+\w*(?i:zahl|stärke)\s+(?i:der|des)\s+"
    r"(?:[a-zäöüß][\w-]*\s+){0,2}(?P<force>[A-ZÄÖÜ][\w-]*)"
    r"(?:\s+(?i:derzeit|zurzeit|aktuell|heute|nun|jetzt|insgesamt|inzwischen|mittlerweile|nur|noch))?\s+\Z"
)
# "Rang drei, mit aktivem Militärpersonal mit 120.000 Menschen": a force, then its strength in people after "mit"
_FORCE_WITH_BEFORE = re.compile(r"(?<![\w-])(?P<force>[A-ZÄÖÜ][\w-]*)\s+(?i:mit)\s+\Z")
_NUMBER_OF_IN_SENTENCE = re.compile(r"(?<![\w])(?i:die\s+zahl|die\s+stärke)\s+(?i:der|des|an)\s+")


# "..., dass die Zahl der im Norden eingesetzten Soldaten 2.400 betrage": the figure of a number of troops told before
# the verb that ends a subordinate clause
_NUMBER_OF_BEFORE = re.compile(r"(?<![\w])(?i:die)\s+\w*(?i:zahl)\s+(?i:der|an)\s+[^.;:!?\d]{0,100}\Z")
_SUBORDINATE_VERB_AFTER = re.compile(
    r"\s+(?i:betrage|beträgt|betrug|betragen|betrügen|liege|liegt|lag|lägen)(?![\w])"
)


def _number_of_troops_then_verb(ctx: _Context, c: _Count) -> _Head | None:
    if ctx.lang != "de" or c.year_like or not _SUBORDINATE_VERB_AFTER.match(ctx.text, c.end):
        return None
    number_of = _NUMBER_OF_BEFORE.search(ctx.text, max(0, c.start - 120), c.start)
    if number_of is None:
        return None
    nouns = list(ctx.g.troop_anywhere.finditer(ctx.text, number_of.start(), c.start))
    if not nouns or ctx.text[nouns[-1].end() : c.start].strip():
        return None  # the troop noun must close the phrase right before the figure
    return _Head("noun", nouns[-1].group(), c.end)


def _more_of_the_same_after(ctx: _Context, c: _Count) -> _Head | None:
    if ctx.lang != "de" or c.year_like:
        return None
    more = _MORE_OF_THE_SAME_AFTER.match(ctx.text, c.end)
    found = more and ctx.g.follow.match(ctx.text, more.end())
    if not found:
        return None
    return _Head("ellipsis", found.group("noun"), c.end)


# "3 000 réservistes ont rejoint l'infanterie, 400 les blindés et 250 le génie", "1,200 troops joined the
# infantry, 300 the artillery": a list of counts whose verb is left out, each with an object of its own
_GAPPED_OBJECT_AFTER = re.compile(
    r"\s+(?i:le|la|les|l['’]|the)\s*[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,4}?(?=\s*(?:,|\s(?i:et|and)\s|[.;]|\Z))"
)
_GAPPED_BEFORE = re.compile(
    r"\A[^\d.;:!?]*?\s(?i:le|la|les|l['’]|the)\s*[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,4}?"
    r"(?:,|\s(?i:et|and))\s+\Z"
)


def _gapped_object_head(ctx: _Context, c: _Count, previous: Mention | None) -> _Head | None:
    if ctx.lang not in ("en", "fr") or previous is None or c.year_like:
        return None
    if ctx.sentences.index_of(previous.char_start) != ctx.sentences.index_of(c.start):
        return None
    obj = _GAPPED_OBJECT_AFTER.match(ctx.text, c.end)
    if obj is None or not _GAPPED_BEFORE.match(ctx.text[previous.char_end : c.start]):
        return None
    return _Head("ellipsis", str(previous.extra["noun"]), c.end)


# "Kiew gibt die Verluste der Truppe mit rund 800 an", "bezifferte seine Verluste auf 420": the losses of
# a side at war put at a bare number (not money, not a share)
# "Die russischen Opferzahlen belaufen sich auf rund 800 pro Tag": also a side's toll, and losses per day
# "Die Verluste, zu denen auch Vermisste zählen, werden auf 900 geschätzt": estimated, with a relative clause between
# the losses and the figure
# ("die Zahl der feindlichen Ausfälle wurde auf 9.000 geschätzt": men put out of action, dead or wounded)
_LOSSES_PUT_AT = re.compile(
    r"(?<![\w])(?i:verluste|verlusten|opferzahlen|verlustzahlen|ausfälle|ausfällen)(?![\w])[^.;:!?\d]{0,80}?\s(?i:mit|auf|bei)\s+\Z"
)
_PUT_AT_VERB = re.compile(
    r"(?<![\w])(?i:gibt|gab|geben|gaben|angegeben|beziffer\w*|belaufen|beläuft|belief|beliefen|"
    r"geschätzt|schätzt|schätzen|schätzte|schätzten|"
    # ('die "Verluste" lägen insgesamt bei 9.000': a side's losses said to lie at a figure)
    r"liegen|liegt|lag|lagen|lägen|läge)(?![\w])"
)
_PUT_AT_END = re.compile(
    r"(?:\s+(?i:pro tag|am tag|täglich|pro woche|pro monat))?"
    r"(?:\s+(?i:an|angegeben|beziffert|geschätzt)(?![\w])|\s*(?:[.;,)]|\Z))"
)


def _losses_put_at(ctx: _Context, c: _Count) -> _Head | None:
    if ctx.lang != "de":
        return None
    text = ctx.text
    s = ctx.sentences.spans[ctx.sentences.index_of(c.start)][0]
    found = _LOSSES_PUT_AT.search(text, max(s, c.start - 100), c.start)
    if (
        found is None
        or not _PUT_AT_END.match(text, c.end)
        or not _PUT_AT_VERB.search(ctx.sentence_text(c.start))
        or not (_war_named(ctx, c.start) or _side_before_losses(ctx, c.start, found.start()))
    ):
        return None
    return _Head("casualty", "Verluste", c.end)


_LOSSES_OF_GAP = re.compile(r"\s+(?:(?i:der|des)\s+)?")


def _side_before_losses(ctx: _Context, start: int, losses: int) -> bool:
    """'Die russischen Verluste beziffert Kiew auf ...', 'Kiew gibt die Verluste Russlands mit ... an': the losses
    of one nation put at a figure by another are a side's losses at war (a firm's losses name no second state)."""
    places = ctx.places(ctx.sentences.index_of(start))
    end = ctx.text.find(" ", losses)
    side = next(
        (
            i.place.code
            for i in places
            if (i.place.adjective and 0 <= losses - i.place.end <= 1)
            or (end > 0 and i.place.start >= end and _LOSSES_OF_GAP.fullmatch(ctx.text, end, i.place.start))
        ),
        None,
    )
    return side is not None and any(i.place.code != side for i in places)


def _war_named(ctx: _Context, start: int) -> bool:
    """A military word near the count other than the words of loss themselves (a firm has losses too)."""
    spans = ctx.sentences.spans
    index = ctx.sentences.index_of(start)
    s, e = spans[max(0, index - 2)][0], spans[min(len(spans) - 1, index + 1)][1]
    words = (m.group().lower() for m in ctx.g.military_context.finditer(ctx.text, s, e))
    return any(not w.startswith("verl") for w in words) or bool(ctx.g.troop_anywhere.search(ctx.text, s, e))


# Speed only, same answers (guard.py): police, rescue and army words looked for over whole sentences.
fold_guard_patterns(globals(), "_POLICE", "_POLICE_PERSONNEL", "_CIVIL_PROTECTION", "_ARMY_NAMED")
