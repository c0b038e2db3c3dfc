"""Country, organisation and region mentions in every inflection, mapped to ISO 3166-1 alpha-3 / NATO / UN.

Names come from reference/countries.csv (CLDR names in en/de/fr); demonyms, aliases, capitals and regions
from data/places.yaml. Inflected forms are generated here, so the data lists only base forms.
"""

from __future__ import annotations

import csv
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

from news_etl.extract.lexicon import fragments_alternation, lexicon_data, literal_alternation, places_data

_DE_ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")
_DE_NAME_ENDINGS = ("", "s", "er", "ern", "ers")
# A state's name led by adjectives ("Vereinigte Staaten", "Demokratische Republik Kongo") takes the weak
# ending after an article: "der Demokratischen Republik", "den Vereinigten Staaten", "dem Vereinigten Königreich".
_DE_LEADING_ADJECTIVE = re.compile(r"([A-ZÄÖÜ][a-zäöüß]+?)(?:e|es)")


def _de_weak_name(form: str) -> str:
    words = form.split(" ")
    out = []
    for i, word in enumerate(words):
        if i < len(words) - 1 and (m := _DE_LEADING_ADJECTIVE.fullmatch(word)):
            out.append(m.group(1) + "en")
        else:
            out += words[i:]
            break
    return " ".join(out)


_FR_ADJ_ENDINGS = ("", "s", "e", "es", "ne", "nes")
_EN_ENDINGS = ("", "s", "'s", "’s")


# The code of a sea or a region of several countries ("the Sahel"): a place, but in no country.
AREA = "AREA"
# International actors: whose troops, never where they are.
_ORGANISATIONS = frozenset({"NATO", "UN", "EU", "AU", "ECOWAS", "SADC"})


class Form(NamedTuple):
    code: str
    region: bool  # a region or city: a location, never an actor
    adjective: bool  # a demonym ("Russian", "russischen"): a location only beside a word such as "border"
    actor_only: bool = False  # an army, government, leader or armed group: never a location
    site: str | None = None  # the country troops named with it are in (a mission's host); None: no place


_LEADER_FORM = re.compile(r"-(?:led|backed)\Z")
# English demonyms; German and French ones are told apart by their lower-case initial.
_EN_DEMONYM = re.compile(r".*(?:an|ese|ish|i|ch|ic)(?:s|'s|’s)?\Z")


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


def _names_in_other_languages(actors: list[tuple[str, str, str]]) -> dict[str, set[str]]:
    """The capitalised words German and French list for each state: its names, capitals and regions."""
    out: dict[str, set[str]] = {}
    for code, lang, word in actors:
        if lang != "en" and not word.islower():
            out.setdefault(code, set()).add(_plain(word))
    return out


def _named_elsewhere(word: str, others: Iterable[str]) -> bool:
    """The word, or one letter from it ("Tehran" / "Teheran"), is a name in another language."""
    w = _plain(word)
    for o in others:
        if w == o:
            return True
        short, long_ = sorted((w, o), key=len)
        if (
            len(long_) - len(short) == 1
            and len(short) >= 5
            and any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
        ):
            return True
    return False


@dataclass(frozen=True, slots=True)
class Place:
    start: int
    end: int
    code: str
    region: bool
    adjective: bool
    actor_only: bool
    site: str | None = None  # the country it locates troops in; None when it names no place

    @property
    def can_be_location(self) -> bool:
        return self.site is not None

    @property
    def armed_group(self) -> bool:
        """A non-state armed group (HEZBOLLAH, ISIS ...): the owner of fighters, before any state named beside it."""
        return self.code in group_codes()


def _inflect(form: str, lang: str, capitalised: bool = False) -> list[str]:
    """Inflected forms; with `capitalised`, those of a lower-case adjective written at a sentence start."""
    lower = form[:1].islower()
    if lang == "en":
        forms = [form + e for e in _EN_ENDINGS]
    elif lang == "de":
        forms = [form + e for e in (_DE_ADJ_ENDINGS if lower else _DE_NAME_ENDINGS)]
        if not lower and (weak := _de_weak_name(form)) != form:
            forms.append(weak)  # "in der Demokratischen Republik Kongo", "aus den Vereinigten Staaten"
    else:
        forms = [form + e for e in _FR_ADJ_ENDINGS] if lower else [form]
    if capitalised:
        forms = [f[0].upper() + f[1:] for f in forms] if lower else []
    out = []
    for f in forms:
        out.append(f)
        if "’" in f or "'" in f:
            out += [f.replace("’", "'"), f.replace("'", "’")]
    return out


