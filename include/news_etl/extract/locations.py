"""Where troops are: the place a troop count is located in, said near it or carried from the text around it.

A place is the count's location when the phrase puts the troops there ("Soldaten in Mali"), when it is the
country they left, the place the sentence refers back to, or the one place a report keeps to; places that
only name an owner, a speaker or where troops head home are not. These rules read the sentence's places
(context.py) and leave whose troops they are to owners.py.
"""

from __future__ import annotations

import re

from news_etl.extract.context import (
    _BORDERING_AFTER,
    _DIGIT,
    _LIST_JOINER,
    _NOT_INSIDE_AFTER,
    _SPEECH_AFTER,
    _SUBJECT_AFTER_COMMA,
    _TROOP_COMPOUND_AFTER,
    _TROOPS_RIGHT_AFTER,
    _Context,
    _Count,
    _Head,
    _left_from,
    _PlaceInfo,
    _spoke_before,
    at_border,
)
from news_etl.extract.places import LOCATION_NOUN_AFTER, SPEAKER_AFTER, Place, is_country_name, mission_names
from news_etl.records import Mention

_AGENT_BEFORE = re.compile(r"(?<![\w])(?i:par|by|durch|von)\s+(?:(?i:la|le|les|l['’]|the|die|der|den)\s*)?\Z")
# Words that refer back to a country named before.
_THERE = re.compile(
    r"(?<![\w])(?i:there|dort|dorthin|vor ort|(?<!il )y(?! a\b| avait\b| compris\b)|là-bas|sur place|in the country|from the country|"
    r"in the war-torn country|of the country|into the country|to the country|des landes|"
    # "in the north of the enclave": the territory named before ("Gaza")
    r"in the enclave|of the enclave|into the enclave|across the enclave|"
    r"im land|aus dem land|dans le pays|du pays|hors du pays|à travers le pays|dans tout le pays|across the country|"
    r"throughout the country|im ganzen land|"
    # the country troops leave, named before: "font leurs adieux au pays", "left the country", "das Land verlassen"
    r"(?:quitt\w*|adieux)\s+(?:le|au)\s+pays|(?:leav\w*|left|exit\w*|depart\w*)\s+the\s+country|"
    r"das\s+land\s+(?:zu\s+)?verl[aä]\w*|verl(?:a|ä|ie)\w*\s+das\s+land)(?![\w])"
)
# The speaker's or the subject's own country, or one named before: "in seinem Land", "in dem südosteuropäischen
# Land", "on its soil", "sur son sol"; its adjective ("the Estonian minister said ... in his country") may be the
# speaker's own
_SPEAKERS_LAND = re.compile(
    r"(?<![\w])(?i:in\s+(?:seinem|ihrem|diesem|dem)\s+(?:[a-zäöüß]+en\s+)?land|"
    r"auf\s+(?:seinem|ihrem)\s+(?:boden|territorium|staatsgebiet)|"
    r"in\s+(?:his|her|their)\s+country|on\s+(?:its|their)\s+(?:soil|territory)|"
    r"dans\s+(?:son|leur)\s+pays|sur\s+(?:son|leur)\s+(?:sol|territoire))(?![\w])"
)
# Types whose troops are somewhere: a count of them with no place may take the sentence before's.
_PLACED_TYPES = frozenset({"deployment", "withdrawal", "casualties"})


def _location(
    ctx: _Context,
    index: int,
    start: int,
    noun_end: int,
    leaving: bool,
    end: int | None = None,
    count_start: int | None = None,
) -> str | None:
    """Where the troops are: a place inside the phrase ("10.000 in Deutschland stationierte Soldaten"), after
    the noun, or before the count. A list of countries ("au Niger, au Mali et au Tchad") names no one place."""
    places = ctx.places(index)
    if where := _where_place(ctx, places, start if count_start is None else count_start):
        return where
    if leaving and (left := _left_country(ctx, index, start, noun_end if end is None else end)):
        return left
    for info in places:
        inside = start <= info.place.start < noun_end and info.location
        after = noun_end <= info.place.start <= noun_end + LOCATION_REACH and info.place.can_be_location
        if after and _said_there(ctx, info):
            continue  # "..., 13 seien verletzt worden, teilte die UNO in New York mit": where it was announced
        if after and at_border(ctx.text, max(0, info.place.start - 60), info.place):
            if _ITS_BORDER_BEFORE.search(ctx.text, max(0, info.place.start - 40), info.place.start):
                # "Turkey will send 5,000 troops to guard its border with Syria": its own side
                return _state_before(places, start)
            if info.place.adjective and (named := _named_place_after(ctx, places, info, noun_end)):
                return named  # "ambushed near the Iraqi border in Hasakah province"
            break  # "troops near Finland's border and vowed never to admit Helsinki": placed at the border
        if after and (
            _COUNT_BETWEEN.search(ctx.text, noun_end, info.place.start)
            # "600 aus Spanien, in Estland 300": a place right before another number is that count's
            or _other_number_after(ctx.text, info.place.end, start if count_start is None else count_start)
            or _CONTRAST.search(ctx.text, noun_end, info.place.start)
            or _AMID.search(ctx.text, noun_end, info.place.start)
            or _referred_then_count(ctx.text, noun_end, info.place.start)
        ):
            break  # "2 300 militaires ..., 350 au Sénégal", "..., but the next one in Norway": another's place
        if inside or (after and (info.location or (leaving and _left_from(ctx, info, noun_end)))):
            if after and info.place.adjective and (named := _named_place_after(ctx, places, info, noun_end)):
                return named  # "escorting a convoy were killed in South Waziristan"
            return None if _in_list(ctx, places, info.place) else info.place.site
    # "says it will not attack Finland but has moved 20,000 troops close to Finland's border": the count's own
    # phrase puts them outside that country, whatever the clause before said of it
    at_its_border = {
        i.place.site
        for i in places
        if noun_end <= i.place.start <= noun_end + LOCATION_REACH
        and at_border(ctx.text, max(0, i.place.start - 60), i.place)
    }
    before = [
        i.place
        for i in places
        if i.location
        and i.place.end <= start
        and i.place.site not in at_its_border
        and not _AMID_BEFORE.search(ctx.text, max(0, i.place.start - 140), i.place.start)
    ]
    if before and not _in_list(ctx, places, before[-1]):
        return _inside_of_border(ctx, before)
    return _heading_place(ctx, index, places, start if count_start is None else count_start)


def _inside_of_border(ctx: _Context, before: list[Place]) -> str | None:
    """The last place before the count, unless it only names the neighbour at whose border the place named right
    before it lies: "in der Provinz X an der Grenze zum Irak", "in the district of X on the border with Iraq"."""
    last = before[-1]
    if (
        len(before) > 1
        and last.start - before[-2].end < 40
        and at_border(ctx.text, max(0, last.start - 30), last)
        and not _CLAUSE_END.search(ctx.text, before[-2].end, last.start)
    ):
        return before[-2].site
    return last.site


_CLAUSE_END = re.compile(r"[.;:!?]")


# The place of an announcement: "teilten ... am Mittwoch in New York mit", "said in Brussels".
_ANNOUNCED_PARTICLE_AFTER = re.compile(r"\s+(?i:mit)(?=\s*[,.;:]|\s*$)")


def _said_there(ctx: _Context, info: _PlaceInfo) -> bool:
    p = info.place
    if ctx.lang == "de" and _ANNOUNCED_PARTICLE_AFTER.match(ctx.text, p.end):
        return True
    return _spoke_before(ctx.text, max(0, p.start - 60), p.start)


