"""The actor lists: every code has one kind, and the codes the extractors emit are all known."""

from __future__ import annotations

import pytest
from news_etl.reference.codes import ACTOR_KINDS, actor_codes, actor_kind, actor_rows

# The codes ../shared/extraction/ANNOTATION.md defines for international bodies and armed groups.
ANNOTATED = {
    "international": ["UN", "NATO", "EU", "AU", "ECOWAS"],
    "non_state": ["HEZBOLLAH", "HAMAS", "PIJ", "HOUTHIS", "ISIS", "TALIBAN", "TTP", "AL_SHABAAB", "BOKO_HARAM",
                  "AL_NUSRA", "RSF"],
}  # fmt: skip


@pytest.mark.parametrize(("kind", "code"), [(k, c) for k, codes in ANNOTATED.items() for c in codes])
def test_annotated_codes_have_their_kind(kind: str, code: str) -> None:
    assert actor_kind(code) == kind


def test_states_nulls_and_unknown_codes() -> None:
    assert (actor_kind("PRK"), actor_kind("USA")) == ("state", "state")
    assert actor_kind(None) is None
    assert actor_kind("WAGNER") is None  # Wagner counts as RUS; an unlisted code is left to validation


def test_every_actor_has_a_name_in_five_languages_and_a_known_kind() -> None:
    for row in actor_rows():
        assert row["kind"] in ACTOR_KINDS
        assert all(row[f"name_{lang}"] for lang in ("en", "de", "fr", "ar", "he")), row["code"]
    codes = [row["code"] for row in actor_rows()]
    assert len(codes) == len(set(codes))
    assert set(codes) <= set(actor_codes())
