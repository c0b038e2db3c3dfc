"""Hebrew kinds of troop counts and of look-alikes, on sentences written for these tests."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def found(text: str) -> list[tuple[str, str]]:
    return [(m.count_text, m.mention_type) for m in extract_mentions(text, "he")]


def spans(text: str) -> list[str]:
    return [m.count_text for m in extract_mentions(text, "he")]


# ------------------------------------------------------------------------------------- Border Police


@pytest.mark.parametrize(
    "text",
    [
        "400 לוחמי משמר הגבול הוצבו אמש בירושלים.",
        "250 לוחמות ולוחמי משמר הגבול תוגברו בעיר העתיקה.",
        '320 לוחמי ולוחמות מג"ב סיימו אתמול את מסלול ההכשרה.',
        "150 לוחמים ולוחמות של משמר הגבול הוצבו בצומת.",
    ],
)
def test_border_police_fighters_are_police_also_when_coordinated(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("כ-200 לוחמים ולוחמות מגדוד קרקל הוצבו בגבול מצרים.", ["כ-200"]),
        ("300 לוחמי גולני ולוחמי שריון נכנסו לעיר.", ["300"]),
    ],
)
def test_coordinated_soldiers_of_an_army_stay_troops(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


# ----------------------------------------------------------------------------- people who are not troops


@pytest.mark.parametrize(
    "text",
    [
        "במלחמה נהרגו חיילים רבים, כשליש מאוכלוסיית העיירה (עשרים אלף איש בערך).",
        "הקרבות נמשכו חודשים, ותושבי העיר, כמאה אלף איש, נמלטו צפונה מפני הצבא.",
    ],
)
def test_the_people_of_a_town_are_no_troops(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "הצבא פונה לצעירים שעברו את גיל הגיוס, ונמצאים בטווח הגילאים שבין 19 ל-25.",
        "המתגייסים לצבא, בגיל שבין 18 עד 21, יוצבו ביחידות העורף.",
    ],
)
def test_an_age_range_after_its_label_is_no_count(text: str) -> None:
    assert spans(text) == []


def test_a_range_of_troops_still_counts() -> None:
    assert spans('צה"ל יגייס בין 3,000 ל-4,000 חיילים חדשים בשנה הקרובה.') == ["בין 3,000 ל-4,000"]


def test_a_toll_that_goes_on_from_a_civilian_health_ministry_count_is_no_troop_count() -> None:
    text = (
        "משרד הבריאות בעזה מסר כי 50 הרוגים נרשמו אתמול. לדבריו, מספר ההרוגים מאז תחילת המלחמה הגיע ל-60,000."
    )
    assert spans(text) == []


def test_a_troop_toll_after_a_civilian_sentence_still_counts() -> None:
    assert spans("בקרב נהרגו 12 אזרחים. מספר החיילים שנהרגו עומד על 30.") == ["30"]


# ------------------------------------------------------------------------------------ losses and anaphora


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("לפי ההערכה, הצבא הרוסי ספג כ-400 אלף אבדות מאז תחילת המלחמה.", [("כ-400 אלף", "casualties")]),
        ("בקרבות על העיר ספג הצבא 120 אבידות בשבוע אחד.", [("120", "casualties")]),
    ],
)
def test_losses_of_an_army_are_casualties(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_civilian_losses_are_no_troop_count() -> None:
    assert spans("במהלך המלחמה נרשמו 300 אבדות אזרחיות בעיר.") == []


@pytest.mark.parametrize(
    "text",
    [
        "סגן ולוחם נפצעו הבוקר בקרב בדרום רצועת עזה. השניים הועברו לבית החולים.",
        'קצין צה"ל נפצע בינוני ולוחם נוסף נפצע קל בקרב. השניים פונו לקבלת טיפול רפואי.',
    ],
)
def test_a_definite_numeral_counts_wounded_soldiers_named_one_by_one(text: str) -> None:
    assert found(text) == [("השניים", "casualties")]


def test_a_definite_numeral_counts_airmen_named_one_by_one() -> None:
    assert spans("טייס ונווט נטשו את המטוס מעל הים. השניים חולצו במסוק של חיל האוויר.") == ["השניים"]


@pytest.mark.parametrize(
    "text",
    [
        "ראש הממשלה ושר הביטחון נפגשו הבוקר. השניים דנו במצב בצפון.",
        "לוחם נפצע קשה ושני אזרחים נפצעו קל. השלושה פונו לבית החולים.",
        "חייל נהרג בתאונה. השלושה שנפצעו בתאונה שוחררו.",
    ],
)
def test_a_definite_numeral_without_soldiers_named_one_by_one_counts_nothing(text: str) -> None:
    assert "השניים" not in spans(text) and "השלושה" not in spans(text)


def test_the_wounded_taken_to_hospital_are_casualties() -> None:
    assert found("שלושה חיילים נפגעו מירי בג'נין. השלושה פונו במסוק לבית החולים.") == [
        ("שלושה", "casualties"),
        ("השלושה", "casualties"),
    ]


# ------------------------------------------------------------------------------------ places and owners


def fields(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (m.count_text, m.actor_code, m.location_country, m.mention_type) for m in extract_mentions(text, "he")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'שבעה חיילי צה"ל נפצעו באורח קל במהלך הלחימה באיזור רצועת עזה.',
            [("שבעה", "ISR", "PSE", "casualties")],
        ),
        (
            'שמונה לוחמי צה"ל נפצעו באורח קל בתאונה במהלך אימון בבסיס בצפון הארץ.',
            [("שמונה", "ISR", "ISR", "casualties")],
        ),
        (
            "שלושה חיילים מצרים נהרגו בפיצוץ מטען סמוך לרפיח המצרית.",
            [("שלושה", "EGY", "EGY", "casualties")],
        ),
        (
            "בקהיר החליטו לשלוח לחצי האי סיני כ-30 אלף חיילים.",
            [("כ-30 אלף", "EGY", "EGY", "deployment")],
        ),
        (
            "מצרים הכניסה לסיני 20 אלף חיילים בשבוע האחרון.",
            [("20 אלף", "EGY", "EGY", "deployment")],
        ),
    ],
)
def test_hebrew_places_and_owners(text: str, expected: list[tuple[str, str | None, str | None, str]]) -> None:
    assert fields(text) == expected


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("אלפי חיילים רוסים נפרסו קרוב לאוקראינה.", None),
        ("מאות חיילים אמריקנים נחתו בפולין, קרוב לרוסיה.", "POL"),
        ("הצבא שלח 500 חיילים לשטח סמוך לג'נין.", "PSE"),
    ],
)
def test_near_a_country_is_outside_it(text: str, location: str | None) -> None:
    assert [m.location_country for m in extract_mentions(text, "he")] == [location]


def test_residence_across_the_country_is_no_place_of_the_fallen() -> None:
    text = '300 מתוך 1,200 חיילי צה"ל שנהרגו במלחמה התגוררו בעשרות קיבוצים ברחבי הארץ.'
    assert fields(text) == [("300", "ISR", None, "casualties"), ("1,200", "ISR", None, "casualties")]


# ------------------------------------------------------------------------------------------------ types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "בקרב על האי, 5,000 חיילים אמריקאים הרגו כ-2,000 מתוך 3,000 החיילים היפנים.",
            [("5,000", "deployment"), ("כ-2,000", "casualties"), ("3,000", "deployment")],
        ),
        ("כ-30 מתוך 200 הלוחמים שנשלחו לעיר נהרגו בקרב.", [("כ-30", "casualties"), ("200", "deployment")]),
        ("שני מחבלים התקרבו לגדר, והלוחמים חיסלו אותם.", [("שני", "casualties")]),
        ("שלושה מחבלים התקרבו לגדר וצלף חיסל אותם.", [("שלושה", "casualties")]),
    ],
)
def test_killers_and_the_whole_of_the_killed_are_no_casualties(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------------------- volunteers and partitives


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("במהלך המלחמה התנדבו 12,000 יהודים לשרת בצבא הצרפתי.", [("12,000", "FRA")]),
        ("כ-6,000 יהודים מפולין התנדבו לשרת בצבא האמריקני.", [("כ-6,000", "USA")]),
        ("מתחילת המלחמה התנדבו לצבא הבריטי כ-9,000 בני ובנות היישוב.", [("כ-9,000", "GBR")]),
    ],
)
def test_people_who_volunteered_for_an_army_are_its_troops(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.count_text, m.actor_code) for m in extract_mentions(text, "he")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "בערב החג התפללו 12,000 יהודים ברחבת הכותל.",
        "כ-6,000 בני ובנות היישוב השתתפו בעצרת בכיכר העיר.",
    ],
)
def test_a_community_counted_outside_an_army_is_no_troop_count(text: str) -> None:
    assert spans(text) == []


def test_a_part_with_a_spaced_partitive_counts_troops() -> None:
    assert fields("כ-800 מן המתנדבים ששירתו בגדוד לחמו בחזית איטליה.") == [
        ("כ-800", None, "ITA", "deployment")
    ]


def test_a_bare_figure_before_a_relative_clause_counts_the_troops_named_before() -> None:
    text = "שני חיילים נהרגו בתקיפה. לפי ההודעה, בנוסף לשני החיילים נפצעו ארבעה שמאושפזים במצב בינוני."
    assert "ארבעה" in spans(text)


def test_a_noun_that_starts_like_a_relative_clause_is_no_bare_count() -> None:
    assert spans('מחבלת התפוצצה בצומת וגרמה למותם של שני שוטרי מג"ב.') == []


def test_wounded_who_returned_to_duty_are_other() -> None:
    text = "כ-300 חיילים נפצעו מתחילת הלחימה, ולמעלה מ-250 מהם כבר שבו לשירות פעיל."
    assert found(text) == [("כ-300", "casualties"), ("למעלה מ-250 מהם", "other")]


# ------------------------------------------------------------------------------- tolls, prisoners, breakdowns


@pytest.mark.parametrize(
    "text",
    [
        "בקרבות בעיר נהרגו כ-200 איש ונפצעו יותר מ-900.",
        "לפי מקורות בינלאומיים נהרגו בלחימה בבירה 150 איש.",
    ],
)
def test_a_toll_of_people_with_no_troops_named_is_no_troop_count(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("במלחמה נהרגו 40 אלף איש, רובם חיילים.", ["40 אלף"]),
        ("הצבא גייס 300 אלף איש למלחמה.", ["300 אלף"]),
        ("במלחמה נהרגו 3,000 חיילים. בקרבות נהרגו 200 איש ונפצעו 900.", ["3,000", "200", "900"]),
    ],
)
def test_people_counted_next_to_troops_or_called_up_stay_troops(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_escaped_prisoners_are_no_troops() -> None:
    assert spans("כוחות הביטחון לכדו שלושה מתוך חמשת המחבלים שנמלטו מכלא שאטה.") == []


def test_a_breakdown_by_severity_counts_each_part_but_not_one() -> None:
    assert spans("חמישה חיילים נוספים נפצעו, 2 קשה ו-3 קל, ופונו לבית החולים.") == ["חמישה", "2", "3"]
    assert spans("ארבעה חיילים נפצעו: 1 קשה ו-3 קל.") == ["ארבעה", "3"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 הישראלים שנפצעו בתאונה בערבה - חיילים", ["5"]),
        ("שלושת הישראלים שנפצעו הבוקר בתאונה בנגב הם חיילים, כך הותר לפרסום.", ["שלושת"]),
        ("שלושת הישראלים שנפצעו הבוקר בתאונה בנגב הם תושבי העיר.", []),
    ],
)
def test_israelis_are_troops_when_the_text_says_they_are_soldiers(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_a_dateline_country_is_where_it_happened() -> None:
    assert [
        m.location_country for m in extract_mentions("ניגריה: מחבלים הרגו 30 חיילים בבסיס צבאי.", "he")
    ] == ["NGA"]


# ---------------------------------------------------------------------- graduates, missions, going home


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("בטקס סיום קורס הטיס יקבלו 38 בוגרים את כנפי הטיסה.", [("38", "training")]),
        ("הטקס נערך אמש. על רחבת המסדרים עמדו 45 בוגרים ובוגרות.", [("45", "training")]),
        ("30 טייסים חדשים הצטרפו היום לטייסות בטקס חגיגי.", [("30", "training")]),
        ("במצעד הניצחון צעדו 5,000 חיילים ברחובות הבירה.", [("5,000", "other")]),
    ],
)
def test_graduates_at_their_ceremony_finish_a_training_others_parade(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


def test_missions_are_no_deaths() -> None:
    assert found('70 לוחמי צה"ל יובילו את משימות האבטחה בגזרה.') != [("70", "casualties")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("רכבת אווירית תפנה יותר מ-500 חיילים אמריקנים שהשתתפו בתרגיל.", [("יותר מ-500", "withdrawal")]),
        ("בעקבות ההחלטה, מאות חיילים בריטים יחזרו לבסיסיהם בקפריסין.", [("מאות", "withdrawal")]),
    ],
)
def test_troops_flown_out_or_going_back_to_their_bases_withdraw(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


def test_palestinian_fighters_of_an_unnamed_group_have_no_owner() -> None:
    text = "הצבא הירדני שמנה כ-50 אלף לוחמים נלחם אז מול 12 אלף לוחמים פלסטינים."
    assert [m.actor_code for m in extract_mentions(text, "he")] == ["JOR", None]


def test_a_figure_of_villages_does_not_take_the_place_from_the_troops() -> None:
    text = "הכוחות חיסלו כ-25 מחבלים בכ-12 כפרים שונים במרחב דרום לבנון מתחילת החודש."
    assert fields(text) == [("כ-25", None, "LBN", "casualties")]


def test_enemy_fighters_are_never_owned_by_the_idf() -> None:
    text = (
        'כוח צה"ל נכנס לשכם. במהלך הפעילות החלו 3 המחבלים לירות לעבר הכוח. הלוחמים השיבו באש וחוסלו השלושה.'
    )
    assert [m.actor_code for m in extract_mentions(text, "he")] == [None, None]


# ------------------------------------------------------------------------- both sides, hostages, demonyms


def test_a_demonym_that_begins_with_bet_owns_the_troops() -> None:
    text = "עמדות גרמניות הופגזו כל הלילה, ו-80,000 חיילים בריטים יצאו מהתעלות."
    assert [m.actor_code for m in extract_mentions(text, "he")] == ["GBR"]


def test_losses_of_both_sides_after_a_battle_have_no_owner() -> None:
    text = "הקרב נמשך ארבעה חודשים. המחיר היה כבד: יותר ממיליון נפגעים לשני הצדדים."
    assert fields(text) == [("יותר ממיליון", None, None, "casualties")]


def test_the_dead_after_a_report_on_strikes_are_no_troop_toll() -> None:
    text = 'התקיפות כוונו לאזור בית החולים, שם חששו מהסתערות של צה"ל. בהמשך דווח על 9 הרוגים נוספים ברצועה.'
    assert spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "כעת מחזיקים מחבלי חמאס ב-12 חללים חטופים ברצועה.",
        "עד כה הוחזרו רק שלושה חללים חטופים מתוך 20.",
    ],
)
def test_fallen_hostages_are_no_troops(text: str) -> None:
    assert spans(text) == []


def test_a_nation_that_lost_a_figure_lost_troops() -> None:
    text = "בקרב ספגו הבריטים כ-300,000 אבדות. הצרפתים איבדו כ-150,000."
    assert [(m.count_text, m.actor_code) for m in extract_mentions(text, "he")] == [
        ("כ-300,000", "GBR"),
        ("כ-150,000", "FRA"),
    ]


def test_a_compass_word_with_a_relative_prefix_places_the_troops() -> None:
    text = "בקרב במחוז שבצפון צרפת נהרגו 5,000 חיילים בריטים."
    assert [m.location_country for m in extract_mentions(text, "he")] == ["FRA"]


# ------------------------------------------------------------------------------------- prisoners of war


def test_enlisted_men_are_troops_and_a_total_with_civilians_is_not() -> None:
    text = "שבויים ישראלים בסוריה - 70 שבויים, מהם 20 קצינים, 47 חוגרים ושלושה אזרחים."
    assert spans(text) == ["20", "47"]


def test_captors_listed_after_captivity_own_no_one() -> None:
    text = "במלחמה נפלו בשבי ירדן, עיראק ולבנון מאות חיילים. למעלה מ-5,000 חיילים מצבאות ערב נפלו בשבי."
    assert [(m.count_text, m.actor_code) for m in extract_mentions(text, "he")] == [
        ("מאות", None),
        ("למעלה מ-5,000", None),
    ]


def test_a_country_that_has_the_troops_owns_them() -> None:
    text = "בסוף המלחמה היו לישראל מאות חיילים נעדרים."
    assert fields(text) == [("מאות", "ISR", None, "casualties")]


def test_a_spelling_of_a_gaza_neighbourhood_places_the_troops() -> None:
    text = "צה\"ל פרסם תיעוד מהקרב בסג'עייה, שבו נפלו 7 הלוחמים."
    assert [m.location_country for m in extract_mentions(text, "he")] == ["PSE"]


# ------------------------------------------------------------------------------------ armies, units, orders


def test_people_who_fought_in_an_army_were_its_soldiers() -> None:
    text = "בצבא הצרפתי לחמו כ-40,000 יהודים ומהם נפלו כ2,000 בקרבות."
    assert fields(text) == [("כ-40,000", "FRA", None, "force_size"), ("כ2,000", "FRA", None, "casualties")]


def test_a_figure_at_the_end_of_the_sentence_after_a_casualty_verb() -> None:
    text = "בצבא הרוסי שירתו כ-17,000 יהודים מהם נפלו בקרבות למעלה מ-400."
    assert fields(text) == [
        ("כ-17,000", "RUS", None, "force_size"),
        ("למעלה מ-400", "RUS", None, "casualties"),
    ]


def test_fighters_of_several_armies_with_a_vague_figure() -> None:
    text = "עשרות אלפי יהודים לחמו בצבאות בעלות הברית במלחמה."
    assert spans(text) == ["עשרות אלפי"]


def test_a_multiple_is_no_count() -> None:
    assert spans("היחידה תוכל לקלוט עד פי 3 חיילים דתיים בשנה הבאה.") == []


def test_a_call_up_order_after_the_noun_phrase() -> None:
    text = 'צה"ל הוציא לאלפי לוחמי סדיר צו שמונה לשלושה חודשים.'
    assert [m.mention_type for m in extract_mentions(text, "he")] == ["force_size"]


def test_captured_troops_set_free_are_casualties() -> None:
    text = "המורדים הסכימו לשחרר עשרות חיילים עיראקים ששבו במהלך הקרבות."
    assert [m.mention_type for m in extract_mentions(text, "he")] == ["casualties"]


def test_marines_are_american() -> None:
    text = "בתרגיל המשותף עם ירדן ישתתפו כמה מאות חיילי מארינס."
    assert [m.actor_code for m in extract_mentions(text, "he")] == ["USA"]


def test_the_strength_of_a_battalion_is_other() -> None:
    text = 'כיום הגדוד מונה מעל ל-600 חיילים והוא הגדול בצה"ל.'
    assert [m.mention_type for m in extract_mentions(text, "he")] == ["other"]


def test_militants_set_free_from_prison_are_no_force() -> None:
    text = "כ-30 מהמחבלים ששוחררו בעסקה נעצרו שוב מתוך כ-500 ששוחררו."
    assert spans(text) == []


def test_unhurt_troops_are_no_casualties() -> None:
    text = "מכל הפלוגה נותרו שישה חיילים שלא נפגעו."
    assert [m.mention_type for m in extract_mentions(text, "he")] != ["casualties"]


def test_a_platoon_of_n_fighters_is_a_unit_strength() -> None:
    text = "זו הייתה מחלקה מקובצת של 30 לוחמים."
    assert [m.mention_type for m in extract_mentions(text, "he")] == ["other"]


def test_a_units_own_men_with_a_possessive() -> None:
    text = "במלחמה, 25 מאנשיה יצאו לתגבר את המוצב, ובדרך נפלו בקרב."
    assert [(m.count_text, m.mention_type) for m in extract_mentions(text, "he")] == [("25", "casualties")]


def test_pre_state_forces_are_troops() -> None:
    text = 'בקרב נפלו 12 אנשי פלמ"ח ו-8 אנשי חי"ש.'
    assert spans(text) == ["12", "8"]


def test_wounded_fighters_in_the_north_of_the_country_are_israeli() -> None:
    text = "שלושה לוחמים נפצעו מפיצוץ במהלך פעילות מבצעית בצפון הארץ."
    assert fields(text) == [("שלושה", "ISR", "ISR", "casualties")]


# ------------------------------------------------------------------------------------------- round 6b


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("הטנקים שלנו נפגעו בזה אחר זה, ועד הערב היו לנו 12 חללים.", [("12", "casualties")]),
        ('נגמ"ש הפיקוד עלה על מוקש ו-4 נפגעים פונו מהשטח.', [("4", "casualties")]),
        ("חייל ירדני אחד נהרג וארבעה נפצעו בהפגזה.", [("וארבעה", "casualties")]),
    ],
)
def test_armour_or_a_soldier_named_makes_the_sentence_military(
    text: str, expected: list[tuple[str, str]]
) -> None:
    got = found(text)
    assert [(t.removeprefix("ו"), k) for t, k in got] == [(t.removeprefix("ו"), k) for t, k in expected]


def test_armour_does_not_make_people_troops() -> None:
    assert spans("שלושה אזרחים נפצעו ליד טנק שעלה באש בכיכר העיר.") == []


@pytest.mark.parametrize(
    "text",
    [
        "ארבעה לוחמים מגדוד הסיור 143 נפצעו בגבול.",
        "שישה חיילים מחטיבת הצנחנים 55 נהרגו בקרב.",
        "לשלושים בוגרי קורס טיס מחזור 190 הוענקו כנפיים.",
    ],
)
def test_a_unit_or_a_class_named_by_a_word_and_a_number_is_no_count(text: str) -> None:
    assert all(s not in ("143", "55", "190") for s in spans(text))
    assert len(spans(text)) == 1


@pytest.mark.parametrize(
    "text",
    ["בבית הקברות קבורים 40 חיילים בריטים.", "בחלקה הצבאית נקברו 25 לוחמים שנפלו בקרב."],
)
def test_buried_troops_are_casualties(text: str) -> None:
    assert [k for _, k in found(text)] == ["casualties"]


def test_recruits_an_army_will_call_up() -> None:
    assert found("צבא מרוקו יגייס בשנה הבאה 5,000 צעירים.") == [("5,000", "force_size")]
    assert found("הצבא מגייס מדי שנה 3,000 צעירים לשירות.") == [("3,000", "force_size")]


@pytest.mark.parametrize(
    "text",
    [
        "מאז נפילת חומת ברלין מוצבים בגרמניה 30,000 חיילים אמריקנים.",
        "אחרי נפילת המשטר נותרו בעיר 200 לוחמים זרים.",
        "עם נפילת קאבול נשארו בנמל התעופה 5,000 חיילים אמריקנים.",
    ],
)
def test_the_fall_of_a_state_or_city_is_no_casualty(text: str) -> None:
    assert [k for _, k in found(text)] == ["deployment"]


def test_the_fall_of_troops_stays_a_casualty() -> None:
    assert found("נפילת 14 חיילים בקרב זעזעה את המדינה.") == [("14", "casualties")]


def test_generals_and_officers_in_construct_are_troops() -> None:
    assert spans("הצבא איבד השנה 11 גנרלים במחלות ובתאונות.") == ["11"]
    assert spans("ארבעה קציני המטה נהרגו מפגיעת פגז.") == ["ארבעה"]


def test_the_demonym_of_counted_things_owns_no_troops() -> None:
    (m,) = extract_mentions('בגבעה חיכו לנו 30 טנקים מצריים. נגמ"ש המג"ד נפגע ו-7 קצינים נהרגו.', "he")
    assert m.count_text == "7" and m.actor_code is None
    (m,) = extract_mentions("12 חיילים מצריים נהרגו ליד 4 טנקים.", "he")
    assert m.actor_code == "EGY"


def test_a_road_or_a_heading_named_after_a_place_owns_no_troops() -> None:
    (m,) = extract_mentions("נענו בציר לבנון לכיוון דמשק. 6 לוחמים נפצעו מירי צלפים.", "he")
    assert m.actor_code is None


def test_a_definite_numeral_with_a_pronoun_counts_the_soldiers_named() -> None:
    (m,) = extract_mentions("סרן דני, סגן יוסי וטוראי משה יצאו לסיור. ארבעתם נשבו בידי האויב.", "he")
    assert (m.count_text, m.mention_type) == ("ארבעתם", "casualties")


def test_an_exclamation_in_brackets_between_the_figure_and_its_noun() -> None:
    assert spans("בכל שבוע מגיעים כמאה (!) פצועים חדשים מהמלחמה.") == ["כמאה"]


def test_on_average_before_a_figure_is_no_label() -> None:
    assert spans("בכל חודש נפצעים בממוצע 300 חיילים בלחימה.") == ["300"]
    assert spans("הגיל הממוצע של החיילים 24.") == []


def test_the_chinese_adjective_is_not_sinai() -> None:
    (m,) = extract_mentions("בתרגיל הסיני משתתפים אלפי חיילים.", "he")
    assert m.location_country is None


def test_troops_sent_home_are_owned_by_their_country() -> None:
    (m,) = extract_mentions("כ-300 חיילים מנפאל הוחזרו למולדתם השבוע.", "he")
    assert (m.mention_type, m.actor_code, m.location_country) == ("withdrawal", "NPL", None)


def test_a_sentence_that_opens_on_troops_and_splits_them() -> None:
    assert found("מבין הלוחמים הפצועים, 40 איבדו גפה, 12 עיוורים ו-7 משותקים.") == [
        ("40", "casualties"),
        ("12", "casualties"),
        ("7", "casualties"),
    ]
    assert spans("מבין התושבים, 40 נפצעו בהפגזה.") == []


def test_others_of_a_figure_that_counts_no_troops() -> None:
    assert spans("נהרגו 3 אזרחים בהפגזה ו-5 אחרים נפצעו ליד הבסיס.") == []
    assert spans("3 חיילים נהרגו ו-5 אחרים נפצעו.") == ["3", "5"]
    assert spans("הוחזרו 12 שבויים וחטופים וגופותיהם של ארבעה אחרים.") == []


def test_the_side_attacked_owns_no_troops() -> None:
    (m,) = extract_mentions("המטוסים ניסו לתקוף את החות'ים ופגעו בטעות ב-15 לוחמים.", "he")
    assert m.actor_code is None


def test_the_strip_of_a_security_zone_is_not_gaza() -> None:
    (m,) = extract_mentions('צה"ל הקים רצועת ביטחון בדרום לבנון. ברצועה נהרגו 40 חיילים.', "he")
    assert m.location_country != "PSE"


def test_the_suez_canal_is_egypt() -> None:
    (m,) = extract_mentions('בגזרת תעלת סואץ נהרגו 12 חיילי צה"ל.', "he")
    assert m.location_country == "EGY"


def test_vessels_counted_are_no_troops() -> None:
    assert spans("בתרגיל השתתפו אלפי חיילים ועשרות כלי שיט.") == ["אלפי"]


def test_the_noun_of_killing_is_a_casualty_cue() -> None:
    assert found("הצבא הודיע על חיסולם של שבעה מחבלים שחצו את הגדר.") == [("שבעה", "casualties")]


def test_troops_who_operated_somewhere_were_deployed() -> None:
    assert found("12 לוחמים פעלו הלילה סמוך לגבול.") == [("12", "deployment")]


def test_youths_called_up_are_recruits() -> None:
    assert found("ביום הגיוס התייצבו כמאה נערים בבסיס הקליטה.") == [("כמאה", "force_size")]
    assert spans("כמאה נערים הפגינו בכיכר העיר נגד הגזירה.") == []


def test_a_clause_that_opens_on_a_troop_count_and_splits_it() -> None:
    text = "לפי ההודעה, מבין 900 החיילים שנהרגו, 40 טרם זוהו ו-12 מוגדרים נעדרים."
    assert spans(text) == ["900", "40", "12"]
    assert spans("בחר מבין 3 אפשרויות, 5 שקלים לכל אחת.") == []


def test_shot_dead_in_baghdad() -> None:
    (m,) = extract_mentions("חמושים ירו למוות בשלושה חיילים עיראקים במערב בגדד.", "he")
    assert (m.mention_type, m.actor_code, m.location_country) == ("casualties", "IRQ", "IRQ")


def test_nagorno_karabakh_is_azerbaijan() -> None:
    (m,) = extract_mentions("בקרבות בנגורנו קרבאך נהרגו 40 חיילים ארמנים.", "he")
    assert m.location_country == "AZE"


# ------------------------------------------------------------------------------------- round 7 (places)


def test_a_demonym_after_a_hyphen_ends_the_reading_of_its_owner() -> None:
    # the owner search once found the one-letter stop "-" again and again and never returned
    text = "הטקס נערך בעיר.\n\n450 חיילים צפון-קוריאנים נפצעו במהלך השנה."
    assert spans(text) == ["450"]
    assert spans("320 לוחמים בני-ברקים סיימו אתמול את הקורס.") in ([], ["320"])


def located(text: str) -> list[tuple[str, str | None]]:
    return [(m.count_text, m.location_country) for m in extract_mentions(text, "he")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("חמישה חיילים נהרגו אמש בפיצוץ מטען בדרום מזרח טורקיה.", [("חמישה", "TUR")]),
        ("שמונה לוחמים נפצעו בקרב בצפון מערב סוריה.", [("שמונה", "SYR")]),
        ("ארבעה חיילים נהרגו אמש במארב. המארב אירע בדרום מערב פקיסטן.", [("ארבעה", "PAK")]),
        ("12 חיילים נהרגו במחוז שבדרום-מזרח אפגניסטן.", [("12", "AFG")]),
    ],
)
def test_a_part_named_by_two_compass_words_is_in_its_country(text: str, expected: list) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("שלושה חיילים מצבא פקיסטן נהרגו בפיגוע בעיירה שבצפון המדינה.", [("שלושה", "PAK")]),
        ("צבא מצרים מסר כי שישה חיילים נפצעו מירי בדרום המדינה.", [("שישה", "EGY")]),
        ("נשיא טורקיה הודיע על מבצע. 40 חמושים נהרגו בקרבות במזרח המדינה.", [("40", "TUR")]),
        ("שלושה חיילים מצבא טורקיה נהרגו במחוז שבדרום-מזרח המדינה.", [("שלושה", "TUR")]),
    ],
)
def test_a_part_of_the_country_is_in_the_state_named_before_it(text: str, expected: list) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "שלושה חיילים נהרגו בפיצוץ בצפון המדינה.",  # no state named: no place
        "ארבעה חמושים נהרגו בתקיפה במזרח המדינה.",  # fighters of no state, no state named
    ],
)
def test_a_part_of_an_unnamed_country_places_nothing(text: str) -> None:
    assert [loc for _, loc in located(text)] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11 חיילים עירקים נהרגו אתמול במערב עירק.", [("11", "IRQ", "IRQ")]),
        ("שבעה חיילים לבנונים נפצעו בצידון.", [("שבעה", "LBN", "LBN")]),
        ("צבא סוריה הודיע כי 14 חיילים נהרגו בדיר אל-זור.", [("14", "SYR", "SYR")]),
    ],
)
def test_other_spellings_of_iraq_and_more_levantine_cities(text: str, expected: list) -> None:
    assert [
        (m.count_text, m.actor_code, m.location_country) for m in extract_mentions(text, "he")
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('11 לוחמי PKK נהרגו בתקיפה של מל"טים.', [("11", "PKK")]),
        ("הצבא הרג 12 מלוחמי מחתרת ה-PKK הכורדית בהרים.", [("12", "PKK")]),
        ("כוחות צבא ניז'ר הרגו ליד הגבול 9 לוחמים של אל-קאעידה בצפון אפריקה.", [("9", "AQIM")]),
        # the troops' own demonym still owns them when the group is named as the attacker
        ("חמישה חיילים טורקים נהרגו במארב של ה-PKK.", [("חמישה", "TUR")]),
    ],
)
def test_the_kurdish_underground_and_al_qaeda_in_north_africa_own_their_fighters(
    text: str, expected: list
) -> None:
    assert [(m.count_text, m.actor_code) for m in extract_mentions(text, "he")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("לפחות 9 חיילים נהרגו בפיצוץ ליד העיר דמשק.", [("לפחות 9", "SYR")]),
        ("הצבא חיסל 14 חמושים בפאתי ביירות.", [("14", "LBN")]),
        ("הכוח נקלע למארב בעיירה שבמרחב קאבול. שבעה לוחמים נפצעו.", [("שבעה", "AFG")]),
    ],
)
def test_a_capital_near_a_town_word_or_outskirts_places_the_troops(text: str, expected: list) -> None:
    assert located(text) == expected


def counted(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (m.count_text, m.actor_code, m.location_country, m.mention_type) for m in extract_mentions(text, "he")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("הממשל הורה לשלוח לקפריסין 300 חיילים, ובהמשך אולי גם לגבול סוריה.", [("300", "CYP")]),
        ('ארה"ב תשלח לפולין 1,000 חיילים נוספים כדי לחזק את הגבול עם רוסיה.', [("1,000", "POL")]),
        ("בריטניה פרסה ברומניה 800 חיילים ליד הגבול עם אוקראינה.", [("800", "ROU")]),
    ],
)
def test_the_place_a_sending_verb_names_right_before_the_figure_is_where_they_go(
    text: str, expected: list
) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country that has the troops is no destination: no sending verb before it
        ("בזמן ההוא היו לישראל 400 חיילים בדרום לבנון.", [("400", "LBN")]),
        ("בסוף השבוע הוחזרו לישראל 12 שבויים שנלקחו בחזית סוריה.", [("12", "SYR")]),
    ],
)
def test_a_place_right_before_the_figure_without_a_sending_verb_does_not_win(
    text: str, expected: list
) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("בצפון רצועת עזה חוסלו שלושה מחבלים שביצעו ירי לעבר אשקלון.", [("שלושה", "PSE")]),
        ("בדרום לבנון נהרגו ארבעה מחבלים ששיגרו רקטות לעבר מטולה.", [("ארבעה", "LBN")]),
    ],
)
def test_the_place_fired_at_is_not_where_the_fighters_were(text: str, expected: list) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('הרמטכ"ל אישר להוציא 40 אלף צווי המילואים לקראת החורף.', [("40 אלף", "force_size")]),
        ("השבוע נכנסו לתוקף כ-25 אלף צווי מילואים נוספים.", [("כ-25 אלף", "force_size")]),
    ],
)
def test_call_up_orders_count_reservists_called_up(text: str, expected: list) -> None:
    assert [(m, t) for m, _, _, t in counted(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "לוחמי שייטת 13 השתלטו על הספינה בלב ים.",
        "מפקד סיירת 8 ביקר אתמול בבסיס.",
        "החיילים של פלוגה 3 סיימו את המסע.",
    ],
)
def test_a_unit_number_after_a_flotilla_reconnaissance_or_company_word_is_no_count(text: str) -> None:
    assert extract_mentions(text, "he") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("במהלך הלילה סוכלו עשרה מחבלים בשכונה.", [("עשרה", "casualties")]),
        ("מחבל שדרס שני חיילים נעצר לאחר מרדף.", [("שני", "casualties")]),
        ("עד כה עצרנו 120 מחבלים במבצע.", [("120", "casualties")]),
    ],
)
def test_foiled_ran_over_and_we_arrested_are_casualties(text: str, expected: list) -> None:
    assert [(m, t) for m, _, _, t in counted(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("כיום שוהים בקטאר 80 מדריכי צבא אמריקנים.", [("80", "USA", "QAT")]),
        ("היו לכוחותינו 300 לוחמים במוצבים לאורך תעלת סואץ.", [("300", "ISR", "EGY")]),
        ("שתי חיילות מפיקוד העורף נפצעו קל בפיגוע ליד ביתר עילית.", [("שתי", "ISR", "PSE")]),
        ("במבצע בבית החולים שיפא נעצרו כ-200 מחבלים.", [("כ-200", None, "PSE")]),
    ],
)
def test_army_instructors_our_forces_home_front_command_and_places_of_the_wars(
    text: str, expected: list
) -> None:
    assert [(m, a, loc) for m, a, loc, _ in counted(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second place with a preposition of its own is where they fight, not a country joined to the first
        ("אלפי שכירי חרב נלחמים עבור רוסיה באוקראינה.", [("אלפי", "UKR")]),
        ("כ-300 לוחמים זרים נלחמים לצד איראן בסוריה.", [("כ-300", "SYR")]),
        # joined by "and" or by the ל of "between": several countries, no one place
        ("500 חיילים נפרסו בגרמניה ובפולין.", [("500", None)]),
        ("מאות לוחמים עברו בציר שבין סוריה ללבנון.", [("מאות", None)]),
    ],
)
def test_a_place_with_its_own_preposition_is_not_coordinated_with_the_place_before(
    text: str, expected: list
) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("היו שם 200 לוחמים ב-12 מוצבים בדרום לבנון.", [("200", "LBN")]),
        ("כ-900 חיילים שהו ב-5 בסיסים בצפון עיראק.", [("כ-900", "IRQ")]),
    ],
)
def test_a_figure_of_posts_or_bases_before_the_place_does_not_take_it_from_the_troops(
    text: str, expected: list
) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "לפי ההערכות כ-20 חטופים אינם בחיים, ורשמית דווח על 12 הרוגים שגופותיהם בידי המחבלים.",
        "למשפחות נמסר כי 9 החללים שעדיין מוחזקים ברצועה יוחזרו בקרוב.",
    ],
)
def test_the_dead_counted_among_hostages_or_bodies_held_are_no_troops(text: str) -> None:
    assert extract_mentions(text, "he") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("הצבא הודיע כי 6 חברי ארגון הטרור נהרגו בתקיפה.", [("6", "casualties")]),
        ("כ-40 אנשי ארגון הטרור נעצרו בפשיטה.", [("כ-40", "casualties")]),
    ],
)
def test_members_of_the_terror_organisation_are_fighters(text: str, expected: list) -> None:
    assert [(m, t) for m, _, _, t in counted(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('שלושה לוחמים נפצעו באירוע ופונו לבית החולים רמב"ם בחיפה.', [("שלושה", None)]),
        ("שני חיילים נפצעו ברמת הגולן ופונו למרכז הרפואי בצפת.", [("שני", None)]),
        # the town is where they were when no one took them there
        ("שני חיילים נפצעו מפגיעת רקטה בצפת.", [("שני", "ISR")]),
    ],
)
def test_the_town_of_the_hospital_the_wounded_were_taken_to_is_not_where_they_were(
    text: str, expected: list
) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("שלושה חיילים נהרגו בתקיפה בקמישלי.", [("שלושה", "SYR")]),
        ("כ-50 מחבלים חוסלו באזור אל-מואסי.", [("כ-50", "PSE")]),
        ("12 לוחמי משמרות המהפכה נהרגו בתקיפה באספהאן.", [("12", "IRN")]),
        ("ארבעה חיילים רוסים נהרגו בהפגזה על בריאנסק.", [("ארבעה", "RUS")]),
        ("כ-300 חיילים רוסים נהרגו בקרבות על פוקרובסק.", [("כ-300", "UKR")]),
        ("עשרות לוחמי חיזבאללה חוסלו בבעלבכ.", [("עשרות", "LBN")]),
        # an ambush is no town of Yemen
        ("שישה מחבלים הניחו מארב לכוח.", [("שישה", None)]),
    ],
)
def test_more_towns_of_the_wars_in_hebrew(text: str, expected: list) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("בתקיפה ישראלית נהרגו ארבעה חיילים סורים.", [("ארבעה", "SYR")]),
        ("בהפגזה רוסית נהרגו 12 חיילים.", [("12", None)]),
        ("שלושה לוחמים נהרגו מאש טורקית.", [("שלושה", None)]),
    ],
)
def test_the_strike_or_shelling_of_a_state_does_not_own_the_troops_it_killed(
    text: str, expected: list
) -> None:
    assert [(m, a) for m, a, _, _ in counted(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("מאה ועשרים חיילים שבו מסוריה בסוף השבוע.", [("מאה ועשרים", "SYR")]),
        ("70 לוחמים חזרו היום מלבנון לבסיסיהם בגליל.", [("70", "LBN")]),
        ("כ-400 אנשי מילואים ששבו מעזה שוחררו לבתיהם.", [("כ-400", "PSE")]),
        ("בתום חילופי השבויים שבו לאוקראינה 90 חיילים.", [("90", "UKR")]),
        # the same words without a place after them, and a place not left ("ממשיכים")
        ("שלושים לוחמים שבו הביתה אחרי חצי שנה.", [("שלושים", None)]),
        ("20 חיילים ממשיכים מחר בפעילות.", [("20", None)]),
    ],
)
def test_troops_who_came_back_from_a_country_were_there(text: str, expected: list) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 חיילים נהרגו ו-14 נפצעו אמש בעיראק.", [("3", "IRQ"), ("14", "IRQ")]),
        ("חמישה לוחמים נפצעו וכ-10 נוספים נפגעו בהתקפה בג'נין.", [("חמישה", "PSE"), ("כ-10", "PSE")]),
        # each figure with a place of its own keeps it
        ("2 חיילים נהרגו בסוריה ו-6 נפצעו בעיראק.", [("2", "SYR"), ("6", "IRQ")]),
        # a second force with a noun of its own and a place is that force's, not the first's
        ('ארה"ב מחזיקה 40,000 חיילים, ו-2,500 חיילים בעיראק.', [("40,000", None), ("2,500", "IRQ")]),
    ],
)
def test_the_killed_and_the_wounded_of_one_clause_share_its_place(text: str, expected: list) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("בישראל משרתים כיום כ-5,000 חיילים בודדים.", [("כ-5,000", "ISR")]),
        ("בירדן פרוסים 600 חיילים.", [("600", "JOR")]),
        # a place with something else between it and the figure does not place a force's size
        ("בישראל אומרים כי לצבא יש 170 אלף חיילים.", [("170 אלף", None)]),
    ],
)
def test_the_place_a_force_serves_in_told_before_its_figure(text: str, expected: list) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "בישראל משרתים כ-4,000 חיילים בודדים, מתוכם כ-1,500 חיילות.",
            [("כ-4,000", "ISR"), ("כ-1,500", "ISR")],
        ),
        ('בלבנון פרוסים 9,000 חיילי האו"ם, ביניהם 800 חיילים צרפתים.', [("9,000", "LBN"), ("800", "LBN")]),
        # a part with a place of its own keeps it
        ("600 חיילים נשלחו לאירופה, מתוכם 200 לפולין.", [("600", None), ("200", "POL")]),
    ],
)
def test_a_part_of_a_placed_force_is_where_the_force_is(text: str, expected: list) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("שלושה לוחמים נפצעו בפיגוע בגזרת בנימין.", [("שלושה", "PSE")]),
        ("כוחות חטיבת אפרים עצרו 4 מחבלים.", [("4", "PSE")]),
        ("שני מחבלים חוסלו בביתוניא.", [("שני", "PSE")]),
        # the first name alone is no place
        ("בנימין אמר כי 5 חיילים נפצעו.", [("5", None)]),
    ],
)
def test_west_bank_sectors_and_towns_in_hebrew(text: str, expected: list) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("הכוחות עצרו בשכם 30 מחבלים והעבירו אותם להמשך חקירה בישראל.", [("30", "PSE")]),
        ("12 מחבלים נעצרו בג'נין ונלקחו לחקירת שב\"כ בשטח ישראל.", [("12", "PSE")]),
        # a place of the capture after the questioning words is not there: none is told
        ("20 מחבלים נעצרו ונלקחו לחקירה.", [("20", None)]),
        # troops in a country, no questioning
        ("40 חיילים הוצבו בישראל.", [("40", "ISR")]),
    ],
)
def test_where_the_captured_are_questioned_is_not_where_they_were_caught(text: str, expected: list) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the troops work in Sinai; the Strip is where the smugglers they stop come from
        ("מאות לוחמים מצריים יפעלו בסיני כדי למנוע הברחות מעזה.", [("מאות", "EGY")]),
        ("כ-300 חיילים יוצבו בצפון לבנון כדי לעצור מסתננים מסוריה.", [("כ-300", "LBN")]),
        # a hometown is not where the fallen were
        ("שלושה לוחמים נפלו בקרב, אחד מהם בן 20 מחיפה.", [("שלושה", None)]),
        # troops leaving a region keep it as their place, and those who came back from it were there
        ("600 חיילים יצאו מעזה הבוקר.", [("600", "PSE")]),
        ("150 לוחמים שבו מג'נין לאחר חודשיים.", [("150", "PSE")]),
    ],
)
def test_a_region_after_the_prefix_mem_is_where_someone_comes_from(text: str, expected: list) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ארבעה מחבלים חוסלו בג'בליה.", [("ארבעה", "PSE")]),
        ("12 לוחמי חיזבאללה נהרגו בקרבות באלקוצייר.", [("12", "SYR")]),
        ("כ-200 חיילים סורים הוצבו בחאלב.", [("כ-200", "SYR")]),
        ("50 חיילים מצריים נשלחו לשארם א-שייח'.", [("50", "EGY")]),
        ("שלושה חיילים נפצעו בבינת ג'בל.", [("שלושה", "LBN")]),
        # ב and ל swallow the article of a region: ב + הגליל העליון, ל + הליטני
        ("שני חיילים נפצעו בגליל העליון.", [("שני", "ISR")]),
        ("כוח של 400 חיילים נשלח לליטני.", [("400", "LBN")]),
        ("300 לוחמים הוצבו בנגב.", [("300", "ISR")]),
        ("שני לוחמים נפצעו בעמק החולה.", [("שני", "ISR")]),
        ("עשרה חיילים נפצעו במחסום ארז.", [("עשרה", "ISR")]),
        ("כ-2,000 חיילים אמריקאים שהו בבגראם.", [("כ-2,000", "AFG")]),
        ("20 חיילים נהרגו באל-פאשר.", [("20", "SDN")]),
        ("15 חיילים אמריקאים נפצעו בעין אל אסד.", [("15", "IRQ")]),
        # a city told only as a hometown stays no place
        ("חמישה חיילים מנתניה נפלו בקרב.", [("חמישה", None)]),
    ],
)
def test_more_towns_regions_and_bases_in_hebrew(text: str, expected: list) -> None:
    assert located(text) == expected


def owned_and_typed(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.count_text, m.actor_code, m.mention_type) for m in extract_mentions(text, "he")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "of its forces": a part of an army told with a possessive
        ("הצבא הסורי איבד 3,200 מכוחותיו בקרבות הקיץ.", [("3,200", "SYR", "casualties")]),
        ("צבא אסד איבד 900 מכוחותיו בחודש האחרון.", [("900", "SYR", "casualties")]),
        # bodies of soldiers are the fallen
        ("צבא סעודיה הודיע כי 14 גופות חיילים הוחזרו מהגבול.", [("14", "SAU", "casualties")]),
        ("אוקראינה קיבלה 300 גופות של חיילים שנפלו.", [("300", "UKR", "casualties")]),
        # advisers and instructors of an army
        ("כ-1,500 יועצים ומדריכים אמריקנים מוצבים בעיראק.", [("כ-1,500", "USA", "deployment")]),
        # bodies of civilians are no troops
        ("בהפצצה נמצאו 30 גופות של אזרחים.", []),
    ],
)
def test_possessive_forces_bodies_and_advisers(text: str, expected: list) -> None:
    assert owned_and_typed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure told after "the number of ... was"
        ("מספר החיילים בבסיס היה 2,300.", ["2,300"]),
        ("מספר לוחמי המחתרת היה מעל שמונים אלף.", ["מעל שמונים אלף"]),
        ("היחידה, שמנה כ-450 לוחמים, הוצבה בגבול.", ["כ-450"]),
        # the missing among the hurt of a list
        ("חמישה לוחמים נפצעו, שניים מוגדרים כנעדרים.", ["חמישה", "שניים"]),
        # the number of other things stays no count
        ("מספר הימים בקורס היה 30.", []),
        ("שלושה תלמידים מוגדרים כמצטיינים.", []),
    ],
)
def test_the_number_was_and_the_missing(text: str, expected: list[str]) -> None:
    assert [m.count_text for m in extract_mentions(text, "he")] == expected


def test_bodies_of_defenders_are_the_fallen() -> None:
    m = extract_mentions("הצבא קיבל בחזרה 120 גופות של מגינים שנפלו בקרבות.", "he")
    assert [(x.count_text, x.mention_type) for x in m] == [("120", "casualties")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in Hebrew news "the peninsula" alone is Sinai
        ("מצרים הכניסה כוחות נוספים, וכיום שוהים 25,000 חיילים מצריים בחצי האי.", [("25,000", "EGY")]),
        ("כ-300 מחבלים פועלים בחצי האי.", [("כ-300", "EGY")]),
        # a peninsula named in full is no Sinai
        ("כ-28,000 חיילים אמריקאים מוצבים בחצי האי הקוריאני.", [("כ-28,000", None)]),
        ("6,000 חיילים רוסים הוצבו בחצי האי קרים.", [("6,000", "UKR")]),
    ],
)
def test_the_peninsula_alone_is_sinai(text: str, expected: list) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name after a rank is a soldier, not Tyre or Jordan
        ("סמ״ר צור לוי נהרג ושלושה לוחמים נוספים נפצעו באורח קל.", [("שלושה", None)]),
        ("סמל ירדן כהן ושני לוחמים נוספים נפצעו היום.", [("שני", None)]),
        ("סרן (במיל') צור מזרחי ו-4 לוחמים נפצעו.", [("4", None)]),
        # the town itself stays a place
        ("שלושה לוחמים נפצעו בצור.", [("שלושה", "LBN")]),
    ],
)
def test_a_name_after_a_military_rank_is_no_place(text: str, expected: list) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    "text",
    ["פלוגה שמנתה 60 לוחמים הוכחדה כמעט כולה בקרב.", "כוח של 35 לוחמים הוכחד במארב."],
)
def test_a_force_wiped_out_is_a_casualty(text: str) -> None:
    assert [m.mention_type for m in extract_mentions(text, "he")] == ["casualties"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("שני לוחמים נפצעו מפיצוץ שהתרחש בתוך שטח לבנון.", [("שני", "LBN")]),
        ("כוח של 40 לוחמים פעל בעומק שטח סוריה.", [("40", "SYR")]),
        ("כ-200 חיילים פועלים בעומק סוריה.", [("כ-200", "SYR")]),
    ],
)
def test_inside_or_deep_in_a_country(text: str, expected: list) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("הצבא פינה 6 עמדות מתוך 14 שהיו בגזרה.", []),
        ("נהרגו 20 חיילים מתוך 300 שהיו בבסיס.", ["20", "300"]),
    ],
)
def test_out_of_a_whole_of_things_in_hebrew(text: str, expected: list[str]) -> None:
    assert [m.count_text for m in extract_mentions(text, "he")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part named with its own demonym is that country's
        (
            'שמונה חיילי נאט"ו, ביניהם שלושה חיילים צרפתים, נפצעו בקוסובו.',
            [("שמונה", "NATO"), ("שלושה", "FRA")],
        ),
        # a part without one stays the whole's
        ('שמונה חיילי נאט"ו, ביניהם שלושה קצינים, נפצעו.', [("שמונה", "NATO"), ("שלושה", "NATO")]),
    ],
)
def test_a_part_with_its_own_demonym(text: str, expected: list) -> None:
    assert [(m.count_text, m.actor_code) for m in extract_mentions(text, "he")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # call-up orders and reservists of the one army the sentence names, however far
        (
            'כ-45 אלף צווי מילואים נשלחו הערב, לקראת הרחבת הפעילות של צה"ל בגזרה הצפונית.',
            [("כ-45 אלף", "ISR")],
        ),
        # soldiers hit by an army's fire are not that army's
        ('שלושה חיילים נהרגו מאש צה"ל.', [("שלושה", None)]),
    ],
)
def test_call_up_orders_of_the_one_army_named(text: str, expected: list) -> None:
    assert [(m.count_text, m.actor_code) for m in extract_mentions(text, "he")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # militants the troops ran into or spotted were there: a deployment, placed where the passage is
        (
            "כוח שריון פעל ברפיח ופתח באש. בהמשך היום נתקלו הלוחמים בחולייה של כ-8 מחבלים.",
            [("כ-8", "PSE", "deployment")],
        ),
        ("הכוחות זיהו 6 מחבלים חמושים בג'נין.", [("6", "PSE", "deployment")]),
    ],
)
def test_militants_run_into_or_spotted_are_deployed(text: str, expected: list) -> None:
    assert [
        (m.count_text, m.location_country, m.mention_type) for m in extract_mentions(text, "he")
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("נהרגו 300 לוחמים בעיר הנצורה חלב.", [("300", "SYR")]),
        ("400 חיילים נשלחו לעיר הנמל חודיידה.", [("400", "YEM")]),
        # an adjective of the city, then no place: nothing
        ("50 חיילים נפצעו בעיר הגדולה.", [("50", None)]),
    ],
)
def test_a_city_with_an_adjective_before_its_name(text: str, expected: list) -> None:
    assert located(text) == expected


def test_a_range_of_four_digit_figures_before_soldiers() -> None:
    m = extract_mentions("בין 2000 ל-3000 חיילים יישלחו לאזור.", "he")
    assert [(x.count_text, x.troop_count_min, x.troop_count_max) for x in m] == [
        ("בין 2000 ל-3000", 2000, 3000)
    ]


# ------------------------------------------------------------------------------------- r18: cue words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # taking part in an operation, operating, having stayed: a presence (deployment), placed by the setting
        (
            "הפיקוד אישר את התוכנית למבצע בחאן יונס. 3 חטיבות ואלפי לוחמים עתידים להשתתף בפעולה.",
            [("אלפי", "PSE", "deployment")],
        ),
        (
            "המטה הציג את המהלך בג'נין. בשיא המהלך אמורים לפעול עד 9,000 לוחמים.",
            [("עד 9,000", "PSE", "deployment")],
        ),
        (
            "לשם כיבוש רפיח נדרשו בעבר עשרות אלפי חיילים ששהו שם חודשים.",
            [("עשרות אלפי", "PSE", "deployment")],
        ),
        # destroying the enemy: the fighters counted are the dead
        ("החטיבה פועלת ברפיח כשהיא משמידה אויב, עשרות מחבלים לפי הערכתה.", [("עשרות", "PSE", "casualties")]),
    ],
)
def test_taking_part_operating_staying_and_destroying(text: str, expected: list) -> None:
    assert [
        (m.count_text, m.location_country, m.mention_type) for m in extract_mentions(text, "he")
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("לפי הנתונים כ-450 אנשי קבע ביקשו להתפטר מהצבא השנה.", [("כ-450", "other")]),
        ('"יש 120 משרתים שביקשו לפרוש ועוד כ-90 בקשות שנעצרו בדרג החטיבה".', [("120", "other")]),
        ("שבעה מהמגויסים נהרגו בקרב ושלושה נפקדו מיחידתם.", [("שבעה", "casualties"), ("שלושה", "other")]),
    ],
)
def test_leaving_the_army_or_deserting_is_other(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what befell each later figure, told right after it, is that part's news; the whole is a force size
        (
            "מתוך 4,000 לוחמים שהיו בארגון בתחילת הקרב – 600 נהרגו, 900 נשבו והשאר ברחו.",
            [("4,000", "force_size"), ("600", "casualties"), ("900", "casualties")],
        ),
        # parts that were sent still tell where the whole went
        (
            "אלפי החיילים יגיעו בשבוע הבא – 1,500 נשלחו לליטא ועוד 500 לפולין.",
            [("אלפי", "deployment"), ("1,500", "deployment"), ("500", "deployment")],
        ),
    ],
)
def test_a_verb_right_after_a_later_figure_is_that_figures(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country after "על" is what was attacked or talked about, not the troops' owner
        ("בריטניה הגיבה להתקפת חיזבאללה על ישראל בהצבת 800 חיילים נוספים בקפריסין.", [("800", "GBR")]),
        # "על ידי" names who did it: the agent still owns the force
        ('הכוח, שמונה 6,000 חיילים, הוקם על ידי האו"ם.', [("6,000", "UN")]),
    ],
)
def test_a_country_after_al_is_no_owner(text: str, expected: list) -> None:
    assert [(m.count_text, m.actor_code) for m in extract_mentions(text, "he")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "בפועל" is "in practice", no verb of operating
        ("הצבא קבע יעד של 500 מתגייסים, אך בפועל התייצבו רק כ-70 מתגייסים.", ["force_size", "force_size"]),
        ("הוחלט לגייס 2,000 לוחמים, כשבפועל ישרתו 1,200 לוחמי מילואים.", ["force_size", "force_size"]),
        # the verb itself still places troops
        ("הגדוד פועל בחברון עם 400 לוחמים.", ["deployment"]),
    ],
)
def test_in_practice_is_no_operating_verb(text: str, expected: list) -> None:
    assert [t for _, t in found(text)] == expected


def test_a_later_figures_verb_is_no_main_verb_of_the_count_before() -> None:
    # "חוסלו ... מחבלים שיצאו ..., 12 מחבלים יצאו": the second "יצאו" is the 12's; the first count's main verb is
    # the killing before it, and its relative clause yields to it
    text = "אמש חוסלו לפחות ארבעה מחבלים שיצאו מהמנהרה בחאן יונס 12 מחבלים יצאו מהפיר, ועוד שלושה נעצרו."
    assert found(text) == [("לפחות ארבעה", "casualties"), ("12", "deployment"), ("שלושה", "casualties")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same troop noun told again far later in the sentence, with a demonym: whose troops they are
        (
            "הבסיס החדש יאויש ב-300 חיילים בעלי מומחיות בתחומי רפואה, הנדסה, תקשורת, אבטחה, תחזוקה ולוגיסטיקה"
            " מבצעית מורכבת, כאשר לא יישלחו חיילים בריטים אל תוך שטח לבנון עצמו.",
            [("300", "GBR")],
        ),
        # another noun with the demonym tells nothing of the troops
        (
            "הבסיס החדש יאויש ב-300 חיילים בעלי מומחיות בתחומי רפואה, הנדסה, תקשורת, אבטחה, תחזוקה ולוגיסטיקה"
            " מבצעית מורכבת, כאשר לא יישלחו מטוסים בריטים אל תוך שטח לבנון עצמו.",
            [("300", None)],
        ),
    ],
)
def test_the_troop_noun_told_again_with_a_demonym(text: str, expected: list) -> None:
    assert [(m.count_text, m.actor_code) for m in extract_mentions(text, "he")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "נמצאים בסד\"כ / בשירות": reserves already called up, a force size, not troops present somewhere
        (
            'התוכנית כוללת גיוס של עוד 25 אלף אנשי מילואים, בנוסף ל-9,000 שכבר נמצאים בסד"כ.',
            [("25 אלף", "force_size"), ("9,000", "force_size")],
        ),
        (
            "מעבר ל-3,000 לוחמי מילואים שנמצאים בשירות, יגויסו עוד אלפים.",
            [("3,000", "force_size"), ("אלפים", "force_size")],
        ),
        # present in a place: still a deployment
        ("בבסיס נמצאים כעת 700 חיילים צרפתים.", [("700", "deployment")]),
    ],
)
def test_present_in_the_order_of_battle_is_a_force_size(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # military observers are officers under arms; a language's adjective owns nobody
        ('בהודעת הכוח נכתב: "נפצעו ארבעה משקיפים צבאיים ומתורגמן אחד בשפה הסורית".', [("ארבעה", None)]),
        ('שישה משקיפי צבא של האו"ם הגיעו לדמשק.', [("שישה", "UN")]),
        # observers of an election are no troops
        ("שני משקיפים נפצעו בבחירות.", []),
    ],
)
def test_military_observers_are_troops(text: str, expected: list) -> None:
    assert [(m.count_text, m.actor_code) for m in extract_mentions(text, "he")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the state" told as a place: the country named before it
        ("נשיא לבנון אמר כי 5,000 חיילים יוצבו בגבולות המדינה.", [("5,000", "LBN")]),
        ("צבא ירדן הודיע כי 300 חיילים נכנסו לשטח המדינה מאז הבוקר.", [("300", "JOR")]),
        ("ממשלת מאלי הודיעה כי 40 חיילים נהרגו במדינה.", [("40", "MLI")]),
        # no country named before: nothing
        ("נמסר כי 40 חיילים נהרגו במדינה.", [("40", None)]),
    ],
)
def test_the_state_as_a_place_is_the_country_named_before(text: str, expected: list) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group or army that recruits ("גייס", "מגייס"): the size of the force, even when the sentence goes on
        (
            "הארגון גייס מחדש כ-3,000 פעילים ומינה מפקדים חדשים כדי לשלוט באזורים בעזה שפונו על ידי הצבא.",
            [("כ-3,000", "force_size")],
        ),
        ("הצבא מגייס 1,500 לוחמים חדשים לחטיבה.", [("1,500", "force_size")]),
    ],
)
def test_recruiting_verbs_give_a_force_size(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the" troops of a sentence that places or sends troops: deployed there
        (
            "השטח המתוכנן לפריסת הכוחות הפקיסטניים נמצא בין ג'נין לשכם. בימים הקרובים יוקמו מחנות עבור מאות החיילים.",
            [("מאות", "PSE", "deployment")],
        ),
        # no troops sent or placed before: the size of a force
        (
            "הדיון בוועדה נמשך שעות. בימים הקרובים יוקמו מחנות עבור מאות החיילים.",
            [("מאות", None, "force_size")],
        ),
    ],
)
def test_the_troops_placed_in_the_sentence_before(text: str, expected: list) -> None:
    assert [
        (m.count_text, m.location_country, m.mention_type) for m in extract_mentions(text, "he")
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word after the noun that only begins like a police or fire word ("אשר" / "אש") blocks nothing
        ("אמש חוסלו שישה מחבלים אשר תכננו פיגוע.", ["שישה"]),
        ("נהרגו שלושה חיילים אשר שירתו בגדוד.", ["שלושה"]),
        # the word itself still blocks
        ("20 לוחמי אש נפצעו בשריפה.", []),
    ],
)
def test_a_blocking_word_after_the_noun_is_a_whole_word(text: str, expected: list) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region in no country told before the figure leaves the country of the setting
        (
            "הכוחות בבסיס הצרפתי שבג'יבוטי קיבלו הוראה להתכונן. הבסיס נחשב לגדול ביותר באפריקה, וכ-1,500 חיילים"
            " שוהים בו דרך קבע.",
            [("כ-1,500", "DJI")],
        ),
        # the region as the destination: no country
        ("בריטניה תשלח בחודש הבא עוד 1,200 לוחמים אל המזרח התיכון.", [("1,200", None)]),
    ],
)
def test_a_region_before_the_figure_leaves_the_setting(text: str, expected: list) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('באיו"ש חוסלו הלילה 4 מחבלים.', [("4", "PSE")]),
        ("בבקעת הירדן נפצעו 2 לוחמים.", [("2", "PSE")]),
    ],
)
def test_west_bank_names(text: str, expected: list) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("בנבטייה חוסלו אמש 6 מחבלים.", [("6", "LBN")]),
        ("בבית ג'ן נפצעו 5 לוחמים.", [("5", "SYR")]),
        ("באזור חאן ארנבה הוצבו 200 חיילים.", [("200", "SYR")]),
    ],
)
def test_more_lebanese_and_syrian_places(text: str, expected: list) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place told of a part of them does not place the whole force
        ("מתחילת הלחימה גויסו 200 אלף אנשי מילואים, רבים מהם נשלחו לרפיח.", [("200 אלף", None)]),
        ("בשיא יגויסו 90 אלף לוחמי מילואים כשחלקם יוצב בג'נין.", [("90 אלף", None)]),
        # the whole force placed right after its noun still has the place
        ("לחמאס יש 12 אלף מחבלים ברצועת עזה.", [("12 אלף", "PSE")]),
    ],
)
def test_a_place_of_part_of_them_does_not_place_the_force(text: str, expected: list) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group that fired owns no soldiers it hit
        ("מחבלי חיזבאללה ירו לעבר כוח צה\"ל בבינת ג'בייל. 3 לוחמים נפצעו באורח בינוני.", [("3", "ISR")]),
        ("חמאס תקף מוצב סמוך לגדר. 4 לוחמים נפצעו.", [("4", None)]),
        # it still owns the militants counted
        ("חמאס ירה רקטות לעבר שדרות. 6 מחבלים חוסלו בתגובה.", [("6", "HAMAS")]),
    ],
)
def test_the_attacker_in_the_sentence_before_owns_no_soldiers_hit(text: str, expected: list) -> None:
    assert [(m.count_text, m.actor_code) for m in extract_mentions(text, "he")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rocket target in the sentence before is no setting of the militants counted
        ("חמאס ירה רקטות לעבר שדרות. 6 מחבלים חוסלו בתגובה.", [("6", None)]),
        # the setting named before the target still is
        ("הכוחות פועלים בחאן יונס. חמאס ירה רקטות לעבר שדרות. 6 מחבלים חוסלו בתגובה.", [("6", "PSE")]),
    ],
)
def test_a_target_fired_at_before_is_no_setting(text: str, expected: list) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # getting into position, manoeuvring, entrenching: troops present there
        ("בגבול ירדן נערכים כ-6,000 חיילים.", [("כ-6,000", "deployment")]),
        ("עשרות אלפי לוחמים מתמרנים כעת בחאן יונס.", [("עשרות אלפי", "deployment")]),
        ("עשרות מחבלים התבצרו במסגד שבמחנה.", [("עשרות", "deployment")]),
    ],
)
def test_positioning_manoeuvring_entrenching_are_deployments(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # laid to rest, funerals: the fallen
        ("אתמול הובאו למנוחות חמישה לוחמים מחטיבת גולני.", [("חמישה", "casualties")]),
        ("הלוויותיהם של ארבעת הלוחמים ייערכו ביום ראשון.", [("ארבעת", "casualties")]),
    ],
)
def test_funerals_are_casualties(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # released home or from reserve duty: a drawdown; released captives stay casualties
        ("בסוף השבוע שוחררו לבתיהם 8,000 אנשי מילואים.", [("8,000", "withdrawal")]),
        ("אתמול שוחררו מהמילואים 2,500 לוחמים.", [("2,500", "withdrawal")]),
        ("בעסקת החילופים שוחררו 40 חיילים שבויים.", [("40", "casualties")]),
    ],
)
def test_released_home_is_a_drawdown(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # will train, completed a course or track, were certified: a training
        ("900 חיילים יתאמנו ביוון בחודש הבא.", [("900", "training")]),
        ("כ-350 לוחמים סיימו אתמול את מסלול ההכשרה בצנחנים.", [("כ-350", "training")]),
        ("עשרות לוחמים הוסמכו השבוע כלוחמי הנדסה.", [("עשרות", "training")]),
    ],
)
def test_training_verbs(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a figure before years or minutes is a duration, also after a clause about reservists
        "מבין אנשי המילואים, כמחצית מתייצבים פעם בכל ארבע שנים.",
        "החיילים המתינו בעמדה שלושים דקות בלבד.",
        "הלוחמים שירתו בגזרה במשך שש שנים.",
    ],
)
def test_years_and_minutes_after_a_figure_are_no_count(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demonym right after the noun owns the troops, not the headline's "Country:" label
        ("סומליה: מאות חיילים קנייתים יגיעו לבירה", ("מאות", "KEN")),
        ("לוב: אלפי חיילים טורקים יתגברו את הממשלה", ("אלפי", "TUR")),
    ],
)
def test_demonym_after_noun_beats_line_label(text: str, expected: tuple[str, str]) -> None:
    got = [(m.count_text, m.actor_code) for m in extract_mentions(text, "he")]
    assert got[:1] == [expected]


def test_dateline_is_no_owner_of_troops_counted_later() -> None:
    text = (
        "לוב: חיילים טורקים יתגברו את הממשלה\nמאות חיילים טורקים נחתו בנמל. התגבור צפוי להגיע ל-3,000 חיילים."
    )
    assert [(m.count_text, m.actor_code) for m in extract_mentions(text, "he")] == [
        ("מאות", "TUR"),
        ("3,000", "TUR"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # soldiers of the armies of several Arab states have no single owner; the Land of Israel is in no one country
        "בקרבות נהרגו כ-1,200 חיילים מצבאות מדינות ערב.",
        "בשנת 1949 שהו בארץ ישראל 4,000 חיילים מצבאות ערב.",
    ],
)
def test_armies_of_arab_states_have_no_owner(text: str) -> None:
    got = fields(text)
    assert len(got) == 1 and got[0][1] is None and got[0][2] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members of a community who fell in a war are its fallen soldiers
        ("במלחמת ששת הימים נפלו 6 מבני המושב.", []),
        ("לא פחות מ-9 מבני היישוב נפלו במלחמת ההתשה.", [("לא פחות מ-9", "casualties")]),
        ("14 מבני המחזור מסרו את נפשם במלחמת לבנון.", [("14", "casualties")]),
        # family members are no troops
        ("3 מבני המשפחה נהרגו במלחמת לבנון.", []),
    ],
)
def test_members_of_a_community_who_fell(text: str, expected: list) -> None:
    assert found(text) == expected


def test_russian_city_spelled_with_vav_is_russia() -> None:
    assert fields("כ-1,500 חיילים רוסים מתאמנים בעיר בלוגרוד.") == [("כ-1,500", "RUS", "RUS", "training")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a force left behind or maintained abroad is a deployment, also after a word of withdrawal
        ("הפינוי הסתיים במרץ והותיר אחריו 2,700 חיילים בעיראק.", [("2,700", "deployment")]),
        ("בריטניה החליטה להשאיר 600 חיילים בקפריסין.", [("600", "deployment")]),
        ("צרפת שומרת על 1,100 חיילים בג'יבוטי.", [("1,100", "deployment")]),
        ("הברית תכננה לקיים כוח של 4,200 חיילים בקוסובו.", [("4,200", "deployment")]),
    ],
)
def test_force_left_behind_or_maintained_is_deployed(text: str, expected: list) -> None:
    assert found(text) == expected


def test_a_state_that_attacked_owns_no_fighters_killed() -> None:
    text = "הקואליציה, בהובלת טורקיה, תקפה בטעות עמדה של המורדים וגרמה למותם של 9 לוחמים."
    assert [(m.count_text, m.actor_code) for m in extract_mentions(text, "he")] == [("9", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a standing or regular force of N is the army's size, not a deployment
        ("המשמעות היא העמדת כוח קבוע בן 25 אלף אנשי מילואים.", [("25 אלף", "force_size")]),
        ("המדינה מחזיקה כוח סדיר בן 30 אלף חיילים.", [("30 אלף", "force_size")]),
    ],
)
def test_standing_force_is_a_force_size(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # evacuated to a hospital or for medical care: the wounded, not a withdrawal
        ("לאחר התקרית בגבול, ארבעה חיילים פונו לבית החולים סורוקה.", [("ארבעה", "casualties")]),
        ('בהמשך היום חמישה לוחמים פונו לרמב"ם.', [("חמישה", "casualties")]),
        # militants who slipped away: neither a force size nor a withdrawal
        ("שישה מחבלים הצליחו לחמוק חזרה אל הפיר.", [("שישה", "other")]),
    ],
)
def test_evacuated_to_hospital_and_slipped_away(text: str, expected: list) -> None:
    assert found(text) == expected
