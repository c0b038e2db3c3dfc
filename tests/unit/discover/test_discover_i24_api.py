"""The i24_api source: list URLs, paging newest first, the incremental stop and the backfill window. The client
is a stand-in that serves list pages written for this test (the HTTP client itself is tested against real
servers in tests/integration/fetch)."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from urllib.parse import parse_qs, urlsplit

import pytest
from news_etl.discover import discover
from news_etl.discover.i24_api import ApiItem, ApiWindow, list_url, take
from news_etl.fetch.outcome import FetchOutcome
from news_etl.records import FetchedPage, Reject, Source

API = "https://api.i24news.tv"
SOURCE = Source(name="i24-en", kind="i24_api", language="en", page_size=2, max_pages=5)


def utc(day: int, hour: int = 12) -> datetime:
    return datetime(2025, 3, day, hour, tzinfo=timezone.utc)


def item(slug: str, day: int) -> dict:
    return {"id": day, "frontendUrl": f"https://www.i24news.tv/en/news/x/{slug}",
            "publishedAt": f"2025-03-{day:02d}T12:00:00+00:00"}  # fmt: skip


def api_url(slug: str) -> str:
    return f"{API}/v2/en/contents/{slug}"


# newest first, two a page: pages 1-3 hold 5 items
ITEMS = [item(f"artc-{day}", day) for day in (9, 8, 7, 6, 5)]


class ListServer:
    """Serves ITEMS paged like the API; records the list pages asked for."""

    def __init__(self, items: list, broken_page: int | None = None) -> None:
        self.items, self.broken_page, self.pages = items, broken_page, []

    def fetch_json(self, url: str, source: Source) -> FetchOutcome:
        query = parse_qs(urlsplit(url).query)
        page, limit = int(query["page"][0]), int(query["limit"][0])
        self.pages.append(page)
        if page == self.broken_page:
            return FetchOutcome(reject=Reject(url, "fetch", "http_error", "HTTP 502 Bad Gateway"))
        body = json.dumps(self.items[(page - 1) * limit : page * limit]).encode()
        fetched = FetchedPage(url, url, 200, utc(10), "0" * 64, len(body), "application/json", None)
        return FetchOutcome(page=fetched, body=body)


def test_list_urls_are_the_sites_own() -> None:
    assert list_url(SOURCE, 3) == (
        f"{API}/v2/en/contents?home=1&sort=-publishedAt&inSlider=0&page=3&limit=2&countable=1"
    )
    category = Source(name="c", kind="i24_api", language="ar", category="17", api_base_url="http://m.test/")
    assert (
        list_url(category, 1)
        == "http://m.test/v2/ar/contents?category=17&page=1&limit=20&countable=1&inSlider=0"
    )


def test_first_run_pages_until_a_short_page() -> None:
    server = ListServer(ITEMS)
    found, rejects = discover(SOURCE, server)  # type: ignore[arg-type]
    assert [d.url for d in found] == [api_url(f"artc-{day}") for day in (9, 8, 7, 6, 5)]
    assert server.pages == [1, 2, 3] and rejects == []
    assert found[0].lastmod == utc(9) and found[0].language_hint == "en"


def test_a_later_run_stops_at_the_first_item_it_saw() -> None:
    server = ListServer(ITEMS)
    seen = {api_url("artc-7"): utc(7), api_url("artc-6"): utc(6)}
    found, _ = discover(SOURCE, server, api_window=ApiWindow(seen=seen))  # type: ignore[arg-type]
    assert [d.url for d in found] == [api_url("artc-9"), api_url("artc-8")]
    assert server.pages == [1, 2]  # page 3 is never asked for


def test_max_pages_caps_a_run() -> None:
    server = ListServer(ITEMS)
    found, _ = discover(Source(name="s", kind="i24_api", language="en", page_size=2, max_pages=1), server)  # type: ignore[arg-type]
    assert len(found) == 2 and server.pages == [1]


def test_a_failing_list_page_is_a_reject_and_ends_the_listing() -> None:
    server = ListServer(ITEMS, broken_page=2)
    found, rejects = discover(SOURCE, server)  # type: ignore[arg-type]
    assert len(found) == 2
    assert [(r.stage, r.reason) for r in rejects] == [("discover", "http_error")]


def test_an_item_without_url_or_id_is_a_reject() -> None:
    found, rejects = discover(SOURCE, ListServer([{"title": "no link"}]))  # type: ignore[arg-type]
    assert found == [] and [r.reason for r in rejects] == ["feed_error"]


@pytest.mark.parametrize(
    ("seen", "taken", "stop"),
    [
        ({}, ["a", "b", "c"], False),
        ({api_url("b"): utc(8)}, ["a"], True),  # b unchanged since seen: stop
        ({api_url("b"): utc(7)}, ["a", "b", "c"], False),  # b updated since: listed again, go on
        ({api_url("b"): None}, ["a", "b", "c"], False),  # seen without a date: cannot tell, list it
    ],
)
def test_incremental_stop(seen: dict, taken: list[str], stop: bool) -> None:
    items = [ApiItem(api_url(s), utc(d), utc(d)) for s, d in (("a", 9), ("b", 8), ("c", 7))]
    chosen, stopped = take(items, ApiWindow(seen=seen))
    assert [i.url for i in chosen] == [api_url(s) for s in taken] and stopped is stop


def test_backfill_lists_its_range_even_when_seen_and_stops_before_it() -> None:
    items = [ApiItem(api_url(str(d)), utc(d), utc(d)) for d in (9, 8, 7, 6)]
    window = ApiWindow(
        seen={api_url("8"): utc(8)}, backfill_from=date(2025, 3, 7), backfill_to=date(2025, 3, 8)
    )
    chosen, stopped = take(items, window)
    assert [i.url for i in chosen] == [api_url("8"), api_url("7")] and stopped


def test_naive_dates_are_utc() -> None:
    naive = {**item("artc-1", 1), "publishedAt": "2025-03-01T12:00:00"}
    found, _ = discover(SOURCE, ListServer([naive]))  # type: ignore[arg-type]
    assert found[0].lastmod == utc(1)


def test_hostile_nesting_is_a_feed_error() -> None:
    class Nested(ListServer):
        def fetch_json(self, url: str, source: Source) -> FetchOutcome:
            body = b"[" * 100_000 + b"]" * 100_000
            return FetchOutcome(
                page=FetchedPage(url, url, 200, utc(10), "0" * 64, len(body), None, None), body=body
            )

    found, rejects = discover(SOURCE, Nested([]))  # type: ignore[arg-type]
    assert found == [] and [r.reason for r in rejects] == ["feed_error"]
