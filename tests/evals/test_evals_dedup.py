from __future__ import annotations

from itertools import combinations

from news_etl.dedup.signature import jaccard

from evals.dedup import dedup_in_runs, exact_pairs, prepare, quality, weekly_runs
from evals.dedup_synthetic import EDITS, generate


def test_generator_is_deterministic_and_labels_copies() -> None:
    first = list(generate(30, seed=7))
    assert first == list(generate(30, seed=7))
    assert first != list(generate(30, seed=8))
    copies = [a for a in first if a.edit is not None]
    assert copies and {a.edit for a in copies} <= set(EDITS)
    bases = {a.story: a for a in first if a.edit is None}
    assert len(bases) == 30
    assert all(copy.topic == bases[copy.story].topic for copy in copies)


def test_exact_pairs_matches_pairwise_jaccard() -> None:
    sets = [{"a", "b", "c"}, {"a", "b", "c", "d"}, {"x"}, {"a", "x"}, set("abcd")]
    expected = {(i, j) for i, j in combinations(range(len(sets)), 2) if jaccard(sets[i], sets[j]) >= 0.5}
    got = {(i, j): similarity for i, j, similarity in exact_pairs(sets, 0.5, chunk=2)}
    assert set(got) == expected
    assert got[(0, 1)] == 0.75


def test_weekly_runs_catch_copies_across_runs() -> None:
    prepared = prepare(list(generate(40, seed=3)), num_perm=128)
    runs = weekly_runs(prepared)
    assert len(runs) > 1
    decisions = dedup_in_runs(runs, threshold=0.8, num_perm=128)
    story_of = {p.candidate.article_id: decisions[p.candidate.article_id].story_id for p in prepared}
    shuffled = [p for p in prepared if p.article.edit == "shuffle"]
    base = {p.article.story: p for p in prepared if p.article.edit is None}
    assert shuffled
    for copy in shuffled:
        assert story_of[copy.candidate.article_id] == story_of[base[copy.article.story].candidate.article_id]


def test_quality_report_has_recall_and_false_merge_rows() -> None:
    rows = dict(quality(stories=40, seed=5, threshold=0.8, num_perm=128))
    recall = float(rows["recall of true near-duplicate pairs"].split()[0])
    false_merges = float(rows["false-merge rate, same topic different story"].split()[0])
    assert recall >= 0.9
    assert false_merges <= 0.01
