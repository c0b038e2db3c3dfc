"""Does a learned mention-type classifier beat the rules? Grouped cross-validation on annotated sets, printed.

Issue 12 asks to consider a small learned component where the rules plateau and to keep it only if it beats
them. This measures it on the mentions the rules find with the gold span: a logistic regression over the words
around the count (6-letter prefixes, so that inflected forms share a feature), the count's precision and
whether an actor and a place were found. Three candidates against the rules' own type:
- learned: the context alone;
- stacked: the context plus the rules' type as a feature;
- override: the rules' type, replaced by the learned one where the model is at least T sure.

Folds are grouped by source URL, so no page is on both sides. The rules' figure is only honest on text the rules
were never tuned on: run this from a checkout older than the sets (`git worktree add --detach`), as
docs/extraction.md did. scikit-learn is a `bench` dependency: this is an experiment, not part of the extractor.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from news_etl.records import Mention

from evals.extract import load_gold
from evals.real_text import load_real_text

_WORD = re.compile(r"\w+")
PREFIX = 6
WINDOW = 6
THRESHOLDS = (0.7, 0.8, 0.9, 0.95)
LANGUAGES = ("en", "de", "fr", "ar", "he")


def _sentence_bounds(text: str, mention: Mention) -> tuple[int, int]:
    sentence = mention.sentence
    start = text.find(sentence, max(0, mention.char_start - len(sentence))) if sentence else -1
    if start < 0 or start > mention.char_start:
        return max(0, mention.char_start - 200), min(len(text), mention.char_end + 200)
    return start, start + len(sentence)


def context_features(text: str, mention: Mention) -> dict[str, int]:
    """Words near the count by side (the nearest two also on their own), the rest of its sentence as a bag."""
    start, end = _sentence_bounds(text, mention)
    left = [w[:PREFIX] for w in _WORD.findall(text[start : mention.char_start].lower())]
    right = [w[:PREFIX] for w in _WORD.findall(text[mention.char_end : end].lower())]
    features = {
        f"precision={mention.count_precision}": 1,
        f"actor={mention.actor_code is not None}": 1,
        f"place={mention.location_country is not None}": 1,
    }
    for side, words in (("l", left[::-1]), ("r", right)):
        for position, word in enumerate(words[:WINDOW]):
            features[f"{side}:{word}"] = 1
            if position < 2:
                features[f"{side}2:{word}"] = 1
    for word in left[:-WINDOW] + right[WINDOW:]:
        features[f"s:{word}"] = 1
    return features


def matched_mentions(passages: list[dict]) -> list[tuple[str, str, dict[str, int], str, str]]:
    """(group, language, features, rules' type, gold type) for each mention found with its gold span."""
    from news_etl.extract import extract_mentions

    rows = []
    for passage in passages:
        text, lang = passage["text"], passage["language"]
        gold = {(m["char_start"], m["char_end"]): m for m in passage["mentions"]}
        for mention in extract_mentions(text, lang):
            wanted = gold.get((mention.char_start, mention.char_end))
            if wanted is not None and wanted.get("type"):
                group = passage.get("source_url") or text[:60]
                rows.append(
                    (group, lang, context_features(text, mention), mention.mention_type, wanted["type"])
                )
    return rows


def cross_validate(rows: list, folds: int, c: float) -> list[str]:
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    groups = [r[0] for r in rows]
    langs = np.array([r[1] for r in rows])
    rules = np.array([r[3] for r in rows])
    gold = np.array([r[4] for r in rows])
    stacked_features = [r[2] | {f"rule={r[3]}": 1, f"{r[1]}:rule={r[3]}": 1} for r in rows]
    learned, sure, stacked = np.empty(len(rows), object), np.zeros(len(rows)), np.empty(len(rows), object)
    for train, test in GroupKFold(n_splits=folds).split(rows, gold, groups):
        for features, out in (([r[2] for r in rows], learned), (stacked_features, stacked)):
            vectors = DictVectorizer()
            model = LogisticRegression(C=c, max_iter=3000)
            model.fit(vectors.fit_transform([features[i] for i in train]), gold[train])
            proba = model.predict_proba(vectors.transform([features[i] for i in test]))
            out[test] = model.classes_[proba.argmax(1)]
            if out is learned:
                sure[test] = proba.max(1)
    candidates = {"rules": rules, "learned": learned, "stacked": stacked}
    for threshold in THRESHOLDS:
        candidates[f"override>{threshold}"] = np.where(sure >= threshold, learned, rules)
    present = [lang for lang in LANGUAGES if (langs == lang).any()]
    lines = [
        f"{'':16} {'all':>6} " + " ".join(f"{lang:>6}" for lang in present) + f"   ({len(rows)} mentions)"
    ]
    for name, predicted in candidates.items():
        hits = predicted == gold
        per_lang = " ".join(f"{hits[langs == lang].mean():6.3f}" for lang in present)
        lines.append(f"{name:16} {hits.mean():6.3f} {per_lang}")
    return lines


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("sets", type=Path, nargs="*", help="annotated JSONL sets (default: the dev split)")
    args.add_argument("--folds", type=int, default=5)
    args.add_argument("--c", type=float, default=1.0, help="inverse L2 strength of the logistic regression")
    opts = args.parse_args(argv)
    passages = [p for path in opts.sets for p in load_gold(path)] if opts.sets else load_real_text("dev")
    passages = list({p["text"]: p for p in passages}.values())  # a passage kept in two sets counts once
    print("\n".join(cross_validate(matched_mentions(passages), opts.folds, opts.c)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
