"""Whose troops: the state, group or force a troop count belongs to.

The owner is read from the count's phrase ("2000 US-Soldaten"), from a possessor or a sending state near it,
from a group named in its clause, or borrowed from a count of the same troops just before; these rules need
the count and its head but none of the rules for where the troops are (locations.py).
"""

from __future__ import annotations

import itertools
import re

from news_etl.extract.context import (
    _ALLIANCES,
    _BACKER_HYPHEN_AFTER,
    _CLAUSE_BREAK,
    _LIST_JOINER,
    _MORE_BEFORE,
    _OTHERS_AFTER,
    _REQUEST_BEFORE,
    _SPEAKER_BEFORE,
    _WAR_BEFORE,
    _Context,
    _Count,
    _Head,
    _left_from,
    _mission_before,
    _own_place_after,
    _PlaceInfo,
    backs_troops,
)
from news_etl.extract.places import SPEAKER_AFTER, Place, compound_actor, group_codes
from news_etl.records import Mention

# Nouns for fighters of a group: an armed group named nearby owns them before any state does.
_FIGHTER_NOUN = re.compile(
    r"(?i:\w*(?:fighter|militant|member|operative|rebel|insurg|jihadist|djihadist|dschihadist|terrorist|"
    r"combattant|kämpfer|mitglied|membre|milizion|miliz|islamist|kamikaze)\w*)"
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
    r"(?:\s+|-)(?i:president|prime minister|chancellor|defen[cs]e secretary|defen[cs]e minister|président|"
    r"premier ministre|ministre des armées|präsident\w*|kanzler\w*|verteidigungsminister\w*)\b"
)


def _actor_near(
    ctx: _Context, index: int, lo: int, hi: int, anchor: int, leaving: bool = False
) -> str | None:
    best = None
    for info in ctx.places(index):
        p = info.place
        near = best is None or abs(p.start - anchor) < abs(best.start - anchor)
        # "its pull-out from Mali, with the force shrinking from 900 to 300": the country left owns no troops
        left = leaving and info.origin and not p.actor_only
        if lo <= p.start < hi and info.owner and near and not left:
            best = p
    return best.code if best else None


_BODIES = frozenset({"UN", "NATO", "EU", "AU", "ECOWAS"})


def _actor_in_phrase(ctx: _Context, index: int, c: _Count, noun_end: int, leaving: bool) -> str | None:
    """A demonym inside or right after the noun phrase: "1,500 North Korean troops", "troops from Niger"."""
    places = ctx.places(index)
    # The group wins over the state beside it ("60 Lebanese Hezbollah fighters").
    inside = [
        i.place
        for i in places
        if c.start <= i.place.start < noun_end
        and not i.place.region
        and not i.location
        and not (i.place.adjective and _own_place_after(ctx.text, i.place))  # "im russischen Kursk"
    ]
    # "2 000 Casques bleus français": the demonym beside the noun names the state, not the noun itself (UN).
    text = ctx.text
    beside = [p for p in inside if text[p.start : p.end].lower() != text[p.start : noun_end].lower()]
    # "100 Saudi-backed Yemeni soldiers": the backer before the owner's demonym owns none of them
    owners = [p for p in beside if not _BACKER_HYPHEN_AFTER.match(text, p.end)]
    if owners and len(owners) < len(beside):
        beside = owners
    if beside:
        # "nine U.N. Bangladeshi troops": a state's demonym beside the noun names the contingent, not the body
        state = next((p.code for p in beside if p.adjective and p.code not in _BODIES), None)
        return next((p.code for p in beside if p.armed_group), state or beside[0].code)
    for info in places:  # after the noun: "soldats nord-coréens", "troops from North Korea"
        p = info.place
        if (
            p.start >= noun_end
            and p.region
            and info.origin
            and p.site == p.code
            and not leaving
            and _HOME_GAP.fullmatch(ctx.text, noun_end, p.start)
        ):
            return (
                p.code
            )  # "200 Soldaten aus Niedersachsen", "troops from Texas": a part of their own country
        if p.start >= noun_end and backs_troops(ctx.text, max(0, p.start - 60), p):
            continue  # "troops of the Iran-backed Syrian army": the backer, then the owner
        if p.start >= noun_end and not p.region:
            if group := _group_beside(ctx, places, info):
                return group  # "Anhänger der jemenitischen Huthi-Miliz": the group, not its country
            if info.listed_after is not None or any(i.listed_after is info for i in places):
                break  # "1 200 hommes kényans, rwandais et burundais": several states, none alone
            # "bis zu 400 auf georgischer Seite und bis zu 900 auf russischer": the side they fell on
            # "haben 150 Soldaten Niger verlassen": the country left, right after the noun, is not theirs
            adjacent = (
                ctx.text[noun_end : p.start].strip() == "" and not (info.location and not p.adjective)
            ) or (p.adjective and _ON_SIDE_GAP.fullmatch(ctx.text, noun_end, p.start) is not None)
            # When troops leave, "from X" is where they leave, unless X is an army or a leader (Wagner).
            departure = leaving and not p.actor_only
            if adjacent or (
                not departure and _left_from(ctx, info, noun_end) and (info.origin or not info.location)
            ):
                return p.code
            break
    return inside[0].code if inside else None


