"""The kinds of misses issue 12 found on real news, each on passages written for this test (ANNOTATION.md)."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def spans(text: str, lang: str) -> list[str]:
    return [m.count_text for m in extract_mentions(text, lang)]


def fields(text: str, lang: str) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (m.count_text, m.actor_code, m.location_country, m.mention_type) for m in extract_mentions(text, lang)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # head nouns: forces, personnel, Mann, Blauhelme, a demonym or group as the head
        ("Some 40,000 Russian forces gathered near the city of Belgorod.", "en", ["Some 40,000"]),
        ("The navy said 300 personnel were aboard the carrier.", "en", ["300"]),
        ("Das Kontingent umfasst derzeit 900 Mann.", "de", ["900"]),
        ("Rund 250 österreichische Blauhelme sind im Südlibanon stationiert.", "de", ["Rund 250"]),
        ("Le bataillon compte 450 Britanniques, le reste vient du Danemark.", "fr", ["450"]),
        ("An der Ausbildung nahmen bisher 8.000 Ukrainer teil, teilte die Armee mit.", "de", ["8.000"]),
        ("The police said 14 Taliban were killed overnight.", "en", ["14"]),
        ("The strike killed 31 Hezbollah members, the group said.", "en", ["31"]),
        ("La frappe a tué 12 membres du groupe Etat islamique.", "fr", ["12"]),
        # counts whose noun is elsewhere
        ("Four soldiers were killed and 11 wounded in the ambush.", "en", ["Four", "11"]),
        ("Zwei Soldaten starben, drei weitere wurden schwer verletzt.", "de", ["Zwei", "drei"]),
        (
            "Les soldats français étaient 5 000 au Sahel. Ils sont actuellement 2 500.",
            "fr",
            ["5 000", "2 500"],
        ),
        ("Die Zahl sank von 12.000 über 9.000 auf 6.000 Soldaten.", "de", ["12.000", "9.000", "6.000"]),
        ("The army will move 1,200 of the 8,000 troops based there.", "en", ["1,200", "8,000"]),
        (
            "Analysts put the total number of rebel troops between 6,000 and 7,000.",
            "en",
            ["between 6,000 and 7,000"],
        ),
        ("Fünf weitere der entsandten Soldaten wurden verletzt.", "de", ["Fünf"]),
        ("Die Mission zählt 4.000 Soldaten, davon bis zu 700 aus Irland.", "de", ["4.000", "bis zu 700"]),
        # number forms
        ("At least thirty-two soldiers were wounded.", "en", ["At least thirty-two"]),
        ("Sieben Soldaten wurden bei dem Angriff getötet.", "de", ["Sieben"]),
        ("The army has 1.3 million active troops.", "en", ["1.3 million"]),
        ("Die Armee soll 120’000 Soldaten umfassen.", "de", ["120’000"]),
        ("Letzte Woche rief die Armee Zehntausende Reservisten ein.", "de", ["Zehntausende"]),
        # casualties named in another clause or as fighters
        ("Airstrikes killed 22 people, nine of them fighters, officials said.", "en", ["nine"]),
        ("Bei dem Angriff wurden 40 IS-Kämpfer getötet.", "de", ["40"]),
        ("Die Streitkräfte haben Tausende Opfer erlitten.", "de", ["Tausende"]),
        # not troop counts
        ("Police detained 30 men after the protest.", "en", []),
        ("Bereits vier Soldaten wurden getötet: Jonas Weber (23) und Lukas Braun (21).", "de", ["vier"]),
        ("The ministry pledged 2,000 police personnel for the summit.", "en", []),
        ("Le conflit a fait plus de 20 000 morts depuis 2019.", "fr", []),
    ],
)
def test_spans(text: str, lang: str, expected: list[str]) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # withdrawals and reductions, "from X to Y" = two withdrawal counts
        (
            "Washington will cut its troops in Iraq from 2,500 to 2,000.",
            "en",
            [("2,500", "USA", "IRQ", "withdrawal"), ("2,000", "USA", "IRQ", "withdrawal")],
        ),
        (
            "Paris va réduire les effectifs de 3 000 à 2 200 hommes au Tchad.",
            "fr",
            [("3 000", "FRA", "TCD", "withdrawal"), ("2 200", "FRA", "TCD", "withdrawal")],
        ),
        # the ceiling of a mission abroad is a deployment; exercises are training
        (
            "Der Bundestag legte die Obergrenze auf 1.100 Soldaten in Mali fest.",
            "de",
            [("1.100", "DEU", "MLI", "deployment")],
        ),
        (
            "Around 3,000 Polish troops took part in the exercise in Lithuania.",
            "en",
            [("Around 3,000", "POL", "LTU", "training")],
        ),
        # casualties in the passive, after other verbs of the clause
        (
            "Environ 200 soldats tchadiens déployés au Niger ont été tués.",
            "fr",
            [("Environ 200", "TCD", "NER", "casualties")],
        ),
        # the size of an army
        (
            "Die Bundeswehr zählt heute rund 180.000 Soldaten.",
            "de",
            [("rund 180.000", "DEU", None, "force_size")],
        ),
    ],
)
def test_types(text: str, lang: str, expected: list) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # armed groups own their fighters; the state named beside them fights them
        ("Israeli forces killed 40 Hezbollah fighters in southern Lebanon.", "en", [("40", "HEZBOLLAH")]),
        ("Plus de 60 combattants houthis ont été tués.", "fr", [("Plus de 60", "HOUTHIS")]),
        ("Die malische Armee hat rund 30 Rebellen getötet.", "de", [("rund 30", None)]),
        (
            "Hamas has between 20,000 and 25,000 members, officials estimate.",
            "en",
            [("between 20,000 and 25,000", "HAMAS")],
        ),
        ("About 2,000 Wagner fighters remain in Libya.", "en", [("About 2,000", "RUS")]),
        # the actor stated once and carried by the next sentence
        (
            "Nigeria's army launched an offensive on Monday. Twelve soldiers were killed.",
            "en",
            [("Twelve", "NGA")],
        ),
        # peacekeepers are UN troops unless a state is named beside them
        ("At least 80 peacekeepers have been killed since the mission began.", "en", [("At least 80", "UN")]),
        ("1 200 casques bleus irlandais servent au Liban.", "fr", [("1 200", "IRL")]),
    ],
)
def test_actors(text: str, lang: str, expected: list) -> None:
    assert [(m.count_text, m.actor_code) for m in extract_mentions(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a mission implies its actor and host country
        ("MINUSMA said 2,000 troops would leave by June.", "en", [("2,000", "UN", "MLI")]),
        (
            "Environ 600 soldats de la Finul patrouillent le long de la frontière.",
            "fr",
            [("Environ 600", "UN", "LBN")],
        ),
        # a city or province implies its country
        (
            "Seven Taliban were killed in the fighting in Kandahar province.",
            "en",
            [("Seven", "TALIBAN", "AFG")],
        ),
        ("Rund 500 Soldaten wurden nach Rafah verlegt.", "de", [("Rund 500", None, "PSE")]),
        # a place far after the noun, in another clause, is no location
        (
            "The army has 80,000 soldiers, a fraction of what it fielded before the long war in Afghanistan.",
            "en",
            [("80,000", None, None)],
        ),
    ],
)
def test_locations(text: str, lang: str, expected: list) -> None:
    assert [
        (m.count_text, m.actor_code, m.location_country) for m in extract_mentions(text, lang)
    ] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a place inside a German participle phrase, a list of countries, a place referred to by "there"
        (
            "Rund 2.000 in Polen stationierte US-Soldaten sollen bleiben.",
            "de",
            [("Rund 2.000", "USA", "POL")],
        ),
        (
            "Plus de 800 soldats belges sont déployés au Niger, au Mali et au Tchad.",
            "fr",
            [("Plus de 800", "BEL", None)],
        ),
        (
            "Japan hosts the largest U.S. garrison abroad. Washington keeps about 50,000 troops there.",
            "en",
            [("about 50,000", "USA", "JPN")],
        ),
        ("Il y a 300 soldats canadiens en Lettonie.", "fr", [("300", "CAN", "LVA")]),
    ],
)
def test_location_references(text: str, lang: str, expected: list) -> None:
    assert [
        (m.count_text, m.actor_code, m.location_country) for m in extract_mentions(text, lang)
    ] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # German case forms of quantity words and spelled numbers
        (
            "Die Armee verlegte mehreren tausend Soldaten an die Front.",
            "de",
            [("mehreren tausend", 2000, 9999)],
        ),
        (
            "Das Land verfügt über eine Armee von einer Million Soldaten.",
            "de",
            [("einer Million", 1_000_000, 1_000_000)],
        ),
        ("Mit einem Dutzend Soldaten erreichte er den Posten.", "de", [("einem Dutzend", 12, 12)]),
        ("Rund 600 Blauhelmen fehlt die Ausrüstung.", "de", [("Rund 600", 600, 600)]),
        # "verfügt über" is a verb's preposition, not "more than"
        ("Die Miliz verfügt über 7.000 Kämpfer.", "de", [("7.000", 7000, 7000)]),
    ],
)
def test_german_case_forms(text: str, lang: str, expected: list) -> None:
    assert [
        (m.count_text, m.troop_count_min, m.troop_count_max) for m in extract_mentions(text, lang)
    ] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "Personen" counts troops only where no one is killed and no civilians are named
        ("Das Kontingent umfasst derzeit 1.200 Personen.", "de", [("1.200", "deployment")]),
        ("Bei dem Angriff der Armee wurden 15 Personen getötet.", "de", []),
        # reservists called up are the army's size, even with a front named
        ("Israel called up 50,000 reservists for the offensive in Gaza.", "en", [("50,000", "force_size")]),
        # a withdrawal word in another clause does not decide
        (
            "After the pullout from Kabul, 2,000 Marines were sent to Kuwait.",
            "en",
            [("2,000", "deployment")],
        ),
        # the strength of a mission is a deployment
        ("La mission de l'Union européenne compte 700 militaires.", "fr", [("700", "deployment")]),
    ],
)
def test_more_types(text: str, lang: str, expected: list) -> None:
    assert [(m.count_text, m.mention_type) for m in extract_mentions(text, lang)] == expected


def test_type_carried_from_the_sentence_before() -> None:
    text = (
        "Die Nato-Übung beginnt am Montag in Norwegen. Insgesamt nehmen 20.000 Soldatinnen und Soldaten teil."
    )
    assert [(m.count_text, m.mention_type) for m in extract_mentions(text, "de")] == [("20.000", "training")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Polizei nahm 30 Personen fest, 12 wurden verletzt.", "de"),
        ("Bei dem Angriff der Armee wurden 40 Zivilisten getötet und 100 verletzt.", "de"),
        ("The ministry said 1,200 civilians were killed and 3,000 wounded since the offensive began.", "en"),
        ("The UN said 2,000 refugees crossed into Chad, and 300 more arrived on Monday.", "en"),
        ("Les gendarmes ont interpellé 20 personnes, dont 5 mineurs.", "fr"),
    ],
)
def test_counts_of_police_or_civilians_lend_no_noun(text: str, lang: str) -> None:
    assert extract_mentions(text, lang) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count is found; two states' troops are neither's alone
        ("About 2,000 British and French troops are in Estonia.", [("About 2,000", None, "EST")]),
        ("A 1,000-man battalion arrived in Kyiv.", [("1,000", None, "UKR")]),
        ("Kenya will lead a 1,000-man police force.", []),
        ("Some 300 members of the armed forces were killed.", [("Some 300", None, None)]),
    ],
)
def test_english_phrase_shapes(text: str, expected: list) -> None:
    assert [
        (m.count_text, m.actor_code, m.location_country) for m in extract_mentions(text, "en")
    ] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Tausende Soldaten marschierten bei der Militärparade in Minsk.", "de", [("Tausende", "other")]),
        ("Near 5,000 troops paraded through the capital on Independence Day.", "en", [("5,000", "other")]),
        ("Kiew zufolge verliert Russland täglich rund 900 Soldaten.", "de", [("rund 900", "casualties")]),
    ],
)
def test_parades_and_losses(text: str, lang: str, expected: list) -> None:
    assert [(m.count_text, m.mention_type) for m in extract_mentions(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Land sucht 5.000 Fachkräfte für die Pflege.", []),
        ("Rund 300 Einsatzkräfte der Bundeswehr sind vor Ort.", ["Rund 300"]),
        ("Die Armee verlegte 2.000 Kräfte an die Grenze.", ["2.000"]),
        ("Etwa 800 Armeereservisten wurden einberufen.", ["Etwa 800"]),
    ],
)
def test_german_compounds(text: str, expected: list[str]) -> None:
    assert spans(text, "de") == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Des frappes ont tué trois combattants près de la capitale syrienne.", "fr"),
        ("Some 500 troops were deployed near the Syrian capital.", "en"),
        ("Rund 300 Soldaten sind in der syrischen Hauptstadt.", "de"),
    ],
)
def test_demonym_before_or_after_capital_is_a_place(text: str, lang: str) -> None:
    assert [m.location_country for m in extract_mentions(text, lang)] == ["SYR"]
