"""Measure deduplication: quality on a labeled synthetic set, time and memory at scale, speed-up.

    python -m evals.dedup [--skip-100k] [--seed N] [--threshold 0.8] [--num-perm 256]

Quality: labeled copies (evals.dedup_synthetic) are deduplicated in weekly runs, each run rebuilding the
index from the signatures stored by the previous ones, as the DAG does. Ground truth is the exact Jaccard of
every pair of shingle sets (brute force, computed with a sparse matrix product). Reported: recall of the
pairs at Jaccard >= 0.85 (same story_id assigned), and the false-merge rate on pairs of different stories of
the same topic.

Scale: time and memory of the dedup stage (signatures + planning, cleaning excluded) for 10k and 100k
articles, and the speed-up at 20k over brute-force pairwise Jaccard (measured on a random sample of pairs and
extrapolated to all pairs, because 200M Python set comparisons take hours) and over an exact all-pairs sparse
matrix product (measured in full). Times are CPU seconds of this process, with wall time beside them: on a
shared machine wall time depends on whatever else runs. Memory is the resident-set growth, sampled.
"""

from __future__ import annotations

import argparse
import random
import resource
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations, islice

import numpy as np
from news_etl.clean.text import clean_body
from news_etl.clean.urls import article_id
from news_etl.dedup.index import DEFAULT_THRESHOLD, NearDuplicateIndex
from news_etl.dedup.planner import Candidate, DedupDecision, KnownArticle, assign_duplicates
from news_etl.dedup.signature import DEFAULT_NUM_PERM, body_sha256, jaccard, shingles, signature_of_shingles

from evals.dedup_synthetic import SyntheticArticle, generate

TRUE_NEAR_DUPLICATE = 0.85
# Different stories above this overlap (follow-ups reusing paragraphs) are reported separately.
HARD_NEGATIVE = 0.3
BRUTE_FORCE_SAMPLE_PAIRS = 200_000


@dataclass(frozen=True)
class Prepared:
    article: SyntheticArticle
    shingles: set[str]
    candidate: Candidate


def prepare(articles: Sequence[SyntheticArticle], num_perm: int) -> list[Prepared]:
    prepared = []
    for article in articles:
        text = clean_body(article.text)
        shingle_set = shingles(text)
        url = f"https://news{article.story % 7}.example.com/{article.doc_id}"
        candidate = Candidate(
            article_id(url),
            url,
            body_sha256(text),
            signature_of_shingles(shingle_set, num_perm),
            article.published_at,
        )
        prepared.append(Prepared(article, shingle_set, candidate))
    return prepared


def dedup_in_runs(
    runs: Sequence[Sequence[Candidate]], threshold: float, num_perm: int
) -> dict[str, DedupDecision]:
    """Each run rebuilds the index from the signatures and decisions stored by the earlier runs."""
    stored: dict[str, tuple[Candidate, DedupDecision]] = {}
    for batch in runs:
        index = NearDuplicateIndex.from_signatures(
            ((aid, c.signature) for aid, (c, _) in stored.items()), threshold, num_perm
        )
        known = {
            aid: KnownArticle(aid, d.story_id, c.body_sha256, c.published_at, d.kind)
            for aid, (c, d) in stored.items()
        }
        for candidate, decision in zip(batch, assign_duplicates(batch, index, known), strict=True):
            if decision.kind != "exact_url":
                stored[candidate.article_id] = (candidate, decision)
    return {aid: decision for aid, (_, decision) in stored.items()}


def weekly_runs(prepared: Sequence[Prepared]) -> list[list[Candidate]]:
    by_week: dict[tuple[int, int], list[Candidate]] = defaultdict(list)
    for item in prepared:
        year, week, _ = item.article.published_at.isocalendar()
        by_week[(year, week)].append(item.candidate)
    return [by_week[week] for week in sorted(by_week)]


def exact_pairs(
    sets: Sequence[set[str]], minimum: float, chunk: int = 2000
) -> Iterator[tuple[int, int, float]]:
    """(i, j, Jaccard) for every pair i < j with exact Jaccard >= minimum: all pairs, via sparse products."""
    from scipy import sparse

    vocabulary: dict[str, int] = {}
    indices = [vocabulary.setdefault(s, len(vocabulary)) for shingle_set in sets for s in shingle_set]
    sizes = np.array([len(s) for s in sets], dtype=np.int64)
    indptr = np.concatenate(([0], np.cumsum(sizes)))
    matrix = sparse.csr_matrix(
        (np.ones(len(indices), dtype=np.int32), np.array(indices, dtype=np.int64), indptr),
        shape=(len(sets), len(vocabulary)),
    )
    transposed = matrix.T.tocsr()
    for start in range(0, len(sets), chunk):
        overlap = (matrix[start : start + chunk] @ transposed).tocoo()
        rows, cols, inter = overlap.row + start, overlap.col, overlap.data.astype(np.int64)
        upper = cols > rows
        rows, cols, inter = rows[upper], cols[upper], inter[upper]
        similarity = inter / (sizes[rows] + sizes[cols] - inter)
        keep = similarity >= minimum
        yield from zip(rows[keep].tolist(), cols[keep].tolist(), similarity[keep].tolist(), strict=True)


