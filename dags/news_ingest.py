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
- `backfill_from` / `backfill_to`: dates (YYYY-MM-DD, UTC, both included; either may stay empty): the
  `i24_api` sources list every article published in that range instead of stopping at what the last run saw.

Re-running a run (same run id) resumes where it stopped and leaves the warehouse as a single run would.
Business logic: `include/news_etl/pipeline/ingest_stages.py`.
"""

from __future__ import annotations

import pendulum
from airflow.sdk import Param, chain, dag, task
from news_etl.pipeline.dag_parts import ARTICLES_ASSET, default_args, migrate


@dag(
    dag_id="news_ingest",
    schedule="@daily",
    start_date=pendulum.datetime(2026, 11, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    tags=["news", "ingest"],
    doc_md=__doc__,
    default_args=default_args(retries=2),
    params={
        "sources": Param(
            [],
            type="array",
            title="Sources",
            description="Source objects like sources.yaml entries; empty uses include/config/sources.yaml.",
        ),
        "force_refetch": Param(False, type="boolean", description="Fetch every URL even if unchanged."),
        "reparse": Param(False, type="boolean", description="Re-parse archived raw pages; no network."),
        "backfill_from": Param(
            None,
            type=["null", "string"],
            format="date",
            description="i24_api sources: list articles published on or after this day (UTC), not only new ones.",
        ),
        "backfill_to": Param(
            None,
            type=["null", "string"],
            format="date",
            description="i24_api sources: list articles published on or before this day (UTC).",
        ),
    },
)
def news_ingest() -> None:
    @task(multiple_outputs=False)
    def discover() -> list[str]:
        """Returns the names of the sources to fetch (one mapped fetch task each)."""
        from news_etl.pipeline.airflow_io import run_stage
        from news_etl.pipeline.ingest_stages import discover_stage
        from news_etl.pipeline.params import ingest_params

        return run_stage(discover_stage, ingest_params)

    # Queue `fetch`: the tasks that need egress to the news sites (CeleryExecutor; docs/operations.md).
    @task(pool="news_http", max_active_tis_per_dag=4, queue="fetch", multiple_outputs=False)
    def fetch(source_name: str) -> dict:
        from news_etl.pipeline.airflow_io import run_stage
        from news_etl.pipeline.ingest_stages import fetch_stage
        from news_etl.pipeline.params import ingest_params

        return run_stage(fetch_stage, ingest_params, source_name)

    @task(multiple_outputs=False)
    def parse() -> dict:
        """Parse and clean the fetched pages from the raw archive."""
        from news_etl.pipeline.airflow_io import run_stage
        from news_etl.pipeline.ingest_stages import parse_stage
        from news_etl.pipeline.params import ingest_params

        return run_stage(parse_stage, ingest_params)

    @task(multiple_outputs=False)
    def dedup() -> dict:
        from news_etl.pipeline.airflow_io import run_stage
        from news_etl.pipeline.ingest_stages import dedup_stage
        from news_etl.pipeline.params import ingest_params

        return run_stage(dedup_stage, ingest_params)

    @task(outlets=[ARTICLES_ASSET], multiple_outputs=False)
    def load() -> dict:
        from news_etl.pipeline.airflow_io import run_stage
        from news_etl.pipeline.ingest_stages import load_stage
        from news_etl.pipeline.params import ingest_params

        return run_stage(load_stage, ingest_params)

    @task(multiple_outputs=False)
    def report() -> dict:
        """Totals for the run in news.ingest_runs."""
        from news_etl.pipeline.airflow_io import run_stage
        from news_etl.pipeline.ingest_stages import report_stage
        from news_etl.pipeline.params import ingest_params

        return run_stage(report_stage, ingest_params)

    @task(retries=0)  # deterministic check: retrying would only delay the alert
    def accounting_check() -> None:
        """Great Expectations: discovered = loaded + unchanged + duplicates + rejected; then source health (no
        source delivered, or one silent too long: news.source_runs). Fails (and alerts) if either does not hold."""
        from news_etl.pipeline.airflow_io import run_stage
        from news_etl.pipeline.ingest_stages import accounting_check_stage
        from news_etl.pipeline.params import ingest_params

        run_stage(accounting_check_stage, ingest_params)

    sources = discover()
    chain(migrate(), sources)
    chain(fetch.expand(source_name=sources), parse(), dedup(), load(), report(), accounting_check())


news_ingest()
