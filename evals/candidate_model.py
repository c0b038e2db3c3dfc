"""Does a learned filter over the counts the rules reject raise span recall? Trained, thresholded and measured.

Issue 12: where the rules plateau, try a small learned component trained on the dev split only and keep it only
if it beats the rules. The rules see almost every missed troop count as a number already (assemble._counts and
numbers.find_atoms) and drop it because no head rule says what it counts. This script collects those rejected
candidates (only those, and only in a military passage: a military word from two sentences before the count to the
one after), labels each by whether an annotated mention has exactly its span, and fits a logistic regression
over context features: the words on each side of the count (6-letter prefixes, so inflected forms share a
feature), the nearest troop or force noun, punctuation, the count's place in its sentence, its kind and size, the
language and a few of the rules' own partial signals. The decision threshold is chosen by grouped
cross-validation on the training passages only (folds by source URL), as the one that raises the training set's
span F1 most while its precision drops by at most 0.5 points.

    python -m evals.candidate_model                         # train on the dev split, write the weights
    python -m evals.candidate_model --evaluate SET.jsonl... # also score rules vs rules+model on other sets
    python -m evals.candidate_model --train SET.jsonl... --evaluate SET.jsonl... --no-write   # any split

The weights file is plain JSON (feature -> weight, intercept, threshold), read by pure Python; scikit-learn is a
`bench` dependency and only this script imports it.
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from evals.extract import load_gold
from evals.real_text import load_real_text

if TYPE_CHECKING:
    from news_etl.extract.context import _Context, _Count

LANGUAGES = ("en", "de", "fr")
WEIGHTS = (
    Path(__file__).resolve().parents[1] / "include" / "news_etl" / "extract" / "data" / "candidate_model.json"
)
_WORD = re.compile(r"\w+")
PREFIX = 6
WINDOW = 4
MAX_PRECISION_DROP = 0.005


def _bucket(value: int | None) -> str:
    if value is None:
        return "none"
    return str(min(7, len(str(max(0, value)))))  # digits of the value: 2 for 10..99, 4 for 1000..9999


def _punctuation(char: str) -> str:
    return char if char and not char.isalnum() and not char.isspace() else "w"


def _nearest_troop_noun(ctx: _Context, c: _Count, s: int, e: int) -> dict[str, float]:
    """The troop or force noun of the sentence nearest the count, by side and distance in words, and its ending
    (German compounds end in their head noun: "Bundeswehrsoldaten" shares "oldate" with "Soldaten")."""
    best: tuple[int, str, str] | None = None
    for m in ctx.g.force_anywhere.finditer(ctx.text, s, e):
        if c.start <= m.start() < c.end:
            continue
        side = "r" if m.start() >= c.end else "l"
        between = ctx.text[c.end : m.start()] if side == "r" else ctx.text[m.end() : c.start]
        dist = len(_WORD.findall(between))
        if best is None or dist < best[0]:
            best = (dist, side, m.group().lower()[-PREFIX:])
    if best is None:
        return {"troop:none": 1.0}
    dist, side, noun = best
    return {f"troop:{side}{min(dist, 6)}": 1.0, f"troop_noun:{noun}": 1.0}


def _rule_signals(ctx: _Context, c: _Count, s: int, e: int) -> dict[str, float]:
    """The rules' own partial signals: matches of grammar patterns they use, none of which sufficed alone."""
    text, g = ctx.text, ctx.g
    found = {
        "military_sentence": g.military_context.search(text, s, e),
        "sig:troop_noun_after": g.follow.match(text, c.end),
        "sig:bare_end": g.bare_end.match(text, c.end),
        "sig:bare_trigger": g.bare_trigger_before.search(text, max(s, c.start - 40), c.start),
        "sig:casualty_noun": g.casualty_noun.match(text, c.end),
        "sig:casualty_after": g.casualty_after.match(text, c.end),
        "sig:copula": g.copula_before.search(text, max(s, c.start - 40), c.start),
    }
    return {name: 1.0 for name, match in found.items() if match}


