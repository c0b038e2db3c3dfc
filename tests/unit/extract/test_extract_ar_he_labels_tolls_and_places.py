"""Arabic and Hebrew: abbreviations before a figure, list lines headed by a country, tolls of
the fallen told verb first. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def rows(text: str, lang: str) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (m.count_text, m.actor_code, m.location_country, m.mention_type) for m in extract_mentions(text, lang)
    ]


# ------------------------------------------------------------ an abbreviation ending in כ is no "about"


@pytest.mark.parametrize(
    ("text", "span", "precision"),
    [
        ('סד"כ 12,000 לוחמים עמד לרשות החטיבה.', "12,000", "exact"),
        ('בסד"כ 900 חיילים בלבד יצא הכוח לדרך.', "900", "exact"),
        ("הצבא מנה אז כ-12,000 לוחמים.", "כ-12,000", "approximate"),
        ('לפי ההערכה, "כ-700" לוחמים נותרו בעיר.', '"כ-700"', "approximate"),
    ],
)
def test_the_last_letter_of_an_abbreviation_is_no_qualifier(text: str, span: str, precision: str) -> None:
    found = [(m.count_text, m.count_precision) for m in extract_mentions(text, "he")]
    assert found == [(span, precision)]


# ------------------------------------------------------------ list lines headed by a country and a colon


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "المساهمات في القوة الدولية:\nالنرويج: 400 ينتشرون في شمال مالي\nهولندا: 250 يتمركزون في غاو",
            [("400", "NOR", "MLI", "deployment"), ("250", "NLD", "MLI", "deployment")],
        ),
        ("اليونان: 300 ينتشرون في كوسوفو منذ الصيف.", [("300", "GRC", "XKX", "deployment")]),
    ],
)
def test_arabic_list_line_country_owns_the_bare_figure(text: str, expected: list) -> None:
    assert rows(text, "ar") == expected


def test_arabic_bare_figure_with_a_verb_of_presence_needs_a_military_sense() -> None:
    # no army, no list line: people at an airport are no troops
    assert rows("قال المسؤول إن 300 يتواجدون في المطار منذ الصباح.", "ar") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "כוחות במערכה\nמצרים: 20,000 חיילים\nירדן: 9,000 חיילים",
            [("20,000", "EGY", None, "force_size"), ("9,000", "JOR", None, "force_size")],
        ),
        (
            "סדר הכוחות\nפולין: 1,200 חיילים בלטביה",
            [("1,200", "POL", "LVA", "deployment")],
        ),
    ],
)
def test_hebrew_table_line_country_is_the_owner_not_the_place(text: str, expected: list) -> None:
    assert rows(text, "he") == expected


# ------------------------------------------------------------ tolls of the fallen, verb before the subject


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ('עם נפילתו עלה מספר חללי צה"ל במערכה ל-312.', "312"),
        ("בעקבות התקרית, מספר החללים מתחילת השנה עלה ל-48.", "48"),
        ('אמש הגיע מניין חללי צה"ל בגזרה ל-27.', "27"),
    ],
)
def test_a_toll_of_the_fallen_rising_to_a_figure(text: str, span: str) -> None:
    assert [(m.count_text, m.mention_type) for m in extract_mentions(text, "he")] == [(span, "casualties")]


@pytest.mark.parametrize(
    "text",
    [
        "מספר החללים של פעולות האיבה עלה השנה ל-40.",
        "עלה מספר המשתמטים בשנה האחרונה ל-9,000.",
        "מספר הנפגעים בתאונות הדרכים עלה ל-35.",
    ],
)
def test_tolls_of_civilians_or_of_others_stay_out(text: str) -> None:
    assert extract_mentions(text, "he") == []


# ------------------------------------------------------------ a place told by a common noun


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "أعلن الجيش الأردني نشر 800 جندي في الجزء الشمالي من البلاد.",
            "ar",
            [("800", "JOR", "JOR", "deployment")],
        ),
        (
            "عادت القوات الفرنسية إلى مالي العام الماضي. وينتشر نحو 3 آلاف جندي في المناطق الشمالية من البلاد.",
            "ar",
            [("نحو 3 آلاف", "FRA", "MLI", "deployment")],
        ),
        (
            "צרפת החלה לצמצם את נוכחותה בניז'ר. כ-600 חיילים צרפתים נותרו במדינה.",
            "he",
            [("כ-600", "FRA", "NER", "deployment")],
        ),
    ],
)
def test_a_place_told_by_a_common_noun_is_the_country_named_before(
    text: str, lang: str, expected: list
) -> None:
    assert rows(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # nothing named before the common noun: no place
        ("نشر 800 جندي في الجزء الشمالي من البلاد.", "ar"),
        ("כ-700 לוחמים נותרו במדינה.", "he"),
    ],
)
def test_a_common_noun_with_no_country_named_stays_without_place(text: str, lang: str) -> None:
    assert [m.location_country for m in extract_mentions(text, lang)] == [None]


# ------------------------------------------------------------ table and list labels are owners, not places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "הכוחות במערכה:\nצבא ירדן:\n• 9,000 חיילים\n• 200 טנקים",
            [("9,000", None)],
        ),
        ("סיכום\nצבא לבנון: 3,500 חיילים נפרסו בביירות", [("3,500", "LBN")]),
    ],
)
def test_a_label_with_a_colon_is_no_place(text: str, expected: list) -> None:
    assert [(m.count_text, m.location_country) for m in extract_mentions(text, "he")] == expected


def test_a_headline_country_before_a_colon_stays_a_place() -> None:
    # "Syria: ..." at the very start is a dateline
    assert [m.location_country for m in extract_mentions("סוריה: 40 חיילים נהרגו בהתקפה", "he")] == ["SYR"]


# ------------------------------------------------------------ a place where troops will not go


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("הבסיס יאויש בכ-300 חיילים אמריקנים, כאשר לא יוצבו כוחות קרקע בסוריה.", "he", [("כ-300", None)]),
        ("בריטניה תשאיר 900 חיילים באסטוניה ולא תשלח כוחות לאוקראינה.", "he", [("900", "EST")]),
        ("تبقي فرنسا 700 جندي في تشاد ولن ترسل قوات إلى النيجر.", "ar", [("700", "TCD")]),
    ],
)
def test_a_negated_destination_after_the_figure_is_not_its_place(
    text: str, lang: str, expected: list
) -> None:
    assert [(m.count_text, m.location_country) for m in extract_mentions(text, lang)] == expected


def test_a_figure_inside_the_negated_clause_keeps_its_destination() -> None:
    assert [m.location_country for m in extract_mentions("לא יישלחו 3,000 חיילים לפולין.", "he")] == ["POL"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("אלפי חיילים רוסים הגיעו לשערי קייב.", "he", [("אלפי", "UKR")]),
        ("נאמר כי 600 לוחמים התרכזו על שערי חלב.", "he", [("600", "SYR")]),
        ("وصل آلاف الجنود الروس إلى أبواب كييف.", "ar", [("آلاف", "UKR")]),
    ],
)
def test_troops_at_the_gates_of_a_city_are_there(text: str, lang: str, expected: list) -> None:
    assert [(m.count_text, m.location_country) for m in extract_mentions(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("שני לוחמים נפצעו קל בתוך כפר לבנוני.", [("שני", None, "LBN")]),
        ("בקרב בעיירה סורית נהרגו 12 חיילים.", [("12", None, "SYR")]),
        ("כ-40 לוחמים פשטו על יישוב לבנוני ליד הגבול.", [("כ-40", None, "LBN")]),
    ],
)
def test_a_village_told_by_a_demonym_is_a_place_not_an_owner(text: str, expected: list) -> None:
    assert [
        (m.count_text, m.actor_code, m.location_country) for m in extract_mentions(text, "he")
    ] == expected


# ------------------------------------------------------------ scanned books set the thousands comma apart


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("בחזית זו החזיק האויב כ 12 , 000 חיילים ושריון רב .", "he", [("כ 12 , 000", 12000, 12000)]),
        ("הכוח מנה בין 2 , 000 ל 3 , 000 לוחמים .", "he", [("בין 2 , 000 ל 3 , 000", 2000, 3000)]),
        ("وبلغ عدد القوات 18 , 000 جندي .", "ar", [("18 , 000", 18000, 18000)]),
    ],
)
def test_a_thousands_comma_set_apart_by_spaces(text: str, lang: str, expected: list) -> None:
    found = [(m.count_text, m.troop_count_min, m.troop_count_max) for m in extract_mentions(text, lang)]
    assert found == expected


def test_a_list_of_small_figures_with_commas_stays_apart() -> None:
    assert [m.count_text for m in extract_mentions("נהרגו 3 , 4 חיילים", "he")] == ["3", "4"]


# ------------------------------------------------------------ soldiers said to be of an armed group


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 45 ضابطا تابعا لمليشيا الحوثي في صعدة.", [("45", "HOUTHIS")]),
        ("سقط 12 جنديا من جماعة الحوثي في الحديدة.", [("12", "HOUTHIS")]),
        # soldiers of a state hit by the group stay the state's
        ("قتل 9 جنود سعوديين في هجوم شنه الحوثيون.", [("9", "SAU")]),
    ],
)
def test_soldiers_said_to_be_of_a_group_are_its_own(text: str, expected: list) -> None:
    assert [(m.count_text, m.actor_code) for m in extract_mentions(text, "ar")] == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("כ-900 חיילים מהגדוד לא חזרו הביתה מהמלחמה.", "casualties"),
        ("120 לוחמים לא שבו בחיים מהקרב על הגבעה.", "casualties"),
        ("כ-900 חיילים מהגדוד חזרו הביתה מלבנון.", "withdrawal"),
    ],
)
def test_troops_who_did_not_come_home_are_casualties(text: str, kind: str) -> None:
    assert [m.mention_type for m in extract_mentions(text, "he")] == [kind]


# ------------------------------------------------------------ Israeli towns as places, home towns not


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("הקרבות הקשים ביותר היו ליד קריית גת. שם נפלו 40 לוחמים.", [("40", "ISR")]),
        ("שני חיילים נפצעו קל מרסיסים בנתיבות.", [("שני", "ISR")]),
        # a home town after מ is where the fallen came from, not where he fell
        ('סמ"ר יואב לוי, בן 21 מאופקים, נפל בקרב בדרום לבנון. 4 לוחמים נוספים נפצעו.', [("4", "LBN")]),
    ],
)
def test_israeli_towns_place_troops_but_home_towns_do_not(text: str, expected: list) -> None:
    assert [(m.count_text, m.location_country) for m in extract_mentions(text, "he")] == expected


def test_a_part_of_the_fallen_followed_by_only() -> None:
    text = "בקרב נהרגו מאה ועשרה חיילים, שמתוכם היו שישים ושלושה רק מהגדוד הצפוני."
    assert [m.count_text for m in extract_mentions(text, "he")] == ["מאה ועשרה", "שישים ושלושה"]


def test_only_after_a_figure_with_no_troops_named_stays_out() -> None:
    assert extract_mentions("בשנה שעברה טסו 40 רק לאילת.", "he") == []