_ON_SIDE_GAP = re.compile(r"\s+(?i:auf)\s+")
_HOME_GAP = re.compile(r"\s+(?i:aus|from)\s+(?:(?i:dem|der|the)\s+)?")
_CLAUSE_OPEN = re.compile(
    # "..., gefolgt von Rumänien mit 310 und Ungarn mit 95": a list of contributors goes on
    r"(?:[,;]\s*(?:(?i:und|and|et|while|während|gefolgt von)\s+)?|(?<=\d)\s+(?i:und|sowie)\s+)"
    r"(?:(?i:die|der|den|das|the|la|le|l['’])\s*)?\Z"
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


# "Aus Sorge vor Russland will Polen ...", "die Abschreckung gegenüber China": the state feared, not the one whose
# troops the sentence counts
_FEARED_BEFORE = re.compile(
    r"(?<![\w])(?i:sorge|sorgen|angst|furcht|bedrohung|abschreckung|schutz|verteidigung|fear|fears|threat|"
    r"deterrence|crainte|menace)\s+(?i:vor|gegenüber|gegen|durch|from|of|de)\s+(?:(?i:der|dem|den|die|the|la|le|l['’])\s*)?\Z"
)


# "angesichts der Konflikte mit Russland", "tensions with China": the state an army faces, not the one it belongs to
_OPPONENT_BEFORE = re.compile(
    r"(?<![\w])(?i:konflikt|konflikte|konflikten|spannungen|konfrontation|conflict|conflicts|tensions|confrontation)"
    r"\s+(?i:mit|with|avec)\s+(?:(?i:der|dem|den|die|the|la|le|l['’])\s*)?\Z"
)
# "im deutsch-dänischen Krieg", "the Russo-Japanese war": one side of a war named by a hyphenated pair
_WAR_NAME_AFTER = re.compile(r"[\w-]*\s+(?i:krieg|kriege|krieges|kriegs|war|guerre)(?![\w])")


def _feared(ctx: _Context, place: Place) -> bool:
    text = ctx.text
    start = max(0, place.start - 40)
    if _FEARED_BEFORE.search(text, start, place.start) or _OPPONENT_BEFORE.search(text, start, place.start):
        return True
    return ((place.start > 0 and text[place.start - 1] == "-") or text.startswith("-", place.end)) and bool(
        _WAR_NAME_AFTER.match(text, place.end)
    )


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
    before = [i.place for i in places if i.place.end <= c.start and owner(i) and not _feared(ctx, i.place)]
    if before:
        if _struck_by(ctx, index, c, noun_end, before[-1]):
            return _struck_side(ctx, index, before)
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
        # The sentence before names its owner for itself: a country left there is not what this count leaves
        # ("un convoi de l'armée nigérienne ... trois militaires tués et les blessés évacués vers ...").
        before_places = ctx.places(index - 1)
        earlier = [
            i.place
            for i in before_places
            if i.owner
            and not i.place.armed_group
            and not (leaving and i.origin and not i.place.actor_only)
            and i.listed_after is None
            and not any(j.listed_after is i for j in before_places)
            and not _feared(ctx, i.place)
        ]
        if earlier:
            # "des soldats français déployés ... En Roumanie, 500 soldats": the demonym of the troops counted or
            # named there, before any other body the sentence names first ("les bombardements russes")
            troops = [p for p in earlier if _beside_troop_noun(ctx, p)]
            return (troops or earlier)[0].code
    # "US President Joe Biden ordered 3,000 troops": a leader's country, when nobody else owns them.
    leaders = [
        i.place
        for i in places
        if not i.location
        # "les soldats demandés par le président gambien": the leader who asked for them owns none
        and not _REQUEST_BEFORE.search(ctx.text, max(0, i.place.start - 60), i.place.start)
        and (
            _LEADER_AFTER.match(ctx.text, i.place.end)
            or _SPEAKER_BEFORE.search(ctx.text, max(0, i.place.start - 30), i.place.start)
        )
    ]
    if leaders:
        return leaders[0].code
    # "A Pentagon spokeswoman said 2,500 soldiers would stay": an army or ministry speaking of troops
    # with nobody else named speaks of its own (a demonym speaker, "a Ukrainian official", may speak of the enemy's).
    own_voice = [
        i.place
        for i in places
        if i.place.actor_only
        and not i.place.armed_group
        and i.place.start < c.start
        and SPEAKER_AFTER.match(ctx.text, i.place.end)
    ]
    if own_voice:
        return own_voice[0].code
    if index > 1 and not any(i.owner for i in ctx.places(index - 1)):
        # "Berlin schickt eine Brigade nach Polen. Der Vertrag steht. Bald sollen 3.000 Soldaten dort sein": an
        # owner two sentences back, when the sentence between names no body at all
        back = ctx.places(index - 2)
        states = [
            i.place
            for i in back
            if i.owner
            and not i.place.armed_group
            and i.place.code not in _ALLIANCES  # an alliance that calls troops up is not whose they are
            and not (leaving and i.origin and not i.place.actor_only)
            and i.listed_after is None
            and not any(j.listed_after is i for j in back)
        ]
        if len({p.code for p in states}) == 1:
            return states[0].code
    return None


# A verb by which a subject kills or captures the troops counted: "the army killed 30 soldiers", "hat vier Soldaten
# getötet", "a capturé 12 soldats" (active voice only: "wurden getötet", "were killed" leave them the subject's own).
_STRIKES_BEFORE = re.compile(
    r"(?<![\w])(?i:killed|kills|captured|captures|shot\s+dead|took\s+prisoner|tötete\w*|erschoss\w*|"
    r"a\s+tué|ont\s+tué|avait\s+tué|avaient\s+tué|tuent|tua|a\s+abattu|ont\s+abattu|a\s+capturé|ont\s+capturé|"
    r"a\s+fait\s+prisonniers?|"
    r"ont\s+fait\s+prisonniers?)(?![\w])"
)
_STRIKES_AFTER = re.compile(
    r"(?<![\w])(?i:getötet|erschossen|gefangen\s*genommen|gefangengenommen|festgenommen|eliminiert|"
    r"außer\s+Gefecht\s+gesetzt)(?![\w])"
)
_THAT = re.compile(r"(?<![\w])(?i:dass|that|que|qu['’])")
_GERMAN_PERFECT = re.compile(r"(?<![\w])(?i:hat|haben|habe|hatte|hatten|hätte|hätten)(?![\w])")
_PASSIVE = re.compile(
    r"(?<![\w])(?i:were|was|been|being|are|is|wurden|wurde|worden|seien|sei|sind|ist|été|sont|est)(?![\w])"
)


def _struck_by(ctx: _Context, index: int, c: _Count, noun_end: int, subject: Place) -> bool:
    """The troops counted are what the owner named before kills or captures, in the active voice ("Pakistani troops
    killed four soldiers", "die ukrainische Armee hat 30 Soldaten gefangen genommen"): not its own."""
    text = ctx.text
    between = text[subject.end : c.start]
    if len(between) > 80:
        return False
    strike = _STRIKES_BEFORE.search(between)
    verb = None
    if strike is None and ctx.lang == "de" and _GERMAN_PERFECT.search(between):
        end = ctx.sentences.spans[index][1]
        verb = _STRIKES_AFTER.search(text, noun_end, min(end, noun_end + 80))
    if strike is None and verb is None:
        return False
    if _CLAUSE_BREAK.search(between) or _PASSIVE.search(between) or _THAT.search(between):
        return False  # "die Armee teilte mit, dass zwei Soldaten getötet wurden": a clause of its own
    if any(subject.end <= i.place.start < c.start and i.place.armed_group for i in ctx.places(index)):
        return False  # "Peru's rebel group X has shot 5 soldiers": the group strikes, not the state
    if strike is not None:
        # "has killed 80 militants and lost seven soldiers": the verb of another count
        return not _OTHER_COUNT.search(between, strike.end())
    return bool(
        verb is not None
        and not _PASSIVE.search(text, noun_end, verb.start())
        and not _PASSIVE.match(text, verb.end() + 1)  # "... Soldaten getötet worden"
    )


_OTHER_COUNT = re.compile(r"\d|(?i:lost|verlor\w*|perdu)")


def _struck_side(ctx: _Context, index: int, before: list[Place]) -> str | None:
    """Whose troops the last owner named before the count struck: the other state the sentence names, or the one
    side named before the striker ("The Malian army said a French strike killed four soldiers")."""
    striker = before[-1]
    if len({p.code for p in before}) == 1:
        return _other_side(ctx, index, striker)
    others = {p.code for p in before if p.code != striker.code}
    return others.pop() if len(others) == 1 else None


def _other_side(ctx: _Context, index: int, subject: Place) -> str | None:
    """The one other state the sentence names as a body besides the subject that struck the troops: theirs ("Die
    Armee Kenias hat nach somalischen Angaben 9 Soldaten getötet" -> Somalia); nobody when there is none or several."""
    others = {
        info.place.code
        for info in ctx.places(index)
        if info.owner
        and info.place.code != subject.code
        and not info.place.armed_group
        and info.place.code not in _ALLIANCES
        and not info.place.region
    }
    return others.pop() if len(others) == 1 else None


def _beside_troop_noun(ctx: _Context, p: Place) -> bool:
    """A demonym right after its troop noun ("soldats français") or right before it ("French soldiers")."""
    if not p.adjective:
        return False
    before = _TROOP_NOUN_BEFORE.search(ctx.text, max(0, p.start - 30), p.start)
    return bool(before or _TROOP_NOUN_AFTER.match(ctx.text, p.end))


_TROOP_WORDS = (
    r"(?i:soldats|militaires|troupes|hommes|soldiers|troops|forces|soldaten|truppen|\w*streitkräfte|marines|"
    r"casques\s+bleus|peacekeepers|blauhelme)"
)
_TROOP_NOUN_BEFORE = re.compile(rf"(?<![\w]){_TROOP_WORDS}\s+\Z")
_TROOP_NOUN_AFTER = re.compile(rf"\s+{_TROOP_WORDS}(?![\w])")


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


# "It has 1,200 of its peacekeepers there", "Elle compte 300 de ses soldats": a pronoun subject and its possessive
_PRONOUN_SUBJECT = re.compile(r"\s*(?i:it|il|elle|es|sie|they|ils|elles)\s")


def _possessor_before(ctx: _Context, index: int, c: _Count, noun_end: int) -> str | None:
    """A possessive whose sentence opens with a pronoun points back to the state the sentence before opens with
    ("India is among the largest contributors. It has 1,218 of its peacekeepers in ...")."""
    if index == 0 or not _POSSESSIVE.search(ctx.text, c.end, max(c.end, noun_end)):
        return None
    if not _PRONOUN_SUBJECT.match(ctx.text, ctx.sentences.spans[index][0]):
        return None
    states = [
        i.place
        for i in ctx.places(index - 1)
        if i.owner and i.place.code == i.place.site and not i.place.adjective and not i.place.region
    ]
    return states[0].code if states else None


def _sending_state_before(ctx: _Context, index: int, c: _Count) -> str | None:
    """'Brazil began deploying its peacekeepers on Monday. About 300 peacekeepers have arrived': the state
    the sentence before has sending its own peacekeepers, when this count's sentence names no other body."""
    if index == 0 or any(info.owner for info in ctx.places(index)):
        return None
    s, e = ctx.sentences.spans[index - 1]
    if not _OWN_PEACEKEEPERS.search(ctx.text, s, e):
        return None
    states = [
        i.place
        for i in ctx.places(index - 1)
        if i.owner and i.place.code == i.place.site and not i.place.region
    ]
    return states[0].code if len({p.code for p in states}) == 1 else None


_OWN_PEACEKEEPERS = re.compile(
    r"(?<![\w])(?i:its|their|ses|leurs|seine[nrs]?|ihre[nrs]?)\s+(?i:peace-?keep\w*|casques\s+bleus|blauhelm\w*|"
    r"friedenstruppen|soldats\s+de\s+la\s+paix)"
)


# A state that sends, deploys or pulls out peacekeepers: they are its own troops, not the UN's.
_STATE_SENDS = re.compile(
    r"(?<![\w])(?i:sen[dt]s?|sending|deploy(?:s|ed|ing)?|dispatch(?:es|ed|ing)?|withdr(?:ew|aws?|awing|awn)|"
    r"pull(?:s|ed|ing)?|envo\w*|déplo\w*|retir\w*|schick\w*|entsand\w*|entsend\w*|stationier\w*|"
    r"verleg\w*|zieht|zog|"
    # "Ghana has some 900 blue helmets in Lebanon", "Nepal contributes 1,200 peacekeepers": its own contingent
    r"has|have|had|keeps|kept|maintains|maintained|contribut(?:es|ed|ing)|provid(?:es|ed|ing))(?![\w])"
)


# A demonym names the sending state only beside its army ("l'armée russe", "the Russian army", "die russische Armee").
_ARMY_WORDS = r"(?i:armée|army|armee|forces|troupes|troops|military|militaire|streitkräfte|truppen|regierung|government|gouvernement)"
_ARMY_BEFORE = re.compile(rf"(?<![\w]){_ARMY_WORDS}\s+\Z")
_ARMY_AFTER = re.compile(rf"\s+{_ARMY_WORDS}(?![\w])")


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
    if last.adjective and not (
        _ARMY_BEFORE.search(ctx.text, max(s, last.start - 30), last.start)
        or _ARMY_AFTER.match(ctx.text, last.end)
    ):
        return (
            None  # "l'aide française et l'envoi de Casques bleus": the demonym of another noun sends nobody
        )
    between = ctx.text[max(s, last.end) : c.start]
    if len(between) > 60 or not _STATE_SENDS.search(between) or _CLAUSE_BREAK.search(between):
        return None
    return last.code


# Fighters a state recruits abroad and sends to a war: its own forces, not their home country's.
_HIRED_FIGHTERS = re.compile(
    r"(?i:kämpfer\w*|söldner\w*|dschihadisten|islamisten|milizionäre\w*|fighters?|mercenar\w*|jihadists?|"
    r"militiamen|combattants?|mercenaires?|djihadistes|jihadistes)"
)
_SENDS_FIGHTERS = re.compile(
    r"(?<![\w])(?i:sen[dt]s?|sending|deploy(?:s|ed|ing)?|dispatch(?:es|ed|ing)?|transferred|flown|airlifted|"
    r"envo\w*|déplo\w*|transféré\w*|acheminé\w*|schick\w*|geschickt|entsand\w*|entsend\w*|verleg\w*|"
    r"eingeflogen|gebracht|verbracht)(?![\w])"
)


def _sender_of_fighters(ctx: _Context, index: int, c: _Count, noun: str, noun_end: int) -> str | None:
    """'La Turquie a envoyé 2 000 combattants syriens en Libye': the state that sends fighters of another country
    to a war, named as the subject right before the count, with a verb of sending in the clause."""
    if not noun or not _HIRED_FIGHTERS.fullmatch(noun):
        return None
    e = ctx.sentences.spans[index][1]
    before = [
        i.place
        for i in ctx.places(index)
        if i.place.end <= c.start and i.owner and i.place.code == i.place.site and not i.place.region
    ]
    if not before or before[-1].adjective:
        return None
    state = before[-1]
    between = ctx.text[state.end : c.start]
    if len(between) > 40 or _CLAUSE_BREAK.search(between):
        return None
    after = ctx.text[noun_end:e]
    if not (_SENDS_FIGHTERS.search(between) or _SENDS_FIGHTERS.search(after)):
        return None
    return state.code


def _several_states(ctx: _Context, index: int, c: _Count, noun_end: int) -> bool:
    """'900 lettische, polnische und kanadische Soldaten': demonyms of several states listed in the
    count's phrase; the troops are none of them alone."""
    inside = [i.place for i in ctx.places(index) if c.start <= i.place.start < noun_end and i.place.adjective]
    if any(
        a.code != b.code and _LIST_JOINER.fullmatch(ctx.text, a.end, b.start) is not None
        for a, b in itertools.pairwise(inside)
    ):
        return True
    return ctx.lang in ("en", "fr", "de") and _both_sides(ctx, index, c, noun_end)


# "40 rebel fighters and Malian soldiers", "20 Taliban and Afghan troops": one count over two sides' troops
_AND_OTHER_TROOPS_AFTER = re.compile(
    r"\s+(?i:and|or)\s+(?:(?i:the)\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?i:troops|soldiers|forces|fighters|militants|rebels|servicemen|loyalists|militiamen)(?![\w])"
)
# ... not "30 Malian soldiers and eight French troops": a second count with its own troops
_COUNT_WORD = re.compile(
    r"\d|(?<![\w])(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores?|hundreds?|"
    r"thousands?|some|about|around|nearly|several|many|more|another)(?![\w])"
)
# "fighters killed in clashes between the army and the rebels": the two sides the dead belong to
# "fighting between X and Y", "les affrontements qui ont opposé ... l'armée et le M23", "Kämpfe zwischen X und Y"
_BETWEEN_SIDES = re.compile(
    r"(?<![\w])(?:(?i:between)\s+[^,.;:()]{1,60}?\s+(?i:and)\s+[^,.;:()]{1,40}|"
    r"(?i:entre|opposé|opposant|opposent|oppose|zwischen)\s+[^,.;:()]{1,70}?\s+(?i:et|und)\s+[^,.;:()]{1,50})"
)


def _both_sides(ctx: _Context, index: int, c: _Count, noun_end: int) -> bool:
    other = _AND_OTHER_TROOPS_AFTER.match(ctx.text, noun_end)
    fighters = _FIGHTER_NOUN.fullmatch(ctx.text[c.end : noun_end].strip().split(" ")[-1])
    if other is None and fighters is None:
        return False  # (most counts: checked before the sentence's places are read)
    places = ctx.places(index)
    mine = {i.place.code for i in places if c.start <= i.place.start < noun_end}
    if mine and other and not _COUNT_WORD.search(other.group()):
        theirs = {i.place.code for i in places if other.start() <= i.place.start < other.end()}
        if theirs and not theirs & mine:
            return True
    if mine or fighters is None or _POSSESSIVE.search(ctx.text, c.end, noun_end):
        return False  # "sept de ses combattants": the possessor's own, whatever war the sentence names
    # a count of plain fighters dead in fighting between two named sides is neither's alone
    _, e = ctx.sentences.spans[index]
    between = _BETWEEN_SIDES.search(ctx.text, noun_end, e)
    if between is None:
        return False
    sides = {i.place.code for i in places if between.start() <= i.place.start < between.end()}
    return len(sides) >= 2


# What a group says it has or lost: "Die Miliz hat 6.000 Mann", "the movement now fields 2,400 men".
_HOLDING = re.compile(
    r"(?<![\w])(?i:has|had|have|having|commands?|commanded|musters?|fields?|fielded|boasts?|numbers?|counts?|"
    r"possess(?:es|ed)?|maintains?|lost|loses|losing|verfüg\w*|hat|hatte|hätten?|habe|haben|zählt\w*|umfasst\w*|"
    r"unterhält|besitzt|verlor\w*|compte\w*|dispos\w*|possède\w*|aligne\w*|perdu|perd|perdait|a|avait|aurait)(?![\w])"
)
# ... but not what it did to others: "Hamas has killed 300 soldiers", "die Hamas hat 20 Soldaten entführt"
_HARMING = re.compile(
    r"(?i:kill\w*|wound\w*|captur\w*|abduct\w*|kidnap\w*|attack\w*|ambush\w*|shot|getötet|tötet\w*|"
    r"verletzt\w*|verwundet\w*|gefangen\w*|entführt\w*|verschleppt\w*|angegriffen|tu[ée]\w*|bless[ée]\w*|"
    r"captur\w*|enlev\w*|attaqu\w*|abatt\w*|élimin\w*|neutralis\w*)"
)
# "combattants de Boko Haram", "fighters of the Islamic State", "Kämpfer der Hisbollah": a group named as a possessor
_OF_BEFORE = re.compile(
    r"(?<![\w])(?i:de|d['’]|of|der|des|du|von)\s*(?:(?i:la|le|l['’]|les|the|dem|den)\s*)?(?:[\w-]+\s+){0,2}[«“„\"]?\s*\Z"
)
_OVER_END = re.compile(r"(?<![\w])(?i:über)\s+(?:(?i:rund|etwa|mehr\s+als|fast|knapp|bis\s+zu|ca\.)\s+)?\Z")
_DISPOSES = re.compile(r"(?<![\w])(?i:verfüg\w*)")
_QUOTES = " \t\n«»\"“”„‹›'"


def _group_owns(ctx: _Context, index: int, c: _Count, noun_end: int) -> str | None:
    """An armed group that is the nearest body before the count and holds the troops: the subject of a verb of having
    or losing ("die Hamas hat 7.000 Mann", "le groupe État islamique aligne 900 hommes"), or the owner a possessive
    points back to ("le Hezbollah syrien pleure 7 de ses hommes"). A state's rules
    skip groups, so soldiers, men or members of a group would otherwise go to a state named near it."""
    places = ctx.places(index)
    if not any(i.place.armed_group for i in places):
        return None
    before = [i for i in places if i.place.end <= c.start and i.owner and not i.location]
    if not before:
        return None
    last = before[-1]
    group = last.place if last.place.armed_group else None
    if group is None and last.place.adjective:
        # "le Hezbollah libanais": the group the demonym qualifies
        group = next(
            (
                q.place
                for q in places
                if q.place.armed_group
                and q.place.end <= last.place.start
                and ctx.text[q.place.end : last.place.start].strip(_QUOTES) == ""
            ),
            None,
        )
    # "a abattu 40 combattants de Boko Haram et perdu 9 soldats": a group named as a possessor is no subject
    if group is None or _OF_BEFORE.search(ctx.text, max(0, group.start - 40), group.start):
        return None
    text = ctx.text
    after = text[c.end : min(ctx.sentences.spans[index][1], noun_end + 40)]
    between = text[group.end : c.start]
    if _HARMING.search(between):
        return None  # "Hamas has killed 300 of its enemies' soldiers"
    if _POSSESSIVE.search(text, c.end, max(c.end, noun_end)):
        return group.code  # "trois de ses hommes ont été tués": its own, whatever befell them
    sentence_start = ctx.sentences.spans[index][0]
    # German word order puts the verb anywhere: "verfügt die Miliz Hamas über 8.000 Soldaten", "... über 4000
    # Bewaffnete verfügte"
    # ("über 9.000 Bewaffnete im Süden des Landes verfügen": a place phrase before the verb)
    disposes = _OVER_END.search(between) and _DISPOSES.search(text, sentence_start, noun_end + 40)
    if (
        len(between) <= 80
        and (_HOLDING.search(between) or disposes)
        and not _CLAUSE_BREAK.search(between.strip(_QUOTES))
        and not _HARMING.search(after)  # "die Hamas hat 20 Soldaten entführt"
    ):
        return group.code
    return None


# "in der etwa 10.000 Soldaten starken Nato-Truppe": the count gives the strength of a body that names its owner
_STRONG_BODY_AFTER = re.compile(r"\s+stark(?:e|en|er|es)\s+(?P<body>[A-ZÄÖÜ][\w]*-[\w-]+)")


def _strong_body_owner(ctx: _Context, noun_end: int) -> str | None:
    body = _STRONG_BODY_AFTER.match(ctx.text, noun_end) if ctx.lang == "de" else None
    return compound_actor(body.group("body")) if body else None


# "six éléments du groupe terroriste shebab", "onze membres du mouvement des Shebab": the group named right after
# the noun, behind its kind and an adjective, owns them (not the army that killed them)
_OF_KIND_OF_GROUP_AFTER_FR = re.compile(
    r"\s+(?i:du|des|de\s+la|de\s+l['’])\s*(?i:groupes?|mouvements?|organisations?|milices?)\s+"
    r"(?:(?i:[\w-]+(?:istes?|ée?s?|iens?|iennes?|ains?))\s+){0,2}(?:(?i:des|du|de\s+la|d['’]|de\s+l['’])\s*)?"
)


def _group_of_kind_after_fr(ctx: _Context, index: int, noun_end: int) -> str | None:
    of = _OF_KIND_OF_GROUP_AFTER_FR.match(ctx.text, noun_end)
    if of is None:
        return None
    for info in ctx.places(index):
        if info.place.start == of.end() and info.place.armed_group:
            return info.place.code
    return None


# "Die Verluste der russischen Armee beziffert Kiew auf ...", "die ukrainischen Verluste": the side whose losses are
# put at the figure, not the capital that puts them there
_LOSSES_WORD = re.compile(
    r"(?<![\w])(?i:verluste|verlusten|opferzahlen|verlustzahlen|ausfälle|ausfällen)(?![\w])"
)
_LOSSES_OF_GAP = re.compile(r"\s+(?:(?i:der|des)\s+)?")


# "Damit steigen die russischen Verluste ... auf insgesamt 181.000 Soldaten": the losses put at the count
_PUT_AT_BEFORE = re.compile(
    r"(?<![\w])(?i:auf|mit|bei)\s+(?:(?i:insgesamt|rund|etwa|knapp|fast|über|mehr\s+als|mindestens)\s+)*\Z"
)


def _losses_owner(ctx: _Context, index: int, c: _Count, noun: str) -> str | None:
    words = list(_LOSSES_WORD.finditer(ctx.text, max(ctx.sentences.spans[index][0], c.start - 120), c.start))
    if not words or (noun != "Verluste" and not _PUT_AT_BEFORE.search(ctx.text, words[-1].end(), c.start)):
        return None
    w = words[-1]
    for info in ctx.places(index):
        p = info.place
        if p.adjective and 0 <= w.start() - p.end <= 1:
            return p.code
        if p.start >= w.end() and _LOSSES_OF_GAP.fullmatch(ctx.text, w.end(), p.start):
            return p.code
    return None


def _actor(ctx: _Context, index: int, c: _Count, noun: str, noun_end: int, leaving: bool) -> str | None:
    if ctx.lang == "fr" and noun and (group := _group_of_kind_after_fr(ctx, index, noun_end)):
        return group
    owner = (
        _strong_body_owner(ctx, noun_end)
        or _actor_in_phrase(ctx, index, c, noun_end, leaving)
        or (compound_actor(noun) if noun else None)
    )
    if not owner and ctx.lang == "de" and (side := _losses_owner(ctx, index, c, noun)):
        return side
    sender = (
        _sender_of_fighters(ctx, index, c, noun, noun_end) if owner and owner not in group_codes() else None
    )
    if sender and sender != owner:
        return sender  # "Ankara hat 900 Söldner aus Idlib an die Front verlegt": the sender's fighters
    if owner == "UN" and noun and compound_actor(noun) == "UN":
        # Peacekeepers are the UN's unless a state sends them ("Russia deployed 2,000 peacekeepers").
        owner = (
            _sending_state(ctx, index, c)
            or _possessor(ctx, ctx.places(index), c, noun_end)
            or _possessor_before(ctx, index, c, noun_end)
            or _regional_force(ctx, index)
            or _sending_state_before(ctx, index, c)
            or owner
        )
    if _OF_THE_GROUP_AFTER.match(ctx.text, noun_end) and (group := _group_named_back(ctx, index)):
        return (
            group  # "zwei weitere Soldaten der Miliz": the group named before, whoever else the clause names
        )
    if not owner and (group := _group_owns(ctx, index, c, noun_end)):
        return group
    if owner or not _FIGHTER_NOUN.fullmatch(noun):
        return owner or _actor_around(ctx, index, c, noun_end, leaving)
    # Rebels, militants, terrorists: a group named nearby owns them; a state named nearby fights them.
    if group := _group_named(ctx, index):
        return group
    if pmc := _private_army(ctx, index):
        return pmc  # "Wagner will 30.000 neue Kämpfer anwerben": a private military company's fighters are its state's
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


_FIGHTERS_WORD = re.compile(rf"(?<![\w]){_FIGHTER_NOUN.pattern}(?![\w])")


def _toll_group(ctx: _Context, index: int, c: _Count, rule: str) -> str | None:
    """'the toll of Houthi fighters killed since May rose to 45': the group whose fighters the bare figure counts."""
    if rule != "force_of" or not _FIGHTERS_WORD.search(ctx.text, ctx.sentences.spans[index][0], c.start):
        return None
    return _group_named(ctx, index)


def _group_named(ctx: _Context, index: int) -> str | None:
    """The armed group named in the sentence, or else in the one before: whose fighters these are. A group
    named only as another's ally ("der mit der Hamas verbündeten Hisbollah") is not meant."""
    return _group_named_in(ctx, [index, index - 1] if index > 0 else [index])


def _group_named_back(ctx: _Context, index: int) -> str | None:
    """'Kämpfer der Miliz': the group named in the sentence, the one before, or the one two back when the
    sentence between names no place or group."""
    sentences = [i for i in (index, index - 1, index - 2) if i >= 0]
    if len(sentences) == 3 and ctx.places(index - 1):
        sentences = sentences[:2]
    return _group_named_in(ctx, sentences)


def _group_named_in(ctx: _Context, sentences: list[int]) -> str | None:
    for i in sentences:
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
# A national mandate or contingent: "das Isaf-Mandat des Bundestages", "le contingent français de la Finul".
_MANDATE = re.compile(r"(?i:\w*mandat\w*|obergrenze|\w*kontingent\w*|contingent\w*)")
_CONTINGENT_AFTER = re.compile(r"\s+(?i:kontingent\w*)(?![\w])")
# "der Bundeswehreinsatz", "die Bundesheersoldaten": a national army inside a German compound
_ARMY_COMPOUND = re.compile(r"(?<![\w])(?:Bundeswehr|Bundesheer)\w+")


# A state taking part in a mission with its troops: "Polen beteiligt sich an der Nato-Mission mit 90 Soldaten",
# "l'Espagne est le premier contributeur de la force avec 600 soldats", "Irland stellt bei der Uno-Truppe 330 Mann".
_CONTRIBUTES_BETWEEN = re.compile(
    r"(?<![\w])(?i:beteilig\w*|stellt|stellte|stellen|stellten|entsend\w*|entsandt\w*|unterstützt\w*|"
    r"contribut\w*|provides?|provided|participe\w*|fournit|fournissait|fournir|takes\s+part|took\s+part)(?![\w])"
)
_TOTAL_BEFORE = re.compile(r"(?<![\w])(?i:insgesamt|total|in\s+all|au\s+total|gesamt\w*)\s+(?:\S+\s+)?\Z")
_STRONG_BREAK = re.compile(r"[;:]")


def _contributor_before(ctx: _Context, index: int, c: _Count) -> str | None:
    """The state that takes part in the mission with the troops counted, named as the subject of a verb of taking
    part or contributing before the count in its sentence: its national contingent, not the mission's whole."""
    text = ctx.text
    if _TOTAL_BEFORE.search(text, max(0, c.start - 25), c.start):
        return None  # "rund 2.000 der insgesamt 9.000 Soldaten": the whole
    places = ctx.places(index)
    if not any(info.place.code in _ALLIANCES and info.place.end <= c.start for info in places) and not any(
        compound_actor(m.group()) in _ALLIANCES
        for m in _COMPOUND_WORD.finditer(text, ctx.sentences.spans[index][0], c.start)
    ):
        return None  # the mission comes after the count ("contributes 4,000 troops to the AU force"): left as it was
    states = [
        info.place
        for info in places
        if info.place.end <= c.start
        and info.owner
        and not info.location
        and info.place.code not in _ALLIANCES
        and not info.place.armed_group
        and not info.place.region
    ]
    if not states:
        return None
    state = states[-1]
    between = text[state.end : c.start]
    # a long clause may stand between the state and its count only when the verb is the state's own, beside it
    # ("Österreich beteiligte sich ..., mit einem Bataillon von 600 Mann"; not "Somalias Antrag wurde ... unterstützt")
    beside = _CONTRIBUTES_BETWEEN.search(
        text, max(ctx.sentences.spans[index][0], state.start - 25), state.end + 50
    )
    if len(between) > (200 if beside else 120) or _STRONG_BREAK.search(between) or _THAT.search(between):
        return None
    # the verb may come before its subject: "Derzeit stellt Irland bei der Uno-Truppe 330 Mann"
    start = max(ctx.sentences.spans[index][0], state.start - 25)
    if _CONTRIBUTES_BETWEEN.search(text, start, c.start):
        return state.code
    # ... or close the clause after the count: "Das Heer ist an der EU-Mission mit 300 Soldaten beteiligt"
    if _WITH_BEFORE.search(text, max(0, c.start - 30), c.start) and _TAKES_PART_AFTER_COUNT.match(
        text, c.end
    ):
        return state.code
    return None


_WITH_BEFORE = re.compile(r"(?<![\w])(?i:mit)\s+(?:[^\s\d]+\s+){0,2}\Z")
_TAKES_PART_AFTER_COUNT = re.compile(r"(?:\s+[\w-]+){1,3}?\s+(?i:beteiligt|vertreten)(?![\w])")
# "Mit 400 Soldaten ... ist Italien größter Truppensteller": the state named after the count as the contributor
_CONTRIBUTOR_NOUN_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?i:\w*truppensteller\w*)(?![\w])")


