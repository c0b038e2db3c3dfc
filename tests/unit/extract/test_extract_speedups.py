"""The speed-ups of the scans give the answers of the plain patterns: guards, the merged cue trie, the opening
filter of the number atoms and the quotation-mark pattern. Sentences written for the tests."""

from __future__ import annotations

import re

import pytest
from news_etl.extract import semitic, semitic_places
from news_etl.extract.guard import Guarded, guarded, required_strings
from news_etl.extract.numbers import atom_pattern
from news_etl.extract.semitic_context import _Context, _cue_matches, _grammar
from news_etl.extract.semitic_numbers import atom_pattern as semitic_atom_pattern
from news_etl.extract.semitic_text import fold

AR_HE = [
    ("ar", "قالت وزارة الدفاع إنها سترسل 300 جندي إلى بولندا، وسحبت نحو ألفي عنصر من العراق الشهر الماضي."),
    ("ar", "وأفادت صحيفة محلية بأن الجيش نشر عشرات الجنود على الحدود مع لبنان بعد مقتل ثلاثة منهم."),
    ("ar", "غادر 400 جندي فرنسي النيجر، ووصل المئات من المقاتلين الموالين لروسيا إلى ليبيا."),
    ("he", 'צה"ל שלח 2,000 חיילים לגבול הצפון, ושני לוחמים נפצעו בקרב ליד העיר.'),
    ("he", "לפי דיווח בעיתון, כ-500 חיילים אמריקאים ייסוגו מסוריה ויעזבו את הבסיס עד סוף החודש."),
    ("he", 'הוא אמר כי "אלפי חיילים" גויסו למילואים ונשלחו מצפון לבנון אל הרצועה.'),
]


@pytest.mark.parametrize(
    ("pattern", "strings"),
    [
        (r"(?<!\w)(?:ال)?موال(?:ي|ية)\s+\Z", {"موالي"}),
        (r"(?<!\w)(?:קרוב|בקרבת)\s+\Z", {"קרוב", "בקרבת"}),
        (r"x(?!y)z|abc", {"xz", "abc"}),
        (r"(?:foo|bar)+\s", {"foo", "bar"}),
    ],
)
def test_required_strings_are_read_off_the_pattern(pattern: str, strings: set[str]) -> None:
    assert required_strings(re.compile(pattern)) == strings


@pytest.mark.parametrize(
    "pattern",
    [r"\d+", r"(?:a|bc)x", r"(?i:thousand)", r"a?b?c?", r"(?:\w+\s+){0,2}"],
)
def test_no_guard_without_literals_worth_a_look(pattern: str) -> None:
    # digits only, one-letter strings, case-insensitive or optional text: the pattern stays as it is
    compiled = re.compile(pattern)
    assert guarded(compiled) is compiled


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<!\w)(?:[وبل]?(?:ال)?(?:صحيفة|مجلة|وكالة))(?:\s+\S+){0,2}\s+\Z",
        r"(?<!\w)(?:ينحدر\w*|מוצא\w*)(?!\w)",
        r"(?<!\w)[ולכש]{0,2}(?:לתקוף|תקפו)\s+(?:את\s+)?\Z",
        r"(?<!\w)(?:the|their)\s+troops?(?!\w)",
    ],
)
def test_a_guarded_pattern_answers_like_the_pattern(pattern: str) -> None:
    plain = re.compile(pattern)
    guard = guarded(plain)
    assert isinstance(guard, Guarded)
    texts = [fold(text).text for _, text in AR_HE] + [
        "their troops and the troop of scouts",
        "وكالة الأنباء قالت",
        "ינחדרון מוצאם",
        "ניסו לתקוף את העיר",
    ]
    for text in texts:
        for start in range(0, len(text) + 1, 3):
            for end in (start, start + 7, start + 40, len(text)):
                got = guard.search(text, start, end)
                want = plain.search(text, start, end)
                assert (got and got.span()) == (want and want.span())
                assert [m.span() for m in guard.finditer(text, start, end)] == [
                    m.span() for m in plain.finditer(text, start, end)
                ]
                assert guard.findall(text, start, end) == plain.findall(text, start, end)
        got_match, want_match = guard.match(text), plain.match(text)
        assert (got_match and got_match.span()) == (want_match and want_match.span())
        assert guard.pattern == plain.pattern  # the pattern's other attributes are handed on