def quality(stories: int, seed: int, threshold: float, num_perm: int) -> list[tuple[str, str]]:
    prepared = prepare(list(generate(stories, seed=seed)), num_perm)
    runs = weekly_runs(prepared)
    decisions = dedup_in_runs(runs, threshold, num_perm)
    story_of = [decisions[p.candidate.article_id].story_id for p in prepared]
    articles = [p.article for p in prepared]

    close = list(exact_pairs([p.shingles for p in prepared], HARD_NEGATIVE))
    truth = [(i, j) for i, j, similarity in close if similarity >= TRUE_NEAR_DUPLICATE]
    found = sum(story_of[i] == story_of[j] for i, j in truth)
    hard = [(i, j, sim) for i, j, sim in close if articles[i].story != articles[j].story]
    hard_merged = sum(story_of[i] == story_of[j] for i, j, _ in hard)

    same_topic_other_story = merged = 0
    by_topic: dict[int, list[int]] = defaultdict(list)
    for position, article in enumerate(articles):
        by_topic[article.topic].append(position)
    for members in by_topic.values():
        for i, j in combinations(members, 2):
            if articles[i].story != articles[j].story:
                same_topic_other_story += 1
                merged += story_of[i] == story_of[j]

    rows = [
        ("articles (stories, weekly runs)", f"{len(prepared)} ({stories}, {len(runs)} runs)"),
        (f"true near-duplicate pairs (exact Jaccard >= {TRUE_NEAR_DUPLICATE})", str(len(truth))),
        ("recall of true near-duplicate pairs", f"{found / max(len(truth), 1):.4f} ({found}/{len(truth)})"),
        (
            "false-merge rate, same topic different story",
            f"{merged / max(same_topic_other_story, 1):.6f} ({merged}/{same_topic_other_story} pairs)",
        ),
        (
            f"  of which different-story pairs with Jaccard >= {HARD_NEGATIVE}",
            f"{hard_merged} merged of {len(hard)} (max Jaccard {max((h[2] for h in hard), default=0):.3f})",
        ),
    ]
    rows += _recall_by_edit(prepared, story_of)
    return rows


def _recall_by_edit(prepared: Sequence[Prepared], story_of: Sequence[str]) -> list[tuple[str, str]]:
    base_position = {p.article.story: i for i, p in enumerate(prepared) if p.article.edit is None}
    similarities: dict[str, list[float]] = defaultdict(list)
    merged: dict[str, int] = defaultdict(int)
    for position, item in enumerate(prepared):
        article = item.article
        if article.edit is None and article.follows is None:
            continue
        label = f"copies '{article.edit}'" if article.edit else "follow-up stories (must stay apart)"
        other = base_position[article.story if article.edit else article.follows]
        similarities[label].append(jaccard(item.shingles, prepared[other].shingles))
        merged[label] += story_of[position] == story_of[other]
    rows = []
    for label, values in similarities.items():
        rows.append(
            (
                f"{label}: merged with original / median Jaccard",
                f"{merged[label] / len(values):.3f} of {len(values)} / {float(np.median(values)):.3f}",
            )
        )
    return sorted(rows)


class PeakRss:
    """Peak resident memory above the level at start, sampled every 20 ms (includes numpy buffers)."""

    def __enter__(self) -> PeakRss:
        self._start = self._peak = _rss_bytes()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._peak = max(self._peak, _rss_bytes())

    def _sample(self) -> None:
        while not self._stop.wait(0.02):
            self._peak = max(self._peak, _rss_bytes())

    @property
    def increase_mb(self) -> float:
        return (self._peak - self._start) / 2**20


def _rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize()


@dataclass(frozen=True)
class Elapsed:
    """CPU time of this process (insensitive to other jobs sharing the machine) and wall time."""

    cpu: float
    wall: float

    def __add__(self, other: Elapsed) -> Elapsed:
        return Elapsed(self.cpu + other.cpu, self.wall + other.wall)

    def __str__(self) -> str:
        return f"{self.cpu:.1f} s CPU ({self.wall:.1f} s wall)"


class Stopwatch:
    def __init__(self) -> None:
        self._cpu, self._wall = time.process_time(), time.perf_counter()

    def lap(self) -> Elapsed:
        cpu, wall = time.process_time(), time.perf_counter()
        elapsed = Elapsed(cpu - self._cpu, wall - self._wall)
        self._cpu, self._wall = cpu, wall
        return elapsed


@dataclass(frozen=True)
class ScaleResult:
    articles: int
    signatures: Elapsed
    planning: Elapsed
    rebuild: Elapsed
    memory_mb: float
    stories: int

    @property
    def total(self) -> Elapsed:
        return self.signatures + self.planning


