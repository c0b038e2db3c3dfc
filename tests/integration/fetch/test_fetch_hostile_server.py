"""The fetch stage against a real misbehaving HTTP server: every failure is one reject with the right code."""

from __future__ import annotations

import time

import pytest
from hostile_server import BIG_BODY_BYTES, BOMB_MEMBERS, WINDOWS_1252_TEXT, HostileServer, gzip_bomb_member
from news_etl.fetch.raw_store import RawStore
from news_etl.records import REJECT_REASONS

pytestmark = [pytest.mark.integration, pytest.mark.timeout(30)]


def assert_rejected(outcome, reason: str) -> None:
    assert reason in REJECT_REASONS
    assert outcome.reject is not None, f"expected {reason}, got page {outcome.page}"
    assert outcome.reject.reason == reason, outcome.reject
    assert outcome.reject.stage == "fetch"
    assert outcome.page is None and outcome.body is None


def test_article_is_fetched_decoded_and_archived(server, make_client, source, tmp_path):
    store = RawStore(str(tmp_path / "raw"))
    outcome = make_client(raw_store=store).fetch_page(server.url("/article"), source)
    assert outcome.ok and outcome.page is not None
    assert outcome.page.status == 200
    assert outcome.page.encoding == "utf-8"
    assert "3,000 soldiers" in (outcome.text or "")
    assert outcome.page.etag == '"v1"'
    assert store.get(outcome.page.sha256) == outcome.body
    assert outcome.page.bytes == len(outcome.body or b"")
    assert server.user_agents[-1].startswith("news-etl/")


def test_conditional_get_returns_304_without_body(server, make_client, source):
    client = make_client()
    first = client.fetch_page(server.url("/article?cond=1"), source)
    assert first.page is not None
    again = client.fetch_page(
        server.url("/article?cond=1"), source, etag=first.page.etag, last_modified=first.page.last_modified
    )
    assert again.ok and again.not_modified
    assert again.page is not None and again.page.sha256 is None and again.body is None


def test_404_is_http_error(server, make_client, source):
    outcome = make_client().fetch_page(server.url("/missing"), source)
    assert_rejected(outcome, "http_error")
    assert "404" in outcome.reject.detail


def test_500_then_200_is_retried_to_success(server, make_client, source):
    outcome = make_client().fetch_page(server.url("/flaky?case=retry"), source)
    assert outcome.ok and outcome.page.status == 200
    assert server.hits["/flaky?case=retry"] == 2


def test_500_without_retries_is_http_error(server, make_client, source):
    outcome = make_client(retries=0).fetch_page(server.url("/flaky?case=no-retry"), source)
    assert_rejected(outcome, "http_error")
    assert "500" in outcome.reject.detail


def test_429_retry_after_is_honoured(server, make_client, source):
    started = time.monotonic()
    outcome = make_client().fetch_page(server.url("/throttled?case=1"), source)
    elapsed = time.monotonic() - started
    assert outcome.ok and outcome.page.status == 200
    assert server.hits["/throttled?case=1"] == 2
    # backoff is 0.01 s in these tests, so only Retry-After: 1 explains a one-second wait
    assert elapsed >= 0.95


def test_response_slower_than_read_timeout_is_timeout(server, make_client, source):
    started = time.monotonic()
    outcome = make_client(retries=1, timeouts=(1.0, 0.3)).fetch_page(server.url("/slow?case=1"), source)
    assert_rejected(outcome, "timeout")
    assert time.monotonic() - started < 1.5
    assert server.hits["/slow?case=1"] == 2  # read timeouts on GET are retried once, then given up


def test_body_stalling_longer_than_read_timeout_is_timeout(server, make_client, source):
    outcome = make_client(timeouts=(1.0, 0.3)).fetch_page(server.url("/stall"), source)
    assert_rejected(outcome, "timeout")


def test_body_dripping_past_the_total_deadline_is_timeout(server, make_client, source):
    started = time.monotonic()
    outcome = make_client(total_timeout=0.5).fetch_page(server.url("/drip"), source)
    assert_rejected(outcome, "timeout")
    assert time.monotonic() - started < 1.5


def test_connection_closed_before_content_length_is_connection_error(server, make_client, source):
    assert_rejected(make_client().fetch_page(server.url("/short-read"), source), "connection_error")


def test_declared_20mb_body_is_refused_before_reading(server, make_client, source):
    outcome = make_client().fetch_page(server.url("/huge"), source)
    assert_rejected(outcome, "too_large")
    assert "not read" in outcome.reject.detail


def test_undeclared_20mb_body_is_cut_at_the_cap(server, make_client, source):
    max_bytes = 1_000_000
    outcome = make_client(max_bytes=max_bytes).fetch_page(server.url("/huge-stream"), source)
    assert_rejected(outcome, "too_large")
    # We hung up after ~max_bytes: the server could only push what fits in the socket buffers.
    time.sleep(0.2)
    assert server.sent["/huge-stream"] < BIG_BODY_BYTES // 2


def test_gzip_bomb_is_stopped_without_inflating_it(server, make_client, source):
    max_bytes = 5_000_000
    started = time.monotonic()
    outcome = make_client(max_bytes=max_bytes).fetch_page(server.url("/gzip-bomb"), source)
    elapsed = time.monotonic() - started
    assert_rejected(outcome, "too_large")
    read = int(outcome.reject.detail.rsplit(" ", 1)[-1])
    assert max_bytes < read <= max_bytes + 64 * 1024  # decoded bytes counted, stopped within one chunk
    assert read < BOMB_MEMBERS * 1024 * 1024 // 100
    assert elapsed < 2.0
    assert len(gzip_bomb_member()) < 2048  # the bomb really is ~1000:1


