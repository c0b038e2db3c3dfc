"""German counts the grammar missed or mistyped: two spelled counts sharing one noun after their participles, a time
adverb inside a participle phrase before the noun, an alternative count after "bzw."/"oder", and pull-outs named by
a compound noun ("Truppenabzug", "Teilabzug"): on sentences written for this test."""

from __future__ import annotations

import pytest
from german_mentions import owners_and_places, spans
from news_etl.extract import extract_mentions


def types(text: str) -> list[tuple[str, str]]:
    return [(m.count_text, m.mention_type) for m in extract_mentions(text, "de")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spelled second count between the two participles
        ("Der Bericht nennt neun getötete und fünf verwundete Soldaten.", ["neun", "fünf"]),
        ("Die Miliz meldete zwei tote und sieben verletzte Kämpfer.", ["zwei", "sieben"]),
        ("Gezählt wurden 14 getötete und elf vermisste Soldaten.", ["14", "elf"]),
        # the spelled word must be a count: units and vehicles stay out
        ("Zwei Bataillone mit je drei Kompanien und vier schwere Panzer rückten vor.", []),
    ],
)
def test_spelled_second_count_sharing_the_noun(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Geplant ist der Abzug von 640 bislang in Estland stationierten Soldaten.", ["640"]),
        ("Rund 820 zurzeit im Irak eingesetzte Soldaten sollen heimkehren.", ["Rund 820"]),
        ("Etwa 310 momentan in dem Nachbarland stationierte Soldaten bleiben.", ["Etwa 310"]),
        # an adverb of time before a count of things is no troop count
        ("Die Luftwaffe hat bislang 300 Drohnen abgefangen.", []),
    ],
)
def test_time_adverb_inside_a_participle_phrase(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bis zu 450 Soldaten dürfen nach Litauen bzw. bis zu 150 nach Lettland verlegt werden.",
            ["Bis zu 450", "bis zu 150"],
        ),
        (
            "Bis zu 450 Soldaten dürfen nach Litauen oder bis zu 150 nach Lettland verlegt werden.",
            ["Bis zu 450", "bis zu 150"],
        ),
        (
            "Entsandt werden bis zu 700 Soldaten in die Mission KFOR (Kosovo) bzw. bis zu 250 in die Mission EUFOR.",
            ["bis zu 700", "bis zu 250"],
        ),
    ],
)
def test_alternative_count_after_bzw_or_oder(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Truppenabzug auf 1100 Soldaten ist abgeschlossen.", [("1100", "withdrawal")]),
        ("Der Teilabzug von 350 Soldaten beginnt im Mai.", [("350", "withdrawal")]),
        ("Die Truppenreduzierung im Irak auf 1800 US-Soldaten ist vollzogen.", [("1800", "withdrawal")]),
        ("Die Truppenreduktion um 600 Soldaten ist beschlossen.", [("600", "withdrawal")]),
        # a pull-out in a frame of the clause does not type the troops who stay
        ("Trotz des Abzugs bleiben 750 Soldaten im Land.", [("750", "deployment")]),
        ("Trotz des Truppenabzugs bleiben 750 Soldaten im Land.", [("750", "deployment")]),
    ],
)
def test_pullout_compounds(text: str, expected: list[tuple[str, str]]) -> None:
    assert types(text) == expected


def owners_and_types(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.count_text, m.actor_code, m.mention_type) for m in extract_mentions(text, "de")]


@pytest.mark.parametrize(
    "text",
    [
        # "diese Zahl" is the number of the things counted last, not of the troops named before them
        "Derzeit unterhält das Heer noch rund 260 Kasernen, bis 2032 soll diese Zahl auf etwa 210 fallen.",
        "Die Marine betreibt 14 Stützpunkte. Diese Zahl soll auf elf sinken.",
    ],
)
def test_this_number_of_things_is_no_troop_count(text: str) -> None:
    assert spans(text) == []