# "staying in Jordan — where there are about 700 of its soldiers — and ...", "au Tchad, où un millier de
# soldats": a relative clause on the place right before it counts the troops there, whatever the main clause
# names after it
_WHERE_GAP = re.compile(
    r"\s*[,—–-]?\s*(?i:where|où|wo)\s+(?:(?i:there\s+(?:are|were|is|was|will\s+be|have\s+been)|il\s+y\s+a|"
    r"se\s+trouvent|sind|waren)\s+)?(?:(?i:now|still|currently|encore|toujours|derzeit|noch)\s+)?"
    r"(?:(?i:another|a\s+further|weitere|d['’]autres)\s+)?"
)


def _where_place(ctx: _Context, places: list[_PlaceInfo], start: int) -> str | None:
    near = ctx.text[max(0, start - 40) : start].lower()
    if "where" not in near and "où" not in near and "wo " not in near:
        return None  # (most counts: no relative clause before them)
    for info in reversed(places):
        p = info.place
        if p.end > start:
            continue
        if _WHERE_GAP.fullmatch(ctx.text, p.end, start) and p.can_be_location and not p.adjective and p.site:
            if at_border(ctx.text, max(0, p.start - 60), p):
                # "along Kenya's long frontier with Somalia, where ...": the side whose border it is, if named
                owner = _BORDER_OWNER_BEFORE.search(ctx.text, max(0, p.start - 60), p.start)
                return _owner_site(places, owner.start("owner")) if owner else None
            return p.site
        return None  # only the place right before the count's relative clause
    return None


# "Kenya's long frontier with": the state the border belongs to
_BORDER_OWNER_BEFORE = re.compile(
    r"(?P<owner>)[\w-]+(?:['’]s)\s+(?:[\w-]+\s+){0,2}(?i:borders?|frontiers?)\s+(?i:with)\s+"
    r"(?:(?i:the)\s+)?\Z"
)


def _owner_site(places: list[_PlaceInfo], at: int) -> str | None:
    return next((i.place.site for i in places if i.place.start == at and not i.place.adjective), None)


_ITS_BORDER_BEFORE = re.compile(
    r"(?<![\w])(?i:its|their|seiner|ihrer|sa|leur|leurs)\s+(?i:own\s+|eigenen\s+|propres?\s+)?"
    r"(?i:borders?|frontiers?|grenzen?|frontières?)\s+(?i:with|mit|avec)\s+(?:(?i:the|le|la|l['’]|dem|der)\s*)?\Z"
)


def _state_before(places: list[_PlaceInfo], start: int) -> str | None:
    """The one state named before the count in its sentence (the subject whose border it is)."""
    states = {
        i.place.site
        for i in places
        if i.place.end <= start
        and i.place.site
        and i.place.code == i.place.site
        and not i.place.region
        and not i.in_dateline
    }
    return states.pop() if len(states) == 1 else None


# English lists of deployments: "Germany (around 34,900 troops), Italy (12,300 troops)", a country with its
# count in brackets; "Lithuania: About 1,200 troops ...", a country heading the lines about it. (German and
# French lists of that shape rank armies and losses by owner: "hinter den USA (1,3 Millionen Soldaten)".)
_BRACKET_BEFORE_COUNT = re.compile(r"\s*\(\s*\Z")
_HEADING_AFTER = re.compile(r"\s*:\s")
_SUBJECT_OPENING = re.compile(
    r"\s*(?:(?i:the)\s+)?(?P<name>[A-Z][^(),.;:]{0,40}?)\s*\(\s*"
    r"(?:(?i:about|around|roughly|some|nearly|approximately|over|more than|almost|just over)\s+)?\d"
)


