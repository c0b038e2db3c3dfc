"""The speed-ups of the scans give the answers of the plain patterns: guards, the merged cue trie, the opening
filter of the number atoms and the quotation-mark pattern. Sentences written for the tests."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import pytest
from news_etl.extract import semitic, semitic_places
from news_etl.extract.guard import (
    Guarded,
    LiteralStart,
    guarded,
    leading_literal,
    literal_start,
    literals_finder,
    max_width,
    required_strings,
)
from news_etl.extract.numbers import atom_pattern
from news_etl.extract.semitic_context import _any_cue, _Context, _cue_matches, _grammar
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


def _assert_answers_alike(
    guard: Any, plain: re.Pattern[str], text: str, windows: Iterable[tuple[int, int]]
) -> None:
    """A guarded pattern's search, finditer and findall give the plain pattern's answers in every window."""
    for start, end in windows:
        got, want = guard.search(text, start, end), plain.search(text, start, end)
        assert (got and got.span()) == (want and want.span())
        assert [m.span() for m in guard.finditer(text, start, end)] == [
            m.span() for m in plain.finditer(text, start, end)
        ]
        assert guard.findall(text, start, end) == plain.findall(text, start, end)


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
        _assert_answers_alike(
            guard,
            plain,
            text,
            (
                (start, end)
                for start in range(0, len(text) + 1, 3)
                for end in (start, start + 7, start + 40, len(text))
            ),
        )
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


# --- case-insensitive guards, end-anchored alternations and the remembered match (round 10) ---------------------

EN_DE_FR = [
    "The number of troops deployed there rose to 4,500 last year, officials said.",
    "Some 300 soldiers arrived; another 250 are expected, bringing the total to 550.",
    "Die Truppe wurde auf 2.000 Mann reduziert, später sollen es noch 1.500 sein.",
    "Les effectifs ont été ramenés d'environ 900 à 600 hommes, selon l'état-major.",
    "THE STRENGTH OF THE BRIGADE STOOD AT 3,200 — AND ROSE BY 400.",
    "Troops: 1,200 (of whom 300 reservists), numbering 40 per unit.",
    # letters re folds to another letter's case: the guard must leave such a span to the pattern
    "The ſtrength of the force ſtood at 900, the fıgure rose to 950 and the İnfantry to 30.",
]


def test_folded_required_strings_read_case_insensitive_parts() -> None:
    from news_etl.extract.guard import folded_required_strings

    assert folded_required_strings(re.compile(r"(?<![\w])(?i:They Are|there were)\s+\Z")) == {
        "they are",
        "there were",
    }
    assert required_strings(re.compile(r"(?i:they are)\s+\Z")) is None  # the plain guard does not read them
    assert folded_required_strings(re.compile(r"\d+\s*")) is None


def test_unfoldable_characters_are_all_where_lower_differs_from_re() -> None:
    import _sre
    import sys

    from news_etl.extract.guard import _unfoldable_characters

    unfoldable = set(_unfoldable_characters())
    assert {"ſ", "ı", "İ"} <= unfoldable
    assert not any(c.isascii() for c in unfoldable)
    differing = [
        c
        for c in range(sys.maxunicode + 1)
        if not 0xD800 <= c <= 0xDFFF
        and chr(c) not in unfoldable
        and chr(c).lower() != chr(_sre.unicode_tolower(c))
    ]
    assert differing == []


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<![\w])(?i:they (?:are|were)|numbering|stood at|the strength of(?: [\w'’-]+){0,2})\s+\Z",
        r"(?<![\w])(?i:st\w*|fi\w*)(?![\w])",
        r"(?<![\w-])(?:[\w]+-)*(?i:troops?|soldiers?|hommes|soldaten|infantry)(?![\w])",
        r"(?i:rose) (?:to|by)\s+\Z",
    ],
)
def test_a_fold_guarded_pattern_answers_like_the_pattern(pattern: str) -> None:
    from news_etl.extract.guard import FoldGuarded, fold_guarded

    plain = re.compile(pattern)
    guard = fold_guarded(plain)
    assert isinstance(guard, FoldGuarded)
    for text in EN_DE_FR:
        _assert_answers_alike(
            guard,
            plain,
            text,
            (
                (start, end)
                for start in range(0, len(text) + 1, 2)
                for end in (start, start + 9, start + 40, len(text), len(text) + 5)
            ),
        )
    assert guard.pattern == plain.pattern


@pytest.mark.parametrize(
    ("source", "alternatives"),
    [
        (r"(?:a|b(?:c|d)|[|(]e)\Z", ["a", "b(?:c|d)", "[|(]e"]),
        (r"(?:[]|]x|\|y|z)\Z", [r"[]|]x", r"\|y", "z"]),
        (r"(?:a)|(?:b)\Z", None),
        (r"(?:a|b)", None),
    ],
)
def test_top_level_alternatives(source: str, alternatives: list[str] | None) -> None:
    from news_etl.extract.guard import _top_level_alternatives

    assert _top_level_alternatives(source) == alternatives


def test_end_anchored_alternatives_find_the_leftmost_start() -> None:
    from news_etl.extract.guard import EndAnchoredAlternatives, FoldGuarded, fold_guarded
    from news_etl.extract.lexicon import grammar

    patterns = [
        re.compile(r"(?:(?<![\w])(?i:numbering|rose to|of)(?:\s+|(?<=['’]))|[,(:—–]\s*|\s[-–—]\s*)\Z"),
        *(re.compile(grammar(lang).bare_trigger_before.pattern) for lang in ("en", "de", "fr")),
    ]
    for plain in patterns:
        split = fold_guarded(plain)
        assert isinstance(split, EndAnchoredAlternatives)
        assert isinstance(split.alternatives[0], FoldGuarded)
        for text in EN_DE_FR:
            for end in range(len(text) + 1):
                for start in (0, max(0, end - 30), max(0, end - 130), end):
                    got, want = split.search(text, start, end), plain.search(text, start, end)
                    assert (got and (got.span(), got.group())) == (want and (want.span(), want.group()))


def test_a_pattern_with_groups_is_not_split() -> None:
    from news_etl.extract.guard import EndAnchoredAlternatives, fold_guarded

    assert not isinstance(fold_guarded(re.compile(r"(?:(?i:about)\s+|(x),\s*)\Z")), EndAnchoredAlternatives)


def test_remembered_match_answers_like_the_pattern() -> None:
    from news_etl.extract.guard import RememberedMatch, remembered

    plain = re.compile(r"\s+(?P<noun>soldiers|troops)\b")
    memo = remembered(plain)
    assert isinstance(memo, RememberedMatch)
    text = "300 soldiers and 200 troops, 100 more"
    other = "".join(["300 soldiers and 200 troops, 100 ", "more"])  # equal, but another object
    for string in (text, text, other, text):
        for pos in (3, 3, 20, 3, 31, 31):
            for endpos in (len(string), 10, len(string)):
                got, want = memo.match(string, pos, endpos), plain.match(string, pos, endpos)
                assert (got and got.span()) == (want and want.span())
    first = memo.match(text, 3)
    assert memo.match(text, 3) is first  # asked again: the answer kept
    for string in (text, text, other, text):
        for pos in (0, 0, 12, 30, 30):
            for endpos in (len(string), 25, len(string)):
                got, want = memo.search(string, pos, endpos), plain.search(string, pos, endpos)
                assert (got and got.span()) == (want and want.span())
    assert memo.search(text, 5) is memo.search(text, 5)
    assert memo.groupindex == plain.groupindex


def test_the_grammars_wrap_only_the_fields_named() -> None:
    from news_etl.extract.guard import RememberedMatch
    from news_etl.extract.lexicon import grammar
    from news_etl.extract.semitic_context import _grammar as semitic_grammar

    for lang in ("en", "de", "fr"):
        g = grammar(lang)
        assert isinstance(g.follow, RememberedMatch)
        assert isinstance(g.change_chain, re.Pattern)  # heads.py compares match.re with it
        assert isinstance(g.number_of_after, re.Pattern)
    assert isinstance(semitic_grammar("he").noun, RememberedMatch)
    assert isinstance(semitic_grammar("ar").reported, RememberedMatch)


def test_fold_guard_patterns_wraps_the_named_patterns_only() -> None:
    from news_etl.extract.guard import FoldGuarded, fold_guard_patterns

    namespace = {"_A": re.compile(r"(?i:police|gendarm\w*)"), "_B": re.compile(r"(?i:civil\w*)")}
    fold_guard_patterns(namespace, "_A")
    assert isinstance(namespace["_A"], FoldGuarded)
    assert isinstance(namespace["_B"], re.Pattern)
    text = "Two Gendarmes and a POLICE car"
    assert namespace["_A"].search(text).span() == (4, 13)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Lt.-Col. Smith arrived. The U.S. sent 300 troops.", 2),
        ("Die US-bzw. Nato-Truppen kamen an. Es waren 300.", 2),
        ("Er kam am 1. März an. Dann ging er.", 2),
        ("Gen. Miller spoke. Dr. Ruth agreed. Sie kamen ca. 300 Mann stark.", 3),
        ("The U.S.A. Army came. Then C. Brown stayed.", 3),
        ("Er zog ab. Der Rest blieb.", 2),
    ],
)
def test_sentence_splitting_keeps_its_abbreviations(text: str, count: int) -> None:
    from news_etl.extract.sentences import sentence_spans

    assert len(sentence_spans(text)) == count


@pytest.mark.parametrize(
    ("text", "lang", "counts"),
    [
        ("Sergeant Paul Miller, 34, of Ohio said 200 soldiers had left.", "en", ["200"]),
        ("Leutnant Anna Berg (27) sagte, 300 Soldaten seien verlegt worden.", "de", ["300"]),
        ("Die Armee schickte 45 Soldaten, 12 davon Sanitäter.", "de", ["45", "12"]),
        ("Some 150, 60 of them medics, were sent with 90 soldiers.", "en", ["60", "90"]),
    ],
)
def test_ages_stay_apart_from_counts(text: str, lang: str, counts: list[str]) -> None:
    # only a young number is looked at as an age; a large one never was one
    from news_etl.extract import extract_mentions

    assert [m.count_text for m in extract_mentions(text, lang)] == counts


@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_opening_filter_in_exact_case_passes_the_same_positions(lang: str) -> None:
    from news_etl.extract.numbers import _opening_filter

    dispatched = atom_pattern(lang)
    plain = re.compile(
        dispatched.pattern.replace(_opening_filter(lang, _words(lang)), _opening_filter(lang), 1)
    )
    assert plain.pattern != dispatched.pattern
    texts = [
        "A Thousand troops, a few hundred MARINES, THREE dozen pilots and Seventy-Five others; 2,500 more.",
        "Zwölf ZWÖLF zwei Tausende TAUSENDE Sechs sechzehn, EINIGE HUNDERT und 1.500 Mann.",
        "Deux mille SOLDATS, Des Centaines de réservistes et QUELQUES DIZAINES de blindés.",
        "ſix ſeven fıve İnfantry thOUSANDS ſechs Dozens dOZENS: letters re folds to another case.",
    ]
    for text in texts:
        for start in range(len(text)):
            got = [(m.span(), m.groupdict()) for m in dispatched.finditer(text, start)]
            assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text, start)]


def _words(lang: str) -> list[str]:
    from news_etl.extract.lexicon import lexicon_data
    from news_etl.extract.numbers import _NUMBER_WORDS

    raw = lexicon_data()[lang]
    return [*raw["vague"], *raw["approximate_words"], *_NUMBER_WORDS[lang].split(), "a"]


@pytest.mark.parametrize(
    ("digits", "scale", "value"),
    [
        ("2019", 1, 2019),
        ("0007", 1, 7),
        ("٣٠٠", 1, 300),  # decimal digits of another script: int() reads them
        ("12", 1000, 12000),
        ("1,500", 1, 1500),
        ("12 500", 1, 12500),
        ("1.5", 10**6, 1500000),
        ("2.5", 1, None),
    ],
)
def test_digits_value_with_and_without_the_shortcut(digits: str, scale: int, value: int | None) -> None:
    from news_etl.extract.numbers import digits_value

    assert digits_value(digits, scale) == value


@pytest.mark.parametrize(
    ("pattern", "literal"),
    [
        (r"(?<!x)abc(?:d|e)", "abc"),
        (r"\bfoo\w*", "foo"),
        (r"ab*c", "a"),
        (r"(?:ab|c)d", ""),
        (r"[ab]cd", ""),
        (r"(?i)abc", ""),
        (r"(?i:a)bc", ""),
        (r"ab(?=c)d", "ab"),
    ],
)
def test_leading_literal(pattern: str, literal: str) -> None:
    assert leading_literal(pattern) == literal
    if literal:
        for m in re.finditer(pattern, "abcd abde xabce foo foox abbbc abdd"):
            assert m.group().startswith(literal)


def test_max_width_and_literals_finder() -> None:
    assert max_width(r"(?<!\w)(?:ab|c)?(?:d)?(?=\w{3})") == 3
    finder = literals_finder({"ab", "abc", "cd"})
    assert finder.search("xxcabd").start() == 3  # type: ignore[union-attr]
    assert finder.search("xcd").start() == 1  # type: ignore[union-attr]
    assert finder.search("acbd") is None


@pytest.mark.parametrize("lang", ["ar", "he"])
def test_cue_scan_starts_at_a_literal(lang: str) -> None:
    # every cue word opens with a literal, so the scan may start at the first one (prefix letters at most 4 before)
    scan = _any_cue(lang)  # type: ignore[arg-type]
    assert isinstance(scan, LiteralStart) and scan.reach == 4


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # cue words with glued prefixes and tense letters, and look-alike letters inside longer words
        ("ar", "وسيرسلون الجنود وبالانسحاب ثم فللانتشار، والمنسحبين قتلوا وأصيب آخرون ونشروا قواتهم."),
        ("ar", "كلمات لا تعني شيئا هنا سوى أرقام 12 و 300 في جملة بلا أفعال."),
        ("he", "והכוחות נשלחו ושלחו, ולאחר מכן ייסוגו ו-נסוגו; חיילים נהרגו ונפצעו ליד הגבול."),
        ("he", "משפט בלי שום מילה שמעניינת את המנוע, רק מספרים 12 ו-300."),
    ],
)
def test_cue_scan_from_the_first_literal_finds_what_the_full_scan_finds(lang: str, text: str) -> None:
    ctx = _Context(text, lang)  # type: ignore[arg-type]
    g = _grammar(lang)
    for s in range(len(ctx.text)):
        got = [(m.span(), m.lastgroup) for m in _cue_matches(g, lang, ctx.text, s, len(ctx.text))]  # type: ignore[arg-type]
        want = [(m.span(), m.lastgroup) for m in g.cues.finditer(ctx.text, s, len(ctx.text))]
        assert got == want


_HEAD = r"(?<!\w)(?P<pre>[wv]?[bl]{0,2})(?P<dir>north|south)?"
_WORDS = ["paris", "par", "lyon", "rome(?!o)", "nice\\w*", "new york"]


def test_literal_start_finds_what_the_pattern_finds() -> None:
    pattern = re.compile(rf"{_HEAD}(?P<name>(?:{'|'.join(_WORDS)}))(?!\w)")
    fast = literal_start(pattern, _HEAD, _WORDS)
    assert isinstance(fast, LiteralStart) and fast.reach == 8
    text = "xparis wbparis, southrome romeo bnice nicely lyonx vlnorthlyon new york wparr par. blparis"
    for s in range(len(text)):
        for e in (len(text), len(text) - 5, s + 9):
            assert [(m.span(), m.groups()) for m in fast.finditer(text, s, e)] == [
                (m.span(), m.groups()) for m in pattern.finditer(text, s, e)
            ]
            got, want = fast.search(text, s, e), pattern.search(text, s, e)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))
    assert fast.search("no city named here") is None


@pytest.mark.parametrize(
    ("head", "words"),
    [
        (r"(?<!\w)a+", ["paris"]),  # a head of no bounded width
        (r"(?<!\w)", ["paris", "(?:x|y)z"]),  # a word that opens with no literal
        (r"(?<!\w)", []),
    ],
)
def test_literal_start_keeps_the_pattern_when_it_cannot_help(head: str, words: list[str]) -> None:
    pattern = re.compile(head + "(?:" + "|".join(words or ["(?!)"]) + ")")
    assert literal_start(pattern, head, words) is pattern


@pytest.mark.parametrize(
    ("pattern", "endings"),
    [
        (r"(?<![\w])(?i:About|some)\s+\Z", {"about", "some"}),
        (
            r"(?<![\w])(?P<q>(?i:ca\.?|up to|près d['’]))(?:\s+|(?<=['’]))\Z",
            {"ca", "ca.", "up to", "près d'", "près d’"},
        ),
        (
            r"(?<![\w])(?i:um die)(?:\s+|(?<=['’]))(?:(?i:noch|weitere)\s+)?\Z",
            {"um die", "noch", "weitere", "um dienoch", "um dieweitere"},
        ),
        (r"(?i:rose) (?:to|by)\s+\Z", {"rose to", "rose by"}),
        (r"(?i:the strength of)(?: [\w'’-]+){0,2}\s+\Z", None),  # words of any length may end it
        (r"a[ ]\Z", None),  # an ending closing on whitespace
        (r"(?i:troops?)\s+", None),  # not anchored at the end
    ],
)
def test_endings_are_read_off_the_pattern(pattern: str, endings: set[str] | None) -> None:
    from news_etl.extract.guard import EndingGuarded, ending_guarded

    guard = ending_guarded(re.compile(pattern))
    if endings is None:
        assert not isinstance(guard, EndingGuarded)
    else:
        assert isinstance(guard, EndingGuarded)
        assert set(guard.endings) == endings


ENDING_TEXTS = [
    *EN_DE_FR,
    "Some   \n\n 4,000 came, up to\u00a0\u2003 300 (about 900) stayed; ABOUT\t40 and près d’\t12 or près d'30.",
    "Um die  \n 800 Soldaten, um die noch 20, um die weitere 30, ca. 12 und ca 14 und CA.\n15.",
    # letters re matches to an ending's letter up to case though str.lower() reads them otherwise
    "ſome 300, ABOUT 40, up to 5 and the ſtrength roſe to 30; soMe 3 and İnfantry ca 5.",
    "Было около 300 солдат, рядом 40 - some 12 and about\u200920.",
]


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<![\w])(?P<q>(?i:about|some|ca\.?|up to|près d['’]))(?:\s+|(?<=['’]))\Z",
        r"(?<![\w])(?i:um die|ca\.?)(?:\s+|(?<=['’]))(?:(?i:noch|weitere)\s+)?\Z",
        r"(?i:rose) (?:to|by)\s+\Z",
    ],
)
def test_an_ending_guard_answers_like_the_pattern(pattern: str) -> None:
    from news_etl.extract.guard import EndingGuarded, ending_guarded

    plain = re.compile(pattern)
    guard = ending_guarded(plain)
    assert isinstance(guard, EndingGuarded)
    for text in ENDING_TEXTS:
        for end in range(-2, len(text) + 3):
            for start in (-3, 0, end - 40, end - 30, end - 12, end - 3, end):
                got, want = guard.search(text, start, end), plain.search(text, start, end)
                assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))
    assert guard.pattern == plain.pattern and guard.groupindex == plain.groupindex


def test_the_grammars_search_their_qualifiers_behind_an_ending_guard() -> None:
    from news_etl.extract.guard import EndingGuarded
    from news_etl.extract.lexicon import grammar

    for lang in ("en", "de", "fr"):
        g = grammar(lang)
        assert isinstance(g.qualifier_before, EndingGuarded)
        for field in ("qualifier_before", "force_before", "copula_before"):
            guard = getattr(g, field)
            plain = re.compile(guard.pattern, guard.flags)
            for text in ENDING_TEXTS:
                for end in range(len(text) + 1):
                    for start in (0, end - 60, end - 30):
                        got, want = (
                            guard.search(text, max(0, start), end),
                            plain.search(text, max(0, start), end),
                        )
                        assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


_GROUPS = ("digits", "vague", "approx", "scale", "suffix", "spelled")
_SPLIT_SCAN_TEXTS = [
    (
        "en",
        "2,500 troops (3,000 more) left; “ten thousand” stayed,\nfive hundred-odd and 40\u00a0000 others.",
    ),
    ("en", "A dozen MARINES/two hundred sailors—and 7k pilots: a few hundred... [12] $5 million 1990s"),
    ("en", "Seventy-five soldiers, 1 500 reservists and twenty-one airmen;ſix ſeven İnfantry_12 x9 9x."),
    ("de", "Zweitausendfünfhundert Soldaten, »1.500 Mann« und (Dutzende) Helfer; 3 000 weitere.\n12. Mai"),
    ("de", "Einige Hundert Reservisten/zehntausende Demonstranten – ein paar tausend Helfer, 1,2 Millionen"),
    ("fr", "Une centaine de soldats, « 4 500 policiers » et des milliers d'hommes ; vingt-cinq au total."),
    ("fr", "Quelques dizaines de blindés,2 000 réservistes et l'un des 300 casques bleus (deux mille)."),
    ("en", "9"),
    ("en", ""),
]


@pytest.mark.parametrize(("lang", "text"), _SPLIT_SCAN_TEXTS)
def test_split_atom_scan_finds_what_the_plain_pattern_finds(lang: str, text: str) -> None:
    # the space scan and the other-character scan together, at every start and end, give re's own finditer
    from news_etl.extract.numbers import _atom_matches

    plain = atom_pattern(lang)
    for start in range(len(text) + 1):
        for end in {start, (start + len(text)) // 2, len(text) - 1, len(text)}:
            if end < start:
                continue
            want = [(m.span(), m.group(*_GROUPS)) for m in plain.finditer(text, start, end)]
            got = [(m.span(1), m.group(*_GROUPS)) for m in _atom_matches(text, lang, start, end)]
            assert got == want
    if text:
        assert _atom_matches(text, lang, 0, len(text))


@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_split_atom_scans_cover_every_character_before_a_phrase(lang: str) -> None:
    # every character that is no word character goes to exactly one scan (a word character before a phrase is
    # ruled out by its word boundary, wherever it goes)
    from news_etl.extract.numbers import _scans_after

    spaced, other, _ = _scans_after(lang)
    first = spaced.pattern[0]
    assert first == " " and other.pattern.startswith("[^ a-zA-Z0-9](?P<atom>")
    before = re.compile(other.pattern[: other.pattern.index("(?P<atom>")])
    for code in range(0x3000):
        c = chr(code)
        word = re.fullmatch(r"\w", c) is not None
        scans = (c == first) + bool(before.fullmatch(c))
        assert scans <= 1 and (word or scans == 1)


def test_split_atom_scan_needs_the_opening_it_relies_on(monkeypatch: pytest.MonkeyPatch) -> None:
    from news_etl.extract import numbers

    numbers._scans_after.cache_clear()
    monkeypatch.setattr(numbers, "atom_pattern", lambda lang: re.compile(r"(?=[0-9ab\-])\b(?:\d+|ab)"))
    with pytest.raises(ValueError):
        numbers._scans_after("en")
    monkeypatch.setattr(numbers, "atom_pattern", lambda lang: re.compile(r"(?:\d+|ab)"))
    with pytest.raises(ValueError):
        numbers._scans_after("de")
    numbers._scans_after.cache_clear()


def test_split_atom_scan_starts_again_after_a_phrase_ending_in_no_word_character(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # should a phrase ever end in punctuation, the next one may start right after it: both scans start again there
    from news_etl.extract import numbers

    numbers._scans_after.cache_clear()
    fake = re.compile(r"(?=[0-9a])\b(?:\d+-|a)")
    monkeypatch.setattr(numbers, "atom_pattern", lambda lang: fake)
    for text in ["12-a 3-4-a", "x 1-2-3- a(4-)5", "1-a"]:
        for start in range(len(text) + 1):
            want = [m.span() for m in fake.finditer(text, start)]
            assert [m.span(1) for m in numbers._atom_matches(text, "en", start, len(text))] == want
    numbers._scans_after.cache_clear()


@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_find_atoms_alike_with_and_without_the_split_scan(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from news_etl.extract import numbers

    text = " ".join(t for _, t in _SPLIT_SCAN_TEXTS)
    assert len(text) >= numbers._SPLIT_SCAN_FROM  # an article-sized text takes the split scan
    split = numbers.find_atoms(text, lang)
    monkeypatch.setattr(numbers, "_SPLIT_SCAN_FROM", len(text) + 1)
    assert numbers.find_atoms(text, lang) == split
    assert split
