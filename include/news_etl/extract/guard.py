"""Cheap necessary conditions in front of slow searches.

Python's re tries a pattern that starts with a lookbehind or an optional prefix at every position of the span it
searches: a rule such as "a newspaper word and up to two words before the place" costs a full attempt at each of
the forty characters before every place name. Nearly every such pattern must consume one of a few literal
strings (its keyword, stripped of the optional letters around it). `guarded` reads those strings off the
parsed pattern and searches for them first: a plain alternation of literals is scanned by re's fast
first-character skip, and when none of them occurs in the span the pattern cannot match there either. The
answer of every search is the one of the pattern alone; only the time differs.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import sys
from collections.abc import Callable, Iterator
from re import _casefix, _parser  # type: ignore[attr-defined]
from re import _constants as C  # type: ignore[attr-defined]
from typing import Any, ParamSpec, TypeVar, cast

P = ParamSpec("P")
R = TypeVar("R")

# A guard of one- or two-letter strings would be found in nearly every span and only add its own cost.
MIN_GUARD_LENGTH = 3
_MAX_STRINGS = 400
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))


def _element_starts(op: Any, av: Any, fold: bool = False) -> set[str] | None:
    """Strings one of which every match of one parsed element starts with; None when unknown. With `fold`, the
    case-insensitive parts are read too (their strings then hold only up to case)."""
    if op is C.SUBPATTERN:
        return None if av[1] & re.IGNORECASE and not fold else _starts(list(av[3]), 0, fold)
    if op is C.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            starts = _starts(list(alternative), 0, fold)
            if starts is None:
                return None
            out |= starts
        return out
    if op in _REPEATS and av[0] >= 1:
        return _starts(list(av[2]), 0, fold)
    return None


def _starts(items: list[Any], i: int, fold: bool = False) -> set[str] | None:
    """Strings one of which every match of items[i:] starts with; None when unknown or possibly empty."""
    prefix = ""
    while i < len(items):
        op, av = items[i]
        if op is C.LITERAL:
            prefix += chr(av)
        # a lookaround or an anchor consumes nothing: the literals on either side of it are adjacent
        elif op not in _ZERO_WIDTH:
            sub = _element_starts(op, av, fold)
            if sub is None or len(sub) > _MAX_STRINGS or "" in sub:
                break
            return {prefix + s for s in sub}
        i += 1
    return {prefix} if prefix else None


def _score(strings: set[str] | None) -> tuple[int, int]:
    return (min(map(len, strings)), -len(strings)) if strings else (0, 0)


def _required(items: list[Any], fold: bool = False) -> set[str] | None:
    """Strings one of which every match of the sequence `items` contains (the most selective set found)."""
    best: set[str] | None = None
    for i, (op, av) in enumerate(items):
        candidates = [_starts(items, i, fold)] if op is C.LITERAL or _element_starts(op, av, fold) else []
        if op is C.SUBPATTERN and (fold or not av[1] & re.IGNORECASE):
            candidates.append(_required(list(av[3]), fold))
        elif op in _REPEATS and av[0] >= 1:
            candidates.append(_required(list(av[2]), fold))
        elif op is C.BRANCH:
            union: set[str] | None = set()
            for alternative in av[1]:
                inner = _required(list(alternative), fold)
                if inner is None or union is None:
                    union = None
                    break
                union |= inner
            candidates.append(union)
        for candidate in candidates:
            if candidate and len(candidate) <= _MAX_STRINGS and _score(candidate) > _score(best):
                best = candidate
    return best


def required_strings(pattern: re.Pattern[str]) -> set[str] | None:
    """Literal strings one of which every match of `pattern` consumes; None when none could be read off."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    return _required(list(_parser.parse(pattern.pattern, pattern.flags)))


def folded_required_strings(pattern: re.Pattern[str]) -> set[str] | None:
    """Like `required_strings`, reading the case-insensitive parts as well: lower-cased strings one of which every
    match consumes up to case."""
    if not isinstance(pattern.pattern, str):
        return None
    strings = _required(list(_parser.parse(pattern.pattern, pattern.flags)), fold=True)
    return {s.lower() for s in strings} if strings else None


def leading_literal(pattern: str) -> str:
    """The literal text every match of `pattern` starts with (zero-width assertions before it skipped), or "".

    A pattern compiled case-insensitively, or one opening with a group, a class or a repeat, gives ""."""
    parsed = _parser.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return ""
    out: list[str] = []
    for op, av in parsed:
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT) and not out:
            continue  # "(?<!x)word": nothing consumed yet, the literal still opens the match
        if op is not C.LITERAL:
            break
        out.append(chr(av))
    return "".join(out)


