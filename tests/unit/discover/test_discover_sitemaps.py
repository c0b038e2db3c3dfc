from __future__ import annotations

import gzip
from datetime import datetime, timezone
from pathlib import Path

import pytest
from news_etl.discover.listing import Listed
from news_etl.discover.safe_xml import XmlRejected
from news_etl.discover.sitemaps import gunzip_capped, parse_sitemap

FIXTURES = Path(__file__).parent / "fixtures"


def test_news_sitemap_fields():
    sitemap = parse_sitemap((FIXTURES / "news_sitemap.xml").read_bytes())
    assert not sitemap.is_index
    assert sitemap.entries == [
        Listed("https://news.example/he/news/1", datetime(2024, 5, 7, 6, 15, tzinfo=timezone.utc), "he"),
        Listed("https://news.example/en/news/2", datetime(2024, 5, 6, tzinfo=timezone.utc), None),
    ]


def test_index_without_namespace():
    sitemap = parse_sitemap((FIXTURES / "sitemap_index_no_namespace.xml").read_bytes())
    assert sitemap.is_index
    assert [e.url for e in sitemap.entries] == [
        "https://news.example/sitemap-1.xml",
        "https://news.example/sitemap-2.xml.gz",
    ]
    assert sitemap.entries[0].lastmod == datetime(2024, 5, 7, 10, 0, tzinfo=timezone.utc)


def test_external_entity_is_refused():
    with pytest.raises(XmlRejected, match="hostile"):
        parse_sitemap((FIXTURES / "external_entity.xml").read_bytes())


def test_other_root_element_is_not_a_sitemap():
    with pytest.raises(XmlRejected, match="not a sitemap"):
        parse_sitemap(b"<rss version='2.0'><channel/></rss>")


def test_gunzip_capped_inflates_small_and_refuses_bombs():
    assert gunzip_capped(gzip.compress(b"<urlset/>"), 100) == b"<urlset/>"
    assert gunzip_capped(b"<urlset/>", 100) == b"<urlset/>"  # not gzip: unchanged
    with pytest.raises(XmlRejected, match="inflates past"):
        gunzip_capped(gzip.compress(b" " * 10_000_000), 1_000_000)
    with pytest.raises(XmlRejected, match="corrupt"):
        gunzip_capped(b"\x1f\x8b\x08\x00garbage", 100)
    with pytest.raises(XmlRejected, match="truncated"):
        gunzip_capped(gzip.compress(b"<urlset></urlset>")[:-12], 100)
    two_members = gzip.compress(b"<urlset>") + gzip.compress(b"</urlset>")
    assert gunzip_capped(two_members, 100) == b"<urlset></urlset>"
