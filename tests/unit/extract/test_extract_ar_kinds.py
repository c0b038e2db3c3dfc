"""Arabic mention kinds met on fresh real text: presence and what stays after a pull-out, strengths reduced,
captured and mourned fighters, qualifiers and owners (sentences written for these tests)."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def found(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (m.count_text, m.mention_type, m.actor_code, m.location_country) for m in extract_mentions(text, "ar")
    ]


def types(text: str) -> list[tuple[str, str]]:
    return [(m.count_text, m.mention_type) for m in extract_mentions(text, "ar")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # presence named by a noun, and a cut mentioned later in the sentence is about something else
        (
            "وأكد المسؤول وجود نحو 3000 جندي بريطاني في إستونيا، رغم أن الوزارة تريد خفض النفقات.",
            [("نحو 3000", "deployment")],
        ),
        ("وتحدث التقرير عن وجود 450 عسكريا إيطاليا في النيجر.", [("450", "deployment")]),
        # what is left after a pull-out stays deployed
        ("وبعد الانسحاب لم يتبق سوى 400 جندي كندي في لاتفيا.", [("400", "deployment")]),
        ("وغادرت القوات القاعدة مع بقاء نحو 700 جندي في المطار.", [("نحو 700", "deployment")]),
        ("وقال الضابط إن عدد الجنود المتبقين في المعسكر يبلغ 350 جنديا.", [("350", "deployment")]),
        ("وسيبقى 250 جنديا أستراليا في البلاد لحماية السفارة.", [("250", "deployment")]),
    ],
)
def test_presence_and_what_stays_are_deployments(text: str, expected: list[tuple[str, str]]) -> None:
    assert types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the strength or presence a cut acts on belongs to the cut
        ("وقررت الحكومة خفض عديد قواتها في تشاد بألف جندي.", [("ألف", "withdrawal")]),
        (
            "وقال الوزير إن الخطة ستخفض وجود الجنود الإسبان في لبنان إلى نحو 600 جندي.",
            [("نحو 600", "withdrawal")],
        ),
        # a clause about an earlier time does not say what happens to the figures before it
        (
            "وستخفض الوزارة عدد جنودها في النيجر من 1500 إلى 800 جندي، بعد أن وصل عددهم في الذروة إلى 3000 جندي.",
            [("1500", "withdrawal"), ("800", "withdrawal"), ("3000", "deployment")],
        ),
        # a verb right before the next figure is that figure's
        (
            "وطالب الرئيس بسحب القوات البالغ عددها 1200 جندي من العراق، بينما لدى واشنطن نحو 300 جندي في الكويت.",
            [("1200", "withdrawal"), ("نحو 300", "deployment")],
        ),
        # a participle with the article after the figure describes another noun
        (
            "وتقلص الدولة قواتها إلى 400 عنصر في القاعدة، مع نقل القوات المتبقية إلى الشمال.",
            [("400", "withdrawal")],
        ),
    ],
)
def test_reductions_keep_their_figures(text: str, expected: list[tuple[str, str]]) -> None:
    assert types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وخطف المسلحون 9 جنود وأعدموهم بعد أيام.", [("9", "casualties")]),
        ("وأعلن الجيش أن 14 عسكريا اختطفوا على الطريق.", [("14", "casualties")]),
        ("ونعت الحركة 12 من مقاتليها في بيان.", [("12", "casualties")]),
        ("وشيّعت الجماعة 7 من عناصرها في العاصمة.", [("7", "casualties")]),
    ],
)
def test_captured_executed_or_mourned_troops_are_casualties(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # training the local forces is the purpose of a mission abroad
        (
            "ويوجد في الصومال 700 جندي تركي لمحاربة المتشددين وتدريب القوات المحلية.",
            [("700", "deployment")],
        ),
        # an exercise stays training
        ("ويشارك 2000 جندي في تدريبات مشتركة قرب الحدود.", [("2000", "training")]),
        ("وأنهى 500 مجند دورة تدريب على الرماية.", [("500", "training")]),
    ],
)
def test_training_others_is_a_mission_drills_stay_training(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert types(text) == expected


@pytest.mark.parametrize(
    ("text", "count_text", "low", "high", "precision"),
    [
        ("ولدى البلاد ما يزيد قليلا عن 5 آلاف جندي.", "ما يزيد قليلا عن 5 آلاف", 5000, None, "lower_bound"),
        ("وينتشر في الإقليم أكثر بقليل من 900 جندي.", "أكثر بقليل من 900", 900, None, "lower_bound"),
        ("وتضم القوة ما يتراوح بين 2500 و3 آلاف جندي.", "ما يتراوح بين 2500 و3 آلاف", 2500, 3000, "range"),
        ("وستبقى في البلاد ما بين 300 و400 جندي.", "ما بين 300 و400", 300, 400, "range"),
    ],
)
def test_more_qualifiers(text: str, count_text: str, low: int, high: int | None, precision: str) -> None:
    (m,) = extract_mentions(text, "ar")
    assert (m.count_text, m.troop_count_min, m.troop_count_max, m.count_precision) == (
        count_text,
        low,
        high,
        precision,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ويخدم في القاعدة 1800 من مشاة البحرية الأمريكية.", ["1800"]),
        ("وقرر الوزير خفض عديد القوة في تشاد الى ألفي رجل.", ["ألفي"]),
        # men with no military word in the sentence are no troops
        ("وحضر الحفل ألفا رجل من أهالي المدينة.", []),
    ],
)
def test_marines_and_men_of_a_force(text: str, expected: list[str]) -> None:
    assert [m.count_text for m in extract_mentions(text, "ar")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # officers of the group named before them
        ("أعلنت جماعة الحوثي مقتل خمسة من ضباطها في المعارك.", [("خمسة", "casualties", "HOUTHIS", None)]),
        # soldiers of an army fighting a group named after them stay the army's
        (
            "واعترف الجيش الإسرائيلي بمقتل 9 من جنوده في اشتباكات مع مقاتلي حزب الله.",
            [("9", "casualties", "ISR", None)],
        ),
        # troops of both countries named before have no single owner
        (
            "وبدأت اليابان وأستراليا مناورات مشتركة. ويشارك فيها 2400 عسكري من كلا البلدين.",
            [("2400", "training", None, None)],
        ),
        (
            "وبدأت اليابان وأستراليا مناورات مشتركة. ويشارك فيها نحو 2400 جندي.",
            [("نحو 2400", "training", None, None)],
        ),
        # the capital after "من طرف" owns the troops
        (
            "وتشارك في المناورات 900 جندي من طرف سيول.",
            [("900", "training", "KOR", None)],
        ),
        # a country in a relative clause after the noun is not the owner
        (
            "ويشارك 3000 جندي في التدريبات التي تراقبها الصين عن قرب.",
            [("3000", "training", None, None)],
        ),
    ],
)
def test_owners_named_around_the_figure(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert found(text) == expected
