"""Assembly of troop-count mentions: number phrase + qualifier + troop noun, then actor, location, type.

A hand-written rule grammar: no maintained library extracts troop counts. Generic quantity parsers
(quantulum3) know neither troop nouns nor vague plurals such as "Tausende", and statistical NER models tag
numbers without the soldiers they count. Lexicons live in data/*.yaml; numbers in numbers.py.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from news_etl.extract.classify import (
    TypeContext,
    attribution,
    in_quotation,
    mention_type,
    possessive_before,
    source_name,
    type_cues,
    withdrawing,
)
from news_etl.extract.lexicon import Grammar, grammar
from news_etl.extract.numbers import Atom, find_atoms, share_scale
from news_etl.extract.places import (
    LOCATION_NOUN_AFTER,
    LOCATION_NOUN_BEFORE,
    SPEAKER_AFTER,
    Place,
    compound_actor,
    find_places,
    group_codes,
    location_before,
    mission_names,
    origin_before,
    place_forms,
    place_pattern,
    source_before,
)
from news_etl.extract.sentences import CLOSING_QUOTES, OPENING_QUOTES, SentenceIndex, quote_spans
from news_etl.records import ATTRIBUTIONS, MENTION_TYPES, PRECISIONS, Mention, checked

_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥₽]|US\$|USD|EUR|CHF|GBP)\s?\Z")
# "zwischen 1967 und 1969 starben": two years, unless a noun follows ("zwischen 1500 und 2000 Soldaten")
_YEAR_PAIR_AFTER = re.compile(r"\s+(?i:und|bis|and|to|et)\s+(?:19|20)\d\d(?![\d.,’'])(?!\s+[A-ZÄÖÜ])")
_QUALIFIED_COUNT_AFTER = re.compile(
    r"\s+(?i:über|rund|etwa|knapp|fast|mindestens|mehr als|bis zu|circa|ca\.|nearly|about|some|over|more than|"
    r"at least|environ|plus de|près de)\s+\d"
)
_BETWEEN_BEFORE = re.compile(r"(?<![\w])(?i:zwischen|between|entre)\s+\Z")
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th|e|er|re|ère|ème|ᵉ)(?![\w])")
_YEAR_BEFORE = re.compile(
    r"(?<![\w])(?i:in|since|by|until|from|of|during|before|after|im|seit|bis|vor|nach|ab|jahr|jahre|en|depuis|"
    # "Bis Ende 2014", "early 2020", "fin 2022"
    r"ende|anfang|mitte|frühjahr|sommer|herbst|winter|early|late|mid|début|fin|"
    r"jusqu'en|jusqu’en|année|year|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|"
    r"juillet|août|septembre|octobre|novembre|décembre)\s+\Z"
)
_ORIGIN_BETWEEN = re.compile(
    r"\s+(?i:from|off|of the|of|aus|von|der|des|de la|de l['’]|du|de|d['’])\s*"
    r"(?i:(?:the|la|le|l['’]|der|dem|den|des|die)\s*)?"
    # "from the north of Gaza", "aus dem Norden des Gazastreifens", "du nord de la bande de Gaza"
    r"(?i:(?:north|south|east|west)\w*\s+(?:of\s+)?(?:the\s+)?|(?:norden|süden|osten|westen)\s+(?:des|der)\s+"
    r"|(?:nord|sud|est|ouest)\s+(?:de\s+la|de\s+l['’]|du|de)\s*)?"
    r"(?i:(?:army|armée|armee|forces armées|streitkräfte)\s+)?"
)
# Adverbs of reference that stay outside the count phrase ("96'065 davon waren ...").
_ANAPHORA_OUTSIDE = frozenset({"davon"})
# A verb of change before "de X à Y" makes the two numbers two counts (before and after), not a range.
_CHANGE_VERB_BEFORE = re.compile(
    r"(?<![\w])(?i:rédui\w*|pass(?:er|ée?s?|ant|e|ent|era|eront|ait|aient)|port(?:er|ée?s?|ant|e|ent|era|eront|ait)|"
    r"ramen\w*|abaiss\w*|augment\w*|diminu\w*|reduc\w*|cut|cutting|rais\w*|increas\w*|reduzier\w*|erhöh\w*|"
    r"senk\w*)(?![\w-])"
)
_SPACES = re.compile(r"\s+")
_NOT_A_QUALIFIER_BEFORE = re.compile(r"(?:\d|(?<![\w])(?i:verfüg\w*))\s+\Z")
# "verfügt die Armee über 1,2 Millionen Soldaten", "über 30 000 Kämpfer verfügte": "über" is the verb's preposition.
_VERB_OF_UEBER_BEFORE = re.compile(r"(?<![\w])(?i:verfüg\w*)(?:\s+[\w-]+){1,4}\s+\Z")
_VERB_OF_UEBER_AFTER = re.compile(r"(?:\s+[\w-]+){1,3}?\s+(?i:verfüg\w*)(?![\w])")
# "Von drei Millionen gefangenen Rekruten ... kehrten 1,4 Millionen heim": no article before a count in millions
# (also abbreviated: "Von 4 Mio. Rekruten ... fielen 1 Mio.")
_PARTITIVE_OPEN_MILLIONS = {"de": re.compile(r"(?<![\w])(?i:von)\s+\Z")}
_MILLIONS = re.compile(r"(?i:millionen|tausend|mio\.?)(?![\w])")
# "Von den etwa 800 belgischen Soldaten ... sind 650 in Mali": a part of the count before.
_PARTITIVE_OPEN = {
    "de": re.compile(
        r"(?<![\w])(?i:von den|unter den)\s+(?:(?i:derzeit|zurzeit|insgesamt|ursprünglich|bisher)\s+)?\Z"
    )
}
# "8000 bei der Polizei": a count that shares the noun of the one before it, but for police or spies.
_NOT_TROOPS_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?i:\w*polizei\w*|\w*polizist\w*|police|polic\w*|gendarm\w*|\w*geheimdienst\w*|\w*nachrichtendienst\w*|"
    r"intelligence|renseignement\w*)(?![\w])"
    # "61 andere für zivile Dienste im Lager": the ones counted in civilian work
    r"|(?:\s+[\w-]+){0,4}?\s+(?i:zivil\w*|civilian\w*|civils)(?![\w])"
)
# "58 Geiseln ..., 34 von ihnen": "of them" refers to the people counted before, not to the fighters named.
_PEOPLE_COUNTED = re.compile(
    r"\d[\d.,]*\s+(?:\w+\s+)?(?i:geiseln|zivilisten|menschen|kinder|frauen|häftlinge|flüchtlinge|hostages|civilians|"
    r"people|children|women|detainees|otages|civils|personnes|enfants|femmes)(?![\w])"
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
    r"(?i:tote|toten|verletzte|verletzten|verwundete|verwundeten|gefallene|gefallenen|todesopfer|todesopfern|"
    r"vermisste|vermissten|gefangennahmen)(?![\w])"
)
_WOUNDED = re.compile(r"(?i:verwundete|verwundeten)")
_CASUALTY_WORD_AFTER = re.compile(rf"\s+(?P<noun>{_CASUALTY_WORDS})")
# "5.000 Leichen chinesischer Soldaten", "die Gebeine von 400 Soldaten": remains of troops
_REMAINS_OF = re.compile(r"\s+(?i:leichen|leichname|gebeine|überreste|särge)(?=\s)")
# ", 13 Gefangennahmen und ": the items of a list between troops named and a casualty count
_LIST_GAP = re.compile(r"(?:\s*(?:,|und|sowie)\s+\d[\d.]*\s+[A-ZÄÖÜ]\w*)*\s*(?:,|und|sowie)\s+")
# "12.000 Tote und Verwundete, fast alle Soldaten": troops named in an apposition after the casualty word
_CASUALTY_APPOSITION = re.compile(
    rf"(?:\s+(?i:und|oder)\s+{_CASUALTY_WORDS})?\s*,"
    r"(?:\s+(?i:fast alle|alle|allesamt|meist|zumeist|überwiegend|vor allem|vorwiegend))?(?=\s)"
)
# "etwa 13.500 Tote aufseiten Moskaus": the dead of one side of a war
_SIDE_AFTER = re.compile(r"\s+(?i:aufseiten|auf seiten|auf der seite|auf \w+(?:er|en) seite)(?![\w])")
# "14 dieser Toten": a part of the dead counted before
_OF_THE_CASUALTIES = re.compile(rf"\s+(?i:dieser|der|von den|unter den)\s+{_CASUALTY_WORDS}")
# "hat die französische Truppe 17 Tote zu beklagen", "zählt die Armee ... Verletzte im Einsatz": an
# army that suffers losses of its own (an army that only reports deaths may report those of civilians)
_OWN_LOSSES_VERB = re.compile(r"(?<![\w])(?i:beklagt\w*|erlitt\w*|verlor\w*)(?![\w])")
_OWN_LOSSES_AFTER = re.compile(
    r"\s+(?i:zu beklagen|im dienst|im einsatz|in den eigenen reihen|in (?:ihren|seinen) reihen)(?![\w])"
)
# "31 Soldaten erlitten schwere, 12 leichte Verletzungen": degrees of injury shared by a list of counts
_DEGREE_AFTER = re.compile(r"\s+[a-zäöüß][\w-]*(?:e|en)(?=\s*,|\s+(?:und|oder|sowie)\s|\s+[A-ZÄÖÜ])")
_DEGREE_JOINED_BEFORE = re.compile(r"[a-zäöüß][\w-]*(?:e|en)\s*(?:,|\s(?:und|oder|sowie))\s+\Z")
_INJURIES = re.compile(r"(?i:verletzungen|verwundungen|verbrennungen)")
# "48 getötete Soldaten und etwa 900 Verletzte": a casualty count joined to the one before
_JOINED_BEFORE = re.compile(r"\s(?i:und|sowie|and|et)\s+\Z|,\s+\Z")
# "Rund 3000 Soldaten sind im Einsatz. Weitere 1000 sollen folgen.": more of the count before, with no number between
_MORE_BEFORE = re.compile(r"(?<![\w])(?i:weitere|weiteren|another|d['’]autres)\s+\Z")
# "Belgien beteiligt sich mit 600 Soldaten, Portugal mit 250": the share of a country named in a list
_LIST_ITEM_BEFORE = re.compile(
    r",\s+(?:(?i:die|der|the|les?|la)\s+)?(?:(?i:der|des|of)\s+)?[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?(?:\s+(?i:mit|with|avec))?\s+\Z"
)
# "der fast 3.000 nach Kursk entsandten Nordkoreaner": a participle before the demonym
_PARTICIPLE_BEFORE_DEMONYM = re.compile(
    r"\s+(?i:in|im|nach|aus|an|auf)\s+(?:(?i:der|dem|den|des|die)\s+)?(?:[\w-]+\s+){1,2}?"
    r"[a-zäöüß]\w*(?:te|ten|ne|nen)\s+"
)
_ADJECTIVE_LIST_AFTER = re.compile(r",\s*[a-zäöüß][\w-]{2,}(?:e|en)(?=[\s,])")
_MORE_BEFORE_DEMONYM = re.compile(
    r"\s+(?i:weitere|weiteren|zusätzliche|zusätzlichen|more|additional|autres)\s+"
)
# "rund 200.000 Menschen im Land unter Waffen": people under arms are troops
_UNDER_ARMS = re.compile(
    # "knapp 9.000 Sträflinge aus Lagern rekrutiert": prisoners recruited as fighters
    r"(?:\s+[a-zäöüß]\w*(?:e|en))?\s+(?P<noun>(?i:menschen|männer|personen|people|men|personnes|hommes|"
    r"häftlinge|sträflinge))(?:\s+[\w-]+){0,4}?"
    r"\s+(?i:unter waffen|under arms|sous les armes|"
    # "pro Jahr bis zu 250.000 Menschen mobilisieren": people raised as troops
    r"(?:zu\s+)?(?:mobilisieren|mobilisiert|einberufen|einzuberufen|eingezogen|einzuziehen|rekrutieren|rekrutiert|"
    r"angeworben|anzuwerben))(?![\w])"
)
_PEOPLE_WORD = re.compile(r"(?i:personen|menschen|people|personnes)")
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
    r"[\w-]*(?:bataillon|brigade|regiment|division|kompanie|korps)\w*)(?![\w])"
)
# "auf rund 8 000 gestiegenen Zahl der in Polen stationierten US-Soldaten": the number of the troops named after it.
_NUMBER_OF_TROOPS_AFTER = {
    "de": re.compile(r"\s+(?:[a-zäöüß]\w*(?:en|e)\s+){1,2}\w*(?i:zahl|stärke)\s+(?i:der|an)(?=\s)"),
}
_NUMBER_WORD = re.compile(r"\w*(?i:zahl|stärke|bestand|ziel)(?![\w])")
# "... auf 25 000 erhöht. Die Bundeswehr hat davon rund 6 000 geschult.": troops named after the count
_REFERS_BACK = re.compile(r"(?<![\w])(?i:davon|von ihnen|darunter|unter ihnen)(?![\w])")
# "die Zahl der Toten": the number has a noun of its own, not the troops of the sentence before.
_NUMBER_OF_OWN_NOUN = re.compile(r"\w*(?i:zahl|stärke|bestand)\s+(?i:der|des|an|von|of|de|d['’])(?![\w])")
_CHAIN_WORDS = frozenset({"über", "over"})
_MONTH_BEFORE = re.compile(
    r"(?<![\w])(?i:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+\Z"
)
# "Or Katz (20)": an age after a name.
_AGE = re.compile(r"\(\d{1,3}\)")
# "Jonathan Blair, 29, of Springfield": an age between commas after a name.
_AGE_AFTER_NAME = re.compile(r"[A-Z][\w'’.-]*\s+(?:[A-Z][\w'’.-]*\s+)?[A-Z][\w'’-]+,\s*\Z")
_AGE_END = re.compile(r",|\.(?!\d)")
# Police named in or right after the noun phrase ("16 Police personnel", "350 Kräfte der Bundespolizei").
_POLICE = re.compile(
    r"(?i:police|polic\w*|\w*polizei\w*|\w*polizist\w*|gendarm\w*|civilian\w*|civil\w*|zivil\w*|security forces|"
    r"sicherheitskräfte\w*|forces de sécurité|forces de l['’]ordre|ordnungskräfte\w*)"
)
_POLICE_PERSONNEL = re.compile(
    r"(?<![\w-])(?:[\w]+-)*(?i:\w*polizisten|\w*polizistinnen|policemen|police officers|policiers|gendarmes)(?![\w])"
)
_POLICE_AFTER = re.compile(r"\s+(?i:of the|of|der|des|de la|de)\s+\w*(?i:polizei|police)")
# "160.000 Soldaten und Zivilangehörige": a total that mixes troops with civilians is no troop count.
# "8000 Männer und Jungen ermordet": men named with boys or children are civilians
_CIVILIANS_JOINED = re.compile(
    r"\s+(?i:und|sowie|oder|and|or|et|ou)\s+(?i:zivil\w*|civil\w*|jungen|knaben|kinder|boys|children|enfants|"
    # "197.653 Soldaten und Wanderarbeiter": workers or families counted with them
    r"\w*arbeiter|\w*arbeitern|\w*arbeiterinnen|familienangehörige|familienangehörigen)(?![\w])"
)
# "in Washington's posture" names an owner; "on Ukraine's border" puts troops at it, not inside; but
# "in Ukraine's east", "in Russia's Kursk region" place them in the country.
_NOT_INSIDE_AFTER = re.compile(
    r"['’]s?(?![\w])(?!\s+(?i:(?:north|south|east|west)\w*|\w+ern|region|province|oblast|territory|soil|"
    r"capital|city|part|interior|airspace|waters|coast|side|front)\b)"
)
# "U.S. troops", "US troop levels", "UN peacekeepers": a state or body written before the troop noun.
_TROOPS_RIGHT_AFTER = re.compile(
    r"\s+(?i:troops?|forces?|soldiers?|service ?members?|servicemen|servicewomen|military|army|personnel|"
    r"marines?|peacekeepers?|contingents?|airmen|sailors|commandos?|special forces|paratroopers?)(?![\w])"
)
_NOT_THE_COUNTRY_AFTER = re.compile(
    r"\s+(?i:pakt\w*|pact)(?![\w])|(?<=France)\s(?:2|3|5|24|Inter|Info|Culture)(?![\w.,’'\d])"
)
_NOT_THE_COUNTRY_BEFORE = re.compile(r"(?<![\w])(?i:pacte)\s+(?:(?i:de)\s+)?\Z")
_SPOKE_BEFORE = re.compile(
    r"(?<![\w])(?i:sagte|erklärte|kündigte|teilte|betonte|said|announced|told|declared|déclaré|annoncé|indiqué|"
    r"affirmé)(?:\s+[^\d.,;:]{0,40}?)?\s+(?i:in|im|à|en)\s+(?:(?i:der|dem|the|la|le|l['’])\s*)?\Z"
)
# "beim Training der nigrischen Armee", "to train Somali units", "former les recrues tchadiennes": the
# army trained is not the trainers' owner.
_TRAINEES_BEFORE = re.compile(
    r"(?<![\w])(?i:ausbildung|ausbilden|auszubilden|schulung|beratung|train|training|trains|trained|advise|advising|"
    r"mentor\w*|former|formation|forment|formé|entraîner)\s+(?:(?i:des|der|den|von|of|the|de|les|du|la|d['’])\s*)?\Z"
)
# "the ground invasion of Gaza", "l'annexion de la Crimée par la Russie", "Angriff auf Israel": the place
# attacked or taken, nobody's troops.
_ATTACKED_BEFORE = re.compile(
    r"(?<![\w])(?i:invasion|incursion|offensive|assault|attacks?|occupation|annexation|annexion|angriffs?|"
    r"überfall\w*|besetzung|attaques?|agression|einnahme|eroberung|capture|prise)\s+"
    r"(?i:of|on|into|in|auf|in|de|du|des|der|contre|sur)\s+(?:(?i:the|la|le|les|l['’]|die|den|dem|der)\s*)?"
    r"(?:(?i:southern|northern|eastern|western|stadt|city|ville\s+de|town\s+of|city\s+of)\s+)?\Z"
)
# "les troupes ont quitté Istres pour la Roumanie": a destination after "pour", nobody's troops.
_DESTINATION_BEFORE = re.compile(
    r"(?<![\w])(?i:quitt\w*|parti\w*|partir|décoll\w*|envoy\w*|left|leave|leaving|departed)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?i:pour|for)\s+(?:(?i:la|le|les|l['’])\s*)?\Z"
)
_ENEMY_BEFORE = re.compile(
    r"(?<![\w])(?i:against|gegen|contre|fighting|bekämpf\w*|combattre|tensions? with|war with|conflict with|"
    r"tensions? avec|guerre avec|conflit avec|(?:combats?|affrontements?)(?: \w+)? avec|clash(?:es)? with|"
    r"fighting with|kämpfe\w* mit|(?:victory over|sieg\w* über|victoire sur)(?: [\w-]+)?|"
    # the killers of these troops are not their owners: "Houthi fighters killed by Saudi forces"
    r"(?:killed|wounded|eliminated|neutrali[sz]ed|captured|tués?|tuées|blessés?|capturés?|getötet|verletzt|"
    r"gefangen genommen) (?:by|par|durch|von))\s+(?:(?i:the|die|den|der|dem|le|la|les|l['’])\s*)?\Z"
)
# Where the attackers came from: "bei einem Überfall von Kämpfern aus dem Gazastreifen", "an attack by
# gunmen from Somalia", "une attaque de combattants venus du Niger": their origin, not the victims' owner.
_ATTACKERS_FROM = re.compile(
    r"(?<![\w])(?i:attack\w*|assault|raid|ambush|incursion|überfall\w*|angriff\w*|anschlag\w*|attaque\w*|assaut|"
    r"embuscade|incursion)\s+(?:[\w'’-]+\s+){0,4}?(?i:from|aus|venus? d(?:u|es|e|['’])|en provenance d(?:u|es|e|['’]))"
    r"\s*(?:(?i:the|die|den|der|dem|le|la|les|l['’])\s*)?\Z"
)
# Nouns for fighters of a group: an armed group named nearby owns them before any state does.
_FIGHTER_NOUN = re.compile(
    r"(?i:\w*(?:fighter|militant|member|operative|rebel|insurg|jihadist|djihadist|dschihadist|terrorist|"
    r"combattant|kämpfer|mitglied|membre|milizion|miliz|islamist|kamikaze)\w*)"
)
# ", ", " and ", ", et la ", ", l'": what joins the places of a list.
_LIST_JOINER = re.compile(
    r"\s*(?:,\s*(?:(?i:and|und|et|ou|or|sowie)\s+)?|\s(?i:and|und|et|ou|or|sowie)(?=\s))\s*"
    r"(?:(?i:au|aux|en|à|in|im|la|le|les|du|des|de)\s+|(?i:l['’]|d['’]))?"
    # "im Nordirak und im Norden Syriens": a part of the second country
    r"(?:(?i:norden|süden|osten|westen|nordosten|nordwesten|südosten|südwesten|zentrum)\s+)?"
)
_SUBJECT_AFTER_COMMA = re.compile(r"\s*,\s*(?i:la|le|les|l['’]|the|die|der|das)\s*")
# "the war in Gaza", "la guerre en Ukraine": where a war is, not where these troops are.
_WAR_BEFORE = re.compile(
    r"(?<![\w])(?i:war|conflict|guerre|conflit|krieg\w*|konflikt\w*)\s+(?i:in|on|dans|à|en|au|im|in der|gegen|against|"
    r"contre)\s+(?:(?i:the|la|le|les|l['’]|der|die|den|dem)\s*)?(?:[a-zäöüéèàâêç][\w-]*\s+){0,3}\Z"
)
_UNIT_NUMBER_AFTER = re.compile(r"\s+\d+(?:st|nd|rd|th|e|er|ème|\.)\s+[A-Z]")
_BORDER_BEFORE = re.compile(
    r"(?<![\w])(?i:frontières?|borders?|grenzen?)\s+(?i:avec|du|de la|de l['’]|des|d['’]|de|with|of|zu|mit)\s*"
    r"(?:(?i:the|la|le|les|l['’]|der|dem|den)\s*)?\Z"
)
# "498 of its troops", "de ses soldats", "their": whose troops, said by the phrase itself.
_POSSESSIVE = re.compile(r"(?<![\w])(?i:its|their|ses|leurs|seine[nrs]?|ihre[nrs]?)(?![\w])")
# What opens a share of the count before it: its owner belongs to the share, up to the share's end.
_SHARE_END = re.compile(r"[,;)]")
_SUBSET = re.compile(r"(?<![\w])(?i:dont|including|among them|of whom|darunter|davon)(?![\w])")
# Fighters that may be a state army's ("combattants" of the Russian army), unlike rebels or militants.
_ARMY_FIGHTERS = re.compile(r"(?i:combattants?|fighters?|combatants?|kämpfer\w*)")
# "l'armée malienne abat une trentaine de combattants": fighters an army kills are not its own.
_KILLING = re.compile(r"(?i:élimin\w*|neutralis\w*|tu[eéa]\w*|kill\w*|abatt\w*|getötet|töte\w*|eliminier\w*)")
_LEADER_AFTER = re.compile(
    r"\s+(?i:president|prime minister|chancellor|defen[cs]e secretary|defen[cs]e minister|président|"
    r"premier ministre|ministre des armées|präsident\w*|kanzler\w*|verteidigungsminister\w*)\b"
)
_WAR_SINCE = re.compile(
    r"(?<![\w])(?i:début|start|beginning|outbreak|déclenchement|beginn|anfang)\s+(?i:de la|of the|du|des|de l['’]|der|des)?"
    r"\s*(?i:guerre|war|conflit|conflict|krieg\w*|offensive)\s+(?i:in|on|dans|à|en|au|im|gegen|against|contre)\s+"
    r"(?:(?i:the|la|le|les|l['’]|der|die|den|dem)\s*)?(?:[a-zäöüéèàâêç][\w-]*\s+){0,3}\Z"
)
# "la capitale, Bamako", "the capital, Kabul": a city in apposition is where things are.
_ALIAS = re.compile(r"\s*\(\s*")
_ALONGSIDE_BEFORE = re.compile(
    r"(?<![\w])(?i:aux côtés|alongside|along with|together with|neben|gemeinsam mit|zusammen mit)"
    r"\s*(?i:de la|de l['’]|du|des|de|d['’]|von|der|des|dem|den|the)?\s*\Z"
)
_NEAR_BEFORE = re.compile(
    r"(?<![\w])(?i:near|close to|nahe|près de|proche de)\s+(?i:the|der|la|le|l['’])?\s*\Z"
)
_BORDER_AFTER = re.compile(r"\s+(?i:border|frontier|grenze)\b")
_ALLIANCE_NOT_TROOPS_AFTER = re.compile(
    r"-(?i:\w*gebiet\w*|\w*territori\w*|\w*flanke\w*|territory|soil)(?![\w])"
)
_CONTRIBUTION_AFTER = re.compile(r"(?:-\w+)?[„“\"»«]?(?:\s+[\w„“\"»«-]+){0,2}?\s+(?i:beteilig\w*)(?![\w])")
_CONTRIBUTION_BEFORE = re.compile(
    r"(?<![\w])(?i:\w*beteiligung|\w*kontingent\w*|contingents?|participation|contribution|beitrag|anteil|"
    r"beteiligt\w*|participating|taking part|participant|participent|participe)"
    r"\s*(?:(?i:an|am|zur|zum|to|in|à|au|aux|de|du|des|of|der|dem)\s+)?(?:(?i:the|la|le|l['’]|die|den)\s*)?"
    r"(?:\(\s*[\w.-]+\s+)?\Z"
)
_LED_AFTER = re.compile(
    r"-(?i:geführt\w*|led|backed|gestützt\w*|dominated|dominiert\w*|sponsored|allied)(?![\w])"
)
_COUNTRY_COMPOUND_AFTER = {
    # German nouns keep their capital: "Moskaus Krieg", not "Deutschland war" (was).
    "de": re.compile(
        r"(?:-(?i:einsatz|krieg|krise|konflikt|mandat|mission)|\s+(?:Einsatz|Krieg|Krise|Konflikt|Mandat|Mission))\w*"
    ),
    "en": re.compile(r"\s+(?i:war|crisis|conflict|mission)(?![\w])"),
}
_COMMAND_BEFORE = re.compile(
    r"(?<![\w])(?i:sous commandement|unter (?:dem )?kommando|sous la bannière|under the banner|under the flag|"
    r"unter (?:der )?flagge|sous l['’]égide|under the auspices|unter dem dach)\s*"
    r"(?:(?i:de la|du|de l['’]|des|der|des|of the|of|de|d['’])\s*)?\Z"
)
_COMMAND_AFTER = re.compile(r"\s+(?i:command|kommando)(?![\w])")
_BASE_AFTER = re.compile(
    r"(?:-|\s+)(?i:hauptquartier\w*|stützpunkt\w*|basis|base|headquarters|hq|feldlager\w*|camp)(?![\w])"
)
_EMBASSY_BEFORE = re.compile(
    r"(?<![\w])(?i:embassy|\w*botschaft|ambassade)\s+(?i:in|im|à|en)\s+(?:(?i:der|dem|the|la|le|l['’])\s*)?\Z"
)
_SEAT_BEFORE = re.compile(
    r"(?<![\w])(?i:\w*ministeri\w*|ministry|ministère|\w*sprecher\w*|spokes(?:man|woman|person)|porte-parole|"
    r"embassy|\w*botschaft|ambassade|regierung|government|gouvernement|behörden?|authorities|autorités|"
    r"präsidentenbüro\w*|état-major|generalstab\w*|general staff)"
    r"\s+(?:(?i:am|on|le)\s+\w+\s+)?(?i:in|im|à|en)\s+(?:(?i:der|dem|the|la|le|l['’])\s*)?"
    r"(?:[a-zäöüéèàâêç][\w-]*\s+)?(?:(?i:hauptstadt|capital|capitale)\s+)?\Z"
)
_LEFT_AFTER = re.compile(r"\s+(?i:verlassen|verließen|verließ|verlässt|verlasse)(?![\w])")
_WHERE_AFTER = re.compile(r"\s*,\s*(?i:wo|where|où)\s")
_COMPASS_HYPHEN_BEFORE = re.compile(
    r"(?:Nord|Süd|Ost|West|Nordost|Nordwest|Südost|Südwest|Zentral|Mittel)-\Z"
)
_CAPITAL_BEFORE = re.compile(r"(?i:capital|capitale|hauptstadt)\s*,\s*\Z")
# "PUTLOS, Germany (AP) —", "WASHINGTON (Reuters) -": the dateline names where the story was filed.
_DATELINE = re.compile(
    # "By JOHN DOE Associated Press LAGOS, Nigeria (AP) —", "Riga (AFP) Während ...": a byline may come first,
    # and a city in title case counts when an agency in parentheses follows it.
    r"\s*(?:By\s+(?:[A-Z][\w.'’-]*\s+){1,6})?(?:[A-Z][A-Z .'’-]{2,}(?:,\s*[A-Z][\w .'’-]*)?\s*(?:\([^)]{1,30}\))?"
    r"\s*[—–-]+\s|[A-Z][\w'’-]+(?:[ /][A-Z][\w'’-]+){0,2}(?:,\s*[A-Z][\w .'’-]*)?\s*\((?:{a})(?:/(?:{a}))*\)"
    r"\s*(?:[—–-]+\s*)?)".replace(
        "{a}", "AP|AFP|Reuters|dpa|APA|KNA|epd|ANA|ANI|PTI|Xinhua|KUNA|IANS|SDA|Belga|ANP|AA|dpa-AFX"
    )
)
_SPEAKER_BEFORE = re.compile(
    r"(?<![\w])(?i:ministre|président|porte-parole|premier ministre|chef de la diplomatie|chef d['’]état-major)\s+\Z"
)
_AGENT_BEFORE = re.compile(r"(?<![\w])(?i:par|by|durch|von)\s+(?:(?i:la|le|les|l['’]|the|die|der|den)\s*)?\Z")
# Words that refer back to a country named before.
_THERE = re.compile(
    r"(?<![\w])(?i:there|dort|dorthin|vor ort|(?<!il )y(?! a\b| avait\b| compris\b)|là-bas|sur place|in the country|from the country|"
    r"in the war-torn country|of the country|des landes|"
    r"im land|aus dem land|dans le pays|du pays|hors du pays|à travers le pays|dans tout le pays|across the country|"
    r"throughout the country|im ganzen land)(?![\w])"
)
# "135 Einsatzkräfte", "4.000 Kräfte": firefighters and rescuers as often as troops; in a story about fire
# brigades, floods or police with no army named they are no troop count.
_FORCES_WORD = re.compile(r"(?i:\w*kräfte\w*|helfer\w*)")
_CIVIL_PROTECTION = re.compile(
    r"(?i:\w*feuerwehr\w*|thw|\w*katastroph\w*|rettungs\w*|\w*unwetter\w*|\w*hochwasser\w*|\w*brand\w*|"
    r"\w*polizei\w*|drk|rotes kreuz|hilfsorganisation\w*)"
)
_ARMY_NAMED = re.compile(
    r"(?i:\w*soldat\w*|\w*truppe\w*|\w*militär\w*|\w*armee\w*|\w*streitkräfte\w*|bundeswehr\w*|bundesheer\w*|nato)"
)
# "Personen" is a troop noun only where a force's strength is told, never for people killed or civilians.
_PEOPLE = re.compile(r"(?i:personen)")
# ... nor for applicants ("51.200 Personen haben sich beworben").
_PEOPLE_NOT_TROOPS = re.compile(
    r"(?i:getötet|tot|tote\w*|verletzt\w*|verwundet\w*|starben|ums leben|opfer|zivil\w*|flüchtling\w*|"
    r"geisel\w*|festgenommen|verhaftet|evakuiert|polizei\w*|beworben|\w*bewerb\w*|ausgeflogen|in sicherheit gebracht)"
)
# Types whose troops are somewhere: a count of them with no place may take the sentence before's.
_PLACED_TYPES = frozenset({"deployment", "withdrawal", "casualties"})
_DIGIT = re.compile(r"\d")
_FROM_BEFORE = re.compile(r"(?<![\w])(?i:from)\s+\Z")
# A full stop after a digit is an ordinal or a date ("im frühen 19. Jahrhundert", "am 1. März"), not a break.
_CLAUSE_BREAK = re.compile(r"[;:!?()\"“”„«»]|(?<!\d)\.")
# "900 troops in Syria and 2,500 in Iraq": a second count that shares the noun of the one before it.
# ... or the second count of a change ("from 2,500 to 2,000", "von 980 auf 1300", "von 34.500 Soldaten um 9.500",
# "sollen es noch 2100 sein, Ende Mai nur noch 1700").
# "5 100 soldats, dont 600 ...", "860 soldiers died, including 400 in Gaza": a share of the troops just counted.
# An adverb of time or doubt may stand before it: "203.000 Soldaten, später möglicherweise 240.000".
_ELLIPSIS_BEFORE = re.compile(
    r"(?:[,–—]|\s(?i:and|und|et|sowie|as well as|while|während|tandis que|to|auf|bis auf|à|um|noch|dont|including|"
    r"of whom|among them|darunter|davon))\s+"
    r"(?:(?i:später|möglicherweise|dann|danach|anschließend|zuletzt|heute|inzwischen|mittlerweile|jetzt|nun|bald|"
    r"künftig|langfristig|eventuell|vielleicht|sogar|schon|bereits|zunächst|later|eventually|possibly|perhaps|"
    # "600 000 aktive Militärs, aber nur 150.000 waren im Einsatz"
    r"doch|aber|jedoch|nicht einmal|lediglich|nur|kaum|immerhin|allerdings|"
    r"then|now|plus tard|puis|ensuite)\s+){0,2}"
    # "rund 90 Soldaten versorgt, seit Jahresbeginn über 400": a time phrase before it
    r"(?:(?i:seit|bis|ab|im|nach|since|until|depuis)\s+[\w-]+\s+)?"
    # "30 000 US-Soldaten, fünf Jahre danach 21 000": a span of time before it
    r"(?:[\w-]+\s+(?i:jahre|jahren|monate|monaten|wochen|tage|tagen|years|months|ans|mois)\s+"
    r"(?i:später|danach|darauf|zuvor|davor|later|after|plus tard)\s+)?[\"“«„]?\Z"
)
# How far after the count before it an elliptical count may stand ("600 militaires belges, selon le plan,
# en Roumanie et quelque 300 en Estonie").
_ELLIPSIS_REACH = 90
# "darunter 869 Frauen": the women among the troops just counted
_SUBSET_BEFORE = re.compile(r"(?<![\w])(?i:darunter|davon|unter ihnen)(?:\s+(?i:auch|allein))?\s+\Z")
_WOMEN_OR_MEN_AFTER = re.compile(
    # "87 Soldaten fielen, unter ihnen 12 EU-Bürger": the citizens of a nation among them
    r"\s+(?i:frauen|männer|mitglieder|angehörige|häftlinge|sträflinge|[\w-]*bürger|[\w-]*bürgerinnen)(?![\w-])"
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
    r"in the year|en|depuis|jusqu['’]en)\s*:?\s*|(?<![\d.,])(?:19|20)\d\d\s*(?:[-–]|(?i:und|bis|and|to|et|à))\s*)\Z"
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
    r"\s+(?i:dagegen|dafür|enthielten|enthielt|stimmten|votierten|against|in favou?r|abstained|contre|pour)(?![\w])"
)
_CASUALTY_AND_COUNT = re.compile(r"\s+(?i:und|sowie)\s+\d[\d.,]*(?=\s)")
_CLOCK_AFTER = re.compile(r"\s?[:.]\s?[0-5]\d\s*(?i:uhr|h)(?![\w])")
_CHANGE_FROM_BEFORE = re.compile(r"(?<![\w])(?i:von|from|de|zwischen|between)\s+(?:\w+\s+)?\Z")
_AMONG = re.compile(r"(?<![\w])(?i:darunter|unter ihnen|among them|including|dont|parmi eux)(?![\w])")
_PEOPLE_COUNT = re.compile(
    r"\d[\d.,\u202f\u00a0 ]*\s+(?i:menschen|personen|zivilisten|people|civilians|personnes|civils)(?![\w])"
)
_CIVIL_NOUN = re.compile(
    r"(?i:zivil\w*|polizist\w*|\w*mitarbeiter\w*|\w*angestellte\w*|\w*beschäftigte\w*|familienangehörige\w*|"
    r"menschen|personen|civilians|police\w*|staff|civils)"
)
_NOUN_THEN_BRACKET = re.compile(r"([A-ZÄÖÜ][\w-]*)\s*\(\s*\Z")
_NOUN_THEN_SEMICOLON = re.compile(r"\s+[\w-]+\s*;\s+")
_OPENING_QUOTE_END = re.compile(r"[\"“«„]\s*\Z")
# "the number of drones intercepted ... : 508": a figure put on something other than troops.
_NUMBER_OF = re.compile(
    r"(?<![\w])(?i:number|nombre|total|bilan|toll|tally|figure|chiffre)\s+(?i:of(?:\s+the)?|de|d['’]|des)\s*"
    r"(?P<what>(?:[\w.'’-]+\s+){0,2}[\w.'’-]+)"
)
# "le nombre de morts parmi les soldats", "the number of casualties": a figure of troop losses.
_LOSSES = re.compile(
    r"(?i:morts?|tués|victimes|pertes|décès|blessés|dead|killed|deaths|casualties|losses|wounded|tote\w*|opfer|"
    r"verluste|gefallene\w*|verletzte\w*)(?![\w])"
)
_PERSONS = re.compile(
    r"(?i:membres?|members?|mitglieder\w*|personnes|people|personen|hommes|men|männer)(?![\w])"
)
# A count of people who are no troops before this one ("12 000 policiers ... dont 5 000"): a bare count
# refers to it.
_OTHER_COUNT = re.compile(
    r"(?<![\d.,])\d(?:[\d.,\u202f\u00a0 ]*\d)?\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?i:polic\w*|gendarm\w*|civil\w*|personnes|people|menschen|zivilist\w*|réfugiés|refugees|flüchtling\w*|"
    r"manifestants|protesters|demonstrant\w*|otages|hostages|geisel\w*|détenus|detainees|häftling\w*|"
    r"enfants|children|kinder|femmes|women|frauen|"
    # "7000 deutsche Ortskräfte ..., es sollen 12 000 sein": civilian staff of an army
    r"ortskräfte|zivilbeschäftigte\w*|\w*arbeiter|\w*arbeitern|angestellte|angestellten|mitarbeiter\w*)(?![\w])"
)
_COPULA_ES = re.compile(r"(?<![\w])(?i:es|they|ils|elles)(?![\w])")
_OTHER_LOSSES = re.compile(
    r"\d[\d.,\u202f\u00a0 ]*\s+(?i:morts|tués|blessés|dead|killed|wounded|people|personnes|civils|civilians|tote|"
    r"menschen|zivilisten)(?![\w])"
)
_OTHERS_AFTER = re.compile(r"\s+(?i:autres|others|more|weitere|andere)(?![\w])")
_COPULA_AFTER = re.compile(
    r"\s+(?i:were|was|are|being|étaient|sont|était|waren|sind|war)(?:\s+(?i:des|les|de|d['’]))?(?=\s|(?<=['’]))"
)
# "militaires" / "military" after a noun ("exercices militaires", "the military base") is an adjective.
_ADJECTIVE_USE = re.compile(r"(?i:militaires?)")
_NOUN_BEFORE = re.compile(
    r"(?<![\w])(?!(?i:les|des|de|ces|nos|vos|leurs|ses|aux|plusieurs|quelques|certains|nombreux|autres)\b)"
    r"[a-zàâçéèêëîïôûùüÿœ]{3,}\s+\Z"
)
# A sentence whose subject refers back ("Ce nombre est passé à ...", "These troops ..."): troops of the one before.
_ANAPHORIC_START = re.compile(
    r"[\s«“\"]*(?:Ce|Cet|Cette|Ces|Leur|Leurs|Ses|This|That|These|Those|Their|Its|Dieser?|Diese|Ihre?)\b"
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
    rf"\s+(?P<noun>(?i:menschen|personen))\s+(?i:bei|in|zur|zum)\s+(?:(?i:der|dem|den|die)\s+)?{_ARMY_WORDS_AFTER}"
)

# "In der ukrainischen Armee dienen 40.000 Frauen", "5000 Frauen seien an vorderster Front": people named as serving
# in an army in their own clause are its troops (women, men, a people's women).
_PEOPLE_SERVING_NOUN = re.compile(
    # "800 Ausländer in der Armee", "600 Freiwillige im Heer": foreigners or volunteers serving
    r"(?:\s+[a-zäöüß]\w*(?:e|en))?\s+(?P<noun>(?i:frauen|männer|menschen|personen|mitglieder|ausländer|freiwillige)|"
    r"[A-ZÄÖÜ]\w+innen)"
    r"(?![\w-])"
)
_SERVING = re.compile(
    # "in finnischen Streitkräften": the article may be left out before an adjective
    r"(?<![\w-])(?i:(?:in|bei)\s+(?:(?:der|den|dem)\s+|(?=[a-zäöüß]\w*en\s))(?:[\w-]+\s+){0,2}?"
    r"(?:armee|streitkräften|bundeswehr|truppe|truppen|heer|marine|luftwaffe|militär|verteidigungskräften|"
    r"\w*brigaden?|\w*milizen|verbänden)|"
    # "Zur Mission gehören 190 Frauen": of a mission or contingent
    r"(?:zur|zum)\s+(?:[\w-]+\s+){0,2}?(?:mission|kontingent|truppe|einsatz)|"
    r"im\s+(?:[\w-]+\s+){0,2}?(?:militär|heer|kampfeinsatz|fronteinsatz|offiziersrang|militärdienst|wehrdienst)|"
    r"an\s+(?:der|vorderster)\s+front)(?![\w-])"
)
# "..., das sind rund 5000": a figure put on what the clause before named
_THAT_IS_BEFORE = re.compile(r"(?<![\w])(?i:das|dies)\s+(?i:sind|seien|wären|waren)\s+\Z")
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.;!?)]|,\s|\Z)")
_MEMBER_WORD = re.compile(r"(?<![\w-])(?:[\w]+-)*(?i:mitglieder\w*|anhänger\w*)(?![\w])")
_JOINED_COUNT_AFTER = re.compile(r"\s+(?i:und|sowie)\s+\d[\d.,]*")
_CLAUSE_SEPARATOR = re.compile(r"[,;:!?()\"“”„«»–—]|(?<!\d)\.")


def _place_noun_beside(text: str, window: int, p: Place) -> bool:
    """A demonym describing a kind of place ("the Ukrainian border", "la capitale malienne"), not a party: a
    side of a war ("on the Russian side") still names one."""
    after = LOCATION_NOUN_AFTER.match(text, p.end)
    if after and not after.group().strip().lower().startswith(("side", "front")):
        return True
    return bool(LOCATION_NOUN_BEFORE.search(text, window, p.start))


def _not_inside(text: str, window: int, p: Place) -> bool:
    """A place after a location preposition that still is not where these troops are."""
    return bool(
        # "gegen Angriffe des Warschauer Paktes", "the Warsaw Pact", "France 2": no country meant
        _NOT_THE_COUNTRY_AFTER.match(text, p.end)
        or _NOT_THE_COUNTRY_BEFORE.search(text, window, p.start)
        # "erklärte die Ministerin am Freitag in Brüssel": where the speaker is
        or _SPOKE_BEFORE.search(text, window, p.start)
        or
        # "to withdraw thousands of U.S. troops": a state noun used as the troops' adjective owns them
        (not p.adjective and _TROOPS_RIGHT_AFTER.match(text, p.end))
        # "in the war against Ukraine", "killed by Israeli forces": the enemy, not where the troops are
        or _ENEMY_BEFORE.search(text, window, p.start)
        or _LED_AFTER.match(text, p.end)  # "an der US-geführten Übung": who leads it, not where it is
        or _UNIT_NUMBER_AFTER.match(text, p.end)  # "off the US 173rd Airborne Brigade": whose unit, not where
        # "à la frontière avec Israël", "near the border with Ukraine": not inside it
        or _BORDER_BEFORE.search(text, window, p.start)
        # "since the start of the war in Gaza": when, not where these troops are
        or _WAR_SINCE.search(text, window, p.start)
        or _SPEECH_AFTER.match(text, p.end)  # "wie der Sprecher in Washington erklärte": where the speaker is
        # "das Verteidigungsministerium am Montag in Kiew", "the government in Bamako": where a source sits
        or _SEAT_BEFORE.search(text, window, p.start)
        # "aux côtés du Royaume-Uni", "alongside Britain": a partner, not a place
        or _ALONGSIDE_BEFORE.search(text, window, p.start)
        # "close to the Mali border": near that country, not inside it
        or (
            not p.adjective
            and _NEAR_BEFORE.search(text, window, p.start)
            and _BORDER_AFTER.match(text, p.end)
        )
    )


def _no_owner(text: str, window: int, lang: str, p: Place) -> bool:
    """A place named in a role that makes it nobody's troops' owner."""
    state = p.code == p.site
    compound = _COUNTRY_COMPOUND_AFTER.get(lang)
    located = bool(location_before(lang).search(text, window, p.start))
    return bool(
        _COMPASS_HYPHEN_BEFORE.search(text, window, p.start)  # "Nord-Mali": a part of the country
        or (state and _LED_AFTER.match(text, p.end))  # "an der US-geführten Übung": who leads it
        # "Inmitten der Ukraine-Krise", "ihres Afghanistan-Einsatzes": a war or mission's place
        or (state and not p.adjective and compound and compound.match(text, p.end))
        # "close to the Mali border": a place near the troops
        or (_NEAR_BEFORE.search(text, window, p.start) and _BORDER_AFTER.match(text, p.end))
        # "la France, aux côtés du Royaume-Uni, déploie 300 hommes": a partner
        or _ALONGSIDE_BEFORE.search(text, window, p.start)
        or (located and _SPEECH_AFTER.match(text, p.end))  # "wie der Sprecher in Washington erklärte"
        # "die deutsche Beteiligung an KFOR": the mission a state's contingent serves in
        or (p.code != p.site and _CONTRIBUTION_BEFORE.search(text, window, p.start))
        # "die an der Nato-Mission KFOR beteiligt sind": a mission its soldiers take part in
        or (p.code in _ALLIANCES and _CONTRIBUTION_AFTER.match(text, p.end))
        # "das Nato-Bündnisgebiet", "die Nato-Ostflanke": the alliance's land, not its troops
        or (p.code in _ALLIANCES and _ALLIANCE_NOT_TROOPS_AFTER.match(text, p.end))
        or _EMBASSY_BEFORE.search(text, window, p.start)  # "the embassy in Baghdad": a host country
        # "sous commandement espagnol", "under Italian command": who commands, not whose soldiers
        or _COMMAND_BEFORE.search(text, window, p.start)
        or _ATTACKED_BEFORE.search(text, window, p.start)  # "the ground invasion of Gaza": where, not whose
        or _NOT_THE_COUNTRY_AFTER.match(text, p.end)  # "des Warschauer Paktes", "sur France 2"
        or _NOT_THE_COUNTRY_BEFORE.search(text, window, p.start)
        or (
            p.adjective and _TRAINEES_BEFORE.search(text, window, p.start)
        )  # "zur Ausbildung irakischer Kräfte"
        or _DESTINATION_BEFORE.search(text, window, p.start)  # "quitté Istres pour la Roumanie": where to
        or _COMMAND_AFTER.match(text, p.end)
        # "in das nördliche NATO-Hauptquartier versetzt": where they go
        or (located and _BASE_AFTER.match(text, p.end))
    )


class _PlaceInfo:
    """A place of a sentence and its role, each role worked out only when first asked for."""

    def __init__(
        self, place: Place, text: str, lang: str, sentence_start: int, dateline_end: int = 0
    ) -> None:
        self.place = place
        self._text, self._lang = text, lang
        self._window = max(sentence_start, place.start - 60)
        self._location: bool | None = None
        self.in_dateline = place.end <= dateline_end  # "PUTLOS, Germany (AP) —": where the story was filed
        self.listed_after: _PlaceInfo | None = None  # the place before it in a list ("to Poland and Romania")
        self.alias_of: _PlaceInfo | None = None  # the place it abbreviates in parentheses

    @property
    def location(self) -> bool:
        """After a location preposition: where troops are or go."""
        if self.alias_of is not None:
            return self.alias_of.location
        if self._location is None:
            p, text, lang, window = self.place, self._text, self._lang, self._window
            found = (
                p.can_be_location
                and bool(location_before(lang).search(text, window, p.start))
                and not source_before(lang).search(text, window, p.start)
                and not _NOT_INSIDE_AFTER.match(text, p.end)
            )
            if found and p.adjective:
                found = bool(
                    LOCATION_NOUN_AFTER.match(text, p.end)
                    or LOCATION_NOUN_BEFORE.search(text, window, p.start)
                )
            if found and _not_inside(text, window, p):
                found = False
            compass = _COMPASS_HYPHEN_BEFORE.search(text, window, p.start)
            if not found and p.can_be_location and compass:
                # "in Nord-Mali", "nach Südost-Polen": the part of a country after a preposition
                found = bool(location_before(lang).search(text, window, compass.start()))
            if (
                not found
                and p.can_be_location
                and not p.adjective
                and _DESTINATION_BEFORE.search(text, window, p.start)
            ):
                found = True  # "ont quitté Istres pour la Roumanie": where they go
            if not found and p.can_be_location and not p.adjective and _LEFT_AFTER.match(text, p.end):
                found = True  # "haben 90.000 Soldaten den Irak verlassen": the country left
            if not found and p.can_be_location and not p.adjective and _WHERE_AFTER.match(text, p.end):
                found = True  # "Deutschland, wo derzeit 34.500 US-Soldaten stationiert sind"
            if not found and p.can_be_location:
                # "l'aéroport de la capitale, Bamako"; the second country of "to Poland and Romania"
                found = bool(_CAPITAL_BEFORE.search(text, window, p.start)) or bool(
                    self.listed_after and self.listed_after.location
                )
            self._location = found
        return self._location

    @property
    def origin(self) -> bool:
        """After from / aus / de: whose troops, or where they leave ("from Iraq and Afghanistan")."""
        if origin_before(self._lang).search(self._text, self._window, self.place.start):
            return True
        return bool(self.listed_after and self.listed_after.origin)

    @property
    def owner(self) -> bool:
        """Can name whose troops these are (not a location, not a speaker such as "Ukrainian President")."""
        if self.place.region or self.location or self.in_dateline:
            return False
        if _no_owner(self._text, self._window, self._lang, self.place):
            return False
        if _ENEMY_BEFORE.search(self._text, self._window, self.place.start):
            return False  # "bei Kämpfen gegen die Hamas vier Soldaten": the enemy, not the owner
        if _ATTACKERS_FROM.search(self._text, self._window, self.place.start):
            return False
        if _WAR_BEFORE.search(self._text, self._window, self.place.start) or _BORDER_BEFORE.search(
            self._text, self._window, self.place.start
        ):
            return False  # "the long war in Afghanistan", "the border with Niger": a place, nobody's troops
        if self.place.adjective and _place_noun_beside(self._text, self._window, self.place):
            return False  # "nahe der nigrischen Hauptstadt Niamey", "la capitale tchadienne": a place
        if _SPEAKER_BEFORE.search(self._text, self._window, self.place.start):
            return False  # "le ministre lituanien de la Défense": who speaks, not whose troops
        return not SPEAKER_AFTER.match(self._text, self.place.end)


@dataclass(slots=True)
class _Count:
    start: int  # of count_text (qualifier and quotes included)
    end: int
    num_start: int  # of the number itself
    low: int | None
    high: int | None
    precision: str
    year_like: bool


class _Context:
    """Lazily built per-text state: sentence index, quotation spans, places per sentence."""

    def __init__(self, text: str, lang: str) -> None:
        self.text = text
        self.lang = lang
        self.g: Grammar = grammar(lang)
        self._sentences: SentenceIndex | None = None
        self._quotes: list[tuple[int, int]] | None = None
        self._places: dict[int, list[_PlaceInfo]] = {}

    @property
    def sentences(self) -> SentenceIndex:
        if self._sentences is None:
            self._sentences = SentenceIndex(self.text)
        return self._sentences

    @property
    def quotes(self) -> list[tuple[int, int]]:
        if self._quotes is None:
            self._quotes = quote_spans(self.text)
        return self._quotes

    def sentence_text(self, offset: int) -> str:
        s, e = self.sentences.spans[self.sentences.index_of(offset)]
        return self.text[s:e]

    def places(self, index: int) -> list[_PlaceInfo]:
        """Every place in sentence `index`, with its role."""
        if index not in self._places:
            s, e = self.sentences.spans[index]
            dateline = _DATELINE.match(self.text) if index == 0 else None
            infos = [
                _PlaceInfo(p, self.text, self.lang, s, dateline.end() if dateline else 0)
                for p in find_places(self.text, s, e)
            ]
            for first, second in itertools.pairwise(infos):
                # Armies, leaders and groups are no members of a list of places ("à Gaza, l'armée israélienne").
                named = first.place.actor_only or second.place.actor_only
                # Nor are missions and alliances ("As part of AMISOM, Ethiopia deployed ..."): a list holds places.
                named = (
                    named or first.place.code != first.place.site or second.place.code != second.place.site
                )
                # "en Estonie, la France participe": a place, then a new clause's subject, is no list
                subject = _SUBJECT_AFTER_COMMA.fullmatch(self.text, first.place.end, second.place.start)
                if subject and first.location:
                    named = True
                if not named and _LIST_JOINER.fullmatch(self.text, first.place.end, second.place.start):
                    second.listed_after = first
                elif first.place.code == second.place.code and _ALIAS.fullmatch(
                    self.text, first.place.end, second.place.start
                ):
                    second.alias_of = first  # "la République centrafricaine (RCA)": the same place
            self._places[index] = infos
        return self._places[index]


def _normal(words: str) -> str:
    return " ".join(words.lower().split())


def _range(ctx: _Context, a: Atom, b: Atom) -> _Count | None:
    """Two numbers joined into one range count ("between 10,000 and 11,000", "300 à 400"), or None."""
    text, g = ctx.text, ctx.g
    if "vague" in (a.kind, b.kind) or a.year_like:
        return None
    if _MONTH_BEFORE.search(text, max(0, a.start - 12), a.start):
        return None  # "since October 8 to 121": a date, then a count
    joiner = g.range_joiner.fullmatch(text, a.end, b.start)
    if joiner is None:
        return None
    word = (joiner.group("word") or "").lower()
    opener = g.range_open_before.search(text, max(0, a.start - 12), a.start)
    if b.year_like and opener is None:
        return None  # "zwischen 900 und 2000 Mann" is a range; "500 bis 2024" is a count and a year
    if opener and opener.group().strip().lower() == "de" and word != "à":
        opener = None
    if word == "to" and _FROM_BEFORE.search(text, max(0, a.start - 8), a.start):
        return None  # "from 180,000 to 203,000" is a change between two counts, not a range
    from_to = opener is not None and opener.group().strip().lower() == "de"
    if from_to and _CHANGE_VERB_BEFORE.search(text, max(0, a.start - 60), a.start):
        return None  # "réduire les effectifs de 2 000 à 1 700 hommes": a change, two counts
    low = share_scale(a.low or 0, b.low or 0)
    if (word in ("and", "und", "et") and not opener) or b.high is None:
        return None
    high = b.high
    if low >= high:
        if not (opener and word in ("and", "und", "et") and a.high is not None and low > high):
            return None
        low, high = (
            b.low or 0,
            a.high,
        )  # "somewhere between 13,000 and 12,000": the same range written downwards
    start = opener.start() if opener else a.start
    qualifier = g.qualifier_before.search(text, max(0, start - 30), start)
    if qualifier and g.qualifier_kind.get(_normal(qualifier.group("q"))) == "approximate":
        start = qualifier.start()  # "an estimated 40,000 to 50,000" is still a range
    return _Count(start, b.end, a.start, low, high, "range", False)


def _single(ctx: _Context, a: Atom) -> _Count:
    """One number with the qualifier before it ("more than 5,000") or after it ("30,000 or more")."""
    text, g = ctx.text, ctx.g
    count = _Count(a.start, a.end, a.start, a.low, a.high, a.kind, a.year_like)
    qualifier = g.qualifier_before.search(text, max(0, a.start - 30), a.start)
    if (
        qualifier
        and _normal(qualifier.group("q")) in _CHAIN_WORDS
        and _NOT_A_QUALIFIER_BEFORE.search(text, max(0, qualifier.start() - 12), qualifier.start())
    ):
        # "von 370.000 über 340.000": a step of a change; "verfügt über 5.000": the verb's preposition.
        qualifier = None
    elif (
        qualifier
        and _normal(qualifier.group("q")) == "über"
        and (
            _VERB_OF_UEBER_BEFORE.search(text, max(0, qualifier.start() - 60), qualifier.start())
            or _VERB_OF_UEBER_AFTER.match(text, a.end)
        )
    ):
        qualifier = None
    if qualifier:
        count.start = qualifier.start()
        if a.kind != "vague":
            kind = g.qualifier_kind.get(_normal(qualifier.group("q")), "approximate")
            count.precision = kind
            if kind == "lower_bound":
                count.high = None
            elif kind == "upper_bound":
                count.low = None
    trailing = g.trailing_lower.match(text, count.end)
    if trailing and a.kind != "vague":
        count.end = trailing.end()
        count.precision, count.high = "lower_bound", None
    return count


def _counts(ctx: _Context) -> list[_Count]:
    """Number atoms merged into ranges and extended by qualifiers and quotation marks."""
    text = ctx.text
    atoms = find_atoms(text, ctx.lang)
    out: list[_Count] = []
    i = 0
    while i < len(atoms):
        joined = _range(ctx, atoms[i], atoms[i + 1]) if i + 1 < len(atoms) else None
        out.append(joined or _single(ctx, atoms[i]))
        i += 2 if joined else 1
    for c in out:
        if (
            c.start > 0
            and c.end < len(text)
            and text[c.start - 1] in OPENING_QUOTES
            and text[c.end] in CLOSING_QUOTES
        ):
            c.start -= 1
            c.end += 1
    return out


def _not_a_head_count(ctx: _Context, c: _Count) -> bool:
    text = ctx.text
    young = c.low is not None and c.low < 120
    # "Jonathan Blair, 29, of", "sagte Aung Myo Htet, 32.": after a name, between commas or ending the sentence
    between_commas = _AGE_END.match(text, c.end) and _AGE_AFTER_NAME.search(
        text, max(0, c.start - 40), c.start
    )
    if young and (_AGE.match(text, c.start - 1) or between_commas):
        return True
    if _CURRENCY_BEFORE.search(text, max(0, c.num_start - 4), c.num_start):
        return True
    if ctx.g.unit_after.match(text, c.end) or _ORDINAL_AFTER.match(text, c.end):
        return True
    if young and _CLOCK_AFTER.match(text, c.end):
        return True  # "(Stand: Sonntag, 17: 27 Uhr)": a time of day
    if c.year_like and text[c.start - 1 : c.start] == "(" and text.startswith(")", c.end):
        return True  # "Resolution 1386 (2001)": a year in brackets
    if c.year_like and _QUALIFIED_COUNT_AFTER.match(text, c.end):
        return True  # "verfügte 1990 über 495.000 Mann": a year before a qualified count
    if c.year_like and _YEAR_PAIR_AFTER.match(text, c.end):
        return bool(
            _BETWEEN_BEFORE.search(text, max(0, c.start - 12), c.start)
        )  # "zwischen 1967 und 1969 über"
    return c.year_like and bool(_YEAR_BEFORE.search(text, max(0, c.num_start - 15), c.num_start))


def _antecedent(
    ctx: _Context, start: int, sentences_back: int, nouns: re.Pattern[str]
) -> re.Match[str] | None:
    """The last troop noun before `start`, in this sentence or up to `sentences_back` sentences before."""
    index = ctx.sentences.index_of(start)
    first = ctx.sentences.spans[max(0, index - sentences_back)][0]
    last = None
    for m in nouns.finditer(ctx.text, first, start):
        if _ADJECTIVE_USE.fullmatch(m.group()) and _NOUN_BEFORE.search(
            ctx.text, max(0, m.start() - 30), m.start()
        ):
            continue  # "exercices militaires": an adjective, nobody to refer back to
        last = m
    return last


def _actor_near(ctx: _Context, index: int, lo: int, hi: int, anchor: int) -> str | None:
    best = None
    for info in ctx.places(index):
        p = info.place
        near = best is None or abs(p.start - anchor) < abs(best.start - anchor)
        if lo <= p.start < hi and info.owner and near:
            best = p
    return best.code if best else None


def _left_from(ctx: _Context, info: _PlaceInfo, noun_end: int) -> bool:
    """'troops from Niger' right after the noun: where troops leave, or (otherwise) whose troops they are."""
    return info.place.start >= noun_end and bool(
        _ORIGIN_BETWEEN.fullmatch(ctx.text, noun_end, info.place.start)
    )


def _actor_in_phrase(ctx: _Context, index: int, c: _Count, noun_end: int, leaving: bool) -> str | None:
    """A demonym inside or right after the noun phrase: "1,500 North Korean troops", "troops from Niger"."""
    places = ctx.places(index)
    # The group wins over the state beside it ("60 Lebanese Hezbollah fighters").
    inside = [
        i.place
        for i in places
        if c.start <= i.place.start < noun_end and not i.place.region and not i.location
    ]
    # "2 000 Casques bleus français": the demonym beside the noun names the state, not the noun itself (UN).
    text = ctx.text
    beside = [p for p in inside if text[p.start : p.end].lower() != text[p.start : noun_end].lower()]
    if beside:
        return next((p.code for p in beside if p.armed_group), beside[0].code)
    for info in places:  # after the noun: "soldats nord-coréens", "troops from North Korea"
        p = info.place
        if p.start >= noun_end and not p.region:
            if group := _group_beside(ctx, places, info):
                return group  # "Anhänger der jemenitischen Huthi-Miliz": the group, not its country
            if info.listed_after is not None or any(i.listed_after is info for i in places):
                break  # "1 200 hommes kényans, rwandais et burundais": several states, none alone
            # "bis zu 400 auf georgischer Seite und bis zu 900 auf russischer": the side they fell on
            adjacent = ctx.text[noun_end : p.start].strip() == "" or (
                p.adjective and _ON_SIDE_GAP.fullmatch(ctx.text, noun_end, p.start) is not None
            )
            # When troops leave, "from X" is where they leave, unless X is an army or a leader (Wagner).
            departure = leaving and not p.actor_only
            if adjacent or (
                not departure and _left_from(ctx, info, noun_end) and (info.origin or not info.location)
            ):
                return p.code
            break
    return inside[0].code if inside else None


_ON_SIDE_GAP = re.compile(r"\s+(?i:auf)\s+")
_CLAUSE_OPEN = re.compile(
    r"[,;]\s*(?:(?i:und|and|et|while|während)\s+)?(?:(?i:die|der|das|the|la|le|l['’])\s*)?\Z"
)
_CLAUSE_GAP = re.compile(r"[^,;:–—()]{0,30}")


def _clause_owner(ctx: _Context, index: int, c: _Count, previous: Mention) -> str | None:
    """A state named at the head of an elliptical count's own clause, after the count before."""
    for info in reversed(ctx.places(index)):
        p = info.place
        if p.end <= c.start and p.start >= previous.char_end and not p.adjective and info.owner:
            # the state opens the clause ("..., Norwegen mit 1000"), not "500 troops from Iraq and 2,000"
            opens = _CLAUSE_OPEN.search(ctx.text, previous.char_end, p.start) is not None and not info.origin
            return p.code if opens and _CLAUSE_GAP.fullmatch(ctx.text, p.end, c.start) else None
    return None