def _troop_provider_after(ctx: _Context, index: int, c: _Count) -> str | None:
    text = ctx.text
    for info in ctx.places(index):
        p = info.place
        if (
            p.start >= c.end
            and info.owner
            and p.code not in _ALLIANCES
            and not (p.armed_group or p.region or info.location)
            and not _STRONG_BREAK.search(text, c.end, p.start)
            and p.start - c.end <= 120
            and _CONTRIBUTOR_NOUN_AFTER.match(text, p.end)
        ):
            return p.code
    return None


def _national_contingent(ctx: _Context, index: int, c: _Count, actor: str | None) -> str | None:
    """A mission's troops that a state sends under its own mandate are that state's: "die deutsche
    Isaf-Truppe" (a demonym right before the mission), or a parliament's or army's mandate for the mission
    ("Das Kfor-Mandat, über das der Bundestag morgen abstimmt ... 800 Soldaten")."""
    if actor not in _ALLIANCES:
        return actor
    if contributor := _contributor_before(ctx, index, c) or _troop_provider_after(ctx, index, c):
        return contributor
    text = ctx.text
    # "Die KFOR hat eine Stärke von 14.000 Soldaten": the mission named in the count's own sentence keeps them
    named_here = any(info.place.code == actor for info in ctx.places(index))
    s0, e0 = ctx.sentences.spans[index]
    mandate_here = _MANDATE.search(text, s0, e0) is not None
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
        # "Das Kontingent besteht aus 1000 Soldaten" after a sentence naming the army that sends it
        if _MANDATE.search(text, s, e) or (i < index and mandate_here):
            national = [
                info.place.code
                for info in places
                if info.place.actor_only and info.place.code not in _ALLIANCES
            ] + [code for m in _ARMY_COMPOUND.finditer(text, s, e) if (code := compound_actor(m.group()))]
            # "Das Schweizer Kontingent der Nato-Schutztruppe": the nation a contingent is named by
            national += [
                info.place.code
                for info in places
                if info.place.code not in _ALLIANCES and _CONTINGENT_AFTER.match(text, info.place.end)
            ]
            if national:
                return national[0]  # the Bundestag's or Bundeswehr's mandate
    return actor


