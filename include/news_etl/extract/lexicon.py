"""Per-language word lists of the troop-count grammar, compiled once into regular expressions.

The lists live in data/lexicon.yaml; this module only turns them into patterns. Everything is built lazily
on first use and cached, so importing the package stays cheap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from news_etl.extract.guard import ending_guarded, fold_guarded, remembered, wrapped_fields

# The languages with a grammar of their own; any other text is read with the English grammar.
GRAMMAR_LANGUAGES = ("en", "de", "fr")


def alternation(fragments: Iterable[str]) -> str:
    """Non-capturing alternation, longest fragment first so that 'more than' wins over 'more'."""
    return "(?:" + "|".join(sorted(set(fragments), key=len, reverse=True)) + ")"


_STEM = "\\w*"  # a lexicon entry ending in \w* is a stem: "deploy\w*" matches deployed, deploying


def literal_alternation(words: Iterable[str]) -> str:
    """Alternation of literal words (or stems ending in \\w*), factored into a trie.

    Python's re tries every branch of an alternation in turn; factoring shared prefixes keeps a pattern of
    thousands of place names fast. No maintained library does this for the stdlib re module.
    """
    trie: dict = {}
    for word in words:
        stem = word.endswith(_STEM)
        node = trie
        for ch in word[: -len(_STEM)] if stem else word:
            node = node.setdefault(ch, {})
        node[_STEM if stem else ""] = {}

    def render(node: dict) -> str:
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if len(ch) == 1]
        if _STEM in node:
            branches.append(r"\w*")  # tried last, so the longer literal branches win first
        if not branches:
            return ""
        body = (
            branches[0] if len(branches) == 1 and len(branches[0]) <= 2 else "(?:" + "|".join(branches) + ")"
        )
        return f"(?:{body})?" if "" in node and _STEM not in node else body

    return "(?:" + render(trie) + ")"


_LITERAL = re.compile(r"[\w' ’-]+(?:\\w\*)?")


def fragments_alternation(fragments: Iterable[str]) -> str:
    """Alternation of lexicon fragments: literals and stems go into a trie, real regexes stay as they are."""
    fragments = list(fragments)
    literal = [f for f in fragments if _LITERAL.fullmatch(f)]
    rest = [f for f in fragments if not _LITERAL.fullmatch(f)]
    parts = ([literal_alternation(literal)] if literal else []) + rest
    return alternation(parts) if len(parts) > 1 else parts[0]


@dataclass(frozen=True)
class Grammar:
    """Compiled patterns of one language."""

    language: str
    weak_noun: re.Pattern[str]
    follow: re.Pattern[str]  # modifiers + troop noun right after a count
    strong: re.Pattern[str]  # "5,000-strong force"
    force_before: re.Pattern[str]  # "an army of" right before a count
    anaphora: re.Pattern[str]  # "of them" right after a count
    qualifier_before: re.Pattern[str]
    range_open_before: re.Pattern[str]
    range_joiner: re.Pattern[str]
    trailing_lower: re.Pattern[str]
    trailing_approx: re.Pattern[str]
    bare_trigger_before: re.Pattern[str]
    bare_end: re.Pattern[str]
    unit_after: re.Pattern[str]
    troop_anywhere: re.Pattern[str]
    force_anywhere: re.Pattern[str]  # troop or force nouns: what a bare figure can refer back to
    military_context: re.Pattern[str]
    qualifier_kind: dict[str, str]
    copula_before: re.Pattern[str]  # "ils sont actuellement 5 200": troops of the sentence before
    partitive_noun: re.Pattern[str]  # "Fünf weitere der eingesetzten Soldaten": the noun after "of the"
    number_of_after: re.Pattern[str]  # "porte à 68 le nombre de combattants tués"
    casualty_among: re.Pattern[str]  # "1351 décès parmi ses troupes", "100 morts dans ses rangs"
    losses_anywhere: re.Pattern[str]  # "pertes russes", "Russian losses": what a bare casualty count is of
    casualty_noun: re.Pattern[str]  # "Tausende Opfer", "300 casualties": losses, of an army named nearby
    army_named: re.Pattern[str]  # "US-Militärs", "Bundeswehr": an army that makes losses troop losses
    casualty_before: re.Pattern[str]  # "has killed 2,000": another casualty count of the troops before
    member: re.Pattern[str]  # "228 Hezbollah members": members of whatever group the phrase names
    member_of: re.Pattern[str]  # "1 046 membres du groupe Etat islamique": the group named after the noun
    casualty_after: re.Pattern[str]  # "and 14 wounded", "sieben weitere verletzt": troops named before
    partitive: re.Pattern[str]  # "4,500 of the 28,500 troops": the noun of the count after it
    change_chain: re.Pattern[str]  # "von 370.000 über 340.000 auf 185.000 Soldaten": one noun for all
    demonym_end: re.Pattern[str]  # what may follow a demonym used as the head noun ("300 Britanniques,")


def _load_yaml(name: str) -> dict:
    text = resources.files("news_etl.extract").joinpath("data", name).read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)


@cache
def lexicon_data() -> dict:
    return _load_yaml("lexicon.yaml")


@cache
def places_data() -> dict:
    return _load_yaml("places.yaml")


# Words after a bare count that show the noun phrase has ended (a verb, a preposition or punctuation follows).
_BARE_END_WORDS = {
    "en": "per year|a year|each year|annually|per month|"
    "and|or|who|which|that|were|are|was|is|have|has|had|will|would|could|may|in|on|at|to|into|from|near|"
    "along|according|under|with|by|as|so|but|deployed|stationed|sent|based|strong|total|in total|altogether|"
    r"last|earlier|previously|before|ago|a year|this year|in \d{4}|"
    "during|since|over|until|after|across|throughout|when|while|remain|remained|stay|stayed|left|seriously|"
    "critically|lightly|badly|dead|today|now|currently|"
    # "from 1,400 to 900 this week", "down to 2,000 ahead of the election": a time phrase after the count
    "this month|this week|next month|next week|next year|ahead|so far|at present|"
    # "from 6,000 to 4,000 happening by May", "to 2,500 within a year": when it happens
    "within|happening|starting|beginning|"
    # "at least 60 insurgents killed and at least 90 arrested": a participle of the count before
    "killed|wounded|injured|captured|arrested|detained|missing",
    "de": "pro jahr|pro monat|im jahr|jährlich|jedes jahr|pro tag|jeden tag|täglich|"
    "und|oder|die|der|das|sind|seien|waren|wären|wurden|werden|wurde|wird|ist|war|haben|hatten|hätten|in|im|an|am|"
    "würden|würde|könnten|dürften|müssten|sollten|"
    "auf|nach|"
    "aus|bei|mit|zu|laut|stark|starke|insgesamt|seit|sollen|soll|durch|gegen|für|unter|wegen|vor|"
    # a span of time after the count of a daily report: "640 getötete Russen binnen 24 Stunden"
    "binnen|innerhalb|"
    # a verb whose subject the bare count is: "und 22 starben durch Suizid"
    "starben|fielen|kamen|kehrten|blieben|gerieten|kämpfen|kämpften|dienen|dienten|stehen|standen|"
    # "die übrigen 450 bleiben im Land", "die restlichen 800 kehren im Sommer zurück"
    "bleiben|kehren|ziehen|zogen|"
    # "300.000 Kubaner nahmen am Krieg teil", "5.000 befinden sich im Einsatz"
    "nahmen|nehmen|befinden|befanden|leisten|leisteten|"
    # "Weitere 40 folgen im Mai": more troops following those counted
    "folgen|folgten|"
    # a possessive after the count: "leisten 1'500 ihren Dienst"
    "ihren|ihre|ihr|seinen|seine|sein|"
    # a difference: "etwa 2.000 mehr als im Vorjahr", "ein Plus von 6500 gegenüber 2016"
    "mehr als|weniger als|gegenüber|"
    # an adverb of place or time: "davon etwa 1.700 direkt in Litauen", "500 dauerhaft"
    "direkt|dauerhaft|ständig|permanent|derzeit|aktuell|bereits|allein|zusätzlich|vor ort|auch",
    "fr": "par an|chaque année|par mois|"
    "et|ou|qui|sont|ont|étaient|seraient|auraient|en|au|aux|dans|à|vers|sur|selon|au total|déployés|"
    "stationnés|envoyés|sur place|lors|depuis|pendant|durant|cette année|l['’]année|grièvement|gravement|"
    "légèrement|vont|va|doivent|devraient|devront|pourraient|restent|resteront|rentreront|se trouvent|"
    "se trouvaient|seront|furent|morts|tués|blessés|"
    # the past historic of history writing: "2 300 Écossais périrent", "9 000 Belges servirent outre-mer"
    "périrent|moururent|servirent|combattirent|tombèrent|d['’]ici|près|le long|au sein|autour|face|"
    "aujourd['’]hui|actuellement|auparavant|"
    # a time or condition after the count: "à 450 cette année", "à 900 si le vote"
    "ces|cette|récemment|puis|d['’]ici|si|jusqu['’]ici|jusque-là|"
    # "en a rapatrié 400 l'an passé", "600 le mois dernier": a time phrase after the count
    "l['’]an|le mois|la semaine|hier|"
    # "dont 700 au Niger et 400 contre l'EI": the enemy a share of the troops fights
    "contre",
}

# Function words of the rules that borrow a noun from elsewhere in the sentence.
_OTHERS = {"en": r"others?|more", "de": r"weitere|andere", "fr": r"autres|d['’]autres"}
_AUXILIARIES = {
    "en": r"were|was|have been|has been|had been|are|also|reportedly|seriously|critically|badly|lightly|later",
    "de": r"wurden|worden|werden|seien|sind|waren|sollen|soll|sollten|schwer|leicht|lebensgefährlich|zudem|ebenfalls|"
    r"demnach|dabei|offenbar|angeblich|mittlerweile|bislang|bisher|zum teil|teils|"
    # "4 gelten als vermisst"
    r"gelten als|galten als|gilt als|galt als",
    "fr": r"ont été|sont|ont|été|grièvement|légèrement|également|aussi|de|d['’]",
}
# "30 dieser 120 Soldaten": a demonstrative links the part to the whole as "der" does
# "9.000 seiner 16.000 Soldaten": a possessive genitive as well
_PARTITIVE = {
    "en": r"of",
    "de": r"der|von|dieser|jener|seiner|ihrer|unserer|deren|dessen",
    "fr": r"des|de|d['’]entre",
}
_DETERMINERS = {
    "en": r"the|its|their|his|her|our|these|those|some|about|nearly|around|roughly|approximately|estimated",
    # "30 der anfangs 120 Soldaten": an adverb of time before the whole
    # "250 von ehemals 900 Soldaten": an adverb of a former state before the whole
    "de": r"den|seinen|ihren|diesen|rund|etwa|knapp|insgesamt|derzeit|anfangs|ursprünglich|zunächst|einst|damals|"
    r"ehemals|vormals|früher|zuvor|bisher|bislang",
    "fr": r"ses|leurs|ces|les|nos|environ|quelque|près de",
}
# "rund 3000 der seit Jahren in Norwegen stationierten etwa 9 000 Soldaten": a participle phrase before the whole, with
# a place or adverb in it ("500 der geplanten 2000 Helfer" stays a plan of unnamed staff)
_PARTICIPLE_BEFORE_WHOLE = {
    "en": "",
    "de": r"(?:(?:[\w-]+\s+){1,4}?[a-zäöüß][\w-]*(?:ten|nen)\s+)?",
    "fr": "",
}
_OF_THE = {
    "en": r"of the|of its|of their|of these|of those",
    # "14 dieser Toten"
    "de": r"der|dieser|von den|unter den",
    "fr": r"des|de ses|de leurs|de ces|d['’]entre les|parmi les",
}
# "bringing to 7 the number of soldiers killed", "portant à 19 le nombre de ses soldats tués".
_NUMBER_OF_AFTER = {
    # "brings to 57 the total number of Dutch soldiers killed"
    "en": r"(?:in terms of )?the (?:total |overall )?(?:number|total|toll|tally|count) of(?: (?:its|their|the|our))?",
    "de": r"$^",
    # "portera à 900 l'effectif des soldats": the strength of the troops named after it
    "fr": r"(?:(?:le|au) (?:nombre|total|bilan|chiffre)|l['’]effectif|les effectifs) (?:de|d['’]|des)(?: (?:ses|leurs|nos|ces))?",
}
# Losses of an army; "dead", "Tote", "morts" are left out: death tolls of civilians use them as often.
_CASUALTY_NOUNS = {
    # "the 79 American military deaths to date"
    "en": r"casualties|losses|deaths|fatalities",
    # "27 Todesfälle" of a mission whose soldiers the sentence names
    # "4.000 Kriegsverluste erlitten": losses of a war or in the ranks
    "de": r"gefallenen?|opfern?|(?:kriegs|personal|gefechts)?verlusten?|verwundeten?|todesfälle|todesfällen",
    "fr": r"victimes|pertes",
}
_AMONG_NOUNS = {
    "en": r"deaths|dead|casualties|killed|losses",
    "de": r"tote|toten|gefallene|opfer|verluste|verletzte",
    "fr": r"morts|décès|tués|victimes|pertes|blessés",
}
_AMONG = {
    "en": r"(?:among|in) (?:the |its |their )?(?:ranks|troops|soldiers|forces)",
    "de": r"(?:unter|in) (?:den |ihren |seinen )?(?:reihen|truppen|soldaten|streitkräften)",
    "fr": r"(?:parmi|dans) (?:les |ses |leurs )?(?:rangs|troupes|soldats|forces|militaires)",
}
# "7 morts parmi les soldats de la paix", "20 dead among the marines": any troop noun after "among"
_AMONG_TROOPS = {"en": r"among (?:the |its |their )?", "de": "", "fr": r"parmi (?:les |ses |leurs |des )?"}
# "une dizaine de tués parmi les rebelles": a word count joins its noun with "de"
_OF_BEFORE_AMONG_NOUN = {"en": "", "de": "", "fr": r"(?:\s+(?i:de))?"}
_ARMY_WORDS = {
    # an army by its acronym tells its own losses too ("the IDF said 3 dead", "les FARDC ont eu 16 morts")
    "en": r"\b(?:military|army|armed forces|IDF|defen[cs]e forces)\b",
    # "Verluste auf russischer Seite": losses of one side of a war
    "de": r"\w*(?:militär|armee|streitkräfte|bundeswehr)\w*|(?:auf|der)\s+\w+(?:er|en)\s+seite",
    "fr": r"\b(?:armée|militaire)s?\b|\b(?:FARDC|FAMa|Tsahal|état-major)\b",
}
_CASUALTY_VERBS = {
    "en": r"killed|killing|kill|wounded|captured",
    "de": r"getötet|tötete|töteten|verletzt|verwundet",
    "fr": r"tué|tuant|blessé|capturé|perdu",
}
# "1200 statt bisher 900 Soldaten": the count replaced shares the noun of the one replacing it
# German may put "noch" or "weitere" between a qualifier and its number: "maximal noch 250 Soldaten",
# "kaum noch 8.000 Mann", "mindestens weitere zwölf Verwundete".
_QUALIFIED_STEP = {"de": r"(?:(?i:noch|weitere|weiteren)\s+)?"}
_CHAIN_JOINERS = {
    "en": r"to|and|then to",
    "de": r"auf|über|und|und dann auf|dann auf|statt|anstatt|statt bisher|anstatt bisher|statt wie bisher|"
    # "nur noch 800 nach zuletzt 950 Soldaten": the figure it stood at before, after "nach"
    r"nach zuletzt|nach zuvor|nach bisher|nach bislang|nach ursprünglich|nach vormals|nach einst",
    "fr": r"à|et|puis à",
}
_CHANGE_WORDS = {
    "en": r"to",
    "de": r"auf|über|statt|anstatt|nach (?:zuletzt|zuvor|bisher|bislang|ursprünglich|vormals|einst)",
    "fr": r"à",
}
_NUMBER = r"\d{1,3}(?:[.,'’\u202f\u00a0 ]\d{3})+(?!\d)|\d+"
_SMALL_NUMBER_WORDS = {
    "en": r"(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)",
    "de": r"(?i:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert)",
    "fr": r"(?i:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|cent)",
}
_GROUP_WORDS = (
    r"group|organi[sz]ation|movement|militia|groupe|mouvement|milice|organisation|gruppe|miliz|organisation"
)

# German puts the verb last: "auf 203.000 steigen." ends a bare count's clause too.
# ... and so does an infinitive with "zu": "auf 203.000 anwachsen zu lassen,".
_CLAUSE_FINAL_VERB = {
    "en": "",
    "fr": "",
    # "um 12.000 verringert werden - und damit ...": a dash between spaces closes the clause like a comma
    "de": r"|\s+[a-zäöüß]\w*(?:\s+[a-zäöüß]\w*)?(?:\s+zu\s+[a-zäöüß]\w*)?\s*(?:[,.;:!?–—]|\Z|-(?=\s))",
}

# A military word anywhere in the sentence licenses weak nouns such as "men" or "Mann".
_MILITARY_CONTEXT = {
    "en": r"troops|soldiers|army|armies|military|forces|deploy\w*|battalion|brigade|regiment|front|marines|"
    r"mercenar\w*|fighters|combat|war|revolutionary guards|mobili[sz]\w*|reservists|conscript\w*|force|"
    r"assault|offensive|conflict|call-up|called up|calling up|navy|naval|air force|warships?|defen[cs]e ministry|"
    r"pentagon|nato|peacekeeping|mission|contingent|deployment|ranks|legion\w*|"
    # exercises and drills of armed forces: "2,400 personnel taking part in the exercise"
    r"peace-keeping|marine corps|exercises?|drills|manoeuvres|maneuvers|war games|live-fire|"
    # warships, arms of service and battles name an army too: "the frigate and its crew of 180", "the
    # National Guard is sending 300 members"
    r"national guard|frigates?|destroyers?|aircraft carriers?|carrier strike group|infantry|artillery|airborne|"
    r"battles?|battlefields?|battlefronts?|invasion|invaded|defen[cs]e (?:secretary|minister|department)|"
    r"department of defen[cs]e|ministry of defen[cs]e|militias?|"
    # the combatant commands: "30,000 personnel in Central Command"
    r"central command|centcom|africom|eucom|indo-pacific command|southcom|"
    # an officer's rank before a name: "the late Gen Bipin Rawat", "Lt Col Anand", "Brig. Gen. Smith"
    r"(?-i:(?:Lt|Maj|Brig|Gen|Col|Lieutenant General|Major General|Brigadier|Colonel)\.?\s+(?:Gen\.?\s+|Col\.?\s+)?[A-Z][a-z]+)",
    # the armies by name in any case ("des Bundesheeres", "der Bundeswehrführung")
    "de": r"\w*truppe\w*|\w*soldat\w*|armee\w*|militär\w*|garde|nationalgarde|bundeswehr\w*|bundesheer\w*|front\w*|"
    r"\w*brigaden?|bataillon\w*|"
    r"einsatz\w*|krieg\w*|stationier\w*|entsend\w*|kampf\w*|mobilisier\w*|reservist\w*|wehrpflicht\w*|"
    r"\w*kontingent\w*|\w*mandat\w*|mission|einheit\w*|\w*truppe\w*|verband|\w*verbände\w*|\w*kompanie\w*|regiment\w*|"
    r"division\w*|"
    # a military course: "in die Rekrutenschule eingerückt", "die EU-Ausbildungsmission", "nach der Grundausbildung"
    r"\w*ausbildungsmission\w*|\w*trainingsmission\w*|rekrutenschule\w*|grundausbildung\w*|"
    # warships and their bases: "der Fregatte", "am Marinestützpunkt"
    r"marine\w*|luftwaffe|heer|fregatte\w*|korvette\w*|kriegsschiff\w*|\w*manöver\w*|kämpf\w*|\w*gefecht\w*|schickt\w*|schicken|geschickt|verlegt\w*|verlegen|"
    r"\w*verlegung|entsandt\w*|\w*wehrdienst\w*|präsenzdienst\w*|umkämpft\w*|\w*aufmarsch\w*|zusammengezogen\w*|oberbefehl\w*|befehlshaber\w*|\w*abzug\w*|abgezogen|abziehen|offensive|vorstoß\w*|vormarsch\w*|"
    r"vorgedrungen|vorgerückt|verluste|verlusten|verlor|verloren|verliert|verlieren|rekrutier\w*|"
    # the ranks and bodies that speak for an army: "sagte ein Generalmajor des Verteidigungsministeriums"
    r"generalmajor\w*|generalleutnant\w*|generaloberst\w*|generalstab\w*|verteidigungsministerium\w*|"
    # "Stützpunkte der Terrormiliz IS", "Milizen": armed groups are military
    # one suffix group for the compounds: "Terrormiliz", "Westfront", "Materialschlacht", "Gegenoffensive",
    # "Landstreitkräfte", "Korps", "Revolutionsgarde"
    r"\w*(?:miliz\w*|front|fronten|schlacht|schlachten|offensive|korps|streitkr\w*|sgarde)|"
    # the generals, fronts and battles of a war: "Westfront", "Generalstab", "Materialschlacht"
    r"general|generäle\w*|generalstab\w*|generalfeldmarschall\w*|"
    r"feldzug\w*|belagerung\w*|"
    # strikes of a war (not "unter Beschuss", said of villages), and armies and missions by their names or acronyms ("NVA-Fahneneid" holds "NVA")
    r"luftangriff\w*|raketenangriff\w*|drohnenangriff\w*|artillerie\w*|"
    r"nato|nva|idf|isaf|kfor|sfor|ifor|eufor|unifil|minusma|monusco|wehrmacht|volksarmee|roten? armee|"
    # "1.700 Mann im Assistenzeinsatz": missions of an army (not "Feuerwehreinsatz", "Polizeieinsatz")
    r"(?:assistenz|auslands|kampf|grenz|militär|bundeswehr)einsatz\w*|"
    # "das Vorkommando", "Einsatzführungskommando", "ein Aufstellungsstab": commands and staffs of an army
    r"\w*kommando\w*|(?:aufstellungs|aufbau|führungs|kommando|brigade|divisions)stab\w*|"
    # barracks, the reserve, recruits and the defence of the country: "1494 Freiwillige in die Kasernen",
    # "die Reserve auf 60.000 Mann aufstocken", "Aufgaben der Landesverteidigung"
    r"\w*kaserne\w*|reserve|rekrut\w*|landesverteidigung\w*",
    "fr": r"troupes?|soldats?|armée\w*|militaire\w*|forces?|déploy\w*|déploi\w*|bataillon|brigade|régiment|front|"
    r"combat\w*|guerre|mercenaires|mobilis\w*|réservistes|effectifs?|opérations? militaires?|casques bleus|"
    r"contingents?|missions?|détachements?|unités?|manœuvres|exercices? militaires?|état-major|rangs|légion\w*|"
    # "l'offensive russe", "les exercices de l'OTAN"
    r"offensives?|otan|"
    # warships, bases, arms of service and battles name an army too: "la frégate et ses 170 membres d'équipage",
    # "une base navale ... 1 500 hommes", "l'embuscade contre la patrouille"
    r"frégates?|navires? de guerre|porte-avions|marine nationale|bases? navales?|bases? aériennes?|"
    r"patrouilles?|embuscades?|garnisons?|casernes?|blindés|artillerie|infanterie|bataille|batailles|"
    r"opex|opérations? extérieures|ministère de la défense|ministre de la défense|milices?|djihadistes|jihadistes|"
    # "les 1 900 hommes affectés au Sénégal", "stationnés au Tchad": men posted somewhere (not "affectés par")
    r"affecté\w*(?=\s+(?:à|au|aux|en|sur|dans)\s)|stationn\w*|prépositionn\w*|"
    # "le plan de retrait ... 600 de nos 1 400 hommes", "des renforts de 300 hommes": a drawdown or
    # reinforcement is of troops
    r"retraits?|renforts?",
}

# the qualifier a second count may carry between two adjectives that share one noun
_DE_SECOND_QUALIFIER = r"(?:(?:rund|etwa|knapp|fast|gut|über|mehr als|mindestens|bis zu|weitere) )?"
# ... and the second count itself: thousands grouped by a space or an apostrophe ("170 000", "12'000") and a range of
# its own ("8 000 getötete und 15 000 bis 17 000 verwundete Soldaten")
_DE_SECOND_NUMBER = r"\d{1,3}(?:[ '’]\d{3})+|\d[\d.,]*"
# ... or a small number spelled out ("neun getötete und fünf verwundete Soldaten")
_DE_SECOND_WORD = (
    r"(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|dreissig|vierzig|fünfzig|"
    r"hundert)(?![\w])"
)
_DE_SECOND_COUNT = (
    rf"(?:{_DE_SECOND_NUMBER}|{_DE_SECOND_WORD})(?: bis (?:{_DE_SECOND_NUMBER}|{_DE_SECOND_WORD}))?"
)

_EN_MODIFIER_SHAPES = (
    r"[A-Z][\w.'’]*(?:,? (?:and|or) [A-Z][\w.'’]*)",  # British and French, U.S. and Iraqi
    # "1,300 Dutch and 240 Belgian soldiers": a second count with the noun both share
    r"[A-Z][\w.'’]*(?:-[\w'’]+)* (?:and|or) \d[\d,.]*(?=\s+[A-Z])",
    r"[A-Z][\w.'’]*(?:-[\w'’]+)*",  # U.S., North, Korean, Islamic, Kremlin-backed
    r"[a-z][\w]*(?:ed|ing|al|ive|ary|ic|ian|an|ese|ish|i)",  # armed, fighting, additional, active, military
    r"[a-z]\w*-[\w-]+",  # battle-hardened, well-equipped
    r"\([A-Z][\w.]*\)",  # African Union (AU) peacekeepers
    r"[a-z][\w-]* (?:and|or) (?=[A-Z])[\w.'’]+",  # reserve and National Guard members
)


@cache
# Speed only, same answers (guard.py): the windows searched before a count behind guards of their literals (or of
# the strings a match must end with, right before the count), the noun after a count remembered for the second rule
# that asks for it.
@wrapped_fields(
    follow=remembered,
    bare_trigger_before=fold_guarded,
    copula_before=lambda pattern: ending_guarded(fold_guarded(pattern)),
    force_anywhere=fold_guarded,
    troop_anywhere=fold_guarded,
    military_context=fold_guarded,
    qualifier_before=ending_guarded,
    force_before=ending_guarded,
)
def grammar(language: str) -> Grammar:
    """The compiled grammar of `language` (en, de or fr; anything else falls back to en)."""
    lang = language if language in GRAMMAR_LANGUAGES else "en"
    raw = lexicon_data()[lang]
    nouns = fragments_alternation(raw["troop_nouns"])
    weak = fragments_alternation(raw["weak_troop_nouns"])
    force = fragments_alternation(raw["force_nouns"])
    mods = [f"(?i:{fragments_alternation(raw['modifiers'])})"]
    if lang == "en":
        mods += list(_EN_MODIFIER_SHAPES)
    if lang == "de":
        # German adjectives are lower-case with a case ending; nouns are capitalised and so end the phrase.
        # A compound such as "US-amerikanische" starts with a capital but ends lower-case.
        # Adjectives from place names stay capitalised and end in -er (Schweizer, Berliner).
        mods += [
            # "getötete und verletzte Soldaten"; "9000 getötete und 7000 vermisste Soldaten" (a second count between)
            # "schlecht bezahlte und kaum ausgerüstete Soldaten": an adverb before the second adjective
            # "polnische, litauische und lettische Soldaten": a list of adjectives
            # ("70 getötete und rund 250 verwundete Soldaten": the second count with a qualifier of its own)
            rf"[a-zäöüß][\w-]*(?:e|en)(?:, [a-zäöüß][\w-]*(?:e|en)){{0,3}} (?:und|oder) (?:{_DE_SECOND_QUALIFIER}{_DE_SECOND_COUNT}\s)?"
            # ("drei tote und zwei schwer verletzte Soldaten": an adverb of degree before the second adjective)
            r"(?:(?:[a-zäöüß]\w*s|schwer|leicht|lebensgefährlich|kritisch)\s)?[a-zäöüß][\w-]*(?:e|en)",
            # "rund 4.000 britische und 900 NATO-Soldaten": a second count with the noun both share
            rf"[a-zäöüß][\w-]*(?:e|en) (?:und|oder|sowie) {_DE_SECOND_QUALIFIER}\d[\d.,]*(?=\s)",
            r"[A-ZÄÖÜ][\w]*-[a-zäöüß][\w-]*(?:e|en)(?:, [a-zäöüß][\w-]*(?:e|en)){1,3} (?:und|oder) [a-zäöüß][\w-]*(?:e|en)",
            r"[a-zäöüß][\w-]*(?:e|en|er|es|em)",
            r"[A-ZÄÖÜ][\w]*-[a-zäöüß][\w-]*",
            r"[A-ZÄÖÜ]\w*er",
            # Adverbs before an adjective: "vermeintlich abtrünnige", "mutmaßlich russische".
            r"[a-zäöüß]\w*(?:lich|ig|isch|weise)",
            # ... and a present participle used as one: "zwei lebend gefangene Soldaten", "drei flüchtend gestellte"
            r"[a-zäöüß]\w*end(?=\s+[a-zäöüß])",
            # A group or army written apart from its noun: "60 000 Taliban Kämpfer", "Wagner Söldner".
            # ("auf vier Kontinenten Truppen", "in elf Ländern Soldaten": places or missions counted, not a group)
            rf"(?![\w]*(?i:kontinent|länder|staaten|städte|standorte|nationen|provinzen|regionen|missionen|einsätze|"
            rf"gebiete|stützpunkte|basen|lager)\w{{0,2}}(?![\w]))"
            rf"[A-ZÄÖÜ][\w]*(?=\s+(?:[\w]+-)*(?i:{nouns})(?![\w-]))",
        ]
    if lang == "fr":
        mods += [r"(?i:d['’]|l['’])", r"\([A-Z][\w.]*\)"]
    # a word in quotation marks: '30,000 U.S. "surge" forces'
    mods += [r"[“\"«]\s?[\w-]+\s?[”\"»]"]
    modifier = "(?:" + "|".join(mods) + ")"
    # After an elided article (d', l') the next word follows without a space.
    sep = r"(?:\s+|(?<=['’]))"
    if lang == "de":
        # scraped German text glues the figure to its noun: "etwa 4 500UN-Soldaten", "darunter 310deutsche Soldaten"
        sep = r"(?:\s+|(?<=['’])|(?<=\d)(?=[^\W\d_]))"
    # A German compound cut before "und" shares its head: "Zeit- und Berufssoldaten",
    # "19 Bataillons- und zwei Brigadekommandeure" (the second count may stand between).
    # ... or a list of them: "3.000 See-, Land- und Lufttruppen"
    # ... with a count before each cut word and an adjective before the head: "4000 deutsch-, 900 französisch- und
    # 70 rätoromanischsprachige Rekruten"
    truncated = (
        r"(?:(?:[\w]+-,\s+(?:\d[\d.,’']*\s+)?)*[\w]+-\s+(?i:und|oder|sowie|bzw\.)\s+(?:\d[\d.,’']*\s+)?(?:[\w.,]+\s+)?)?"
        if lang == "de"
        else ""
    )
    # "vier PKK/YPG-Terroristen": two names of a group joined by a slash before the compound's noun
    # "rund 200 US- Soldaten": a space left after the hyphen of an abbreviation in scraped text
    abbreviation_gap = r"|[A-ZÄÖÜ]{2,}-\s" if lang == "de" else ""
    noun_word = rf"(?:{truncated}(?:[\w]+-|[A-ZÄÖÜ]{{2,}}/{abbreviation_gap})*(?i:{nouns}|{weak}))"
    stop = r"(?!(?i:und|oder|and|or|et|ou|the|die|der|den|dem|des|les|la|le|in|im|to|à)\b)"
    # "vor elf Monaten Soldat wurde", "seit drei Jahren Rekruten ausbildet": a duration counted, not the troops after it
    if lang == "de":
        stop += r"(?!(?:Sekunden|Minuten|Stunden|Tage|Tagen|Wochen|Monate|Monaten|Jahre|Jahren|Jahrzehnte|Jahrzehnten)\b)"
    # German puts a participle phrase before the noun: "30.000 in Südkorea stationierten Soldaten".
    participle_phrase = {
        # "3.000 in den Süden Russlands verlegten Nordkoreaner": a genitive may follow the place
        # and a present participle: "zwölf aus dem Norden Iraks kommende Rebellen"
        # "zwei von ihr verschleppte Soldaten"
        "de": r"|(?:in|im|auf|aus|während|bei|seit|nach|an|am|vom|von|zum|zur|mit|gegen|für|unter)\s+(?:(?:der|dem|den|des)\s+)?"
        # "45 auf dem Flugplatz nahe der Hauptstadt stationierte Soldaten": a longer place phrase
        # ... or an adjective of state: "2.000 im Dienst befindliche Soldaten", "380 im Ausland tätige Soldaten"
        r"(?:[\w„“”\"‘’()-]+\s+){1,5}?(?:[a-zäöüß]\w*(?:te|ten|ne|nen|nde|nden)|befindlichen?|tätigen?)"
        # "die 1100 dort stationierten Soldaten", "der hierzulande dauerhaft stationierten": adverbs of place or time
        r"|(?:dort|hier|hierzulande|dauerhaft|damals|zuletzt)\s+(?:[a-zäöüß]\w*\s+)?[a-zäöüß]\w*(?:te|ten|ne|nen)",
    }.get(lang, "")
    # A quotation mark may open before the noun: "four ‘blue helmets’"; in German also before
    # an adjective of the quoted phrase: '40 erbeutete „feindliche Späher“'.
    # ... and in English and French before a demonym of it: '1,890 “Russian instructors”'
    quote_before_mod = r"[„“«»\"]?" if lang == "de" else r"(?:[“\"]|«\s?)?"
    follow = re.compile(
        # "près de 300 « rebelles »": French guillemets keep a space inside
        # "Huit (8) soldats", "jusqu'à 6482 (!) militaires": the figure repeated or remarked on in brackets
        rf"(?:\s*\((?:\d[\d.,\u202f\u00a0 ]*|!|sic)\))?"
        rf"(?P<mods>(?:{sep}{quote_before_mod}(?:{stop}{modifier}{participle_phrase})){{0,5}}?){sep}(?:[‘“„\"']|«\s?)?"
        rf"(?P<noun>{noun_word})(?![\w-])"
    )
    strong_shape = {
        # "a 20,000-strong group of Syrian fighters": a group named by its strength, the troops after it
        # "a 1,500 man contingent": "man" written apart as well
        "en": rf"(?:-(?:strong|man|member|soldier|troop)|\s+(?:strong|man))(?:{sep}{modifier}){{0,3}}?{sep}(?i:{force}|{nouns})\b"
        # "a 9,000-soldier increase", "a 20,000 troop surge": the size of a change of troops
        rf"|[-\s](?i:troops?|soldiers?|man)\s+(?i:increase|surge|cut|reduction|drawdown|boost|withdrawal|pullout|rotation)\b"
        # "a 12,000 Force": a force named by its size
        rf"|\s+(?i:force|contingent|garrison)\b(?!\s+(?:of|de)\b)"
        rf"|-strong\s+(?i:group|grouping|column|formation|unit)\s+of\s+(?:[\w-]+\s+){{0,4}}?(?i:{nouns})\b",
        "de": rf"(?:-köpfig\w*|\s+(?i:mann)\s+stark\w*)(?:{sep}{modifier}){{0,3}}?{sep}(?i:{force}|{nouns})\b"
        # "die 45 Mann starke Besatzung", "eine 3 000 Mann starke Küstenwache": "Mann stark" gives the strength of
        # whatever body it names, unless police, firefighters, civilians or a sports team
        rf"|-?\s*(?i:mann)[\s-]+stark(?:e|en|er|es)?(?:{sep}{modifier}){{0,3}}?{sep}"
        r"(?!(?i:[\w-]*(?:polizei|polizist|feuerwehr|zivil|hilfswerk|rettung|sanitäts?dienst|delegation|mannschaft|team|elf)))"
        r"[A-ZÄÖÜ][\w-]+",
        "fr": r"\s+(?i:hommes)\b",
    }[lang]
    # "Die Mandatsobergrenze liegt bei 980": a ceiling told with "bei".
    # "Das Kontingent beträgt circa 2.200": a force's strength told with its verb.
    of_word = {
        "en": r"of|to|at",
        # "die Streitkräfte um eine Million verkleinern": the size of a change of the force named
        "de": r"von|auf|bei|um|(?:beträgt|betrug|betragen|umfasst|umfasste|umfassen)"
        r"(?:\s+(?:derzeit|zurzeit|aktuell|heute|nun|jetzt|damit|insgesamt|inzwischen|mittlerweile))?",
        "fr": r"de|d['’]|à",
    }[lang]
    compound = r"\w*" if lang == "de" else ""
    # "600 Mitglieder russischer Spezialeinheiten": a German genitive told by its adjectives alone
    genitive_adjectives = r"|(?:[a-zäöüß][\w-]*er\s+){1,2}(?=[A-ZÄÖÜ])" if lang == "de" else ""
    case_ending = r"(?:e?s|en)?" if lang == "de" else ""
    quals = raw["qualifiers"]
    qualifier_kind = {}
    for kind, words in quals.items():
        for word in words:
            # "plus d['’]": an elided qualifier is looked up as written, with either apostrophe
            for form in (word.replace("['’]", "'"), word.replace("['’]", "’")):
                qualifier_kind[form.replace("\\", "")] = kind
    all_quals = [w for words in quals.values() for w in words]
    return Grammar(
        language=lang,
        weak_noun=re.compile(rf"(?i:(?:[\w]+-)*{weak})\Z"),
        follow=follow,
        strong=re.compile(strong_shape),
        force_before=re.compile(
            # German compounds end in the force noun: "Truppenkontingent", "Sollstärke"; "des Sollbestandes von".
            rf"(?<![\w]){compound}(?i:{force}){case_ending}\b(?:[^.;:!?]|\.(?=\d)){{0,40}}?\s(?i:{of_word})\s+\Z"
        ),
        anaphora=re.compile(rf"\s+(?i:{fragments_alternation(raw['anaphora'])})\b"),
        qualifier_before=re.compile(
            rf"(?<![\w])(?P<q>(?i:{fragments_alternation(all_quals)}))(?:\s+|(?<=['’])){_QUALIFIED_STEP.get(lang, '')}\Z"
        ),
        range_open_before=re.compile(rf"(?<![\w])(?i:{fragments_alternation(raw['range_open'])})\s+\Z"),
        range_joiner=re.compile(
            rf"\s*[-–—]\s*|\s+(?P<word>(?i:{fragments_alternation(raw['range_joiners'])}))\s+"
        ),
        trailing_lower=re.compile(
            rf"(?:\s+(?i:{fragments_alternation(raw['trailing_lower_bound'])})\b|-plus\b)"
        ),
        trailing_approx=re.compile(
            rf"\s+(?i:{fragments_alternation(raw['trailing_approximate'])})(?![\w])"
            if raw.get("trailing_approximate")
            else r"(?!)"
        ),
        bare_trigger_before=re.compile(
            # "ramené d'environ 900": an elided "de" joins the trigger to the count
            rf"(?:(?<![\w])(?i:{fragments_alternation(raw['bare_triggers'])})(?:\s+|(?<=['’]))|[,(:—–]\s*|\s[-–—]\s*)\Z"
        ),
        bare_end=re.compile(
            # "and four others in the centre": the noun of a count before it, then the phrase ends;
            # "von derzeit 203.000 (IST etwa 183.000)": a bracket opens after the count phrase
            rf"(?:\s+(?i:{_OTHERS[lang]})(?![\w]))?"
            rf"(?:\s*(?:[,.;:!?()\]»“”\"—–]|\Z)|\s+-(?=\s)|\s+(?i:{_BARE_END_WORDS[lang]})\b{_CLAUSE_FINAL_VERB[lang]})"
        ),
        unit_after=re.compile(rf"\s*(?:%|(?i:{fragments_alternation(raw['unit_blockers'])})\b)"),
        troop_anywhere=re.compile(rf"(?<![\w-])(?:[\w]+-)*(?i:{nouns})(?![\w])"),
        force_anywhere=re.compile(rf"(?<![\w-])(?:[\w]+-)*(?i:{nouns}|{force}|{weak})(?![\w])"),
        military_context=re.compile(rf"\b(?i:{_MILITARY_CONTEXT[lang]})\b"),
        qualifier_kind=qualifier_kind,
        copula_before=re.compile(rf"(?<![\w])(?i:{fragments_alternation(raw['copula_triggers'])})\s+\Z"),
        partitive_noun=re.compile(rf"(?:\s+(?i:{_OTHERS[lang]}))?\s+(?i:{_OF_THE[lang]})(?=\s)"),
        number_of_after=re.compile(rf"\s+(?i:{_NUMBER_OF_AFTER[lang]})(?=\s)"),
        # "20 000 morts et blessés dans leurs rangs", "7 Tote und 15 Verletzte unter den Soldaten": both
        # counts are of the troops named after them
        casualty_among=re.compile(
            rf"{_OF_BEFORE_AMONG_NOUN[lang]}\s+(?i:{_AMONG_NOUNS[lang]})(?:\s+(?i:et|ou|and|or|und|oder|sowie)\s+"
            rf"(?:(?:{_NUMBER})\s+|[\w.,]+\s+)?(?i:{_AMONG_NOUNS[lang]}))?"
            rf"\s+(?i:{_AMONG[lang]}"
            + (rf"|{_AMONG_TROOPS[lang]}(?:{nouns})" if _AMONG_TROOPS[lang] else "")
            + r")(?![\w])"
        ),
        losses_anywhere=re.compile(rf"(?<![\w])(?i:{_CASUALTY_NOUNS[lang]})(?![\w])"),
        casualty_noun=re.compile(rf"\s+(?P<noun>(?i:{_CASUALTY_NOUNS[lang]}))(?![\w])"),
        army_named=re.compile(rf"(?i:{_ARMY_WORDS[lang]})"),
        casualty_before=re.compile(rf"(?<![\w])(?i:{_CASUALTY_VERBS[lang]})\s+\Z"),
        member=re.compile(
            # "six Allied Democratic Forces (ADF) members": a group's acronym in brackets after its name
            rf"(?P<mods>(?:{sep}{stop}{modifier}){{0,3}}?(?:\s+\([A-Z][\w.]*\))?){sep}"
            rf"(?P<noun>(?:[\w]+-)*(?i:{fragments_alternation(raw['member_nouns'])}))(?![\w-])"
        ),
        member_of=re.compile(
            # "Mitglieder der islamistischen Hamas", "Mitglieder von Terrorgruppen", "Mitgliedern für diese Miliz"
            rf"\s+(?:(?i:of|du|de la|des|de|der|von|für)(?![\w])|(?i:de l|d)['’]{genitive_adjectives})\s*"
            # "der islamistischen Hamas", "der Syrischen Nationalarmee"
            rf"(?i:(?:the|la|le|l['’]|die|diese|dieser|den|dem)\s*)?(?:[a-zäöüßA-ZÄÖÜ][\w-]*(?:e|en)\s+){{0,2}}"
            # "40 members of the Moscow-backed separatist militia": who backs or leads the group
            rf"(?:[A-Z][\w]*-(?i:backed|led|linked|aligned|affiliated|allied|supported)\s+)?"
            # "membres du mouvement des Shebab": French names the group after its kind
            rf"(?:(?i:{_GROUP_WORDS})\s+(?:(?i:des|du)\s+)?)?"
        ),
        casualty_after=re.compile(
            rf"(?:(?:\s+(?i:{_OTHERS[lang]}))?(?:\s+(?i:{_AUXILIARIES[lang]}))*"
            # "sieben weitere bei Zusammenstößen mit der Miliz verletzt": after "weitere" a phrase may come between
            rf"|\s+(?i:{_OTHERS[lang]})(?:\s+(?!(?i:und|oder|and|or|et|ou)\b)[^\s,.;:!?\d]+){{1,6}}?)"
            rf"\s+(?i:{fragments_alternation(raw['casualty_participles'])})(?![\w])"
        ),
        partitive=re.compile(
            # "4,500 of the 28,500 troops", "Quatorze des vingt Casques bleus"
            rf"\s+(?i:{_PARTITIVE[lang]})\s+(?:(?i:{_DETERMINERS[lang]})\s+)*"
            rf"{_PARTICIPLE_BEFORE_WHOLE[lang]}(?:(?i:{_DETERMINERS[lang]})\s+)*(?:{_NUMBER}|{_SMALL_NUMBER_WORDS[lang]})"
            rf"(?:\s?(?i:{alternation(raw['scales'])}))?(?=\s)"
        ),
        change_chain=re.compile(
            rf"(?=\s+(?:(?i:{_CHANGE_WORDS[lang]})\s|(?:[^.;:]|\.(?=\d)){{0,40}}?\s(?i:{_CHANGE_WORDS[lang]})\s))"
            # "von 650 auf bis zu 1.000 Soldaten": a step may carry its own qualifier.
            rf"(?:\s+(?i:{_CHAIN_JOINERS[lang]})\s+(?:(?i:{fragments_alternation(all_quals)})\s+)?(?:{_NUMBER}))+(?=\s)"
        ),
        demonym_end=re.compile(
            # "35 talibans présumés ont été tués": a participle of doubt may follow the demonym
            rf"(?:\s+(?i:présumés?|suspected|alleged|presumed|mutmaßliche\w*))?"
            rf"(?:\s*(?:[,.;:!?)]|\Z)|\s+(?i:{_BARE_END_WORDS[lang]}|including|darunter|dont|of the|from|du|de la|des|"
            rf"{fragments_alternation(raw['casualty_participles'])})(?![\w]){_CLAUSE_FINAL_VERB[lang]})"
        ),
    )
