from __future__ import annotations

from news_etl.fetch.robots import RobotsCache, robots_url, rules_from_response

RULES = "User-agent: *\nDisallow: /private/\n\nUser-agent: news-etl\nDisallow: /no-bots/\nCrawl-delay: 2\n"


def test_rules_are_applied_to_our_token():
    rules = rules_from_response(200, RULES)
    assert rules.allows("https://n.example/world/1", "news-etl")
    assert not rules.allows("https://n.example/no-bots/1", "news-etl")
    assert rules.crawl_delay("news-etl") == 2.0


def test_status_mapping():
    assert rules_from_response(404, None).allows("https://n.example/x", "news-etl")
    assert rules_from_response(None, None).allows("https://n.example/x", "news-etl")
    assert not rules_from_response(503, None).allows("https://n.example/x", "news-etl")


def test_robots_url():
    assert robots_url("https://n.example:8443/a/b?c=1") == "https://n.example:8443/robots.txt"


def test_cache_per_host_with_ttl():
    calls: list[str] = []
    now = [0.0]

    def fetcher(url: str) -> tuple[int | None, str | None]:
        calls.append(url)
        return 200, RULES

    cache = RobotsCache(ttl=60, error_ttl=5, clock=lambda: now[0])
    cache.rules_for("https://n.example/a", fetcher)
    cache.rules_for("https://n.example/b", fetcher)
    cache.rules_for("https://other.example/a", fetcher)
    assert calls == ["https://n.example/robots.txt", "https://other.example/robots.txt"]
    now[0] = 61
    cache.rules_for("https://n.example/c", fetcher)
    assert len(calls) == 3


def test_server_errors_are_cached_briefly():
    statuses = iter([503, 200])
    now = [0.0]
    cache = RobotsCache(ttl=60, error_ttl=5, clock=lambda: now[0])

    def fetcher(url: str) -> tuple[int | None, str | None]:
        return next(statuses), RULES

    assert not cache.rules_for("https://n.example/a", fetcher).allows("https://n.example/a", "news-etl")
    now[0] = 4
    assert not cache.rules_for("https://n.example/a", fetcher).allows("https://n.example/a", "news-etl")
    now[0] = 6
    assert cache.rules_for("https://n.example/a", fetcher).allows("https://n.example/a", "news-etl")