@cache
def reference_rows() -> list[dict[str, str]]:
    text = resources.files("news_etl.reference").joinpath("countries.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def _actor_entries(data: dict) -> list[tuple[str, str, str]]:
    return [
        (code, lang, word)
        for code, by_lang in data["actors"].items()
        for lang, words in by_lang.items()
        for word in words
    ]


def _named_forms(data: dict) -> Iterator[tuple[str, Form]]:
    """Missions, armies and leaders, armed groups, demonym nouns: the forms that win over all others."""
    for mission in data["missions"].values():
        for word in mission["names"]:
            yield word, Form(mission["actor"], False, False, mission["site"] is None, mission["site"])
    for section in ("organisations", "groups"):
        for code, by_lang in data[section].items():
            for lang, words in by_lang.items():
                for word in words:
                    for f in _inflect(word, lang) + _inflect(word, lang, capitalised=True):
                        yield f, Form(code, False, False, True)
    for code, words in data["demonym_nouns"].items():
        for word in words:
            yield word, Form(code, False, True, False, code)
    yield from _area_forms(data)


def _area_forms(data: dict) -> Iterator[tuple[str, Form]]:
    """A sea or a region of several countries: a place in no country, nobody's owner."""
    for words in data["areas"].values():
        for word in words:
            for f in _inflect(word, "de") if word[:1].isupper() else [word]:
                yield f, Form(AREA, True, False, False, None)


def _country_forms(data: dict) -> Iterator[tuple[str, Form]]:
    """Demonyms and aliases, then the CSV country names, then capitalised adjectives, then regions."""
    names = {row[f"name_{lang}"] for row in reference_rows() for lang in ("en", "de", "fr")}
    actors = _actor_entries(data)
    named = _names_in_other_languages(actors)
    for code, lang, word in actors:
        # A German or French adjective is all lower-case ("russe"); "bande de Gaza" is a name. An English word
        # with a demonym's ending is a name when German or French write it as one too ("Nairobi", "Tripoli",
        # "Abidjan", "Tehran" beside "Teheran"): "in Nairobi" puts troops there.
        adjective = (
            # "österreichweit", "deutschlandweit": the whole country as a place, not its adjective
            (word.islower() and not word.endswith("weit"))
            if lang != "en"
            else bool(_EN_DEMONYM.match(word)) and not _named_elsewhere(word, named.get(code, ()))
        )
        # "the Saudi-led coalition in Yemen", "Russian-backed separatists": who leads or backs, never where
        site = None if code in _ORGANISATIONS or _LEADER_FORM.search(word) else code
        for f in _inflect(word, lang):
            yield f, Form(code, False, adjective and word not in names, False, site)
    for row in reference_rows():
        for lang in ("en", "de", "fr"):
            for f in _inflect(row[f"name_{lang}"], lang):
                yield f, Form(row["code"], False, False, False, row["code"])
    # Capitalised adjectives come after the names: French "Syrien" must not shadow German "Syrien".
    for code, lang, word in actors:
        site = None if code in _ORGANISATIONS else code
        for f in _inflect(word, lang, capitalised=True):
            yield f, Form(code, False, word.islower(), False, site)
    for code, words in data["regions"].items():
        for word in words:
            for f in _inflect(word, "en"):
                yield f, Form(code, True, False, False, code)
    yield from _compass_compounds()
    yield from _compass_adjectives(actors)


# German writes a part of a country as one word ("Ostsyrien", "Westafghanistan", "Süd-Kongo", "Nordwestsyrien");
# the names of countries that are such compounds themselves (Südsudan, Nordkorea) come first and keep their code.
_DE_COMPASS_POINTS = ("Nord", "Süd", "Ost", "West", "Nordwest", "Nordost", "Südwest", "Südost")
_DE_COMPASS = (*_DE_COMPASS_POINTS, "Zentral")
# Adjectives whose compass compound names a continent's or another state's part, not a part of that country
# ("nordamerikanisch", "nordirisch").
_NO_COMPASS_ADJECTIVE = frozenset({"amerikanisch", "irisch"})


def _compass_adjectives(actors: list[tuple[str, str, str]]) -> Iterator[tuple[str, Form]]:
    """'im nordsyrischen Afrin', 'in der ostukrainischen Region': a part of the country, so a place in it,
    unlike the plain adjective, which names an owner. Country adjectives that are such compounds themselves
    (nordkoreanisch, südsudanesisch) come first and keep their own code."""
    for code, lang, word in actors:
        if lang != "de" or not word.islower() or code in _ORGANISATIONS or word in _NO_COMPASS_ADJECTIVE:
            continue
        for prefix in _DE_COMPASS_POINTS:
            for f in _inflect(prefix.lower() + word, "de"):
                yield f, Form(code, True, False, False, code)


def _compass_compounds() -> Iterator[tuple[str, Form]]:
    for row in reference_rows():
        name = row["name_de"]
        if row["kind"] != "country" or not re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+", name):
            continue
        for prefix in _DE_COMPASS:
            # the hyphen is written after one compass point ("Süd-Kongo"), hardly after two
            words = (
                (prefix + name.lower(), f"{prefix}-{name}") if len(prefix) <= 7 else (prefix + name.lower(),)
            )
            for word in words:
                for f in _inflect(word, "de"):
                    yield f, Form(row["code"], True, False, False, row["code"])


@cache
def place_forms() -> dict[str, Form]:
    """Every surface form and what it names; the first source to name a form wins."""
    forms: dict[str, Form] = {}
    # one object per meaning, shared by all its inflected forms: tens of thousands of equal tuples would only
    # weigh on every garbage collection of a long-running process
    meanings: dict[Form, Form] = {}
    data = places_data()
    for form, meaning in itertools.chain(_named_forms(data), _country_forms(data)):
        if form not in forms:
            forms[form] = meanings.setdefault(meaning, meaning)
    return forms


@cache
def french_people_shadowed() -> frozenset[str]:
    """French plural demonyms with a capital ("Italiens", "Syriens", "Indiens") that are also German genitives of
    a state's name ("Italiens" = of Italy): the name wins in the shared table, so French reads them here as people."""
    forms = place_forms()
    # "Philippines" is the state itself
    names = {row[f"name_{lang}"] for row in reference_rows() for lang in ("en", "fr")}
    out = set()
    for code, lang, word in _actor_entries(places_data()):
        if lang != "fr" or not word.islower():
            continue
        for f in _inflect(word, "fr", capitalised=True):
            form = forms.get(f)
            if (
                f.endswith("s")
                and " " not in f
                and f not in names
                and form is not None
                and form.code == code
                and not form.adjective
            ):
                out.add(f)
    return frozenset(out)


# Short names the CLDR list lacks, written as names of the state itself.
_STATE_SHORT_NAMES = frozenset({"US", "U.S.", "USA", "UK", "U.K.", "Britain", "America"})


@cache
def _country_names() -> frozenset[str]:
    names = {
        f
        for row in reference_rows()
        for lang in ("en", "de", "fr")
        for f in _inflect(row[f"name_{lang}"], lang)
    }
    return frozenset(names | _STATE_SHORT_NAMES)


def is_country_name(form: str) -> bool:
    """A state's own name ("Germany", "the United Kingdom"), not its capital nor a demonym."""
    return form in _country_names()


@cache
def mission_names() -> frozenset[str]:
    """Names of missions and operations (MINUSMA, FINUL, Barkhane): forces in themselves, whose members are troops."""
    return frozenset(name for mission in places_data()["missions"].values() for name in mission["names"])


@cache
def group_codes() -> frozenset[str]:
    return frozenset(places_data()["groups"])


def non_state_actor_codes() -> frozenset[str]:
    """Actor codes beyond ISO countries: international actors and armed groups (ANNOTATION.md)."""
    return _ORGANISATIONS | group_codes()


@cache
def place_pattern() -> re.Pattern[str]:
    # Case-sensitive on purpose: "US" is a country, "us" is not.
    # "US$168 billion" is money, not the United States.
    return re.compile(rf"(?<![\w]){literal_alternation(place_forms())}(?![\w$])")


# A place that names a ship ("die Fregatte «Sachsen»", "an Bord der «Bayern»", "la frégate Bretagne", "USS New
# York") or a newspaper ("The New York Times", "the Jerusalem Post") is neither where troops are nor whose.
_SHIP_WORDS = frozenset(
    {
        "fregatte",
        "korvette",
        "zerstörer",
        "kreuzer",
        "flugzeugträger",
        "frigate",
        "destroyer",
        "cruiser",
        "corvette",
        "carrier",
        "frégate",
        "croiseur",
        "porte-avions",
        "uss",
        "hms",
        "hmcs",
        "fgs",
        "fs",
    }
)
_ABOARD = ("an bord der", "an bord des", "à bord du", "à bord de la")
_NEWSPAPER_AFTER = re.compile(r"\s(?:Times|Post|Herald|Tribune|Journal|Gazette|Independent)(?![\w])")
# An English war's proper name ("in the Falklands War"): it names a war, not where troops are (a lower-case "the
# Ukraine war" and German "im Ukraine-Krieg", troops used in a war, are left to the place rules).
_WAR_NAME_AFTER = re.compile(r"\s+War(?![\w-])")


def _names_no_place(text: str, start: int, end: int) -> bool:
    # plain string tests: this runs for every place found, so no regex search over the words before it
    before = text[max(0, start - 25) : start].rstrip(" «„“\"'").lower()
    last = before.rsplit(None, 1)[-1] if before else ""
    if before.endswith("non-"):
        return True  # "among non-NATO countries", "non-EU states": the body is the one they are not part of
    if text.startswith(("Alliance", "alliance"), start) and _NAMED_ALLIANCE_BEFORE.search(
        text, max(0, start - 30), start
    ):
        return True  # "the Brotherhood Alliance", "the Northern Alliance": another alliance than NATO
    return last in _SHIP_WORDS or before.endswith(_ABOARD) or bool(_NEWSPAPER_AFTER.match(text, end))


# A capitalised name right before "Alliance" (not a sentence's first word after a full stop).
_NAMED_ALLIANCE_BEFORE = re.compile(r"(?<![.!?]\s)(?<!\A)(?<![\w-])(?!The\b|the\b)[A-Z][\w'’-]+\s+\Z")


def find_places(text: str, start: int, end: int) -> list[Place]:
    forms = place_forms()
    congo = _congo_of(text)
    out = []
    for m in place_pattern().finditer(text, start, end):
        if _names_no_place(text, m.start(), m.end()):
            continue
        form = forms[m.group()]
        if not form.adjective and _WAR_NAME_AFTER.match(text, m.end()):
            continue  # "in the Falklands War": a war's name (an adjective, "the Korean War", still names a side)
        code, site = form.code, form.site
        if code == "COD":
            code, site = congo, (congo if site == "COD" else site)
        out.append(Place(m.start(), m.end(), code, form.region, form.adjective, form.actor_only, site))
    return out


# "Congo", "congolais", "Congolese" name the larger Congo (COD) unless the passage names only the other one by its
# capital: "500 militaires congolais ... entre Brazzaville et Bangui" are the Republic of the Congo's.
_KINSHASA_NAMED = re.compile(
    r"Kinshasa|\bRDC\b|\bDRC\b|(?i:d[ée]mocratique)|(?i:democratic)|\bR\.?D\.?\s?Congo\b|\bDR\s?Congo\b|Kivu|Goma"
)


@lru_cache(maxsize=16)  # asked for every sentence of a passage: one look per passage
def _congo_of(text: str) -> str:
    return "COG" if "Brazzaville" in text and _KINSHASA_NAMED.search(text) is None else "COD"


_ARTICLES = r"(?:(?:the|der|die|den|dem|des|la|le|les|du)\s+|l['’]\s*)?"
# Words that open another clause: "sur place mais la France" puts nothing in France.
# ("under an accord reached between Paris and Bamako": one side of a pact, not where troops are)
_CLAUSE_WORD = r"(?:mais|but|aber|que|qui|dont|which|that|who|où|where|while|tandis|car|because|parce|denn|weil|dass|place|between|entre|zwischen)\b"
# "im Zentrum Malis", "im Herzen Syriens": the centre of a country, like its north.
_COMPASS = (
    r"(?:Nord|Sud|Süd|Ost|Est|Ouest|Centre|Zentral|Zentrum|Herzen|Mitte|Mittel|North|South|East|West|Northern|Southern|"
    # "in Osteuropa führt Deutschland": a continent's part is a place of its own, not a compass word before one
    r"Eastern|Western|Central)(?!(?i:europ|afri|asi|amerik|americ))"
)
# German nouns for a kind of place, written with a capital: "in das Nato-Partnerland Litauen", "im Nachbarstaat Mali".
_PLACE_KIND_NOUN = (
    r"(?=[A-ZÄÖÜ])(?i:[\w-]*(?:land|staat|stadt|region|provinz|gebiet|republik|insel|metropole|ortschaft|bezirk|"
    r"distrikt|emirat|königreich|hauptstadt|departement|departamento|kanton|oblast|gouvernement|"
    # plurals: "in mehreren Provinzen Afghanistans", "in den Grenzgebieten Malis"
    r"provinzen|regionen|gebieten|gebiete|staaten|bezirken|distrikten|städten|inseln|ortschaften|kantonen))"
)

# "in the Kingdom of Tonga", "en République du Congo": a state's title before its name.
# A post right before its place: "am Flughafen der Hauptstadt Mogadischu", "im Feldlager von Gao", "im
# Militärkomplex Tadschi" (not "auf einem Stützpunkt der von X geführten Koalition": whose post).
_POST_BEFORE_PLACE = (
    r"(?:(?=[A-ZÄÖÜ])(?i:[\w-]*(?:flughafen|stützpunkt|feldlager|basis|hauptquartier|komplex|fliegerhorst))\s+"
    r"(?:(?i:von|in|bei|nahe)\s+|(?i:der|des)\s+(?:[a-zäöü][\w-]*\s+)?(?i:hauptstadt)\s+)?)?"
)
_STATE_TITLE = (
    r"(?:Kingdom|Republic|Sultanate|Emirate|Principality|Grand Duchy|Royaume|République|Sultanat|Émirat|"
    r"Principauté)(?:\s+(?:of|du|de|de la|des|d['’]))?(?:\s+the)?"
)


@cache
def location_before(lang: str) -> re.Pattern[str]:
    """A location preposition (in, nach, en, vers ...) ending right before a place name."""
    preps = fragments_alternation(lexicon_data()[lang]["location_prepositions"])
    # Lower-case words ("dans le nord du"), or a compass word written with a capital ("au Nord du").
    return re.compile(
        rf"(?<![\w])(?i:{preps})(?:\s+|(?<=['’])){_ARTICLES}"
        rf"(?:(?!{_CLAUSE_WORD})[a-zäöüéèàâêç][\w'’-]*\s+|{_COMPASS}[\w-]*\s+|{_PLACE_KIND_NOUN}\s+|{_STATE_TITLE}\s+){{0,4}}"
        rf"{_POST_BEFORE_PLACE}\Z"
    )


@cache
def source_before(lang: str) -> re.Pattern[str]:
    """'according to', 'laut', 'selon' ending right before a place: a source, not a location."""
    preps = fragments_alternation(lexicon_data()[lang]["source_prepositions"])
    return re.compile(rf"(?<![\w])(?i:{preps})\s+{_ARTICLES}(?:[a-zäöüéèàâêç][\w-]*\s+){{0,2}}\Z")


# Nouns that turn a demonym into a place: "the Ukrainian border", "auf russischem Boden", "le sol russe".
# ("auf ukrainischer Seite" names a party to a war, not a place.)
LOCATION_NOUN_AFTER = re.compile(
    r"\s+(?i:border|frontier|soil|territory|territories|region|front|coast|waters|airspace|side|capital|city|"
    r"province|grenze|boden|territorium|gebiet|staatsgebiet|hoheitsgebiet|front|region|hauptstadt|stadt|"
    # a settlement of that country: "in a small Syrian village", "im afghanischen Dorf"
    r"provinz|desert|wüste|villages?|towns?|districts?|countryside|dorf|ortschaft|bezirk|landkreis)\b"
)
LOCATION_NOUN_BEFORE = re.compile(
    r"(?i:frontière|sol|territoire|région|front|côte|eaux|espace aérien|capitale|ville|province|banlieue|"
    r"désert|(?:diverses |plusieurs )?zones? du désert|villages?|localités?|communes?|départements?|préfectures?|"
    r"districts?)\s+\Z"
)


@cache
def origin_before(lang: str) -> re.Pattern[str]:
    preps = fragments_alternation(lexicon_data()[lang]["origin_prepositions"])
    # "withdrawing from northern Syria": a compass word may stand between.
    compass = r"(?:(?i:north|south|east|west|northern|southern|eastern|western|central)\w*\s+)?"
    # French elides "de" before a vowel: "le retrait de 3 000 soldats d'Irak"
    elided = r"|(?i:d)['’]\s*" if lang == "fr" else ""
    return re.compile(rf"(?<![\w])(?:(?i:{preps})\s+{_ARTICLES}{elided}){compass}\Z")


# Words after a demonym that make it describe a speaker, not the troops' owner ("Ukrainian President"); not the
# adverb "schätzungsweise" ("die Miliz schätzungsweise über 9.000 Bewaffnete verfügt": roughly).
SPEAKER_AFTER = re.compile(
    r"(?:\s+|-)(?i:president|präsident\w*|président\w*|prime minister|foreign minister|defen[cs]e minister|minister\w*|"
    r"ministr\w*|minist[eè]re|officials?|intelligence|spy|media|spokes\w*|sprecher\w*|geheimdienst\w*|"
    # "der ukrainische Militärgeheimdienst erklärte": a service named by a compound
    r"militärgeheimdienst\w*|nachrichtendienst\w*|"
    # "nach Berechnungen von US-Experten": researchers who estimate, not whose troops
    r"experten|analysten|denkfabrik\w*|"
    r"regierungssprecher\w*|renseignement\w*|porte-parole|responsables?|state media|news|agency|diplomat\w*|"
    r"generalstab\w*|general staff|état-major|außenminister\w*|verteidigungsminister\w*|behörden|authorities|"
    r"abgeordnete\w*|lawmakers?|legislators?|senators?|congress\w*|députée?s?|sénat\w*|zufolge|"
    r"journalist\w*|reporter\w*|sender|broadcaster|newspapers?|zeitung\w*|welle|presse-agentur|presseagentur|"
    r"nachrichtenagentur|press\s+agency|"
    r"autorités|leader|staatschef\w*|chef|angaben|darstellung\w*|schätzung(?!sweise)\w*|estimates?|sources?|quellen|kreisen|"
    r"regierungskreisen|militärkreisen)\b"
)


def compound_actor(noun: str) -> str | None:
    """Owner named inside a German compound or hyphenated noun: Bundeswehrsoldaten, US-Soldaten, Nato-Truppen."""
    prefixes: dict[str, str] = places_data()["compound_prefixes"]
    if "-" in noun:
        head = noun.split("-", 1)[0]
        found = place_forms().get(head)
        if found and not found.region:
            return found.code
        return prefixes.get(head.lower())
    m = _compound_prefix().match(noun)
    return prefixes[m.group().lower()] if m else None


@cache
def _compound_prefix() -> re.Pattern[str]:
    """Long prefixes only: "un" or "us" at the start of a plain word are no owners."""
    prefixes = [p for p in places_data()["compound_prefixes"] if len(p) >= 5]
    return re.compile(rf"(?i:{literal_alternation(prefixes)})")