def _group_beside(ctx: _Context, places: list[_PlaceInfo], info: _PlaceInfo) -> str | None:
    """An armed group right beside a demonym ("the Lebanese Hezbollah", "le Hezbollah libanais")."""
    if not info.place.adjective:
        return None
    for other in places:
        q = other.place
        if not q.armed_group:
            continue
        gap = (
            ctx.text[info.place.end : q.start]
            if q.start >= info.place.end
            else ctx.text[q.end : info.place.start]
        )
        if gap.strip() == "":
            return q.code
    return None


def _actor_around(ctx: _Context, index: int, c: _Count, noun_end: int, leaving: bool) -> str | None:
    """The owner named elsewhere: the nearest before the count ("Nordkorea mit 1,2 Millionen Soldaten"),
    else after it ("9 400 Soldaten in Diensten des Bundesheeres"), else the first one of the sentence before
    (an actor stated once and carried by the next sentence). Soldiers named apart from an armed group are
    not its fighters; the country troops leave ("aus Afghanistan abgezogen") is not theirs."""

    def owner(info: _PlaceInfo) -> bool:
        # One of a list of states ("derrière la Chine, l'Inde et la Corée du Nord") owns nothing alone.
        listed = info.listed_after is not None or any(i.listed_after is info for i in places)
        return info.owner and not info.place.armed_group and not (leaving and info.origin) and not listed

    places = ctx.places(index)
    if possessor := _possessor(ctx, places, c, noun_end):
        return possessor
    before = [i.place for i in places if i.place.end <= c.start and owner(i)]
    if before:
        return before[-1].code
    # "10.000 hommes ..., dont 700 soldats français": the owner of a share is not that of the whole.
    share_start, share_end = _share(ctx, index, noun_end)
    after = [
        i.place
        for i in places
        if i.place.start >= noun_end and not share_start <= i.place.start < share_end and owner(i)
    ]
    if after:
        return after[0].code
    if index > 0:
        earlier = [i.place for i in ctx.places(index - 1) if owner(i)]
        if earlier:
            return earlier[0].code
    # "US President Joe Biden ordered 3,000 troops": a leader's country, when nobody else owns them.
    leaders = [
        i.place
        for i in places
        if not i.location
        and (
            _LEADER_AFTER.match(ctx.text, i.place.end)
            or _SPEAKER_BEFORE.search(ctx.text, max(0, i.place.start - 30), i.place.start)
        )
    ]
    return leaders[0].code if leaders else None


