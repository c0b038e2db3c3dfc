from __future__ import annotations

from news_etl.fetch.retry_policy import build_retry


def test_retries_connection_errors_429_and_5xx_on_get_only():
    retry = build_retry(retries=3, backoff=0.5)
    assert (retry.total, retry.connect, retry.read, retry.status) == (3, 3, 3, 3)
    for status in (429, 500, 502, 503, 504):
        assert retry.is_retry("GET", status)
    assert not retry.is_retry("GET", 404)
    assert not retry.is_retry("POST", 503)
    assert retry.respect_retry_after_header and not retry.raise_on_status


def test_backoff_grows_exponentially_with_bounded_jitter():
    retry = build_retry(retries=5, backoff=0.5, jitter=0.0)
    waits = []
    for _ in range(4):
        retry = retry.increment("GET", "/x")
        waits.append(retry.get_backoff_time())
    assert waits == [0, 1.0, 2.0, 4.0]  # urllib3 does not sleep before the first retry
    jittery = build_retry(retries=5, backoff=0.5, jitter=0.25)
    for _ in range(3):
        jittery = jittery.increment("GET", "/x")
    assert 2.0 <= jittery.get_backoff_time() <= 2.25


def test_retry_after_is_capped():
    retry = build_retry(retries=1, backoff=0.1, max_retry_after=5)
    assert retry.parse_retry_after("3") == 3
    assert retry.parse_retry_after("86400") == 5
