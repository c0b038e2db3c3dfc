"""The verb a count's noun phrase is the subject of decides its type before cue words of later phrases: troops
"are deployed after heavy losses" are deployed, troops "were killed after they were deployed" are casualties, troops that "have withdrawn despite losses"
withdrew."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


@pytest.mark.parametrize(
    ("text", "lang", "mention_type"),
    [
        (
            "About 8,000 soldiers are deployed in the region after heavy losses last month.",
            "en",
            "deployment",
        ),
        (
            "Etwa 3.000 Soldaten sind bereits stationiert nach schweren Verlusten im Osten.",
            "de",
            "deployment",
        ),
        (
            "Environ 2 000 soldats ont été déployés dans la région après de lourdes pertes.",
            "fr",
            "deployment",
        ),
        ("About 300 soldiers were killed after they were deployed to the front.", "en", "casualties"),
        ("Some 1,200 troops have now withdrawn despite the heavy losses of the spring.", "en", "withdrawal"),
    ],
)
def test_the_predicate_of_the_count_decides(text: str, lang: str, mention_type: str) -> None:
    (mention,) = extract_mentions(text, lang)
    assert mention.mention_type == mention_type
