from __future__ import annotations

from datetime import datetime, timezone

from news_etl.discover.incremental import select_for_fetch
from news_etl.records import DiscoveredUrl

MAY_1 = datetime(2024, 5, 1, tzinfo=timezone.utc)
MAY_2 = datetime(2024, 5, 2, tzinfo=timezone.utc)


def found(url: str, lastmod: datetime | None) -> DiscoveredUrl:
    return DiscoveredUrl(url=url, source="s", lastmod=lastmod)


def test_unchanged_lastmod_is_skipped_and_newer_or_unknown_refetched():
    items = [found("new", MAY_1), found("same", MAY_1), found("newer", MAY_2), found("undated", None)]
    previous = {"same": MAY_1, "newer": MAY_1, "undated": MAY_1}
    to_fetch, unchanged = select_for_fetch(items, previous)
    assert [i.url for i in to_fetch] == ["new", "newer", "undated"]
    assert [i.url for i in unchanged] == ["same"]


def test_previous_fetch_without_lastmod_is_refetched():
    to_fetch, unchanged = select_for_fetch([found("a", MAY_1)], {"a": None})
    assert [i.url for i in to_fetch] == ["a"] and unchanged == []


def test_force_refetches_everything():
    to_fetch, unchanged = select_for_fetch([found("same", MAY_1)], {"same": MAY_1}, force=True)
    assert len(to_fetch) == 1 and unchanged == []
