"""The sentence splitter (sentences.py): where it splits, and where a full stop ends no sentence."""

from __future__ import annotations

import pytest
from news_etl.extract.sentences import sentence_spans


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The unit left. Another one came.", ["The unit left.", "Another one came."]),
        (
            'He said "go home." Then they left!  Why? Nobody knows',
            ['He said "go home."', "Then they left!", "Why?", "Nobody knows"],
        ),
        # abbreviations, initials and compounds that end in one
        ("Mr. Smith met Gen. Jones. They talked.", ["Mr. Smith met Gen. Jones.", "They talked."]),
        ("The U.S. Army sent 300. Others stayed.", ["The U.S. Army sent 300.", "Others stayed."]),
        (
            "Die US-bzw. Nato-Truppen blieben. Dann gingen sie.",
            ["Die US-bzw. Nato-Truppen blieben.", "Dann gingen sie."],
        ),
        (
            "Er traf u.a. Vertreter der Armee. Sie sprachen.",
            ["Er traf u.a. Vertreter der Armee.", "Sie sprachen."],
        ),
        ("Lt.-Col. Brown arrived. He spoke.", ["Lt.-Col. Brown arrived.", "He spoke."]),
        # a German ordinal, and a number that ends a sentence
        (
            "Am 3. März kamen 200 Soldaten. Im Jahr 1990. Danach nicht.",
            ["Am 3. März kamen 200 Soldaten.", "Im Jahr 1990.", "Danach nicht."],
        ),
        # a word longer than the 20 characters the splitter looks back, stops after stops, quotes after the stop
        ("Verteidigungsministeriumssprecher. Weiter.", ["Verteidigungsministeriumssprecher.", "Weiter."]),
        ("They waited... Then 20 came.", ["They waited...", "Then 20 came."]),
        ("«Ils partent.» Puis ils sont partis.", ["«Ils partent.»", "Puis ils sont partis."]),
        ("It ended.) Next one.", ["It ended.)", "Next one."]),
        # a blank line ends a paragraph; a lower-case word after a stop does not start a sentence
        ("A title\n\nThe body starts here. and goes on.", ["A title", "The body starts here. and goes on."]),
        ("Line one\n \n\nLine two", ["Line one", "Line two"]),
        # Arabic question mark, an exclamation in brackets, a dot at the very start
        ("هل أرسلت 200 جندي؟ لم يتضح ذلك.", ["هل أرسلت 200 جندي؟", "لم يتضح ذلك."]),
        ("כמאה (!) לוחמים הגיעו. אחר כך עוד.", ["כמאה (!) לוחמים הגיעו.", "אחר כך עוד."]),
        (". A. B", [".", "A.", "B"]),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_sentence_splits(text: str, expected: list[str]) -> None:
    assert split(text) == expected