def _share(ctx: _Context, index: int, noun_end: int) -> tuple[int, int]:
    """Where a share of the count opens and ends after the noun ("dont 700 soldats français."), or an empty
    span when there is none."""
    end = ctx.sentences.spans[index][1]
    subset = _SUBSET.search(ctx.text, noun_end, end)
    if subset is None:
        return end, end
    closing = _SHARE_END.search(ctx.text, subset.end(), end)
    return subset.start(), closing.start() if closing else end


def _possessor(ctx: _Context, places: list[_PlaceInfo], c: _Count, noun_end: int) -> str | None:
    """'Russia's defence ministry said 498 of its troops', 'la France a perdu 55 de ses soldats': the
    possessive points back to the state named before the count, even as the speaker."""
    if not _POSSESSIVE.search(ctx.text, c.end, max(c.end, noun_end)):
        return None
    before = [
        i.place
        for i in places
        if i.place.end <= c.start
        and not (i.place.region or i.location or i.place.armed_group or i.in_dateline)
    ]
    return before[-1].code if before else None


# A state that sends, deploys or pulls out peacekeepers: they are its own troops, not the UN's.
_STATE_SENDS = re.compile(
    r"(?<![\w])(?i:sen[dt]s?|sending|deploy(?:s|ed|ing)?|dispatch(?:es|ed|ing)?|withdr(?:ew|aws?|awing|awn)|"
    r"pull(?:s|ed|ing)?|envo\w*|déplo\w*|retir\w*|schick\w*|entsand\w*|entsend\w*|stationier\w*|"
    r"verleg\w*|zieht|zog)(?![\w])"
)