def _heading_place(ctx: _Context, index: int, places: list[_PlaceInfo], start: int) -> str | None:
    if ctx.lang != "en":
        return None
    sentence_start = ctx.sentences.spans[index][0]
    for info in places:
        p = info.place
        # a country's own name, not a capital heading a dateline ("Seoul: An estimated 4,700 ...")
        if (
            p.site is None
            or p.adjective
            or p.region
            or p.end > start
            or not is_country_name(ctx.text[p.start : p.end])
        ):
            continue
        if _BRACKET_BEFORE_COUNT.fullmatch(ctx.text, p.end, start):
            # "Norway (300 soldiers) and Spain (about 450 soldiers) will bring theirs home": countries opening
            # the sentence with their counts are the subjects that own the troops, not where they are
            opening = _SUBJECT_OPENING.match(ctx.text, sentence_start)
            return None if opening and is_country_name(opening.group("name")) else p.site
        if (
            not ctx.text[sentence_start : p.start].strip()
            and _HEADING_AFTER.match(ctx.text, p.end)
            and not _DIGIT.search(ctx.text, p.end, start)
        ):
            return p.site
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
    if left := _withdrawal_from_before(ctx, places, start):
        return left
    for info in places:
        p = info.place
        # "flew home after a tour in Chad", "revenus d'un mandat au Liban":
        # the post they served at is the country left, further on in the clause
        served = _SERVED_IN_BEFORE.search(ctx.text, max(start, p.start - 50), p.start) is not None and bool(
            _GOING_HOME.search(ctx.text, start, p.start)
        )
        if (
            served
            and p.start <= start + 2 * _LEAVE_REACH
            and not p.adjective
            and not _in_list(ctx, places, p)
        ):
            if _OTHER_CLAUSE.search(ctx.text, end, p.start):
                break
            return p.site
        if (
            p.start < start
            or p.start > start + _LEAVE_REACH
            or not p.can_be_location
            or p.actor_only
            or p.adjective
            # "réduit peu après l'invasion de l'Irak": the country invaded dates the count, nobody leaves it
            or _INVADED_BEFORE.search(ctx.text, max(0, p.start - 30), p.start)
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


# "the withdrawal from Norway of about 900 troops", "le retrait du Tchad de près de mille soldats", "der
# Abzug aus Mali von rund 1.100 Soldaten": the country named with the pull-out, right before its count
_WITHDRAWAL_FROM_BEFORE = re.compile(
    r"(?<![\w])(?i:withdrawal|pull-?out|drawdown|departure|retrait|départ|désengagement|abzug|rückzug|teilabzug)"
    r"\s+(?i:from|out\s+of|de|du|des|d['’]|aus|vom)\s*(?:(?i:the|la|le|l['’]|dem|der)\s*)?\Z"
)
_WITHDRAWAL_GAP = re.compile(
    r"\s+(?i:of|de|d['’]|von)\s+(?:(?i:the|its|their|ses|leurs|des|der|seiner|ihrer)\s+)?\Z"
)


def _withdrawal_from_before(ctx: _Context, places: list[_PlaceInfo], start: int) -> str | None:
    before = [i.place for i in places if i.place.end <= start]
    if not before:
        return None
    p = before[-1]
    if p.adjective or not p.site or not _WITHDRAWAL_GAP.fullmatch(ctx.text, p.end, start):
        return None
    if not _WITHDRAWAL_FROM_BEFORE.search(ctx.text, max(0, p.start - 30), p.start):
        return None
    return p.site


def _in_list(ctx: _Context, places: list[_PlaceInfo], place: Place) -> bool:
    """A place joined by a comma or 'and' to another country: one of several locations."""
    mine = next((i for i in places if i.place is place), None)
    for info in places:
        other = info.place
        if mine is not None and info.origin != mine.origin:
            continue  # "700 Soldaten aus Kanada, in Lettland 400": where some come from, then where others are
        owner = ctx.text.endswith(("'s", "’s"), other.start, other.end) or _NOT_INSIDE_AFTER.match(
            ctx.text, other.end
        )
        if other.site in (None, place.site) or owner:
            continue  # "in the Kursk region, Ukraine's top general said": an owner, not a second place
        later = other if other.start > place.start else place
        if other.adjective != place.adjective and not LOCATION_NOUN_AFTER.match(ctx.text, later.end):
            continue  # "a post in Mali, Chadian officers said": a name, then an owner's adjective
        first, second = (place, other) if place.start < other.start else (other, place)
        if _SUBJECT_AFTER_COMMA.fullmatch(ctx.text, first.end, second.start) and not info.location:
            continue  # "en Estonie, la France participe": the subject of the next clause
        if 0 < second.start - first.end <= 20 and _LIST_JOINER.fullmatch(ctx.text, first.end, second.start):
            return True
    return False


def _referred_location(ctx: _Context, index: int, c: _Count, actor: str | None) -> str | None:
    """'there', 'dort', 'dans le pays': the country named last before, other than the troops' own."""
    s, e = ctx.sentences.spans[index]
    there = _THERE.search(ctx.text, s, e) or _SPEAKERS_LAND.search(ctx.text, s, e)
    if not there:
        return None
    speakers_land = bool(_SPEAKERS_LAND.fullmatch(there.group()))
    for i in (index, index - 1) if index > 0 else (index,):
        # Not an agent: "lancée par la France pour aider les 5 000 militaires ... sur place".
        named = [
            info.place.site
            for info in ctx.places(i)
            if info.place.site
            # the troops' own country is not meant ("French troops ... there"), but a region of it is: "Gefechte im
            # Gebiet Belgorod. Russland habe dort N Soldaten verloren" (losses at home)
            and (info.place.site != actor or info.place.region)
            and (i < index or info.place.end <= c.start)
            and not _AGENT_BEFORE.search(ctx.text, max(0, info.place.start - 12), info.place.start)
            # "übergeben an die US-Truppen": a state joined to its troop noun owns troops, it is no place
            and not _TROOP_COMPOUND_AFTER.match(ctx.text, info.place.end)
            # "300 UK troops ...; the first wave of troops from Britain": an owner or where troops come from is not
            # the country meant (unless they are pulled out of it: "forces from Syria")
            and not (
                not info.place.region
                and (
                    _TROOPS_RIGHT_AFTER.match(ctx.text, info.place.end)
                    or _TROOPS_FROM_BEFORE.search(ctx.text, max(0, info.place.start - 40), info.place.start)
                )
                and not _PULLED_OUT_BEFORE.search(
                    ctx.text, max(0, info.place.start - 80), info.place.end + 40
                )
            )
            # "so der finnische Nachrichtendienst, dort seien ...": who speaks, not the place meant
            and not (
                info.place.adjective and SPEAKER_AFTER.match(ctx.text, info.place.end) and not speakers_land
            )
        ]
        if named:
            last = next(info for info in reversed(ctx.places(i)) if info.place.site == named[-1])
            # "its forces in Mali, Niger and Chad. ... 3,000 of them serve there": a list of countries names no
            # one place to refer back to
            return None if _in_list(ctx, ctx.places(i), last.place) else named[-1]
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


# A withdrawal word around "forces from X" ("Truppen aus Mali abgezogen"): the country left.
_PULLED_OUT_BEFORE = re.compile(
    r"(?<![\w])(?i:withdr\w*|pull\w*|remov\w*|evacu\w*|évacu\w*|retir\w*|retrait|abzug|abzieh\w*|abgezogen|"
    r"rückzug|zurückgezogen)(?![\w])"
)
# Troops named with where they come from: "troops from Britain", "Soldaten aus Deutschland", "soldats venus du Tchad".
_TROOPS_FROM_BEFORE = re.compile(
    r"(?<![\w])(?i:troops|soldiers|forces|personnel|peacekeepers|contingents?|soldat\w*|truppen|kräfte|militaires|"
    r"troupes|casques\s+bleus)\s+(?i:from|aus|venus?\s+d[eu]s?|venus?\s+d['’]|venant\s+d[eu]s?|venant\s+d['’])\s*"
    r"(?:(?i:the|dem|der|den|la|le|les|l['’])\s*)?\Z"
)


# A part of the country the sentence is about: "in the northeast of the country", "im Norden des Landes".
_PART_OF_COUNTRY = re.compile(
    r"(?<![\w])(?i:(?:north|south|east|west|centre|center|north-?east|north-?west|south-?east|south-?west|"
    r"nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest|norden|süden|osten|westen|nordosten|"
    r"nordwesten|südosten|südwesten|zentrum|rest|parts?|regions?|provinces?)\s+(?:of the country|du pays|des landes))"
)


# (not a year, "in Somalia 1993/94", nor a unit's ordinal, "the US 173rd Airborne Brigade"; a hedge may stand
# between: "in Lettland rund 400", "in Latvia another 400")
_NUMBER_RIGHT_AFTER = re.compile(
    # "die Mission in Mali (MINUSMA) mit bis zu 15": a bracketed name and "mit" before the other count
    r"(?:\s*\([^()\d]{1,30}\))?(?:\s+(?i:mit|with|avec))?"
    r"\s+(?:(?i:rund|etwa|knapp|fast|über|mindestens|weitere|nochmals|circa|ca\.|about|some|around|nearly|over|"
    # "in Libyen zwei Soldaten, in Mali mehr als 1000": a qualifier before the other count
    r"another|at least|environ|quelque|près de|plus de|encore|mehr als|bis zu|gut|more than|up to|as many as|"
    r"moins de|jusqu['’]à)\s+)?"
    r"(?!(?:1[89]|20)\d\d(?![\d.,]))\d[\d.,’']*(?![\w/])"
)


def _referred_then_count(text: str, noun_end: int, place_start: int) -> bool:
    """'500 Soldaten in dem Land und 100 im angrenzenden Niger', '300 troops there and 200 in Chad': the count
    is placed by a word referring back, the place after the next count is that count's."""
    gap = text[noun_end:place_start]
    if not any(ch.isdigit() for ch in gap):
        return False
    there = _THERE.search(gap) or _SPEAKERS_LAND.search(gap)
    return there is not None and any(ch.isdigit() for ch in gap[there.end() :])


def _other_number_after(text: str, pos: int, start: int) -> bool:
    """A number right after the place that is not this count itself (a count with no noun of its own, "in
    Estland mehr als 200", reads its place after the noun it borrows)."""
    m = _NUMBER_RIGHT_AFTER.match(text, pos)
    return m is not None and not (m.start() <= start < m.end())


# A place further than this after the noun belongs to another clause ("... amid an escalation in Gaza").
LOCATION_REACH = 100
# Another count after a comma: the places after it are its own ("350 au Sénégal, un millier en Côte d'Ivoire").
_COUNT_BETWEEN = re.compile(
    # "4 600 militaires déployés dans la bande sahélienne dont 2 400 au Mali": a share's place, not the whole's;
    # a share set off by commas ("2.000 Soldaten, darunter 300 Reservisten, wurden nach Rumänien verlegt") leaves
    # the place after it to the whole
    r"(?:[,;]\s+|(?:\s(?i:dont|darunter|davon|wovon|including|of whom)|\s[–—](?:\s+(?i:allein|davon))?)\s+"
    r"(?=(?:[^,;()\[\]–—]|,(?=\d))*\Z))"
    # ("180.000 Soldaten, davon 2.500 in Litauen", "– allein 3.000 davon in Mali": a share with no comma closing it)
    r"(?:(?i:and|et|und|sowie|while|alors que|allein|auch)\s+)?(?:(?i:un|une|about|some|environ|rund|etwa)\s+)?"
    # "..., 5th Marine Regiment": an ordinal names a unit, not another count
    r"(?:\d(?!\d*(?:st|nd|rd|th|e|er|ème)(?![\w]))|(?i:un millier|une centaine|hundreds|thousands|des centaines|"
    r"des milliers)\b)"
)


def _far_location(ctx: _Context, index: int, noun_end: int, strict: bool) -> str | None:
    """'Deux soldats ont été tués dans l'explosion d'une mine ..., près d'Indelimane, dans le nord-est du Mali':
    a place further in the count's sentence, when it is the one country the sentence puts anyone in and no
    other count stands between."""
    places = ctx.places(index)
    if any(
        noun_end <= i.place.start <= noun_end + LOCATION_REACH
        and at_border(ctx.text, max(0, i.place.start - 60), i.place)
        for i in places
    ):
        return None  # placed at a border by the count's own phrase: a place further on is not theirs
    located = [
        i
        for i in places
        if i.location
        and i.place.start >= noun_end
        and not i.place.adjective  # "from the Chinese side": a party, not a place
        and not _FAR_NOT_PLACE.search(ctx.text, max(noun_end, i.place.start - 40), i.place.start)
        and not _SPEECH_AFTER.match(ctx.text, i.place.end)  # "wie Esper in Washington erklärte"
        # "a déclaré ... lors d'un point de presse à Bunia, en Ituri": where one speaks
        and not _spoken_at(ctx, places, i)
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


def _spoken_at(ctx: _Context, places: list[_PlaceInfo], info: _PlaceInfo) -> bool:
    """A place where a statement was made, or one that only locates that place ("à Bunia, en Ituri")."""
    if _spoke_before(ctx.text, max(0, info.place.start - 60), info.place.start):
        return True
    before = [i for i in places if i.place.end <= info.place.start]
    return bool(
        before
        and _APPOSED_PLACE_GAP.fullmatch(ctx.text, before[-1].place.end, info.place.start)
        and _spoke_before(ctx.text, max(0, before[-1].place.start - 60), before[-1].place.start)
    )


# ", au Nord-Kivu", ", in Kent": a region that locates the place right before it
_APPOSED_PLACE_GAP = re.compile(r",\s+(?i:au|en|dans\s+le|dans\s+la|in|im|in\s+der)\s+")


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
# (a date is no count: "dans la nuit du lundi 3 au mardi 4 mars", "ce jeudi 9 juin", "on 14 June")
_DIGIT_COUNT = re.compile(
    r"(?<![\w.,])\d{2,}(?:[.,\s]\d{3})*\s+(?!\d)"
    r"(?!(?i:au|bis|to|et|and|und|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    r"novembre|décembre|decembre|january|february|march|april|may|june|july|august|september|october|november|"
    r"december|januar|februar|märz|juni|juli|oktober|dezember)\b)(?i:[a-zäöüéèàâêç]+)"
)


def _place_right_after(ctx: _Context, index: int, end: int) -> str | None:
    """'..., un millier en Côte d'Ivoire, 300 au Gabon': the place right after a bare count is its own."""
    places = ctx.places(index)
    for info in places:
        if end <= info.place.start <= end + 25 and info.location and not _in_list(ctx, places, info.place):
            if _COUNT_BETWEEN.search(ctx.text, end, info.place.start) or _back_home_to(ctx, info.place):
                return None  # (", 600 will return to Britain": home, not their post; the noun's place holds)
            return info.place.site
    return None


_LEAVE_REACH = 120
_INVADED_BEFORE = re.compile(
    r"(?<![\w])(?i:invasion|einmarsch(?:es)?|überfall(?:s|es)?)\s+(?i:of|de|du|d['’]|in|auf|der|des)\s*"
    r"(?:(?i:the|la|le|l['’]|die|den)\s*)?\Z"
)
_SERVED_IN_BEFORE = re.compile(
    r"(?<![\w])(?i:deployments?|tours?(?:\s+of\s+duty)?|rotations?|missions?|postings?|einsatz\w*|auslandseinsatz\w*|"
    r"déploiements?|séjours?|mandats?)\s+(?i:to|in|at|im|in\s+der|nach|au|aux|en|à|dans)\s+"
    r"(?:(?i:the|le|la|les|der|die|den|dem)\s+|(?i:l)['’]\s*)?\Z"
)
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
            if p.site is None:
                continue
            mission = ctx.text[p.start : p.end] in mission_names()  # "opération Sentinelle": at home
            if not (p.region or p.site != p.code or mission):
                continue
            if (
                info.in_dateline
                or ((info.as_source or _spoken_at(ctx, places, info)) and not mission)
                or _opens_text(ctx, p)
            ):
                # "Vilnius (AFP) -", "New York – Bei ...": where the story was filed; "since the attack on X": a
                # date, not a place
                continue
            if _between_places(ctx, info) or _in_person_name(ctx.text, p):
                # "une embuscade entre X et Y": a stretch of road, not one town's; "ein Kommandeur ..., Aden Yusuf
                # Warsame, sagte": a man's name, not the town
                continue
            if info.home or _back_home_to(ctx, p):
                continue  # a home port or base troops set out from or came back to
            if _BORDER_NOTE_AFTER.match(ctx.text, p.end) or _IN_BORDER_NOTE.search(
                ctx.text, max(0, p.start - 40), p.start
            ):
                continue  # "entre X et Y (frontière Mali-Niger)": a stretch of border, in neither country
            if ctx.lang == "de" and _BORDERING_AFTER.match(ctx.text, p.end):
                continue  # "das an Kaliningrad grenzende Land": the neighbour of the place meant
            if not _in_list(ctx, places, p):
                return p.site
        if places and i < index:
            break  # a sentence naming other places stands between: the town two sentences back is not meant
    return None


# A town's name that is a person's: after a title ("Scheich Gao Nuur"), or a name of three words set off by
# commas (", Aden Yusuf Warsame,").
_NAME_TITLE_BEFORE = re.compile(
    r"(?<![\w])(?i:sheikh|scheich|cheikh|imam|mullah|mollah|emir|general|général|colonel|oberst|major)\.?\s+\Z"
)
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w])")
_APPOSED_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]+\s+[A-Z][a-z]+\s*,")
_PLACE_KIND_WORD = re.compile(
    r"\s+(?:Province|District|Region|City|Valley|State|Governorate|Provinz|Region|Bezirk|Oblast|Airport|Base)\b"
)


