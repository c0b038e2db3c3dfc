"""The notifiers against real local servers: webhook JSON, email, retries, silence when not configured."""

from __future__ import annotations

import logging
import socket
from types import SimpleNamespace
from typing import Any

import pytest
from news_etl.alerts.callbacks import on_task_failure
from news_etl.alerts.notifiers import EmailAlertNotifier, WebhookAlertNotifier
from news_etl.validate.outcome import ValidationFailed, ValidationOutcome

from dev.alert_sink import RECIPIENTS, HttpSink, SmtpSink, email_text

pytestmark = pytest.mark.integration

OUTCOME = ValidationOutcome(
    success=False,
    rows_validated=3,
    rows_quarantined=1,
    failed_counts={"troop_count_max_plausible": 1},
    data_docs_url="file:///docs/validations/x.html",
    sample_bad_rows=[
        {"count_text": "50 million", "troop_count_min": 50_000_000, "troop_count_max": 50_000_000,
         "sentence": "50 million soldiers marched.", "failed_expectations": ["troop_count_max_plausible"]}
    ],
    suite_name="deployment_mentions",
    suite_version="1.0.0",
)  # fmt: skip


def failure_context(exception: BaseException) -> dict[str, Any]:
    ti = SimpleNamespace(
        dag_id="deployment_mentions",
        task_id="quality_gate",
        run_id="manual__alerts",
        try_number=1,
        log_url="http://localhost:8080/dags/deployment_mentions/runs/manual__alerts/tasks/quality_gate",
    )
    return {"ti": ti, "run_id": ti.run_id, "exception": exception}


def test_validation_failure_reaches_webhook_and_email(
    alert_config: None, http_sink: HttpSink, smtp_sink: SmtpSink
) -> None:
    on_task_failure(failure_context(ValidationFailed(OUTCOME)))

    (request,) = http_sink.requests
    assert request["path"] == "/hook"
    payload = request["json"]
    assert payload["text"].startswith("news-etl: validation failed")
    assert payload["dag_id"] == "deployment_mentions" and payload["task_id"] == "quality_gate"
    assert payload["validation"]["failed_counts"] == {"troop_count_max_plausible": 1}
    assert payload["validation"]["sample_bad_rows"][0]["count_text"] == "50 million"

    ((recipients, message),) = smtp_sink.messages
    assert sorted(recipients) == sorted(RECIPIENTS)
    assert message["From"] == "news-etl@example.org"
    assert "validation failed in quality_gate" in message["Subject"]
    body = email_text(message)
    assert "troop_count_max_plausible: 1 row" in body
    assert "file:///docs/validations/x.html" in body and "/tasks/quality_gate" in body


def test_any_task_failure_alerts_too(alert_config: None, http_sink: HttpSink, smtp_sink: SmtpSink) -> None:
    on_task_failure(failure_context(RuntimeError("warehouse unreachable")))
    assert "RuntimeError: warehouse unreachable" in http_sink.requests[0]["json"]["text"]
    assert "warehouse unreachable" in email_text(smtp_sink.messages[0][1])


def test_webhook_retried_after_server_error(alert_config: None, http_sink: HttpSink) -> None:
    http_sink.fail_first = 2
    WebhookAlertNotifier(attempts=3, backoff_s=0.01)(failure_context(ValidationFailed(OUTCOME)))
    assert len(http_sink.requests) == 3


def test_undeliverable_webhook_neither_raises_nor_stops_email(
    alert_config: None, smtp_sink: SmtpSink, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    monkeypatch.setenv("AIRFLOW_CONN_NEWS_ALERTS_WEBHOOK", f"http://127.0.0.1:{closed}/secret-token")
    with caplog.at_level(logging.WARNING):
        WebhookAlertNotifier(attempts=2, backoff_s=0.01)(failure_context(ValidationFailed(OUTCOME)))
        EmailAlertNotifier(attempts=2, backoff_s=0.01)(failure_context(ValidationFailed(OUTCOME)))
    assert "giving up after 2 attempts" in caplog.text
    assert f"POST to 127.0.0.1:{closed} failed: ConnectionError" in caplog.text
    assert "secret-token" not in caplog.text  # webhook paths are credentials
    assert len(smtp_sink.messages) == 1


def test_silent_when_not_configured(no_alert_config: None, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO):
        on_task_failure(failure_context(ValidationFailed(OUTCOME)))
    assert "connection news_alerts_webhook is not configured" in caplog.text
    assert "Variable news_alert_emails is not set" in caplog.text
