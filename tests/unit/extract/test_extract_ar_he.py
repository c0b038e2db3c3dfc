"""Arabic and Hebrew extraction (extract/semitic*.py) on passages written for these tests."""

from __future__ import annotations

import io
import json

import pytest
from news_etl.extract import extract_mentions
from news_etl.extract.cli import main
from news_etl.extract.semitic_numbers import words_value
from news_etl.extract.semitic_text import _BASE_FOLD, _DROP_RE, _FOLD, fold
from news_etl.records import Mention

RLM, LRM, ALM = "\u200f", "\u200e", "\u061c"


def one(text: str, language: str | None) -> Mention:
    found = extract_mentions(text, language)
    assert len(found) == 1, [m.count_text for m in found]
    return found[0]


def spans(text: str, language: str) -> list[str]:
    return [m.count_text for m in extract_mentions(text, language)]


# ------------------------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("text", "count_text", "low", "high", "precision"),
    [
        ("أرسلت الحكومة ٢٥٠٠ جندي إلى الحدود.", "٢٥٠٠", 2500, 2500, "exact"),
        ("أرسلت الحكومة ١٢٬٥٠٠ جندي إلى الحدود.", "١٢٬٥٠٠", 12500, 12500, "exact"),
        ("ينتشر ١٫٥ مليون جندي على طول الجبهة.", "١٫٥ مليون", 1500000, 1500000, "exact"),
        ("أعلن الجيش نشر ألفي جندي إضافي.", "ألفي", 2000, 2000, "exact"),
        ("وصل ألفا عنصر إلى المدينة.", "ألفا", 2000, 2000, "exact"),
        ("سقط ألفاً و315 مقاتلاً في المعارك.", "ألفاً و315", 1315, 1315, "exact"),
        ("تضم القوة 7 آلاف و250 جندياً.", "7 آلاف و250", 7250, 7250, "exact"),
        ("يملك التنظيم ثلاثة آلاف مقاتل.", "ثلاثة آلاف", 3000, 3000, "exact"),
        ("قتل ثلاثة وعشرون جندياً في الكمين.", "ثلاثة وعشرون", 23, 23, "exact"),
        ("شارك أحد عشر جندياً في الدورية.", "أحد عشر", 11, 11, "exact"),
        ("يخدم مائة ألف جندي في الجيش.", "مائة ألف", 100000, 100000, "exact"),
        ("أرسلت الدولة بنحو 600 جندي.", "نحو 600", 600, 600, "approximate"),
        ("دفعت الوزارة بـ 20 ألف جندي.", "20 ألف", 20000, 20000, "exact"),
        ("خصص الجيش لـ10 آلاف جندي مواقع جديدة.", "10 آلاف", 10000, 10000, "exact"),
        ("يضم اللواء ما لا يقل عن 900 مقاتل.", "ما لا يقل عن 900", 900, None, "lower_bound"),
        ("ستنشر الوزارة ما يصل إلى 4 آلاف جندي.", "ما يصل إلى 4 آلاف", None, 4000, "upper_bound"),
        ("يقدر عددهم بين 15 و20 ألف مقاتل.", "بين 15 و20 ألف", 15000, 20000, "range"),
        ("قتل 40 جندياً على الأقل في الهجوم.", "40", 40, None, "lower_bound"),
        ("قتل ثلاثه جنود في الهجوم.", "ثلاثه", 3, 3, "exact"),
        ("تنشر الدولة 3،500 جندي على الحدود.", "3،500", 3500, 3500, "exact"),
        ("أرسلت فرنسا 2 500 جندي إلى الساحل.", "2 500", 2500, 2500, "exact"),
        ("يتمركز نصف مليون جندي على الحدود.", "نصف مليون", 500000, 500000, "exact"),
    ],
)
def test_arabic_numbers(
    text: str, count_text: str, low: int | None, high: int | None, precision: str
) -> None:
    m = one(text, "ar")
    assert (m.count_text, m.troop_count_min, m.troop_count_max, m.count_precision) == (
        count_text,
        low,
        high,
        precision,
    )
    assert text[m.char_start : m.char_end] == m.count_text


@pytest.mark.parametrize(
    ("text", "count_text", "low", "high", "precision"),
    [
        ("הצבא שלח כ-1,500 חיילים לגבול.", "כ-1,500", 1500, 1500, "approximate"),
        ("הצבא שלח כאלף חיילים לגבול.", "כאלף", 1000, 1000, "approximate"),
        ("התוכנית מגדילה את הכוח ל-3,000 חיילים.", "3,000", 3000, 3000, "exact"),
        ("נפצעו שלושה לוחמים, אחד באורח קשה ו-6 לוחמים באורח קל.", "6", 6, 6, "exact"),
        ("הוחלט על זימון ב-20,000 חיילי מילואים נוספים.", "20,000", 20000, 20000, "exact"),
        ("בבסיס משרתים אלפיים חיילים.", "אלפיים", 2000, 2000, "exact"),
        ("בצבא חסרים שלושת אלפים חיילים.", "שלושת אלפים", 3000, 3000, "exact"),
        ("בגזרה פועלים עשרת אלפים לוחמים.", "עשרת אלפים", 10000, 10000, "exact"),
        ("בכוח משרתים אחד-עשר לוחמים.", "אחד-עשר", 11, 11, "exact"),
        ("הצבא הרוסי מונה 1.3 מיליון חיילים.", "1.3 מיליון", 1300000, 1300000, "exact"),
        ("לא פחות מ-400 לוחמים השתתפו במבצע.", "לא פחות מ-400", 400, None, "lower_bound"),
        ("הממשלה אישרה גיוס של עד 50 אלף חיילי מילואים.", "עד 50 אלף", None, 50000, "upper_bound"),
        ("יותר מ-2,000 חיילים נפרסו בצפון.", "יותר מ-2,000", 2000, None, "lower_bound"),
        ("הצבא יגייס עד כ-5,000 חיילים.", "עד כ-5,000", None, 5000, "upper_bound"),
        ("בצבא משרתים כחצי מיליון חיילים.", "כחצי מיליון", 500000, 500000, "approximate"),
        ("נפצעו שלשה חיילים בתאונה.", "שלשה", 3, 3, "exact"),
    ],
)
def test_hebrew_numbers_and_prefixes(
    text: str, count_text: str, low: int | None, high: int | None, precision: str
) -> None:
    found = extract_mentions(text, "he")
    m = next(m for m in found if m.count_text == count_text)
    assert (m.troop_count_min, m.troop_count_max, m.count_precision) == (low, high, precision)


def test_number_words_compose() -> None:
    assert words_value(fold("خمسة آلاف").text, "ar") == 5000
    assert words_value(fold("ثلاثمائة ألف").text, "ar") == 300000
    assert words_value("שלוש מאות אלף", "he") == 300000
    assert words_value("עשרים ושלושה", "he") == 23
    assert words_value("כלב", "he") is None


# ------------------------------------------------------------------------------------------- vague plurals


@pytest.mark.parametrize(
    ("text", "language", "count_text", "low", "high"),
    [
        ("قتل عشرات الجنود في القصف.", "ar", "عشرات", 24, 99),
        ("أرسلت الوزارة مئات الجنود إلى الحدود.", "ar", "مئات", 200, 999),
        ("يقاتل آلاف المقاتلين على الجبهة.", "ar", "آلاف", 2000, 9999),
        ("جندت الجماعة عشرات الآلاف من المقاتلين.", "ar", "عشرات الآلاف", 20000, 99999),
        ("استدعت الحكومة مئات الآلاف من جنود الاحتياط.", "ar", "مئات الآلاف", 200000, 999999),
        ("وصل بضعة آلاف جندي إلى القاعدة.", "ar", "بضعة آلاف", 2000, 9999),
        ("גויסו אלפי חיילים נוספים.", "he", "אלפי", 2000, 9999),
        ("עשרות אלפי חיילי מילואים התייצבו היום.", "he", "עשרות אלפי", 20000, 99999),
        ("מאות לוחמים נכנסו לעיר.", "he", "מאות", 200, 999),
        ("עשרות מחבלים חוסלו בקרב.", "he", "עשרות", 24, 99),
    ],
)
def test_vague_plurals_in_construct(text: str, language: str, count_text: str, low: int, high: int) -> None:
    m = one(text, language)
    assert (m.count_text, m.troop_count_min, m.troop_count_max, m.count_precision) == (
        count_text,
        low,
        high,
        "vague",
    )


# ------------------------------------------------------------------------------------------- actors, places


