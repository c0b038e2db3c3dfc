from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone

from lxml import html
from news_etl.ui.queries import (
    ActorLocation,
    Dashboard,
    LatestMention,
    Period,
    PeriodCount,
    QuarantinedMention,
    ValidationRun,
)
from news_etl.ui.render import breakable, data_docs_link, render_page, render_quarantine

BATCH = "2026-11-20T00:00:00+00:00"
PERIOD = Period(date(2026, 11, 16), date(2026, 11, 20))


def run(
    success: bool, suite: str = "deployment_mentions", docs: str | None = None, **failed: int
) -> ValidationRun:
    return ValidationRun(
        dag_id="deployment_mentions",
        batch=BATCH,
        suite_name=suite,
        success=success,
        rows_validated=4,
        rows_quarantined=sum(failed.values()),
        failed_expectation_counts=failed,
        validated_at=datetime(2026, 11, 20, 6, 30, tzinfo=timezone.utc),
        data_docs_url=docs,
    )


def dashboard(runs: list[ValidationRun], counts: list[PeriodCount], quarantined: int = 0) -> Dashboard:
    return Dashboard(
        validation_runs=runs,
        quarantine_count=quarantined,
        covered=PERIOD if counts else None,
        shown=PERIOD if counts else None,
        counts=counts,
        actor_locations=[ActorLocation("PRK", "RUS", 3, date(2026, 11, 18))] if counts else [],
    )


def test_page_shows_runs_green_and_red_the_quarantine_count_the_chart_and_actor_locations() -> None:
    page = dashboard(
        [
            run(False, troop_count_plausible=1, docs="http://af/troop-mentions/data-docs/v/1.html"),
            run(True, "acc"),
        ],
        [PeriodCount(date(2026, 11, 16), "PRK", 3), PeriodCount(date(2026, 11, 16), "RUS", 1)],
        quarantined=7,
    )
    doc = html.fromstring(render_page(page, data_url="data.json"))

    assert doc.get_element_by_id("quarantine-count").text == "7"
    rows = doc.get_element_by_id("validation-runs").findall("tr")[1:]
    badges = [row.find("td/span") for row in rows]
    assert [(b.text, b.get("class")) for b in badges] == [("failed", "badge failed"), ("passed", "badge ok")]
    assert "troop_count_plausible (1)" in rows[0].text_content()
    # The quarantined count links to that batch's rows; the batch key names the run everywhere.
    (link,) = rows[0].find_class("quarantined")
    assert link.get("href") == "quarantine?batch=2026-11-20T00%3A00%3A00%2B00%3A00"
    assert [r.find_class("batch")[0].text_content() for r in rows] == [BATCH, BATCH]
    assert rows[1].xpath("td[@title]/@title") == ["suite acc"]
    assert rows[0].xpath(".//a[text()='report']/@href") == ["data-docs/v/1.html"]
    assert not rows[1].xpath(".//a[text()='report']")  # no Data Docs recorded: no link
    svg = doc.get_element_by_id("mentions-chart")
    assert [t.text for t in svg.iter("title")] == ["PRK, week of 2026-11-16: 3", "RUS, week of 2026-11-16: 1"]
    assert [s.get("data-actor") for s in doc.get_element_by_id("chart-legend")] == ["PRK", "RUS"]
    assert "PRK" in doc.get_element_by_id("actor-locations").text_content()


def test_headers_and_badges_do_not_wrap() -> None:
    page = render_page(dashboard([run(True)], []))
    assert "th, .badge, .num, .nowrap, time { white-space: nowrap; }" in page
    assert "overflow-wrap: anywhere" not in page


def test_empty_warehouse_says_so_instead_of_drawing_nothing() -> None:
    doc = html.fromstring(render_page(dashboard([], [])))
    assert doc.get_element_by_id("mentions-chart-empty") is not None
    assert "No validation has run yet." in doc.text_content()


