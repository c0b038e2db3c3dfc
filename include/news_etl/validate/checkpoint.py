"""Register a suite with its pandas batch, validation definition and checkpoint, and run it.

`build_checkpoint(context)` has the signature of the `configure_checkpoint` callable that the GX Airflow
provider's GXValidateCheckpointOperator takes, so moving to that operator (once it installs beside Airflow 3.3,
see docs/validation.md) means passing this function to it instead of calling run_checkpoint here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from news_etl.validate.gx_context import SITE_NAME

if TYPE_CHECKING:
    from great_expectations import Checkpoint, ExpectationSuite
    from great_expectations.data_context import AbstractDataContext
    from great_expectations.datasource.fluent import PandasDatasource

DATA_SOURCE_NAME = "news_etl_batches"
BATCH_DEFINITION_NAME = "whole_batch"


@dataclass(frozen=True)
class CheckpointRun:
    success: bool
    result: dict[str, Any]  # the suite validation result as JSON (ExpectationSuiteValidationResult)
    data_docs_url: str | None


def register_checkpoint(context: AbstractDataContext, suite: ExpectationSuite, id_column: str) -> Checkpoint:
    """Idempotent: every object is add_or_update'd, so re-runs (and concurrent runs) converge on the same config.

    Result format COMPLETE with the id column: every failed row-level expectation lists the id of each offending
    row, which is what quarantine needs.
    """
    import great_expectations as gx

    # Not add_or_update_pandas: that replaces the data source and drops the other suites' assets.
    try:
        data_source = cast("PandasDatasource", context.data_sources.get(DATA_SOURCE_NAME))
    except KeyError:
        data_source = context.data_sources.add_pandas(DATA_SOURCE_NAME)
    asset_name = suite.name
    asset = (
        data_source.get_asset(asset_name)
        if asset_name in {a.name for a in data_source.assets}
        else data_source.add_dataframe_asset(asset_name)
    )
    batch_definition = (
        asset.get_batch_definition(BATCH_DEFINITION_NAME)
        if BATCH_DEFINITION_NAME in {b.name for b in asset.batch_definitions}
        else asset.add_batch_definition_whole_dataframe(BATCH_DEFINITION_NAME)
    )
    suite = context.suites.add_or_update(suite)
    validation = context.validation_definitions.add_or_update(
        gx.ValidationDefinition(name=suite.name, data=batch_definition, suite=suite)
    )
    return context.checkpoints.add_or_update(
        gx.Checkpoint(
            name=suite.name,
            validation_definitions=[validation],
            actions=[gx.checkpoint.UpdateDataDocsAction(name="update_data_docs", site_names=[SITE_NAME])],
            result_format={"result_format": "COMPLETE", "unexpected_index_column_names": [id_column]},
        )
    )


def build_checkpoint(context: AbstractDataContext) -> Checkpoint:
    """The deployment_mentions checkpoint (GXValidateCheckpointOperator's configure_checkpoint)."""
    from news_etl.validate.mention_suite import ID_COLUMN, build_suite

    return register_checkpoint(context, build_suite(), ID_COLUMN)


def build_accounting_checkpoint(context: AbstractDataContext) -> Checkpoint:
    """The news_ingest URL-accounting checkpoint."""
    from news_etl.validate.accounting_suite import ID_COLUMN, build_accounting_suite

    return register_checkpoint(context, build_accounting_suite(), ID_COLUMN)


def run_checkpoint(
    context: AbstractDataContext,
    checkpoint: Checkpoint,
    *,
    dataframe: Any,
    parameters: dict[str, Any],
    run_name: str,
) -> CheckpointRun:
    from great_expectations.core.run_identifier import RunIdentifier

    result = checkpoint.run(
        batch_parameters={"dataframe": dataframe},
        expectation_parameters=parameters,
        run_id=RunIdentifier(run_name=run_name),
    )
    # One validation definition per checkpoint, hence one result.
    ((identifier, suite_result),) = result.run_results.items()
    urls = context.get_docs_sites_urls(resource_identifier=identifier, site_name=SITE_NAME)
    return CheckpointRun(
        success=bool(result.success),
        result=suite_result.to_json_dict(),
        data_docs_url=urls[0]["site_url"] if urls else None,
    )
