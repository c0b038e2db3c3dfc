"""The gate in front of the head routes (heads._no_route_starts): speed only, same answers."""

from __future__ import annotations

import ast
import inspect
import textwrap

import pytest
from news_etl.extract import extract_mentions, heads


def _called(function: object) -> set[str]:
    tree = ast.parse(textwrap.dedent(inspect.getsource(function)))  # type: ignore[arg-type]
    return {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id.startswith("_")
    }


# The routes the comment above heads._route_start_patterns was checked against. A route added to one of these
# functions fails here: check its first step for English counts with no count before them, add that step's pattern
# to _route_start_patterns when it has one of its own, then add the route here.
_CHECKED = {
    "_head_of": {
        "_Head", "_anaphora_head", "_bare_head", "_borrowed_head", "_bracketed_noun_head", "_casualty_head",
        "_civil_protection", "_demonym_head", "_demonym_subject_head", "_gapped_object_head", "_losses_put_at",
        "_bare_share_fr", "_member_head", "_military", "_mixed_toll_fr", "_no_route_starts", "_noun_head", "_own_losses_head", "_people_in_army",
        "_people_of_a_force", "_people_serving", "_place_bracket_head", "_predicate_noun_head",
        "_serving_as_troops", "_share_of_count_before", "_subset_head", "_that_is_head", "_under_arms",
        "_unit_head",
        # German only: no English count reaches them
        "_more_of_the_same_after", "_number_of_troops_then_verb",
    },
    "_bare_head": {
        "_Head", "_antecedent", "_bracket_after_troops", "_country_with_head", "_each_or_changed_to",
        "_ellipsis_head", "_fallen_of_a_people", "_force_figure_in_clause", "_infobox_head", "_it_is_head",
        "_as_many_troops_as", "_figure_after_dash", "_joining_or_difference_head", "_listed_before_troops", "_not_a_change_of_troops",
        "_part_of_whole_alone",
        "_police_named_last",
        "_present_now_head", "_subject_of_troop_verb", "_triggered_bare_head", "_troops_put_first", "_year_or_vote",
        "_rest_with_troops", "_were_n_to_die_fr", "_loss_of_others_enfr",
        # need the count before them (previous): none for the gated English counts
        "_second_step_of_change", "_whole_of_a_share",
    },
    "_casualty_head": {
        "_Head", "_antecedent", "_german_casualty_head", "_group_before", "_losses_before", "_named_nearby",
        "_of_an_army",
        # its English step is _MILITARY_LOSSES_EN, in _route_start_patterns
        "_army_losses_head",
        # French only: None at once for an English count
        "_friendly_side_toll_fr",
    },
    "_borrowed_head": {"_Head", "_member_head", "_noun_head", "_of_an_army"},
    "_demonym_head": {"_Head", "_demonym_of_troops", "_joined_to_troops"},
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(_CHECKED))
def test_the_gate_was_checked_against_every_route(name: str) -> None:
    assert _called(getattr(heads, name)) == _CHECKED[name]


_TEXTS = [
    "About 5,000 soldiers and 300 more arrived; 40 members of the 2nd Cavalry Regiment (120 troops) left.",
    "An army of 12,000, numbering 1,500 by May, lost 3 dead and 14 wounded, four of them officers.",
    "Some 200 British and 30 other Kenyans joined 25 Taliban fighters; 9 of the 70 were 3 men.",
    "The price rose 5 percent to $300 million in 2023, and 4 people said 7 days; 12 Hezbollah members left.",
    "Dozens more from the 10th Mountain Division, 800 others and 2,000 fewer than last year stayed.",
    "The budget grew 5 percent to 300 million dollars over 12 months, with 40 kilometres of road.",
    "Bake the 2 cakes for 35 minutes at 180 degrees; the 3-inch pan holds 4 cups.",
    "The 2,500 troops left after 14 days, and 600 British soldiers stayed for 3 weeks in 12 towns.",
    "The reservists were called up in 2020, with 300 ready to sail and 40 left behind in 12 towns.",
]


def test_the_joined_pattern_matches_where_one_of_its_parts_matches() -> None:
    parts = heads._route_start_patterns("en")
    joined = heads._en_route_starts()
    for text in _TEXTS:
        for i in range(len(text) + 1):
            expected = any(part.match(text, i) is not None for part in parts)
            assert (joined.match(text, i) is not None) == expected, (text, i)


@pytest.mark.parametrize("text", _TEXTS)
def test_english_mentions_are_the_same_without_the_gate(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = extract_mentions(text, "en")
    monkeypatch.setattr(heads, "_no_route_starts", lambda ctx, c: False)
    assert extract_mentions(text, "en") == gated


def test_the_gate_skips_counts_of_other_things() -> None:
    skipped: list[bool] = []
    original = heads._no_route_starts

    def counting(ctx: heads._Context, c: heads._Count) -> bool:
        skipped.append(original(ctx, c))
        return skipped[-1]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(heads, "_no_route_starts", counting)
        for text in _TEXTS:
            extract_mentions(text, "en")
    assert any(skipped) and not all(skipped)