def test_module_patterns_are_guarded() -> None:
    assert isinstance(semitic_places._SPEAKER_BEFORE, Guarded)
    assert isinstance(semitic_places._context_patterns("ar")[2], Guarded)


@pytest.mark.parametrize(("lang", "text"), AR_HE)
def test_merged_cue_trie_finds_the_grammar_cues(lang: str, text: str) -> None:
    ctx = _Context(text, lang)  # type: ignore[arg-type]
    g = _grammar(lang)
    for s in range(len(ctx.text)):
        got = [(m.span(), m.lastgroup) for m in _cue_matches(g, lang, ctx.text, s, len(ctx.text))]  # type: ignore[arg-type]
        want = [(m.span(), m.lastgroup) for m in g.cues.finditer(ctx.text, s, len(ctx.text))]
        assert got == want
    assert any(True for _ in g.cues.finditer(ctx.text))  # every sentence here has a cue word


def _without_opening_filter(lang: str) -> re.Pattern[str]:
    pattern = atom_pattern(lang).pattern
    start = pattern.index(r"\b(?=\d|")
    depth, i = 0, start + 2
    for i in range(start + 2, len(pattern)):  # the end of the lookahead that follows the word boundary
        depth += {"(": 1, ")": -1}.get(pattern[i], 0) if pattern[i - 1] != "\\" else 0
        if depth == 0:
            break
    return re.compile(pattern[: start + 2] + pattern[i + 1 :])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "A thousand troops, a few hundred MARINES and Three Dozen pilots left; 2,500 more stay. THE END",
        ),
        ("en", "About twenty-five hundred soldiers and half a million reservists; tens of thousands fled."),
        (
            "de",
            "Zweitausendfünfhundert Soldaten und Einige Hundert Reservisten, dazu 1.500 Mann und Dutzende.",
        ),
        ("de", "eine halbe Million Menschen, ein paar tausend Helfer, ZEHNTAUSENDE Demonstranten"),
        (
            "fr",
            "Une centaine de soldats, Des Milliers de manifestants, trois cents hommes et 4 500 policiers.",
        ),
        ("fr", "Un demi-million de réservistes et QUELQUES DIZAINES de blindés, vingt-cinq au total."),
    ],
)
def test_opening_filter_keeps_every_number_phrase(lang: str, text: str) -> None:
    plain = _without_opening_filter(lang)
    assert plain.pattern != atom_pattern(lang).pattern
    for start in range(len(text)):
        got = [(m.span(), m.groupdict()) for m in atom_pattern(lang).finditer(text, start)]
        assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text, start)]
    assert atom_pattern(lang).search(text)


@pytest.mark.parametrize(
    "text",
    ['צה"ל אמר "כן" ו"לא"', '"quoted" and "more', 'אב"ג "', '""', 'x"y', ' " ', "«no marks»"],
)
def test_quotation_marks_as_before(text: str) -> None:
    old = re.compile(r'(?<![\u05d0-\u05ea])"|"(?![\u05d0-\u05ea])')
    for start in range(len(text) + 1):
        assert [m.span() for m in semitic._QUOTE_MARK.finditer(text, start)] == [
            m.span() for m in old.finditer(text, start)
        ]


@pytest.mark.parametrize(("lang", "text"), AR_HE)
def test_semitic_opening_filter_keeps_every_number_phrase(lang: str, text: str) -> None:
    pattern = semitic_atom_pattern(lang)  # type: ignore[arg-type]
    start = pattern.pattern.index(r"(?<!\w)(?=") + len(r"(?<!\w)")
    depth, end = 0, start
    for end in range(start, len(pattern.pattern)):
        depth += {"(": 1, ")": -1}.get(pattern.pattern[end], 0)
        if depth == 0:
            break
    plain = re.compile(pattern.pattern[:start] + pattern.pattern[end + 1 :])
    folded = fold(text + " وثلاثة آلاف وبعشرات الجنود ולשלושה אלף ובכאלף").text
    for s in range(len(folded)):
        got = [(m.span(), m.groupdict()) for m in pattern.finditer(folded, s)]
        assert got == [(m.span(), m.groupdict()) for m in plain.finditer(folded, s)]