# "Das Bundesheer beteiligt sich seit 2011 an dem UNO-Einsatz", "Ireland contributes to the mission": a state
# taking part in the mission the sentence before counts troops of
_CONTRIBUTES = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?i:beteiligt\s+sich|contributes|participates|takes\s+part|participe|contribue)(?![\w])"
)


_NOT_A_YEAR = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d(?![\d.,]))\d")


def _contributor_after(ctx: _Context, index: int, actor: str | None) -> str | None:
    """A mission's troops whose next sentence opens with a state or its army taking part in the mission, and counts
    nobody, are that state's contingent."""
    if actor not in _ALLIANCES or index + 1 >= len(ctx.sentences.spans):
        return actor
    s, e = ctx.sentences.spans[index + 1]
    if _NOT_A_YEAR.search(ctx.text, s, e):
        return actor  # the next sentence counts others
    for info in ctx.places(index + 1):
        p = info.place
        if p.code in _ALLIANCES or p.start - s > 12 or not info.owner:
            continue
        if _CONTRIBUTES.match(ctx.text, p.end):
            return p.code
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


# "Soldaten aus 7 Staaten", "troops from eleven nations", "soldats de huit pays", "beider Länder": a total of
# several states' troops, which no one state owns.
_SEVERAL = (
    r"(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|twenty|thirty|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|vingt|"
    r"trente|several|many|numerous|dozens\s+of|mehreren|vielen|zahlreichen|dutzenden|plusieurs|nombreux|"
    r"une\s+dizaine\s+de|a\s+dozen)"
)
_NATIONS = r"(?:staaten|ländern|nationen|nations|countries|pays|états|partnerländern|partnerstaaten)"
_FROM_NATIONS_AFTER = re.compile(
    r"[^\d;:()]{0,40}?(?<![\w])(?i:aus|from|de|d['’]|issus\s+de|provenant\s+de|venant\s+de|originaires\s+de|of)\s+"
    r"(?:(?i:plus\s+de|more\s+than|mehr\s+als|über|rund|some|about|around|environ|près\s+de)\s+)?"
    rf"(?i:{_SEVERAL})\s+(?:[\w-]+\s+)?(?i:{_NATIONS})(?![\w])"
    r"|\s+(?i:aus\s+aller\s+welt|from\s+around\s+the\s+world|du\s+monde\s+entier|beider\s+länder|"
    r"of\s+both\s+countries|des\s+deux\s+pays)(?![\w])"
)
_NATION_WORD = re.compile(rf"(?i:{_NATIONS}|länder|welt|world|monde|both)(?![\w])")
# "Beteiligt sind 9 Länder mit 4100 Soldaten", "with 12 nations and 7,000 sailors"
_NATIONS_WITH_BEFORE = re.compile(
    rf"(?i:{_SEVERAL})\s+(?:[\w-]+\s+)?(?i:{_NATIONS})\s+(?i:mit|with|and|et|avec)\s+\Z"
)


