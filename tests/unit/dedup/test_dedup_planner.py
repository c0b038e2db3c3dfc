from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import pytest
from news_etl.dedup import (
    Candidate,
    DedupDecision,
    KnownArticle,
    NearDuplicateIndex,
    assign_duplicates,
    body_sha256,
    minhash_signature,
)

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)

STORY = "\n\n".join(
    [
        "Germany will send 500 more soldiers to Lithuania next year, the defence ministry said on Monday.",
        "The brigade is expected to reach its full strength of about 4,800 troops by 2027, officials added,"
        " with most of the soldiers stationed near Vilnius and Kaunas.",
        "The deployment is the first permanent stationing of German combat troops abroad since the Second"
        " World War, and Lithuania has promised to build barracks, housing and training grounds for them.",
        "Defence minister Boris Pistorius said the brigade was a clear signal to allies on Nato's eastern"
        " flank that Germany would stand by its commitments in the region for as long as necessary.",
    ]
)
OTHER_STORY = "\n\n".join(
    [
        "France will keep around 1,000 soldiers in Romania through next year, the armed forces ministry"
        " said.",
        "The battalion, based in Cincu, leads a Nato battlegroup that includes Belgian and Dutch troops, and"
        " it will take part in a large exercise near the Black Sea coast in the spring, officials added.",
        "Paris has said it could scale the force up to a brigade of several thousand troops within weeks if"
        " the security situation on the alliance's eastern flank deteriorated further.",
    ]
)
COPY = STORY.replace("on Monday", "on Monday, according to a statement") + "\n\nThis story has been updated."


def candidate(url: str, text: str, hours: float | None) -> Candidate:
    from news_etl.clean.urls import article_id

    published = None if hours is None else T0 + timedelta(hours=hours)
    return Candidate(article_id(url), url, body_sha256(text), minhash_signature(text), published)


def known_from(candidates: list[Candidate], decisions: list[DedupDecision]) -> dict[str, KnownArticle]:
    return {
        c.article_id: KnownArticle(c.article_id, d.story_id, c.body_sha256, c.published_at, d.kind)
        for c, d in zip(candidates, decisions, strict=True)
        if d.kind != "exact_url"
    }


def test_earliest_copy_is_canonical_and_copies_point_to_it() -> None:
    original = candidate("https://a.example.com/original", STORY, 0)
    same_body = candidate("https://b.example.com/wire", STORY, 2)
    near = candidate("https://c.example.com/copy", COPY, 5)
    unrelated = candidate("https://d.example.com/france", OTHER_STORY, 1)
    # Given in reverse order: the published order decides, not the input order.
    batch = [near, unrelated, same_body, original]
    decisions = assign_duplicates(batch, NearDuplicateIndex(), {})
    by_id = {d.article_id: d for d in decisions}
    assert [d.article_id for d in decisions] == [c.article_id for c in batch]
    assert by_id[original.article_id] == DedupDecision(original.article_id, None, None, original.article_id)
    assert by_id[unrelated.article_id] == DedupDecision(
        unrelated.article_id, None, None, unrelated.article_id
    )
    assert by_id[same_body.article_id] == DedupDecision(
        same_body.article_id, original.article_id, "exact_body", original.article_id
    )
    near_decision = by_id[near.article_id]
    assert (near_decision.duplicate_of, near_decision.kind, near_decision.story_id) == (
        original.article_id,
        "near",
        original.article_id,
    )
    assert near_decision.similarity is not None and near_decision.similarity >= 0.8


def test_same_canonical_url_twice_in_batch_is_exact_url() -> None:
    first = candidate("https://a.example.com/original", STORY, 0)
    again = candidate("https://a.example.com/original", STORY, 0)
    decisions = assign_duplicates([again, first], NearDuplicateIndex(), {})
    assert decisions[0] == DedupDecision(first.article_id, None, None, first.article_id)
    assert decisions[1] == DedupDecision(first.article_id, first.article_id, "exact_url", first.article_id)


def test_undated_copy_is_never_canonical_over_dated_one() -> None:
    undated = candidate("https://a.example.com/undated", STORY, None)
    dated = candidate("https://z.example.com/dated", COPY, 30)
    decisions = assign_duplicates([undated, dated], NearDuplicateIndex(), {})
    assert decisions[0].duplicate_of == dated.article_id
    assert decisions[1].duplicate_of is None