def _in_person_name(text: str, p: Place) -> bool:
    if _PLACE_KIND_WORD.match(text, p.end):
        return False
    if _NAME_TITLE_BEFORE.search(text, max(0, p.start - 12), p.start):
        return _NAME_AFTER.match(text, p.end) is not None
    return text.endswith(", ", 0, p.start) and _APPOSED_NAME_AFTER.match(text, p.end) is not None


# A town alone before a spaced dash at the very start of a text: the dateline of the story.
_OPENING_DASH_AFTER = re.compile(r"\s[—–]\s")
_BETWEEN_BEFORE = re.compile(r"(?<![\w])(?i:entre|between|zwischen)\s+\Z")


def _opens_text(ctx: _Context, p: Place) -> bool:
    return not ctx.text[: p.start].strip() and _OPENING_DASH_AFTER.match(ctx.text, p.end) is not None


def _between_places(ctx: _Context, info: _PlaceInfo) -> bool:
    first = info.listed_after or info
    return _BETWEEN_BEFORE.search(ctx.text, max(0, first.place.start - 10), first.place.start) is not None


_BORDER_NOTE_AFTER = re.compile(r"[^().;]{0,40}\(\s*(?i:frontière|border|grenze)")
_IN_BORDER_NOTE = re.compile(r"\(\s*(?i:frontière|border|grenze)[^()]*\Z")