@pytest.mark.parametrize(
    ("text", "language", "actor", "location"),
    [
        ("نشرت واشنطن 800 جندي أمريكي في سوريا.", "ar", "USA", "SYR"),
        ("أعلن جيش الاحتلال مقتل 3 من جنوده في رفح.", "ar", "ISR", "PSE"),
        ("قال جيش الدفاع إن 12 جندياً أصيبوا في جنين.", "ar", "ISR", "PSE"),
        ("يملك حزب الله نحو 40 ألف مقاتل.", "ar", "HEZBOLLAH", None),
        ("قتل 25 عنصراً من حماس في خان يونس.", "ar", "HAMAS", "PSE"),
        ("أطلق الحوثيون سراح 60 مقاتلاً في صعدة.", "ar", "HOUTHIS", "YEM"),
        ("قتل 14 مسلحاً من داعش في الموصل.", "ar", "ISIS", "IRQ"),
        ("خسرت قوات الدعم السريع 300 مقاتل في الفاشر.", "ar", "RSF", "SDN"),
        ('צה"ל הודיע כי 4 לוחמים נפצעו ברצועת עזה.', "he", "ISR", "PSE"),
        ('ארה"ב שלחה 500 חיילים אמריקאים לירדן.', "he", "USA", "JOR"),
        ("חיזבאללה איבד 300 לוחמים בדרום לבנון.", "he", "HEZBOLLAH", "LBN"),
        ("צה\"ל חיסל 9 מחבלים של הג'יהאד האיסלאמי בג'נין.", "he", "PIJ", "PSE"),
    ],
)
def test_actor_and_location(text: str, language: str, actor: str, location: str | None) -> None:
    m = one(text, language)
    assert (m.actor_code, m.location_country) == (actor, location)


def test_soldiers_and_militants_belong_to_different_sides() -> None:
    """The army that kills militants is not their owner; militants never belong to a state."""
    m = one('צה"ל הודיע כי חוסלו 7 מחבלים.', "he")
    assert m.actor_code is None
    m = one("قتلت قوات الاحتلال 5 مسلحين في مخيم طولكرم.", "ar")
    assert (m.actor_code, m.location_country) == (None, "PSE")


# ------------------------------------------------------------------------------------------- types


@pytest.mark.parametrize(
    ("text", "language", "mention_type"),
    [
        ("قتل 6 جنود في انفجار عبوة ناسفة.", "ar", "casualties"),
        ("تسحب الولايات المتحدة 2000 جندي من العراق.", "ar", "withdrawal"),
        ("يشارك 3000 جندي في مناورات مشتركة.", "ar", "training"),
        ("أرسلت بريطانيا 400 جندي إلى إستونيا.", "ar", "deployment"),
        ("تعتزم الحكومة تجنيد 50 ألف جندي جديد.", "ar", "force_size"),
        ("بدأت عملية الانسحاب لنحو 2000 جندي من المدينة.", "ar", "withdrawal"),
        ("שלושה לוחמים נהרגו בקרב.", "he", "casualties"),
        ("כ-5,000 חיילים השתתפו בתרגיל הגדול.", "he", "training"),
        ("הצבא הוציא 800 חיילים מהעיר בנסיגה מתוכננת.", "he", "withdrawal"),
        ("הצבא זקוק לעוד 7,000 חיילים.", "he", "force_size"),
    ],
)
def test_type_cues(text: str, language: str, mention_type: str) -> None:
    assert one(text, language).mention_type == mention_type


# ------------------------------------------------------------------------------------------- anaphora, duals


def test_of_them_others_and_duals_are_mentions() -> None:
    assert spans("أصيب 9 جنود ووصفت حالة ثلاثة منهم بالخطيرة.", "ar") == ["9", "ثلاثة منهم"]
    assert spans("قتل 4 جنود وأصيب 11 آخرون.", "ar") == ["4", "11"]
    assert spans("أعلن الجيش مقتل جنديين في الاشتباك.", "ar") == ["جنديين"]
    assert spans("נפצעו 40 חיילים, 12 מהם באורח קשה.", "he") == ["40", "12 מהם"]
    assert spans("נשלחו צווים ל-7,000 מתגייסים, אך רק 300 התייצבו.", "he") == ["7,000", "300"]
    assert spans("חמאס איבד 20 אלף מלוחמיו.", "he") == ["20 אלף"]
    assert spans("מספר החיילים שנפצעו: 12.", "he") == ["12"]
    assert spans("מתוך 3,000 צווי גיוס שנשלחו, רק 48 התייצבו.", "he") == ["48"]
    assert spans("בצבא קיים מחסור של 12 אלף.", "he") == ["12 אלף"]
    assert [(m.count_text, m.actor_code) for m in extract_mentions("قتل 20 من حماس في الغارة.", "ar")] == [
        ("20", "HAMAS")
    ]
    assert [(m.count_text, m.actor_code) for m in extract_mentions("נעצרו 15 מחמאס.", "he")] == [
        ("15", "HAMAS")
    ]
    assert spans("בקרבות נפגעו חיילים רבים. 3 נהרגו ו-12 נפצעו.", "he") == ["3", "12"]
    assert spans("هاجم المسلحون الجنود، و5 قتلوا في الحال.", "ar") == ["5"]
    assert spans("استهدف الهجوم دورية للجيش المصري، ما أدى إلى مقتل 5 وإصابة 12.", "ar") == ["5", "12"]
    assert spans("قتل 5 أشخاص وأصيب 12 في حادث سير.", "ar") == []
    assert spans("فقد الحزب ألفين من مقاتليه.", "ar") == ["ألفين"]


def test_not_troops() -> None:
    """Units, vehicles, days, police and civilians are no troop counts."""
    for text, language in [
        ("دمرت الغارات 35 آلية عسكرية و3 دبابات.", "ar"),
        ("انتشر اللواء 401 في المنطقة لمدة 10 أيام.", "ar"),
        ("أصيب 20 مدنياً في القصف.", "ar"),
        ("גדוד 101 פעל באזור במשך 30 ימים.", "he"),
        ('חמישה לוחמי מג"ב נפצעו בעימות.', "he"),
        ("הותקפו 12 מטרות של חיזבאללה.", "he"),
        ("מאז תחילת המלחמה נהרגו יותר מ-900 חיילים ושוטרים.", "he"),
        ("أفرجت إسرائيل عن 90 أسيرا فلسطينيا مقابل 3 رهائن.", "ar"),
        ("شارك في الاجتماع 30 ضابط شرطة و12 مسؤولا.", "ar"),
        ("قُتل 6 من عناصر الشرطة في هجوم.", "ar"),
        ("يبلغ الجندي من العمر 21 عاما.", "ar"),
        ("הממשלה העבירה 500 מיליון שקל לצבא.", "he"),
        ("החייל בן 21 נהרג בקרב.", "he"),
        ("שישה שוטרים נפצעו בפיגוע.", "he"),
        ("قتل 2500 مدني ومقاتل في القصف.", "ar"),
        ("أصيب 30 جنديا ومدنيا في الانفجار.", "ar"),
    ]:
        assert extract_mentions(text, language) == [], text


# ------------------------------------------------------------------------------------------- direction marks


def test_direction_marks_inside_the_text_keep_offsets_exact() -> None:
    text = f"أعلن الجيش{RLM} إرسال {LRM}نحو 1500{LRM} جندي{ALM} إلى الحدود."
    m = one(text, "ar")
    assert m.count_text == "نحو 1500"  # the marks around the phrase stay outside it
    assert text[m.char_start : m.char_end] == m.count_text
    assert m.troop_count_min == 1500
    text = f"{RLM}כ-{LRM}2,000{LRM} חיילים נפרסו{RLM} בגבול."
    m = one(text, "he")
    assert text[m.char_start : m.char_end] == m.count_text
    assert m.count_text.startswith("כ-") and m.count_text.endswith("2,000")
    assert m.troop_count_min == 2000 and m.count_precision == "approximate"


def test_folding_maps_back_to_original_offsets() -> None:
    text = "جنديًا\u200fو ٣"
    folded = fold(text)
    assert folded.text == "جنديا" + "و 3"
    start, end = folded.span(5, 8)
    assert text[start:end] == "و ٣"


def test_folding_equals_the_table_applied_character_by_character() -> None:
    """fold replaces the common characters one by one for speed: the result must be the table's, with every
    replaced character, presentation forms, marks to drop (alone and in runs) and characters left alone."""
    replaced = "".join(chr(code) for code in _BASE_FOLD)
    text = f"\ufe9f\ufed3{replaced}ﻻ \u200f\u200eجنديًا ٣٬٥٠٠ ״צה״ל״ כ־200 אֲנָשִׁים{replaced}\u0640"
    table = text.translate(_FOLD)
    kept = [i for i, ch in enumerate(table) if not _DROP_RE.match(ch)]
    folded = fold(text)
    assert folded.text == "".join(table[i] for i in kept)
    assert folded.positions == kept
    assert fold("no marks, 3 ٣").positions is None