def _sending_state(ctx: _Context, index: int, c: _Count) -> str | None:
    """'Russia sent 1,900 peacekeepers', 'The Russian army withdrew 2,000 of its peacekeepers': the state
    named as the subject of a verb of sending right before the count."""
    s = ctx.sentences.spans[index][0]
    before = [
        i
        for i in ctx.places(index)
        if i.place.end <= c.start
        and i.place.site not in (None,)
        and i.place.code == i.place.site
        and i.owner
        and not i.place.region
    ]
    if not before:
        return None
    last = before[-1].place
    between = ctx.text[max(s, last.end) : c.start]
    if len(between) > 60 or not _STATE_SENDS.search(between) or _CLAUSE_BREAK.search(between):
        return None
    return last.code


def _actor(ctx: _Context, index: int, c: _Count, noun: str, noun_end: int, leaving: bool) -> str | None:
    owner = _actor_in_phrase(ctx, index, c, noun_end, leaving) or (compound_actor(noun) if noun else None)
    if owner == "UN" and noun and compound_actor(noun) == "UN":
        # Peacekeepers are the UN's unless a state sends them ("Russia deployed 2,000 peacekeepers").
        owner = (
            _sending_state(ctx, index, c)
            or _possessor(ctx, ctx.places(index), c, noun_end)
            or _regional_force(ctx, index)
            or owner
        )
    if not owner and _OF_THE_GROUP_AFTER.match(ctx.text, noun_end) and (group := _group_named(ctx, index)):
        return group  # "zwei weitere Soldaten der Miliz": the group named before
    if owner or not _FIGHTER_NOUN.fullmatch(noun):
        return owner or _actor_around(ctx, index, c, noun_end, leaving)
    # Rebels, militants, terrorists: a group named nearby owns them; a state named nearby fights them.
    if group := _group_named(ctx, index):
        return group
    if mission := _mission_before(ctx, index, c.start):
        return mission.code  # "la FINUL ..., 334 de ses membres": members of a mission are its troops
    sentence = ctx.sentence_text(c.start)
    if _ARMY_FIGHTERS.fullmatch(noun) and ctx.g.army_named.search(sentence) and not _KILLING.search(sentence):
        # "1,5 million de combattants, l'armée russe": the fighters of a state's army
        return _actor_around(ctx, index, c, noun_end, leaving)
    return None


