"""The fetch and parse stages isolate each page: a fetcher or parser crash, a title over its cap or a value
PostgreSQL refuses rejects that page with its reason, and the rest of the batch loads (docs/operations.md)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from news_etl.pipeline.context import RunContext
from news_etl.pipeline.inprocess import run_ingest
from news_etl.settings import Settings

pytestmark = pytest.mark.integration


def rejects(conn) -> dict[str, tuple[str, str]]:
    with conn.cursor() as cur:
        cur.execute("SELECT url, reason, detail FROM news.ingest_rejects WHERE stage = 'parse' ORDER BY url")
        return {url: (reason, detail) for url, reason, detail in cur.fetchall()}


def test_a_page_the_parser_crashes_on_is_rejected_and_the_batch_loads(
    warehouse, demo_params, raw_store_dir, monkeypatch
):
    import news_etl.parse as parse

    real = parse.parse_page
    victims: list[str] = []

    def crash_once(html: str, url: str, **kwargs):
        if not victims:
            victims.append(url)
            raise RecursionError("maximum recursion depth exceeded (injected)")
        return real(html, url, **kwargs)

    monkeypatch.setattr(parse, "parse_page", crash_once)
    totals = run_ingest(warehouse, RunContext("news_ingest", "day-1"), demo_params)
    assert totals["loaded"] > 0
    found = rejects(warehouse)
    assert any(
        reason == "parse_failed" and detail.startswith("RecursionError") for reason, detail in found.values()
    )


def test_titles_over_the_cap_and_nul_characters_are_rejected_with_their_reason(
    warehouse, demo_params, raw_store_dir, monkeypatch
):
    import news_etl.clean.text as clean_text

    real = clean_text.clean_body
    monkeypatch.setattr(clean_text, "clean_body", lambda body: "\x00" + real(body))
    settings = replace(Settings.from_env(), max_title_chars=60)
    totals = run_ingest(warehouse, RunContext("news_ingest", "day-1"), demo_params, settings)
    reasons = {reason for reason, _ in rejects(warehouse).values()}
    assert {"field_too_long", "parse_failed"} <= reasons
    assert any("title of" in detail for _, detail in rejects(warehouse).values())
    assert any("staging refused the article" in detail for _, detail in rejects(warehouse).values())
    assert (
        totals["discovered"]
        == totals["loaded"] + totals["unchanged"] + totals["duplicates"] + totals["rejected"]
    )


def test_a_url_the_fetcher_raises_on_is_rejected_and_the_batch_loads(
    warehouse, demo_params, raw_store_dir, monkeypatch
):
    import news_etl.fetch.client as client

    real = client.decode_html
    calls: list[int] = []

    def fail_once(body: bytes, header_charset: str | None):
        calls.append(1)
        if len(calls) == 1:
            raise IndexError("injected bug on hostile bytes")
        return real(body, header_charset)

    monkeypatch.setattr(client, "decode_html", fail_once)
    totals = run_ingest(warehouse, RunContext("news_ingest", "day-1"), demo_params)
    assert totals["loaded"] > 0
    with warehouse.cursor() as cur:
        cur.execute("SELECT stage, reason, detail FROM news.ingest_rejects WHERE reason = 'fetch_failed'")
        assert cur.fetchall() == [("fetch", "fetch_failed", "IndexError: injected bug on hostile bytes")]
    assert (
        totals["discovered"]
        == totals["loaded"] + totals["unchanged"] + totals["duplicates"] + totals["rejected"]
    )
