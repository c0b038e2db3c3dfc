"""Run the stages of both DAGs in one process, in DAG order, without Airflow: the same functions the tasks
call. Used by tests and benchmarks to measure the pipeline without the orchestrator's overhead."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from news_etl.pipeline import ingest_stages, mention_stages
from news_etl.pipeline.context import RunContext
from news_etl.pipeline.params import ingest_params, mention_params
from news_etl.settings import Settings
from news_etl.warehouse.migrate import migrate

if TYPE_CHECKING:
    from psycopg2.extensions import connection as PgConnection


def run_ingest(
    conn: PgConnection,
    ctx: RunContext,
    raw_params: Mapping[str, Any] | None = None,
    settings: Settings | None = None,
) -> dict[str, int]:
    """The news_ingest tasks up to `report`; the DAG's last task (accounting_check) is left to the caller.
    `raw_params` are the DAG's Params as a trigger would give them."""
    settings = settings or Settings.from_env()
    params = ingest_params(raw_params or {}, settings)
    migrate(conn)
    for source_name in ingest_stages.discover_stage(conn, ctx, settings, params):
        ingest_stages.fetch_stage(conn, ctx, settings, params, source_name)
    for stage in (ingest_stages.parse_stage, ingest_stages.dedup_stage, ingest_stages.load_stage):
        stage(conn, ctx, settings, params)
    return ingest_stages.report_stage(conn, ctx, settings, params)


def run_mentions(
    conn: PgConnection,
    ctx: RunContext,
    raw_params: Mapping[str, Any] | None = None,
    settings: Settings | None = None,
) -> dict[str, Any]:
    """Returns the validation summary; raises like the quality_gate task when validation failed or articles
    could not be extracted."""
    settings = settings or Settings.from_env()
    params = mention_params(raw_params or {}, settings)
    migrate(conn)
    extracted = mention_stages.extract_stage(conn, ctx, settings, params)
    validated = mention_stages.validate_stage(conn, ctx, settings, params, extracted)
    published = mention_stages.publish_stage(conn, ctx, settings, params)
    claims = mention_stages.build_claims_stage(conn, ctx, settings, params)
    mention_stages.quality_gate(validated, extracted)
    return {**extracted, **published, "validation": validated, "claims": claims}
