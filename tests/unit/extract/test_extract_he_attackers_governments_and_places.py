"""Round 14 kinds for Hebrew: senior men and members of an armed force named right after them, shell shock as a
casualty, troops breaking into or serving at a place. Sentences written for these tests."""

from __future__ import annotations

import pytest
from hebrew_mentions import rows

# ------------------------------------------------------------ senior men and members of an armed force


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "חיל האוויר חיסל אמש שלושה בכירי חיזבאללה בדרום לבנון.",
            [("שלושה", "HEZBOLLAH", "LBN", "casualties")],
        ),
        ("בתקיפה בצנעא נהרגו ארבעה בכירים חות'ים, כך נמסר.", [("ארבעה", "HOUTHIS", "YEM", "casualties")]),
        (
            "צבא טורקיה הרג חמישה חברי מפלגת הפועלים של כורדיסטן בצפון עיראק.",
            [("חמישה", "PKK", "IRQ", "casualties")],
        ),
        ('צה"ל עצר הלילה 12 חברי חמאס בחברון.', [("12", "HAMAS", "PSE", "casualties")]),
    ],
)
def test_senior_men_or_members_of_an_armed_force_are_its_troops(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "עשרות חברי כנסת ביקרו אתמול בבסיס צבאי בנגב.",
        "עשרות בכירים במשטר נמלטו מהבירה בזמן הקרבות.",
        "שלושה חברי הוועדה ביקרו את החיילים בגבול.",
    ],
)
def test_senior_men_or_members_of_no_armed_force_count_no_troops(text: str) -> None:
    assert rows(text) == []


# ------------------------------------------------------------ shell shock is a casualty


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('פצמ"ר נחת בבסיס צבאי ליד שדרות. 14 חיילים לקו בהלם.', [("14", None, "ISR", "casualties")]),
        ('שבעה לוחמי צה"ל לקו בהלם מהפיצוץ בחאן יונס.', [("שבעה", "ISR", "PSE", "casualties")]),
    ],
)
def test_troops_in_shock_are_casualties(text: str, expected: list) -> None:
    assert rows(text) == expected


# ------------------------------------------------------------ breaking into, raiding, serving at a base


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("בשעות הבוקר פרצו לשטח ישראל מאות מחבלי חמאס.", [("מאות", "HAMAS", "ISR", "deployment")]),
        ('חוליה של 15 מחבלים פשטה על מוצב צה"ל בחאן יונס.', [("15", None, "PSE", "deployment")]),
        ("מאות חיילים המשרתים בבסיס במרכז הארץ נותרו ללא מיגון.", [("מאות", "ISR", "ISR", "deployment")]),
    ],
)
def test_troops_breaking_in_or_serving_at_a_base_are_there(text: str, expected: list) -> None:
    assert rows(text) == expected


def test_serving_in_an_army_stays_the_size_of_the_army() -> None:
    # serving in the army, not at a base: no place of deployment
    assert rows("בצבא המצרי משרתים כיום כ-440 אלף חיילים.") == [("כ-440 אלף", "EGY", None, "force_size")]


# ------------------------------------------------------------ the attacker named before the figure owns no troops


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("צבא פקיסטן הרג אתמול שני חיילים בקשמיר.", [("שני", None, None, "casualties")]),
        ("הצלף הסורי שהרג את ארבעת הלוחמים נעצר.", [("ארבעת", None, None, "casualties")]),
        ("כוחות רוסיים הרגו 30 חיילים אוקראינים בחרקוב.", [("30", "UKR", "UKR", "casualties")]),
        ('מחבלי חיזבאללה פצעו שלושה לוחמי צה"ל בגליל.', [("שלושה", "ISR", "ISR", "casualties")]),
    ],
)
def test_the_attacker_named_before_the_figure_does_not_own_the_victims(text: str, expected: list) -> None:
    assert rows(text) == expected


def test_an_army_that_lost_troops_still_owns_them() -> None:
    assert rows("צבא סוריה איבד 40 חיילים בקרבות בחלב.") == [("40", "SYR", "SYR", "casualties")]


# ------------------------------------------------------------ gazetteer: spellings, villages, bases, full names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("אלפי לוחמים של משמרות המהפכה באירן עברו תרגיל גדול.", [("אלפי", "IRN", "IRN", "training")]),
        (
            'חוליית מחבלים ירתה לעבר כוח צה"ל בכפר סעיר, ושלושה לוחמים נפצעו.',
            [("שלושה", "ISR", "PSE", "casualties")],
        ),
        ("חיל האוויר חיסל ארבעה מחבלים בכפר יאטר.", [("ארבעה", None, "LBN", "casualties")]),
        ("שני לוחמים נפצעו הבוקר בבסיס צריפין מירי רקטי.", [("שני", None, "ISR", "casualties")]),
    ],
)
def test_hebrew_places_of_the_round(text: str, expected: list) -> None:
    assert rows(text) == expected


