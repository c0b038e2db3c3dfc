"""Arabic mention type, round 5 kinds, on sentences written for these tests: a count that falls ("ينخفض ... من
X إلى Y"), troops that return home, a strength that describes troops being moved, and the number of an army's
members."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


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
