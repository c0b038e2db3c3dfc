"""Arabic and Hebrew extraction, round 4 kinds, on passages written for these tests: a part "out of" a troop
count, merchant crews, civilians set beside troops, the inverted "עמד מספר X על", UN contingents by nationality,
thousands grouped with ر, compass words glued to a country and forces loyal to a state."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def found(text: str, language: str) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (m.count_text, m.actor_code, m.location_country, m.mention_type)
        for m in extract_mentions(text, language)
    ]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("320 מתוך 1,200 הלוחמים שנפצעו במבצע שירתו במילואים.", ["320", "1,200"]),
        ("לפי הנתונים, 45 מתוך 300 חיילי הגדוד נפצעו בקרבות בעזה.", ["45", "300"]),
        ("רק 60 מבין 900 המגויסים סיימו את הקורס.", ["60", "900"]),
        ("قتل 15 من أصل 40 جنديا كانوا في الموقع.", ["15", "40"]),
        # a ratio or a part of things, not of troops
        ("צבא ארצות הברית יסגור שלושה בסיסים מתוך השמונה בסוריה.", []),
        ("ב-3 מתוך 10 המקרים לא נמצאו ראיות.", []),
    ],
)
def test_a_part_out_of_a_troop_count_is_a_count(text: str, spans: list[str]) -> None:
    lang = "ar" if "جند" in text else "he"
    assert [m.count_text for m in extract_mentions(text, lang)] == spans


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("המורדים השתלטו על ספינת משא ועליה 18 אנשי צוות.", "he"),
        ("על סיפון האונייה שהותקפה היו 21 אנשי צוות מהודו.", "he"),
        ("המכלית נפגעה מטיל ו-12 מלחים פונו ממנה.", "he"),
        ("احتجز المسلحون سفينة شحن على متنها 25 بحارا.", "ar"),
        ("كانت الناقلة تقل 19 من أفراد الطاقم.", "ar"),
    ],
)
def test_a_merchant_ships_crew_is_no_troop_count(text: str, lang: str) -> None:
    assert extract_mentions(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "count_text"),
    [
        ('טנק של צה"ל עלה על מטען וארבעת אנשי צוותו נהרגו.', "he", "ארבעת"),
        ("על סיפון המשחתת האמריקנית משרתים כ-300 מלחים.", "he", "כ-300"),
        ("أصيب 12 بحارا على متن المدمرة الأمريكية.", "ar", "12"),
    ],
)
def test_a_tanks_or_warships_crew_stays_a_troop_count(text: str, lang: str, count_text: str) -> None:
    assert [m.count_text for m in extract_mentions(text, lang)] == [count_text]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("בכוח משרתים כ-4,000 חיילים ועוד כ-900 אזרחים.", ["כ-4,000"]),
        ("במשימה משרתים 6,000 לובשי מדים ועוד 1,500 אזרחים ומתנדבים.", ["6,000"]),
    ],
)
def test_civilians_set_beside_troops_are_not_counted(text: str, spans: list[str]) -> None:
    assert [m.count_text for m in extract_mentions(text, "he")] == spans


def test_the_subject_after_the_verb_of_a_toll() -> None:
    text = "במהלך המלחמה נעדרו חיילים רבים. בשיאו עמד מספר הנעדרים על כאלף, ובהמשך ירד ל-200."
    assert [(m.count_text, m.mention_type) for m in extract_mentions(text, "he")] == [
        ("כאלף", "casualties"),
        ("200", "casualties"),
    ]
    assert extract_mentions("בשיאו עמד מספר המבקרים על כאלף.", "he") == []


@pytest.mark.parametrize(
    ("text", "actor", "type_"),
    [
        ("בכוחות שמירת השלום משרתים כ-80,000 חיילים מ-120 מדינות.", "UN", "deployment"),
        ('בכוח יוניפי"ל משרתים כ-10,000 חיילים.', "UN", "deployment"),
    ],
)
def test_a_un_force_is_a_mission(text: str, actor: str, type_: str) -> None:
    (m,) = extract_mentions(text, "he")
    assert (m.actor_code, m.mention_type) == (actor, type_)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "أصيب اثنان من عناصر الكتيبة السريلانكية في انفجار قرب الحدود في جنوبلبنان.",
            [("اثنان", "LKA", "LBN", "casualties")],
        ),
        (
            "قتل ثلاثة جنود ماليزيين في هجوم على قاعدة للقوة الدولية في لبنان.",
            [("ثلاثة", "MYS", "LBN", "casualties")],
        ),
        ("قتل خمسة جنود سوريين في هجوم شمالسوريا.", [("خمسة", "SYR", "SYR", "casualties")]),
        (
            "قتل ستة جنود أوكرانيين في اشتباكات مع المسلحين الموالين لروسيا في جنوب البلاد.",
            [("ستة", "UKR", "UKR", "casualties")],  # "جنوب البلاد": the country of the army named
        ),
    ],
)
def test_contingents_glued_places_and_loyalties(
    text: str, expected: list[tuple[str, str | None, str | None, str]]
) -> None:
    assert found(text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "count_text", "value"),
    [
        ("يبلغ عدد القوة حوالي 000ر15 جندي في جنوب لبنان.", "حوالي 000ر15", 15000),
        ("أرسلت الحكومة 20ر000 جندي إلى الحدود.", "20ر000", 20000),
    ],
)
def test_thousands_grouped_with_ra(text: str, count_text: str, value: int) -> None:
    (m,) = extract_mentions(text, "ar")
    assert (m.count_text, m.troop_count_min) == (count_text, value)


def test_a_reversed_decimal_with_ra_still_needs_a_scale() -> None:
    assert [m.troop_count_min for m in extract_mentions("نشرت القيادة 3ر1 مليون جندي.", "ar")] == [1300000]


def test_a_merchant_crew_named_after_the_ship_of_the_sentence_before() -> None:
    text = "ספינת המכולות נחטפה בדרום הים האדום. 17 אנשי הצוות שלה שוחררו כעבור חודש."
    assert extract_mentions(text, "he") == []
    warship = "משחתת אמריקנית נפגעה מטיל בים האדום. 17 אנשי הצוות שלה נפצעו."
    assert [m.count_text for m in extract_mentions(warship, "he")] == ["17"]


@pytest.mark.parametrize(
    ("text", "lang", "spans"),
    [
        ("בישראל מעריכים כי 8 מתוך 11 החללים מוחזקים ברפיח.", "he", []),
        ("ارتفع العدد إلى 5 من أصل 9 قتلى في الهجوم.", "ar", []),
    ],
)
def test_a_part_out_of_a_toll_of_weak_nouns_is_not_taken(text: str, lang: str, spans: list[str]) -> None:
    assert [m.count_text for m in extract_mentions(text, lang) if m.count_text in ("8", "5")] == spans


def test_troops_at_the_border_with_a_country_are_not_in_it() -> None:
    text = "בשבוע שעבר ריכז הצבא הרוסי כ-70 אלף חיילים ליד הגבולות עם אוקראינה."
    (m,) = extract_mentions(text, "he")
    assert (m.actor_code, m.location_country) == ("RUS", None)
    (m,) = extract_mentions("حشدت روسيا 55 ألف جندي على الحدود مع أوكرانيا.", "ar")
    assert (m.actor_code, m.location_country) == ("RUS", None)
    (m,) = extract_mentions("לאחרונה הגיעו לחצי האי קרים 6,000 חיילים רוסים נוספים.", "he")
    assert (m.location_country, m.mention_type) == ("UKR", "deployment")
    (m,) = extract_mentions("שני חיילים נהרגו בפיצוץ מטען סמוך לעיר כירכוכ.", "he")
    assert m.location_country == "IRQ"


def test_recruits_counted_after_soldiers_stay_troops() -> None:
    text = "בשנה שעברה גויסו 1,900 חרדים, עלייה של 300 חיילים לעומת השנה שלפניה שבה התגייסו 1,600 חרדים."
    assert [m.count_text for m in extract_mentions(text, "he")] == ["1,900", "300", "1,600"]


@pytest.mark.parametrize(
    ("text", "lang", "location"),
    [
        ("שני מסוקים של חיל האוויר התנגשו בדרכם לפעילות מבצעית בלבנון, ו-40 חיילים נהרגו.", "he", None),
        ('האזכרה ל-12 חיילי צה"ל שנהרגו בהתרסקות המטוס שעשה דרכו לסוריה.', "he", None),
        ("שני חיילים נהרגו בלבנון בדרך הביתה.", "he", "LBN"),
        ("قتل 13 جنديا أمريكيا في هجوم قرب مطار كابل وهم في طريقهم إلى الولايات المتحدة.", "ar", "AFG"),
    ],
)
def test_troops_killed_on_the_way_are_not_placed_where_they_were_going(
    text: str, lang: str, location: str | None
) -> None:
    (m,) = extract_mentions(text, lang)
    assert (m.mention_type, m.location_country) == ("casualties", location)


def test_troops_flown_to_a_front_are_deployed() -> None:
    (m,) = extract_mentions("הם הטיסו 60 לוחמים כדי להחזירם לשירות בלבנון.", "he")
    assert (m.mention_type, m.location_country) == ("deployment", "LBN")


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        (
            "12 חיילים נהרגו הבוקר בפיצוץ מטען בצפון סיני. צבא מצרים מסר כי הפיצוץ כוון נגד שיירה.",
            "he",
            "EGY",
        ),
        ("ארבעה חיילים נפצעו בקרב עם המורדים. כך מסר צבא ניגריה.", "he", "NGA"),
        ("قتل سبعة جنود في هجوم على حاجز قرب الحدود. وقال الجيش المصري إن المهاجمين فروا.", "ar", "EGY"),
        ("ארבעה חיילים נפצעו בקרב. תושבי מצרים חגגו את החג.", "he", None),
    ],
)
def test_the_army_that_speaks_in_the_next_sentence_owns_the_troops(
    text: str, lang: str, actor: str | None
) -> None:
    (m,) = extract_mentions(text, lang)
    assert m.actor_code == actor


@pytest.mark.parametrize(
    ("text", "lang", "actor", "location"),
    [
        ("غادر آخر 400 جندي فرنسي النيجر أمس.", "ar", "FRA", "NER"),
        ("غادر 1500 جندي أمريكي العراق خلال الشهر الماضي.", "ar", "USA", "IRQ"),
        ("עזבו 2,000 חיילים רוסים את סוריה.", "he", "RUS", "SYR"),
    ],
)
def test_the_country_left_is_the_object_of_the_verb(text: str, lang: str, actor: str, location: str) -> None:
    (m,) = extract_mentions(text, lang)
    assert (m.actor_code, m.location_country, m.mention_type) == (actor, location, "withdrawal")


def test_a_capital_left_by_a_minister_is_no_place_of_the_troops_sent() -> None:
    (m,) = extract_mentions("غادر وزير الدفاع الأمريكي واشنطن بعد إرسال 500 جندي إلى بولندا.", "ar")
    assert (m.location_country, m.mention_type) == ("POL", "deployment")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("يتواجد في سوريا نحو 10 آلاف مقاتل من داعش.", "ar", ("ISIS", "SYR", "force_size")),
        ("ينتشر في اليمن أكثر من 200 ألف مقاتل حوثي.", "ar", ("HOUTHIS", "YEM", "force_size")),
        ("בלבנון פרוסים כ-40 אלף לוחמי חיזבאללה.", "he", ("HEZBOLLAH", "LBN", "force_size")),
        # massed or sent: a deployment, also at home; a state's troops abroad stay deployed
        ("حشد الحوثيون 5000 مقاتل في الحديدة.", "ar", ("HOUTHIS", "YEM", "deployment")),
        ("أرسل حزب الله 3000 مقاتل إلى سوريا.", "ar", ("HEZBOLLAH", "SYR", "deployment")),
        ("يتواجد في العراق نحو 2500 جندي أمريكي.", "ar", ("USA", "IRQ", "deployment")),
    ],
)
def test_an_armed_group_present_at_home_is_its_strength(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    (m,) = extract_mentions(text, lang)
    assert (m.actor_code, m.location_country, m.mention_type) == expected


def test_a_continent_after_a_country_does_not_hide_the_country() -> None:
    (m,) = extract_mentions("שמונה חיילים נפצעו במארב במזרח בורקינה פאסו שבאפריקה.", "he")
    assert m.location_country == "BFA"


def test_a_part_of_the_troops_counted_before_with_a_weak_noun() -> None:
    text = "בצבא שירתו כמאתיים אלף חיילים. מתוכם נפלו ארבעים אלף איש."
    assert [(m.count_text, m.mention_type) for m in extract_mentions(text, "he")] == [
        ("כמאתיים אלף", "force_size"),
        ("ארבעים אלף", "casualties"),
    ]
    assert extract_mentions("בעיר חיים מאתיים אלף תושבים. מתוכם נפגעו אלף איש.", "he") == []


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("לפי משרד ההגנה, 1,500 חיילים יישלחו לרומניה.", "deployment"),
        ("250 חיילים מלוחמי חטיבת גולני משתחררים החודש.", "withdrawal"),
    ],
)
def test_hebrew_passive_sending_and_release(text: str, type_: str) -> None:
    (m,) = extract_mentions(text, "he")
    assert m.mention_type == type_


def test_this_army_refers_back_and_is_not_the_idf() -> None:
    (m,) = extract_mentions("בצבא הזה שירתו מאה אלף חיילים יהודים.", "he")
    assert m.actor_code is None
    (m,) = extract_mentions("בצבא שירתו מאה אלף חיילים.", "he")
    assert m.actor_code == "ISR"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أكدت الوزارة أن نحو 1700 جندي سيُرسلون إلى بولندا.", ("نحو 1700", None, "POL", "deployment")),
        (
            "دفع الرئيس الروسي بنحو 55 ألف جندي إلى الحدود، في استعراض للقوة.",
            ("نحو 55 ألف", "RUS", None, "deployment"),
        ),
        ("احتشد 3000 جندي للمشاركة في استعراض عسكري بالعاصمة.", ("3000", None, None, "other")),
        ("أعلن الجيش المالي مقتل 6 جنود ماليين في هجوم.", ("6", "MLI", None, "casualties")),
        ("قتل 16 جنديا في هجوم في مالي.", ("16", None, "MLI", "casualties")),
        ("قدمت فرنسا دعما ماليا لنشر 500 جندي في تشاد.", ("500", "FRA", "TCD", "deployment")),
        ("وصل 40 مهاجما في شاحنات إلى المعسكر وهاجموا الجنود.", ("40", None, None, "deployment")),
    ],
)
def test_arabic_sending_shows_of_force_mali_and_attackers(
    text: str, expected: tuple[str, str | None, str | None, str]
) -> None:
    assert found(text, "ar") == [expected]


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("قُتل سبعة جنود في الجيش الأردني على الأقل، أمس.", "lower_bound"),
        ("قتل 12 جنديا من قوات النظام على الأقل.", "lower_bound"),
        ("قتل 400 عسكري إيراني على الأقل في المعارك.", "lower_bound"),
    ],
)
def test_at_least_after_the_army_named_after_the_noun(text: str, precision: str) -> None:
    (m,) = extract_mentions(text, "ar")
    assert (m.count_precision, m.troop_count_max) == (precision, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل 250 جنديا أمريكيا إلى مدينة فروتسواف بغرب بولندا.", ("250", "USA", "POL", "deployment")),
        ("قتل 12 جنديا بمحافظة إدلب.", ("12", None, "SYR", "casualties")),
    ],
)
def test_a_place_word_with_a_glued_preposition_places_the_troops(
    text: str, expected: tuple[str, str | None, str | None, str]
) -> None:
    assert found(text, "ar") == [expected]


def test_a_part_out_of_a_count_takes_the_owner_of_the_whole() -> None:
    text = 'לפי הנתונים, 470 מתוך 2,569 חיילי צה"ל שנהרגו במלחמה התגוררו בקיבוצים.'
    assert [(m.count_text, m.actor_code) for m in extract_mentions(text, "he")] == [
        ("470", "ISR"),
        ("2,569", "ISR"),
    ]


def test_attackers_armed_with_machine_guns_are_fighters() -> None:
    text = 'قال "وصل 40 مهاجما في شاحنات ودراجات نارية، وكانوا مدججين بالأسلحة من رشاشات.'
    assert [m.count_text for m in extract_mentions(text, "ar")] == ["40"]


def test_people_counted_as_an_armys_total_are_troops() -> None:
    text = "وبذلك، سيصل العدد الإجمالي للجيش الفرنسي في رومانيا إلى 3 آلاف شخص."
    assert found(text, "ar") == [("3 آلاف", "FRA", "ROU", "deployment")]
    assert extract_mentions("وصل عدد سكان المدينة إلى 3 آلاف شخص.", "ar") == []


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("قتل 17 من أفراد طاقم المدمرة الأمريكية في الهجوم.", ["17"]),
        ("أصيب 5 من طاقم الفرقاطة البريطانية بجروح.", ["5"]),
        ("احتجز المسلحون سفينة الشحن وأفرجوا لاحقا عن 20 من أفراد طاقمها.", []),
        ("أصيب 3 من طاقم الطائرة المدنية.", []),
    ],
)
def test_a_warships_crew_is_counted_a_merchant_ships_is_not(text: str, spans: list[str]) -> None:
    assert [m.count_text for m in extract_mentions(text, "ar")] == spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 4000 جندي أمريكي منذ احتلال العراق.", [("4000", "USA", "IRQ", "casualties")]),
        (
            "ارتفع عدد قتلى الجيش البريطاني منذ بدء عملية تحرير الكويت الى 47 جنديا.",
            [("47", "GBR", "KWT", "casualties")],
        ),
        ("أعلن جيش الاحتلال مقتل 3 جنود في غزة.", [("3", "ISR", "PSE", "casualties")]),
    ],
)
def test_the_country_liberated_or_occupied_is_the_place_not_the_owner(
    text: str, expected: list[tuple[str, str | None, str | None, str]]
) -> None:
    assert found(text, "ar") == expected


def test_a_dozen_is_approximately_twelve() -> None:
    text = "בקרבות נפלו שמונה לוחמים, ועוד תריסר נפצעו."
    assert [(m.count_text, m.troop_count_min, m.count_precision) for m in extract_mentions(text, "he")] == [
        ("שמונה", 8, "exact"),
        ("תריסר", 12, "approximate"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("ברוסיה גויסו 300 אלף אנשי מילואים.", "he", ("300 אלף", "RUS", None, "force_size")),
        ("في روسيا تم استدعاء 300 ألف جندي احتياط.", "ar", ("300 ألف", "RUS", None, "force_size")),
        ("בסוריה נהרגו 5 חיילים.", "he", ("5", None, "SYR", "casualties")),
        ("נכון להיום משרתים בסוריה כ-900 חיילים אמריקנים.", "he", ("כ-900", "USA", "SYR", "deployment")),
    ],
)
def test_reserves_called_up_in_a_country_are_its_own_troops_serving_abroad_are_deployed(
    text: str, lang: str, expected: tuple[str, str | None, str | None, str]
) -> None:
    assert found(text, lang) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أعلنت فرنسا سحب 500 جندي من مالي بحلول نهاية العام.", ("500", "FRA", "MLI", "withdrawal")),
        ("أرسلت تشاد 1000 جندي إلى مالي.", ("1000", "TCD", "MLI", "deployment")),
    ],
)
def test_mali_after_a_preposition(text: str, expected: tuple[str, str, str, str]) -> None:
    assert found(text, "ar") == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("צבא לבנון פרס 10,000 חיילים בדרום המדינה.", "he", ("10,000", "LBN", "LBN", "deployment")),
        (
            "قال إن الجيش الأردني وسع انتشاره في شمال البلاد بنحو 5 آلاف جندي.",
            "ar",
            ("نحو 5 آلاف", "JOR", "JOR", "deployment"),
        ),
        ("40 חיילים אמריקנים נפצעו בתקיפה על בסיס עין אל-אסד.", "he", ("40", "USA", "IRQ", "casualties")),
        ("قتل 3 جنود تايلانديين في اشتباك على الحدود.", "ar", ("3", "THA", None, "casualties")),
    ],
)
def test_the_country_of_the_army_named_and_more_places(
    text: str, lang: str, expected: tuple[str, str | None, str | None, str]
) -> None:
    assert found(text, lang) == [expected]