def test_windows_1252_declared_as_utf8_is_decoded_by_detection(server, make_client, source):
    outcome = make_client().fetch_page(server.url("/cp1252-as-utf8"), source)
    assert outcome.ok, outcome.reject
    assert outcome.page.encoding == "cp1252"
    assert outcome.text == WINDOWS_1252_TEXT


def test_body_without_any_charset_is_detected(server, make_client, source):
    outcome = make_client().fetch_page(server.url("/no-charset"), source)
    assert outcome.ok, outcome.reject
    assert outcome.page.encoding == "cp1252"
    assert outcome.text == WINDOWS_1252_TEXT


def test_png_served_as_html_is_not_html(server, make_client, source):
    outcome = make_client().fetch_page(server.url("/png"), source)
    assert_rejected(outcome, "not_html")
    assert "PNG" in outcome.reject.detail


def test_image_content_type_is_not_html(server, make_client, source):
    assert_rejected(make_client().fetch_page(server.url("/image"), source), "not_html")


def test_redirect_loop(server, make_client, source):
    assert_rejected(make_client().fetch_page(server.url("/loop-a"), source), "redirect_loop")


def test_endless_redirect_chain_stops_at_the_limit(server, make_client, source):
    outcome = make_client(max_redirects=3).fetch_page(server.url("/hop/0"), source)
    assert_rejected(outcome, "redirect_loop")
    assert server.hits["/hop/3"] == 1 and server.hits["/hop/4"] == 0


def test_redirect_to_cloud_metadata_address_is_blocked(server, make_client, source):
    assert_rejected(make_client().fetch_page(server.url("/to-metadata"), source), "blocked_address")


def test_loopback_is_blocked_unless_allow_listed(server, make_client, source):
    before = sum(server.hits.values())
    outcome = make_client(allow_private_hosts=[]).fetch_page(server.url("/article"), source)
    assert_rejected(outcome, "blocked_address")
    assert sum(server.hits.values()) == before  # refused before connecting


def test_source_allow_private_lets_its_own_loopback_host_through(server, make_client, source):
    from dataclasses import replace

    outcome = make_client(allow_private_hosts=[]).fetch_page(
        server.url("/article"), replace(source, url=server.url("/feed.xml"), allow_private=True)
    )
    assert outcome.ok


def test_robots_txt_disallow(server, make_client, source):
    outcome = make_client().fetch_page(server.url("/private/secret"), source)
    assert_rejected(outcome, "robots_disallowed")
    assert server.hits["/private/secret"] == 0


@pytest.mark.parametrize(("robots_status", "allowed"), [(404, True), (503, False)])
def test_robots_txt_status_handling(make_client, source, robots_status, allowed):
    """RFC 9309: a missing robots.txt allows everything; a server error disallows everything."""
    other = HostileServer(robots_status=robots_status).start()
    try:
        outcome = make_client(retries=0).fetch_page(other.url("/private/secret"), source)
    finally:
        other.stop()
    if allowed:
        assert outcome.ok
    else:
        assert_rejected(outcome, "robots_disallowed")
        assert "503" in outcome.reject.detail


def test_robots_txt_is_fetched_once_per_host(server, make_client, source):
    client = make_client()
    before = server.hits["/robots.txt"]
    for n in range(3):
        assert client.fetch_page(server.url(f"/article?robots={n}"), source).ok
    assert server.hits["/robots.txt"] == before + 1


def test_non_http_scheme_is_bad_url(make_client, source):
    assert_rejected(make_client().fetch_page("file:///etc/passwd", source), "bad_url")


def test_truncated_html_is_fetched(server, make_client, source):
    outcome = make_client().fetch_page(server.url("/truncated"), source)
    assert outcome.ok and outcome.text is not None and outcome.text.endswith("<p>sudd")


def test_empty_article_page_is_fetched(server, make_client, source):
    # empty_body is the parse stage's verdict; fetching the page is fine
    outcome = make_client().fetch_page(server.url("/empty-article"), source)
    assert outcome.ok and "<article></article>" in (outcome.text or "")


def test_tracking_parameter_variants_both_fetch(server, make_client, source, tmp_path):
    store = RawStore(str(tmp_path / "raw"))
    client = make_client(raw_store=store)
    first = client.fetch_page(server.url("/article?id=7&utm_source=newsletter"), source)
    second = client.fetch_page(server.url("/article?id=7&utm_medium=social&fbclid=abc"), source)
    assert first.ok and second.ok
    assert first.page.sha256 == second.page.sha256  # one archived body for both
    assert len(list((tmp_path / "raw").rglob("*.gz"))) == 1


def test_rate_limit_spaces_requests_to_one_host(server, make_client, source):
    from dataclasses import replace

    client = make_client()
    slow_source = replace(source, rate_limit_per_s=5)
    client.fetch_page(server.url("/article?rate=0"), slow_source)  # warms robots.txt
    started = time.monotonic()
    for n in range(1, 4):
        assert client.fetch_page(server.url(f"/article?rate={n}"), slow_source).ok
    assert time.monotonic() - started >= 0.55  # 3 requests at 5/s: at least two 0.2 s gaps plus the first


def test_concurrent_fetches_share_one_client_and_its_rate_limit(server, make_client, source):
    from concurrent.futures import ThreadPoolExecutor
    from dataclasses import replace

    client = make_client()
    limited = replace(source, rate_limit_per_s=20)
    client.fetch_page(server.url("/article?threads=warm"), limited)
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=4) as pool:
        outcomes = list(
            pool.map(lambda n: client.fetch_page(server.url(f"/article?threads={n}"), limited), range(8))
        )
    assert all(o.ok for o in outcomes)
    assert time.monotonic() - started >= 7 * 0.05 * 0.9  # 8 requests at 20/s even with 4 threads
