"""The demo site pages parse the way dev/demo_site/README.md says (its JSON block), and the seed article's
text comes out of its page verbatim."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from news_etl.parse import ParseError, parse_page

ROOT = Path(__file__).resolve().parents[3]
DEMO = ROOT / "dev" / "demo_site"
SITE = DEMO / "site"
SEED = ROOT.parent / "shared" / "seeds" / "i24_north_korean_troops_de.txt"
BASE_URL = "http://127.0.0.1:8765"
SEED_PATH = "/de/nachrichten/international/1729503000-videos-zeigen-nordkoreanische-soldaten-bei-der-ausruestung-in-russland/"


def expected_pages() -> list[dict]:
    readme = (DEMO / "README.md").read_text(encoding="utf-8")
    block = re.search(
        r"<!-- expected-pages:begin -->\s*```json\n(.*?)```\s*<!-- expected-pages:end -->", readme, re.S
    )
    assert block, "README.md lost its expected-pages JSON block"
    return json.loads(block.group(1))["pages"]


def served(path: str) -> str:
    """The page as the demo server sends it: {{BASE_URL}} replaced, the query string ignored."""
    file = SITE / urlsplit(path).path.lstrip("/") / "index.html"
    return file.read_text(encoding="utf-8").replace("{{BASE_URL}}", BASE_URL)


PARSED = [p for p in expected_pages() if p["outcome"] in ("loaded", "duplicate")]
PARSE_REJECTS = [p for p in expected_pages() if p.get("reject_reason") in ("parse_failed", "empty_body")]


@pytest.mark.parametrize("page", PARSED, ids=[p["path"][:60] for p in PARSED])
def test_article_pages_parse_with_the_i24_adapter(page: dict) -> None:
    article = parse_page(served(page["path"]), BASE_URL + page["path"], source="demo")
    assert article.adapter == "i24news"
    assert article.language == page["language"]
    assert article.canonical_url == BASE_URL + urlsplit(page["path"]).path
    assert article.title and article.authors and article.tags and article.description
    assert article.published_at is not None and article.modified_at is not None
    assert article.published_at <= article.modified_at
    for mention in page["mentions"]:
        assert mention["count_text"] in article.body
        assert mention["count_text"] not in article.title  # troop counts live in the body only


@pytest.mark.parametrize("page", PARSE_REJECTS, ids=[p["reject_reason"] for p in PARSE_REJECTS])
def test_broken_pages_are_rejected_with_the_documented_reason(page: dict) -> None:
    with pytest.raises(ParseError) as raised:
        parse_page(served(page["path"]), BASE_URL + page["path"], source="demo")
    assert raised.value.reason == page["reject_reason"]


def test_seed_article_text_is_verbatim() -> None:
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED} (../shared is not checked out)")
    article = parse_page(served(SEED_PATH), BASE_URL + SEED_PATH, source="demo")
    assert article.body == "\n\n".join(SEED.read_text(encoding="utf-8").split("\n"))
    assert article.language == "de"


def test_feed_and_sitemap_point_at_served_files() -> None:
    feed = ET.fromstring((SITE / "feed.xml").read_text(encoding="utf-8").replace("{{BASE_URL}}", BASE_URL))
    links = [item.findtext("link") for item in feed.iter("item")]
    assert len(links) == len(expected_pages())
    assert {
        urlsplit(link).path + ("?" + urlsplit(link).query if urlsplit(link).query else "") for link in links
    } == {p["path"] for p in expected_pages()}
    for item in feed.iter("item"):
        assert item.findtext("pubDate")

    sitemap = ET.fromstring(
        (SITE / "sitemap.xml").read_text(encoding="utf-8").replace("{{BASE_URL}}", BASE_URL)
    )
    ns = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    for url in sitemap.findall("sm:url", ns):
        assert (
            SITE / urlsplit(url.findtext("sm:loc", namespaces=ns)).path.lstrip("/") / "index.html"
        ).is_file()
        assert url.findtext("sm:lastmod", namespaces=ns)
    assert "Disallow: /private/" in (SITE / "robots.txt").read_text(encoding="utf-8")
