"""The i24NEWS JSON API as a source (kind i24_api): its list endpoint, newest first, paged until what an earlier
run already saw (or, for a backfill, until the start of the date range).

Every listed article becomes the URL of its item endpoint, ``{api}/v2/{lang}/contents/{slug}``: the fetch stage
archives that JSON raw and the parse stage reads it with the API adapter (parse/i24_api.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from news_etl.discover.listing import Listed
from news_etl.parse.dates import to_utc
from news_etl.parse.i24 import api_item_url, last_segment
from news_etl.records import Reject, Source

if TYPE_CHECKING:
    from news_etl.fetch import HttpClient

# A backfill reads until its start date, not max_pages; this only stops a runaway (20,000 items at 20 a page).
MAX_BACKFILL_PAGES = 1000


class ApiListRejected(ValueError):
    """A list page that is not a JSON array of article objects."""


@dataclass(frozen=True)
class ApiWindow:
    """What to list: ``seen`` maps item URLs that earlier runs finished to the lastmod they saw (the incremental
    stop); a backfill (either bound set) lists the articles published in [start, end] instead."""

    seen: Mapping[str, datetime | None]
    backfill_from: date | None = None
    backfill_to: date | None = None

    @property
    def backfill(self) -> bool:
        return self.backfill_from is not None or self.backfill_to is not None


@dataclass(frozen=True)
class ApiItem:
    url: str  # the item endpoint
    published: datetime | None
    lastmod: datetime | None  # updatedAt, else publishedAt


def list_url(source: Source, page: int) -> str:
    """The list endpoint the i24NEWS site itself calls: the home list, or one category's list."""
    query: dict[str, str | int]
    if source.category:
        query = {"category": source.category, "page": page, "limit": source.page_size, "countable": 1,
                 "inSlider": 0}  # fmt: skip
    else:
        query = {"home": 1, "sort": "-publishedAt", "inSlider": 0, "page": page, "limit": source.page_size,
                 "countable": 1}  # fmt: skip
    return f"{source.api_base}/v2/{source.language}/contents?{urlencode(query)}"


def parse_list(body: bytes) -> list[dict[str, Any]]:
    try:
        document = json.loads(body)
    except (
        UnicodeDecodeError,
        json.JSONDecodeError,
        RecursionError,
    ) as exc:  # RecursionError: hostile nesting
        raise ApiListRejected(f"not JSON: {exc}") from exc
    if not isinstance(document, list) or not all(isinstance(item, dict) for item in document):
        raise ApiListRejected(f"expected a JSON array of articles, got {type(document).__name__}")
    return document


def api_item(source: Source, item: Mapping[str, Any]) -> ApiItem | None:
    """The item endpoint of a listed article (slug from its frontendUrl, else its id); None without either."""
    frontend = item.get("frontendUrl")
    slug = last_segment(frontend) if isinstance(frontend, str) else None
    if not slug and item.get("id") is not None:
        slug = str(item["id"])
    if not slug:
        return None
    assert source.language  # config requires it for kind i24_api
    published = to_utc(_text(item.get("publishedAt")))
    return ApiItem(
        api_item_url(source.api_base, source.language, slug),
        published,
        to_utc(_text(item.get("updatedAt"))) or published,
    )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def take(items: Iterable[ApiItem], window: ApiWindow) -> tuple[list[ApiItem], bool]:
    """(items to list, whether to stop paging) for one list page, newest first.

    Incremental: stop at the first item an earlier run finished and that has not been updated since. Backfill:
    skip items newer than the range, stop at the first one older than it. Undated items are listed.
    """
    taken: list[ApiItem] = []
    for item in items:
        day = item.published.date() if item.published else None
        if window.backfill:
            if day is not None and window.backfill_from is not None and day < window.backfill_from:
                return taken, True
            if day is None or window.backfill_to is None or day <= window.backfill_to:
                taken.append(item)
            continue
        if item.url in window.seen:
            before = window.seen[item.url]
            if item.lastmod is None or (before is not None and item.lastmod <= before):
                return taken, True
        taken.append(item)
    return taken, False


def list_articles(source: Source, client: HttpClient, window: ApiWindow) -> tuple[list[Listed], list[Reject]]:
    """Page the list endpoint; a failing page is a discover reject and ends the paging (the next run resumes,
    since nothing after it was seen)."""
    listed: list[Listed] = []
    rejects: list[Reject] = []
    pages = MAX_BACKFILL_PAGES if window.backfill else source.max_pages
    for page in range(1, pages + 1):
        url = list_url(source, page)
        outcome = client.fetch_json(url, source)
        if outcome.reject is not None:
            rejects.append(Reject(url, "discover", outcome.reject.reason, outcome.reject.detail))
            break
        try:
            raw_items = parse_list(outcome.body or b"")
        except ApiListRejected as exc:
            rejects.append(Reject(url, "discover", "feed_error", str(exc)))
            break
        items = []
        for position, raw in enumerate(raw_items):
            item = api_item(source, raw)
            if item is None:
                detail = f"item {position} has neither frontendUrl nor id"
                rejects.append(Reject(f"{url}#item-{position}", "discover", "feed_error", detail))
            else:
                items.append(item)
        taken, stop = take(items, window)
        listed.extend(Listed(item.url, item.lastmod, source.language) for item in taken)
        if stop or len(raw_items) < source.page_size:
            break
    return listed, rejects
