"""Whose troops and where, in en/de/fr: towns and regions of many theatres, missions and armed groups, owners
carried from the count before, places that are no location (sentences written here, after kinds of misses found
on fresh real news)."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def fields(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.count_text, m.actor_code, m.location_country) for m in extract_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # towns and regions map to their country, in each language's spelling
        (
            "About 250 Danish soldiers will be based in Tapa from next spring.",
            "en",
            [("About 250", "DNK", "EST")],
        ),
        ("Rund 600 Soldaten wurden nach Sarajewo verlegt.", "de", [("Rund 600", None, "BIH")]),
        ("Only 300 Dutch soldiers were stationed in Srebrenica that summer.", "en", [("300", "NLD", "BIH")]),
        ("Douze soldats ont été tués près de Bandiagara, dans le centre.", "fr", [("Douze", None, "MLI")]),
        ("Some 45 soldiers were killed in an attack in Ma’rib on Sunday.", "en", [("Some 45", None, "YEM")]),
        ("Plus de 300 soldats français ont sauté sur Dien Bien Phu.", "fr", [("Plus de 300", "FRA", "VNM")]),
        ("Three Indian soldiers were wounded in Ladakh overnight.", "en", [("Three", "IND", "IND")]),
        ("Around 1,500 Marines landed at San Carlos Bay before dawn.", "en", [("Around 1,500", None, "FLK")]),
        ("Sieben kenianische Soldaten starben im Bezirk Lamu.", "de", [("Sieben", "KEN", "KEN")]),
        ("Au moins 20 soldats ont été tués à Rutshuru, selon l'armée.", "fr", [("Au moins 20", None, "COD")]),
        ("Twelve soldiers died in Soum province at the weekend.", "en", [("Twelve", None, "BFA")]),
        # Nagorno-Karabakh lies in Azerbaijan, whoever holds it
        (
            "Russia sent 1,900 peacekeepers to Nagorno-Karabakh after the war.",
            "en",
            [("1,900", "RUS", "AZE")],
        ),
        ("Moskau schickte 1.900 Soldaten nach Bergkarabach.", "de", [("1.900", "RUS", "AZE")]),
        # peacekeepers a state sends or calls its own are that state's troops; otherwise the UN's
        (
            "The Russian army closed the base and withdrew 2,000 of its peacekeepers.",
            "en",
            [("2,000", "RUS", None)],
        ),
        ("La France a déployé 700 casques bleus au Liban.", "fr", [("700", "FRA", "LBN")]),
        ("Israeli fire wounded four peacekeepers in southern Lebanon.", "en", [("four", "UN", "LBN")]),
        ("About 10,000 peacekeepers serve in the mission today.", "en", [("About 10,000", "UN", None)]),
        # missions name whose troops they are and, when in one country, where
        ("The AMISOM force grew to 22,000 troops that year.", "en", [("22,000", "AU", "SOM")]),
        ("La force Licorne comptait alors 4 000 hommes.", "fr", [("4 000", "FRA", "CIV")]),
        # a mission before a state is no list of states: the state still owns its troops
        ("As part of AMISOM, Kenya sent 3,000 troops to Somalia.", "en", [("3,000", "KEN", "SOM")]),
        # armed groups own their fighters before the country in their name
        (
            "Government troops killed 7 rebels of the Revolutionary Armed Forces of Colombia in a raid.",
            "en",
            [("7", "FARC", None)],
        ),
        ("L'armée a tué vingt combattants du M23 dans la nuit.", "fr", [("vingt", "M23", None)]),
        ("Die Armee tötete 21 Kämpfer der Shebaab-Miliz.", "de", [("21", "AL_SHABAAB", None)]),
        # an army named by its abbreviation
        ("Das USMC stationiert bis zu 2.000 Soldaten in Darwin.", "de", [("bis zu 2.000", "USA", "AUS")]),
        ("The PLA moved 3,000 troops to the border area.", "en", [("3,000", "CHN", None)]),
    ],
)
def test_places_missions_and_groups(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # each count of a list takes the place written right after it
        (
            "Paris gardera 400 soldats au Tchad, 350 au Sénégal, un millier en Côte d'Ivoire et 1 500 à Djibouti.",
            "fr",
            [
                ("400", "FRA", "TCD"),
                ("350", "FRA", "SEN"),
                ("un millier", "FRA", "CIV"),
                ("1 500", "FRA", "DJI"),
            ],
        ),
        (
            "Britain keeps 900 troops in Estonia, 150 in Poland and about 100 in Cyprus.",
            "en",
            [("900", "GBR", "EST"), ("150", "GBR", "POL"), ("about 100", "GBR", "CYP")],
        ),
        # the place after the next count of a list is not the first count's
        (
            "La France emploiera 2 000 militaires sur la base, 300 au Gabon.",
            "fr",
            [("2 000", "FRA", None), ("300", "FRA", "GAB")],
        ),
        # a thousands separator is no list
        (
            "The pullout of 20,000 troops will leave 100,000 troops in Iraq.",
            "en",
            [("20,000", None, "IRQ"), ("100,000", None, "IRQ")],
        ),
    ],
)
def test_each_count_of_a_list_has_its_own_place(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # losses happen where the sentence says, even far from the count
        (
            "Trois soldats français ont été tués dans l'explosion d'un engin artisanal au passage de leur convoi, "
            "à l'aube, dans le nord-est du Mali.",
            "fr",
            [("Trois", "FRA", "MLI")],
        ),
        (
            "Eight soldiers were killed on Tuesday when their patrol ran over a roadside bomb on a dirt track "
            "outside a remote village in eastern Burkina Faso.",
            "en",
            [("Eight", "BFA", "BFA")],  # a roadside bomb's victims, with no owner named: the country's army
        ),
        # but not a place of a contrasting clause, of a crisis, of the speaker, or a mere recipient
        (
            "Some 30,000 soldiers will join the exercise this autumn, but the next one will take place in Norway.",
            "en",
            [("Some 30,000", None, None)],
        ),
        (
            "The 700 troops it sent from the airborne division earlier this week to reinforce the region arrived "
            "after militias stormed the embassy in Baghdad.",
            "en",
            [("700", None, None)],
        ),
        (
            "Zwölf Soldaten wurden bei dem Anschlag auf den Konvoi am frühen Morgen verletzt, wie der Sprecher "
            "in Washington erklärte.",
            "de",
            [("Zwölf", None, None)],
        ),
        # a partner named with 'alongside' is neither the owner nor the place
        (
            "Paris déploie, aux côtés du Royaume-Uni, 300 soldats à Tapa.",
            "fr",
            [("300", "FRA", "EST")],
        ),
        # near a country's border is not inside it
        (
            "More than 40 fighters attacked a post close to the Mali border.",
            "en",
            [("More than 40", None, None)],
        ),
        # a compass prefix joined by a hyphen names a part of the country, not an owner
        ("Rund 1000 Soldaten sind in Nord-Mali stationiert.", "de", [("Rund 1000", None, "MLI")]),
        ("Rund 800 Soldaten wurden nach Ost-Polen verlegt.", "de", [("Rund 800", None, "POL")]),
    ],
)
def test_which_place_belongs_to_the_count(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # home-front regions and landmarks: a deployment at home is located too
        (
            "In Oberösterreich helfen derzeit rund 700 Soldaten bei den Aufräumarbeiten.",
            "de",
            [("rund 700", None, "AUT")],
        ),
        (
            "Près de 4 000 militaires défileront sur les Champs-Élysées.",
            "fr",
            [("Près de 4 000", None, "FRA")],
        ),
        ("Rund 200.000 Soldaten waren in Stalingrad eingeschlossen.", "de", [("Rund 200.000", None, "RUS")]),
        # a German compass noun with a capital, a kind of place before the name
        (
            "Mindestens 20 Soldaten wurden im Südwesten des Jemen getötet.",
            "de",
            [("Mindestens 20", None, "YEM")],
        ),
        ("Berlin verlegt 4000 Soldaten in das Nato-Partnerland Litauen.", "de", [("4000", "DEU", "LTU")]),
        # 'X, where N troops ...': the place the relative clause is about
        (
            "Die Prüfung betrifft vor allem Deutschland, wo derzeit 30.000 US-Soldaten stationiert sind.",
            "de",
            [("30.000", "USA", "DEU")],
        ),
        # a home base troops sail from is not where they are deployed
        (
            "About 2,000 Marines left San Diego on Friday for the Pacific.",
            "en",
            [("About 2,000", None, None)],
        ),
    ],
)
def test_home_regions_and_german_place_phrases(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # where a ministry, a government or a spokesman sits is no place of the troops
        (
            "Bei den Kämpfen in der Ukraine starben laut dem Verteidigungsministerium in Moskau 120 Soldaten.",
            "de",
            [("120", "RUS", "UKR")],
        ),
        (
            "Die Zahl der getöteten Soldaten stieg auf 633, wie das Ministerium in der Hauptstadt Eriwan mitteilte.",
            "de",
            [("633", None, None)],
        ),
        # 'auf ukrainischer Seite' names a party, not a place
        ("Bis zu 3000 Soldaten sind auf ukrainischer Seite gefallen.", "de", [("Bis zu 3000", "UKR", None)]),
    ],
)
def test_a_source_seat_or_a_party_is_no_place(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an administrative noun with a capital between the preposition and the name
        ("Zwei Soldaten wurden im Departement Arauca getötet.", "de", [("Zwei", None, "COL")]),
        ("Drei Soldaten starben im Departamento del Cauca.", "de", [("Drei", None, "COL")]),
        # a headquarters troops move to is where they go, not whose they are
        (
            "Die hundert Soldaten werden in das NATO-Hauptquartier in Kabul versetzt.",
            "de",
            [("hundert", None, "AFG")],
        ),
        # more armed groups with their own codes
        ("Die Guerilla ELN hat rund 2000 Kämpfer.", "de", [("rund 2000", "ELN", None)]),
        ("Die Armee tötete sechs PKK-Kämpfer im Nordirak.", "de", [("sechs", "PKK", "IRQ")]),
    ],
)
def test_administrative_nouns_headquarters_and_groups(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a state's contingent in a mission is the state's, the mission alone owns its troops
        (
            "Der deutsche Beitrag zur KFOR wird von 900 auf 600 Soldaten gesenkt.",
            "de",
            [("900", "DEU", None), ("600", "DEU", None)],
        ),
        ("Das österreichische Kontingent (AUTCON KFOR) umfasst 300 Soldaten.", "de", [("300", "AUT", None)]),
        ("KFOR zählt derzeit 4.000 Soldaten.", "de", [("4.000", "NATO", None)]),
        # 'nach NATO-Angaben': a source, not the owner
        ("Nach NATO-Angaben hat Russland 3.000 Soldaten verlegt.", "de", [("3.000", "RUS", None)]),
    ],
)
def test_contingents_in_missions_and_sources(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a town named two sentences back still places the losses; a nearer sentence's place comes first
        (
            "The unit entered a building east of Khan Younis. A charge went off inside. Two soldiers were killed.",
            "en",
            [("Two", None, "PSE")],
        ),
        (
            "The unit entered a building east of Khan Younis. Later officials met in Bavaria. Two soldiers died.",
            "en",
            [("Two", None, "DEU")],  # the nearer sentence's place wins
        ),
        # 'amid' opens a background clause: its place is not the troops'
        (
            "Israel called up 20,000 reservists amid the escalation in the Gaza Strip.",
            "en",
            [("20,000", "ISR", None)],
        ),
        # a desert named with a demonym is a place
        ("Plus de 300 soldats ont été tués dans le désert syrien.", "fr", [("Plus de 300", None, "SYR")]),
    ],
)
def test_background_places_and_deserts(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a country named outright after 'the X border' in the same clause says where
        (
            "Four soldiers guarding a post near the Afghan border died in South Waziristan overnight.",
            "en",
            [("Four", None, "PAK")],
        ),
        # not across a comma, a source or another count
        (
            "Paris veut entraîner 1 500 militaires ukrainiens sur le sol français et environ 3 000 en Roumanie.",
            "fr",
            [("1 500", "UKR", "FRA"), ("environ 3 000", "UKR", "ROU")],
        ),
    ],
)
def test_a_named_place_after_a_border(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a byline before the dateline, a dateline city in title case with an agency
        (
            "By JOHN DOE Associated Press KAMPALA, Uganda (AP) — About 300 soldiers were deployed to the border area.",
            "en",
            [("About 300", None, None)],
        ),
        ("Kampala (AFP) - Rund 300 Soldaten wurden an die Grenze verlegt.", "de", [("Rund 300", None, None)]),
        # the war or mission named after a country, and who leads an exercise, own no troops (the mission's
        # country is where the troops serve)
        (
            "Zehn Jahre nach Beginn des Afghanistan-Einsatzes verkleinert die Bundeswehr-Truppe um 450 Soldaten.",
            "de",
            [("450", "DEU", "AFG")],
        ),
        (
            "Mehr als 6000 Soldaten aus 13 Nato-Staaten nehmen an der US-geführten Übung teil.",
            "de",
            [("Mehr als 6000", "NATO", None)],
        ),
        ("Deutschland war mit ungefähr 5300 Soldaten im Einsatz.", "de", [("ungefähr 5300", "DEU", None)]),
    ],
)
def test_datelines_wars_and_leaders_of_exercises(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a dateline city is where the story was filed, not where the troops are
        (
            "Vilnius (AFP) - Mehr als 6000 Soldaten nehmen an der Übung teil.",
            "de",
            [("Mehr als 6000", None, None)],
        ),
        # a leader named owns the troops he commits
        ("Präsident William Ruto versprach zusätzlich 600 Soldaten.", "de", [("600", "KEN", None)]),
        # who commands a force is not whose soldiers they are
        (
            "La Finul réunit quelque 9 000 hommes sous commandement italien.",
            "fr",
            [("quelque 9 000", "UN", "LBN")],
        ),
    ],
)
def test_datelines_leaders_and_command(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the enemy in a victory, a clash or a killing owns none of these troops
        (
            "Moscow celebrated its victory over Nazi Germany with 9,000 troops marching across Red Square.",
            "en",
            [("9,000", "RUS", "RUS")],
        ),
        ("The group said 40 fighters were killed by Israeli forces this week.", "en", [("40", None, None)]),
        # a place in an 'amid' clause before the count is not the troops' place
        (
            "Israel called up 12,000 additional reservists amid fighting in the Gaza Strip, bringing the total to 70,000.",
            "en",
            [("12,000", "ISR", None), ("70,000", "ISR", None)],
        ),
    ],
)
def test_enemies_killers_and_background_places(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the National Guard and defence ministers name their country
        (
            "As many as 500 National Guard troops were activated on Friday.",
            "en",
            [("As many as 500", "USA", None)],
        ),
        (
            "Verteidigungsminister de Maizière möchte die Truppe auf 170 000 Soldaten verkleinern.",
            "de",
            [("170 000", "DEU", None)],
        ),
        # a domestic operation places its troops at home
        ("L'opération Sentinelle mobilise 7 000 militaires.", "fr", [("7 000", "FRA", "FRA")]),
    ],
)
def test_guards_ministers_and_home_operations(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a place name written in lower case is a name, not an adjective
        (
            "L'armée israélienne a annoncé la mort de trois soldats dans la bande de Gaza.",
            "fr",
            [("trois", "ISR", "PSE")],
        ),
        (
            "Deux soldats israéliens ont été blessés dans le sud de la Bande de Gaza, selon l'armée.",
            "fr",
            [("Deux", "ISR", "PSE")],
        ),
        # the second country of a list is a place too, not the troops' owner
        (
            "The president ordered 2,000 more U.S. troops to Latvia and Estonia on Friday.",
            "en",
            [("2,000", "USA", None)],
        ),
        (
            "Washington has pulled several thousand soldiers out of Syria and Iraq since spring.",
            "en",
            [("several thousand", "USA", None)],
        ),
        # the dateline names where the story was filed
        (
            "VILNIUS, Lithuania (Reuters) — About 4,000 NATO troops joined the drills near the border.",
            "en",
            [("About 4,000", "NATO", None)],
        ),
        # a capital in apposition, a compass word with a capital, a war's place
        (
            "Les paramilitaires russes sont arrivés dans la capitale, Bamako. Ils seraient désormais 400 hommes.",
            "fr",
            [("400", "RUS", "MLI")],
        ),
        (
            "Neuf soldats ont été tués jeudi à Djibo, au Nord du Burkina Faso, selon l'armée.",
            "fr",
            [("Neuf", None, "BFA")],
        ),
        (
            "The group says 300 of its fighters have died since the start of the war in Gaza.",
            "en",
            [("300", None, None)],
        ),
        # a withdrawal's place is the country left, not where the troops go next or home
        (
            "About 600 troops leaving eastern Syria will be moved to bases in Jordan, officials said.",
            "en",
            [("About 600", None, "SYR")],
        ),
        (
            "The army will pull 1,200 of its 3,000 soldiers out of Mali before June.",
            "en",
            [("1,200", None, "MLI"), ("3,000", None, "MLI")],
        ),
        (
            "Quelque 900 soldats français stationnent au Tchad. 400 d'entre eux vont rentrer dans leurs "
            "casernes en France avant l'été.",
            "fr",
            [("Quelque 900", "FRA", "TCD"), ("400 d'entre eux", "FRA", "TCD")],
        ),
        # the border with a country is not inside it
        (
            "Des casques bleus népalais, postés à la frontière avec Israël, ont vu 3 soldats népalais blessés.",
            "fr",
            [("3", "NPL", None)],
        ),
        # a possessive names the state before the count, even as the speaker
        (
            "Moscow's defence ministry said 120 of its troops were killed near Kharkiv in Ukraine.",
            "en",
            [("120", "RUS", "UKR")],
        ),
        # the owner of a share is not that of the whole; a list of states owns nothing alone
        (
            "La force de l'ONU au Liban compte 9 000 hommes, dont 600 soldats espagnols.",
            "fr",
            [("9 000", "UN", "LBN"), ("600", "ESP", "LBN")],
        ),
        (
            "Cette armée, derrière la Chine, l'Inde et le Brésil, compte environ 400 000 soldats.",
            "fr",
            [("environ 400 000", None, None)],
        ),
        # a leader names his state's troops; a leader's title, when nobody else owns them
        ("Obama sent 30,000 more troops to Afghanistan in 2009.", "en", [("30,000", "USA", "AFG")]),
        (
            "French President Emmanuel Macron ordered 1,500 soldiers to Estonia and Romania.",
            "en",
            [("1,500", "FRA", None)],
        ),
        # US places, and old names of Vietnam
        (
            "About 2,000 National Guard troops were deployed in Minneapolis overnight.",
            "en",
            [("About 2,000", "USA", "USA")],  # the National Guard is the US's (actor clearly implied)
        ),
        (
            "By 1968 more than 500,000 U.S. troops served in South Vietnam.",
            "en",
            [("more than 500,000", "USA", "VNM")],
        ),
        # a second figure of the same troops keeps their owner
        (
            "Kyiv's general staff said 40 of its soldiers were killed and another 95 wounded near Bakhmut.",
            "en",
            [("40", "UKR", "UKR"), ("95", "UKR", "UKR")],
        ),
        # members of a mission, fighters of a state army, a unit's owner, the other side of tensions
        (
            "Depuis 1978, la MINUSCA a perdu 180 de ses membres, selon l'ONU.",
            "fr",
            [("180", "UN", "CAF")],
        ),
        (
            "Forte de 900 000 hommes, dont 600 000 combattants, l'armée iranienne se réorganise.",
            "fr",
            [("900 000", "IRN", None), ("600 000", "IRN", None)],
        ),
        (
            "Amid tensions with China, 200 soldiers off the US 25th Infantry Division landed in the Philippines.",
            "en",
            [("200", "USA", "PHL")],
        ),
        # "sur place mais la France": another clause; an agent ("par la France") is not the place referred to
        (
            "La mission piétine au Mali. On compte 700 soldats français sur place mais la France allège son dispositif.",
            "fr",
            [("700", "FRA", "MLI")],
        ),
        (
            "La mission a été lancée par la France pour aider les 3 000 militaires de l'Union africaine présents "
            "sur place.",
            "fr",
            [("3 000", "AU", None)],
        ),
        # a minister's country speaks, the troops of the list of countries belong to the alliance
        (
            "Près de 1 800 soldats venant de Pologne, de Lettonie et de Lituanie participent à un exercice de l'OTAN.",
            "fr",
            [("Près de 1 800", "NATO", None)],
        ),
        # fighters killed by an army are not its own; "across the country"
        (
            "L'armée nigériane a éliminé une quarantaine de combattants à travers le pays.",
            "fr",
            [("une quarantaine", None, "NGA")],
        ),
        ("Les 800 soldats tricolores seront bientôt sur place.", "fr", [("800", "FRA", None)]),
        # several demonyms in the phrase name no one state; an abbreviation in parentheses is the same place
        (
            "La force de l'ONU comptera quelque 2 500 hommes kényans, rwandais et ghanéens.",
            "fr",
            [("quelque 2 500", "UN", None)],
        ),
        (
            "Neuf soldats de la paix sont morts près de Beni, dans la République démocratique du Congo (RDC).",
            "fr",
            [("Neuf", "UN", "COD")],
        ),
        (
            "Le gouvernement a annoncé la mort de 12 soldats des FARDC près de Bunia.",
            "fr",
            [("12", "COD", "COD")],
        ),
        (
            "Some 300 Russian soldiers were killed in the war in Ukraine last week.",
            "en",
            [("Some 300", "RUS", "UKR")],
        ),
        (
            "The move began with 150 members of the 3rd Marine Division stationed in Japan, the U.S. military said.",
            "en",
            [("150", "USA", "JPN")],
        ),
        # soldiers after a group's fighters are not its own; a share of fighters keeps their group
        (
            "Les affrontements ont coûté la vie à une trentaine de talibans, ainsi qu'à 14 soldats et à une dizaine de civils.",
            "fr",
            [("une trentaine", "TALIBAN", None), ("14", None, None)],
        ),
        (
            "Au moins sept insurgés taliban, dont deux kamikazes, ont péri sous les tirs des forces afghanes.",
            "fr",
            [("Au moins sept", "TALIBAN", None), ("deux", "TALIBAN", None)],
        ),
        # money is no country
        (
            "The 42,000 troops cost US$12 billion a year, the report said.",
            "en",
            [("42,000", None, None)],
        ),
    ],
)
def test_actor_and_location(text: str, lang: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "im Zentrum Malis", "im Herzen Syriens": the centre of a country is in it
        ("Im Zentrum Malis starben am Montag drei Soldaten.", "de", [("drei", None, "MLI")]),
        ("Im Herzen Syriens wurden zwölf Soldaten verletzt.", "de", [("zwölf", None, "SYR")]),
        ("In der Mitte Nigers wurden elf Soldaten getötet.", "de", [("elf", None, "NER")]),
        # a state noun written before the troop noun owns the troops and places nothing
        (
            "The plan is to withdraw about 2,000 U.S. troops from Afghanistan and Iraq.",
            "en",
            [("about 2,000", "USA", None)],
        ),
        (
            "Officials moved to bring home 800 US soldiers stationed in Syria.",
            "en",
            [("800", "USA", "SYR")],
        ),
        # the enemy of a war is not where the troops are
        (
            "Some 4,000 Belarusian troops were sent to fight in the war against Ukraine, officials in Minsk said.",
            "en",
            [("Some 4,000", "BLR", None)],
        ),
        # a place attacked or annexed owns nobody's troops
        (
            "Since the invasion of Gaza began, 60 Israeli soldiers have been wounded in the north.",
            "en",
            [("60", "ISR", None)],
        ),
        (
            "Quelque 200 soldats canadiens, arrivés après l'annexion de la Crimée par la Russie, sont en Lettonie.",
            "fr",
            [("Quelque 200", "CAN", "LVA")],
        ),
        # "partis pour la Grèce": where they go, not whose soldiers
        ("Environ 400 soldats sont partis mardi pour la Grèce.", "fr", [("Environ 400", None, "GRC")]),
        # a group beside a demonym is the owner, not the country
        (
            "Bei dem Luftangriff starben 18 Kämpfer der jemenitischen Huthi-Miliz.",
            "de",
            [("18", "HOUTHIS", None)],
        ),
        # a group named only as another's ally does not own the fighters
        (
            "Die mit der Hamas verbündete Hisbollah meldete 12 getötete Kämpfer.",
            "de",
            [("12", "HEZBOLLAH", None)],
        ),
        # soldiers "of the militia" belong to the group named before
        (
            "Die Hisbollah bestätigte den Angriff. Vier Soldaten der Miliz seien getötet worden.",
            "de",
            [("Vier", "HEZBOLLAH", None)],
        ),
        # "weitere", "another", "autres": more of the same troops, with the same owner
        (
            "In Tschad starben zwei nigrische Soldaten. Drei weitere Soldaten wurden verletzt.",
            "de",
            [("zwei", "NER", "TCD"), ("Drei", "NER", "TCD")],
        ),
        # the side they fell on, written without its noun the second time
        (
            "Kiew meldete bis zu 900 Gefallene auf ukrainischer Seite und bis zu 4.000 auf russischer.",
            "de",
            [("bis zu 900", "UKR", None), ("bis zu 4.000", "RUS", None)],
        ),
        # a state opening an elliptical count's own clause owns it
        (
            "Belgien beteiligt sich mit 400 Soldaten, Dänemark mit 250.",
            "de",
            [("400", "BEL", None), ("250", "DNK", None)],
        ),
        # a count without a noun of its own, in a sentence naming no owner: the troops of the count before
        (
            "Polen meldete 40 getötete belarussische Soldaten. Hinzu kämen 75 Verletzte.",
            "de",
            [("40", "BLR", None), ("75", "BLR", None)],
        ),
        (
            "Dort kämpfen rund 900 kenianische Soldaten gegen die Schabab. Zuletzt wurden 40 getötet.",
            "de",
            [("rund 900", "KEN", None), ("40", "KEN", None)],
        ),
        # a place, a comma, then the next clause's subject: no list of places
        (
            "En Lituanie, la Norvège maintient quelque 200 soldats depuis 2017.",
            "fr",
            [("quelque 200", "NOR", "LTU")],
        ),
        (
            "In Lettland, die Kanadier stellen rund 1.000 Soldaten, heißt es.",
            "de",
            [("rund 1.000", "CAN", "LVA")],
        ),
        # an elliptical count keeps the place of the count it shares its clause with
        (
            "Roughly 1,000 troops will be pulled from Kuwait, dropping to 2,000.",
            "en",
            [("Roughly 1,000", None, "KWT"), ("2,000", None, "KWT")],
        ),
        (
            "Some 400 US troops will be pulled out of Niger, also dropping to 600.",
            "en",
            [("Some 400", "USA", "NER"), ("600", "USA", "NER")],
        ),
        # a state's own contingent in a mission: a demonym right before the mission, or a parliament's mandate
        (
            "Seit 2003 hat die deutsche Kfor-Truppe 27 Tote zu beklagen.",
            "de",
            [("27", "DEU", None)],
        ),
        (
            "Das Unifil-Mandat wurde im Bundestag verlängert. Es erlaubt den Einsatz von bis zu 300 Soldaten.",
            "de",
            [("bis zu 300", "DEU", "LBN")],
        ),
        # the mission named in the count's own sentence keeps its troops
        (
            "Die Bundeswehr stellt das größte Kontingent. Die Kfor hat derzeit eine Stärke von 4.000 Soldaten.",
            "de",
            [("4.000", "NATO", None)],
        ),
        # the army trained is not the trainers' owner
        (
            "Die Bundeswehr schickt bis zu 120 Soldaten zur Ausbildung nigrischer Spezialkräfte.",
            "de",
            [("bis zu 120", "DEU", None)],
        ),
        (
            "Italy will send 200 soldiers to train Libyan recruits.",
            "en",
            [("200", "ITA", None)],
        ),
        # a source after "zufolge", a journalist or a broadcaster owns nobody's troops
        (
            "Nordkorea hat den Südkoreanern zufolge 3.000 weitere Soldaten nach Russland geschickt.",
            "de",
            [("3.000", "PRK", "RUS")],
        ),
        (
            "Kiew bezifferte die Zahl der Verletzten im Gespräch mit einem britischen Journalisten auf 9.000 Soldaten.",
            "de",
            [("9.000", "UKR", None)],
        ),
        # soldiers taking part in a mission stay their state's
        (
            "Die Bundeswehr beendet den Einsatz. Die letzten 90 Soldaten, die am UN-Einsatz Unmiss beteiligt waren, "
            "sind gelandet.",
            "de",
            [("90", "DEU", None)],
        ),
        # peacekeepers of a regional body are its own, unless the UN is named too
        (
            "Four peacekeepers of the African Union force were wounded near Baidoa.",
            "en",
            [("Four", "AU", "SOM")],
        ),
        # a city taken is nobody's owner
        (
            "Das Militär zieht 15.000 Soldaten zur Einnahme der Stadt Gaza zusammen.",
            "de",
            [("15.000", None, None)],
        ),
        # a demonym describing a kind of place ("the Ukrainian border") names no owner
        (
            "Zuletzt flogen 150 Soldaten über die kenianische Hauptstadt zurück, teilte die Bundeswehr mit.",
            "de",
            [("150", "DEU", None)],
        ),
        # under the banner of a body: who leads, not whose soldiers
        (
            "Sous la bannière de l'ONU, la Belgique aligne 400 soldats belges au Liban.",
            "fr",
            [("400", "BEL", "LBN")],
        ),
        # where a speaker announces something is not where the troops are
        (
            "Der Bestand in Japan werde auf 40.000 Soldaten reduziert, kündigte der Minister am Montag in Washington an.",
            "de",
            [("40.000", "USA", "JPN")],
        ),
        # a channel named after a country places nothing
        (
            "Le ministre a indiqué sur France 2 que 300 soldats belges partiraient en Estonie.",
            "fr",
            [("300", "BEL", "EST")],
        ),
        # the Warsaw Pact is no country
        (
            "Gegen Angriffe des Warschauer Paktes standen damals 450.000 deutsche Soldaten bereit.",
            "de",
            [("450.000", "DEU", None)],
        ),
        # a country, then a part of another: two places, none alone
        (
            "Die Armee meldete 14 getötete Kämpfer im Nordirak und im Norden Syriens.",
            "de",
            [("14", None, None)],
        ),
        # the country left, named as the object of "verlassen"
        (
            "Seit dem Frühjahr haben 3.000 britische Soldaten den Irak verlassen.",
            "de",
            [("3.000", "GBR", "IRQ")],
        ),
        # German spellings of Afghan towns
        ("Bei Kundus wurden zwei deutsche Soldaten verwundet.", "de", [("zwei", "DEU", "AFG")]),
        # the alliance's territory is not its troops
        (
            "Zur Verteidigung Polens und des Nato-Bündnisgebiets stehen 200.000 polnische Soldaten bereit.",
            "de",
            [("200.000", "POL", None)],
        ),
        (
            "Um Deutschland und das Nato-Gebiet zu verteidigen, brauchte man damals 495.000 Soldaten.",
            "de",
            [("495.000", "DEU", None)],
        ),
        # GIs are American soldiers
        ("Rund 8.000 GIs waren damals in Bayern stationiert.", "de", [("Rund 8.000", "USA", "DEU")]),
        # a drawdown of troop levels carries the country the troops leave, named two sentences before
        (
            "Washington plans to pull more troops out of Syria. No date was given. "
            "The Pentagon wants troop levels cut from 1,800 to about 900.",
            "en",
            [("1,800", "USA", "SYR"), ("about 900", "USA", "SYR")],
        ),
    ],
)
def test_location_and_actor_round3(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # negatives stay negative
        ("The US spent 800 billion dollars on its army in Iraq and Syria.", "en"),
        ("Im Zentrum Malis leben rund 20.000 Menschen in Lagern.", "de"),
        ("Environ 400 camions ont quitté Toulon pour la Grèce.", "fr"),
    ],
)
def test_round3_negatives(text: str, lang: str) -> None:
    assert extract_mentions(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "actor", "location"),
    [
        # The troops' own adjective is the only country named: "the north of the country" is theirs.
        (
            "Sept soldats nigériens ont péri mardi dans une embuscade dans l'ouest du pays, d'après l'état-major.",
            "fr",
            "NER",
            "NER",
        ),
        (
            "Twelve Malian soldiers were killed in an ambush in the centre of the country on Sunday.",
            "en",
            "MLI",
            "MLI",
        ),
        (
            "Bei einem Anschlag wurden 14 nigerianische Soldaten im Nordosten des Landes getötet.",
            "de",
            "NGA",
            "NGA",
        ),
        # Another country named: that one is meant.
        ("Trois soldats français ont été tués au Mali, dans le nord du pays.", "fr", "FRA", "MLI"),
        ("Nine Kenyan soldiers were killed in Somalia, in the south of the country.", "en", "KEN", "SOM"),
    ],
)
def test_the_country_named_by_the_troops_adjective(text: str, lang: str, actor: str, location: str) -> None:
    matches = [m for m in extract_mentions(text, lang) if m.actor_code == actor]
    assert matches
    assert all(m.location_country == location for m in matches)


@pytest.mark.parametrize(
    ("text", "actor", "location"),
    [
        # The country being invaded is where the troops fight, not their owner.
        ("Since the Israeli army began invading Gaza, 116 soldiers have been killed.", "ISR", "PSE"),
        (
            "Russia, which began to invade Ukraine in 2022, has lost 50,000 soldiers, the BBC said.",
            "RUS",
            "UKR",
        ),
        ("Iraq invaded Kuwait with 100,000 soldiers in 1990.", "IRQ", "KWT"),
    ],
)
def test_invading_names_the_place(text: str, actor: str, location: str) -> None:
    (m,) = extract_mentions(text, "en")
    assert (m.actor_code, m.location_country) == (actor, location)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Outlets hostile to Israel name its troops "Zionist" (as the Arabic lexicon's «صهيوني» already does).
        (
            "Four Zionist soldiers died on Friday during fighting near Khan Younis in the Gaza Strip, a channel reported.",
            "en",
        ),
        ("Cinq soldats sionistes ont péri jeudi lors de combats à Jabaliya, dans la bande de Gaza.", "fr"),
        ("Bei Gefechten im Gazastreifen wurden zwei zionistische Soldaten getötet.", "de"),
    ],
)
def test_zionist_troops_are_israeli(text: str, lang: str) -> None:
    (m,) = extract_mentions(text, lang)
    assert (m.actor_code, m.location_country) == ("ISR", "PSE")


def test_zionist_movement_members_are_no_troops() -> None:
    assert extract_mentions("The Zionist movement had 20,000 members in 1920.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        # Where the attackers came from does not own the troops they hit.
        ("Bei einem Überfall von Kämpfern aus dem Gazastreifen wurden 20 Soldaten getötet.", "de", None),
        ("In an attack by militants from Gaza, 20 soldiers were killed.", "en", None),
        ("Lors d'une attaque de combattants venus du Niger, 20 soldats ont été tués.", "fr", None),
        ("Bei einem Angriff aus dem Libanon wurden drei israelische Soldaten verletzt.", "de", "ISR"),
        # troops from a country, no attack: still its own
        ("5,000 soldiers from Ghana joined the mission after the attack.", "en", "GHA"),
    ],
)
def test_attackers_origin_is_not_the_owner(text: str, lang: str, actor: str | None) -> None:
    (m,) = extract_mentions(text, lang)
    assert m.actor_code == actor
