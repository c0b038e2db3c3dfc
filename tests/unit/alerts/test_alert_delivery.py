"""Delivery helpers: webhook URL from an Airflow connection, recipient list, retries that never raise."""

from __future__ import annotations

import logging

import pytest
from airflow.sdk import Connection
from news_etl.alerts.delivery import parse_recipients, webhook_url, with_retries


@pytest.mark.parametrize(
    ("uri", "url"),
    [
        ("http://127.0.0.1:9000/hook", "http://127.0.0.1:9000/hook"),
        ("http://127.0.0.1:9000", "http://127.0.0.1:9000"),
        ("https://hooks.example.org/services/T0/B0/xyz", "https://hooks.example.org/services/T0/B0/xyz"),
    ],
)
def test_webhook_url_from_connection_uri(uri: str, url: str) -> None:
    assert webhook_url(Connection.from_uri(uri, conn_id="news_alerts_webhook")) == url


def test_webhook_url_from_a_host_holding_the_whole_url() -> None:
    conn = Connection(conn_id="x", conn_type="http", host="https://hooks.example.org/services/abc")
    assert webhook_url(conn) == "https://hooks.example.org/services/abc"


def test_recipients() -> None:
    assert parse_recipients(" a@x.org, b@y.org;c@z.org ,") == ["a@x.org", "b@y.org", "c@z.org"]
    assert parse_recipients(None) == [] and parse_recipients("  ") == []


def test_retries_until_delivered() -> None:
    calls = []

    def flaky() -> None:
        calls.append(1)
        if len(calls) < 3:
            raise ConnectionError("down")

    assert with_retries(flaky, what="test", attempts=3, backoff_s=0) is True
    assert len(calls) == 3


def test_gives_up_without_raising(caplog: pytest.LogCaptureFixture) -> None:
    calls = []

    def broken() -> None:
        calls.append(1)
        raise ConnectionError("down")

    with caplog.at_level(logging.WARNING):
        assert with_retries(broken, what="webhook alert", attempts=2, backoff_s=0) is False
    assert len(calls) == 2
    assert "webhook alert: giving up after 2 attempts" in caplog.text