def max_width(pattern: str) -> int:
    """The most characters one match of `pattern` can consume (re's own reckoning; MAXREPEAT if unbounded)."""
    return int(_parser.parse(pattern).getwidth()[1])


def literals_finder(strings: set[str]) -> re.Pattern[str]:
    """A search for the leftmost place where one of `strings` occurs (a trie: one pass, re's skip on the first
    letters)."""
    return re.compile(_trie(strings))


class LiteralStart:
    """search and finditer of a pattern each of whose matches is at most `reach` characters and then one of
    `literals` (consumed): no match starts more than `reach` characters before the first place where one of the
    literals occurs, so the pattern's own scan can begin there.

    For a pattern that opens with a lookbehind (`(?<!\\w)` ...) re tries every position; a trie of literals is
    skipped along the text on its first letters. Same matches as the pattern: the leftmost match at or after the
    position the scan begins from, and, since no match is empty, finditer's next search begins at the end of the
    last match, as re's own."""

    __slots__ = ("compiled", "finder", "reach")

    def __init__(self, pattern: re.Pattern[str], literals: set[str], reach: int) -> None:
        self.compiled = pattern
        self.finder = literals_finder(literals)
        self.reach = reach

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        lead = self.finder.search(string, pos, endpos)
        if lead is None:
            return None
        return self.compiled.search(string, max(pos, lead.start() - self.reach), endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        while (m := self.search(string, pos, endpos)) is not None:
            yield m
            pos = m.end()

    def __getattr__(self, name: str) -> object:  # match, pattern, groupindex ...: the pattern's own
        return getattr(self.compiled, name)


def literal_start(pattern: re.Pattern[str], head: str, words: list[str]) -> re.Pattern[str]:
    """`pattern` (= `head`, then one of `words`, then anything) behind a LiteralStart, where every word opens with a
    literal and `head` is of bounded width; else the pattern itself.

    Typed as the pattern: the LiteralStart answers search and finditer itself and hands everything else on."""
    leads = {leading_literal(w) for w in words}
    reach = max_width(head)
    if not words or "" in leads or reach >= _parser.MAXREPEAT or pattern.flags & re.IGNORECASE:
        return pattern
    return cast(re.Pattern[str], LiteralStart(pattern, leads, reach))


def _trie(strings: set[str]) -> str:
    """An alternation of literals factored on shared prefixes (hundreds of strings would else be tried one by one
    at every position). Only whether one occurs matters, so a string that extends another is dropped."""
    root: dict = {}
    for s in sorted(strings, key=len):
        node = root
        for ch in s:
            if None in node:
                break  # a shorter string already ends here: it is found wherever this one is
            node = node.setdefault(ch, {})
        else:
            node.clear()
            node[None] = {}

    def render(node: dict) -> str:
        branches = [
            re.escape(ch) + render(child)
            for ch, child in sorted(node.items(), key=lambda kv: kv[0] or "")
            if ch is not None
        ]
        if not branches:
            return ""
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return render(root)


class Guarded:
    """A compiled pattern whose search and finditer first look for the literals every match must contain."""

    __slots__ = ("compiled", "fullmatch", "guard", "match")

    def __init__(self, pattern: re.Pattern[str], strings: set[str]) -> None:
        self.compiled = pattern
        self.guard = re.compile(_trie(strings))
        self.match = pattern.match
        self.fullmatch = pattern.fullmatch

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self.guard.search(string, pos, endpos) is None:
            return None
        return self.compiled.search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self.guard.search(string, pos, endpos) is None:
            return iter(())
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        if self.guard.search(string, pos, endpos) is None:
            return []
        return self.compiled.findall(string, pos, endpos)

    def __getattr__(self, name: str) -> object:  # sub, split, groupindex ...: the pattern's own
        return getattr(self.compiled, name)


def _unfoldable_characters() -> str:
    """The non-ASCII letters re matches case-insensitively to a letter of another lower case ("ſ" to "s", "ı" to
    "i", the Greek variants), and "İ", which str.lower() turns into two characters. Between any other two
    characters, a case-insensitive match of re is equality of their lower cases."""
    chars = {chr(c) for c, others in _casefix._EXTRA_CASES.items() for c in (c, *others)}
    return "".join(sorted({c for c in chars if not c.isascii()} | {"\u0130"}))


_UNFOLDABLE = re.compile("[" + re.escape(_unfoldable_characters()) + "]")


class FoldGuarded(Guarded):
    """A guard for a case-insensitive pattern: its literals are looked for, lower-cased, in the lower-cased span.

    re compares a case-insensitive letter by its lower case, except for the few letters of _UNFOLDABLE: in a span
    with none of them, a match consumes one of the strings up to case, so the lower-cased span holds the string
    lower-cased. A span with one of them is left to the pattern. Looking in the lower-cased span is a plain
    search, which re runs with its fast skip; a case-insensitive alternation is tried branch by branch at each
    position (measured: a 130-character window costs the guard under a microsecond, the pattern up to 40)."""

    __slots__ = ()

    def _absent(self, string: str, pos: int, endpos: int) -> bool:
        window = string[max(pos, 0) : max(endpos, 0)]
        return self.guard.search(window.lower()) is None and _UNFOLDABLE.search(window) is None

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._absent(string, pos, endpos):
            return None
        return self.compiled.search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self._absent(string, pos, endpos):
            return iter(())
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        if self._absent(string, pos, endpos):
            return []
        return self.compiled.findall(string, pos, endpos)


class EndAnchoredAlternatives:
    """A pattern `(?:A|B|...)\\Z` without groups, searched one alternative at a time, each behind its own guard.

    Every match ends where the span searched ends, so a match is fixed by its start: the pattern finds the
    leftmost start at which any alternative matches, and so does taking the leftmost of the alternatives' own
    searches. A guard of the whole pattern would need a string in every alternative; one alternative of one
    punctuation mark ("[,:]\\s*") would leave the word alternatives unguarded."""

    __slots__ = ("alternatives", "compiled", "fullmatch", "match")

    def __init__(self, pattern: re.Pattern[str], alternatives: list[re.Pattern[str]]) -> None:
        self.compiled = pattern
        self.alternatives = alternatives
        self.match = pattern.match
        self.fullmatch = pattern.fullmatch

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        best = None
        for alternative in self.alternatives:
            found = alternative.search(string, pos, endpos)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        return best

    def __getattr__(self, name: str) -> object:  # finditer, sub, groupindex ...: the pattern's own
        return getattr(self.compiled, name)


def _top_level_alternatives(source: str) -> list[str] | None:
    """The alternatives of a pattern written "(?:A|B|...)\\Z", or None for any other shape."""
    if not (source.startswith("(?:") and source.endswith(")\\Z")):
        return None
    body, depth, cuts, i, in_class = source[3:-3], 0, [], 0, False
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            i += 1
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1 if body[i + 1 : i + 2] == "^" else 0
            i += 1 if body[i + 1 : i + 2] == "]" else 0  # "[]...]" and "[^]...]": a leading "]" is a member
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None  # "(?:A)|(?:B)\\Z": the first group closes before the end
        elif ch == "|" and depth == 0:
            cuts.append(i)
        i += 1
    return [body[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(body)], strict=True)]


