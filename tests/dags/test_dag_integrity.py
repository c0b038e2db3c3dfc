"""The DAG folder loads cleanly, every DAG is documented and safe to operate, and DAG files parse fast."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.airflow

DAGS_DIR = Path(__file__).resolve().parents[2] / "dags"
DETERMINISTIC_GATES = {"quality_gate", "accounting_check"}
DAG_FILES = sorted(p for p in DAGS_DIR.glob("*.py") if not p.name.startswith("_"))


@pytest.fixture(scope="module")
def dagbag():
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(DAGS_DIR))


def test_no_import_errors(dagbag) -> None:
    assert dagbag.import_errors == {}


def test_expected_dags_present(dagbag) -> None:
    assert {"news_ingest", "deployment_mentions"} <= set(dagbag.dags)


@pytest.mark.parametrize("dag_id", ["news_ingest", "deployment_mentions"])
def test_dag_is_documented_and_retried(dagbag, dag_id: str) -> None:
    dag = dagbag.dags[dag_id]
    assert dag.tags, "tags help people find the DAG in the UI"
    assert dag.doc_md and "Params" in dag.doc_md
    assert dag.default_args["retries"] >= 1
    for task in dag.tasks:
        assert task.owner and task.owner != "airflow", task.task_id
        # Only the deterministic quality gates skip retries (a retry would just delay the alert).
        assert task.retries >= 1 or task.task_id in DETERMINISTIC_GATES, task.task_id
        assert task.on_failure_callback, f"{task.task_id} would fail silently"
    for name, param in dag.params.items():
        assert param.description, f"param {name} of {dag_id} needs a description for the trigger form"


def test_mentions_dag_is_scheduled_on_the_articles_asset(dagbag) -> None:
    ingest, mentions = dagbag.dags["news_ingest"], dagbag.dags["deployment_mentions"]
    outlets = {o.name for t in ingest.tasks for o in t.outlets}
    assert "news_articles" in outlets
    assert "news_articles" in repr(mentions.timetable.asset_condition)


def test_fetch_tasks_use_the_http_pool(dagbag) -> None:
    assert dagbag.dags["news_ingest"].get_task("fetch").pool == "news_http"


# Measured in a fresh interpreter with Airflow's SDK already imported (the DAG processor has it loaded), so the
# figure is the cost of the DAG file itself: no heavy imports at top level.
_PARSE_TIMER = """
import importlib.util, sys, time
import airflow.sdk, pendulum
path = sys.argv[1]
start = time.perf_counter()
spec = importlib.util.spec_from_file_location("dag_under_test", path)
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
elapsed = time.perf_counter() - start
heavy = sorted(m for m in ("great_expectations", "pandas", "news_etl.extract", "trafilatura", "lingua") if m in sys.modules)
print(f"{elapsed:.4f} {','.join(heavy)}")
"""


@pytest.mark.parametrize("dag_file", DAG_FILES, ids=lambda p: p.name)
def test_dag_file_parses_fast_without_heavy_imports(dag_file: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", _PARSE_TIMER, str(dag_file)], capture_output=True, text=True, check=True
    ).stdout.split()
    elapsed, heavy = float(out[0]), (out[1] if len(out) > 1 else "")
    assert heavy == "", f"{dag_file.name} imports {heavy} at parse time"
    assert elapsed < 1.0, f"{dag_file.name} took {elapsed:.2f}s to parse"


def test_backfill_params_are_dates_and_reach_the_typed_params(dagbag) -> None:
    from datetime import date

    from airflow.sdk.exceptions import ParamValidationError
    from news_etl.pipeline.params import ingest_params
    from news_etl.settings import Settings

    params = dagbag.dags["news_ingest"].params
    for name in ("backfill_from", "backfill_to"):
        param = params.get_param(name)
        assert param.resolve(None) is None and param.resolve("2025-03-01") == "2025-03-01"
        with pytest.raises(ParamValidationError):
            param.resolve("1 March")
    typed = ingest_params({"backfill_from": "2025-03-01", "backfill_to": None}, Settings.from_env())
    assert (typed.backfill_from, typed.backfill_to) == (date(2025, 3, 1), None)


def test_fetches_go_to_the_fetch_queue_everything_else_to_default(dagbag) -> None:
    """Celery queues (docs/operations.md): only the fetch tasks need egress to the news sites."""
    from dev.celery_stack import QUEUES

    for dag in dagbag.dags.values():
        for task in dag.tasks:
            assert task.queue == ("fetch" if task.task_id == "fetch" else "default"), task.task_id
            assert task.queue in QUEUES