def _carried_location(
    ctx: _Context,
    index: int,
    leaving: bool = False,
    back: int = 2,
    owner: str | None = None,
    placed: bool = False,
) -> str | None:
    """The one country the sentence before places troops in ("... sent to Poland. The 3,000 soldiers will ...");
    used once the type is known, so that it never turns a force's size into a deployment abroad. A drawdown
    also carries the country left ("withdraw US troops from Iraq. ... troop levels from 5,200 to 3,500"), from
    the nearest earlier sentence that names any place."""
    for i in range(index - 1, max(-1, index - (back + 1 if leaving else 3)), -1):
        places = ctx.places(i)
        if (
            not leaving
            and i < index - 1
            and (not placed or ctx.places(index - 1))
            and not _names_only_parties(ctx, index - 1)
        ):
            break  # only troops sent look past a sentence, and only past one that names no place
        sites = {
            info.place.site
            for info in places
            if (info.location or (leaving and info.origin and info.place.code == info.place.site))
            and info.place.site
            and not _in_list(ctx, places, info.place)
            # "Der Tender kehrte nach Kiel zurück. Mit ihm kamen 90 Matrosen an": home, not a post
            # (but "das Kontingent ist zurück im Kosovo": back at a post)
            and not (
                _back_home_to(ctx, info.place)
                and not _BACK_IN_BEFORE.search(ctx.text, max(0, info.place.start - 20), info.place.start)
            )
        }
        if (
            not sites
            and owner is not None
            and i == index - 1
            and index >= 2
            and any(info.place.site == owner for info in places)
            and all(owner in (info.place.code, info.place.site) and not info.location for info in places)
        ):
            # "... 455 soldats en Lettonie. L'engagement du Canada a été renouvelé. Le contingent passera à 540":
            # a sentence naming only whose troops they are says nowhere else; look one further back
            return _carried_location(ctx, index - 1, leaving, back)
        if sites or (any(not info.place.actor_only for info in places) and not _names_only_parties(ctx, i)):
            return sites.pop() if len(sites) == 1 else None
    return None


_FROM_OR_OUT_OF = re.compile(r"(?<![\w])(?i:from|out\s+of)\s+(?:(?i:the)\s+)?\Z")


# "died since the invasion of Ukraine", "lost in the incursion into Lebanon": the land invaded ("since the start of
# the war in Gaza" dates a running toll and places it nowhere)
_WAR_IN_BEFORE = re.compile(r"(?<![\w])(?i:invasion|incursion)\s+(?i:of|in|on|into)\s+(?:(?i:the)\s+)?\Z")


_UNNAMED_AREA = re.compile(
    r"(?<![\w])(?i:in|on)\s+the\s+(?i:north|south|east|west|north-?east|north-?west|south-?east|south-?west|"
    r"border|front(?:\s+line)?)(?![\w-])(?!\s+(?i:of)\b)"
)


def _war_place(ctx: _Context, index: int, actor: str | None) -> str | None:
    """Losses counted since or in an invasion of a land the sentence names, placed nowhere else, are that land's."""
    s, e = ctx.sentences.spans[index]
    if _UNNAMED_AREA.search(ctx.text, s, e):
        return None  # "wounded in the north": somewhere the sentence does not name, maybe at home
    places = ctx.places(index)
    sites = {
        info.place.site
        for info in places
        if info.place.site
        and info.place.site != actor
        and not info.place.adjective
        and _WAR_IN_BEFORE.search(ctx.text, max(0, info.place.start - 40), info.place.start)
        and not _in_list(ctx, places, info.place)  # "fighting in Iraq and Syria": no one land
    }
    return sites.pop() if len(sites) == 1 else None


# "brigades would also leave Iraq by July, reducing the troops to 130,000": the country a verb of leaving takes
_LEAVE_VERB_BEFORE = re.compile(
    r"(?<![\w])(?i:leave|leaves|leaving|left|quit|quits|quitting|exit|exits|exited|exiting)\s+(?:(?i:the)\s+)?\Z"
)


def _left_before(ctx: _Context, index: int, start: int, actor: str | None) -> str | None:
    """The country a drawdown leaves, named earlier in the count's own sentence ("the pull-out from Mali will take
    the force from 900 to 300"): the last place before the count, after "from"."""
    # (the troops' own demonym between the country and the count, "leave Iraq ... the U.S. troops", is skipped)
    before = [
        info
        for info in ctx.places(index)
        if info.place.end <= start
        and not (
            (info.place.adjective or (actor is not None and info.place.site == actor))
            and not _FROM_OR_OUT_OF.search(ctx.text, max(0, info.place.start - 20), info.place.start)
        )
    ]
    if ctx.lang != "en" or not before:
        return None  # (German "von" is "by" as often as "from")
    last = before[-1]
    p = last.place
    if (
        not (
            _FROM_OR_OUT_OF.search(ctx.text, max(0, p.start - 20), p.start)
            or _LEAVE_VERB_BEFORE.search(ctx.text, max(0, p.start - 20), p.start)
        )
        or p.adjective
        or p.site is None
        or p.site == actor  # "US troops from America": whose they are
        or p.code != p.site
        or _in_list(ctx, ctx.places(index), p)
    ):
        return None
    return p.site


def _names_only_parties(ctx: _Context, index: int) -> bool:
    """The sentence names its countries only by demonyms ("The Greek ministry blamed rebels for the raid on a
    Greek outpost"): it says whose, not where, so a place before it still holds."""
    places = ctx.places(index)
    return bool(places) and all(info.place.adjective and not info.location for info in places)


def _only_home_bound(ctx: _Context, index: int, location: str) -> bool:
    """The sentence names the country only as where the troops go back to."""
    named = [i.place for i in ctx.places(index) if i.place.site == location and not i.place.adjective]
    return bool(named) and all(_back_home_to(ctx, p) for p in named)


def _back_home_to(ctx: _Context, p: Place) -> bool:
    """A place troops go back to: "back to Germany", "nach Kiel zurückgekehrt", "de retour à Brest"."""
    if _HOME_BOUND.search(ctx.text, max(0, p.start - 40), p.start) and _BACK.search(
        ctx.text, max(0, p.start - 40), p.start
    ):
        return True
    return bool(
        _HOME_BOUND_AFTER.match(ctx.text, p.end)
        and _INTO_BEFORE.search(ctx.text, max(0, p.start - 12), p.start)
    )


_BACK_IN_BEFORE = re.compile(r"(?<![\w])(?i:zurück|back)\s+(?i:in|im|at)\s+(?:(?i:the|die|den|der)\s+)?\Z")
# Troops coming in somewhere: the place they land at is not the one they withdrew from.
_ARRIVED = re.compile(
    r"(?<![\w])(?i:gelandet|landeten|landete|landung|erwartet|eingetroffen|angekommen|landed|arrived|"
    r"touched\s+down|atterri\w*|arrivés?|arrivées?)(?![\w])"
)
# A place troops are flown or moved to: "nach Lomé geflogen", "flown to Kuwait", "transférés vers le Tchad".
_TO_BEFORE = re.compile(
    r"(?<![\w])(?i:nach|in\s+die|in\s+den|ins|to|into|vers|pour|à\s+destination\s+d[eu']|en\s+direction\s+d[eu'])\s*"
    r"(?:(?i:the|die|den|der|la|le|les|l['’])\s*)?(?:[^\W\d][\w'’-]*\s+){0,3}\Z"
)
_MOVED = re.compile(
    r"(?<![\w])(?i:geflogen|gebracht|verlegt|ausgeflogen|transportiert|flown|moved|transferred|ferried|shuttled|"
    r"airlifted|transférés?|transportés?|acheminés?|rapatriés?\s+vers)(?![\w])"
)