def fold_guarded(pattern: re.Pattern[str], min_length: int = 2) -> re.Pattern[str]:
    """A case-insensitive pattern behind a guard of its lower-cased literals (strings of `min_length` or more), or
    split into its alternatives first when it is a group-free alternation anchored at the end; as it is when no
    guard can be read off.

    Opted into pattern by pattern: the guard pays where a pattern is searched over a window of many positions."""
    if isinstance(pattern, (Guarded, EndAnchoredAlternatives)) or not isinstance(pattern.pattern, str):
        return pattern
    alternatives = _top_level_alternatives(pattern.pattern) if pattern.groups == 0 else None
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    # the split must agree with re's own reading: one branch of as many alternatives, then the end
    if (
        alternatives
        and len(alternatives) > 1
        and len(parsed) == 2
        and parsed[0][0] is C.BRANCH
        and len(parsed[0][1][1]) == len(alternatives)
        and parsed[1] == (C.AT, C.AT_END_STRING)
    ):
        parts = [fold_guarded(re.compile(f"(?:{a})\\Z", pattern.flags), min_length) for a in alternatives]
        return cast("re.Pattern[str]", EndAnchoredAlternatives(pattern, parts))
    strings = folded_required_strings(pattern)
    if not strings or min(map(len, strings)) < min_length or _UNFOLDABLE.search("".join(strings)):
        return pattern
    return cast("re.Pattern[str]", FoldGuarded(pattern, strings))


