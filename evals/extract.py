"""Score the extractor and the quantulum3 baseline; print accuracy and speed side by side.

Usage: python -m evals.extract [--errors dev|gold|extra] [--extra FILE ...] [--repeat N] [--only dev|extra]
Sets, side by side: the real-text sets of ../shared/extraction (dev split, to develop on, and the frozen test
split, never tuned on: evals/real_text.py), and the project's own hand-written gold and held-out sets.
`--extra FILE` scores further sets in the same line format: real passages a developer annotated locally to
ANNOTATION.md (kept outside the repository, like ../shared: published text is never copied into it).
`--only dev` or `--only extra` scores that one set and nothing else (no frozen split, no speed): the command a
developer runs while tuning, so that the frozen split's figures are never printed by accident.
Span matching is strict: a predicted mention matches a gold one only with the same start and end offsets.
Span F1 comes with a 95 % bootstrap interval over passages.
"""

from __future__ import annotations

import argparse
import json
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from news_etl.extract.cli import mention_record
from news_etl.extract.sentences import sentence_spans
from news_etl.records import Mention

from dev import paths
from dev.paths import REPO_ROOT as _REPO
from dev.paths import SHARED_DIR
from evals.real_text import EXTRACTION_DIR, load_real_text, shared_available

DEFAULT_GOLD = _REPO / "tests" / "extract" / "gold" / "gold.jsonl"
# Written after the extractor was tuned on gold.jsonl; its first score is the honest one (see README).
DEFAULT_HOLDOUT = _REPO / "tests" / "extract" / "gold" / "holdout.jsonl"
REAL_NEWS = SHARED_DIR / "benchmarks" / "article-extraction" / "ground-truth.json"
FIELDS = ("min_max", "precision", "actor", "location", "type", "attribution")
Extractor = Callable[[str, str], list[Mention]]
log = logging.getLogger(__name__)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    spans: dict[str, Counts] = field(default_factory=dict)  # per language and "all"
    field_hits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    matched: int = 0
    by_language: dict[str, Score] = field(default_factory=dict)  # field accuracies per language
    errors: list[str] = field(default_factory=list)  # one line per miss, for debugging

    def field_accuracy(self, name: str) -> float:
        """Share of matched mentions with the field right (a field the gold set does not annotate counts as right)."""
        return self.field_hits[name] / self.matched if self.matched else 0.0


def load_gold(path: Path = DEFAULT_GOLD, seed_path: Path | None = None) -> list[dict]:
    """The passages of a gold set, in file order.

    A line with `seed_line` (1-based), `seed_start`, `seed_end` instead of `text` cites the seed article: its text
    is `seed_line`'s [seed_start:seed_end], read from the seed file where it lies (`seed_path`, by default
    dev.paths.SEED_ARTICLE in ../shared), never stored in the repository. Where the seed file is absent those
    passages are left out, with a warning naming the path.
    """
    with path.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    cited = [r for r in records if "seed_line" in r]
    if not cited:
        return records
    seed = paths.SEED_ARTICLE if seed_path is None else seed_path
    if not seed.is_file():
        log.warning(
            "seed article not found at %s (../shared is not laid out beside the repo): "
            "%d passages of %s left out (%s)",
            seed,
            len(cited),
            path.name,
            ", ".join(r["id"] for r in cited),
        )
        return [r for r in records if "seed_line" not in r]
    lines = seed.read_text(encoding="utf-8").split("\n")
    for record in cited:
        text = lines[record["seed_line"] - 1][record["seed_start"] : record["seed_end"]]
        for m in record["mentions"]:
            if text[m["char_start"] : m["char_end"]] != m["count_text"]:
                raise ValueError(f"{record['id']}: {m['count_text']!r} is not at its offsets in {seed}")
        record["text"] = text
    return records


def _field_values(m: Mention | dict, name: str) -> object:
    get = m.get if isinstance(m, dict) else mention_record(m).get
    if name == "min_max":
        return (get("count_min"), get("count_max"))
    return get(name)


