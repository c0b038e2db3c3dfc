"""Spans and types in en/fr: soldiers of a junta or regime and "civilian fighters" of a resistance, hostages named
by nationality, French members of an armed group named by its kind, the dead "parmi les éléments" or "dans les
rangs" of a force, gendarmes counted as "militaires", people called up for service, the past historic of history
writing, a count in quotation marks, the units counted in a list after a casualty figure, and type cues (an army word
inside the noun phrase, "assign", "former un détachement") (sentences written here, after kinds of misses found on
fresh real news)."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def spans(text: str, lang: str) -> list[tuple[str, str]]:
    return [(m.count_text, m.mention_type) for m in extract_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a junta's or a regime's soldiers, a resistance's fighters
        ("Twelve junta soldiers died when rebels overran the outpost.", "en", [("Twelve", "casualties")]),
        (
            "The column of 45 regime troops was ambushed near the river.",
            "en",
            [("45", "deployment")],
        ),
        (
            "At least 17 resistance fighters were wounded in the shelling.",
            "en",
            [("At least 17", "casualties")],
        ),
        ("Some 200 pro-junta militiamen guard the bridge.", "en", [("Some 200", "deployment")]),
        # fighters called civilian by the side they fight for, and the losses listed after them
        (
            "Seven civilian fighters were killed and 11 were wounded in the raid.",
            "en",
            [("Seven", "casualties"), ("11", "casualties")],
        ),
        (
            "About 400 civilian resistance fighters attacked the base at dawn.",
            "en",
            [("About 400", "deployment")],
        ),
        # ... while civilians and civilian staff stay out
        ("The blast killed 40 civilians near the market.", "en", []),
        ("The base employs 300 civilian staff.", "en", []),
    ],
)
def test_regime_and_resistance_soldiers(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the nationals among hostages are captives, not troops
        ("The gunmen still hold 25 hostages, including nine Filipinos and two Germans.", "en"),
        ("The kidnappers released eight more foreign hostages, including three Italians.", "en"),
        ("Le groupe détient encore 14 otages, dont six Français.", "fr"),
    ],
)
def test_nationals_among_hostages_are_no_troops(text: str, lang: str) -> None:
    assert spans(text, lang) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members of a group named by its kind after the noun
        (
            "Une trentaine de membres du groupe armé ougandais ADF ont été tués samedi.",
            [("Une trentaine", "casualties")],
        ),
        ("Neuf membres d'un mouvement rebelle ont été capturés.", [("Neuf", "casualties")]),
        ("Onze membres du groupe jihadiste ont été neutralisés.", [("Onze", "casualties")]),
        # ... not the members of a working group or a club
        ("Douze membres du groupe de travail ont démissionné.", []),
        ("Vingt membres du club ont été blessés dans l'accident.", []),
    ],
)
def test_french_members_of_an_armed_group(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead among the fighters of a named group, or in the ranks of troops
        (
            "L'assaut s'est soldé par 31 morts parmi les éléments du M23, d'après l'état-major.",
            [("31", "casualties")],
        ),
        (
            "On dénombre 18 morts parmi les combattants du M23 après l'offensive.",
            [("18", "casualties")],
        ),
        (
            "Environ 400 fusillés dans les rangs des troupes britanniques furent réhabilités en 2006.",
            [("Environ 400", "casualties")],
        ),
        # a side named in brackets, the accent left out
        (
            "L'armée fait état de 4 morts (coté nigérien) après l'embuscade.",
            [("4", "casualties")],
        ),
        # ... but the dead among the inhabitants, or among the members of a procession, are no troops
        ("L'explosion a fait 27 morts parmi les habitants du quartier.", []),
        ("L'accident a fait 5 morts parmi les éléments du cortège.", []),
    ],
)
def test_french_dead_among_the_ranks(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gendarmes are "militaires" in French, and a police force
        ("Pour le sommet, la gendarmerie engage 6 200 militaires.", []),
        ("Côté gendarmerie, ce sont 3 000 militaires qui sont mobilisés.", []),
        ("Le ministre mobilise 9 000 personnels des forces de l'ordre pour le match.", []),
        ("Quelque 4 000 membres des forces de l'ordre seront déployés.", []),
        # ... while the army's soldiers next to them are troops
        ("L'armée de Terre et la gendarmerie déploient 2 500 militaires.", [("2 500", "deployment")]),
        ("L'opération Sentinelle mobilise toujours 7 000 militaires.", [("7 000", "deployment")]),
    ],
)
def test_gendarmes_counted_as_militaires(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # people called up for service are recruits of the army
        (
            "Chaque année, 40 000 personnes sont appelées au service militaire.",
            "fr",
            [("40 000", "force_size")],
        ),
        (
            "Environ 90 000 personnes seront appelées sous les drapeaux.",
            "fr",
            [("Environ 90 000", "force_size")],
        ),
        (
            "The new law calls 120,000 people up for military service each year.",
            "en",
            [("120,000", "force_size")],
        ),
        # ... not people called up to testify
        ("About 2,000 people were called up to testify.", "en", []),
        ("Près de 3 000 personnes se sont rendues au service des urgences.", "fr", []),
    ],
)
def test_people_called_up(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the past historic of history writing
        ("En 1917, 412 soldats furent fusillés pour mutinerie.", [("412", "casualties")]),
        ("Ce jour-là, 2 300 soldats périrent devant le fort.", [("2 300", "casualties")]),
        ("Les 40 soldats qui moururent à Bazeilles furent enterrés sur place.", [("40", "casualties")]),
        # a nation's people who died or served in a war
        (
            "Près de 45 000 Britanniques périrent pendant la Grande Guerre.",
            [("Près de 45 000", "casualties")],
        ),
        (
            "Pendant la guerre, plus de 100 000 Belges servirent outre-mer.",
            [("plus de 100 000", "force_size")],
        ),
        # ... not those of a shipwreck or a famine
        ("En 1850, 3 000 Irlandais périrent dans le naufrage.", []),
        ("Pendant la famine, des milliers d'Irlandais périrent.", []),
    ],
)
def test_past_historic(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text, "fr") == expected


def test_noun_in_french_quotation_marks() -> None:
    assert spans("Depuis janvier, près de 300 « terroristes » ont été neutralisés.", "fr") == [
        ("près de 300", "casualties")
    ]
    assert spans("Depuis janvier, près de 300 «rebelles» ont été capturés.", "fr") == [
        ("près de 300", "casualties")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the dead of a casualty figure split over operations or places in a list
        (
            "Au total, 52 soldats ont été tués, 12 pendant l'opération Serval et 40 dans le cadre de l'opération Barkhane.",
            "fr",
            [("52", "casualties"), ("12", "casualties"), ("40", "casualties")],
        ),
        (
            "Nine soldiers were killed, four in the north and five in the east.",
            "en",
            [("Nine", "casualties"), ("four", "casualties"), ("five", "casualties")],
        ),
        # ... while a count in a clause with a cue of its own keeps its type
        (
            "Au total, 52 soldats ont été tués et 300 restent stationnés dans la vallée.",
            "fr",
            [("52", "casualties"), ("300", "deployment")],
        ),
        (
            "Nine soldiers were killed and 40 were sent home.",
            "en",
            [("Nine", "casualties"), ("40", "withdrawal")],
        ),
    ],
)
def test_list_after_a_casualty_count(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an army word inside the noun phrase says whose troops they are
        ("Hundreds of army troops were sent to the province.", "en", [("Hundreds", "deployment")]),
        (
            "About 3,000 military personnel were deployed to the border region.",
            "en",
            [("About 3,000", "deployment")],
        ),
        ("The army has 40,000 soldiers.", "en", [("40,000", "force_size")]),
        # troops assigned to a task
        ("The army assigned 6,000 soldiers to hunt the rebel leader.", "en", [("6,000", "deployment")]),
        ("Some 800 troops are assigned to the task force.", "en", [("Some 800", "deployment")]),
        # forming a unit trains no one; training soldiers does
        (
            "Ils rejoignent leurs camarades pour former un détachement de 300 militaires.",
            "fr",
            [("300", "deployment")],
        ),
        ("La mission doit former 1 200 soldats maliens.", "fr", [("1 200", "training")]),
    ],
)
def test_type_cues(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the figure repeated in brackets, or remarked on, between the count and its noun
        ("Six (6) soldats tchadiens ont été blessés.", "fr", [("Six", "casualties")]),
        ("Twelve (12) soldiers were wounded in the blast.", "en", [("Twelve", "casualties")]),
        (
            "Il y eut jusqu'à 9 000 (!) militaires déployés dans la zone.",
            "fr",
            [("jusqu'à 9 000", "deployment")],
        ),
        # ... not a number in brackets after a unit's name
        ("The 2 (two) brigades left the city.", "en", []),
    ],
)
def test_bracket_between_count_and_noun(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # counts whose verb is left out, each with an object of its own
        (
            "Au rappel, 2 100 réservistes ont rejoint l'infanterie, 340 les blindés et 120 le génie.",
            "fr",
            [("2 100", "force_size"), ("340", "force_size"), ("120", "force_size")],
        ),
        (
            "This year 1,500 recruits joined the infantry, 260 the artillery and 90 the signals corps.",
            "en",
            [("1,500", "force_size"), ("260", "force_size"), ("90", "force_size")],
        ),
        # ... not counts of things, nor a count that follows no troops
        ("The army lost 40 tanks in the battle, 12 the next week.", "en", []),
        ("Le club compte 300 adhérents, 40 les jeunes.", "fr", []),
    ],
)
def test_gapped_objects(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the year of a written date is no count
        (
            "The last 300 troops will leave by March 31, 2026, and the base will close.",
            "en",
            [("300", "withdrawal")],
        ),
        (
            "Les 400 soldats quitteront le camp le 15 mars 2027, selon l'état-major.",
            "fr",
            [("400", "withdrawal")],
        ),
        # nor are the terms of a ratio
        ("The fort held 900 soldiers, outnumbered by a ratio of 3:1.", "en", [("900", "deployment")]),
        # members of a country's armed forces
        (
            "Some 1,400 members of Kenya's armed forces will join the mission.",
            "en",
            [("Some 1,400", "deployment")],
        ),
        # a group's fighters as its enemies call them, with the group named; an army named by the other side
        ("Officials said 30 al-Shabaab extremists died in the raid.", "en", [("30", "casualties")]),
        ("Some 200 extremists marched through the city.", "en", []),
        ("The group said it killed 14 occupation army soldiers.", "en", [("14", "casualties")]),
    ],
)
def test_dates_ratios_and_members(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the women, men or nationals among the troops just counted
        (
            "Le bataillon aligne 850 soldats, dont 62 femmes, au camp de Kati.",
            "fr",
            [("850", "deployment"), ("62", "deployment")],
        ),
        (
            "The mission has 700 troops, including 35 women and 80 Ghanaians.",
            "en",
            [("700", "deployment"), ("35", "deployment"), ("80", "deployment")],
        ),
        (
            "La mission compte 400 militaires au Mali, dont 120 instructeurs et 60 Espagnols.",
            "fr",
            [("400", "deployment"), ("120", "training"), ("60", "training")],
        ),
        # ... not the women among people killed
        ("The shelling killed 40 people, including 12 women and 3 Kenyans.", "en", []),
        # French militants of a named armed group; the bodies of troops
        ("Jeudi, 37 militants de l'État islamique ont été tués.", "fr", [("37", "casualties")]),
        ("Quelque 300 militants syndicaux ont défilé.", "fr", []),
        ("Les secours ont retrouvé 9 corps de soldats dans la rivière.", "fr", [("9", "casualties")]),
        ("Divers found 14 bodies of soldiers near the bridge.", "en", [("14", "casualties")]),
    ],
)
def test_shares_among_troops_militants_and_bodies(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the strength a change brings the troops named after it to
        (
            "Les renforts porteront à 3 200 l'effectif des soldats belges au Niger.",
            "fr",
            [("3 200", "deployment")],
        ),
        # a count said to be troops
        ("Sur les 90 détenus relâchés, 61 sont des militaires.", "fr", [("61", "casualties")]),
        ("Of the 75 dead, 48 were soldiers.", "en", [("48", "casualties")]),
        ("Sur ce total, 3 000 sont contractuels.", "fr", []),
        ("Of the 75 dead, 48 were civilians.", "en", []),
        # nations' troops as the subject of a copula
        (
            "En Estonie, Britanniques et Danois seront 1 100, avec leurs blindés.",
            "fr",
            [("1 100", "deployment")],
        ),
        ("Les Britanniques sont 67 millions.", "fr", []),
    ],
)
def test_strengths_predicates_and_nations(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a tour that ends, troops back from it
        (
            "Some 3,000 sailors ended their deployment aboard the carrier on Friday.",
            "en",
            [("Some 3,000", "withdrawal")],
        ),
        (
            "About 1,200 Marines returned on Monday from a seven-month deployment.",
            "en",
            [("About 1,200", "withdrawal")],
        ),
        ("By Sunday, some 150 Ghanaian peacekeepers had returned.", "en", [("some 150", "withdrawal")]),
        ("Près de 400 soldats ont achevé leur mission au Liban.", "fr", [("Près de 400", "withdrawal")]),
        # ... but troops killed as they came back are casualties, and returning fire is no return
        (
            "Rebels killed 12 soldiers as they returned from a patrol near the border.",
            "en",
            [("12", "casualties")],
        ),
        ("About 300 soldiers returned fire.", "en", [("About 300", "deployment")]),
    ],
)
def test_tours_that_end(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text, lang) == expected


def test_cue_in_an_aside_with_its_own_count() -> None:
    # the reserve named in the bracket is that of the count inside it
    assert spans("Pour l'opération, 8 000 soldats (dont 2 000 en réserve) sont engagés dans le pays.", "fr")[
        0
    ] == (
        "8 000",
        "deployment",
    )
    assert spans("Some 6,000 troops (2,000 of them reservists) are deployed in the north.", "en")[0] == (
        "Some 6,000",
        "deployment",
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a word in quotation marks before the noun, or a quoted noun phrase
        ('Some 8,000 "surge" troops will leave Iraq by June.', "en", [("Some 8,000", "withdrawal")]),
        ('The army sent 2,000 "elite" soldiers to the front.', "en", [("2,000", "deployment")]),
        (
            'The rebels have 3,000 to 5,000 "battle-hardened" fighters.',
            "en",
            [("3,000 to 5,000", "force_size")],
        ),
        ('The firm sold 300 "Leopard" tanks.', "en", []),
        # members of a group named with who backs it
        (
            "On Monday jets killed 40 members of the Tehran-backed Houthi movement.",
            "en",
            [("40", "casualties")],
        ),
        # fatalities of an army
        ("The army reported 25 fatalities among its soldiers.", "en", [("25", "casualties")]),
        ("Road accidents caused 40 fatalities last year.", "en", []),
    ],
)
def test_quoted_words_backed_groups_and_fatalities(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops who served somewhere, and the share of them who lost their lives
        (
            "Some 900 Fijian peacekeepers served in Sinai over the years, and 31 lost their lives.",
            [("Some 900", "deployment"), ("31", "casualties")],
        ),
        # serving in an army is its size over the years, not a post
        ("Millions of conscripts served in the imperial army during the war.", [("Millions", "force_size")]),
        (
            "About 40,000 volunteers served with the armed forces of the republic.",
            [("About 40,000", "force_size")],
        ),
        # the strength a figure brings the troops named after it to
        (
            "The crash brings to 57 the total number of Dutch service personnel killed there.",
            [("57", "casualties")],
        ),
        # ... not people who died
        ("Around 300 people perished in the floods.", []),
        ("He served 20 years in prison.", []),
    ],
)
def test_served_lost_and_totals(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare count with its own verb of death, after troops counted in the sentence before
        (
            "Depuis janvier, 14 soldats belges ont été tués. L'an passé, 6 sont morts en Irak.",
            [("14", "casualties"), ("6", "casualties")],
        ),
        (
            "Cette année, 21 soldats tchadiens ont été blessés et 5 ont perdu la vie.",
            [("21", "casualties"), ("5", "casualties")],
        ),
        (
            "Depuis mars, 11 militaires ont été tués. Avant cela, 4 ont péri au Niger.",
            [("11", "casualties"), ("4", "casualties")],
        ),
        # ... but "morts" as a noun counts people
        ("L'explosion a fait 300 morts.", []),
        ("Au marché, 30 personnes sont mortes et 12 sont morts à l'hôpital.", []),
    ],
)
def test_french_bare_count_that_died(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text, "fr") == expected
