"""The shared records and text context of troop-count assembly: counts, heads, the places of each sentence.

Every rule that decides what a number counts, whose troops they are and where they serve reads the same
sentence index, places and grammar; those records (_Count, _Head, _PlaceInfo, _Context), the few helpers that
several of them call and the patterns they share live here so that heads.py, owners.py and locations.py
depend on this module alone and never on one another.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from news_etl.extract.lexicon import Grammar, grammar
from news_etl.extract.places import (
    AREA,
    LOCATION_NOUN_AFTER,
    LOCATION_NOUN_BEFORE,
    SPEAKER_AFTER,
    Place,
    find_places,
    is_country_name,
    location_before,
    mission_names,
    origin_before,
    place_forms,
    place_pattern,
    source_before,
)
from news_etl.extract.sentences import SentenceIndex, quote_spans

# A country passed through on the way: "en passant par le Tchad", "transitent par Niamey", "via Kuwait".
_TRANSIT_BEFORE = re.compile(
    r"(?<![\w])(?i:(?:en\s+)?passant\s+par|transit\w*\s+(?:par|through|via)|via|by\s+way\s+of)\s+"
    r"(?:(?i:la|le|les|l['’]|the)\s*)?\Z"
)
_ORIGIN_BETWEEN = re.compile(
    r"\s+(?i:from|off|of the|of|aus|von|der|des|de la|de l['’]|du|de|d['’])\s*"
    r"(?i:(?:the|la|le|l['’]|der|dem|den|des|die)\s*)?"
    # "from the north of Gaza", "aus dem Norden des Gazastreifens", "du nord de la bande de Gaza"
    r"(?i:(?:north|south|east|west)\w*\s+(?:of\s+)?(?:the\s+)?|(?:norden|süden|osten|westen)\s+(?:des|der)\s+"
    r"|(?:nord|sud|est|ouest)\s+(?:de\s+la|de\s+l['’]|du|de)\s*)?"
    r"(?i:(?:army|armée|armee|forces armées|streitkräfte)\s+)?"
)
# "Rund 3000 Soldaten sind im Einsatz. Weitere 1000 sollen folgen.": more of the count before, with no number between
_MORE_BEFORE = re.compile(r"(?<![\w])(?i:weitere|weiteren|another|d['’]autres)\s+\Z")
# "in Washington's posture" names an owner; "on Ukraine's border" puts troops at it, not inside; but
# "in Ukraine's east", "in Russia's Kursk region" place them in the country.
# "der Mali-Einsatz", "das Irak-Mandat", "beim Libanon-Kontingent": a mission named after the country it serves in
# (German joins them with a hyphen; "Afghanistaneinsatz" in one word is read by the place pattern as well).
_MISSION_COMPOUND_AFTER = re.compile(
    r"-?(?i:einsatz|einsatzes|einsätze|einsätzen|mission|missionen|mandat|mandats|mandates|mandate|mandaten|kontingent|kontingents|"
    r"kontingentes|kontingente)(?![\w])"
)
_NOT_INSIDE_AFTER = re.compile(
    r"['’]s?(?![\w])(?!\s+(?i:(?:north|south|east|west)\w*|\w+ern|region|province|oblast|territory|soil|"
    r"capital|city|part|interior|airspace|waters|coast|side|front)\b)"
)
# "U.S. troops", "US troop levels", "UN peacekeepers": a state or body written before the troop noun.
# German: "in denen US-Truppen untergebracht sind": a state joined to its troop noun owns them, it is no place
_TROOP_COMPOUND_AFTER = re.compile(
    r"-(?i:truppen?|soldat\w*|streitkr\w*|militärs?|armee|kräfte|einheiten|kontingent\w*)(?![\w])"
)
_TROOPS_RIGHT_AFTER = re.compile(
    r"\s+(?i:troops?|forces?|soldiers?|service ?members?|servicemen|servicewomen|military|army|personnel|"
    r"marines?|peacekeepers?|contingents?|airmen|sailors|commandos?|special forces|paratroopers?)(?![\w])"
)
_NOT_THE_COUNTRY_AFTER = re.compile(
    r"\s+(?i:pakt\w*|pact)(?![\w])|(?<=France)\s(?:2|3|5|24|Inter|Info|Culture)(?![\w.,’'\d])"
)
# "moved into the U.S. Africa Command region": a command's region, not the state itself (which still owns the troops)
_COMMAND_AREA_AFTER = re.compile(
    r"\s+(?:Central|European|Africa|Indo-Pacific|Pacific|Southern)\s+Command(?![\w])"
)
_NOT_THE_COUNTRY_BEFORE = re.compile(
    r"(?<![\w])(?:(?i:pacte)\s+(?:(?i:de)\s+)?"
    # "ins Nachbarland der Türkei", "to a neighbour of Poland": another country beside it
    r"|(?i:nachbar(?:land|staat|länder|staaten)|neighbou?rs?|neighbou?ring\s+(?:country|state)|pays\s+voisins?)\s+"
    r"(?i:der|des|von|of|de|du|d['’])\s*(?:(?i:the|la|le|l['’])\s*)?)\Z"
)
_SPOKE_BEFORE_ANY = re.compile(
    # "teilten am Montag in der Hauptstadt Tiflis mit", "dans un discours prononcé à Kigali": where one speaks
    r"(?<![\w])(?i:sagten?|erklärten?|kündigten?|teilten?|betonten?|said|announced|told|declared|déclaré|annoncé|"
    r"indiqué|affirmé|discours|speech|rede|press conference|pressekonferenz|conférence de presse|point de presse|"
    r"briefing|"
    # "hieß es in Kreisen der Regierung in Ottawa", "verlautete aus Armeekreisen in Oslo": a source and its seat
    r"hieß|hiess|verlautete|\w*kreisen|"
    # "ein Bericht der Denkfabrik X in Berlin": a research body and its seat
    r"denkfabrik\w*|think[\s-]tanks?|\w*experten|analysten)"
    # (a date may stand between: "lors d'un point de presse tenu ce lundi 3 juin à Bunia")
    r"(?:\s+(?:[^\d.,;:]|\d{1,2}(?:er|\.)?(?=\s+(?i:janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
    r"octobre|novembre|décembre)\b)){0,40}?)?\s+(?i:in|im|à|en)\s+(?:(?i:der|dem|the|la|le|l['’])\s*)?"
    r"(?:(?i:hauptstadt|capital|capitale)\s+)?\Z"
)
# What stands between is when or where one spoke, not what one spoke of ("said the number of troops in X").
_SPOKEN_OF = re.compile(
    r"(?i:troop|soldier|force|personnel|number|count|presence|truppe|soldat|militär|streitkr|zahl|militaire|nombre|"
    r"effectif)"
)


# "aus Militärkreisen in Rom": the circles a report comes from and their seat (the military word is no topic here)
_SOURCE_CIRCLES_BEFORE = re.compile(
    r"(?<![\w])\w*(?i:kreisen)\s+(?i:in|im)\s+(?:(?i:der|dem)\s+)?(?:(?i:hauptstadt)\s+)?\Z"
)


def _spoke_before(text: str, window: int, start: int) -> bool:
    if _REACHED_BEFORE.search(text, window, start):
        return True
    m = _SPOKE_BEFORE_ANY.search(text, window, start)
    if m is not None and not _SPOKEN_OF.search(m.group()):
        return True
    return bool(_SOURCE_CIRCLES_BEFORE.search(text, window, start))


# Where a source was reached: "told Reuters by telephone from X", "joint par téléphone à X", "contacté depuis X",
# "telefonisch in X erreicht"
_REACHED_BEFORE = re.compile(
    r"(?<![\w])(?i:by\s+(?:tele)?phone\s+from|reached\s+(?:by\s+(?:tele)?phone\s+)?in|contacted\s+in|"
    r"joint\w*\s+(?:par\s+téléphone\s+|au\s+téléphone\s+)?(?:\w+\s+)?(?:à|depuis)|"
    r"contacté\w*\s+(?:par\s+téléphone\s+)?(?:à|depuis)|telefonisch\s+in)"
    r"\s+(?:(?i:the|la|le|l['’]|der|dem)\s*)?\Z"
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
    # "der Überfall einer Miliz auf Ostkongo", "the raid by rebels on Chad": who attacked, then where
    r"(?:(?i:von|by|de|des|du)\s+(?:[\w-]+\s+){1,2}?)?"
    r"(?i:of|on|into|in|auf|in|de|du|des|der|contre|sur)\s+(?:(?i:the|la|le|les|l['’]|die|den|dem|der)\s*)?"
    r"(?:(?i:southern|northern|eastern|western|stadt|city|ville\s+de|town\s+of|city\s+of)\s+)?\Z"
)
# "les troupes ont quitté Istres pour la Roumanie": a destination after "pour", nobody's troops.
_DESTINATION_BEFORE = re.compile(
    r"(?<![\w])(?i:quitt\w*|parti\w*|partir|départs?|décoll\w*|envoy\w*|(?:s['’])?envol\w*|left|leave|leaving|departed|"
    r"departure|heading|headed|bound|avion|vol|flight|plane)"
    # ("will leave Halifax on May 2 for Latvia": a town and a date may stand between)
    r"\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?i:pour|for)\s+(?:(?i:la|le|les|l['’])\s*)?\Z"
)
_ENEMY_BEFORE = re.compile(
    r"(?<![\w])(?i:against|gegen|contre|fighting|bekämpf\w*|combattre|tensions? with|war with|conflict with|"
    r"tensions? avec|guerre avec|conflit avec|(?:combats?|affrontements?)(?: \w+)? avec|clash(?:es)? with|"
    r"fighting with|kämpfe\w* mit|(?:victory over|sieg\w* über|victoire sur)(?: [\w-]+)?|"
    # the state deterred: "zur Abschreckung Russlands", "to deter China", "pour dissuader la Russie"
    r"abschreckung(?: (?:von|gegen))?|deter(?:ring|rence)?(?: (?:against|of|to))?|dissua\w*(?: (?:face à|contre))?|"
    # the killers of these troops are not their owners: "Houthi fighters killed by Saudi forces"
    r"(?:killed|wounded|eliminated|neutrali[sz]ed|captured|tués?|tuées|blessés?|capturés?|getötet|verletzt|"
    r"gefangen genommen) (?:by|par|durch|von)|"
    # an attack put down to them: "the raid, blamed on Syrian government forces", "attribuée aux forces syriennes"
    r"blamed on|attributed to|attribuée?s? (?:à|aux)|imputée?s? (?:à|aux)|zugeschrieben)\s+"
    r"(?:(?i:the|die|den|der|dem|le|la|les|l['’])\s*)?"
    # "abattus par les militaires tchadiens": the killers' noun before their demonym
    r"(?:(?i:soldats|militaires|forces|troupes|soldiers|troops|soldaten|truppen|streitkräften?)\s+)?\Z"
)
# A country that something lies beside ("nördlich der Türkei", "north of Iraq") is not where troops are.
_BESIDE_COUNTRY_BEFORE = re.compile(
    # (not French "au nord du Mali", which is inside)
    # "in Konfliktgebieten außerhalb Russlands", "outside Russia": elsewhere than that country
    r"(?<![\w])(?i:(?:west|öst|nörd|süd)lich|(?:north|south|east|west)\s+of|außerhalb|outside|hors\s+d[eu'’]?)"
    r"\s*(?:(?i:der|des|dem|von|the|la|le)\s+)?\Z"
)
# "dans l'est du Tchad proche du Soudan", "in eastern Chad near Sudan": right after the place the troops are in,
# another country named as a landmark (a town near troops, "près de Goma", "Falloujah, près de Bagdad", is where
# they are).
_NEAR_LANDMARK_BEFORE = re.compile(
    r"(?<![\w’'-])(?P<name>[A-ZÉ][\w’'-]+),?\s+(?i:near|close\s+to|nahe|près|proches?)\s+"
    r"(?i:(?:de|du|des|d['’])\s*|(?:the|la|le|l['’])\s*)?\Z"
)


def _landmark_neighbour(text: str, window: int, p: Place) -> bool:
    near = _NEAR_LANDMARK_BEFORE.search(text, window, p.start)
    if near is None or p.region:
        return False
    before = place_forms().get(near.group("name"))
    return before is not None and before.site is not None and before.site != p.site and not before.region


# "von Jordanien aus", "depuis le Niger": the base troops act from is where they are.
_BASE_AROUND = re.compile(r"\s+(?i:aus)(?![\w])")
_FROM_BEFORE = re.compile(r"(?<![\w])(?i:von)\s+\Z")
# Where the attackers came from: "bei einem Überfall von Kämpfern aus dem Gazastreifen", "an attack by
# gunmen from Somalia", "une attaque de combattants venus du Niger": their origin, not the victims' owner.
_ATTACKERS_FROM = re.compile(
    r"(?<![\w])(?i:attack\w*|assault|raid|ambush|incursion|überfall\w*|angriff\w*|anschlag\w*|attaque\w*|assaut|"
    r"embuscade|incursion)\s+(?:[\w'’-]+\s+){0,4}?(?i:from|aus|venus? d(?:u|es|e|['’])|en provenance d(?:u|es|e|['’]))"
    r"\s*(?:(?i:the|die|den|der|dem|le|la|les|l['’])\s*)?\Z"
)
# ", ", " and ", ", et la ", ", l'": what joins the places of a list.
_LIST_JOINER = re.compile(
    r"\s*(?:,\s*(?:(?i:and|und|et|ou|or|sowie)\s+)?|\s(?i:and|und|et|ou|or|sowie)(?=\s))\s*"
    # "in Mali, dem Niger und der Slowakei", "aus Belgien, den Niederlanden": an article before the next name
    # "dans l'est du Niger et de l'Algérie": a preposition before the next name's article
    r"(?:(?i:de|à)\s+(?=(?i:la|l['’])))?(?:(?i:au|aux|en|à|in|im|la|le|les|du|des|de|der|dem|den|die)\s+|(?i:l['’]|d['’]))?"
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
    # "die Staatsgrenze zu Ungarn", "an der Grenze zum Irak": German compounds of the border noun too; "aux frontières orientales de
    # l'Ukraine": a side of the border may stand between
    r"(?<![\w])(?i:frontières?|frontiers?|borders?|(?:staats|land|außen|aussen|ost|west|nord|süd)?grenzen?)\s+"
    r"(?:(?i:orientales?|occidentales?|septentrionales?|méridionales?|nord|sud|est|ouest|communes?)\s+)?"
    r"(?i:avec|du|de la|de l['’]|des|d['’]|de|with|of|zum|zur|zu|mit)\s*"
    r"(?:(?i:the|la|le|les|l['’]|der|dem|den)\s*)?\Z"
    # "an der Grenze der Ukraine", "an der Ostgrenze Russlands": the border of a country, named in the genitive
    r"|(?<![\w])(?i:(?:staats|land|außen|aussen|ost|west|nord|süd)?grenzen?)\s+(?:(?i:der|des)\s+)?\Z"
)
# "on Finland's borders", "along Belarus's western border": at a country's border, not inside it; but "Armenia's
# border with Azerbaijan" and "Russia's border area" name a stretch of that country's own land.
_OWN_BORDER_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:(?:[a-z]+ern|long|common|shared)\s+)?(?i:borders?|frontiers?)(?![\w])"
    r"(?!\s+(?i:area|areas|region|regions|zone|zones|with|crossings?|posts?|guards?|police)\b)"
)
_WAR_SINCE = re.compile(
    r"(?<![\w])(?i:début|start|beginning|outbreak|déclenchement|beginn|anfang)\s+(?i:de la|of the|du|des|de l['’]|der|des)?"
    r"\s*(?i:guerre|war|conflit|conflict|krieg\w*|offensive)\s+(?i:in|on|dans|à|en|au|im|gegen|against|contre)\s+"
    r"(?:(?i:the|la|le|les|l['’]|der|die|den|dem)\s*)?(?:[a-zäöüéèàâêç][\w-]*\s+){0,3}\Z"
    # "seit dem Überfall der Miliz auf Nordmali", "since the raid on Chad": a date, not a place
    r"|(?<![\w])(?i:since|seit|depuis)\s+(?:(?i:the|dem|der|l['’])\s*)?(?i:attacks?|angriff\w*|überfall\w*|"
    r"attaques?|invasion)\s+(?:(?i:von|by|de|des|du)\s+(?:[\w-]+\s+){1,2}?)?(?i:on|auf|contre|sur|of|de)\s+"
    r"(?:(?i:the|la|le|les|l['’]|der|die|den|dem)\s*)?\Z"
)
# "la capitale, Bamako", "the capital, Kabul": a city in apposition is where things are.
_ALIAS = re.compile(r"\s*\(\s*")
_ALONGSIDE_BEFORE = re.compile(
    r"(?<![\w])(?i:aux côtés|alongside|along with|together with|neben|gemeinsam mit|zusammen mit)"
    r"\s*(?i:de la|de l['’]|du|des|de|d['’]|von|der|des|dem|den|the)?\s*\Z"
)
# "s'exercent en Lettonie avec une unité belge", "trained with Australian forces",
# "üben gemeinsam mit polnischen Einheiten": the partner troops train with, not their owner.
_TRAINING_PARTNER_BEFORE = re.compile(
    r"(?<![\w])(?i:s['’]entraîn\w*|entraîn\w*|(?:s['’])?exerc\w*|manœuvr\w*|manoeuvr\w*|train(?:s|ed|ing)?|exercis\w*|"
    r"drill\w*|üb(?:t|en|ten)|trainier\w*)\s+(?:[^\s\d.;:,]+\s+){0,8}?(?i:avec|with|alongside|mit)\s+"
    r"(?:(?i:la|le|les|l['’]|des|une?|the|an?|der|dem|den|einer|einem|their|leurs?|ihren?)\s*)?(?:[^\s\d.;:,]+\s+){0,3}\Z"
)
# A rank behind another state ("der größte Beitrag nach Frankreich", "nach Polen und Italien den drittgrößten
# Anteil"): not where troops go nor whose they are
_RANK_NACH_BEFORE = re.compile(
    r"(?<![\w])\w*(?i:größt|grösst)\w*\s+(?:[\w-]+\s+){0,2}(?i:nach)\s+(?:(?i:den|dem|der|die)\s+)?\Z"
)
_NACH_BEFORE = re.compile(r"(?<![\w])(?i:nach)\s+(?:(?i:den|dem|der|die)\s+)?\Z")
_RANK_AFTER = re.compile(
    r"(?:\s+(?i:und|sowie)\s+(?:(?i:den|dem|der)\s+)?[\w-]+)?\s+(?:(?i:der|die|das|den|zum)\s+)?\w*(?i:größt|grösst)"
)
_NEAR_BEFORE = re.compile(
    r"(?<![\w])(?i:near|close to|nahe|près de|proche de)\s+(?i:the|der|la|le|l['’])?\s*\Z"
)
_BORDER_AFTER = re.compile(r"\s+(?i:border|frontier|grenze)\b")
# German only: the seed gold keeps "near the Ukrainian border" in Ukraine, German fresh sets keep it in no country
_GRENZE_AFTER = re.compile(r"\s+(?i:grenzen?)(?![\w])")
_ALLIANCE_NOT_TROOPS_AFTER = re.compile(
    r"-(?i:\w*gebiet\w*|\w*territori\w*|\w*flanke\w*|territory|soil)(?![\w])"
    r"|(?:['’]s)?\s+(?i:territory|soil)(?![\w])"
)
_ALLIANCE_BASE_BEFORE = re.compile(
    r"(?<![\w])(?i:base|bases|stützpunkt\w*|camp|quartier\s+général|hauptquartier\w*)\s+(?i:de\s+(?:l['’])?|du|of(?:\s+the)?|der|des)\s*\Z"
)
# "le flanc est de l'Otan", "the eastern flank of NATO", "die Ostflanke der Nato": the alliance's land
_ALLIANCE_NOT_TROOPS_BEFORE = re.compile(
    r"(?<![\w])(?i:flanc\s+(?:est|oriental|nord|sud|sud-est|nord-est)|territoire|(?:eastern|northern|southern)\s+"
    r"flank|territory|\w*flanke|\w*gebiet)\s+(?i:de\s+(?:l['’])?|du|of(?:\s+the)?|der|des)\s*\Z"
)
_CONTRIBUTION_AFTER = re.compile(r"(?:-\w+)?[„“\"»«]?(?:\s+[\w„“\"»«-]+){0,2}?\s+(?i:beteilig\w*)(?![\w])")
_CONTRIBUTION_BEFORE = re.compile(
    r"(?<![\w])(?i:\w*beteiligung|\w*kontingent\w*|contingents?|participation|contribut\w*|beitrag|anteil|"
    r"truppensteller\w*|fournisseurs?|"
    r"beteiligt\w*|participating|taking part|participant|participent|participe)"
    r"\s*(?:(?i:an|am|zur|zum|to|in|à|au|aux|de|du|des|of|der|dem)\s+)?(?:(?i:the|la|le|l['’]|die|den)\s*)?"
    r"(?:\(\s*[\w.-]+\s+)?\Z"
)
_LED_AFTER = re.compile(
    r"-(?i:geführt\w*|led|backed|gestützt\w*|dominated|dominiert\w*|sponsored|allied|owned|run)(?![\w])"
)
_CAUSE_BEFORE = re.compile(
    r"(?<![\w])(?i:wegen|angesichts|aufgrund|infolge|mitten|inmitten|amid|because\s+of|due\s+to|en\s+raison|face\s+à)\b[^.;,]{0,40}\Z"
)
_WAR_COMPOUND_AFTER = re.compile(r"-(?i:krieg|krise|konflikt|kriegs|krisen)\w*")
_BACKED_AFTER = re.compile(r"-(?i:backed|mandated|sponsored|mandatiert\w*|gestützt\w*|mandaté\w*)(?![\w])")
# "der von Saudi-Arabien unterstützten Regierung", "forces backed by Iran", "soutenues par la Turquie": a state
# that backs, arms or trains a force is not the owner of its troops
_BY_BEFORE = re.compile(r"(?<![\w])(?i:von)\s+(?:(?i:der|den|dem)\s+)?\Z")
_BACKER_BEFORE = re.compile(
    r"(?<![\w])(?:(?i:backed|supported|sponsored|armed|funded|trained|equipped)\s+by\s+(?:(?i:the)\s+)?"
    r"|(?i:soutenu|appuyé|parrainé|financé|armé|formé|équipé)e?s?\s+par\s+(?:(?i:la|le|les)\s+|(?i:l['’])\s*)?)\Z"
)
# "Saudi-backed", "Iran-aligned" (but "US-geführt", "US-led": the leader of a coalition owns troops in it)
_BACKER_HYPHEN_AFTER = re.compile(
    r"-(?i:backed|gestützt\w*|unterstützt\w*|sponsored|supported|funded|armed|trained|aligned|allied)(?![\w])"
)
_BACKER_AFTER = re.compile(
    r"\s+(?i:unterstützt|gestützt|ausgerüstet|ausgebildet|finanziert|bewaffnet|aufgerüstet)\w*(?![\w])"
)
# "in Khyber, which borders Afghanistan", "Bezirk, der an Syrien grenzt" is left to the border noun rules:
# the state a place borders is a neighbour, nobody's troops' owner
_BORDERS_VERB_BEFORE = re.compile(
    r"(?<![\w])(?i:borders|bordering|bordered\s+by|grenzt\s+an|angrenzend\w*\s+an|frontali[eè]re?s?\s+(?:de|avec))"
    r"\s+(?:(?i:the|den|die|das|le|la|les)\s+|(?i:l['’])\s*)?\Z"
)
# "das kleine NATO-Land Island", "NATO member Turkey": the member state named next owns the troops, not the alliance
_MEMBER_NAMED_AFTER = re.compile(
    r"-?(?i:land|staat|mitglied|mitgliedsland|mitgliedsstaat|partnerland|partnerstaat)\s+[A-ZÄÖÜ]"
    r"|\s+(?i:member|ally|member\s+state|member\s+country)\s+[A-Z]"
)


def backs_troops(text: str, window: int, p: Place) -> bool:
    """A state named as the one that backs, arms or trains a force ("Saudi-backed", "von Iran unterstützt")."""
    return bool(
        (p.code == p.site and _BACKER_HYPHEN_AFTER.match(text, p.end))
        or _BACKER_BEFORE.search(text, window, p.start)
        or (_BY_BEFORE.search(text, window, p.start) and _BACKER_AFTER.match(text, p.end))
    )


_COUNTRY_NAMED_AFTER_ADJECTIVE = re.compile(r"\s+(?i:nachbarland|nachbarstaat|land|staat)\s+[A-ZÄÖÜ]")
_COUNTRY_COMPOUND_AFTER = {
    # German nouns keep their capital: "Moskaus Krieg", not "Deutschland war" (was).
    "de": re.compile(
        r"(?:-(?i:einsatz|krieg|krise|konflikt|mandat|mission)|\s+(?:Einsatz|Krieg|Krise|Konflikt|Mandat|Mission))\w*"
    ),
    "en": re.compile(r"\s+(?i:war|crisis|conflict|mission)(?![\w])"),
}
_COMMAND_BEFORE = re.compile(
    r"(?<![\w])(?i:sous commandement|unter (?:dem )?kommando|sous la bannière|under the banner|under the flag|"
    # "un bataillon dirigé par l'Allemagne", "led by Germany", "unter Führung der Bundeswehr": who leads
    r"(?:dirigée?s?\s+par|menée?s?\s+par|commandée?s?\s+par|led\s+by|commanded\s+by|geführt\s+von|angeführt\s+von)"
    # "commandée par le colonel (béninois)": the commander's rank and nationality
    r"(?:\s+(?:le|la|l['’]|the|dem|der)?\s*(?:général|general|generalleutnant|colonel|oberst)(?:\s+de\s+(?:division|brigade))?"
    r"\s*\(?)?|unter\s+(?:der\s+)?führung|"
    r"unter (?:der )?flagge|sous l['’]égide|under the auspices|unter dem dach)\s*"
    r"(?:(?i:de la|du|de l['’]|des|der|des|of the|of|de|d['’])\s*)?\Z"
)
_COMMAND_AFTER = re.compile(r"\s+(?i:command|kommando)(?![\w])|-(?i:befehl|kommando|oberbefehl)(?![\w])")
_BASE_AFTER = re.compile(
    r"(?:-|\s+)(?i:hauptquartier\w*|stützpunkt\w*|basis|base|headquarters|hq|feldlager\w*|camp)(?![\w])"
)
_EMBASSY_BEFORE = re.compile(
    r"(?<![\w])(?i:embassy|\w*botschaft|ambassade)\s+(?i:in|im|à|en)\s+(?:(?i:der|dem|the|la|le|l['’])\s*)?\Z"
)
# "selon l'ONG qui siège à Londres", "the monitor headquartered in Britain": where a body sits, not where troops are
_HEADQUARTERS_BEFORE = re.compile(
    r"(?<![\w])(?i:(?:qui\s+)?siège|(?:qui\s+a\s+)?son\s+siège|headquartered|sitz\s+hat|mit\s+sitz)\s+"
    r"(?i:à|au|aux|en|in|im)\s+(?:(?i:der|dem|the|la|le|l['’])\s*)?\Z"
)


def _headquarters_before(text: str, window: int, start: int) -> bool:
    # (speed only: the words' stems looked for before the pattern, which most places' windows lack)
    segment = text[window:start]
    if "iège" not in segment and "eadquartered" not in segment and "itz" not in segment:
        return False
    return _HEADQUARTERS_BEFORE.search(text, window, start) is not None


_SEAT_BEFORE = re.compile(
    # (not what a ministry says: "nach Ministeriumsangaben in Afghanistan" places the troops)
    r"(?<![\w])(?i:\w*ministeri(?!\w*(?:angaben|informationen|zahlen))\w*|ministry|ministère|\w*sprecher\w*|spokes(?:man|woman|person)|porte-parole|"
    r"embassy|\w*botschaft|ambassade|regierung|government|gouvernement|behörden?|authorities|autorités|"
    r"präsidentenbüro\w*|[ée]tat-major|generalstab\w*|general staff)"
    # "l'Etat-major des armées (EMA), à Bamako,": the seat after the body's name and short form
    r"(?:\s+(?i:des armées|der streitkräfte|of the armed forces))?(?:\s*\([^()]{1,12}\))?,?"
    r"\s+(?:(?i:am|on|le)\s+\w+\s+)?(?i:in|im|à|en)\s+(?:(?i:der|dem|the|la|le|l['’])\s*)?"
    r"(?:[a-zäöüéèàâêç][\w-]*\s+)?(?:(?i:hauptstadt|capital|capitale)\s+)?\Z"
)
_PLACE_KIND_BEFORE = re.compile(
    r"(?<![\w])(?i:capitale(?:\s+provinciale)?|province|région|ville|city|town|province|region|hauptstadt|provinz|"
    r"stadt)\s+(?i:of|de|du|d['’]|des|der)\s*(?:(?i:the|la|le|l['’])\s*)?\Z"
    # German names the place in apposition: "aus der kenianischen Hauptstadt Nairobi", "in der Hafenstadt Odessa"
    r"|(?<![\w])\w*(?-i:stadt|Stadt)\s+\Z"
    r"|(?<![\w])(?:der|die|dem|den|des)\s+(?:[a-zäöüß][\w-]*\s+)?(?:Provinz|Region|Oblast)\s+\Z"
)
_BETWEEN_SIDES_BEFORE = re.compile(
    r"(?<![\w])(?i:entre|between|zwischen)\s+(?:[a-zäöüéèàâêç][\w'’-]*\s+|l['’]){0,6}\Z"
)
_REQUEST_BEFORE = re.compile(
    r"(?<![\w])(?i:at\s+the\s+request\s+of|à\s+la\s+demande\s+d[eu]|auf\s+(?:bitte|ersuchen|wunsch|anfrage)\s+(?:von|d(?:er|es))|"
    # "des soldats demandés par le président gambien", "troops requested by Kenya": who asked for them
    r"demandée?s?\s+(?:à\s+[^,.;]{1,30}?\s+)?par|requested\s+by|angefordert\s+von)"
    r"\s+(?:(?i:the|la|le|l['’]|der|des)\s*)?(?:(?i:government|gouvernement|regierung|président|president|präsident\w*)\s+(?:(?i:of|de|du|d['’])\s*)?)?\Z"
)
_MEMBER_STATES_AFTER = re.compile(
    r"-?(?i:länder\w*|staaten|countries|allies|nations|pays|partner\w*)(?![\w])"
)
_HELPED_BEFORE = re.compile(
    r"(?<![\w])(?i:to|pour|à)\s+(?i:help|aid|assist|support|back|aider|soutenir|appuyer|épauler|secourir)\s+"
    r"(?:(?i:the|la|le|les|l['’])\s*)?\Z"
)
# "Canada's 800 troops", "Australia's some 500 soldiers": a count right after a possessive place
_COUNT_AFTER_POSSESSIVE = re.compile(
    r"\s+(?:(?i:some|about|around|nearly|almost|roughly|approximately|more than|over|at least|up to|remaining|last)\s+)?"
    r"(?:\d|(?i:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundreds|"
    r"thousands|dozens|tens of thousands)\b)"
)


_LEFT_BEFORE = re.compile(
    r"(?<![\w])(?i:left|leave|leaves|leaving|quitt(?:é|er|ent|ait|aient|era|eront|ant))\s+"
    r"(?:(?:le|la|les|l['’]|the|ce|cet|cette)\s*)?(?:\d{1,2}\s+[a-zéû]+\s+(?:\d{4}\s+)?)?(?:(?i:le|la|les|l['’]|the)\s*)?\Z"
)


def _country_left(text: str, window: int, p: Place) -> bool:
    """A country or city named after a verb of leaving (not a base: "left Fort Bragg" names the troops' army)."""
    return not p.adjective and not p.actor_only and bool(_LEFT_BEFORE.search(text, window, p.start))


_LEFT_AFTER = re.compile(r"\s+(?i:verlassen|verließen|verließ|verlässt|verlasse)(?![\w])")
_TAKES_PART_WITH = re.compile(
    r"\w*\s+(?:(?i:derzeit|currently|actuellement|zurzeit|bereits|already)\s+)?"
    r"(?i:trägt|beteiligt\s+sich|participe|contribue|contributes|participates|takes\s+part)\s+"
    r"(?:(?i:derzeit|actuellement|currently|zurzeit)\s+)?(?i:mit|avec|with)\s"
)
# "Deutschland, wo ...", "aus Südkorea abzuziehen, wo derzeit 28.000 Soldaten stehen": a verb or a time may end the
# clause before the relative one (a lower-case word only: "from Iraq to Kuwait, where" refers to Kuwait)
_WHERE_AFTER = re.compile(r"(?:\s+[a-zäöüß][\w-]*){0,3}?\s*,\s*(?i:wo|where|où)\s")
# "La Lettonie accueille 900 soldats", "Poland hosts some 10,000 U.S. troops", "Spanien beherbergt ...": the
# country hosting troops is where they are, also with an apposition between ("Djibouti, ancienne colonie
# française, accueille 1 500 militaires").
_HOSTS_AFTER = re.compile(
    r"(?:\s*,[^,.;:()]{1,120},)?\s+(?:(?i:actuellement|currently|already|déjà|derzeit|zurzeit|bereits|now|désormais|still|toujours|noch)\s+)?"
    r"(?i:accueill\w*|abrit\w*|héberg\w*|hosts|hosted|is\s+hosting|is\s+home\s+to|beherberg\w*)(?![\w])"
)
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
    r"\s*(?:[—–-]+\s*)?"
    # "Hamburg/dpa. -", "Kabul/AFP -": the agency after a slash
    r"|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?/(?:{a})\.?\s*[—–-]+\s"
    # "KABUL: The army said ...", "Kiel. Das Schiff ...", "Rostock.Die Marine ...": a town
    # alone before the first sentence
    r"|[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]+)?:\s|[A-Z][a-zäöüß'’-]{2,}(?:-[A-Z][a-zäöüß'’-]+)?\.\s*(?=[A-ZÄÖÜ][a-zäöü]))".replace(
        "{a}", "AP|AFP|Reuters|dpa|APA|KNA|epd|ANA|ANI|PTI|Xinhua|KUNA|IANS|SDA|Belga|ANP|AA|dpa-AFX"
    )
)
_SPEAKER_BEFORE = re.compile(
    r"(?<![\w])(?i:ministre|président|porte-parole|premier ministre|chef de la diplomatie|chef d['’]état-major)\s+\Z"
)
# A captivity after a demonym: the captor ("in sowjetische Gefangenschaft", "in Russian captivity").
_CAPTOR_AFTER = re.compile(
    r"\s+(?i:\w*gefangenschaft|haft|gefängniss\w*|captivity|custody|prisons?|captivité)(?![\w])"
)
_DIGIT = re.compile(r"\d")
# A full stop after a digit is an ordinal or a date ("im frühen 19. Jahrhundert", "am 1. März"), not a break;
# nor is one after a lone capital, in an abbreviation ("some 800 U.S. sailors in Crete and 300 in Spain").
_CLAUSE_BREAK = re.compile(r"[;:!?()\"“”„«»]|(?<!\d)(?<!\b[A-Z])\.")
_OTHERS_AFTER = re.compile(r"\s+(?i:autres|others|more|weitere|andere)(?![\w])")
# "militaires" / "military" after a noun ("exercices militaires", "the military base") is an adjective.
_ADJECTIVE_USE = re.compile(r"(?i:militaires?)")
_ENGLISH_ADJECTIVE_USE = re.compile(r"(?i:military)")
_NOUN_AFTER_ADJECTIVE = re.compile(
    r"\s+(?!(?:and|or|has|have|had|is|was|were|are|said|says|say|will|would|could|to|in|of|on|at|for|from|"
    r"with|by|as|that|which|who|also|later|now|then|announced|reported|added|spokesman|spokeswoman)\b)[a-z]"
)
_NOUN_BEFORE = re.compile(
    r"(?<![\w])(?!(?i:les|des|de|ces|nos|vos|leurs|ses|aux|plusieurs|quelques|certains|nombreux|autres)\b)"
    r"[a-zàâçéèêëîïôûùüÿœ]{3,}\s+\Z"
)


