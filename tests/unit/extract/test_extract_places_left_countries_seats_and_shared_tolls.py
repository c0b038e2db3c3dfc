"""Round 18, locations (en, de, fr): the country troops bid farewell to or leave, named the sentence before even when
the same sentence names where they head; a casualty figure continuing a toll of its sentence shares its place; the
troops' own capital standing for their government is no place of theirs; towns of Tigray, Burkina Faso and
Afghanistan, and a title-case Congo. Sentences written here."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def fields(text: str, lang: str) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (m.count_text, m.actor_code, m.location_country, m.mention_type) for m in extract_mentions(text, lang)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the country left is the one named before, not the destinations the same sentence names
        (
            "La force poursuit son retrait du Niger. Plus de 700 soldats belges ont quitté le pays jeudi, "
            "en direction du Bénin et de la Belgique.",
            "fr",
            [("Plus de 700", "BEL", "NER", "withdrawal")],
        ),
        # bidding a country farewell is leaving it
        (
            "Le contingent termine sa rotation au Liban. Quelque 450 soldats irlandais ont fait leurs adieux au pays.",
            "fr",
            [("Quelque 450", "IRL", "LBN", "withdrawal")],
        ),
        # going home to the country is no country left
        (
            "Les 400 soldats portugais sont rentrés au pays après six mois au Mali.",
            "fr",
            [("400", "PRT", "MLI", "withdrawal")],
        ),
    ],
)
def test_country_left_named_before(text, lang, expected):
    assert fields(text, lang) == expected


def test_casualty_figures_continuing_a_toll_share_its_place():
    text = (
        "The group said it beat back an attack by the army in Wukro near Hawzen, eastern Tigray where 150 soldiers, "
        "including a colonel, were killed and 210 wounded, with 5 others captured."
    )
    assert [(c, loc) for c, _, loc, _ in fields(text, "en")] == [("150", "ETH"), ("210", "ETH"), ("5", "ETH")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The junta ordered the U.S. to pull out its 900 troops, a defeat for Washington.",
            "en",
            [("900", "USA", None, "withdrawal")],
        ),
        (
            "Die Regierung verlangte den Abzug von 250 französischen Soldaten, hieß es in Regierungskreisen in Paris.",
            "de",
            [("250", "FRA", None, "withdrawal")],
        ),
        # a place named outright still counts
        (
            "Laut Regierungskreisen in Berlin sollen 600 deutsche Soldaten aus Litauen abgezogen werden.",
            "de",
            [("600", "DEU", "LTU", "withdrawal")],
        ),
    ],
)
def test_own_capital_is_the_government(text, lang, expected):
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Twelve soldiers were killed near Hawzen on Friday.", "en", ("Twelve", "ETH")),
        ("Au moins 20 soldats ont été tués à Madjoari.", "fr", ("Au moins 20", "BFA")),
        ("Bei Dashti Archi wurden sieben Soldaten getötet.", "de", ("sieben", "AFG")),
        (
            "Huit casques bleus ont été blessés dans le nord de la République Démocratique Du Congo.",
            "fr",
            ("Huit", "COD"),
        ),
    ],
)
def test_gazetteer_towns(text, lang, expected):
    assert [(c, loc) for c, _, loc, _ in fields(text, lang)] == [expected]


def test_share_of_a_count_takes_its_type():
    text = "Den Verband in Lettland führt Kanada. Er besteht aus rund 1.500 Soldaten - rund 600 davon sind kanadische."
    assert [(c, t) for c, _, _, t in fields(text, "de")] == [
        ("rund 1.500", "deployment"),
        ("rund 600", "deployment"),
    ]


def test_breakdown_after_a_colon_shares_the_place_left():
    text = (
        "Die Zahl der britischen Soldaten in Zypern soll um 900 sinken: Rund 500 Soldaten sollen nach "
        "Großbritannien zurückkehren."
    )
    assert [(c, loc) for c, _, loc, _ in fields(text, "de")] == [("900", "CYP"), ("Rund 500", "CYP")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The Malian army said a French airstrike killed four soldiers near Gao.", "en", ("four", "MLI")),
        ("The Lebanese army said Israel killed two soldiers.", "en", ("two", "LBN")),
        (
            "L'armée libanaise a indiqué qu'une frappe israélienne avait tué trois soldats.",
            "fr",
            ("trois", "LBN"),
        ),
        (
            "Die libanesische Armee teilte mit, ein israelischer Angriff habe drei Soldaten getötet.",
            "de",
            ("drei", "LBN"),
        ),
    ],
)
def test_side_that_strikes_does_not_own_the_dead(text, lang, expected):
    assert [(c, a) for c, a, _, _ in fields(text, lang)] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Trois réservistes britanniques de la compagnie du génie du 21e régiment ont été blessés près de Kandahar.",
            "fr",
            [("Trois", "GBR", "AFG", "casualties")],
        ),
        (
            "Four reservists from the engineer company of the Royal Welsh regiment were wounded near Kandahar.",
            "en",
            [("Four", None, "AFG", "casualties")],
        ),
    ],
)
def test_reservists_hurt_after_a_long_unit_name(text, lang, expected):
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Zwei Soldaten wurden verwundet und in ein Krankenhaus in Polen geflogen.", "de", ("Zwei", None)),
        ("Five soldiers were wounded and flown to a military hospital in Germany.", "en", ("Five", None)),
        ("Sept soldats blessés ont été évacués vers un hôpital à Dakar.", "fr", ("Sept", None)),
    ],
)
def test_hospital_the_wounded_are_taken_to_is_no_place_nor_owner(text, lang, expected):
    assert [(c, loc) for c, a, loc, _ in fields(text, lang)] == [expected]
    assert [a for _, a, _, _ in fields(text, lang)] == [None]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a state hiring foreign troops is where they serve
        (
            "The Central African Republic has hired about 2,000 Russian mercenaries, diplomats say.",
            "en",
            "CAF",
        ),
        # a state demanding foreign troops leave is the country they leave
        (
            "Die Regierung Burkina Fasos hatte den Abzug der 400 französischen Spezialkräfte verlangt.",
            "de",
            "BFA",
        ),
        ("Le Niger a exigé le départ des 1 500 soldats français stationnés sur son sol.", "fr", "NER"),
        # a state sending its own troops stays their owner, not their place
        ("France ordered 2,000 troops to leave for Estonia.", "en", "EST"),
    ],
)
def test_state_hiring_or_expelling_foreign_troops(text, lang, expected):
    assert [loc for _, _, loc, _ in fields(text, lang)] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The Pentagon announced the withdrawal from Germany of about 12,000 troops.",
            "en",
            [("about 12,000", "DEU")],
        ),
        (
            "Der Abzug aus Mali von rund 1.100 Soldaten soll bis Dezember abgeschlossen sein.",
            "de",
            [("rund 1.100", "MLI")],
        ),
        (
            "Le ministre a confirmé le retrait d'Estonie de 800 soldats britanniques, sur un total de 1 000.",
            "fr",
            [("800", "EST"), ("1 000", "EST")],
        ),
    ],
)
def test_country_named_with_the_pull_out_before_its_count(text, lang, expected):
    assert [(c, loc) for c, _, loc, _ in fields(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Three Kenyan soldiers died in an attack near the border. The raid, blamed on Somali militia fighters, "
            "also left six soldiers wounded.",
            "en",
            ["KEN", "KEN"],
        ),
        (
            "Deux soldats tchadiens ont été tués. L'attaque, attribuée aux forces soudanaises, a aussi fait cinq "
            "blessés parmi les soldats.",
            "fr",
            ["TCD", "TCD"],
        ),
    ],
)
def test_side_an_attack_is_blamed_on_owns_no_victims(text, lang, expected):
    assert [a for _, a, _, _ in fields(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the speaker's or the subject's own country
        (
            "Die litauische Ministerin erklärte, in ihrem Land blieben auch künftig 1.200 deutsche Soldaten stationiert.",
            "de",
            [("1.200", "DEU", "LTU")],
        ),
        (
            "The Estonian minister said 800 British troops would stay in his country next year.",
            "en",
            [("800", "GBR", "EST")],
        ),
        (
            "Le président ivoirien a assuré que 600 soldats français resteraient dans son pays.",
            "fr",
            [("600", "FRA", "CIV")],
        ),
        # a frontier named with its owner: that side
        (
            "Shelling hit posts along Kenya’s long frontier with Somalia, where another five soldiers died.",
            "en",
            [("five", None, "KEN")],
        ),
        # where a source was reached by telephone is no place of the troops
        ("Un officier joint par téléphone à Mopti a évoqué six soldats tués.", "fr", [("six", None, None)]),
    ],
)
def test_own_country_frontier_side_and_source_reached(text, lang, expected):
    assert [(c, a, loc) for c, a, loc, _ in fields(text, lang)] == expected


def test_bare_share_going_home_keeps_the_post_of_its_noun():
    text = "Of the British troops stationed in Cyprus, 600 will return to Britain."
    assert fields(text, "en") == [("600", "GBR", "CYP", "withdrawal")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "About 800 people died in the attack on northern Jordan, including dozens of soldiers.",
            "en",
            "JOR",
        ),
        ("Bei dem Angriff auf Estland wurden 40 Soldaten getötet.", "de", "EST"),
    ],
)
def test_soldiers_killed_in_an_attack_on_a_state_are_its_own(text, lang, expected):
    assert [a for _, a, _, _ in fields(text, lang)] == [expected]


def test_toll_of_a_group_s_fighters_is_the_group_s():
    text = "Le bilan des combattants du Hezbollah tués par l’armée israélienne s’élève à 50."
    assert [(c, a) for c, a, _, _ in fields(text, "fr")] == [("50", "HEZBOLLAH")]
