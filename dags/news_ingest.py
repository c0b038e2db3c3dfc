"""
### news_ingest: news sites → warehouse articles

Discovers article URLs from the configured sources (RSS/Atom feeds, news sitemaps, URL lists), fetches them
politely (robots.txt, per-host rate limit, retries, size caps; pool `news_http`), archives every raw page,
parses and cleans the articles, detects exact and near duplicates, and loads `news.articles`.
Every discovered URL ends as **loaded**, **unchanged**, **duplicate** or **rejected**
(`news.discovered_urls`, `news.ingest_rejects`, totals in `news.ingest_runs`).

On success it updates the Asset `news_articles`, which triggers **deployment_mentions**.

**Params**
- `sources`: list of source objects (same shape as `include/config/sources.yaml`); empty = use that file
  (or the file named by env `NEWS_ETL_SOURCES`).
- `force_refetch`: fetch every URL even when its feed/sitemap date says it has not changed since the last fetch.
- `reparse`: do not touch the network; re-parse the latest archived raw page of every known URL.

Re-running a run (same run id) resumes where it stopped and leaves the warehouse as a single run would.
Business logic: `include/news_etl/pipeline/ingest.py`.
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
    dag_id="news_ingest",
    schedule="@daily",
    start_date=pendulum.datetime(2026, 11, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    tags=["news", "ingest"],
    doc_md=__doc__,
    default_args={
        "owner": "news-data",
        "retries": 2,
        "retry_delay": timedelta(seconds=20),
        "on_failure_callback": _failure_alert,
    },
    params={
        "sources": Param(
            [],
            type="array",
            title="Sources",
            description="Source objects like sources.yaml entries; empty uses include/config/sources.yaml.",
        ),
        "force_refetch": Param(False, type="boolean", description="Fetch every URL even if unchanged."),
        "reparse": Param(False, type="boolean", description="Re-parse archived raw pages; no network."),
    },
)
def news_ingest():
    @task
    def migrate() -> list[str]:
        from news_etl.pipeline.airflow_io import migrate_warehouse

        return migrate_warehouse()

    @task
    def discover() -> list[str]:
        """Returns the names of the sources to fetch (one mapped fetch task each)."""
        from news_etl.pipeline import ingest
        from news_etl.pipeline.airflow_io import run_context, warehouse_connection

        context = get_current_context()
        with warehouse_connection() as conn:
            return ingest.discover_stage(conn, run_context(context), context["params"])

    @task(pool="news_http", max_active_tis_per_dag=4)
    def fetch(source_name: str) -> dict:
        from news_etl.pipeline import ingest
        from news_etl.pipeline.airflow_io import run_context, warehouse_connection

        context = get_current_context()
        with warehouse_connection() as conn:
            return ingest.fetch_stage(conn, run_context(context), context["params"], source_name)

    @task
    def parse_clean(fetched: list[dict]) -> dict:
        from news_etl.pipeline import ingest
        from news_etl.pipeline.airflow_io import run_context, warehouse_connection

        with warehouse_connection() as conn:
            return ingest.parse_stage(conn, run_context(get_current_context()))

    @task
    def dedup(parsed: dict) -> dict:
        from news_etl.pipeline import ingest
        from news_etl.pipeline.airflow_io import run_context, warehouse_connection

        with warehouse_connection() as conn:
            return ingest.dedup_stage(conn, run_context(get_current_context()))

    @task(outlets=[ARTICLES_ASSET])
    def load(decided: dict) -> dict:
        from news_etl.pipeline import ingest
        from news_etl.pipeline.airflow_io import run_context, warehouse_connection

        with warehouse_connection() as conn:
            return ingest.load_stage(conn, run_context(get_current_context()))

    @task
    def report(loaded: dict) -> dict:
        """Totals for the run in news.ingest_runs."""
        from news_etl.pipeline import ingest
        from news_etl.pipeline.airflow_io import run_context, warehouse_connection

        with warehouse_connection() as conn:
            return ingest.finalize_stage(conn, run_context(get_current_context()))

    @task(retries=0)  # deterministic check: retrying would only delay the alert
    def accounting_check(totals: dict) -> None:
        """Great Expectations: discovered = loaded + unchanged + duplicates + rejected; fails (and alerts) if not."""
        from news_etl.pipeline.airflow_io import run_context, warehouse_connection
        from news_etl.validate import raise_if_failed, validate_ingest_accounting

        ctx = run_context(get_current_context())
        with warehouse_connection() as conn:
            raise_if_failed(validate_ingest_accounting(conn, ctx.run_id, dag_id=ctx.dag_id))

    sources = discover()
    migrate() >> sources
    accounting_check(report(load(dedup(parse_clean(fetch.expand(source_name=sources))))))


news_ingest()