def _only_destination(ctx: _Context, index: int, location: str) -> bool:
    """Troops pulled out are flown or moved to the place, wherever it is named in the sentence."""
    s, e = ctx.sentences.spans[index]
    if not _MOVED.search(ctx.text, s, e):
        return False
    named = [i.place for i in ctx.places(index) if i.place.site == location]
    return bool(named) and all(_TO_BEFORE.search(ctx.text, max(s, p.start - 50), p.start) for p in named)


_INTO_BEFORE = re.compile(r"(?<![\w])(?i:nach|in\s+(?:die|den|das)?)\s*\Z")


# Troops flown or driven to their own country leave where they served.
_HOME_BOUND = re.compile(
    r"(?<![\w])(?i:en\s+direction|à\s+destination|pour|vers|regagn\w*|rentr\w*\s+(?:en|au)|retour\s+(?:en|au)|"
    r"zurück\w*\s+(?:nach|in)|heim\w*\s+nach|(?:rückweg|rückreise|rückflug|rückkehr)\s+nach|flogen\s+nach|geflogen\s+nach|"
    r"back\s+to|home\s+to|return\w*\s+to|repatriat\w*\s+to|"
    r"flown\s+to|flew\s+to)\s+(?i:de\s+|d['’]\s*)?(?i:la\s+|le\s+|l['’]\s*|les\s+|the\s+|die\s+|den\s+)?\Z"
)
# ... a way back rather than a flight to a new post ("flown to Poland")
_BACK = re.compile(
    r"(?<![\w])(?i:back|home|return\w*|repatriat\w*|rentr\w*|retour|rapatri\w*|regagn\w*|zurück\w*|heim\w*|"
    r"rückweg|rückreise|rückflug|rückkehr)(?![\w])"
)
# German puts the verb last: "900 Soldaten sollen nach Kanada zurückkehren", "nach Frankreich heimgeholt".
_HOME_BOUND_AFTER = re.compile(r"\s+(?i:zurück\w*|heim\w*)(?![\w])")


# ... or landed there ("die Maschine mit 90 deutschen Soldaten ist in Köln gelandet").
_LANDED = re.compile(r"(?<![\w])(?i:gelandet|landeten|landete|atterri\w*|landed|touched\s+down)(?![\w])")


def _heading_home(ctx: _Context, index: int, actor: str, noun_end: int) -> bool:
    e = ctx.sentences.spans[index][1]
    landed = _LANDED.search(ctx.text, noun_end, e) is not None
    places = ctx.places(index)
    # whose the troops are may be said in the sentences before ("Die USA ziehen Truppen ab. ... 6400 sollen in die
    # USA zurückkehren")
    said_before = any(
        actor == j.place.code and not j.place.region
        for k in range(max(0, index - 2), index)
        for j in ctx.places(k)
    )
    return any(
        i.place.site == actor
        and i.place.start >= noun_end
        # whose the troops are is said apart from where they go ("soldats français ... pour la France"), or the
        # place they go to may be all that made them its own ("300 soldats pour la Roumanie")
        and (said_before or any(j is not i and actor in (j.place.code, j.place.site) for j in places))
        and (
            _HOME_BOUND.search(ctx.text, max(0, i.place.start - 40), i.place.start) is not None
            or (landed and i.location)
            or (i.location and _HOME_BOUND_AFTER.match(ctx.text, i.place.end) is not None)
        )
        for i in places
    )


# Capitals that stand for the governments sending troops abroad ("a blow for Washington", "Moskau meldete").
_GOVERNMENT_SEATS = frozenset(
    {
        "Washington",
        "Moscow",
        "Moskau",
        "Moscou",
        "Paris",
        "Berlin",
        "London",
        "Londres",
        "Beijing",
        "Peking",
        "Pékin",
        "Ankara",
        "Tehran",
        "Teheran",
        "Téhéran",
        "Ottawa",
        "Canberra",
        "Rome",
        "Rom",
        "Warsaw",
        "Warschau",
        "Varsovie",
        "Pyongyang",
        "Pjöngjang",
        "Seoul",
        "Séoul",
        "Tokyo",
        "Tokio",
        "Madrid",
        "Brussels",
        "Brüssel",
        "Bruxelles",
    }
)


def _home_or_government(ctx: _Context, index: int, location: str, mtype: str, actor: str | None) -> bool:
    """The count's place is only where its troops head home ("will train for a month before heading back to
    Ukraine"), or their own capital standing for the government ("a blow for Washington")."""
    if location == actor and _own_capital_only(ctx, index, location):
        return True
    return mtype != "withdrawal" and _only_home_bound(ctx, index, location)


def _own_capital_only(ctx: _Context, index: int, location: str) -> bool:
    """The count's sentence names the troops' own country only by its capital: the government, not a place."""
    named = [
        ctx.text[i.place.start : i.place.end]
        for i in ctx.places(index)
        if i.place.site == location and not i.place.adjective and i.location
    ]
    return bool(named) and all(n in _GOVERNMENT_SEATS for n in named)


def _placed_force(ctx: _Context, location: str, noun_end: int) -> bool:
    """'aktive Soldaten in Syrien': a force placed by the words right after its noun."""
    index = ctx.sentences.index_of(noun_end)
    return any(
        i.place.site == location and 0 <= i.place.start - noun_end <= 15
        for i in ctx.places(index)
        if i.location
    )


_TOTAL_GAP = re.compile(
    r"(?<![\w])(?i:sur\s+un\s+total\s+de|out\s+of\s+a\s+total\s+of|of\s+a\s+total\s+of|von\s+insgesamt)\s*\Z"
)


def _shares_place(
    ctx: _Context, index: int, c: _Count, rule: str, previous: Mention | None, sentence: str
) -> bool:
    """An elliptical count after a count of its sentence, with no other country named between them."""
    # ("killing 40 soldiers ... and wounding 12": a casualty figure of the troops counted before, too; "900 Mann,
    # 300 davon": a share of them; "um 900 sinken: 500 Soldaten ...": a breakdown; "de 2 000 soldats, sur un total
    # de 5 000": the whole they are part of)
    if previous is None or previous.sentence != sentence or previous.char_end > c.start:
        return False
    gap = ctx.text[previous.char_end : c.start]
    if rule not in ("ellipsis", "casualty", "anaphora") and ":" not in gap and not _TOTAL_GAP.search(gap):
        return False
    return all(
        info.place.site in (None, previous.location_country)
        for info in ctx.places(index)
        # (a demonym between says whose troops: "800 soldats britanniques, sur un total de 1 000")
        if previous.char_end <= info.place.start < c.start and not info.place.adjective
    )


def _same_drawdown(
    ctx: _Context, index: int, c: _Count, previous: Mention | None, sentence: str, actor: str | None
) -> bool:
    """A withdrawal count after a withdrawal of the same troops in its sentence, with no country named between them
    but the troops' home or the country the first one leaves."""
    if (
        previous is None
        or previous.sentence != sentence
        or previous.mention_type != "withdrawal"
        or previous.location_country is None
        or actor is None
        or previous.actor_code != actor
    ):
        return False
    return all(
        info.place.site in (None, previous.location_country, actor)
        for info in ctx.places(index)
        if previous.char_end <= info.place.start < c.start
    )


