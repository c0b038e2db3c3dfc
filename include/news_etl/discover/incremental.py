"""Incremental runs: skip URLs already fetched whose announced lastmod has not moved."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from news_etl.records import DiscoveredUrl


def select_for_fetch(
    discovered: Iterable[DiscoveredUrl],
    previous_lastmod: Mapping[str, datetime | None],
    force: bool = False,
) -> tuple[list[DiscoveredUrl], list[DiscoveredUrl]]:
    """(to_fetch, unchanged). ``previous_lastmod`` maps URLs fetched before to the lastmod seen then.

    A URL is unchanged only when it was fetched before and the source announces no newer lastmod; a URL
    whose source gives no date at all is fetched again (conditional GET makes that cheap). ``force``
    fetches everything.
    """
    to_fetch: list[DiscoveredUrl] = []
    unchanged: list[DiscoveredUrl] = []
    for item in discovered:
        if force or item.url not in previous_lastmod or item.lastmod is None:
            to_fetch.append(item)
            continue
        before = previous_lastmod[item.url]
        (to_fetch if before is None or item.lastmod > before else unchanged).append(item)
    return to_fetch, unchanged
