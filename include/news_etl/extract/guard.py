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
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any, ParamSpec, TypeVar, cast

P = ParamSpec("P")
R = TypeVar("R")

# A guard of one- or two-letter strings would be found in nearly every span and only add its own cost.
MIN_GUARD_LENGTH = 3
_MAX_STRINGS = 400
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))


def _element_starts(op: Any, av: Any) -> set[str] | None:
    """Strings one of which every match of one parsed element starts with; None when unknown."""
    if op is C.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _starts(list(av[3]), 0)
    if op is C.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            starts = _starts(list(alternative), 0)
            if starts is None:
                return None
            out |= starts
        return out
    if op in _REPEATS and av[0] >= 1:
        return _starts(list(av[2]), 0)
    return None


def _starts(items: list[Any], i: int) -> set[str] | None:
    """Strings one of which every match of items[i:] starts with; None when unknown or possibly empty."""
    prefix = ""
    while i < len(items):
        op, av = items[i]
        if op is C.LITERAL:
            prefix += chr(av)
        # a lookaround or an anchor consumes nothing: the literals on either side of it are adjacent
        elif op not in _ZERO_WIDTH:
            sub = _element_starts(op, av)
            if sub is None or len(sub) > _MAX_STRINGS or "" in sub:
                break
            return {prefix + s for s in sub}
        i += 1
    return {prefix} if prefix else None


def _score(strings: set[str] | None) -> tuple[int, int]:
    return (min(map(len, strings)), -len(strings)) if strings else (0, 0)


def _required(items: list[Any]) -> set[str] | None:
    """Strings one of which every match of the sequence `items` contains (the most selective set found)."""
    best: set[str] | None = None
    for i, (op, av) in enumerate(items):
        candidates = [_starts(items, i)] if op is C.LITERAL or _element_starts(op, av) else []
        if op is C.SUBPATTERN and not av[1] & re.IGNORECASE:
            candidates.append(_required(list(av[3])))
        elif op in _REPEATS and av[0] >= 1:
            candidates.append(_required(list(av[2])))
        elif op is C.BRANCH:
            union: set[str] | None = set()
            for alternative in av[1]:
                inner = _required(list(alternative))
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


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind a guard of its required literals, or as it is when it has none worth a look.

    Typed as the pattern: the guard answers search, finditer and findall itself and hands everything else on."""
    if isinstance(pattern, Guarded):
        return pattern
    strings = required_strings(pattern)
    if not strings or min(map(len, strings)) < MIN_GUARD_LENGTH:
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