# "qui comprend l'Ituri, théâtre des combats", "Donetsk, the scene of the fighting": the place a sentence
# calls the scene of the fighting is where the losses it counts (or the sentence before counts) happened
_THEATRE_AFTER = re.compile(
    r",?\s+(?i:(?:le\s+)?théâtre\s+(?:des|de\s+ces|de\s+violents|de\s+durs)\s+(?:combats|affrontements)|"
    r"(?:the\s+)?scene\s+of\s+(?:the\s+)?(?:heavy\s+|fierce\s+)?(?:fighting|clashes|battle)|"
    r"(?:der\s+)?schauplatz\s+(?:der|heftiger|schwerer)\s+(?:kämpfe|gefechte))(?![\w])"
)


def _theatre_of_fighting(ctx: _Context, index: int) -> str | None:
    for i in (index, index + 1):
        if i >= len(ctx.sentences.spans):
            break
        for info in ctx.places(i):
            if info.place.site and _THEATRE_AFTER.match(ctx.text, info.place.end):
                return info.place.site
    return None


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
    going_home = (
        location is not None
        and location == actor
        # "am Abend landeten 80 Soldaten in Graz": arriving at home, too
        and (_GOING_HOME.search(sentence) or _ARRIVED.search(sentence))
    )
    if mtype == "withdrawal" and going_home and not left_from:
        location = None  # "rentrer dans leurs casernes en France": going home is not where they withdraw from
    # "über Accra nach Hause geflogen", "moved on to a port abroad": a stop on the way out, not the post
    if (
        mtype == "withdrawal"
        and location is not None
        and not left_from
        and _only_destination(ctx, index, location)
    ):
        location = None
    if location is not None and _home_or_government(ctx, index, location, mtype, actor):
        location = None
    location = location or _whole_placed_before(ctx, index, c, mtype)
    if location is None and mtype not in ("force_size", "withdrawal"):
        # Losses and drills happen where the sentence says; a deployment only within the count's own clause.
        location = _far_location(ctx, index, noun_end, strict=mtype not in ("casualties", "training"))
    if location is None and mtype == "casualties" and ctx.lang == "en":
        location = _war_place(ctx, index, actor)
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
        and (
            _shares_place(ctx, index, c, head.rule, previous, sentence)
            or (mtype == "withdrawal" and _same_drawdown(ctx, index, c, previous, sentence, actor))
        )
    ):
        # "300 soldiers are leaving Syria, bringing the total down to 900": the place of the count it shares;
        # "Die Truppe in Zypern schrumpft um 700: 450 fliegen heim": a part of the
        # drawdown just counted leaves the same country (going home or on to other countries is no place left)
        location = previous.location_country if previous is not None else None
    if location is None and (mtype in _PLACED_TYPES or mtype == "training"):
        location = _host_state(ctx, index, c, actor, mtype) or _next_sentence_location(
            ctx, index, mtype == "withdrawal"
        )
    if location is None and mtype == "casualties":
        location = _theatre_of_fighting(ctx, index) or _attack_site_after(ctx, index)
    joins = mtype == "training" and _TAKING_PART.search(sentence) is not None
    if (
        location is None
        and (mtype in _PLACED_TYPES or joins)
        and not _placed_here(ctx, index, mtype == "withdrawal")
        # a toll counted over years ("59 Soldaten starben seit 2001 bei dem Einsatz") is no one place's of the
        # sentence before
        and not (mtype == "casualties" and _TOLL_SINCE.search(sentence))
    ):
        # troops pulled out leave the country left in the sentence right before ("aus Spanien ab. 1200 Soldaten")
        # a running toll is no one attack's ("porte le nombre de disparus à 11"): only placed troops look past
        # a sentence naming their owner
        owner = actor if mtype in ("deployment", "withdrawal") else None
        location = _carried_location(
            ctx, index, mtype == "withdrawal", back=1, owner=owner, placed=mtype == "deployment"
        )
    return None if mtype == "casualties" and _running_toll_unplaced(ctx, index, c, noun_end) else location


# A running toll since a date: "N soldats morts depuis le 7 octobre" (not "since the start of the offensive in X",
# which names the place).
_RUNNING_SINCE = re.compile(
    r"(?<![\w])(?i:depuis|since|seit)\s+(?:(?i:le|la|l['’]|the|dem|der)\s+)?"
    r"\d"
)


def _running_toll_unplaced(ctx: _Context, index: int, c: _Count, noun_end: int) -> bool:
    """'ce qui porte à N le nombre de militaires morts depuis le 4 mars', 'et N depuis le 1er mai': a toll
    counted since a date is the whole war's, in no one place, unless its own phrase names one before 'since'
    ('tués dans les combats au Mali depuis ...')."""
    e = ctx.sentences.spans[index][1]
    since = _RUNNING_SINCE.search(ctx.text, max(c.end, noun_end), min(e, max(c.end, noun_end) + 60))
    if since is None or _CLAUSE_BREAK.search(ctx.text, c.end, since.start()):
        return False
    return not any(c.start <= i.place.start < since.start() for i in ctx.places(index))


_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?i:while|but|and|alors|mais|et|während|aber|und)\s")


# A state that hires or invites foreign troops is where they serve ("Laos plans to hire 800 Wagner men"); one that
# demands or orders them out is the country they leave ("Togo told the 300 Belgian troops to go", "Benins Regierung
# hatte den Abzug der 200 Soldaten verlangt").
_HIRING = re.compile(
    r"(?<![\w])(?i:employ\w*|hire[sd]?|hiring|recruit\w*|invit\w*|welcom\w*|bring\s+in|brought\s+in|"
    r"anheuer\w*|angeheuert|eingeladen|einlad\w*|employer|emploie\w*|engager|recruter|recrute\w*|accueill\w*|"
    r"faire\s+venir|fait\s+venir)(?![\w])"
)
_DEMANDING = re.compile(
    r"(?<![\w])(?i:demand\w*|order(?:s|ed)|ask(?:s|ed)|told|tells|forder\w*|gefordert|verlang\w*|exig\w*|"
    r"demand[ée]\w*|ordonn\w*|somm[ée]\w*)(?![\w])"
)


def _host_state(ctx: _Context, index: int, c: _Count, actor: str | None, mtype: str) -> str | None:
    if mtype not in ("deployment", "withdrawal"):
        return None
    verb = _HIRING if mtype == "deployment" else _DEMANDING
    e = ctx.sentences.spans[index][1]
    states = [
        i.place
        for i in ctx.places(index)
        if i.place.end <= c.start
        and i.place.site
        and i.place.site == i.place.code
        and not i.place.region
        and not i.in_dateline
        and not (i.place.adjective and not ctx.text.endswith(("s", "’s", "'s"), i.place.start, i.place.end))
    ]
    if not states or states[-1].site == actor:
        return None
    state = states[-1]
    between = ctx.text[state.end : c.start]
    # (German puts the participle last: "den Abzug aller ... UN-Soldaten gefordert")
    after = ctx.text[c.end : min(e, c.end + 80)] if ctx.lang == "de" else ""
    if len(between) > 120 or not (verb.search(between) or verb.search(after)):
        return None
    return state.site


# "Of the British troops posted in Cyprus, 900 will ...", "Sur les soldats déployés au Mali, 800 ...": a count
# opening its clause after the whole it is part of, placed there
_WHOLE_OPENING = re.compile(
    r"\s*(?i:of|sur|parmi)\s+(?i:the|les|its|their|ses|leurs)\s+(?:[^,.;:!?]|\.(?=\S|\s+[a-z])){1,100},\s*"
    r"(?:(?i:about|some|around|nearly|more\s+than|over|environ|quelque|près\s+de|plus\s+de)\s+)?\Z"
)


