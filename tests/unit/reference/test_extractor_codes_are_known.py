"""Every actor code the extractor can emit is a code the warehouse knows (news.countries or news.actors):
otherwise Great Expectations would quarantine every mention of that actor as an unknown code."""

from __future__ import annotations

import csv
from importlib import resources

from news_etl.extract.places import non_state_actor_codes
from news_etl.extract.semitic_places import group_codes


def _reference_codes(name: str) -> set[str]:
    with resources.files("news_etl.reference").joinpath(name).open(encoding="utf-8") as handle:
        return {row["code"] for row in csv.DictReader(handle)}


def test_every_non_state_code_of_the_extractor_is_in_actors_csv() -> None:
    known = _reference_codes("actors.csv")
    assert sorted(non_state_actor_codes() - known) == []
    assert sorted(group_codes() - known) == []