def _place_noun_beside(text: str, window: int, p: Place) -> bool:
    """A demonym describing a kind of place ("the Ukrainian border", "la capitale malienne"), not a party: a
    side of a war ("on the Russian side") still names one."""
    after = LOCATION_NOUN_AFTER.match(text, p.end)
    if after and not after.group().strip().lower().startswith(("side", "front")):
        return True
    return bool(LOCATION_NOUN_BEFORE.search(text, window, p.start))


def _mission_country(text: str, p: Place) -> bool:
    """'Beim Irak-Einsatz steigt die Obergrenze', 'part of the UN Congo peacekeeping mission': the country a
    mission is named after is where it serves (a mission's own name, "UNIFIL-Mandat", names the troops' owner
    instead; "the US mission in Iraq" is whose mission)."""
    return p.code == p.site and bool(
        _MISSION_COMPOUND_AFTER.match(text, p.end)
        or (_UN_BEFORE.search(text, max(0, p.start - 12), p.start) and _EN_MISSION_AFTER.match(text, p.end))
    )


# "during its Congo mission", "their Mali operation": a body's mission named after its host country
_UN_BEFORE = re.compile(r"(?<![\w])(?:U\.N\.|UN|NATO|EU|AU|(?i:its|their))\s+\Z")
_EN_MISSION_AFTER = re.compile(
    r"\s+(?:(?i:peacekeeping|peace|stabili[sz]ation|training|military)\s+)?(?i:mission|operation|force)(?![\w])"
    r"(?!\s+(?i:in|to|for)\s)"
)