def _regional_force(ctx: _Context, index: int) -> str | None:
    """'Three peacekeepers of the African Union force': a body other than the UN named in the sentence, when
    the UN is not named there too."""
    codes = [info.place.code for info in ctx.places(index) if info.owner and info.place.code in _ALLIANCES]
    if "UN" in codes or not codes:
        return None
    return codes[0]


def _group_named(ctx: _Context, index: int) -> str | None:
    """The armed group named in the sentence, or else in the one before: whose fighters these are. A group
    named only as another's ally ("der mit der Hamas verbündeten Hisbollah") is not meant."""
    for i in (index, index - 1) if index > 0 else (index,):
        groups = [info.place for info in ctx.places(i) if info.place.armed_group and info.owner]
        main = [
            g
            for g in groups
            if not _ALLY_BEFORE.search(ctx.text, max(0, g.start - 20), g.start)
            and not _ALLY_AFTER.match(ctx.text, g.end)
        ]
        if main or groups:
            return (main or groups)[0].code
    return None


# "soldats de la milice", "Soldaten der Miliz": the fighters of the armed group named before.
_OF_THE_GROUP_AFTER = re.compile(
    r"\s+(?i:der|of the|de la|du)\s+(?:[\w-]+\s+)?(?i:miliz|militia|milice|terrorgruppe|rebellengruppe|"
    r"terror group|rebel group|mouvement|organisation terroriste)(?![\w])"
)
# "der mit der Hamas verbündeten Hisbollah", "Hezbollah, allied with Hamas", "le Hezbollah, allié du Hamas"
_ALLY_BEFORE = re.compile(
    r"(?<![\w])(?i:mit\s+(?:der|dem|den)|allied\s+(?:with|to)(?:\s+the)?|alliée?s?\s+(?:du|de\s+la|de|au|à\s+la|à))\s+\Z"
)
_ALLY_AFTER = re.compile(r"(?:\s+|-)(?i:verbündet\w*|allied|alliierten?)(?![\w])")


def _location(
    ctx: _Context, index: int, start: int, noun_end: int, leaving: bool, end: int | None = None
) -> str | None:
    """Where the troops are: a place inside the phrase ("10.000 in Deutschland stationierte Soldaten"), after
    the noun, or before the count. A list of countries ("au Niger, au Mali et au Tchad") names no one place."""
    places = ctx.places(index)
    if leaving and (left := _left_country(ctx, index, start, noun_end if end is None else end)):
        return left
    for info in places:
        inside = start <= info.place.start < noun_end and info.location
        after = noun_end <= info.place.start <= noun_end + LOCATION_REACH and info.place.can_be_location
        if after and (
            _COUNT_BETWEEN.search(ctx.text, noun_end, info.place.start)
            or _CONTRAST.search(ctx.text, noun_end, info.place.start)
            or _AMID.search(ctx.text, noun_end, info.place.start)
        ):
            break  # "2 300 militaires ..., 350 au Sénégal", "..., but the next one in Norway": another's place
        if inside or (after and (info.location or (leaving and _left_from(ctx, info, noun_end)))):
            if after and info.place.adjective and (named := _named_place_after(ctx, places, info, noun_end)):
                return named  # "escorting a convoy were killed in South Waziristan"
            return None if _in_list(ctx, places, info.place) else info.place.site
    before = [
        i.place
        for i in places
        if i.location
        and i.place.end <= start
        and not _AMID_BEFORE.search(ctx.text, max(0, i.place.start - 140), i.place.start)
    ]
    if before and not _in_list(ctx, places, before[-1]):
        return before[-1].site
    return None


def _named_place_after(
    ctx: _Context, places: list[_PlaceInfo], first: _PlaceInfo, noun_end: int
) -> str | None:
    """A place named outright after a demonym one ('the Afghan border'), in the same clause: it says where."""
    for info in places:
        p = info.place
        if p.start <= first.place.start or p.start > noun_end + LOCATION_REACH:
            continue
        between = ctx.text[first.place.end : p.start]
        if any(mark in between for mark in ",;:()") or _DIGIT.search(between) or _CONTRAST.search(between):
            return None  # another clause or another count: "en Roumanie et quelque 300 en Estonie"
        if info.location and not p.adjective and not _in_list(ctx, places, p):
            return p.site
    return None


