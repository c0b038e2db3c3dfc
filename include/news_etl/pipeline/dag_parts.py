"""What both DAG files share: the Asset between them, default args with the failure alert, the migrate task.

Imported at DAG-parse time, so it imports nothing but `airflow.sdk`; everything else is imported inside the
callables when a task runs.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from airflow.sdk import Asset, task

ARTICLES_ASSET = Asset(name="news_articles", uri="warehouse://news_warehouse/news/articles")
OWNER = "news-data"


def failure_alert(context: Any) -> None:
    """on_failure_callback: imported lazily, the notifiers pull in requests/smtplib only when something failed."""
    from news_etl.alerts.callbacks import on_task_failure

    on_task_failure(context)


def default_args(retries: int) -> dict[str, Any]:
    """Transient failures (network, database restarts) are retried; deterministic ones (configuration,
    validation) raise AirflowFailException or run in tasks with retries=0."""
    return {
        "owner": OWNER,
        "retries": retries,
        "retry_delay": timedelta(seconds=20),
        "on_failure_callback": failure_alert,
    }


@task(task_id="migrate")
def migrate() -> list[str]:
    """Pending warehouse migrations, applied idempotently (every run starts with it)."""
    from news_etl.pipeline.airflow_io import migrate_warehouse

    return migrate_warehouse()
