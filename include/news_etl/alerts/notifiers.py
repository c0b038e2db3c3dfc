"""Airflow notifiers for failed tasks and failed validations (use them in `on_failure_callback`).

Configured only through Airflow connections and variables; silent (one log line) when nothing is configured.
`notify` never raises: Airflow logs a raising callback, but the alert path must not add noise to, or mask, the
failure being reported.
"""

from __future__ import annotations

import logging
from typing import Any

from airflow.sdk import BaseNotifier

from news_etl.alerts.delivery import (
    DEFAULT_ATTEMPTS,
    DEFAULT_BACKOFF_S,
    parse_recipients,
    post_json,
    send_email,
    webhook_url,
    with_retries,
)
from news_etl.alerts.message import Alert, build_alert, facts_from_context

# A module logger rather than BaseNotifier.log: Airflow routes stdlib logging into the task log as well.
log = logging.getLogger(__name__)

WEBHOOK_CONN_ID = "news_alerts_webhook"
SMTP_CONN_ID = "smtp_default"
RECIPIENTS_VARIABLE = "news_alert_emails"


def _connection(conn_id: str) -> Any | None:
    from airflow.sdk import BaseHook
    from airflow.sdk.exceptions import AirflowNotFoundException

    try:
        return BaseHook.get_connection(conn_id)
    except AirflowNotFoundException:
        return None


class _AlertNotifier(BaseNotifier):
    channel = "alert"

    def __init__(self, *, attempts: int = DEFAULT_ATTEMPTS, backoff_s: float = DEFAULT_BACKOFF_S) -> None:
        super().__init__()
        self.attempts = attempts
        self.backoff_s = backoff_s

    def notify(self, context: Any) -> None:
        try:
            self.deliver(build_alert(facts_from_context(context)))
        except Exception:
            log.exception("%s alert failed; the task failure it reports stands", self.channel)

    def deliver(self, alert: Alert) -> bool:
        """Send the alert; False when not configured or not delivered."""
        raise NotImplementedError


class WebhookAlertNotifier(_AlertNotifier):
    """POSTs the alert JSON (Slack-compatible `text` plus structured fields) to connection `news_alerts_webhook`."""

    channel = "webhook"

    def __init__(self, conn_id: str = WEBHOOK_CONN_ID, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.conn_id = conn_id

    def deliver(self, alert: Alert) -> bool:
        conn = _connection(self.conn_id)
        if conn is None:
            log.info("no webhook alert: connection %s is not configured", self.conn_id)
            return False
        url = webhook_url(conn)
        return with_retries(
            lambda: post_json(url, alert.payload),
            what=f"webhook alert to connection {self.conn_id}",
            attempts=self.attempts,
            backoff_s=self.backoff_s,
        )


class EmailAlertNotifier(_AlertNotifier):
    """Emails the alert through SMTP connection `smtp_default` to the addresses in Variable `news_alert_emails`."""

    channel = "email"

    def __init__(
        self, smtp_conn_id: str = SMTP_CONN_ID, recipients_variable: str = RECIPIENTS_VARIABLE, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.smtp_conn_id = smtp_conn_id
        self.recipients_variable = recipients_variable

    def deliver(self, alert: Alert) -> bool:
        from airflow.sdk import Variable

        recipients = parse_recipients(Variable.get(self.recipients_variable, default=None))
        if not recipients:
            log.info("no email alert: Variable %s is not set", self.recipients_variable)
            return False
        if _connection(self.smtp_conn_id) is None:
            log.info("no email alert: connection %s is not configured", self.smtp_conn_id)
            return False
        return with_retries(
            lambda: send_email(
                self.smtp_conn_id, to=recipients, subject=alert.subject, html_content=alert.html
            ),
            what=f"email alert to {', '.join(recipients)}",
            attempts=self.attempts,
            backoff_s=self.backoff_s,
        )


def failure_notifiers(**kwargs: Any) -> list[_AlertNotifier]:
    """Every alert channel, for `on_failure_callback=failure_notifiers()`."""
    return [WebhookAlertNotifier(**kwargs), EmailAlertNotifier(**kwargs)]