def candidate_features(ctx: _Context, c: _Count) -> dict[str, float]:
    """Context features of one count the rules rejected (its sentence only)."""
    text, lang = ctx.text, ctx.lang
    s, e = ctx.sentences.spans[ctx.sentences.index_of(c.start)]
    left = [w[:PREFIX] for w in _WORD.findall(text[s : c.start].lower())][::-1]
    right = [w[:PREFIX] for w in _WORD.findall(text[c.end : e].lower())]
    f: dict[str, float] = {
        "bias_lang=" + lang: 1.0,
        f"kind={c.precision}": 1.0,
        f"size={_bucket(c.low)}": 1.0,
        f"sent_pos={min(3, len(left))}": 1.0,  # how many words open the sentence before the count
        "after=" + _punctuation(text[c.end : c.end + 1]): 1.0,
        "before=" + _punctuation(text[max(s, c.start - 1) : c.start]): 1.0,
    }
    if c.year_like:
        f["year_like"] = 1.0
    if text[c.end : c.end + 2].strip()[:1].isupper():
        f["next_capital"] = 1.0
    for side, words in (("l", left), ("r", right)):
        for pos, word in enumerate(words[:WINDOW]):
            f[f"{side}:{word}"] = 1.0
            if pos == 0:  # the nearest word also on its own, and per language
                f[f"{side}1:{word}"] = 1.0
                f[f"{lang}:{side}1:{word}"] = 1.0
        if not words:
            f[f"{side}:edge"] = 1.0
    return f | _nearest_troop_noun(ctx, c, s, e) | _rule_signals(ctx, c, s, e)


