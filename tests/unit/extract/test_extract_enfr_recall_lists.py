"""English and French recall kinds of round 7: lists of shares, trailing qualifiers, changes and armies as
heads, each on sentences written for this test, with negatives that must stay negative."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def spans(text: str, lang: str) -> list[str]:
    return [m.count_text for m in extract_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a qualifier right after the number is part of the count
        (
            "Quelque 600 soldats belges servent dans une dizaine de pays, surtout au Niger (210 environ) "
            "et en Jordanie (autour des 90).",
            "fr",
            ["Quelque 600", "210 environ", "autour des 90"],
        ),
        (
            "Le contingent a été réduit, passant de plus de 500 à 250 environ.",
            "fr",
            ["plus de 500", "250 environ"],
        ),
        (
            "Les effectifs passeront de 3.000 à peu près aujourd'hui à 1.800.",
            "fr",
            ["3.000 à peu près", "1.800"],
        ),
        ("The remaining four hundred or so Danish soldiers flew home.", "en", ["four hundred or so"]),
        # a list of shares goes on over a bracketed sum, an aside in brackets and adverbs
        (
            "Environ 9 000 militaires étaient déployés, dont 800 au Niger et 600 au Tchad (soit 1400 au total), "
            "déjà 400 en Guinée.",
            "fr",
            ["Environ 9 000", "800", "600", "1400", "400"],
        ),
        (
            "Environ 7 000 militaires servent outremer. Ils étaient 250 au Bénin et 700 au Niger, déjà 300 en Guinée, "
            "150 au Togo (où la base ferme), 400 au Liban, une centaine au Gabon.",
            "fr",
            ["Environ 7 000", "250", "700", "300", "150", "400", "une centaine"],
        ),
        (
            "About 4,000 Dutch troops are abroad, 900 in Mali (including 300 in Gao), already 500 in Estonia and "
            "still 200 in Jordan.",
            "en",
            ["About 4,000", "900", "300", "500", "200"],
        ),
        (
            "Some 5,000 Marines were sent, 2,000 to Okinawa, only 300 to Guam.",
            "en",
            ["Some 5,000", "2,000", "300"],
        ),
        # the participle of the count before ends a bare count that shares its noun
        (
            "At least 60 insurgents were killed and at least 90 arrested during the sweep.",
            "en",
            ["At least 60", "at least 90"],
        ),
        ("Rebels killed 40 soldiers, and 12 captured near the bridge.", "en", ["40", "12"]),
        # a figure put on troops by an estimate
        ("The latest estimate of troops at the camp was 3,200.", "en", ["3,200"]),
        # armies as heads: a demonym joined to a count of another nation's troops, or serving with an army
        (
            "Over ten years, 210 Dutch troops and 1,500 Americans were killed in the province.",
            "en",
            ["210", "1,500"],
        ),
        (
            "Mali has cost the lives of 210 Dutch soldiers. 30 Belgians serving with the Belgian army also died "
            "there.",
            "en",
            ["210", "30"],
        ),
        # a change "de X à Y" after verbs of rising and falling: two counts
        ("Les réservistes devraient grimper de 20 000 à 35 000 d'ici à 2030.", "fr", ["20 000", "35 000"]),
        ("Les effectifs de la brigade vont tomber de 4 000 à 2 500 hommes.", "fr", ["4 000", "2 500"]),
        # "en plus de" is "in addition to", not "more than"
        (
            "Le bilan compte 6 soldats tués en plus de cinq autres blessés.",
            "fr",
            ["6", "cinq"],
        ),
        # shares of other countries and copulas with adverbs
        ("Germany hosts about 30,000 U.S. troops and Italy 12,500.", "en", ["about 30,000", "12,500"]),
        (
            "The Dutch battalion is the largest with 1,200 troops, ahead of Norway's 900 and Sweden's 650.",
            "en",
            ["1,200", "900", "650"],
        ),
        (
            "Des soldats belges servent en Jordanie ; ils seraient par ailleurs près de 500 en Lituanie.",
            "fr",
            ["près de 500"],
        ),
        (
            "Le groupe recrute des combattants. D'après le renseignement, ils seraient entre 15.000 et 25.000.",
            "fr",
            ["entre 15.000 et 25.000"],
        ),
        # losses whose troops are named after them in the clause, or as those the time was costly for
        (
            "La mission de l'ONU a compté quatre morts et six blessés lors de l'assaut contre ses Casques bleus.",
            "fr",
            ["quatre", "six"],
        ),
        ("The ambush left 5 dead and 8 wounded among the Danish troops.", "en", ["5", "8"]),
        ("Les frappes ont fait 30 morts et 12 blessés chez les rebelles.", "fr", ["30", "12"]),
        (
            "Le mois de mai fut sanglant pour les parachutistes belges, avec 9 morts et 40 blessés.",
            "fr",
            ["9", "40"],
        ),
        ("It was a deadly year for the Dutch troops, with 16 dead and 30 wounded.", "en", ["16", "30"]),
    ],
)
def test_recall_kinds(text: str, lang: str, expected: list[str]) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # people, vehicles and police in lists that look like shares of troops
        ("La police a arrêté 30 personnes (dont 12 mineurs), déjà 12 la veille.", "fr", []),
        # (the women among the soldiers are a share of them, as in German "darunter 40 Frauen"; the vehicles are not)
        (
            "Environ 500 soldats sont arrivés (dont 40 femmes), 300 véhicules aussi.",
            "fr",
            ["Environ 500", "40"],
        ),
        # a demonym beside troops without a nation of their own is people, not an army
        ("The attack killed 12 soldiers and 40 Afghans, officials said.", "en", ["12"]),
        ("Some 300 Germans living in the city were killed in the war.", "en", []),
        ("Police said 30 protesters were killed and 25 arrested.", "en", []),
        # a change of something else, and a deadline after a change of troops
        ("Le nombre de touristes devrait grimper de 20 000 à 35 000 d'ici 2030.", "fr", []),
        ("Le nombre de réservistes devra passer à 35 000 d'ici 2030, à l'horizon 2035.", "fr", ["35 000"]),
        ("Il a mis en plus de 300 euros pour les familles des soldats.", "fr", []),
        # a country and a number that are not a share of troops
        ("Police arrested 40 people and Kabul 20.", "en", []),
        # the number of a unit named after "and" is no share
        (
            "About 300 soldiers of the 5th Brigade and the Engineer Battalion 3 took part.",
            "en",
            ["About 300"],
        ),
        (
            "Rund 400 Soldaten des Wachbataillons und des Pionierbataillons 4 nehmen an der Übung teil.",
            "de",
            ["Rund 400"],
        ),
        ("The army lost 300 soldiers in 2020 and Iran 2021.", "en", ["300"]),
        ("Ils étaient 400 à manifester devant la mairie.", "fr", []),
        # losses of civilians, or of the people the troops fired on
        ("Les combats ont fait 7 morts et 9 blessés parmi les civils.", "fr", []),
        ("L'attaque a fait 7 morts et 9 blessés contre des villageois qui aidaient les soldats.", "fr", []),
        ("The blast left 5 dead among the families of the soldiers.", "en", []),
        (
            "Les soldats sont arrivés dans la ville, avec 12 morts et 30 blessés parmi les habitants.",
            "fr",
            [],
        ),
        ("Les soldats ont tiré sur la foule, avec 12 morts parmi les manifestants.", "fr", []),
    ],
)
def test_negatives_and_limits(text: str, lang: str, expected: list[str]) -> None:
    assert spans(text, lang) == expected
