from __future__ import annotations

import hashlib

import pytest
from news_etl.clean.urls import article_id, canonical_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # scheme and host lower-cased, path case kept
        ("HTTPS://News.Example.COM/World/Story-1", "https://news.example.com/World/Story-1"),
        # default ports dropped, other ports kept
        ("https://news.example.com:443/a", "https://news.example.com/a"),
        ("http://news.example.com:80/a", "http://news.example.com/a"),
        ("http://news.example.com:8080/a", "http://news.example.com:8080/a"),
        # fragments dropped, including tracker-looking ones
        ("https://news.example.com/a#comments", "https://news.example.com/a"),
        ("https://news.example.com/a#utm_source=x&y=1", "https://news.example.com/a"),
        # tracking parameters dropped, the rest sorted
        (
            "https://news.example.com/a?utm_source=tw&b=2&utm_medium=social&a=1&fbclid=XyZ&gclid=1",
            "https://news.example.com/a?a=1&b=2",
        ),
        (
            "https://news.example.com/a?mc_cid=1&mc_eid=2&id=7&ocid=msn&WT.mc_id=x",
            "https://news.example.com/a?id=7",
        ),
        ("https://news.example.com/a?utm_campaign=x", "https://news.example.com/a"),
        ("https://Example.com", "https://example.com/"),
    ],
)
def test_normalizes_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


def test_query_order_does_not_matter() -> None:
    assert canonical_url("https://e.example.org/s?b=2&a=1") == canonical_url(
        "https://e.example.org/s?a=1&b=2"
    )


def test_declared_canonical_wins_and_is_normalized() -> None:
    got = canonical_url(
        "https://m.example.com/amp/a?utm_source=rss", "HTTPS://www.Example.com:443/world/a?utm_medium=x#top"
    )
    assert got == "https://www.example.com/world/a"


def test_relative_declared_canonical_is_resolved_against_page() -> None:
    assert canonical_url("https://www.example.com/amp/a", "/world/a") == "https://www.example.com/world/a"


@pytest.mark.parametrize(
    "declared",
    [
        "https://127.0.0.1/world/a",  # bare IP
        "https://localhost/world/a",
        "https://staging.internal/world/a",
        "ftp://www.example.com/world/a",
        "javascript:void(0)",
        "https://www.example.com/",  # home page declared on an article page
        "   ",
        "https://www.example.com:99999/a",  # malformed port
    ],
)
def test_insane_declared_canonical_is_ignored(declared: str) -> None:
    assert (
        canonical_url("https://www.example.com/world/a?fbclid=1", declared)
        == "https://www.example.com/world/a"
    )


def test_declared_canonical_on_the_pages_own_local_host_is_kept() -> None:
    # The demo site in integration tests is served from 127.0.0.1.
    page = "http://127.0.0.1:8765/en/news/amp/1-story?utm_source=rss"
    assert (
        canonical_url(page, "http://127.0.0.1:8765/en/news/1-story")
        == "http://127.0.0.1:8765/en/news/1-story"
    )
    assert (
        canonical_url(page, "http://127.0.0.1:9999/en/news/1-story")
        == "http://127.0.0.1:8765/en/news/amp/1-story"
    )


def test_article_id_is_sha256_prefix() -> None:
    url = "https://www.example.com/world/a"
    assert article_id(url) == hashlib.sha256(url.encode()).hexdigest()[:16]
    assert len(article_id(url)) == 16
    assert article_id(url) != article_id(url + "b")