def score(gold: Iterable[dict], extract: Extractor) -> Score:
    result = Score()
    for record in gold:
        lang, text = record["language"], record["text"]
        predicted = {(m.char_start, m.char_end): m for m in extract(text, lang)}
        expected = {(m["char_start"], m["char_end"]): m for m in record["mentions"]}
        for key in (lang, "all"):
            counts = result.spans.setdefault(key, Counts())
            counts.tp += len(predicted.keys() & expected.keys())
            counts.fp += len(predicted.keys() - expected.keys())
            counts.fn += len(expected.keys() - predicted.keys())
        for span in sorted(predicted.keys() ^ expected.keys()):
            kind = "FP" if span in predicted else "FN"
            shown = predicted[span].count_text if span in predicted else expected[span]["count_text"]
            result.errors.append(f"{record['id']} {kind} {shown!r}: {text}")
        per_language = result.by_language.setdefault(lang, Score())
        for span in predicted.keys() & expected.keys():
            result.matched += 1
            per_language.matched += 1
            for name in FIELDS:
                got, want = _field_values(predicted[span], name), _field_values(expected[span], name)
                # the real-text sets have no attribution: a field the set does not annotate counts as right
                if got == want or (name != "min_max" and name not in expected[span]):
                    result.field_hits[name] += 1
                    per_language.field_hits[name] += 1
                else:
                    result.errors.append(f"{record['id']} {name}: got {got!r} want {want!r}: {text}")
    return result


def sentences_per_second(passages: list[dict], extract: Extractor, repeat: int) -> float:
    """CPU time of this process only, so that other load on the machine does not count."""
    sentences = sum(len(sentence_spans(r["text"])) for r in passages) * repeat
    for record in passages:  # warm up: compile the lazily built patterns of every language
        extract(record["text"], record["language"])
    started = time.process_time()
    for _ in range(repeat):
        for record in passages:
            extract(record["text"], record["language"])
    return sentences / (time.process_time() - started)


def real_news_passages(limit: int | None = None) -> list[dict]:
    """Article bodies of the shared extraction benchmark: real news, mostly without troop counts.

    Only read from ../shared (never copied into the repo); empty when it is not laid out beside the repo.
    """
    if not REAL_NEWS.exists():
        return []
    from news_etl.language import detect_language

    bodies = [v["articleBody"] for v in json.loads(REAL_NEWS.read_text(encoding="utf-8")).values()]
    return [{"text": b, "language": detect_language(b)[0]} for b in bodies[:limit] if b]


def mixed_speed_passages(news: list[dict]) -> list[dict]:
    """The mixed five-language corpus of the speed requirement (issue 13): the real news articles (mostly en, de,
    fr) and every Arabic and Hebrew passage of the dev split. Never the frozen test split: it is not timed either.
    """
    return news + [p for p in load_real_text("dev") if p["language"] in ("ar", "he")]


REPORT_LANGUAGES = ("en", "de", "fr", "ar", "he", "all")
BOOTSTRAP_SAMPLES = 1000


def bootstrap_f1(
    passages: list[dict], extract: Extractor, language: str, samples: int = BOOTSTRAP_SAMPLES
) -> tuple[float, float]:
    """95 % interval of span F1 over passages resampled with replacement (fixed seed: same interval each run)."""
    import random

    chosen = [p for p in passages if language in ("all", p["language"])]
    per_passage = [score([p], extract).spans["all"] for p in chosen]
    if not per_passage:
        return (0.0, 0.0)
    rng = random.Random(20261201)
    f1s = []
    for _ in range(samples):
        total = Counts()
        for c in rng.choices(per_passage, k=len(per_passage)):
            total.tp, total.fp, total.fn = total.tp + c.tp, total.fp + c.fp, total.fn + c.fn
        f1s.append(total.f1)
    f1s.sort()
    return f1s[int(0.025 * samples)], f1s[int(0.975 * samples) - 1]


def _report(
    name: str, result: Score, passages: list[dict] | None = None, extract: Extractor | None = None
) -> list[str]:
    lines = [f"== {name}"]
    for key in REPORT_LANGUAGES:
        c = result.spans.get(key)
        if c is None:
            continue
        interval = ""
        if passages is not None and extract is not None:
            low, high = bootstrap_f1(passages, extract, key)
            interval = f" [{low:.3f}-{high:.3f}]"
        lines.append(
            f"  spans {key:3}  P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}{interval}"
            f"  (tp {c.tp} fp {c.fp} fn {c.fn})"
        )
    fields = "  ".join(f"{n} {result.field_accuracy(n):.3f}" for n in FIELDS)
    lines.append(f"  fields on {result.matched} matched: {fields}")
    if len(result.by_language) > 1:
        for key in REPORT_LANGUAGES:
            if sub := result.by_language.get(key):
                fields = "  ".join(f"{n} {sub.field_accuracy(n):.3f}" for n in FIELDS)
                lines.append(f"    {key:3} on {sub.matched:3} matched: {fields}")
    return lines


