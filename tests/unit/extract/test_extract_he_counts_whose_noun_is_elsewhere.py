"""Round 15 kinds for Hebrew: counts whose troop noun is not a plain troop noun right after the figure (wanted men
killed, militia men, the toll of one side told with a copula, a warship's crew, a part of the troops of the sentence
before keeping their kind), and the people near them that stay no troops. Sentences written for these tests."""

from __future__ import annotations

import pytest
from hebrew_mentions import rows, spans

# ------------------------------------------------------------ wanted men killed are an armed group's men


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "כוח של לוחמי גולני פשט על הכפר. בחילופי האש חוסלו שלושת המבוקשים שהסתתרו במבנה.",
            [("שלושת", None, None, "casualties")],
        ),
        ("בתקיפה של מל\"ט בג'נין נהרגו שני מבוקשים, כך נמסר.", [("שני", None, "PSE", "casualties")]),
        ("בשכם נורו למוות ארבעה מבוקשים שנמלטו מהכוחות.", [("ארבעה", None, "PSE", "casualties")]),
    ],
)
def test_wanted_men_killed_right_there_are_counted(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "כוחות הביטחון עצרו הלילה 14 מבוקשים בשכם.",
        "במבצע בחברון נעצרו 9 מבוקשים ושניים נהרגו מירי הכוחות.",
        "הצבא פרסם רשימה של 30 מבוקשים לחקירה.",
        "16 מבוקשים נעצרו הלילה. מחבל אחד נהרג בחילופי האש בעיר אחרת.",
    ],
)
def test_wanted_men_arrested_or_listed_count_no_troops(text: str) -> None:
    assert spans(text) == []


# ------------------------------------------------------------ militia men


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("בהפצצה בצפון עיראק נהרגו 15 אנשי מיליציה שיעית.", ["15"]),
        ("הצבא העיראקי הודיע כי עשרות אנשי המיליציות נלחמים לצידו.", ["עשרות"]),
        ("בעיר פועלים כ-400 מיליציונרים חמושים.", ["כ-400"]),
    ],
)
def test_militia_men_are_troops(text: str, expected: list) -> None:
    assert spans(text) == expected


# ------------------------------------------------------------ the toll of one side, told with a copula


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "צבא רוסיה ספג אבדות כבדות בחודש האחרון. לפי המודיעין, מספר ההרוגים הרוסים עומד על 1,200.",
            [("1,200", "RUS", None, "casualties")],
        ),
        (
            "צבא אוקראינה ספג אבדות בקרבות. מספר הפצועים האוקראינים עומד על כ-8,000.",
            [("כ-8,000", "UKR", None, "casualties")],
        ),
        (
            "לפי המודיעין, מספר הרוגי הצבא הרוסי עומד על 3,000 מאז הקיץ.",
            [("3,000", "RUS", None, "casualties")],
        ),
    ],
)
def test_the_toll_of_an_army_named_by_its_demonym_is_troops(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "מספר ההרוגים הרוסים בתאונות הדרכים עומד על 900.",  # no army named: people of a country
        "מספר ההרוגים הישראלים עומד על 60.",  # Israelis in Hebrew news: civilians too
        "מספר ההרוגים בסודאן עומד על 20 אלף.",  # a place, no side
    ],
)
def test_a_toll_of_a_people_with_no_army_stays_no_troop_count(text: str) -> None:
    assert spans(text) == []


# ------------------------------------------------------------ a part of the troops before keeps their kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "עשרה לוחמים נפצעו הבוקר. מצבם של שלושה מהם מוגדר בינוני.",
            [("עשרה", None, None, "casualties"), ("שלושה מהם", None, None, "casualties")],
        ),
        (
            "בקרב נפצעו 11 לוחמים. מתוכם 3 במצב קשה.",
            [("11", None, None, "casualties"), ("3", None, None, "casualties")],
        ),
        (
            "הגיעו לגבול אלפי חיילים. מתוכם 500 יוצבו בבסיס.",
            [("אלפי", None, None, "deployment"), ("500", None, None, "deployment")],
        ),
    ],
)
def test_a_part_of_the_troops_counted_before_keeps_their_kind(text: str, expected: list) -> None:
    assert rows(text) == expected


def test_a_part_with_its_own_verb_takes_the_verb_kind() -> None:
    assert rows('חמאס מונה כיום כ-25 אלף מחבלים. צה"ל מעריך כי כ-15 אלף מהם חוסלו.') == [
        ("כ-25 אלף", "HAMAS", None, "force_size"),
        ("כ-15 אלף מהם", "HAMAS", None, "casualties"),
    ]


# ------------------------------------------------------------ a warship's crew


def test_the_crew_of_a_warship_are_sailors() -> None:
    assert spans("המשחתת עגנה בנמל. על סיפונה צוות של כ-300 איש.") == ["כ-300"]
    assert spans("נושאת המטוסים הגיעה למפרץ ובעלת צוות של כמעט 5,000 איש.") == ["כמעט 5,000"]


def test_the_crew_of_a_merchant_ship_is_no_troop_count() -> None:
    assert spans("לאנייה האזרחית צוות של 25 איש.") == []


# ------------------------------------------------------------ people and things near the troops


@pytest.mark.parametrize(
    "text",
    [
        "כ-4,000 בנות ובני נוער ביקרו בלשכת הגיוס השבוע.",
        'ביום ההכנה לצה"ל השתתפו 900 בנים ותלמידים מהעיר.',
    ],
)
def test_youth_before_the_army_are_no_troops(text: str) -> None:
    assert spans(text) == []


def test_requests_after_a_troop_count_are_no_troops() -> None:
    assert spans("בצבא 120 חיילים ביקשו לפרוש ועוד 80 בקשות ממתינות.") == ["120"]