# Where troops are based or set out from, when the same sentence sends them on somewhere named ("soldiers based
# in Iowa are to go to Qatar", "left Accra for Mali", "von Kiel aus in Richtung Nordsee",
# "basés à Brest, ils partiront pour le Tchad"): their home, not where they are.
_HOME_BEFORE = re.compile(
    r"(?<![\w])(?:(?i:based|garrisoned|home-?ported|stationiert|stationné\w*|basé\w*|cantonné\w*)\s+"
    # (the base's own name may come first: "based at Fort Riley, Kansas")
    r"(?i:at|in|on|out\s+of|à|au|en|dans)\s+(?:[^\W\d][\w'’-]*,?\s+){0,9}?"
    # a base's address: "from Fort Drum, New York, a brigade will head to Latvia"
    r"|(?<![\w])(?:Fort|Camp)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,\s+"
    r"|(?i:departed|departing|departs|left|leaving|sailed\s+from|flew\s+out\s+of|flown\s+out\s+of|"
    r"shipped\s+out\s+of|deployed\s+from|deploying\s+from|quitt\w*)\s+(?:(?i:the|la|le|les|l['’])\s*)?"
    r"|(?<![\w])(?i:von)\s+(?=[^\W\d][\w'’-]*(?:[\s-][^\W\d][\w'’-]*)?\s+aus(?![\w])))\Z"
)
# ... and a place it is sent on to follows in the sentence.
_SENT_ON = re.compile(
    r"(?<![\w])(?i:heading|headed|head|bound|en\s+route|deployed|deploy|deploying|will\s+go|for|to|into|"
    r"nach|in\s+richtung|richtung|pour|vers|en\s+direction|à\s+destination|partent|partiront|iront|déployés?)"
    r"(?![\w])"
)


