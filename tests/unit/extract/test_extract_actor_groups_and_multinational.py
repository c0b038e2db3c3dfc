"""Whose troops, in en/de/fr: an armed group that holds or loses the troops counted (the subject of a verb of having
or losing, or what a possessive points back to), and a total of several states' troops, which belongs to the
alliance or mission named with it or to nobody (sentences written here, after kinds of misses found on fresh real
news)."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def actors(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m.count_text, m.actor_code) for m in extract_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a group as the subject of a verb of having: soldiers, men or armed members are its own
        (
            "Die Hisbollah verfügt nach eigenen Angaben über rund 40.000 Soldaten.",
            "de",
            [("rund 40.000", "HEZBOLLAH")],
        ),
        ("Laut Geheimdiensten verfügt die Hamas über 25.000 Bewaffnete.", "de", [("25.000", "HAMAS")]),
        (
            "Man schätzt, dass die Hamas vor dem Krieg über etwa 30 000 Bewaffnete verfügte.",
            "de",
            [("etwa 30 000", "HAMAS")],
        ),
        ("Hezbollah says it has 50,000 men under arms.", "en", [("50,000", "HEZBOLLAH")]),
        (
            "L'État islamique compte entre 10 000 et 20 000 hommes.",
            "fr",
            [("entre 10 000 et 20 000", "ISIS")],
        ),
        # ... or what its possessive points back to, even when a demonym qualifies it
        (
            "Le groupe armé Hezbollah affirme que trois de ses hommes ont été tués dans le sud.",
            "fr",
            [("trois", "HEZBOLLAH")],
        ),
        (
            "Le « Hezbollah » libanais a confirmé la perte de 6 de ses membres près de la frontière.",
            "fr",
            [("6", "HEZBOLLAH")],
        ),
        # what a group did to others' soldiers does not make them its own
        ("Hamas has killed 300 soldiers since the war began.", "en", [("300", None)]),
        ("Die Hamas hat im Süden 20 Soldaten entführt.", "de", [("20", None)]),
        # a group named as what an army fought is no subject of its losses
        (
            "Selon l'état-major nigérien, l'armée a abattu 40 combattants de Boko Haram et perdu 9 soldats.",
            "fr",
            [("40", "BOKO_HARAM"), ("9", "NER")],
        ),
        ("Hamas said Israel lost 200 of its soldiers in the fighting.", "en", [("200", "ISR")]),
    ],
)
def test_group_that_holds_the_troops(text: str, lang: str, expected: list) -> None:
    assert actors(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # several states' troops: the alliance or mission named with them, in a compound too
        (
            "An der NATO-geführten Übung nehmen 9 000 Soldaten aus 25 Nationen teil.",
            "de",
            [("9 000", "NATO")],
        ),
        (
            "The United Nations has deployed a force of 8,200 troops from 40 countries in the region.",
            "en",
            [("8,200", "UN")],
        ),
        (
            "Die EU-Ausbildungsmission ist gewachsen. Sie zählt rund 600 Soldaten aus 18 Staaten.",
            "de",
            [("rund 600", "EU")],
        ),
        # ... and nobody when none is named, whoever runs the camp or speaks
        (
            "Im von der Bundeswehr geführten Lager wohnen rund 1.500 Soldaten aus zwölf Nationen.",
            "de",
            [("rund 1.500", None)],
        ),
        (
            "Insgesamt sind 11 Länder mit rund 3100 Soldaten an dem Manöver beteiligt.",
            "de",
            [("rund 3100", None)],
        ),
        (
            "Plus de 1 500 militaires, venant de plus de 20 pays partenaires, participent à l'exercice.",
            "fr",
            [("Plus de 1 500", None)],
        ),
        ("An der Übung werden 9.000 Soldaten beider Länder teilnehmen.", "de", [("9.000", None)]),
        # a single state's troops from its own bases or units stay its own
        ("The Estonian army sent 300 troops from its bases in the south.", "en", [("300", "EST")]),
        ("France sent 500 soldiers from the 3rd regiment to Romania.", "en", [("500", "FRA")]),
    ],
)
def test_multinational_total(text: str, lang: str, expected: list) -> None:
    assert actors(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # troops a state's army kills or captures, in the active voice, are the other body's named in the sentence
        (
            "Die Armee Kenias hat laut der somalischen Regierung neun Soldaten an der Grenze getötet.",
            "de",
            [("neun", "SOM")],
        ),
        ("L'armée malienne a tué 20 soldats ennemis près de la frontière.", "fr", [("20", None)]),
        # ... but the passive voice, a clause of its own or a group that strikes leave the owner as it was
        (
            "Die israelische Armee hat mitgeteilt, dass zwei Soldaten getötet worden seien.",
            "de",
            [("zwei", "ISR")],
        ),
        ("The Israeli army said 12 soldiers were killed in Gaza.", "en", [("12", "ISR")]),
        ("Nigeria's main jihadist group Boko Haram has killed 14 soldiers in Borno.", "en", [("14", "NGA")]),
        (
            "Kenya's army said it has killed 40 militants and lost three soldiers near the border.",
            "en",
            [("40", None), ("three", "KEN")],
        ),
        ("Die russische Armee hat 300 Soldaten an die Grenze verlegt.", "de", [("300", "RUS")]),
    ],
)
def test_troops_struck_by_the_subject(text: str, lang: str, expected: list) -> None:
    assert actors(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a state that takes part in a mission with its troops owns them, the verb before or after its subject
        ("Derzeit stellt Irland bei der Uno-Truppe im Libanon 330 Mann.", "de", [("330", "IRL")]),
        ("Polen beteiligt sich an der Nato-Mission im Baltikum mit 90 Soldaten.", "de", [("90", "POL")]),
        ("L'Espagne est le premier contributeur de la FINUL avec 650 soldats.", "fr", [("650", "ESP")]),
        ("Kenya contributes about 3,500 troops to the AU force in Somalia.", "en", [("about 3,500", "KEN")]),
        # ... but not the mission's whole, nor a mission's strength with no state taking part
        (
            "Italien stellt für die Nato-Eingreiftruppe rund 4.000 der insgesamt 30.000 Soldaten.",
            "de",
            [("rund 4.000", "ITA"), ("30.000", "NATO")],
        ),
        ("Die KFOR hat derzeit eine Stärke von 4.100 Soldaten.", "de", [("4.100", "NATO")]),
        # armies, cabinets and contingents named for their country, and missions named for their owner
        (
            "Die Koreanische Volksarmee soll rund 950.000 Soldaten haben.",
            "de",
            [("rund 950.000", "PRK")],
        ),
        ("Das aktuelle AUTCON-Kontingent besteht aus 320 Soldaten.", "de", [("320", "AUT")]),
        ("Das Bundeskabinett beschloss die Entsendung von bis zu 60 Soldaten.", "de", [("bis zu 60", "DEU")]),
        ("Im Rahmen der opération Daman sont déployés 650 militaires.", "fr", [("650", "FRA")]),
        ("Die Fremdenlegion zählt heute rund 9.000 Soldaten.", "de", [("rund 9.000", "FRA")]),
    ],
)
def test_contingent_of_a_state_in_a_mission(text: str, lang: str, expected: list) -> None:
    assert actors(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plain "Marines" in English, with a US state or base named in the passage: the US Marine Corps
        (
            "About 3,800 sailors and Marines left Camp Lejeune, North Carolina, on Monday.",
            [("About 3,800", "USA")],
        ),
        ("Some 2,100 Marines from California arrived in Darwin.", [("Some 2,100", "USA")]),
        # ... not without one, nor another navy's marines
        ("Some 2,100 Marines arrived in Darwin for the exercise.", [("Some 2,100", None)]),
        ("Some 600 Royal Marines from Plymouth took part in the drill in Texas.", [("Some 600", "GBR")]),
    ],
)
def test_plain_marines(text: str, expected: list) -> None:
    assert actors(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demonym in the name of a news outlet reports the count; it owns none of the troops
        ("Rund 900 Kämpfer griffen an, meldete die Deutsche Presse-Agentur.", [("Rund 900", None)]),
        ("Die Armee umfasst 80.000 Soldaten, berichtet die Deutsche Welle.", [("80.000", None)]),
        # ... unlike a demonym of the troops' own army
        ("Rund 900 deutsche Soldaten trafen ein, meldete die Nachrichtenagentur.", [("Rund 900", "DEU")]),
    ],
)
def test_news_outlet_is_no_owner(text: str, expected: list) -> None:
    assert actors(text, "de") == expected
