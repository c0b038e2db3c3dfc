"""Location and actor in en/de/fr: towns and regions of many theatres, missions and armed groups (sentences written
here, after kinds of misses found on fresh real news)."""

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
            "The army killed 11 fighters of the Revolutionary Armed Forces of Colombia on Monday.",
            "en",
            [("11", "FARC", None)],
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
            [("Eight", None, "BFA")],
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
            "Im Krieg in der Ukraine sind nach Angaben des Verteidigungsministeriums in Moskau 300 Soldaten gefallen.",
            "de",
            [("300", "RUS", "UKR")],
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
            "Die Obergrenze für die deutsche Beteiligung an KFOR sinkt von 1.350 auf 800 Soldaten.",
            "de",
            [("1.350", "DEU", None), ("800", "DEU", None)],
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
            "Six soldiers patrolling near the Afghan border were killed in North Waziristan on Monday.",
            "en",
            [("Six", None, "PAK")],
        ),
        # not across a comma, a source or another count
        (
            "Elle compte former 2 000 militaires ukrainiens sur le sol français et près de 4 000 en Pologne.",
            "fr",
            [("2 000", "UKR", "FRA"), ("près de 4 000", "UKR", "POL")],
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
        # the war or mission named after a country, and who leads an exercise, own no troops
        (
            "Zehn Jahre nach Beginn des Afghanistan-Einsatzes verkleinert die Bundeswehr-Truppe um 450 Soldaten.",
            "de",
            [("450", "DEU", None)],
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
        ("Präsident William Ruto hat insgesamt 1.000 Soldaten zugesagt.", "de", [("1.000", "KEN", None)]),
        # who commands a force is not whose soldiers they are
        (
            "La Finul compte 10 000 hommes sous commandement espagnol.",
            "fr",
            [("10 000", "UN", "LBN")],
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
            "Russia marked Victory over Nazi Germany with a parade on Moscow’s Red Square, featuring 11,000 troops.",
            "en",
            [("11,000", "RUS", "RUS")],
        ),
        ("The group said 40 fighters were killed by Israeli forces this week.", "en", [("40", None, None)]),
        # a place in an 'amid' clause before the count is not the troops' place
        (
            "Israel summoned 16,000 more reservists amid the operation in the Gaza Strip, bringing the total to 86,000.",
            "en",
            [("16,000", "ISR", None), ("86,000", "ISR", None)],
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
            "Verteidigungsminister de Maizière will die Zahl der Soldaten auf 185 000 verkleinern.",
            "de",
            [("185 000", "DEU", None)],
        ),
        # a domestic operation places its troops at home
        ("L'opération Sentinelle mobilise 7 000 militaires.", "fr", [("7 000", "FRA", "FRA")]),
    ],
)
def test_guards_ministers_and_home_operations(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected
