"""Hebrew kinds: reserves called up right after their noun, gender-paired nouns ("אנשי ונשות
מילואים"), a relative clause of training about some of them, and the war a force is called up for. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from hebrew_mentions import rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "כ-45 אלף אנשי מילואים זומנו בשבוע שעבר לקראת המבצע בצפון.",
            [("כ-45 אלף", None, None, "force_size")],
        ),
        (
            'לפי צה"ל, 8,000 חיילי מילואים גויסו במסגרת הלחימה בלבנון בחודש האחרון.',
            [("8,000", "ISR", None, "force_size")],
        ),
    ],
)
def test_reserves_called_up_right_after_their_noun_are_a_force_size(text: str, expected: list) -> None:
    assert rows(text) == expected


def test_gender_paired_reservists_are_troops() -> None:
    text = "עשרות אלפי אנשי ונשות מילואים נעדרו ממקומות העבודה בחודש החולף."
    assert [row[0] for row in rows(text)] == ["עשרות אלפי"]


def test_a_relative_clause_of_training_about_some_of_them_keeps_the_main_verb() -> None:
    text = "לפי הערכות הצבא, בחאן יונס נותרו מאות מחבלים, חלקם נערים שאומנו בחודשים האחרונים."
    assert rows(text) == [("מאות", None, "PSE", "deployment")]


@pytest.mark.parametrize(
    "text",
    [
        "הקרב על המוצב עלה בחייהם של 40 לוחמים ונמשך שבועיים.",
        "ההתקפה גבתה את חייהם של 17 חיילים, כך נמסר בערב.",
    ],
)
def test_a_battle_that_cost_the_lives_of_troops_counts_casualties(text: str) -> None:
    assert [row[3] for row in rows(text)] == ["casualties"]
