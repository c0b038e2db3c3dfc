from __future__ import annotations

from datetime import datetime, timezone

from news_etl.discover.listing import Listed
from news_etl.discover.url_filter import UrlFilter, dedup
from news_etl.records import Source


def test_patterns_decide_when_given():
    source = Source("i24", "rss", url="https://www.i24news.tv/en/rss", allowed_url_patterns=(r"/en/news/",))
    url_filter = UrlFilter(source)
    assert url_filter.rejection("https://www.i24news.tv/en/news/israel/123-story") is None
    assert url_filter.rejection("https://www.i24news.tv/en/tv/replay")[0] == "url_not_allowed"


def test_without_patterns_only_the_sources_own_site():
    url_filter = UrlFilter(Source("ex", "rss", url="https://feeds.news.example/rss"))
    assert url_filter.rejection("https://www.news.example/world/1") is None
    assert url_filter.rejection("https://ads.tracker.example/click")[0] == "url_not_allowed"


def test_non_http_urls_are_bad_urls():
    url_filter = UrlFilter(Source("ex", "urls", urls=("https://news.example/a",)))
    assert url_filter.rejection("javascript:alert(1)")[0] == "bad_url"
    assert url_filter.rejection("/relative/path")[0] == "bad_url"
    assert url_filter.rejection("urn:uuid:1234")[0] == "bad_url"


def test_dedup_drops_fragments_and_keeps_latest_lastmod_in_first_position():
    early = datetime(2024, 5, 1, tzinfo=timezone.utc)
    late = datetime(2024, 5, 2, tzinfo=timezone.utc)
    result = dedup(
        [
            Listed("https://n.example/a", early, "en"),
            Listed("https://n.example/b"),
            Listed("https://n.example/a#comments", late),
            Listed("https://n.example/a", None),
        ]
    )
    assert result == [Listed("https://n.example/a", late, "en"), Listed("https://n.example/b")]