# (words one of which any home phrase holds: most places have none of them before, and skip the full patterns)
_HOME_HINTS = (
    "based",
    "garrison",
    "home",
    "station",
    "basé",
    "cantonn",
    "depart",
    "left",
    "leav",
    "sail",
    "flew",
    "flown",
    "shipped",
    "deploy",
    "quitt",
    "von",
    "heimat",
    "fort",
    "camp",
)


def _home_before(text: str, window: int, p: Place) -> bool:
    before = text[window : p.start].lower()
    if not any(h in before for h in _HOME_HINTS) or not _HOME_BEFORE.search(text, window, p.start):
        return False
    stop = _SENTENCE_STOP.search(text, p.end)
    end = stop.start() if stop else len(text)
    # "90 French soldiers left Niamey for France": troops sent home leave where they served
    own = {q.code for q in find_places(text, max(0, p.start - 140), p.start)}
    for cue in _SENT_ON.finditer(text, p.end, end):
        # a place it is sent on to, right after the cue ("heading to Kuwait"), not a later owner ("to be met by
        # Dutch units")
        if any(
            q.code not in own and q.code != p.code and not q.adjective
            for q in find_places(text, cue.end(), min(end, cue.end() + 40))
        ):
            return True
    return False


# A home port or garrison ("in ihren Heimathafen Kiel", "to their home port of Norfolk", "vom Marinestützpunkt
# Kiel ausgelaufen", "von Rostock aus abgelegt"): where troops come back to or set out from, not where they serve.
_HOME_PORT_BEFORE = re.compile(
    r"(?<![\w])(?i:heimathafen\w*|heimatstandort\w*|heimatkaserne|heimatstützpunkt\w*|home\s*ports?|home\s+base|"
    r"home\s+station|port\s+d['’]attache|garnison\s+d['’]origine)\s+(?:(?i:of|de|d['’])\s*)?\Z"
)
_SET_OUT_AFTER = re.compile(
    r"\s+(?:(?i:aus)\s+(?:[^\s.;:]+\s+){0,6}?)?(?i:ausgelaufen|abgelegt|gestartet|aufgebrochen|abgeflogen|"
    r"in\s+see\s+gestochen)(?![\w])"
)
_FROM_BEFORE_DE = re.compile(r"(?<![\w])(?i:von|vom|aus)\s+(?:(?i:dem|der)\s+)?(?:[^\W\d][\w-]*\s+){0,2}\Z")