def test_gershayim_abbreviation_does_not_end_or_quote_a_sentence() -> None:
    m = one('דובר צה"ל מסר כי 3 לוחמים נפצעו. האירוע נחקר.', "he")
    assert m.attribution != "quoted" and m.sentence == 'דובר צה"ל מסר כי 3 לוחמים נפצעו.'
    assert one("هل أرسلت الدولة 200 جندي؟ لم يتضح ذلك.", "ar").sentence == "هل أرسلت الدولة 200 جندي؟"


# ------------------------------------------------------------------------------------------- detection, CLI


def test_language_is_detected_among_all_five() -> None:
    assert one("أعلن الجيش اللبناني نشر 600 جندي في الجنوب.", None).actor_code == "LBN"
    assert one("הצבא שלח 300 חיילים לגבול הצפון.", None).count_text == "300"


def test_cli_on_an_arabic_and_a_hebrew_line() -> None:
    lines = [
        json.dumps(
            {"id": "ar", "text": "نشرت فرنسا 1200 جندي في تشاد.", "language": "ar"}, ensure_ascii=False
        ),
        json.dumps({"id": "he", "text": "כ-70 חיילים נפצעו היום.", "language": "he"}, ensure_ascii=False),
    ]
    out = io.StringIO()
    assert main([], stdin=io.StringIO("\n".join(lines) + "\n"), stdout=out) == 0
    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in results] == ["ar", "he"]
    ar, he = results[0]["mentions"][0], results[1]["mentions"][0]
    assert (ar["count_text"], ar["count_min"], ar["actor"], ar["type"]) == ("1200", 1200, "FRA", "deployment")
    assert (he["count_text"], he["precision"], he["type"]) == ("כ-70", "approximate", "casualties")


# ------------------------------------------------------------------------- kinds found on fresh news text


@pytest.mark.parametrize(
    ("text", "language", "count_text", "low", "high", "precision"),
    [
        # thousands grouped with a dot; a dot before a thousands word stays a decimal
        ("وصل 7.250 جنديا إلى القاعدة.", "ar", "7.250", 7250, 7250, "exact"),
        ("يبلغ قوام الجيش 1.350.000 جندي.", "ar", "1.350.000", 1350000, 1350000, "exact"),
        ("הצבא מונה 1.2 מיליון חיילים.", "he", "1.2 מיליון", 1200000, 1200000, "exact"),
        # a decimal written with ر and its digits reversed
        ("يقدر قوام الجيش بنحو 2ر1 مليون جندي.", "ar", "نحو 2ر1 مليون", 1200000, 1200000, "approximate"),
        # hundreds written as two words
        ("أرسلت الوزارة ثلاث مئة جندي إلى الحدود.", "ar", "ثلاث مئة", 300, 300, "exact"),
        # Hebrew qualifiers glued to the number
        ("יותר מאלף חיילים נהרגו בקרבות.", "he", "יותר מאלף", 1000, None, "lower_bound"),
        ("למעלה ממאה אלף חיילי מילואים גויסו.", "he", "למעלה ממאה אלף", 100000, None, "lower_bound"),
        ("פחות מאלף מתגייסים התייצבו בלשכות הגיוס.", "he", "פחות מאלף", None, 1000, "upper_bound"),
        ("בתרגיל השתתפו יותר מ12,000 חיילים.", "he", "יותר מ12,000", 12000, None, "lower_bound"),
        # verbs of exceeding as qualifiers, like فاق
        (
            "قالت الوزارة إن الخسائر في صفوف الجيش تجاوزت 3 آلاف جندي.",
            "ar",
            "تجاوزت 3 آلاف",
            3000,
            None,
            "lower_bound",
        ),
        ("أرسلت الدولة بضع آلاف من جنودها إلى الحدود.", "ar", "بضع آلاف", 2000, 9999, "vague"),
    ],
)
def test_number_forms_of_news_pages(
    text: str, language: str, count_text: str, low: int | None, high: int | None, precision: str
) -> None:
    m = one(text, language)
    assert (m.count_text, m.troop_count_min, m.troop_count_max, m.count_precision) == (
        count_text,
        low,
        high,
        precision,
    )


def test_spelled_hundreds_and_definite_figures() -> None:
    assert words_value(fold("خمسة مئة").text, "ar") == 500
    m = one("قال الجيش إن الجنود الـ12 قتلوا في كمين.", "ar")
    assert (m.count_text, m.troop_count_min, m.mention_type) == ("الـ12", 12, "casualties")


@pytest.mark.parametrize(
    ("text", "language", "count_text", "actor", "mention_type"),
    [
        ('עלה מניין החללים בקרב חיילי צה"ל ל-312 נופלים.', "he", "312", "ISR", "casualties"),
        ("כ-3,000 אנשי כוח רדואן עזבו את היחידה במהלך המלחמה.", "he", "כ-3,000", "HEZBOLLAH", "withdrawal"),
        ("قتل 12 حوثيا في مواجهات مع الجيش في مأرب.", "ar", "12", "HOUTHIS", "casualties"),
        ("فقدت إيران 12 جنرالا في سوريا.", "ar", "12", "IRN", "casualties"),
        ("فقدت روسيا أكثر من 500 جندي في المعركة.", "ar", "أكثر من 500", "RUS", "casualties"),
        ("ارتفعت حصيلة القتلى في صفوف الجيش الروسي إلى 250 جنديا.", "ar", "250", "RUS", "casualties"),
        ("تقلص الولايات المتحدة قواتها في العراق إلى 2500 جندي.", "ar", "2500", "USA", "withdrawal"),
        ('חטיפתם של שלושה חיילי צה"ל הציתה את המלחמה.', "he", "שלושה", "ISR", "casualties"),
        ("הפנטגון שולח עוד 1,500 חיילים אמריקאים למזרח התיכון.", "he", "1,500", "USA", "deployment"),
    ],
)
def test_nouns_and_cues_of_news_pages(
    text: str, language: str, count_text: str, actor: str, mention_type: str
) -> None:
    m = one(text, language)
    assert (m.count_text, m.actor_code, m.mention_type) == (count_text, actor, mention_type)


@pytest.mark.parametrize(
    ("text", "language", "actor", "location"),
    [
        # a generic word for an armed group is the group named before it
        (
            "أعلن حزب الله مقتل أربعة من عناصره. وبذلك يرتفع عدد قتلى الحركة إلى 300 عنصر.",
            "ar",
            "HEZBOLLAH",
            None,
        ),
        ("اشتبك الجيش مع قوات الدعم السريع في الفاشر وقتل 15 عنصرا من الميليشيا.", "ar", "RSF", "SDN"),
        ("חיזבאללה הודיע כי שלושה פעילים בארגון נהרגו בדרום לבנון.", "he", "HEZBOLLAH", "LBN"),
        # the country troops come from owns them, unless they are pulled out of it
        ("يقاتل 8 آلاف عسكري من كوريا الشمالية في كورسك.", "ar", "PRK", "RUS"),
        ("ستسحب الولايات المتحدة 2000 جندي من العراق.", "ar", "USA", "IRQ"),
        # troops of several countries have no one owner
        ("شارك في المناورات 5 آلاف جندي أمريكي وبريطاني.", "ar", None, None),
        ("בתרגיל השתתפו 4,000 חיילים אמריקאים ובריטים.", "he", None, None),
        # "بين" before a troop noun is "among", not "between two sides"
        ("ارتفعت الحصيلة بين الجنود الأمريكيين إلى 40 قتيلا.", "ar", "USA", None),
        # an agency in a capital reports from there: the capital is not where the troops are
        ("نقل مشرع عن وكالة الاستخبارات في سيول أن 400 جندي كوري شمالي قتلوا.", "ar", "PRK", None),
    ],
)
def test_owners_of_news_pages(text: str, language: str, actor: str | None, location: str | None) -> None:
    found = extract_mentions(text, language)
    assert (found[-1].actor_code, found[-1].location_country) == (actor, location)


def test_army_named_in_the_next_sentence_owns_the_troops() -> None:
    m = one('שני לוחמים נפצעו קשה ברפיח. בצה"ל אמרו כי משפחותיהם עודכנו.', "he")
    assert (m.count_text, m.actor_code, m.location_country) == ("שני", "ISR", "PSE")