def test_copy_arriving_next_week_is_caught_from_persisted_signatures() -> None:
    week1 = [
        candidate("https://a.example.com/original", STORY, 0),
        candidate("https://d.example.com/fr", OTHER_STORY, 1),
    ]
    decisions1 = assign_duplicates(week1, NearDuplicateIndex(), {})
    # What the warehouse holds after week 1: rows with their minhash column.
    stored = [(c.article_id, bytes(c.signature)) for c in week1]
    known = known_from(week1, decisions1)

    index = NearDuplicateIndex.from_signatures(stored)
    late_copy = candidate("https://c.example.com/copy", COPY, 24 * 7)
    exact_copy = candidate("https://e.example.com/wire", OTHER_STORY, 24 * 7)
    decisions2 = assign_duplicates([late_copy, exact_copy], index, known)
    assert (decisions2[0].kind, decisions2[0].story_id) == ("near", week1[0].article_id)
    assert (decisions2[1].kind, decisions2[1].story_id) == ("exact_body", week1[1].article_id)
    assert late_copy.article_id in index  # the batch is added for the rest of the run


def test_existing_story_keeps_its_canonical_when_an_older_copy_arrives_later() -> None:
    stored = candidate("https://a.example.com/original", STORY, 10)
    known = known_from([stored], assign_duplicates([stored], NearDuplicateIndex(), {}))
    index = NearDuplicateIndex.from_signatures([(stored.article_id, stored.signature)])
    older = candidate("https://c.example.com/copy", COPY, 0)
    (decision,) = assign_duplicates([older], index, known)
    assert (decision.duplicate_of, decision.kind) == (stored.article_id, "near")


def test_chain_of_copies_joins_the_root_story() -> None:
    root = candidate("https://a.example.com/original", STORY, 0)
    copy = candidate("https://c.example.com/copy", COPY, 1)
    known = known_from([root, copy], assign_duplicates([root, copy], NearDuplicateIndex(), {}))
    index = NearDuplicateIndex.from_signatures(
        [(root.article_id, root.signature), (copy.article_id, copy.signature)]
    )
    copy_of_copy = candidate("https://f.example.com/copy2", COPY + "\n\nAdditional reporting by staff.", 2)
    (decision,) = assign_duplicates([copy_of_copy], index, known)
    assert (decision.duplicate_of, decision.story_id) == (root.article_id, root.article_id)


def test_rerun_is_idempotent_and_new_version_keeps_story() -> None:
    batch = [
        candidate("https://a.example.com/original", STORY, 0),
        candidate("https://c.example.com/copy", COPY, 1),
        candidate("https://d.example.com/fr", OTHER_STORY, 2),
    ]
    first = assign_duplicates(batch, NearDuplicateIndex(), {})
    known = known_from(batch, first)
    index = NearDuplicateIndex.from_signatures([(c.article_id, c.signature) for c in batch])
    assert assign_duplicates(batch, index, known) == first
    # The copy comes back with changed content: same article, new version, same story.
    updated = candidate("https://c.example.com/copy", COPY + "\n\nUpdate: 600 soldiers, not 500.", 1)
    (decision,) = assign_duplicates([updated], index, known)
    assert decision == first[1]


def test_decisions_do_not_depend_on_input_order() -> None:
    texts = [STORY, COPY, OTHER_STORY, STORY, OTHER_STORY + "\n\nMore soon."]
    batch = [candidate(f"https://s{i}.example.com/a", text, hours=i % 3) for i, text in enumerate(texts)]
    expected = {d.article_id: d for d in assign_duplicates(batch, NearDuplicateIndex(), {})}
    shuffled = batch[:]
    for seed in range(5):
        random.Random(seed).shuffle(shuffled)
        got = {d.article_id: d for d in assign_duplicates(shuffled, NearDuplicateIndex(), {})}
        assert got == expected


def test_threshold_is_configurable() -> None:
    base = candidate("https://a.example.com/original", STORY, 0)
    half = candidate("https://c.example.com/half", STORY.split("\n\n", 2)[2] + "\n\n" + OTHER_STORY, 1)
    strict = assign_duplicates([base, half], NearDuplicateIndex(threshold=0.8), {})
    loose = assign_duplicates([base, half], NearDuplicateIndex(threshold=0.1), {})
    assert strict[1].kind is None
    assert loose[1].kind == "near"


def test_index_rejects_wrong_signature_size() -> None:
    with pytest.raises(ValueError):
        NearDuplicateIndex(num_perm=128).add("x", minhash_signature(STORY, num_perm=64))


def test_index_replaces_signature_of_new_version_and_skips_empty_bodies() -> None:
    index = NearDuplicateIndex()
    index.add("a", minhash_signature(STORY))
    assert index.query(minhash_signature(COPY)) == ["a"]
    index.add("a", minhash_signature(OTHER_STORY))
    assert index.query(minhash_signature(COPY)) == []
    index.add("empty", minhash_signature(""))
    assert "empty" not in index
    assert index.query(minhash_signature("")) == []
