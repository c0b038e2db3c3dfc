"""An English war's proper name ("the Chad War") names a war, not where troops are: its place gives no location
(the round-20 fresh set). Sentences written here; negatives keep a war placed with a preposition, and German
"im X-Krieg" (troops used in a war) keeps its country."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def locations(text: str, lang: str) -> list[str | None]:
    return [m.location_country for m in extract_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a war named after a place, with a capital "War"
        (
            "Roughly 410 Dutch soldiers lost their lives in the Chad War, a veterans' group wrote.",
            "en",
            [None],
        ),
        # the war placed with a preposition keeps its land
        (
            "Roughly 410 Dutch soldiers lost their lives in the war in Chad, a veterans' group wrote.",
            "en",
            ["TCD"],
        ),
        ("Im Krieg im Tschad fielen nach Schätzungen etwa 870 libysche Soldaten.", "de", ["TCD"]),
        # a body's mission named after its host country, after "its" or "their"
        ("Militants killed 14 Zambian soldiers during its Chad mission last year.", "en", ["TCD"]),
    ],
)
def test_war_names(text: str, lang: str, expected: list[str | None]) -> None:
    assert locations(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # demonyms of states the lists lacked
        ("Rebels wounded eleven Malawian peacekeepers near the camp.", "en", "MWI"),
        ("Zwölf namibische Soldaten wurden bei dem Angriff verletzt.", "de", "NAM"),
        ("Quatre militaires boliviens ont été blessés lors de l'exercice.", "fr", "BOL"),
        ("A convoy carrying 30 Paraguayan troops was ambushed.", "en", "PRY"),
    ],
)
def test_new_demonyms(text: str, lang: str, expected: str) -> None:
    assert [m.actor_code for m in extract_mentions(text, lang)] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a state's demonym beside the troop noun names the contingent, not the body written before it
        ("Bandits ambushed 17 U.N. Zambian troops on the road.", "en", "ZMB"),
        ("Bandits ambushed 17 UN peacekeepers on the road.", "en", "UN"),
        ("Bandits ambushed 17 Zambian UN troops on the road.", "en", "ZMB"),
    ],
)
def test_state_beside_body(text: str, lang: str, expected: str) -> None:
    assert [m.actor_code for m in extract_mentions(text, lang)] == [expected]