def test_bare_figures_of_news_pages() -> None:
    text = "خسر الحرس الثوري أكثر من 300 عسكري في سوريا. ومن بين القتلى نحو 60 سقطوا في معارك حلب."
    assert spans(text, "ar") == ["أكثر من 300", "نحو 60"]
    text = "قالت وزارة الدفاع إن عدد قتلى الجنود بلغ خمسة وأربعين."
    assert spans(text, "ar") == ["خمسة وأربعين"]
    text = "כמות חיילי המילואים בשירות היא בסדר גודל של עשרות אלפים."
    assert spans(text, "he") == ["עשרות אלפים"]
    text = "בשבוע שעבר התייצבו בלשכת הגיוס 230 מתגייסים, והשבוע התייצבו 90 בלבד."
    assert spans(text, "he") == ["230", "90"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("خسر الجيش 3 آلاف و200 من المركبات و150 من الدبابات خلال المعارك.", "ar"),
        ("أسفر القصف عن سقوط 40 قتيلا من المدنيين في المدينة خلال الحرب.", "ar"),
        ('1,200 ישראלים נהרגו מאז תחילת המלחמה, לפי צה"ל.', "he"),
        ("במשרד הביטחון נמסר כי 120 חללי מערכות ישראל נוספו השנה.", "he"),
        ('האו"ם דיווח על 12 אלף הרוגים אזרחיים במלחמה.', "he"),
        ("מערך המילואים כולל אנשים שגילם הממוצע 31.", "he"),
        ("יש לפחות 30,000 חרדים בגיל גיוס שאינם לומדים.", "he"),
        ("החות'ים נלחמו בצבא תימן ונכנסו לשש מלחמות.", "he"),
    ],
)
def test_not_troops_on_news_pages(text: str, language: str) -> None:
    assert spans(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "count_text", "actor", "location", "mention_type"),
    [
        # the main verb decides over a verb of a relative clause
        (
            "מעל 500 חיילים של צבא איראן שנשלחו לעיראק נהרגו בשנה האחרונה.",
            "he",
            "מעל 500",
            "IRN",
            "IRQ",
            "casualties",
        ),
        ("قال الجيش إن ستة جنود من الوحدة التي نشرت في كورسك قتلوا.", "ar", "ستة", None, "RUS", "casualties"),
        # a region in no one country as the destination: no location, and a country later is not it
        (
            "הפנטגון שולח 900 חיילים אמריקאים למזרח התיכון בעקבות מתקפות על בסיסים בעיראק.",
            "he",
            "900",
            "USA",
            None,
            "deployment",
        ),
        (
            "أرسلت واشنطن 2000 جندي إلى الشرق الأوسط بعد هجمات على قواعدها في العراق.",
            "ar",
            "2000",
            "USA",
            None,
            "deployment",
        ),
        # the adjective of the army names it
        (
            'למעלה מ-50 אלף חיילי מילואים יגוייסו להשלמת הסד"כ הצה"לי.',
            "he",
            "למעלה מ-50 אלף",
            "ISR",
            None,
            "force_size",
        ),
        # possessive of forces
        ("أرسلت الولايات المتحدة 3 آلاف من قواتها إلى بولندا.", "ar", "3 آلاف", "USA", "POL", "deployment"),
        # fighters of two groups have no one owner; "between X and Y" makes both the sides
        (
            "ويبلغ عدد هؤلاء نحو 12 ألف مقاتل من الجهاد الإسلامي وحماس.",
            "ar",
            "نحو 12 ألف",
            None,
            None,
            "force_size",
        ),
        (
            "نشرت الأمم المتحدة 9 آلاف جندي لمراقبة وقف القتال بين إسرائيل وحزب الله.",
            "ar",
            "9 آلاف",
            "UN",
            None,
            "deployment",
        ),
        # troops "outside" a country are not its troops
        (
            "تضم القوات الروسية الموجودة خارج أوكرانيا نحو مليون رجل.",
            "ar",
            "نحو مليون",
            "RUS",
            None,
            "deployment",
        ),
    ],
)
def test_fields_of_news_pages(
    text: str, language: str, count_text: str, actor: str | None, location: str | None, mention_type: str
) -> None:
    m = one(text, language)
    assert (m.count_text, m.actor_code, m.location_country, m.mention_type) == (
        count_text,
        actor,
        location,
        mention_type,
    )


def test_counts_among_a_count_keep_its_owner() -> None:
    text = 'تقول كييف إن 10 آلاف عسكري من كوريا الشمالية، من بينهم "نحو 400 ضابط"، يقاتلون في كورسك.'
    found = extract_mentions(text, "ar")
    assert [(m.count_text, m.actor_code) for m in found] == [("10 آلاف", "PRK"), ("نحو 400", "PRK")]


def test_bare_count_before_a_contrast_word() -> None:
    text = "وقال المتحدث إن عدد الجنود على الأرض وصل 9000 بينما وصل عدد البحارة إلى 1500."
    assert spans(text, "ar")[0] == "9000"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # "the army" in Israeli news is the IDF, unless a state is named with it or just before it
        ("הצבא זקוק לתוספת של 6,000 חיילים בשנה הקרובה.", "ISR"),
        ("הצבא הרוסי גייס 300 אלף חיילים בסתיו.", "RUS"),
        ("פוטין הורה על הגדלת הצבא, עם יעד של 1.5 מיליון חיילים.", "RUS"),
        ("צבא גדול צריך 10,000 חיילים נוספים.", None),
    ],
)
def test_the_army_of_a_hebrew_passage(text: str, actor: str | None) -> None:
    assert one(text, "he").actor_code == actor


def test_resistance_is_the_group_named_before() -> None:
    text = "أعلنت كتائب القسام مقتل عدد من عناصرها. وقالت المقاومة إن 12 من مقاتليها سقطوا في المعارك."
    assert [(m.count_text, m.actor_code) for m in extract_mentions(text, "ar")] == [("12", "HAMAS")]


def test_casualty_noun_after_a_sentence_about_soldiers() -> None:
    text = "שלושה לוחמים נפצעו בתקרית בגבול. בסך הכל נרשמו השבוע 14 פצועים."
    assert spans(text, "he") == ["שלושה", "14"]
    assert spans("בסך הכל נרשמו השבוע 14 פצועים בתאונות דרכים.", "he") == []


def test_divisions_and_companies_are_units() -> None:
    assert spans("בתמרון צפויות להשתתף כחמש אוגדות ושלוש פלוגות.", "he") == []


@pytest.mark.parametrize(
    ("text", "language", "count_text", "actor", "location", "mention_type"),
    [
        # a group's name in quotes, and regions of Somalia, Libya and Sinai
        (
            'قتل الجيش 20 مسلحا من حركة "الشباب" في إقليم شبيلي السفلى.',
            "ar",
            "20",
            "AL_SHABAAB",
            "SOM",
            "casualties",
        ),
        ("وصل 1500 من «مرتزقة فاغنر» إلى سرت.", "ar", "1500", "RUS", "LBY", "deployment"),
        ("يوجد نحو 800 مرتزق روسي في ليبيا.", "ar", "نحو 800", "RUS", "LBY", "deployment"),
        # a place in an aside does not place the troops
        (
            'قتل الجيش 6 عناصر من حركة "الشباب" (المحظورة في روسيا) جنوب البلاد.',
            "ar",
            "6",
            "AL_SHABAAB",
            None,
            "casualties",
        ),
        # the next sentence places troops it does not count itself
        (
            "قتل الجيش 40 مسلحا من حركة الشباب. وكان المسلحون في معسكر وسط الصومال.",
            "ar",
            "40",
            "AL_SHABAAB",
            "SOM",
            "casualties",
        ),
        # a bound before a range is part of the range
        (
            "بقي ما لا يقل عن 1500 إلى 2000 مرتزق في ليبيا.",
            "ar",
            "ما لا يقل عن 1500 إلى 2000",
            None,
            "LBY",
            "deployment",
        ),
        (
            "قالت موسكو إن خسائر القوات المسلحة الأوكرانية تجاوزت مليوناً ونصف مليون نفر.",
            "ar",
            "تجاوزت مليوناً ونصف مليون",
            "UKR",
            None,
            "casualties",
        ),
        ("تبادلت روسيا وأوكرانيا نحو 300 أسير حرب.", "ar", "نحو 300", None, None, "casualties"),
        ("עשרות חמושים הסתערו על עמדות הצבא המצרי בסיני.", "he", "עשרות", None, "EGY", "deployment"),
    ],
)
def test_more_fields_of_news_pages(
    text: str, language: str, count_text: str, actor: str | None, location: str | None, mention_type: str
) -> None:
    m = one(text, language)
    assert (m.count_text, m.actor_code, m.location_country, m.mention_type) == (
        count_text,
        actor,
        location,
        mention_type,
    )


