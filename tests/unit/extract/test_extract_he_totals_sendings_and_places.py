"""Round 16 kinds for Hebrew: the total that a change brings a force to (told in the sentence after the change, or
after "מוערך כיום ב"), a reduction "from X to Y" of a force, troops dispatched (שיגור) or pulled out of bases
(פינה), the verb "הודו" (they admitted) that is spelled like India, a source phrase closed by a comma, and the
figures near them that stay no troops. Sentences written for these tests."""

from __future__ import annotations

import pytest
from hebrew_mentions import rows, spans
from news_etl.extract import extract_mentions

# ------------------------------------------------------------ the total after a change, in its own sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "השבוע יגדל הכוח הצרפתי במאלי ב-300 חיילים. בכך יעלה מספר החיילים הצרפתים במדינה ליותר מ-3,000.",
            [("300", "FRA", "MLI", "deployment"), ("יותר מ-3,000", "FRA", "MLI", "deployment")],
        ),
        (
            "בשנה הבאה יישארו בעיראק כ-5,000 חיילים. בשנה שלאחר מכן יקטן המספר ל-2,500.",
            [("כ-5,000", None, "IRQ", "deployment"), ("2,500", None, "IRQ", "withdrawal")],
        ),
        (
            "עד הקיץ ישרתו בסומליה 800 חיילים טורקים. אחר כך ירד המספר ל-450.",
            [("800", "TUR", "SOM", "deployment"), ("450", "TUR", "SOM", "withdrawal")],
        ),
    ],
)
def test_a_total_after_a_change_keeps_the_troops_and_their_place(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "מספר התושבים בעיר גדל. בשנה הבאה יקטן המספר ל-2,500.",
        "המפעל פיטר עובדים רבים, ובשנה הבאה יקטן מספר העובדים ל-120.",
        "התקציב גדל השנה. בשנה הבאה יעלה המספר ל-4,000 שקלים לתלמיד.",
    ],
)
def test_a_total_of_other_things_stays_no_troop_count(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("לפי ההערכה, מספר החיילים הצרפתים באזור מוערך כיום ב-3 עד 4 אלף.", [("3 עד 4 אלף", 3000, 4000)]),
        ("מספר לוחמי המיליציה בעיר נאמד כיום ב-1,200.", [("1,200", 1200, 1200)]),
    ],
)
def test_a_number_of_troops_estimated_today_at(text: str, expected: list) -> None:
    assert [
        (m.count_text, m.troop_count_min, m.troop_count_max) for m in extract_mentions(text, "he")
    ] == expected


@pytest.mark.parametrize(
    "text",
    [
        "מספר התושבים בעיר מוערך כיום ב-30 אלף.",
        "שווי החברה מוערך כיום ב-3 מיליארד דולר.",
    ],
)
def test_other_estimates_stay_no_troop_count(text: str) -> None:
    assert spans(text) == []


# ------------------------------------------------------------ a force reduced "from X to Y"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("הצבא יצמצם את כוחות המילואים מ-70 אלף ל-45 אלף.", ["70 אלף", "45 אלף"]),
        ("השר הורה להקטין את כוח הלוחמים בגזרה מ-6,000 ל-4,000.", ["6,000", "4,000"]),
    ],
)
def test_a_force_reduced_from_one_figure_to_another_gives_both(text: str, expected: list) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "הממשלה החליטה להגדיל את תקציב הביטחון מ-60 מיליארד ל-80 מיליארד שקל.",
        "החברה תצמצם את מספר העובדים מ-500 ל-300.",
        "העירייה תקטין את מספר הכיתות מ-40 ל-35.",
    ],
)
def test_other_reductions_stay_no_troop_count(text: str) -> None:
    assert spans(text) == []


# ------------------------------------------------------------ dispatched, invading, pulled out of bases


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("הנשיא הודיע על שיגור 800 חיילים נוספים למאלי.", [("800", None, "MLI", "deployment")]),
        ("ממשלת קנדה החליטה לשגר 250 חיילים ללטביה.", [("250", "CAN", "LVA", "deployment")]),
        ("בלילה פלשו מאות לוחמים של המורדים לעיר מוסול.", [("מאות", None, "IRQ", "deployment")]),
        ("הפנטגון פינה 300 חיילים אמריקנים מהבסיס בקטאר.", [("300", "USA", "QAT", "withdrawal")]),
    ],
)
def test_troops_dispatched_invading_or_pulled_out(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "כיפת ברזל יירטה שיגור של 20 רקטות לעבר אשקלון.",
        "הרשות פינתה 300 תושבים מהשכונה בגלל השריפה.",
        "בפינה הדרומית של הבסיס הוצבו 4 טנקים.",
    ],
)
def test_rockets_residents_and_corners_stay_no_troop_count(text: str) -> None:
    assert spans(text) == []


