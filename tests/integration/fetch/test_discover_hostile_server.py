"""discover() against real feeds, sitemaps and hostile XML served over HTTP."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import pytest
from news_etl.discover import discover
from news_etl.records import Source

pytestmark = [pytest.mark.integration, pytest.mark.timeout(30)]


def make_source(server, kind: str, path: str, **extra) -> Source:
    return Source(name="hostile", kind=kind, url=server.url(path), rate_limit_per_s=0, **extra)


def test_rss_feed_is_filtered_deduplicated_and_dated(server, make_client):
    found, rejects = discover(make_source(server, "rss", "/feed.xml"), make_client())
    assert [d.url for d in found] == [server.url("/article?id=1"), server.url("/article?id=2")]
    assert found[0].lastmod == datetime(2024, 5, 6, 6, 0, tzinfo=timezone.utc)
    assert found[1].lastmod == datetime(2024, 5, 7, 10, 30, tzinfo=timezone.utc)
    assert {d.language_hint for d in found} == {"en"}  # from <language>en-gb</language>
    assert [(r.url, r.stage, r.reason) for r in rejects] == [
        ("https://elsewhere.example/story", "discover", "url_not_allowed")
    ]


def test_configured_language_and_patterns_win(server, make_client):
    source = make_source(server, "rss", "/feed.xml", language="de", allowed_url_patterns=(r"id=2$",))
    found, rejects = discover(source, make_client())
    assert [(d.url, d.language_hint) for d in found] == [(server.url("/article?id=2"), "de")]
    assert sorted(r.reason for r in rejects) == ["url_not_allowed", "url_not_allowed"]


@pytest.mark.parametrize("path", ["/bomb.xml", "/xxe.xml"])
def test_hostile_feed_is_a_feed_error_reject(server, make_client, path):
    found, rejects = discover(make_source(server, "rss", path), make_client())
    assert found == []
    assert [(r.url, r.stage, r.reason) for r in rejects] == [(server.url(path), "discover", "feed_error")]
    assert "hostile XML" in rejects[0].detail


def test_unreachable_feed_is_a_reject_with_the_fetch_reason(server, make_client):
    found, rejects = discover(make_source(server, "rss", "/missing"), make_client())
    assert found == [] and [(r.stage, r.reason) for r in rejects] == [("discover", "http_error")]


def test_sitemap_index_recurses_with_gzip_cycles_and_bombs(server, make_client):
    found, rejects = discover(make_source(server, "sitemap", "/sitemap-index.xml"), make_client())
    by_url = {d.url: d for d in found}
    assert set(by_url) == {server.url("/article?id=3"), server.url("/article?id=4")}
    news = by_url[server.url("/article?id=3")]
    assert news.lastmod == datetime(2024, 5, 7, 7, 15, tzinfo=timezone.utc)  # publication_date, in UTC
    assert news.language_hint == "fr"  # <news:language>
    assert by_url[server.url("/article?id=4")].lastmod == datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)
    # the self-reference is skipped silently; the billion-laughs child is one reject, the rest went on
    assert [(r.url, r.reason) for r in rejects] == [(server.url("/bomb.xml"), "feed_error")]
    assert server.hits["/sitemap-index.xml"] == 1


def test_sitemap_depth_cap(server, make_client):
    source = make_source(server, "sitemap", "/sitemap-index.xml")
    found, rejects = discover(source, make_client(), max_sitemap_depth=0)
    assert found == []
    assert {r.reason for r in rejects} == {"feed_error"} and len(rejects) == 3
    assert all("deeper than 0" in r.detail for r in rejects)


def test_url_list_from_config_and_from_a_file(server, make_client):
    source = replace(
        make_source(server, "urls", "/urls.txt"), urls=(server.url("/article?id=6"), "ftp://x.example/y")
    )
    found, rejects = discover(source, make_client())
    assert [d.url for d in found] == [
        server.url("/article?id=6"),
        server.url("/article?id=5"),
        server.url("/missing"),  # discovered; its 404 is the fetch stage's reject
    ]
    assert [(r.url, r.reason) for r in rejects] == [("ftp://x.example/y", "bad_url")]
    assert all(d.lastmod is None for d in found)


def test_feed_on_a_blocked_address_is_refused(server, make_client):
    found, rejects = discover(make_source(server, "rss", "/feed.xml"), make_client(allow_private_hosts=[]))
    assert found == [] and [r.reason for r in rejects] == ["blocked_address"]
