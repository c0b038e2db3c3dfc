"""
### deployment_mentions: articles → validated troop-count mentions

Triggered by the Asset `news_articles` (updated by **news_ingest**). Extracts every troop count from the
canonical copy of each new or changed article (`include/news_etl/extract/`), validates the batch with a Great
Expectations suite (`include/news_etl/validate/`), moves rows that break an expectation to
`news.mentions_quarantine` (never dropped), publishes the valid rows to `news.deployment_mentions`, and records
the validation in `news.validation_runs`. After publish, `build_claims` regroups the published mentions into
distinct troop claims (`news.troop_claims`, the series `news.v_troop_estimates`) and validates them. When
validation fails, the `quality_gate` task fails after the good rows are published, so the run is red and the
alert notifiers (webhook `news_alerts_webhook`, email `smtp_default` to Variable `news_alert_emails`) fire.

**Never created paused** (`is_paused_upon_creation=False`, whatever `dags_are_paused_at_creation` says):
Airflow drops an Asset event for a consumer DAG that is paused when the event happens (no run is queued, and
none starts on unpause), so a paused deployment_mentions would silently skip an ingest. Nothing is lost for
good even then: every run extracts all current articles not yet extracted, so the next run (an Asset event,
or **Trigger** here) catches up. Pause it only on purpose.

**Params**
- `reextract`: re-run the extractor over every current canonical article (e.g. after an extractor upgrade);
  the superseded mentions are replaced in one transaction, and the claims are rebuilt from scratch.
- `plausible_max`: the largest troop count accepted as plausible (default 3,000,000).
"""

from __future__ import annotations

import pendulum
from airflow.sdk import Param, chain, dag, task
from news_etl.pipeline.dag_parts import ARTICLES_ASSET, default_args, migrate
from news_etl.settings import DEFAULT_PLAUSIBLE_MAX


@dag(
    dag_id="deployment_mentions",
    schedule=[ARTICLES_ASSET],
    start_date=pendulum.datetime(2026, 11, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    is_paused_upon_creation=False,  # see the docstring: a paused consumer loses Asset events
    tags=["news", "mentions", "data-quality"],
    doc_md=__doc__,
    default_args=default_args(retries=1),
    params={
        "reextract": Param(False, type="boolean", description="Re-extract all current canonical articles."),
        "plausible_max": Param(
            DEFAULT_PLAUSIBLE_MAX,
            type="integer",
            minimum=1,
            description="Largest troop count accepted as plausible.",
        ),
    },
)
def deployment_mentions() -> None:
    @task(multiple_outputs=False)
    def extract() -> dict:
        from news_etl.pipeline.airflow_io import run_stage
        from news_etl.pipeline.mention_stages import extract_stage
        from news_etl.pipeline.params import mention_params

        return run_stage(extract_stage, mention_params)

    @task(multiple_outputs=False)
    def validate(extracted: dict) -> dict:
        from news_etl.pipeline.airflow_io import run_stage
        from news_etl.pipeline.mention_stages import validate_stage
        from news_etl.pipeline.params import mention_params

        return run_stage(validate_stage, mention_params, extracted)

    @task(multiple_outputs=False)
    def publish() -> dict:
        from news_etl.pipeline.airflow_io import run_stage
        from news_etl.pipeline.mention_stages import publish_stage
        from news_etl.pipeline.params import mention_params

        return run_stage(publish_stage, mention_params)

    @task(multiple_outputs=False)
    def build_claims() -> dict:
        from news_etl.pipeline.airflow_io import run_stage
        from news_etl.pipeline.mention_stages import build_claims_stage
        from news_etl.pipeline.params import mention_params

        return run_stage(build_claims_stage, mention_params)

    @task(retries=0)  # a failed validation is deterministic: retrying would only delay the alert
    def quality_gate(validated: dict, extracted: dict) -> None:
        """Fails the run (and fires the alerts) when validation failed or articles could not be extracted; the
        good rows are already published."""
        from news_etl.pipeline.mention_stages import quality_gate

        quality_gate(validated, extracted)

    extracted = extract()
    validated = validate(extracted)
    chain(migrate(), extracted)
    published = publish()
    chain(validated, published, quality_gate(validated, extracted))
    chain(published, build_claims())


deployment_mentions()