def _left_country(ctx: _Context, index: int, start: int, end: int) -> str | None:
    """Where troops leave: the country after "from" / "out of" in the count's clause ("the 600 troops
    pulling out of eastern Chad will move on to Niger"), not where they go."""
    places = ctx.places(index)
    for info in places:
        p = info.place
        if (
            p.start < start
            or p.start > start + _LEAVE_REACH
            or not p.can_be_location
            or p.actor_only
            or p.adjective
        ):
            continue  # "a communiqué of the Malian Armed Forces": a demonym names no country left
        if _OTHER_CLAUSE.search(ctx.text, end, p.start):
            break  # another count or clause stands between: its place, not this one's
        if (
            info.origin
            and not _in_list(ctx, places, p)
            and not (info.listed_after and info.listed_after.origin)
        ):
            return p.site
    return None


def _in_list(ctx: _Context, places: list[_PlaceInfo], place: Place) -> bool:
    """A place joined by a comma or 'and' to another country: one of several locations."""
    for info in places:
        other = info.place
        owner = ctx.text.endswith(("'s", "’s"), other.start, other.end) or _NOT_INSIDE_AFTER.match(
            ctx.text, other.end
        )
        if other.site in (None, place.site) or owner:
            continue  # "in the Kursk region, Ukraine's top general said": an owner, not a second place
        first, second = (place, other) if place.start < other.start else (other, place)
        if _SUBJECT_AFTER_COMMA.fullmatch(ctx.text, first.end, second.start) and not info.location:
            continue  # "en Estonie, la France participe": the subject of the next clause
        if 0 < second.start - first.end <= 20 and _LIST_JOINER.fullmatch(ctx.text, first.end, second.start):
            return True
    return False


def _referred_location(ctx: _Context, index: int, c: _Count, actor: str | None) -> str | None:
    """'there', 'dort', 'dans le pays': the country named last before, other than the troops' own."""
    s, e = ctx.sentences.spans[index]
    if not _THERE.search(ctx.text, s, e):
        return None
    for i in (index, index - 1) if index > 0 else (index,):
        # Not an agent: "lancée par la France pour aider les 5 000 militaires ... sur place".
        named = [
            info.place.site
            for info in ctx.places(i)
            if info.place.site
            and info.place.site != actor
            and (i < index or info.place.end <= c.start)
            and not _AGENT_BEFORE.search(ctx.text, max(0, info.place.start - 12), info.place.start)
        ]
        if named:
            return named[-1]
    part = _PART_OF_COUNTRY.search(ctx.text, s, e)
    # "ELN rebels killed 5 soldiers in the west of the country": the one country named is meant, even when it is
    # the troops' own, also when only the troops' adjective names it ("neuf soldats maliens tués dans l'est du pays").
    if (
        actor
        and part
        and part.start() > c.start
        and any(
            i.place.site == actor and i.place.end <= part.start() and not i.in_dateline
            for i in ctx.places(index)
        )
    ):
        return actor
    return None


# A part of the country the sentence is about: "in the northeast of the country", "im Norden des Landes".
_PART_OF_COUNTRY = re.compile(
    r"(?<![\w])(?i:(?:north|south|east|west|centre|center|north-?east|north-?west|south-?east|south-?west|"
    r"nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest|norden|süden|osten|westen|nordosten|"
    r"nordwesten|südosten|südwesten|zentrum|rest|parts?|regions?|provinces?)\s+(?:of the country|du pays|des landes))"
)


# A place further than this after the noun belongs to another clause ("... amid an escalation in Gaza").
LOCATION_REACH = 100
# Another count after a comma: the places after it are its own ("350 au Sénégal, un millier en Côte d'Ivoire").
_COUNT_BETWEEN = re.compile(
    r"[,;]\s+(?:(?i:and|et|und|sowie|while|alors que)\s+)?(?:(?i:un|une|about|some|environ|rund|etwa)\s+)?"
    r"(?:\d|(?i:un millier|une centaine|hundreds|thousands|des centaines|des milliers)\b)"
)


def _far_location(ctx: _Context, index: int, noun_end: int, strict: bool) -> str | None:
    """'Deux soldats ont été tués dans l'explosion d'une mine ..., près d'Indelimane, dans le nord-est du Mali':
    a place further in the count's sentence, when it is the one country the sentence puts anyone in and no
    other count stands between."""
    places = ctx.places(index)
    located = [
        i
        for i in places
        if i.location
        and i.place.start >= noun_end
        and not i.place.adjective  # "from the Chinese side": a party, not a place
        and not _FAR_NOT_PLACE.search(ctx.text, max(noun_end, i.place.start - 40), i.place.start)
        and not _SPEECH_AFTER.match(ctx.text, i.place.end)  # "wie Esper in Washington erklärte"
    ]
    sites = {i.place.site for i in located}
    if len(sites) != 1 or any(_in_list(ctx, places, i.place) for i in located):
        return None
    first = located[0].place
    between = ctx.text[noun_end : first.start]
    if _COUNT_BETWEEN.search(between) or _DIGIT_COUNT.search(between) or _CONTRAST.search(between):
        return None
    if strict and _LATER_CLAUSE.search(between):
        return None  # "700 troops it sent ... after militias breached the embassy in Baghdad"
    return first.site


_SPEECH_AFTER = re.compile(
    r"\s+(?i:said|says|told|announced|erklärt\w*|sagt\w*|mitteil\w*|teilt\w*|"
    r"a déclaré|a indiqué|a annoncé|déclare|annonce)(?![\w])"
)
# "as the campaign in the Gaza Strip goes on, bringing the total ... to 40,000": a background clause's place.
_AMID_BEFORE = re.compile(r"(?<![\w])(?i:amid|amidst|inmitten|au milieu)\b[^.;,]*\Z")
_AMID = re.compile(r"(?<![\w])(?i:amid|amidst|inmitten|au milieu)(?![\w])")
_CONTRAST = re.compile(r"(?<![\w])(?i:mais|but|aber|however|cependant|whereas|tandis|doch|jedoch)(?![\w])")
_LATER_CLAUSE = re.compile(
    r"(?<![\w])(?i:after|before|when|while|since|après|avant|lorsque|quand|alors que|depuis|nachdem|bevor|als|"
    r"während|seit|which|who|qui|que|die|der|das|welche\w*)(?![\w])"
)


# Far from the count, these name a recipient, a crisis or a war, not where the troops are.
_FAR_NOT_PLACE = re.compile(
    r"(?:(?<![\w])(?i:to|nach)\s+(?:(?i:the|der|die|den)\s+)?|"
    r"(?<![\w])(?i:amid|crisis|krise|crise|war|guerre|krieg|conflict|conflit|konflikt)\b[^,.;]*)\Z"
)
_DIGIT_COUNT = re.compile(r"(?<![\w.,])\d{2,}(?:[.,\s]\d{3})*\s+(?!\d)(?i:[a-zäöüéèàâêç]+)")


def _place_right_after(ctx: _Context, index: int, end: int) -> str | None:
    """'..., un millier en Côte d'Ivoire, 300 au Gabon': the place right after a bare count is its own."""
    places = ctx.places(index)
    for info in places:
        if end <= info.place.start <= end + 25 and info.location and not _in_list(ctx, places, info.place):
            if _COUNT_BETWEEN.search(ctx.text, end, info.place.start):
                return None
            return info.place.site
    return None


_LEAVE_REACH = 120
_GOING_HOME = re.compile(
    r"(?<![\w])(?i:back|home|return\w*|rentr\w*|retour\w*|rapatri\w*|zurück\w*|heim\w*|casernes?|barracks|kasernen?)(?![\w])"
)
# Between a count and the country its troops leave: no other count ("350 Mann weg, real mussten nur 100
# Soldaten aus Afghanistan") and no clause end.
_OTHER_CLAUSE = re.compile(r"[;:]|,\s[^,]*?\s\d")


def _implied_location(ctx: _Context, index: int) -> str | None:
    """A city, province or mission named in the sentence or the one before puts the troops in its country
    ("9 Taliban died" after "checkpoints in the Arghandab district of Kandahar")."""
    for i in range(index, max(-1, index - 3), -1):
        places = ctx.places(i)
        for info in places:
            p = info.place
            if info.in_dateline:
                continue  # "Vilnius (AFP) -": where the story was filed, not where the troops are
            mission = ctx.text[p.start : p.end] in mission_names()  # "opération Sentinelle": at home
            if (
                p.site is not None
                and (p.region or p.site != p.code or mission)
                and not _in_list(ctx, places, p)
            ):
                return p.site
        if places and i < index:
            break  # a sentence naming other places stands between: the town two sentences back is not meant
    return None


def _carried_location(ctx: _Context, index: int, leaving: bool = False) -> str | None:
    """The one country the sentence before places troops in ("... sent to Poland. The 3,000 soldiers will ...");
    used once the type is known, so that it never turns a force's size into a deployment abroad. A drawdown
    also carries the country left ("withdraw US troops from Iraq. ... troop levels from 5,200 to 3,500"), from
    the nearest earlier sentence that names any place."""
    for i in range(index - 1, max(-1, index - (3 if leaving else 2)), -1):
        places = ctx.places(i)
        placed = {
            info.place.site
            for info in places
            if (info.location or (leaving and info.origin and info.place.code == info.place.site))
            and info.place.site
            and not _in_list(ctx, places, info.place)
        }
        if placed or any(not info.place.actor_only for info in places):
            return placed.pop() if len(placed) == 1 else None
    return None


def _before(ctx: _Context, index: int) -> str:
    if index == 0:
        return ""
    s, e = ctx.sentences.spans[index - 1]
    return ctx.text[s:e]


# Troops flown or driven to their own country leave where they served.
_HOME_BOUND = re.compile(
    r"(?<![\w])(?i:en\s+direction|à\s+destination|pour|vers|regagn\w*|rentr\w*\s+(?:en|au)|retour\s+(?:en|au)|"
    r"zurück\w*\s+nach|heim\w*\s+nach|flogen\s+nach|geflogen\s+nach|back\s+to|home\s+to|return\w*\s+to|"
    r"flown\s+to|flew\s+to)\s+(?i:de\s+|d['’]\s*)?(?i:la\s+|le\s+|l['’]\s*|les\s+|the\s+)?\Z"
)


# ... or landed there ("die Maschine mit 90 deutschen Soldaten ist in Köln gelandet").
_LANDED = re.compile(r"(?<![\w])(?i:gelandet|landeten|landete|atterri\w*|landed|touched\s+down)(?![\w])")


def _heading_home(ctx: _Context, index: int, actor: str, noun_end: int) -> bool:
    e = ctx.sentences.spans[index][1]
    landed = _LANDED.search(ctx.text, noun_end, e) is not None
    places = ctx.places(index)
    return any(
        i.place.site == actor
        and i.place.start >= noun_end
        # whose the troops are is said apart from where they go ("soldats français ... pour la France"), or the
        # place they go to may be all that made them its own ("300 soldats pour la Roumanie")
        and any(j is not i and actor in (j.place.code, j.place.site) for j in places)
        and (
            _HOME_BOUND.search(ctx.text, max(0, i.place.start - 40), i.place.start) is not None
            or (landed and i.location)
        )
        for i in places
    )


def _after(ctx: _Context, index: int) -> str:
    if index + 1 >= len(ctx.sentences.spans):
        return ""
    s, e = ctx.sentences.spans[index + 1]
    return ctx.text[s:e]


def _placed_force(ctx: _Context, location: str, noun_end: int) -> bool:
    """'aktive Soldaten in Syrien': a force placed by the words right after its noun."""
    index = ctx.sentences.index_of(noun_end)
    return any(
        i.place.site == location and 0 <= i.place.start - noun_end <= 15
        for i in ctx.places(index)
        if i.location
    )


def _confidence(rule: str, c: _Count, weak: bool, actor: str | None) -> float:
    score = {
        "noun": 0.9,
        "strong": 0.85,
        "force_of": 0.75,
        "casualty": 0.7,
        "bare": 0.65,
        "anaphora": 0.6,
        "ellipsis": 0.6,
    }[rule]
    if c.precision == "vague":
        score -= 0.1
    if weak:
        score -= 0.15
    if actor is None:
        score -= 0.05
    return round(max(0.05, min(0.99, score)), 2)


@dataclass(frozen=True, slots=True)
class _Head:
    """What makes a number a troop count: the noun after it, or the troops it refers back to."""

    rule: str  # noun | strong | anaphora | force_of | bare | ellipsis | casualty
    noun: str = ""
    noun_end: int = 0  # end of the noun phrase (of the count phrase when there is no noun)
    weak: bool = False  # "men", "Mann", "hommes": troops only in a military sentence
    antecedent: re.Match[str] | None = None  # the earlier troop noun of "of them" and bare counts


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
    noun = follow.group("noun")
    if (
        _POLICE.search(ctx.text, c.end, follow.end())
        or _POLICE_AFTER.match(ctx.text, follow.end())
        or _CIVILIANS_JOINED.match(ctx.text, follow.end())
    ):
        return None
    weak = bool(ctx.g.weak_noun.match(noun))
    if weak and not _military(ctx, c.start):
        return None
    if _FORCES_WORD.fullmatch(noun) and _civil_protection(ctx, c.start):
        return None
    if _PEOPLE_WORD.fullmatch(noun) and _SUBSET_AFTER.match(ctx.text, follow.end()):
        return None  # "870 500 Personen, insbesondere 600.000 Soldaten": a total of staff, not of troops
    if _PEOPLE.fullmatch(noun) and _PEOPLE_NOT_TROOPS.search(ctx.sentence_text(c.start)):
        return None  # "20 Personen getötet": people killed are no troop count unless the text says they were
    return _Head("noun", noun, follow.end() if noun_end is None else noun_end, weak)


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
    if military := _MILITARY_ORG.search(member.group("mods")):
        # "375 Air Guard members": members of an armed force, whose owner is found like any soldiers'
        return _Head("noun", military.group(), noun_end)
    if _group_at(ctx, c.end, member.start("noun")) or compound_actor(noun) or named_before:
        return _Head("noun", noun, noun_end)
    of = ctx.g.member_of.match(ctx.text, member.end())
    if of and (unit := _UNIT_AFTER_OF.match(ctx.text, of.end())):
        # "40 members of the 2nd Cavalry Regiment": a unit's members are soldiers
        return _Head("noun", unit.group().split()[-1], unit.end() if at is None else c.end)
    group = of and _group_at(ctx, of.end(), of.end() + 1)
    if group:
        return _Head("noun", noun, group.end if at is None else c.end)
    generic = of and (
        _GENERIC_GROUP.match(ctx.text, of.end()) or _GENERIC_GROUP.search(ctx.text, of.start(), of.end())
    )
    return _Head("noun", noun, generic.end() if at is None else c.end) if generic else None


def _mission_before(ctx: _Context, index: int, start: int) -> Place | None:
    """A mission named before `start` ("la FINUL ..., 334 de ses membres"): a force, whose members are troops."""
    names = mission_names()
    found = [i.place for i in ctx.places(index) if i.place.end <= start]
    missions = [p for p in found if ctx.text[p.start : p.end] in names]
    return missions[-1] if missions else None