def _multinational(ctx: _Context, index: int, c: _Count, noun_end: int) -> str | None:
    """The owner of a multinational total: the alliance or mission named with it (in its sentence, else the one
    before: "Der Nato-Verband zählt 3000 Soldaten aus 8 Staaten"), else nobody ("").
    None when the count is no such total."""
    text = ctx.text
    if not _NATION_WORD.search(text, max(0, c.start - 40), min(len(text), noun_end + 100)):
        return None  # cheap test first: most counts name no nations at all
    if not (
        _FROM_NATIONS_AFTER.match(text, noun_end)
        or _NATIONS_WITH_BEFORE.search(text, max(0, c.start - 40), c.start)
    ):
        return None
    for i in (index, index - 1) if index > 0 else (index,):
        bodies = [
            (info.place.start, info.place.code) for info in ctx.places(i) if info.place.code in _ALLIANCES
        ]
        s, e = ctx.sentences.spans[i]
        # "die Nato-geführte Truppe", "die EU-Ausbildungsmission": the alliance inside a compound
        bodies += [
            (m.start(), code)
            for m in _COMPOUND_WORD.finditer(text, s, e)
            if (code := compound_actor(m.group()) or "") in _ALLIANCES
        ]
        if bodies:
            bodies.sort()
            before = [b for b in bodies if b[0] < c.start] if i == index else []
            return (before[-1] if before else bodies[0])[1]
    return ""


