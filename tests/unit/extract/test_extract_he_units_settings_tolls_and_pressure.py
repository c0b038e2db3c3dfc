"""Hebrew places that do not place troops (round 21), on sentences written for these tests: a unit named after a
place, sentences before that set troops in two countries, a country over a list of tolls, a country that presses."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def placed(text: str, lang: str = "he") -> list[tuple[str, str | None, str | None]]:
    return [(m.count_text, m.actor_code, m.location_country) for m in extract_mentions(text, lang)]


# ------------------------------------------------------------------------------ a unit named after a place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "הצבא פגע בשבוע שעבר בשלושה ממפקדי גדוד דיר אל-בלח. בתקיפה נוספת נהרגו שבעה מחבלים.",
            [("שלושה", None, None), ("שבעה", None, None)],
        ),
        ("כוח צה\"ל עצר ארבעה פעילים של חטיבת ח'אן יונס של הארגון.", [("ארבעה", None, None)]),
    ],
)
def test_a_place_naming_a_unit_does_not_place_its_men(text: str, expected: list) -> None:
    assert [(span, place) for span, _, place in placed(text)] == [
        (span, place) for span, _, place in expected
    ]


def test_a_place_after_a_unit_word_elsewhere_still_places() -> None:
    assert placed("הגדוד פעל שבועיים ברפיח ושם נפצעו חמישה לוחמים.") == [("חמישה", None, "PSE")]


# ------------------------------------------------------------------- a setting split between two countries


def test_sentences_before_that_set_troops_in_two_countries_give_no_setting() -> None:
    text = "400 חיילים בריטים נחתו באסטוניה ועוד 60 חיילים בריטים נחתו בלטביה. הכוחות נערכים להגעת הכוח הגדול – 2,500."
    assert placed(text) == [("400", "GBR", "EST"), ("60", "GBR", "LVA"), ("2,500", "GBR", None)]


def test_one_country_before_is_still_the_setting() -> None:
    text = "400 חיילים בריטים נחתו באסטוניה. הכוחות נערכים להגעת הכוח הגדול – 2,500."
    assert placed(text)[-1] == ("2,500", "GBR", "EST")


# --------------------------------------------------------------------------- a country over a list of tolls


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "סוריה: 420 הרוגים, 1,300 פצועים, 90 שבויים",
            [("420", "SYR", None), ("1,300", "SYR", None), ("90", "SYR", None)],
        ),
    ],
)
def test_a_country_opening_a_list_of_tolls_owns_them_and_places_none(text: str, expected: list) -> None:
    assert placed(text) == expected


def test_a_country_opening_a_headline_sentence_is_still_its_dateline() -> None:
    assert placed("מצרים: 6 חיילים נהרגו בפיגוע, 4 נפצעו")[0] == ("6", "EGY", "EGY")


# ---------------------------------------------------------------------------- a country that presses or asks


@pytest.mark.parametrize(
    "text",
    [
        "בעקבות הלחץ הבריטי, כ-3,000 חיילים ירדניים יצאו מהעיר.",
        "לפי דרישה צרפתית, 800 חיילים ירדניים יצאו מהאזור.",
    ],
)
def test_a_country_that_presses_does_not_own_the_troops_that_move(text: str) -> None:
    assert placed(text)[0][1] == "JOR"


def test_a_country_named_with_its_army_still_owns() -> None:
    assert placed("הצבא הבריטי שלח 600 חיילים.")[0][1] == "GBR"


# ------------------------------------------------------------ a body's seat, a news agency's city, a severity


def test_the_seat_of_the_body_joined_is_not_where_the_troops_are() -> None:
    assert placed("יותר מ-3,000 חיילים לובים ערקו והצטרפו למיליציה, שבסיסה בתוניסיה.") == [
        ("יותר מ-3,000", "LBY", None)
    ]


def test_the_seat_of_the_body_joined_is_not_where_the_troops_are_in_arabic() -> None:
    text = "انشق أكثر من 3000 جندي ليبي وانضموا إلى الميليشيا ومقرها في تونس."
    assert placed(text, "ar") == [("أكثر من 3000", "LBY", None)]


def test_a_news_agency_s_city_does_not_place_the_troops_it_reports() -> None:
    assert placed('סוכנות הידיעות הממשלתית בקהיר מסרה כי "עשרות חיילים נפגעו בהתקפות".') == [
        ("עשרות", None, None)
    ]


def test_a_severity_of_wounds_without_its_verb_makes_a_casualty_count() -> None:
    found = [
        (m.count_text, m.mention_type)
        for m in extract_mentions("שלושה לוחמי גולני היום באורח בינוני מירי צלפים", "he")
    ]
    assert found == [("שלושה", "casualties")]


def test_the_free_syrian_army_is_an_armed_group_not_the_state() -> None:
    assert placed("300 לוחמים מצבא סוריה החופשי נהרגו בחלב.") == [("300", "FSA", "SYR")]


def test_where_a_spokesman_sits_does_not_place_the_fighters_he_counts() -> None:
    assert placed("גורם בכיר בחיזבאללה בביירות מסר כי 40 מלוחמי הארגון נהרגו.") == [("40", "HEZBOLLAH", None)]


def test_fighters_killed_in_the_place_named_are_still_there() -> None:
    assert placed("40 מלוחמי חיזבאללה נהרגו בביירות.")[0][2] == "LBN"


# ------------------------------------------------------------------------------- both sides of a civil war


def test_fighters_of_the_regime_and_the_rebels_have_no_one_owner() -> None:
    assert placed("בקרבות נהרגו 45 לוחמים של המשטר הלובי והמורדים.")[0][1] is None


def test_fighters_of_the_regime_and_the_opposition_have_no_one_owner_in_arabic() -> None:
    assert placed("قتل 45 مقاتلا من قوات النظام والمعارضة في المعارك.", "ar")[0][1] is None


def test_fighters_of_the_regime_alone_are_the_state_s() -> None:
    assert placed("45 לוחמים של המשטר הלובי נהרגו.")[0][1] == "LBY"


def test_opposition_fighters_are_not_the_state_s_troops() -> None:
    assert placed("לאחר שהופל מטוס סורי, כוחות המשטר הצליחו להרוג כ-1,000 לוחמי אופוזיציה.")[0][1] is None
    assert placed("נהרגו 40 לוחמי האופוזיציה הסורית.")[0][1] is None
    assert placed("قتل الجيش السوري 40 من مقاتلي المعارضة في حلب.", "ar")[0][1] is None


def test_fighters_with_only_a_demonym_stay_the_state_s() -> None:
    assert placed("40 לוחמים סורים נהרגו.")[0][1] == "SYR"