class RememberedMatch:
    """A pattern whose `match` and `search` keep their last answer: the rules of a count ask one pattern about the
    same place of the same text twice in a row (the troop noun right after the count is looked for by the noun rule
    and again by the rule that rules out a noun of police; the sentence of two counts is searched for a verb of
    reporting once for each), and the answer is a function of string, pos and endpos. The last question and answer
    are one tuple, replaced at once, so that threads sharing the grammar never mix them."""

    __slots__ = ("_last_match", "_last_search", "compiled", "finditer", "fullmatch")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.compiled = pattern
        self.finditer = pattern.finditer
        self.fullmatch = pattern.fullmatch
        self._last_match: tuple[str, int, int, re.Match[str] | None] | None = None
        self._last_search: tuple[str, int, int, re.Match[str] | None] | None = None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        last = self._last_match
        if last is not None and last[0] is string and last[1] == pos and last[2] == endpos:
            return last[3]
        found = self.compiled.match(string, pos, endpos)
        self._last_match = (string, pos, endpos, found)
        return found

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        last = self._last_search
        if last is not None and last[0] is string and last[1] == pos and last[2] == endpos:
            return last[3]
        found = self.compiled.search(string, pos, endpos)
        self._last_search = (string, pos, endpos, found)
        return found

    def __getattr__(self, name: str) -> object:  # findall, sub, groupindex ...: the pattern's own
        return getattr(self.compiled, name)


