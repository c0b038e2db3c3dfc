"""The shortcuts of the Arabic/Hebrew place lookup give the answers of the plain rules: one look for all the window
rules' literals before each place (a quiet window), and the two-letter guards of the rules that have no longer
word. Sentences written for the tests."""

from __future__ import annotations

import dataclasses
import re

import pytest
from news_etl.extract import semitic_places
from news_etl.extract.guard import Guarded, guarded
from news_etl.extract.semitic_text import fold

SENTENCES = [
    ("ar", "قالت صحيفة محلية إن 300 جندي فرنسي وصلوا إلى مالي، وإن قوات موالية لروسيا انتشرت في ليبيا."),
    ("ar", "نشر الجيش مئات الجنود على الحدود مع لبنان، وانسحب 400 عنصر من دولة النيجر الشهر الماضي."),
    ("ar", "ينحدر المقاتلون من قرى في جنوب لبنان، وبحسب مصادر في العراق قتل 12 منهم في سوريا."),
    ("ar", "غادر آخر الجنود الأمريكيين أفغانستان، وقاتل مسلحون ضد الجيش السوري قرب الحدود التركية."),
    ("ar", "وصل 50 مستشارا عسكريا إلى جمهورية أفريقيا الوسطى، بينما بقيت كتيبة في الأراضي الأوكرانية."),
    ("he", "לפי דיווח בעיתון, כ-500 חיילים אמריקאים ייסוגו מסוריה, כך מסר משרד ההגנה הבריטי."),
    ("he", "סמל ירדן כהן נפצע ברחוב סוריה, ו-20 לוחמים נלחמו בחמאס קרוב לגבול עם מצרים."),
    ("he", "בקהיר החליטו לשלוח 1,000 חיילים מצפון סיני, וחייל יליד אוקראינה שירת בצבא ארצות הברית."),
    ("he", "הצבא הודיע כי היו לישראל מאות חיילים בלבנון, והעיתון הרואה אור בפריז דיווח על כך."),
    ("he", "ניסו לתקוף את המורדים בסוריה, ובערוץ הטלוויזיה בירדן אמרו שנשלחו 300 לוחמים לעיראק."),
]


def _windows(text: str) -> list[tuple[int, int]]:
    """The forty characters before every character, as before every place, and a few shorter ones."""
    return [(max(0, end - width), end) for end in range(len(text) + 1) for width in (40, 12, 3)]


@pytest.mark.parametrize(("lang", "sentence"), SENTENCES)
def test_no_window_rule_matches_in_a_quiet_window(lang: str, sentence: str) -> None:
    text = fold(sentence).text
    finder = semitic_places._window_literals()
    rules = [getattr(rule, "compiled", rule) for rule in semitic_places._window_rules()]
    matched = 0
    for pos, end in _windows(text):
        found = [rule.search(text, pos, end) for rule in rules]
        matched += any(found)
        if finder.search(text, pos, end) is None:
            assert not any(found), (
                text[pos:end],
                [r.pattern for r, f in zip(rules, found, strict=True) if f],
            )
    assert matched  # each sentence has a window some rule matches: the test sees both answers


def test_every_window_rule_has_literals() -> None:
    assert len(semitic_places._window_rules()) >= 15
    assert semitic_places._window_literals().search("بحسب") is not None


@pytest.mark.parametrize(("lang", "sentence"), SENTENCES)
def test_the_short_guards_answer_like_the_plain_rules(lang: str, sentence: str) -> None:
    text = fold(sentence).text
    location, other_side, _ = semitic_places._context_patterns(lang)
    rules = [location, other_side, semitic_places._DEPARTURE[lang]]
    for rule in rules:
        plain = getattr(rule, "compiled", rule)
        for pos, end in _windows(text):
            got, want = rule.search(text, pos, end), plain.search(text, pos, end)
            assert (got and got.span()) == (want and want.span())


def test_the_short_guards_are_in_place() -> None:
    assert isinstance(semitic_places._DEPARTURE["ar"], Guarded)  # "من" alone
    assert isinstance(semitic_places._context_patterns("ar")[1], Guarded)  # "مع", "ضد"
    # a one-letter word ("ב", "ל") is no guard: the Hebrew location rule stays as it is
    assert not isinstance(semitic_places._context_patterns("he")[0], Guarded)
    assert not isinstance(
        guarded(re.compile(r"(?<!\w)من\s+\Z")), Guarded
    )  # the default asks for three letters


def test_a_place_is_replaced_and_hashed_like_a_frozen_one() -> None:
    place = semitic_places.SemiticPlace(3, 9, "SYR", "name", True, False, False)
    same = semitic_places.SemiticPlace(3, 9, "SYR", "name", True, False, False)
    assert place == same and hash(place) == hash(same)
    assert dataclasses.replace(place, code="LBN").code == "LBN" and place.code == "SYR"


@pytest.mark.parametrize(("lang", "sentence"), SENTENCES)
def test_places_alike_with_the_quiet_window_turned_off(
    lang: str, sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = fold(sentence).text
    fast = semitic_places.find_places(text, lang, 0, len(text))
    assert fast
    # a finder that finds a literal everywhere: no window is quiet, every rule is asked
    monkeypatch.setattr(semitic_places, "_window_literals", lambda: re.compile(""))
    assert semitic_places.find_places(text, lang, 0, len(text)) == fast