# ------------------------------------------------------------ "הודו" the verb, not India


def test_they_admitted_is_not_india() -> None:
    assert rows("המורדים הודו שאיבדו עשרות מלוחמיהם בקרב על העיר.") == [("עשרות", None, None, "casualties")]
    assert rows("אנשי המיליציה הודו כי 12 מלוחמיהם נהרגו בהפצצה.") == [("12", None, None, "casualties")]


def test_india_stays_india() -> None:
    assert rows("הודו שלחה 2,000 חיילים לגבול.")[0][1] == "IND"
    assert rows("הודו ופקיסטן ריכזו אלפי חיילים לאורך הגבול בקשמיר.")[0][0] == "אלפי"


# ------------------------------------------------------------ a source phrase ends at its comma


def test_a_place_after_the_comma_of_a_source_phrase_is_a_place() -> None:
    assert rows("לפי התוכנית, יישארו באפגניסטן כ-10,000 חיילים ברוב השנה.") == [
        ("כ-10,000", None, "AFG", "deployment")
    ]
    # the source itself stays no place
    assert rows("לפי גורמים בישראל נהרגו 40 לוחמי חיזבאללה.")[0][2] is None


# ------------------------------------------------------------ people at a rally, the toll of an attack


@pytest.mark.parametrize(
    "text",
    [
        "אלפי איש הפגינו אמש נגד חוק הגיוס בירושלים.",
        "עשרות אלפי אנשים השתתפו בעצרת נגד גזירת הגיוס.",
        "מאות איש צעדו במחאה מול לשכת הגיוס.",
        "מניין ההרוגים בפיגוע בתחנת הרכבת עלה ל-31.",
        "מספר הנפגעים בפיצוץ בבסיס הצבאי עלה ל-14.",
    ],
)
def test_people_at_a_rally_and_the_toll_of_an_attack_are_no_troops(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("הכוח הרוסי בסוריה מונה כ-4,000 איש.", ["כ-4,000"]),
        ("בפיגוע בצומת נהרגו שני חיילים ו-3 נפצעו.", ["שני", "3"]),
        ("מניין ההרוגים בקרב חיילי הצבא עלה ל-40.", ["40"]),
    ],
)
def test_troops_near_those_words_stay_counted(text: str, expected: list) -> None:
    assert spans(text) == expected


# ------------------------------------------------------------ deployed (פרוסים), a president's troops


def test_troops_said_to_be_deployed_are_a_deployment() -> None:
    assert rows("מספר אלפי לוחמים של חיזבאללה פרוסים בדרום לבנון.") == [
        ("מספר אלפי", "HEZBOLLAH", "LBN", "deployment")
    ]
    assert rows("בבסיס פרוסים כ-900 חיילים בריטים, כך נמסר.")[0][3] == "deployment"


def test_obama_names_the_american_troops() -> None:
    assert rows("הנשיא אובמה הודיע כי 1,500 חיילים נוספים יישלחו לעיראק.") == [
        ("1,500", "USA", "IRQ", "deployment")
    ]


# ------------------------------------------------------------ the men aboard a warship, the navy that owns them


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("על סיפון נושאת המטוסים משרתים כ-4,000 מלחים וטייסים.", [("כ-4,000", None, None, "deployment")]),
        (
            "מאות מבקרים הגיעו לראות את נושאת המטוסים של הצי האמריקני. על כלי השיט יש יותר מ-5,000 אנשי צוות.",
            [("יותר מ-5,000", "USA", None, "deployment")],
        ),
        (
            "עשרות סטודנטים ישראלים סיירו בנושאת המטוסים של הצי הצרפתי. על הספינה משרתים כ-2,000 מלחים.",
            [("כ-2,000", "FRA", None, "deployment")],
        ),
    ],
)
def test_men_aboard_a_warship_are_a_deployed_force_of_its_navy(text: str, expected: list) -> None:
    assert rows(text) == expected


