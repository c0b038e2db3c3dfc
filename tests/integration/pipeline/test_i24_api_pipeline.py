"""The demo site in the live i24NEWS shape, over real HTTP and a real PostgreSQL: client-rendered pages whose
text comes from the demo API, and the API's own list as a source (kind i24_api), in all four editions. What is
expected is the `expected-i24-pages` block of dev/demo_site/README.md."""

from __future__ import annotations

import json
import re
from datetime import datetime

import pytest
from news_etl.extract.lexicon import GRAMMAR_LANGUAGES
from news_etl.pipeline.context import RunContext
from news_etl.pipeline.inprocess import run_ingest, run_mentions

from tests.integration.pipeline.conftest import ROOT

pytestmark = pytest.mark.integration

# What the shell pages carry around their (missing) text: none of it may become an article body.
SHELL_BOILERPLATE = ("cookies", "JavaScript", "privacy policy")


@pytest.fixture(scope="module")
def expected() -> list[dict]:
    text = (ROOT / "dev" / "demo_site" / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- expected-i24-pages:begin -->\s*```json\s*(.*?)```", text, re.S)
    assert block, "expected-i24-pages block missing from dev/demo_site/README.md"
    return json.loads(block.group(1))["pages"]


def _rows(conn, sql: str, *args: object) -> list[tuple]:
    with conn.cursor() as cur:
        cur.execute(sql, args)
        return cur.fetchall()


def _outcomes(conn, run_id: str) -> dict[str, str]:
    return dict(_rows(conn, "SELECT url, outcome FROM news.discovered_urls WHERE run_id = %s", run_id))


def test_every_url_gets_its_expected_outcome(warehouse, demo_site, i24_params, raw_store_dir, expected):
    totals = run_ingest(warehouse, RunContext("news_ingest", "run-1"), i24_params)
    assert _outcomes(warehouse, "run-1") == {demo_site + page["path"]: page["outcome"] for page in expected}
    assert totals == {"discovered": 12, "loaded": 10, "unchanged": 0, "duplicates": 1, "rejected": 1}
    reasons = dict(_rows(warehouse, "SELECT url, reason FROM news.ingest_rejects WHERE run_id = 'run-1'"))
    assert reasons == {
        demo_site + p["path"]: p["reject_reason"] for p in expected if p["outcome"] == "rejected"
    }


def test_loaded_articles_come_through_the_api_and_through_shell_pages_in_all_four_editions(
    warehouse, demo_site, i24_params, raw_store_dir, expected
):
    run_ingest(warehouse, RunContext("news_ingest", "run-1"), i24_params)
    articles = {
        url: (language, authors, section, published_at, adapter)
        for url, language, authors, section, published_at, adapter in _rows(
            warehouse, "SELECT url, language, authors, section, published_at, adapter FROM news.articles"
        )
    }
    loaded = [page for page in expected if page["outcome"] == "loaded"]
    for page in loaded:
        language, authors, section, published_at, adapter = articles[demo_site + page["path"]]
        assert (language, authors, section) == (page["language"], page["authors"], page["section"]), page[
            "path"
        ]
        assert published_at == datetime.fromisoformat(page["published_at"]), page["path"]
        assert adapter == "i24news-api"
    for via in ("i24_api", "shell_page"):
        assert {p["language"] for p in loaded if p["via"] == via} == {"en", "fr", "ar", "he"}, via


def test_shell_pages_never_store_their_boilerplate(warehouse, demo_site, i24_params, raw_store_dir):
    run_ingest(warehouse, RunContext("news_ingest", "run-1"), i24_params)
    bodies = [body for (body,) in _rows(warehouse, "SELECT body FROM news.articles")]
    assert bodies and not [b for b in bodies if any(word in b for word in SHELL_BOILERPLATE)]
    fetches = _rows(
        warehouse,
        "SELECT url, sha256 IS NOT NULL, reject_reason FROM news.shell_page_api_fetches ORDER BY url",
    )
    assert len(fetches) == 7  # every page of the feed is a shell
    missing = [(url, reason) for url, stored, reason in fetches if not stored]
    assert missing == [
        (f"{demo_site}/en/news/israel/politics/artc-knesset-passes-budget-in-final-reading/", "http_error")
    ]


def test_a_second_run_adds_nothing(warehouse, i24_params, raw_store_dir, checksums):
    run_ingest(warehouse, RunContext("news_ingest", "run-1"), i24_params)
    articles_before = _rows(warehouse, "SELECT count(*) FROM news.articles")
    totals = run_ingest(warehouse, RunContext("news_ingest", "run-2"), i24_params)
    # the feed lists its 7 pages again; every API source stops at its newest article, loaded by run-1
    assert totals == {"discovered": 7, "loaded": 0, "unchanged": 6, "duplicates": 0, "rejected": 1}
    by_source = _rows(
        warehouse, "SELECT source, count(*) FROM news.discovered_urls WHERE run_id = 'run-2' GROUP BY 1"
    )
    assert by_source == [("demo-i24-pages", 7)]
    assert _rows(warehouse, "SELECT count(*) FROM news.articles") == articles_before


def test_an_api_source_lists_only_what_is_new_since_the_last_run(
    warehouse, demo_site, i24_params, raw_store_dir
):
    """run-1 is a backfill up to 3 March: only the older English article. run-2 pages the list (one article a
    page) newest first: the newer article is new, the older one was seen, so it stops there."""
    english = next(s for s in i24_params["extra_sources"] if s["name"] == "demo-i24-api-en")
    run_ingest(
        warehouse,
        RunContext("news_ingest", "run-1"),
        {"extra_sources": [english], "backfill_to": "2025-03-03"},
    )
    older = f"{demo_site}/v2/en/contents/artc-egypt-moves-extra-soldiers-to-gaza-border"
    assert _outcomes(warehouse, "run-1") == {older: "loaded"}
    run_ingest(warehouse, RunContext("news_ingest", "run-2"), {"extra_sources": [english]})
    newer = f"{demo_site}/v2/en/contents/artc-us-to-keep-troops-in-iraq-through-next-year-officials-say"
    assert _outcomes(warehouse, "run-2") == {newer: "loaded"}
    run_ingest(warehouse, RunContext("news_ingest", "run-3"), {"extra_sources": [english]})
    assert _outcomes(warehouse, "run-3") == {}


def test_backfill_lists_a_date_range_again(warehouse, demo_site, i24_params, raw_store_dir):
    run_ingest(warehouse, RunContext("news_ingest", "run-1"), i24_params)
    api_sources = [s for s in i24_params["extra_sources"] if s["kind"] == "i24_api"]
    params = {"extra_sources": api_sources, "backfill_from": "2025-03-02", "backfill_to": "2025-03-04"}
    totals = run_ingest(warehouse, RunContext("news_ingest", "backfill-1"), params)
    assert set(_outcomes(warehouse, "backfill-1")) == {
        f"{demo_site}/v2/en/contents/artc-us-to-keep-troops-in-iraq-through-next-year-officials-say",
        f"{demo_site}/v2/en/contents/artc-egypt-moves-extra-soldiers-to-gaza-border",
        f"{demo_site}/v2/ar/contents/artc-%D9%88%D8%A7%D8%B4%D9%86%D8%B7%D9%86-%D8%AA%D8%A8%D9%82%D9%8A-%D9%82%D9%88%D8%A7%D8%AA%D9%87%D8%A7-%D9%81%D9%8A-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82",
    }
    assert totals["loaded"] == 0 and totals["unchanged"] == 3  # already loaded: the warehouse is unchanged


def test_reparse_reads_pages_and_api_documents_from_the_archive_only(warehouse, i24_params, raw_store_dir):
    run_ingest(warehouse, RunContext("news_ingest", "run-1"), i24_params)
    unreachable = "http://127.0.0.1:9"  # proves the network is not touched
    offline = {
        "extra_sources": [
            {
                **s,
                "api_base_url": unreachable,
                **({"url": f"{unreachable}/i24-feed.xml"} if "url" in s else {}),
            }
            for s in i24_params["extra_sources"]
        ],
        "reparse": True,
    }
    totals = run_ingest(warehouse, RunContext("news_ingest", "reparse-1"), offline)
    # the page without an API document was never loaded, and is rejected again for the same reason
    assert (totals["discovered"], totals["loaded"], totals["rejected"]) == (12, 0, 1)
    assert totals["unchanged"] + totals["duplicates"] == 11  # same parser, same archive
    assert _rows(warehouse, "SELECT reason FROM news.ingest_rejects WHERE run_id = 'reparse-1'") == [
        ("shell_page",)
    ]


def test_mentions_of_the_api_articles(
    warehouse, demo_site, i24_params, raw_store_dir, expected, tmp_path, monkeypatch
):
    """The troop counts of the languages the extractor reads (Arabic and Hebrew are documented for later)."""
    monkeypatch.setenv("NEWS_ETL_DATA_DOCS", str(tmp_path / "docs"))
    run_ingest(warehouse, RunContext("news_ingest", "run-1"), i24_params)
    run_mentions(warehouse, RunContext("deployment_mentions", "m-1"))
    found = sorted(
        _rows(
            warehouse,
            "SELECT a.url, m.troop_count_min, m.troop_count_max, m.count_precision FROM news.deployment_mentions m"
            " JOIN news.articles a ON a.article_id = m.article_id AND a.version = m.article_version"
            " WHERE a.language = ANY(%s)",
            list(GRAMMAR_LANGUAGES),
        )
    )
    wanted = sorted(
        (demo_site + page["path"], m["count_min"], m["count_max"], m["precision"])
        for page in expected
        if page["outcome"] == "loaded" and page["language"] in GRAMMAR_LANGUAGES
        for m in page["mentions"]
    )
    assert found == wanted
