"""Run the stages of both DAGs in one process, in DAG order, without Airflow: the same functions the tasks
call. Used by tests and benchmarks to measure the pipeline without the orchestrator's overhead."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from news_etl.pipeline import ingest, mentions
from news_etl.pipeline.context import RunContext
from news_etl.warehouse.migrate import migrate


def run_ingest(conn, ctx: RunContext, params: Mapping[str, Any] | None = None) -> dict[str, int]:
    """The news_ingest tasks up to `report`; the DAG's last task (the Great Expectations accounting check,
    `news_etl.validate.validate_ingest_accounting`) is left to the caller."""
    params = {"sources": [], "force_refetch": False, "reparse": False, **(params or {})}
    migrate(conn)
    for source_name in ingest.discover_stage(conn, ctx, params):
        ingest.fetch_stage(conn, ctx, params, source_name)
    ingest.parse_stage(conn, ctx)
    ingest.dedup_stage(conn, ctx)
    ingest.load_stage(conn, ctx)
    return ingest.finalize_stage(conn, ctx)


def run_mentions(
    conn, ctx: RunContext, reextract: bool = False, plausible_max: int = 3_000_000
) -> dict[str, Any]:
    """Returns the validation summary; raises like the quality_gate task when validation failed."""
    migrate(conn)
    extracted = mentions.extract_stage(conn, ctx, reextract=reextract)
    validated = mentions.validate_stage(conn, ctx, extracted, plausible_max=plausible_max)
    published = mentions.publish_stage(conn, ctx)
    mentions.quality_gate(validated)
    return {**extracted, **published, "validation": validated}