def _compare(
    title: str, passages: list[dict], extract: Extractor, baseline: Extractor, repeat: int
) -> list[str]:
    ours = score(passages, extract)
    base = score(passages, baseline)
    lines = [f"# {title} ({len(passages)} passages)"]
    lines += _report("news_etl.extract", ours, passages, extract)
    lines += _report("baseline: quantulum3 + troop-noun filter", base)
    lines.append(f"== span F1 ours {ours.spans['all'].f1:.3f} vs baseline {base.spans['all'].f1:.3f}")
    return lines


def _speed(title: str, passages: list[dict], extract: Extractor, baseline: Extractor, repeat: int) -> str:
    ours = sentences_per_second(passages, extract, repeat)
    base = sentences_per_second(passages, baseline, 1)
    return f"speed on {title}: ours {ours:,.0f} sentences/s, baseline {base:,.0f} sentences/s, ratio {ours / base:.1f}x"


def _only(which: str, extra_paths: list[Path], errors: bool, extract: Extractor, baseline: Extractor) -> int:
    if which == "dev":
        if not shared_available():
            print(
                f"# SKIPPED the dev split: {EXTRACTION_DIR} is absent (../shared is not laid out beside the repo)"
            )
            return 1
        passages, title = load_real_text("dev"), "real text dev split"
    else:
        passages = [record for path in extra_paths for record in load_gold(path)]
        title = "extra set " + ", ".join(path.name for path in extra_paths)
    print("\n".join(_compare(title, passages, extract, baseline, 1)))
    if errors:
        print("\n".join(score(passages, extract).errors))
    return 0


def main(argv: list[str] | None = None) -> int:
    from news_etl.extract import extract_mentions

    from evals.extract_baseline import baseline_mentions

    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    args.add_argument("--holdout", type=Path, default=DEFAULT_HOLDOUT)
    args.add_argument("--repeat", type=int, default=20, help="passes over the gold set for the speed figure")
    args.add_argument(
        "--errors",
        choices=("dev", "gold", "extra"),
        help="list every miss of our extractor on the dev split, the gold set or the --extra sets",
    )
    args.add_argument(
        "--extra",
        type=Path,
        action="append",
        default=[],
        help="a further annotated set (JSONL, the format of ../shared/extraction/dev.jsonl), scored after the others",
    )
    args.add_argument(
        "--only",
        choices=("dev", "extra"),
        help="score just the dev split or the --extra sets (never prints the frozen split or speed)",
    )
    opts = args.parse_args(argv)
    if opts.only:
        return _only(opts.only, opts.extra, opts.errors is not None, extract_mentions, baseline_mentions)
    gold = load_gold(opts.gold)
    baseline_mentions(gold[0]["text"], gold[0]["language"])  # load quantulum3 before timing it
    extract_mentions(gold[0]["text"], gold[0]["language"])  # compile the grammar before timing it
    if shared_available():
        for split, title in (("dev", "dev split"), ("test", "FROZEN test split (never tuned on)")):
            passages = load_real_text(split)
            print("\n".join(_compare(f"real text {title}", passages, extract_mentions, baseline_mentions, 1)))
    else:
        print(
            f"# SKIPPED the real-text sets: {EXTRACTION_DIR} is absent (../shared is not laid out beside the repo)"
        )
    print(
        "\n".join(
            _compare(f"gold set {opts.gold.name}", gold, extract_mentions, baseline_mentions, opts.repeat)
        )
    )
    if opts.holdout.exists():
        holdout = load_gold(opts.holdout)
        print(
            "\n".join(
                _compare(f"held-out set {opts.holdout.name}", holdout, extract_mentions, baseline_mentions, 1)
            )
        )
    print("# speed, single process, CPU time")
    print(
        _speed(
            "the gold set (every sentence has numbers)",
            gold,
            extract_mentions,
            baseline_mentions,
            opts.repeat,
        )
    )
    news = real_news_passages(limit=60)
    if news:
        print(
            _speed(
                f"{len(news)} real news articles (../shared)", news, extract_mentions, baseline_mentions, 5
            )
        )
        mixed = mixed_speed_passages(news)
        print(
            _speed(
                f"the same {len(news)} articles mixed with the {len(mixed) - len(news)} ar/he dev-split passages",
                mixed,
                extract_mentions,
                baseline_mentions,
                5,
            )
        )
    extra = [record for path in opts.extra for record in load_gold(path)]
    if extra:
        names = ", ".join(path.name for path in opts.extra)
        print("\n".join(_compare(f"extra set {names}", extra, extract_mentions, baseline_mentions, 1)))
    if opts.errors:
        errors_of = {"dev": load_real_text("dev"), "gold": gold, "extra": extra}[opts.errors]
        print("\n".join(score(errors_of, extract_mentions).errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