def scale(texts: Sequence[tuple[SyntheticArticle, str]], threshold: float, num_perm: int) -> ScaleResult:
    """Dedup of pre-cleaned texts in one batch, then the per-run index rebuild from stored signatures."""
    with PeakRss() as memory:
        watch = Stopwatch()
        candidates = []
        for article, text in texts:
            url = f"https://news{article.story % 7}.example.com/{article.doc_id}"
            signature = signature_of_shingles(shingles(text), num_perm)
            candidates.append(
                Candidate(article_id(url), url, body_sha256(text), signature, article.published_at)
            )
        signing = watch.lap()
        decisions = assign_duplicates(candidates, NearDuplicateIndex(threshold, num_perm), {})
        planning = watch.lap()
    NearDuplicateIndex.from_signatures(((c.article_id, c.signature) for c in candidates), threshold, num_perm)
    rebuild = watch.lap()
    return ScaleResult(
        len(texts), signing, planning, rebuild, memory.increase_mb, len({d.story_id for d in decisions})
    )


def brute_force(texts: Sequence[str], seed: int) -> tuple[Elapsed, float, int]:
    """(shingles + all pairs, extrapolated from a random sample of pairs; CPU s per pair; pairs measured)."""
    watch = Stopwatch()
    sets = [shingles(text) for text in texts]
    shingling = watch.lap()
    rng = random.Random(seed)
    pairs = [tuple(rng.sample(range(len(sets)), 2)) for _ in range(BRUTE_FORCE_SAMPLE_PAIRS)]
    watch.lap()
    for i, j in pairs:
        jaccard(sets[i], sets[j])
    sample = watch.lap()
    factor = len(sets) * (len(sets) - 1) / 2 / len(pairs)
    return shingling + Elapsed(sample.cpu * factor, sample.wall * factor), sample.cpu / len(pairs), len(pairs)


def sparse_all_pairs(texts: Sequence[str], threshold: float) -> Elapsed:
    watch = Stopwatch()
    for _ in exact_pairs([shingles(text) for text in texts], threshold):
        pass
    return watch.lap()


def _print_table(title: str, rows: Sequence[tuple[str, str]]) -> None:
    width = max(len(label) for label, _ in rows)
    print(f"\n{title}\n{'-' * len(title)}")
    for label, value in rows:
        print(f"{label:<{width}}  {value}")


def _timed(label: str, action: Callable[[], object]) -> object:
    watch = Stopwatch()
    result = action()
    print(f"  [{label}: {watch.lap()}]", flush=True)
    return result


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seed", type=int, default=20260301)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--num-perm", type=int, default=DEFAULT_NUM_PERM)
    parser.add_argument("--labeled-stories", type=int, default=1200, help="base stories in the labeled set")
    parser.add_argument("--skip-100k", action="store_true", help="quick run: scale to 10k and 20k only")
    args = parser.parse_args(argv)

    print(f"threshold={args.threshold} num_perm={args.num_perm} seed={args.seed}", flush=True)
    rows = _timed("quality", lambda: quality(args.labeled_stories, args.seed, args.threshold, args.num_perm))
    _print_table("Quality on the labeled synthetic set (ground truth: brute-force exact Jaccard)", rows)

    sizes = [10_000] if args.skip_100k else [10_000, 100_000]
    largest = max(*sizes, 20_000)
    articles = list(islice(generate(largest // 2 + 1, seed=args.seed + 1, topics=40), largest))
    texts = [(article, clean_body(article.text)) for article in articles]

    scale_rows = []
    results: dict[int, ScaleResult] = {}
    for size in sorted({*sizes, 20_000}):
        result = _timed(f"dedup {size}", lambda size=size: scale(texts[:size], args.threshold, args.num_perm))
        results[size] = result
        if size in sizes:
            scale_rows += [
                (
                    f"{size:,} articles: dedup total",
                    f"{result.total} = {result.total.cpu / size * 1000:.2f} ms/article",
                ),
                ("  signatures (shingles, MinHash, sha256)", str(result.signatures)),
                ("  planning (LSH query + insert, decisions)", str(result.planning)),
                ("  peak RSS increase during dedup", f"{result.memory_mb:.0f} MB"),
                ("  index rebuild from stored signatures", str(result.rebuild)),
                ("  stories found", f"{result.stories:,}"),
            ]
    _print_table("Dedup stage at scale (one batch, cleaning excluded)", scale_rows)

    sample = [text for _, text in texts[:20_000]]
    brute, per_pair, measured = _timed("brute force sample", lambda: brute_force(sample, args.seed))
    sparse = _timed("sparse all pairs", lambda: sparse_all_pairs(sample, args.threshold))
    lsh = results[20_000].total
    _print_table(
        "Speed-up at 20,000 articles (199,990,000 pairs), on CPU time",
        [
            ("MinHash LSH dedup (measured)", str(lsh)),
            ("brute-force pairwise Jaccard (EXTRAPOLATED)", str(brute)),
            ("  from", f"{per_pair * 1e6:.2f} us CPU/pair on {measured:,} random pairs, times all pairs"),
            ("speed-up over brute force", f"{brute.cpu / lsh.cpu:.0f}x"),
            ("exact all-pairs sparse matrix product (measured)", str(sparse)),
            ("speed-up over sparse all-pairs", f"{sparse.cpu / lsh.cpu:.1f}x"),
        ],
    )


if __name__ == "__main__":
    main()