def test_next_sentence_with_its_own_count_does_not_place_the_first() -> None:
    found = extract_mentions("ارتفع عدد القتلى إلى 56 جنديا. وأصيب 20 جنديا في غزة.", "ar")
    assert [(m.count_text, m.location_country) for m in found] == [("56", None), ("20", "PSE")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("أرسلت روسيا منظومات Pantsir S - 1 ومقاتلات MiG - 29 إلى القاعدة العسكرية.", "ar"),
        ("הצבא הוריד את גיל הגיוס ל-25.", "he"),
    ],
)
def test_labels_and_ages_of_news_pages(text: str, language: str) -> None:
    assert spans(text, language) == []


@pytest.mark.parametrize(
    "text",
    ['ארה"ב תוציא 2,000 חיילים מעיראק עד סוף השנה.', "צרפת תסיג 1,500 חיילים ממאלי."],
)
def test_future_tense_of_pulling_out(text: str) -> None:
    m = one(text, "he")
    assert (m.mention_type, m.actor_code) == ("withdrawal", "USA" if "ארה" in text else "FRA")
    assert m.location_country in ("IRQ", "MLI")


@pytest.mark.parametrize(
    ("text", "language", "count_text", "actor", "location", "mention_type"),
    [
        # "two or three" is one range
        (
            "قتلت القوات الأمريكية اثنين أو ثلاثة من المسلحين في سوريا.",
            "ar",
            "اثنين أو ثلاثة",
            None,
            "SYR",
            "casualties",
        ),
        # a military site in a country places the troops ("موقع" is a site here, not a news site)
        (
            "قتل ثلاثة جنود أميركيين في هجوم على موقع عسكري بالأردن.",
            "ar",
            "ثلاثة",
            "USA",
            "JOR",
            "casualties",
        ),
        (
            "يعتقد أن آلاف الروس المرتزقة حاربوا في سوريا لتقليل الإصابات في صفوف الجيش.",
            "ar",
            "آلاف",
            "RUS",
            "SYR",
            "deployment",
        ),
        # the office that says it is not the owner; an army that says it is
        (
            '"כוח וגנר כולל כיום כ-40 אלף לוחמים באוקראינה", כך מסר משרד ההגנה הבריטי.',
            "he",
            "כ-40 אלף",
            "RUS",
            "UKR",
            "deployment",
        ),
        ('שלושה לוחמים נפצעו ברפיח, כך הודיע דובר צה"ל.', "he", "שלושה", "ISR", "PSE", "casualties"),
        # "in the air" is no fallen soldier, and "at its disposal" no parade
        ('מול מאות הטירונים בטקס ההשבעה הדהד "אני נשבע" בחלל האוויר.', "he", "מאות", None, None, "training"),
        ("על פי הערכות עמדו לרשותו של כוח וגנר כ-5,000 חיילים.", "he", "כ-5,000", "RUS", None, "force_size"),
    ],
)
def test_fields_of_held_out_news_pages(
    text: str, language: str, count_text: str, actor: str | None, location: str | None, mention_type: str
) -> None:
    m = one(text, language)
    assert (m.count_text, m.actor_code, m.location_country, m.mention_type) == (
        count_text,
        actor,
        location,
        mention_type,
    )


@pytest.mark.parametrize(
    ("text", "language", "count_text", "mention_type"),
    [
        # a vague count of a demonym before a verb troops are the subject of
        ("מאות אלפי רוסים גויסו לצבא מאז הגיוס החלקי.", "he", "מאות אלפי", "force_size"),
        # releasing reservists pulls them out; moving the wounded is part of the casualty
        ('צה"ל החליט לשחרר כ-10,000 חיילי מילואים מהשירות.', "he", "כ-10,000", "withdrawal"),
        (
            "أفادت الصحيفة بإجلاء 17 عسكريا إسرائيليا من جنوب لبنان بعد إصابتهم بجروح.",
            "ar",
            "17",
            "casualties",
        ),
    ],
)
def test_types_of_held_out_news_pages(text: str, language: str, count_text: str, mention_type: str) -> None:
    m = one(text, language)
    assert (m.count_text, m.mention_type) == (count_text, mention_type)


def test_vague_demonym_without_a_troop_verb_is_no_count() -> None:
    assert spans("אלפי אמריקאים ביקרו בבסיס הצבאי בקיץ.", "he") == []


@pytest.mark.parametrize(
    ("text", "count_text", "actor"),
    [
        # serving makes people troops; uniformed personnel and members of a unit are troops
        ('כיום משרתים בצה"ל כ-3,000 חרדים במסלולים שונים.', "כ-3,000", "ISR"),
        ('בצה"ל משרתים כיום כ-9,000 לובשי מדים חרדים.', "כ-9,000", "ISR"),
        ("ארבעה חברים מהגדוד נהרגו במשימה באזור קורסק.", "ארבעה", None),
        # the capital names the sender; "the Russian front" is a place, not the owner
        ("פיונגיאנג שלחה אלפי חיילים לחזית הרוסית.", "אלפי", "PRK"),
    ],
)
def test_hebrew_recruitment_nouns(text: str, count_text: str, actor: str | None) -> None:
    m = one(text, "he")
    assert (m.count_text, m.actor_code) == (count_text, actor)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ('לפי הנתונים, אחד מתוך חמישה גברים אינו מתגייס לצה"ל.', "he"),
        ("יש כ-50 אלף משרתים פוטנציאלים למערך המילואים.", "he"),
        ("בתוך שנתיים עלה מספר המשתמטים מצווי הגיוס מכ-10 אלף לכ-60 אלף.", "he"),
        ('השירות נועד לחרדים בני 26-22 בצה"ל.', "he"),
        ("ارتفع عدد المعتقلين لدى الجيش إلى 300 منذ بدء الحرب.", "ar"),
    ],
)
def test_ratios_potentials_and_other_people(text: str, language: str) -> None:
    assert spans(text, language) == []


def test_a_sentence_with_only_a_label_places_the_troops_before_it() -> None:
    text = (
        "استهدف صاروخ موقعا عسكريا أمريكيا، مما أسفر عن مقتل 4 عسكريين. استهدف الهجوم البرج 9 في جنوب الأردن."
    )
    m = one(text, "ar")
    assert (m.count_text, m.actor_code, m.location_country) == ("4", "USA", "JOR")


def test_report_of_a_country_and_experts_of_the_un_speak_but_do_not_own() -> None:
    text = "أفاد تقرير أميركي بوجود 3 آلاف «مرتزق يقاتلون في السودان لصالح موسكو»."
    assert one(text, "ar").actor_code == "RUS"
    text = "وبحسب خبراء الأمم المتحدة، لا يزال نحو 1500 مقاتل من فاغنر في مالي."
    assert one(text, "ar").actor_code == "RUS"


@pytest.mark.parametrize(
    ("text", "count_text", "actor"),
    [
        # a call-up or a troop verb after an adverb makes a demonym count troops
        ("במוסקבה שוקלים גיוס של למעלה ממיליון רוסים בשנה הבאה.", "למעלה ממיליון", "RUS"),
        ("בחודש שעבר 200 אלף אוקראינים כבר גויסו.", "200 אלף", "UKR"),
    ],
)
def test_hebrew_demonyms_called_up(text: str, count_text: str, actor: str) -> None:
    m = one(text, "he")
    assert (m.count_text, m.actor_code, m.mention_type) == (count_text, actor, "force_size")


def test_an_active_wounding_verb_before_the_count_is_a_casualty() -> None:
    m = one("רקטות ששוגרו מעיראק פצעו ארבעה חיילים אמריקנים.", "he")
    assert (m.count_text, m.mention_type) == ("ארבעה", "casualties")


def test_the_setting_of_the_passage_places_a_count_a_few_sentences_later() -> None:
    text = (
        "מחבלים ניסו לחדור למוצב בחאן יונס הבוקר. לאחר חילופי אש, חלק מהם נמלטו. "
        'הכוחות סרקו את השטח. באירוע נפצעו 2 לוחמי צה"ל.'
    )
    m = one(text, "he")
    assert (m.count_text, m.actor_code, m.location_country) == ("2", "ISR", "PSE")


def test_a_place_where_it_is_said_is_not_where_the_troops_are() -> None:
    m = one("ארבעה חיילים נפצעו בתקיפה על הבסיס, כך דווח בארצות הברית.", "he")
    assert m.location_country is None
    m = one("בלונדון טוענים כי כ-300 חיילים רוסים נהרגו בשבוע האחרון.", "he")
    assert (m.actor_code, m.location_country) == ("RUS", None)


