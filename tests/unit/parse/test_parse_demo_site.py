"""The demo site pages parse the way dev/demo_site/README.md says (its JSON block), and the seed article's
text, filled in by the demo server from ../shared, comes out of its page verbatim."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from news_etl.parse import ParseError, parse_page

from dev.demo_site.server import render
from dev.paths import SEED_ARTICLE as SEED

ROOT = Path(__file__).resolve().parents[3]
DEMO = ROOT / "dev" / "demo_site"
SITE = DEMO / "site"
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
    """The page as the demo server sends it: {{BASE_URL}} replaced, the seed article filled in from ../shared,
    the query string ignored. Skips (with the reason) the seed article's page when the seed is absent."""
    file = SITE / urlsplit(path).path.lstrip("/") / "index.html"
    body = render(file, BASE_URL)
    if body is None:
        pytest.skip(f"seed article not found at {SEED} (../shared is not laid out): its demo page is a 404")
    return body.decode("utf-8")


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


# -- the i24NEWS shape: client-rendered pages and the API (the README's expected-i24-pages block) ----------------


def expected_i24_pages() -> list[dict]:
    readme = (DEMO / "README.md").read_text(encoding="utf-8")
    block = re.search(
        r"<!-- expected-i24-pages:begin -->\s*```json\n(.*?)```\s*<!-- expected-i24-pages:end -->",
        readme,
        re.S,
    )
    assert block, "README.md lost its expected-i24-pages JSON block"
    return json.loads(block.group(1))["pages"]


def api_document(path: str) -> str | None:
    """The demo API's item for an article path or item URL path, as the server sends it; None when absent."""
    from news_etl.parse.i24 import last_segment

    slug = unquote(last_segment(path) or "")
    lang = path.split("/")[2] if path.startswith("/v2/") else path.split("/")[1]
    for file in sorted((SITE / "api" / lang).glob("*.json")):
        text = file.read_text(encoding="utf-8").replace("{{BASE_URL}}", BASE_URL)
        if unquote(json.loads(text)["frontendUrl"].rstrip("/")).endswith("/" + slug):
            return text
    return None


I24_PAGES = expected_i24_pages()


@pytest.mark.parametrize("page", I24_PAGES, ids=[unquote(p["path"])[-40:] for p in I24_PAGES])
def test_i24_pages_and_api_items_parse_as_documented(page: dict) -> None:
    from news_etl.parse import parse_api_document

    document = api_document(page["path"])
    if page["via"] == "i24_api":
        assert document is not None
        article = parse_api_document(document, BASE_URL + page["path"])
    else:
        shell = served(unquote(page["path"]))
        with pytest.raises(ParseError) as raised:
            parse_page(shell, BASE_URL + page["path"])  # the page alone: never its boilerplate
        assert raised.value.reason == "shell_page"
        if page["outcome"] == "rejected":
            assert document is None  # its API item is missing
            return
        assert document is not None
        article = parse_page(shell, BASE_URL + page["path"], api_json=document)
    assert article.adapter == "i24news-api"
    assert article.language == page["language"]
    if page["outcome"] == "loaded":
        assert (article.authors, article.section) == (page["authors"], page["section"])
    for mention in page["mentions"]:
        assert mention["count_text"] in article.body
        assert mention["count_text"] not in article.title


def test_the_i24_feed_lists_exactly_the_shell_pages() -> None:
    feed = ET.fromstring(
        (SITE / "i24-feed.xml").read_text(encoding="utf-8").replace("{{BASE_URL}}", BASE_URL)
    )
    links = [urlsplit(item.findtext("link") or "").path for item in feed.iter("item")]
    assert sorted(links) == sorted(p["path"] for p in I24_PAGES if p["via"] == "shell_page")
