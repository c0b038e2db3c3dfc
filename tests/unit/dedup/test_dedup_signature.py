from __future__ import annotations

import pytest
from news_etl.dedup.signature import (
    body_sha256,
    decode_signature,
    estimated_jaccard,
    is_empty_signature,
    jaccard,
    minhash_signature,
    shingles,
)

TEXT = (
    "Germany will send 500 more soldiers to Lithuania next year, the defence ministry said on Monday.\n\n"
    "The brigade is expected to reach its full strength of about 4,800 troops by 2027, officials added."
)


def test_body_sha256_ignores_whitespace_layout_only() -> None:
    assert body_sha256("a  b\n\nc") == body_sha256("a b c")
    assert body_sha256("a b c") != body_sha256("a b d")
    assert len(body_sha256("x")) == 64


def test_shingles_do_not_cross_paragraphs() -> None:
    first, second = TEXT.split("\n\n")
    assert shingles(f"{second}\n\n{first}") == shingles(TEXT)
    assert "said on monday the brigade" not in shingles(TEXT)
    assert "the defence ministry said on" in shingles(TEXT)
    assert shingles("Short para.\n\nOne two three four five six") == {
        "short para",
        "one two three four five",
        "two three four five six",
    }


def test_signature_is_compact_stable_and_deterministic() -> None:
    signature = minhash_signature(TEXT, num_perm=128)
    assert len(signature) == 128 * 4
    assert signature == minhash_signature(TEXT, num_perm=128)
    assert minhash_signature(TEXT.upper(), num_perm=128) == signature  # shingles are case-folded


def test_estimated_jaccard_tracks_exact_jaccard() -> None:
    edited = TEXT.replace("500 more", "700 more")
    exact = jaccard(shingles(TEXT), shingles(edited))
    estimate = estimated_jaccard(
        decode_signature(minhash_signature(TEXT)), decode_signature(minhash_signature(edited))
    )
    assert 0.5 < exact < 1.0
    assert abs(estimate - exact) < 0.15


def test_empty_text_has_recognisable_signature() -> None:
    assert is_empty_signature(decode_signature(minhash_signature("  ... ")))
    assert not is_empty_signature(decode_signature(minhash_signature(TEXT)))


def test_decode_rejects_garbage() -> None:
    with pytest.raises(ValueError):
        decode_signature(b"abc")
    with pytest.raises(ValueError):
        estimated_jaccard(
            decode_signature(minhash_signature(TEXT, 64)), decode_signature(minhash_signature(TEXT, 128))
        )