@pytest.mark.parametrize(
    "text",
    [
        "משרד הבריאות המקומי: 120 נהרגו מתחילת המלחמה, מתוכם 9 ילדים",
        "במלחמה נהרגו עד כה לפחות ארבעה אנשים ו-11 נפצעו.",
        "בשבוע הראשון של המלחמה 2 מיליון נעקרו מבתיהם.",
    ],
)
def test_hebrew_tolls_of_civilians_and_the_displaced(text: str) -> None:
    assert spans(text, "he") == []


def test_arabic_a_figure_before_the_toll_of_soldiers() -> None:
    m = one("أعلن الجيش مقتل ضابط آخر، ما يرفع إلى 12 حصيلة الجنود الذين قتلوا منذ بدء العملية.", "ar")
    assert (m.count_text, m.mention_type) == ("12", "casualties")


def test_arabic_part_of_a_count_of_people_is_no_troop_count() -> None:
    text = "شهدت المنطقة تصعيدا عسكريا أسفر عن مقتل 20 شخصا في غارات، 7 منهم في بلدة واحدة."
    assert spans(text, "ar") == []


def test_arabic_soldiers_and_settlers_are_no_troop_count() -> None:
    assert spans("أسفرت الهجمات عن مقتل 15 من الجنود والمستوطنين في الأشهر الأخيرة.", "ar") == []


def test_arabic_the_country_invaded_places_the_troops_and_fighting_isis_does_not_own_them() -> None:
    m = one("قالت كييف إن القوات الروسية فقدت نحو 5000 جندي خلال غزوها أوكرانيا.", "ar")
    assert (m.actor_code, m.location_country) == ("RUS", "UKR")
    m = one("أصيب 6 جنود في هجوم على قاعدة تستضيف قوات أميركية لمحاربة داعش في العراق.", "ar")
    assert m.actor_code != "ISIS"


def test_hebrew_years_are_no_two_and_a_toll_may_reach_up_to_a_figure() -> None:
    text = "נספרו 850 פעילים של הארגון בסוריה, שנהרגו בין השנים 2013-2016. מספרם עשוי להגיע עד לכ-900 (לפי הערכה)."
    found = extract_mentions(text, "he")
    assert [(m.count_text, m.troop_count_min, m.troop_count_max) for m in found] == [
        ("850", 850, 850),
        ("עד לכ-900", None, 900),
    ]


def test_hebrew_the_strip_alone_is_no_place() -> None:
    # ../shared/extraction/README.md: «ברצועה», «القطاع» stay null; only Gaza named gives PSE
    m = one("הותר לפרסום כי שלושה לוחמי מילואים נפלו בקרבות בדרום הרצועה.", "he")
    assert m.location_country is None
    m = one("הותר לפרסום כי שלושה לוחמי מילואים נפלו בקרבות בדרום רצועת עזה.", "he")
    assert m.location_country == "PSE"


def test_where_fighters_come_from_is_not_where_they_are() -> None:
    m = one("وأكدت الوكالة أن نحو 200 عنصر من قتلى الحزب ينحدرون من قرى في جنوب لبنان.", "ar")
    assert m.location_country is None


def test_arabic_helping_an_army_does_not_own_and_a_ground_manoeuvre_is_no_drill() -> None:
    m = one("قال مسؤولون إن بيونغ يانغ أرسلت ما لا يقل عن 8 آلاف جندي لمساعدة موسكو.", "ar")
    assert m.actor_code != "RUS"
    m = one("وقالت الصحيفة إن هناك 90 قتيلا من الجنود منذ بدء المناورة البرية.", "ar")
    assert m.mention_type == "casualties"


def test_arabic_a_trailing_qualifier_after_a_gentilic_and_others_two_sentences_on() -> None:
    m = one("ووفقا لأرقام غير رسمية، فإن 1500 عسكري إيراني على الأقل قتلوا في سوريا.", "ar")
    assert (m.count_precision, m.troop_count_min, m.troop_count_max) == ("lower_bound", 1500, None)
    text = (
        "لقي 9 جنود من الحرس الثوري حتفهم في معارك في مدينة حلب. صرح بذلك متحدث باسم الحرس الثوري. "
        "وقال المتحدث إن 14 آخرين أصيبوا بجراح."
    )
    found = extract_mentions(text, "ar")
    assert [(m.count_text, m.actor_code, m.location_country) for m in found] == [
        ("9", "IRN", "SYR"),
        ("14", "IRN", "SYR"),
    ]


def test_arabic_peacekeepers_and_the_capital() -> None:
    m = one("أصيب اثنان من جنود حفظ السلام بنيران إسرائيلية في الناقورة.", "ar")
    assert (m.count_text, m.actor_code, m.location_country) == ("اثنان", "UN", "LBN")
    m = one("قالت مواقع إيرانية إن ثلاثة من ضباط الحرس الثوري قتلوا في اشتباكات شرق العاصمة دمشق.", "ar")
    assert m.location_country == "SYR"


@pytest.mark.parametrize(
    ("text", "language", "actor"),
    [
        # an IDF brigade or unit names the owner
        ("בקרב בשג'אעייה נהרגו ארבעה לוחמי גולני.", "he", "ISR"),
        ('בתקרית נפצעו שני לוחמים מחטיבת הנח"ל.', "he", "ISR"),
        ("وأضافت أن لواء جفعاتي خسر 12 جنديا منذ بدء المعركة.", "ar", "ISR"),
    ],
)
def test_israeli_brigades_own_their_troops(text: str, language: str, actor: str) -> None:
    assert one(text, language).actor_code == actor


def test_hebrew_to_the_north_of_a_country_is_a_place_and_neutralised_is_a_casualty() -> None:
    m = one("טורקיה שלחה מאות חיילים לצפון סוריה.", "he")
    assert (m.actor_code, m.location_country) == ("TUR", "SYR")
    assert one("בתקרית נוטרלו ארבעה מחבלים חמושים.", "he").mention_type == "casualties"


def test_hebrew_approximate_words_after_a_preposition_and_troops_held_captive() -> None:
    m = one("מדובר בכשלושים לוחמים שנלכדו בשבי.", "he")
    assert (m.count_text, m.troop_count_min, m.count_precision) == ("כשלושים", 30, "approximate")
    m = one("בשבי חמאס מוחזקים עדיין 20 חיילים.", "he")
    assert (m.actor_code, m.mention_type) == (None, "casualties")


def test_troops_that_moved_and_were_killed_are_casualties() -> None:
    m = one("היום ארבעה מחבלים יצאו מן המנהרה, ניסו לברוח וחוסלו בידי הכוחות.", "he")
    assert m.mention_type == "casualties"
    # a figure of others before the killing: the first figure keeps its own verb
    found = extract_mentions("הצבא הוציא 300 חיילים מהעיר לאחר ש-4 חיילים נהרגו.", "he")
    assert [(m.count_text, m.mention_type) for m in found] == [("300", "withdrawal"), ("4", "casualties")]


@pytest.mark.parametrize(
    "text",
    [
        # a military adjective ("مباني عسكرية") does not make a demonym count troops
        "أصيب ستة إسرائيليين بجروح، في حين شنت الطائرات غارات على مبان عسكرية في الجنوب.",
        # a war toll beside the displaced counts civilians too
        "يخوض الجيش وقوات الدعم السريع حربا خلفت نحو 12 ألف قتيل وقرابة 5 ملايين نازح.",
    ],
)
def test_arabic_israelis_near_military_buildings_and_war_tolls_with_the_displaced(text: str) -> None:
    assert spans(text, "ar") == []


# ------------------------------------------------------------------------------ Hebrew round 3 (written here)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll of the army that counts standby squads or police too is no troop count
        ('במלחמה נפלו 410 חללי צה"ל, הכוללים 20 חברי כיתות כוננות.', []),
        # "the second one" is an ordinal, not a count of two
        ("בתקרית נפצעו שני לוחמים, האחד קשה והשני קל.", ["שני"]),
        ("שתי לוחמות נפצעו, האחת קל והשנייה בינוני.", ["שתי"]),
        # other people counted right after a figure, in a sentence about troops killed
        ("שלושה מחבלים נהרגו בפעולה בג'נין, שבה נעצרו 12 מבוקשים.", ["שלושה"]),
        ("ארבעה חיילים נפצעו בעימות, שבו נעצרו 30 עצורים נוספים.", ["ארבעה"]),
        # a definite numeral refers to the figure of its value, else to the last thing counted
        ("שני חיילים נהרגו ביום שלישי, ונעצרו 9 חשודים. השניים שירתו בגולני.", ["שני", "השניים"]),
        ("הצבא יפנה חמישה מוצבים מתוך השבעה שבגזרה, ויוציא 300 חיילים.", ["300"]),
        # a killing or capture named right before a small spelled figure counts the troops named before
        ('המחבלים חטפו שני חיילי צה"ל והרגו שלושה.', ["שני", "שלושה"]),
        ("הפשיטה הסתיימה בחטיפת שני חיילים ובהריגת חמישה.", ["שני", "חמישה"]),
        ("בטנק שעלה על מטען נהרגו ארבעת אנשי צוותו.", ["ארבעת"]),
        # Monday in parentheses is no figure
        ("שני לוחמים נפצעו הבוקר (שני) בגבול.", ["שני"]),
    ],
)
def test_hebrew_references_and_tolls(text: str, expected: list[str]) -> None:
    assert spans(text, "he") == expected


