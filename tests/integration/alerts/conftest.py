"""Alert sinks as fixtures; `alert_config` points the Airflow connections and the recipients variable at them
through AIRFLOW_CONN_* / AIRFLOW_VAR_* environment variables."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dev.alert_sink import RECIPIENTS, HttpSink, SmtpSink, running_http_sink, running_smtp_sink


@pytest.fixture()
def http_sink() -> Iterator[HttpSink]:
    with running_http_sink() as sink:
        yield sink


@pytest.fixture()
def smtp_sink() -> Iterator[SmtpSink]:
    with running_smtp_sink() as sink:
        yield sink


@pytest.fixture()
def alert_config(monkeypatch: pytest.MonkeyPatch, http_sink: HttpSink, smtp_sink: SmtpSink) -> None:
    monkeypatch.setenv("AIRFLOW_CONN_NEWS_ALERTS_WEBHOOK", http_sink.url)
    monkeypatch.setenv(
        "AIRFLOW_CONN_SMTP_DEFAULT",
        f"smtp://127.0.0.1:{smtp_sink.port}?disable_ssl=true&disable_tls=true&from_email=news-etl%40example.org",
    )
    monkeypatch.setenv("AIRFLOW_VAR_NEWS_ALERT_EMAILS", ", ".join(RECIPIENTS))


@pytest.fixture()
def no_alert_config(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "AIRFLOW_CONN_NEWS_ALERTS_WEBHOOK",
        "AIRFLOW_CONN_SMTP_DEFAULT",
        "AIRFLOW_VAR_NEWS_ALERT_EMAILS",
    ):
        monkeypatch.delenv(name, raising=False)