def remembered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with a memory of its last match and search (typed as the pattern, like the guards)."""
    return cast("re.Pattern[str]", RememberedMatch(pattern))


def wrapped_fields(
    **wrappers: Callable[[re.Pattern[str]], re.Pattern[str]],
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorates a builder of a dataclass of patterns (a grammar): the named fields come back wrapped, each by its
    function (fold_guarded, remembered). Opted into field by field: each pays only where its pattern is used so."""

    def decorate(build: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(build)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            built: Any = build(*args, **kwargs)
            return cast(
                R, dataclasses.replace(built, **{f: w(getattr(built, f)) for f, w in wrappers.items()})
            )

        return wrapper

    return decorate


def guarded(pattern: re.Pattern[str], min_length: int = MIN_GUARD_LENGTH) -> re.Pattern[str]:
    """`pattern` behind a guard of its required literals, or as it is when it has none worth a look (one shorter than
    `min_length`).

    Typed as the pattern: the guard answers search, finditer and findall itself and hands everything else on."""
    if isinstance(pattern, Guarded):
        return pattern
    strings = required_strings(pattern)
    if not strings or min(map(len, strings)) < min_length:
        return pattern
    return cast("re.Pattern[str]", Guarded(pattern, strings))


def guard_patterns(namespace: dict[str, Any]) -> None:
    """Every compiled pattern of a module (`globals()`), and of its dicts of patterns, behind its guard.

    Called at the end of a rule module, so that a rule added later is guarded without anyone thinking of it."""
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            namespace[name] = guarded(value)
        elif isinstance(value, dict) and value and all(isinstance(v, re.Pattern) for v in value.values()):
            namespace[name] = {k: guarded(v) if isinstance(v.pattern, str) else v for k, v in value.items()}


def fold_guard_patterns(namespace: dict[str, Any], *names: str) -> None:
    """The named case-insensitive patterns of a module (`globals()`) behind fold_guarded: the ones searched over
    whole sentences or long windows, where a case-insensitive alternation is tried at every position."""
    for name in names:
        namespace[name] = fold_guarded(namespace[name])


def _guard_all(value: Any) -> Any:
    if isinstance(value, re.Pattern):
        return guarded(value) if isinstance(value.pattern, str) else value
    if isinstance(value, tuple):
        return tuple(_guard_all(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        patterns = {
            f.name: guarded(v)
            for f in dataclasses.fields(value)
            if isinstance(v := getattr(value, f.name), re.Pattern) and isinstance(v.pattern, str)
        }
        return dataclasses.replace(value, **patterns)
    return value


def guarding(build: Callable[P, R]) -> Callable[P, R]:
    """Decorates a builder of compiled patterns (a language's grammar: a dataclass, a tuple or one pattern): what
    it returns comes with each pattern behind its guard."""

    @functools.wraps(build)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        return cast(R, _guard_all(build(*args, **kwargs)))

    return wrapper


_SPACE_RUN = (C.IN, [(C.CATEGORY, C.CATEGORY_SPACE)])


def _ends(items: list[Any], suffix: str = "", tail: bool = True) -> set[str] | None:
    """Lower-cased strings one of which every match of the sequence `items` (then `suffix`) ends with, a run of
    whitespace closing the match left off; None when none could be read off. `tail`: nothing but whitespace and
    lookarounds stands after items[-1]."""
    i = len(items)
    while i > 0:
        op, av = items[i - 1]
        if op is C.LITERAL:
            suffix, tail = chr(av).lower() + suffix, False
        elif not (op in _ZERO_WIDTH or (tail and op in _REPEATS and list(av[2]) == [_SPACE_RUN])):
            break
        i -= 1
    else:
        return {suffix} if suffix else None
    op, av = items[i - 1]
    rest = items[: i - 1]
    if op is C.SUBPATTERN:
        return _ends(rest + list(av[3]), suffix, tail)
    alternatives: list[list[Any]] | None = None
    if op is C.BRANCH:
        alternatives = [list(a) for a in av[1]]
    elif op in _REPEATS and av[0] == 0 and av[1] == 1:
        alternatives = [[], list(av[2])]  # an optional part: with it or without it
    elif op is C.IN and av and all(o is C.LITERAL for o, _ in av):
        alternatives = [[(C.LITERAL, v)] for _, v in av]
    out: set[str] | None = set() if alternatives else None
    for alternative in alternatives or []:
        found = _ends(rest + alternative, suffix, tail)
        if found is None or out is None or len(out | found) > _MAX_STRINGS:
            out = None
            break
        out |= found
    return out if out is not None else ({suffix} if suffix else None)


class EndingGuarded:
    """search of a pattern anchored at the end of the span (`...\\Z`), first looking whether the span, a closing
    run of whitespace left off, ends with one of the strings every match ends with (lower-cased, up to case).

    A qualifier before a count ("more than", "an estimated") is searched over the thirty characters before every
    number; re tries its case-insensitive alternation at each of them, though a match can only end right before the
    count. Every ending ends in a character that is no whitespace, so a match ends with its ending right where the
    span's closing whitespace begins; where the span does not end so, the pattern cannot match. No ending holds a
    letter of _UNFOLDABLE, so re matches a letter of the span to a letter of an ending up to case exactly when
    their lower cases are equal, unless the span's letter is one of the few (`risky`) re also matches to a letter
    of an ending (the long s to "s", the dotted capital I to "i"): a span holding one is left to the pattern."""

    __slots__ = ("endings", "inner", "longest", "risky")

    def __init__(self, inner: re.Pattern[str], endings: set[str], risky: str) -> None:
        self.inner = inner  # the pattern, or a guard of it
        self.endings = tuple(sorted(endings))
        self.longest = max(map(len, endings))
        self.risky = re.compile("[" + re.escape(risky) + "]") if risky else None

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        end = len(string) if endpos > len(string) else max(endpos, 0)
        start = max(pos, 0)
        while end > start and string[end - 1].isspace():
            end -= 1
        before = string[max(start, end - self.longest) : end]
        if before.lower().endswith(self.endings) or (
            self.risky is not None and not before.isascii() and self.risky.search(before) is not None
        ):
            return self.inner.search(string, pos, endpos)
        return None

    def __getattr__(
        self, name: str
    ) -> object:  # match, finditer, groupindex ...: the pattern's (or its guard's)
        return getattr(self.inner, name)


def ending_guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` (or a guard of it) behind an EndingGuarded when it is anchored at the end and the strings its
    matches end with can be read off (each ending in a character that is no whitespace, none holding a letter of
    _UNFOLDABLE); else as it is. Opted into pattern by pattern: the look costs about as much as searching a short
    window, so it pays only where a long case-insensitive alternation is searched over a window."""
    compiled = pattern.compiled if isinstance(pattern, Guarded) else pattern
    if (
        not isinstance(compiled, re.Pattern)
        or not isinstance(compiled.pattern, str)
        or compiled.flags & re.ASCII
    ):
        return pattern
    items = list(_parser.parse(compiled.pattern, compiled.flags))
    if not items or items[-1] != (C.AT, C.AT_END_STRING):
        return pattern
    endings = _ends(items[:-1])
    if not endings or any(not s or s[-1].isspace() for s in endings) or _UNFOLDABLE.search("".join(endings)):
        return pattern
    letters = set("".join(endings))
    risky = "".join(
        ch
        for ch in _unfoldable_characters()
        if any(re.fullmatch(re.escape(letter), ch, re.IGNORECASE) for letter in letters)
    )
    return cast("re.Pattern[str]", EndingGuarded(pattern, endings, risky))
