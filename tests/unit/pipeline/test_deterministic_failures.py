"""Deterministic errors fail the task at once (AirflowFailException: no retries, straight to the alert); other
errors stay retryable."""

from __future__ import annotations

from contextlib import nullcontext
from typing import Any

import pytest
from airflow.sdk.exceptions import AirflowFailException
from news_etl.config import ConfigError
from news_etl.pipeline import airflow_io
from news_etl.pipeline.params import ingest_params, mention_params
from news_etl.pipeline.source_health import SourceHealthFailed


@pytest.fixture(autouse=True)
def task_context(monkeypatch: pytest.MonkeyPatch) -> None:
    import airflow.sdk

    context = {"params": {"extra_sources": [{"name": "x", "kind": "rss"}]}, "dag_run": None}
    monkeypatch.setattr(airflow.sdk, "get_current_context", lambda: context)
    monkeypatch.setattr(airflow_io, "warehouse_connection", lambda: nullcontext(None))
    monkeypatch.setattr(airflow_io, "run_context", lambda context: None)


def stage_raising(error: Exception) -> Any:
    def stage(*args: Any) -> None:
        raise error

    return stage


def test_a_refused_source_configuration_is_not_retried() -> None:
    with pytest.raises(AirflowFailException, match=r"configuration refused: .*needs 'url'"):
        airflow_io.run_stage(stage_raising(RuntimeError("unreached")), ingest_params)


def test_unreadable_settings_are_not_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWS_ETL_MAX_PAGE_CHARS", "five million")
    with pytest.raises(AirflowFailException, match="settings refused"):
        airflow_io.run_stage(stage_raising(RuntimeError("unreached")), mention_params)


def test_a_plausible_max_beyond_bigint_is_refused() -> None:
    with pytest.raises(ConfigError, match="plausible_max"):
        mention_params({"plausible_max": 2**63}, None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "error", [ConfigError("no source named 'x'"), SourceHealthFailed("no source delivered: x failed")]
)
def test_deterministic_errors_raised_by_a_stage_are_not_retried(error: Exception) -> None:
    with pytest.raises(AirflowFailException):
        airflow_io.run_stage(stage_raising(error), mention_params)


def test_other_errors_stay_retryable() -> None:
    with pytest.raises(ConnectionError):
        airflow_io.run_stage(stage_raising(ConnectionError("database restarting")), mention_params)