_HOME_PORT_HINTS = ("heimat", "home", "port d", "garnison", "von", "vom", "aus")


def _home_port(text: str, window: int, p: Place) -> bool:
    before = text[window : p.start].lower()
    if not any(h in before for h in _HOME_PORT_HINTS):
        return False
    return bool(
        _HOME_PORT_BEFORE.search(text, window, p.start)
        or (_FROM_BEFORE_DE.search(text, window, p.start) and _SET_OUT_AFTER.match(text, p.end))
    )


_SENTENCE_STOP = re.compile(r"(?<!\b[A-Z])(?<!\d)[.!?](?:\s|\Z)")


def _not_inside(text: str, window: int, p: Place) -> bool:
    """A place after a location preposition that still is not where these troops are."""
    return bool(
        # "gegen Angriffe des Warschauer Paktes", "the Warsaw Pact", "France 2": no country meant
        _NOT_THE_COUNTRY_AFTER.match(text, p.end)
        or _NOT_THE_COUNTRY_BEFORE.search(text, window, p.start)
        or _COMMAND_AREA_AFTER.match(text, p.end)
        # "erklärte die Ministerin am Freitag in Brüssel": where the speaker is
        or _spoke_before(text, window, p.start)
        or _headquarters_before(text, window, p.start)
        or
        # "to withdraw thousands of U.S. troops": a state noun used as the troops' adjective owns them
        (not p.adjective and _TROOPS_RIGHT_AFTER.match(text, p.end))
        or (not p.adjective and _TROOP_COMPOUND_AFTER.match(text, p.end))
        # "in the war against Ukraine", "killed by Israeli forces": the enemy, not where the troops are
        or _ENEMY_BEFORE.search(text, window, p.start)
        or _LED_AFTER.match(text, p.end)  # "an der US-geführten Übung": who leads it, not where it is
        # "wegen der Spannungen im Ukraine-Konflikt": the cause's country, not where these troops are (unlike
        # "Russland setzt im Ukraine-Krieg Söldner ein")
        or (
            p.code == p.site
            and not p.adjective
            and _WAR_COMPOUND_AFTER.match(text, p.end)
            and _CAUSE_BEFORE.search(text, window, p.start)
        )
        or _UNIT_NUMBER_AFTER.match(text, p.end)  # "off the US 173rd Airborne Brigade": whose unit, not where
        # "à la frontière avec Israël", "near the border with Ukraine": not inside it
        or _BORDER_BEFORE.search(text, window, p.start)
        or (not p.adjective and not p.region and _OWN_BORDER_AFTER.match(text, p.end))
        # "since the start of the war in Gaza": when, not where these troops are
        or _WAR_SINCE.search(text, window, p.start)
        or _SPEECH_AFTER.match(text, p.end)  # "wie der Sprecher in Washington erklärte": where the speaker is
        # "das Verteidigungsministerium am Montag in Kiew", "the government in Bamako": where a source sits
        or _SEAT_BEFORE.search(text, window, p.start)
        # "flew 800 troops to help Chad", "pour aider le Mali": the state helped, not a place
        or _HELPED_BEFORE.search(text, window, p.start)
        # "westlich der Ukraine": beside the country, not in it (a city's surroundings stay in its country, also a
        # capital's: "ambushed west of Kabul")
        or (
            p.code == p.site
            and not p.region
            and _BESIDE_COUNTRY_BEFORE.search(text, window, p.start)
            and is_country_name(text[p.start : p.end])
        )
        or _landmark_neighbour(text, window, p)
        or _ranked_behind(text, window, p)
        # "at the US base in Okinawa": whose base it is, not where it is
        or (p.code == p.site and not p.region and not p.adjective and _BASE_AFTER.match(text, p.end))
        # "aux côtés du Royaume-Uni", "alongside Britain": a partner, not a place
        or _ALONGSIDE_BEFORE.search(text, window, p.start)
        # "close to the Mali border": near that country, not inside it
        or (
            not p.adjective
            and _NEAR_BEFORE.search(text, window, p.start)
            and _BORDER_AFTER.match(text, p.end)
        )
        # "an der ukrainischen Grenze": troops massed at a country's border stand outside it
        or (p.adjective and _GRENZE_AFTER.match(text, p.end))
        # "in Krankenhäuser in Israel gebracht", "flown to a hospital in Germany": where the wounded are treated
        or _HOSPITAL_BEFORE.search(text, window, p.start) is not None
    )


