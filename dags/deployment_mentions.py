"""
### deployment_mentions: articles → validated troop-count mentions

Triggered by the Asset `news_articles` (updated by **news_ingest**). Extracts every troop count from the
canonical copy of each new or changed article (`include/news_etl/extract/`), validates the batch with a Great
Expectations suite (`include/news_etl/validate/`), moves rows that break an expectation to
`news.mentions_quarantine` (never dropped), publishes the valid rows to `news.deployment_mentions`, and records
the validation in `news.validation_runs`. When validation fails, the `quality_gate` task fails after the good
rows are published, so the run is red and the alert notifiers (webhook `news_alerts_webhook`, email
`smtp_default` to Variable `news_alert_emails`) fire.

**Params**
- `reextract`: re-run the extractor over every current canonical article (e.g. after an extractor upgrade);
  the superseded mentions are replaced in one transaction.
- `plausible_max`: the largest troop count accepted as plausible (default 3,000,000).
"""

from __future__ import annotations

from datetime import timedelta

import pendulum
from airflow.sdk import Asset, Param, dag, get_current_context, task

ARTICLES_ASSET = Asset(name="news_articles", uri="warehouse://news_warehouse/news/articles")


def _failure_alert(context):  # imported lazily: notifiers pull in requests/smtplib only when something failed
    from news_etl.alerts.callbacks import on_task_failure

    on_task_failure(context)


@dag(
    dag_id="deployment_mentions",
    schedule=[ARTICLES_ASSET],
    start_date=pendulum.datetime(2026, 11, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    tags=["news", "mentions", "data-quality"],
    doc_md=__doc__,
    default_args={
        "owner": "news-data",
        "retries": 1,
        "retry_delay": timedelta(seconds=20),
        "on_failure_callback": _failure_alert,
    },
    params={
        "reextract": Param(False, type="boolean", description="Re-extract all current canonical articles."),
        "plausible_max": Param(
            3_000_000, type="integer", minimum=1, description="Largest troop count accepted as plausible."
        ),
    },
)
def deployment_mentions():
    @task
    def migrate() -> list[str]:
        from news_etl.pipeline.airflow_io import migrate_warehouse

        return migrate_warehouse()

    @task
    def extract() -> dict:
        from news_etl.pipeline import mentions
        from news_etl.pipeline.airflow_io import run_context, warehouse_connection

        context = get_current_context()
        with warehouse_connection() as conn:
            return mentions.extract_stage(
                conn, run_context(context), reextract=context["params"]["reextract"]
            )

    @task
    def validate(extracted: dict) -> dict:
        from news_etl.pipeline import mentions
        from news_etl.pipeline.airflow_io import run_context, warehouse_connection

        context = get_current_context()
        with warehouse_connection() as conn:
            return mentions.validate_stage(
                conn, run_context(context), extracted, plausible_max=context["params"]["plausible_max"]
            )

    @task
    def publish(validated: dict) -> dict:
        from news_etl.pipeline import mentions
        from news_etl.pipeline.airflow_io import run_context, warehouse_connection

        with warehouse_connection() as conn:
            return mentions.publish_stage(conn, run_context(get_current_context()))

    @task(retries=0)  # a failed validation is deterministic: retrying would only delay the alert
    def quality_gate(validated: dict, published: dict) -> None:
        """Fails the run (and fires the alerts) when validation failed; the good rows are already published."""
        from news_etl.pipeline import mentions

        mentions.quality_gate(validated)

    extracted = extract()
    migrate() >> extracted
    validated = validate(extracted)
    quality_gate(validated, publish(validated))


deployment_mentions()