def probability(weights: dict, features: dict[str, float]) -> float:
    """The model's P(troop count) for one feature dict, in pure Python (no numpy at run time)."""
    table = weights["weights"]
    z = weights["intercept"] + sum(table.get(name, 0.0) * value for name, value in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass
class Passage:
    group: str
    lang: str
    gold: set[tuple[int, int]]
    accepted: set[tuple[int, int]]  # the rules' mentions
    rejected: list[tuple[tuple[int, int], dict[str, float]]] = field(default_factory=list)  # gated candidates
    kept: list[tuple[tuple[int, int], dict[str, float]]] = field(
        default_factory=list
    )  # with --all-candidates


def rule_passages(passages: list[dict], gate: bool = True, kept: bool = False) -> list[Passage]:
    """The rules' mentions and their rejected, military-context candidates, for each en/de/fr passage."""
    from news_etl.extract.assemble import _counts, _mention, _not_a_head_count
    from news_etl.extract.context import _Context
    from news_etl.extract.heads import _military
    from news_etl.records import Mention

    out = []
    for p in passages:
        if p["language"] not in LANGUAGES:
            continue
        text, lang = p["text"], p["language"]
        ctx = _Context(text, lang)
        row = Passage(
            p.get("source_url") or text[:60],
            lang,
            {(m["char_start"], m["char_end"]) for m in p["mentions"]},
            set(),
        )
        previous: Mention | None = None
        for c in _counts(ctx):  # the loop of assemble.find_mentions, keeping what it drops
            if _not_a_head_count(ctx, c):
                continue
            mention = _mention(ctx, c, previous)
            if mention is not None:
                previous = mention
                row.accepted.add((c.start, c.end))
                if kept:
                    row.kept.append(((c.start, c.end), candidate_features(ctx, c)))
            elif not gate or _military(ctx, c.start, named=False):
                row.rejected.append(((c.start, c.end), candidate_features(ctx, c)))
        out.append(row)
    return out


def miss_kinds(passages: list[dict]) -> dict[str, Counter]:
    """Why the rules miss each annotated en/de/fr mention: a count they saw and dropped for want of a head (in a
    military passage or not), a count their filters drop (ages, money, years), a span that overlaps a mention or
    count of theirs with other bounds, or no number found at all."""
    from news_etl.extract.assemble import _counts, _mention, _not_a_head_count
    from news_etl.extract.context import _Context
    from news_etl.extract.heads import _military
    from news_etl.records import Mention

    kinds: dict[str, Counter] = {}
    for p in passages:
        if p["language"] not in LANGUAGES:
            continue
        ctx = _Context(p["text"], p["language"])
        found: list[tuple[_Count, str]] = []
        previous: Mention | None = None
        for c in _counts(ctx):
            if _not_a_head_count(ctx, c):
                found.append((c, "filtered"))
            elif (mention := _mention(ctx, c, previous)) is not None:
                previous = mention
                found.append((c, "kept"))
            else:
                gated = _military(ctx, c.start, named=False)
                found.append((c, "no head, military passage" if gated else "no head, no military word near"))
        for m in p["mentions"]:
            span = (m["char_start"], m["char_end"])
            same = [kind for c, kind in found if (c.start, c.end) == span]
            if same == ["kept"]:
                continue
            overlap = [kind for c, kind in found if c.start < span[1] and span[0] < c.end]
            if same:
                kind = same[0]
            elif "kept" in overlap:
                kind = "boundary: a mention with other bounds"
            elif overlap:
                kind = "boundary: a dropped count with other bounds"
            else:
                kind = "never a number"
            for key in (p["language"], "all"):
                kinds.setdefault(key, Counter())[kind] += 1
    return kinds


def span_counts(rows: list[Passage], accept: dict[tuple[int, tuple[int, int]], bool]) -> dict[str, Counter]:
    """tp/fp/fn per language and overall, with the candidates `accept` marks (row index, span) added."""
    counts: dict[str, Counter] = {}
    for i, row in enumerate(rows):
        predicted = row.accepted | {span for span, _ in row.rejected if accept.get((i, span))}
        for key in (row.lang, "all"):
            c = counts.setdefault(key, Counter())
            c["tp"] += len(predicted & row.gold)
            c["fp"] += len(predicted - row.gold)
            c["fn"] += len(row.gold - predicted)
    return counts


def prf(c: Counter) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _examples(rows: list[Passage]) -> tuple[list[dict[str, float]], list[int], list[str], list[tuple | None]]:
    """Training examples: the rejected candidates (key: row and span) and, if collected, the candidates the rules
    kept (key None: learned from, never added)."""
    features, labels, groups, keys = [], [], [], []
    for i, row in enumerate(rows):
        for span, feats in row.rejected:
            features.append(feats)
            labels.append(int(span in row.gold))
            groups.append(row.group)
            keys.append((i, span))
        for span, feats in row.kept:
            features.append(feats)
            labels.append(int(span in row.gold))
            groups.append(row.group)
            keys.append(None)
    return features, labels, groups, keys


def _fit(features: list[dict[str, float]], labels: list[int], c: float) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectors = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    model.fit(vectors.fit_transform(features), labels)
    names = vectors.get_feature_names_out()
    table = {str(n): round(float(w), 4) for n, w in zip(names, model.coef_[0], strict=True) if abs(w) >= 1e-4}
    return {"intercept": round(float(model.intercept_[0]), 4), "weights": table}


def choose_threshold(rows: list[Passage], folds: int, c: float) -> tuple[float | None, list[str]]:
    """Out-of-fold probabilities on the training passages; the threshold that raises span F1 most, precision
    dropping by at most MAX_PRECISION_DROP (None when no threshold raises F1)."""
    from sklearn.model_selection import GroupKFold

    features, labels, groups, keys = _examples(rows)
    positives = sum(label for label, key in zip(labels, keys, strict=True) if key is not None)
    lines = [
        f"training candidates: {len(labels)} ({sum(labels)} troop counts) in {len(set(groups))} pages; "
        f"of them rejected by the rules: {sum(k is not None for k in keys)} ({positives} troop counts)"
    ]
    if positives < 2 or len(set(groups)) < folds:
        return None, [*lines, "too few rejected troop counts to cross-validate: no threshold"]
    proba = [0.0] * len(labels)
    for train, test in GroupKFold(n_splits=folds).split(features, labels, groups):
        if len({labels[i] for i in train}) < 2:
            continue
        w = _fit([features[i] for i in train], [labels[i] for i in train], c)
        for i in test:
            if keys[i] is not None:
                proba[i] = probability(w, features[i])
    base = span_counts(rows, {})
    p0, _, f0 = prf(base["all"])
    best: tuple[float, float] | None = None
    for t in [x / 100 for x in range(50, 100)]:
        accept = {k: pr >= t for k, pr in zip(keys, proba, strict=True) if k is not None}
        p, r, f = prf(span_counts(rows, accept)["all"])
        lines.append(f"  cv threshold {t:.2f}: P {p:.3f} R {r:.3f} F1 {f:.3f}")
        if p0 - p <= MAX_PRECISION_DROP and f > f0 and (best is None or f > best[1]):
            best = (t, f)
    lines.insert(1, f"  rules on the training passages: P {p0:.3f} F1 {f0:.3f}")
    if best:
        lines.append("out-of-fold (each page scored by a model not trained on it), at the chosen threshold:")
        oof = {k: pr >= best[0] for k, pr in zip(keys, proba, strict=True) if k is not None}
        lines += compare(rows, oof, best[0])
    return (best[0] if best else None), lines


def train(rows: list[Passage], folds: int, c: float, source: str) -> tuple[dict, list[str]]:
    threshold, lines = choose_threshold(rows, folds, c)
    features, labels, _, _ = _examples(rows)
    weights = _fit(features, labels, c) if len(set(labels)) == 2 else {"intercept": -30.0, "weights": {}}
    weights |= {
        "threshold": threshold if threshold is not None else 1.01,  # above 1: the model accepts nothing
        "trained_on": source,
        "candidates": len(labels),
        "positives": sum(labels),
        "c": c,
    }
    lines.append(f"chosen threshold: {threshold} ({len(weights['weights'])} non-zero weights)")
    return weights, lines


def evaluate(rows: list[Passage], weights: dict, threshold: float | None = None) -> list[str]:
    t = weights["threshold"] if threshold is None else threshold
    accept = {
        (i, span): probability(weights, feats) >= t
        for i, row in enumerate(rows)
        for span, feats in row.rejected
    }
    return compare(rows, accept, t)


def compare(rows: list[Passage], accept: dict, t: float) -> list[str]:
    rules, both = span_counts(rows, {}), span_counts(rows, accept)
    if not rows:
        return ["no passage to compare"]
    lines = [
        f"{'':4} {'rules P/R/F1':>22}   {'rules+model P/R/F1':>22}   dF1    added tp/fp   (threshold {t:.2f})"
    ]
    for key in (*[k for k in LANGUAGES if k in rules], "all"):
        a, b = prf(rules[key]), prf(both[key])
        lines.append(
            f"{key:4} {a[0]:.3f} {a[1]:.3f} {a[2]:.3f}          {b[0]:.3f} {b[1]:.3f} {b[2]:.3f}"
            f"   {100 * (b[2] - a[2]):+5.2f}   +{both[key]['tp'] - rules[key]['tp']}/+{both[key]['fp'] - rules[key]['fp']}"
        )
    return lines


def _load(paths: list[Path]) -> list[dict]:
    """Annotated passages of several sets, each text once (sets pooled from others repeat passages)."""
    passages: dict[str, dict] = {}
    for path in paths:
        for passage in load_gold(path):
            if "mentions" in passage and "text" in passage:
                passages.setdefault(passage["text"], passage)
    return list(passages.values())


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument(
        "--train", type=Path, nargs="*", help="annotated sets to train on (default: the dev split)"
    )
    args.add_argument("--evaluate", type=Path, nargs="*", default=[], help="annotated sets to measure on")
    args.add_argument(
        "--exclude", type=Path, nargs="*", default=[], help="sets whose passages --evaluate skips"
    )
    args.add_argument("--folds", type=int, default=5)
    args.add_argument("--c", type=float, default=0.3, help="inverse L2 strength of the logistic regression")
    args.add_argument(
        "--write",
        type=Path,
        nargs="?",
        const=WEIGHTS,
        help=f"write the weights as JSON (default path {WEIGHTS.relative_to(WEIGHTS.parents[4])}); the extractor "
        "does not read them: the model did not meet the bar (docs/extraction.md)",
    )
    args.add_argument(
        "--all-candidates",
        action="store_true",
        help="learn from the counts the rules keep as well (the model still only adds rejected ones)",
    )
    args.add_argument(
        "--no-gate", action="store_true", help="also candidates with no military word near them"
    )
    args.add_argument(
        "--thresholds",
        type=float,
        nargs="*",
        default=[],
        help="also show --evaluate at these fixed thresholds",
    )
    args.add_argument(
        "--misses", action="store_true", help="first count the kinds of the rules' misses on --evaluate"
    )
    opts = args.parse_args(argv)
    if opts.misses:
        for key, kinds in sorted(miss_kinds(_load(opts.evaluate)).items()):
            print(
                f"misses {key}: {sum(kinds.values())}: "
                + ", ".join(f"{k} {n}" for k, n in kinds.most_common())
            )
    if opts.train:
        training, source = _load(opts.train), f"{len(opts.train)} sets"
    else:
        training, source = load_real_text("dev"), "dev split of ../shared/extraction (evals.real_text)"
    rows = rule_passages(training, not opts.no_gate, opts.all_candidates)
    print(f"training on {source}: {len(rows)} en/de/fr passages")
    weights, lines = train(rows, opts.folds, opts.c, source)
    print("\n".join(lines))
    print("on the training passages themselves:")
    print("\n".join(evaluate(rows, weights)))
    if opts.write:
        opts.write.write_text(
            json.dumps(weights, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8"
        )
        print(f"wrote {opts.write}")
    if opts.evaluate:
        skip = {p["text"] for p in _load(opts.exclude)} | {p["text"] for p in training}
        held = [p for p in _load(opts.evaluate) if p["text"] not in skip]
        evaluated = rule_passages(held, not opts.no_gate)
        print(f"evaluated on {len(evaluated)} en/de/fr passages not trained on:")
        print("\n".join(evaluate(evaluated, weights)))
        for t in opts.thresholds:  # for information only: the chosen threshold is the one above
            print("\n".join(evaluate(evaluated, weights, t)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