def _whole_placed_before(ctx: _Context, index: int, c: _Count, mtype: str) -> str | None:
    s = ctx.sentences.spans[index][0]
    if mtype not in _PLACED_TYPES or not _WHOLE_OPENING.fullmatch(ctx.text, s, c.start):
        return None
    placed = [
        i.place.site for i in ctx.places(index) if i.place.end <= c.start and i.location and i.place.site
    ]
    return placed[-1] if len(set(placed)) == 1 else None


# Troops taking part ("daran beteiligt", "are taking part", "y participent") in the exercise that the sentence
# before placed, not in another or an earlier one ("beim letzten Manöver", "une autre session").
_TAKING_PART = re.compile(
    r"(?<![\w])(?i:daran|dazu|an ihr|an ihm|beteilig\w*|teil|teilnehm\w*|take part|taking part|took part|"
    r"participat\w*|particip\w*|prennent part|prendront part|y prennent)(?![\w])"
)


_TOLL_SINCE = re.compile(
    r"(?<![\w])(?i:seit|since|depuis)\s+(?:(?i:dem\s+jahr|l['’]an|the\s+year)\s+)?(?:19|20)\d\d(?![\w])"
    # (not a war's start: "im seit 2011 andauernden Bürgerkrieg")
    r"(?!\s+(?i:andauernd\w*|anhaltend\w*|währenden|tobend\w*|ongoing|raging))"
)


def _placed_here(ctx: _Context, index: int, withdrawal: bool = False) -> bool:
    """The sentence puts troops in a sea, an area or several countries ("in Äthiopien und Eritrea"): it says
    where, in no one country, so the country of the sentence before is not theirs. Troops pulled out leave
    from there ("aus Mali und Niger"); where they go ("an andere Standorte in Europa") is no place left."""
    places = ctx.places(index)
    if withdrawal:
        return any(info.origin and _in_list(ctx, places, info.place) for info in places)
    return any(info.in_area or (info.location and _in_list(ctx, places, info.place)) for info in places)


# The next sentence goes on about the same troops ("Ces troupes opèrent ...", "Die Soldaten sind ...", "They will
# be based ..."): where it puts them is where the count's troops are.
_SAME_TROOPS_OPEN = re.compile(
    r"\s*(?:(?i:they|ils|elles|sie)\s|(?i:ces|les|those|these|the|die|diese)\s+"
    # an adjective may stand between ("The Egyptian troops"), not a share ("Die meisten Soldaten", "most")
    r"(?:(?!(?i:meisten|übrigen|restlichen|anderen|other|remaining|autres|plupart|premiers|ersten|first|last|"
    r"letzten|derniers)\b)[\w-]+\s+)?"
    r"(?i:troupes|soldats|militaires|hommes|forces|troops|soldiers|marines|soldaten|truppen|kräfte|"
    r"einheiten|unit|units|unités?|contingents?|kontingente?)(?![\w]))"
)


# "vont venir de Djibouti", "come from Germany", "kommen aus Polen": the place right after "from" ...
_FROM_RIGHT_BEFORE = re.compile(
    r"(?<![\w])(?i:from|aus|von|de|du|des|d['’])\s*(?:(?i:la|le|les|l['’]|the|dem|der|den)\s*)?\Z"
)
# ... unless "de" only ties the place to a word of place ("près de Rukla", "la base de Gao", "north of").
_PLACE_WORD_BEFORE = re.compile(
    r"(?<![\w])(?i:près|proche|loin|autour|abords|nord|sud|est|ouest|centre|bases?|camp|région|province|ville|"
    r"capitale|north|south|east|west|outside|nördlich|südlich|östlich|westlich)\s*\Z"
)


def _came_from(ctx: _Context, info: _PlaceInfo) -> bool:
    start = info.place.start
    m = _FROM_RIGHT_BEFORE.search(ctx.text, max(0, start - 20), start)
    return m is not None and not _PLACE_WORD_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())


def _next_sentence_location(ctx: _Context, index: int, leaving: bool = False) -> str | None:
    """The one country the next sentence places the same troops in, when the count's own sentence places them
    nowhere and the next sentence counts nobody else. Where they come from ("Ces soldats vont venir de
    Djibouti") is no place of theirs, unless they are leaving it."""
    if index + 1 >= len(ctx.sentences.spans) or any(
        info.location or info.in_area for info in ctx.places(index)
    ):
        return None
    s, e = ctx.sentences.spans[index + 1]
    # (distances, hours and years count nobody: "based at a camp 30 minutes from Riga")
    if not _SAME_TROOPS_OPEN.match(ctx.text, s) or _DIGIT.search(_NOT_A_COUNT.sub(" ", ctx.text[s:e])):
        return None
    places = ctx.places(index + 1)
    sites = {
        i.place.site for i in places if i.location and i.place.site and (leaving or not _came_from(ctx, i))
    }
    if len(sites) != 1 or any(i.in_area for i in places):
        return None
    return sites.pop()


# A toll and the next sentence telling where that attack struck ("... tués dans une attaque. L'avant-poste de X,
# au sud de Tombouctou, « a été l'objet d'une attaque »", "Quant aux blessés, ils sont soignés à Kidal").
_ATTACK_WORD = re.compile(
    r"(?<![\w])(?i:attack\w*|ambush\w*|assault|raid|blast|explosion|bombing|incident|attaque\w*|embuscade\w*|"
    r"assaut|attentat|anschlag\w*|angriff\w*|überfall\w*|hinterhalt\w*|vorfall\w*|gefecht\w*)"
    r"(?![\w])"
)
_SAME_VICTIMS_OPEN = re.compile(
    r"\s*[«\"]?\s*(?i:quant aux (?:blessés|morts|victimes)|les (?:blessés|victimes)|the (?:wounded|injured|dead|victims)|"
    r"die (?:verletzten|verwundeten|toten|opfer))(?![\w])"
)
# Figures that count no one: distances, hours, ordinals and years.
_NOT_A_COUNT = re.compile(
    r"\d+(?:[.,]\d+)?\s*(?:(?i:e|er|ème|km|kilom\w+|miles?|meilen|gmt|h|heures?|uhr|hours?|minutes?|[ap]\.?m\.?)(?![\w])|"
    r"[hH]\d)|(?<!\d)(?:19|20)\d\d(?!\d)"
)


def _attack_site_after(ctx: _Context, index: int) -> str | None:
    places = ctx.places(index)
    if index + 1 >= len(ctx.sentences.spans) or any(info.location or info.in_area for info in places):
        return None
    s, e = ctx.sentences.spans[index]
    if any(at_border(ctx.text, max(s, i.place.start - 60), i.place) for i in places):
        return None  # "tués ... à la frontière avec le Liban": placed at a border, in neither country
    ns, ne = ctx.sentences.spans[index + 1]
    nxt = ctx.text[ns:ne]
    if not (
        (_ATTACK_WORD.search(ctx.text, s, e) and _ATTACK_WORD.search(nxt)) or _SAME_VICTIMS_OPEN.match(nxt)
    ):
        return None
    if _DIGIT.search(_NOT_A_COUNT.sub(" ", nxt)):
        return None  # the next sentence counts someone else
    places = ctx.places(index + 1)
    named = [
        i
        for i in places
        if i.place.site
        and not i.place.adjective
        and not i.in_dateline
        and not i.as_source
        and (i.location or i.place.region)
    ]
    sites = {i.place.site for i in named}
    if len(sites) != 1 or any(_in_list(ctx, places, i.place) for i in named):
        return None
    return sites.pop()