_COMPOUND_WORD = re.compile(r"(?<![\w-])\w+-\w[\w-]*")


# "58 victimes parmi les soldats français", "35 morts parmi des jihadistes": the losses belong to the troops
# named after "parmi", never to the army that struck them; "" when those troops are named by no state or group.
_VICTIMS_AMONG_FR = re.compile(
    r"\s+(?i:victimes|morts|tués|blessés|pertes|décès)\s+(?i:parmi|dans\s+les\s+rangs)\s+"
    r"(?:(?P<det>(?i:les|des|ses|leurs|nos|de\s+ses|de\s+leurs))\s+)?(?P<noun>[\w-]+)[^,.;:!?()\d]{0,40}"
)
_POSSESSIVE_FR = re.compile(r"(?i:(?:de\s+)?(?:ses|leurs|nos))")


def _victims_among_fr(ctx: _Context, index: int, c: _Count) -> str | None:
    among = _VICTIMS_AMONG_FR.match(ctx.text, c.end)
    if among is None or not ctx.g.troop_anywhere.fullmatch(among.group("noun")):
        return None
    if among.group("det") and _POSSESSIVE_FR.fullmatch(among.group("det")):
        return None  # "1351 décès parmi ses troupes": the subject's own troops, found as any owner
    for info in ctx.places(index):
        if among.start("noun") <= info.place.start < among.end() and (info.owner or info.place.adjective):
            return info.place.code
    # fighters are the group's named nearby, or nobody's to code; soldiers of no state named are found as any soldiers
    if _FIGHTER_NOUN.fullmatch(among.group("noun")):
        return _group_named(ctx, index) or ""
    return None


def _victims_or_multinational(ctx: _Context, index: int, c: _Count, noun_end: int) -> str | None:
    among = _victims_among_fr(ctx, index, c) if ctx.lang == "fr" else None
    return among if among is not None else _multinational(ctx, index, c, noun_end)


# "Du côté du M23, il y a eu 721 morts", "et côté M23 on compte 6 morts": the side named before the count, in
# its clause, owns the losses counted after it
_OF_FR = r"(?:(?i:du|de\s+la|des|de\s+l['’]|de)\s*)?"
_SIDE_BEFORE_FR = re.compile(
    rf"(?<![\w])(?i:(?:du\s+)?côté)\s+{_OF_FR}(?:(?i:rebelles|insurgés|forces|troupes|rangs|combattants)\s+{_OF_FR})?\Z"
)
_SIDE_GAP = re.compile(r"[^.;:!?()«»\"“”]{0,70}")
# "die Polen (1.800), die Spanier (950)": a count in brackets after the people it counts (a country's name
# before brackets may be where the troops are: "in Litauen (900)")
_BRACKET_OPEN = re.compile(r"\s*\(\s*\Z")
_BRACKET_CLOSE = re.compile(r"\s*\)")
# "Treize soldats étrangers", "foreign troops", "ausländische Soldaten": troops of no one state
_FOREIGN_AFTER_FR = re.compile(r"\s+(?i:étrang[eè]r\w*)(?![\w])")
_FOREIGN_BEFORE = re.compile(r"(?<![\w])(?i:foreign|ausländisch\w*)\s+\Z")


_CHEZ_AFTER = re.compile(
    r"\s+(?i:chez|dans\s+les\s+rangs\s+d)\s*(?:(?i:les|l['’]|es|u|e\s+la|e\s+l['’])\s*)?"
)
_UNNAMED_SIDE = re.compile(
    r"(?i:insurgés|rebelles|jihadistes|djihadistes|assaillants|terroristes|islamistes|ennemis|groupes\s+armés)(?![\w])"
)


def _side_among(ctx: _Context, index: int, at: int) -> str | None:
    named = {i.place.start: i.place.code for i in ctx.places(index)}
    if at in named:
        return named[at]
    unnamed = _UNNAMED_SIDE.match(ctx.text, at)
    if unnamed is None:
        return None
    of = _OF_GROUP.match(ctx.text, unnamed.end())
    return named.get(of.end(), "") if of else ""  # "chez les rebelles du M23": the group; else no one's


_OF_GROUP = re.compile(r"\s+(?i:du|de\s+la|des|de\s+l['’]|de)\s*")


def _side_named_before(ctx: _Context, index: int, c: _Count) -> str | None:
    if ctx.lang != "fr":
        return None
    start = ctx.sentences.spans[index][0]
    if any(c.end <= i.place.start <= c.end + 1 for i in ctx.places(index)):
        return None  # "dont 72 Rwandais": a demonym after the count names its own owner
    for info in reversed(ctx.places(index)):
        p = info.place
        if p.end > c.start or p.start < start:
            continue
        if not _SIDE_BEFORE_FR.search(ctx.text, max(start, p.start - 40), p.start):
            continue
        if not _SIDE_GAP.fullmatch(ctx.text, p.end, c.start) or "côté" in ctx.text[p.end : c.start]:
            return None
        return p.code
    return None


def _bracketed_after(ctx: _Context, index: int, c: _Count) -> str | None:
    if not _BRACKET_CLOSE.match(ctx.text, c.end):
        return None
    m = _BRACKET_OPEN.search(ctx.text, max(0, c.start - 4), c.start)
    if m is None:
        return None
    return next(
        (
            i.place.code
            for i in ctx.places(index)
            if i.place.end == m.start() and i.place.adjective and not i.place.region
        ),
        None,
    )


# "2 officiers et 36 combattants du M23", "12 officers and 40 fighters of the Taliban": the armed group named after
# the second of two coordinated counts owns both
_SHARED_GROUP_AFTER = re.compile(
    r"\s+(?i:et|and|und)\s+\d[\d\s.,]*\s+[\w-]+\s+(?i:du|de\s+la|des|de\s+l['’]|of\s+the|of|der)\s+"
)
_GROUP_KIND = re.compile(r"(?i:mouvement|groupe|group|miliz|milice|militia)\s+")


def _shared_group_after(ctx: _Context, index: int, noun_end: int) -> str | None:
    m = _SHARED_GROUP_AFTER.match(ctx.text, noun_end)
    if m is None:
        return None
    kind = _GROUP_KIND.match(ctx.text, m.end())
    starts = {m.end(), kind.end()} if kind else {m.end()}
    return next(
        (i.place.code for i in ctx.places(index) if i.place.start in starts and i.place.armed_group),
        None,
    )


