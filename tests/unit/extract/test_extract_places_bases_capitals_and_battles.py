"""Location kinds found on the round-14 fresh set: a base's address read as the troops' place, a capital a
fight is measured from, a settlement named by a country's adjective, a country invaded or a neighbour of one,
places fought over, and training areas and regions the lists lacked. Sentences written here; negatives keep the
older readings."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def fields(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.count_text, m.actor_code, m.location_country) for m in extract_mentions(text, lang)]


def locations(text: str, lang: str) -> list[str | None]:
    return [m.location_country for m in extract_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a base's address ("Fort X, State") is where the troops set out from when the sentence sends them on
        (
            "Some 200 soldiers of a cavalry squadron based in Fort Hood, Texas, stopped over in Maine on their way "
            "to Kuwait.",
            "en",
            ["KWT"],
        ),
        (
            "From Fort Carson, Colorado, a brigade of about 3,000 soldiers will be deployed in Latvia next spring.",
            "en",
            ["LVA"],
        ),
        (
            "Engineers gathered at Fort Bragg, North Carolina, while the Army sent 1,200 more troops to the Middle "
            "East.",
            "en",
            [None],
        ),
        # ... but a base the troops stay at is where they are
        ("About 300 soldiers are training at Fort Hood, Texas, this month.", "en", ["USA"]),
        (
            "Roughly 500 marines from Camp Pendleton, California, will spend the summer on the base.",
            "en",
            ["USA"],
        ),
    ],
)
def test_base_address_is_home_when_sent_on(text: str, lang: str, expected: list[str | None]) -> None:
    assert locations(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a capital or city a place is measured from lies in its country
        ("Four soldiers were killed when their patrol was ambushed south of Baghdad.", "en", ["IRQ"]),
        ("Eleven soldiers died in a blast west of Kabul on Monday.", "en", ["AFG"]),
        # a country named that way stays a neighbour
        ("The army massed 5,000 soldiers north of Syria.", "en", [None]),
    ],
)
def test_measured_from_a_city(text: str, lang: str, expected: list[str | None]) -> None:
    assert locations(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a settlement named by a country's adjective is in that country
        ("Six soldiers were killed in a remote Lebanese village on Tuesday.", "en", ["LBN"]),
        ("Nine troops died when a mine exploded near an Afghan town.", "en", ["AFG"]),
        ("Drei Soldaten wurden in einem afghanischen Dorf getötet.", "de", ["AFG"]),
        ("Trois soldats ont été tués dans un village malien.", "fr", ["MLI"]),
        ("Douze militaires ont été blessés dans une localité burkinabè.", "fr", ["BFA"]),
        # the adjective of an army is still its owner, not a place
        ("Eight Lebanese soldiers were wounded.", "en", [None]),
    ],
)
def test_settlement_adjective(text: str, lang: str, expected: list[str | None]) -> None:
    assert locations(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a neighbour of a country is not that country
        ("Moskau hat 300 Soldaten in ein Nachbarland der Ukraine verlegt.", "de", [None]),
        ("Russia moved 2,000 troops to a neighbour of Ukraine.", "en", [None]),
        ("Moskau hat 300 Soldaten in das Nachbarland Belarus verlegt.", "de", ["BLR"]),
        # the country invaded dates a count; the troops do not leave it
        (
            "En Pologne, l'effectif américain a été réduit à 2 000 soldats peu après l'invasion de l'Ukraine.",
            "fr",
            ["POL"],
        ),
        ("Berlin a retiré 300 soldats quelques jours après l'invasion de l'Irak.", "fr", [None]),
        # (the country left is still read after "de": "Paris a retiré 300 soldats du Tchad")
        ("Paris a retiré 300 soldats du Tchad.", "fr", ["TCD"]),
        # a place fought over is where troops fell
        ("Près de 400 soldats sont morts dans la bataille pour Goma.", "fr", ["COD"]),
        ("Hundreds of fighters were killed in the battle for Mosul.", "en", ["IRQ"]),
        ("In der Schlacht um Kursk fielen 2000 Soldaten.", "de", ["RUS"]),
        # a base named by its kind and place
        ("Quelque 600 militaires restent sur la base aérienne projetée de Niamey.", "fr", ["NER"]),
    ],
)
def test_neighbours_invasions_and_battles(text: str, lang: str, expected: list[str | None]) -> None:
    assert locations(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Two soldiers were wounded by a drone in the Western Galilee.", "en", [("Two", None, "ISR")]),
        ("In Obergaliläa wurden zwei Soldaten verletzt.", "de", [("zwei", None, "ISR")]),
        ("Rund 800 Soldaten sind in der Mittelslowakei stationiert.", "de", [("Rund 800", None, "SVK")]),
        ("Auf dem Truppenübungsplatz Lešť üben 1200 Soldaten.", "de", [("1200", None, "SVK")]),
        ("Etwa 500 Soldaten trainieren in Torgelow.", "de", [("Etwa 500", None, "DEU")]),
        ("In Wildflecken üben derzeit 900 Soldaten.", "de", [("900", None, "DEU")]),
        ("In der Provinz Farjab wurden sieben Soldaten getötet.", "de", [("sieben", None, "AFG")]),
        ("Im Camp Pamir sind derzeit 80 Soldaten stationiert.", "de", [("80", None, "AFG")]),
        ("Near Gudumbali, 12 soldiers were killed by insurgents.", "en", [("12", None, "NGA")]),
        ("Une trentaine de soldats ont été tués à Mondoro.", "fr", [("Une trentaine", None, "MLI")]),
        # an ordinary word spelled like a place stays none
        ("Lest anyone forget, 300 soldiers died there.", "en", [("300", None, None)]),
    ],
)
def test_places_added(text: str, lang: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a command's area of responsibility is no country, though the state still owns the troops
        (
            "The Pentagon will move about 2,000 paratroopers into the U.S. Central Command region this week.",
            "en",
            [("about 2,000", "USA", None)],
        ),
        ("The Army sent 600 soldiers to the U.S. Africa Command region.", "en", [("600", "USA", None)]),
        ("The Army sent 600 soldiers to the United States.", "en", [("600", None, "USA")]),
    ],
)
def test_command_area(text: str, lang: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a sentence naming countries only by demonyms says whose, not where: the place before it holds
        (
            "Four soldiers were killed in fighting in northern Syria on Friday. The Turkish ministry said the "
            "soldiers fell when rebels attacked a Turkish outpost. It added that 20 rebels had been killed.",
            "en",
            ["SYR", "SYR"],
        ),
        (
            "Im Norden des Irak wurden am Montag zwei Soldaten getötet. Das türkische Ministerium sprach von einem "
            "Angriff auf einen türkischen Posten. Dabei seien auch neun Kämpfer getötet worden.",
            "de",
            ["IRQ", "IRQ"],
        ),
        # a sentence naming another place stops it
        (
            "Four soldiers were killed in fighting in northern Syria on Friday. The ministry in Ankara called it "
            "an attack from Iraq. It added that 20 rebels had been killed.",
            "en",
            ["SYR", None],
        ),
    ],
)
def test_place_past_a_sentence_of_demonyms(text: str, lang: str, expected: list[str | None]) -> None:
    assert locations(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # troops pulled out who land at home left the post named before
        (
            "Die Schweiz hat ihren Einsatz in Bosnien beendet. Gestern Abend landeten die letzten 35 Soldaten auf "
            "dem Flughafen Zürich.",
            "de",
            ["BIH"],
        ),
        (
            "Belgium has ended its mission in Mali. The last 60 soldiers landed at an air base in Belgium on "
            "Sunday.",
            "en",
            ["MLI"],
        ),
        # ... and a stop on the way out is not the post either
        (
            "Die letzten Soldaten haben den Niger verlassen. Die 90 Männer und Frauen wurden nach Abidjan in der "
            "Elfenbeinküste geflogen.",
            "de",
            ["NER"],
        ),
        (
            "Les derniers militaires ont quitté le Tchad. Les 120 soldats retirés ont été acheminés vers le Cameroun.",
            "fr",
            ["TCD"],
        ),
        # "on the way back to Germany": home, the post named before it is the place left
        (
            "Ein halbes Jahr war die Kompanie in Litauen, nun ist sie auf dem Rückweg nach Deutschland. Die 200 "
            "Bundeswehrsoldaten werden am Abend in Munster erwartet.",
            "de",
            ["LTU"],
        ),
        # troops moved on to a new post are there (not a withdrawal)
        ("Paris a transféré 300 soldats vers le Tchad.", "fr", ["TCD"]),
    ],
)
def test_withdrawn_troops_arriving_home(text: str, lang: str, expected: list[str | None]) -> None:
    assert locations(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a stretch of border between two towns is in neither country
        (
            "Des frappes entre Mondoro et Djibo (frontière Mali-Burkina) ont tué 25 terroristes.",
            "fr",
            [None],
        ),
        ("Des frappes près de Mondoro ont tué 25 terroristes.", "fr", ["MLI"]),
    ],
)
def test_border_stretch_and_organisation_sentences(text: str, lang: str, expected: list[str | None]) -> None:
    assert locations(text, lang) == expected


def test_organisation_sentence_lets_no_destination_through() -> None:
    # a sentence naming only an organisation does not let a destination two sentences back through
    text = (
        "Quelque 300 combattants de Wagner ont quitté le pays pour la Libye. Le groupe Wagner dément. Il "
        "resterait environ 800 paramilitaires dans le pays."
    )
    assert locations(text, "fr")[-1] is None
