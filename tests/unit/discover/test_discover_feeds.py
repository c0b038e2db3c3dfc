from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from news_etl.discover.feeds import parse_feed
from news_etl.discover.safe_xml import XmlRejected, is_hostile_xml

FIXTURES = Path(__file__).parent / "fixtures"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_atom_entries_resolve_relative_links_and_take_the_latest_date():
    entries = parse_feed(fixture("atom.xml"), "https://news.example/feeds/fr.atom")
    first = entries[0]
    assert first.url == "https://news.example/fr/actu/premier"
    assert first.lastmod == datetime(2024, 5, 7, 7, 0, tzinfo=timezone.utc)  # <updated>, converted to UTC
    assert first.language == "fr-FR"


def test_legacy_rss_with_public_doctype_and_latin1_is_accepted():
    entries = parse_feed(fixture("rss_with_doctype.xml"), "https://news.example/rss")
    assert [(e.url, e.lastmod, e.language) for e in entries] == [("https://news.example/story/1", None, "de")]


@pytest.mark.parametrize("name", ["entity_bomb.xml", "external_entity.xml"])
def test_entity_declarations_are_refused_before_feedparser_sees_them(name):
    assert is_hostile_xml(fixture(name))
    with pytest.raises(XmlRejected, match="hostile XML"):
        parse_feed(fixture(name), "https://news.example/rss")


def test_malformed_but_harmless_feed_is_read_leniently():
    data = b"<rss version='2.0'><channel><item><link>https://news.example/a</link></item><item><link>"
    assert is_hostile_xml(data) is None
    assert [e.url for e in parse_feed(data, "https://news.example/rss")] == ["https://news.example/a"]


def test_html_page_instead_of_feed_is_rejected():
    with pytest.raises(XmlRejected, match="not a readable feed"):
        parse_feed(b"<html><body><p>Oops & sorry</p></body></html>", "https://news.example/rss")