def foreign_troops(ctx: _Context, c: _Count, noun: str, noun_end: int) -> bool:
    """'Treize soldats étrangers', 'foreign troops', 'ausländische Soldaten': troops of no one state."""
    if not noun or _FIGHTER_NOUN.fullmatch(noun):
        return False  # "5,000 foreign fighters" of a group are its own
    if ctx.lang == "fr":
        return bool(_FOREIGN_AFTER_FR.match(ctx.text, noun_end))
    return bool(_FOREIGN_BEFORE.search(ctx.text, c.end, max(c.end, noun_end - len(noun))))


def _marked_owner(ctx: _Context, index: int, c: _Count, noun: str, noun_end: int) -> str | None:
    """An owner the count's own phrase marks: a body before its brackets, the side named before it, the group
    after a coordinated count; '' for troops called foreign or of an army with no code; None when nothing marks one."""
    if _UNCODED_TROOPS.fullmatch(noun):
        return ""  # "Der Wehrmacht fielen Millionen Rotarmisten in die Hände": an army of the past, no code
    if bracketed := _bracketed_after(ctx, index, c):
        return bracketed
    if foreign_troops(ctx, c, noun, noun_end):
        return ""
    if ctx.lang == "fr" and (among := _CHEZ_AFTER.match(ctx.text, noun_end)):
        # "une centaine de morts chez les insurgés": the side the losses are among, named or not
        return _side_among(ctx, index, among.end())
    if (side := _side_named_before(ctx, index, c)) and not compound_actor(noun):
        return side
    if noun and (group := _shared_group_after(ctx, index, noun_end)):
        return group
    return None


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
    if (marked := _marked_owner(ctx, index, c, noun, noun_end)) is not None:
        return marked or None
    if _several_states(ctx, index, c, noun_end):
        return None
    if (multinational := _victims_or_multinational(ctx, index, c, head.noun_end)) is not None:
        return multinational or None
    if antecedent is not None:
        a_index = ctx.sentences.index_of(antecedent.start())
        fighters = _FIGHTER_NOUN.fullmatch(antecedent.group())
        actor = (
            compound_actor(antecedent.group())
            or (_group_named(ctx, a_index) if fighters else None)
            or _actor_near(
                ctx, a_index, antecedent.start() - 40, antecedent.end() + 25, antecedent.start(), leaving
            )
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
        actor = _actor(ctx, index, c, noun, noun_end, leaving) or _toll_group(ctx, index, c, head.rule)
    actor = _national_contingent(ctx, index, c, actor)
    actor = _contributor_after(ctx, index, actor)
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
    if (
        actor is not None
        and previous is not None
        and previous.actor_code not in (None, actor)
        and previous.actor_code not in group_codes()
        and ctx.sentences.index_of(previous.char_start) == index - 1
        and head.rule == "noun"
        and not compound_actor(noun)
        and not _FIGHTER_NOUN.fullmatch(noun)
        and not any(info.owner for info in ctx.places(index))
    ):
        # "... 5 militaires français de la FINUL ... Les occupants ont été blessés, 4 militaires ...": the troops
        # counted in the sentence before, not the first body that sentence names
        actor = previous.actor_code
    if actor is None and index > 0 and not _FIGHTER_NOUN.fullmatch(noun):
        actor = _owner_in_troops_before(ctx, index)
    if actor is None and ctx.lang == "de" and not _FIGHTER_NOUN.fullmatch(noun):
        actor = _army_word_near(ctx, index)
    if actor in (None, "PSE") and ctx.lang == "de" and not _FIGHTER_NOUN.fullmatch(noun):
        actor = _enemy_of_group(ctx, index) or actor
    actor = _unless_the_trainer(ctx, index, c, noun, noun_end, actor)
    if (
        actor is None
        and ctx.lang == "en"
        and _US_MARINES.search(ctx.text, c.end, min(len(ctx.text), noun_end + 16))
        and _names_us_place(ctx)
    ):
        # English news writes the US Marine Corps' troops as plain "Marines" when a US base or city already says
        # whose they are ("left San Diego", "NORFOLK, Va."); other navies' marines get their country's name, which
        # the rules above read first ("Royal Marines", "South Korean marines")
        actor = "USA"
    return "TTP" if actor == "TALIBAN" and _pakistani_taliban(ctx, index) else actor


def _pakistani_taliban(ctx: _Context, index: int) -> bool:
    """Taliban fighting in a story about Pakistan (its soldiers, its regions) and not Afghanistan: the Pakistani
    Taliban (TTP), a group of their own."""
    codes = {
        info.place.code
        for i in range(max(0, index - 1), min(len(ctx.sentences.spans), index + 2))
        for info in ctx.places(i)
    }
    return "PAK" in codes and "AFG" not in codes


_US_MARINES = re.compile(r"(?<![\w-])Marines(?![\w-])")

# "Die Bundeswehr hat davon etwa 3 000 geschult": a bare figure of trainees; the army or state that trains them is
# the subject of the training verb, and the trainees' owner is someone else (named before, or left unsaid)
_TRAINED_AFTER = re.compile(
    r"(?:[^.;:!?]|\.(?=\d)){0,40}?\s(?:(?i:zu\s+))?"
    r"(?i:ausgebildet|ausbilden|auszubilden|trainiert|trainieren|geschult|schulen)(?![\w])"
    r"(?!\s+(?i:worden|werden|wurden))"
)
_TRAINER_VERB = r"(?:hat|haben|hatte|hatten|will|wollen|wollte|soll|sollen|sollte)"
_SUBJECT_AFTER = re.compile(rf"\s+{_TRAINER_VERB}(?![\w])")
_SUBJECT_BEFORE = re.compile(rf"(?<![\w]){_TRAINER_VERB}\s+\Z")


def _unless_the_trainer(
    ctx: _Context, index: int, c: _Count, noun: str, noun_end: int, actor: str | None
) -> str | None:
    if actor is None or ctx.lang != "de" or noun or not _trainer_named_before(ctx, index, c, noun_end, actor):
        return actor
    return None


def _trainer_named_before(ctx: _Context, index: int, c: _Count, noun_end: int, actor: str) -> bool:
    if not _TRAINED_AFTER.match(ctx.text, noun_end):
        return False
    text, s = ctx.text, ctx.sentences.spans[index][0]
    named = [
        (m.start(), m.end(), compound_actor(m.group("army"))) for m in _ARMY_WORD.finditer(text, s, c.start)
    ]
    named += [(i.place.start, i.place.end, i.place.code) for i in ctx.places(index) if i.place.end <= c.start]
    return any(
        code == actor
        and (_SUBJECT_AFTER.match(text, end) or _SUBJECT_BEFORE.search(text, max(s, start - 12), start))
        for start, end, code in named
    )


def _names_us_place(ctx: _Context) -> bool:
    return any(info.place.code == "USA" for i in range(len(ctx.sentences.spans)) for info in ctx.places(i))


def _owner_in_troops_before(ctx: _Context, index: int) -> str | None:
    """The owner inside the troop noun of the sentence before ("die ersten Bundeswehrsoldaten sind eingetroffen.
    Die rund 100 Soldaten ..."), when it names one: the same troops, counted now."""
    s, e = ctx.sentences.spans[index - 1]
    owners = {compound_actor(m.group()) for m in ctx.g.troop_anywhere.finditer(ctx.text, s, e)} - {None}
    return owners.pop() if len(owners) == 1 else None


# A German or Austrian army named by a word of its own or at the head of a compound ("nach Bundeswehrangaben",
# "der Bundeswehreinsatz", "Kräfte des Bundesheeres").
_ARMY_WORD = re.compile(r"(?<![\w-])(?P<army>Bundeswehr|Bundesheer)[\w-]*")
# Armies of the past that own their soldiers but have no code: beside them the Bundeswehr owns nobody
# ("Die NVA hatte damals 90.000 Soldaten. Das Bundeswehrkommando Ost übernahm die Auflösung").
# Soldiers of those armies by a noun of their own ("Rotarmisten", "Sowjetsoldaten"); former NVA soldiers may serve
# in the Bundeswehr
_UNCODED_TROOPS = re.compile(r"(?i:rotarmist\w*|sowjetsoldat\w*|volksarmist\w*)")
_COUNTED_BEFORE = re.compile(r"\d[\d.,]*\s+(?:[a-zäöüß][\w-]*\s+)?\Z")
_UNCODED_ARMY = re.compile(r"(?<![\w-])(?:NVA|Volksarmee\w*|Sowjet\w*|Rote[nr]? Armee)(?![\w])")


def _army_word_near(ctx: _Context, index: int) -> str | None:
    """Soldiers no phrase gives an owner to belong to the one state army named in their sentence, else in the
    next one ("Acht Soldaten brechen nach Prizren auf. Dort ist die Bundeswehr seit 1999 im Einsatz"), else in
    the one before: a story about an army names it once."""
    spans = ctx.sentences.spans
    for i in (index, index + 1, index - 1):
        if not 0 <= i < len(spans):
            continue
        s, e = spans[i]
        if _UNCODED_ARMY.search(ctx.text, s, e):
            return None
        codes = {
            compound_actor(m.group("army"))
            for m in _ARMY_WORD.finditer(ctx.text, s, e)
            # "Weitere 250 Bundeswehrsoldaten" in another sentence: troops counted for themselves
            if i == index or not _COUNTED_BEFORE.search(ctx.text, max(s, m.start() - 24), m.start())
        }
        if codes:
            return codes.pop() if len(codes) == 1 else None
    return None


# The one state army that fights a group: soldiers counted in a fight with it are that state's.
_GROUP_ENEMY = {"HAMAS": "ISR", "PIJ": "ISR", "HEZBOLLAH": "ISR"}


def _enemy_of_group(ctx: _Context, index: int) -> str | None:
    """'bei Kämpfen gegen die Hamas wurden vier Soldaten getötet': soldiers (not the group's fighters) that nobody
    owns in a sentence about a fight with Hamas or Hezbollah are the Israeli army's; the Gaza Strip they fight
    in owns no soldiers."""
    groups = {
        info.place.code
        for info in ctx.places(index)
        if info.place.armed_group
        and _FOUGHT_BEFORE.search(ctx.text, max(0, info.place.start - 40), info.place.start)
    }
    enemies = {_GROUP_ENEMY.get(code) for code in groups}
    return enemies.pop() if len(enemies) == 1 else None


# "Kämpfe gegen die Hamas", "Gefechte mit der Hisbollah", "der Überfall der Hamas": the group as the enemy
_FOUGHT_BEFORE = re.compile(
    r"(?<![\w])(?i:gegen|(?:kampf|kämpfe|kämpfen|gefecht|gefechte|gefechten|krieg)\w*\s+mit|überfall|angriff\w*)"
    r"\s+(?:(?i:die|der|den|des|dem)\s+)?(?:[\w-]+\s+)?\Z"
)


def home_army(ctx: _Context, index: int, noun: str) -> str | None:
    """'In Schweden dienen heute 30.000 Reservisten', 'there are 25,000 conscripts in Norway': the size of an army
    counted in one country, with no owner named, is that country's own army. Not a militia's fighters counted beside
    a place it holds, nor troops stationed there, nor the country of a war."""
    s, e = ctx.sentences.spans[index]
    if _FIGHTER_NOUN.fullmatch(noun) or _NOT_HOME_ARMY.search(ctx.text, s, e):
        return None
    places = ctx.places(index)
    if any(info.place.actor_only for info in places):
        return None  # an army or a group named that did not own the count: the place does not own it either
    states = {
        info.place.code
        for info in places
        if info.location
        and info.place.code == info.place.site
        and not (info.place.region or info.place.adjective)
        and not _WAR_BEFORE.search(ctx.text, max(s, info.place.start - 60), info.place.start)
        # "20.000 Soldaten, davon 3.000 in Mali": the place of a part of the troops is where they serve, not home
        and not _PART_PLACED_BEFORE.search(ctx.text, max(s, info.place.start - 40), info.place.start)
    }
    return states.pop() if len(states) == 1 else None


_PART_PLACED_BEFORE = re.compile(
    r"(?<![\w])(?i:davon|darunter|wovon|of whom|of which|dont)(?![\w])(?:[^.;:!?]|(?<=\d)\.(?=\d)){0,30}\Z"
)


# Words that make an army counted in a country someone else's: a group, or troops stationed there.
_NOT_HOME_ARMY = re.compile(
    r"(?<![\w])(?i:gruppe|group|groupe|miliz\w*|militia|milice|mouvement|rebel\w*|stationier\w*|stationed|"
    r"stationnés?|based|basés?|déployés?|deployed|entsandt\w*|eingesetzt\w*)(?![\w])"
)


def victims_army(ctx: _Context, index: int, noun: str, location: str | None) -> str | None:
    """'Jihadists killed 14 soldiers in an ambush in western Niger': soldiers that insurgents or a group
    kill or wound in a country, with no owner named, are that country's own army (the victims', not the killers').
    The country and the attack may be told in the sentence before when the count's own sentence names no place."""
    if location is None or not noun or _FIGHTER_NOUN.fullmatch(noun) or _INSURGENTS.fullmatch(noun):
        return None
    scope = [index] if ctx.places(index) or index == 0 else [index, index - 1]
    if not any(
        info.location and info.place.code == location and not info.place.region
        for i in scope
        for info in ctx.places(i)
    ):
        return None  # only carried from further back, or a province, where another state's troops may fight
    start, end = ctx.sentences.spans[scope[-1]][0], ctx.sentences.spans[index][1]
    places = [info for i in scope for info in ctx.places(i)]
    if any(info.place.actor_only and not info.place.armed_group for info in places):
        return None  # an army or a leader named that did not own the count
    if _STATIONED.search(ctx.text, start, end):
        return None  # "soldiers stationed in Mali": someone else's troops there
    attackers = (
        any(info.place.armed_group for info in places)
        or _INSURGENTS.search(ctx.text, start, end)
        or _AMBUSH.search(ctx.text, start, end)
        # "died in the attack on northern Jordan, among them dozens of soldiers": the state attacked
        or any(
            info.place.code == location
            and _ATTACK_ON_BEFORE.search(ctx.text, max(start, info.place.start - 40), info.place.start)
            for info in places
        )
    )
    return location if attackers else None


_ATTACK_ON_BEFORE = re.compile(
    r"(?<![\w])(?i:attacks?\s+on|assault\s+on|raid\s+on|invasion\s+of|angriffs?\s+auf|überfalls?\s+auf|"
    r"attaques?\s+contre|offensive\s+contre)\s+(?:(?i:the|die|das|den|l['’]|la|le)\s*)?"
    r"(?:(?i:southern|northern|eastern|western|south|north|east|west|süd|nord|ost|west|sud)\w*\s+)?\Z"
)


# An ambush or a bomb: the way insurgents, not armies, strike
_AMBUSH = re.compile(
    r"(?<![\w])(?i:ambush\w*|roadside\s+bomb\w*|IEDs?|suicide\s+(?:bomb\w*|attack\w*)|hinterhalt\w*|"
    r"sprengfalle\w*|selbstmordanschl\w*|embuscade\w*|engins?\s+explosifs?|attentats?\s+suicide|kamikazes?|"
    # "ein Selbstmordattentäter ... tötete sechs Soldaten", "eine Autobombe", "ein Sprengsatz"
    r"\w*attentäter\w*|autobombe\w*|sprengsatz|sprengsätze\w*)(?![\w])"
)


# Non-state attackers: whose victims are the army of the country they strike in.
_INSURGENTS = re.compile(
    r"(?<![\w])(?i:insurgents?|militants?|jihadists?|islamists?|terrorists?|rebels?|gunmen|bandits|extremists?|"
    r"attackers|assailants|aufständische\w*|islamisten|dschihadisten|terroristen|rebellen|extremisten|bewaffnete\w*|"
    # ("une attaque jihadiste": the French adjective in the singular as well)
    r"angreifer\w*|insurgés|djihadistes?|jihadistes?|islamistes?|terroristes?|rebelles?|assaillants|hommes\s+armés)(?![\w])"
)
_STATIONED = re.compile(
    r"(?<![\w])(?i:stationed|deployed|based|peacekeep\w*|stationier\w*|entsandt\w*|stationnés?|déployés?|"
    r"casques\s+bleus|blauhelm\w*|mission|minusma|monusco|unifil|finul|barkhane|international\w*)(?![\w])"
)


# Private military companies that count as their state's forces (ANNOTATION.md: Wagner, Africa Corps -> RUS).
_PRIVATE_ARMY = re.compile(r"(?<![\w])(?:Wagner|Africa[- ]Corps|Afrika[- ]?[Kk]orps|Prigo[zžsj]\w*)(?![\w])")


def _private_army(ctx: _Context, index: int) -> str | None:
    """The state of a private military company named in the count's sentence or the one before."""
    for i in (index, index - 1) if index > 0 else (index,):
        s, e = ctx.sentences.spans[i]
        for info in ctx.places(i):
            p = info.place
            if p.actor_only and _PRIVATE_ARMY.match(ctx.text, p.start, p.end):
                return p.code
        if _PRIVATE_ARMY.search(ctx.text, s, e):
            return None
    return None
