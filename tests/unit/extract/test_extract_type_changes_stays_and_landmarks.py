"""English and French mention types and places found wrong on fresh real news, each on sentences written for
this test (with negatives that must keep their type)."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def types(text: str, lang: str) -> list[tuple[str, str]]:
    return [(m.count_text, m.mention_type) for m in extract_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # French "passer d'environ X à Y": the elided "de" opens the change, a presence lowered is a withdrawal
        (
            "Au Tchad, les effectifs ont été divisés par deux, passant d'environ 1 000 militaires à 500 aujourd'hui.",
            "fr",
            [("environ 1 000", "withdrawal"), ("500", "withdrawal")],
        ),
        (
            "En Estonie, la présence britannique pourrait passer d'environ 1 600 soldats à 900 militaires.",
            "fr",
            [("environ 1 600", "withdrawal"), ("900", "withdrawal")],
        ),
        # ... a rise stays a deployment, a figure of countries or a share is no second count
        (
            "Au Liban, le contingent est passé d'environ 400 soldats à près de 700 cette année.",
            "fr",
            [("environ 400", "deployment"), ("près de 700", "deployment")],
        ),
        # a cut to a few hundred or a thousand is a detachment, not an army, even with no place named
        (
            "Le nombre de soldats a été réduit de 1 800 à 1 100 au cours de l'hiver.",
            "fr",
            [("1 800", "withdrawal"), ("1 100", "withdrawal")],
        ),
        # ... while an army named, or a cut to tens of thousands, stays the army's size
        (
            "L'armée a été réduite de 3 000 à 1 500 hommes après la guerre.",
            "fr",
            [("3 000", "force_size"), ("1 500", "force_size")],
        ),
        (
            "Le nombre de soldats a été réduit de 240 000 à 190 000 en dix ans.",
            "fr",
            [("240 000", "force_size"), ("190 000", "force_size")],
        ),
        # English "go down to": the level a presence is brought down to; an army going down stays its size
        (
            "Washington will go down to 3,000 troops in Syria by the summer, an adviser said.",
            "en",
            [("3,000", "withdrawal")],
        ),
        (
            "The number of Marines in Okinawa is coming down to 9,000 by 2028.",
            "en",
            [("9,000", "withdrawal")],
        ),
        ("The army will go down to 400,000 soldiers under the reform.", "en", [("400,000", "force_size")]),
        # a drawdown takes troops out of a theatre, even where the sentence names none
        (
            "A drawdown from 40,000 to 30,000 troops by the end of the year was planned.",
            "en",
            [("40,000", "withdrawal"), ("30,000", "withdrawal")],
        ),
        (
            "The army will be cut from 500,000 to 400,000 soldiers over a decade.",
            "en",
            [("500,000", "force_size"), ("400,000", "force_size")],
        ),
        # troops an army or a mission mourns are its dead; a deployment it regrets stays one
        ("L'armée déplore 14 soldats depuis le début de l'année.", "fr", [("14", "casualties")]),
        (
            "La mission déplore depuis son déploiement quelque 120 Casques bleus.",
            "fr",
            [("quelque 120", "casualties")],
        ),
        (
            "La France déplore le déploiement de 300 soldats étrangers au Mali.",
            "fr",
            [("300", "deployment")],
        ),
        # English trainees attending a course; "of course" and "in the course of" are no course
        (
            "About 300 Ukrainian soldiers will attend the courses, which start in March.",
            "en",
            [("About 300", "training")],
        ),
        (
            "Around 500 soldiers will take part in the combined arms course in Germany.",
            "en",
            [("Around 500", "training")],
        ),
        ("Of course, 300 soldiers were sent to the border.", "en", [("300", "deployment")]),
        ("In the course of the week 400 troops arrived in Latvia.", "en", [("400", "deployment")]),
        # troops that stay on after a withdrawal told in their sentence or the one before are what it leaves
        (
            "Paris a annoncé le retrait de ses forces. À terme, 1 500 à 2 000 soldats devraient rester au Niger.",
            "fr",
            [("1 500 à 2 000", "withdrawal")],
        ),
        (
            "After the withdrawal, about 900 troops will remain in Iraq to advise local forces.",
            "en",
            [("about 900", "withdrawal")],
        ),
        # ... with no withdrawal told, staying is a presence; troops kept ready are no residue
        ("Quelque 700 soldats resteront au Tchad jusqu'en 2030.", "fr", [("Quelque 700", "deployment")]),
        ("About 900 troops remain in Iraq to advise local forces.", "en", [("About 900", "deployment")]),
        (
            "After the pullout, another 8,500 troops will remain ready to move.",
            "en",
            [("8,500", "deployment")],
        ),
        # a clause opening on the dead types the counts after it, reservists or not
        (
            "Parmi les militaires tués, on dénombre 40 réservistes et 12 officiers.",
            "fr",
            [("40", "casualties"), ("12", "casualties")],
        ),
        ("Parmi les soldats blessés, 30 sont des conscrits.", "fr", [("30", "casualties")]),
        (
            "Among the troops killed, the army counted 25 reservists and 4 officers.",
            "en",
            [("25", "casualties"), ("4", "casualties")],
        ),
        # ... but not a set of troops that are not lost, nor a count inside the opening itself
        ("Parmi les soldats déployés, on compte 300 réservistes.", "fr", [("300", "force_size")]),
        (
            "Parmi les 300 soldats déployés au Mali, 12 ont été tués.",
            "fr",
            [("300", "deployment"), ("12", "casualties")],
        ),
    ],
)
def test_type(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert types(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "La force compte un effectif d'environ 4 200 hommes mis à disposition par 19 pays partenaires.",
        "La brigade est passée d'environ 3 000 soldats à 40 % de son effectif.",
        "Le bataillon d'environ 800 soldats est arrivé à 25 kilomètres de la frontière.",
    ],
)
def test_no_cut_to_another_figure(text: str) -> None:
    """A second figure of countries, a share or days is no level troops are brought down to."""
    assert all(t != "withdrawal" for _, t in types(text, "fr"))


def places(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.count_text, m.actor_code, m.location_country) for m in extract_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a country named right after the troops' place as a landmark is not where they are, nor whose they are
        (
            "Au moins deux militaires tchadiens ont trouvé la mort dans un village du Niger proche du Nigeria.",
            "fr",
            [("Au moins deux", "TCD", "NER")],
        ),
        ("Six soldiers were killed in eastern Chad near Sudan on Monday.", "en", [("Six", None, "TCD")]),
        # ... a town near the troops is where they are, also after another town
        ("Trois soldats ont été tués à Falloujah, près de Bagdad.", "fr", [("Trois", None, "IRQ")]),
        ("Trois soldats ont été tués près de Gao.", "fr", [("Trois", None, "MLI")]),
        ("Some 40 soldiers were wounded near Kidal.", "en", [("Some 40", None, "MLI")]),
    ],
)
def test_landmark_neighbour(text: str, lang: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert places(text, lang) == expected
