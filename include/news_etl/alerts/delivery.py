"""Sending an alert: webhook POST and SMTP email, each retried with backoff. Nothing here decides wording."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

log = logging.getLogger(__name__)

DEFAULT_ATTEMPTS = 3
DEFAULT_BACKOFF_S = 2.0
HTTP_TIMEOUT_S = 10
DEFAULT_FROM_EMAIL = "news-etl@localhost"


def with_retries(
    send: Callable[[], None],
    *,
    what: str,
    attempts: int = DEFAULT_ATTEMPTS,
    backoff_s: float = DEFAULT_BACKOFF_S,
) -> bool:
    """Run `send` up to `attempts` times with exponential backoff. Returns False (after logging) when every
    attempt failed: an alert that cannot be delivered must never replace the failure it reports."""
    from tenacity import Retrying, stop_after_attempt, wait_exponential

    def log_retry(state: Any) -> None:
        log.warning(
            "%s: attempt %d failed (%s), retrying", what, state.attempt_number, state.outcome.exception()
        )

    try:
        for attempt in Retrying(
            stop=stop_after_attempt(attempts),
            wait=wait_exponential(multiplier=backoff_s, max=60),
            before_sleep=log_retry,
            reraise=True,
        ):
            with attempt:
                send()
    except Exception:
        log.exception("%s: giving up after %d attempts", what, attempts)
        return False
    log.info("%s: delivered", what)
    return True


def webhook_url(conn: Any) -> str:
    """The URL an Airflow http connection names. `AIRFLOW_CONN_X='http://host:port/path'` is parsed by Airflow
    into host, port and schema (= the path); a host holding a whole URL (as the UI form allows) is taken as is."""
    host = conn.host or ""
    if host.startswith(("http://", "https://")):
        base = host.rstrip("/")
    else:
        scheme = "https" if conn.conn_type == "https" else (conn.extra_dejson.get("scheme") or "http")
        base = f"{scheme}://{host}" + (f":{conn.port}" if conn.port else "")
    path = (conn.schema or "").strip("/")
    return f"{base}/{path}" if path else base


class DeliveryError(RuntimeError):
    pass


def post_json(url: str, payload: dict[str, Any], *, timeout: float = HTTP_TIMEOUT_S) -> None:
    """POST the payload; errors name only the host, because webhook paths are often secrets (Slack tokens) and
    requests puts the whole URL into its messages."""
    import urllib.parse

    import requests

    host = urllib.parse.urlsplit(url).netloc
    try:
        response = requests.post(url, json=payload, timeout=timeout)
    except requests.RequestException as error:
        raise DeliveryError(f"POST to {host} failed: {type(error).__name__}") from None
    if response.status_code >= 400:
        raise DeliveryError(f"POST to {host} answered HTTP {response.status_code}")


def send_email(smtp_conn_id: str, *, to: Iterable[str], subject: str, html_content: str) -> None:
    from airflow.providers.smtp.hooks.smtp import SmtpHook

    with SmtpHook(smtp_conn_id=smtp_conn_id) as hook:
        hook.send_email_smtp(
            to=list(to),
            subject=subject,
            html_content=html_content,
            from_email=hook.from_email or DEFAULT_FROM_EMAIL,
        )


def parse_recipients(value: str | None) -> list[str]:
    return [address.strip() for address in (value or "").replace(";", ",").split(",") if address.strip()]
