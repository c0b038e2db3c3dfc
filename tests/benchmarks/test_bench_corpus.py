from __future__ import annotations

import json
from collections import Counter
from itertools import islice

import pytest
from news_etl.dedup.signature import jaccard, shingles

from benchmarks.corpus import CorpusSpec, batched, generate_pages, page, write_corpus


def test_same_seed_gives_byte_identical_pages():
    first = [(p.url, p.html) for p in generate_pages(CorpusSpec(40, seed=7))]
    second = [(p.url, p.html) for p in generate_pages(CorpusSpec(40, seed=7))]
    assert first == second


def test_another_seed_gives_other_pages():
    assert page(CorpusSpec(5, seed=1), 3).html != page(CorpusSpec(5, seed=2), 3).html


def test_a_page_is_rebuilt_alone_identical_to_its_place_in_the_stream():
    spec = CorpusSpec(60, seed=3)
    assert list(generate_pages(spec))[45] == page(spec, 45)


def test_a_larger_corpus_starts_with_the_smaller_one():
    small = [p.html for p in generate_pages(CorpusSpec(20, seed=4))]
    assert [p.html for p in islice(generate_pages(CorpusSpec(200, seed=4)), 20)] == small


def test_urls_are_unique_and_copies_point_at_an_earlier_original():
    pages = list(generate_pages(CorpusSpec(400, seed=5)))
    assert len({p.url for p in pages}) == len(pages)
    by_index = {p.index: p for p in pages}
    for p in pages:
        original = by_index[p.original]
        assert original.kind == "original"
        assert original.index <= p.index


def test_copies_are_exact_or_near_duplicates_of_their_original():
    pages = list(generate_pages(CorpusSpec(600, seed=6)))
    by_index = {p.index: p for p in pages}
    kinds = Counter(p.kind for p in pages)
    assert kinds["exact"] > 0 and kinds["near"] > 0
    for p in pages:
        original = by_index[p.original]
        if p.kind == "exact":
            assert p.body == original.body and p.url != original.url
        elif p.kind == "near":
            assert p.body != original.body
            assert jaccard(shingles(p.body), shingles(original.body)) >= 0.75


def test_shares_follow_the_spec():
    pages = list(generate_pages(CorpusSpec(2000, seed=8, exact_share=0.1, near_share=0.2, troop_share=0.5)))
    kinds = Counter(p.kind for p in pages)
    assert kinds["exact"] / len(pages) == pytest.approx(0.1, abs=0.02)
    assert kinds["near"] / len(pages) == pytest.approx(0.2, abs=0.03)
    originals = [p for p in pages if p.kind == "original"]
    assert sum(p.troops > 0 for p in originals) / len(originals) == pytest.approx(0.5, abs=0.04)
    assert set(Counter(p.language for p in pages)) == {"en", "de", "fr"}


def test_no_copies_and_no_troops_when_asked():
    pages = list(generate_pages(CorpusSpec(200, seed=9, exact_share=0, near_share=0, troop_share=0)))
    assert {p.kind for p in pages} == {"original"}
    assert not any(p.troops for p in pages)


def test_body_text_is_in_the_html_and_metadata_is_i24_style():
    p = page(CorpusSpec(10, seed=1), 2)
    document = p.html.decode()
    assert 'property="og:site_name" content="i24NEWS"' in document
    assert 'class="article__body"' in document
    assert f'<link rel="canonical" href="{p.url}">' in document
    assert p.url.startswith(
        "https://www.i24news.tv/" + {"en": "en/news", "de": "de/nachrichten", "fr": "fr/actu"}[p.language]
    )


def test_invalid_spec_is_refused():
    with pytest.raises(ValueError):
        CorpusSpec(10, exact_share=0.6, near_share=0.5)


def test_batched_yields_every_page_once_in_order():
    batches = list(batched(generate_pages(CorpusSpec(25, seed=1)), 10))
    assert [len(b) for b in batches] == [10, 10, 5]
    assert [p.index for b in batches for p in b] == list(range(25))


def test_write_corpus_streams_pages_and_labels(tmp_path):
    spec = CorpusSpec(12, seed=2)
    write_corpus(spec, tmp_path)
    labels = [json.loads(line) for line in (tmp_path / "manifest.jsonl").read_text().splitlines()]
    assert [label["index"] for label in labels] == list(range(12))
    assert (tmp_path / "pages" / "0000" / "0000011.html").read_bytes() == page(spec, 11).html
    assert labels[11]["url"] == page(spec, 11).url
