"""Actor and location of English and French mentions: kinds found on fresh real news, on sentences written here."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def places(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.count_text, m.actor_code, m.location_country) for m in extract_mentions(text, lang)]


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
    assert places(text, lang) == expected