def test_hebrew_compass_direction_marks_the_country_left() -> None:
    text = "הפנטגון יצמצם 800 חיילים מצפון-מזרח סוריה בחודשים הקרובים."
    m = one(text, "he")
    assert (m.count_text, m.actor_code, m.location_country, m.mention_type) == (
        "800",
        "USA",
        "SYR",
        "withdrawal",
    )
    m = one("ארצות הברית תצמצם 600 חיילים אמריקנים מדרום-מזרח סוריה.", "he")
    assert (m.actor_code, m.location_country, m.mention_type) == ("USA", "SYR", "withdrawal")


def test_hebrew_border_places_and_casualty_verbs() -> None:
    m = one("שלושה לוחמים נפלו בהתקפה על כרם שלום.", "he")
    assert (m.location_country, m.mention_type) == ("ISR", "casualties")
    m = one("החוליה חדרה לשטח ישראל, הרגה שני חיילים ונמלטה.", "he")
    assert (m.count_text, m.mention_type) == ("שני", "casualties")
    m = one('חמישה מחבלים ניסו לפרוץ את הגדר ונורו על ידי כוח צה"ל.', "he")
    assert m.mention_type == "casualties"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a number word inside a place name counts nothing; the figure after it still counts
        ("שלושה חיילים פונו לבאר שבע וחמישה לוחמים פונו לחיפה.", "he", ["שלושה", "חמישה"]),
        ("נפצעו שני חיילים ליד באר שבע.", "he", ["שני"]),
        # fighters counted together with their families or civilians are no troop count
        ('מאות מחבלי דאע"ש, ילדיהם ונשותיהם יצאו מהכלא בצפון.', "he", []),
        ("أفرج عن مئات من مقاتلي داعش وعائلاتهم من المخيم.", "ar", []),
        ("أفرج عن 300 مقاتل من داعش من المخيم.", "ar", ["300"]),
    ],
)
def test_place_names_and_mixed_totals(text: str, language: str, expected: list[str]) -> None:
    assert spans(text, language) == expected


@pytest.mark.parametrize(
    ("text", "mention_type", "location"),
    [
        ("שבעה חיילים הגיעו לבית החולים בחיפה לאחר שנפגעו.", "casualties", "ISR"),
        ("20 חיילים הובאו לבתי החולים בדרגות פציעה שונות.", "casualties", None),
        ('הכורדים העבירו לידי עיראק 200 מחבלי דאע"ש.', "other", None),
        ('מאות פעילי דאע"ש נמלטים מהמחנות בצפון ובמזרח סוריה.', "other", "SYR"),
    ],
)
def test_hebrew_hospital_handover_and_escape(text: str, mention_type: str, location: str | None) -> None:
    m = one(text, "he")
    assert (m.mention_type, m.location_country) == (mention_type, location)


def test_arabic_others_inherit_the_owner_and_missing_is_a_casualty() -> None:
    found = extract_mentions("قتل 12 جنديا سوريا في الغارة، وما زال مصير عشرات آخرين مجهولا.", "ar")
    assert [(m.count_text, m.actor_code, m.mention_type) for m in found] == [
        ("12", "SYR", "casualties"),
        ("عشرات", "SYR", "casualties"),
    ]
    m = one("وقالت الصحيفة إن من سقط هم 9 جنود في المعركة.", "ar")
    assert m.mention_type == "casualties"


@pytest.mark.parametrize(
    ("text", "count_text", "mention_type"),
    [
        # a call-up right before the figure: the size of the force, wherever it is sent
        ("بدأ الجيش باستدعاء نحو 30 ألف جندي احتياطي لدخول مدينة غزة.", "نحو 30 ألف", "force_size"),
        ("أعلنت الوزارة تعبئة 50 ألف جندي لنشرهم في الجنوب.", "50 ألف", "force_size"),
        # the verb of the sentence wins over a participle that only says where the troops are
        ("قررت الحكومة تقليص عدد قواتها المنتشرة في العراق من 3000 جندي.", "3000", "withdrawal"),
        ("أعلن الجيش خفض قواته المتمركزة في الجنوب بنحو 800 جندي.", "نحو 800", "withdrawal"),
        ("اعتقلت القوات نحو 500 متطرف في المخيم.", "نحو 500", "casualties"),
    ],
)
def test_arabic_call_ups_and_reductions(text: str, count_text: str, mention_type: str) -> None:
    m = one(text, "ar")
    assert (m.count_text, m.mention_type) == (count_text, mention_type)


def test_arabic_range_with_about_after_its_opener() -> None:
    m = one("وصل عدد الجنود إلى مستوى يتراوح بين نحو 20 الفا الى 25 الف جندي.", "ar")
    assert (m.count_text, m.troop_count_min, m.troop_count_max, m.count_precision) == (
        "بين نحو 20 الفا الى 25 الف",
        20000,
        25000,
        "range",
    )


def test_hebrew_toll_in_parentheses_weekday_and_call_up_orders() -> None:
    text = 'מאז פרוץ הלחימה נהרגו 430 חיילי צה"ל. רוב ההרוגים (310) נפלו בקרבות ברצועה.'
    assert spans(text, "he") == ["430", "310"]
    # a toll of civilians in parentheses stays out
    assert spans("בהפגזה נהרגו אנשים רבים, מרבית ההרוגים (45) תושבי העיר.", "he") == []
    assert spans("ביום שני נפלו שני לוחמים בגבול.", "he") == ["שני"]
    assert spans("וביום שני נפצעו שלושה לוחמים.", "he") == ["שלושה"]
    assert spans("מוקדם יותר היום שני לוחמים נפצעו בגבול.", "he") == ["שני"]
    m = one("עם פרוץ המלחמה קיבלו עשרות אלפי ישראלים צווי 8 ויצאו לחזית.", "he")
    assert (m.count_text, m.actor_code, m.mention_type) == ("עשרות אלפי", "ISR", "force_size")
    # Israelis with no call-up are civilians in Hebrew news
    assert spans("אלפי ישראלים הפגינו מול הקריה נגד הצבא.", "he") == []


def test_hebrew_hospitalised_and_trained() -> None:
    found = extract_mentions('צה"ל מסר: 800 פצועים מתחילת הלחימה, 35 מאושפזים במצב קשה.', "he")
    assert [(m.count_text, m.mention_type) for m in found] == [("800", "casualties"), ("35", "casualties")]
    assert spans("בבית החולים מאושפזים 35 מטופלים.", "he") == []
    m = one('משרד ההגנה הכשיר 5,000 חיילים למשימה בחו"ל.', "he")
    assert m.mention_type == "training"


@pytest.mark.parametrize(
    ("text", "language", "mention_type"),
    [
        # troops massed or arriving for a parade, rally or march take part in a ceremony
        ("احتشد آلاف المقاتلين في الساحة لتخليد ذكرى تأسيس الجماعة.", "ar", "other"),
        ("وصلت المسيرة إلى المدينة وشارك فيها خمسة آلاف مقاتل.", "ar", "other"),
        ("אלפי חיילים צעדו במצעד יום העצמאות בבירה.", "he", "other"),
        # an exercise that tests defences makes the troops sent for it trainees
        ("يجري اختبار القدرات الدفاعية خلال أسبوعين، وقد وصل 900 جندي أمريكي.", "ar", "training"),
    ],
)
def test_ceremonies_and_tests(text: str, language: str, mention_type: str) -> None:
    assert one(text, language).mention_type == mention_type


def test_an_elliptical_figure_keeps_the_type_of_the_count_before() -> None:
    text = "قتل 19 جنديا في ثلاث عمليات، بينهم 10 قتلوا في كمين، و6 في قصف لحشود عسكرية شرقي المدينة."
    assert [m.mention_type for m in extract_mentions(text, "ar")] == ["casualties"] * 3


