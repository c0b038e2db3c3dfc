"""Speakers as the extractor finds them, normalised to claimant codes."""

from __future__ import annotations

from typing import get_args

import pytest
from news_etl.claims.claimants import ClaimantKind, claimant_of
from news_etl.reference.codes import claimant_rows


@pytest.mark.parametrize(
    ("speaker", "code"),
    [
        ("Pentagon", "USA_DOD"),
        ("Pentagons", "USA_DOD"),  # German genitive
        ("Pentagone", "USA_DOD"),  # French
        ("Korea's National Intelligence Service", "KOR_NIS"),
        ("South Korea's National Intelligence", "KOR_NIS"),
        ("South Korea's NIS", "KOR_NIS"),  # the named body beats the country
        ("Ukrainian Defence Ministry", "UKR_MOD"),
        ("Ukraine's", "UKR_GOV"),  # only the country is named
        ("Zelensky", "UKR_PRES"),
        ("UN", "UN"),
        ("Reuters", "REUTERS"),
    ],
)
def test_listed_speakers(speaker: str, code: str) -> None:
    assert claimant_of("reported", speaker, "some-outlet").code == code


def test_short_aliases_need_capitals() -> None:
    assert claimant_of("reported", "un responsable", "x").kind == "unlisted"  # French article, not the UN


def test_own_voice_and_unnamed_sources_are_the_outlet() -> None:
    assert claimant_of("stated", "Pentagon", "harbor-post") == claimant_of("reported", None, "harbor-post")
    assert claimant_of("stated", None, "harbor-post").kind == "outlet"


def test_unlisted_speakers_are_kept_as_written() -> None:
    claimant = claimant_of("quoted", "  Colonel  Smith ", "x")
    assert (claimant.code, claimant.kind) == ("Colonel Smith", "unlisted")


def test_reference_kinds_are_claimant_kinds() -> None:
    rows = claimant_rows()
    assert {row["kind"] for row in rows} <= set(get_args(ClaimantKind))
    assert len({row["code"] for row in rows}) == len(rows)