_HOSPITAL_BEFORE = re.compile(
    r"(?<![\w])(?i:krankenh\w*|hospital\w*|hôpita\w*|lazarett\w*|klinik\w*|spital\w*|militärspital\w*)"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?i:in|im|à|au|en|nach)\s+(?:(?i:der|dem|the|la|le|l['’])\s*)?\Z"
)


def at_border(text: str, window: int, p: Place) -> bool:
    """A country named as the one whose border the troops are at ("near Finland's borders", "à la frontière avec
    le Mali", "an der ukrainischen Grenze"): they stand outside it."""
    near = text[window : p.end + 40].lower()
    if "border" not in near and "fronti" not in near and "grenz" not in near:
        return False  # (most places: no border word around them)
    return bool(
        _BORDER_BEFORE.search(text, window, p.start)
        or (not p.adjective and not p.region and _OWN_BORDER_AFTER.match(text, p.end))
        or (p.adjective and _GRENZE_AFTER.match(text, p.end))
        # "a raid close to the Iraqi border", "près de la frontière tchadienne": beside that country
        or (
            p.adjective
            and _ADJECTIVE_BORDER_AFTER.match(text, p.end)
            and _ADJECTIVE_NEAR_BEFORE.search(text, window, p.start)
        )
        or (p.adjective and _NEAR_FRONTIERE_BEFORE.search(text, window, p.start))
    )


# (a border area stays in the country: "to the Polish border region")
_ADJECTIVE_BORDER_AFTER = re.compile(
    r"\s+(?i:borders?|frontiers?)(?![\w])(?!\s+(?i:regions?|areas?|zones?|districts?|provinces?|towns?|villages?|city))"
)
_ADJECTIVE_NEAR_BEFORE = re.compile(
    r"(?<![\w])(?i:near|along|at|on|by|close\s+to|across)\s+(?i:the\s+)?(?:[a-z][\w-]*\s+){0,2}\Z"
)
_NEAR_FRONTIERE_BEFORE = re.compile(
    r"(?<![\w])(?i:près\s+de|proche\s+de|long\s+de|à)\s+(?i:la\s+)?frontières?\s+\Z"
)


def _ranked_behind(text: str, window: int, p: Place) -> bool:
    """A state named as the one ranked ahead ("das größte Kontingent nach Kanada")."""
    return bool(
        _RANK_NACH_BEFORE.search(text, window, p.start)
        or (_NACH_BEFORE.search(text, window, p.start) and _RANK_AFTER.match(text, p.end))
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
        or _landmark_neighbour(text, window, p)  # "in eastern Chad near Sudan": a landmark
        or _ranked_behind(text, window, p)
        # "die Staatsgrenze zu Ungarn bewachen", "the border with Mexico": the neighbour, not the guards' owner
        or _BORDER_BEFORE.search(text, window, p.start)
        or _BORDERS_VERB_BEFORE.search(text, window, p.start)
        or (lang == "de" and _BORDERING_AFTER.match(text, p.end))  # "das an Russland grenzende Land"
        # "im zentralafrikanischen Staat Kamerun": an adjective that describes the country named after it
        or (lang == "de" and p.adjective and _COUNTRY_NAMED_AFTER_ADJECTIVE.match(text, p.end))
        # "wird in Paris auf 9 000 Mann geschätzt": where the estimate is made
        or (lang == "de" and _ESTIMATED_THERE_AFTER.match(text, p.end))
        or backs_troops(text, window, p)
        or (p.code in _ALLIANCES and _MEMBER_NAMED_AFTER.match(text, p.end))
        or (
            state and not p.adjective and _OWN_BORDER_AFTER.match(text, p.end)
        )  # "to Poland's eastern border"
        # "la France, aux côtés du Royaume-Uni, déploie 300 hommes": a partner
        or _ALONGSIDE_BEFORE.search(text, window, p.start)
        or (located and _SPEECH_AFTER.match(text, p.end))  # "wie der Sprecher in Washington erklärte"
        # "die deutsche Beteiligung an KFOR": the mission a state's contingent serves in; but "das Kontingent des
        # Bundesheeres", "the contingent of the Swisscoy": an army or a national contingent owns its troops
        or (
            p.code != p.site
            and (p.code in _ALLIANCES or text[p.start : p.end] in mission_names())
            and _CONTRIBUTION_BEFORE.search(text, window, p.start)
        )
        # "die an der Nato-Mission KFOR beteiligt sind": a mission its soldiers take part in
        or (p.code in _ALLIANCES and _CONTRIBUTION_AFTER.match(text, p.end))
        # "das Nato-Bündnisgebiet", "die Nato-Ostflanke": the alliance's land, not its troops
        or (p.code in _ALLIANCES and _ALLIANCE_NOT_TROOPS_AFTER.match(text, p.end))
        # "the United Nations-backed mission", "die UN-mandatierte Truppe": who backs a force owns none of it
        or (p.code in _ALLIANCES and _BACKED_AFTER.match(text, p.end))
        or (p.code in _ALLIANCES and _ALLIANCE_NOT_TROOPS_BEFORE.search(text, window, p.start))
        # "envoyés dans une base de l'Otan", "at a NATO base": whose base, not whose troops
        or (p.code in _ALLIANCES and _ALLIANCE_BASE_BEFORE.search(text, window, p.start))
        or _EMBASSY_BEFORE.search(text, window, p.start)  # "the embassy in Baghdad": a host country
        or _REQUEST_BEFORE.search(text, window, p.start)  # "at the request of Mozambique": who asked for them
        # "la trêve entre l'armée malienne et les rebelles": one of two sides, nobody's owner
        or _BETWEEN_SIDES_BEFORE.search(text, window, p.start)
        # "in andere Nato-Länder verlegt": where troops go, not whose they are
        or (located and p.code in _ALLIANCES and _MEMBER_STATES_AFTER.match(text, p.end))
        or _HELPED_BEFORE.search(text, window, p.start)  # "sent troops to help Moscow": the state helped
        # "westlich der Ukraine": beside the country, not in it (a city's surroundings stay in its country)
        or (p.code == p.site and not p.region and _BESIDE_COUNTRY_BEFORE.search(text, window, p.start))
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


_GAP = re.compile(r"\s+(?:(?i:town|city|port|base|village|region|province)\s+(?i:of)\s+)?")


def _own_place_after(text: str, p: Place) -> bool:
    """A demonym right before a name of a place in its own country describes that place."""
    gap = _GAP.match(text, p.end)
    named = place_pattern().match(text, gap.end()) if gap else None
    form = place_forms().get(named.group()) if named else None
    return form is not None and not form.adjective and form.site == p.code and form.code == p.code


# "Die Zahl der Vermissten wird in Paris auf 9 000 geschätzt": where the estimate is made, not where anyone is
_ESTIMATED_THERE_AFTER = re.compile(
    r"\s+(?i:auf|mit)\s+(?:[^.;:!?]|\.(?=\d)){1,60}?\s(?i:geschätzt|beziffert|angegeben|veranschlagt)(?![\w])"
)


# "Nordkorea hat 10.000 Soldaten an Russland geschickt": "an" of the state troops are sent to
_TO_STATE_BEFORE = re.compile(r"(?<![\w])(?i:an)\s+(?:(?i:die|den)\s+)?\Z")
_SENT_AFTER = re.compile(
    r"[^,;.:!?]{0,30}?(?<![\w])(?i:geschickt|gesendet|gesandt|entsandt|überstellt|abgestellt)(?![\w])"
)


def _sent_to(text: str, window: int, p: Place) -> bool:
    return bool(
        _TO_STATE_BEFORE.search(text, max(window, p.start - 10), p.start) and _SENT_AFTER.match(text, p.end)
    )


_LED_BY_BEFORE = re.compile(
    r"(?<![\w])(?i:led\s+by|commanded\s+by|angeführt\s+von|geführt\s+von|men[ée]e?s?\s+par|dirig[ée]e?s?\s+par)"
    r"\s+(?:(?i:an?|the|einem|einen|dem|der|un|une|le|la|l['’])\s*)?(?:[\w-]+\s+)?\Z"
)


class _PlaceInfo:
    """A place of a sentence and its role, each role worked out only when first asked for."""

    def __init__(
        self, place: Place, text: str, lang: str, sentence_start: int, dateline_end: int = 0
    ) -> None:
        self.place = place
        self._text, self._lang = text, lang
        self._window = max(sentence_start, place.start - 60)
        self._wide_window = max(sentence_start, place.start - 140)
        self._location: bool | None = None
        self._home: bool | None = None
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
                and bool(
                    location_before(lang).search(text, window, p.start)
                    # "der Einsatz zur Stabilisierung Somalias": the country a mission is to stabilise
                    or (
                        lang == "de"
                        and p.code == p.site
                        and _MISSION_GOAL_BEFORE.search(text, window, p.start)
                    )
                )
                and not source_before(lang).search(text, window, p.start)
                and not _NOT_INSIDE_AFTER.match(text, p.end)
                # "in der Schweizer Armee", "in the Swiss army": whose army, the troops are in it, not in the country
                and not _OWN_ARMY_AFTER.match(text, p.end)
                # "to withdraw Canada's 800 troops": a possessive right before a count names the owner
                and not (
                    text.endswith(("'s", "’s"), p.start, p.end) and _COUNT_AFTER_POSSESSIVE.match(text, p.end)
                )
                and not (lang == "de" and _ESTIMATED_THERE_AFTER.match(text, p.end))
                # "in dem an Belarus grenzenden Staat": the neighbour of the place meant
                and not (lang == "de" and _BORDERING_AFTER.match(text, p.end))
                # "évacuer 1 400 hommes en passant par le Tchad", "flown home via Kuwait": a stop on the way
                and not _TRANSIT_BEFORE.search(text, window, p.start)
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
            if (
                not found
                and p.can_be_location
                and not p.adjective
                and (_LEFT_AFTER.match(text, p.end) or (lang == "de" and _sent_to(text, window, p)))
            ):
                # "haben 90.000 Soldaten den Irak verlassen": the country left; "hat 10.000 Soldaten an Russland
                # geschickt": where they were sent
                found = True
            if (
                not found
                and p.can_be_location
                and not p.adjective
                and _FROM_BEFORE.search(text, window, p.start)
                and _BASE_AROUND.match(text, p.end)
            ):
                found = True  # "beteiligt sich mit 300 Soldaten von Jordanien aus": where they are based
            if (
                not found
                and p.can_be_location
                # "stehen österreichweit bereit": the whole country; "La Lettonie accueille 900 soldats": the host
                and (
                    text.endswith("weit", p.start, p.end)
                    or (not p.adjective and _HOSTS_AFTER.match(text, p.end))
                )
            ):
                found = True
            if (
                not found
                and p.can_be_location
                and not p.adjective
                and (_WHERE_AFTER.match(text, p.end) or _mission_country(text, p))
            ):
                found = (
                    True  # "Deutschland, wo derzeit 34.500 US-Soldaten stationiert sind", "beim Irak-Einsatz"
                )
            if not found and p.can_be_location:
                # "l'aéroport de la capitale, Bamako"; the second country of "to Poland and Romania"
                found = bool(_CAPITAL_BEFORE.search(text, window, p.start)) or bool(
                    self.listed_after and self.listed_after.location
                )
            # "based in Iowa, bound for Qatar", "left Accra for Mali", "in ihren Heimathafen": home, not a post
            self._location = found and not self.home
        return self._location

    @property
    def as_source(self) -> bool:
        """Named as where a speaker or a government sits ("teilte ... am Donnerstag in Baku mit", "the government in
        Erbil") or to date something ("since the attack on X"): not where any troops are."""
        text, window, p = self._text, self._window, self.place
        return bool(
            _spoke_before(text, window, p.start)
            or _SPEECH_AFTER.match(text, p.end)
            or _SEAT_BEFORE.search(text, window, p.start)
            or _headquarters_before(text, window, p.start)
            or _WAR_SINCE.search(text, window, p.start)
            or (self._lang == "de" and _ESTIMATED_THERE_AFTER.match(text, p.end))
        )

    @property
    def in_area(self) -> bool:
        """A sea or a region of several countries after a location preposition ("im Mittelmeer", "au Sahel"):
        a place in no one country."""
        p = self.place
        return (
            p.code == AREA
            and bool(location_before(self._lang).search(self._text, self._window, p.start))
            and not source_before(self._lang).search(self._text, self._window, p.start)
            and not _not_inside(self._text, self._window, p)
        )

    @property
    def origin(self) -> bool:
        """After from / aus / de: whose troops, or where they leave ("from Iraq and Afghanistan")."""
        if origin_before(self._lang).search(self._text, self._window, self.place.start):
            return True
        p = self.place
        if (
            p.code == p.site
            and not p.adjective
            and _LEFT_BEFORE.search(self._text, self._window, p.start)
            and not self.home
        ):
            return True  # "400 soldiers have left Chad", "ont quitté le 3 mai le Mali": the country left
        return bool(self.listed_after and self.listed_after.origin)

    @property
    def home(self) -> bool:
        """Where troops are based or set out from, on their way to a place named after it."""
        if self._home is None:
            self._home = _home_before(self._text, self._window, self.place) or _home_port(
                self._text, self._window, self.place
            )
        return self._home

    @property
    def owner(self) -> bool:
        """Can name whose troops these are (not a location, not a speaker such as "Ukrainian President")."""
        nationwide = self._text.endswith("weit", self.place.start, self.place.end)  # its own army, across it
        if self.place.region or (self.location and not nationwide) or self.in_dateline:
            return False
        if _no_owner(self._text, self._window, self._lang, self.place):
            return False
        if _ENEMY_BEFORE.search(self._text, self._window, self.place.start):
            return False  # "bei Kämpfen gegen die Hamas vier Soldaten": the enemy, not the owner
        if _ATTACKERS_FROM.search(self._text, self._window, self.place.start) or _headquarters_before(
            self._text, self._window, self.place.start
        ):
            return (
                False  # attackers' origin; "l'ONG qui a son siège à Londres": a body's seat, nobody's troops
            )
        if _TRAINING_PARTNER_BEFORE.search(self._text, self._wide_window, self.place.start):
            return False  # "s'exercent trois semaines en Lettonie avec une unité belge": a partner
        if (
            _WAR_BEFORE.search(self._text, self._window, self.place.start)
            or _BORDER_BEFORE.search(self._text, self._window, self.place.start)
            or _HOSPITAL_BEFORE.search(self._text, self._window, self.place.start)
            or _country_left(self._text, self._window, self.place)
        ):
            # "the long war in Afghanistan", "the border with Niger": a place, nobody's troops; "the 12,000 troops
            # leaving Germany", "qui quitteront l'Allemagne": the country left
            return False
        if self.place.adjective and _place_noun_beside(self._text, self._window, self.place):
            return False  # "nahe der nigrischen Hauptstadt Niamey", "la capitale tchadienne": a place
        if self.place.adjective and _own_place_after(self._text, self.place):
            return False  # "im russischen Kursk", "the Syrian town of Homs": the place's country, a place
        if _PLACE_KIND_BEFORE.search(self._text, self._window, self.place.start):
            return False  # "la capitale provinciale de l'Ituri", "the province of Kandahar": a place
        if _SPEAKER_BEFORE.search(self._text, self._window, self.place.start):
            return False  # "le ministre lituanien de la Défense": who speaks, not whose troops
        if self.place.adjective and _CAPTOR_AFTER.match(self._text, self.place.end):
            return False  # "in russische Kriegsgefangenschaft": who holds the prisoners, not whose they are
        speaker = SPEAKER_AFTER.match(self._text, self.place.end)
        # "das belgische Verteidigungsministerium beteiligt sich mit 200 Soldaten", "le ministère ... participe avec
        # 300 soldats": a ministry taking part with its troops owns them
        # "militants led by Abu Sayyaf commander X", "menés par un chef du M23": the group whose leader leads them
        led = self.place.armed_group and _LED_BY_BEFORE.search(self._text, self._window, self.place.start)
        return not speaker or bool(_TAKES_PART_WITH.match(self._text, speaker.end())) or bool(led)


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
                # ... but "in Polen, der litauischen Hauptstadt Vilnius" goes on with a place
                place_adjective = second.place.adjective and LOCATION_NOUN_AFTER.match(
                    self.text, second.place.end
                )
                if subject and first.location and not place_adjective:
                    named = True
                if second.place.adjective and not first.place.adjective and not place_adjective:
                    named = True  # "a post in Mali, Chadian officers said": a name, then an owner's adjective
                if (
                    first.origin
                    and not first.location
                    and location_before(self.lang).search(
                        self.text, max(0, second.place.start - 60), second.place.start
                    )
                ):
                    # "800 Soldaten aus Kroatien, in Bulgarien 900": where troops come from, then where others are
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


_RECEIVING_FORCE_BEFORE = re.compile(r"(?<![\w])(?i:an)\s+(?i:die|das|den)\s+\Z")


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
        if _ENGLISH_ADJECTIVE_USE.fullmatch(m.group()) and _NOUN_AFTER_ADJECTIVE.match(ctx.text, m.end()):
            continue  # "33 military bases": the English adjective before its noun
        if ctx.lang == "de" and _RECEIVING_FORCE_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
            continue  # "die Haubitzen gehen an die Truppe, 30 im Jahr 2028": the force receives what is counted
        last = m
    return last


def _left_from(ctx: _Context, info: _PlaceInfo, noun_end: int) -> bool:
    """'troops from Niger' right after the noun: where troops leave, or (otherwise) whose troops they are."""
    return info.place.start >= noun_end and bool(
        _ORIGIN_BETWEEN.fullmatch(ctx.text, noun_end, info.place.start)
    )


_MISSION_GOAL_BEFORE = re.compile(
    r"(?<![\w])(?i:zur|die|der)\s+(?i:stabilisierung|befriedung)\s+(?:(?i:des|der)\s+)?\Z"
)
_BORDERING_AFTER = re.compile(r"(?:\s+[A-ZÄÖÜ][\w-]*){0,2}\s+(?i:grenzend\w*|angrenzend\w*)(?![\w])")
_SPEECH_AFTER = re.compile(
    r"\s+(?i:said|says|told|announced|erklärt\w*|sagt\w*|mitteil\w*|teilt\w*|"
    r"a déclaré|a indiqué|a annoncé|déclare|annonce)(?![\w])"
    # "teilte das Ministerium in Kiew mit.": the particle of "mitteilen" closing the clause
    r"|\s+(?i:mit)(?=\s*[,.;:])"
)


@dataclass(frozen=True, slots=True)
class _Head:
    """What makes a number a troop count: the noun after it, or the troops it refers back to."""

    rule: str  # noun | strong | anaphora | force_of | bare | ellipsis | casualty
    noun: str = ""
    noun_end: int = 0  # end of the noun phrase (of the count phrase when there is no noun)
    weak: bool = False  # "men", "Mann", "hommes": troops only in a military sentence
    antecedent: re.Match[str] | None = None  # the earlier troop noun of "of them" and bare counts
    site: str | None = None  # the country a bracketed share is given for ("in Mali (1141)")


def _mission_before(ctx: _Context, index: int, start: int) -> Place | None:
    """A mission named before `start` ("la FINUL ..., 334 de ses membres"): a force, whose members are troops."""
    names = mission_names()
    found = [i.place for i in ctx.places(index) if i.place.end <= start]
    missions = [p for p in found if ctx.text[p.start : p.end] in names]
    return missions[-1] if missions else None


_ALLIANCES = frozenset({"NATO", "EU", "UN", "AU", "ECOWAS", "SADC"})
_OWN_ARMY_AFTER = re.compile(
    r"\s+(?i:armee|streitkräfte\w*|army|armed\s+forces|armée|forces\s+armées)(?![\w])"
)