def test_arabic_civilian_sailors_ground_manoeuvres_and_our_soldiers() -> None:
    assert spans("أعيد 15 بحارا مدنيا إلى بلادهم بعد غرق السفينة.", "ar") == []
    found = extract_mentions("قتل 300 جندي منذ بداية الحرب، 120 منهم في المناورات البرية.", "ar")
    assert [m.mention_type for m in found] == ["casualties", "casualties"]
    m = one("وقال القائد: استعدنا أمس 12 من جنودنا من الأسر.", "ar")
    assert m.count_text == "12"
    m = one("يستقبل قسم التأهيل بوزارة الدفاع يوميا 40 جريحا.", "ar")
    assert m.mention_type == "casualties"


def test_others_of_the_same_sentence_keep_their_owner_unless_another_is_named() -> None:
    found = extract_mentions("غادر 300 جندي فرنسي القاعدة، ويجب إعادة 200 جندي آخرين خلال أيام.", "ar")
    assert [m.actor_code for m in found] == ["FRA", "FRA"]
    found = extract_mentions("سترسل فرنسا 300 جندي، وسترسل الدنمارك 250 جنديا آخرين.", "ar")
    assert [m.actor_code for m in found] == ["FRA", "DNK"]


def test_hebrew_total_stands_now_at_with_the_noun_far_back() -> None:
    text = (
        "מספר המילואימניקים שגויסו מאז פרוץ הלחימה, לפי נתונים שפרסם היום אגף כוח האדם בצבא, "
        "עומד כעת על יותר מ-90 אלף."
    )
    m = one(text, "he")
    assert (m.count_text, m.count_precision, m.mention_type) == ("יותר מ-90 אלף", "lower_bound", "force_size")
    assert spans("מחיר הדירה עומד כעת על 2 מיליון שקלים.", "he") == []


def test_hebrew_bare_total_followed_by_since() -> None:
    text = "לטענת אוקראינה, מספר החיילים הרוסים שמתו במלחמה עומד על מעל 80 אלף מאז תחילת הפלישה."
    m = one(text, "he")
    assert (m.count_text, m.mention_type) == ("מעל 80 אלף", "casualties")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a killing named right before a vague or spelled figure counts the troops named before it
        ("هاجمت قوات المتمردين الموقع، مما أدى إلى مقتل العشرات بينهم ضباط.", ["العشرات"]),
        ("قصفت القوات الحي ما أدى إلى مقتل العشرات بينهم أطفال.", []),
        # a part of the count before may run on into any word
        ("أصيب 900 جندي منذ بداية الحرب، بينهم 140 تصنف إصابتهم بالخطيرة.", ["900", "140"]),
        ("قتل 40 شخصا في القصف، بينهم 12 طفلا.", []),
        # peacekeepers and border guards are troops; out of a total (من أصل) counts them too
        ("أصيب اثنان من حفظة السلام في القصف.", ["اثنان"]),
        ("قتل 9 من حرس الحدود في الهجوم.", ["9"]),
        ("رفض ألف جندي احتياط من أصل خمسة آلاف، العودة إلى الخدمة.", ["ألف", "خمسة آلاف"]),
    ],
)
def test_arabic_tolls_parts_and_totals(text: str, expected: list[str]) -> None:
    assert spans(text, "ar") == expected


def test_hebrew_inverted_tolls_ordinal_days_and_parts() -> None:
    found = extract_mentions("בהתקפה על המוצב נהרגו שלושה חיילים ונפצעו חמישה.", "he")
    assert [(m.count_text, m.mention_type) for m in found] == [
        ("שלושה", "casualties"),
        ("חמישה", "casualties"),
    ]
    found = extract_mentions("ארבעה לוחמים נפצעו היום, ביום ה-40 ללחימה בעזה.", "he")
    assert [(m.count_text, m.location_country) for m in found] == [("ארבעה", "PSE")]
    found = extract_mentions("שישה חיילים אמריקנים נפצעו בבסיס. שניים מהם במצב קשה.", "he")
    assert [m.actor_code for m in found] == ["USA", "USA"]
    m = one("הכוחות סיימו את הפשיטה בהריגת שמונה מחבלים.", "he")
    assert m.mention_type == "casualties"


@pytest.mark.parametrize(
    ("text", "actor", "location"),
    [
        ("20 מחבלי טליבאן נהרגו בקרב ליד קנדהאר.", "TALIBAN", "AFG"),
        ('שני חיילים נפצעו מפגיעת פצמ"ר במועצה האזורית אשכול.', None, "ISR"),
        ("צבא דרום לבנון מנה אז כ-3,000 לוחמים.", "SLA", None),
    ],
)
def test_hebrew_more_names(text: str, actor: str | None, location: str | None) -> None:
    m = one(text, "he")
    assert (m.actor_code, m.location_country) == (actor, location)


def test_arabic_presentation_forms_and_military_age() -> None:
    # letters in their presentation forms (old pages, PDF exports) read like the plain letters
    text = "ﻳﺼﻞ ﻋﺪﺩ ﺃﻓﺮﺍﺩ ﺍﻟﻘﻮﺍﺕ ﺍﻟﻤﺴﻠﺤﺔ ﺍﻟﻤﻐﺮﺑﻴﺔ ﺇﻟﻰ 200 ﺃﻟﻒ ﺟﻨﺪﻱ."
    m = one(text, "ar")
    assert (m.count_text, m.troop_count_min, m.actor_code) == ("200 ﺃﻟﻒ", 200000, "MAR")
    # people who reach military age every year are no troops
    assert spans("في البلاد 480000 من الأفراد يصلون الى سن الخدمة العسكرية سنويا.", "ar") == []


@pytest.mark.parametrize(
    ("text", "mention_type"),
    [
        ("انشق 40 جنديا عن الجيش وانضموا إلى المعارضة.", "other"),
        ("وصل عدد الضباط المنشقين إلى 120 ضابطا.", "other"),
        ("أعلن مائتا جندي انشقاقهم عن الجيش.", "other"),
        ("فقد الجيش 30 جنديا في المعارك.", "casualties"),
        ("وحسب التقرير، فقد ارتفع عدد الجنود إلى 200 ألف جندي.", "force_size"),
    ],
)
def test_arabic_defectors_and_the_particle_faqad(text: str, mention_type: str) -> None:
    assert one(text, "ar").mention_type == mention_type


def test_hebrew_relative_clause_yields_to_the_verb_before() -> None:
    m = one("הפיקוד הורה על רידוד כוחות של מאות מילואימניקים שהוקפצו לפני חודשיים.", "he")
    assert m.mention_type == "withdrawal"
    m = one("300 חיילים שנשלחו לגבול הצפון.", "he")
    assert m.mention_type == "deployment"


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


def types(text: str) -> list[tuple[str, str]]:
    return [(m.count_text, m.mention_type) for m in extract_mentions(text, "ar")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وبموجب الخطة، ينخفض عدد الجنود البريطانيين في قبرص من 3100 إلى 2200.",
            [("3100", "withdrawal"), ("2200", "withdrawal")],
        ),
        (
            "وحسب الخطة ستنخفض أعداد القوات الفرنسية في مالي من 5000 جندي إلى 2500 قبل الصيف.",
            [("5000", "withdrawal"), ("2500", "withdrawal")],
        ),
        ("وقالت الوزارة إن نحو 900 جندي كندي سيعودون من لاتفيا الشهر المقبل.", [("نحو 900", "withdrawal")]),
        ("وأكد المتحدث أن 1200 جندي إيطالي عادوا من لبنان بعد انتهاء مهمتهم.", [("1200", "withdrawal")]),
        (
            "وأعلنت الحكومة سحب قواتها من النيجر البالغ قوامها 1500 جندي خلال أسابيع.",
            [("1500", "withdrawal")],
        ),
        ("وقرر البرلمان سحب الكتيبة الهولندية وقوامها 600 عنصر من مالي.", [("600", "withdrawal")]),
        ("وبلغ عدد أفراد الجيش البرتغالي 24 ألف جندي في العام الماضي.", [("24 ألف", "force_size")]),
    ],
)
def test_arabic_type_kinds(text: str, expected: list[tuple[str, str]]) -> None:
    assert types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the strength alone still gives the size of a whole army
        ("ويبلغ قوام الجيش التشيلي نحو 80 ألف جندي.", [("نحو 80 ألف", "force_size")]),
        # a base that holds troops abroad stays a presence
        ("وتضم القاعدة في قطر نحو 800 جندي ألماني.", [("نحو 800", "deployment")]),
        # a falling price or a return of refugees is no troop count
        ("وانخفض سعر البرميل من 90 إلى 70 دولارا.", []),
        ("ويعودون 300 لاجئ إلى قراهم كل أسبوع.", []),
    ],
)
def test_arabic_type_kinds_stay(text: str, expected: list[tuple[str, str]]) -> None:
    assert types(text) == expected