# ------------------------------------------------------------ a change from a figure to a troop count


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("הצבא צמצם את מספר החיילים בבסיס מ-500 ל-300 חיילים.", "he", ["500", "300"]),
        ('צבא ארה"ב יצמצם את כוחותיו בסוריה מ-2000 ל-1,400 חיילים.', "he", ["2000", "1,400"]),
        ("قررت واشنطن خفض عدد قواتها في العراق من 2000 إلى 1500 جندي.", "ar", ["2000", "1500"]),
    ],
)
def test_a_change_from_a_figure_to_a_troop_count_counts_both(text: str, lang: str, expected: list) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("המחיר עלה מ-2000 ל-3000 שקלים לחייל.", "he", []),
        ("בשנת 2000 הוצבו בלבנון 300 חיילים.", "he", ["300"]),
        ("ارتفعت الميزانية من 2000 إلى 3000 دولار لكل جندي.", "ar", []),
    ],
)
def test_a_change_of_things_or_a_year_before_troops_stays_no_count(
    text: str, lang: str, expected: list
) -> None:
    assert spans(text, lang) == expected


# ------------------------------------------------------------ Arabic shares


@pytest.mark.parametrize(
    "text",
    [
        "أصيب 300 جندي، 50 بالمئة منهم عادوا إلى الخدمة.",
        "أصيب 300 جندي، 40 في المائة منهم عادوا إلى الخدمة.",
    ],
)
def test_an_arabic_share_of_troops_is_no_count_of_a_hundred(text: str) -> None:
    assert spans(text, "ar") == ["300"]


# ------------------------------------------------------------ the same count again in another place or side


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("הצבא האמריקני השאיר בעיראק 2,500 חיילים, ובסוריה כ-900.", "he", ["2,500", "כ-900"]),
        ("בשורות הצבא הסורי נרשמו 300 הרוגים, ובשורות המורדים 450.", "he", ["300", "450"]),
        ("ينتشر 2500 جندي أمريكي في العراق، وفي سوريا 900.", "ar", ["2500", "900"]),
    ],
)
def test_a_bare_figure_after_and_in_another_place_continues_the_count(
    text: str, lang: str, expected: list
) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("נהרגו 5 חיילים, ובעזה 40 אזרחים.", "he", ["5"]),
        ("בעיראק הוצבו 900 חיילים, ובשנת 2010 הם עזבו.", "he", ["900"]),
        ("قتل 5 جنود، وفي غزة 40 مدنيا.", "ar", ["5"]),
    ],
)
def test_people_or_a_year_in_the_next_clause_stay_no_troops(text: str, lang: str, expected: list) -> None:
    assert spans(text, lang) == expected


def test_a_target_strength_before_a_year_is_counted() -> None:
    assert spans("הצבא הגרמני מונה כיום 180 אלף חיילים, והיעד הוא להגיע ל-203 אלף עד 2031.") == [
        "180 אלף",
        "203 אלף",
    ]


# ------------------------------------------------------------ a toll or a strength told before its subject


def test_a_figure_before_the_dead_of_an_army_counts_them() -> None:
    assert rows('עלה ל-910 מספר חללי צה"ל מתחילת המלחמה.') == [("910", "ISR", None, "casualties")]
    assert spans("עלה ל-60 מספר ההרוגים ברצועה.") == []


def test_what_a_group_has_left_is_its_troops() -> None:
    assert spans('בצה"ל מעריכים כי לחמאס נותרו כ-20 אלף.') == ["כ-20 אלף"]


@pytest.mark.parametrize(
    "text",
    ["ברצועה נותרו 48 חטופים.", "בעזה נותרו כמיליון תושבים.", "מתוך מאה המשתתפים בטיול נותרו 20."],
)
def test_people_left_are_no_troops(text: str) -> None:
    assert spans(text) == []


# ------------------------------------------------------------ a place opening the next clause is its figure's


def test_a_place_opening_the_next_clause_belongs_to_its_own_figure() -> None:
    assert rows("הצבא האמריקני השאיר בעיראק 2,500 חיילים, ובסוריה כ-900.") == [
        ("2,500", "USA", "IRQ", "deployment"),
        ("כ-900", "USA", "SYR", "deployment"),
    ]
    assert rows("قتل 5 جنود، وفي غزة 40 مدنيا.", "ar") == [("5", None, None, "casualties")]


def test_the_losses_of_an_army_after_a_dash_are_its_dead() -> None:
    assert rows("הצבא המצרי נסוג לאחר הקרב. אבידות המצרים – כ-100.") == [("כ-100", "EGY", None, "casualties")]
    assert spans("אבידות הסורים – כ-100.") == []  # no army named: a people's losses


# ------------------------------------------------------------ one side's dead, a state's force


def test_the_dead_on_one_side_are_its_troops() -> None:
    assert rows("בצד הרוסי נרשמו כ-300 הרוגים, לפי הדיווח.") == [("כ-300", "RUS", None, "casualties")]
    assert spans("בצד הישראלי נרשמו 40 הרוגים.") == []  # Israelis in Hebrew news: civilians too


def test_the_men_of_a_state_force_are_troops() -> None:
    assert rows("הכוח הרוסי בסוריה מונה כ-4,000 איש.") == [("כ-4,000", "RUS", "SYR", "deployment")]
    assert spans("הכוח הפוליטי של המפלגה מונה 300 איש.") == []
    assert spans("בצד הרוסי של הגבול נפגשו 200 איש.") == []


def test_a_group_neutralised_by_an_army_is_a_casualty_count() -> None:
    assert rows("הצבא הטורקי הודיע כי נטרל 17 מחבלי PKK בצפון עיראק.") == [("17", "PKK", "IRQ", "casualties")]
