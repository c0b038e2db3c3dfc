"""English and French troop counts whose troop noun stands elsewhere (round 15), on sentences written for these
tests: the rest of troops just named ("with N left"), losses of a side at war, "étaient N à être tués", and the
share of the wounded told by how badly they are hurt."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def found(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(m.count_text, m.mention_type) for m in extract_mentions(text, lang)]


def spans(text: str, lang: str = "en") -> list[str]:
    return [m.count_text for m in extract_mentions(text, lang)]


def actors(text: str, lang: str = "en") -> list[str | None]:
    return [m.actor_code for m in extract_mentions(text, lang)]


# ------------------------------------------------------------------------------ "with N left / ready"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Most of the troops will fly home this spring, with about 800 left behind to guard the airfield.",
            "en",
            ["about 800"],
        ),
        (
            "The navy mobilised its reservists last week, with 12,000 ready to sail within days.",
            "en",
            ["12,000"],
        ),
        (
            "The marines pulled out of the port in 2019, with only 150 remaining at the embassy.",
            "en",
            ["150"],
        ),
        (
            "Les soldats quitteront la base d'ici l'été, avec environ 300 restants pour la sécurité du site.",
            "fr",
            ["environ 300"],
        ),
    ],
)
def test_the_rest_of_troops_just_named(text: str, lang: str, expected: list[str]) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The fund paid out most of its grants this year, with about 800 left for next spring.",
        "Police officers cleared the square, with 200 remaining near the station.",
        "The villagers fled the fighting, with 300 still missing and 40 left behind.",
    ],
)
def test_a_rest_of_other_things_or_people_is_not_counted(text: str) -> None:
    assert spans(text) == []


# ------------------------------------------------------------------------------ losses of a side at war


@pytest.mark.parametrize(
    ("text", "lang", "expected", "actor"),
    [
        (
            "Kiev compte 42.000 pertes russes depuis le début de l'offensive de printemps.",
            "fr",
            ["42.000"],
            "RUS",
        ),
        (
            "Selon le ministère, les pertes ukrainiennes se montent à 9 000 tués depuis janvier.",
            "fr",
            ["9 000"],
            "UKR",
        ),
        (
            "Les estimations pour la Russie s'élevaient à 50.000 morts et 90.000 blessés.",
            "fr",
            ["50.000", "90.000"],
            "RUS",
        ),
        (
            "Western officials put Russian losses this year at 60,000 dead and 110,000 wounded.",
            "en",
            ["60,000", "110,000"],
            "RUS",
        ),
        (
            "L'état-major a publié le bilan des morts militaires syriens depuis janvier. Près de 900 victimes.",
            "fr",
            ["Près de 900"],
            "SYR",
        ),
    ],
)
def test_losses_of_a_side_named_as_owner(text: str, lang: str, expected: list[str], actor: str) -> None:
    assert spans(text, lang) == expected
    assert {m.mention_type for m in extract_mentions(text, lang)} == {"casualties"}
    assert set(actors(text, lang)) == {actor}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Les estimations pour la Syrie s'élevaient à 7.000 morts civils.", "fr"),
        ("Selon l'ONU, les victimes ukrainiennes parmi les civils dépassent 12 000 morts.", "fr"),
        ("Ukrainian losses among civilians were put at 9,000 dead by the UN.", "en"),
        ("Les inondations ont fait 300 morts et 200 disparus dans la région.", "fr"),
        ("Ukrainian officials said 40 dead were found in the village after the shelling.", "en"),
    ],
)
def test_civilian_or_unowned_tolls_stay_out(text: str, lang: str) -> None:
    assert spans(text, lang) == []


# ------------------------------------------------------------------------------ "étaient N à être tués"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les combattants du groupe étaient 240 à être tués lors de l'assaut de la colline.", ["240"]),
        ("Parmi les miliciens de la brigade, ils étaient près de 90 à avoir été blessés.", ["près de 90"]),
    ],
)
def test_were_n_to_die(text: str, expected: list[str]) -> None:
    assert found(text, "fr") == [(e, "casualties") for e in expected]


@pytest.mark.parametrize(
    "text",
    [
        "Les habitants du quartier étaient 60 à être tués dans l'incendie.",
        "Les joueurs étaient 11 à être sélectionnés pour la finale.",
    ],
)
def test_were_n_to_die_of_people_not_troops(text: str) -> None:
    assert spans(text, "fr") == []


# ------------------------------------------------------------------------------ "dont N grièvement"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Douze soldats ont été blessés lors de l'embuscade, dont quatre grièvement.", ["Douze", "quatre"]),
        ("L'attaque contre la patrouille a fait 3 tués et 14 blessés, dont 5 graves.", ["3", "14", "5"]),
        (
            "Le bilan pour le contingent est de 9 militaires blessés dont deux dans un état critique.",
            ["9", "deux"],
        ),
    ],
)
def test_share_of_wounded_by_degree(text: str, expected: list[str]) -> None:
    assert spans(text, "fr") == expected


def test_share_after_a_count_of_civilians_stays_out() -> None:
    assert spans("L'explosion a fait 20 blessés parmi les passants, dont six grièvement.", "fr") == []


# ------------------------------------------------------------------------------ a strength changed "de X à Y"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le plan vise à porter les effectifs de la force terrestre, son corps de bataille, de 60 000 à 66 000 d'ici à 2028.",
            ["60 000", "66 000"],
        ),
        (
            "Paris entend ramener son contingent dans la région, l'un des plus anciens, de 3 200 à 2 000 hommes.",
            ["3 200", "2 000"],
        ),
    ],
)
def test_strength_changed_from_one_figure_to_another_is_two_counts(text: str, expected: list[str]) -> None:
    assert spans(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De 700 à 1 000 soldats seront déployés dans la région, selon l'état-major.", ["De 700 à 1 000"]),
        (
            "Les effectifs de la mission varient selon les saisons, de 300 à 400 militaires présents.",
            ["de 300 à 400"],
        ),
    ],
)
def test_a_range_without_a_change_stays_one_count(text: str, expected: list[str]) -> None:
    assert spans(text, "fr") == expected


# ------------------------------------------------------------------------------ "N others received injuries"


def test_others_who_received_injuries_after_wounded_troops() -> None:
    text = "Two soldiers were seriously wounded and four others received minor injuries, the army said."
    assert found(text) == [("Two", "casualties"), ("four", "casualties")]


def test_others_who_received_injuries_after_wounded_civilians_stay_out() -> None:
    assert (
        spans("Two civilians were seriously wounded and four others received minor injuries, police said.")
        == []
    )


# ------------------------------------------------------------------------------ a side's losses put at a bare figure


@pytest.mark.parametrize(
    ("text", "lang", "expected", "actor"),
    [
        (
            "Selon Moscou, les pertes ukrainiennes dépasseraient désormais les 80.000.",
            "fr",
            ["80.000"],
            "UKR",
        ),
        ("Russian losses now stand at 80,000, British intelligence said.", "en", ["80,000"], "RUS"),
    ],
)
def test_losses_of_a_side_at_a_bare_figure(text: str, lang: str, expected: list[str], actor: str) -> None:
    assert found(text, lang) == [(e, "casualties") for e in expected]
    assert actors(text, lang) == [actor]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Les pertes civiles ukrainiennes s'élèvent à 9 000, selon l'ONU.", "fr"),
        ("Ukrainian losses in the harvest now stand at 40,000 tonnes.", "en"),
        ("Russian losses were estimated at $30 billion last year.", "en"),
        ("Les pertes de l'entreprise dépassent désormais les 80.000 euros.", "fr"),
    ],
)
def test_losses_of_other_things_stay_out(text: str, lang: str) -> None:
    assert spans(text, lang) == []


# ------------------------------------------------------------------------------ "depuis 1870 à N": a year, then a count


def test_an_old_year_before_a_toll_is_not_the_low_end_of_a_range() -> None:
    text = "Le rapport évalue le total des militaires tombés depuis 1871 à 30 000."
    assert found(text, "fr") == [("30 000", "casualties")]


def test_a_range_of_counts_like_years_after_entre_stays() -> None:
    assert spans("Entre 1500 et 2000 soldats seront déployés.", "fr") == ["Entre 1500 et 2000"]


# ------------------------------------------------------------------------------ "the wounding of N others"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The army confirmed the death of a sergeant and the wounding of 9 others near the border.",
            "en",
            ["9"],
        ),
        (
            "L'armée a annoncé la mort d'un caporal et la blessure de 4 autres lors de l'embuscade.",
            "fr",
            ["4"],
        ),
    ],
)
def test_more_losses_of_the_troops_an_army_reports(text: str, lang: str, expected: list[str]) -> None:
    assert found(text, lang) == [(e, "casualties") for e in expected]


@pytest.mark.parametrize(
    "text",
    [
        "Police reported the death of a guard and the wounding of 9 others at the mall.",
        "The army said the blast caused the death of a child and the wounding of 9 others.",
    ],
)
def test_more_losses_of_other_people_stay_out(text: str) -> None:
    assert spans(text) == []