def _unit_head(ctx: _Context, c: _Count) -> _Head | None:
    """'Dozens more from the 10th Mountain Division': a military unit named as what the count is of."""
    unit = _UNIT_HEAD.match(ctx.text, c.end)
    return _Head("noun", "", unit.end()) if unit else None


def _demonym_head(ctx: _Context, c: _Count) -> _Head | None:
    """A demonym or armed group as the head: "300 Britanniques", "12 Taliban were killed"."""
    text = ctx.text
    # "500.000 weitere Ukrainer", "300 zusätzliche Briten", "Three other Kenyans": a word of more before the demonym
    space = (
        _MORE_BEFORE_DEMONYM.match(text, c.end)
        or (ctx.lang == "de" and _PARTICIPLE_BEFORE_DEMONYM.match(text, c.end))
        or _DEMONYM_GAP.match(text, c.end)
    )
    found = space and place_pattern().match(text, space.end())
    if not found:
        return None
    form = place_forms()[found.group()]
    armed_group = form.code in group_codes()
    if not (armed_group or form.adjective):
        return None
    if ctx.lang == "de" and _ADJECTIVE_LIST_AFTER.match(text, found.end()):
        return None  # "12.000 serbische, kroatische und bosnische Zivilisten": one of a list of adjectives
    if not ctx.g.demonym_end.match(text, found.end()):
        # "tausende Russen als Söldner": a demonym whose role follows
        as_role = _AS.match(text, found.end())
        role = as_role and ctx.g.follow.match(text, as_role.end())
        return _Head("noun", role.group("noun"), role.end()) if role else None
    if armed_group:
        return _Head("noun", found.group(), found.end())
    return _demonym_of_troops(ctx, c, space.group() if space else "", found, form.code)


def _demonym_of_troops(ctx: _Context, c: _Count, gap: str, found: re.Match[str], code: str) -> _Head | None:
    """A state's demonym as the head, when the passage makes them troops rather than people."""
    if _OF_BEFORE.search(gap):
        return None  # "des milliers de Palestiniens", "thousands of Israelis": people, unless a group
    if not _military(ctx, c.start, named=False):
        return None  # a war story names its armed groups beside the civilians they kill: not enough here
    if _among_people_counted(ctx, c) or _SUBSET_COUNTED_AFTER.match(ctx.text, found.end()):
        return None  # "5347 Menschen in Sicherheit gebracht. Darunter waren ... rund 4000 Afghanen": people
    # English plural demonyms ("10 Palestinians were killed") count civilians as often as troops: a casualty count
    # of them is one of troops only when troops of that country were just named ("four Ugandan
    # peacekeepers ... Four other Ugandans were injured").
    casualty = ctx.lang == "en" and _CASUALTY_WORD.search(ctx.sentence_text(c.start))
    if casualty and not _troops_of(ctx, c, code):
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


# "etwa 90 Franzosen starben, darunter 14 Angehörige der Sicherheitskräfte": people, among
# whom the troops are counted apart
_SUBSET_COUNTED_AFTER = re.compile(
    r"[^.;!?]{0,80}?,\s+(?i:darunter|unter ihnen|including|among them|dont)\s+(?:[^\W\d]+\s+){0,2}?\d[^.;!?]{0,40}?"
    r"(?i:soldat|soldier|militär|militaire|military|angehörige|sicherheitskräft|security|troops)"
)


_NATION_DEAD = re.compile(
    r"(?<![\w])(?i:das leben|ihr leben|ums leben|getötet|tote|starben|gestorben|umgekommen|opfer)(?![\w])"
)


def _among_people_counted(ctx: _Context, c: _Count) -> bool:
    """The demonym counts part of the people (not troops) counted in this sentence or the one before."""
    text = ctx.text
    index = ctx.sentences.index_of(c.start)
    s = ctx.sentences.spans[max(0, index - 1)][0]
    sentence_start = ctx.sentences.spans[index][0]
    return bool(_AMONG.search(text, sentence_start, c.start)) and bool(_PEOPLE_COUNT.search(text, s, c.start))


def _troops_of(ctx: _Context, c: _Count, code: str) -> bool:
    """Troops of country `code` named before the count, in its sentence or the one before."""
    index = ctx.sentences.index_of(c.start)
    for i in (index - 1, index) if index > 0 else (index,):
        for info in ctx.places(i):
            p = info.place
            if p.code == code and p.end <= c.start and ctx.g.follow.match(ctx.text, p.end):
                return True
    return False


def _borrowed_head(ctx: _Context, c: _Count) -> _Head | None:
    """The noun of a count further on: "4,500 of the 28,500 troops", "von 370.000 über 340.000 auf 185.000 Soldaten"."""
    g, text = ctx.g, ctx.text
    number_of = _NUMBER_OF_TROOPS_AFTER.get(ctx.lang)
    step = (
        g.partitive.match(text, c.end)
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
    losses = g.casualty_noun.match(text, step.end()) if step.re is g.number_of_after else None
    if head is None and losses and _of_an_army(ctx, c.start):
        # "porte à 8 le total des pertes de l'armée": losses of an army named in the sentence
        return _Head("casualty", losses.group("noun"), c.end)
    return head


def _casualty_head(ctx: _Context, c: _Count, previous: Mention | None) -> _Head | None:
    """A casualty figure of troops named elsewhere: "and 14 wounded", "sieben weitere verletzt",
    "1351 décès parmi ses troupes", "has killed 8,000 Hamas members ... and 2,000 in the past weeks"."""
    g, text = ctx.g, ctx.text
    if ctx.lang == "de" and (head := _german_casualty_head(ctx, c, previous)):
        return head
    if among := g.casualty_among.match(text, c.end):
        return _Head("casualty", among.group().split()[-1], among.end())
    if (noun := g.casualty_noun.match(text, c.end)) and _of_an_army(ctx, c.start):
        return _Head("casualty", noun.group("noun"), noun.end())
    if (
        (dead := _DEAD_AFTER.match(text, c.end))
        and g.losses_anywhere.search(text, ctx.sentences.spans[ctx.sentences.index_of(c.start)][0], c.start)
        and _of_an_army(ctx, c.start)
    ):
        return _Head("casualty", dead.group("noun"), dead.end())
    after = g.casualty_after.match(text, c.end)
    if after and _PEOPLE_WORD.search(text, c.end, after.end()):
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
    if _POLICE.search(text, max(0, antecedent.start() - 20), c.start) or _DIGIT.search(
        text, antecedent.end(), c.start
    ):
        return None  # police or civilians named, or another count between: "40 Zivilisten getötet und 100 verletzt"
    return _Head("casualty", noun_end=c.end, antecedent=antecedent)


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
        or _troops_in_apposition(ctx, word.end())
        # "Die russischen Verluste ... mit 1.173 Toten, 53 Vermissten": the losses of a nation at war
        or _losses_before(ctx, c.start)
    ):
        return _Head("casualty", noun, word.end())
    window = max(s, c.start - 80)
    own = _OWN_LOSSES_VERB.search(text, window, c.start) or _OWN_LOSSES_AFTER.match(text, word.end())
    if own and (
        ctx.g.force_anywhere.search(text, window, c.start)
        or ctx.g.army_named.search(text, window, c.start)
        # "... 949 Soldaten ... Spanien hat 23 Todesopfer zu beklagen": the troops told of before
        or _antecedent(ctx, c.start, 2, ctx.g.force_anywhere)
    ):
        return _Head("casualty", noun, word.end())
    if _WOUNDED.fullmatch(noun) and index > 0 and _army_in(ctx, index - 1):
        return _Head(
            "casualty", noun, word.end()
        )  # "Israel hat 295.000 Reservisten einberufen. ... 970 Verwundete"
    if (
        previous is None
        or previous.mention_type != "casualties"
        or _DIGIT.search(text, previous.char_end, c.start)
    ):
        return None
    before = ctx.sentences.index_of(previous.char_start)
    joined = (
        before == index - 1
        or (  # "... mehr als 60.000 getötete Soldaten. Hinzu kämen fast 50.000 Verletzte"
            before == index
            and 0 <= c.start - previous.char_end <= 60
            and not _CLAUSE_BREAK.search(text, previous.char_end, c.start)
            and _JOINED_BEFORE.search(text, previous.char_end, c.start)
        )
    )
    return _Head("casualty", noun, word.end()) if joined else None


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
    if _PEOPLE_NOT_TROOPS.search(clause):
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
    c.end = anaphora.end()
    return _Head("ellipsis", str(previous.extra["noun"]), c.end)


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
    if antecedent is None:
        return None
    if _PEOPLE_COUNTED.search(ctx.text, ctx.sentences.spans[ctx.sentences.index_of(c.start)][0], c.start):
        return None
    if _normal(anaphora.group()) not in _ANAPHORA_OUTSIDE:
        c.end = anaphora.end()  # "Millionen von ihnen": the reference belongs to the count phrase
    return _Head("anaphora", noun_end=c.end, antecedent=antecedent)


def _joining_or_difference_head(ctx: _Context, c: _Count) -> _Head | None:
    """'knapp 18.800 zur Truppe stießen': people joining an army; '340 weniger als im Vorjahr': a difference
    in the troops named before."""
    text = ctx.text
    if c.year_like:
        return None
    army = _INTO_ARMY_AFTER.match(text, c.end)
    if army and not _ARMY_NAMED_BY_NUMBER.search(text, max(0, c.start - 12), c.start):
        return _Head("bare", noun_end=c.end, antecedent=_ARMY_NOUN.match(text, army.start("noun")))
    if not _DIFFERENCE_AFTER.match(text, c.end):
        return None
    antecedent = _antecedent(ctx, c.start, 1, ctx.g.force_anywhere)
    if antecedent is None or _POLICE.search(text, max(0, antecedent.start() - 25), antecedent.end()):
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


def _police_named_last(ctx: _Context, c: _Count) -> bool:
    """'Blauhelme von 9.120 auf 7.640 und ausländische Polizisten von 1.210 auf 980':
    a bare count after police officers named closer than any troops is theirs."""
    s = ctx.sentences.spans[ctx.sentences.index_of(c.start)][0]
    police = _last(_POLICE_PERSONNEL.finditer(ctx.text, max(s, c.start - 60), c.start))
    if police is None:
        return False
    troops = _antecedent(ctx, c.start, 0, ctx.g.force_anywhere)
    return troops is None or troops.start() < police.start()


def _bare_head(ctx: _Context, c: _Count, previous: Mention | None) -> _Head | None:
    """A count with no noun of its own, ending its phrase: "an army of 5,000", "numbering 1,000"."""
    text, g = ctx.text, ctx.g
    if head := _joining_or_difference_head(ctx, c):
        return head
    # "13 weitere in der Nähe": "weitere" after the number stays outside the count
    others = _OTHERS_AFTER.match(text, c.end)
    if not g.bare_end.match(text, others.end() if others else c.end) or _NOT_TROOPS_AFTER.match(text, c.end):
        return None
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
    if g.force_before.search(text, max(0, c.start - 60), c.start):
        return _Head("force_of", noun_end=c.end)
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


def _triggered_bare_head(ctx: _Context, c: _Count, previous: Mention | None) -> tuple[bool, _Head | None]:
    """A bare count after a word that puts a figure on troops ("numbering", "an army of", a copula): whether
    such a word stands before it, and the head it gets (None: it counts something else)."""
    text, g = ctx.text, ctx.g
    index = ctx.sentences.index_of(c.start)
    for trigger, back in ((g.bare_trigger_before, 0), (g.copula_before, 2)):
        found = trigger.search(text, max(0, c.start - 130), c.start)
        if not found:
            continue
        if _ANAPHORIC_START.match(text, ctx.sentences.spans[index][0]):
            back = max(back, 1)  # "Ce nombre est passé à 1,15 million": the troops of the sentence before
        antecedent = _antecedent(ctx, c.start, back, g.force_anywhere)
        their = _THEIR_NUMBER.search(text, max(0, found.start() - 12), c.start)
        bare_number = _NUMBER_WORD.match(text, found.start()) and not _NUMBER_OF_OWN_NOUN.match(
            text, found.start()
        )
        if antecedent is None and back == 0 and (their or bare_number):
            # "Damit stieg die Gesamtzahl auf 4529": the number of the troops of the sentence before
            antecedent = _antecedent(ctx, c.start, 1, g.force_anywhere) or _antecedent_after(ctx, c.start)
        if antecedent and _counts_something_else(ctx, antecedent, c, previous):
            return True, None
        if back and _PEOPLE_COUNTED.search(text, ctx.sentences.spans[index][0], c.start):
            return (
                True,
                None,
            )  # "rund 30 Menschen, darunter 8 in einem Lastwagen": part of the people counted
        if antecedent:
            return True, _Head("bare", noun_end=c.end, antecedent=antecedent)
        if losses := _losses_before(ctx, c.start):
            return True, _Head("casualty", noun_end=c.end, antecedent=losses)
        worded = any(ch.isalpha() for ch in found.group())  # a word, not a mere comma or colon
        if worded and not c.year_like and previous is not None and _last_troops_counted(ctx, c, previous):
            # "184,000 Americans were in the field ... the number exceeded 538,000": the troops counted last
            return True, _Head("ellipsis", str(previous.extra["noun"]), c.end)
    return False, None


def _last_troops_counted(ctx: _Context, c: _Count, previous: Mention) -> bool:
    """The troops of the count just before (this sentence or the one before) are what a bare figure counts:
    nothing else was counted in between ("300 Soldaten und 40 Panzer. Weitere 200") and the figure has no noun
    of its own ("die Zahl der Toten unter den Zivilisten stieg auf 40")."""
    index = ctx.sentences.index_of(c.start)
    if ctx.sentences.index_of(previous.char_start) < index - 1:
        return False
    if _DIGIT.search(ctx.text, previous.char_end, c.start):
        return False
    return not _NUMBER_OF_OWN_NOUN.search(ctx.text, ctx.sentences.spans[index][0], c.start)