def test_warehouse_text_is_escaped() -> None:
    hostile = run(False, **{"<script>alert(1)</script>": 1})
    page = render_page(dashboard([hostile], [PeriodCount(date(2026, 11, 16), "<b>x</b>", 1)], 1))
    assert "<script>alert" not in page and "<b>x</b>" not in page
    assert "&lt;script&gt;" in page


def test_quarantined_sentences_render_in_their_own_direction() -> None:
    row = QuarantinedMention(
        "m1", BATCH, "50 מיליון", 50_000_000, 50_000_000, "ISR", "unknown", ["troop_count_plausible"],
        "לפי הדיווח 50 מיליון חיילים", "he",
    )  # fmt: skip
    doc = html.fromstring(render_quarantine([row], BATCH))
    assert doc.get_element_by_id("quarantine-batch").text == BATCH
    sentence = doc.get_element_by_id("quarantine-rows").xpath(".//td[@class='text']")[0]
    assert sentence.get("dir") == "auto" and sentence.get("lang") == "he"
    assert doc.xpath("//bdi")[0].text == "50 מיליון"


def test_latest_mentions_show_each_sentence_in_its_own_direction_and_link_the_article() -> None:
    rows = [
        LatestMention(
            "he", date(2026, 11, 19), "כ-3,000", 3000, 3000, "approximate", "ISR", "LBN", "deployment",
            "לפי הדיווח כ-3,000 חיילים נשלחו", "http://example.test/he/1",
        ),
        LatestMention(
            "en", date(2026, 11, 18), "about 1,500", 1500, 1500, "approximate", "PRK", "RUS", "deployment",
            "About 1,500 North Korean soldiers were sent.", "http://example.test/en/1",
        ),
    ]  # fmt: skip
    page = replace(dashboard([run(True)], [PeriodCount(date(2026, 11, 16), "PRK", 1)]), latest_mentions=rows)
    doc = html.fromstring(render_page(page))
    table = doc.get_element_by_id("latest-mentions")
    hebrew, english = table.findall("tr")[1:]
    assert hebrew.get("data-language") == "he" and english.get("data-language") == "en"
    sentence = hebrew.xpath(".//td[@class='text']")[0]
    assert sentence.get("dir") == "auto" and sentence.get("lang") == "he"
    assert sentence.find("a").get("href") == "http://example.test/he/1"
    assert hebrew.xpath(".//bdi")[0].text == "כ-3,000"
    assert [td.text for td in english.findall("td")[3:9]] == [
        "1500",
        "1500",
        "approximate",
        "PRK",
        "RUS",
        "deployment",
    ]


def test_no_latest_mentions_section_without_mentions() -> None:
    doc = html.fromstring(render_page(dashboard([run(True)], [])))
    assert not doc.xpath("//*[@id='latest-mentions']")


def test_a_long_batch_key_breaks_only_after_its_double_underscore() -> None:
    long_key = "asset_triggered__2026-12-01T11:31:32.107093+00:00_GWonVrD1"
    page = render_page(dashboard([replace(run(True), batch=long_key)], []))
    assert (
        '<td class="batch"><span class="nowrap">asset_triggered__</span><wbr>'
        '<span class="nowrap">2026-12-01T11:31:32.107093+00:00_GWonVrD1</span></td>'
    ) in page
    assert "&lt;b&gt;" in str(breakable("<b>__x"))


def test_data_docs_links_stay_behind_the_plugin() -> None:
    root = "/srv/docs"
    assert data_docs_link("file:///srv/docs/validations/s/r.html", root) == "data-docs/validations/s/r.html"
    # Served here, whatever host name the task used: relative, so it opens where the reader is logged in.
    assert data_docs_link("http://localhost:8080/troop-mentions/data-docs/x.html", root) == "data-docs/x.html"
    assert data_docs_link("https://docs.example.org/x.html", root) == "https://docs.example.org/x.html"
    assert data_docs_link("file:///elsewhere/x.html", root) is None
    assert data_docs_link(None, root) is None