def test_a_navy_counted_at_home_stays_its_size() -> None:
    assert rows("צבא הים של איראן מונה כ-18 אלף מלחים.") == [("כ-18 אלף", "IRN", None, "force_size")]


# ------------------------------------------------------------ Crimea's name inside other words


def test_words_ending_in_crimeas_name_are_no_place() -> None:
    assert rows("במקרים רבים נשלחו 300 חיילים לאזור.")[0][2] is None
    assert rows("רוסיה שלחה 2,000 חיילים לקרים.") == [("2,000", "RUS", "UKR", "deployment")]


# ------------------------------------------------------------ fighters coming out of a tunnel shaft


def test_fighters_coming_out_of_a_tunnel_are_no_withdrawal() -> None:
    assert rows("בלילה יצאו שלושה מחבלים מפיר מנהרה ופתחו באש.") == [("שלושה", None, None, "deployment")]
    assert rows("כ-400 חיילים יצאו אתמול מהבסיס בסוריה.") == [("כ-400", None, "SYR", "withdrawal")]


# ------------------------------------------------------------ where a newspaper comes out


def test_the_city_a_newspaper_comes_out_in_is_no_place_of_the_troops() -> None:
    assert rows("לפי העיתון היוצא לאור בלונדון, 300 חיילים סורים נהרגו.") == [
        ("300", "SYR", None, "casualties")
    ]
    assert rows("עשרות חיילים ערקו בפריז.")[0][2] == "FRA"


# ------------------------------------------------------------ from one place to another, rushed to the scene


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("צרפת תעביר 1,200 חיילים מצ'אד לניז'ר.", [("1,200", "FRA", "NER", "deployment")]),
        ("רוסיה העבירה כ-10,000 חיילים מגאורגיה לאוקראינה.", [("כ-10,000", "RUS", "UKR", "deployment")]),
        ("מאות חיילים הוזעקו למקום בעקבות הפיגוע.", [("מאות", None, None, "deployment")]),
    ],
)
def test_troops_moved_between_places_or_rushed_somewhere(text: str, expected: list) -> None:
    assert rows(text) == expected


def test_troops_from_a_country_stay_its_own() -> None:
    assert rows("הגיעו 500 חיילים מצרפת.") == [("500", "FRA", None, "deployment")]
    assert rows("כ-300 חיילים מבריטניה נשלחו לאסטוניה.") == [("כ-300", "GBR", "EST", "deployment")]


# ------------------------------------------------------------ ranges: "ל -", estimated between


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("בין 3,000 ל -4,000 חיילים נשלחו.", [("בין 3,000 ל -4,000", 3000, 4000)]),
        ("מספר החיילים הצרפתים באזור מוערך בין 3 ל-4 אלף.", [("בין 3 ל-4 אלף", 3000, 4000)]),
        ("מספר החיילים באזור מוערך כיום בין 3,000 ל-4,000.", [("בין 3,000 ל-4,000", 3000, 4000)]),
    ],
)
def test_ranges_with_a_spaced_joiner_or_after_an_estimate(text: str, expected: list) -> None:
    assert [
        (m.count_text, m.troop_count_min, m.troop_count_max) for m in extract_mentions(text, "he")
    ] == expected


@pytest.mark.parametrize(
    "text",
    [
        "מספר התושבים בעיר מוערך בין 3,000 ל-4,000.",
        "שווי העסקה מוערך בין 3 ל-4 מיליארד.",
        "נשלחו לשם 300 חיילים ל -5 ימים.",
    ],
)
def test_estimates_of_other_things_and_durations_stay_out(text: str) -> None:
    assert spans(text) in ([], ["300"])


# ------------------------------------------------------------ what is left in a group's ranks


def test_what_is_left_in_a_groups_ranks_is_its_size() -> None:
    assert rows("לפי ההערכות, בשורות חמאס נותרו כ-20 אלף מחבלים.") == [
        ("כ-20 אלף", "HAMAS", None, "force_size")
    ]
    assert rows("בסוריה נותרו כ-900 חיילים אמריקנים.") == [("כ-900", "USA", "SYR", "deployment")]


# ------------------------------------------------------------ international troops have no one owner


def test_international_troops_have_no_one_owner() -> None:
    assert rows("ארצות הברית מתכננת בסיס שיאכלס אלפי חיילים בינלאומיים ליד הגבול.")[0][1] is None
    assert rows("ארצות הברית שלחה אלפי חיילים ליד הגבול.")[0][1] == "USA"
