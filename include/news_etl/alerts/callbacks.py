"""The failure callback the DAGs use: every alert channel, each independent of the others."""

from __future__ import annotations

import logging
from typing import Any

from news_etl.alerts.notifiers import failure_notifiers

log = logging.getLogger(__name__)


def on_task_failure(context: Any) -> None:
    """`on_failure_callback` for any task; a failed validation (ValidationFailed) adds its details.
    Never raises: one channel failing does not stop the others, nor hide the task's own error."""
    for notifier in failure_notifiers():
        try:
            notifier(context)
        except Exception:
            log.exception("%s alert failed", notifier.channel)
