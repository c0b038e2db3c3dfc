"""Inputs that once made the extractor loop for ever: each must finish, with its mention."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


# A hyphen glued to a demonym right after the troop noun: the owner search found the same one-character stop
# again and again.
@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    ("text", "count", "actor"),
    [
        ("הגיעו 500 חיילים יוצאי-ישראלים לגבול.", "500", "ISR"),
        ("נשלחו 200 לוחמים דו-אמריקאים לבסיס.", "200", "USA"),
    ],
)
def test_hyphen_before_a_demonym_after_the_noun(text: str, count: str, actor: str) -> None:
    mentions = extract_mentions(text, "he")
    assert [(m.count_text, m.actor_code) for m in mentions] == [(count, actor)]