def test_the_full_arabic_name_of_hamas_is_not_hezbollah() -> None:
    text = "أفاد مصدر عسكري بأن نحو 30 عنصرا تابعين لحركة المقاومة الإسلامية سقطوا أمس في خان يونس."
    assert rows(text, "ar") == [("نحو 30", "HAMAS", "PSE", "casualties")]
    # the bare "Islamic Resistance" in Lebanon stays Hezbollah
    assert rows("نشرت المقاومة الإسلامية في لبنان 500 مقاتل في الجنوب.", "ar") == [
        ("500", "HEZBOLLAH", "LBN", "deployment")
    ]


# ------------------------------------------------------------ a prefix letter that also begins a name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("גרמניה שלחה 4,000 חיילים לליטא.", [("4,000", "DEU", "LTU", "deployment")]),
        ("ליטא שלחה 300 חיילים לאפגניסטן.", [("300", "LTU", "AFG", "deployment")]),
        ("שני מחבלים נהרגו ביטא שבדרום הר חברון.", [("שני", None, "PSE", "casualties")]),
    ],
)
def test_a_prefix_letter_that_begins_a_name_stays_with_it(text: str, expected: list) -> None:
    assert rows(text) == expected


# ------------------------------------------------------------ a destination refused after the figure


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'ארה"ב תציב 200 חיילים בירדן, והחליטה שלא לשלוח כוחות לסוריה.',
            [("200", "USA", "JOR", "deployment")],
        ),
        ("גרמניה תשאיר 800 חיילים בליטא ולא להכניס כוחות לאוקראינה.", [("800", "DEU", "LTU", "deployment")]),
    ],
)
def test_a_refused_destination_after_the_figure_is_no_place(text: str, expected: list) -> None:
    assert rows(text) == expected


def test_a_figure_inside_the_refusal_keeps_its_destination() -> None:
    # the convention of round 12: the figure of the negated clause is still sent there
    assert rows("גרמניה החליטה שלא לשלוח 4,000 חיילים לליטא.") == [("4,000", "DEU", "LTU", "deployment")]


# ------------------------------------------------------------ a country or capital that decides owns the troops


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "לפי כלי תקשורת זרים, במוסקבה החליטו לפרוס 3,000 חיילים לאורך הגבול.",
            [("3,000", "RUS", None, "deployment")],
        ),
        ("בוושינגטון הודיעו כי 2,000 חיילים יישלחו לפולין.", [("2,000", "USA", "POL", "deployment")]),
        ("בסוריה נהרגו 20 חיילים בקרבות.", [("20", None, "SYR", "casualties")]),
    ],
)
def test_a_country_that_decides_is_no_place(text: str, expected: list) -> None:
    assert rows(text) == expected


# ------------------------------------------------------------ a toll told by the Palestinian side


@pytest.mark.parametrize(
    "text",
    [
        'צה"ל פעל הלילה בשכם. לפי הפלסטינים, שישה פצועים פונו לבית החולים.',
        "על פי דיווחים פלסטיניים, שלושה הרוגים בתקיפה במחנה הפליטים בג'נין.",
    ],
)
def test_wounded_or_dead_told_by_the_palestinian_side_are_no_troops(text: str) -> None:
    assert rows(text) == []


def test_fighters_in_a_palestinian_report_still_count() -> None:
    text = "על פי דיווחים פלסטיניים, בחילופי האש בג'נין נהרגו שלושה מחבלים."
    assert [r[0] for r in rows(text)] == ["שלושה"]


# ------------------------------------------------------------ places told by a common noun


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'שני לוחמי צה"ל נפצעו מפגיעת כטב"ם בשטח הארץ סמוך לגבול לבנון.',
            [("שני", "ISR", "ISR", "casualties")],
        ),
        (
            "50 חיילי צבא מאלי נהרגו בהתקפה על מוצב ליד גבולה הצפוני של המדינה.",
            [("50", "MLI", "MLI", "casualties")],
        ),
    ],
)
def test_the_land_and_the_countrys_own_border_are_places(text: str, expected: list) -> None:
    assert rows(text) == expected


# ------------------------------------------------------------ basic training in its inflected forms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("120 טירונים חדשים עתידים להגיע החודש ולעבור את הכשרתם בבסיס.", [("120", None, None, "training")]),
        ("כ-400 חיילות חדשות יעברו את ההכשרות בבסיס הטירונים של החיל.", [("כ-400", None, None, "training")]),
    ],
)
def test_basic_training_in_its_inflected_forms_is_training(text: str, expected: list) -> None:
    assert rows(text) == expected