def _ellipsis_head(ctx: _Context, c: _Count, previous: Mention | None) -> _Head | None:
    """A bare count sharing the noun of the count before it: "900 in Syria and 2,500 in Iraq", "Weitere 1000"."""
    text = ctx.text
    if c.year_like and _YEAR_CUE_BEFORE.search(text, max(0, c.start - 30), c.start):
        return None
    if head := _part_of_troops_before(ctx, c, previous):
        return head
    if (
        previous is not None
        and _MORE_BEFORE.search(text, max(0, c.start - 12), c.start)
        and ctx.sentences.index_of(previous.char_start) >= ctx.sentences.index_of(c.start) - 1
        and not _DIGIT.search(text, previous.char_end, c.start)
    ):
        return _Head("ellipsis", str(previous.extra["noun"]), c.end)
    if (
        previous is None
        or ctx.sentences.index_of(previous.char_start) != ctx.sentences.index_of(c.start)
        or _NOT_TROOPS_AFTER.match(text, c.end)
    ):
        return None
    gap = text[previous.char_end : c.start]
    # "rund 900 Kämpfer; weitere 300 seien ... gestorben": a semicolon right after the noun
    # joins two parallel counts
    if _NOUN_THEN_SEMICOLON.fullmatch(gap) and not c.year_like:
        return _Head("ellipsis", str(previous.extra["noun"]), c.end)
    if _BRACKET_OPEN.fullmatch(gap) and _BRACKET_CLOSE.match(text, c.end):
        # "von bisher 90.000 (IST rund 84.000) auf 110.000": a second figure of the same troops in brackets
        return _Head("ellipsis", str(previous.extra["noun"]), c.end)
    if _CLAUSE_BREAK.search(_OPENING_QUOTE_END.sub("", gap)):
        return None
    partitive = _PARTITIVE_OPEN.get(ctx.lang)
    if (
        0 <= c.start - previous.char_end <= _ELLIPSIS_REACH
        and (_ELLIPSIS_BEFORE.search(gap) or (not c.year_like and _LIST_ITEM_BEFORE.search(gap)))
    ) or (partitive and partitive.search(text, max(0, previous.char_start - 30), previous.char_start)):
        return _Head("ellipsis", str(previous.extra["noun"]), c.end)
    millions = _PARTITIVE_OPEN_MILLIONS.get(ctx.lang)
    if (
        millions
        and millions.search(text, max(0, previous.char_start - 10), previous.char_start)
        and _MILLIONS.search(text, previous.char_start, previous.char_end)
        and _MILLIONS.search(text, c.start, c.end)
    ):
        return _Head("ellipsis", str(previous.extra["noun"]), c.end)
    return None


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
    s = ctx.sentences.spans[ctx.sentences.index_of(c.start)][0]
    others = list(_OTHER_COUNT.finditer(text, max(s, after_previous), c.start))
    if others and _COPULA_ES.search(text, others[-1].end(), c.start):
        return True  # "3000 afghanische Ortskräfte ..., insgesamt sollen es 5 000 sein": more of them
    named = list(_NUMBER_OF.finditer(text, s, c.start))
    if not named:
        return False
    what = named[-1].group("what")
    people = _PERSONS.search(what) or place_pattern().search(what)  # "le nombre de Russes tués"
    return not (ctx.g.force_anywhere.search(what) or _LOSSES.match(what) or people)


def _subset_head(ctx: _Context, c: _Count, previous: Mention | None) -> _Head | None:
    """'etwa 4'300 Armeeangehörige, darunter 210 Frauen': the women or men among the troops just counted."""
    if ctx.lang != "de" or previous is None:
        return None
    text = ctx.text
    who = _WOMEN_OR_MEN_AFTER.match(text, c.end)
    more_prisoners = _MORE_PRISONERS.search(text, previous.char_end, c.start) and _PRISONERS_AFTER.match(
        text, c.end
    )
    if (
        who is None
        or not 0 <= c.start - previous.char_end <= 60
        or ctx.sentences.index_of(previous.char_start) != ctx.sentences.index_of(c.start)
        or not (_SUBSET_BEFORE.search(text, previous.char_end, c.start) or more_prisoners)
        or _DIGIT.search(text, previous.char_end, c.start)
        or _CLAUSE_BREAK.search(text, previous.char_end, c.start)
    ):
        return None
    return _Head("ellipsis", str(previous.extra["noun"]), who.end())


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


def _head(ctx: _Context, c: _Count, previous: Mention | None) -> _Head | None:
    if head := _noun_head(ctx, c, c.end):
        return head
    if ctx.g.follow.match(ctx.text, c.end):
        return None  # a troop noun of police, civilians or a non-military sentence ("30 hommes" arrested)
    if strong := ctx.g.strong.match(ctx.text, c.end):
        return _Head("strong", noun_end=strong.end())
    if under_arms := _UNDER_ARMS.match(ctx.text, c.end) or _people_in_army(ctx, c):
        return _Head("noun", under_arms.group("noun"), under_arms.end("noun"))
    return (
        _subset_head(ctx, c, previous)
        or _people_serving(ctx, c)
        or _serving_as_troops(ctx, c)
        or _share_of_count_before(ctx, c, previous)
        or _anaphora_head(ctx, c)
        or _member_head(ctx, c)
        or _unit_head(ctx, c)
        or _demonym_head(ctx, c)
        or _borrowed_head(ctx, c)
        or _casualty_head(ctx, c, previous)
        or _that_is_head(ctx, c)
        or _bare_head(ctx, c, previous)
    )


_ALLIANCES = frozenset({"NATO", "EU", "UN", "AU", "ECOWAS"})
# A national mandate or contingent: "das Isaf-Mandat des Bundestages", "le contingent français de la Finul".
_MANDATE = re.compile(r"(?i:\w*mandat\w*|obergrenze|\w*kontingent\w*|contingent\w*)")


def _national_contingent(ctx: _Context, index: int, c: _Count, actor: str | None) -> str | None:
    """A mission's troops that a state sends under its own mandate are that state's: "die deutsche
    Isaf-Truppe" (a demonym right before the mission), or a parliament's or army's mandate for the mission
    ("Das Kfor-Mandat, über das der Bundestag morgen abstimmt ... 800 Soldaten")."""
    if actor not in _ALLIANCES:
        return actor
    text = ctx.text
    # "Die KFOR hat eine Stärke von 14.000 Soldaten": the mission named in the count's own sentence keeps them
    named_here = any(info.place.code == actor for info in ctx.places(index))
    for i in (index, index - 1) if index > 0 and not named_here else (index,):
        places = ctx.places(i)
        for info in places:
            p = info.place
            if p.code in _ALLIANCES or not info.owner:
                continue
            beside = any(
                q.place.code == actor
                and p.adjective
                and q.place.start >= p.end
                and text[p.end : q.place.start].strip() == ""
                for q in places
            )
            if beside and ((i == index and p.end <= c.start) or i < index):
                return p.code  # "die deutsche Isaf-Truppe"
        s, e = ctx.sentences.spans[i]
        if _MANDATE.search(text, s, e):
            national = [
                info.place.code
                for info in places
                if info.place.actor_only and info.place.code not in _ALLIANCES
            ]
            if national:
                return national[0]  # the Bundestag's or Bundeswehr's mandate
    return actor


def _borrows_troops(ctx: _Context, index: int, rule: str, sentence: str, previous: Mention | None) -> bool:
    """A count without a noun of its own ("Hinzu kämen fast 50.000 Verletzte", "Ende 2013 sollen es noch 4400
    sein") in a sentence naming no owner, right after a sentence with a count: the same troops."""
    return (
        rule in ("bare", "ellipsis", "casualty")
        and previous is not None
        and previous.sentence != sentence
        and ctx.sentences.index_of(previous.char_start) == index - 1
        and not any(info.owner for info in ctx.places(index))
    )


def _same_troops(
    ctx: _Context,
    index: int,
    c: _Count,
    noun_end: int,
    leaving: bool,
    previous: Mention | None,
    borrowed: bool,
) -> str | None:
    """The owner of the count before, when this count is more of the same troops ("zwei ägyptische Blauhelme
    getötet. Zwei weitere Soldaten wurden verletzt") or borrows them; else None."""
    if previous is None or previous.actor_code is None:
        return None
    more = _OTHERS_AFTER.match(ctx.text, c.end) or _MORE_BEFORE.search(
        ctx.text, max(0, c.start - 12), c.start
    )
    if (
        more
        and ctx.sentences.index_of(previous.char_start) >= index - 1
        and _actor_in_phrase(ctx, index, c, noun_end, leaving) is None
    ):
        return previous.actor_code
    return previous.actor_code if borrowed else None


def _shares_place(
    ctx: _Context, index: int, c: _Count, rule: str, previous: Mention | None, sentence: str
) -> bool:
    """An elliptical count after a count of its sentence, with no other country named between them."""
    if rule != "ellipsis" or previous is None or previous.sentence != sentence:
        return False
    return all(
        info.place.site in (None, previous.location_country)
        for info in ctx.places(index)
        if previous.char_end <= info.place.start < c.start
    )


def _mention_actor(
    ctx: _Context,
    index: int,
    c: _Count,
    head: _Head,
    previous: Mention | None,
    sentence: str,
    leaving: bool,
    borrowed: bool,
) -> str | None:
    """Whose troops a count is: its antecedent's owner, the owner of the count it continues, or the phrase's."""
    noun, noun_end, antecedent = head.noun, head.noun_end, head.antecedent
    if antecedent is not None:
        a_index = ctx.sentences.index_of(antecedent.start())
        fighters = _FIGHTER_NOUN.fullmatch(antecedent.group())
        actor = (
            compound_actor(antecedent.group())
            or (_group_named(ctx, a_index) if fighters else None)
            or _actor_near(ctx, a_index, antecedent.start() - 40, antecedent.end() + 25, antecedent.start())
        )
        actor = actor or _actor(ctx, index, c, "", c.end, leaving)
    elif head.rule in ("ellipsis", "casualty") and previous is not None and previous.sentence == sentence:
        # "498 of its troops were killed and a further 1,597 wounded": the troops of the count before, unless
        # the count's own clause names its state ("Die Niederlande mit 2500 Soldaten, Norwegen mit 1000")
        actor = (
            _actor_in_phrase(ctx, index, c, noun_end, leaving)
            or _clause_owner(ctx, index, c, previous)
            or previous.actor_code
        )
    else:
        actor = _actor(ctx, index, c, noun, noun_end, leaving)
    actor = _national_contingent(ctx, index, c, actor)
    actor = _same_troops(ctx, index, c, noun_end, leaving, previous, borrowed) or actor
    carried = previous is not None and ctx.sentences.index_of(previous.char_start) >= index - 2
    group_before = previous is not None and previous.actor_code in group_codes()
    if (
        actor is None
        and carried
        and previous is not None
        and not _FIGHTER_NOUN.fullmatch(noun)
        and not group_before
    ):
        # "ces 600 hommes": the troops of the count before (soldiers after a group's fighters are not its own)
        actor = previous.actor_code
    return actor


def _settled_location(
    ctx: _Context,
    index: int,
    c: _Count,
    head: _Head,
    previous: Mention | None,
    sentence: str,
    mtype: str,
    location: str | None,
    actor: str | None,
    left_from: bool,
    borrowed: bool,
) -> str | None:
    """The location once the type is known: a force's size has none, going home is no place left, losses and
    drills happen where the sentence says, a count continuing another keeps its place."""
    noun_end = head.noun_end
    if mtype == "force_size" and location is not None and not _placed_force(ctx, location, noun_end):
        location = None  # the size of a force is no place of it, unless the place follows the noun
    going_home = location is not None and location == actor and _GOING_HOME.search(sentence)
    if mtype == "withdrawal" and going_home and not left_from:
        location = None  # "rentrer dans leurs casernes en France": going home is not where they withdraw from
    if location is None and mtype not in ("force_size", "withdrawal"):
        # Losses and drills happen where the sentence says; a deployment only within the count's own clause.
        location = _far_location(ctx, index, noun_end, strict=mtype not in ("casualties", "training"))
    if (
        location is None
        and borrowed
        and previous is not None
        and not ctx.places(index)
        and mtype in _PLACED_TYPES
    ):
        location = previous.location_country  # where the count before put the same troops
    if (
        location is None
        and mtype in _PLACED_TYPES
        and _shares_place(ctx, index, c, head.rule, previous, sentence)
    ):
        # "300 soldiers are leaving Syria, bringing the total down to 900": the place of the count it shares
        location = previous.location_country if previous is not None else None
    if location is None and mtype in _PLACED_TYPES:
        location = _carried_location(ctx, index)
    return location


def _mention(ctx: _Context, c: _Count, previous: Mention | None) -> Mention | None:
    head = _head(ctx, c, previous)
    if head is None:
        return None
    text, noun, noun_end, antecedent = ctx.text, head.noun, head.noun_end, head.antecedent
    index = ctx.sentences.index_of(c.start)
    s, e = ctx.sentences.spans[index]
    sentence = text[s:e]
    cues = type_cues(sentence, ctx.lang, c.start - s, noun_end - s)
    leaving = withdrawing(cues)
    borrowed = _borrows_troops(ctx, index, head.rule, sentence, previous)
    actor = _mention_actor(ctx, index, c, head, previous, sentence, leaving, borrowed)
    # A bare count's troops are where its antecedent noun puts them ("US troops in Syria from 2,000 to 1,000").
    near = antecedent is not None and ctx.sentences.index_of(antecedent.start()) == index
    left_from = leaving and _left_country(ctx, index, c.start, c.end)
    location = (
        (antecedent is not None and _place_right_after(ctx, index, c.end))
        or (
            near
            and antecedent is not None
            and _location(ctx, index, antecedent.start(), antecedent.end(), leaving)
        )
        or _location(ctx, index, c.start, noun_end, leaving, c.end)
        or _referred_location(ctx, index, c, actor)
        or _implied_location(ctx, index)
    )
    if location is None and leaving and head.rule in ("bare", "force_of", "ellipsis"):
        # "withdraw US troops from Iraq. ... a reduction of troop levels from 5,200 to 3,500": the country left
        location = _carried_location(ctx, index, leaving)
    owned = actor is not None and possessive_before(text, max(s, c.start - 40), c.start, ctx.lang)
    mtype = mention_type(
        cues,
        TypeContext(
            sentence,
            ctx.lang,
            c.start - s,
            noun_end - s,
            noun,
            actor,
            location,
            owned,
            head.rule,
            _before(ctx, index),
            _after(ctx, index),
            lambda: index > 0 and any(i.location for i in ctx.places(index - 1)),
        ),
    )
    if mtype == "deployment" and actor is not None and _heading_home(ctx, index, actor, noun_end):
        mtype = "withdrawal"  # "150 soldats français ont décollé de Niamey à destination de la France"
        if location == actor:
            location = None  # home is not where they withdraw from
    location = _settled_location(
        ctx, index, c, head, previous, sentence, mtype, location, actor, bool(left_from), borrowed
    )
    quoted = in_quotation(ctx.quotes, c.start, c.end)
    attrib = attribution(sentence, ctx.lang, quoted)
    return Mention(
        count_text=text[c.start : c.end],
        char_start=c.start,
        char_end=c.end,
        troop_count_min=c.low,
        troop_count_max=c.high,
        count_precision=checked(c.precision, PRECISIONS),
        actor_code=actor,
        location_country=location,
        mention_type=checked(mtype, MENTION_TYPES),
        attribution=checked(attrib, ATTRIBUTIONS),
        attribution_source=source_name(sentence, ctx.lang) if attrib != "stated" else None,
        confidence=_confidence(head.rule, c, head.weak, actor),
        sentence=sentence,
        extra={"rule": head.rule, "noun": noun or (antecedent.group() if antecedent else "")},
    )


def find_mentions(text: str, lang: str) -> list[Mention]:
    ctx = _Context(text, lang)
    mentions: list[Mention] = []
    for count in _counts(ctx):
        if _not_a_head_count(ctx, count):
            continue
        mention = _mention(ctx, count, mentions[-1] if mentions else None)
        if mention is not None:
            mentions.append(mention)
    return mentions