def test_this_number_of_troops_still_counts() -> None:
    assert spans("Das Heer hat 2600 Soldaten in Estland. Diese Zahl soll auf 3900 steigen.") == [
        "2600",
        "3900",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital named in apposition is where the troops flew from, not whose they are; flown back is a pull-out
        (
            "Die 180 Soldatinnen und Soldaten waren aus der ghanaischen Hauptstadt Accra zurückgeflogen.",
            [("180", None, "withdrawal")],
        ),
        (
            "Die 180 Soldaten der Bundeswehr waren aus der Hauptstadt Accra zurückgeflogen.",
            [("180", "DEU", "withdrawal")],
        ),
        # a capital standing for its state still owns troops it sends
        ("Paris schickt 260 Soldaten nach Estland.", [("260", "FRA", "deployment")]),
    ],
)
def test_capital_in_apposition_is_a_place(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert owners_and_types(text) == expected


def places(text: str) -> list[tuple[str, str | None]]:
    return [(m.count_text, m.location_country) for m in extract_mentions(text, "de")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where a source sits is not where the troops are
        ("Frankreich will 2300 Soldaten verlegen, hieß es in Regierungskreisen in Paris.", [("2300", None)]),
        ("Rom will 900 Soldaten entsenden, verlautete aus Militärkreisen in Rom.", [("900", None)]),
        # "dort" points back to the place of the fighting, not to the country of the service that speaks
        (
            "Bei den Gefechten um Belgorod sollen Söldner eingesetzt worden sein. Der polnische Nachrichtendienst "
            "teilte mit, es seien dort mindestens 45 Söldner gefallen.",
            [("mindestens 45", "RUS")],
        ),
    ],
)
def test_source_seat_and_there_after_a_speaking_service(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side's losses put at a figure by the other side: the side whose losses they are owns them
        (
            "Die Verluste der ukrainischen Armee schätzt Moskau auf rund 700 pro Tag.",
            [("rund 700", "UKR", "casualties")],
        ),
        (
            "Die ukrainischen Verluste beziffert Moskau auf rund 700 pro Tag.",
            [("rund 700", "UKR", "casualties")],
        ),
        ("Moskau gibt die Verluste der Ukraine mit 650 an.", [("650", "UKR", "casualties")]),
        # a firm's losses name no second state
        ("Die italienischen Verluste beziffert der Versicherer auf 40 Millionen.", []),
        # victims among whom troops are counted
        ("Unter den Opfern seien acht Soldaten, teilte die Armee mit.", [("acht", None, "casualties")]),
        ("Die Regierung will den Opfern helfen und schickt 450 Soldaten.", [("450", None, "deployment")]),
    ],
)
def test_side_losses_and_victims(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert owners_and_types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nation's contingent in an alliance's mission is the nation's
        ("Das belgische Kontingent der Nato-Truppe KFOR wird um 35 Soldaten verstärkt.", [("35", "BEL")]),
        (
            "Mit 280 Soldaten im Rahmen der EU-geführten Mission ist Spanien größter Truppensteller.",
            [("280", "ESP")],
        ),
        ("Das Bundesheer ist an der UN-Mission im Libanon mit 170 Soldaten beteiligt.", [("170", "AUT")]),
        # the mission alone keeps its troops
        ("Die UN-Mission zählt derzeit 9000 Soldaten aus 45 Ländern.", [("9000", "UN")]),
        # losses put at a count of soldiers are the losing side's
        (
            "Damit steigen die ukrainischen Verluste nach Angaben aus Moskau auf insgesamt 95.000 Soldaten.",
            [("95.000", "UKR")],
        ),
    ],
)
def test_contingents_in_alliance_missions_and_losses_of_a_side(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(m.count_text, m.actor_code) for m in extract_mentions(text, "de")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # researchers who estimate and where their institute sits are neither owner nor place
        (
            "Nach Schätzungen britischer Experten hat die Armee Moskaus 410.000 Soldaten verloren.",
            [("410.000", "RUS", None)],
        ),
        (
            "Eine Studie der Denkfabrik IISS in London geht von 210.000 getöteten russischen Soldaten aus.",
            [("210.000", "RUS", None)],
        ),
    ],
)
def test_researchers_are_sources(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert owners_and_places(text) == expected


def test_count_in_a_where_clause_before_another_listed_mission() -> None:
    # the place after the count belongs to the next listed mission and its own count
    text = (
        "Verlängert wurden der Einsatz auf Zypern, wo das Heer mit bis zu sieben Soldaten vertreten ist, "
        "und die Mission im Libanon (UNIFIL) mit bis zu 180 Soldaten."
    )
    assert places(text) == [("bis zu sieben", "CYP"), ("bis zu 180", "LBN")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bare "Angehörige" of a family, or affected by a move, are relatives
        ("Von dem Truppenabbau sind auch rund 3100 Angehörige betroffen. Die Soldaten ziehen im Mai ab.", []),
        ("Bei dem Beschuss durch die Armee starben drei Angehörige einer Familie.", []),
        # members of an army, or of a force named by the sentence, are troops
        ("Bei dem Anschlag wurden 14 Angehörige der Marine verletzt.", ["14"]),
        ("Die Luftwaffe ist in Estland mit bis zu 90 Angehörigen vertreten.", ["bis zu 90"]),
    ],
)
def test_relatives_are_no_troops(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_fighters_of_the_militia_named_two_sentences_back() -> None:
    text = (
        "Die Miliz Boko Haram hat im Norden Nigerias ein Lager der Armee überfallen. Mindestens 30 Menschen "
        "starben. Unter ihnen seien neun Soldaten und 16 Kämpfer der Miliz, hieß es von der Armee."
    )
    assert [(m.count_text, m.actor_code) for m in extract_mentions(text, "de")][-1] == ("16", "BOKO_HARAM")


def test_soldiers_killed_by_a_suicide_bomber_in_a_capital_are_its_army() -> None:
    text = "Ein Attentäter sprengte sich vor einer Kaserne in der Hauptstadt Niamey in die Luft und tötete fünf Soldaten."
    assert owners_and_places(text) == [("fünf", "NER", "NER")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the neighbour in "das an X grenzende Land" is neither where the troops are nor whose they are
        (
            "Die Nato verstärkt ihre Präsenz in Lettland. In dem an Belarus grenzenden Land sind nun 1700 "
            "kanadische Soldaten stationiert.",
            [("1700", "CAN", "LVA")],
        ),
        ("In dem an die Ukraine grenzenden Land sind 600 Soldaten stationiert.", [("600", None, None)]),
    ],
)
def test_bordering_participle_names_a_neighbour(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert owners_and_places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in seinem Land", "in dem baltischen Land": the country of the one who speaks, or the one named before
        (
            "Der estnische Regierungschef sagte, in seinem Land würden künftig 1300 britische Soldaten stationiert.",
            [("1300", "GBR", "EST")],
        ),
        (
            "Nach Angaben des litauischen Verteidigungsministeriums sollen 450 bislang in dem baltischen Land "
            "stationierte US-Soldaten abgezogen werden.",
            [("450", "USA", "LTU")],
        ),
        # with no country named, the land stays unnamed
        ("Die Marine hat in dem Land 120 Soldaten stationiert.", [("120", None, None)]),
    ],
)
def test_his_land_refers_to_the_country_named(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert owners_and_places(text) == expected


def test_country_a_mission_stabilises_is_its_place() -> None:
    text = "Das Kabinett verlängerte den Einsatz zur Stabilisierung Somalias. Die Obergrenze sinkt von 300 auf 120 Soldaten."
    assert places(text) == [("300", "SOM"), ("120", "SOM")]
